import { Card, CardHeader, Text } from "@fluentui/react-components";
import { text } from "../../core/messages";

/** "Bắt đầu": the three steps of a reporting round, shown while the workbook has no forms yet. */
export function FirstRun() {
  return (
    <Card appearance="filled-alternative" role="region" aria-label={text("ui.firstRun.title")}>
      <CardHeader header={<Text weight="semibold">{text("ui.firstRun.title")}</Text>} />
      <ol style={{ margin: 0 }}>
        <li>{text("ui.firstRun.create")}</li>
        <li>{text("ui.firstRun.fill")}</li>
        <li>{text("ui.firstRun.check")}</li>
      </ol>
    </Card>
  );
}
