import { Button, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { text } from "../../core/messages";
import type { Explained } from "../errors";
import { ResultBar } from "./ResultBar";

/** A failure: what to do, and the technical detail (Excel's code and message) for support behind "Chi tiết". */
export function FailureBar({ failure }: { failure: Explained }) {
  const [open, setOpen] = useState(false);
  return (
    <ResultBar intent="error" layout="multiline" announce={failure.message}>
      <MessageBarBody>
        {failure.message}
        {open && <div data-testid="failure-detail">{failure.detail}</div>}
      </MessageBarBody>
      {failure.detail !== "" && (
        <MessageBarActions>
          <Button size="small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {text("ui.details")}
          </Button>
        </MessageBarActions>
      )}
    </ResultBar>
  );
}
