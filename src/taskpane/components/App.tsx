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
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { text } from "../../core/messages";
import { FEATURES } from "../../office/host";
import type { PaneActions } from "../actions";

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
  },
});

type TabId = "create" | "check" | "merge" | "support";

/** help.html is served beside the task pane. */
const helpUrl = () => new URL("help.html", window.location.href).href;

export function App({ actions }: { actions: PaneActions }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("create");
  const missing = actions.missingFeatures.map((f) => text(FEATURES[f].label));
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{text("ui.title")}</Title3>
        {missing.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{text("ui.oldExcel", { features: missing.join("; ") })}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
          <Tab value="create">{text("ui.tab.create")}</Tab>
          <Tab value="check">{text("ui.tab.check")}</Tab>
          <Tab value="merge">{text("ui.tab.merge")}</Tab>
          <Tab value="support">{text("ui.tab.support")}</Tab>
        </TabList>
        <Suspense fallback={<Spinner size="small" label={text("ui.loadingTab")} />}>
          {tab === "create" && <CreatePanel actions={actions} />}
          {tab === "check" && <CheckPanel actions={actions} />}
          {tab === "merge" && <MergePanel actions={actions} />}
          {tab === "support" && <SupportPanel actions={actions} helpUrl={helpUrl()} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
