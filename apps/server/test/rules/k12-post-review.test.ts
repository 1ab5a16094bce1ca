/**
 * K-12 (seed 001 九) a transaction completed by one person alone is post-reviewed: single-person ticket
 * outcomes, case actions and seal uses without a second person enter the counter's queue, due one
 * working day later by default; a reviewer of the same counter who took no part reviews it; a failure
 * raises a control finding; the overdue backlog shows at the daily close. Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";
import { act, callNext, issueOk, signIn, windowByNumber } from "../queue/queue-helpers.js";

describe(`K-12 post-review of single-person transactions (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T02:00:00Z" }); // Tuesday 10:00 Shanghai
    th = env.demo.counterIds[0]!;
    for (const u of await env.database.db.selectFrom("users").select(["id", "username"]).execute()) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  let fresh = false;
  const call = (as: string, o: Parameters<TestEnv["call"]>[1]) => (fresh ? callFresh(env, as, o) : env.call(as, o));
  const queue = async (as = "duty") => {
    const r = await call(as, { method: "GET", url: `/api/v1/control/post-review?counterId=${th}` });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { items: any[]; reviewDays: number };
  };

  it("K-12 a seal used without a second person enters the queue; with one it does not", async () => {
    const seal = await env.call("manager", { method: "POST", url: "/api/v1/control/items", payload: { counterId: th, kind: "seal", itemType: "业务专用章", name: "业务专用章（天河）" } });
    expect(seal.status, JSON.stringify(seal.body)).toBe(201);
    const alone = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${seal.body.id}/usages`, payload: { documentRef: "批单 E2026-0001", purpose: "批改用印" } });
    expect(alone.status, JSON.stringify(alone.body)).toBe(201);
    const witnessed = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${seal.body.id}/usages`, payload: { documentRef: "批单 E2026-0002", purpose: "批改用印", secondPersonId: ids.duty } });
    expect(witnessed.status).toBe(201);
    const q = await queue();
    expect(q.reviewDays).toBe(1);
    expect(q.items).toHaveLength(1);
    expect(q.items[0]).toMatchObject({ sourceType: "seal_use", sourceId: alone.body.id, performedByName: "柜面主管 陈敏", businessDate: "2026-03-10", dueDate: "2026-03-11", status: "pending", overdue: false });
  });

  it("K-12 a ticket marked as done by one person alone and a case action marked by its doer enter the queue once", async () => {
    const w = (await windowByNumber(env, th, 3)).id;
    await signIn(env, w, "teller1");
    const t = await issueOk(env, th, { businessType: "claim" });
    await callNext(env, w, "teller1");
    await act(env, t.id, "start", "teller1");
    expect((await act(env, t.id, "finish", "teller1", { outcome: "done" })).status).toBe(200);
    const mark = await env.call("teller1", { method: "PUT", url: `/api/v1/queue/tickets/${t.id}/service-record`, payload: { singlePerson: true } });
    expect(mark.status, JSON.stringify(mark.body)).toBe(200);
    expect(mark.body.postReviewItemId).toBeTruthy();
    // marking again does not queue twice
    expect((await env.call("teller1", { method: "PUT", url: `/api/v1/queue/tickets/${t.id}/service-record`, payload: { singlePerson: true } })).status).toBe(200);
    const caseAction = await env.call("teller1", { method: "POST", url: "/api/v1/control/post-review", payload: { counterId: th, sourceType: "case_action", sourceId: "CASE-2026-0001-accept", summary: "案件受理（单人完成）" } });
    expect(caseAction.status, JSON.stringify(caseAction.body)).toBe(201);
    const again = await env.call("teller1", { method: "POST", url: "/api/v1/control/post-review", payload: { counterId: th, sourceType: "case_action", sourceId: "CASE-2026-0001-accept", summary: "案件受理（单人完成）" } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("post_review_already_queued");
    const q = await queue();
    expect(q.items.map((i) => i.sourceType).sort()).toEqual(["case_action", "seal_use", "ticket"]);
    expect(q.items.find((i) => i.sourceType === "ticket")).toMatchObject({ performedByName: "柜员 王芳", summary: expect.stringContaining(t.number) });
  });

  it("K-12 the person who did it, a teller without the right and another counter's manager may not review", async () => {
    const sealItem = (await queue()).items.find((i) => i.sourceType === "seal_use");
    const own = await env.call("manager", { method: "POST", url: `/api/v1/control/post-review/${sealItem.id}/review`, payload: { result: "passed" } });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe("post_review_took_part");
    expect((await env.call("teller2", { method: "POST", url: `/api/v1/control/post-review/${sealItem.id}/review`, payload: { result: "passed" } })).status).toBe(403);
    expect((await env.call("yxmanager", { method: "POST", url: `/api/v1/control/post-review/${sealItem.id}/review`, payload: { result: "passed" } })).status).toBe(404);
    const noNote = await env.call("duty", { method: "POST", url: `/api/v1/control/post-review/${sealItem.id}/review`, payload: { result: "failed" } });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.code).toBe("post_review_note_required");
  });

  it("K-12 a pass is recorded; a failure raises a control finding naming the doer; both audited", async () => {
    const q = await queue();
    const seal = q.items.find((i) => i.sourceType === "seal_use");
    const ticket = q.items.find((i) => i.sourceType === "ticket");
    const pass = await env.call("duty", { method: "POST", url: `/api/v1/control/post-review/${seal.id}/review`, payload: { result: "passed" } });
    expect(pass.status, JSON.stringify(pass.body)).toBe(200);
    expect(pass.body).toMatchObject({ status: "passed", reviewerName: "值班经理 李强", findingId: null });
    const fail = await env.call("duty", { method: "POST", url: `/api/v1/control/post-review/${ticket.id}/review`, payload: { result: "failed", note: "未核对客户身份证件" } });
    expect(fail.status, JSON.stringify(fail.body)).toBe(200);
    expect(fail.body.findingId).toBeTruthy();
    const twice = await env.call("manager", { method: "POST", url: `/api/v1/control/post-review/${ticket.id}/review`, payload: { result: "passed" } });
    expect(twice.status).toBe(409);
    const finding = await env.database.db.selectFrom("control_findings").selectAll().where("id", "=", fail.body.findingId).executeTakeFirstOrThrow();
    expect(finding.kind).toBe("post_review_failed");
    expect(JSON.parse(finding.subject_user_ids)).toEqual([ids.teller1]);
    const audit = await env.database.db.selectFrom("audit_log").select("action").where("action", "like", "post_review.%").execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["post_review.failed", "post_review.passed", "post_review.queued"]);
  });

  it("K-12 the overdue backlog is a daily-close check; the counter may allow more working days", async () => {
    const before = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}&date=2026-03-10` });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.checks.find((c: any) => c.code === "post_review_backlog")).toMatchObject({ status: "passed", blocking: false });
    env.clock.set("2026-03-12T02:00:00Z");
    fresh = true;
    const caseItem = (await queue()).items.find((i) => i.sourceType === "case_action");
    expect(caseItem).toMatchObject({ status: "pending", dueDate: "2026-03-11", overdue: true });
    const overdueOnly = await call("duty", { method: "GET", url: `/api/v1/control/post-review?counterId=${th}&overdueOnly=true` });
    expect(overdueOnly.body.items.map((i: any) => i.id)).toEqual([caseItem.id]);
    const close = await call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}&date=2026-03-12` });
    expect(close.body.checks.find((c: any) => c.code === "post_review_backlog")).toMatchObject({ status: "failed", blocking: false, details: { count: 1 } });

    expect((await call("duty", { method: "PUT", url: "/api/v1/control/post-review/settings", payload: { counterId: th, reviewDays: 2 } })).status).toBe(403);
    const set = await call("manager", { method: "PUT", url: "/api/v1/control/post-review/settings", payload: { counterId: th, reviewDays: 2 } });
    expect(set.status).toBe(200);
    const next = await call("teller1", { method: "POST", url: "/api/v1/control/post-review", payload: { counterId: th, sourceType: "case_action", sourceId: "CASE-2026-0002-close", summary: "案件办结（单人完成）" } });
    expect(next.body).toMatchObject({ businessDate: "2026-03-12", dueDate: "2026-03-16" }); // Thursday + 2 working days → Monday
  });
});
