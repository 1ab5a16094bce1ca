/**
 * Equipment faults (D-08: reported → repairing → repaired; the latest one still being repaired) and
 * a couple of minor incidents (D-09, reported and closed) over the past business days, through the
 * daily-ops use cases.
 */
import { zonedInstant } from "@ccms/core";
import { type Executor, type OrgUnit, equipmentRepository } from "@ccms/db";
import type { UserPrincipal } from "../../http/principal.js";
import { closeIncident } from "../../modules/daily-ops/close-incident.js";
import { reportFault } from "../../modules/daily-ops/report-fault.js";
import { reportIncident } from "../../modules/daily-ops/report-incident.js";
import { updateFault } from "../../modules/daily-ops/update-fault.js";
import type { BusinessDay } from "./business-days.js";
import type { SeededRandom } from "./seeded-random.js";
import type { TimedStep } from "./timeline.js";

const HOUR = 3_600_000;
const FAULTS = ["无法打印号票", "卡纸，需维保人员处理", "评价器按键无响应", "画面闪烁", "制冷效果差", "开机无反应"];
const INCIDENTS: ReadonlyArray<readonly [string, string]> = [
  ["大厅短时停电", "14:10 大厅照明及叫号系统短时停电约10分钟，已启用手工叫号，恢复后业务正常。"],
  ["客户情绪激动", "一名客户因理赔材料不全情绪激动，值班经理及时安抚并引导至接待室，未影响其他客户。"],
];

export interface FaultPlan {
  counter: OrgUnit;
  days: readonly BusinessDay[];
  reporter: UserPrincipal;
  manager: UserPrincipal;
}

export async function planFaultsAndIncidents(ex: Executor, rng: SeededRandom, plan: FaultPlan): Promise<TimedStep[]> {
  const equipment = (await equipmentRepository.listByName(ex, [plan.counter.id])).filter((e) => e.active === 1);
  const steps: TimedStep[] = [];
  if (equipment.length === 0 || plan.days.length === 0) return steps;
  const tz = plan.counter.timeZone;
  const faultDays = plan.days.filter((_, i) => i % 9 === 4);
  faultDays.forEach((day, i) => {
    const item = rng.pick(equipment);
    const at = zonedInstant(day.date, "09:00", tz).getTime() + rng.int(0, 6 * 60) * 60_000;
    const last = i === faultDays.length - 1;
    steps.push({
      at,
      run: async (ctx) => {
        const fault = await reportFault(ctx, plan.reporter, item.id, { description: `${item.name}${rng.pick(FAULTS)}` });
        await updateFault(after(ctx, 2 * HOUR), plan.manager, fault.id, { status: "repairing", maintainer: item.maintainer ?? undefined, note: "已报维保单位上门检修" });
        if (!last) await updateFault(after(ctx, rng.int(20, 50) * HOUR), plan.manager, fault.id, { status: "repaired", note: "维保人员已修复，测试正常" });
      },
    });
  });
  const incidentDays = [plan.days[Math.floor(plan.days.length * 0.3)], plan.days[Math.floor(plan.days.length * 0.75)]];
  incidentDays.forEach((day, i) => {
    const [title, description] = INCIDENTS[i]!;
    if (!day) return;
    const at = zonedInstant(day.date, "14:30", tz).getTime();
    steps.push({
      at,
      run: async (ctx) => {
        const incident = await reportIncident(ctx, plan.manager, { counterId: plan.counter.id, title, description, occurredAt: new Date(at - 20 * 60_000).toISOString(), facts: { surrenderCount: 0, surrenderAmountFen: 0, gatheringCount: 0, deaths: 0, countersAffected: 0, naturalDisaster: false } });
        await closeIncident(after(ctx, 3 * HOUR), plan.manager, incident.id, { summary: "事件已妥善处置，业务恢复正常，已组织复盘。" });
      },
    });
  });
  return steps;
}

function after<T extends { clock: { now(): Date } }>(ctx: T, ms: number): T {
  const t = ctx.clock.now().getTime() + ms;
  return { ...ctx, clock: { now: () => new Date(t) } };
}
