/* The answer key a quiz page ships: the JSON the build writes into `data-kb-answer-key` on the
 * quiz root, {bank, title, items: {itemId: key}}. Read and checked here, and only here: a bank's
 * page, a bank page fetched for the 错题本 or 今日复习, and the keys those pages gather. Pure,
 * apart from reading the one attribute of an element it is given. */

import { dict, isObject, own } from "../safe-map.js";

/** The attribute of a quiz root that holds its answer key. */
export const ANSWER_KEY_ATTRIBUTE = "data-kb-answer-key";

/** The answer key in `text`; null when there is none, it is not JSON or it holds no item keys. */
export function parseAnswerKey(text) {
  if (typeof text !== "string") return null;
  try {
    const key = JSON.parse(text);
    return isObject(key) && isObject(key.items) ? key : null;
  } catch (error) {
    return null;
  }
}

/** The answer key of a quiz root element (null for a missing root or a missing or broken key). */
export function readAnswerKey(root) {
  return root ? parseAnswerKey(root.getAttribute(ANSWER_KEY_ATTRIBUTE)) : null;
}

/** The key of one item, or null: an own entry that is an object (an id like `constructor` is just an id). */
export function itemKeyOf(key, itemId) {
  const itemKey = key ? own(key.items, itemId) : undefined;
  return isObject(itemKey) ? itemKey : null;
}

/** A new key: `key` (or, when it is null, an empty one) with the item keys of `more` added.
 * Neither argument changes. */
export function withItems(key, more) {
  const base = key || { items: {} };
  const items = dict();
  for (const source of [base.items, more]) {
    for (const id of Object.keys(source || {})) items[id] = source[id];
  }
  return { ...base, items };
}
