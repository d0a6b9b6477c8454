/* 培训师看板: the page. Reads the export files a trainer picks or drops, here in the browser (no
 * upload, no request), keeps the learners and the refusals, and draws the report. State lives in
 * this module's map, never read back from the page. */

import { element } from "../dom.js";
import { SITE_PATH } from "../site.js";
import { isObject } from "../safe-map.js";
import { readLearnerFile, shownFileName, sizeProblem } from "./files.js";
import { buildReport } from "./report.js";
import { itemTableCsv } from "./table.js";
import { list } from "./tables.js";
import { changedSection, flaggedSection, itemTableSection, pilotSection, weakSectionsSection } from "./view-items.js";
import { learnersSection, scenariosSection, summarySection, topicsSection } from "./view-cohort.js";

const states = new WeakMap();

function readData(root, name, fallback) {
  const holder = root.querySelector("[" + name + "]");
  try {
    return holder ? JSON.parse(holder.getAttribute(name)) : fallback;
  } catch (error) {
    return fallback;
  }
}

/** What the build wrote: {catalog, scenarios, here} (here: this site as an import checks files). */
function pageData(root) {
  const catalog = readData(root, "data-kb-report-items", null);
  const usable = isObject(catalog) && Array.isArray(catalog.items) && Array.isArray(catalog.banks) ? catalog : { banks: [], items: [] };
  const scenarios = readData(root, "data-kb-report-scenarios", []);
  return {
    catalog: usable,
    scenarios: Array.isArray(scenarios) ? scenarios : [],
    here: { site: SITE_PATH, items: new Map(usable.items.map((item) => [item.id, item.bank])) },
  };
}

function readText(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** One file read and checked: {learner} or {refused: {name, reason}}; a file too large is not read. */
async function readFile(state, file) {
  const name = shownFileName(file.name);
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { refused: { name, reason: tooLarge } };
  let text = "";
  try {
    text = await readText(file);
  } catch (error) {
    return { refused: { name, reason: "文件读不出来。" } };
  }
  const read = readLearnerFile(file.name, text, state.here);
  return read.error ? { refused: { name, reason: read.error } } : { learner: read.learner };
}

/** Reads the files side by side, then adds them in the order picked. */
async function addFiles(root, files) {
  const state = states.get(root);
  showStatus(root, `正在读取 ${files.length} 个文件…`);
  const results = await Promise.all(files.map((file) => readFile(state, file)));
  for (const result of results) {
    if (result.learner) state.learners.push(result.learner);
    else state.refused.push(result.refused);
  }
  render(root);
}

function showStatus(root, text) {
  root.querySelector("[data-kb-report-status]").textContent = text;
}

function statusText(state) {
  if (!state.learners.length && !state.refused.length) return "还没有选择文件。";
  const pilots = state.learners.filter((learner) => learner.pilot).length;
  const counted = `已读入 ${state.learners.length} 个文件（学员 ${state.learners.length - pilots} 人，试做 ${pilots} 人）`;
  return counted + (state.refused.length ? `；${state.refused.length} 个文件没有计入，原因见下。` : "。");
}

function renderRefused(root, state) {
  const box = root.querySelector("[data-kb-report-refused]");
  box.replaceChildren();
  if (!state.refused.length) return;
  box.appendChild(element("h2", "", "没有计入的文件"));
  const entries = list(state.refused.map((entry) => `${entry.name}：${entry.reason}`), "kb-report-refused");
  [...entries.children].forEach((entry, index) => entry.setAttribute("data-kb-report-refused-file", state.refused[index].name));
  box.appendChild(entries);
}

function render(root) {
  const state = states.get(root);
  showStatus(root, statusText(state));
  renderRefused(root, state);
  const result = root.querySelector("[data-kb-report-result]");
  result.replaceChildren();
  result.hidden = !state.learners.length;
  if (!state.learners.length) return;
  const report = buildReport(state.catalog, state.scenarios, state.learners, Date.now());
  state.report = report;
  const tools = element("p", "kb-report-tools");
  const print = element("button", "md-button", "打印这份报告");
  print.type = "button";
  print.setAttribute("data-kb-report-action", "print");
  tools.appendChild(print);
  result.append(tools, summarySection(report), learnersSection(report, state.catalog), topicsSection(report),
    flaggedSection(report), weakSectionsSection(report), ...[pilotSection(report), changedSection(report)].filter(Boolean),
    itemTableSection(report, state.catalog), ...[scenariosSection(report)].filter(Boolean));
  root.setAttribute("data-kb-report-rendered", String(state.learners.length));
}

function downloadCsv(state) {
  const titles = new Map(state.catalog.banks.map((bank) => [bank.id, bank.title]));
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([itemTableCsv(state.report.items, titles)], { type: "text/csv" }));
  link.download = "培训师看板-题目统计.csv";
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function onClick(root, event) {
  const button = event.target instanceof Element ? event.target.closest("[data-kb-report-action]") : null;
  if (!button) return;
  const state = states.get(root);
  const action = button.getAttribute("data-kb-report-action");
  if (action === "clear") {
    state.learners = [];
    state.refused = [];
    render(root);
  } else if (action === "csv" && state.report) downloadCsv(state);
  else if (action === "print") window.print();
}

function listen(root) {
  const input = root.querySelector("[data-kb-report-files]");
  input.addEventListener("change", () => {
    const files = [...input.files];
    input.value = "";
    addFiles(root, files);
  });
  const drop = root.querySelector("[data-kb-report-drop]");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("kb-report__pick--over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("kb-report__pick--over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("kb-report__pick--over");
    addFiles(root, [...event.dataTransfer.files]);
  });
  root.addEventListener("click", (event) => onClick(root, event));
}

/** Mounts the report on its root once (Material's instant navigation may mount again). */
export function mountReport(root) {
  if (states.has(root)) return;
  states.set(root, { ...pageData(root), learners: [], refused: [], report: null });
  listen(root);
  root.setAttribute("data-kb-ready", "true");
}
