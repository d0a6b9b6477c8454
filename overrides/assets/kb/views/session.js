/* Cards of a session that mixes banks (今日复习, 错题本 practice) are numbered by their place in the
 * session ("第 1 / 9 题") and say where they come from ("出自：<题库> · 原第 2 题"), instead of
 * keeping their bank's number (D10). */

import { element } from "../dom.js";
import { itemBank } from "../item.js";
import { parseBankList } from "../site.js";

/** The number line of a card at `index` of `count`, from its bank's line ("第 2 题 · 单选"). */
export function sessionNumber(original, index, count) {
  const kind = original.split("·").slice(1).join("·").trim();
  return `第 ${index + 1} / ${count} 题` + (kind ? ` · ${kind}` : "");
}

/** "出自：内部销售 · 原第 2 题" for a card from `title`'s bank, first numbered `original`. */
export function originText(title, original) {
  const number = original.split("·")[0].trim();
  return "出自：" + (title ? title + " · " : "") + "原" + number;
}

/** Bank id → title, from the bank list the page carries. */
function bankTitles(root) {
  const titles = new Map();
  for (const bank of parseBankList(root.getAttribute("data-kb-banks"))) {
    if (typeof bank.title === "string") titles.set(bank.id, bank.title);
  }
  return titles;
}

/** Numbers `items` (the cards shown, in order) by their place in the session. */
export function numberSession(root, items) {
  const titles = bankTitles(root);
  items.forEach((item, index) => {
    const number = item.querySelector(".kb-quiz__number");
    if (!number) return;
    if (!number.hasAttribute("data-kb-bank-number")) number.setAttribute("data-kb-bank-number", number.textContent);
    const original = number.getAttribute("data-kb-bank-number");
    number.textContent = sessionNumber(original, index, items.length);
    let origin = item.querySelector("[data-kb-origin]");
    if (!origin) {
      origin = element("p", "kb-quiz__origin", "");
      origin.setAttribute("data-kb-origin", "");
      const legend = item.querySelector(".kb-quiz__question, legend");
      if (legend && legend.parentNode) legend.after(origin);
      else item.prepend(origin);
    }
    origin.textContent = originText(titles.get(itemBank(item)) || "", original);
  });
}
