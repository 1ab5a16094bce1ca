/** I-06 HQ internal service routes (issue 17 item 9): routes only translate. */
import {
  AnswerHqRequest,
  CreateHqQualityCheck,
  DelegateHqTask,
  FileHqRequest,
  HqDepartmentList,
  HqQualityCheckList,
  HqQualityCheckView,
  HqRequestList,
  HqRequestView,
  HqTaskList,
  IdParams,
  ListHqRequestsQuery,
  ListHqTasksQuery,
  ReplyHqTask,
  SplitHqRequest,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { answerHqRequest } from "./answer-hq-request.js";
import { delegateHqTask } from "./delegate-hq-task.js";
import { fileHqRequest } from "./file-hq-request.js";
import { createHqQualityCheck, listHqQualityChecks, publishHqQualityCheck } from "./hq-quality-checks.js";
import { listHqDepartments } from "./list-hq-departments.js";
import { listHqRequests, viewHqRequest } from "./list-hq-requests.js";
import { listHqTasks } from "./list-hq-tasks.js";
import { replyHqTask } from "./reply-hq-task.js";
import { splitHqRequest } from "./split-hq-request.js";

export function hqServiceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["information"];
  const base = "/api/v1/information/hq-service";
  r.get(`${base}/departments`, { schema: { tags, summary: "The HQ time-limit table: each department's limit for a task and an internal enquiry (I-06)", response: { 200: HqDepartmentList } } }, async (req) => listHqDepartments(ctx, req.principal));
  r.post(`${base}/requests`, { schema: { tags, summary: "A branch files a request or enquiry with the coordination point (I-06; enquiry answered within 1 working day)", body: FileHqRequest, response: { 201: HqRequestView } } }, async (req, reply) => reply.status(201).send(await fileHqRequest(ctx, req.principal, req.body)));
  r.get(`${base}/requests`, { schema: { tags, summary: "Requests with their task boards (I-06)", querystring: ListHqRequestsQuery, response: { 200: HqRequestList } } }, async (req) => listHqRequests(ctx, req.principal, req.query));
  r.get(`${base}/requests/:id`, { schema: { tags, summary: "One request with its task board (I-06)", params: IdParams, response: { 200: HqRequestView } } }, async (req) => viewHqRequest(ctx, req.principal, req.params.id));
  r.post(`${base}/requests/:id/split`, { schema: { tags, summary: "Split a request into departmental tasks with time limits and named owners (I-06)", params: IdParams, body: SplitHqRequest, response: { 200: HqRequestView } } }, async (req) => splitHqRequest(ctx, req.principal, req.params.id, req.body));
  r.post(`${base}/requests/:id/answer`, { schema: { tags, summary: "Answer the branch once every department has answered (I-06)", params: IdParams, body: AnswerHqRequest, response: { 200: HqRequestView } } }, async (req) => answerHqRequest(ctx, req.principal, req.params.id, req.body));
  r.get(`${base}/tasks`, { schema: { tags, summary: "A department's task list, or one's own (I-06)", querystring: ListHqTasksQuery, response: { 200: HqTaskList } } }, async (req) => listHqTasks(ctx, req.principal, req.query));
  r.post(`${base}/tasks/:id/reply`, { schema: { tags, summary: "The owner or delegate answers a departmental task (I-06)", params: IdParams, body: ReplyHqTask, response: { 200: HqRequestView } } }, async (req) => replyHqTask(ctx, req.principal, req.params.id, req.body));
  r.post(`${base}/tasks/:id/delegate`, { schema: { tags, summary: "Delegate a task for an absence of more than half a working day (I-06)", params: IdParams, body: DelegateHqTask, response: { 200: HqRequestView } } }, async (req) => delegateHqTask(ctx, req.principal, req.params.id, req.body));
  r.post(`${base}/quality-checks`, { schema: { tags, summary: "A periodic HQ service-quality check over the time-limit table (I-06)", body: CreateHqQualityCheck, response: { 201: HqQualityCheckView } } }, async (req, reply) => reply.status(201).send(await createHqQualityCheck(ctx, req.principal, req.body)));
  r.post(`${base}/quality-checks/:id/publish`, { schema: { tags, summary: "Publish a quality check's results (I-06)", params: IdParams, response: { 200: HqQualityCheckView } } }, async (req) => publishHqQualityCheck(ctx, req.principal, req.params.id));
  r.get(`${base}/quality-checks`, { schema: { tags, summary: "Quality checks: published ones for everyone, drafts for the coordination point (I-06)", response: { 200: HqQualityCheckList } } }, async (req) => listHqQualityChecks(ctx, req.principal));
}
