/**
 * GET /api/v1/org/staff-directory?orgUnitId= — names of the people in the caller's subtree (ORG-01),
 * readable by every staff role (issue 10 item 2): pickers and "who did it" columns use it, never the
 * administrators' `/users`.
 */
import { z } from "zod";
import { Id } from "./common.js";

export const StaffDirectoryQuery = z.strictObject({
  /** A unit in the caller's subtree (default: the caller's own unit); people of it and below. */
  orgUnitId: Id.optional(),
  /** "false" = people of that unit only, not its sub-units. */
  subtree: z.enum(["true", "false"]).optional(),
  /** "true" = deactivated accounts too (to name the authors of old records). */
  includeInactive: z.enum(["true", "false"]).optional(),
});
export type StaffDirectoryQuery = z.infer<typeof StaffDirectoryQuery>;

export const StaffDirectoryEntry = z.object({
  id: Id,
  displayName: z.string(),
  /** Role codes (the web shows their names: 柜员, 值班经理 …). */
  roles: z.array(z.string()),
  orgUnitId: Id,
  orgUnitName: z.string(),
  active: z.boolean(),
});
export type StaffDirectoryEntry = z.infer<typeof StaffDirectoryEntry>;

export const StaffDirectory = z.object({ items: z.array(StaffDirectoryEntry) });
export type StaffDirectory = z.infer<typeof StaffDirectory>;
