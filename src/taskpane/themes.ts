import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { PaneTheme } from "../office/theme";

/** Fluent's theme for Office's colours: the light one is in the pane's first load, the others load on demand. */
export async function themeFor(theme: PaneTheme): Promise<Theme> {
  switch (theme) {
    case "light":
      return webLightTheme;
    case "dark":
      return (await import(/* webpackChunkName: "theme-dark" */ "./theme-dark")).darkTheme;
    case "contrast":
      return (await import(/* webpackChunkName: "theme-contrast" */ "./theme-contrast"))
        .contrastTheme;
  }
}
