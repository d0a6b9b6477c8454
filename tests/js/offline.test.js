/* Registering the offline worker: what the first page asks it to keep, and when it is wanted. */

import { offlineWanted, searchIndexUrl, searchWorkerUrls, usedUrls } from "../assets/kb/offline.js";
import { assertEqual, test } from "./harness.js";

const BASE = "https://org.github.io/sales-kb/";

test("the page itself (no query, no fragment) and the sitemap come first", () => {
  assertEqual(usedUrls(BASE + "topics/a/?print=answers#part", [], BASE), [BASE + "topics/a/", BASE + "sitemap.xml"]);
});

test("only this site's files are kept: not another host, not another site on the origin", () => {
  const resources = [
    BASE + "assets/kb/quiz.js",
    BASE + "assets/kb/quiz.js",
    "https://org.github.io/other-kb/assets/kb/quiz.js",
    "https://cdn.example.com/x.js",
    BASE + "search/search_index.json#x",
  ];
  assertEqual(usedUrls(BASE, resources, BASE), [BASE, BASE + "sitemap.xml", BASE + "assets/kb/quiz.js", BASE + "search/search_index.json"]);
});

test("the search worker's scripts come from Material's config", () => {
  const config = JSON.stringify({ search: "../../assets/javascripts/workers/kb-search.js?material=search.a7633da7.min.js" });
  const workers = BASE + "assets/javascripts/workers/";
  assertEqual(searchWorkerUrls(config, BASE + "topics/a/"), [
    workers + "kb-search.js?material=search.a7633da7.min.js",
    workers + "search.a7633da7.min.js",
    workers + "kb-search-query.js",
  ]);
  assertEqual(searchWorkerUrls("not json", BASE), []);
});

test("the search index, which a page fetches only once search is used, is kept where the page has search", () => {
  const page = (html) => new DOMParser().parseFromString(html, "text/html");
  assertEqual(searchIndexUrl(page('<form name="search"></form>'), BASE), [BASE + "search/search_index.json"]);
  assertEqual(searchIndexUrl(page("<p>no search</p>"), BASE), []);
});

test("offline reading is on unless the page says off", () => {
  const page = (content) => new DOMParser().parseFromString(content === null ? "<p>" : `<meta name="kb-offline" content="${content}">`, "text/html");
  assertEqual(offlineWanted(page("on")), true);
  assertEqual(offlineWanted(page(null)), true);
  assertEqual(offlineWanted(page("off")), false);
});
