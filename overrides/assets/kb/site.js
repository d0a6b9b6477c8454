/* Which knowledge base this code belongs to, and which banks that site has (their items: item-lists.js).
 *
 * Several knowledge bases can share one origin, and so one localStorage: GitHub Pages serves
 * every project site of an account at https://ORG.github.io/<repository>/. A site is told apart
 * by the URL path it is served under, so its progress is stored, exported and cleared under
 * that path alone (progress/browser-storage.js, progress/export-file.js). */

import { isObject } from "./safe-map.js";

export { SITE_PATH, SITE_URL, sitePathOf } from "./site-url.js";

/** A well-formed bank id: a bank page or list is never asked for by anything else. */
export const BANK_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The bank list a page carries (`data-kb-banks`, written by the build): [{id, version, title, …}];
 * [] when the text is missing or broken. Each bank's item ids are in its own file (item-lists.js). */
export function parseBankList(text) {
  let banks = null;
  try {
    banks = JSON.parse(text);
  } catch (error) {
    banks = null;
  }
  return Array.isArray(banks) ? banks.filter((bank) => isObject(bank) && typeof bank.id === "string" && BANK_ID.test(bank.id)) : [];
}

/** A test of "does the site still have this item?"; everything passes when `contents` is null. */
export function existsOn(contents) {
  return contents ? (id) => contents.items.has(id) : () => true;
}
