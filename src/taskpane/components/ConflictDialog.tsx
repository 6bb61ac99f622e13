import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { text } from "../../core/messages";
import type { Decision } from "../../office/create-forms";

interface Props {
  sheets: string[] | null;
  onDecide: (decision: Decision) => void;
}

/** giữ / thay / hủy: a unit's figures are never overwritten without asking. */
export function ConflictDialog({ sheets, onDecide }: Props) {
  return (
    <Dialog open={sheets !== null} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text("ui.conflict.title")}</DialogTitle>
          <DialogContent>
            {text("ui.conflict.body", { sheets: (sheets ?? []).join(", ") })}
          </DialogContent>
          <DialogActions fluid position="start">
            <Button appearance="primary" onClick={() => onDecide("keep")}>
              {text("ui.conflict.keep")}
            </Button>
            <Button onClick={() => onDecide("replace")}>{text("ui.conflict.replace")}</Button>
            <Button appearance="subtle" onClick={() => onDecide("cancel")}>
              {text("ui.conflict.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
