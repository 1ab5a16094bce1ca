/**
 * Excel export of every daily-operations register (same filters as the lists). Issue 9 items 3–4 and
 * issue 10 item 4: through the one export path (audited, row cap, streamed, throttled, no-store);
 * Chinese headers and values, counters by name, times in the counter's local time; lost-property
 * owners and numbers typed into texts masked as in the lists (K-09).
 */
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { type ExportColumn, runExport } from "../control/data-export.js";
import { NameBook, label, yesNo } from "../control/export-format.js";
import { listDailyCloses } from "./list-daily-closes.js";
import { listDrills } from "./list-drills.js";
import { listEquipment } from "./list-equipment.js";
import { listFaults } from "./list-faults.js";
import { listHandovers } from "./list-handovers.js";
import { listIncidents } from "./list-incidents.js";
import { listInspections } from "./list-inspections.js";
import { listLostProperty } from "./list-lost-property.js";
import { listMeetings } from "./list-meetings.js";
import {
  CHECK_STATUS_LABELS,
  DRILL_KIND_LABELS,
  FAULT_STATUS_LABELS,
  HANDOVER_STATUS_LABELS,
  INCIDENT_LEVEL_LABELS,
  INCIDENT_STATUS_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  LOST_STATUS_LABELS,
} from "./export-labels.js";

type Sheet<R> = { title: string; sheet: string; rows: readonly R[]; columns: Array<ExportColumn<R>>; masked?: boolean };

/** Builds a sheet's title, rows and columns; `sendXlsx` keeps the old call shape of each register. */
function sendXlsx<R>(_reply: FastifyReply, title: string, sheet: string, columns: Array<ExportColumn<R>>, rows: readonly R[], masked = false): Sheet<R> {
  return { title, sheet, rows, columns, masked };
}

export type DailyOpsExport = "inspections" | "meetings" | "handovers" | "closes" | "equipment" | "equipment-faults" | "incidents" | "drills" | "lost-property";

export async function exportDailyOps(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, what: DailyOpsExport, q: Record<string, string | undefined>) {
  return runExport(ctx, p, reply, async () => {
    const s = await sheetFor(ctx, p, reply, what, q);
    return { kind: what, title: s.title, sheet: s.sheet, rows: s.rows, columns: s.columns, filter: q, orgUnitId: q.counterId ?? p.orgUnitId, masked: s.masked ?? false, format: "xlsx" as const };
  });
}

