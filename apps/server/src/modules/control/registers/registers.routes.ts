/** Internal-control register routes (issue 5): seals/documents, leave, findings, AML, archives. Base /api/v1/control. */
import {
  AmlReportQuery,
  AmlSettingsQuery,
  CompleteCorrectiveActionRequest,
  ConfirmHandBackRequest,
  CreateWriteOffRequest,
  DecideArchiveBorrowingRequest,
  FlagAmlTransactionRequest,
  HandoverControlItemRequest,
  IdParams,
  ImportAmlTransactionsRequest,
  IssueControlItemRequest,
  LendArchiveRequest,
  ListAmlSelfInspectionsQuery,
  ListAmlTransactionsQuery,
  ListArchiveBorrowingsQuery,
  ListControlItemsQuery,
  ListCorrectiveActionsQuery,
  ListFindingsQuery,
  ListHandBacksQuery,
  ListLeavesQuery,
  ListLossesQuery,
  ListMovementsQuery,
  ListUsagesQuery,
  ListWriteOffsQuery,
  PutAmlSettingsRequest,
  RecordAmlSelfInspectionRequest,
  RecordAmlTransactionRequest,
  RecordLeaveRequest,
  RecordUsageRequest,
  RectifyAmlItemParams,
  RectifyAmlItemRequest,
  RegisterControlItemRequest,
  ReportAmlTransactionRequest,
  ReportLossRequest,
  RequestArchiveBorrowingRequest,
  ReturnArchiveRequest,
  ReturnControlItemRequest,
  UpdateFindingStatusRequest,
  VerifyCorrectiveActionRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { registerActions } from "../permissions.js";
import {
  amlReport,
  flagAmlTransaction,
  getAmlSettings,
  importAmlTransactions,
  listAmlSelfInspections,
  listAmlTransactions,
  putAmlSettings,
  recordAmlSelfInspection,
  recordAmlTransaction,
  rectifyAmlItem,
  reportAmlTransaction,
} from "./aml.js";
import { decideArchiveBorrowing, getArchiveBorrowing, lendArchive, listArchiveBorrowings, requestArchiveBorrowing, returnArchive } from "./archives.js";
import {
  getControlItem,
  handoverControlItem,
  issueControlItem,
  listControlItems,
  listItemLosses,
  listItemMovements,
  listItemUsages,
  listMovements,
  recordItemUsage,
  registerControlItem,
  reportItemLoss,
  returnControlItem,
} from "./control-items.js";
import { getFinding, listFindings, updateFindingStatus } from "./findings.js";
import { confirmHandBack, listHandBacks, listLeaves, recordLeave } from "./leaves-hand-backs.js";
import { exportControl } from "./registers.exports.js";
import { completeCorrectiveAction, createWriteOff, getCorrectiveAction, getWriteOff, listCorrectiveActions, listWriteOffs, verifyCorrectiveAction } from "./write-offs-actions.js";

export const CONTROL_REGISTER_PERMISSION_ACTIONS = [
  "control.read",
  "seal.manage",
  "seal.custody",
  "leave.manage",
  "finding.read",
  "finding.manage",
  "aml.record",
  "aml.manage",
  "archive.borrow",
  "archive.manage",
];

export function controlRegisterRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(CONTROL_REGISTER_PERMISSION_ACTIONS);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/control";
  const tags = ["control-registers"];
  const u = (req: { principal: unknown }) => requireUser(req.principal as never);

  // Seals and controlled documents (K-01…K-04)
  r.get(`${base}/items/export.xlsx`, { schema: { tags, querystring: ListControlItemsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "items", req.query));
  r.get(`${base}/items`, { schema: { tags, querystring: ListControlItemsQuery } }, async (req) => listControlItems(ctx, u(req), req.query));
  r.post(`${base}/items`, { schema: { tags, body: RegisterControlItemRequest } }, async (req, reply) => reply.status(201).send(await registerControlItem(ctx, u(req), req.body)));
  r.get(`${base}/items/:id`, { schema: { tags, params: IdParams } }, async (req) => getControlItem(ctx, u(req), req.params.id));
  r.post(`${base}/items/:id/issue`, { schema: { tags, params: IdParams, body: IssueControlItemRequest } }, async (req) => issueControlItem(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/items/:id/return`, { schema: { tags, params: IdParams, body: ReturnControlItemRequest } }, async (req) => returnControlItem(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/items/:id/handover`, { schema: { tags, params: IdParams, body: HandoverControlItemRequest } }, async (req) => handoverControlItem(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/items/:id/movements`, { schema: { tags, params: IdParams } }, async (req) => listItemMovements(ctx, u(req), req.params.id));
  r.post(`${base}/items/:id/usages`, { schema: { tags, params: IdParams, body: RecordUsageRequest } }, async (req, reply) => reply.status(201).send(await recordItemUsage(ctx, u(req), req.params.id, req.body)));
  r.post(`${base}/items/:id/losses`, { schema: { tags, params: IdParams, body: ReportLossRequest } }, async (req, reply) => reply.status(201).send(await reportItemLoss(ctx, u(req), req.params.id, req.body)));
  r.get(`${base}/movements/export.xlsx`, { schema: { tags, querystring: ListMovementsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "movements", req.query));
  r.get(`${base}/movements`, { schema: { tags, querystring: ListMovementsQuery } }, async (req) => listMovements(ctx, u(req), req.query));
  r.get(`${base}/usages/export.xlsx`, { schema: { tags, querystring: ListUsagesQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "usages", req.query));
  r.get(`${base}/usages`, { schema: { tags, querystring: ListUsagesQuery } }, async (req) => listItemUsages(ctx, u(req), req.query));
  r.get(`${base}/losses/export.xlsx`, { schema: { tags, querystring: ListLossesQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "losses", req.query));
  r.get(`${base}/losses`, { schema: { tags, querystring: ListLossesQuery } }, async (req) => listItemLosses(ctx, u(req), req.query));

  // K-05 manual write-off lists
  r.get(`${base}/write-offs/export.xlsx`, { schema: { tags, querystring: ListWriteOffsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "write-offs", req.query));
  r.get(`${base}/write-offs`, { schema: { tags, querystring: ListWriteOffsQuery } }, async (req) => listWriteOffs(ctx, u(req), req.query));
  r.post(`${base}/write-offs`, { schema: { tags, body: CreateWriteOffRequest } }, async (req, reply) => reply.status(201).send(await createWriteOff(ctx, u(req), req.body)));
  r.get(`${base}/write-offs/:id`, { schema: { tags, params: IdParams } }, async (req) => getWriteOff(ctx, u(req), req.params.id));

  // Leave register (people-module seam) and K-02 hand-backs
  r.get(`${base}/leaves/export.xlsx`, { schema: { tags, querystring: ListLeavesQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "leaves", req.query));
  r.get(`${base}/leaves`, { schema: { tags, querystring: ListLeavesQuery } }, async (req) => listLeaves(ctx, u(req), req.query));
  r.post(`${base}/leaves`, { schema: { tags, body: RecordLeaveRequest } }, async (req, reply) => reply.status(201).send(await recordLeave(ctx, u(req), req.body)));
  r.get(`${base}/hand-backs`, { schema: { tags, querystring: ListHandBacksQuery } }, async (req) => listHandBacks(ctx, u(req), req.query));
  r.post(`${base}/hand-backs/:id/confirm`, { schema: { tags, params: IdParams, body: ConfirmHandBackRequest } }, async (req) => confirmHandBack(ctx, u(req), req.params.id, req.body));

  // Findings and corrective actions
  r.get(`${base}/findings/export.xlsx`, { schema: { tags, querystring: ListFindingsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "findings", req.query));
  r.get(`${base}/findings`, { schema: { tags, querystring: ListFindingsQuery } }, async (req) => listFindings(ctx, u(req), req.query));
  r.get(`${base}/findings/:id`, { schema: { tags, params: IdParams } }, async (req) => getFinding(ctx, u(req), req.params.id));
  r.post(`${base}/findings/:id/status`, { schema: { tags, params: IdParams, body: UpdateFindingStatusRequest } }, async (req) => updateFindingStatus(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/corrective-actions/export.xlsx`, { schema: { tags, querystring: ListCorrectiveActionsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "corrective-actions", req.query));
  r.get(`${base}/corrective-actions`, { schema: { tags, querystring: ListCorrectiveActionsQuery } }, async (req) => listCorrectiveActions(ctx, u(req), req.query));
  r.get(`${base}/corrective-actions/:id`, { schema: { tags, params: IdParams } }, async (req) => getCorrectiveAction(ctx, u(req), req.params.id));
  r.post(`${base}/corrective-actions/:id/complete`, { schema: { tags, params: IdParams, body: CompleteCorrectiveActionRequest } }, async (req) => completeCorrectiveAction(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/corrective-actions/:id/verify`, { schema: { tags, params: IdParams, body: VerifyCorrectiveActionRequest } }, async (req) => verifyCorrectiveAction(ctx, u(req), req.params.id, req.body));

  // AML (K-10)
  r.get(`${base}/aml/settings`, { schema: { tags, querystring: AmlSettingsQuery } }, async (req) => getAmlSettings(ctx, u(req), req.query.unitId));
  r.put(`${base}/aml/settings`, { schema: { tags, body: PutAmlSettingsRequest } }, async (req) => putAmlSettings(ctx, u(req), req.body));
  r.get(`${base}/aml/transactions/export.xlsx`, { schema: { tags, querystring: ListAmlTransactionsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "aml-transactions", req.query));
  r.get(`${base}/aml/transactions`, { schema: { tags, querystring: ListAmlTransactionsQuery } }, async (req) => listAmlTransactions(ctx, u(req), req.query));
  r.post(`${base}/aml/transactions`, { schema: { tags, body: RecordAmlTransactionRequest } }, async (req, reply) => reply.status(201).send(await recordAmlTransaction(ctx, u(req), req.body)));
  r.post(`${base}/aml/transactions/import`, { schema: { tags, body: ImportAmlTransactionsRequest } }, async (req, reply) => reply.status(201).send(await importAmlTransactions(ctx, u(req), req.body)));
  r.post(`${base}/aml/transactions/:id/flag`, { schema: { tags, params: IdParams, body: FlagAmlTransactionRequest } }, async (req) => flagAmlTransaction(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/aml/transactions/:id/report`, { schema: { tags, params: IdParams, body: ReportAmlTransactionRequest } }, async (req) => reportAmlTransaction(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/aml/report`, { schema: { tags, querystring: AmlReportQuery } }, async (req) => amlReport(ctx, u(req), req.query));
  r.get(`${base}/aml/self-inspections/export.xlsx`, { schema: { tags, querystring: ListAmlSelfInspectionsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "aml-self-inspections", req.query));
  r.get(`${base}/aml/self-inspections`, { schema: { tags, querystring: ListAmlSelfInspectionsQuery } }, async (req) => listAmlSelfInspections(ctx, u(req), req.query));
  r.post(`${base}/aml/self-inspections`, { schema: { tags, body: RecordAmlSelfInspectionRequest } }, async (req, reply) => reply.status(201).send(await recordAmlSelfInspection(ctx, u(req), req.body)));
  r.post(`${base}/aml/self-inspections/:id/items/:index/rectify`, { schema: { tags, params: RectifyAmlItemParams, body: RectifyAmlItemRequest } }, async (req) => rectifyAmlItem(ctx, u(req), req.params.id, req.params.index, req.body));

  // Archives (K-11)
  r.get(`${base}/archives/borrowings/export.xlsx`, { schema: { tags, querystring: ListArchiveBorrowingsQuery } }, async (req, reply) => exportControl(ctx, u(req), reply, "archive-borrowings", req.query));
  r.get(`${base}/archives/borrowings`, { schema: { tags, querystring: ListArchiveBorrowingsQuery } }, async (req) => listArchiveBorrowings(ctx, u(req), req.query));
  r.post(`${base}/archives/borrowings`, { schema: { tags, body: RequestArchiveBorrowingRequest } }, async (req, reply) => reply.status(201).send(await requestArchiveBorrowing(ctx, u(req), req.body)));
  r.get(`${base}/archives/borrowings/:id`, { schema: { tags, params: IdParams } }, async (req) => getArchiveBorrowing(ctx, u(req), req.params.id));
  r.post(`${base}/archives/borrowings/:id/decide`, { schema: { tags, params: IdParams, body: DecideArchiveBorrowingRequest } }, async (req) => decideArchiveBorrowing(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/archives/borrowings/:id/lend`, { schema: { tags, params: IdParams, body: LendArchiveRequest } }, async (req) => lendArchive(ctx, u(req), req.params.id));
  r.post(`${base}/archives/borrowings/:id/return`, { schema: { tags, params: IdParams, body: ReturnArchiveRequest } }, async (req) => returnArchive(ctx, u(req), req.params.id, req.body));
}
