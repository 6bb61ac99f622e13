import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { text } from "../../core/messages";

const useStyles = makeStyles({
  toggle: { alignSelf: "flex-start", paddingLeft: 0 },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** "Tùy chọn nâng cao": what most users never need, folded away below the main fields. */
export function Advanced({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        appearance="transparent"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>&nbsp;{text("ui.advanced")}
      </Button>
      {/* a class that sets display would undo `hidden`: the panel takes its layout only when open */}
      <div id={id} className={open ? styles.panel : undefined} hidden={!open}>
        {children}
      </div>
    </>
  );
}
