/* Home's learning path (D12): a start or continue button, and each lesson's state, from what this
 * browser remembers. Pages visited are kept under this site's own key (site.js), apart from quiz
 * progress: they are a bookmark, not a record a trainer reads. */

import { browserStorage, siteKey } from "../local-store.js";
import { SITE_PATH } from "../site.js";
import { own } from "../storage.js";
import { readProgress } from "../store.js";

export const VISITS_KEY = siteKey("kb-visits", SITE_PATH);

/** Pages worth continuing from: a lesson, a bank's quiz or a scenario (not home, lists or 今日复习). */
const RESUMABLE = /^(topics\/[a-z0-9-]+\/|quizzes\/(?!review\/|today\/)[a-z0-9-]+\/|scenarios\/[a-z0-9-]+\/)$/;

/** The site-relative path of a page URL ("topics/chatting/"), or null for a page of another site. */
export function sitePage(pathname, sitePath = SITE_PATH) {
  const path = decodeURI(pathname).toLowerCase();
  return path.startsWith(sitePath) ? path.slice(sitePath.length) : null;
}

/** The docs path of a lesson ("topics/chatting.md") as a site page ("topics/chatting/"). */
export function lessonPage(docsPath) {
  return docsPath.replace(/\.md$/, "/");
}

/** Stored visits, normalised: {last: {page, title} | null, read: {page: true}}. */
export function parseVisits(raw) {
  let value = null;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    value = null;
  }
  const visits = { last: null, read: Object.create(null) };
  if (!value || typeof value !== "object") return visits;
  const last = value.last;
  if (last && typeof last.page === "string" && RESUMABLE.test(last.page) && typeof last.title === "string") {
    visits.last = { page: last.page, title: last.title.slice(0, 200) };
  }
  if (value.read && typeof value.read === "object") {
    for (const page of Object.keys(value.read)) if (RESUMABLE.test(page)) visits.read[page] = true;
  }
  return visits;
}

/** Visits after opening `page` titled `title`; unchanged for pages one does not continue from. */
export function withVisit(visits, page, title) {
  if (!page || !RESUMABLE.test(page)) return visits;
  return { last: { page, title: title.slice(0, 200) }, read: { ...visits.read, [page]: true } };
}

/** The state words after a lesson: read or not, and the best score of its quiz. */
export function lessonState(visits, page, best, total) {
  const parts = [];
  if (visits.read[page]) parts.push("✓ 已读");
  if (best !== null && total) parts.push(`自测最好 ${best} / ${total}`);
  return parts.join(" · ");
}

function readVisits(store) {
  try {
    return parseVisits(store ? store.getItem(VISITS_KEY) : null);
  } catch (error) {
    return parseVisits(null);
  }
}

/** Remembers the page now open (every page load and instant-navigation swap). */
export function rememberVisit(documentRef = document) {
  const store = browserStorage();
  const page = sitePage(window.location.pathname);
  const heading = documentRef.querySelector(".md-content h1");
  if (!store || !heading) return;
  const visits = withVisit(readVisits(store), page, heading.textContent.trim());
  try {
    store.setItem(VISITS_KEY, JSON.stringify(visits));
  } catch (error) {
    // A full storage loses a bookmark, nothing else: the start button then says 从这里开始.
  }
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
