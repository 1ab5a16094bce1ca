/**
 * 去处理 deep links (issue 10 item 3): a link such as `/daily-ops/incidents?id=<id>` opens the list with
 * that record highlighted and scrolled into view. Tables mark rows by `data-row-key` (antd), other
 * lists by `data-record-id`.
 */
import { useEffect } from "react";
import { useSearchParams } from "react-router-dom";

export const FOCUSED_CLASS = "ant-table-row-selected ccms-focused-record";

export function useFocusedRecord(param = "id", ready = true): { focusId: string | null; rowClassName: (r: { id: string }) => string } {
  const [params] = useSearchParams();
  const id = params.get(param);
  useEffect(() => {
    if (!id || !ready) return;
    const esc = typeof CSS !== "undefined" && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, "");
    const timer = window.setTimeout(() => {
      const el = document.querySelector(`[data-row-key="${esc}"], [data-record-id="${esc}"]`);
      el?.scrollIntoView?.({ block: "center", behavior: "smooth" });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [id, ready]);
  return { focusId: id, rowClassName: (r) => (id && r.id === id ? FOCUSED_CLASS : "") };
}
