/*
 * Material's search worker with our question handling in front of it (issue 30).
 *
 * Material 9 has no setting for custom search transforms. Its page script starts the worker
 * from the URL in #__config; overrides/main.html points that URL here and names Material's own
 * worker (same folder) in ?material=. This script loads that worker, keeps its message listener,
 * and talks to it with the same messages the page does (SETUP, QUERY → RESULT), so Material's
 * search box, result list, previews, keyboard and highlighting stay Material's.
 *
 * - QUERY: the question is cut into the index's words (KbSearchQuery.concepts) and sent as a
 *   weighted lunr query.
 * - RESULT: re-scored by how much of the question a section answers; each result's found and
 *   missing words computed from its text.
 * - The index's terms are hidden from the `in` lookups of Material's experimental Chinese
 *   segmenter, which would re-cut our words and drop their last character.
 *
 * The page starts this worker as it loads, but sends nothing until the learner reaches for search
 * (overrides/main.html holds the index until then); so Material's worker and our query code are
 * loaded with the first message, not with every page (issue 32).
 */
"use strict";

const SETUP = 0, QUERY = 2, RESULT = 3;   /* Material's SearchMessageType */
const MATERIAL_WORKER = /^search\.[0-9a-f]+\.min\.js$/;

const state = {
  words: null,
  vocabulary: new Set(),
  known: new Set(),
  texts: new Map(),
  asked: []                               /* concepts of each query sent on, oldest first */
};

/** Material's worker's file name, from our own URL (a name in this folder only). */
function materialWorker() {
  const name = new URL(self.location.href).searchParams.get("material") || "";
  if (!MATERIAL_WORKER.test(name)) throw new Error(`kb-search: not a Material search worker: ${name}`);
  return name;
}

/** Loads Material's worker and returns its message listener instead of letting it listen. */
function loadMaterial() {
  const listeners = [];
  const listen = self.addEventListener;
  self.addEventListener = (type, listener, options) =>
    type === "message" ? listeners.push(listener) : listen.call(self, type, listener, options);
  try {
    importScripts(materialWorker());
  } finally {
    self.addEventListener = listen;
  }
  return listeners[0];
}

/** Keeps the index's words, and hides them from `in` (only Material's segmenter asks that way). */
function watchIndexBuild(lunr) {
  const build = lunr.Builder.prototype.build;
  lunr.Builder.prototype.build = function () {
    const index = build.call(this);
    state.vocabulary = new Set(Object.keys(index.invertedIndex));
    state.known = KbSearchQuery.knownWords(state.vocabulary, state.words);
    index.invertedIndex = new Proxy(index.invertedIndex, { has: () => false });
    return index;
  };
}

/** Our part of a message from the page, before Material's worker sees it. */
function before(message) {
  if (message.type === SETUP) {
    state.words = KbSearchQuery.readWords(message.data.config.kb);
    state.texts = new Map(message.data.docs.map(doc =>
      [doc.location, KbSearchQuery.plainText(`${doc.title} ${doc.text}`)]));
  }
  if (message.type === QUERY) {
    const asked = KbSearchQuery.concepts(message.data, state.words, state.known, state.vocabulary);
    state.asked.push(asked);
    return { ...message, data: asked.length ? KbSearchQuery.lunrQuery(asked) : message.data };
  }
  return message;
}

/** Our part of a message from Material's worker, before the page sees it. */
function after(message) {
  if (message.type !== RESULT) return message;
  const asked = state.asked.shift() || [];
  return { ...message, data: { ...message.data, items: KbSearchQuery.rerank(message.data.items, asked, state.texts) } };
}

/** ``step(message)``, or the message as it is if our part fails: search keeps working as Material's. */
function safely(step, message) {
  try {
    return step(message);
  } catch (error) {
    console.warn("kb-search: passing the message on unchanged", error);
    return message;
  }
}

/** Material's worker's listener, loading it and our query code the first time. */
let material = null;
function started() {
  if (material) return material;
  importScripts("kb-search-query.js");
  state.words = KbSearchQuery.readWords(null);
  material = loadMaterial();
  watchIndexBuild(self.lunr);
  return material;
}

const post = self.postMessage.bind(self);
self.postMessage = message => post(safely(after, message));
self.addEventListener("message", event => started()({ data: safely(before, event.data) }));
