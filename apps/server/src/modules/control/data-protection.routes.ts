/**
 * K-09, C-11 data protection routes: the audit log (in words, choice-list filters, export, keyed-chain
 * verification) and unmasking one record (a reason, audited) for the registers that carry customers.
 */
import {
  AmlTransactionResponse,
  AppointmentResponse,
  AuditExportQuery,
  AuditFilterOptions,
  AuditList,
  AuditQuery,
  AuditVerifyQuery,
  AuditVerifyResponse,
  FileDownload,
  LostPropertyResponse,
  PhoneRevealState,
  RevealPhoneRequest,
  RevealPhoneResponse,
  UnmaskRecordRequest,
} from "@ccms/contracts";
import { lostPropertyRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.js";
import { type UserPrincipal, actorOf, notFound, requirePermission, requireUser } from "../../http/principal.js";
import { phoneRevealState, revealCasePhone } from "../cases/reveal-phone.js";
import { counterInScope } from "../daily-ops/counter-scope.js";
import { presentLost } from "../daily-ops/present-lost-property.js";
import { unmaskAppointment } from "../queue/appointments.js";
import { appendAudit, initAuditKey } from "./audit.js";
import { auditFilterOptions, exportAudit, listAudit, verifyAudit } from "./audit-log.js";
import { unmaskAmlTransaction } from "./registers/aml/unmask-aml-transaction.js";

const IdParams = z.strictObject({ id: z.string().min(1).max(64) });
const EXPORT_TYPES = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];

/** K-09 one lost-property record in full: `customer.unmask` and a reason, audited. */
async function unmaskLostProperty(ctx: AppContext, p: UserPrincipal, id: string, reason: string) {
  requirePermission(p, "dailyops.read");
  const ex = ctx.database.db;
  const r = await lostPropertyRepository.findById(ex, id);
  if (!r) throw notFound("lost_property", id);
  await counterInScope(ex, p, r.counter_id).catch(() => {
    throw notFound("lost_property", id);
  });
  requirePermission(p, "customer.unmask");
  const now = ctx.clock.now();
  await ctx.tx((tx) =>
    appendAudit(tx, ctx.database.engine, actorOf(p), now, { action: "customer.unmasked", entityType: "lost_property", entityId: id, orgUnitId: r.counter_id, details: { reason } }),
  );
  return presentLost(r, true);
}

export function dataProtectionRoutes(app: FastifyInstance, ctx: AppContext): void {
  // The audit key is loaded (or created, 0600) at boot: CCMS_AUDIT_KEY or <data dir>/audit.key.
  initAuditKey({ key: ctx.config.auditKey, dataDir: ctx.config.dataDir });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["audit"];
  const noStore = { "cache-control": "no-store" };

  r.get("/api/v1/audit", { schema: { tags, summary: "Audit log in the caller's scope, in words (K-09)", querystring: AuditQuery, response: { 200: AuditList } } }, async (req, reply) =>
    reply.headers(noStore).send(await listAudit(ctx, requirePermission(req.principal, "audit.read"), req.query)),
  );
  r.get("/api/v1/audit/options", { schema: { tags, summary: "Choice lists for the audit filters (actions, object types) with names", response: { 200: AuditFilterOptions } } }, async (req) => {
    requirePermission(req.principal, "audit.read");
    return auditFilterOptions(ctx);
  });
  r.get("/api/v1/audit/export", { schema: { tags, summary: "Export the audit log for auditors (xlsx or CSV; itself audited)", querystring: AuditExportQuery, produces: EXPORT_TYPES, response: { 200: FileDownload } } }, async (req, reply) =>
    exportAudit(ctx, requirePermission(req.principal, "audit.read"), reply, req.query),
  );
  r.get("/api/v1/audit/verify", {
    schema: { tags, summary: "Verify the keyed chain from the last signed checkpoint (full=true: from the start); reports the first broken link and truncation", querystring: AuditVerifyQuery, response: { 200: AuditVerifyResponse } },
  }, async (req) => {
    requirePermission(req.principal, "audit.read");
    return verifyAudit(ctx, req.query);
  });

  // ---- unmasking one record (K-09): customer.unmask + reason, audited
  r.post("/api/v1/control/aml/transactions/:id/unmask", { schema: { tags: ["control"], summary: "Show one AML transaction's customer in full (customer.unmask; reason; audited)", params: IdParams, body: UnmaskRecordRequest, response: { 200: AmlTransactionResponse } } }, async (req, reply) =>
    reply.headers(noStore).send(await unmaskAmlTransaction(ctx, requireUser(req.principal), req.params.id, req.body.reason)),
  );
  r.post("/api/v1/appointments/:id/unmask", { schema: { tags: ["queue"], summary: "Show one appointment's customer in full (customer.unmask; reason; audited)", params: IdParams, body: UnmaskRecordRequest, response: { 200: AppointmentResponse } } }, async (req, reply) =>
    reply.headers(noStore).send(await unmaskAppointment(ctx, req.principal!, req.params.id, req.body.reason)),
  );
  r.post("/api/v1/daily-ops/lost-property/:id/unmask", { schema: { tags: ["daily-ops"], summary: "Show one lost-property record in full (customer.unmask; reason; audited)", params: IdParams, body: UnmaskRecordRequest, response: { 200: LostPropertyResponse } } }, async (req, reply) =>
    reply.headers(noStore).send(await unmaskLostProperty(ctx, requireUser(req.principal), req.params.id, req.body.reason)),
  );

  // ---- C-11 the case's handler / first responder calls the customer
  r.get("/api/v1/cases/:id/reveal-phone", { schema: { tags: ["cases"], summary: "May the caller reveal this case's phone, and is a reason still needed", params: IdParams, response: { 200: PhoneRevealState } } }, async (req) =>
    phoneRevealState(ctx, requireUser(req.principal), req.params.id),
  );
  r.post("/api/v1/cases/:id/reveal-phone", { schema: { tags: ["cases"], summary: "Handler / first responder: the customer's phone for the call (reason once per case; audited)", params: IdParams, body: RevealPhoneRequest, response: { 200: RevealPhoneResponse } } }, async (req, reply) =>
    reply.headers(noStore).send(await revealCasePhone(ctx, requireUser(req.principal), req.params.id, req.body)),
  );
}
