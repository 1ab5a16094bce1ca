/** Excel export of every daily-operations register (same filters as the lists). */
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { listDailyCloses } from "./daily-close.js";
import { listEquipment, listFaults } from "./equipment.js";
import { listDrills, listIncidents, listLostProperty } from "./incidents.js";
import { listInspections } from "./inspections.js";
import { listHandovers, listMeetings } from "./meetings-handovers.js";
import { sendXlsx } from "./ops-shared.js";

export type DailyOpsExport = "inspections" | "meetings" | "handovers" | "closes" | "equipment" | "equipment-faults" | "incidents" | "drills" | "lost-property";

export async function exportDailyOps(ctx: AppContext, p: UserPrincipal, reply: FastifyReply, what: DailyOpsExport, q: Record<string, string | undefined>) {
  switch (what) {
    case "inspections": {
      const { items } = await listInspections(ctx, p, q);
      return sendXlsx(reply, "巡检记录", "巡检记录", [
        { header: "营业日", value: (r) => r.businessDate },
        { header: "柜面", value: (r) => r.counterId },
        { header: "检查表", value: (r) => `${r.templateName} v${r.templateVersion}` },
        { header: "类型", value: (r) => r.kind },
        { header: "检查人", value: (r) => r.inspectorName },
        { header: "状态", value: (r) => r.status },
        { header: "得分", value: (r) => r.score },
        { header: "不合格项", value: (r) => r.failedCount },
        { header: "不合格明细", width: 60, value: (r) => r.answers.filter((a) => a.result === "fail").map((a) => `${a.itemKey}${a.comment ? `:${a.comment}` : ""}`).join("; ") },
        { header: "提交时间", value: (r) => r.submittedAt },
      ], items);
    }
    case "meetings": {
      const { items } = await listMeetings(ctx, p, q);
      return sendXlsx(reply, "晨会记录", "晨会记录", [
        { header: "日期", value: (r) => r.businessDate },
        { header: "柜面", value: (r) => r.counterId },
        { header: "开始", value: (r) => r.startedAt },
        { header: "结束", value: (r) => r.endedAt },
        { header: "出席", value: (r) => r.attendees.filter((a) => a.present).map((a) => a.displayName ?? a.userId).join("、") },
        { header: "缺席", value: (r) => r.attendees.filter((a) => !a.present).map((a) => a.displayName ?? a.userId).join("、") },
        { header: "回顾", width: 40, value: (r) => r.review },
        { header: "议题", width: 40, value: (r) => r.topics.join("; ") },
        { header: "案例学习", width: 40, value: (r) => r.caseStudies.map((c) => c.title).join("; ") },
        { header: "重点问题", width: 40, value: (r) => r.focusIssues.map((f) => `${f.text}${f.done ? "(已跟进)" : ""}`).join("; ") },
      ], items);
    }
    case "handovers": {
      const { items } = await listHandovers(ctx, p, q);
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
        { header: "状态", value: (r) => (r.status === "confirmed" ? "已确认" : "待确认") },
        { header: "确认时间", value: (r) => r.confirmedAt },
      ], items);
    }
    case "closes": {
      const { items } = await listDailyCloses(ctx, p, q);
      return sendXlsx(reply, "日清日结记录", "日清日结", [
        { header: "营业日", value: (r) => r.businessDate },
        { header: "柜面", value: (r) => r.counterId },
        { header: "结账人", value: (r) => r.closedByName },
        { header: "结账时间", value: (r) => r.closedAt },
        { header: "检查结果", width: 60, value: (r) => r.checks.map((c) => `${c.code}:${c.status}`).join("; ") },
        { header: "强制结账", value: (r) => r.overridden },
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
        { header: "在用", value: (r) => r.active },
        { header: "未修复故障", value: (r) => r.openFaults },
      ], items);
    }
    case "equipment-faults": {
      const { items } = await listFaults(ctx, p, q);
      return sendXlsx(reply, "设备故障记录表", "故障", [
        { header: "设备", value: (r) => r.equipmentName },
        { header: "故障描述", width: 40, value: (r) => r.description },
        { header: "报告时间", value: (r) => r.reportedAt },
        { header: "状态", value: (r) => r.status },
        { header: "维修单位", value: (r) => r.maintainer },
        { header: "修复时间", value: (r) => r.repairedAt },
        { header: "处理记录", width: 60, value: (r) => r.log.map((l) => `${l.at} ${l.status}${l.note ? ` ${l.note}` : ""}`).join("; ") },
      ], items);
    }
    case "incidents": {
      const { items } = await listIncidents(ctx, p, q);
      return sendXlsx(reply, "突发事件登记", "突发事件", [
        { header: "发生时间", value: (r) => r.occurredAt },
        { header: "标题", value: (r) => r.title },
        { header: "级别", value: (r) => r.level },
        { header: "建议级别", value: (r) => r.suggestion.level },
        { header: "触发条件", value: (r) => r.suggestion.matched.join(",") },
        { header: "状态", value: (r) => r.status },
        { header: "上报", value: (r) => r.notifications.map((n) => `${n.targetLevel}@${n.notifiedAt}`).join("; ") },
        { header: "结案", width: 40, value: (r) => r.summary },
      ], items);
    }
    case "drills": {
      const { items } = await listDrills(ctx, p, q);
      return sendXlsx(reply, "应急演练记录", "演练", [
        { header: "日期", value: (r) => r.date },
        { header: "类型", value: (r) => r.kind },
        { header: "场景", width: 40, value: (r) => r.scenario },
        { header: "参加人员", width: 30, value: (r) => r.participants.join("、") },
        { header: "记录", width: 40, value: (r) => r.notes },
      ], items);
    }
    case "lost-property": {
      const { items } = await listLostProperty(ctx, p, q);
      return sendXlsx(reply, "遗失物品登记", "遗失物品", [
        { header: "拾得时间", value: (r) => r.foundAt },
        { header: "物品描述", width: 40, value: (r) => r.description },
        { header: "拾得地点", value: (r) => r.foundPlace },
        { header: "拾得人", value: (r) => r.foundBy },
        { header: "保管位置", value: (r) => r.storedAt },
        { header: "状态", value: (r) => (r.status === "returned" ? "已归还" : "保管中") },
        { header: "领取人", value: (r) => r.returnedTo },
        { header: "归还时间", value: (r) => r.returnedAt },
      ], items);
    }
  }
}
