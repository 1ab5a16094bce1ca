/**
 * P-15, seed 002 §1.3.2.1 (记录员工学历、培训技能及工作经验) a staff record for a user account of the
 * caller's subtree: posts, unit (the account's), hire date, education, Mandarin level, skills and
 * certificates (P-02). One record per account. Audited.
 */
import { DomainError } from "@ccms/core";
import { type Executor, orgUnitRepository, staffRecordRepository } from "@ccms/db";
import type { CreateStaffRecordRequest, StaffRecord } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { staffRecordViews } from "./staff-record-view.js";

export async function createStaffRecord(ctx: AppContext, p: UserPrincipal, body: CreateStaffRecordRequest): Promise<StaffRecord> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, body.userId);
  if (await staffRecordRepository.find(ex, user.id)) throw new DomainError("conflict", "staff_record_exists", "This person already has a staff record", { userId: user.id });
  const unit = (await orgUnitRepository.findById(ex, user.orgUnitId))!;
  await ctx.tx(async (tx) => writeStaffRecord(tx, ctx, p, user, body, "direct"));
  const row = (await staffRecordRepository.find(ex, user.id))!;
  return (await staffRecordViews(ex, [row], ctx.clock.now(), unit.timeZone))[0]!;
}

/**
 * Insert a staff record with its certificates and the audit entry, inside the caller's transaction
 * (K-08: onboarding writes the hire's record with entry "onboarding").
 */
export async function writeStaffRecord(
  tx: Executor,
  ctx: AppContext,
  p: UserPrincipal,
  user: { id: string; orgUnitId: string; displayName: string },
  body: Pick<CreateStaffRecordRequest, "posts" | "hireDate" | "education" | "mandarinLevel" | "skills" | "certificates" | "note">,
  entry: "direct" | "onboarding",
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await staffRecordRepository.insert(tx, {
    user_id: user.id,
    org_unit_id: user.orgUnitId,
    posts: JSON.stringify([...new Set(body.posts)]),
    hire_date: body.hireDate,
    education: body.education ?? null,
    mandarin_level: body.mandarinLevel ?? null,
    skills: JSON.stringify([...new Set(body.skills)]),
    entry,
    status: "active",
    note: body.note ?? null,
    created_by: p.userId,
    created_at: now,
    updated_at: now,
  });
  for (const c of body.certificates) {
    await staffRecordRepository.insertCertificate(tx, {
      id: ulid(),
      user_id: user.id,
      kind: c.kind,
      number: c.number,
      issued_on: c.issuedOn ?? null,
      expires_on: c.expiresOn ?? null,
      created_by: p.userId,
      created_at: now,
    });
  }
  await appendAudit(tx, ctx.database.engine, actorOf(p), ctx.clock.now(), {
    action: "people.staff_created",
    entityType: "staff_record",
    entityId: user.id,
    orgUnitId: user.orgUnitId,
    details: { 员工: user.displayName, 岗位: body.posts, 入职日期: body.hireDate, 证书数: body.certificates.length },
  });
}
