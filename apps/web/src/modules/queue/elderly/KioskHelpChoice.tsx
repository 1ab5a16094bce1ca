/**
 * Q-13 (适老化) the kiosk's large "需要工作人员帮助 / 纸质表单" choice: one tap sends a request to the
 * guide desk; the customer is told someone is coming. Plain buttons (no antd Form/Select/Modal on
 * device pages), targets ≥ 72 px, text ≥ 24 px, white on dark blue (contrast > 7:1).
 */
import { useEffect, useState } from "react";
import { errorText } from "../../../api/client";
import { useT } from "../../../i18n";
import "./kiosk-help.css";

interface Poster {
  post<T>(path: string, body?: unknown, extra?: Record<string, string>): Promise<T>;
}

export function KioskHelpChoice({ dev, counterId }: { dev: Poster; counterId: string }) {
  const t = useT();
  const [sent, setSent] = useState<"staff_help" | "paper_form" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!sent) return;
    const id = setTimeout(() => setSent(null), 30_000);
    return () => clearTimeout(id);
  }, [sent]);
  const ask = async (kind: "staff_help" | "paper_form") => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await dev.post("/queue/kiosk/help-requests", { kind, counterId });
      setSent(kind);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="q-kiosk-help" aria-label={t("queue.kiosk.help.title")} data-testid="kiosk-help">
      <button type="button" className="q-kiosk-help-btn" disabled={busy} onClick={() => void ask("staff_help")} data-testid="kiosk-help-staff">
        <span className="q-kiosk-help-main">{t("queue.kiosk.help.staff")}</span>
        <span className="q-kiosk-help-sub">{t("queue.kiosk.help.staffSub")}</span>
      </button>
      <button type="button" className="q-kiosk-help-btn" disabled={busy} onClick={() => void ask("paper_form")} data-testid="kiosk-help-paper">
        <span className="q-kiosk-help-main">{t("queue.kiosk.help.paper")}</span>
        <span className="q-kiosk-help-sub">{t("queue.kiosk.help.paperSub")}</span>
      </button>
      <div className="q-kiosk-help-status" role="status" aria-live="polite" data-testid="kiosk-help-status">
        {sent ? t(sent === "staff_help" ? "queue.kiosk.help.staffSent" : "queue.kiosk.help.paperSent") : error ? `${t("queue.kiosk.failed")}：${error}` : ""}
      </div>
    </section>
  );
}
