/** Issue 14 item 2: onboarding, exams, training (K-08, P-01, P-03, P-04). The test clock is 2026-03-10. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

describe(`people: K-08 onboarding, exams and training (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};
  let trainee = "";

  beforeAll(async () => {
    env = await createTestEnv();
    [th] = env.demo.counterIds as [string, string];
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  const audits = async (action: string) => env.database.db.selectFrom("audit_log").selectAll().where("action", "=", action).execute();

  it("K-08 a person hired through onboarding starts as a trainee: no business roles, a mentor, the 3-month assessment set", async () => {
    const r = await env.call("manager", {
      method: "POST",
      url: "/api/v1/people/onboarding",
      payload: { username: "newbie1", password: DEMO_PASSWORD, displayName: "新员工 赵敏", orgUnitId: th, roles: ["teller"], mentorUserId: ids.teller1, hiredOn: "2025-12-01", passMark: 80 },
    });
    expect(r.status).toBe(201);
    trainee = r.body.userId;
    expect(r.body).toMatchObject({ userName: "新员工 赵敏", mentorName: "柜员 王芳", stage: "norms", state: "training", pendingRoles: ["teller"], currentRoles: [], assessmentDueOn: "2026-03-01", onPostExamDueOn: "2026-06-01" });
    expect(r.body.assessment).toMatchObject({ kind: "onboarding_assessment", passMark: 80, maxAttempts: 2, state: "open" });
    expect(r.body.blockers).toEqual(["stages_not_done", "assessment_not_passed"]);
    expect((await audits("people.onboarding_started"))).toHaveLength(1);
    // the trainee signs in: its own training only, no business screens
    await env.database.db.updateTable("users").set({ must_change_password: 0 }).where("id", "=", trainee).execute();
    const me = await env.call("newbie1", { method: "GET", url: "/api/v1/people/training/me" });
    expect(me.status).toBe(200);
    expect(me.body.onboarding.userId).toBe(trainee);
    expect((await env.call("newbie1", { method: "GET", url: `/api/v1/people/staff?orgUnitId=${th}` })).status).toBe(403);
  });

  it("K-08 the training lead cannot grant the roles before the stages are done and the assessment passed", async () => {
    const early = await env.call("gzadmin", { method: "POST", url: `/api/v1/people/onboarding/${trainee}/approve` });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe("onboarding_not_ready");
  });

  it("P-03 the mentor signs off the three pre-job stages in order; another teller may not", async () => {
    expect((await env.call("teller2", { method: "POST", url: `/api/v1/people/onboarding/${trainee}/stage` })).status).toBe(403);
    const stages = [];
    for (let i = 0; i < 3; i++) stages.push((await env.call("teller1", { method: "POST", url: `/api/v1/people/onboarding/${trainee}/stage` })).body.stage);
    expect(stages).toEqual(["shadowing", "trial", "done"]);
    const again = await env.call("teller1", { method: "POST", url: `/api/v1/people/onboarding/${trainee}/stage` });
    expect(again.body.error.code).toBe("onboarding_stages_done");
  });

  it("K-08 P-01 a failed first attempt leaves one more; a pass and the training lead's approval grant the business roles (audited)", async () => {
    const list = await env.call("manager", { method: "GET", url: `/api/v1/people/onboarding?orgUnitId=${th}` });
    const examId = list.body.items.find((o: any) => o.userId === trainee).assessment.id as string;
    const first = await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${examId}/attempts`, payload: { score: 70, takenOn: "2026-03-02" } });
    expect(first.body).toMatchObject({ state: "open", attemptsLeft: 1, proposal: null });
    const second = await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${examId}/attempts`, payload: { score: 85, takenOn: "2026-03-09" } });
    expect(second.body).toMatchObject({ state: "passed", attempts: [expect.objectContaining({ seq: 1, passed: false }), expect.objectContaining({ seq: 2, passed: true, recordedByName: "柜面主管 陈敏" })] });
    // the counter manager is not the training lead
    expect((await env.call("manager", { method: "POST", url: `/api/v1/people/onboarding/${trainee}/approve` })).status).toBe(403);
    const ok = await env.call("gzadmin", { method: "POST", url: `/api/v1/people/onboarding/${trainee}/approve` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: "granted", currentRoles: ["teller"], blockers: ["already_granted"], approvedByName: "市分公司管理员" });
    const granted = await audits("people.k08_roles_granted");
    expect(granted).toHaveLength(1);
    expect(JSON.parse(granted[0]!.details)).toMatchObject({ 授予岗位: ["teller"] });
    const me = await callFresh(env, "newbie1", { method: "GET", url: "/api/v1/people/training/me" });
    expect(me.body.onboarding.state).toBe("granted");
  });

  it("P-01 the 3-month assessment failed twice proposes dismissal and the roles are never granted", async () => {
    const r = await env.call("manager", {
      method: "POST",
      url: "/api/v1/people/onboarding",
      payload: { username: "newbie2", password: DEMO_PASSWORD, displayName: "新员工 孙丽", orgUnitId: th, roles: ["teller"], mentorUserId: ids.teller1, hiredOn: "2025-12-01" },
    });
    const examId = r.body.assessment.id as string;
    await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${examId}/attempts`, payload: { score: 40, takenOn: "2026-03-02" } });
    const second = await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${examId}/attempts`, payload: { score: 50, takenOn: "2026-03-09" } });
    expect(second.body).toMatchObject({ state: "failed", proposal: "dismissal" });
    const third = await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${examId}/attempts`, payload: { score: 90, takenOn: "2026-03-10" } });
    expect(third.body.error.code).toBe("exam_closed");
    const list = await env.call("manager", { method: "GET", url: `/api/v1/people/onboarding?orgUnitId=${th}` });
    expect(list.body.items.find((o: any) => o.userId === r.body.userId)).toMatchObject({ state: "dismissal_proposed", currentRoles: [] });
    expect(await audits("people.dismissal_proposed")).toHaveLength(1);
  });

  it("P-01 the on-post exam failed twice proposes a transfer", async () => {
    const exam = await env.call("manager", { method: "POST", url: "/api/v1/people/exams", payload: { userId: ids.teller2, kind: "on_post", title: "上岗考试", passMark: 60, dueOn: "2026-03-31" } });
    expect(exam.status).toBe(201);
    expect(exam.body).toMatchObject({ userName: "柜员 张伟", maxAttempts: 2 });
    const dup = await env.call("manager", { method: "POST", url: "/api/v1/people/exams", payload: { userId: ids.teller2, kind: "on_post", title: "上岗考试", passMark: 60 } });
    expect(dup.body.error.code).toBe("exam_already_open");
    await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${exam.body.id}/attempts`, payload: { score: 55, takenOn: "2026-03-05" } });
    const r = await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${exam.body.id}/attempts`, payload: { score: 58, takenOn: "2026-03-09" } });
    expect(r.body).toMatchObject({ state: "failed", proposal: "transfer" });
    expect(await audits("people.transfer_proposed")).toHaveLength(1);
  });

  it("P-04 standby training with its own exam: one fail proposes dismissal", async () => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/people/standby-training", payload: { userId: ids.teller3, reason: "累计三个季度考核不合格", startsOn: "2026-03-11", endsOn: "2026-03-25" } });
    expect(r.status).toBe(201);
    expect(r.body.session).toMatchObject({ kind: "standby", attendees: [expect.objectContaining({ userName: "柜员 刘洋", status: "invited" })] });
    expect(r.body.exam).toMatchObject({ kind: "standby", maxAttempts: 1, dueOn: "2026-03-25" });
    const fail = await env.call("manager", { method: "POST", url: `/api/v1/people/exams/${r.body.exam.id}/attempts`, payload: { score: 30, takenOn: "2026-03-25" } });
    expect(fail.body).toMatchObject({ state: "failed", proposal: "dismissal" });
  });

  it("P-03 on-job attendance is counted; an external training's report is due within a week", async () => {
    const onJob = await env.call("manager", { method: "POST", url: "/api/v1/people/training-sessions", payload: { orgUnitId: th, kind: "on_job", title: "新产品培训", startsOn: "2026-03-03", endsOn: "2026-03-03", attendeeUserIds: [ids.teller1, ids.teller2] } });
    expect(onJob.status).toBe(201);
    expect(onJob.body.reportDueOn).toBeNull();
    await env.call("manager", { method: "POST", url: `/api/v1/people/training-sessions/${onJob.body.id}/attendance`, payload: { userId: ids.teller1, status: "attended" } });
    await env.call("manager", { method: "POST", url: `/api/v1/people/training-sessions/${onJob.body.id}/attendance`, payload: { userId: ids.teller2, status: "absent" } });
    const ext = await env.call("manager", { method: "POST", url: "/api/v1/people/training-sessions", payload: { orgUnitId: th, kind: "external", title: "省公司服务礼仪培训", startsOn: "2026-03-01", endsOn: "2026-03-02", attendeeUserIds: [ids.teller1, ids.teller3] } });
    expect(ext.body.reportDueOn).toBe("2026-03-09");
    await env.call("manager", { method: "POST", url: `/api/v1/people/training-sessions/${ext.body.id}/attendance`, payload: { userId: ids.teller1, status: "attended", reportSubmittedOn: "2026-03-06" } });
    const wrong = await env.call("manager", { method: "POST", url: `/api/v1/people/training-sessions/${onJob.body.id}/attendance`, payload: { userId: ids.teller1, status: "attended", reportSubmittedOn: "2026-03-06" } });
    expect(wrong.body.error.code).toBe("training_report_not_expected");
    const list = await env.call("manager", { method: "GET", url: `/api/v1/people/training-sessions?orgUnitId=${th}` });
    const extView = list.body.items.find((s: any) => s.id === ext.body.id);
    expect(extView.attendees.map((a: any) => [a.userName, a.reportStatus])).toEqual(expect.arrayContaining([["柜员 王芳", "submitted"], ["柜员 刘洋", "overdue"]]));
    const byName = new Map(list.body.attendance.map((a: any) => [a.userName, a]));
    expect(byName.get("柜员 王芳")).toMatchObject({ invited: 1, attended: 1, rate: 1 });
    expect(byName.get("柜员 张伟")).toMatchObject({ invited: 1, attended: 0, rate: 0 });
  });

  it("K-08 an account created directly with business roles keeps the administrator's basis in the audit log (默认 未说明)", async () => {
    const a = await env.call("gzadmin", { method: "POST", url: "/api/v1/users", payload: { username: "transfer1", password: "Xfer#Secure2026a", displayName: "调入 周杰", orgUnitId: th, roles: ["teller"], qualificationBasis: { kind: "transfer", note: "越秀网点调入，已通过上岗考试" } } });
    expect(a.status).toBe(201);
    const b = await env.call("gzadmin", { method: "POST", url: "/api/v1/users", payload: { username: "direct2", password: "Dir#Secure2026b", displayName: "直接 吴军", orgUnitId: th, roles: ["teller"] } });
    expect(b.status).toBe(201);
    const rows = await audits("user.created");
    const byId = new Map(rows.map((r) => [r.entity_id, JSON.parse(r.details)]));
    expect(byId.get(a.body.id).qualificationBasis).toEqual({ kind: "transfer", note: "越秀网点调入，已通过上岗考试" });
    expect(byId.get(b.body.id).qualificationBasis).toBe("未说明");
  });
});
