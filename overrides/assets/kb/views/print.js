/* The trainer's answer-key view (`?print=answers`): every key marked in the written order, all
 * feedback and explanations shown. Options are not reordered: keys are marked, not put first. */

import { showItemKey } from "../item.js";
import { itemKey } from "../quiz-root.js";

export function isPrintView() {
  return new URLSearchParams(window.location.search).get("print") === "answers";
}

export function showAnswerKey(quiz) {
  quiz.root.classList.add("kb-quiz--answer-key");
  quiz.items.forEach((item) => showItemKey(item, itemKey(quiz, item)));
}

/**
 * The print link is a same-page link with a query, which instant navigation swallows: open it
 * as a full page load instead.
 */
export function onPrintLinkClick(event) {
  const link = event.target instanceof Element ? event.target.closest("a[data-kb-print-answers]") : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  event.stopPropagation();
  window.location.assign(link.href);
}
