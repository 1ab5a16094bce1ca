/** P-02 record a certificate (number, expiry) on a staff record of the caller's subtree. Audited. */
import { DomainError } from "@ccms/core";
import { orgUnitRepository, staffRecordRepository } from "@ccms/db";
import type { CertificateInput, StaffRecord } from "@ccms/contracts";
import { ulid } from "ulid";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, userIdInScope } from "../../http/principal.js";
import { appendAudit } from "../control/audit.js";
import { staffRecordViews } from "./staff-record-view.js";

export async function addCertificate(ctx: AppContext, p: UserPrincipal, userId: string, body: CertificateInput): Promise<StaffRecord> {
  requirePermission(p, "people.manage");
  const ex = ctx.database.db;
  const user = await userIdInScope(ex, p, userId);
  const record = await staffRecordRepository.find(ex, user.id);
  if (!record) throw notFound("staff_record", userId);
  if (body.issuedOn && body.expiresOn && body.expiresOn < body.issuedOn) throw new DomainError("validation", "certificate_expires_before_issue", "The expiry is before the issue date");
  const now = ctx.clock.now();
  await ctx.tx(async (tx) => {
    const id = ulid();
    await staffRecordRepository.insertCertificate(tx, {
      id,
      user_id: user.id,
      kind: body.kind,
      number: body.number,
      issued_on: body.issuedOn ?? null,
      expires_on: body.expiresOn ?? null,
      created_by: p.userId,
      created_at: now.toISOString(),
    });
    await appendAudit(tx, ctx.database.engine, actorOf(p), now, {
      action: "people.certificate_added",
      entityType: "staff_record",
      entityId: user.id,
      orgUnitId: record.org_unit_id,
      details: { 员工: user.displayName, 证书: body.kind, 编号: body.number, 有效期至: body.expiresOn ?? "长期" },
    });
  });
  const unit = (await orgUnitRepository.findById(ex, record.org_unit_id))!;
  return (await staffRecordViews(ex, [(await staffRecordRepository.find(ex, user.id))!], now, unit.timeZone))[0]!;
}
