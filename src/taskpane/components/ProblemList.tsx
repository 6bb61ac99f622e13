import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { catalogue, formById } from "../../core/catalogue";
import { cellsText, type PlacedCell, type PlacedProblem } from "../../core/check";
import { text } from "../../core/messages";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    padding: `${tokens.spacingVerticalS} 0`,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  where: { fontWeight: tokens.fontWeightSemibold, marginLeft: tokens.spacingHorizontalXS },
});

const order = (p: PlacedProblem) => (p.severity === "error" ? 0 : 1);

/** Problems grouped by form, errors first; a click selects the cells involved. */
export function ProblemList({
  problems,
  onSelect,
}: {
  problems: PlacedProblem[];
  onSelect: (cells: PlacedCell[]) => void;
}) {
  const styles = useStyles();
  const rank = (form: string | null) =>
    form === null ? -1 : catalogue.forms.findIndex((f) => f.id === form);
  const groups = [...new Set(problems.map((p) => p.form))].sort((a, b) => rank(a) - rank(b));
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map(String)}>
      {groups.map((form) => {
        const mine = problems.filter((p) => p.form === form).sort((a, b) => order(a) - order(b));
        const errors = mine.filter((p) => p.severity === "error").length;
        return (
          <AccordionItem key={String(form)} value={String(form)}>
            <AccordionHeader>
              {form === null ? text("ui.check.cover") : formById(form).sheet}&nbsp;
              {errors > 0 && <Badge color="danger">{errors}</Badge>}&nbsp;
              {mine.length - errors > 0 && <Badge color="warning">{mine.length - errors}</Badge>}
            </AccordionHeader>
            <AccordionPanel>
              {mine.map((p, i) => (
                <button
                  key={i}
                  type="button"
                  className={styles.item}
                  onClick={() => onSelect(p.cells)}
                  data-rule={p.ruleId}
                >
                  <Badge appearance="tint" color={p.severity === "error" ? "danger" : "warning"}>
                    {text(p.severity === "error" ? "severity.error" : "severity.warning")}
                  </Badge>
                  {p.cells.some((c) => c.at) && (
                    <span className={styles.where}>{cellsText(p.cells)}</span>
                  )}
                  <div>{p.message}</div>
                </button>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
