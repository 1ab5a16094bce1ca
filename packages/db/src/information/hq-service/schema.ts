/** I-06 HQ internal service tables (migration 024). */
export interface HqDepartmentTable {
  code: string;
  name: string;
  task_days: number;
  enquiry_days: number;
  /** 1: the coordination point (市场部). */
  coordination: number;
  /** 1: the supervision/security department (C-21 leads on violations). */
  supervision: number;
  sort_order: number;
}

export interface HqRequestTable {
  id: string;
  from_unit_id: string;
  /** request | enquiry */
  kind: string;
  subject: string;
  content: string;
  received_on: string;
  due_date: string;
  /** received | split | answered */
  state: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  answered_on: string | null;
  created_by: string;
  created_at: string;
}

export interface HqTaskTable {
  id: string;
  request_id: string;
  department_code: string;
  owner_id: string;
  delegate_id: string | null;
  absent_from: string | null;
  absent_to: string | null;
  limit_days: number;
  due_date: string;
  /** open | answered */
  state: string;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  replied_on: string | null;
  created_at: string;
}

export interface HqQualityCheckTable {
  id: string;
  period_from: string;
  period_to: string;
  /** JSON QualityFigure[] */
  figures: string;
  conclusion: string;
  /** draft | published */
  state: string;
  created_by: string;
  created_at: string;
  published_by: string | null;
  published_at: string | null;
}

export interface HqServiceTables {
  hq_departments: HqDepartmentTable;
  hq_requests: HqRequestTable;
  hq_tasks: HqTaskTable;
  hq_quality_checks: HqQualityCheckTable;
}
