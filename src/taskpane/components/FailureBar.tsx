import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { text } from "../../core/messages";
import type { Explained } from "../errors";

/** A failure: what to do, and the technical detail (Excel's code and message) for support behind "Chi tiết". */
export function FailureBar({ failure }: { failure: Explained }) {
  const [open, setOpen] = useState(false);
  return (
    <MessageBar intent="error" layout="multiline">
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
    </MessageBar>
  );
}
