/* When the site's browser code refreshes what it shows: for the page shown now and after every
 * instant-navigation swap (Material's `document$`; see STACK-NOTES "Instant navigation"). */

/** Calls `follow(document$)` once Material's bundle has run: now, or at DOMContentLoaded. Material's
 * bundle is deferred (overrides/main.html), and a part named in the page's head runs before it. */
function whenMaterialStarted(follow) {
  const started = () => window.document$ && typeof window.document$.subscribe === "function";
  if (started()) follow(window.document$);
  else if (document.readyState === "loading" || document.readyState === "interactive") {
    document.addEventListener("DOMContentLoaded", () => started() && follow(window.document$), { once: true });
  }
}

/**
 * Runs `refresh` at once when the page is already parsed, and again for every page Material
 * shows. A module script in the page's head runs once the page is parsed, before Material's
 * deferred bundle and DOMContentLoaded, so a quiz is answerable without waiting for Material's
 * own start-up; `document$` then replays the same page, so `refresh` must be idempotent (every
 * caller's is: mounted roots are remembered). Without Material (no `document$`), it runs once.
 */
export function onEveryPage(refresh) {
  const parsed = document.readyState !== "loading";
  if (parsed) refresh();
  else document.addEventListener("DOMContentLoaded", () => window.document$ || refresh(), { once: true });
  whenMaterialStarted((document$) => document$.subscribe(refresh));
}
