/**
 * People module links (issues 14/15/17): P-14 sign-off flags → P-04 standby training started once;
 * P-18 a passed exam / completed onboarding counts as a training pass; K-08/P-15 onboarding writes the
 * hire's staff record. The test clock is 2026-03-10.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: training links between assessment, untrained liability and onboarding (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  const charge = async (userId: string, occurredOn: string) => (await env.call("manager", { method: "POST", url: "/api/v1/people/error-charges", payload: { userId, occurredOn, description: "凭证漏盖章" } })).body;

  it("P-18 a passed exam counts as a training pass from the day of the passing attempt", async () => {
    expect(await charge(ids.teller1!, "2026-03-01")).toMatchObject({ untrained: true, untrainedReasons: [{ kind: "noTrainingPass" }] });
    const exam = await env.call("manager", { method: "POST", url: "/api/v1/people/exams", payload: { userId: ids.teller1, kind: "on_post", title: "上岗考试", passMark: 60 } });
    expect(exam.status).toBe(201);
    await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${exam.body.id}/attempts`, payload: { score: 50, takenOn: "2026-03-03" } });
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${exam.body.id}/attempts`, payload: { score: 80, takenOn: "2026-03-05" } })).body.state).toBe("passed");
    expect(await charge(ids.teller1!, "2026-03-04")).toMatchObject({ untrained: true });
    expect(await charge(ids.teller1!, "2026-03-05")).toMatchObject({ untrained: false, untrainedReasons: [], headName: null });
  });

  it("K-08 P-15 onboarding writes the hire's staff record (hire date, posts of the pending roles); P-18 the approved onboarding counts as a training pass", async () => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/people/onboarding", payload: { username: "newbie9", password: DEMO_PASSWORD, displayName: "新员工 孙丽", orgUnitId: th, roles: ["teller"], mentorUserId: ids.teller1, hiredOn: "2025-12-01", passMark: 60 } });
    expect(r.status).toBe(201);
    const hire = r.body.userId as string;
    const staff = await env.call("manager", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${th}` });
    expect(staff.body.items.find((x: { userId: string }) => x.userId === hire)).toMatchObject({ displayName: "新员工 孙丽", hireDate: "2025-12-01", posts: ["teller"], entry: "onboarding", status: "active" });
    const created = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "people.staff_created").where("entity_id", "=", hire).execute();
    expect(created).toHaveLength(1);
    // no training pass yet: an error is also charged to the department head
    expect(await charge(hire, "2026-03-02")).toMatchObject({ untrained: true });
    for (let i = 0; i < 3; i++) await env.call("teller1", { method: "POST", url: `/api/v1/people/onboarding/${hire}/stage` });
    const examId = (await env.call("manager", { method: "GET", url: `/api/v1/people/onboarding?orgUnitId=${th}` })).body.items.find((o: { userId: string }) => o.userId === hire).assessment.id as string;
    // the assessment passed on 03-09 and the training lead approves (the clock's day, 03-10)
    await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${examId}/attempts`, payload: { score: 90, takenOn: "2026-03-09" } });
    expect((await env.call("gzadmin", { method: "POST", url: `/api/v1/people/onboarding/${hire}/approve` })).body.state).toBe("granted");
    expect(await charge(hire, "2026-03-08")).toMatchObject({ untrained: true });
    expect(await charge(hire, "2026-03-10")).toMatchObject({ untrained: false });
  });

  it("P-14 → P-04 a sign-off flagging three failed quarters starts the standby training once (idempotent over later sign-offs)", async () => {
    const runQuarter = async (quarter: string) => {
      const run = await env.call("manager", { method: "POST", url: "/api/v1/people/assessment-runs", payload: { orgUnitId: th, quarter } });
      expect(run.status, JSON.stringify(run.body)).toBe(200);
      for (const card of run.body.cards as Array<{ id: string; items: Array<{ code: string; kind: string; value: number | null }> }>) {
        for (const i of card.items) {
          if (i.kind === "judgement") await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${card.id}/scores`, payload: { itemCode: i.code, score: 0, comment: "未达标" } });
          else if (i.value === null) await env.call("manager", { method: "POST", url: `/api/v1/people/scorecards/${card.id}/scores`, payload: { itemCode: i.code, value: 0, comment: "无记录" } });
        }
      }
      const signed = await env.call("manager", { method: "POST", url: `/api/v1/people/assessment-runs/${run.body.run.id}/sign-off` });
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
      return signed.body.cards as Array<{ userId: string; grade: string; standbyReason: string | null }>;
    };
    const standbyExams = async () => ((await env.call("manager", { method: "GET", url: `/api/v1/people/exams?orgUnitId=${th}` })).body.items as Array<{ userId: string; kind: string; state: string }>).filter((e) => e.kind === "standby");
    await runQuarter("2025-Q2");
    await runQuarter("2025-Q3");
    expect(await standbyExams()).toEqual([]);
    const third = await runQuarter("2025-Q4");
    const flagged = third.filter((c) => c.standbyReason === "threeFailedQuarters").map((c) => c.userId);
    expect(flagged.length).toBeGreaterThan(0);
    const exams = await standbyExams();
    expect(exams.map((e) => e.userId).sort()).toEqual([...flagged].sort());
    expect(exams.every((e) => e.state === "open")).toBe(true);
    const started = await env.database.db.selectFrom("audit_log").selectAll().where("action", "=", "people.standby_started").execute();
    expect(started).toHaveLength(flagged.length);
    expect(JSON.parse(started[0]!.details)).toMatchObject({ 原因: "累计三个季度考核不合格", 起: "2026-03-10", 止: "2026-03-23" });
    // the next quarter flags the same people again: no second standby training
    const fourth = await runQuarter("2026-Q1");
    expect(fourth.filter((c) => c.standbyReason !== null).length).toBe(flagged.length);
    expect(await standbyExams()).toHaveLength(flagged.length);
  });
});
