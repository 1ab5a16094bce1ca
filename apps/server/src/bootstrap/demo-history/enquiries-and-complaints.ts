/**
 * Enquiries, complaints and opinions of the past business days, through the case use cases
 * (createCase, performCaseAction) on a clock set to each step's instant: states, deadlines, late
 * flags and the audit trail are what the rules (C-01…C-10) compute. Most older cases are replied and
 * closed in time, some late (breached deadlines), a few escalated; recent ones are still open in
 * every state (new, accepted, investigating, replied).
 */
import type { CaseAction, CaseKind, CaseChannel, CreateCaseRequest } from "@ccms/contracts";
import { isDomainError, minutesOfDay, zonedInstant } from "@ccms/core";
import { type OrgUnit, orgUnitRepository, permissionRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { createCase } from "../../modules/cases/create-case.js";
import { performCaseAction } from "../../modules/cases/perform-case-action.js";
import type { BusinessDay } from "./business-days.js";
import type { SeededRandom } from "./seeded-random.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function demoPrincipal(ctx: AppContext, username: string): Promise<UserPrincipal | undefined> {
  const ex = ctx.database.db;
  const u = await userRepository.findByUsername(ex, username);
  const unit = u ? await orgUnitRepository.findById(ex, u.orgUnitId) : undefined;
  if (!u || !unit) return undefined;
  return {
    kind: "user",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    orgUnitId: u.orgUnitId,
    roles: u.roles,
    permissions: new Set(await permissionRepository.listForRoles(ex, u.roles)),
    scopePath: unit.path,
    sessionId: "demo-history",
    csrfToken: "demo-history",
    mustChangePassword: false,
    passwordExpired: false,
    viaCookie: false,
  };
}

const SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  ["waiting", "办理保全业务排队时间较长"],
  ["waiting", "高峰期等候超过半小时"],
  ["claim", "对理赔进度有疑问"],
  ["claim", "理赔材料要求不清楚"],
  ["policyLoan", "咨询保单贷款利率及办理材料"],
  ["policyLoan", "咨询保单贷款还款方式"],
  ["attitude", "反映柜员解释不够耐心"],
  ["fee", "对退保手续费计算有异议"],
  ["fee", "咨询保费缴纳方式变更"],
];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀兰"];

interface Step {
  at: number;
  caseKey: number;
  run: (ctx: AppContext, id: string) => Promise<unknown>;
}

interface Intake {
  at: number;
  key: number;
  by: UserPrincipal;
  body: CreateCaseRequest;
}

export interface CaseHistoryPlan {
  counter: OrgUnit;
  days: readonly BusinessDay[];
  /** Mean cases per business day. */
  perDay: number;
  first: UserPrincipal;
  manager: UserPrincipal;
}

function instantIn(rng: SeededRandom, day: BusinessDay, tz: string): number {
  const [from, to] = rng.pick(day.frames);
  const span = Math.max(1, minutesOfDay(to === "24:00" ? "23:59" : to) - minutesOfDay(from) - 5);
  return zonedInstant(day.date, from, tz).getTime() + rng.int(1, span) * 60_000;
}

