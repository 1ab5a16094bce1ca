/** D-06 a daily close as the contracts show it. */
import type { CloseCheckResult } from "@ccms/core";
import type { DailyCloseResponse } from "@ccms/contracts";
import type { DailyCloseRow } from "@ccms/db";
import { parseJson } from "./parse-json.js";

export function presentClose(r: DailyCloseRow, closedByName: string | null): DailyCloseResponse {
  return {
    id: r.id,
    counterId: r.counter_id,
    businessDate: r.business_date,
    closedById: r.closed_by,
    closedByName,
    closedAt: r.closed_at,
    checks: parseJson<DailyCloseResponse["checks"]>(r.checks, []),
    overridden: r.overridden === 1,
    overrideReason: r.override_reason,
    notes: r.notes,
    ...(r.special_matters ? { specialMatters: parseJson<unknown>(r.special_matters, null) } : {}),
  };
}

export type { CloseCheckResult };
