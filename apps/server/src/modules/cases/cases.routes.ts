/** Cases API (issue 4). Thin: parse with the contract → one use case → reply. */
import {
  AlertList,
  CallbackList,
  CaseAction,
  CaseDetail,
  CaseList,
  CasePolicy,
  CasePolicyVersions,
  CaseReport,
  CaseReportQuery,
  CreateCaseRequest,
  CreateCaseResponse,
  CreateSpecialMattersRequest,
  CreateSpecialMattersResponse,
  ExportCasesQuery,
  FileDownload,
  IdParams,
  ListAlertsQuery,
  ListCallbacksQuery,
  ListCasesQuery,
  ListRectificationsQuery,
  ListRulingsQuery,
  OrgUnitIdParams,
  PolicyPresetList,
  RectificationBoard,
  RectificationBulletin,
  RectificationBulletinQuery,
  RulingList,
  SampleCallbacksRequest,
  SampleCallbacksResponse,
  SetCasePolicyRequest,
  SweepRequest,
  SweepResponse,
  UnmaskCaseRequest,
  UnmaskCaseResponse,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { registerActions } from "../control/permissions.js";
import { listCallbacks, sampleUpperCallbacks } from "./case-callbacks.js";
import { installCaseJobs } from "./case-jobs.js";
import { getCasePolicies, listPolicyPresets, setCasePolicy } from "./case-policies.js";
import { withHeavySlot } from "../control/data-export.js";
import { caseReport } from "./case-report.js";
import { exportCases } from "./cases.exports.js";
import { listCaseAlerts, listRulings, rectificationBoard, rectificationBulletin } from "./case-rulings-rectification.js";
import { CASE_PERMISSIONS } from "./case-permissions.js";
import { createCase } from "./create-case.js";
import { createSpecialMattersNow } from "./create-special-matters.js";
import { getCase, listCases } from "./list-cases.js";
import { performCaseAction } from "./perform-case-action.js";
import { sweepCasesNow } from "./sweep-cases.js";
import { unmaskCaseCustomer } from "./unmask-customer.js";

export function casesRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(CASE_PERMISSIONS);
  installCaseJobs(app, ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases"];

  r.post("/api/v1/cases", {
    schema: { tags, summary: "Record a case (C-01, C-02, C-04); receivedAt for letters received earlier", body: CreateCaseRequest, response: { 201: CreateCaseResponse } },
  }, async (req, reply) => reply.status(201).send(await createCase(ctx, requireUser(req.principal), req.body)));

  r.get("/api/v1/cases", {
    schema: { tags, summary: "Case desk: filters by state/kind/level/overdue; every deadline per case", querystring: ListCasesQuery, response: { 200: CaseList } },
  }, async (req) => listCases(ctx, requireUser(req.principal), req.query));

  r.get("/api/v1/cases/export", {
    schema: { tags, summary: "Export cases as CSV or Excel, customer masked (C-11, K-09)", querystring: ExportCasesQuery, produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], response: { 200: FileDownload } },
  }, async (req, reply) => exportCases(ctx, requireUser(req.principal), reply, req.query));

  r.get("/api/v1/cases/report", {
    schema: { tags, summary: "Case report per unit: received, on-time %, overdue, by channel/kind/cause", querystring: CaseReportQuery, response: { 200: CaseReport } },
  }, async (req, reply) => {
    const p = requireUser(req.principal);
    // issue 9 item 4: a few heavy reports at a time per user and per server (429 + Retry-After past that)
    return withHeavySlot(ctx, p, reply, () => caseReport(ctx, p, req.query));
  });

  r.get("/api/v1/cases/alerts", { schema: { tags, summary: "Warnings and breaches raised by the sweeper", querystring: ListAlertsQuery, response: { 200: AlertList } } }, async (req) =>
    listCaseAlerts(ctx, requireUser(req.principal), req.query),
  );

  r.get("/api/v1/cases/callbacks", { schema: { tags, summary: "Callback work list (C-10)", querystring: ListCallbacksQuery, response: { 200: CallbackList } } }, async (req) =>
    listCallbacks(ctx, requireUser(req.principal), req.query),
  );
  r.post("/api/v1/cases/callbacks/sample", {
    schema: { tags, summary: "Upper-level callback sample ≥ 30%, seeded and reproducible (C-10)", body: SampleCallbacksRequest, response: { 200: SampleCallbacksResponse } },
  }, async (req) => sampleUpperCallbacks(ctx, requireUser(req.principal), req.body));

  r.get("/api/v1/cases/rulings", { schema: { tags, summary: "Responsibility rulings and appeals (C-12)", querystring: ListRulingsQuery, response: { 200: RulingList } } }, async (req) =>
    listRulings(ctx, requireUser(req.principal), req.query),
  );
  r.get("/api/v1/cases/rectifications", {
    schema: { tags, summary: "Rectification board: findings and corrective actions (C-07, C-14)", querystring: ListRectificationsQuery, response: { 200: RectificationBoard } },
  }, async (req) => rectificationBoard(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/cases/rectification-bulletin", {
    schema: { tags, summary: "Units with findings left without rectification (C-14 bulletin)", querystring: RectificationBulletinQuery, response: { 200: RectificationBulletin } },
  }, async (req) => rectificationBulletin(ctx, requireUser(req.principal), req.query));

  r.get("/api/v1/cases/policy-presets", { schema: { tags, summary: "Time-limit presets: insurer, bank (C-06), regulatory", response: { 200: PolicyPresetList } } }, async (req) =>
    listPolicyPresets(ctx, requireUser(req.principal)),
  );
  r.get("/api/v1/cases/policies/:orgUnitId", {
    schema: { tags, summary: "Effective time-limit policy of a unit and its versions", params: OrgUnitIdParams, response: { 200: CasePolicyVersions } },
  }, async (req) => getCasePolicies(ctx, requireUser(req.principal), req.params.orgUnitId));
  r.put("/api/v1/cases/policies/:orgUnitId", {
    schema: { tags, summary: "Set a new policy version for a unit; open cases are recomputed from their history", params: OrgUnitIdParams, body: SetCasePolicyRequest, response: { 200: CasePolicy } },
  }, async (req) => setCasePolicy(ctx, requireUser(req.principal), req.params.orgUnitId, req.body));

  r.post("/api/v1/cases/sweep", { schema: { tags, summary: "Run the deadline sweeper now", body: SweepRequest, response: { 200: SweepResponse } } }, async (req) =>
    sweepCasesNow(ctx, requireUser(req.principal), req.body.orgUnitId),
  );
  r.post("/api/v1/cases/special-matters", {
    schema: { tags, summary: "C-03 daily close: unfinished matters become special matters", body: CreateSpecialMattersRequest, response: { 200: CreateSpecialMattersResponse } },
  }, async (req) => createSpecialMattersNow(ctx, requireUser(req.principal), req.body.counterId, req.body.date));

  r.get("/api/v1/cases/:id", { schema: { tags, summary: "Case page: timeline, deadlines, callbacks, ruling, findings", params: IdParams, response: { 200: CaseDetail } } }, async (req) =>
    getCase(ctx, requireUser(req.principal), req.params.id),
  );
  r.post("/api/v1/cases/:id/actions", {
    schema: { tags, summary: "Act on a case (accept, reply, escalate, close, callback, reconsideration, rule …)", params: IdParams, body: CaseAction, response: { 200: CaseDetail } },
  }, async (req) => performCaseAction(ctx, requireUser(req.principal), req.params.id, req.body));
  r.post("/api/v1/cases/:id/unmask", {
    schema: { tags, summary: "Show the customer's identity (customer.unmask; audited with reason)", params: IdParams, body: UnmaskCaseRequest, response: { 200: UnmaskCaseResponse } },
  }, async (req) => unmaskCaseCustomer(ctx, requireUser(req.principal), req.params.id, req.body));
}
