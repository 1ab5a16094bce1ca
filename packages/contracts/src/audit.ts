import { z } from "zod";
import { Id, Instant } from "./common.js";

export const AuditQuery = z.strictObject({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: Id.optional(),
  /** Prefix of the action code ("case." = every case action). */
  action: z.string().max(64).optional(),
  /** Exact action codes chosen from the list (comma-separated). */
  actions: z.string().max(2000).optional(),
  orgUnitId: Id.optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export const AuditExportQuery = AuditQuery.omit({ beforeSeq: true, limit: true }).extend({ format: z.enum(["csv", "xlsx"]).optional() });
export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** The person's name (users' display name), or the device / system that acted. */
  actorDisplayName: z.string().nullable().optional(),
  orgUnitId: z.string().nullable(),
  orgUnitName: z.string().nullable().optional(),
  action: z.string(),
  /** The action in words (zh-CN), e.g. 登录 / 案件受理 / 导出数据. */
  actionLabel: z.string().optional(),
  entityType: z.string(),
  entityTypeLabel: z.string().optional(),
  entityId: z.string().nullable(),
  details: z.unknown(),
  /** The details in words (key: value; …), empty when there are none. */
  detailsText: z.string().optional(),
  hash: z.string(),
});
export const AuditList = z.object({ items: z.array(AuditEntry), nextBeforeSeq: z.number().nullable() });
/** Choice lists for the audit filters: codes with their names. */
export const AuditFilterOptions = z.object({
  actions: z.array(z.object({ value: z.string(), label: z.string() })),
  entityTypes: z.array(z.object({ value: z.string(), label: z.string() })),
});
export const AuditVerifyQuery = z.strictObject({ full: z.enum(["true", "false", "1", "0"]).optional() });
export const AuditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBroken: z.object({ seq: z.number(), reason: z.string() }).nullable(),
  fromSeq: z.number().optional(),
  lastSeq: z.number().optional(),
  checkpointSeq: z.number().nullable().optional(),
  truncated: z.boolean().optional(),
  incremental: z.boolean().optional(),
});
/** Unmasking one record's personal data (K-09, C-11): needs a reason, always audited. */
export const UnmaskRecordRequest = z.strictObject({ reason: z.string().trim().min(2).max(500) });
