/*
 * A new hire's question as a search query (issue 30): pure functions, no DOM, no worker state.
 *
 * Used by kb-search.js, which runs in front of Material's search worker. A classic script, not an
 * ES module: Material starts its worker as a classic worker, which loads scripts with
 * importScripts. Everything is exported on self.KbSearchQuery (tests load it into a page).
 *
 * The pages are cut into words by jieba at build time; here the question is cut with the
 * browser's own Intl.Segmenter, then re-cut against the words the index holds, so both sides
 * speak the same words and no character the user typed is dropped.
 */
(function (scope) {
  "use strict";

  const HAN = /\p{sc=Han}/u;
  const LONGEST_WORD = 8;
  const SYNTAX = /[*^~:+\-"\\]/g;          // characters lunr's query syntax gives a meaning to

  /* Costs of the pieces a question is cut into: fewest pieces, known words rather than guesses */
  const COST = { known: 1, acrossSegments: 0.3, segment: 1.5, character: 2 };
  /* Weights of a question's words (lunr boosts are whole numbers) */
  const BOOST = { content: 10, contentChar: 3, synonym: 8, synonymChar: 2, part: 4, partChar: 1, filler: 1 };
  const COVERAGE_POWER = 3;               /* how strongly covering the whole question counts */

  /** The word lists of the index's config.kb: synonyms (word → page words) and filler words. */
  function readWords(kb) {
    const synonyms = new Map(Object.entries((kb && kb.synonyms) || {}));
    return { synonyms, filler: new Set((kb && kb.filler) || []) };
  }

  /** Words a question may be cut into: the index's Chinese terms, the synonyms' words, the filler words. */
  function knownWords(vocabulary, words) {
    const known = new Set();
    for (const term of vocabulary)
      if (HAN.test(term) && term.length <= LONGEST_WORD) known.add(term);
    for (const word of words.synonyms.keys()) known.add(word);
    for (const word of words.filler) known.add(word);
    return known;
  }

  /** Cuts a run of Chinese into words: fewest pieces, known words first, Intl's words for the rest. */
  function cutRun(run, bounds, known) {
    const n = run.length;
    const best = new Array(n + 1).fill(Infinity);
    const from = new Array(n + 1).fill(0);
    best[0] = 0;
    const consider = (i, j, cost) => {
      if (best[i] + cost < best[j]) { best[j] = best[i] + cost; from[j] = i; }
    };
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      for (let j = i + 1; j <= Math.min(n, i + LONGEST_WORD); j++)
        if (known.has(run.slice(i, j)))
          consider(i, j, COST.known + (bounds.has(i) && bounds.has(j) ? 0 : COST.acrossSegments));
      const next = [...bounds].filter(b => b > i).sort((a, b) => a - b)[0];
      if (bounds.has(i) && next !== undefined) consider(i, next, COST.segment);
      consider(i, i + 1, COST.character);
    }
    const words = [];
    for (let j = n; j > 0; j = from[j]) words.unshift(run.slice(from[j], j));
    return words;
  }

  /** Intl.Segmenter's words; without it (Firefox before 125), one segment per character or per Latin word. */
  function segments(text) {
    if (typeof Intl.Segmenter === "function")
      return new Intl.Segmenter("zh", { granularity: "word" }).segment(text);
    return (text.match(/\p{sc=Han}|(?:(?!\p{sc=Han})[\p{L}\p{N}])+|[^\p{L}\p{N}]+/gu) || [])
      .map(segment => ({ segment, isWordLike: /[\p{L}\p{N}]/u.test(segment) }));
  }

  /** The question's words in order: every character of every word the user typed is in one of them. */
  function cutQuestion(question, known) {
    const words = [];
    let run = "", bounds = new Set([0]);
    const flush = () => {
      if (run) words.push(...cutRun(run, bounds, known));
      run = ""; bounds = new Set([0]);
    };
    for (const { segment, isWordLike } of segments(question.normalize("NFKC").toLowerCase().replace(SYNTAX, " "))) {
      if (isWordLike && HAN.test(segment)) {
        run += segment;
        bounds.add(run.length);
      } else {
        flush();
        if (isWordLike) words.push(segment);
      }
    }
    flush();
    return words;
  }

  /** One query clause: a term, whether longer words starting with it count, and its weight. */
  function clause(term, boost, wildcard = true) {
    return { term, boost, wildcard };
  }

  /** Clauses for a word the index does not hold: its parts that it does hold (冷场 → 冷, 场). */
  function partClauses(word, vocabulary) {
    return cutRun(word, new Set(), vocabulary)
      .filter(part => part !== word)
      .map(part => clause(part, part.length > 1 ? BOOST.part : BOOST.partChar));
  }

  /** Runs of single Chinese characters the question has side by side (不, 回 → 不回), word → run. */
  function phrases(cut, isContent) {
    const runs = new Map();
    let run = [];
    const flush = () => {
      if (run.length > 1) for (const word of run) runs.set(word, run.join(""));
      run = [];
    };
    for (const word of cut)
      if (HAN.test(word) && word.length === 1 && isContent(word)) run.push(word);
      else flush();
    flush();
    return runs;
  }

  /**
   * What each word of the question asks for: a concept is a word the user typed, the words that
   * may stand for it on a page (itself and its synonyms), and the query clauses that find them.
   * A single character typed next to others (不 回) also remembers their run, so a page holding
   * the run shows it found and highlighted as one word.
   */
  function concepts(question, words, known, vocabulary) {
    const cut = cutQuestion(question, known);
    const allFiller = cut.every(word => words.filler.has(word));
    const isFiller = word => !allFiller && words.filler.has(word);
    const runs = phrases(cut, word => !isFiller(word));
    return [...new Set(cut)].map(word => {
      if (isFiller(word)) return { word, filler: true, variants: [word], clauses: [clause(word, BOOST.filler, false)] };
      const single = HAN.test(word) && word.length === 1;
      const clauses = [clause(word, single ? BOOST.contentChar : BOOST.content)];
      const targets = words.synonyms.get(word) || [];
      if (HAN.test(word) && !vocabulary.has(word) && !targets.length) clauses.push(...partClauses(word, vocabulary));
      for (const target of targets)
        for (const part of cutQuestion(target, known))
          if (!words.filler.has(part))
            clauses.push(clause(part, part.length > 1 ? BOOST.synonym : BOOST.synonymChar));
      const concept = { word, filler: false, variants: [word, ...targets], clauses };
      return runs.has(word) ? { ...concept, phrase: runs.get(word) } : concept;
    });
  }

  /** The lunr query string of the concepts (Material keeps terms that carry a boost as they are). */
  function lunrQuery(list) {
    const strongest = new Map();
    for (const { term, boost, wildcard } of list.flatMap(concept => concept.clauses)) {
      const key = term + (wildcard ? "*" : "");
      strongest.set(key, Math.max(boost, strongest.get(key) || 0));
    }
    return [...strongest].map(([key, boost]) => `${key}^${boost}`).join(" ");
  }

  /** A search document's words as plain text: no markup, no jieba word breaks, lower case. */
  function plainText(html) {
    return String(html || "").replace(/<[^>]*>/g, "").replace(/\u200b/g, "").toLowerCase();
  }

  /**
   * The terms Material shows for a result: a word the text holds (as typed or as a synonym) is
   * marked found under the form the page uses, so the page highlights it; one it lacks is
   * missing. Filler words are neither; nor is a character of a run the text does not hold as a
   * run (不 and 回 of 不回 scattered over a page are no answer, and marking them would light up
   * every 不 on the page).
   */
  function resultTerms(list, text) {
    const terms = {};
    for (const concept of list) {
      if (concept.filler) continue;
      const found = concept.variants.find(variant => text.includes(variant));
      if (concept.phrase && text.includes(concept.phrase)) terms[concept.phrase] = true;
      else if (found && !concept.phrase) terms[found] = true;
      else if (!found && !(concept.word in terms)) terms[concept.word] = false;
    }
    return terms;
  }

  /** Material's own post-query factor, so it can be taken out again (its worker's Search.search). */
  function materialFactor(item) {
    const values = Object.values(item.terms || {});
    const share = values.length ? values.filter(Boolean).length / values.length : 0;
    return 1 + ((item.parent ? 0 : 1) + share) ** 2;
  }

  /** Whether a text holds a concept, as the user's word or as one of its synonyms. */
  function holds(text, concept) {
    return concept.variants.some(variant => text.includes(variant));
  }

  /** Each content concept's weight: rarer words say more about what the question asks (idf). */
  function weights(list, texts) {
    const all = [...texts.values()];
    return new Map(list.filter(concept => !concept.filler).map(concept => {
      const count = all.filter(text => holds(text, concept)).length;
      return [concept, Math.log(1 + all.length / (1 + count))];
    }));
  }

  /** How much of the question's content a text answers, 0 to 1, each word by its weight. */
  function coverage(weighted, text) {
    let found = 0, total = 0;
    for (const [concept, weight] of weighted) {
      total += weight;
      if (holds(text, concept)) found += weight;
    }
    return total ? found / total : 0;
  }

  /**
   * Material's result groups (one per page), re-scored: lunr's score times how much of the
   * question the section covers. A section that answers beats the page's opening (Material adds
   * a bonus to every page opening) and beats a heading sharing one word. Sorted best first,
   * within a page and between pages; terms rewritten by resultTerms.
   */
  function rerank(groups, list, texts) {
    const weighted = weights(list, texts);
    const scored = groups.map(group => group.map(item => {
      const text = texts.get(item.location) || "";
      const lunrScore = item.score > 0 ? item.score / materialFactor(item) : 0;
      return { ...item, score: lunrScore * (1 + coverage(weighted, text)) ** COVERAGE_POWER, terms: resultTerms(list, text) };
    }).sort((a, b) => b.score - a.score));
    return scored.sort((a, b) => b[0].score - a[0].score);
  }

  scope.KbSearchQuery = {
    readWords, knownWords, cutQuestion, concepts, lunrQuery, plainText, resultTerms, rerank
  };
})(self);
