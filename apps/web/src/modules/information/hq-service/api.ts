/** I-06 types of the HQ service API (type-only from the contracts) and its paths. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type HqDepartmentList = z.infer<typeof C.HqDepartmentList>;
export type HqRequestView = z.infer<typeof C.HqRequestView>;
export type HqRequestList = z.infer<typeof C.HqRequestList>;
export type HqTaskView = z.infer<typeof C.HqTaskView>;
export type HqTaskList = z.infer<typeof C.HqTaskList>;
export type HqQualityCheckView = z.infer<typeof C.HqQualityCheckView>;
export type HqQualityCheckList = z.infer<typeof C.HqQualityCheckList>;
export type UserList = z.infer<typeof C.UserList>;

const BASE = "/api/v1/information/hq-service";
export const HQ_API = {
  departments: `${BASE}/departments`,
  requests: `${BASE}/requests`,
  split: (id: string) => `${BASE}/requests/${id}/split`,
  answer: (id: string) => `${BASE}/requests/${id}/answer`,
  tasks: `${BASE}/tasks`,
  reply: (id: string) => `${BASE}/tasks/${id}/reply`,
  delegate: (id: string) => `${BASE}/tasks/${id}/delegate`,
  qualityChecks: `${BASE}/quality-checks`,
  publish: (id: string) => `${BASE}/quality-checks/${id}/publish`,
  users: "/api/v1/users",
};

export const TASK_COLOR = { open: "blue", overdue: "red", answered: "green", answeredLate: "orange" } as const;
export const STATE_COLOR = { received: "gold", split: "blue", answered: "green" } as const;
