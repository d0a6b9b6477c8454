/* The item types the browser knows, and what each must provide: one registry, one line per type.
 * `kind` is the bank's `type`, the item's `data-kb-kind` and `kind` in its answer key. The Python
 * half of a type is kb/quiz/types/<type>.py; tests/test_item_type_contract.py checks that every
 * type registered there has a line here, a grader and a mount with every member of ItemMount. */

import * as categoriseGrade from "./grade/categorise.js";
import * as choiceGrade from "./grade/choice.js";
import * as fillInGrade from "./grade/fill_in.js";
import * as matchingGrade from "./grade/matching.js";
import * as orderingGrade from "./grade/ordering.js";
import * as categoriseMount from "./mount/categorise.js";
import * as choiceMount from "./mount/choice.js";
import * as fillInMount from "./mount/fill_in.js";
import * as matchingMount from "./mount/matching.js";
import * as orderingMount from "./mount/ordering.js";
import { fitsItem } from "./progress/quiz-format.js";

/**
 * An answer: a list of strings (option keys, entry keys in order, one right key or group key per
 * row, one typed text per blank). It is what progress stores, so it is plain data.
 * @typedef {string[]} Answer
 */

/**
 * What the build ships to grade one item (`items[id]` of the page's answer key, read by quiz/answer-key.js): its `kind`, what is
 * right (`correct` or `accepted`, per type) and `parts`, how many strings an answer holds at most.
 * @typedef {{kind: string, parts: number, correct?: string[], accepted?: string[][]}} ItemKey
 */

/**
 * A grade: `correct`, and per part of the answer (option, place, row, blank) whether it is right.
 * @typedef {{correct: boolean, parts: boolean[]}} Verdict
 */

/**
 * The grader of a type, `grade/<type>.js`: pure, no DOM.
 * @callback ItemGrade
 * @param {Answer} answer
 * @param {ItemKey} key
 * @returns {Verdict}
 */

/**
 * The DOM adapter of a type, `mount/<type>.js`: every export below, found on the item element the
 * template rendered (`[data-kb-item][data-kb-kind]`). It reads and shows; grading is ItemGrade's.
 * @typedef {object} ItemMount
 * @property {string} emptyPrompt What to say when 提交本题 is pressed with nothing answered.
 * @property {boolean} alwaysShuffled True when the page's order would give the answer away, so the
 *   item is shuffled even in a bank that does not shuffle options.
 * @property {(item: Element) => Answer} readAnswer The answer on screen now.
 * @property {(answer: Answer) => boolean} isAnswered Whether the learner has answered anything.
 * @property {(item: Element, answer: Answer) => Answer} fit A stored answer cut to what this item
 *   has on the page (a key it no longer has is dropped).
 * @property {(item: Element, answer: Answer) => void} putAnswer Shows a stored answer, unchecked.
 * @property {(item: Element) => void} clear Back to unanswered: controls open, no marks.
 * @property {(item: Element, random: () => number, key: ItemKey) => void} shuffle Reorders what the
 *   learner answers (may do nothing).
 * @property {(item: Element, answer: Answer, key: ItemKey, verdict: Verdict) => void} showResult
 *   Marks each part right or wrong, shows what was right, locks the controls.
 * @property {(item: Element, key: ItemKey) => void} showKey The trainer's answer key: the right
 *   answer shown, controls locked (print view).
 * @property {(item: Element, answer: Answer) => string} answerText An answer in words (错题本, report).
 * @property {(item: Element, key: ItemKey) => string} keyText The right answer in words, after a
 *   wrong verdict ("" when the feedback box shows it otherwise).
 * @property {(verdict: Verdict) => string} wrongDetail Which parts were wrong, for the verdict line
 *   and the screen-reader announcement.
 * @property {(item: Element) => (HTMLElement|null)} firstControl Where focus goes to answer the item.
 * @property {(item: Element, button: Element) => string} [move] Optional: handles a
 *   `[data-kb-move]` button inside the item and returns what to announce.
 */

/** @type {Object<string, {grade: ItemGrade, mount: ItemMount}>} */
export const ITEM_TYPES = {
  single: { grade: choiceGrade.grade, mount: choiceMount },
  multiple: { grade: choiceGrade.grade, mount: choiceMount },
  true_false: { grade: choiceGrade.grade, mount: choiceMount },
  ordering: { grade: orderingGrade.grade, mount: orderingMount },
  matching: { grade: matchingGrade.grade, mount: matchingMount },
  fill_in: { grade: fillInGrade.grade, mount: fillInMount },
  categorise: { grade: categoriseGrade.grade, mount: categoriseMount },
};

function itemType(kind) {
  return Object.prototype.hasOwnProperty.call(ITEM_TYPES, kind) ? ITEM_TYPES[kind] : null;
}

/** Grades `answer` against an item's key; an unknown kind, or an answer longer than the item
 * takes (`key.parts`), is never right. */
export function gradeItem(answer, key) {
  const type = key ? itemType(key.kind) : null;
  return type && fitsItem(answer, key) ? type.grade(answer, key) : { correct: false, parts: [] };
}

/** The mount of an item element (`data-kb-kind`), or null for a kind this script does not know. */
export function mountFor(item) {
  const type = itemType(item.getAttribute("data-kb-kind"));
  return type ? type.mount : null;
}
