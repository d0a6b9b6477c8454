/* 培训师看板: the statistics against a cohort worked out by hand, the flags, and the files. */

import { firstAnswers, scenarioPaths, scoreHistogram, weakSections } from "../assets/kb/report/cohort.js";
import { readLearnerFile, sizeProblem } from "../assets/kb/report/files.js";
import { allItemStatistics, correlation, itemFlags } from "../assets/kb/report/items.js";
import { buildReport } from "../assets/kb/report/report.js";
import { itemCells, itemTableCsv } from "../assets/kb/report/table.js";
import { assert, assertEqual, test } from "./harness.js";

const NOW = "2026-11-29T10:00:00.000Z";

function near(actual, expected, note) {
  assert(actual !== null && Math.abs(actual - expected) < 1e-4, `${note}: expected ${expected} but got ${actual}`);
}

/* Five learners, three single-choice items (key "a"; a wrong answer is "b"):
 *        i1 i2 i3   total
 *   L1    1  1  1     3
 *   L2    1  1  0     2
 *   L3    1  0  0     1
 *   L4    0  1  0     1
 *   L5    0  0  0     0
 * i1: facility 3/5 = 0.6; rest shares (i2, i3 of 2) 1, .5, 0, .5, 0; x = 1 1 1 0 0:
 *     cov sum .30, x sum of squares 1.2, rest .70: r = .30 / sqrt(.84) = 0.32733.
 * i3: facility 1/5 = 0.2; rest shares 1, 1, .5, .5, 0; x = 1 0 0 0 0:
 *     cov sum .40, x 0.8, rest .70: r = .40 / sqrt(.56) = 0.53452.
 * Upper and lower 27 %: round(5 × .27) = 1 learner each, L1 and L5: 1 − 0 = 1 for i1 and i3. */
const MATRIX = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0]];
const ITEMS = ["i1", "i2", "i3"].map((id) => ({
  id, bank: "b", version: "v1", kind: "single", key: { kind: "single", correct: ["a"] }, typeName: "单选题",
  labels: { a: "对的", b: "常见误读", c: "没人选" }, places: [], ordered: false, countPicks: true, question: id, section: { href: "../s/#" + id, title: "小节 " + id },
}));

function responses(matrix) {
  return matrix.map((row) => ({ answers: new Map(row.map((right, index) => [ITEMS[index].id, { answer: [right ? "a" : "b"], correct: right === 1 }])) }));
}

test("facility and discrimination match the hand-worked cohort", () => {
  const [i1, i2, i3] = allItemStatistics(ITEMS, responses(MATRIX), []);
  assertEqual([i1.n, i1.facility, i2.facility, i3.facility], [5, 0.6, 0.6, 0.2]);
  near(i1.discrimination, 0.32733, "i1 item-rest correlation");
  near(i3.discrimination, 0.53452, "i3 item-rest correlation");
  assertEqual([i1.upperLower, i3.upperLower], [1, 1]);
  assertEqual(i1.options.map((option) => [option.key, option.count]), [["a", 3], ["b", 2], ["c", 0]]);
});

test("a correlation of a list that does not vary is null, not a number", () => {
  assertEqual(correlation([1, 1, 1], [0, 0.5, 1]), null);
  near(correlation([0, 1], [0, 1]), 1, "perfect");
});

test("flags say why, at the thresholds of the guide", () => {
  const item = ITEMS[0];
  const base = { n: 10, facility: 0.5, discrimination: 0.4, options: null, pilot: null, sensitivity: null };
  assertEqual(itemFlags(item, { ...base, facility: 0.95 }).map((flag) => flag.code), ["too-easy"]);
  assertEqual(itemFlags(item, { ...base, facility: 0.1 }).map((flag) => flag.code), ["too-hard"]);
  assertEqual(itemFlags(item, { ...base, discrimination: -0.3 }).map((flag) => flag.code), ["negative-discrimination"]);
  assertEqual(itemFlags(item, { ...base, discrimination: 0.05 }).map((flag) => flag.code), ["low-discrimination"]);
  assertEqual(itemFlags(item, { ...base, n: 4, facility: 1 }), [], "too few answers: no conclusion");
  const options = [{ key: "a", label: "对的", count: 3, share: 0.3, correct: true }, { key: "b", label: "常见误读", count: 7, share: 0.7, correct: false }, { key: "c", label: "没人选", count: 0, share: 0, correct: false }];
  const flags = itemFlags(item, { ...base, facility: 0.3, options });
  assertEqual(flags.map((flag) => flag.code), ["distractor-over-key", "unused-distractor"]);
  assert(flags[0].text.includes("常见误读") && flags[1].text.includes("没人选"), "the option is named");
  const pilots = itemFlags(item, { ...base, pilot: { n: 3, facility: 0.5 }, sensitivity: 0 });
  assertEqual(pilots.map((flag) => flag.code), ["answerable-without-reading"]);
  assertEqual(itemFlags(item, { ...base, pilot: { n: 2, facility: 0.5 }, sensitivity: 0 }), [], "two pilots: no conclusion");
});

function learnerFile(items, extra = {}) {
  return JSON.stringify({ app: "sales-kb-progress", version: 3, site: "/kb/", exportedAt: NOW, banks: {}, items, ...extra });
}

function record(answer, correct) {
  return { bank: "b", lastAnswer: answer, lastCorrect: correct, answeredAt: NOW, first: { answer, correct, at: NOW }, attempts: 2 };
}

