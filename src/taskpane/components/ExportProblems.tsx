import { Button, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { useAction } from "../use-action";
import { FailureBar } from "./FailureBar";
import { ResultBar } from "./ResultBar";

/**
 * A button that writes a problem list into the workbook, then says where it went, or why it could not:
 * `write` does the writing and returns what the user is told. Keyed by its list, it starts afresh with it.
 */
export function ExportProblems({ label, write }: { label: string; write: () => Promise<string> }) {
  const exporting = useAction("ui.problems.exportFailed");
  const [written, setWritten] = useState<string | null>(null);
  return (
    <>
      <Button
        disabled={exporting.busy}
        onClick={() => void exporting.run(async () => setWritten(await write()))}
      >
        {label}
      </Button>
      {exporting.failure && <FailureBar failure={exporting.failure} />}
      {written && (
        <ResultBar intent="success" announce={written}>
          <MessageBarBody>{written}</MessageBarBody>
        </ResultBar>
      )}
    </>
  );
}
