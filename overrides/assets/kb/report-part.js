/* 培训师看板 (trainers/report/): kb.js loads this part only on a page holding [data-kb-report], so
 * no other page downloads the report's statistics and charts. */

import { mountReport } from "./report/page.js";
import { whenMaterialStarted } from "./every-page.js";

function mountAll() {
  document.querySelectorAll("[data-kb-report]").forEach(mountReport);
}

// On Material's document$ (it replays the page shown), once Material's deferred bundle has run;
// without Material, once the page is parsed.
let following = false;
whenMaterialStarted((document$) => {
  following = true;
  document$.subscribe(mountAll);
});
if (!following) document.addEventListener("DOMContentLoaded", () => following || mountAll(), { once: true });