const HERE = { site: "/kb/", items: new Map(ITEMS.map((item) => [item.id, "b"])) };

test("a file is read as the learner it names, with pilot and bank versions", () => {
  const read = readLearnerFile("a.json", learnerFile({ i1: record(["a"], true) }, { learner: { name: " 工号 007 ", pilot: true }, bankVersions: { b: "v0" } }), HERE);
  assertEqual([read.learner.name, read.learner.pilot, read.learner.versions.b], ["工号 007", true, "v0"]);
  const { answers, changed } = firstAnswers(read.learner, new Map(ITEMS.map((item) => [item.id, item])));
  assertEqual([answers.size, changed], [0, ["i1"]], "an item of a bank changed since the export is kept apart");
});

test("bad files are refused with the import's reason", () => {
  assertEqual(readLearnerFile("x.json", "{", HERE).error, "这不是有效的 JSON 文件。");
  assert(readLearnerFile("x.json", learnerFile({ i1: record(["a"], true) }, { site: "/other/" }), HERE).error.includes("另一个知识库"));
  assert(sizeProblem(50 * 1024 * 1024).startsWith("文件太大（50.0 MB）"), "50 MB refused by size");
  assertEqual(sizeProblem(1000), null);
});

test("the report keeps pilots out of the learners' statistics and counts changed items apart", () => {
  const catalog = { banks: [{ id: "b", title: "题库", version: "v1", items: ["i1", "i2", "i3"] }], items: ITEMS };
  const learners = MATRIX.map((row, index) => ({
    file: "l" + index + ".json", name: "", pilot: false, scenarios: {}, versions: { b: "v1" },
    progress: { banks: {}, items: Object.fromEntries(row.map((right, at) => [ITEMS[at].id, record([right ? "a" : "b"], right === 1)])) },
  }));
  const pilot = { ...learners[0], file: "p.json", pilot: true };
  const old = { ...learners[4], file: "old.json", versions: { b: "v0" } };
  const report = buildReport(catalog, [], [...learners, pilot, old], NOW);
  assertEqual(report.items[0].stats.facility, 0.6);
  assertEqual(report.items[0].stats.pilot, { n: 1, facility: 1 });
  assertEqual(report.changed.map((entry) => [entry.item.id, entry.learners]), [["i1", 1], ["i2", 1], ["i3", 1]]);
  assertEqual(report.learners.length, 6);
  // The file whose every answer is of an older version has no first answer that counts: not in the histogram.
  assertEqual(report.histogram.map((bin) => bin.count), [1, 0, 0, 2, 0, 0, 1, 0, 0, 1]);
  assertEqual(weakSections(ITEMS, report.items.map((row) => row.stats)).map((entry) => entry.section.title), ["小节 i3"]);
  assert(itemTableCsv(report.items, new Map([["b", "题库"]])).startsWith("\uFEFF题目 id,题库,题型"), "CSV header");
});

test("a CSV cell that a spreadsheet would run as a formula is defused", () => {
  const row = { item: { ...ITEMS[0], question: "=HYPERLINK(\"x\")" }, stats: allItemStatistics(ITEMS, responses(MATRIX), [])[0] };
  assert(itemTableCsv([row], new Map()).includes("\"'=HYPERLINK(\"\"x\"\")\""), "prefixed and quoted");
});

/* A 归类题 as kb/quiz/report_data.py gives it: group keys named by the groups, each after its statement. */
const CATEGORISE = {
  id: "views", bank: "b", version: "v1", kind: "categorise", key: { kind: "categorise", correct: ["g1", "g2"], parts: 2 },
  typeName: "归类题", labels: { g1: "甲的观点", g2: "乙的观点" }, places: ["关系靠资源维持", "话术决定成交"],
  ordered: false, countPicks: false, question: "谁的观点？", section: { href: "../s/#a", title: "小节" },
};

test("an item's type name and answer parts come from its data: a categorise answer shows group names", () => {
  const wrong = { answers: new Map([["views", { answer: ["g2", "g1"], correct: false }]]) };
  const [stats] = allItemStatistics([CATEGORISE], [wrong], []);
  const cells = itemCells({ item: CATEGORISE, stats }, "题库");
  assertEqual(cells[2], "归类题");
  assertEqual(cells[8], "关系靠资源维持 → 乙的观点；话术决定成交 → 甲的观点（1 人）");
  assertEqual(stats.options, null, "no option shares for a type that does not count picks");
});

test("scenario paths count each choice at each step on first plays", () => {
  const scenario = { id: "s", title: "S", steps: [{ id: "n1", label: "客户说", choices: [{ key: "c1", label: "好", score: 2, next: "end" }, { key: "c2", label: "差", score: 0, next: "n1" }] }], endings: [{ id: "end", label: "成了" }] };
  const learner = (choice, finished) => ({ scenarios: { s: { first: { path: [{ node: "n1", choice }], finished } } } });
  const [paths] = scenarioPaths([scenario], [learner("c1", true), learner("c1", true), learner("c2", false)]);
  assertEqual([paths.players, paths.steps[0].choices.map((choice) => choice.count), paths.endings[0].count], [3, [2, 1], 2]);
  assertEqual(scoreHistogram([{ answered: 4, right: 4 }, { answered: 0, right: 0 }]).map((bin) => bin.count)[9], 1);
});
