/* Progress belongs to one site: its keys, the move from the keys every site shared, writes that
 * happen all together or not at all, and what the site has (#4, #3, #7, #14). */

import { MAX_BANK_FETCHES, idsByBank } from "../assets/kb/item-source.js";
import { LEGACY_KEYS, PROGRESS_KEYS, asidePrefix, discardAside, readMigrating, setAside, siteKey, writeAll, writeOne } from "../assets/kb/progress/browser-storage.js";
import { MAX_LIST_FETCHES, MAX_LIST_ITEMS, itemListUrl, loadSiteContents, parseItemList } from "../assets/kb/item-lists.js";
import { SITE_PATH, SITE_URL, existsOn, parseBankList, sitePathOf } from "../assets/kb/site.js";
import { normaliseProgress } from "../assets/kb/progress/quiz-format.js";
import { dueText } from "../assets/kb/views/due.js";
import { todaysSession } from "../assets/kb/views/today.js";
import { assert, assertEqual, test } from "./harness.js";

/** A Storage-like map; `full` names keys whose writes throw like a full localStorage. */
function fakeStore(values = {}, full = () => false) {
  const map = new Map(Object.entries(values));
  return {
    map,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: (key, value) => {
      if (full(key, value)) throw new DOMException("full", "QuotaExceededError");
      map.set(key, String(value));
    },
    removeItem: (key) => map.delete(key),
  };
}

test("a site is its URL path, taken from where its modules are served", () => {
  assertEqual(sitePathOf("https://org.github.io/sales-kb/assets/kb/site.js"), "/sales-kb/");
  assertEqual(sitePathOf("https://kb.example.com/assets/kb/site.js?v=1"), "/");
  assertEqual(sitePathOf("https://org.github.io/Sales-KB/assets/kb/site.js"), "/sales-kb/", "one site whatever the case typed");
  assertEqual(SITE_PATH, "/kb/", "the unit tests are served under /kb/");
});

test("each site has its own keys, and no site's keys start with another's", () => {
  assertEqual(PROGRESS_KEYS, ["kb-quiz-progress#/kb/", "kb-scenario-progress#/kb/"]);
  assertEqual(siteKey("kb-quiz-progress", "/sales-kb/"), "kb-quiz-progress#/sales-kb/");
  const root = asidePrefix(siteKey("kb-quiz-progress", "/"));
  const nested = asidePrefix(siteKey("kb-quiz-progress", "/a/"));
  assert(!nested.startsWith(root) && !root.startsWith(nested), "a site at / and one at /a/ keep apart");
});

test("progress under the key every site shared moves to this site's key with nothing lost", () => {
  const store = fakeStore({ [LEGACY_KEYS[0]]: "old" });
  assertEqual(readMigrating(store, "new", LEGACY_KEYS[0]), "old");
  assertEqual(store.getItem("new"), "old", "copied to this site's key");
  assertEqual(store.getItem(LEGACY_KEYS[0]), "old", "left for any other site that stored there");
  store.setItem("new", "mine");
  assertEqual(readMigrating(store, "new", LEGACY_KEYS[0]), "mine", "once this site has its own, the shared one is ignored");
  const full = fakeStore({ [LEGACY_KEYS[0]]: "old" }, () => true);
  assertEqual(readMigrating(full, "new", LEGACY_KEYS[0]), "old", "a copy that does not fit still reads");
  assertEqual(readMigrating(fakeStore(), "new", LEGACY_KEYS[0]), null);
});

test("writing several keys is all or nothing: a refused write puts the earlier ones back (#3)", () => {
  const store = fakeStore({ a: "1", b: "2" }, (key) => key === "b");
  assertEqual(writeAll(store, [{ key: "a", value: "A" }, { key: "b", value: "B" }]), "unchanged");
  assertEqual([store.getItem("a"), store.getItem("b")], ["1", "2"]);
  const fresh = fakeStore({}, (key) => key === "b");
  assertEqual(writeAll(fresh, [{ key: "a", value: "A" }, { key: "b", value: "B" }]), "unchanged");
  assertEqual(fresh.getItem("a"), null, "a key that did not exist is removed again");
  const ok = fakeStore({ a: "1" });
  assertEqual(writeAll(ok, [{ key: "a", value: "A" }, { key: "b", value: "B" }]), "ok");
  assertEqual([ok.getItem("a"), ok.getItem("b")], ["A", "B"]);
  let refused = false;
  const stuck = fakeStore({ a: "1" }, (key, value) => (key === "b" ? true : refused && value === "1"));
  stuck.setItem("a", "1");
  refused = true;
  assertEqual(writeAll(stuck, [{ key: "a", value: "A" }, { key: "b", value: "B" }]), "broken", "says so when the old value will not go back");
});

