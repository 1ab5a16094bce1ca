/** Excel export of every internal-control register (same filters as the lists). */
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../../context.js";
import type { UserPrincipal } from "../../../http/principal.js";
import { fenToYuan, sendXlsx } from "../../daily-ops/ops-shared.js";
import { listAmlSelfInspections, listAmlTransactions } from "./aml.js";
import { listArchiveBorrowings } from "./archives.js";
import { listControlItems, listItemLosses, listItemUsages, listMovements } from "./control-items.js";
import { listFindings } from "./findings.js";
import { listLeaves } from "./leaves-hand-backs.js";
import { listCorrectiveActions, listWriteOffs } from "./write-offs-actions.js";

export type ControlExport = "items" | "movements" | "usages" | "losses" | "write-offs" | "leaves" | "findings" | "corrective-actions" | "aml-transactions" | "aml-self-inspections" | "archive-borrowings";

export async function exportControl(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, what: ControlExport, q: Record<string, string | undefined>) {
  switch (what) {
    case "items": {
      const { items } = await listControlItems(ctx, p, q);
      return sendXlsx(reply, "印章及重要单证登记簿", "印章单证", [
        { header: "类别", value: (r) => (r.kind === "seal" ? "印章" : "重要单证") },
        { header: "种类", value: (r) => r.itemType },
        { header: "名称", value: (r) => r.name },
        { header: "起始号", value: (r) => (r.serialFrom ? `${r.prefix ?? ""}${r.serialFrom}` : "") },
        { header: "终止号", value: (r) => (r.serialTo ? `${r.prefix ?? ""}${r.serialTo}` : "") },
        { header: "数量", value: (r) => r.quantity },
        { header: "保管人", value: (r) => r.custodianName },
        { header: "在保险柜", value: (r) => r.inSafe },
        { header: "状态", value: (r) => r.status },
      ], items);
    }
    case "movements": {
      const { items } = await listMovements(ctx, p, q);
      return sendXlsx(reply, "印章单证交接登记", "交接", [
        { header: "时间", value: (r) => r.at },
        { header: "物品", value: (r) => r.itemId },
        { header: "类型", value: (r) => r.kind },
        { header: "交出人", value: (r) => r.fromUserId },
        { header: "接收人", value: (r) => r.toUserId },
        { header: "起止号", value: (r) => (r.serialFrom ? `${r.serialFrom}-${r.serialTo}` : "") },
        { header: "清点", value: (r) => r.countedMark },
        { header: "备注", value: (r) => r.note },
      ], items);
    }
    case "usages": {
      const { items } = await listItemUsages(ctx, p, q);
      return sendXlsx(reply, "用印登记簿", "用印", [
        { header: "时间", value: (r) => r.usedAt },
        { header: "物品", value: (r) => r.itemId },
        { header: "使用人", value: (r) => r.userId },
        { header: "文件/单据", value: (r) => r.documentRef },
        { header: "事由", width: 40, value: (r) => r.purpose },
        { header: "单证号", value: (r) => r.serial },
      ], items);
    }
    case "losses": {
      const { items } = await listItemLosses(ctx, p, q);
      return sendXlsx(reply, "重要单证遗失登记", "遗失", [
        { header: "日期", value: (r) => r.occurredOn },
        { header: "物品", value: (r) => r.itemId },
        { header: "号码", value: (r) => r.serials.join(",") },
        { header: "数量", value: (r) => r.quantity },
        { header: "整套不全", value: (r) => r.incompleteSet },
        { header: "当月累计", value: (r) => r.monthCount },
        { header: "责任认定", value: (r) => r.findingId },
        { header: "说明", width: 40, value: (r) => r.note },
      ], items);
    }
    case "write-offs": {
      const { items } = await listWriteOffs(ctx, p, q);
      const lines = items.flatMap((w) => w.lines.map((l) => ({ w, l })));
      return sendXlsx(reply, "重要单证手工核销清单", "核销清单", [
        { header: "清单号", value: (r) => r.w.listNo },
        { header: "柜面", value: (r) => r.w.counterName },
        { header: "单证种类", value: (r) => r.l.docType },
        { header: "单证号", value: (r) => r.l.serial },
        { header: "业务号", value: (r) => r.l.businessRef },
        { header: "金额(元)", value: (r) => (r.l.amountFen === undefined ? "" : fenToYuan(r.l.amountFen)) },
        { header: "原因", value: (r) => r.w.reason },
        { header: "制表人", value: (r) => r.w.preparedByName },
        { header: "制表时间", value: (r) => r.w.createdAt },
      ], lines);
    }
    case "leaves": {
      const { items } = await listLeaves(ctx, p, q);
      return sendXlsx(reply, "休假登记", "休假", [
        { header: "人员", value: (r) => r.userName },
        { header: "开始", value: (r) => r.from },
        { header: "结束", value: (r) => r.to },
        { header: "类型", value: (r) => r.kind },
        { header: "已批准", value: (r) => r.approved },
        { header: "工作日", value: (r) => r.workingDays },
        { header: "印章交回", value: (r) => r.handBackId },
      ], items);
    }
    case "findings": {
      const { items } = await listFindings(ctx, p, q);
      return sendXlsx(reply, "内控检查发现", "发现", [
        { header: "时间", value: (r) => r.createdAt },
        { header: "类型", value: (r) => r.kind },
        { header: "标题", width: 40, value: (r) => r.title },
        { header: "单位", value: (r) => r.orgUnitId },
        { header: "报送", value: (r) => r.reportedToUnitId },
        { header: "相关人员", value: (r) => r.subjectNames.join("、") },
        { header: "状态", value: (r) => r.status },
        { header: "处理结果", width: 40, value: (r) => r.resolution },
      ], items);
    }
    case "corrective-actions": {
      const { items } = await listCorrectiveActions(ctx, p, q);
      return sendXlsx(reply, "整改事项", "整改", [
        { header: "来源", value: (r) => r.source },
        { header: "内容", width: 50, value: (r) => r.description },
        { header: "责任人", value: (r) => r.ownerName },
        { header: "期限", value: (r) => r.dueDate },
        { header: "状态", value: (r) => r.status },
        { header: "逾期", value: (r) => r.overdue },
        { header: "整改说明", width: 40, value: (r) => r.resolutionNote },
      ], items);
    }
    case "aml-transactions": {
      const { items } = await listAmlTransactions(ctx, p, q);
      return sendXlsx(reply, "大额交易登记簿", "反洗钱", [
        { header: "时间", value: (r) => r.occurredAt },
        { header: "收付", value: (r) => (r.direction === "receipt" ? "收" : "付") },
        { header: "方式", value: (r) => (r.method === "cash" ? "现金" : "转账") },
        { header: "金额(元)", value: (r) => fenToYuan(r.amountFen) },
        { header: "客户", value: (r) => r.customerName },
        { header: "证件类型", value: (r) => r.customerIdType },
        { header: "证件号", value: (r) => r.customerIdNo },
        { header: "已识别", value: (r) => r.identified },
        { header: "保单号", value: (r) => r.policyNo },
        { header: "大额", value: (r) => r.largeAmount },
        { header: "可疑", value: (r) => r.suspicious },
        { header: "可疑原因", width: 40, value: (r) => r.suspiciousReasons.join("; ") },
        { header: "上报", value: (r) => r.reportRef },
      ], items);
    }
    case "aml-self-inspections": {
      const { items } = await listAmlSelfInspections(ctx, p, q);
      return sendXlsx(reply, "反洗钱自查", "自查", [
        { header: "期间", value: (r) => r.period },
        { header: "不合规项", value: (r) => r.nonCompliant },
        { header: "已整改", value: (r) => r.rectified },
        { header: "整改率%", value: (r) => r.rectificationRate },
        { header: "整改期限", value: (r) => r.rectificationDeadline },
        { header: "逾期", value: (r) => r.overdue },
      ], items);
    }
    case "archive-borrowings": {
      const { items } = await listArchiveBorrowings(ctx, p, q);
      return sendXlsx(reply, "档案借阅登记", "档案借阅", [
        { header: "档案号", value: (r) => r.archiveRef },
        { header: "题名", value: (r) => r.title },
        { header: "借阅人", value: (r) => r.borrowerName },
        { header: "事由", width: 30, value: (r) => r.purpose },
        { header: "应还日期", value: (r) => r.dueDate },
        { header: "状态", value: (r) => r.status },
        { header: "借出", value: (r) => r.lentAt },
        { header: "归还", value: (r) => r.returnedAt },
        { header: "逾期", value: (r) => r.overdue },
      ], items);
    }
  }
}
