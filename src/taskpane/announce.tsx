import { makeStyles } from "@fluentui/react-components";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  // read by screen readers, not shown: the results themselves are shown where they belong
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

const Announce = createContext<(message: string) => void>(() => undefined);

/** Says a message to screen readers through the pane's one live region. */
export const useAnnounce = () => useContext(Announce);

/** The pane's one live region: every result and failure is announced through it, once, politely. */
export function Announcer({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [said, setSaid] = useState({ message: "", n: 0 });
  // a counter in the key makes the same words, said again, a new announcement
  const announce = useCallback((message: string) => setSaid((s) => ({ message, n: s.n + 1 })), []);
  return (
    <Announce.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className={styles.hidden} data-testid="announcer">
        <span key={said.n}>{said.message}</span>
      </div>
    </Announce.Provider>
  );
}
