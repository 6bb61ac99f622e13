import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from "@fluentui/react-components";
import { useState } from "react";
import { text } from "../../core/messages";
import type { Decision, Rebuild } from "../../office/create-forms";

interface Props {
  sheets: string[] | null;
  /** the password typed in the pane, offered again for the rebuilt sheets */
  password: string;
  onDecide: (decision: Decision | Rebuild) => void;
}

/** giữ / thay / hủy: a unit's figures are never overwritten without asking. */
export function ConflictDialog({ sheets, password, onDecide }: Props) {
  const [again, setAgain] = useState(password);
  return (
    <Dialog open={sheets !== null} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text("ui.conflict.title")}</DialogTitle>
          <DialogContent>
            <p>{text("ui.conflict.body", { sheets: (sheets ?? []).join(", ") })}</p>
            <Field label={text("ui.conflict.password")} hint={text("ui.conflict.passwordHint")}>
              <Input type="password" value={again} onChange={(_, d) => setAgain(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions fluid position="start">
            <Button appearance="primary" onClick={() => onDecide("keep")}>
              {text("ui.conflict.keep")}
            </Button>
            <Button onClick={() => onDecide({ decision: "replace", password: again })}>
              {text("ui.conflict.replace")}
            </Button>
            <Button appearance="subtle" onClick={() => onDecide("cancel")}>
              {text("ui.conflict.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
