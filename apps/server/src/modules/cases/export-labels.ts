/**
 * Issue 10 item 4: the words of the case export (a business record, so they live with the server
 * module that exports). zh-CN; the server keeps no per-user language, so records are in Chinese.
 */
export const CASE_EXPORT_TITLE = "案件清单";

export const CASE_EXPORT_HEADERS = {
  number: "案件编号",
  kind: "类型",
  channel: "渠道",
  state: "状态",
  unit: "承办单位",
  originUnit: "受理单位",
  level: "承办层级",
  receivedAt: "收到时间",
  customer: "客户",
  phone: "联系电话",
  cause: "原因分类",
  summary: "摘要",
  firstResponder: "首问责任人",
  handler: "承办人",
  replyDueAt: "答复期限",
  replyStatus: "答复时效",
  overdue: "是否超时",
  closedAt: "办结时间",
  id: "案件ID",
} as const;

export const CASE_KIND_LABELS: Readonly<Record<string, string>> = { enquiry: "咨询", complaint: "投诉", special: "特殊事项", opinion: "意见", internal: "内部投诉与建议", internalEnquiry: "内部咨询", misconduct: "违规违纪举报" };

export const CASE_CHANNEL_LABELS: Readonly<Record<string, string>> = {
  counter: "柜面",
  hotline: "服务热线",
  phone: "电话",
  letter: "信函",
  visit: "来访",
  opinionBox: "意见箱",
  opinionBook: "意见簿",
  regulator: "监管转办",
  government: "政府转办",
};

export const CASE_STATE_LABELS: Readonly<Record<string, string>> = {
  received: "已收到",
  accepted: "已受理",
  investigating: "调查处理中",
  waiting: "暂停等待",
  replied: "已答复",
  callback: "待回访",
  closed: "已办结",
  reconsideration: "复议中",
  archivedUnsatisfied: "不满意归档",
};

export const CASE_LEVEL_LABELS: Readonly<Record<string, string>> = { outlet: "网点/柜面", city: "地市级", province: "省级", hq: "总公司" };

export const DEADLINE_STATUS_LABELS: Readonly<Record<string, string>> = { running: "正常", warning: "临近超时", breached: "已超时", paused: "已暂停", met: "按时完成", metLate: "超时完成" };

/** Cause codes used before causes became a managed list; any other cause is shown as written. */
export const CASE_CAUSE_LABELS: Readonly<Record<string, string>> = {
  fee: "手续费",
  attitude: "服务态度",
  policyLoan: "保单贷款",
  claim: "理赔",
  waiting: "等候时间",
  unspecified: "未分类",
};
