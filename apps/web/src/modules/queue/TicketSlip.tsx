/** The printed ticket slip (Q-02) and its print-only area: the kiosk and the guide desk print it. */
import { type ReactNode, useCallback } from "react";
import { createPortal } from "react-dom";
import { useT } from "../../i18n";
import { hhmm } from "./format";
import type { TicketPriority } from "./types";

export interface SlipData {
  number: string;
  counterName: string;
  businessName: string;
  priority: TicketPriority;
  issuedAt: string;
  waitingAhead: number;
}

/** The printed ticket: number, business, time, people ahead. Only `.q-print-area` prints. */
export function TicketSlip({ slip }: { slip: SlipData }) {
  const t = useT();
  return (
    <div className="q-slip" data-testid="ticket-slip">
      <div className="q-slip-counter">{slip.counterName}</div>
      <div className="q-slip-title">{t("queue.print.title")}</div>
      <div className="q-slip-number" data-testid="slip-number">
        {slip.number}
      </div>
      <div className="q-slip-rows">
        <div>
          <span>{t("queue.print.business")}</span>
          <b>
            {slip.businessName}
            {slip.priority !== "normal" ? ` · ${t(`queue.priority.${slip.priority}`)}` : ""}
          </b>
        </div>
        <div>
          <span>{t("queue.print.time")}</span>
          <b>
            {new Date(slip.issuedAt).toLocaleDateString("zh-CN")} {hhmm(slip.issuedAt)}
          </b>
        </div>
        <div>
          <span>{t("queue.print.ahead")}</span>
          <b>{t("queue.people", { count: slip.waitingAhead })}</b>
        </div>
      </div>
      <div className="q-slip-note">{t("queue.print.note")}</div>
      <div className="q-slip-thanks">{t("queue.print.thanks")}</div>
    </div>
  );
}

/** The print-only area, mounted directly under <body> so the print stylesheet can hide everything else. */
export function PrintArea({ children }: { children: ReactNode }) {
  return createPortal(<div className="q-print-area">{children}</div>, document.body);
}

/** Opens the browser's print dialog (the slip is already mounted in the print area). */
export function usePrint() {
  return useCallback(() => {
    setTimeout(() => {
      try {
        window.print();
      } catch {}
    }, 50);
  }, []);
}
