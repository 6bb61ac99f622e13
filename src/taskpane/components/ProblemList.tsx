import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { formById } from "../../core/catalogue";
import { cellsText, type PlacedCell, type PlacedProblem } from "../../core/check";
import { text } from "../../core/messages";
import {
  filterProblems,
  groupProblems,
  NO_FILTER,
  problemCounts,
  type ProblemFilter,
} from "../../core/problems";
import { useAnnounce } from "../announce";

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  walk: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  header: { overflowWrap: "anywhere", textAlign: "left" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  where: { fontWeight: tokens.fontWeightSemibold, marginLeft: tokens.spacingHorizontalXS },
  visited: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});

/** Items a group shows before "Hiện thêm": hundreds of problems stay a short page. */
const PAGE = 50;

const formName = (form: string) => (form === "" ? text("ui.check.cover") : formById(form).sheet);

/**
 * Problems for hundreds of them: filters by severity and by form with their counts, grouped by rule under its
 * Vietnamese title, a walk from one problem to the next that selects its cells, and a mark on those seen.
 */
export function ProblemList({
  problems,
  onSelect,
}: {
  problems: PlacedProblem[];
  onSelect: (cells: PlacedCell[]) => void;
}) {
  const styles = useStyles();
  const say = useAnnounce();
  const [filter, setFilter] = useState<ProblemFilter>(NO_FILTER);
  const [visited, setVisited] = useState<Set<PlacedProblem>>(() => new Set());
  const [current, setCurrent] = useState<PlacedProblem | null>(null);
  const [shown, setShown] = useState<Record<string, number>>({});
  const counts = useMemo(() => problemCounts(problems), [problems]);
  const groups = useMemo(() => groupProblems(filterProblems(problems, filter)), [problems, filter]);
  // the walk follows the list as shown: group by group
  const walk = useMemo(() => groups.flatMap((g) => g.problems), [groups]);
  const [open, setOpen] = useState<string[]>([]);
  const items = useRef(new Map<PlacedProblem, HTMLButtonElement>());

  useEffect(() => {
    // a short list opens whole; a long one shows its groups' titles first
    setOpen(walk.length <= 30 ? groups.map((g) => g.ruleId) : []);
  }, [groups, walk.length]);

  const choose = (p: PlacedProblem) => {
    setCurrent(p);
    setVisited((v) => new Set(v).add(p));
    onSelect(p.cells);
  };
  const step = (by: 1 | -1) => {
    if (walk.length === 0) return;
    const at = current ? walk.indexOf(current) : -1;
    const next = walk[(at + by + walk.length) % walk.length]!;
    const group = groups.find((g) => g.problems.includes(next))!;
    const index = group.problems.indexOf(next);
    setOpen((o) => (o.includes(group.ruleId) ? o : [...o, group.ruleId]));
    setShown((s) => ({
      ...s,
      [group.ruleId]: Math.max(s[group.ruleId] ?? PAGE, Math.ceil((index + 1) / PAGE) * PAGE),
    }));
    choose(next);
    say(
      text("ui.problems.walk", { i: walk.indexOf(next) + 1, n: walk.length, message: next.message })
    );
  };
  useEffect(() => {
    if (current) items.current.get(current)?.scrollIntoView({ block: "nearest" });
  }, [current, open, shown]);

  const severityChip = (severity: ProblemFilter["severity"], label: string) => (
    <ToggleButton
      size="small"
      checked={filter.severity === severity}
      onClick={() => setFilter((f) => ({ ...f, severity }))}
    >
      {label}
    </ToggleButton>
  );
  const position = current && walk.includes(current) ? walk.indexOf(current) + 1 : 0;
  return (
    <>
      <div role="group" aria-label={text("ui.problems.filters")} className={styles.chips}>
        {severityChip(null, text("ui.problems.all", { count: problems.length }))}
        {severityChip("error", text("ui.problems.errors", { count: counts.errors }))}
        {severityChip("warning", text("ui.problems.warnings", { count: counts.warnings }))}
      </div>
      {counts.forms.length > 1 && (
        <div role="group" aria-label={text("ui.problems.filters")} className={styles.chips}>
          <ToggleButton
            size="small"
            checked={filter.form === null}
            onClick={() => setFilter((f) => ({ ...f, form: null }))}
          >
            {text("ui.problems.allForms")}
          </ToggleButton>
          {counts.forms.map(({ form, count }) => (
            <ToggleButton
              key={form}
              size="small"
              checked={filter.form === form}
              onClick={() => setFilter((f) => ({ ...f, form }))}
            >
              {text("ui.problems.form", { form: formName(form), count })}
            </ToggleButton>
          ))}
        </div>
      )}
      <div className={styles.walk}>
        <Button size="small" disabled={walk.length === 0} onClick={() => step(-1)}>
          {text("ui.problems.previous")}
        </Button>
        <Button
          size="small"
          appearance="primary"
          disabled={walk.length === 0}
          onClick={() => step(1)}
        >
          {text("ui.problems.next")}
        </Button>
        <span data-testid="problem-position">
          {text("ui.problems.position", { i: position, n: walk.length })}
        </span>
      </div>
      {walk.length === 0 && <p>{text("ui.problems.none")}</p>}
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, d) => setOpen(d.openItems.map(String))}
      >
        {groups.map((g) => {
          const limit = shown[g.ruleId] ?? PAGE;
          return (
            <AccordionItem key={g.ruleId} value={g.ruleId}>
              <AccordionHeader className={styles.header}>
                {g.title}&nbsp;
                <Badge color={g.severity === "error" ? "danger" : "warning"}>
                  {g.problems.length}
                </Badge>
              </AccordionHeader>
              <AccordionPanel>
                {g.problems.slice(0, limit).map((p, i) => (
                  <button
                    key={i}
                    ref={(el) => void (el ? items.current.set(p, el) : items.current.delete(p))}
                    type="button"
                    className={mergeClasses(styles.item, p === current && styles.current)}
                    aria-current={p === current ? "true" : undefined}
                    onClick={() => choose(p)}
                    data-rule={p.ruleId}
                  >
                    <Badge appearance="tint" color={p.severity === "error" ? "danger" : "warning"}>
                      {text(p.severity === "error" ? "severity.error" : "severity.warning")}
                    </Badge>
                    {p.cells.some((c) => c.at) && (
                      <span className={styles.where}>{cellsText(p.cells)}</span>
                    )}
                    {visited.has(p) && (
                      <span className={styles.visited}>✓ {text("ui.problems.visited")}</span>
                    )}
                    <div>{p.message}</div>
                  </button>
                ))}
                {g.problems.length > limit && (
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => setShown((s) => ({ ...s, [g.ruleId]: limit + PAGE }))}
                  >
                    {text("ui.problems.more", { count: Math.min(PAGE, g.problems.length - limit) })}
                  </Button>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </>
  );
}
