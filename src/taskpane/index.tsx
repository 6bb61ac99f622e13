import { createRoot } from "react-dom/client";
import { text } from "../core/messages";
import { officeHost } from "../office/gateway";
import { App } from "./components/App";
import { explain } from "./errors";
import { themeFor } from "./themes";
import { actionsFor } from "./wire";

function start(mount: HTMLElement): void {
  // the inline guard of taskpane.html has said that this webview is too old: its words stay
  if ((window as unknown as { __cchcUnsupported?: boolean }).__cchcUnsupported === true) return;
  if (typeof Office === "undefined") {
    mount.textContent = text("ui.noOffice");
    return;
  }
  mount.textContent = text("ui.loading");
  const root = createRoot(mount);
  officeHost()
    .then(async (host) => {
      const actions = actionsFor(host);
      root.render(<App actions={actions} theme={await themeFor(actions.theme)} />);
    })
    .catch(
      (error: unknown) => (mount.textContent = `${text("ui.noOffice")} (${explain(error).message})`)
    );
}

const mount = document.getElementById("root");
if (!mount) throw new Error("taskpane.html has no #root");
start(mount);
