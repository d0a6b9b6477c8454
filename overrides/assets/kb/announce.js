/* Says something in a component's live region (`[data-kb-announce]`). */

export function announce(root, message) {
  const region = root.querySelector("[data-kb-announce]");
  if (!region) return;
  region.textContent = "";
  // Emptied first and refilled a moment later, so the same message is announced again.
  window.setTimeout(() => { region.textContent = message; }, 50);
}
