/** What went wrong, as a line the pane can show (an Excel or a file error, or anything thrown). */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
