/**
 * D-06 (seed 001 九) anyone who has left the company or is off duty (on approved leave; once the
 * people module publishes a roster, not rostered) but still operates in the business system is
 * investigated at once and reported to the province business management centre. The facts are
 * gathered here; the rule is `operatorOffDutyReason` in core. It never blocks the action: it raises an
 * `off_duty_operation` finding (one per person, reason and day; later operations are appended).
 */
import { type OperatorOffDutyReason, localDateOf, offDutyDedupeKey, offDutyFindingTitle, operatorOffDutyReason } from "@ccms/core";
import { type Executor, controlFindingRepository, leavePeriodRepository, orgUnitRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../../../context.js";
import { parseJson } from "../../../daily-ops/parse-json.js";
import { raiseFinding } from "./raise-finding.js";

export interface OffDutyOperation {
  action: string;
  entityType: string | null;
  entityId: string | null;
}

/** The roster seam (people module): null = no roster covers the day ("unknown"). */
export const rosterProvider: { current: ((ex: Executor, userId: string, date: string) => Promise<boolean | null>) | null } = { current: null };

async function offDutyFacts(ex: Executor, userId: string, at: Date) {
  const user = await userRepository.findById(ex, userId);
  if (!user) return null;
  const unit = await orgUnitRepository.findById(ex, user.orgUnitId);
  if (!unit) return null;
  const date = localDateOf(at, unit.timeZone);
  const leave = await leavePeriodRepository.findApprovedCovering(ex, userId, date);
  const rostered = rosterProvider.current ? await rosterProvider.current(ex, userId, date) : null;
  const reason = operatorOffDutyReason({ deactivated: !user.active, onApprovedLeave: !!leave, roster: rostered === null ? "unknown" : rostered ? "rostered" : "not_rostered" });
  return { user, unit, date, reason };
}

export async function checkOperatorOnDuty(
  ctx: AppContext,
  tx: Executor,
  userId: string,
  at: Date,
  operation: OffDutyOperation,
): Promise<{ reason: OperatorOffDutyReason | null; findingId: string | null }> {
  const facts = await offDutyFacts(tx, userId, at);
  if (!facts?.reason) return { reason: null, findingId: null };
  const { user, unit, date, reason } = facts;
  const dedupeKey = offDutyDedupeKey(userId, reason, date);
  const op = { ...operation, at: at.toISOString() };
  const existing = await controlFindingRepository.findByDedupeKey(tx, dedupeKey);
  if (existing) {
    const details = parseJson<Record<string, unknown>>(existing.details, {});
    const ops = Array.isArray(details.operations) ? (details.operations as unknown[]) : [];
    await controlFindingRepository.update(tx, existing.id, { details: JSON.stringify({ ...details, operations: [...ops, op].slice(-200) }) });
    return { reason, findingId: existing.id };
  }
  const findingId = await raiseFinding(ctx, tx, { id: null, name: "system" }, at, {
    kind: "off_duty_operation",
    orgUnitId: unit.id,
    orgUnitPath: unit.path,
    subjectUserIds: [userId],
    title: offDutyFindingTitle(reason),
    details: { reason, date, userName: user.displayName, operations: [op] },
    dedupeKey,
  });
  return { reason, findingId };
}

/** The same check in its own transaction, opened only when the person is off duty (reads first). */
export async function checkOperatorOnDutyNow(ctx: AppContext, userId: string, at: Date, operation: OffDutyOperation) {
  const facts = await offDutyFacts(ctx.database.db, userId, at);
  if (!facts?.reason) return { reason: null, findingId: null };
  return ctx.tx((tx) => checkOperatorOnDuty(ctx, tx, userId, at, operation));
}
