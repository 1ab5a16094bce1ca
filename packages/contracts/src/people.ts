/**
 * People I (issue 14): staff records with certificates (P-02, P-15, seed 002 §1.1–1.3, 003-1 Art.4–11),
 * exits with a hand-over checklist (P-15), leave and swap requests with approval chains (P-06…P-10).
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

// ---------------------------------------------------------------- staff records
export const CertificateKind = z.enum(["policyServicing", "mandarin", "antiMoneyLaundering", "other"]);
export const Education = z.enum(["highSchool", "college", "bachelor", "master", "doctor"]);
/** 普通话水平 (003-1 Art.4: at least 二级甲等). */
export const MandarinLevel = z.enum(["1A", "1B", "2A", "2B", "3A", "3B"]);
export const StaffPost = z.enum(["teller", "policyServicing", "claims", "guide", "dutyManager", "counterManager", "callAgent", "backOffice"]);

export const CertificateInput = z.strictObject({
  kind: CertificateKind,
  number: z.string().trim().min(1).max(64),
  issuedOn: LocalDate.optional(),
  /** Absent: does not expire. */
  expiresOn: LocalDate.optional(),
});
export type CertificateInput = z.infer<typeof CertificateInput>;

export const CreateStaffRecordRequest = z.strictObject({
  userId: Id,
  posts: z.array(StaffPost).min(1).max(8),
  hireDate: LocalDate,
  education: Education.optional(),
  mandarinLevel: MandarinLevel.optional(),
  /** Business-type codes the person is skilled in (new_business, policy_service, claim …). */
  skills: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  certificates: z.array(CertificateInput).max(20).default([]),
  note: z.string().trim().max(500).optional(),
});
export type CreateStaffRecordRequest = z.infer<typeof CreateStaffRecordRequest>;

export const ListStaffRecordsQuery = z.strictObject({ orgUnitId: Id.optional() });
export type ListStaffRecordsQuery = z.infer<typeof ListStaffRecordsQuery>;
export const UserIdParams = z.strictObject({ userId: Id });

export const CertificateView = z.object({
  id: Id,
  kind: CertificateKind,
  number: z.string(),
  issuedOn: LocalDate.nullable(),
  expiresOn: LocalDate.nullable(),
  /** P-02 expiring = within 30 days of its expiry. */
  status: z.enum(["valid", "expiring", "expired"]),
  daysLeft: z.number().int().nullable(),
});
export type CertificateView = z.infer<typeof CertificateView>;

export const StaffRecord = z.object({
  userId: Id,
  displayName: z.string(),
  username: z.string(),
  orgUnitId: Id,
  orgUnitName: z.string(),
  accountActive: z.boolean(),
  posts: z.array(StaffPost),
  hireDate: LocalDate,
  education: Education.nullable(),
  mandarinLevel: MandarinLevel.nullable(),
  skills: z.array(z.string()),
  entry: z.enum(["direct", "onboarding"]),
  status: z.enum(["active", "leaving", "left"]),
  note: z.string().nullable(),
  certificates: z.array(CertificateView),
  /** P-02 the person serves policy servicing but holds no valid servicing certificate. */
  missingCertificates: z.array(CertificateKind),
  createdAt: Instant,
});
export type StaffRecord = z.infer<typeof StaffRecord>;
export const StaffRecordList = z.object({ items: z.array(StaffRecord) });
export type StaffRecordList = z.infer<typeof StaffRecordList>;

// ---------------------------------------------------------------- exits
export const ExitChecklistItem = z.enum(["workHandover", "materials", "seals", "property"]);
export type ExitChecklistItem = z.infer<typeof ExitChecklistItem>;

export const StartExitRequest = z.strictObject({
  /** The day the written notice was given (P-15: one month before the last day). */
  noticeDate: LocalDate,
  lastDay: LocalDate,
  reason: z.string().trim().max(500).optional(),
});
export type StartExitRequest = z.infer<typeof StartExitRequest>;

