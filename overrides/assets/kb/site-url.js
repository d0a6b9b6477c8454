/* Where this knowledge base is served: its base URL and URL path, read from where this module
 * is served from (whatever page is open). Imports nothing: offline.js, which every page runs,
 * needs only this, not the storage code behind site.js (issue 32: a topic page stays light). */

/** The URL path of the site whose `assets/kb/` folder holds the module at `moduleUrl`: the
 * site's base, "/sales-kb/" for https://org.github.io/sales-kb/assets/kb/site.js. In lower case,
 * so a site a host also serves under another capitalisation keeps one set of keys. */
export function sitePathOf(moduleUrl) {
  return new URL("../../", moduleUrl).pathname.toLowerCase();
}

/** This site's URL path. */
export const SITE_PATH = sitePathOf(import.meta.url);

/** This site's base URL as served, capitals kept ("https://org.github.io/Sales-KB/"): where its
 * service worker and pages live (offline.js). */
export const SITE_URL = new URL("../../", import.meta.url).href;
