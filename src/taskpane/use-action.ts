import { useCallback, useState } from "react";
import { text, type MessageCode } from "../core/messages";
import { errorText } from "./errors";

/**
 * The busy flag and failure line every panel needs: `run` starts the work, shows the failure (the
 * panel's message with the error's detail) instead of throwing, and returns undefined when it failed.
 */
export function useAction(failed: MessageCode) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fail = useCallback(
    (e: unknown) => setFailure(text(failed, { detail: errorText(e) })),
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
