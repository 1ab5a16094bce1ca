/** An entry the caller may see: their own, or one of a person in their subtree (ORG-01: else 404). */
import { type Executor, type LedgerEntryRow, ledgerRepository } from "@ccms/db";
import { type UserPrincipal, notFound, userIdInScope } from "../../../http/principal.js";

export async function loadLedgerEntry(ex: Executor, p: UserPrincipal, id: string): Promise<LedgerEntryRow> {
  const row = await ledgerRepository.findEntry(ex, id);
  if (!row) throw notFound("ledger_entry", id);
  if (row.user_id !== p.userId) await userIdInScope(ex, p, row.user_id).catch(() => Promise.reject(notFound("ledger_entry", id)));
  return row;
}

export const entryFacts = (r: LedgerEntryRow) => ({
  userId: r.user_id,
  createdBy: r.created_by,
  state: r.state as "pending" | "approved" | "rejected" | "voided",
  appealState: r.appeal_state as "none" | "pending" | "upheld" | "dismissed",
  decidedBy: r.decided_by,
});
