/* The answer key a quiz page ships: parsed and checked in one place (quiz/answer-key.js). */

import { ANSWER_KEY_ATTRIBUTE, itemKeyOf, parseAnswerKey, readAnswerKey, withItems } from "../assets/kb/quiz/answer-key.js";
import { assert, assertEqual, test } from "./harness.js";

const KEY = { bank: "basics", title: "基础", items: { a: { kind: "single", correct: ["b"] } } };

test("a key the build wrote is read as it is", () => {
  assertEqual(parseAnswerKey(JSON.stringify(KEY)), KEY);
});

test("a missing, broken or item-less key is no key", () => {
  for (const text of [null, undefined, "", "{", "[]", "null", "3", '{"bank":"b"}', '{"items":[]}', '{"items":null}']) {
    assertEqual(parseAnswerKey(text), null, String(text));
  }
});

test("a quiz root's key comes from its attribute; no root, no key", () => {
  const root = document.createElement("div");
  root.setAttribute(ANSWER_KEY_ATTRIBUTE, JSON.stringify(KEY));
  assertEqual(readAnswerKey(root), KEY);
  root.setAttribute(ANSWER_KEY_ATTRIBUTE, "{not json");
  assertEqual(readAnswerKey(root), null);
  assertEqual(readAnswerKey(null), null);
});

test("an item's key is its own entry, and only when it is an object", () => {
  const key = parseAnswerKey('{"items":{"a":{"kind":"single"},"b":"text","__proto__":{"kind":"ordering"}}}');
  assertEqual(itemKeyOf(key, "a"), { kind: "single" });
  assertEqual(itemKeyOf(key, "b"), null, "a key that is not an object");
  assertEqual(itemKeyOf(key, "missing"), null);
  assertEqual(itemKeyOf(key, "constructor"), null, "inherited names are not item keys");
  assertEqual(itemKeyOf(key, "toString"), null);
  assertEqual(itemKeyOf(key, "__proto__"), { kind: "ordering" }, "an id named like a prototype member is an id");
  assertEqual(itemKeyOf(null, "a"), null);
});

test("keys gathered from bank pages are added to a page's key, which stays as it was", () => {
  const page = { bank: "__review__", title: "错题本", items: {} };
  const merged = withItems(page, { x: { kind: "single" } });
  assertEqual(merged.bank, "__review__");
  assertEqual(merged.title, "错题本");
  assertEqual(itemKeyOf(merged, "x"), { kind: "single" });
  assertEqual(Object.keys(page.items), [], "the page's key is not changed");
  const more = withItems(merged, { y: { kind: "ordering" }, x: { kind: "matching" } });
  assertEqual(Object.keys(more.items).sort(), ["x", "y"]);
  assertEqual(itemKeyOf(more, "x"), { kind: "matching" }, "a later key replaces an earlier one");
  assertEqual(itemKeyOf(merged, "x"), { kind: "single" });
});

test("a page whose own key is broken still gets the gathered keys", () => {
  const merged = withItems(null, { constructor: { kind: "true_false" } });
  assertEqual(itemKeyOf(merged, "constructor"), { kind: "true_false" });
  assert(parseAnswerKey(JSON.stringify(merged)) !== null, "the result is a key");
});
