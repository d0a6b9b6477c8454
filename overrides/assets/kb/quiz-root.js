/* One quiz component on a page (`[data-kb-quiz]`): its answer key and its items. The quiz page
 * and the 错题本 are both such components. */

import { itemId } from "./item.js";
import { mountFor } from "./types.js";
import { all } from "./dom.js";
import { itemKeyOf, readAnswerKey } from "./quiz/answer-key.js";
import { newAttempt } from "./quiz/answering.js";

/** The quiz of `root`, or null when its answer key is missing or broken. `gathered` is the key a
 * page that spans banks put together from the bank pages it fetched (views/on-demand.js); any
 * other page answers with the key its root ships. */
export function createQuiz(root, gathered = null) {
  const key = gathered || readAnswerKey(root);
  if (!key) return null;
  const items = all(root, "[data-kb-item]").filter((item) => mountFor(item) && itemKeyOf(key, itemId(item)));
  const review = root.hasAttribute("data-kb-review");
  const today = root.hasAttribute("data-kb-today");
  return {
    root,
    key,
    items,
    review,
    today,
    shuffle: root.getAttribute("data-kb-shuffle") === "true",
    // What is checked and scored on this page (quiz/answering.js); a bank's own page keeps its attempt.
    attempt: newAttempt(key, items.map(itemId), !review && !today),
  };
}

/** The answer key of one item of the quiz. */
export function itemKey(quiz, item) {
  return itemKeyOf(quiz.key, itemId(item));
}

/** Shuffles what the learner answers: options when `options` is set, an ordering item always. */
export function shuffleItem(quiz, item, options) {
  const mount = mountFor(item);
  if (options || mount.alwaysShuffled) mount.shuffle(item, Math.random, itemKey(quiz, item));
}
