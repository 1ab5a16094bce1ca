/**
 * Issue 15 part A: P-14 scorecard templates, the quarterly assessment run (KPI items from system data,
 * judgement scores, P-12/P-13 ledger added, C-12 responsible complaints), sign-off and lock, and the
 * P-12 annual excellence list within 15 % of the headcount.
 */
import { caseWorkRepository, ledgerRepository, staffRecordRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { type Seeded, seedReportingData } from "../reporting/reporting-seed.js";

const round1 = (x: number) => Math.round(x * 10) / 10;
const SEED_110 = [
  { section: "科室制度更新", nameZh: "每延迟 1 个工作日扣 5 分", points: 20, kind: "kpi", formula: { metric: "workingDaysLate", scoring: { kind: "deductPerUnit", allowance: 0, perUnit: 5 } } },
  { section: "新产品审核意见反馈", nameZh: "延迟 1 个工作日扣 3 分", points: 10, kind: "judgement" },
  { section: "系统测试工作", nameZh: "延迟 1 个工作日扣 5 分", points: 20, kind: "judgement" },
  { section: "生产环境核心系统维护", nameZh: "指导及使用监控", points: 10, kind: "judgement" },
  { section: "科室培训工作", nameZh: "年度培训计划", points: 40, kind: "judgement" },
  { section: "领导交办的其他工作", nameZh: "时效性", points: 5, kind: "judgement" },
  { section: "领导交办的其他工作", nameZh: "准确性", points: 5, kind: "judgement" },
];

describe(`people: P-14 scorecards and quarterly assessment (${ENGINE})`, () => {
  let env: TestEnv;
  let s: Seeded;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    s = await seedReportingData(env);
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${s.th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
    // C-12 a responsible ruling naming teller2 on the seeded complaint (the ruling flow itself is tested in cases)
    const ex = env.database.db;
    const c = (await ex.selectFrom("cases").select("id").where("org_unit_id", "=", s.th).executeTakeFirst())!;
    await caseWorkRepository.insertRuling(ex, { id: "RUL14A", case_id: c.id, org_unit_id: s.th, outcome: "responsible", category: "badAttitude", employee_id: ids.teller2!, note: "test", ruled_by: "陈敏", ruled_at: "2026-03-09T08:00:00.000Z", appeal_status: "none", appeal_reason: null, appealed_at: null, appeal_decided_by: null, appeal_decided_at: null, appeal_note: null, final_outcome: "responsible", final_category: "badAttitude", committee: null });
    // P-12/P-13 approved ledger entries (part B's ledger is the input): teller1 +5 suggestion, teller3 −5 unapproved swap (loses eligibility)
    const entry = (id: string, userId: string, rule: string, points: number, loses: 0 | 1) =>
      ledgerRepository.insertEntry(ex, { id, user_id: userId, org_unit_id: s.th, rule_code: rule, points, loses_eligibility: loses, quarter_zero: 0, termination_proposed: 0, date: "2026-02-10", origin: "manual", source_key: null, evidence_kind: null, evidence_id: null, note: null, state: "approved", decided_by: ids.manager!, decided_at: "2026-02-11T02:00:00.000Z", decision_note: null, appeal_state: "none", appeal_reason: null, appealed_at: null, appeal_decided_by: null, appeal_decided_at: null, appeal_note: null, created_by: ids.manager!, created_at: "2026-02-10T02:00:00.000Z" });
    await entry("LED14A", ids.teller1!, "suggestion_adopted", 5, 0);
    await entry("LED14B", ids.teller3!, "unapproved_swap", -5, 1);
  });
  afterAll(async () => env?.close());

  it("P-14 the seed cards are data: every active card adds up to 100; 制度管理培训岗 (110) ships only as a draft", async () => {
    const r = await env.call("manager", { method: "GET", url: "/api/v1/people/scorecard-templates" });
    expect(r.status).toBe(200);
    const byPost = new Map((r.body.items as Array<{ post: string; status: string; itemsSum: number; total: number }>).map((t) => [t.post, t]));
    for (const post of ["柜员", "电话管理室负责人", "保全管理室负责人", "综合管理室负责人", "续期管理室负责人", "电话回访岗", "电话接听岗", "电话咨诉岗", "统计分析审计岗", "业务管理岗", "制度管理培训岗", "保全后台岗", "档案管理岗"]) expect(byPost.has(post)).toBe(true);
    for (const t of byPost.values()) if (t.status === "active") expect(t.itemsSum).toBe(t.total);
    expect(byPost.get("制度管理培训岗")).toMatchObject({ status: "draft", itemsSum: 110 });
  });

  it("P-14 a 110-point template is refused with the offending sum; the corrected one becomes the new active version", async () => {
    const bad = await env.call("manager", { method: "POST", url: "/api/v1/people/scorecard-templates", payload: { post: "制度管理培训岗", total: 100, items: SEED_110 } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("scorecard_sum_mismatch");
    expect(bad.body.error.details).toMatchObject({ sum: 110, total: 100 });
    expect(bad.body.error.message).toContain("110");
    const fixed = SEED_110.map((i) => (i.section === "科室培训工作" ? { ...i, points: 30 } : i));
    const ok = await env.call("manager", { method: "POST", url: "/api/v1/people/scorecard-templates", payload: { post: "制度管理培训岗", total: 100, items: fixed } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ version: 2, status: "active", itemsSum: 100 });
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/people/scorecard-templates", payload: { post: "x", total: 100, items: fixed } })).status).toBe(403);
  });

  it("P-14 a quarter run gives each teller a card whose KPI items equal the figures recomputed through the queue and cases APIs; the ledger is added", async () => {
    const run = await env.call("manager", { method: "POST", url: "/api/v1/people/assessment-runs", payload: { orgUnitId: s.th, quarter: "2026-Q1" } });
    expect(run.status).toBe(200);
    const cards = run.body.cards as Array<{ userId: string; post: string; items: Array<{ metric: string | null; value: number | null; score: number | null }>; ledgerPoints: number; score: number }>;
    const stats = (await env.call("manager", { method: "GET", url: `/api/v1/counters/${s.th}/stats?from=2026-01-01&to=2026-03-10` })).body;
    const rulingsRes = await env.call("manager", { method: "GET", url: `/api/v1/cases/rulings?orgUnitId=${s.th}` });
    expect(rulingsRes.status).toBe(200);
    const rulings = rulingsRes.body.items as Array<{ employeeId: string | null; finalOutcome?: string; outcome: string }>;
    // each teller served at one window only in the seed: the window's figures are the teller's
    const windowOf: Record<string, string> = { teller1: s.thWindow1.id, teller2: s.thWindow2.id };
    for (const teller of ["teller1", "teller2", "teller3"]) {
      const card = cards.find((c) => c.userId === ids[teller])!;
      expect(card.post).toBe("柜员");
      const item = (m: string) => card.items.find((i) => i.metric === m)!;
      const w = stats.byWindow.find((x: { windowId: string }) => x.windowId === windowOf[teller]);
      const expectMinutes = (secs: number | null | undefined) => (secs === null || secs === undefined ? null : round1(secs / 60));
      expect(item("avgWaitMinutes").value).toBe(expectMinutes(w?.avgWaitSeconds));
      expect(item("avgServiceMinutes").value).toBe(expectMinutes(w?.avgServiceSeconds));
      const sat = w?.satisfactionRate ?? null;
      expect(item("satisfactionRate").value).toBe(sat === null ? null : round1(sat <= 1 ? sat * 100 : sat));
      const responsible = rulings.filter((r) => r.employeeId === ids[teller] && (r.finalOutcome ?? r.outcome) === "responsible").length;
      expect(item("responsibleComplaints").value).toBe(responsible);
    }
    const t1 = cards.find((c) => c.userId === ids.teller1)!;
    expect(t1.items.find((i) => i.metric === "avgWaitMinutes")).toMatchObject({ value: 20, score: 0 }); // 10, 30, 20 min > 15
    expect(t1.items.find((i) => i.metric === "avgServiceMinutes")).toMatchObject({ value: 15, score: 10 });
    expect(t1.ledgerPoints).toBe(5);
    const t2 = cards.find((c) => c.userId === ids.teller2)!;
    expect(t2.items.find((i) => i.metric === "responsibleComplaints")).toMatchObject({ value: 1, score: 10 });
    expect(run.body.skipped.map((x: { userName: string }) => x.userName)).toContain("柜面主管 陈敏");
  });

  it("P-14 employees see only their own card and comment; the manager scores and signs off; the card is then locked", async () => {
    const mine = await env.call("teller1", { method: "GET", url: `/api/v1/people/scorecards?orgUnitId=${s.th}&quarter=2026-Q1` });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    const cardId = mine.body.items[0].id as string;
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/people/scorecards/${cardId}/comment`, payload: { comment: "等候时长受系统故障影响" } })).body.employeeComment).toBe("等候时长受系统故障影响");
    const all = (await env.call("manager", { method: "GET", url: `/api/v1/people/scorecards?orgUnitId=${s.th}&quarter=2026-Q1` })).body;
    expect(all.items).toHaveLength(3);
    const early = await env.call("manager", { method: "POST", url: `/api/v1/people/assessment-runs/${all.run.id}/sign-off` });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe("assessment_incomplete");
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${cardId}/scores`, payload: { itemCode: "i05", score: 11, comment: "x" } })).status).toBe(400);
    const scores: Record<string, number> = { teller1: 10, teller2: 8, teller3: 15 };
    for (const card of all.items as Array<{ id: string; userId: string; items: Array<{ code: string; kind: string; points: number; value: number | null }> }>) {
      const who = Object.keys(ids).find((k) => ids[k] === card.userId)!;
      for (const i of card.items) {
        if (i.kind === "judgement") await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${card.id}/scores`, payload: { itemCode: i.code, score: Math.min(i.points, scores[who]!), comment: "季度表现" } });
        else if (i.value === null) await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${card.id}/scores`, payload: { itemCode: i.code, value: 0, comment: "本季度无叫号记录，按 0 录入" } });
      }
    }
    const signed = await env.call("manager", { method: "POST", url: `/api/v1/people/assessment-runs/${all.run.id}/sign-off` });
    expect(signed.status).toBe(200);
    expect(signed.body.run).toMatchObject({ state: "signed", signedBy: "柜面主管 陈敏" });
    const t1 = signed.body.cards.find((c: { userId: string }) => c.userId === ids.teller1);
    // KPI 0 + 10 + 0 (66.7 % < 90 %) + 15, judgement 10 × 4 = 65, ledger +5 → 70
    expect(t1).toMatchObject({ itemsScore: 65, ledgerPoints: 5, score: 70, grade: "pass", state: "signed", employeeComment: "等候时长受系统故障影响" });
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${cardId}/scores`, payload: { itemCode: "i05", score: 5, comment: "x" } })).status).toBe(409);
    expect((await env.call("manager", { method: "POST", url: "/api/v1/people/assessment-runs", payload: { orgUnitId: s.th, quarter: "2026-Q1" } })).status).toBe(409);
    const corrected = await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${cardId}/corrections`, payload: { points: 2, reason: "复核更正" } });
    expect(corrected.body).toMatchObject({ score: 72, corrections: [{ points: 2, reason: "复核更正", by: "柜面主管 陈敏" }] });
  });

  it("P-12 annual excellence: at most floor(15 %) of the headcount, the ineligible skipped with the reason", async () => {
    const r = await env.call("manager", { method: "GET", url: `/api/v1/people/excellence?orgUnitId=${s.th}&year=2026` });
    expect(r.status).toBe(200);
    expect(r.body.headcount).toBe(7);
    expect(r.body.quota).toBe(1); // floor(7 × 15 %) = 1
    expect(r.body.chosen).toHaveLength(1);
    expect(r.body.ranking.map((x: { userName: string }) => x.userName)).toHaveLength(3);
    // teller3 has the best average (80) but lost eligibility by an unapproved swap (P-13, Art.106): skipped, teller1 (72) chosen
    expect(r.body.ranking[0]).toMatchObject({ userName: "柜员 刘洋", average: 80 });
    expect(r.body.skipped).toEqual([expect.objectContaining({ userName: "柜员 刘洋", reason: expect.stringContaining("调班") })]);
    expect(r.body.chosen).toEqual([expect.objectContaining({ userName: "柜员 王芳", average: 72 })]);
    expect(r.body.chosen.every((c: { userId: string }) => c.userId !== ids.teller3)).toBe(true);
  });

  it("P-18 annual excellence skips the staff of a department that lost award eligibility for the year, with the reason", async () => {
    const charge = await env.call("manager", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId: ids.teller2!, occurredOn: "2026-06-01", description: "未核对证件即办理" } });
    expect(charge.status).toBe(201);
    expect(charge.body.untrained).toBe(true);
    const r = await env.call("manager", { method: "GET", url: `/api/v1/people/excellence?orgUnitId=${s.th}&year=2026` });
    expect(r.status).toBe(200);
    expect(r.body.chosen).toEqual([]);
    const t1 = r.body.skipped.find((x: { userId: string }) => x.userId === ids.teller1);
    expect(t1).toMatchObject({ userName: "柜员 王芳", reason: expect.stringContaining("未经培训"), reasonEn: expect.stringContaining("untrained") });
    // the ledger's own reason stays first for teller3
    expect(r.body.skipped.find((x: { userId: string }) => x.userId === ids.teller3).reason).toContain("调班");
    // another year is not touched
    expect((await env.call("manager", { method: "GET", url: `/api/v1/people/excellence?orgUnitId=${s.th}&year=2025` })).body.skipped).toEqual([]);
  });

  it("P-14 保全后台岗: notices due by the 5th, postponed for holidays by the unit's calendar, −5 per working day late", async () => {
    // People I's post code backOffice takes the 保全后台岗 card
    if (await staffRecordRepository.find(env.database.db, ids.guide!)) await staffRecordRepository.update(env.database.db, ids.guide!, { posts: JSON.stringify(["backOffice"]) });
    else await staffRecordRepository.insert(env.database.db, { user_id: ids.guide!, org_unit_id: s.th, posts: JSON.stringify(["backOffice"]), hire_date: "2020-01-01", education: null, mandarin_level: null, skills: "[]", entry: "direct", status: "active", note: null, created_by: ids.manager!, created_at: "2026-03-01T00:00:00.000Z", updated_at: "2026-03-01T00:00:00.000Z" });
    const run = await env.call("manager", { method: "POST", url: "/api/v1/people/assessment-runs", payload: { orgUnitId: s.th, quarter: "2026-Q4" } });
    expect(run.status).toBe(200);
    const card = run.body.cards.find((c: { userId: string }) => c.userId === ids.guide);
    expect(card.post).toBe("保全后台岗");
    const notices = card.items.find((i: { metric: string | null }) => i.metric === "noticeDaysLate");
    // October: the 5th falls in the National Day holiday → due 10-08, sent 10-09 (1 day late); November on time;
    // December: the 5th is a Saturday → due Monday 12-07, sent 12-08 (1 day late) → 2 working days, −10
    const r = await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${card.id}/scores`, payload: { itemCode: notices.code, doneDates: [{ month: "2026-10", doneOn: "2026-10-09" }, { month: "2026-11", doneOn: "2026-11-05" }, { month: "2026-12", doneOn: "2026-12-08" }], comment: "按寄发记录" } });
    expect(r.status).toBe(200);
    expect(r.body.items.find((i: { code: string }) => i.code === notices.code)).toMatchObject({ value: 2, score: 5, source: "entered" });
  });
});
