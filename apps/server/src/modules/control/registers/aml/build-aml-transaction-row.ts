/** K-10 the row for one entered or imported transaction: large-amount by the thresholds, suspicious when it has reasons. */
import { type AmlDirection, type AmlMethod, isLargeAmount } from "@ccms/core";
import type { AmlTransactionRow } from "@ccms/db";
import { ulid } from "ulid";

export interface AmlTxInput {
  occurredAt: string;
  direction: AmlDirection;
  method: AmlMethod;
  amountFen: number;
  customerName: string;
  customerIdType: string;
  customerIdNo: string;
  identified: boolean;
  policyNo?: string | undefined;
  suspiciousReasons?: string[] | undefined;
  note?: string | undefined;
}

export function buildAmlTransactionRow(counterId: string, t: AmlTxInput, thresholds: { cashThresholdFen: number; transferThresholdFen: number }, by: string, now: Date): AmlTransactionRow {
  const reasons = (t.suspiciousReasons ?? []).filter((r) => r.trim());
  return {
    id: ulid(),
    counter_id: counterId,
    occurred_at: new Date(t.occurredAt).toISOString(),
    direction: t.direction,
    method: t.method,
    amount_fen: t.amountFen,
    customer_name: t.customerName,
    customer_id_type: t.customerIdType,
    customer_id_no: t.customerIdNo,
    identified: t.identified ? 1 : 0,
    policy_no: t.policyNo ?? null,
    large_amount: isLargeAmount(t.method, t.amountFen, thresholds) ? 1 : 0,
    suspicious: reasons.length > 0 ? 1 : 0,
    suspicious_reasons: JSON.stringify(reasons),
    reported_at: null,
    report_ref: null,
    note: t.note ?? null,
    recorded_by: by,
    created_at: now.toISOString(),
  };
}
