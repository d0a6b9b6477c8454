/* Import files: checked before use; nothing that would erase progress gets through (P3-4). */

import { buildExport, exportLearner, exportedVersions, parseImport, replaceQuestion, successMessage } from "../assets/kb/progress/export-file.js";
import { STORAGE_VERSION, emptyProgress, normaliseProgress } from "../assets/kb/progress/quiz-format.js";
import { assert, assertEqual, test } from "./harness.js";

const NOW = "2026-11-29T10:00:00.000Z";
const RECORD = { bank: "b", lastAnswer: ["a"], lastCorrect: false, answeredAt: NOW, missedAt: NOW, inReview: true, streak: 0 };

function file(extra) {
  return JSON.stringify({ app: "sales-kb-progress", version: 1, banks: {}, items: { x: RECORD }, ...extra });
}

test("an exported file imports to the same progress", () => {
  const progress = normaliseProgress({ version: 1, banks: {}, items: { x: RECORD } }).progress;
  const parsed = parseImport(JSON.stringify(buildExport(progress, NOW)));
  assertEqual(JSON.stringify(parsed.progress), JSON.stringify(progress));
});

test("a byte-order mark is fine", () => {
  assert(parseImport("\uFEFF" + file({})).progress);
});

test("old-version, empty and all-invalid files are refused with progress unchanged (P3-4)", () => {
  assertEqual(parseImport(file({ version: 0 })).error, "导入失败：文件来自旧版本的知识库，无法读取。进度没有改变。");
  assertEqual(parseImport(file({ version: -1 })).error, "导入失败：文件来自旧版本的知识库，无法读取。进度没有改变。");
  assertEqual(parseImport(file({ items: {} })).error, "导入失败：文件里没有可用的做题记录。进度没有改变。");
  assertEqual(parseImport(file({ items: { x: { bank: 3 } } })).error, "导入失败：文件里没有可用的做题记录。进度没有改变。");
});

test("foreign, broken and newer files are refused", () => {
  assertEqual(parseImport("{").error, "导入失败：这不是有效的 JSON 文件。进度没有改变。");
  assertEqual(parseImport("[]").error, "导入失败：这不是本知识库导出的进度文件。进度没有改变。");
  assertEqual(parseImport(file({ version: STORAGE_VERSION + 1 })).error, "导入失败：文件来自更新版本的知识库，请先更新页面。进度没有改变。");
  assertEqual(parseImport(file({ banks: [] })).error, "导入失败：文件内容不完整。进度没有改变。");
});

test("a file with some broken records imports the rest and says so", () => {
  const parsed = parseImport(file({ items: { x: RECORD, y: { bank: 3 } } }));
  assertEqual(Object.keys(parsed.progress.items), ["x"]);
  assertEqual(parsed.skipped, true);
});

test("replacing existing progress is asked about with both counts; replacing nothing is not", () => {
  const incoming = parseImport(file({}));
  assertEqual(replaceQuestion(emptyProgress(), {}, incoming), null);
  const local = normaliseProgress({ version: 1, banks: {}, items: { a: RECORD, b: RECORD } }).progress;
  const question = replaceQuestion(local, {}, incoming);
  assert(question.includes("文件里的 1 道题") && question.includes("现有的 2 道题"), question);
});

test("the question names the 情景演练 progress an import replaces, with counts (#3)", () => {
  const local = normaliseProgress({ version: 1, banks: {}, items: { a: RECORD, b: RECORD } }).progress;
  const played = { "inquiry-went-quiet": { path: [], best: 6 }, "price-push": { path: [] } };
  const withScenarios = parseImport(file({ scenarios: { "inquiry-went-quiet": { path: [] } } }));
  assertEqual(replaceQuestion(local, played, withScenarios),
    "导入会用文件里的 1 道题的记录和 1 个情景演练的进度，替换这个浏览器里现有的 2 道题的记录和成绩，以及 2 个情景演练的进度。" +
    "替换后原来的记录无法恢复（可以先导出备份）。确定导入吗？");
  const onlyScenariosHere = replaceQuestion(emptyProgress(), played, withScenarios);
  assert(onlyScenariosHere && onlyScenariosHere.includes("现有的 2 个情景演练的进度"), "scenario progress alone is asked about");
  const without = parseImport(file({}));
  assertEqual(without.scenarios, null, "a file with no scenarios part replaces none");
  assertEqual(replaceQuestion(emptyProgress(), played, without), null, "nothing is lost: nothing asked");
  assert(replaceQuestion(local, played, without).includes("这个浏览器里的 2 个情景演练的进度保留不变"));
  assertEqual(successMessage(without, emptyProgress(), played), "导入成功：已恢复 1 道题的记录。情景演练的进度（2 个）没有改变：文件里没有。");
  assertEqual(successMessage(withScenarios, local, played),
    "导入成功：已恢复 1 道题的记录和 1 个情景演练的进度。这个浏览器里原来的 2 道题的记录和成绩，以及 2 个情景演练的进度已被替换。");
});

