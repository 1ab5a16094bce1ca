/**
 * WCAG 2.1 AA 2.1.1 (issue 18 item 4): a table wider than its card scrolls sideways; keyboard users must
 * be able to reach and scroll it. Every scrollable table body gets a tab stop and a name, whenever antd
 * renders one (a MutationObserver, since the tables come and go with the pages).
 */
const SELECTOR = ".ant-table-content, .ant-table-body";

function mark(root: ParentNode, label: string): void {
  root.querySelectorAll<HTMLElement>(SELECTOR).forEach((el) => {
    if (el.hasAttribute("tabindex")) return;
    el.setAttribute("tabindex", "0");
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label);
  });
}

/** Starts marking scrollable table regions in the document; `label` is the region's name in the user's language. */
export function keepScrollableRegionsFocusable(label: () => string): () => void {
  mark(document, label());
  const observer = new MutationObserver(() => mark(document, label()));
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
