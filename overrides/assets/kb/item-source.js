/* Items on demand: pages that span banks (错题本, 今日复习) hold no items. They fetch the quiz
 * pages of just the banks holding the items they show (../<bank>/?v=<build>, same site only),
 * take those items and their answer keys from them, and put them in place. A bank that cannot
 * be fetched is reported in words; the items that did load still work. */

import { ANSWER_KEY_ATTRIBUTE, itemKeyOf, readAnswerKey } from "./quiz/answer-key.js";
import { own } from "./safe-map.js";

const BANK_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The quiz page of `bankId` next to this one, as a same-site URL; null for a malformed id. */
export function bankPageUrl(bankId, build, base = window.location.href) {
  if (!BANK_ID.test(bankId)) return null;
  const url = new URL("../" + bankId + "/", base);
  url.searchParams.set("v", build);
  return url;
}

/** At most this many bank pages are fetched for one page, whatever the stored records say. */
export const MAX_BANK_FETCHES = 200;

/**
 * Wanted item ids grouped by bank. When the site's contents are known (site.js), an item goes to
 * the bank that holds it now and an item the site lacks to none, so only banks the site has are
 * fetched; otherwise to the bank the learner's record names. At most MAX_BANK_FETCHES banks.
 */
export function idsByBank(ids, progress, contents = null) {
  const banks = new Map();
  for (const id of ids) {
    const record = own(progress.items, id);
    const bank = contents ? contents.items.get(id) : record && record.bank;
    if (!record || typeof bank !== "string" || !BANK_ID.test(bank)) continue;
    if (!banks.has(bank) && banks.size >= MAX_BANK_FETCHES) continue;
    if (!banks.has(bank)) banks.set(bank, []);
    banks.get(bank).push(id);
  }
  return banks;
}

/** Fetches one bank page and returns {items: [element], keys: {id: key}, title} for `ids`. */
async function fetchBank(url, ids, fetcher) {
  const response = await fetcher(url.href, { credentials: "same-origin" });
  if (response.status === 404) return { items: [], keys: Object.create(null), title: "" }; // bank removed
  if (!response.ok) throw new Error("HTTP " + response.status);
  const doc = new DOMParser().parseFromString(await response.text(), "text/html");
  const key = readAnswerKey(doc.querySelector(`[data-kb-quiz][${ANSWER_KEY_ATTRIBUTE}]`));
  if (!key) throw new Error("no answer key");
  const wanted = new Set(ids);
  const items = [...doc.querySelectorAll("[data-kb-item]")].filter((item) => {
    const id = item.getAttribute("data-kb-item");
    return wanted.has(id) && itemKeyOf(key, id);
  });
  const keys = Object.create(null);
  items.forEach((item) => { keys[item.getAttribute("data-kb-item")] = itemKeyOf(key, item.getAttribute("data-kb-item")); });
  return { items: items.map((item) => document.importNode(item, true)), keys, title: typeof key.title === "string" ? key.title : "" };
}

/**
 * Loads the items `ids` (in that order) from their banks' pages.
 * Returns {items: [element], keys: {id: key}, failed: [bankId], missing: [id]}.
 */
export async function loadItems(ids, progress, build, fetcher = window.fetch.bind(window), contents = null) {
  const banks = idsByBank(ids, progress, contents);
  const keys = Object.create(null);
  const byId = new Map();
  const failed = [];
  await Promise.all([...banks].map(async ([bankId, bankIds]) => {
    try {
      const loaded = await fetchBank(bankPageUrl(bankId, build), bankIds, fetcher);
      loaded.items.forEach((item) => byId.set(item.getAttribute("data-kb-item"), item));
      Object.assign(keys, loaded.keys);
    } catch (error) {
      failed.push(bankId);
    }
  }));
  const failedIds = new Set(failed.flatMap((bankId) => banks.get(bankId)));
  const missing = ids.filter((id) => !byId.has(id) && !failedIds.has(id));
  return { items: ids.filter((id) => byId.has(id)).map((id) => byId.get(id)), keys, failed, missing };
}

/** The words for what could not be shown: banks that failed to load, items no longer in a bank. */
export function loadProblemText(failed, missing) {
  const parts = [];
  if (failed.length) parts.push(`有 ${failed.length} 套题没能载入（网络断了或网站刚更新），其中的题这次不显示。请检查网络后刷新页面再试。`);
  if (missing.length) parts.push(`有 ${missing.length} 道题已经不在题库里了（培训师更新了题库），不再显示。`);
  return parts.join("");
}
