/* Home's learning path (D12): a start or continue button, and each lesson's state, from what this
 * browser remembers. Pages visited are kept under this site's own key (site.js), apart from quiz
 * progress: they are a bookmark, not a record a trainer reads. */

import { browserStorage } from "../progress/browser-storage.js";
import { SITE_PATH } from "../site.js";
import { own } from "../safe-map.js";
import { readProgress } from "../progress/quiz-storage.js";
import { VISITS_KEY, lessonPage, readVisits } from "../visit.js";

export { VISITS_KEY, lessonPage, parseVisits, rememberVisit, sitePage, withVisit } from "../visit.js";

/** The state words after a lesson: read or not, and the best score of its quiz. */
export function lessonState(visits, page, best, total) {
  const parts = [];
  if (visits.read[page]) parts.push("✓ 已读");
  if (best !== null && total) parts.push(`自测最好 ${best} / ${total}`);
  return parts.join(" · ");
}

function showContinue(button, visits) {
  if (!button.hasAttribute("data-kb-path-start-text")) {
    button.setAttribute("data-kb-path-start-text", button.textContent);
    button.setAttribute("data-kb-path-start-href", button.href);
  }
  button.textContent = visits.last ? "继续：" + visits.last.title : button.getAttribute("data-kb-path-start-text");
  button.href = visits.last
    ? new URL(SITE_PATH + visits.last.page, window.location.href).href
    : button.getAttribute("data-kb-path-start-href");
}

/** 清空全部进度 also forgets where the learner was. */
export function forgetVisits() {
  const store = browserStorage();
  try {
    if (store) store.removeItem(VISITS_KEY);
  } catch (error) {
    // Nothing to forget in a browser that stores nothing.
  }
}

function showLessonStates(lessons, visits) {
  const banks = readProgress().banks;
  lessons.forEach((lesson) => {
    const page = lessonPage(lesson.getAttribute("data-kb-lesson"));
    const bank = own(banks, lesson.getAttribute("data-kb-lesson-bank") || "");
    const total = Number(lesson.getAttribute("data-kb-lesson-items")) || 0;
    const best = bank && bank.bestCorrect !== null ? Math.min(bank.bestCorrect, total) : null;
    const text = lessonState(visits, page, best, total);
    let state = lesson.nextElementSibling;
    if (!state || !state.hasAttribute("data-kb-lesson-state")) {
      state = document.createElement("span");
      state.className = "kb-lesson__state";
      state.setAttribute("data-kb-lesson-state", "");
      lesson.after(state);
    }
    state.textContent = text ? " · " + text : "";
  });
}

/** Home: the continue button and the lessons' states (nothing to do on other pages). */
export function mountPath(documentRef = document) {
  const button = documentRef.querySelector("[data-kb-path-start]");
  const lessons = documentRef.querySelectorAll("[data-kb-lesson]");
  if (!button && !lessons.length) return;
  const visits = readVisits(browserStorage());
  if (button) showContinue(button, visits);
  showLessonStates(lessons, visits);
}
