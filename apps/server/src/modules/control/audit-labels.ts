/**
 * Issue 10 item 4: the audit log in words. Action codes and entity types as auditors name them
 * (zh-CN; the server has no per-user language setting, so records are in Chinese). An action not in
 * the map is named from its parts (entity + verb) and, failing that, shown as its code.
 */
import { FINDING_KIND_LABELS } from "./registers/export-labels.js";
import { CASE_CAUSE_LABELS, CASE_CHANNEL_LABELS, CASE_KIND_LABELS, CASE_LEVEL_LABELS, CASE_STATE_LABELS } from "../cases/export-labels.js";

export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  aml_self_inspection: "反洗钱自查",
  aml_settings: "反洗钱阈值",
  aml_transaction: "大额交易",
  appointment: "预约",
  appointment_slot: "预约时段",
  archive_borrowing: "档案借阅",
  audit_log: "审计日志",
  audit_chain: "柜面审计链",
  business_type: "业务类型",
  calendar_override: "日历调整",
  calendar_year: "节假日安排",
  case: "案件",
  case_callback_sample: "回访抽样",
  case_policy: "案件时效规则",
  control_finding: "内控发现",
  control_item: "印章单证",
  corrective_action: "整改事项",
  daily_close: "日清日结",
  daily_meeting: "晨会",
  device: "设备终端",
  emergency_drill: "应急演练",
  equipment: "设备",
  equipment_fault: "设备故障",
  export: "数据导出",
  hand_back: "印章交回",
  incident: "突发事件",
  inspection: "巡检",
  inspection_template: "巡检模板",
  leave_period: "休假",
  lost_property: "遗失物品",
  org_unit: "机构",
  queue_settings: "排队设置",
  role_permission: "岗位权限",
  province_permission_version: "本省岗位权限调整",
  unit_committee_setting: "责任认定领导小组人数",
  case_cause: "诉求原因分类",
  session: "会话",
  shift_handover: "交接班",
  ab_post: "AB岗",
  scorecard_template: "考核表模板",
  assessment_run: "季度考核",
  scorecard: "考核表",
  ledger_entry: "奖惩记录",
  skill_assessment: "技能考核",
  quality_check: "服务质量检查",
  attendance: "考勤",
  shift_template: "班次模板",
  roster: "排班表",
  staff_exit: "离职交接",
  staff_record: "员工档案",
  people_request: "请假调班申请",
  ticket: "号票",
  user: "用户",
  window: "窗口",
  write_off_list: "手工核销清单",
  notice: "业务通知",
  record_disposal: "资料销毁",
  report_submission: "定期报告",
  retention_period: "保管期限",
  info_consolidation: "每周客户信息",
};

