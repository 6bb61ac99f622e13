/**
 * Control characters (C0 but tab and line feed, DEL, C1) and the marks that reorder text (bidirectional
 * overrides and isolates): none belongs in a report, and in a terminal they can retitle or clear the
 * screen, or show a name reversed. Each is shown as its code instead ("\x1B", "\u202E"): visible, harmless.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export const visibleText = (s: string): string =>
  s.replace(HIDDEN, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
