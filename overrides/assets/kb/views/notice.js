/* Tells the learner when stored progress could not be read and was kept aside, and lets them
 * export or discard that copy. Shown once per page, above its first quiz or progress component. */

import { download, element, today } from "../dom.js";
import { asideRecords, discardAside } from "../progress/browser-storage.js";

const TEXT = "这个浏览器里保存的做题进度有一部分读不出来（可能来自更新版本的知识库，或已损坏）。" +
  "读不出来的原样另存了一份，不会被覆盖；可以把它导出保存（以后用自测题目录里的“导入进度”导回来，能读的记录都会恢复），" +
  "或在不需要时删除。";

function notice() {
  const box = element("div", "kb-notice");
  box.setAttribute("data-kb-notice", "");
  box.setAttribute("role", "status");
  box.appendChild(element("p", "", TEXT));
  const exportButton = element("button", "md-button", "导出读不出来的数据");
  exportButton.type = "button";
  exportButton.setAttribute("data-kb-action", "export-aside");
  const discardButton = element("button", "md-button", "删除另存的数据");
  discardButton.type = "button";
  discardButton.setAttribute("data-kb-action", "discard-aside");
  box.append(exportButton, discardButton);
  return box;
}

/** Places (or removes) the notice above the page's first quiz, progress or data-tools component. */
export function renderNotices() {
  document.querySelectorAll("[data-kb-notice]").forEach((box) => box.remove());
  if (!asideRecords().length) return;
  const first = document.querySelector("[data-kb-quiz], [data-kb-progress], [data-kb-data-tools]");
  if (first) first.parentNode.insertBefore(notice(), first);
}

/** Handles the notice's buttons; true when the action was one of them. */
function onNoticeAction(action) {
  if (action === "export-aside") {
    const copies = asideRecords().map((record) => ({ key: record.key, value: record.value }));
    download("销售知识库-读不出来的进度-" + today() + ".json", JSON.stringify(copies, null, 2));
    return true;
  }
  if (action === "discard-aside") {
    if (!window.confirm("确定删除另存的、读不出来的进度吗？删除后无法恢复（可以先导出）。")) return true;
    asideRecords().forEach((record) => discardAside(record.key));
    renderNotices();
    return true;
  }
  return false;
}

let listening = false;

/** Handles the notice's buttons from now on: one document listener, however many parts ask
 * (overview.js on reading pages, quiz.js on quiz pages: a page may run both). */
export function listenForNoticeActions() {
  if (listening) return;
  listening = true;
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Element)) return;
    const button = event.target.closest("[data-kb-notice] [data-kb-action]");
    if (button) onNoticeAction(button.getAttribute("data-kb-action"));
  });
}
