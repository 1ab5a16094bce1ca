/**
 * K-09, C-11 personal data is masked by default in every list and response (issue 9 item 3): the AML
 * register (names, ID numbers — even for holders of customer.unmask), appointments (name, phone),
 * lost property (owner, numbers typed into notes), cases (numbers typed into the summary and notes).
 * Unmasking one record needs customer.unmask and a reason and is audited. C-11 (issue 10 item 5): the
 * handler / first responder of a case reveals the phone for the call, reason once per case, audited.
 */
import { auditRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const ID = "440101199001011234";
const MOBILE = "13812348000";

describe(`K-09 masking by default, unmasking with a reason (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  const audits = (entityType: string, entityId: string, action: string) => auditRepository.list(env.database.db, { entityType, entityId, actions: [action], limit: 10 });

  it("K-09 the AML register never lists full names or ID numbers, not even to customer.unmask holders; one record unmasks with a reason, audited", async () => {
    const rec = await env.call("teller1", {
      method: "POST",
      url: "/api/v1/control/aml/transactions",
      payload: { counterId: th, occurredAt: "2026-03-10T01:00:00Z", direction: "receipt", method: "cash", amountFen: 6_000_000, customerName: "张三丰", customerIdType: "身份证", customerIdNo: ID, identified: true, note: `客户手机${MOBILE}` },
    });
    expect(rec.status).toBe(201);
    expect(rec.body).toMatchObject({ customerName: "张**", customerIdNo: "440***********1234", note: "客户手机138****8000" });
    // the manager holds customer.unmask: the list is still masked
    const list = await env.call("manager", { method: "GET", url: `/api/v1/control/aml/transactions?counterId=${th}` });
    expect(list.status).toBe(200);
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(ID);
    expect(text).not.toContain("张三丰");
    expect(text).not.toContain(MOBILE);
    const id = rec.body.id as string;
    // no reason → 400; no right → 403; another unit → 404
    expect((await env.call("manager", { method: "POST", url: `/api/v1/control/aml/transactions/${id}/unmask`, payload: {} })).status).toBe(400);
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/control/aml/transactions/${id}/unmask`, payload: { reason: "核对身份" } })).status).toBe(403);
    expect((await env.call("yxmanager", { method: "POST", url: `/api/v1/control/aml/transactions/${id}/unmask`, payload: { reason: "核对身份" } })).status).toBe(404);
    expect(await audits("aml_transaction", id, "customer.unmasked")).toHaveLength(0);
    const un = await env.call("manager", { method: "POST", url: `/api/v1/control/aml/transactions/${id}/unmask`, payload: { reason: "反洗钱客户身份核对" } });
    expect(un.status).toBe(200);
    expect(un.headers["cache-control"]).toBe("no-store");
    expect(un.body).toMatchObject({ customerName: "张三丰", customerIdNo: ID, masked: false });
    const entries = await audits("aml_transaction", id, "customer.unmasked");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toContain("反洗钱客户身份核对");
    expect(entries[0]!.details).not.toContain(ID); // who, when, why — never the data itself
  });

  it("K-09 the AML export is masked and audited", async () => {
    const res = await env.app.inject({ method: "GET", url: "/api/v1/control/aml/transactions/export.xlsx", headers: { authorization: `Bearer ${await env.token("manager")}` } });
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ""))));
    expect(cells.join("|")).not.toContain(ID);
    expect(cells.join("|")).not.toContain("张三丰");
    expect(cells).toContain("440***********1234");
    const exp = await auditRepository.list(env.database.db, { actions: ["data.exported"], entityId: "aml-transactions", limit: 5 });
    expect(exp.length).toBeGreaterThanOrEqual(1);
  });

  it("K-09 appointments mask the customer's name, phone and numbers in the note; unmask with a reason is audited", async () => {
    const slot = await env.call("manager", {
      method: "POST",
      url: `/api/v1/counters/${th}/appointment-slots`,
      payload: { kind: "elderly", weekdays: ["wed", "thu"], startTime: "14:30", endTime: "15:00", capacity: 3 },
    });
    expect(slot.status).toBe(201);
    const booked = await env.call("guide", { method: "POST", url: `/api/v1/counters/${th}/appointments`, payload: { slotId: slot.body.id, date: "2026-03-11", customerName: "李奶奶", customerPhone: MOBILE, note: `身份证${ID}` } });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ customerName: "李**", customerPhone: "138****8000", note: "身份证440***********1234" });
    const list = await env.call("manager", { method: "GET", url: `/api/v1/counters/${th}/appointments?date=2026-03-11` });
    expect(JSON.stringify(list.body)).not.toContain(MOBILE);
    expect(JSON.stringify(list.body)).not.toContain("李奶奶");
    const id = booked.body.id as string;
    expect((await env.call("guide", { method: "POST", url: `/api/v1/appointments/${id}/unmask`, payload: { reason: "电话确认" } })).status).toBe(403);
    const un = await env.call("manager", { method: "POST", url: `/api/v1/appointments/${id}/unmask`, payload: { reason: "电话确认预约" } });
    expect(un.status).toBe(200);
    expect(un.body).toMatchObject({ customerName: "李奶奶", customerPhone: MOBILE });
    expect(await audits("appointment", id, "customer.unmasked")).toHaveLength(1);
  });

  it("K-09 lost property: the owner and numbers typed into notes are masked; unmask with a reason is audited", async () => {
    const r = await env.call("guide", { method: "POST", url: "/api/v1/daily-ops/lost-property", payload: { counterId: th, description: `钱包，内有银行卡 6222 0212 3456 7890 与身份证${ID}` } });
    expect(r.status).toBe(201);
    expect(r.body.description).toBe("钱包，内有银行卡 ************7890 与身份证440***********1234");
    const ret = await env.call("guide", { method: "POST", url: `/api/v1/daily-ops/lost-property/${r.body.id}/return`, payload: { returnedTo: "王先生", identityNote: `电话${MOBILE}` } });
    expect(ret.body).toMatchObject({ returnedTo: "王**", identityNote: "电话138****8000" });
    const list = await env.call("manager", { method: "GET", url: `/api/v1/daily-ops/lost-property?counterId=${th}` });
    expect(JSON.stringify(list.body)).not.toContain(MOBILE);
    const un = await env.call("manager", { method: "POST", url: `/api/v1/daily-ops/lost-property/${r.body.id}/unmask`, payload: { reason: "失主来电核对" } });
    expect(un.status).toBe(200);
    expect(un.body).toMatchObject({ returnedTo: "王先生", identityNote: `电话${MOBILE}` });
    expect(await audits("lost_property", r.body.id, "customer.unmasked")).toHaveLength(1);
  });

  it("K-09 numbers typed into a case summary and its notes are masked for everyone", async () => {
    const c = await env.call("teller1", {
      method: "POST",
      url: "/api/v1/cases",
      payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: `客户${ID}投诉，回电${MOBILE}`, customer: { name: "赵六", phone: "13900001111" } },
    });
    expect(c.status).toBe(201);
    const id = c.body.id as string;
    await env.call("teller1", { method: "POST", url: `/api/v1/cases/${id}/actions`, payload: { type: "note", note: `客户另留电话15900002222` } });
    for (const who of ["teller1", "manager"]) {
      const detail = await env.call(who, { method: "GET", url: `/api/v1/cases/${id}` });
      const text = JSON.stringify(detail.body);
      expect(text, who).not.toContain(ID);
      expect(text, who).not.toContain(MOBILE);
      expect(text, who).not.toContain("15900002222");
      expect(detail.body.summary).toBe("客户440***********1234投诉，回电138****8000");
    }
    const list = await env.call("manager", { method: "GET", url: "/api/v1/cases?limit=200" });
    expect(JSON.stringify(list.body)).not.toContain(MOBILE);
  });

  it("C-11 the handler reveals the phone for the call: a reason once per case, audited, without customer.unmask", async () => {
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "等候时间过长", customer: { name: "钱七", phone: "13700007777" } } });
    expect(c.status).toBe(201);
    const id = c.body.id as string;
    expect(c.body.customer.phone).toBe("137****7777");
    // teller1 is the first responder and handler; teller1 has no customer.unmask
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/cases/${id}/unmask`, payload: { reason: "回电" } })).status).toBe(403);
    const state = await env.call("teller1", { method: "GET", url: `/api/v1/cases/${id}/reveal-phone` });
    expect(state.body).toEqual({ allowed: true, reasonRequired: true });
    const noReason = await env.call("teller1", { method: "POST", url: `/api/v1/cases/${id}/reveal-phone`, payload: {} });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("reveal_reason_required");
    const first = await env.call("teller1", { method: "POST", url: `/api/v1/cases/${id}/reveal-phone`, payload: { reason: "首问回电客户" } });
    expect(first.status).toBe(200);
    expect(first.headers["cache-control"]).toBe("no-store");
    expect(first.body).toEqual({ caseId: id, phone: "13700007777" });
    // asked once per case: the second reveal needs no reason, and is audited again
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/cases/${id}/reveal-phone` })).body).toEqual({ allowed: true, reasonRequired: false });
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/cases/${id}/reveal-phone`, payload: {} })).status).toBe(200);
    const entries = await audits("case", id, "customer.phone_revealed");
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.actor_name)).toEqual(["teller1", "teller1"]);
    expect(entries[1]!.details).toContain("首问回电客户");
    expect(entries.every((e) => !e.details.includes("13700007777"))).toBe(true);
    // another teller of the same counter is neither handler nor first responder
    expect((await env.call("teller2", { method: "POST", url: `/api/v1/cases/${id}/reveal-phone`, payload: { reason: "帮忙回电" } })).status).toBe(403);
    expect((await env.call("teller2", { method: "GET", url: `/api/v1/cases/${id}/reveal-phone` })).body).toEqual({ allowed: false, reasonRequired: false });
    // another unit does not see the case at all
    expect((await env.call("yxteller", { method: "POST", url: `/api/v1/cases/${id}/reveal-phone`, payload: { reason: "x回电" } })).status).toBe(404);
  });
});
