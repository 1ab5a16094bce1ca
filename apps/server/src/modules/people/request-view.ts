/** A request as the API shows it: names not ids, the approval steps, and whether the caller may decide. */
import { APPROVAL_LEVELS, type ApprovalLevel, type ApprovalStep, currentStep, isInSubtree } from "@ccms/core";
import { type Executor, type PeopleRequestRow, orgUnitRepository, staffRecordRepository } from "@ccms/db";
import type { RequestView } from "@ccms/contracts";
import type { UserPrincipal } from "../../http/principal.js";

/** P-08 the approval levels the caller holds (people.approve.section / .deputy / .director). */
export function approvalLevelsOf(p: UserPrincipal): ApprovalLevel[] {
  return APPROVAL_LEVELS.filter((l) => p.permissions.has(`people.approve.${l}`));
}

const parse = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export async function requestViews(ex: Executor, p: UserPrincipal, rows: PeopleRequestRow[]): Promise<RequestView[]> {
  const stepsOf = rows.map((r) => parse<ApprovalStep[]>(r.steps, []));
  const names = await staffRecordRepository.namesOf(ex, [
    ...rows.flatMap((r) => [r.user_id, r.swap_with_user_id ?? "", r.delegate_user_id ?? ""]),
    ...stepsOf.flatMap((s) => s.map((x) => x.byUserId ?? "")),
  ]);
  const units = new Map((await orgUnitRepository.findByIds(ex, [...new Set(rows.map((r) => r.org_unit_id))])).map((u) => [u.id, u]));
  const levels = approvalLevelsOf(p);
  return rows.map((r, i) => {
    const steps = stepsOf[i]!;
    const cur = r.state === "pending" ? currentStep(steps) : null;
    const unit = units.get(r.org_unit_id);
    const canDecide =
      !!cur && !!unit && isInSubtree(unit.path, p.scopePath) && levels.includes(cur.level) && r.user_id !== p.userId && !steps.some((s) => s.byUserId === p.userId);
    return {
      id: r.id,
      kind: r.kind as RequestView["kind"],
      userId: r.user_id,
      userName: names.get(r.user_id) ?? "—",
      orgUnitId: r.org_unit_id,
      leaveKind: r.leave_kind as RequestView["leaveKind"],
      from: r.date_from,
      to: r.date_to,
      halfDay: r.half_day as RequestView["halfDay"],
      days: r.half_days / 2,
      sudden: r.sudden === 1,
      certificateRef: r.certificate_ref,
      reason: r.reason,
      swapWithUserId: r.swap_with_user_id,
      swapWithName: r.swap_with_user_id ? (names.get(r.swap_with_user_id) ?? "—") : null,
      fromShift: r.swap_shift_from as RequestView["fromShift"],
      toShift: r.swap_shift_to as RequestView["toShift"],
      exception: r.exception === 1,
      delegateUserId: r.delegate_user_id,
      delegateName: r.delegate_user_id ? (names.get(r.delegate_user_id) ?? "—") : null,
      warnings: parse<string[]>(r.warnings, []),
      steps: steps.map((s) => ({ level: s.level, decision: s.decision, byName: s.byUserId ? (names.get(s.byUserId) ?? "—") : null, at: s.at, note: s.note })),
      currentLevel: cur?.level ?? null,
      state: r.state as RequestView["state"],
      canDecide,
      createdAt: r.created_at,
      decidedAt: r.decided_at,
    };
  });
}
