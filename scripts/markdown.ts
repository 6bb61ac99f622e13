/** A text as one cell of a Markdown table: its bars escaped, its lines joined. */
export const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
