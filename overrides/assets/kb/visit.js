/* Where the learner was (home's learning path, views/path.js): every page a learner can continue
 * from is remembered when it opens. Loaded by kb.js on every page, so it imports nothing: a topic
 * page pays for this file and no storage code. */

/** The URL path of this site (site.js's sitePathOf, written out: this module imports nothing). */
const SITE_PATH = new URL("../../", import.meta.url).pathname.toLowerCase();

/** Where the visits are stored: progress/browser-storage.js's siteKey("kb-visits", SITE_PATH), written out. */
export const VISITS_KEY = "kb-visits#" + SITE_PATH;

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

function localStore() {
  try {
    return window.localStorage;
  } catch (error) {
    return null;
  }
}

export function readVisits(store) {
  try {
    return parseVisits(store ? store.getItem(VISITS_KEY) : null);
  } catch (error) {
    return parseVisits(null);
  }
}

/** Remembers the page now open (every page load and instant-navigation swap). */
export function rememberVisit(documentRef = document) {
  const store = localStore();
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
