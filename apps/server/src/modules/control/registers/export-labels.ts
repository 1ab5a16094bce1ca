/** Issue 10 item 4: words of the internal-control register exports (server-side records, zh-CN). */
export const ITEM_KIND_LABELS: Readonly<Record<string, string>> = { seal: "印章", document: "重要单证" };
export const ITEM_STATUS_LABELS: Readonly<Record<string, string>> = { active: "在库", issued: "领用中", lost: "遗失", written_off: "已核销", split: "已拆分", retired: "已停用", inactive: "已停用" };
export const MOVEMENT_LABELS: Readonly<Record<string, string>> = {
  registered: "入库",
  issued: "领用",
  returned: "交回",
  handed_over: "交接",
  hand_back: "休假交回",
  lost: "遗失",
  written_off: "核销",
  split: "拆分",
};
export const LEAVE_KIND_LABELS: Readonly<Record<string, string>> = { annual: "年假", sick: "病假", personal: "事假", business_trip: "出差", training: "培训", other: "其他" };
export const FINDING_KIND_LABELS: Readonly<Record<string, string>> = {
  seal_loss_compensation: "单证遗失补偿",
  seal_loss: "印章遗失",
  off_duty_operation: "离司/离岗人员操作",
  inspection_failure: "检查关键项不合格",
  aml_rectification: "反洗钱整改",
};
export const FINDING_STATUS_LABELS: Readonly<Record<string, string>> = { open: "待处理", investigating: "核查中", closed: "已关闭" };
export const CA_STATUS_LABELS: Readonly<Record<string, string>> = { open: "待整改", done: "已整改待验证", verified: "已验证" };
export const CA_SOURCE_LABELS: Readonly<Record<string, string>> = { inspection: "检查", finding: "内控问题", aml_self_inspection: "反洗钱自查" };
export const BORROWING_STATUS_LABELS: Readonly<Record<string, string>> = { requested: "待审批", approved: "已批准", rejected: "已驳回", lent: "借出中", returned: "已归还" };
export const AML_DIRECTION_LABELS: Readonly<Record<string, string>> = { receipt: "收", payment: "付" };
export const AML_METHOD_LABELS: Readonly<Record<string, string>> = { cash: "现金", transfer: "转账" };
