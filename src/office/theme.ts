/** The pane's colours, as Office shows its own: light, dark, or the system's high contrast. */
export type PaneTheme = "light" | "dark" | "contrast";

/** What Office.context.officeTheme tells (Office 2016 and later): the colours of its task panes. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance of a "#RRGGBB" colour (WCAG), 1 when it cannot be read. */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The theme that matches Office: high contrast when the system forces colours, dark on a dark body. */
export function themeOf(colours: OfficeColours | undefined, forcedColours: boolean): PaneTheme {
  if (forcedColours) return "contrast";
  if (colours?.isDarkTheme === true) return "dark";
  return colours?.bodyBackgroundColor && luminance(colours.bodyBackgroundColor) < 0.2
    ? "dark"
    : "light";
}
