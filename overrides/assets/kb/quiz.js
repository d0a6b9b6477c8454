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

  /* Turns stored data of any age into the current shape; anything unrecognised is dropped. */
  function normaliseProgress(data) {
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

  function checkItem(quiz, itemElement, options) {
    var id = itemElement.getAttribute("data-kb-item");
    var chosen = chosenKeys(itemElement);
    if (!chosen.length && !options.allowEmpty) {
      itemElement.querySelector("[data-kb-verdict]").textContent = "请先选择答案。";
      itemElement.querySelector("[data-kb-feedback]").hidden = true;
      announce(quiz, "第 " + (quiz.items.indexOf(itemElement) + 1) + " 题：请先选择答案。");
      return null;
    }
    var progress = readProgress();
    var bank = bankProgress(progress, quiz.key.bank, quiz.items.length);
    var correct = showItemResult(itemElement, chosen, quiz.key.items[id].correct);
    bank.current.answers[id] = chosen;
    bank.current.checked[id] = true;
    if (chosen.length) recordAnswer(progress, quiz.key.bank, id, chosen, correct);
    var summary = finishIfComplete(quiz, progress, bank);
    writeProgress(progress);
    return { correct: correct, summary: summary };
  }

  function onCheck(quiz, itemElement) {
    var outcome = checkItem(quiz, itemElement, { allowEmpty: false });
    if (!outcome) return;
    var message = itemNumber(itemElement) + "：" + (outcome.correct ? "回答正确。" : "回答错误。");
    announce(quiz, outcome.summary ? message + outcome.summary : message);
  }

  function onSubmitAll(quiz) {
    var summary = null;
    quiz.items.forEach(function (element) {
      if (element.querySelector("[data-kb-action=check]").disabled) return;
      var outcome = checkItem(quiz, element, { allowEmpty: true });
      if (outcome && outcome.summary) summary = outcome.summary;
    });
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
    var itemElement = input.closest("[data-kb-item]");
    var progress = readProgress();
    var bank = bankProgress(progress, quiz.key.bank, quiz.items.length);
    bank.current.answers[itemElement.getAttribute("data-kb-item")] = chosenKeys(itemElement);
    writeProgress(progress);
  }

  function mountQuiz(root) {
    if (root.getAttribute("data-kb-ready") === "true") return;
    var key = readAnswerKey(root);
    if (!key) return;
    root.setAttribute("data-kb-ready", "true");
    var quiz = { root: root, key: key, items: itemElements(root), shuffle: root.getAttribute("data-kb-shuffle") === "true" };
    if (quiz.shuffle) quiz.items.forEach(shuffleOptions);
    restore(quiz);
    root.addEventListener("click", function (event) {
      var button = event.target.closest("[data-kb-action]");
      if (!button || !root.contains(button)) return;
      var action = button.getAttribute("data-kb-action");
      if (action === "check") onCheck(quiz, button.closest("[data-kb-item]"));
      else if (action === "submit-all") onSubmitAll(quiz);
      else if (action === "reset") onReset(quiz);
    });
    root.addEventListener("change", function (event) {
      if (event.target.matches("input")) rememberSelection(quiz, event.target);
    });
  }

  /* ---- start: on first load and after every instant-navigation page swap ------------- */

  function mountAll() {
    document.querySelectorAll("[data-kb-quiz]").forEach(mountQuiz);
  }

  window.kbQuiz = { readProgress: readProgress, normaliseProgress: normaliseProgress, STORAGE_KEY: STORAGE_KEY };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mountAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
