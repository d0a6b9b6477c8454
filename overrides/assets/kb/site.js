/* Which knowledge base this code belongs to, and which banks and items that site has.
 *
 * Several knowledge bases can share one origin, and so one localStorage: GitHub Pages serves
 * every project site of an account at https://ORG.github.io/<repository>/. A site is told apart
 * by the URL path it is served under, so its progress is stored, exported and cleared under
 * that path alone (progress/browser-storage.js, progress/export-file.js). */

import { isObject } from "./safe-map.js";

export { SITE_PATH, SITE_URL, sitePathOf } from "./site-url.js";

const BANK_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The bank list a page carries (`data-kb-banks`, written by the build): [{id, items, …}]; [] when
 * the text is missing or broken. */
export function parseBankList(text) {
  let banks = null;
  try {
    banks = JSON.parse(text);
  } catch (error) {
    banks = null;
  }
  return Array.isArray(banks) ? banks.filter((bank) => isObject(bank) && typeof bank.id === "string" && BANK_ID.test(bank.id)) : [];
}

/**
 * What the site holds, from its bank list: {banks: Set of bank ids, items: Map item id → bank id}.
 * Null when the list names no item (a page of an older build): then nothing can be told missing.
 */
export function siteContents(banks) {
  const items = new Map();
  for (const bank of banks) {
    if (!Array.isArray(bank.items)) continue;
    for (const id of bank.items) if (typeof id === "string") items.set(id, bank.id);
  }
  if (!items.size) return null;
  return { banks: new Set(banks.map((bank) => bank.id)), items };
}

/** A test of "does the site still have this item?"; everything passes when `contents` is null. */
export function existsOn(contents) {
  return contents ? (id) => contents.items.has(id) : () => true;
}
