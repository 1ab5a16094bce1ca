/** Notices with read receipts, retention periods and the disposal list (issue 16 item 6; I-01, ORG-01). */
import { DisposalList, NoticeList, NoticeReceipts, NoticeView, RetentionPeriods } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

describe(`information: notices and retention (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("I-01 a notice from the city reaches a counter's teller, and its read receipts are visible above", async () => {
    const pub = await env.call("gzadmin", { method: "POST", url: "/api/v1/information/notices", payload: { title: "清明节营业时间调整", body: "4月4日至6日暂停营业，7日恢复。", category: "hours", readBy: "2026-03-12" } });
    expect(pub.status, JSON.stringify(pub.body)).toBe(201);
    const notice = NoticeView.parse(pub.body);
    expect(notice.unitName).toBe("广州市分公司");
    expect(notice.audience).toBeGreaterThanOrEqual(8);

    const inbox = await env.call("teller1", { method: "GET", url: "/api/v1/information/notices" });
    expect(NoticeList.parse(inbox.body).items.find((n) => n.id === notice.id)).toMatchObject({ readStatus: "unread", title: "清明节营业时间调整" });
    const read = await env.call("teller1", { method: "POST", url: `/api/v1/information/notices/${notice.id}/read` });
    expect(read.status).toBe(200);
    expect(read.body.readStatus).toBe("read");
    const twice = await env.call("teller1", { method: "POST", url: `/api/v1/information/notices/${notice.id}/read` });
    expect(twice.body.readAt).toBe(read.body.readAt);

    const receipts = await env.call("gzadmin", { method: "GET", url: `/api/v1/information/notices/${notice.id}/receipts` });
    expect(receipts.status).toBe(200);
    const r = NoticeReceipts.parse(receipts.body);
    expect(r.readCount).toBe(1);
    expect(r.readers.map((x) => [x.name, x.unitName])).toEqual([["柜员 王芳", "天河客户服务中心"]]);
    expect(r.unread.some((u) => u.name === "柜员 张伟" && !u.overdue)).toBe(true);
    const published = await env.call("gzadmin", { method: "GET", url: "/api/v1/information/notices?scope=published" });
    expect(published.body.items.find((n: NoticeView) => n.id === notice.id)).toMatchObject({ readCount: 1 });

    // past the date to read by, those who have not read it are overdue
    env.clock.set("2026-03-13T02:00:00Z");
    const late = await callFresh(env, "gzadmin", { method: "GET", url: `/api/v1/information/notices/${notice.id}/receipts` });
    expect(late.body.unread.find((u: { name: string }) => u.name === "柜员 张伟").overdue).toBe(true);
    const t2 = await callFresh(env, "teller2", { method: "GET", url: "/api/v1/information/notices" });
    expect(t2.body.items.find((n: NoticeView) => n.id === notice.id).readStatus).toBe("overdue");
    env.clock.set("2026-03-10T02:00:00Z");
  });

  it("ORG-01 a counter's notice does not reach a sibling counter; a teller sees no receipts", async () => {
    const pub = await env.call("manager", { method: "POST", url: "/api/v1/information/notices", payload: { title: "晨会改为8:10", body: "自周三起晨会提前。" } });
    expect(pub.status).toBe(201);
    const other = await env.call("yxteller", { method: "POST", url: `/api/v1/information/notices/${pub.body.id}/read` });
    expect(other.status).toBe(404);
    const list = await env.call("yxteller", { method: "GET", url: "/api/v1/information/notices" });
    expect(list.body.items.some((n: NoticeView) => n.id === pub.body.id)).toBe(false);
    const receipts = await env.call("teller1", { method: "GET", url: `/api/v1/information/notices/${pub.body.id}/receipts` });
    expect(receipts.status).toBe(403);
    const past = await env.call("manager", { method: "POST", url: "/api/v1/information/notices", payload: { title: "x", body: "y", readBy: "2026-03-01" } });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe("notice_read_by_past");
  });

  it("I-01 retention periods by data: defaults, a city's own period inherited by its counters", async () => {
    const before = await env.call("manager", { method: "GET", url: `/api/v1/information/retention-periods?orgUnitId=${th}` });
    expect(before.status).toBe(200);
    expect(RetentionPeriods.parse(before.body).items.find((i) => i.recordType === "dailyClose")).toMatchObject({ months: 36, source: "default" });
    const denied = await env.call("manager", { method: "PUT", url: "/api/v1/information/retention-periods", payload: { orgUnitId: th, items: [{ recordType: "dailyClose", months: 1 }] } });
    expect(denied.status).toBe(403);
    const put = await env.call("gzadmin", { method: "PUT", url: "/api/v1/information/retention-periods", payload: { orgUnitId: env.demo.cityId, items: [{ recordType: "dailyClose", months: 1 }] } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const after = await env.call("manager", { method: "GET", url: `/api/v1/information/retention-periods?orgUnitId=${th}` });
    expect(after.body.items.find((i: { recordType: string }) => i.recordType === "dailyClose")).toMatchObject({ months: 1, source: "inherited" });
  });

  it("I-01 a record past its retention appears on the disposal list; its disposal is approved and audited, never silent", async () => {
    const user = await env.database.db.selectFrom("users").select("id").where("username", "=", "manager").executeTakeFirstOrThrow();
    const close = (id: string, date: string) => ({ id, counter_id: th, business_date: date, closed_by: user.id, closed_at: `${date}T10:00:00.000Z`, checks: "[]", overridden: 0, override_reason: null, notes: null, special_matters: null });
    await env.database.db.insertInto("daily_closes").values([close("DCOLD0000000000000000000001", "2026-01-05"), close("DCNEW0000000000000000000001", "2026-03-09")]).execute();

    const list = await env.call("gzadmin", { method: "GET", url: `/api/v1/information/disposals?orgUnitId=${th}` });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const items = DisposalList.parse(list.body).items.filter((i) => i.recordType === "dailyClose");
    expect(items.map((i) => [i.recordId, i.recordDate, i.retentionEndsOn, i.disposed])).toEqual([["DCOLD0000000000000000000001", "2026-01-05", "2026-02-04", null]]);

    const early = await env.call("gzadmin", { method: "POST", url: "/api/v1/information/disposals", payload: { recordType: "dailyClose", recordId: "DCNEW0000000000000000000001" } });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("record_not_past_retention");
    const ok = await env.call("gzadmin", { method: "POST", url: "/api/v1/information/disposals", payload: { recordType: "dailyClose", recordId: "DCOLD0000000000000000000001", note: "纸质记录已按规定销毁" } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.items.find((i: { recordId: string }) => i.recordId === "DCOLD0000000000000000000001").disposed).toMatchObject({ approvedByName: "市分公司管理员", note: "纸质记录已按规定销毁" });
    const again = await env.call("gzadmin", { method: "POST", url: "/api/v1/information/disposals", payload: { recordType: "dailyClose", recordId: "DCOLD0000000000000000000001" } });
    expect(again.body.error.code).toBe("record_already_disposed");
    // never a silent deletion: the record itself is still there, and the approval is in the audit log
    const still = await env.database.db.selectFrom("daily_closes").select("id").where("id", "=", "DCOLD0000000000000000000001").executeTakeFirst();
    expect(still).toBeDefined();
    const audit = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?limit=50" });
    const actions = (audit.body.items as Array<{ action: string }>).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["record.disposed", "retention_period.updated", "notice.published"]));
  });
});
