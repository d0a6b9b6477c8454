/* One quiz component on a page (`[data-kb-quiz]`): its answer key and its items. The quiz page
 * and the 错题本 are both such components. */

import { itemId } from "./item.js";
import { mountFor } from "./mount/index.js";
import { all } from "./dom.js";
import { isObject, own } from "./safe-map.js";

function readAnswerKey(root) {
  try {
    const key = JSON.parse(root.getAttribute("data-kb-answer-key"));
    return isObject(key) && isObject(key.items) ? key : null;
  } catch (error) {
    return null;
  }
}

/** The quiz of `root`, or null when its answer key is missing or broken. */
export function createQuiz(root) {
  const key = readAnswerKey(root);
  if (!key) return null;
  const items = all(root, "[data-kb-item]").filter((item) => mountFor(item) && isObject(own(key.items, itemId(item))));
  return {
    root,
    key,
    items,
    review: root.hasAttribute("data-kb-review"),
    today: root.hasAttribute("data-kb-today"),
    shuffle: root.getAttribute("data-kb-shuffle") === "true",
  };
}

/** The answer key of one item (own property only: an id like `constructor` is just an id). */
export function itemKey(quiz, item) {
  return own(quiz.key.items, itemId(item));
}

export function isChecked(item) {
  const check = item.querySelector("[data-kb-action=check]");
  return Boolean(check && check.disabled);
}

/** Shuffles what the learner answers: options when `options` is set, an ordering item always. */
export function shuffleItem(quiz, item, options) {
  const mount = mountFor(item);
  if (options || mount.alwaysShuffled) mount.shuffle(item, Math.random, itemKey(quiz, item));
}
