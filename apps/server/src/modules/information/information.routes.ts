/** Information routes (I-01; issue 16 item 6): notices with read receipts, retention periods, disposals. Thin. */
import {
  ConsolidateWeekRequest,
  ConsolidationList,
  ConsolidationView,
  ConsolidationsQuery,
  InfoEntriesQuery,
  InfoEntryList,
  InfoEntryView,
  RecordInfoEntryRequest,
  ApproveDisposalRequest,
  DisposalList,
  DisposalQuery,
  IdParams,
  NoticeList,
  NoticeListQuery,
  NoticeReceipts,
  NoticeView,
  PublishNoticeRequest,
  PutRetentionPeriodsRequest,
  RetentionPeriods,
  RetentionQuery,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { advanceConsolidation } from "./advance-consolidation.js";
import { approveDisposal } from "./approve-disposal.js";
import { consolidateWeek } from "./consolidate-week.js";
import { listConsolidations } from "./list-consolidations.js";
import { listInfoEntries } from "./list-info-entries.js";
import { recordInfoEntry } from "./record-info-entry.js";
import { listDisposals } from "./list-disposals.js";
import { listNoticeReceipts } from "./list-notice-receipts.js";
import { listNotices } from "./list-notices.js";
import { publishNotice } from "./publish-notice.js";
import { readNotice } from "./read-notice.js";
import { setRetentionPeriods } from "./set-retention-periods.js";
import { viewRetentionPeriods } from "./view-retention-periods.js";

export function informationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["information"];
  r.post("/api/v1/information/notices", {
    schema: { tags, summary: "Publish a business notice to a unit and its whole subtree, with a date to read by", body: PublishNoticeRequest, response: { 201: NoticeView } },
  }, async (req, reply) => reply.status(201).send(await publishNotice(ctx, req.principal, req.body)));
  r.get("/api/v1/information/notices", {
    schema: { tags, summary: "Notices addressed to the caller (scope=received), or published in their subtree with read counts (scope=published)", querystring: NoticeListQuery, response: { 200: NoticeList } },
  }, async (req) => listNotices(ctx, req.principal, req.query));
  r.post("/api/v1/information/notices/:id/read", {
    schema: { tags, summary: "Confirm reading a notice (one receipt per reader)", params: IdParams, response: { 200: NoticeView } },
  }, async (req) => readNotice(ctx, req.principal, req.params.id));
  r.get("/api/v1/information/notices/:id/receipts", {
    schema: { tags, summary: "Who has read a notice and who has not", params: IdParams, response: { 200: NoticeReceipts } },
  }, async (req) => listNoticeReceipts(ctx, req.principal, req.params.id));
  r.get("/api/v1/information/retention-periods", {
    schema: { tags, summary: "Retention periods per record type that apply to a unit", querystring: RetentionQuery, response: { 200: RetentionPeriods } },
  }, async (req) => viewRetentionPeriods(ctx, req.principal, req.query));
  r.put("/api/v1/information/retention-periods", {
    schema: { tags, summary: "Set a unit's own retention periods (audited)", body: PutRetentionPeriodsRequest, response: { 200: RetentionPeriods } },
  }, async (req) => setRetentionPeriods(ctx, req.principal, req.body));
  r.get("/api/v1/information/disposals", {
    schema: { tags, summary: "Records past their retention period, with the disposals approved", querystring: DisposalQuery, response: { 200: DisposalList } },
  }, async (req) => listDisposals(ctx, req.principal, req.query));
  r.post("/api/v1/information/disposals", {
    schema: { tags, summary: "Approve the disposal of one record past its retention (audited; never a silent deletion)", body: ApproveDisposalRequest, response: { 200: DisposalList } },
  }, async (req) => approveDisposal(ctx, req.principal, req.body));
  r.post("/api/v1/information/entries", {
    schema: { tags, summary: "Record what a customer reported (complaint, surrender with its reason, satisfaction, product feedback, partner information)", body: RecordInfoEntryRequest, response: { 201: InfoEntryView } },
  }, async (req, reply) => reply.status(201).send(await recordInfoEntry(ctx, req.principal, req.body)));
  r.get("/api/v1/information/entries", {
    schema: { tags, summary: "A counter's customer information entries with counts by kind and surrender reason", querystring: InfoEntriesQuery, response: { 200: InfoEntryList } },
  }, async (req) => listInfoEntries(ctx, req.principal, req.query));
  r.post("/api/v1/information/consolidations", {
    schema: { tags, summary: "Consolidate a counter's week with its focus issues (information officer)", body: ConsolidateWeekRequest, response: { 201: ConsolidationView } },
  }, async (req, reply) => reply.status(201).send(await consolidateWeek(ctx, req.principal, req.body)));
  r.get("/api/v1/information/consolidations", {
    schema: { tags, summary: "Weekly consolidations: the counter's own, and those forwarded up within the subtree", querystring: ConsolidationsQuery, response: { 200: ConsolidationList } },
  }, async (req) => listConsolidations(ctx, req.principal, req.query));
  r.post("/api/v1/information/consolidations/:id/validate", {
    schema: { tags, summary: "The counter manager validates a consolidated week", params: IdParams, response: { 200: ConsolidationView } },
  }, async (req) => advanceConsolidation(ctx, req.principal, req.params.id, "validate"));
  r.post("/api/v1/information/consolidations/:id/forward", {
    schema: { tags, summary: "Forward a validated week to the level above", params: IdParams, response: { 200: ConsolidationView } },
  }, async (req) => advanceConsolidation(ctx, req.principal, req.params.id, "forward"));
}
