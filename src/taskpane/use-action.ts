import { useCallback, useState } from "react";
import { text, type MessageCode } from "../core/messages";
import { explain, type Explained } from "./errors";

/**
 * The busy flag and failure every panel needs: `run` starts the work, shows the failure (the panel's
 * message with what to do, the technical detail apart) instead of throwing, and returns undefined when it failed.
 */
export function useAction(failed: MessageCode) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Explained | null>(null);
  const fail = useCallback(
    (e: unknown) => {
      const x = explain(e);
      setFailure({ message: text(failed, { detail: x.message }), detail: x.detail });
    },
    [failed]
  );
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setFailure(null);
      try {
        return await work();
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [fail]
  );
  return { busy, failure, run, fail };
}
