/* The progress file a learner exports and imports: building it and checking one before use.
 * Pure: takes and returns data and messages. */

import { APP_ID, STORAGE_VERSION, hasRecords, isObject, normaliseProgress } from "./storage.js";

const UNCHANGED = "进度没有改变。";

/** The export file: quiz progress, and the 情景演练 records by scenario id. */
export function buildExport(progress, now, scenarios = {}) {
  return { app: APP_ID, version: STORAGE_VERSION, exportedAt: now, banks: progress.banks, items: progress.items, scenarios };
}

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The scenario records of an import file: plain objects under well-formed ids (each record is
 * checked against its scenario when that scenario's page reads it). */
export function importedScenarios(data) {
  const records = Object.create(null);
  if (!isObject(data) || !isObject(data.scenarios)) return records;
  for (const id of Object.keys(data.scenarios)) {
    if (SCENARIO_ID.test(id) && isObject(data.scenarios[id])) records[id] = data.scenarios[id];
  }
  return records;
}

function parseJson(text) {
  try {
    return { data: JSON.parse(String(text).replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { error: "导入失败：这不是有效的 JSON 文件。" + UNCHANGED };
  }
}

/**
 * The progress in an import file, or {error} saying why it cannot be used. A file that would
 * replace progress with nothing (old version, no usable records) is refused, not imported.
 */
export function parseImport(text) {
  const { data, error } = parseJson(text);
  if (error) return { error };
  if (!isObject(data) || data.app !== APP_ID || !Number.isInteger(data.version)) {
    return { error: "导入失败：这不是本知识库导出的进度文件。" + UNCHANGED };
  }
  if (data.version > STORAGE_VERSION) {
    return { error: "导入失败：文件来自更新版本的知识库，请先更新页面。" + UNCHANGED };
  }
  if (!isObject(data.banks) || !isObject(data.items)) {
    return { error: "导入失败：文件内容不完整。" + UNCHANGED };
  }
  const { progress, status } = normaliseProgress(data);
  if (status === "older" || status === "unreadable") {
    return { error: "导入失败：文件来自旧版本的知识库，无法读取。" + UNCHANGED };
  }
  const scenarios = importedScenarios(data);
  if (!hasRecords(progress) && !Object.keys(scenarios).length) {
    return { error: "导入失败：文件里没有可用的做题记录。" + UNCHANGED };
  }
  return { progress, scenarios, skipped: status === "partial" };
}

function itemCount(progress) {
  return Object.keys(progress.items).length;
}

/** What an import will do to what this browser holds, as a question; null when nothing is lost. */
export function replaceQuestion(local, incoming) {
  if (!hasRecords(local)) return null;
  return "导入会用文件里的 " + itemCount(incoming) + " 道题的记录，替换这个浏览器里现有的 " + itemCount(local) +
    " 道题的记录和成绩。替换后原来的记录无法恢复（可以先导出备份）。确定导入吗？";
}

export function successMessage(incoming, skipped, scenarios = {}) {
  const played = Object.keys(scenarios).length;
  return "导入成功：已恢复 " + itemCount(incoming) + " 道题的记录" + (played ? "和 " + played + " 个情景演练的进度" : "") + "。" +
    (skipped ? "文件里有几条记录无法读取，已跳过。" : "");
}

export const QUOTA_MESSAGE = "导入失败：文件太大，浏览器存不下。" + UNCHANGED;
export const CANCELLED_MESSAGE = "已取消导入。" + UNCHANGED;