/** Exact action codes. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  "audit.chain_opened": "登记柜面审计链",
  "information.consolidated": "整理每周客户信息",
  "information.validated": "审核每周客户信息",
  "information.forwarded": "上报每周客户信息",
  "report.submitted": "报送定期报告",
  "report.returned": "退回定期报告",
  "notice.published": "发布业务通知",
  "retention_period.updated": "修改保管期限",
  "record.disposed": "批准销毁到期资料",
  "auth.login": "登录",
  "people.ab_post_set": "设置AB岗",
  "people.scorecard_template_created": "新建考核表版本",
  "people.assessment_run_created": "计算季度考核",
  "people.assessment_run_refreshed": "刷新季度考核数据",
  "people.assessment_run_signed": "签核季度考核",
  "people.scorecard_scored": "考核项目评分",
  "people.scorecard_commented": "对考核表提出意见",
  "people.scorecard_corrected": "更正已签核考核表",
  "people.ledger_entry_recorded": "登记奖惩",
  "people.ledger_entry_approved": "审核通过奖惩记录",
  "people.ledger_entry_rejected": "驳回奖惩记录",
  "people.ledger_entry_appealed": "对奖惩记录申诉",
  "people.ledger_appeal_decided": "处理奖惩申诉",
  "people.ledger_entry_voided": "作废奖惩记录",
  "people.ledger_attendance_swept": "按考勤生成奖惩",
  "people.skill_assessed": "录入技能考核",
  "people.quality_checked": "登记服务质量检查",
  "people.clocked_in": "上班打卡",
  "people.clocked_out": "下班打卡",
  "people.shift_template_created": "新建班次模板",
  "people.roster_generated": "生成排班表",
  "people.roster_published": "发布排班表",
  "people.staff_created": "建立员工档案",
  "people.certificate_added": "登记资格证书",
  "people.exit_started": "办理离职",
  "people.exit_item_done": "完成离职交接事项",
  "people.exit_closed": "离职交接完成并停用账号",
  "people.request_filed": "提交请假调班申请",
  "people.request_step_approved": "审批同意（转下一级）",
  "people.request_approved": "审批通过",
  "people.request_rejected": "审批驳回",
  "people.request_cancelled": "撤回申请",
  "auth.login_failed": "登录失败",
  "auth.logout": "退出登录",
  "auth.password_changed": "修改密码",
  "auth.locked": "账户锁定",
  "user.created": "创建用户",
  "user.updated": "修改用户",
  "user.password_reset": "重置密码",
  "user.sessions_revoked": "强制下线",
  "user.unlocked": "解锁用户",
  "user.deactivated": "停用用户",
  "user.roles_changed": "调整岗位",
  "permission.granted": "授予权限",
  "permission.revoked": "收回权限",
  "permission.province.proposed": "提出本省岗位权限调整",
  "permission.province.accepted": "验收本省岗位权限调整",
  "permission.province.rejected": "退回本省岗位权限调整",
  "case.committee.set": "设置责任认定领导小组人数",
  "case.cause.added": "新增诉求原因分类",
  "case.cause.renamed": "修改诉求原因分类名称",
  "case.cause.retired": "停用诉求原因分类",
  "case.cause.restored": "恢复诉求原因分类",
  "device.created": "创建设备终端",
  "device.paired": "设备配对",
  "device.revoked": "吊销设备终端",
  "org.created": "新建机构",
  "org.updated": "修改机构",
  "calendar.year_loaded": "录入节假日安排",
  "calendar.year_from_package": "采用官方节假日安排",
  "calendar.override_created": "新增日历调整",
  "calendar.override_approved": "批准日历调整",
  "calendar.override_deleted": "删除日历调整",
  "calendar.hours_change_filed": "提交营业时间变更",
  "calendar.hours_change_applied": "营业时间变更生效",
  "window.created": "新增窗口",
  "window.updated": "修改窗口",
  "ticket.cancelled": "取消号票",
  "ticket.transferred": "转移号票",
  "appointment.booked": "预约登记",
  "appointment.book": "预约登记",
  "customer.unmasked": "查看客户完整信息",
  "customer.phone_revealed": "首问责任人查看客户电话",
  "data.exported": "导出数据",
  "case.created": "登记案件",
  "case.exported": "导出案件",
  "case.policy_set": "设置案件时效规则",
  "case.callback_sampled": "回访抽样",
  "case.finding_raised": "案件问题认定",
  "case.deadline_moved": "时效随日历调整",
  "case.repeat_ruled": "重复投诉认定",
  "case.special_matter_created": "登记特殊事项",
  "case.accept": "案件受理",
  "case.contact": "联系客户",
  "case.investigate": "开始调查",
  "case.pause": "案件暂停",
  "case.resume": "案件恢复",
  "case.reply": "案件答复",
  "case.explain-delay": "说明延期",
  "case.request-extension": "申请延期",
  "case.approve-extension": "审批延期",
  "case.escalate": "案件上报",
  "case.close": "案件办结",
  "case.callback": "登记回访",
  "case.archive-unsatisfied": "不满意归档",
  "case.reopen": "重新处理",
  "case.apply-reconsideration": "申请复议",
  "case.decide-reconsideration": "复议决定",
  "case.rule": "责任认定",
  "case.appeal": "申诉",
  "case.decide-appeal": "申诉决定",
  "case.add-rectification": "添加整改",
  "case.complete-rectification": "完成整改",
  "case.note": "添加备注",
  "case.warning": "时效预警",
  "case.breached": "时效超期",
  "aml.settings_changed": "修改反洗钱阈值",
  "aml.transaction_recorded": "登记大额交易",
  "aml.transactions_imported": "导入大额交易",
  "aml.flagged": "标记可疑交易",
  "aml.reported": "上报可疑交易",
  "aml.self_inspection_recorded": "登记反洗钱自查",
  "aml.item_rectified": "反洗钱自查项整改",
  "archive.requested": "申请借阅档案",
  "control_item.registered": "登记印章单证",
  "control_item.issued": "领用印章单证",
  "control_item.returned": "归还印章单证",
  "control_item.handed_over": "印章单证交接",
  "control_item.handed_back": "印章交回",
  "control_item.used": "用印登记",
  "control_item.lost": "单证遗失登记",
  "corrective_action.completed": "完成整改",
  "corrective_action.verified": "整改验证",
  "finding.raised": "登记内控发现",
  "finding.status_changed": "内控发现状态变更",
  "write_off.created": "编制手工核销清单",
  "leave.recorded": "登记休假",
  "drill.recorded": "登记应急演练",
  "equipment.registered": "登记设备",
  "equipment.updated": "修改设备",
  "equipment.fault_reported": "报告设备故障",
  "equipment.fault_updated": "更新设备故障",
  "handover.recorded": "登记交接班",
  "handover.confirmed": "确认交接班",
  "incident.reported": "报告突发事件",
  "incident.updated": "更新突发事件",
  "incident.closed": "突发事件结案",
  "inspection.started": "开始巡检",
  "inspection.submitted": "提交巡检",
  "inspection_template.created": "新建巡检模板",
  "lost_property.recorded": "登记遗失物品",
  "lost_property.returned": "归还遗失物品",
  "meeting.recorded": "登记晨会",
  "meeting.focus_followed_up": "跟进晨会重点问题",
  "daily_close.closed": "日清日结",
  "daily_close.reopened": "重新开放营业日",
  "queue.settings_updated": "修改排队设置",
};

/** Prefixes (module) and verbs for codes not in the map. */
const PREFIX_LABELS: Readonly<Record<string, string>> = {
  auth: "登录认证",
  user: "用户",
  permission: "权限",
  device: "设备终端",
  org: "机构",
  calendar: "日历",
  window: "窗口",
  ticket: "号票",
  queue: "排队",
  appointment: "预约",
  customer: "客户信息",
  data: "数据",
  case: "案件",
  aml: "反洗钱",
  archive: "档案",
  control_item: "印章单证",
  corrective_action: "整改",
  finding: "内控发现",
  write_off: "核销",
  leave: "休假",
  drill: "演练",
  equipment: "设备",
  handover: "交接班",
  incident: "突发事件",
  inspection: "巡检",
  inspection_template: "巡检模板",
  lost_property: "遗失物品",
  meeting: "晨会",
  daily_close: "日清日结",
  rating: "评价",
};

