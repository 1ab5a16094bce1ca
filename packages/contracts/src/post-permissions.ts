/** K-07 the post-permission table per province with acceptance (验收); C-12 committee size; case causes (issue 10 item 4). */
import { z } from "zod";
import { Role } from "./auth.js";
import { Id } from "./common.js";

export const PermissionOverrideItem = z.strictObject({ role: Role, action: z.string().min(1).max(64), granted: z.boolean() });

export const ProvincePermissionVersion = z.object({
  id: z.string(),
  provinceId: z.string(),
  version: z.number().int(),
  state: z.enum(["proposed", "inForce", "superseded", "rejected"]),
  overrides: z.array(z.object({ role: z.string(), action: z.string(), granted: z.boolean() })),
  reason: z.string(),
  proposedBy: z.string(),
  proposedByName: z.string(),
  proposedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const ProvincePermissionParams = z.strictObject({ provinceId: Id });
export const ProvincePermissionVersionParams = z.strictObject({ provinceId: Id, versionId: Id });

export const ProvincePermissionTable = z.object({
  provinceId: z.string(),
  provinceName: z.string(),
  /** The accepted version in force, null while the province inherits HQ's table unchanged. */
  inForce: ProvincePermissionVersion.nullable(),
  overrides: z.array(z.object({ role: z.string(), action: z.string(), granted: z.boolean() })),
  /** The table in force for the province: HQ's grants with the accepted overrides applied. */
  grants: z.array(z.object({ role: z.string(), action: z.string() })),
  versions: z.array(ProvincePermissionVersion),
});

export const ProposeProvincePermissionsRequest = z.strictObject({
  overrides: z.array(PermissionOverrideItem).max(500),
  reason: z.string().trim().min(1).max(500),
});

export const DecideProvincePermissionsRequest = z.strictObject({
  decision: z.enum(["accept", "reject"]),
  note: z.string().trim().max(500).optional(),
});

export const CommitteeSettingParams = z.strictObject({ unitId: Id });
export const CommitteeSetting = z.object({
  unitId: z.string(),
  minMembers: z.number().int(),
  /** The unit whose setting applies (the unit itself or an ancestor); null for the default of 3. */
  setAt: z.string().nullable(),
});
export const SetCommitteeSettingRequest = z.strictObject({
  minMembers: z.number().int().min(3).max(15),
  reason: z.string().trim().min(1).max(500),
});

export const CaseCauseItem = z.object({
  id: z.string(),
  orgUnitId: z.string().nullable(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  retiredAt: z.string().nullable(),
});
export const CaseCauseListQuery = z.strictObject({ unitId: Id.optional(), includeRetired: z.enum(["true", "false"]).optional() });
export const CaseCauseList = z.object({ items: z.array(CaseCauseItem) });
export const CreateCaseCauseRequest = z.strictObject({
  /** Absent: the list of the caller's own unit (HQ's list for an HQ user). */
  orgUnitId: Id.optional(),
  code: z.string().trim().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(80),
});
export const CaseCauseParams = z.strictObject({ causeId: Id });
export const UpdateCaseCauseRequest = z.strictObject({
  nameZh: z.string().trim().min(1).max(60).optional(),
  nameEn: z.string().trim().min(1).max(80).optional(),
  active: z.boolean().optional(),
  reason: z.string().trim().min(1).max(500),
});
