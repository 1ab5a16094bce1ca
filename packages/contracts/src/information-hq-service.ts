/**
 * I-06 HQ internal service (seed 004 总部内部服务规范 第六条–第十一条): the coordination point's
 * requests, departmental tasks with time limits and named owners, delegation, quality checks.
 */
import { z } from "zod";
import { Id, Instant, LocalDate } from "./common.js";

export const HqRequestKind = z.enum(["request", "enquiry"]);
export const HqRequestState = z.enum(["received", "split", "answered"]);
export const HqTaskStatus = z.enum(["open", "overdue", "answered", "answeredLate"]);

export const HqDepartment = z.object({ code: z.string(), name: z.string(), taskDays: z.number().int(), enquiryDays: z.number().int(), coordination: z.boolean(), supervision: z.boolean() });
export const HqDepartmentList = z.object({ items: z.array(HqDepartment) });
export type HqDepartmentList = z.infer<typeof HqDepartmentList>;

export const FileHqRequest = z.strictObject({
  kind: HqRequestKind,
  subject: z.string().trim().min(1).max(200),
  content: z.string().trim().min(1).max(4000),
  /** The branch unit the request comes from (default: the caller's unit). */
  fromUnitId: Id.optional(),
});
export type FileHqRequest = z.infer<typeof FileHqRequest>;

export const SplitHqRequest = z.strictObject({
  tasks: z.array(z.strictObject({ departmentCode: z.string().trim().min(1).max(40), ownerId: Id })).min(1).max(12),
});
export type SplitHqRequest = z.infer<typeof SplitHqRequest>;

export const AnswerHqRequest = z.strictObject({ answer: z.string().trim().min(1).max(4000) });
export type AnswerHqRequest = z.infer<typeof AnswerHqRequest>;
export const ReplyHqTask = z.strictObject({ reply: z.string().trim().min(1).max(4000) });
export type ReplyHqTask = z.infer<typeof ReplyHqTask>;
export const DelegateHqTask = z.strictObject({ delegateId: Id, absentFrom: Instant, absentTo: Instant });
export type DelegateHqTask = z.infer<typeof DelegateHqTask>;

export const HqResponsibility = z.object({ primaryName: z.string(), secondaryName: z.string().nullable() });

export const HqTaskView = z.object({
  id: Id,
  requestId: Id,
  requestSubject: z.string(),
  fromUnitName: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  ownerId: Id,
  ownerName: z.string(),
  delegateName: z.string().nullable(),
  limitDays: z.number().int(),
  dueDate: LocalDate,
  status: HqTaskStatus,
  reply: z.string().nullable(),
  repliedAt: Instant.nullable(),
  /** Who answers for a missed deadline: the owner primary, the delegate secondary (null: not missed). */
  responsibility: HqResponsibility.nullable(),
});
export type HqTaskView = z.infer<typeof HqTaskView>;

export const HqRequestView = z.object({
  id: Id,
  kind: HqRequestKind,
  subject: z.string(),
  content: z.string(),
  fromUnitName: z.string(),
  createdByName: z.string(),
  receivedOn: LocalDate,
  dueDate: LocalDate,
  state: HqRequestState,
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: Instant.nullable(),
  tasks: z.array(HqTaskView),
});
export type HqRequestView = z.infer<typeof HqRequestView>;

export const ListHqRequestsQuery = z.strictObject({ state: HqRequestState.optional() });
export type ListHqRequestsQuery = z.infer<typeof ListHqRequestsQuery>;
export const HqRequestList = z.object({ items: z.array(HqRequestView) });
export type HqRequestList = z.infer<typeof HqRequestList>;

export const ListHqTasksQuery = z.strictObject({ departmentCode: z.string().trim().min(1).max(40).optional(), mine: z.enum(["1", "0"]).optional(), status: HqTaskStatus.optional() });
export type ListHqTasksQuery = z.infer<typeof ListHqTasksQuery>;
export const HqTaskList = z.object({ items: z.array(HqTaskView) });
export type HqTaskList = z.infer<typeof HqTaskList>;

export const HqQualityFigure = z.object({
  departmentCode: z.string(),
  departmentName: z.string(),
  tasks: z.number().int(),
  answeredOnTime: z.number().int(),
  answeredLate: z.number().int(),
  overdue: z.number().int(),
  open: z.number().int(),
  onTimeRate: z.number().nullable(),
});
export const CreateHqQualityCheck = z.strictObject({ from: LocalDate, to: LocalDate, conclusion: z.string().trim().min(1).max(4000) });
export type CreateHqQualityCheck = z.infer<typeof CreateHqQualityCheck>;
export const HqQualityCheckView = z.object({
  id: Id,
  from: LocalDate,
  to: LocalDate,
  figures: z.array(HqQualityFigure),
  conclusion: z.string(),
  state: z.enum(["draft", "published"]),
  createdByName: z.string(),
  publishedAt: Instant.nullable(),
});
export type HqQualityCheckView = z.infer<typeof HqQualityCheckView>;
export const HqQualityCheckList = z.object({ items: z.array(HqQualityCheckView) });
export type HqQualityCheckList = z.infer<typeof HqQualityCheckList>;
