/** Issue 10 item 4: words of the daily-operations register exports (server-side records, zh-CN). */
export const INSPECTION_KIND_LABELS: Readonly<Record<string, string>> = {
  patrol: "每日巡检",
  security_check: "营业终了安全检查",
  safety_monthly: "月度安全隐患排查",
  environment: "环境标准检查",
  custom: "自定义检查",
};
export const INSPECTION_STATUS_LABELS: Readonly<Record<string, string>> = { in_progress: "进行中", submitted: "已提交" };
export const HANDOVER_STATUS_LABELS: Readonly<Record<string, string>> = { pending: "待接班确认", confirmed: "已确认" };
export const CHECK_STATUS_LABELS: Readonly<Record<string, string>> = { passed: "通过", failed: "未通过", unavailable: "暂无数据", overridden: "强制通过" };
export const FAULT_STATUS_LABELS: Readonly<Record<string, string>> = { reported: "已报修", repairing: "维修中", repaired: "已修复", unrepairable: "无法修复" };
export const INCIDENT_LEVEL_LABELS: Readonly<Record<string, string>> = { I: "I级 特大", II: "II级 重大", III: "III级 较大", IV: "IV级 一般" };
export const INCIDENT_STATUS_LABELS: Readonly<Record<string, string>> = { open: "处置中", closed: "已结案" };
export const DRILL_KIND_LABELS: Readonly<Record<string, string>> = { drill: "应急演练", risk_review: "风险排查", warning: "预警" };
export const LOST_STATUS_LABELS: Readonly<Record<string, string>> = { kept: "保管中", returned: "已归还" };
