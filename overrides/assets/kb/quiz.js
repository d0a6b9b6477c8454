/* Self-check quizzes: grading, feedback and progress kept in localStorage.
 * Reads everything from the page (data attributes and an escaped JSON answer key);
 * never inserts trainer-written HTML: it only shows or hides what the build rendered. */
(function () {
  "use strict";

  var STORAGE_KEY = "kb-quiz-progress";
  var STORAGE_VERSION = 1;

  /* ---- progress storage: versioned, defensive ---------------------------------------- */

  function emptyProgress() {
    return { version: STORAGE_VERSION, banks: {}, items: {} };
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function isKeyList(value) {
    return Array.isArray(value) && value.every(function (key) { return typeof key === "string"; });
  }

  function cleanBank(bank) {
    if (!isObject(bank)) return null;
    var current = isObject(bank.current) ? bank.current : {};
    var answers = {};
    var checked = {};
    Object.keys(isObject(current.answers) ? current.answers : {}).forEach(function (id) {
      if (isKeyList(current.answers[id])) answers[id] = current.answers[id];
    });
    Object.keys(isObject(current.checked) ? current.checked : {}).forEach(function (id) {
      if (current.checked[id] === true) checked[id] = true;
    });
    return {
      total: Number.isInteger(bank.total) ? bank.total : 0,
      bestCorrect: Number.isInteger(bank.bestCorrect) ? bank.bestCorrect : null,
      lastCorrect: Number.isInteger(bank.lastCorrect) ? bank.lastCorrect : null,
      lastAttemptAt: typeof bank.lastAttemptAt === "string" ? bank.lastAttemptAt : null,
      attempts: Number.isInteger(bank.attempts) ? bank.attempts : 0,
      current: { answers: answers, checked: checked, finished: current.finished === true }
    };
  }

  function cleanItem(item) {
    if (!isObject(item) || typeof item.bank !== "string" || !isKeyList(item.lastAnswer)) return null;
    return {
      bank: item.bank,
      lastAnswer: item.lastAnswer,
      lastCorrect: item.lastCorrect === true,
      answeredAt: typeof item.answeredAt === "string" ? item.answeredAt : null,
      missedAt: typeof item.missedAt === "string" ? item.missedAt : null,
      inReview: item.inReview === true,
      streak: Number.isInteger(item.streak) ? item.streak : 0
    };
  }

  /* How to bring stored data of an older format version up to date: MIGRATIONS[n] turns
   * version n into version n + 1. Version 1 is the first format, so there is none yet. */
  var MIGRATIONS = {};

  function migrate(data) {
    while (isObject(data) && Number.isInteger(data.version) && data.version < STORAGE_VERSION && MIGRATIONS[data.version]) {
      data = MIGRATIONS[data.version](data);
    }
    return data;
  }

  /* Turns stored data of any age into the current shape; anything unrecognised is dropped. */
  function normaliseProgress(data) {
    data = migrate(data);
    if (!isObject(data) || data.version !== STORAGE_VERSION) return emptyProgress();
    var progress = emptyProgress();
    Object.keys(isObject(data.banks) ? data.banks : {}).forEach(function (id) {
      var bank = cleanBank(data.banks[id]);
      if (bank) progress.banks[id] = bank;
    });
    Object.keys(isObject(data.items) ? data.items : {}).forEach(function (id) {
      var item = cleanItem(data.items[id]);
      if (item) progress.items[id] = item;
    });
    return progress;
  }

  function readProgress() {
    try {
      return normaliseProgress(JSON.parse(window.localStorage.getItem(STORAGE_KEY)));
    } catch (error) {
      return emptyProgress();
    }
  }

  function writeProgress(progress) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
    } catch (error) {
      /* storage full or disabled: the quiz still works for this visit */
    }
  }

  function bankProgress(progress, bankId, total) {
    var bank = progress.banks[bankId] || cleanBank({});
    bank.total = total;
    progress.banks[bankId] = bank;
    return bank;
  }

  /* ---- grading: pure functions over keys ----------------------------------------------- */

  function sameKeys(chosen, correct) {
    return chosen.length === correct.length && correct.every(function (key) { return chosen.indexOf(key) !== -1; });
  }

  function recordAnswer(progress, bankId, itemId, chosen, correct) {
    var now = new Date().toISOString();
    var item = progress.items[itemId] || cleanItem({ bank: bankId, lastAnswer: [] });
    item.bank = bankId;
    item.lastAnswer = chosen;
    item.lastCorrect = correct;
    item.answeredAt = now;
    if (correct) {
      item.streak += 1;
      if (item.streak >= 2) item.inReview = false;
    } else {
      item.streak = 0;
      item.inReview = true;
      item.missedAt = now;
    }
    progress.items[itemId] = item;
  }

  /* ---- one quiz on the page ------------------------------------------------------------ */

  function readAnswerKey(root) {
    try {
      var key = JSON.parse(root.getAttribute("data-kb-answer-key"));
      return isObject(key) && isObject(key.items) ? key : null;
    } catch (error) {
      return null;
    }
  }

  function itemElements(root) {
    return Array.prototype.slice.call(root.querySelectorAll("[data-kb-item]"));
  }

  function chosenKeys(itemElement) {
    return Array.prototype.slice.call(itemElement.querySelectorAll("input:checked")).map(function (input) {
      return input.value;
    });
  }

  function optionText(itemElement, key) {
    var option = itemElement.querySelector('[data-kb-option="' + key + '"] .kb-quiz__option-text');
    return option ? option.textContent.trim() : key;
  }

  function shuffleOptions(itemElement) {
    var container = itemElement.querySelector(".kb-quiz__options");
    var options = Array.prototype.slice.call(container.children);
    for (var i = options.length - 1; i > 0; i -= 1) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = options[i];
      options[i] = options[j];
      options[j] = swap;
    }
    options.forEach(function (option) { container.appendChild(option); });
  }

  function clearItem(itemElement) {
    itemElement.classList.remove("is-correct", "is-wrong");
    itemElement.querySelectorAll("input").forEach(function (input) {
      input.checked = false;
      input.disabled = false;
    });
    itemElement.querySelectorAll("[data-kb-option]").forEach(function (option) {
      option.classList.remove("is-chosen", "is-answer");
    });
    itemElement.querySelectorAll("[data-kb-option-feedback]").forEach(function (feedback) { feedback.hidden = true; });
    itemElement.querySelector("[data-kb-feedback]").hidden = true;
    itemElement.querySelector("[data-kb-action=check]").disabled = false;
  }

  function showItemResult(itemElement, chosen, correctKeys) {
    var correct = sameKeys(chosen, correctKeys);
    itemElement.classList.toggle("is-correct", correct);
    itemElement.classList.toggle("is-wrong", !correct);
    itemElement.querySelectorAll("[data-kb-option]").forEach(function (option) {
      var key = option.getAttribute("data-kb-option");
      option.classList.toggle("is-chosen", chosen.indexOf(key) !== -1);
      option.classList.toggle("is-answer", correctKeys.indexOf(key) !== -1);
      option.querySelector("input").checked = chosen.indexOf(key) !== -1;
      option.querySelector("input").disabled = true;
    });
    itemElement.querySelectorAll("[data-kb-option-feedback]").forEach(function (feedback) {
      feedback.hidden = chosen.indexOf(feedback.getAttribute("data-kb-option-feedback")) === -1;
    });
    var answerTexts = correctKeys.map(function (key) { return "“" + optionText(itemElement, key) + "”"; }).join("、");
    var verdict = correct ? "回答正确。" : chosen.length ? "回答错误。正确答案：" + answerTexts + "。" : "未作答。正确答案：" + answerTexts + "。";
    itemElement.querySelector("[data-kb-verdict]").textContent = verdict;
    itemElement.querySelector("[data-kb-feedback]").hidden = false;
    itemElement.querySelector("[data-kb-action=check]").disabled = true;
    return correct;
  }

  function itemNumber(itemElement) {
    var number = itemElement.querySelector(".kb-quiz__number");
    return number ? number.textContent.split("·")[0].trim() : "";
  }

  function missedListItem(itemElement) {
    var entry = document.createElement("li");
    var link = document.createElement("a");
    var cite = itemElement.querySelector("[data-kb-cite]");
    link.href = cite.getAttribute("href");
    link.textContent = cite.textContent;
    var question = document.createElement("a");
    question.href = "#" + itemElement.id;
    question.textContent = itemNumber(itemElement) + "：" + itemElement.querySelector(".kb-quiz__question-text").textContent.trim();
    entry.appendChild(question);
    entry.appendChild(document.createTextNode(" — "));
    entry.appendChild(link);
    return entry;
  }

  function renderResult(quiz, bank) {
    var result = quiz.root.querySelector("[data-kb-result]");
    var total = quiz.items.length;
    var correct = quiz.items.filter(function (element) { return element.classList.contains("is-correct"); }).length;
    var missed = quiz.items.filter(function (element) { return !element.classList.contains("is-correct"); });
    result.textContent = "";
    var score = document.createElement("p");
    score.className = "kb-quiz__score";
    score.textContent = "得分：" + correct + " / " + total + "（" + Math.round((100 * correct) / total) + "%）";
    if (bank.bestCorrect !== null) score.textContent += "。最好成绩：" + bank.bestCorrect + " / " + total + "。";
    result.appendChild(score);
    if (missed.length) {
      var heading = document.createElement("p");
      heading.textContent = "没答对的题（点链接回到讲它的小节）：";
      var list = document.createElement("ul");
      list.className = "kb-quiz__missed";
      missed.forEach(function (element) { list.appendChild(missedListItem(element)); });
      result.appendChild(heading);
      result.appendChild(list);
    } else {
      var perfect = document.createElement("p");
      perfect.textContent = "全部答对！";
      result.appendChild(perfect);
    }
    result.hidden = false;
    return score.textContent;
  }

  function announce(quiz, message) {
    var region = quiz.root.querySelector("[data-kb-announce]");
    region.textContent = "";
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  function finishIfComplete(quiz, progress, bank) {
    var allChecked = quiz.items.every(function (element) { return bank.current.checked[element.getAttribute("data-kb-item")]; });
    if (!allChecked) return null;
    if (!bank.current.finished) {
      var correct = quiz.items.filter(function (element) { return element.classList.contains("is-correct"); }).length;
      bank.current.finished = true;
      bank.attempts += 1;
      bank.lastCorrect = correct;
      bank.lastAttemptAt = new Date().toISOString();
      bank.bestCorrect = bank.bestCorrect === null ? correct : Math.max(bank.bestCorrect, correct);
    }
    return renderResult(quiz, bank);
  }

  /* Grades one item into `progress` (read once by the caller, written once by the caller). */
  function checkItem(quiz, itemElement, options, progress) {
    var id = itemElement.getAttribute("data-kb-item");
    var chosen = chosenKeys(itemElement);
    if (!chosen.length && !options.allowEmpty) {
      itemElement.querySelector("[data-kb-verdict]").textContent = "请先选择答案。";
      itemElement.querySelector("[data-kb-feedback]").hidden = true;
      announce(quiz, itemNumber(itemElement) + "：请先选择答案。");
      return null;
    }
    var correct = showItemResult(itemElement, chosen, quiz.key.items[id].correct);
    if (chosen.length) recordAnswer(progress, itemElement.getAttribute("data-kb-bank"), id, chosen, correct);
    var summary = null;
    if (!quiz.review) {
      var bank = bankProgress(progress, quiz.key.bank, quiz.items.length);
      bank.current.answers[id] = chosen;
      bank.current.checked[id] = true;
      summary = finishIfComplete(quiz, progress, bank);
    }
    return { correct: correct, summary: summary, streak: progress.items[id] ? progress.items[id].streak : 0 };
  }

  function onCheck(quiz, itemElement) {
    var progress = readProgress();
    var outcome = checkItem(quiz, itemElement, { allowEmpty: false }, progress);
    if (!outcome) return;
    writeProgress(progress);
    var message = itemNumber(itemElement) + "：" + (outcome.correct ? "回答正确。" : "回答错误。");
    if (quiz.review && outcome.correct) {
      var note = outcome.streak >= 2 ? "已连续答对两次，这道题移出错题本。" : "再答对一次就移出错题本。";
      itemElement.querySelector("[data-kb-verdict]").textContent += note;
      message += note;
    }
    announce(quiz, outcome.summary ? message + outcome.summary : message);
  }

  function onSubmitAll(quiz) {
    var summary = null;
    var progress = readProgress();
    quiz.items.forEach(function (element) {
      if (element.querySelector("[data-kb-action=check]").disabled) return;
      var outcome = checkItem(quiz, element, { allowEmpty: true }, progress);
      if (outcome && outcome.summary) summary = outcome.summary;
    });
    writeProgress(progress);
    var result = quiz.root.querySelector("[data-kb-result]");
    if (summary) announce(quiz, summary);
    if (!result.hidden) result.focus();
  }

  function onReset(quiz) {
    var progress = readProgress();
    var bank = bankProgress(progress, quiz.key.bank, quiz.items.length);
    bank.current = { answers: {}, checked: {}, finished: false };
    writeProgress(progress);
    quiz.items.forEach(function (element) {
      clearItem(element);
      if (quiz.shuffle) shuffleOptions(element);
    });
    var result = quiz.root.querySelector("[data-kb-result]");
    result.hidden = true;
    result.textContent = "";
    announce(quiz, "已清空本次作答，可以重新开始。");
    var first = quiz.root.querySelector("input");
    if (first) first.focus();
  }

  function restore(quiz) {
    var progress = readProgress();
    var bank = progress.banks[quiz.key.bank];
    if (!bank) return;
    quiz.items.forEach(function (element) {
      var id = element.getAttribute("data-kb-item");
      var answer = bank.current.answers[id];
      if (!answer || !quiz.key.items[id]) return;
      if (bank.current.checked[id]) {
        showItemResult(element, answer.filter(function (key) { return element.querySelector('[data-kb-option="' + key + '"]'); }), quiz.key.items[id].correct);
      } else {
        element.querySelectorAll("input").forEach(function (input) { input.checked = answer.indexOf(input.value) !== -1; });
      }
    });
    if (bank.current.finished) renderResult(quiz, bank);
  }

  function rememberSelection(quiz, input) {
    if (quiz.review) return;
    var itemElement = input.closest("[data-kb-item]");
    var progress = readProgress();
    var bank = bankProgress(progress, quiz.key.bank, quiz.items.length);
    bank.current.answers[itemElement.getAttribute("data-kb-item")] = chosenKeys(itemElement);
    writeProgress(progress);
  }

  /* The trainer's print view: every item shows its answer key, feedback and explanation. */
  function showAnswerKey(quiz) {
    quiz.root.classList.add("kb-quiz--answer-key");
    quiz.items.forEach(function (element) {
      var correct = quiz.key.items[element.getAttribute("data-kb-item")].correct;
      showItemResult(element, correct, correct);
      element.querySelectorAll("[data-kb-option-feedback]").forEach(function (feedback) { feedback.hidden = false; });
    });
  }

  function mountQuiz(root) {
    if (root.getAttribute("data-kb-ready") === "true") return;
    var key = readAnswerKey(root);
    if (!key) return;
    root.setAttribute("data-kb-ready", "true");
    var quiz = { root: root, key: key, items: itemElements(root), review: root.hasAttribute("data-kb-review"),
      shuffle: root.getAttribute("data-kb-shuffle") === "true" };
    if (quiz.review) mountReview(quiz);
    else if (/[?&]print=answers\b/.test(window.location.search)) showAnswerKey(quiz);
    else {
      if (quiz.shuffle) quiz.items.forEach(shuffleOptions);
      restore(quiz);
    }
    root.addEventListener("click", function (event) {
      var button = event.target.closest("[data-kb-action]");
      if (!button || !root.contains(button)) return;
      var action = button.getAttribute("data-kb-action");
      if (action === "check") onCheck(quiz, button.closest("[data-kb-item]"));
      else if (action === "submit-all") onSubmitAll(quiz);
      else if (action === "reset") onReset(quiz);
      else if (action === "practice") startPractice(quiz);
      else if (action === "end-practice") showReviewList(quiz);
    });
    root.addEventListener("change", function (event) {
      if (event.target.matches("input")) rememberSelection(quiz, event.target);
    });
  }

  /* ---- 错题本: the missed items of all banks, newest first, grouped by topic ---------- */

  function missedItems(progress) {
    return Object.keys(progress.items)
      .filter(function (id) { return progress.items[id].inReview; })
      .sort(function (a, b) { return (progress.items[b].missedAt || "").localeCompare(progress.items[a].missedAt || ""); });
  }

  function formatDate(iso) {
    var date = new Date(iso);
    return isNaN(date) ? "" : date.getFullYear() + "-" + ("0" + (date.getMonth() + 1)).slice(-2) + "-" + ("0" + date.getDate()).slice(-2);
  }

  function orderReview(quiz, missed) {
    var groups = Array.prototype.slice.call(quiz.root.querySelectorAll("[data-kb-review-group]"));
    groups.forEach(function (group) {
      var list = group.querySelector("ol");
      var shown = missed.map(function (id) { return list.querySelector('[data-kb-item="' + id + '"]'); }).filter(Boolean);
      quiz.items.forEach(function (element) { if (list.contains(element)) element.hidden = shown.indexOf(element) === -1; });
      shown.forEach(function (element) { list.appendChild(element); });
      group.hidden = shown.length === 0;
      group.setAttribute("data-kb-newest", shown.length ? String(missed.indexOf(shown[0].getAttribute("data-kb-item"))) : "9999");
    });
    groups.sort(function (a, b) { return Number(a.getAttribute("data-kb-newest")) - Number(b.getAttribute("data-kb-newest")); });
    var anchor = quiz.root.querySelector("[data-kb-announce]");
    groups.forEach(function (group) { quiz.root.insertBefore(group, anchor); });
  }

  function showReviewList(quiz) {
    var progress = readProgress();
    var missed = missedItems(progress).filter(function (id) { return quiz.key.items[id]; });
    orderReview(quiz, missed);
    quiz.root.querySelector("[data-kb-review-empty]").hidden = missed.length > 0;
    quiz.root.querySelector("[data-kb-review-toolbar]").hidden = missed.length === 0;
    quiz.root.querySelector("[data-kb-review-count]").textContent = "错题本里有 " + missed.length + " 道题（最近答错的在前）。";
    quiz.root.classList.remove("is-practising");
    quiz.root.querySelector("[data-kb-action=practice]").hidden = false;
    quiz.root.querySelector("[data-kb-action=end-practice]").hidden = true;
    missed.forEach(function (id) {
      var element = quiz.root.querySelector('[data-kb-item="' + id + '"]');
      var record = progress.items[id];
      clearItem(element);
      showItemResult(element, record.lastAnswer, quiz.key.items[id].correct);
      element.querySelector("[data-kb-verdict]").textContent =
        (record.lastCorrect ? "上次答对了，再答对一次就移出。" : "上次答错（" + formatDate(record.missedAt) + "）。") +
        " 你上次的答案：" + (record.lastAnswer.map(function (key) { return "“" + optionText(element, key) + "”"; }).join("、") || "未作答") +
        "。正确答案：" + quiz.key.items[id].correct.map(function (key) { return "“" + optionText(element, key) + "”"; }).join("、") + "。";
    });
  }

  function startPractice(quiz) {
    quiz.items.forEach(function (element) { if (!element.hidden) clearItem(element); });
    quiz.root.classList.add("is-practising");
    quiz.root.querySelector("[data-kb-action=practice]").hidden = true;
    quiz.root.querySelector("[data-kb-action=end-practice]").hidden = false;
    announce(quiz, "练习开始：逐题作答并提交。");
    var first = quiz.root.querySelector("[data-kb-item]:not([hidden]) input");
    if (first) first.focus();
  }

  function mountReview(quiz) {
    showReviewList(quiz);
  }

  /* ---- progress overview: full table on the quiz index, compact box on the home page -- */

  function readBanks(root) {
    try {
      var banks = JSON.parse(root.getAttribute("data-kb-banks"));
      return Array.isArray(banks) ? banks : [];
    } catch (error) {
      return [];
    }
  }

  function bankFigures(progress, bank) {
    var stored = progress.banks[bank.id];
    var attempted = Object.keys(progress.items).filter(function (id) { return progress.items[id].bank === bank.id; }).length;
    return {
      attempted: Math.min(attempted, bank.total),
      best: stored && stored.bestCorrect !== null ? stored.bestCorrect : null,
      last: stored && stored.lastAttemptAt ? formatDate(stored.lastAttemptAt) : null
    };
  }

  function overallText(progress, banks) {
    var total = 0;
    var attempted = 0;
    var finished = 0;
    banks.forEach(function (bank) {
      var figures = bankFigures(progress, bank);
      total += bank.total;
      attempted += figures.attempted;
      if (figures.best !== null) finished += 1;
    });
    var missed = missedItems(progress).length;
    if (!attempted) return null;
    return "总进度：做过 " + attempted + " / " + total + " 道题，完成 " + finished + " / " + banks.length + " 套题，错题本里有 " + missed + " 道题。";
  }

  function fillBankRow(row, figures, bank) {
    row.querySelector("[data-kb-cell=attempted]").textContent = figures.attempted + " / " + bank.total;
    row.querySelector("[data-kb-cell=best]").textContent = figures.best === null ? "—" : figures.best + " / " + bank.total;
    row.querySelector("[data-kb-cell=last]").textContent = figures.last || "—";
  }

  function renderCompactProgress(root, progress, banks, text) {
    root.textContent = "";
    root.hidden = !text;
    if (!text) return;
    var summary = document.createElement("p");
    summary.textContent = text + " ";
    var review = document.createElement("a");
    review.href = root.getAttribute("data-kb-review-href");
    review.textContent = "打开错题本";
    summary.appendChild(review);
    root.appendChild(summary);
    var list = document.createElement("ul");
    banks.forEach(function (bank) {
      var figures = bankFigures(progress, bank);
      if (!figures.attempted) return;
      var entry = document.createElement("li");
      var link = document.createElement("a");
      link.href = bank.href;
      link.textContent = bank.title;
      entry.appendChild(link);
      entry.appendChild(document.createTextNode("：做过 " + figures.attempted + " / " + bank.total +
        (figures.best === null ? "" : "，最好成绩 " + figures.best + " / " + bank.total) + (figures.last ? "，上次 " + figures.last : "")));
      list.appendChild(entry);
    });
    root.appendChild(list);
  }

  function renderProgress(root) {
    var progress = readProgress();
    var banks = readBanks(root);
    var text = overallText(progress, banks);
    if (root.getAttribute("data-kb-progress") === "compact") {
      renderCompactProgress(root, progress, banks, text);
      return;
    }
    root.querySelector("[data-kb-progress-overall]").textContent = text || "还没有做题记录。";
    banks.forEach(function (bank) {
      var row = root.querySelector('[data-kb-bank-row="' + bank.id + '"]');
      if (row) fillBankRow(row, bankFigures(progress, bank), bank);
    });
  }

  /* ---- own your data: export, import, reset ----------------------------------------- */

  function exportProgress() {
    var progress = readProgress();
    var data = { app: "sales-kb-progress", version: STORAGE_VERSION, exportedAt: new Date().toISOString(), banks: progress.banks, items: progress.items };
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    link.download = "销售知识库-做题进度-" + formatDate(data.exportedAt) + ".json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /* Returns the progress in an import file, or a message saying why it cannot be used. */
  function parseImport(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { error: "导入失败：这不是有效的 JSON 文件。进度没有改变。" };
    }
    if (!isObject(data) || data.app !== "sales-kb-progress" || !Number.isInteger(data.version)) {
      return { error: "导入失败：这不是本知识库导出的进度文件。进度没有改变。" };
    }
    if (data.version > STORAGE_VERSION) {
      return { error: "导入失败：文件来自更新版本的知识库，请先更新页面。进度没有改变。" };
    }
    if (!isObject(data.banks) || !isObject(data.items)) {
      return { error: "导入失败：文件内容不完整。进度没有改变。" };
    }
    return { progress: normaliseProgress(data) };
  }

  function importProgress(input, tools) {
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var parsed = parseImport(String(reader.result));
      if (parsed.error) {
        showDataMessage(tools, parsed.error);
      } else {
        writeProgress(parsed.progress);
        showDataMessage(tools, "导入成功：已恢复 " + Object.keys(parsed.progress.items).length + " 道题的记录。");
        refreshProgressViews();
      }
      input.value = "";
    };
    reader.readAsText(file);
  }

  function showDataMessage(tools, message) {
    tools.querySelector("[data-kb-data-message]").textContent = message;
  }

  function mountDataTools(tools) {
    if (tools.getAttribute("data-kb-ready") === "true") return;
    tools.setAttribute("data-kb-ready", "true");
    tools.addEventListener("click", function (event) {
      var button = event.target.closest("[data-kb-action]");
      if (!button) return;
      if (button.getAttribute("data-kb-action") === "export") {
        exportProgress();
        showDataMessage(tools, "已导出。把这个文件保存好，在另一个浏览器里用“导入进度”恢复。");
      } else if (button.getAttribute("data-kb-action") === "reset-all") {
        if (!window.confirm("确定清空全部做题记录和错题本吗？清空后无法恢复（可以先导出备份）。")) return;
        writeProgress(emptyProgress());
        showDataMessage(tools, "已清空全部进度。");
        refreshProgressViews();
      }
    });
    tools.querySelector("[data-kb-import]").addEventListener("change", function (event) {
      importProgress(event.target, tools);
    });
  }

  function refreshProgressViews() {
    document.querySelectorAll("[data-kb-progress]").forEach(renderProgress);
  }

  /* ---- start: on first load and after every instant-navigation page swap ------------- */

  function mountAll() {
    document.querySelectorAll("[data-kb-quiz]").forEach(mountQuiz);
    document.querySelectorAll("[data-kb-data-tools]").forEach(mountDataTools);
    refreshProgressViews();
  }


  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mountAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
