import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { formIn } from "../../core/catalogue";
import type { Round } from "../../core/rules/round";
import type { PlacedCell, PlacedProblem } from "../../core/check";
import { text } from "../../core/messages";
import {
  filterProblems,
  groupProblems,
  NO_FILTER,
  problemCounts,
  type ProblemFilter,
} from "../../core/problems";
import { useAnnounce } from "../announce";
import { ProblemRows } from "./ProblemRows";

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  walk: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  header: { overflowWrap: "anywhere", textAlign: "left" },
});

const formName = (round: Round, form: string) =>
  form === "" ? text("ui.check.cover") : formIn(round, form).sheet;

/**
 * Problems for hundreds of them: filters by severity and by form with their counts, grouped by rule under its
 * Vietnamese title, a walk from one problem to the next that selects its cells, and a mark on those seen.
 */
export function ProblemList({
  problems,
  round,
  onSelect,
}: {
  problems: PlacedProblem[];
  round: Round;
  onSelect: (cells: PlacedCell[]) => void;
}) {
  const styles = useStyles();
  const say = useAnnounce();
  const [filter, setFilter] = useState<ProblemFilter>(NO_FILTER);
  const [visited, setVisited] = useState<Set<PlacedProblem>>(() => new Set());
  const [current, setCurrent] = useState<PlacedProblem | null>(null);
  const counts = useMemo(() => problemCounts(problems, round), [problems, round]);
  const groups = useMemo(
    () => groupProblems(filterProblems(problems, filter), round),
    [problems, filter, round]
  );
  // the walk follows the list as shown: group by group
  const walk = useMemo(() => groups.flatMap((g) => g.problems), [groups]);
  const [open, setOpen] = useState<string[]>([]);

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
    setOpen((o) => (o.includes(group.ruleId) ? o : [...o, group.ruleId]));
    choose(next);
    say(
      text("ui.problems.walk", { i: walk.indexOf(next) + 1, n: walk.length, message: next.message })
    );
  };
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
              {text("ui.problems.form", { form: formName(round, form), count })}
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
        {groups.map((g) => (
          <AccordionItem key={g.ruleId} value={g.ruleId}>
            <AccordionHeader className={styles.header}>
              {g.title}&nbsp;
              <Badge color={g.severity === "error" ? "danger" : "warning"}>
                {g.problems.length}
              </Badge>
            </AccordionHeader>
            <AccordionPanel>
              <ProblemRows
                problems={g.problems}
                current={current}
                visited={visited}
                onChoose={choose}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
