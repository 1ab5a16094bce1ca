/** Issue 15 part B: the reward/penalty ledger (P-12, P-13; C-12, C-13), skill assessments and quality checks. */
import { DEFAULT_LEDGER_RULES } from "@ccms/core";
import { auditRepository, ledgerRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const COMMITTEE = { members: ["陈敏", "李强", "王芳"], inFavour: 3 };

describe(`people: reward/penalty ledger (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  const usernames: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) {
      ids[u.username] = u.id;
      usernames[u.id] = u.username;
    }
  });
  afterAll(async () => env?.close());

  const ledgerOf = async (as: string, userId: string) => (await env.call(as, { method: "GET", url: `/api/v1/people/ledger?userId=${userId}` })).body;

  it("P-12/P-13 the rules in force are seed 003's values (migration snapshot equals the core defaults)", async () => {
    const r = await env.call("teller1", { method: "GET", url: "/api/v1/people/ledger-rules" });
    expect(r.status).toBe(200);
    const got = (r.body.items as Array<{ code: string; article: string; points: number; losesEligibility: boolean; quarterZero: boolean; termination: boolean }>).map(({ code, article, points, losesEligibility, quarterZero, termination }) => ({ code, article, points, losesEligibility, quarterZero, termination }));
    expect(got).toEqual(DEFAULT_LEDGER_RULES.map(({ code, article, points, losesEligibility, quarterZero, termination }) => ({ code, article, points, losesEligibility, quarterZero, termination })));
  });

  it("C-12 → P-13 a responsible ruling deducts from the person automatically; approved, appealed once, the upper level decides; the repeat counts once (C-13)", async () => {
    const c = (await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "办理保全等待时间过长", customer: { name: "张三丰", phone: "13812345678" } } })).body;
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "accept" } })).status).toBe(200);
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "reply", method: "phone", content: "答复", reconsiderationInfo: true } })).status).toBe(200);
    const ruled = await env.call("manager", { method: "POST", url: `/api/v1/cases/${c.id}/actions`, payload: { type: "rule", outcome: "responsible", category: "badAttitude", note: "态度生硬", committee: COMMITTEE, employeeId: ids.teller1 } });
    expect(ruled.status, JSON.stringify(ruled.body)).toBe(200);

    const mine = await ledgerOf("teller1", ids.teller1!);
    const entry = mine.items.find((e: any) => e.evidence?.id === c.id);
    expect(entry).toMatchObject({ ruleCode: "responsible_complaint", points: -2, origin: "automatic", state: "pending", evidence: { kind: "case", id: c.id }, userName: "柜员 王芳", createdByName: null, canAppeal: true, canDecide: false });

    // idempotency: the same event delivered again makes no second entry
    const row = (await env.database.db.selectFrom("outbox").select(["event_id", "data", "channel", "type"]).where("type", "=", "responsibility.ruled").execute()).find((o) => o.data.includes(c.id))!;
    await env.database.db.insertInto("outbox").values({ event_id: `${row.event_id}x`, channel: row.channel, type: row.type, data: row.data, source_id: null, created_at: env.clock.now().toISOString(), lease_until: null, attempts: 0, published_at: null }).execute();
    await env.ctx.bus.publish("people", { type: "responsibility.ruled", data: {} }); // an event with a subscriber drains the outbox
    const dup = await env.database.db.selectFrom("outbox").select("published_at").where("event_id", "=", `${row.event_id}x`).executeTakeFirst();
    expect(dup?.published_at).toBeTruthy();
    const again = (await ledgerOf("teller1", ids.teller1!)).items.filter((e: any) => e.evidence?.id === c.id);
    expect(again).toHaveLength(1);

    // the person cannot approve their own entry; the manager approves
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/decision`, payload: { approve: true } })).status).toBe(403);
    const approved = await env.call("manager", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/decision`, payload: { approve: true, note: "属实" } });
    expect(approved.body).toMatchObject({ state: "approved", decidedByName: "柜面主管 陈敏" });
    const totals = await ledgerRepository.totalsByUser(env.database.db, { orgUnitIds: [th], from: "2026-01-01", to: "2026-12-31" });
    expect(totals.get(ids.teller1!)).toBe(-2);

    // one appeal, by the person
    expect((await env.call("teller2", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/appeal`, payload: { reason: "不是我" } })).body.error.code).toBe("ledger_appeal_not_own");
    const appealed = await env.call("teller1", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/appeal`, payload: { reason: "客户误解" } });
    expect(appealed.body).toMatchObject({ appealState: "pending", appealReason: "客户误解", canAppeal: false });
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/appeal`, payload: { reason: "再次" } })).body.error.code).toBe("ledger_appeal_once");
    // decided by the upper level, not the approver
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/appeal-decision`, payload: { uphold: true, note: "x" } })).status).toBe(403);
    const decided = await env.call("gzadmin", { method: "POST", url: `/api/v1/people/ledger/${entry.id}/appeal-decision`, payload: { uphold: true, note: "经复核属客户误解" } });
    expect(decided.body).toMatchObject({ appealState: "upheld", state: "voided", appealNote: "经复核属客户误解" });
    expect((await ledgerRepository.totalsByUser(env.database.db, { orgUnitIds: [th], from: "2026-01-01", to: "2026-12-31" })).get(ids.teller1!) ?? 0).toBe(0);
    const audit = await auditRepository.list(env.database.db, { entityType: "ledger_entry", limit: 20 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["people.ledger_entry_recorded", "people.ledger_entry_approved", "people.ledger_entry_appealed", "people.ledger_appeal_decided"]));

    // C-13 a repeat complaint for an unreachable handler: one responsible complaint for the outlet, nothing against the earlier handler
    const before = (await ledgerOf("teller1", ids.teller1!)).items.length;
    const rep = await env.call("teller2", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "再次投诉：联系不上经办人", customer: { name: "张三丰", phone: "13812345678" }, repeatOfCaseId: c.id, repeatReason: "handler_unreachable" } });
    expect(rep.status, JSON.stringify(rep.body)).toBe(201);
    const outletRuling = await env.database.db.selectFrom("outbox").select("data").where("type", "=", "responsibility.ruled").execute();
    expect(outletRuling.some((o) => o.data.includes(`"repeatOf":"${c.id}"`))).toBe(true);
    expect((await ledgerOf("teller1", ids.teller1!)).items.length).toBe(before);
  });

  it("P-12/P-13 a manual entry with evidence; Art.106 takes annual-excellence eligibility; the teller sees only their own", async () => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/people/ledger", payload: { userId: ids.teller2, ruleCode: "sign_in_fraud", date: "2026-03-05", evidence: { kind: "attendance", id: "2026-03-05" }, note: "代签到" } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ points: -5, losesEligibility: true, article: "106.7", state: "pending", createdByName: "柜面主管 陈敏" });
    expect((await env.call("manager", { method: "POST", url: "/api/v1/people/ledger", payload: { userId: ids.teller2, ruleCode: "no_such_rule", date: "2026-03-05" } })).body.error.code).toBe("ledger_rule_unknown");
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/people/ledger", payload: { userId: ids.teller2, ruleCode: "posture", date: "2026-03-05" } })).status).toBe(403);
    await env.call("manager", { method: "POST", url: `/api/v1/people/ledger/${r.body.id}/decision`, payload: { approve: true } });
    const inel = await ledgerRepository.ineligibleUsers(env.database.db, { orgUnitIds: [th], from: "2026-01-01", to: "2026-12-31" });
    expect(inel).toEqual([expect.objectContaining({ userId: ids.teller2, ruleCode: "sign_in_fraud", reasonZh: expect.stringContaining("代签到") })]);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/people/ledger?userId=${ids.teller2}` })).status).toBe(403);
    const unit = await env.call("manager", { method: "GET", url: `/api/v1/people/ledger?orgUnitId=${th}` });
    expect(unit.body.totals.find((t: any) => t.userId === ids.teller2)).toMatchObject({ points: -5, eligible: false });
  });

  it("P-12/P-13 attendance: absent two consecutive days −10, a day worked without roster or approved swap −5 and voids full attendance; run twice, once", async () => {
    await env.call("manager", { method: "POST", url: "/api/v1/people/shift-templates", payload: { orgUnitId: th, code: "D", name: "白班", start: "08:30", end: "17:30", minStaff: 2, days: ["mon", "tue", "wed", "thu", "fri"] } });
    const roster = await env.call("manager", { method: "POST", url: "/api/v1/rosters", payload: { orgUnitId: th, from: "2026-03-16", to: "2026-03-20" } });
    expect(roster.status).toBe(201);
    await env.call("manager", { method: "POST", url: `/api/v1/rosters/${roster.body.id}/publish` });
    const tuesday = new Set((roster.body.assignments as Array<{ userId: string; date: string }>).filter((a) => a.date === "2026-03-17").map((a) => a.userId));
    const off = Object.keys(usernames).find((id) => !tuesday.has(id) && ["teller1", "teller2", "teller3", "guide", "duty"].includes(usernames[id]!))!;
    env.clock.set("2026-03-17T01:00:00Z");
    expect((await callFresh(env, usernames[off]!, { method: "POST", url: "/api/v1/people/attendance/clock", payload: { kind: "in" } })).body.today.status).toBe("unrostered");
    // an earlier full-attendance award for March (as if recorded before) is voided by the swap
    const award = { id: "award-march", user_id: off, org_unit_id: th, rule_code: "full_attendance", points: 1, loses_eligibility: 0, quarter_zero: 0, termination_proposed: 0, date: "2026-03-31", origin: "automatic", source_key: `full:${off}:2026-03`, evidence_kind: "attendance", evidence_id: off, note: null, state: "approved", decided_by: ids.manager!, decided_at: "2026-03-17T00:00:00Z", decision_note: null, appeal_state: "none", appeal_reason: null, appealed_at: null, appeal_decided_by: null, appeal_decided_at: null, appeal_note: null, created_by: "system", created_at: "2026-03-17T00:00:00Z" };
    await ledgerRepository.insertEntry(env.database.db, award);

    env.clock.set("2026-03-18T12:00:00Z");
    const sweep = await callFresh(env, "manager", { method: "POST", url: "/api/v1/people/ledger/attendance-sweep", payload: { orgUnitId: th, month: "2026-03" } });
    expect(sweep.status, JSON.stringify(sweep.body)).toBe(200);
    const items = sweep.body.items as Array<{ userId: string; ruleCode: string; points: number; date: string }>;
    expect(items.filter((i) => i.ruleCode === "unapproved_swap")).toEqual([expect.objectContaining({ userId: off, points: -5, date: "2026-03-17", losesEligibility: true })]);
    const absent2 = items.filter((i) => i.ruleCode === "absent_two_days");
    expect(absent2.length).toBeGreaterThan(0);
    // one entry per run of consecutive absent days (Mon–Wed without clocking in is one run)
    for (const a of absent2) expect(a).toMatchObject({ points: -10, losesEligibility: true });
    expect(new Set(absent2.map((a) => a.userId)).size).toBe(absent2.length);
    expect(sweep.body.voided).toBe(1);
    expect((await ledgerRepository.findEntry(env.database.db, "award-march"))!.state).toBe("voided");
    const twice = await callFresh(env, "manager", { method: "POST", url: "/api/v1/people/ledger/attendance-sweep", payload: { orgUnitId: th, month: "2026-03" } });
    expect(twice.body).toMatchObject({ created: 0, voided: 0 });
    expect((await callFresh(env, "teller1", { method: "POST", url: "/api/v1/people/ledger/attendance-sweep", payload: { orgUnitId: th, month: "2026-03" } })).status).toBe(403);
  });

  it("seed 000 §七 skill assessment on five dimensions and a quality check hearing a forbidden phrase (Q-12), summarised per person for the scorecard", async () => {
    env.clock.set("2026-03-10T02:00:00Z");
    const s = await callFresh(env, "manager", { method: "POST", url: "/api/v1/people/skill-assessments", payload: { userId: ids.teller3, period: "2026-Q1", scores: { customerService: 90, computerOperation: 80, professionalKnowledge: 85, ruleCompliance: 95, riskIdentification: 70 } } });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body).toMatchObject({ average: 84, userName: "柜员 刘洋" });
    const phrases = (await callFresh(env, "teller1", { method: "GET", url: "/api/v1/people/service-phrases" })).body.items as Array<{ code: string; kind: string; text: string }>;
    expect(phrases.some((x) => x.kind === "standard")).toBe(true);
    const fb = phrases.find((x) => x.kind === "forbidden")!;
    const q = await callFresh(env, "manager", { method: "POST", url: "/api/v1/people/quality-checks", payload: { userId: ids.teller3, method: "cctv", checkedOn: "2026-03-09", score: 92, findings: ["未起身迎接"], forbiddenPhrases: [fb.code] } });
    expect(q.status, JSON.stringify(q.body)).toBe(201);
    expect(q.body).toMatchObject({ passed: false, forbiddenPhrases: [{ code: fb.code, text: fb.text }] });
    expect((await callFresh(env, "manager", { method: "POST", url: "/api/v1/people/quality-checks", payload: { userId: ids.teller3, method: "interview", checkedOn: "2026-03-09", score: 92, forbiddenPhrases: ["std_greeting"] } })).body.error.code).toBe("quality_phrase_unknown");
    await callFresh(env, "manager", { method: "POST", url: "/api/v1/people/quality-checks", payload: { userId: ids.teller3, method: "post_review", checkedOn: "2026-03-09", score: 88 } });
    const { qualityRepository } = await import("@ccms/db");
    const sum = await qualityRepository.qualitySummaryByUser(env.database.db, { orgUnitIds: [th], from: "2026-01-01", to: "2026-03-31" });
    expect(sum.get(ids.teller3!)).toEqual({ checks: 2, failed: 1, averageScore: 90, forbiddenPhrases: 1 });
    expect((await qualityRepository.skillAveragesByUser(env.database.db, { orgUnitIds: [th], period: "2026-Q1" })).get(ids.teller3!)).toBe(84);
    const list = await callFresh(env, "manager", { method: "GET", url: `/api/v1/people/quality-checks?orgUnitId=${th}` });
    expect(list.body.items).toHaveLength(2);
    expect((await callFresh(env, "manager", { method: "GET", url: `/api/v1/people/skill-assessments?orgUnitId=${th}&period=2026-Q1` })).body.items).toHaveLength(1);
  });
});
