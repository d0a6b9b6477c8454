/* Own your data: export, import (checked first, asks before replacing, all or nothing) and
 * reset. Everything here is this site's progress only (progress/browser-storage.js). */

import { BROKEN_MESSAGE, CANCELLED_MESSAGE, QUOTA_MESSAGE, buildExport, exportLearner, exportedVersions, parseImport, replaceQuestion, successMessage } from "../progress/export-file.js";
import { emptyProgress } from "../progress/quiz-format.js";
import { download, today } from "../dom.js";
import { browserStorage, writeAll } from "../progress/browser-storage.js";
import { contentsFor } from "../item-lists.js";
import { SITE_PATH, parseBankList } from "../site.js";
import { progressEntry, readProgress } from "../progress/quiz-storage.js";
import { readScenarioRecords, scenarioEntry } from "../progress/scenario-storage.js";
import { refreshDueCounts } from "./due.js";
import { forgetVisits, mountPath } from "./path.js";
import { refreshProgressViews } from "./progress.js";
import { renderNotices } from "./notice.js";

function showMessage(tools, message) {
  const box = tools.querySelector("[data-kb-data-message]");
  if (box) box.textContent = message;
}

/** What the learner chose to tell the trainer (name, pilot) and the banks' versions, for the export. */
function aboutExport(tools) {
  const name = tools.querySelector("[data-kb-export-name]");
  const pilot = tools.querySelector("[data-kb-export-pilot]");
  const list = document.querySelector("[data-kb-banks]");
  return {
    learner: exportLearner(name ? name.value : "", Boolean(pilot && pilot.checked)),
    bankVersions: list ? exportedVersions(parseBankList(list.getAttribute("data-kb-banks"))) : null,
  };
}

function exportProgress(tools) {
  const data = buildExport(readProgress(), new Date().toISOString(), readScenarioRecords(), SITE_PATH, aboutExport(tools));
  download("销售知识库-做题进度-" + today() + ".json", JSON.stringify(data, null, 2));
  showMessage(tools, "已导出。把这个文件保存好，在另一个浏览器里用“导入进度”恢复。");
}

/** This site, as an import of `progress` checks it against: its path and, when the page lists its
 * banks, the items of theirs that the file's records need (item-lists.js). */
async function thisSite(progress) {
  const contents = await contentsFor(document.querySelector("[data-kb-banks]"), progress);
  return { site: SITE_PATH, items: contents ? contents.items : null };
}

/** What importing `text` did, as the message to show. Both stores are written or neither. */
async function importText(text) {
  const read = parseImport(text, { site: SITE_PATH, items: null }); // the file's records, to know which lists to read
  if (read.error) return read.error;
  const parsed = parseImport(text, await thisSite(read.progress));
  if (parsed.error) return parsed.error;
  const local = readProgress();
  const localScenarios = readScenarioRecords();
  const question = replaceQuestion(local, localScenarios, parsed);
  if (question && !window.confirm(question)) return CANCELLED_MESSAGE;
  const entries = [progressEntry(parsed.progress)];
  if (parsed.scenarios !== null) entries.push(scenarioEntry(parsed.scenarios));
  const written = writeAll(browserStorage(), entries);
  refreshAllProgressViews();
  if (written === "broken") return BROKEN_MESSAGE;
  if (written !== "ok") return QUOTA_MESSAGE;
  return successMessage(parsed, local, localScenarios);
}

function importFile(input, tools) {
  const file = input.files && input.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = async () => {
    showMessage(tools, await importText(String(reader.result)));
    input.value = "";
  };
  reader.onerror = () => {
    showMessage(tools, "导入失败：文件读不出来。进度没有改变。");
    input.value = "";
  };
  reader.readAsText(file);
}

function resetAll(tools) {
  if (!window.confirm("确定清空这个知识库的全部做题记录、错题本和情景演练的进度吗？清空后无法恢复（可以先导出备份）。")) {
    showMessage(tools, "已取消清空。进度没有改变。");
    return;
  }
  const written = writeAll(browserStorage(), [progressEntry(emptyProgress()), scenarioEntry(Object.create(null))]);
  showMessage(tools, written === "ok" ? "已清空这个知识库的全部进度。" : "清空失败：浏览器不允许写入存储。" +
    (written === "broken" ? "有一部分进度可能已被清空。" : "进度没有改变。"));
  forgetVisits();
  refreshAllProgressViews();
  renderNotices();
}

/** Every view that shows stored progress, after an import or a reset (D6): the progress table,
 * the due lines, home's learning path, and — through an event, since they live in the scenario
 * module — the scenarios' best scores and due steps. */
function refreshAllProgressViews() {
  refreshProgressViews();
  refreshDueCounts(contentsFor);
  mountPath();
  document.dispatchEvent(new CustomEvent("kb:progress-changed"));
}

/** Handles a click inside data tools; true when it was one of theirs. */
export function onDataToolsClick(tools, action) {
  if (action === "export") exportProgress(tools);
  else if (action === "reset-all") resetAll(tools);
  else return false;
  return true;
}

export function onDataToolsChange(tools, target) {
  if (target.matches("[data-kb-import]")) importFile(target, tools);
}