test("an export names its site; a file of another site is refused by name (#4)", () => {
  const progress = normaliseProgress({ version: 1, banks: {}, items: { x: RECORD } }).progress;
  const exported = buildExport(progress, NOW, {}, "/other-team-kb/");
  assertEqual(exported.site, "/other-team-kb/");
  const here = { site: "/sales-kb/", items: null };
  assertEqual(parseImport(JSON.stringify(exported), here).error,
    "导入失败：这是另一个知识库（/other-team-kb/）的进度文件，不是这个知识库（/sales-kb/）的，不能导入。进度没有改变。");
  assert(parseImport(JSON.stringify(exported), { site: "/other-team-kb/", items: null }).progress, "the same site imports");
  assert(parseImport(file({}), here).progress, "a file from before files named their site still imports");
});

test("a file none of whose records are items of this site is refused; a mixed one says how many are not (#4)", () => {
  const here = { site: "/sales-kb/", items: new Map([["mine", "basics"]]) };
  const foreign = file({ items: { a: RECORD, b: RECORD } });
  assertEqual(parseImport(foreign, here).error,
    "导入失败：文件里的 2 道题的记录，没有一道是这个知识库的题（可能是另一个知识库的进度文件）。进度没有改变。");
  const mixed = parseImport(file({ items: { mine: RECORD, b: RECORD } }), here);
  assertEqual(mixed.matching, 1);
  assert(replaceQuestion(normaliseProgress({ version: 1, banks: {}, items: { z: RECORD } }).progress, {}, mixed)
    .includes("（其中 1 道不是这个知识库现有的题，导入后不显示）"));
  assert(successMessage(mixed).includes("其中 1 道不是这个知识库现有的题"));
});

test("a far-future date in a version-1 file is dropped with a message; the rest imports (#5)", () => {
  const far = { ...RECORD, answeredAt: "+275760-09-13T00:00:00.000Z" };
  const parsed = parseImport(file({ items: { x: RECORD, y: far } }));
  assertEqual(parsed.error, undefined);
  assertEqual(Object.keys(parsed.progress.items), ["x", "y"]);
  assertEqual(parsed.progress.items.y.answeredAt, null);
  assertEqual(parsed.ignoredDates, 1);
  assert(successMessage(parsed).includes("有 1 个日期读不懂"), successMessage(parsed));
});

test("scenario records travel in the export file; malformed ids and records stay behind", () => {
  const progress = normaliseProgress({ version: STORAGE_VERSION, banks: {}, items: { x: RECORD } }).progress;
  const scenarios = { "inquiry-went-quiet": { path: [], best: 6 }, "Bad Id": { best: 1 }, broken: 7 };
  const parsed = parseImport(JSON.stringify(buildExport(progress, NOW, scenarios)));
  assertEqual(Object.keys(parsed.scenarios), ["inquiry-went-quiet"]);
  assertEqual(parsed.scenarios["inquiry-went-quiet"].best, 6);
  assertEqual(Object.keys(parseImport(JSON.stringify(buildExport(progress, NOW))).scenarios), []);
  assertEqual(parseImport(file({})).scenarios, null, "no scenarios part: none replaced");
});

