import { createRoot } from "react-dom/client";
import { text } from "../core/messages";
import { officeHost } from "../office/gateway";
import { App } from "./components/App";
import { actionsFor } from "./wire";

const mount = document.getElementById("root");
if (!mount) throw new Error("taskpane.html has no #root");
const root = createRoot(mount);
mount.textContent = text("ui.loading");

if (typeof Office === "undefined") {
  mount.textContent = text("ui.noOffice");
} else {
  officeHost().then(
    (host) => root.render(<App actions={actionsFor(host)} />),
    (error: unknown) => {
      mount.textContent = `${text("ui.noOffice")} (${error instanceof Error ? error.message : String(error)})`;
    }
  );
}
