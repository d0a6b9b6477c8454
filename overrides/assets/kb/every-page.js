/* When the site's browser code refreshes what it shows: for the page shown now and after every
 * instant-navigation swap (Material's `document$`; see STACK-NOTES "Instant navigation"). */

/**
 * Runs `refresh` at once when the page is already parsed, and again for every page Material
 * shows. A module script runs once the page is parsed but before DOMContentLoaded, so a quiz is
 * answerable without waiting for Material's own start-up; `document$` then replays the same
 * page, so `refresh` must be idempotent (every caller's is: mounted roots are remembered).
 */
export function onEveryPage(refresh) {
  const parsed = document.readyState !== "loading";
  if (parsed) refresh();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(refresh);
  else if (!parsed) document.addEventListener("DOMContentLoaded", refresh);
}
