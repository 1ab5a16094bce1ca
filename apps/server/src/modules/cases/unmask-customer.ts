/**
 * C-11, K-09 unmasking the complainant needs `customer.unmask` and a reason; it is written to the
 * audit log and to the case history (who, when, why — never the data itself).
 */
import { CASE_EVENT } from "@ccms/core";
import { caseRepository } from "@ccms/db";
import type { UnmaskCaseRequest } from "@ccms/contracts";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { auditCase, recordCaseEvent } from "./case-history.js";
import { loadVisibleCase, need } from "./case-scope.js";

export async function unmaskCaseCustomer(ctx: AppContext, p: UserPrincipal, id: string, input: z.infer<typeof UnmaskCaseRequest>) {
  need(p, "case.read");
  const now = ctx.clock.now();
  return ctx.tx(async (tx) => {
    need(p, "customer.unmask");
    await caseRepository.lock(tx, ctx.database.engine, id);
    const row = await loadVisibleCase(tx, p, id);
    await recordCaseEvent(ctx, tx, p, id, { type: CASE_EVENT.unmasked, orgUnitId: row.org_unit_id, data: { reason: input.reason } }, now);
    await auditCase(ctx, tx, p, now, "customer.unmasked", row, { reason: input.reason, caseNumber: row.number });
    return { caseId: row.id, customer: { name: row.customer_name, phone: row.customer_phone } };
  });
}
