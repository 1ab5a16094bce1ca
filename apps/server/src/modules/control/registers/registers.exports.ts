/**
 * Excel export of every internal-control register (same filters as the lists). Issue 9 items 3–4 and
 * issue 10 item 4: through the one export path (audited, row cap, streamed, throttled, no-store);
 * Chinese headers and values, people and units by name, times in the counter's local time; customer
 * data masked as in the lists (K-09: the AML register never leaves with full names or ID numbers).
 */
import { controlItemRepository } from "@ccms/db";
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../../context.js";
import type { UserPrincipal } from "../../../http/principal.js";
import { fenToYuan } from "./fen-to-yuan.js";
import { type ExportColumn, runExport } from "../data-export.js";
import { NameBook, label, yesNo } from "../export-format.js";
import { listAmlSelfInspections } from "./aml/list-aml-self-inspections.js";
import { listAmlTransactions } from "./aml/list-aml-transactions.js";
import { listArchiveBorrowings } from "./archives/list-archive-borrowings.js";
import { listCorrectiveActions } from "./corrective-actions/list-corrective-actions.js";
import { listControlItems } from "./items/list-control-items.js";
import { listItemLosses } from "./items/list-item-losses.js";
import { listItemUsages } from "./items/list-item-usages.js";
import { listMovements } from "./items/list-movements.js";
import {
  AML_DIRECTION_LABELS,
  AML_METHOD_LABELS,
  BORROWING_STATUS_LABELS,
  CA_SOURCE_LABELS,
  CA_STATUS_LABELS,
  FINDING_KIND_LABELS,
  FINDING_STATUS_LABELS,
  ITEM_KIND_LABELS,
  ITEM_STATUS_LABELS,
  LEAVE_KIND_LABELS,
  MOVEMENT_LABELS,
} from "./export-labels.js";
import { listFindings } from "./findings/list-findings.js";
import { listLeaves } from "./leaves/list-leaves.js";
import { listWriteOffs } from "./write-offs/list-write-offs.js";

export type ControlExport = "items" | "movements" | "usages" | "losses" | "write-offs" | "leaves" | "findings" | "corrective-actions" | "aml-transactions" | "aml-self-inspections" | "archive-borrowings";

type Sheet<R> = { title: string; sheet: string; rows: readonly R[]; columns: Array<ExportColumn<R>>; masked?: boolean };

/** Names of the items (seals, documents) referenced by movements, usages and losses. */
async function itemNames(ctx: AppContext, ids: readonly string[]): Promise<Map<string, string>> {
  return controlItemRepository.namesByIds(ctx.database.db, ids);
}