export const TickExitItemRequest = z.strictObject({ item: ExitChecklistItem, note: z.string().trim().max(500).optional() });
export type TickExitItemRequest = z.infer<typeof TickExitItemRequest>;

export const ListExitsQuery = z.strictObject({ orgUnitId: Id.optional(), state: z.enum(["open", "closed"]).optional() });
export type ListExitsQuery = z.infer<typeof ListExitsQuery>;

export const ExitView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  orgUnitId: Id,
  noticeDate: LocalDate,
  lastDay: LocalDate,
  reason: z.string().nullable(),
  checklist: z.array(z.object({ item: ExitChecklistItem, done: z.boolean(), doneAt: Instant.nullable(), doneByName: z.string().nullable(), note: z.string().nullable() })),
  /** P-15 short_notice: less than one month between notice and last day. */
  warnings: z.array(z.enum(["short_notice"])),
  /** K-02 seals and controlled documents the person still holds at the counter. */
  heldItems: z.number().int(),
  state: z.enum(["open", "closed"]),
  closedAt: Instant.nullable(),
  closedByName: z.string().nullable(),
  createdAt: Instant,
});
export type ExitView = z.infer<typeof ExitView>;
export const ExitList = z.object({ items: z.array(ExitView) });
export type ExitList = z.infer<typeof ExitList>;

// ---------------------------------------------------------------- requests (P-06…P-10)
export const LeaveRequestKind = z.enum(["personal", "sick", "annual", "marriage", "maternity", "bereavement"]);
export const ShiftKind = z.enum(["day", "night"]);
export const ApprovalLevel = z.enum(["section", "deputy", "director"]);

export const FileLeaveRequest = z.strictObject({
  kind: z.literal("leave"),
  leaveKind: LeaveRequestKind,
  from: LocalDate,
  to: LocalDate,
  /** A half day (from = to): morning or afternoon. */
  halfDay: z.enum(["am", "pm"]).optional(),
  /** P-07 sudden illness, filed afterwards (with the certificate). */
  sudden: z.boolean().optional(),
  /** P-07 the diagnosis or hospital record (sick leave). */
  certificateRef: z.string().trim().min(1).max(200).optional(),
  reason: z.string().trim().max(500).optional(),
  /** P-10 who handles the work while absent more than half a working day. */
  delegateUserId: Id.optional(),
});
export const FileSwapRequest = z.strictObject({
  kind: z.literal("swap"),
  /** The day whose shift is swapped. */
  date: LocalDate,
  withUserId: Id,
  fromShift: ShiftKind,
  toShift: ShiftKind,
  /** P-06 day↔night asked as an exception. */
  exception: z.boolean().optional(),
  reason: z.string().trim().max(500).optional(),
});
export const FileRequest = z.discriminatedUnion("kind", [FileLeaveRequest, FileSwapRequest]);
export type FileRequest = z.infer<typeof FileRequest>;

export const DecideRequest = z.strictObject({ decision: z.enum(["approve", "reject"]), note: z.string().trim().max(500).optional() });
export type DecideRequest = z.infer<typeof DecideRequest>;

export const RequestState = z.enum(["pending", "approved", "rejected", "cancelled"]);
export const ListRequestsQuery = z.strictObject({
  state: RequestState.optional(),
  /** A unit of the caller's subtree (people.read); without it, the caller's own requests. */
  orgUnitId: Id.optional(),
  /** "true": only requests whose current step the caller may decide. */
  awaitingMe: z.enum(["true", "false"]).optional(),
});
export type ListRequestsQuery = z.infer<typeof ListRequestsQuery>;

