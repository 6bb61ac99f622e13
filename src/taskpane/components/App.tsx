import {
  FluentProvider,
  Spinner,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { text, type MessageCode } from "../../core/messages";
import { FEATURES } from "../../office/host";
import type { PaneActions } from "../actions";
import { Announcer } from "../announce";

// a tab's code is loaded when the tab is first opened: the pane's first load carries only its frame
const CreatePanel = lazy(() =>
  import(/* webpackChunkName: "tab-create" */ "./CreatePanel").then((m) => ({
    default: m.CreatePanel,
  }))
);
const CheckPanel = lazy(() =>
  import(/* webpackChunkName: "tab-check" */ "./CheckPanel").then((m) => ({
    default: m.CheckPanel,
  }))
);
const MergePanel = lazy(() =>
  import(/* webpackChunkName: "tab-merge" */ "./MergePanel").then((m) => ({
    default: m.MergePanel,
  }))
);
const SupportPanel = lazy(() =>
  import(/* webpackChunkName: "tab-support" */ "./SupportPanel").then((m) => ({
    default: m.SupportPanel,
  }))
);

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    fontFamily: tokens.fontFamilyBase,
    // the theme's background fills the pane, not only the part that has content
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // at 200 % zoom the pane is 160 CSS px wide: fields, drop-downs and words shrink and wrap to fit it
    "& .fui-Input, & .fui-Dropdown, & .fui-Field, & .fui-MessageBar": {
      minWidth: 0,
      maxWidth: "100%",
    },
    "& .fui-Input__input": { minWidth: 0 },
    "& label, & .fui-MessageBarBody, & p": { overflowWrap: "anywhere" },
  },
  // at 320 px and 200 % zoom the four tabs take two lines rather than run off the pane
  tabs: { flexWrap: "wrap" },
});

type TabId = "create" | "check" | "merge" | "support";

const TABS: { id: TabId; label: MessageCode }[] = [
  { id: "create", label: "ui.tab.create" },
  { id: "check", label: "ui.tab.check" },
  { id: "merge", label: "ui.tab.merge" },
  { id: "support", label: "ui.tab.support" },
];

/** help.html is served beside the task pane. */
const helpUrl = () => new URL("help.html", window.location.href).href;

/** The pane: its tabs, each panel loaded when first opened, in the colours Office shows (`theme`). */
export function App({ actions, theme }: { actions: PaneActions; theme: Theme }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("create");
  const [opened, setOpened] = useState<Set<TabId>>(() => new Set(["create"]));
  const missing = actions.missingFeatures.map((f) => text(FEATURES[f].label));
  return (
    <FluentProvider theme={theme}>
      <Announcer>
        <main className={styles.root}>
          <Title3 as="h1">{text("ui.title")}</Title3>
          {missing.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {text("ui.oldExcel", { features: missing.join("; ") })}
              </MessageBarBody>
            </MessageBar>
          )}
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setTab(d.value as TabId);
              setOpened((o) => new Set(o).add(d.value as TabId));
            }}
          >
            {TABS.map((t) => (
              <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
                {text(t.label)}
              </Tab>
            ))}
          </TabList>
          {TABS.filter((t) => opened.has(t.id)).map((t) => (
            // a tab once opened stays mounted, hidden: its results are there when the user comes back
            <section
              key={t.id}
              role="tabpanel"
              id={`panel-${t.id}`}
              aria-labelledby={`tab-${t.id}`}
              hidden={tab !== t.id}
            >
              <Suspense fallback={<Spinner size="small" label={text("ui.loadingTab")} />}>
                {t.id === "create" && <CreatePanel actions={actions} />}
                {t.id === "check" && <CheckPanel actions={actions} />}
                {t.id === "merge" && <MergePanel actions={actions} />}
                {t.id === "support" && <SupportPanel actions={actions} helpUrl={helpUrl()} />}
              </Suspense>
            </section>
          ))}
        </main>
      </Announcer>
    </FluentProvider>
  );
}
