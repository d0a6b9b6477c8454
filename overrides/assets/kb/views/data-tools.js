/* Own your data: export, import (checked first, asks before replacing) and reset. */

import { CANCELLED_MESSAGE, QUOTA_MESSAGE, buildExport, parseImport, replaceQuestion, successMessage } from "../exchange.js";
import { emptyProgress } from "../storage.js";
import { download, today } from "../dom.js";
import { readProgress, writeProgress } from "../store.js";
import { readScenarioRecords, writeScenarioRecords } from "../scenario-store.js";
import { refreshProgressViews } from "./progress.js";
import { renderNotices } from "./notice.js";

function showMessage(tools, message) {
  const box = tools.querySelector("[data-kb-data-message]");
  if (box) box.textContent = message;
}

function exportProgress(tools) {
  const data = buildExport(readProgress(), new Date().toISOString(), readScenarioRecords());
  download("销售知识库-做题进度-" + today() + ".json", JSON.stringify(data, null, 2));
  showMessage(tools, "已导出。把这个文件保存好，在另一个浏览器里用“导入进度”恢复。");
}

/** What importing `text` did, as the message to show. */
function importText(text) {
  const parsed = parseImport(text);
  if (parsed.error) return parsed.error;
  const question = replaceQuestion(readProgress(), parsed.progress);
  if (question && !window.confirm(question)) return CANCELLED_MESSAGE;
  if (!writeProgress(parsed.progress)) return QUOTA_MESSAGE;
  if (!writeScenarioRecords(parsed.scenarios)) return QUOTA_MESSAGE;
  refreshProgressViews();
  return successMessage(parsed.progress, parsed.skipped, parsed.scenarios);
}

function importFile(input, tools) {
  const file = input.files && input.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    showMessage(tools, importText(String(reader.result)));
    input.value = "";
  };
  reader.onerror = () => {
    showMessage(tools, "导入失败：文件读不出来。进度没有改变。");
    input.value = "";
  };
  reader.readAsText(file);
}

function resetAll(tools) {
  if (!window.confirm("确定清空全部做题记录和错题本吗？清空后无法恢复（可以先导出备份）。")) {
    showMessage(tools, "已取消清空。进度没有改变。");
    return;
  }
  const cleared = writeProgress(emptyProgress()) && writeScenarioRecords(Object.create(null));
  showMessage(tools, cleared ? "已清空全部进度。" : "清空失败：浏览器不允许写入存储。");
  refreshProgressViews();
  renderNotices();
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
