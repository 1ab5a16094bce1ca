/** Issue 11 items 6, 9, 10: C-15/C-16 limits, C-13 repeatOf shown, C-18 admissibility, C-19 forwarding down, C-20 reconsideration notice. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, callFresh, createTestEnv } from "../helpers.js";

const due = (c: { deadlines: Array<{ metric: string; dueAt: string }> }, m: string) => c.deadlines.find((d) => d.metric === m)?.dueAt;
const ADMISSIBLE = { belowStandard: true, feeDispute: false, isParty: true, identifiable: true, concreteFacts: true, staffMisconduct: false };

describe(`complaint rules as the seeds write them (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  const base = (over: Record<string, unknown> = {}) => ({ kind: "complaint", orgUnitId: tianhe, channel: "counter", summary: "柜面收费有异议", customer: { name: "赵六", phone: "13600003333" }, ...over });
  const create = (user: string, body: object) => callFresh(env, user, { method: "POST", url: "/api/v1/cases", payload: body });
  const act = (user: string, id: string, payload: object) => callFresh(env, user, { method: "POST", url: `/api/v1/cases/${id}/actions`, payload });
  beforeAll(async () => {
    env = await createTestEnv(); // Tuesday 2026-03-10 10:00
    tianhe = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("C-18 intake records the five criteria; a complaint failing them is refused with the missing ones", async () => {
    const ok = await create("teller1", base({ admissibility: ADMISSIBLE }));
    expect(ok.status).toBe(201);
    expect(ok.body.kind).toBe("complaint");
    const refused = await create("teller1", base({ admissibility: { ...ADMISSIBLE, isParty: false, concreteFacts: false } }));
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: "complaint_not_admissible", details: { missing: ["isParty", "concreteFacts"] } });
  });

  it("C-18 a complaint about staff misconduct goes to the misconduct procedure, not the complaint clock", async () => {
    const c = await create("teller1", base({ summary: "举报柜员私下收取客户好处费", admissibility: { ...ADMISSIBLE, staffMisconduct: true } }));
    expect(c.status).toBe(201);
    expect(c.body.kind).toBe("misconduct");
    expect(c.body.deadlines).toEqual([]);
  });

  it("C-20 a complaint's reply must record that the customer was told how to ask for reconsideration", async () => {
    const c = (await create("teller1", base())).body;
    await act("teller1", c.id, { type: "accept" });
    const missing = await act("teller1", c.id, { type: "reply", method: "phone", content: "已电话答复" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("reconsideration_info_required");
    const replied = await act("teller1", c.id, { type: "reply", method: "phone", content: "已电话答复", reconsiderationInfo: true });
    expect(replied.status).toBe(200);
    expect(replied.body.events.find((e: { type: string }) => e.type === "case.replied").data.reconsiderationInfo).toBe(true);
    // An enquiry's reply needs no reconsideration notice.
    const q = (await create("teller1", base({ kind: "enquiry", summary: "咨询保单贷款利率" }))).body;
    expect((await act("teller1", q.id, { type: "reply", method: "phone", content: "已告知利率" })).status).toBe(200);
  });

  it("C-19 a complaint received at the city is forwarded down to the counter, which reports the result back up", async () => {
    const c = (await create("gzadmin", base({ orgUnitId: env.demo.cityId, channel: "hotline" }))).body;
    expect(c.level).toBe("city");
    expect((await act("gzadmin", c.id, { type: "forward", toUnitId: env.demo.cityId, note: "x" })).body.error.code).toBe("forward_not_below");
    const fwd = await act("gzadmin", c.id, { type: "forward", toUnitId: tianhe, note: "请天河中心核实处理并反馈" });
    expect(fwd.status, JSON.stringify(fwd.body)).toBe(200);
    expect(fwd.body).toMatchObject({ orgUnitId: tianhe, level: "outlet" });
    await act("manager", c.id, { type: "accept" });
    const replied = await act("manager", c.id, { type: "reply", method: "phone", content: "已致电客户处理完毕", reconsiderationInfo: true });
    expect(replied.status).toBe(200);
    expect(replied.body.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(["case.forwarded", "case.result_reported"]));
    // The receiving city still sees and supervises the case.
    expect((await callFresh(env, "gzadmin", { method: "GET", url: `/api/v1/cases/${c.id}` })).status).toBe(200);
  });

  it("C-16 an enquiry between departments is answered within 1 working day; complaints, reports and suggestions within 5", async () => {
    const enquiry = await create("teller1", base({ kind: "internalEnquiry", channel: "phone", summary: "财务部电话询问保全退费口径" }));
    expect(enquiry.status).toBe(201);
    expect(due(enquiry.body, "reply")).toBe("2026-03-11T15:59:59.999Z");
    const suggestion = await create("teller1", base({ kind: "internal", channel: "letter", summary: "建议优化内部流转单" }));
    expect(due(suggestion.body, "reply")).toBe("2026-03-17T15:59:59.999Z");
  });

  it("C-15 an opinion from the opinion book is logged the same evening (by the end of that business day)", async () => {
    const o = await create("duty", base({ kind: "opinion", channel: "opinionBook", summary: "意见簿：希望增加老年人座椅" }));
    expect(o.status).toBe(201);
    expect(due(o.body, "acceptance")).toBe("2026-03-10T15:59:59.999Z");
  });
});