test("a version-2 export imports as version 3 with every record kept; an export is version 3 (issue 33)", () => {
  const parsed = parseImport(file({ version: 2, items: { x: { ...RECORD, schedule: { box: 1, last: "2026-11-29", due: "2026-11-30" } } } }));
  assertEqual(parsed.progress.version, 3);
  assertEqual(parsed.progress.items.x.lastAnswer, ["a"]);
  assertEqual(parsed.progress.items.x.schedule, { box: 1, last: "2026-11-29", due: "2026-11-30" });
  assertEqual([parsed.progress.items.x.first, parsed.progress.items.x.attempts], [null, null]);
  const progress = normaliseProgress({ version: 3, banks: {}, items: { x: { ...RECORD, first: { answer: ["b"], correct: true, at: NOW }, attempts: 3 } } }).progress;
  const exported = buildExport(progress, NOW, {}, "/kb/");
  assertEqual(exported.version, 3);
  assertEqual(parseImport(JSON.stringify(exported)).progress.items.x.first, { answer: ["b"], correct: true, at: NOW });
});

test("the copies 导出读不出来的数据 saved import like an export of this site (#5)", () => {
  const stored = JSON.stringify({ version: 1, banks: {}, items: { x: RECORD, y: { ...RECORD, answeredAt: "+275760-09-13T00:00:00.000Z" } } });
  const copies = [
    { key: "kb-quiz-progress#/kb/#aside#2026-11-03T00:00:00.000Z", value: "{not json" },
    { key: "kb-quiz-progress#/kb/#aside#2026-11-02T00:00:00.000Z", value: stored },
    { key: "kb-quiz-progress-aside-2026-10-30T00:00:00.000Z", value: "{}" },
    { key: "kb-quiz-progress#/other/#aside#2026-11-03T00:00:00.000Z", value: "{}" },
    { key: "kb-scenario-progress-aside-2026-10-01T00:00:00.000Z", value: JSON.stringify({ version: 1, scenarios: { s: { path: [] } } }) },
  ];
  const parsed = parseImport(JSON.stringify(copies), { site: "/kb/", items: null });
  assertEqual(parsed.error, undefined);
  assertEqual(Object.keys(parsed.progress.items), ["x", "y"], "the newest readable copy of this site, not another site's");
  assertEqual(parsed.ignoredDates, 1);
  assertEqual(Object.keys(parsed.scenarios), ["s"]);
  const newer = [{ key: "kb-quiz-progress-aside-2026-11-01T00:00:00.000Z", value: JSON.stringify({ version: 99, banks: {}, items: {} }) }];
  assertEqual(parseImport(JSON.stringify(newer), { site: "/kb/", items: null }).error, "导入失败：文件来自更新版本的知识库，请先更新页面。进度没有改变。");
  const broken = [{ key: "kb-quiz-progress-aside-2026-11-01T00:00:00.000Z", value: "{not json" }];
  assertEqual(parseImport(JSON.stringify(broken), { site: "/kb/", items: null }).error, "导入失败：另存的数据本身已损坏，读不出来，无法导入。进度没有改变。");
  const foreign = [{ key: "kb-quiz-progress#/other/#aside#2026-11-03T00:00:00.000Z", value: "{}" }];
  assertEqual(parseImport(JSON.stringify(foreign), { site: "/kb/", items: null }).error, "导入失败：这份另存的数据里没有这个知识库的进度。进度没有改变。");
  assertEqual(parseImport("[]", { site: "/kb/", items: null }).error, "导入失败：这不是本知识库导出的进度文件。进度没有改变。");
});

test("an export for the trainers' report carries only the name given, the pilot mark and bank versions", () => {
  assertEqual(exportLearner("  工号 1234  ", false), { name: "工号 1234", pilot: false });
  assertEqual(exportLearner("", true), { name: "", pilot: true });
  assertEqual(exportLearner("   ", false), null, "nothing given: nothing about the learner in the file");
  assertEqual(exportLearner("x".repeat(60), false).name.length, 40);
  assertEqual(exportedVersions([{ id: "b", version: "abc" }, { id: "c" }]), { b: "abc" });
  assertEqual(exportedVersions([{ id: "c" }]), null);
  const progress = normaliseProgress({ version: 1, banks: {}, items: { x: RECORD } }).progress;
  const data = buildExport(progress, NOW, {}, "/kb/", { learner: exportLearner("小王", true), bankVersions: { b: "abc" } });
  assertEqual([data.learner, data.bankVersions], [{ name: "小王", pilot: true }, { b: "abc" }]);
  assert(!("learner" in buildExport(progress, NOW, {}, "/kb/", { learner: null })), "no learner part when nothing given");
  const parsed = parseImport(JSON.stringify(data), { site: "/kb/", items: null });
  assertEqual(JSON.stringify(parsed.progress), JSON.stringify(progress), "an import ignores both");
});