async function sheetFor(ctx: AppContext, p: UserPrincipal, what: ControlExport, q: Record<string, string | undefined>): Promise<Sheet<any>> {
  const names = new NameBook(ctx.database.db);
  switch (what) {
    case "items": {
      const { items } = await listControlItems(ctx, p, q as Parameters<typeof listControlItems>[2]);
      await names.load([], items.map((r) => r.counterId));
      const s: Sheet<(typeof items)[number]> = {
        title: "印章及重要单证登记簿",
        sheet: "印章单证",
        rows: items,
        columns: [
          { header: "柜面", value: (r) => names.unit(r.counterId) },
          { header: "类别", value: (r) => label(ITEM_KIND_LABELS, r.kind) },
          { header: "种类", value: (r) => r.itemType },
          { header: "名称", value: (r) => r.name },
          { header: "起始号", value: (r) => (r.serialFrom ? `${r.prefix ?? ""}${r.serialFrom}` : "") },
          { header: "终止号", value: (r) => (r.serialTo ? `${r.prefix ?? ""}${r.serialTo}` : "") },
          { header: "数量", value: (r) => r.quantity },
          { header: "保管人", value: (r) => r.custodianName },
          { header: "在保险柜", value: (r) => yesNo(r.inSafe) },
          { header: "状态", value: (r) => label(ITEM_STATUS_LABELS, r.status) },
          { header: "登记时间", value: (r) => names.time(r.createdAt, r.counterId) },
        ],
      };
      return s;
    }
    case "movements": {
      const { items } = await listMovements(ctx, p, q as Parameters<typeof listMovements>[2]);
      const [, itemsById] = await Promise.all([names.load(items.flatMap((r) => [r.fromUserId, r.toUserId, r.byId])), itemNames(ctx, items.map((r) => r.itemId))]);
      const s: Sheet<(typeof items)[number]> = {
        title: "印章单证交接登记",
        sheet: "交接",
        rows: items,
        columns: [
          { header: "时间", value: (r) => names.time(r.at) },
          { header: "物品", value: (r) => itemsById.get(r.itemId) ?? "" },
          { header: "类型", value: (r) => label(MOVEMENT_LABELS, r.kind) },
          { header: "交出人", value: (r) => names.user(r.fromUserId) },
          { header: "接收人", value: (r) => names.user(r.toUserId) },
          { header: "起止号", value: (r) => (r.serialFrom ? `${r.serialFrom}-${r.serialTo}` : "") },
          { header: "清点", value: (r) => r.countedMark },
          { header: "经办人", value: (r) => names.user(r.byId) },
          { header: "备注", width: 30, value: (r) => r.note },
        ],
      };
      return s;
    }
    case "usages": {
      const { items } = await listItemUsages(ctx, p, q as Parameters<typeof listItemUsages>[2]);
      const [, itemsById] = await Promise.all([names.load(items.map((r) => r.userId), items.map((r) => r.counterId)), itemNames(ctx, items.map((r) => r.itemId))]);
      const s: Sheet<(typeof items)[number]> = {
        title: "用印登记簿",
        sheet: "用印",
        rows: items,
        columns: [
          { header: "时间", value: (r) => names.time(r.usedAt, r.counterId) },
          { header: "柜面", value: (r) => names.unit(r.counterId) },
          { header: "物品", value: (r) => itemsById.get(r.itemId) ?? "" },
          { header: "使用人", value: (r) => names.user(r.userId) },
          { header: "文件/单据", value: (r) => r.documentRef },
          { header: "事由", width: 40, value: (r) => r.purpose },
          { header: "单证号", value: (r) => r.serial },
        ],
      };
      return s;
    }
    case "losses": {
      const { items } = await listItemLosses(ctx, p, q as Parameters<typeof listItemLosses>[2]);
      const [, itemsById] = await Promise.all([names.load(items.flatMap((r) => r.responsibleUserIds), items.map((r) => r.counterId)), itemNames(ctx, items.map((r) => r.itemId))]);
      const s: Sheet<(typeof items)[number]> = {
        title: "重要单证遗失登记",
        sheet: "遗失",
        rows: items,
        columns: [
          { header: "日期", value: (r) => r.occurredOn },
          { header: "柜面", value: (r) => names.unit(r.counterId) },
          { header: "物品", value: (r) => itemsById.get(r.itemId) ?? "" },
          { header: "类别", value: (r) => label(ITEM_KIND_LABELS, r.kind) },
          { header: "号码", value: (r) => r.serials.join("、") },
          { header: "数量", value: (r) => r.quantity },
          { header: "整套不全", value: (r) => yesNo(r.incompleteSet) },
          { header: "当月累计", value: (r) => r.monthCount },
          { header: "责任人", value: (r) => r.responsibleUserIds.map((id) => names.user(id)).join("、") },
          { header: "说明", width: 40, value: (r) => r.note },
        ],
      };
      return s;
    }
    case "write-offs": {
      const { items } = await listWriteOffs(ctx, p, q as Parameters<typeof listWriteOffs>[2]);
      const lines = items.flatMap((w) => w.lines.map((l) => ({ w, l })));
      const s: Sheet<(typeof lines)[number]> = {
        title: "重要单证手工核销清单",
        sheet: "核销清单",
        rows: lines,
        columns: [
          { header: "清单号", value: (r) => r.w.listNo },
          { header: "柜面", value: (r) => r.w.counterName },
          { header: "单证种类", value: (r) => r.l.docType },
          { header: "单证号", value: (r) => r.l.serial },
          { header: "业务号", value: (r) => r.l.businessRef },
          { header: "金额(元)", value: (r) => (r.l.amountFen === undefined ? "" : fenToYuan(r.l.amountFen)) },
          { header: "原因", value: (r) => r.w.reason },
          { header: "制表人", value: (r) => r.w.preparedByName },
          { header: "制表时间", value: (r) => names.time(r.w.createdAt) },
        ],
      };
      return s;
    }
    case "leaves": {
      const { items } = await listLeaves(ctx, p, q as Parameters<typeof listLeaves>[2]);
      const s: Sheet<(typeof items)[number]> = {
        title: "休假登记",
        sheet: "休假",
        rows: items,
        columns: [
          { header: "人员", value: (r) => r.userName },
          { header: "开始", value: (r) => r.from },
          { header: "结束", value: (r) => r.to },
          { header: "类型", value: (r) => label(LEAVE_KIND_LABELS, r.kind) },
          { header: "已批准", value: (r) => yesNo(r.approved) },
          { header: "工作日", value: (r) => r.workingDays },
          { header: "印章交回", value: (r) => (r.handBackId ? "已登记" : "") },
        ],
      };
      return s;
    }
    case "findings": {
      const { items } = await listFindings(ctx, p, q as Parameters<typeof listFindings>[2]);
      await names.load([], items.flatMap((r) => [r.orgUnitId, r.reportedToUnitId]));
      const s: Sheet<(typeof items)[number]> = {
        title: "内控检查发现",
        sheet: "发现",
        rows: items,
        columns: [
          { header: "时间", value: (r) => names.time(r.createdAt, r.orgUnitId) },
          { header: "类型", value: (r) => label(FINDING_KIND_LABELS, r.kind) },
          { header: "标题", width: 40, value: (r) => r.title },
          { header: "单位", value: (r) => names.unit(r.orgUnitId) },
          { header: "报送", value: (r) => names.unit(r.reportedToUnitId) },
          { header: "相关人员", value: (r) => r.subjectNames.join("、") },
          { header: "状态", value: (r) => label(FINDING_STATUS_LABELS, r.status) },
          { header: "处理结果", width: 40, value: (r) => r.resolution },
        ],
      };
      return s;
    }
    case "corrective-actions": {
      const { items } = await listCorrectiveActions(ctx, p, q as Parameters<typeof listCorrectiveActions>[2]);
      const s: Sheet<(typeof items)[number]> = {
        title: "整改事项",
        sheet: "整改",
        rows: items,
        columns: [
          { header: "来源", value: (r) => label(CA_SOURCE_LABELS, r.source) },
          { header: "内容", width: 50, value: (r) => r.description },
          { header: "责任人", value: (r) => r.ownerName },
          { header: "期限", value: (r) => r.dueDate },
          { header: "状态", value: (r) => label(CA_STATUS_LABELS, r.status) },
          { header: "逾期", value: (r) => yesNo(r.overdue) },
          { header: "整改说明", width: 40, value: (r) => r.resolutionNote },
        ],
      };
      return s;
    }
    case "aml-transactions": {
      // K-09 masked like the list: full names / ID numbers only one record at a time, with a reason
      const { items } = await listAmlTransactions(ctx, p, q as Parameters<typeof listAmlTransactions>[2]);
      await names.load(items.map((r) => r.recordedById), items.map((r) => r.counterId));
      const s: Sheet<(typeof items)[number]> = {
        title: "大额交易登记簿",
        sheet: "反洗钱",
        masked: true,
        rows: items,
        columns: [
          { header: "时间", value: (r) => names.time(r.occurredAt, r.counterId) },
          { header: "柜面", value: (r) => names.unit(r.counterId) },
          { header: "收付", value: (r) => label(AML_DIRECTION_LABELS, r.direction) },
          { header: "方式", value: (r) => label(AML_METHOD_LABELS, r.method) },
          { header: "金额(元)", value: (r) => fenToYuan(r.amountFen) },
          { header: "客户", value: (r) => r.customerName },
          { header: "证件类型", value: (r) => r.customerIdType },
          { header: "证件号", value: (r) => r.customerIdNo },
          { header: "已识别", value: (r) => yesNo(r.identified) },
          { header: "保单号", value: (r) => r.policyNo },
          { header: "大额", value: (r) => yesNo(r.largeAmount) },
          { header: "可疑", value: (r) => yesNo(r.suspicious) },
          { header: "可疑原因", width: 40, value: (r) => r.suspiciousReasons.join("；") },
          { header: "上报", value: (r) => r.reportRef },
          { header: "登记人", value: (r) => names.user(r.recordedById) },
        ],
      };
      return s;
    }
    case "aml-self-inspections": {
      const { items } = await listAmlSelfInspections(ctx, p, q as Parameters<typeof listAmlSelfInspections>[2]);
      await names.load([], items.map((r) => r.counterId));
      const s: Sheet<(typeof items)[number]> = {
        title: "反洗钱自查",
        sheet: "自查",
        rows: items,
        columns: [
          { header: "柜面", value: (r) => names.unit(r.counterId) },
          { header: "期间", value: (r) => r.period },
          { header: "不合规项", value: (r) => r.nonCompliant },
          { header: "已整改", value: (r) => r.rectified },
          { header: "整改率%", value: (r) => r.rectificationRate },
          { header: "整改期限", value: (r) => r.rectificationDeadline },
          { header: "逾期", value: (r) => yesNo(r.overdue) },
        ],
      };
      return s;
    }
    case "archive-borrowings": {
      const { items } = await listArchiveBorrowings(ctx, p, q as Parameters<typeof listArchiveBorrowings>[2]);
      const s: Sheet<(typeof items)[number]> = {
        title: "档案借阅登记",
        sheet: "档案借阅",
        rows: items,
        columns: [
          { header: "档案号", value: (r) => r.archiveRef },
          { header: "题名", value: (r) => r.title },
          { header: "借阅人", value: (r) => r.borrowerName },
          { header: "事由", width: 30, value: (r) => r.purpose },
          { header: "应还日期", value: (r) => r.dueDate },
          { header: "状态", value: (r) => label(BORROWING_STATUS_LABELS, r.status) },
          { header: "借出", value: (r) => names.time(r.lentAt) },
          { header: "归还", value: (r) => names.time(r.returnedAt) },
          { header: "逾期", value: (r) => yesNo(r.overdue) },
        ],
      };
      return s;
    }
  }
}

export async function exportControl(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, what: ControlExport, q: Record<string, string | undefined>) {
  return runExport(ctx, p, reply, async () => {
    const s = await sheetFor(ctx, p, what, q);
    return { kind: what, title: s.title, sheet: s.sheet, rows: s.rows, columns: s.columns, filter: q, orgUnitId: q.counterId ?? p.orgUnitId, masked: s.masked ?? false, format: "xlsx" as const };
  });
}
