import { vi, type MessageCode } from "./vi";

export type { MessageCode };

/** The Vietnamese message for a code, its {placeholders} filled. */
export function text(code: MessageCode, params: Record<string, string | number> = {}): string {
  return vi[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
