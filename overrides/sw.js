/* Reading on the road: the pages a learner has opened, and the files they used, stay readable
 * offline (issue 31). A plain file at the site root (its scope is the site's base path), registered
 * by assets/kb/offline.js.
 *
 * - Pages are network-first and revalidated with the server: a learner online always gets the
 *   published page. The copy kept is used only when the network fails.
 * - Material's fingerprinted bundles (name.<hash>.min.js / .css) never change: cache-first.
 *   Every other file (our unversioned modules, the search index, icons) is network-first too.
 * - Only same-origin GETs inside the scope pass through here; nothing from another host.
 * - Several knowledge bases can share an origin (https://ORG.github.io/<repo>/) and so the
 *   CacheStorage: every cache name ends with this worker's scope, and only those are touched. */

"use strict";

/* Raise when the caching rules change: activate deletes this scope's caches of other versions. */
const VERSION = 1;
const SCOPE = self.registration.scope;
const PREFIX = "kb-offline-";
const PAGES = `${PREFIX}pages-v${VERSION} ${SCOPE}`;
const ASSETS = `${PREFIX}assets-v${VERSION} ${SCOPE}`;
const CURRENT = [PAGES, ASSETS];
/* Oldest entries go first beyond these (old fingerprinted bundles, pages since removed). */
const LIMITS = { [PAGES]: 400, [ASSETS]: 300 };
const FINGERPRINTED = /\.[0-9a-f]{8,}\.min\.(?:js|css)$/;

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(removeOldCaches().then(() => self.clients.claim()));
});

async function removeOldCaches() {
  const names = await caches.keys();
  const old = names.filter((name) => name.startsWith(PREFIX) && name.endsWith(" " + SCOPE) && !CURRENT.includes(name));
  await Promise.all(old.map((name) => caches.delete(name)));
}

/** True for a URL this worker may fetch and keep: same origin, inside the scope. */
function inScope(url) {
  return url.origin === self.location.origin && url.href.startsWith(SCOPE) && url.pathname !== new URL("sw.js", SCOPE).pathname;
}

function isPage(request, url) {
  return request.mode === "navigate" || request.destination === "document" || url.pathname.endsWith("/") || url.pathname.endsWith(".html");
}

/** Where a page is kept: its URL without query or fragment, so a bank page fetched by 错题本 or
 * 今日复习 (…/basics/?v=<build>) and the same page opened (…/basics/) share one copy. */
function pageKey(url) {
  return url.origin + url.pathname;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!inScope(url)) return;
  if (isPage(request, url)) event.respondWith(networkFirstPage(request, url, event));
  else if (FINGERPRINTED.test(url.pathname)) event.respondWith(cacheFirst(request, event));
  else event.respondWith(networkFirstAsset(request, event));
});

function keepable(response) {
  return response.ok && response.status === 200 && response.type === "basic" && !response.redirected;
}

/* False once the site is built with offline reading off (offline.js says "kb-forget"): this
 * worker still answers the open pages until they close, but keeps nothing more. */
let keeping = true;

async function keep(cacheName, key, response) {
  if (!keeping) return;
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  if (!keeping) {
    await caches.delete(cacheName); // forgotten while this one was being stored
    return;
  }
  const keys = await cache.keys();
  const extra = keys.length - LIMITS[cacheName];
  for (let index = 0; index < extra; index += 1) await cache.delete(keys[index]);
}

async function networkFirstPage(request, url, event) {
  try {
    // "no-cache": asked of the server every time (a 304 when unchanged), never a stale HTTP copy.
    const response = await fetch(new Request(request, { cache: "no-cache" }));
    if (keepable(response)) event.waitUntil(keep(PAGES, pageKey(url), response.clone()));
    return response;
  } catch (error) {
    const cached = await caches.match(pageKey(url), { cacheName: PAGES });
    return cached || offlinePage(url);
  }
}

async function networkFirstAsset(request, event) {
  try {
    const response = await fetch(request);
    if (keepable(response)) event.waitUntil(keep(ASSETS, request.url, response.clone()));
    return response;
  } catch (error) {
    const cached = await caches.match(request.url, { cacheName: ASSETS, ignoreSearch: true });
    return cached || Response.error();
  }
}

async function cacheFirst(request, event) {
  const cached = await caches.match(request.url, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  if (keepable(response)) event.waitUntil(keep(ASSETS, request.url, response.clone()));
  return response;
}

/** Asked by a page that loaded before this worker controlled it: keep what it already used.
 * Told by a page of a build with offline reading off: forget everything. */
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data && data.type === "kb-forget") {
    keeping = false;
    event.waitUntil(Promise.all(CURRENT.map((name) => caches.delete(name))));
  } else if (data && data.type === "kb-keep" && Array.isArray(data.urls)) {
    event.waitUntil(keepAll(data.urls.slice(0, 200)));
  }
});

/* A few at a time: the page goes on loading and the learner may move on meanwhile. */
const PARALLEL = 6;

async function keepAll(urls) {
  const queue = urls.slice();
  const fetchers = Array.from({ length: PARALLEL }, async () => {
    while (queue.length) await keepOne(queue.shift());
  });
  await Promise.all(fetchers);
}

async function keepOne(href) {
  let url = null;
  try {
    url = new URL(href, SCOPE);
  } catch (error) {
    return;
  }
  if (!inScope(url)) return;
  const page = url.pathname.endsWith("/") || url.pathname.endsWith(".html");
  try {
    // The page itself is asked of the server; its files mostly come from the HTTP cache at once.
    const response = await fetch(url.href, { cache: page ? "no-cache" : "default", credentials: "same-origin" });
    if (keepable(response)) await keep(page ? PAGES : ASSETS, page ? pageKey(url) : url.href, response);
  } catch (error) {
    // Offline again already: the next visit keeps it.
  }
}

const OFFLINE_HTML = `<!doctype html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>离线：这一页还没有保存</title></head>
<body><main><h1>离线：这一页还没有保存</h1>
<p>现在连不上网。打开过的页面离线也能看，但这一页在这台设备上还没有打开过。</p>
<p>联网后再打开它；或者先看<a href="HOME">首页</a>和打开过的页面。</p></main></body></html>`;

function offlinePage(url) {
  const body = OFFLINE_HTML.replace("HOME", new URL(SCOPE).pathname);
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