test("one write, for 做题进度 and 情景演练 alike: refused when full or when the key holds unreadable data", () => {
  const store = fakeStore();
  assertEqual(writeOne(store, { key: "a", value: "A" }), true);
  assertEqual(store.getItem("a"), "A");
  assertEqual(writeOne(fakeStore({ a: "1" }, () => true), { key: "a", value: "A" }), false, "storage full");
  assertEqual(writeOne(null, { key: "a", value: "A" }), false, "no storage (private mode)");
  assertEqual(setAside(fakeStore({}, () => true), "unit-held-key", "unreadable"), false, "no room for a copy: held");
  const fresh = fakeStore({ "unit-held-key": "unreadable" });
  assertEqual(writeOne(fresh, { key: "unit-held-key", value: "{}" }), false, "held data is never written over");
  assertEqual(fresh.getItem("unit-held-key"), "unreadable");
  discardAside("unit-held-key");
});

/** The page's bank list at `version` (a fresh version per test: lists read once are kept by URL). */
function bankList(version) {
  return parseBankList(JSON.stringify([{ id: "basics", version }, { id: "chatting", version }, { id: "Bad Id", version, items: ["x"] }]));
}
const LISTS = { basics: ["b1", "b2"], chatting: ["c1"] };

/** A fetch that serves item lists (`lists`: bank → ids, or a string served as it is), noting each URL in `asked`. */
function listServer(asked = [], lists = LISTS) {
  return async (href) => {
    asked.push(href);
    const url = new URL(href);
    const bank = (url.pathname.match(/\/quizzes\/([^/]+)\/items\.json$/) || [])[1];
    const ids = bank && lists[bank];
    if (ids === undefined) return new Response("not found", { status: 404 });
    return new Response(typeof ids === "string" ? ids : JSON.stringify({ bank, version: url.searchParams.get("v"), items: ids }));
  };
}
const AT = new Date(2026, 10, 30, 12, 0).getTime();

function record(bank, due) {
  return { bank, lastAnswer: ["a"], lastCorrect: false, answeredAt: null, missedAt: null, inReview: true, streak: 0,
    schedule: { box: 1, last: due, due } };
}

function progressOf(items) {
  return normaliseProgress({ version: 2, banks: {}, items }).progress;
}

test("a page reads the item lists of just the banks the learner has records in; none with no records", async () => {
  const asked = [];
  const none = await loadSiteContents(bankList("a1"), progressOf({}), listServer(asked));
  assertEqual(asked, [], "a learner with nothing answered reads no list");
  assertEqual([...none.banks], ["basics", "chatting"]);
  const contents = await loadSiteContents(bankList("a1"), progressOf({ b1: record("basics", "2026-11-01") }), listServer(asked));
  assertEqual(asked, [SITE_URL + "quizzes/basics/items.json?v=a1"]);
  assertEqual([...contents.items], [["b1", "basics"], ["b2", "basics"]]);
  assert(existsOn(contents)("b2") && !existsOn(contents)("c1"), "only the lists read are known");
  assertEqual(await loadSiteContents([], progressOf({}), listServer(asked)), null, "a page without a bank list knows nothing");
  assert(existsOn(null)("anything"));
  assertEqual(parseBankList("{broken"), []);
});

test("a list read once is not asked for again (instant navigation keeps the module); one that failed is", async () => {
  const asked = [];
  const progress = progressOf({ b1: record("basics", "2026-11-01") });
  await loadSiteContents(bankList("a2"), progress, listServer(asked));
  await loadSiteContents(bankList("a2"), progress, listServer(asked));
  assertEqual(asked.length, 1);
  await loadSiteContents(bankList("a3"), progress, listServer(asked, {}));
  await loadSiteContents(bankList("a3"), progress, listServer(asked));
  assertEqual(asked.length, 3, "asked again after a 404");
});

