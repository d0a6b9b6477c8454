/* The banks' item lists, read on demand. A page that shows progress carries only its banks' ids
 * and versions (`data-kb-banks`); each bank's item ids are a small file beside its quiz page
 * (quizzes/<bank>/items.json, written by the build), so a page weighs the same whatever the
 * size of the banks. A page reads the lists of just the banks the learner has records in — none
 * for a learner with no records — and the others only when a record is of an item no list read
 * so far holds (moved to another bank, or removed). A list read once is kept for the pages that
 * follow (Material's instant navigation keeps this module); the service worker keeps it for
 * reading offline (sw.js). */

import { isObject } from "./safe-map.js";
import { BANK_ID, SITE_URL, parseBankList } from "./site.js";

const ITEM_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const VERSION = /^[0-9a-f]{1,64}$/;

/** At most this many lists are read for one page, and this many ids taken from one list. */
export const MAX_LIST_FETCHES = 200;
export const MAX_LIST_ITEMS = 20000;

/** The list of `bankId` at `version`, as a URL of this site; null for a malformed id or version. */
export function itemListUrl(bankId, version, base = SITE_URL) {
  if (!BANK_ID.test(bankId) || !VERSION.test(version)) return null;
  const url = new URL("quizzes/" + bankId + "/items.json", base);
  url.searchParams.set("v", version); // a new build's list is never an old copy from the HTTP cache
  return url;
}

/** The item ids of `bankId` in a list file's `text`; null unless it is that bank's list of
 * well-formed ids (a broken or foreign file is never half-read). */
export function parseItemList(text, bankId) {
  let data = null;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return null;
  }
  if (!isObject(data) || data.bank !== bankId || !Array.isArray(data.items) || data.items.length > MAX_LIST_ITEMS) return null;
  return data.items.every((id) => typeof id === "string" && ITEM_ID.test(id)) ? data.items : null;
}

/** The banks of `banks` (a page's bank list) that `progress`'s records name: the item lists a
 * learner's progress needs (item-lists.js reads just these; none for a learner with no records). */
export function banksNamed(banks, progress) {
  const named = new Set(Object.keys(progress.items).map((id) => progress.items[id].bank));
  return banks.filter((bank) => named.has(bank.id));
}

/** Ids of records that the item lists read so far (`lists`: Map bank id → ids, or null for a list
 * that could not be read) do not place, and whose own bank's list was not unreadable: items that
 * moved to another bank, or that the site no longer has. */
export function unplacedIds(progress, lists) {
  const placed = new Set();
  for (const ids of lists.values()) if (ids) ids.forEach((id) => placed.add(id));
  return Object.keys(progress.items).filter((id) => !placed.has(id) && lists.get(progress.items[id].bank) !== null);
}

/**
 * What the site holds, from its bank list and the item lists read (`lists`, as for unplacedIds):
 * {banks: Set of bank ids, items: Map item id → bank id, unread: [bank id]}. A record of a bank
 * whose list could not be read (offline before it was ever kept, a broken file) is taken as still
 * there, in that bank: its bank page then tells (item-source.js). Null when the page lists no
 * bank (a page without progress): then nothing can be told missing.
 */
export function siteContents(banks, lists, progress) {
  if (!banks.length) return null;
  const items = new Map();
  const unread = [];
  for (const [bank, ids] of lists) {
    if (ids) ids.forEach((id) => items.set(id, bank));
    else unread.push(bank);
  }
  for (const id of Object.keys(progress.items)) {
    const bank = progress.items[id].bank;
    if (!items.has(id) && lists.get(bank) === null) items.set(id, bank);
  }
  return { banks: new Set(banks.map((bank) => bank.id)), items, unread };
}

/** Lists read so far, by URL: a promise of the ids. One that failed is forgotten, so it is asked again. */
const read = new Map();

async function fetchList(url, bankId, fetcher) {
  const response = await fetcher(url.href, { credentials: "same-origin" });
  if (!response.ok) throw new Error("HTTP " + response.status);
  const ids = parseItemList(await response.text(), bankId);
  if (!ids) throw new Error("not the item list of " + bankId);
  return ids;
}

/** The ids of `bank` (an entry of the page's bank list), or null when its list cannot be read. */
async function bankIds(bank, fetcher) {
  const url = itemListUrl(bank.id, typeof bank.version === "string" ? bank.version : "");
  if (!url) return null;
  if (!read.has(url.href)) read.set(url.href, fetchList(url, bank.id, fetcher));
  try {
    return await read.get(url.href);
  } catch (error) {
    read.delete(url.href);
    return null;
  }
}

/** Reads the lists of `banks` into `lists` (Map bank id → ids or null), up to MAX_LIST_FETCHES in all. */
async function readLists(banks, lists, fetcher) {
  const wanted = banks.filter((bank) => !lists.has(bank.id)).slice(0, Math.max(0, MAX_LIST_FETCHES - lists.size));
  const ids = await Promise.all(wanted.map((bank) => bankIds(bank, fetcher)));
  wanted.forEach((bank, index) => lists.set(bank.id, ids[index]));
}

/**
 * What the site holds as far as `progress` needs to know (siteContents): the lists of the
 * banks its records name, then, when a record is still unplaced, the other banks' lists too.
 * Null when `banks` is empty.
 */
export async function loadSiteContents(banks, progress, fetcher = window.fetch.bind(window)) {
  if (!banks.length) return null;
  const lists = new Map();
  await readLists(banksNamed(banks, progress), lists, fetcher);
  if (unplacedIds(progress, lists).length) await readLists(banks, lists, fetcher);
  return siteContents(banks, lists, progress);
}

/** loadSiteContents for the bank list `element` carries (`data-kb-banks`); null without one. */
export function contentsFor(element, progress, fetcher = undefined) {
  if (!element) return Promise.resolve(null);
  return loadSiteContents(parseBankList(element.getAttribute("data-kb-banks")), progress, fetcher);
}