async function sheetFor(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, what: DailyOpsExport, q: Record<string, string | undefined>): Promise<Sheet<any>> {
  const names = new NameBook(ctx.database.db);
  switch (what) {
    case "inspections": {
      const { items } = await listInspections(ctx, p, q as Parameters<typeof listInspections>[2]);
      await names.load([], items.map((r) => r.counterId));
      return sendXlsx(reply, "巡检记录", "巡检记录", [
        { header: "营业日", value: (r) => r.businessDate },
        { header: "柜面", value: (r) => names.unit(r.counterId) },
        { header: "检查表", value: (r) => `${r.templateName} 第${r.templateVersion}版` },
        { header: "类型", value: (r) => label(INSPECTION_KIND_LABELS, r.kind) },
        { header: "检查人", value: (r) => r.inspectorName },
        { header: "状态", value: (r) => label(INSPECTION_STATUS_LABELS, r.status) },
        { header: "得分", value: (r) => r.score },
        { header: "不合格项", value: (r) => r.failedCount },
        { header: "不合格明细", width: 60, value: (r) => r.answers.filter((a) => a.result === "fail").map((a) => `${a.itemKey}${a.comment ? `:${a.comment}` : ""}`).join("; ") },
        { header: "提交时间", value: (r) => names.time(r.submittedAt, r.counterId) },
      ], items);
    }
    case "meetings": {
      const { items } = await listMeetings(ctx, p, q);
      await names.load(items.flatMap((r) => r.attendees.map((a) => a.userId)), items.map((r) => r.counterId));
      return sendXlsx(reply, "晨会记录", "晨会记录", [
        { header: "日期", value: (r) => r.businessDate },
        { header: "柜面", value: (r) => names.unit(r.counterId) },
        { header: "开始", value: (r) => names.time(r.startedAt, r.counterId) },
        { header: "结束", value: (r) => names.time(r.endedAt, r.counterId) },
        { header: "出席", value: (r) => r.attendees.filter((a) => a.present).map((a) => a.displayName ?? names.user(a.userId)).join("、") },
        { header: "缺席", value: (r) => r.attendees.filter((a) => !a.present).map((a) => a.displayName ?? names.user(a.userId)).join("、") },
        { header: "回顾", width: 40, value: (r) => r.review },
        { header: "议题", width: 40, value: (r) => r.topics.join("; ") },
        { header: "案例学习", width: 40, value: (r) => r.caseStudies.map((c) => c.title).join("; ") },
        { header: "重点问题", width: 40, value: (r) => r.focusIssues.map((f) => `${f.text}${f.done ? "(已跟进)" : ""}`).join("; ") },
      ], items);
    }
    case "handovers": {
      const { items } = await listHandovers(ctx, p, q as Parameters<typeof listHandovers>[2]);
      return sendXlsx(reply, "交接班记录", "交接班记录", [
        { header: "日期", value: (r) => r.businessDate },
        { header: "班次", value: (r) => r.shift },
        { header: "交班人", value: (r) => r.outgoingLeadName },
        { header: "接班人", value: (r) => r.incomingLeadName },
        { header: "工作完成情况", width: 40, value: (r) => r.workDone },
        { header: "重要事件", width: 30, value: (r) => r.events },
        { header: "存在问题", width: 30, value: (r) => r.problems },
        { header: "待办事项及答复", width: 40, value: (r) => r.pendingItems.map((i) => `${i.item}${i.reply ? ` → ${i.reply}` : ""}`).join("; ") },
        { header: "通知事项", width: 30, value: (r) => r.notices },
        { header: "状态", value: (r) => label(HANDOVER_STATUS_LABELS, r.status) },
        { header: "确认时间", value: (r) => names.time(r.confirmedAt) },
      ], items);
    }
    case "closes": {
      const { items } = await listDailyCloses(ctx, p, q);
      await names.load([], items.map((r) => r.counterId));
      return sendXlsx(reply, "日清日结记录", "日清日结", [
        { header: "营业日", value: (r) => r.businessDate },
        { header: "柜面", value: (r) => names.unit(r.counterId) },
        { header: "结账人", value: (r) => r.closedByName },
        { header: "结账时间", value: (r) => names.time(r.closedAt, r.counterId) },
        { header: "检查结果", width: 60, value: (r) => r.checks.map((c) => `${c.code}：${label(CHECK_STATUS_LABELS, c.status)}`).join("；") },
        { header: "强制结账", value: (r) => yesNo(r.overridden) },
        { header: "强制原因", width: 30, value: (r) => r.overrideReason },
        { header: "备注", width: 30, value: (r) => r.notes },
      ], items);
    }
    case "equipment": {
      const { items } = await listEquipment(ctx, p, q);
      return sendXlsx(reply, "设备登记簿", "设备", [
        { header: "名称", value: (r) => r.name },
        { header: "类别", value: (r) => r.category },
        { header: "型号", value: (r) => r.model },
        { header: "序列号", value: (r) => r.serialNo },
        { header: "位置", value: (r) => r.location },
        { header: "责任人", value: (r) => r.responsibleName },
        { header: "维护单位", value: (r) => r.maintainer },
        { header: "联系方式", value: (r) => r.maintainerContact },
        { header: "在用", value: (r) => yesNo(r.active) },
        { header: "未修复故障", value: (r) => r.openFaults },
      ], items);
    }
    case "equipment-faults": {
      const { items } = await listFaults(ctx, p, q);
      return sendXlsx(reply, "设备故障记录表", "故障", [
        { header: "设备", value: (r) => r.equipmentName },
        { header: "故障描述", width: 40, value: (r) => r.description },
        { header: "报告时间", value: (r) => names.time(r.reportedAt) },
        { header: "状态", value: (r) => label(FAULT_STATUS_LABELS, r.status) },
        { header: "维修单位", value: (r) => r.maintainer },
        { header: "修复时间", value: (r) => names.time(r.repairedAt) },
        { header: "处理记录", width: 60, value: (r) => r.log.map((l) => `${names.time(l.at)} ${label(FAULT_STATUS_LABELS, l.status)}${l.note ? ` ${l.note}` : ""}`).join("；") },
      ], items);
    }
    case "incidents": {
      const { items } = await listIncidents(ctx, p, q as Parameters<typeof listIncidents>[2]);
      return sendXlsx(reply, "突发事件登记", "突发事件", [
        { header: "发生时间", value: (r) => names.time(r.occurredAt) },
        { header: "标题", value: (r) => r.title },
        { header: "级别", value: (r) => label(INCIDENT_LEVEL_LABELS, r.level) },
        { header: "建议级别", value: (r) => label(INCIDENT_LEVEL_LABELS, r.suggestion.level) },
        { header: "触发条件", value: (r) => r.suggestion.matched.join("、") },
        { header: "状态", value: (r) => label(INCIDENT_STATUS_LABELS, r.status) },
        { header: "上报", value: (r) => r.notifications.map((n) => `${n.targetLevel} ${names.time(n.notifiedAt)}`).join("；") },
        { header: "结案", width: 40, value: (r) => r.summary },
      ], items);
    }
    case "drills": {
      const { items } = await listDrills(ctx, p, q);
      return sendXlsx(reply, "应急演练记录", "演练", [
        { header: "日期", value: (r) => r.date },
        { header: "类型", value: (r) => label(DRILL_KIND_LABELS, r.kind) },
        { header: "场景", width: 40, value: (r) => r.scenario },
        { header: "参加人员", width: 30, value: (r) => r.participants.join("、") },
        { header: "记录", width: 40, value: (r) => r.notes },
      ], items);
    }
    case "lost-property": {
      const { items } = await listLostProperty(ctx, p, q as Parameters<typeof listLostProperty>[2]);
      return sendXlsx(reply, "遗失物品登记", "遗失物品", [
        { header: "拾得时间", value: (r) => names.time(r.foundAt, r.counterId) },
        { header: "物品描述", width: 40, value: (r) => r.description },
        { header: "拾得地点", value: (r) => r.foundPlace },
        { header: "拾得人", value: (r) => r.foundBy },
        { header: "保管位置", value: (r) => r.storedAt },
        { header: "状态", value: (r) => label(LOST_STATUS_LABELS, r.status) },
        { header: "领取人", value: (r) => r.returnedTo },
        { header: "归还时间", value: (r) => names.time(r.returnedAt, r.counterId) },
      ], items, true);
    }
  }
}