test("items the site no longer has are never due: they neither fill 今日复习 nor count on the home page (#7)", async () => {
  const items = {};
  for (let n = 0; n < 20; n += 1) items["ghost-" + n] = record("removed-bank", "2026-11-01");
  items.b1 = record("basics", "2026-11-30");
  items.c1 = record("chatting", "2026-11-29");
  items.b9 = record("basics", "2026-11-28"); // removed from its bank since
  const progress = progressOf(items);
  const exists = existsOn(await loadSiteContents(bankList("a4"), progress, listServer()));
  assertEqual(todaysSession(progress, AT, exists), { ids: ["c1", "b1"], due: 2 });
  assertEqual(todaysSession(progress, AT).ids.length, 20, "without the filter the ghosts took every place");
  assertEqual(dueText(progress, {}, AT, exists), "今天有 2 题要复习。");
  assert(Object.keys(progress.items).length === 23, "the ghosts' records are kept");
});

test("the 错题本 asks only for banks the site has, and never for more than a bound (#14)", async () => {
  const items = {};
  const ids = [];
  for (let n = 0; n < 3000; n += 1) {
    items["x" + n] = record("bank-" + n, "2026-11-01");
    ids.push("x" + n);
  }
  items.b1 = record("old-name", "2026-11-01");
  ids.push("b1");
  const progress = progressOf(items);
  const asked = [];
  const contents = await loadSiteContents(bankList("a5"), progress, listServer(asked));
  assertEqual(asked.length, 2, "records no list places: every bank's list is read, once");
  assertEqual([...idsByBank(ids, progress, contents)], [["basics", ["b1"]]], "an item is fetched from the bank that has it now");
  assertEqual(idsByBank(ids, progress).size, MAX_BANK_FETCHES, "without a bank list, still bounded");
  const many = parseBankList(JSON.stringify(Array.from({ length: 300 }, (_, n) => ({ id: "bank-" + n, version: "a6" }))));
  const bounded = [];
  await loadSiteContents(many, progress, listServer(bounded, {}));
  assertEqual(bounded.length, MAX_LIST_FETCHES, "lists read for one page are bounded too");
});

test("a list that is missing or broken is not read at all: its bank's records count as still there", async () => {
  const progress = progressOf({ b1: record("basics", "2026-11-01"), c1: record("chatting", "2026-11-01"), b9: record("basics", "2026-11-01") });
  for (const [index, [served, note]] of [[undefined, "missing (404)"], ["{broken", "not JSON"], ['{"bank": "chatting", "items": ["b1"]}', "another bank's list"],
    ['{"bank": "basics", "items": ["b1", "<img src=x onerror=alert(1)>"]}', "an id that is not an id"], ['{"bank": "basics", "items": "b1"}', "no list"]].entries()) {
    const contents = await loadSiteContents(bankList("bb" + index), progress, listServer([], { ...LISTS, basics: served }));
    assertEqual(contents.unread, ["basics"], note);
    assertEqual([...contents.items].sort(), [["b1", "basics"], ["b9", "basics"], ["c1", "chatting"]], note);
  }
  const offline = await loadSiteContents(bankList("b7"), progress, async () => { throw new TypeError("Failed to fetch"); });
  assertEqual(offline.unread, ["basics", "chatting"], "offline, nothing kept: every record counts");
  assertEqual(parseItemList(JSON.stringify({ bank: "basics", items: Array(MAX_LIST_ITEMS + 1).fill("b1") }), "basics"), null, "too long");
  assertEqual(parseItemList('{"bank": "basics", "items": ["b1"]}', "basics"), ["b1"]);
});

test("a list is asked of this site only, under its path, by a bank id and version that are well formed", () => {
  const base = "https://org.github.io/sales-kb/";
  assertEqual(itemListUrl("basics", "0a1b", base).href, base + "quizzes/basics/items.json?v=0a1b");
  for (const [bank, version] of [["//evil.example", "0a"], ["../x", "0a"], ["basics", "0a&x=1"], ["basics", ""], ["Basics", "0a"]]) {
    assertEqual(itemListUrl(bank, version, base), null, bank + " " + version);
  }
});