export const RequestView = z.object({
  id: Id,
  kind: z.enum(["leave", "swap"]),
  userId: Id,
  userName: z.string(),
  orgUnitId: Id,
  leaveKind: LeaveRequestKind.nullable(),
  from: LocalDate,
  to: LocalDate,
  halfDay: z.enum(["am", "pm"]).nullable(),
  /** Working days (0.5 for a half day). */
  days: z.number(),
  sudden: z.boolean(),
  certificateRef: z.string().nullable(),
  reason: z.string().nullable(),
  swapWithUserId: Id.nullable(),
  swapWithName: z.string().nullable(),
  fromShift: ShiftKind.nullable(),
  toShift: ShiftKind.nullable(),
  exception: z.boolean(),
  delegateUserId: Id.nullable(),
  delegateName: z.string().nullable(),
  /** Rule warnings the approver sees (swap_monthly_limit, swap_day_night_exception, annual_leave_pending_overlap, sudden_illness_filed_afterwards). */
  warnings: z.array(z.string()),
  steps: z.array(z.object({ level: ApprovalLevel, decision: z.enum(["approved", "rejected"]).nullable(), byName: z.string().nullable(), at: Instant.nullable(), note: z.string().nullable() })),
  currentLevel: ApprovalLevel.nullable(),
  state: RequestState,
  /** The caller may decide the current step. */
  canDecide: z.boolean(),
  createdAt: Instant,
  decidedAt: Instant.nullable(),
});
export type RequestView = z.infer<typeof RequestView>;
export const RequestList = z.object({ items: z.array(RequestView) });
export type RequestList = z.infer<typeof RequestList>;

// ---------------------------------------------------------------- shift templates and rosters (P-05)
const Weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm");

export const CreateShiftTemplateRequest = z.strictObject({
  orgUnitId: Id,
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,16}$/, "letters, digits, - or _"),
  name: z.string().trim().min(1).max(40),
  start: HHMM,
  /** At or before start: the shift ends the next day (night shift). */
  end: HHMM,
  minStaff: z.number().int().min(0).max(200),
  skill: z.string().trim().min(1).max(40).nullable().default(null),
  days: z.array(Weekday).min(1).max(7),
});
export type CreateShiftTemplateRequest = z.infer<typeof CreateShiftTemplateRequest>;
export const ShiftTemplateView = z.object({
  id: Id,
  orgUnitId: Id,
  code: z.string(),
  name: z.string(),
  start: z.string(),
  end: z.string(),
  night: z.boolean(),
  workHours: z.number(),
  minStaff: z.number().int(),
  skill: z.string().nullable(),
  days: z.array(Weekday),
});
export type ShiftTemplateView = z.infer<typeof ShiftTemplateView>;
export const ShiftTemplateList = z.object({ items: z.array(ShiftTemplateView) });
export const OrgUnitQuery = z.strictObject({ orgUnitId: Id });

export const CreateRosterRequest = z.strictObject({
  orgUnitId: Id,
  from: LocalDate,
  to: LocalDate,
  restHours: z.number().min(0).max(24).optional(),
  maxConsecutiveDays: z.number().int().min(1).max(14).optional(),
  weeklyHours: z.number().min(1).max(80).optional(),
});
export type CreateRosterRequest = z.infer<typeof CreateRosterRequest>;

export const RosterView = z.object({
  id: Id,
  orgUnitId: Id,
  from: LocalDate,
  to: LocalDate,
  state: z.enum(["draft", "published"]),
  assignments: z.array(z.object({ userId: Id, userName: z.string(), date: LocalDate, shiftCode: z.string(), start: z.string(), end: z.string() })),
  /** Hard rules the roster keeps, with the number of violations of each (0 for a solved roster). */
  hard: z.array(z.object({ rule: z.string(), violations: z.number().int() })),
  /** Soft goals and how far they were met. */
  soft: z.array(z.object({ goal: z.string(), value: z.number() })),
  /** Demand not covered, with the reason (never silently dropped). */
  uncovered: z.array(
    z.object({
      date: LocalDate,
      /** The shift template short of its minimum, or null for lunch duty and staffing intervals. */
      shiftCode: z.string().nullable(),
      from: z.string(),
      to: z.string(),
      missing: z.number().int(),
      reason: z.enum(["not_enough_qualified", "rules_limit", "lunch_duty"]),
      /** Staffing intervals (P-05 demand from Erlang C): the business-type skill short (null: anyone). */
      skill: z.string().nullable().optional(),
      /** Staffing intervals: the staff required there. */
      required: z.number().int().optional(),
    }),
  ),
  /** Where the coverage requirement came from: staffing per half hour (forecast) on these dates, template minimums on the others. */
  demandDates: z.array(LocalDate).optional(),
  rules: z.object({ restHours: z.number(), maxConsecutiveDays: z.number(), weeklyHours: z.number(), lunchDuty: z.boolean() }),
  solverStatus: z.string(),
  solveMs: z.number().int(),
  createdAt: Instant,
  publishedAt: Instant.nullable(),
  publishedByName: z.string().nullable(),
});
export type RosterView = z.infer<typeof RosterView>;
export const RosterSummaryList = z.object({ items: z.array(z.object({ id: Id, from: LocalDate, to: LocalDate, state: z.enum(["draft", "published"]), uncovered: z.number().int(), createdAt: Instant })) });

