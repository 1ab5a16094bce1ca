/**
 * An AML transaction as the API shows it. K-09 the customer's name and ID number (and any number
 * typed into the note or reasons) are masked in every list, response and export — holding
 * `customer.unmask` is not enough: one record at a time, with a reason, through unmaskAmlTransaction.
 */
import { maskIdNo, maskName, maskPersonalData } from "@ccms/core";
import type { AmlTransactionRow } from "@ccms/db";
import { parseJson } from "../../../daily-ops/parse-json.js";

export function presentAmlTransaction(r: AmlTransactionRow, unmask = false) {
  return {
    id: r.id,
    counterId: r.counter_id,
    occurredAt: r.occurred_at,
    direction: r.direction,
    method: r.method,
    amountFen: Number(r.amount_fen),
    customerName: unmask ? r.customer_name : (maskName(r.customer_name) ?? ""),
    customerIdType: r.customer_id_type,
    customerIdNo: unmask ? r.customer_id_no : (maskIdNo(r.customer_id_no) ?? ""),
    identified: r.identified === 1,
    policyNo: r.policy_no,
    largeAmount: r.large_amount === 1,
    suspicious: r.suspicious === 1,
    suspiciousReasons: parseJson<string[]>(r.suspicious_reasons, []).map((x) => (unmask ? x : maskPersonalData(x))),
    reportedAt: r.reported_at,
    reportRef: r.report_ref,
    note: unmask ? r.note : maskPersonalData(r.note),
    masked: !unmask,
    recordedById: r.recorded_by,
    createdAt: r.created_at,
  };
}
