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