const VERB_LABELS: Readonly<Record<string, string>> = {
  created: "新建",
  updated: "修改",
  deleted: "删除",
  recorded: "登记",
  registered: "登记",
  approved: "批准",
  rejected: "驳回",
  confirmed: "确认",
  cancelled: "取消",
  closed: "关闭",
  reopened: "重新开放",
  submitted: "提交",
  started: "开始",
  finished: "完成",
  completed: "完成",
  verified: "验证",
  reported: "上报",
  exported: "导出",
  imported: "导入",
  changed: "变更",
  revoked: "吊销",
  granted: "授予",
  issued: "发放",
  returned: "归还",
  checked_in: "签到",
  paused: "暂停",
  resumed: "恢复",
  overridden: "强制通过",
  set: "设置",
};

export function entityTypeLabel(code: string): string {
  return ENTITY_TYPE_LABELS[code] ?? code;
}

export function actionLabel(code: string): string {
  const exact = ACTION_LABELS[code];
  if (exact) return exact;
  const dot = code.indexOf(".");
  if (dot > 0) {
    const prefix = PREFIX_LABELS[code.slice(0, dot)];
    const verb = VERB_LABELS[code.slice(dot + 1)];
    if (prefix && verb) return `${prefix}${verb}`;
  }
  return code;
}