/** Plans intakes and their later steps (not run yet: the caller runs all in time order). */
function planCases(rng: SeededRandom, plan: CaseHistoryPlan, now: number, keyBase: number): { intakes: Intake[]; steps: Step[] } {
  const intakes: Intake[] = [];
  const steps: Step[] = [];
  let key = keyBase;
  const act = (caseKey: number, at: number, by: UserPrincipal, action: CaseAction) => {
    if (at < now - 60_000) steps.push({ at, caseKey, run: (ctx, id) => performCaseAction(ctx, by, id, action) });
  };
  for (const day of plan.days) {
    const n = rng.weighted<number>([[0, 1 - Math.min(0.9, plan.perDay * 0.6)], [1, Math.min(0.9, plan.perDay * 0.6) * 0.75], [2, Math.min(0.9, plan.perDay * 0.6) * 0.25]]);
    for (let i = 0; i < n; i++) {
      const received = instantIn(rng, day, plan.counter.timeZone);
      const kind = rng.weighted<CaseKind>([["enquiry", 45], ["complaint", 42], ["opinion", 13]]);
      const [cause, summary] = rng.pick(SUBJECTS);
      const channel = kind === "opinion" ? rng.pick<CaseChannel>(["opinionBook", "opinionBox"]) : rng.weighted<CaseChannel>([["counter", 45], ["phone", 25], ["hotline", 20], ["letter", 7], ["regulator", 3]]);
      const k = key++;
      intakes.push({
        at: received,
        key: k,
        by: plan.first,
        body: {
          orgUnitId: plan.counter.id,
          kind,
          channel,
          summary: kind === "opinion" ? `意见簿：${summary}` : summary,
          ...(kind === "opinion" ? {} : { cause }),
          customer: { name: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`, phone: `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, "0")}` },
          receivedAt: new Date(received).toISOString(),
        },
      });
      const age = (now - received) / DAY;
      // How far this case has come: older ones finished, recent ones in every open state.
      const stage = age > 12 ? rng.weighted<string>([["closed", 86], ["escalated", 6], ["replied", 4], ["accepted", 4]]) : rng.weighted<string>([["new", 18], ["accepted", 27], ["investigating", 20], ["replied", 15], ["closed", 20]]);
      if (stage === "new") continue;
      const late = rng.chance(0.12);
      const acceptedAt = received + (late ? rng.int(30, 60) * HOUR : rng.int(10, 240) * 60_000);
      act(k, acceptedAt, plan.first, { type: "accept" });
      if (stage === "accepted") continue;
      if (stage === "escalated") {
        act(k, acceptedAt + rng.int(2, 20) * HOUR, plan.manager, { type: "escalate", reason: "涉及费用认定，需上级单位处理" });
        continue;
      }
      if (kind === "complaint") {
        act(k, acceptedAt + rng.int(1, 6) * HOUR, plan.first, { type: "investigate" });
        act(k, acceptedAt + rng.int(6, 20) * HOUR, plan.first, { type: "contact", method: "phone", note: "已电话联系客户，说明正在核实" });
      }
      if (stage === "investigating") continue;
      const replyDays = late ? rng.int(12, 20) : kind === "enquiry" ? rng.int(0, 2) : rng.int(1, 6);
      const repliedAt = acceptedAt + replyDays * DAY + rng.int(1, 5) * HOUR;
      act(k, repliedAt, plan.first, { type: "reply", method: rng.pick(["phone", "phone", "letter", "visit"] as const), content: kind === "enquiry" ? "已告知客户办理流程及所需材料" : "已向客户说明核实结果及处理意见", reconsiderationInfo: true });
      if (stage === "replied") continue;
      const closeAt = repliedAt + rng.int(4, 30) * HOUR;
      if (kind === "complaint") act(k, closeAt + rng.int(20, 60) * HOUR, plan.manager, { type: "callback", result: rng.chance(0.9) ? "satisfied" : "unsatisfied", note: "回访客户，客户认可处理结果" });
      act(k, closeAt, plan.first, { type: "close" });
    }
  }
  return { intakes, steps };
}

export interface CaseHistoryResult {
  cases: number;
  steps: number;
  /** Steps a rule refused (the case simply stays in its earlier state). */
  refused: number;
}

/** Runs every intake and step in time order, each on a clock set to its instant. */
export async function generateCases(ctx: AppContext, rngFor: (code: string) => SeededRandom, plans: readonly CaseHistoryPlan[]): Promise<CaseHistoryResult> {
  const now = ctx.clock.now().getTime();
  const intakes: Intake[] = [];
  const steps: Step[] = [];
  plans.forEach((p, i) => {
    const planned = planCases(rngFor(p.counter.code), p, now, i * 100_000);
    intakes.push(...planned.intakes);
    steps.push(...planned.steps);
  });
  const ids = new Map<number, string>();
  const timeline: Array<{ at: number; run: () => Promise<void> }> = [
    ...intakes.map((c) => ({
      at: c.at,
      run: async () => {
        const created = await createCase(at(ctx, c.at + 60_000), c.by, c.body);
        ids.set(c.key, created.id);
      },
    })),
    ...steps.map((s) => ({
      at: s.at,
      run: async () => {
        const id = ids.get(s.caseKey);
        if (id) await s.run(at(ctx, s.at), id);
      },
    })),
  ].sort((a, b) => a.at - b.at);
  const result: CaseHistoryResult = { cases: 0, steps: 0, refused: 0 };
  for (const t of timeline) {
    try {
      await t.run();
      result.steps++;
    } catch (e) {
      if (!isDomainError(e)) throw e;
      result.refused++;
    }
  }
  result.cases = ids.size;
  return result;
}

/** The same context on a clock that shows `instant`. */
function at(ctx: AppContext, instant: number): AppContext {
  return { ...ctx, clock: { now: () => new Date(instant) } };
}
