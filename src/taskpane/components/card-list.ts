import { makeStyles, tokens } from "@fluentui/react-components";

/** A list read as cards at 320 px: no columns to squeeze, each item's lines wrap anywhere. */
export const useCardListStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});
