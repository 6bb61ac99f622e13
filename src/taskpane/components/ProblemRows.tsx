import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { cellsText, type PlacedProblem } from "../../core/check";
import { text } from "../../core/messages";

const useStyles = makeStyles({
  scroller: { maxHeight: "min(60vh, 28rem)", overflowY: "auto", overflowX: "hidden" },
  list: { position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%" },
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
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
  where: { fontWeight: tokens.fontWeightSemibold, marginLeft: tokens.spacingHorizontalXS },
  visited: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});

/** A row's height before it is measured: a badge line and two lines of message. */
const ESTIMATE = 60;

/**
 * One group's problems, virtualised: only the rows in view (and a few around) are in the page, so a group of
 * thousands stays light; each row says its place in the whole list to screen readers.
 */
export function ProblemRows({
  problems,
  current,
  visited,
  onChoose,
}: {
  problems: PlacedProblem[];
  current: PlacedProblem | null;
  visited: Set<PlacedProblem>;
  onChoose: (p: PlacedProblem) => void;
}) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const currentRow = useRef<HTMLButtonElement | null>(null);
  const rows = useVirtualizer({
    count: problems.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    overscan: 8,
    measureElement: (el, _entry, v) => {
      const height = el.getBoundingClientRect().height;
      // a hidden tab measures 0: the height known before stays, or the rows would vanish for good
      return height > 0
        ? height
        : (v.measurementsCache[Number(el.getAttribute("data-index"))]?.size ?? ESTIMATE);
    },
  });
  const at = current ? problems.indexOf(current) : -1;
  // where the walk's problem is drawn, once measured: undefined while it is not drawn
  const drawnAt = rows.getVirtualItems().find((r) => r.index === at)?.start;
  useEffect(() => {
    if (at >= 0) rows.scrollToIndex(at, { align: "auto" });
  }, [at, rows]);
  useEffect(() => {
    // once the walk's problem is drawn, and again if measuring its neighbours moves it, the pane follows;
    // after the group's opening motion, whose growing height would move it again
    const row = currentRow.current;
    if (drawnAt === undefined || !row) return;
    let live = true;
    void Promise.allSettled(document.getAnimations().map((a) => a.finished)).then(() => {
      if (live) row.scrollIntoView({ block: "nearest" });
    });
    return () => void (live = false);
  }, [at, drawnAt]);

  return (
    <div ref={scroller} className={styles.scroller}>
      <div role="list" className={styles.list} style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((r) => {
          const p = problems[r.index]!;
          return (
            <div
              key={r.key}
              role="listitem"
              aria-setsize={problems.length}
              aria-posinset={r.index + 1}
              data-index={r.index}
              ref={rows.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${r.start}px)` }}
            >
              <button
                ref={p === current ? currentRow : undefined}
                type="button"
                className={mergeClasses(styles.item, p === current && styles.current)}
                aria-current={p === current ? "true" : undefined}
                onClick={() => onChoose(p)}
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
            </div>
          );
        })}
      </div>
    </div>
  );
}
