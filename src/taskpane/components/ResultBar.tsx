import { MessageBar, type MessageBarProps } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useAnnounce } from "../announce";

/**
 * A result where it belongs, said to screen readers and given the focus when it arrives: the user who pressed
 * the button hears what happened and is taken to it, even when it is below the fold.
 */
export function ResultBar({
  announce,
  ...props
}: MessageBarProps & {
  /** what is said when the result arrives; a new text is a new result */
  announce: string;
}) {
  const say = useAnnounce();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    say(announce);
    ref.current?.focus();
  }, [announce, say]);
  return (
    <div ref={ref} tabIndex={-1} data-result="">
      <MessageBar layout="multiline" {...props} />
    </div>
  );
}
