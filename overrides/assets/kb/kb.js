/* The one script every page loads (mkdocs.yml extra_javascript, bundled into assets/kb-dist/).
 * Up front it imports only visit.js and offline.js (bundled into this one file, kb/browser_bundle.py):
 * each part of the site's browser code is fetched with `import()` only on a page that holds one of its
 * root elements, so a topic page (which holds none) stays nearly as light as plain Material. A part subscribes to Material's `document$` itself when it first
 * runs (`document$` replays the page shown), and from then on follows instant navigation. */

import { rememberVisit } from "./visit.js";
// Reading on the road: registers the service worker, or removes it where the site turned offline
// reading off (overrides/main.html writes the meta tag from extra.kb_offline). Once per page load.
import "./offline.js";

/** Each part, the roots that need it, and how to fetch it; kb/browser_bundle.py lists the entries. */
const PARTS = [
  // Progress boxes, due lines, home's learning path, reminders and the notice about unreadable
  // progress (home page, quiz index, 今日复习; quiz pages and 错题本 get the notice from quiz.js).
  {
    roots: "[data-kb-progress], [data-kb-due], [data-kb-path-start], [data-kb-lesson], [data-kb-data-tools], [data-kb-reminder]",
    load: () => import("./overview.js"),
  },
  // Quiz pages, 错题本 and 今日复习.
  { roots: "[data-kb-quiz]", load: () => import("./quiz.js") },
  // The views of 错题本 and 今日复习 (quiz.js imports them there; fetched now, alongside it).
  { roots: "[data-kb-item-source]", load: () => import("./sessions.js") },
  // Export and import of progress (quiz index).
  { roots: "[data-kb-data-tools]", load: () => import("./tools.js") },
  // 情景演练, and the scenario parts of the quiz index, 错题本 and 今日复习.
  {
    roots: "[data-kb-scenario], [data-kb-scenario-list], [data-kb-scenario-due], [data-kb-scenario-review]",
    load: () => import("./scenario.js"),
  },
  // 培训师看板 (trainers/report/ only).
  { roots: "[data-kb-report]", load: () => import("./report-part.js") },
];

const loaded = new Set();

/** Remembers the page shown and fetches the parts it needs that have not been loaded yet. */
function loadPartsOfThisPage() {
  rememberVisit();
  for (const part of PARTS) {
    if (loaded.has(part) || !document.querySelector(part.roots)) continue;
    loaded.add(part);
    part.load();
  }
}


// Module scripts run once the page is parsed: the downloads start now, not at DOMContentLoaded.
// This one comes after Material's deferred bundle in the page, so it runs after it: document$ is there.
loadPartsOfThisPage();
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(loadPartsOfThisPage);
