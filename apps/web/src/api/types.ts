/** Response and request types inferred from the contracts (type-only: no zod code in the bundle). */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type MeResponse = z.infer<typeof C.MeResponse>;
export type LoginResponse = z.infer<typeof C.LoginResponse>;
export type OrgUnit = z.infer<typeof C.OrgUnitResponse>;
export type OrgUnitList = z.infer<typeof C.OrgUnitList>;
export type OrgKind = z.infer<typeof C.OrgKind>;
export type BusinessHours = z.infer<typeof C.BusinessHours>;
export type CreateOrgUnitRequest = z.infer<typeof C.CreateOrgUnitRequest>;
export type UpdateOrgUnitRequest = z.infer<typeof C.UpdateOrgUnitRequest>;
export type User = z.infer<typeof C.UserResponse>;
export type UserList = z.infer<typeof C.UserList>;
export type CreateUserRequest = z.infer<typeof C.CreateUserRequest>;
export type UpdateUserRequest = z.infer<typeof C.UpdateUserRequest>;
export type Role = z.infer<typeof C.Role>;
export type PermissionTable = z.infer<typeof C.PermissionTable>;
export type SetPermissionRequest = z.infer<typeof C.SetPermissionRequest>;
export type Device = z.infer<typeof C.DeviceResponse>;
export type DeviceList = z.infer<typeof C.DeviceList>;
export type CreateDeviceRequest = z.infer<typeof C.CreateDeviceRequest>;
export type AuditEntry = z.infer<typeof C.AuditEntry>;
export type AuditList = z.infer<typeof C.AuditList>;
export type AuditVerifyResponse = z.infer<typeof C.AuditVerifyResponse>;
export type DayKind = z.infer<typeof C.DayKind>;
export type CalendarDay = z.infer<typeof C.CalendarDay>;
export type CalendarDaysResponse = z.infer<typeof C.CalendarDaysResponse>;
export type CalendarOverride = z.infer<typeof C.OverrideResponse>;
export type CreateOverrideRequest = z.infer<typeof C.CreateOverrideRequest>;
export type CalendarYearsResponse = z.infer<typeof C.CalendarYearsResponse>;
export type LoadYearRequest = z.infer<typeof C.LoadYearRequest>;
export type AddWorkingDaysResponse = z.infer<typeof C.AddWorkingDaysResponse>;
export type WorkingDaysBetweenResponse = z.infer<typeof C.WorkingDaysBetweenResponse>;

/** The roles known to the system (mirrors contracts' Role enum). */
export const ROLES: readonly Role[] = ["teller", "guide", "dutyManager", "counterManager", "branchAdmin", "hqAdmin", "auditor", "agent"];
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type StaffDirectory = z.infer<typeof C.StaffDirectory>;
export type StaffMember = z.infer<typeof C.StaffDirectoryEntry>;
export type HomeTodos = z.infer<typeof C.HomeTodos>;
export type HomeTodoSection = z.infer<typeof C.HomeTodoSection>;
