/* Own your data: the export and import buttons of the quiz index (views/data-tools.js), loaded
 * by kb.js where they are shown. Marks each tools box ready once it answers clicks. */

import { onDataToolsChange, onDataToolsClick } from "./views/data-tools.js";
import { onEveryPage } from "./every-page.js";

function markReady() {
  document.querySelectorAll("[data-kb-data-tools]").forEach((tools) => tools.setAttribute("data-kb-ready", "true"));
}

function onClick(event) {
  if (!(event.target instanceof Element)) return;
  const button = event.target.closest("[data-kb-action]");
  const tools = button && button.closest("[data-kb-data-tools]");
  if (tools) onDataToolsClick(tools, button.getAttribute("data-kb-action"));
}

function onChange(event) {
  if (!(event.target instanceof Element)) return;
  const tools = event.target.closest("[data-kb-data-tools]");
  if (tools) onDataToolsChange(tools, event.target);
}

function start() {
  document.addEventListener("click", onClick);
  document.addEventListener("change", onChange);
  onEveryPage(markReady);
}

start();