/** Detail keys in words for the audit log's "details" column. */
const DETAIL_KEY_LABELS: Readonly<Record<string, string>> = {
  chain: "柜面",
  fromState: "原状态",
  toState: "新状态",
  channel: "渠道",
  level: "级别",
  cause: "原因分类",
  reasons: "原因",
  largeAmount: "大额",
  suspicious: "可疑",
  rate: "整改率",
  period: "期间",
  businessDate: "营业日",
  date: "日期",
  metric: "时效",
  days: "天数",
  summary: "摘要",
  policyNo: "保单号",
  reportRef: "上报编号",
  index: "项目序号",
  reason: "原因",
  caseNumber: "案件编号",
  number: "编号",
  kind: "类别",
  title: "名称",
  format: "格式",
  filter: "筛选条件",
  rows: "行数",
  truncated: "已截断",
  rowCap: "行数上限",
  masked: "已脱敏",
  count: "数量",
  amountFen: "金额(分)",
  role: "岗位",
  action: "权限",
  username: "用户名",
  status: "状态",
  note: "备注",
  entity: "对象",
  recordId: "记录",
  userId: "人员",
  userIds: "人员",
  actorId: "操作人",
  assigneeId: "承办人",
  orgUnitId: "机构",
  counterId: "网点",
  approvedBy: "批准人",
  decidedBy: "决定人",
};

/** Codes that appear as values in details (case states, kinds, channels …), in words. */
const VALUE_LABELS: Readonly<Record<string, string>> = {
  ...CASE_STATE_LABELS,
  ...CASE_KIND_LABELS,
  ...CASE_CHANNEL_LABELS,
  ...CASE_LEVEL_LABELS,
  ...CASE_CAUSE_LABELS,
  ...FINDING_KIND_LABELS,
  lunch_duty_uncovered: "午间值班无人",
  daily_close_missing: "未日清日结",
  csv: "CSV",
  xlsx: "Excel",
};

/** A raw id (ULID): shown as the name it stands for, or left out — never as 26 characters of code. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export type NameOf = (id: string) => string | undefined;

/** Every id-looking string in a details object (to look their names up in one go). */
export function idsInDetails(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof v === "string" && ULID.test(v)) out.add(v);
  else if (Array.isArray(v)) for (const x of v) idsInDetails(x, out);
  else if (v && typeof v === "object") for (const x of Object.values(v)) idsInDetails(x, out);
  return out;
}

function valueText(v: unknown, nameOf: NameOf): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "string") return ULID.test(v) ? (nameOf(v) ?? "") : (VALUE_LABELS[v] ?? v);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map((x) => valueText(x, nameOf)).filter(Boolean).join("、");
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => [k, valueText(x, nameOf)] as const)
    .filter(([, text]) => text !== "")
    .map(([k, text]) => `${DETAIL_KEY_LABELS[k] ?? k}=${text}`)
    .join("，");
}

/**
 * "原因：客户来电；案件编号：TS…" — empty when the entry has no details (never "null"). Ids are replaced
 * by the names `nameOf` knows (people, units) and otherwise left out (the record's own id is shown apart).
 */
export function detailsText(details: unknown, nameOf: NameOf = () => undefined): string {
  if (details === null || details === undefined) return "";
  if (typeof details !== "object" || Array.isArray(details)) return valueText(details, nameOf);
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => [k, valueText(v, nameOf)] as const)
    .filter(([, text]) => text !== "")
    .map(([k, text]) => `${DETAIL_KEY_LABELS[k] ?? k}：${text}`)
    .join("；");
}
