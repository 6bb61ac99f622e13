export { teamsHighContrastTheme as contrastTheme } from "@fluentui/react-components";
