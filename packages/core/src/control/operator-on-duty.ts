/**
 * D-06 (seed 001 九): anyone who has left the company (deactivated account) or is off duty but still
 * operates in the business system is investigated at once and reported to the province business
 * management centre. The check takes facts, not sources: today "on approved leave" comes from the
 * control leave register; once the people module publishes a roster, "rostered" comes from it
 * ("unknown" while no roster covers the day — never a finding by itself).
 */
export type OnDutyRoster = "rostered" | "not_rostered" | "unknown";

export interface OnDutyFacts {
  /** The account is deactivated (left the company). */
  deactivated: boolean;
  /** An approved leave covers the business date. */
  onApprovedLeave: boolean;
  /** The roster of the business date, when one exists. */
  roster: OnDutyRoster;
}

export type OperatorOffDutyReason = "deactivated" | "on_leave" | "not_rostered";

/** Null when the person may operate; otherwise why the operation is a D-06 finding (most serious first). */
export function operatorOffDutyReason(f: OnDutyFacts): OperatorOffDutyReason | null {
  if (f.deactivated) return "deactivated";
  if (f.onApprovedLeave) return "on_leave";
  if (f.roster === "not_rostered") return "not_rostered";
  return null;
}

/** The finding's title in the register (the register's words are Chinese business words). */
export function offDutyFindingTitle(reason: OperatorOffDutyReason): string {
  switch (reason) {
    case "deactivated":
      return "离职/停用人员仍在系统操作";
    case "on_leave":
      return "休假人员仍在系统操作";
    case "not_rostered":
      return "非当班人员在系统操作";
  }
}

/** D-06 one finding per person, reason and business date; later operations are appended to it. */
export function offDutyDedupeKey(userId: string, reason: OperatorOffDutyReason, date: string): string {
  return `off_duty:${userId}:${reason}:${date}`;
}
