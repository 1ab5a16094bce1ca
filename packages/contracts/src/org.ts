import { z } from "zod";
import { Id, LocalTime } from "./common.js";

export const OrgKind = z.enum(["hq", "province", "city", "counter"]);
export const TimeFrame = z.tuple([LocalTime, LocalTime]);
export const BusinessHours = z.strictObject({
  mon: z.array(TimeFrame).max(6).optional(),
  tue: z.array(TimeFrame).max(6).optional(),
  wed: z.array(TimeFrame).max(6).optional(),
  thu: z.array(TimeFrame).max(6).optional(),
  fri: z.array(TimeFrame).max(6).optional(),
  sat: z.array(TimeFrame).max(6).optional(),
  sun: z.array(TimeFrame).max(6).optional(),
});

export const CreateOrgUnitRequest = z.strictObject({
  parentId: Id,
  kind: z.enum(["province", "city", "counter"]),
  name: z.string().trim().min(1).max(100),
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only"),
  timeZone: z.string().min(1).max(64).optional(),
  businessHours: BusinessHours.optional(),
  lunchDuty: z.boolean().optional(),
  /** CAL-05 7×24 service. */
  alwaysOpen: z.boolean().optional(),
});
export type CreateOrgUnitRequest = z.infer<typeof CreateOrgUnitRequest>;

export const UpdateOrgUnitRequest = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  timeZone: z.string().min(1).max(64).optional(),
  businessHours: BusinessHours.optional(),
  lunchDuty: z.boolean().optional(),
  /** CAL-05 7×24 service. */
  alwaysOpen: z.boolean().optional(),
});

export const OrgUnitResponse = z.object({
  id: Id,
  parentId: Id.nullable(),
  kind: OrgKind,
  name: z.string(),
  code: z.string(),
  path: z.string(),
  depth: z.number(),
  timeZone: z.string(),
  businessHours: z.record(z.string(), z.array(TimeFrame)),
  lunchDuty: z.boolean(),
  alwaysOpen: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgUnitResponse = z.infer<typeof OrgUnitResponse>;

export const ListOrgUnitsQuery = z.strictObject({
  parentId: Id.optional(),
  subtree: z.enum(["true", "false"]).optional(),
});
export const OrgUnitList = z.object({ items: z.array(OrgUnitResponse) });
