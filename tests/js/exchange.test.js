/* Import files: checked before use; nothing that would erase progress gets through (P3-4). */

import { buildExport, parseImport, replaceQuestion } from "../assets/kb/exchange.js";
import { STORAGE_VERSION, emptyProgress, normaliseProgress } from "../assets/kb/storage.js";
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
  const incoming = parseImport(file({})).progress;
  assertEqual(replaceQuestion(emptyProgress(), incoming), null);
  const local = normaliseProgress({ version: 1, banks: {}, items: { a: RECORD, b: RECORD } }).progress;
  const question = replaceQuestion(local, incoming);
  assert(question.includes("文件里的 1 道题") && question.includes("现有的 2 道题"), question);
});

test("scenario records travel in the export file; malformed ids and records stay behind", () => {
  const progress = normaliseProgress({ version: STORAGE_VERSION, banks: {}, items: { x: RECORD } }).progress;
  const scenarios = { "inquiry-went-quiet": { path: [], best: 6 }, "Bad Id": { best: 1 }, broken: 7 };
  const parsed = parseImport(JSON.stringify(buildExport(progress, NOW, scenarios)));
  assertEqual(Object.keys(parsed.scenarios), ["inquiry-went-quiet"]);
  assertEqual(parsed.scenarios["inquiry-went-quiet"].best, 6);
  assertEqual(Object.keys(parseImport(JSON.stringify(buildExport(progress, NOW))).scenarios), []);
});
