// The ribbon button only shows the task pane; the function file must still load Office.js.
Office.onReady(() => undefined);
