/* The progress file a learner exports and imports: building it, checking one before use, and
 * the words for what an import would do and did. Pure: takes and returns data and messages. */

import { APP_ID, STORAGE_VERSION, hasRecords, normaliseProgress } from "./quiz-format.js";
import { isObject } from "../safe-map.js";

const UNCHANGED = "进度没有改变。";
const MAX_SITE_SHOWN = 100;

/** The export file: the site it belongs to (its URL path), quiz progress, and the 情景演练 records
 * by scenario id. For the trainers' report (issue 33) it may carry `learner` (exportLearner) and
 * `bankVersions` (exportedVersions); an import ignores both. */
export function buildExport(progress, now, scenarios = {}, site = null, about = {}) {
  const data = { app: APP_ID, version: STORAGE_VERSION, exportedAt: now };
  if (site !== null) data.site = site;
  if (about.learner) data.learner = about.learner;
  if (about.bankVersions) data.bankVersions = about.bankVersions;
  return { ...data, banks: progress.banks, items: progress.items, scenarios };
}

const MAX_LEARNER_NAME = 40;

/** All an export says about the learner: the name or employee number they chose to give (at most
 * 40 characters) and whether the file is a pilot (试做：还没读过材料); null when neither. */
export function exportLearner(name, pilot) {
  const given = String(name || "").trim().slice(0, MAX_LEARNER_NAME);
  if (!given && !pilot) return null;
  return { name: given, pilot: pilot === true };
}

/** The version of each bank (from the page's bank list), so the report can tell an item changed
 * since the export; null when the page lists none. */
