/* Grading of every item type: answer + key → {correct, parts}. */

import { gradeItem } from "../assets/kb/types.js";
import { normaliseBlank } from "../assets/kb/grade/normalise.js";
import { assertEqual, test } from "./harness.js";

const single = { kind: "single", correct: ["b"], parts: 1 };
const multiple = { kind: "multiple", correct: ["a", "c"], parts: 4 };
const trueFalse = { kind: "true_false", correct: ["false"], parts: 1 };
const ordering = { kind: "ordering", correct: ["e1", "e2", "e3", "e4"], parts: 4 };
const matching = { kind: "matching", correct: ["r9", "r3", "r5"], parts: 3 };
const fillIn = { kind: "fill_in", accepted: [["到头一场空"], ["行动承诺", "承诺"]], parts: 2 };

test("a single item is right only with its one key", () => {
  assertEqual(gradeItem(["b"], single), { correct: true, parts: [true] });
  assertEqual(gradeItem(["a"], single), { correct: false, parts: [false] });
  assertEqual(gradeItem([], single), { correct: false, parts: [] });
});

test("a multiple item needs every right key and no other", () => {
  assertEqual(gradeItem(["c", "a"], multiple), { correct: true, parts: [true, true] });
  assertEqual(gradeItem(["a"], multiple), { correct: false, parts: [true] });
  assertEqual(gradeItem(["a", "b", "c"], multiple), { correct: false, parts: [true, false, true] });
  assertEqual(gradeItem(["a", "a"], multiple).correct, false, "a repeated key is not two keys");
});

test("a true/false item compares the chosen value", () => {
  assertEqual(gradeItem(["false"], trueFalse).correct, true);
  assertEqual(gradeItem(["true"], trueFalse).correct, false);
});

test("an ordering item is right in the right order, with a mark per position", () => {
  assertEqual(gradeItem(["e1", "e2", "e3", "e4"], ordering), { correct: true, parts: [true, true, true, true] });
  assertEqual(gradeItem(["e1", "e4", "e3", "e2"], ordering), { correct: false, parts: [true, false, true, false] });
  assertEqual(gradeItem([], ordering), { correct: false, parts: [false, false, false, false] });
  assertEqual(gradeItem(["e1", "e2", "e3"], ordering).correct, false, "a missing entry");
});

test("a matching item marks each pair", () => {
  assertEqual(gradeItem(["r9", "r3", "r5"], matching), { correct: true, parts: [true, true, true] });
  assertEqual(gradeItem(["r9", "r5", ""], matching), { correct: false, parts: [true, false, false] });
  assertEqual(gradeItem(["", "", ""], matching).correct, false);
});

test("a fill-in item accepts any accepted answer per blank after normalising", () => {
  assertEqual(gradeItem(["到头一场空", "承诺"], fillIn), { correct: true, parts: [true, true] });
  assertEqual(gradeItem([" 到头，一场空！ ", "行动 承诺。"], fillIn), { correct: true, parts: [true, true] });
  assertEqual(gradeItem(["到头一场空", "口头承诺"], fillIn), { correct: false, parts: [true, false] });
  assertEqual(gradeItem(["", ""], fillIn), { correct: false, parts: [false, false] });
});

test("a categorise item needs every statement in its group, with a mark per statement", () => {
  const categorise = { kind: "categorise", correct: ["g2", "g1", "g2", "g1"], parts: 4 };
  assertEqual(gradeItem(["g2", "g1", "g2", "g1"], categorise), { correct: true, parts: [true, true, true, true] });
  assertEqual(gradeItem(["g2", "g2", "g2", "g1"], categorise), { correct: false, parts: [true, false, true, true] });
  assertEqual(gradeItem(["", "", "", ""], categorise).correct, false);
  assertEqual(gradeItem(["g2", "g1", "g2"], categorise).correct, false, "a statement left out");
});

test("an unknown kind, or a key named like an Object member, is never right", () => {
  assertEqual(gradeItem(["a"], { kind: "essay", correct: ["a"] }), { correct: false, parts: [] });
  assertEqual(gradeItem(["a"], { kind: "constructor", correct: ["a"] }), { correct: false, parts: [] });
  assertEqual(gradeItem(["a"], { kind: "toString" }), { correct: false, parts: [] });
});

test("an answer longer than its item takes (the key's parts), or a key without parts, is never right", () => {
  assertEqual(gradeItem(["b", "b"], single), { correct: false, parts: [] });
  assertEqual(gradeItem(["r9", "r3", "r5", "r1"], matching), { correct: false, parts: [] });
  assertEqual(gradeItem(["b"], { kind: "single", correct: ["b"] }), { correct: false, parts: [] });
});

test("fill-in normalisation: NFKC, lower case, no spaces, punctuation or symbols", () => {
  assertEqual(normaliseBlank("ＡＢＣ１２３"), "abc123", "full width to half width");
  assertEqual(normaliseBlank("Hello World"), "helloworld");
  assertEqual(normaliseBlank("销售不跟踪，到头一场空。"), "销售不跟踪到头一场空");
  assertEqual(normaliseBlank("“行动承诺”！？《》"), "行动承诺");
  assertEqual(normaliseBlank("a+b=c $5 ¥6 ©"), "abc56", "symbols (S*) go too");
  assertEqual(normaliseBlank("\u3000全角\u00a0空格\t\n"), "全角空格");
  assertEqual(normaliseBlank("a\u001cb"), "ab", "Python counts U+001C as a space");
});

test("fill-in normalisation keeps the marks that change a number: 1.5 is not 15, -5 is not 5", () => {
  assertEqual(normaliseBlank("1.5"), "1.5");
  assertEqual(normaliseBlank("１．５"), "1.5", "full width too");
  assertEqual(normaliseBlank("-5"), "-5");
  assertEqual(normaliseBlank("1/2"), "1/2");
  assertEqual(normaliseBlank("+5%"), "+5%");
  assertEqual(normaliseBlank("3:30"), "3:30");
  assertEqual(normaliseBlank("2024-12-05"), "2024-12-05");
  assertEqual(normaliseBlank("8小时。"), "8小时", "a full stop after a word still goes");
  assertEqual(normaliseBlank("C++"), "c", "beside letters they still go");
  const decimal = { kind: "fill_in", accepted: [["1.5"]], parts: 1 };
  assertEqual(gradeItem(["15"], decimal), { correct: false, parts: [false] });
  assertEqual(gradeItem([" 1.5 "], decimal), { correct: true, parts: [true] });
});
