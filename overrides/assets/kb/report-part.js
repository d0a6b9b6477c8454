/* 培训师看板 (trainers/report/): kb.js loads this part only on a page holding [data-kb-report], so
 * no other page downloads the report's statistics and charts. */

import { mountReport } from "./report/page.js";
import { onEveryPage } from "./every-page.js";

function mountAll() {
  document.querySelectorAll("[data-kb-report]").forEach(mountReport); // mountReport skips a mounted root
}

onEveryPage(mountAll);