export function exportedVersions(banks) {
  const versions = {};
  for (const bank of banks) if (typeof bank.version === "string") versions[bank.id] = bank.version;
  return Object.keys(versions).length ? versions : null;
}

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The scenario records of an import file: plain objects under well-formed ids (each record is
 * checked against its scenario when that scenario's page reads it); null when the file has no
 * `scenarios` at all (then the browser's own 情景演练 progress stays as it is). */
export function importedScenarios(data) {
  if (!isObject(data) || !Object.prototype.hasOwnProperty.call(data, "scenarios")) return null;
  const records = Object.create(null);
  if (!isObject(data.scenarios)) return records;
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

function shownSite(site) {
  return site.length > MAX_SITE_SHOWN ? site.slice(0, MAX_SITE_SHOWN) + "…" : site;
}

/** How many of `progress`'s item records are of items the site has (`items`: Map id → bank, or
 * null when the page does not say: then all of them). */
export function matchingCount(progress, items) {
  const ids = Object.keys(progress.items);
  return items ? ids.filter((id) => items.has(id)).length : ids.length;
}

const QUIZ = "kb-quiz-progress";
const SCENARIOS = "kb-scenario-progress";

/** Which progress a key of a kept-aside copy held ("quiz", "scenario"), when it is this site's
 * (`kb-quiz-progress#<site>…`) or from before keys carried a site (`kb-quiz-progress-aside-…`,
 * `kb-quiz-progress`); null for anything else (browser-storage.js names the keys). */
export function asideKind(key, site) {
  for (const [name, kind] of [[QUIZ, "quiz"], [SCENARIOS, "scenario"]]) {
    if (key === name || key.startsWith(name + "-aside-")) return kind;
    if (site !== null && (key === name + "#" + site || key.startsWith(name + "#" + site + "#"))) return kind;
  }
  return null;
}

/** When a copy was set aside (the time its key ends with); a value held in place is the newest. */
function keptAt(key) {
  const match = /(?:#aside#|-aside-)(.*)$/.exec(key);
  return match ? match[1] : "~";
}

/** The newest copy of `kind` that reads as an object: {found, data}; data null when every copy
 * of that kind is broken. */
function newestValue(copies, kind, site) {
  const values = copies.filter((copy) => asideKind(copy.key, site) === kind).map((copy) => copy.value).reverse();
  for (const value of values) {
    try {
      const data = JSON.parse(value);
      if (isObject(data)) return { found: true, data };
    } catch (error) {
      // broken: try the copy before it
    }
  }
  return { found: values.length > 0, data: null };
}

/**
 * The file the 导出读不出来的数据 button writes ([{key, value}], views/notice.js) read as an
 * export file of this site: the newest copy of each kind of progress. Data a newer version wrote
 * then imports once the page is updated; data that is itself broken is refused in words.
 * Null when `copies` holds no {key, value} at all (then it is no such file).
 */
export function fromAsideCopies(copies, site) {
  const usable = copies.filter((copy) => isObject(copy) && typeof copy.key === "string" && typeof copy.value === "string")
    .sort((a, b) => keptAt(a.key).localeCompare(keptAt(b.key)));
  if (!usable.length) return null;
  const quiz = newestValue(usable, "quiz", site);
  const scenarios = newestValue(usable, "scenario", site);
  if (!quiz.found && !scenarios.found) return { error: "导入失败：这份另存的数据里没有这个知识库的进度。" + UNCHANGED };
  if ((quiz.found && !isObject(quiz.data)) || (scenarios.found && !isObject(scenarios.data))) {
    return { error: "导入失败：另存的数据本身已损坏，读不出来，无法导入。" + UNCHANGED };
  }
  // Stored progress is an export file without its header: {version, banks, items}.
  const file = quiz.found ? { ...quiz.data } : { version: STORAGE_VERSION, banks: {}, items: {} };
  file.app = APP_ID;
  if (site !== null) file.site = site;
  if (scenarios.found) file.scenarios = isObject(scenarios.data.scenarios) ? scenarios.data.scenarios : {};
  return { file };
}

/**
 * The progress in an import file, or {error} saying why it cannot be used. `here` is this site:
 * {site: its URL path, items: Map item id → bank id, or null when unknown}.
 * A file exported by another site (its `site` differs), or one that would replace progress with
 * nothing (old version, no usable records, no record of an item this site has) is refused.
 * Returns {progress, scenarios (null: the file has none), skipped, ignoredDates, matching}.
 */
export function parseImport(text, here = { site: null, items: null }) {
  const parsed = parseJson(text);
  if (parsed.error) return { error: parsed.error };
  return parseImportData(parsed.data, here);
}

/** parseImport for a file already read as JSON (the trainers' report reads it once for both). */
export function parseImportData(json, here = { site: null, items: null }) {
  const aside = Array.isArray(json) ? fromAsideCopies(json, here.site) : null;
  if (aside && aside.error) return { error: aside.error };
  const data = aside ? aside.file : json;
  if (!isObject(data) || data.app !== APP_ID || !Number.isInteger(data.version)) {
    return { error: "导入失败：这不是本知识库导出的进度文件。" + UNCHANGED };
  }
  if (typeof data.site === "string" && here.site !== null && data.site !== here.site) {
    return { error: "导入失败：这是另一个知识库（" + shownSite(data.site) + "）的进度文件，不是这个知识库（" + here.site +
      "）的，不能导入。" + UNCHANGED };
  }
  if (data.version > STORAGE_VERSION) {
    return { error: "导入失败：文件来自更新版本的知识库，请先更新页面。" + UNCHANGED };
  }
  if (!isObject(data.banks) || !isObject(data.items)) {
    return { error: "导入失败：文件内容不完整。" + UNCHANGED };
  }
  let normalised = null;
  try {
    normalised = normaliseProgress(data);
  } catch (failure) {
    normalised = { status: "unreadable" };
  }
  const { progress, status } = normalised;
  if (status === "older" || status === "unreadable") {
    return { error: "导入失败：文件来自旧版本的知识库，无法读取。" + UNCHANGED };
  }
  const scenarios = importedScenarios(data);
  const played = scenarios ? Object.keys(scenarios).length : 0;
  if (!hasRecords(progress) && !played) {
    return { error: "导入失败：文件里没有可用的做题记录。" + UNCHANGED };
  }
  const records = Object.keys(progress.items).length;
  const matching = matchingCount(progress, here.items);
  if (records && !matching && !played) {
    return { error: "导入失败：文件里的 " + records + " 道题的记录，没有一道是这个知识库的题（可能是另一个知识库的进度文件）。" + UNCHANGED };
  }
  return { progress, scenarios, skipped: status === "partial", ignoredDates: normalised.ignoredDates || 0, matching };
}

function itemCount(progress) {
  return Object.keys(progress.items).length;
}

function scenarioCount(records) {
  return records ? Object.keys(records).length : 0;
}

function foreignNote(parsed) {
  const other = itemCount(parsed.progress) - (parsed.matching ?? itemCount(parsed.progress));
  return other > 0 ? "（其中 " + other + " 道不是这个知识库现有的题，导入后不显示）" : "";
}

/**
 * What an import will do to what this browser holds, as a question naming everything it replaces
 * (做题记录和成绩, 情景演练的进度) with counts; null when nothing would be lost.
 * `parsed.scenarios` null means the file has no 情景演练 part: the browser's stays.
 */
export function replaceQuestion(local, localScenarios, parsed) {
  const localPlayed = scenarioCount(localScenarios);
  const scenariosReplaced = parsed.scenarios !== null && localPlayed > 0;
  if (!hasRecords(local) && !scenariosReplaced) return null;
  const incoming = itemCount(parsed.progress) + " 道题的记录" + foreignNote(parsed) +
    (parsed.scenarios !== null ? "和 " + scenarioCount(parsed.scenarios) + " 个情景演练的进度" : "");
  const replaced = [];
  if (hasRecords(local)) replaced.push(itemCount(local) + " 道题的记录和成绩");
  if (scenariosReplaced) replaced.push(localPlayed + " 个情景演练的进度");
  const kept = parsed.scenarios === null && localPlayed
    ? "文件里没有情景演练的进度，这个浏览器里的 " + localPlayed + " 个情景演练的进度保留不变。" : "";
  return "导入会用文件里的 " + incoming + "，替换这个浏览器里现有的 " + replaced.join("，以及 ") + "。" + kept +
    "替换后原来的记录无法恢复（可以先导出备份）。确定导入吗？";
}

/** What a finished import did, exactly: what came in, what it replaced, what stayed. */
export function successMessage(parsed, local = null, localScenarios = null) {
  const played = scenarioCount(parsed.scenarios);
  const localPlayed = scenarioCount(localScenarios);
  let text = "导入成功：已恢复 " + itemCount(parsed.progress) + " 道题的记录" + (played ? "和 " + played + " 个情景演练的进度" : "") + "。";
  const replaced = [];
  if (local && hasRecords(local)) replaced.push(itemCount(local) + " 道题的记录和成绩");
  if (parsed.scenarios !== null && localPlayed) replaced.push(localPlayed + " 个情景演练的进度");
  if (replaced.length) text += "这个浏览器里原来的 " + replaced.join("，以及 ") + "已被替换。";
  if (parsed.scenarios === null && localPlayed) text += "情景演练的进度（" + localPlayed + " 个）没有改变：文件里没有。";
  const other = itemCount(parsed.progress) - (parsed.matching ?? itemCount(parsed.progress));
  if (other > 0) text += "其中 " + other + " 道不是这个知识库现有的题，不会显示。";
  if (parsed.skipped) text += "文件里有几条记录无法读取，已跳过。";
  if (parsed.ignoredDates) text += "有 " + parsed.ignoredDates + " 个日期读不懂（例如远在未来），已忽略这些日期，其余记录照常导入。";
  return text;
}

export const QUOTA_MESSAGE = "导入失败：文件太大，浏览器存不下。" + UNCHANGED;
export const BROKEN_MESSAGE = "导入失败：文件太大，浏览器存不下；原来的进度也没能全部放回，请刷新页面，用之前导出的文件再导入一次。";
export const CANCELLED_MESSAGE = "已取消导入。" + UNCHANGED;
