/** Internal-control register routes (issue 5): seals/documents, leave, findings, AML, archives. Base /api/v1/control. */
import {
  AmlReport,
  AmlReportQuery,
  AmlSelfInspectionList,
  AmlSelfInspectionResponse,
  AmlSettings,
  AmlSettingsQuery,
  AmlTransactionList,
  AmlTransactionResponse,
  ArchiveBorrowingList,
  ArchiveBorrowingResponse,
  CompleteCorrectiveActionRequest,
  ConfirmHandBackRequest,
  ControlItemList,
  ControlItemResponse,
  ControlRegisterExportFile,
  CorrectiveActionList,
  CorrectiveActionResponse,
  CreateWriteOffRequest,
  CustodyMovementList,
  DecideArchiveBorrowingRequest,
  FindingList,
  FindingResponse,
  FlagAmlTransactionRequest,
  HandBackList,
  HandBackResponse,
  HandoverControlItemRequest,
  IdParams,
  ImportAmlTransactionsRequest,
  ImportAmlTransactionsResponse,
  IssueControlItemRequest,
  LeaveList,
  LeaveResponse,
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
  LossList,
  LossResponse,
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
  UsageList,
  UsageResponse,
  VerifyCorrectiveActionRequest,
  WriteOffList,
  WriteOffResponse,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { registerActions } from "../permissions.js";
import { flagAmlTransaction } from "./aml/flag-aml-transaction.js";
import { getAmlReport } from "./aml/get-aml-report.js";
import { getAmlSettings } from "./aml/get-aml-settings.js";
import { importAmlTransactions } from "./aml/import-aml-transactions.js";
import { listAmlSelfInspections } from "./aml/list-aml-self-inspections.js";
import { listAmlTransactions } from "./aml/list-aml-transactions.js";
import { putAmlSettings } from "./aml/put-aml-settings.js";
import { recordAmlSelfInspection } from "./aml/record-aml-self-inspection.js";
import { recordAmlTransaction } from "./aml/record-aml-transaction.js";
import { rectifyAmlItem } from "./aml/rectify-aml-item.js";
import { reportAmlTransaction } from "./aml/report-aml-transaction.js";
import { decideArchiveBorrowing } from "./archives/decide-archive-borrowing.js";
import { getArchiveBorrowing } from "./archives/get-archive-borrowing.js";
import { lendArchive } from "./archives/lend-archive.js";
import { listArchiveBorrowings } from "./archives/list-archive-borrowings.js";
import { requestArchiveBorrowing } from "./archives/request-archive-borrowing.js";
import { returnArchive } from "./archives/return-archive.js";
import { completeCorrectiveAction } from "./corrective-actions/complete-corrective-action.js";
import { getCorrectiveAction } from "./corrective-actions/get-corrective-action.js";
import { listCorrectiveActions } from "./corrective-actions/list-corrective-actions.js";
import { verifyCorrectiveAction } from "./corrective-actions/verify-corrective-action.js";
import { getFinding } from "./findings/get-finding.js";
import { listFindings } from "./findings/list-findings.js";
import { updateFindingStatus } from "./findings/update-finding-status.js";
import { getControlItem } from "./items/get-control-item.js";
import { handoverControlItem } from "./items/handover-control-item.js";
import { issueControlItem } from "./items/issue-control-item.js";
import { listControlItems } from "./items/list-control-items.js";
import { listItemLosses } from "./items/list-item-losses.js";
import { listItemMovements } from "./items/list-item-movements.js";
import { listItemUsages } from "./items/list-item-usages.js";
import { listMovements } from "./items/list-movements.js";
import { recordItemUsage } from "./items/record-item-usage.js";
import { registerControlItem } from "./items/register-control-item.js";
import { reportItemLoss } from "./items/report-item-loss.js";
import { returnControlItem } from "./items/return-control-item.js";
import { confirmHandBack } from "./leaves/confirm-hand-back.js";
import { listHandBacks } from "./leaves/list-hand-backs.js";
import { listLeaves } from "./leaves/list-leaves.js";
import { recordLeave } from "./leaves/record-leave.js";
import { exportControl } from "./registers.exports.js";
import { createWriteOff } from "./write-offs/create-write-off.js";
import { getWriteOff } from "./write-offs/get-write-off.js";
import { listWriteOffs } from "./write-offs/list-write-offs.js";

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
  r.get(`${base}/items/export.xlsx`, { schema: { tags, querystring: ListControlItemsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "items", req.query));
  r.get(`${base}/items`, { schema: { tags, querystring: ListControlItemsQuery, response: { 200: ControlItemList } } }, async (req) => listControlItems(ctx, u(req), req.query));
  r.post(`${base}/items`, { schema: { tags, body: RegisterControlItemRequest, response: { 201: ControlItemResponse } } }, async (req, reply) => reply.status(201).send(await registerControlItem(ctx, u(req), req.body)));
  r.get(`${base}/items/:id`, { schema: { tags, params: IdParams, response: { 200: ControlItemResponse } } }, async (req) => getControlItem(ctx, u(req), req.params.id));
  r.post(`${base}/items/:id/issue`, { schema: { tags, params: IdParams, body: IssueControlItemRequest, response: { 200: ControlItemResponse } } }, async (req) => issueControlItem(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/items/:id/return`, { schema: { tags, params: IdParams, body: ReturnControlItemRequest, response: { 200: ControlItemResponse } } }, async (req) => returnControlItem(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/items/:id/handover`, { schema: { tags, params: IdParams, body: HandoverControlItemRequest, response: { 200: ControlItemResponse } } }, async (req) => handoverControlItem(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/items/:id/movements`, { schema: { tags, params: IdParams, response: { 200: CustodyMovementList } } }, async (req) => listItemMovements(ctx, u(req), req.params.id));
  r.post(`${base}/items/:id/usages`, { schema: { tags, params: IdParams, body: RecordUsageRequest, response: { 201: UsageResponse } } }, async (req, reply) => reply.status(201).send(await recordItemUsage(ctx, u(req), req.params.id, req.body)));
  r.post(`${base}/items/:id/losses`, { schema: { tags, params: IdParams, body: ReportLossRequest, response: { 201: LossResponse } } }, async (req, reply) => reply.status(201).send(await reportItemLoss(ctx, u(req), req.params.id, req.body)));
  r.get(`${base}/movements/export.xlsx`, { schema: { tags, querystring: ListMovementsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "movements", req.query));
  r.get(`${base}/movements`, { schema: { tags, querystring: ListMovementsQuery, response: { 200: CustodyMovementList } } }, async (req) => listMovements(ctx, u(req), req.query));
  r.get(`${base}/usages/export.xlsx`, { schema: { tags, querystring: ListUsagesQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "usages", req.query));
  r.get(`${base}/usages`, { schema: { tags, querystring: ListUsagesQuery, response: { 200: UsageList } } }, async (req) => listItemUsages(ctx, u(req), req.query));
  r.get(`${base}/losses/export.xlsx`, { schema: { tags, querystring: ListLossesQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "losses", req.query));
  r.get(`${base}/losses`, { schema: { tags, querystring: ListLossesQuery, response: { 200: LossList } } }, async (req) => listItemLosses(ctx, u(req), req.query));

  // K-05 manual write-off lists
  r.get(`${base}/write-offs/export.xlsx`, { schema: { tags, querystring: ListWriteOffsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "write-offs", req.query));
  r.get(`${base}/write-offs`, { schema: { tags, querystring: ListWriteOffsQuery, response: { 200: WriteOffList } } }, async (req) => listWriteOffs(ctx, u(req), req.query));
  r.post(`${base}/write-offs`, { schema: { tags, body: CreateWriteOffRequest, response: { 201: WriteOffResponse } } }, async (req, reply) => reply.status(201).send(await createWriteOff(ctx, u(req), req.body)));
  r.get(`${base}/write-offs/:id`, { schema: { tags, params: IdParams, response: { 200: WriteOffResponse } } }, async (req) => getWriteOff(ctx, u(req), req.params.id));

  // Leave register (people-module seam) and K-02 hand-backs
  r.get(`${base}/leaves/export.xlsx`, { schema: { tags, querystring: ListLeavesQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "leaves", req.query));
  r.get(`${base}/leaves`, { schema: { tags, querystring: ListLeavesQuery, response: { 200: LeaveList } } }, async (req) => listLeaves(ctx, u(req), req.query));
  r.post(`${base}/leaves`, { schema: { tags, body: RecordLeaveRequest, response: { 201: LeaveResponse } } }, async (req, reply) => reply.status(201).send(await recordLeave(ctx, u(req), req.body)));
  r.get(`${base}/hand-backs`, { schema: { tags, querystring: ListHandBacksQuery, response: { 200: HandBackList } } }, async (req) => listHandBacks(ctx, u(req), req.query));
  r.post(`${base}/hand-backs/:id/confirm`, { schema: { tags, params: IdParams, body: ConfirmHandBackRequest, response: { 200: HandBackResponse } } }, async (req) => confirmHandBack(ctx, u(req), req.params.id, req.body));

  // Findings and corrective actions
  r.get(`${base}/findings/export.xlsx`, { schema: { tags, querystring: ListFindingsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "findings", req.query));
  r.get(`${base}/findings`, { schema: { tags, querystring: ListFindingsQuery, response: { 200: FindingList } } }, async (req) => listFindings(ctx, u(req), req.query));
  r.get(`${base}/findings/:id`, { schema: { tags, params: IdParams, response: { 200: FindingResponse } } }, async (req) => getFinding(ctx, u(req), req.params.id));
  r.post(`${base}/findings/:id/status`, { schema: { tags, params: IdParams, body: UpdateFindingStatusRequest, response: { 200: FindingResponse } } }, async (req) => updateFindingStatus(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/corrective-actions/export.xlsx`, { schema: { tags, querystring: ListCorrectiveActionsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "corrective-actions", req.query));
  r.get(`${base}/corrective-actions`, { schema: { tags, querystring: ListCorrectiveActionsQuery, response: { 200: CorrectiveActionList } } }, async (req) => listCorrectiveActions(ctx, u(req), req.query));
  r.get(`${base}/corrective-actions/:id`, { schema: { tags, params: IdParams, response: { 200: CorrectiveActionResponse } } }, async (req) => getCorrectiveAction(ctx, u(req), req.params.id));
  r.post(`${base}/corrective-actions/:id/complete`, { schema: { tags, params: IdParams, body: CompleteCorrectiveActionRequest, response: { 200: CorrectiveActionResponse } } }, async (req) => completeCorrectiveAction(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/corrective-actions/:id/verify`, { schema: { tags, params: IdParams, body: VerifyCorrectiveActionRequest, response: { 200: CorrectiveActionResponse } } }, async (req) => verifyCorrectiveAction(ctx, u(req), req.params.id, req.body));

  // AML (K-10)
  r.get(`${base}/aml/settings`, { schema: { tags, querystring: AmlSettingsQuery, response: { 200: AmlSettings } } }, async (req) => getAmlSettings(ctx, u(req), req.query.unitId));
  r.put(`${base}/aml/settings`, { schema: { tags, body: PutAmlSettingsRequest, response: { 200: AmlSettings } } }, async (req) => putAmlSettings(ctx, u(req), req.body));
  r.get(`${base}/aml/transactions/export.xlsx`, { schema: { tags, querystring: ListAmlTransactionsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "aml-transactions", req.query));
  r.get(`${base}/aml/transactions`, { schema: { tags, querystring: ListAmlTransactionsQuery, response: { 200: AmlTransactionList } } }, async (req) => listAmlTransactions(ctx, u(req), req.query));
  r.post(`${base}/aml/transactions`, { schema: { tags, body: RecordAmlTransactionRequest, response: { 201: AmlTransactionResponse } } }, async (req, reply) => reply.status(201).send(await recordAmlTransaction(ctx, u(req), req.body)));
  r.post(`${base}/aml/transactions/import`, { schema: { tags, body: ImportAmlTransactionsRequest, response: { 201: ImportAmlTransactionsResponse } } }, async (req, reply) => reply.status(201).send(await importAmlTransactions(ctx, u(req), req.body)));
  r.post(`${base}/aml/transactions/:id/flag`, { schema: { tags, params: IdParams, body: FlagAmlTransactionRequest, response: { 200: AmlTransactionResponse } } }, async (req) => flagAmlTransaction(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/aml/transactions/:id/report`, { schema: { tags, params: IdParams, body: ReportAmlTransactionRequest, response: { 200: AmlTransactionResponse } } }, async (req) => reportAmlTransaction(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/aml/report`, { schema: { tags, querystring: AmlReportQuery, response: { 200: AmlReport } } }, async (req) => getAmlReport(ctx, u(req), req.query));
  r.get(`${base}/aml/self-inspections/export.xlsx`, { schema: { tags, querystring: ListAmlSelfInspectionsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "aml-self-inspections", req.query));
  r.get(`${base}/aml/self-inspections`, { schema: { tags, querystring: ListAmlSelfInspectionsQuery, response: { 200: AmlSelfInspectionList } } }, async (req) => listAmlSelfInspections(ctx, u(req), req.query));
  r.post(`${base}/aml/self-inspections`, { schema: { tags, body: RecordAmlSelfInspectionRequest, response: { 201: AmlSelfInspectionResponse } } }, async (req, reply) => reply.status(201).send(await recordAmlSelfInspection(ctx, u(req), req.body)));
  r.post(`${base}/aml/self-inspections/:id/items/:index/rectify`, { schema: { tags, params: RectifyAmlItemParams, body: RectifyAmlItemRequest, response: { 200: AmlSelfInspectionResponse } } }, async (req) => rectifyAmlItem(ctx, u(req), req.params.id, req.params.index, req.body));

  // Archives (K-11)
  r.get(`${base}/archives/borrowings/export.xlsx`, { schema: { tags, querystring: ListArchiveBorrowingsQuery, response: { 200: ControlRegisterExportFile } } }, async (req, reply) => exportControl(ctx, u(req), reply, "archive-borrowings", req.query));
  r.get(`${base}/archives/borrowings`, { schema: { tags, querystring: ListArchiveBorrowingsQuery, response: { 200: ArchiveBorrowingList } } }, async (req) => listArchiveBorrowings(ctx, u(req), req.query));
  r.post(`${base}/archives/borrowings`, { schema: { tags, body: RequestArchiveBorrowingRequest, response: { 201: ArchiveBorrowingResponse } } }, async (req, reply) => reply.status(201).send(await requestArchiveBorrowing(ctx, u(req), req.body)));
  r.get(`${base}/archives/borrowings/:id`, { schema: { tags, params: IdParams, response: { 200: ArchiveBorrowingResponse } } }, async (req) => getArchiveBorrowing(ctx, u(req), req.params.id));
  r.post(`${base}/archives/borrowings/:id/decide`, { schema: { tags, params: IdParams, body: DecideArchiveBorrowingRequest, response: { 200: ArchiveBorrowingResponse } } }, async (req) => decideArchiveBorrowing(ctx, u(req), req.params.id, req.body));
  r.post(`${base}/archives/borrowings/:id/lend`, { schema: { tags, params: IdParams, body: LendArchiveRequest, response: { 200: ArchiveBorrowingResponse } } }, async (req) => lendArchive(ctx, u(req), req.params.id));
  r.post(`${base}/archives/borrowings/:id/return`, { schema: { tags, params: IdParams, body: ReturnArchiveRequest, response: { 200: ArchiveBorrowingResponse } } }, async (req) => returnArchive(ctx, u(req), req.params.id, req.body));
}
