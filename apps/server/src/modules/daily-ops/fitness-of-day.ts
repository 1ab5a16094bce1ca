/** D-12 a person judged unfit at the pre-shift meeting may not take a window that day (the queue's sign-in asks here). */
import { DomainError, mayTakeWindow } from "@ccms/core";
import { type Executor, type OrgUnit, fitnessCheckRepository } from "@ccms/db";
import { businessDateOf } from "./counter-scope.js";

export async function assertFitForWindow(ex: Executor, userId: string, counter: OrgUnit, now: Date): Promise<void> {
  const date = businessDateOf(counter, now);
  const checks = await fitnessCheckRepository.listForUserOn(ex, userId, date);
  const facts = checks.map((c) => ({ userId: c.user_id, businessDate: c.business_date, verdict: c.verdict, checkedAt: c.checked_at }));
  if (!mayTakeWindow(facts, userId, date)) {
    throw new DomainError("unprocessable", "unfit_for_duty", "Judged unfit for duty at today's pre-shift meeting: no window today", { rule: "D-12", businessDate: date });
  }
}
