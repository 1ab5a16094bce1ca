/**
 * Table types for Kysely. Conventions shared by both engines: instants are ISO-8601 UTC text,
 * booleans are integers 0/1, JSON is text, money is integer fen. Each module adds its tables here
 * with the migration that creates them.
 */
import type { Generated } from "kysely";
import type { QueueTables } from "../queue/schema.js";
import type { CasesTables } from "../cases/schema.js";
import type { DailyOpsTables } from "../daily-ops/schema.js";
import type { ControlRegisterTables } from "../control/registers.schema.js";
import type { RulesEnforcedTables } from "../daily-ops/rules-enforced.schema.js";
import type { DeviceTables } from "../control/device-state.schema.js";
import type { ReportingTables } from "../reporting/schema.js";
import type { InformationTables } from "../information/schema.js";
import type { PeopleTables } from "../people/schema.js";
import type { PeopleLedgerTables } from "../people/ledger.schema.js";
import type { PeopleAssessmentTables } from "../people/assessment.schema.js";
import type { RealtimeTables } from "../realtime/schema.js";
import type { FollowThroughTables } from "../cases/follow-through-schema.js";
import type { UntrainedTables } from "../people/untrained-schema.js";
import type { HqServiceTables } from "../information/hq-service/schema.js";
import type { KnowledgeTables } from "../information/knowledge-schema.js";
import type { MarketingTables } from "../marketing/schema.js";
import type { PostReviewTables } from "../control/post-review/schema.js";
import type { AssetTables } from "../control/assets/schema.js";
import type { ElderlyTables } from "../queue/elderly/schema.js";

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  code: string;
  path: string;
  depth: number;
  time_zone: string;
  business_hours: string;
  lunch_duty: number;
  /** CAL-05 7×24 service. */
  always_open: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  org_unit_id: string;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
  created_at: string;
  deactivated_at: string | null;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  user_id: string;
  password_hash: string;
  created_at: string;
}

export interface RolePermissionTable {
  role: string;
  action: string;
  updated_by: string | null;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string | null;
  device_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

export interface DeviceTable {
  id: string;
  org_unit_id: string;
  kind: string;
  name: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface CalendarYearTable {
  year: number;
  data: string;
  source: string;
  loaded_by: string | null;
  loaded_at: string;
}

export interface CalendarOverrideTable {
  id: string;
  org_unit_id: string;
  date: string;
  kind: string;
  reason: string;
  /** open: JSON frames of that day, or null for the unit's usual frames. */
  frames: string | null;
  /** 公示: the date from which the notice is shown on the hall display and kiosk. */
  notice_from: string | null;
  /** closure: approved by the level above (counts for the unit's deadlines). */
  approved_by: string | null;
  approved_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface UnitHoursChangeTable {
  id: string;
  org_unit_id: string;
  effective_from: string;
  business_hours: string;
  always_open: number;
  reason: string;
  applied_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface CalendarPackageYearTable {
  year: number;
  seen_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  org_unit_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** 009 signed checkpoints of the audit chain ('anchor', 'head', 'verified'); mac = HMAC under the audit key. */
export interface AuditCheckpointTable {
  name: string;
  seq: number;
  hash: string;
  at: string;
  mac: string;
}

export interface SchemaMigrationTable {
  id: string;
  applied_at: string;
}

export interface DB extends QueueTables, CasesTables, DailyOpsTables, ControlRegisterTables, DeviceTables, RulesEnforcedTables, RealtimeTables, PeopleTables, PeopleLedgerTables, PeopleAssessmentTables, ReportingTables, InformationTables, FollowThroughTables, UntrainedTables, HqServiceTables, KnowledgeTables, MarketingTables, PostReviewTables, AssetTables, ElderlyTables {
  org_units: OrgUnitTable;
  users: UserTable;
  user_roles: UserRoleTable;
  password_history: PasswordHistoryTable;
  role_permissions: RolePermissionTable;
  sessions: SessionTable;
  devices: DeviceTable;
  calendar_years: CalendarYearTable;
  calendar_overrides: CalendarOverrideTable;
  unit_hours_changes: UnitHoursChangeTable;
  calendar_package_years: CalendarPackageYearTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointTable;
  schema_migrations: SchemaMigrationTable;
  login_throttle: LoginThrottleTable;
}

/** 008 K-06 failed sign-ins per username and client address. */
export interface LoginThrottleTable {
  username: string;
  client: string;
  failed_attempts: number;
  locked_until: string | null;
  updated_at: string;
}
