/* 培训师看板, the files: each learner's export checked exactly as an import checks it (exchange.js),
 * then read as one learner of the cohort. Pure: text in, a learner or a reason out. */

import { parseImportData } from "../progress/export-file.js";
import { isObject } from "../safe-map.js";

/** Larger files are refused before they are read: a real export of every bank is far smaller. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_NAME = 40;
const MAX_SHOWN_FILE_NAME = 80;

/** A file name as the page shows it: at most 80 characters (it is only ever set as text). */
export function shownFileName(name) {
  const text = String(name || "（没有名字的文件）");
  return text.length > MAX_SHOWN_FILE_NAME ? text.slice(0, MAX_SHOWN_FILE_NAME) + "…" : text;
}

/** Why a file of `size` bytes is not read at all, or null. */
export function sizeProblem(size) {
  if (size > MAX_FILE_BYTES) {
    return `文件太大（${(size / 1024 / 1024).toFixed(1)} MB），没有读取：学员导出的进度文件不会超过 ${MAX_FILE_BYTES / 1024 / 1024} MB。`;
  }
  return null;
}

/** The learner's name or employee number as given at export ("" when none). */
export function learnerName(data) {
  const learner = isObject(data) && isObject(data.learner) ? data.learner : {};
  return typeof learner.name === "string" ? learner.name.trim().slice(0, MAX_NAME) : "";
}

function isPilot(data) {
  return isObject(data) && isObject(data.learner) && data.learner.pilot === true;
}

/** The bank versions the file was exported under: {bankId: version}, or null (not recorded). */
export function bankVersions(data) {
  if (!isObject(data) || !isObject(data.bankVersions)) return null;
  const versions = Object.create(null);
  for (const [bank, version] of Object.entries(data.bankVersions)) if (typeof version === "string") versions[bank] = version;
  return versions;
}

/** The import's refusal without its learner-facing tail ("进度没有改变。"). */
function reason(error) {
  return error.replace(/^导入失败：/, "").replace(/进度没有改变。$/, "");
}

/**
 * One export file read as a learner, or {error} with the reason in words. `here` is this site as
 * an import sees it: {site, items: Map item id → bank id}.
 * Returns {learner: {file, name, pilot, progress, scenarios, versions}}.
 */
export function readLearnerFile(fileName, text, here) {
  let data = null;
  try {
    data = JSON.parse(String(text).replace(/^\uFEFF/, ""));
  } catch (error) {
    return { error: "这不是有效的 JSON 文件。" };
  }
  const parsed = parseImportData(data, here);
  if (parsed.error) return { error: reason(parsed.error) };
  return {
    learner: {
      file: shownFileName(fileName),
      name: learnerName(data),
      pilot: isPilot(data),
      progress: parsed.progress,
      scenarios: parsed.scenarios || Object.create(null),
      versions: bankVersions(data),
    },
  };
}
