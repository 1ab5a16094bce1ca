/** GET /api/v1/control/aml/transactions?counterId=&from=&to=&largeAmount=&suspicious= — latest first, masked. */
import { amlRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { type UserPrincipal, requirePermission } from "../../../../http/principal.js";
import { counterIdsInScope } from "../../../daily-ops/counter-scope.js";
import { presentAmlTransaction } from "./present-aml-transaction.js";
import { widenLocalDateRange } from "./widen-local-date-range.js";

const flag = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === "true");

export async function listAmlTransactions(
  ctx: AppContext,
  p: UserPrincipal,
  q: { counterId?: string | undefined; from?: string | undefined; to?: string | undefined; largeAmount?: string | undefined; suspicious?: string | undefined },
) {
  requirePermission(p, "control.read");
  const ex = ctx.database.db;
  const b = widenLocalDateRange(q.from, q.to);
  const rows = await amlRepository.listTransactions(ex, await counterIdsInScope(ex, p, q.counterId), { from: b.from, to: b.to, largeAmount: flag(q.largeAmount), suspicious: flag(q.suspicious) }, 5000);
  return { items: rows.map((r) => presentAmlTransaction(r)) };
}
