/* Reading on the road (issue 31): registers the service worker at the site's root (sw.js), or,
 * when the site is built with `extra.kb_offline: false` (README "离线阅读"), unregisters it and
 * deletes what it kept. Never on file:// or where the browser has no service workers. */

import { SITE_URL } from "./site-url.js";

/** Whether this page may use a service worker at all. */
export function canUseWorker(win = window) {
  return /^https?:$/.test(win.location.protocol) && "serviceWorker" in win.navigator && win.isSecureContext === true;
}

/** Whether the build turned offline reading on: the template writes <meta name="kb-offline">. */
export function offlineWanted(doc = document) {
  const meta = doc.querySelector('meta[name="kb-offline"]');
  return !meta || meta.getAttribute("content") !== "off";
}

/** The same-origin URLs inside `base` that the page at `pageUrl` has used so far (page first). */
export function usedUrls(pageUrl, resources, base) {
  const page = new URL(pageUrl);
  page.hash = "";
  page.search = "";
  const urls = [page.href, new URL("sitemap.xml", base).href];
  for (const href of resources) {
    const url = new URL(href, base);
    url.hash = "";
    if (url.href.startsWith(base) && !urls.includes(url.href)) urls.push(url.href);
  }
  return urls;
}

/** The search worker's scripts, which the page's resource list does not show: the worker named
 * in Material's #__config (our kb-search.js), Material's worker it loads (?material=) and the
 * query module it imports (overrides/assets/javascripts/workers/kb-search.js). */
export function searchWorkerUrls(configText, pageUrl) {
  let search = null;
  try {
    search = new URL(JSON.parse(configText).search, pageUrl);
  } catch (error) {
    return [];
  }
  const urls = [search.href];
  const material = search.searchParams.get("material");
  if (material) urls.push(new URL(material, search).href, new URL("kb-search-query.js", search).href);
  return urls;
}

/** The search index: a page asks for it only once the learner reaches for search (overrides/main.html),
 * so the first visit keeps it for searching offline (once, after the page has loaded). */
export function searchIndexUrl(doc = document, base = SITE_URL) {
  return doc.forms.namedItem("search") ? [new URL("search/search_index.json", base).href] : [];
}

/** The first page was fetched before the worker controlled it: ask the worker to keep it too. */
function keepThisPage(registration) {
  const worker = registration.active;
  if (!worker) return;
  const config = document.getElementById("__config");
  const resources = performance.getEntriesByType("resource").map((entry) => entry.name)
    .concat(config ? searchWorkerUrls(config.textContent, window.location.href) : [], searchIndexUrl());
  worker.postMessage({ type: "kb-keep", urls: usedUrls(window.location.href, resources, SITE_URL) });
}

async function register() {
  const controlledAtLoad = Boolean(navigator.serviceWorker.controller);
  await navigator.serviceWorker.register(new URL("sw.js", SITE_URL).href, {
    scope: new URL(SITE_URL).pathname,
    updateViaCache: "none",
  });
  const registration = await navigator.serviceWorker.ready;
  if (document.readyState !== "complete") await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  if (!controlledAtLoad) keepThisPage(registration);
}

async function unregister() {
  const controller = navigator.serviceWorker.controller;
  if (controller) controller.postMessage({ type: "kb-forget" }); // it keeps nothing more, even for this page
  const registration = await navigator.serviceWorker.getRegistration(SITE_URL);
  if (registration && registration.scope === SITE_URL) await registration.unregister();
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith("kb-offline-") && name.endsWith(" " + SITE_URL)).map((name) => caches.delete(name)));
}

function start() {
  // A page without the meta tag that overrides/main.html writes says nothing either way: the worker is left as it is.
  if (!canUseWorker() || !document.querySelector('meta[name="kb-offline"]')) return;
  const work = offlineWanted() ? register() : unregister();
  work.catch(() => {
    // Offline reading is an extra: a browser that refuses (private mode, storage off) reads online.
  });
}

start();