// ---------------------------------------------------------------- attendance (P-11)
export const ClockRequest = z.strictObject({ kind: z.enum(["in", "out"]) });
export type ClockRequest = z.infer<typeof ClockRequest>;
export const AttendanceStatus = z.enum(["ok", "not_ready", "late", "early_leave", "late_and_early", "absent", "pending", "unrostered"]);
export const AttendanceDay = z.object({
  date: LocalDate,
  shiftCode: z.string().nullable(),
  shiftStart: Instant.nullable(),
  shiftEnd: Instant.nullable(),
  clockIn: Instant.nullable(),
  clockOut: Instant.nullable(),
  status: AttendanceStatus,
  lateMinutes: z.number().int(),
  earlyMinutes: z.number().int(),
});
export const ClockResponse = z.object({ kind: z.enum(["in", "out"]), at: Instant, today: AttendanceDay });
export const AttendanceSheetQuery = z.strictObject({ orgUnitId: Id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM") });
export type AttendanceSheetQuery = z.infer<typeof AttendanceSheetQuery>;
export const AttendanceSheet = z.object({
  month: z.string(),
  rows: z.array(
    z.object({
      userId: Id,
      userName: z.string(),
      days: z.array(AttendanceDay),
      totals: z.object({ rostered: z.number().int(), late: z.number().int(), earlyLeave: z.number().int(), absent: z.number().int(), notReady: z.number().int() }),
      /** P-11 absent 2 consecutive days; 3 or more days in the month. */
      flags: z.array(z.enum(["absent_two_consecutive_days", "absent_three_days_in_month"])),
    }),
  ),
});
export type AttendanceSheet = z.infer<typeof AttendanceSheet>;

// ---------------------------------------------------------------- AB posts (P-09)
export const CreateAbPostRequest = z.strictObject({ orgUnitId: Id, post: z.string().trim().min(1).max(40), aUserId: Id, bUserId: Id });
export type CreateAbPostRequest = z.infer<typeof CreateAbPostRequest>;
export const AbPostView = z.object({ id: Id, orgUnitId: Id, post: z.string(), aUserId: Id, aName: z.string(), bUserId: Id, bName: z.string() });
export const AbPostList = z.object({ items: z.array(AbPostView) });

// ---------------------------------------------------------------- Erlang C staffing calculator
export const ErlangRequest = z.strictObject({
  arrivals: z.number().min(0).max(1_000_000),
  intervalMinutes: z.number().positive().max(1440),
  ahtSeconds: z.number().positive().max(86_400),
  target: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("serviceLevel"), seconds: z.number().min(0).max(3600), percent: z.number().gt(0).lt(100) }),
    z.strictObject({ kind: z.literal("averageWait"), seconds: z.number().positive().max(86_400) }),
  ]),
  shrinkage: z.number().min(0).lt(1).default(0),
});
export type ErlangRequest = z.infer<typeof ErlangRequest>;
export const ErlangResponse = z.object({ agents: z.number().int(), agentsOnPost: z.number().int(), serviceLevel: z.number(), averageWaitSeconds: z.number(), occupancy: z.number() });
