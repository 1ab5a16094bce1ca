import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`control registers: seals, documents, leave, findings (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("manager", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  const registerDocs = async (from: string, to: string, itemType = "测试保单") => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/control/items", payload: { counterId: th, kind: "document", itemType, name: `${itemType} ${from}`, serialFrom: from, serialTo: to } });
    expect(r.status).toBe(201);
    return r.body;
  };
  const findings = async (kind: string) => (await env.call("auditor", { method: "GET", url: `/api/v1/control/findings?kind=${kind}` })).body.items as any[];
  const countRows = async (table: "control_items" | "custody_movements" | "item_usages" | "item_losses") =>
    Number((await env.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n ?? 0);

  it("K-01 issues a sub-range of a document batch to a teller, counted (已清点), splitting the batch", async () => {
    const batch = await registerDocs("000101", "000200");
    expect(batch).toMatchObject({ quantity: 100, inSafe: true, custodianId: ids.manager });
    const issued = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/issue`, payload: { toUserId: ids.teller1, serialFrom: "000121", serialTo: "000130", counted: true } });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ serialFrom: "000121", serialTo: "000130", quantity: 10, custodianId: ids.teller1, inSafe: false, parentId: batch.id });
    const all = (await env.call("manager", { method: "GET", url: `/api/v1/control/items?counterId=${th}&kind=document` })).body.items.filter((i: any) => i.itemType === "测试保单");
    const ranges = all.map((i: any) => `${i.serialFrom}-${i.serialTo}`).sort();
    expect(ranges).toEqual(["000101-000120", "000121-000130", "000131-000200"]);
    const mv = await env.call("manager", { method: "GET", url: `/api/v1/control/items/${issued.body.id}/movements` });
    expect(mv.body.items.find((m: any) => m.kind === "issued")).toMatchObject({ counted: true, countedMark: "已清点", toUserId: ids.teller1 });
    ids.docItem = issued.body.id;
  });

  it("bad input: serials outside the range held are 422 and change nothing", async () => {
    const before = await countRows("control_items");
    const batch = (await env.call("manager", { method: "GET", url: `/api/v1/control/items?counterId=${th}&kind=document&custodianId=${ids.manager}` })).body.items.find((i: any) => i.serialFrom === "000131");
    const out = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/issue`, payload: { toUserId: ids.teller2, serialFrom: "000190", serialTo: "000210", counted: true } });
    expect(out.status).toBe(422);
    expect(out.body.error.code).toBe("serial_out_of_range");
    expect(await countRows("control_items")).toBe(before);
    const use = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${ids.docItem}/usages`, payload: { documentRef: "保单 P2026-0001", purpose: "出单", serial: "000131" } });
    expect(use.status).toBe(422);
    expect(use.body.error.code).toBe("serial_out_of_range");
    const uncounted = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/issue`, payload: { toUserId: ids.teller2, counted: false } });
    expect(uncounted.status).toBe(400);
    expect(await countRows("item_usages")).toBe(0);
  });

  it("K-03 a use needs a document reference (no blank forms) and is logged", async () => {
    const blank = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${ids.docItem}/usages`, payload: { documentRef: "空白", purpose: "出单", serial: "000121" } });
    expect(blank.status).toBe(400);
    expect(blank.body.error.code).toBe("document_reference_required");
    const ok = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${ids.docItem}/usages`, payload: { documentRef: "保单 P2026-0001", purpose: "出单", serial: "000121" } });
    expect(ok.status).toBe(201);
    const twice = await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${ids.docItem}/usages`, payload: { documentRef: "保单 P2026-0002", purpose: "出单", serial: "000121" } });
    expect(twice.status).toBe(409);
    const notHolder = await env.call("teller2", { method: "POST", url: `/api/v1/control/items/${ids.docItem}/usages`, payload: { documentRef: "保单 P2026-0003", purpose: "出单", serial: "000122" } });
    expect(notHolder.status).toBe(409);
    expect(notHolder.body.error.code).toBe("item_not_held");
  });

  it("bad input: handing over a seal not held is 409 item_not_held and changes nothing", async () => {
    const seal = (await env.call("manager", { method: "GET", url: `/api/v1/control/items?counterId=${th}&kind=seal` })).body.items[0];
    const moves = await countRows("custody_movements");
    const res = await env.call("teller2", { method: "POST", url: `/api/v1/control/items/${seal.id}/handover`, payload: { toUserId: ids.teller3, counted: true } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("item_not_held");
    expect(await countRows("custody_movements")).toBe(moves);
    const after = await env.call("manager", { method: "GET", url: `/api/v1/control/items/${seal.id}` });
    expect(after.body.custodianId).toBe(seal.custodianId);
  });

  it("K-02 a leave of more than one working day makes a hand-back due the working day before; the close is blocked until the manager counts it back", async () => {
    const seal = (await env.call("manager", { method: "GET", url: `/api/v1/control/items?counterId=${th}&kind=seal` })).body.items[1];
    expect((await env.call("manager", { method: "POST", url: `/api/v1/control/items/${seal.id}/issue`, payload: { toUserId: ids.teller2, counted: true } })).status).toBe(200);
    // teller2 takes Wed 03-11 and Thu 03-12 off: 2 working days → hand-back due today, Tue 03-10.
    const leave = await env.call("manager", { method: "POST", url: "/api/v1/control/leaves", payload: { userId: ids.teller2, from: "2026-03-11", to: "2026-03-12", kind: "annual" } });
    expect(leave.status).toBe(201);
    expect(leave.body).toMatchObject({ workingDays: 2, handBackId: expect.any(String) });
    const hbs = (await env.call("manager", { method: "GET", url: `/api/v1/control/hand-backs?counterId=${th}` })).body.items;
    expect(hbs).toHaveLength(1);
    expect(hbs[0]).toMatchObject({ userId: ids.teller2, dueDate: "2026-03-10", status: "pending" });
    // A one-working-day leave (Sat 03-14 .. Mon 03-16: only Monday works) needs no hand-back.
    const short = await env.call("manager", { method: "POST", url: "/api/v1/control/leaves", payload: { userId: ids.teller3, from: "2026-03-14", to: "2026-03-16", kind: "personal" } });
    expect(short.body).toMatchObject({ workingDays: 1, handBackId: null });

    const p = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}&date=2026-03-10` });
    expect(p.body.checks.find((c: any) => c.code === "hand_backs_done")).toMatchObject({ status: "failed", blocking: true });
    const self = await env.call("teller2", { method: "POST", url: `/api/v1/control/hand-backs/${hbs[0].id}/confirm`, payload: { counted: true } });
    expect(self.status).toBe(403);
    // K-02 (seed 001 九) the counter manager receives it, not the duty manager.
    const duty = await env.call("duty", { method: "POST", url: `/api/v1/control/hand-backs/${hbs[0].id}/confirm`, payload: { counted: true } });
    expect(duty.status).toBe(403);
    expect(duty.body.error.code).toBe("hand_back_manager_only");
    const done = await env.call("manager", { method: "POST", url: `/api/v1/control/hand-backs/${hbs[0].id}/confirm`, payload: { counted: true } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "done", countedMark: "已清点", receivedById: ids.manager, itemIds: [seal.id] });
    const item = (await env.call("manager", { method: "GET", url: `/api/v1/control/items/${seal.id}` })).body;
    expect(item).toMatchObject({ custodianId: ids.manager, inSafe: true });
    const mv = (await env.call("manager", { method: "GET", url: `/api/v1/control/items/${seal.id}/movements` })).body.items.at(-1);
    expect(mv).toMatchObject({ kind: "hand_back", fromUserId: ids.teller2, toUserId: ids.manager, countedMark: "已清点" });
    const p2 = await env.call("duty", { method: "GET", url: `/api/v1/daily-ops/closes/preview?counterId=${th}&date=2026-03-10` });
    expect(p2.body.checks.find((c: any) => c.code === "hand_backs_done").status).toBe("passed");
    const again = await env.call("manager", { method: "POST", url: `/api/v1/control/hand-backs/${hbs[0].id}/confirm`, payload: { counted: true } });
    expect(again.status).toBe(409);
  });

  it("D-06 an operation by a person on leave raises an off-duty finding reported to the province", async () => {
    // teller3 is on approved leave today (Tue 03-10).
    expect((await env.call("manager", { method: "POST", url: "/api/v1/control/leaves", payload: { userId: ids.teller3, from: "2026-03-10", to: "2026-03-10", kind: "sick" } })).status).toBe(201);
    const batch = await registerDocs("900001", "900010", "批单");
    expect((await env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/issue`, payload: { toUserId: ids.teller1, counted: true } })).status).toBe(200);
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/control/items/${batch.id}/handover`, payload: { toUserId: ids.teller3, counted: true } })).status).toBe(200);
    expect(await findings("off_duty_operation")).toHaveLength(0);
    const use = await env.call("teller3", { method: "POST", url: `/api/v1/control/items/${batch.id}/usages`, payload: { documentRef: "批单 E2026-77", purpose: "保全", serial: "900001" } });
    expect(use.status).toBe(201);
    const f = await findings("off_duty_operation");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ reportedToUnitId: env.demo.provinceId, subjectUserIds: [ids.teller3], status: "open" });
    expect(f[0].details).toMatchObject({ reason: "on_leave", date: "2026-03-10" });
    // Same person, same day: one finding, the operation appended.
    await env.call("teller3", { method: "POST", url: `/api/v1/control/items/${batch.id}/usages`, payload: { documentRef: "批单 E2026-78", purpose: "保全", serial: "900002" } });
    const f2 = await findings("off_duty_operation");
    expect(f2).toHaveLength(1);
    expect(f2[0].details.operations.filter((o: { action: string }) => o.action.endsWith("/usages"))).toHaveLength(2); // D-06 the sign-in is an operation too
    // The province sees it; the other counter does not.
    expect((await env.call("gdadmin", { method: "GET", url: `/api/v1/control/findings?kind=off_duty_operation` })).body.items).toHaveLength(1);
    expect((await env.call("yxmanager", { method: "GET", url: `/api/v1/control/findings?kind=off_duty_operation` })).body.items).toHaveLength(0);
  });

  it("K-04 two lost documents at a counter in a month raise no finding; the third raises a compensation finding naming the responsible persons and the manager", async () => {
    const batch = await registerDocs("700001", "700050", "发票");
    const lose = (serials: string[], who: string, extra: Record<string, unknown> = {}) =>
      env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/losses`, payload: { serials, responsibleUserIds: [ids[who]], note: "遗失", ...extra } });
    const first = await lose(["700001"], "teller1");
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ monthCount: 1, findingId: null });
    const second = await lose(["700002"], "teller3");
    expect(second.body).toMatchObject({ monthCount: 2, findingId: null });
    expect(await findings("seal_loss_compensation")).toHaveLength(0);
    const outside = await lose(["799999"], "teller1");
    expect(outside.status).toBe(422);
    expect((await findings("seal_loss_compensation"))).toHaveLength(0);
    const third = await lose(["700003"], "teller1", { incompleteSet: true });
    expect(third.status).toBe(201);
    expect(third.body).toMatchObject({ monthCount: 3, findingId: expect.any(String) });
    const f = await findings("seal_loss_compensation");
    expect(f).toHaveLength(1);
    expect(new Set(f[0].subjectUserIds)).toEqual(new Set([ids.teller1, ids.teller3, ids.manager]));
    expect(f[0]).toMatchObject({ reportedToUnitId: env.demo.provinceId, orgUnitId: th });
    expect(f[0].details).toMatchObject({ month: "2026-03", lostCount: 3 });
    // A loss in another month starts again from zero.
    const april = await lose(["700004"], "teller1", { occurredOn: "2026-02-27" });
    expect(april.body).toMatchObject({ monthCount: 1, findingId: null });
  });

  it("K-04 an incomplete set counts as lost even without a serial count", async () => {
    const batch = await registerDocs("710001", "710010", "保费收据");
    const r = await env.call("manager", { method: "POST", url: `/api/v1/control/items/${batch.id}/losses`, payload: { serials: ["710005"], incompleteSet: true, responsibleUserIds: [ids.teller1], note: "缺第二联" } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ quantity: 1, incompleteSet: true });
  });

  it("K-05 makes a manual write-off list in duplicate", async () => {
    const r = await env.call("manager", { method: "POST", url: "/api/v1/control/write-offs", payload: { counterId: th, reason: "系统自动核销失败", lines: [{ docType: "保险单", serial: "000121", businessRef: "P2026-0001" }, { docType: "保险单", serial: "000122" }] } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ copies: 2, counterName: "天河客户服务中心", listNo: "WO-GD-GZ-TH-20260310-001" });
    expect(r.body.copyLabels).toHaveLength(2);
    const dup = await env.call("manager", { method: "POST", url: "/api/v1/control/write-offs", payload: { counterId: th, reason: "x", lines: [{ docType: "保险单", serial: "1" }, { docType: "保险单", serial: "1" }] } });
    expect(dup.status).toBe(400);
  });

  it("exports every register as xlsx", async () => {
    const token = await env.token("manager");
    for (const path of ["items", "movements", "usages", "losses", "write-offs", "leaves", "findings", "corrective-actions", "aml/transactions", "aml/self-inspections", "archives/borrowings"]) {
      const res = await env.app.inject({ method: "GET", url: `/api/v1/control/${path}/export.xlsx`, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode, path).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString(), path).toBe("PK");
    }
  });
});

describe(`control registers: AML and archives (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  /** A call with a new session (the cached one expires when the test clock jumps days ahead). */
  const fresh = async (as: string, opts: { method: "GET" | "POST"; url: string; payload?: unknown }) => {
    const login = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: as, password: DEMO_PASSWORD } });
    const res = await env.app.inject({ ...opts, headers: { authorization: `Bearer ${login.json().token}` } } as never);
    return { status: res.statusCode, body: res.json() };
  };
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  it("K-10 flags large amounts by the unit's threshold, imports CSV all-or-nothing, reports, masks identity numbers", async () => {
    const small = await env.call("teller1", { method: "POST", url: "/api/v1/control/aml/transactions", payload: { counterId: th, occurredAt: "2026-03-10T01:00:00Z", direction: "payment", method: "cash", amountFen: 4_999_999, customerName: "张三", customerIdType: "身份证", customerIdNo: "440101199001011234", identified: true } });
    expect(small.status, JSON.stringify(small.body)).toBe(201);
    expect(small.body).toMatchObject({ largeAmount: false, customerIdNo: "440***********1234" });
    const large = await env.call("teller1", { method: "POST", url: "/api/v1/control/aml/transactions", payload: { counterId: th, occurredAt: "2026-03-10T01:10:00Z", direction: "payment", method: "cash", amountFen: 5_000_000, customerName: "李四", customerIdType: "身份证", customerIdNo: "440101199001015678", identified: true } });
    expect(large.body.largeAmount).toBe(true);
    // The city lowers its cash threshold to ¥40,000.
    const put = await env.call("gzadmin", { method: "PUT", url: "/api/v1/control/aml/settings", payload: { unitId: env.demo.cityId, cashThresholdFen: 4_000_000, transferThresholdFen: 200_000_000 } });
    expect(put.status).toBe(200);
    const inherited = await env.call("manager", { method: "GET", url: `/api/v1/control/aml/settings?unitId=${th}` });
    expect(inherited.body).toMatchObject({ sourceUnitId: env.demo.cityId, cashThresholdFen: 4_000_000 });
    const header = "occurredAt,direction,method,amountFen,customerName,customerIdType,customerIdNo,identified,policyNo,suspiciousReasons,note";
    const bad = await env.call("teller1", { method: "POST", url: "/api/v1/control/aml/transactions/import", payload: { counterId: th, csv: `${header}\n2026-03-10T02:00:00Z,payment,cash,4500000,王五,身份证,440101199001019999,true,,,\n2026-03-10T02:00:00Z,payment,cheque,1,赵六,身份证,440101199001018888,true,,,` } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("csv_invalid");
    expect(bad.body.error.details.errors).toEqual([{ line: 3, code: "invalid", field: "method" }]);
    const ok = await env.call("teller1", { method: "POST", url: "/api/v1/control/aml/transactions/import", payload: { counterId: th, csv: `${header}\n2026-03-10T01:50:00Z,payment,cash,4500000,王五,身份证,440101199001019999,true,P1,"拆分交易|频繁退保",\n2026-03-10T01:55:00Z,receipt,transfer,100000,赵六,身份证,440101199001018888,false,,,` } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toEqual({ imported: 2, largeAmount: 1, suspicious: 1 });
    const susp = (await env.call("manager", { method: "GET", url: `/api/v1/control/aml/transactions?counterId=${th}&suspicious=true` })).body.items;
    expect(susp).toHaveLength(1);
    expect(susp[0].suspiciousReasons).toEqual(["拆分交易", "频繁退保"]);
    const rep = await env.call("manager", { method: "POST", url: `/api/v1/control/aml/transactions/${susp[0].id}/report`, payload: { reportRef: "STR-2026-001" } });
    expect(rep.status).toBe(200);
    const report = await env.call("manager", { method: "GET", url: `/api/v1/control/aml/report?unitId=${th}&from=2026-03-01&to=2026-03-31` });
    expect(report.body).toMatchObject({ total: 4, largeAmount: { count: 2 }, suspicious: { count: 1, reported: 1, unreported: 0 }, unidentified: 1 });
  });

  it("K-10 self-inspection below 100% rectification needs a deadline; rectifying raises the rate", async () => {
    const items = [{ text: "客户身份识别", compliant: true }, { text: "大额交易报告及时", compliant: false }, { text: "资料保存", compliant: false, rectified: true }];
    const noDeadline = await env.call("manager", { method: "POST", url: "/api/v1/control/aml/self-inspections", payload: { counterId: th, period: "2026Q1", items } });
    expect(noDeadline.status).toBe(400);
    expect(noDeadline.body.error.code).toBe("rectification_deadline_required");
    const r = await env.call("manager", { method: "POST", url: "/api/v1/control/aml/self-inspections", payload: { counterId: th, period: "2026Q1", items, rectificationDeadline: "2026-03-31" } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ nonCompliant: 2, rectified: 1, rectificationRate: 50, overdue: false });
    const fix = await env.call("manager", { method: "POST", url: `/api/v1/control/aml/self-inspections/${r.body.id}/items/1/rectify`, payload: { note: "已补报" } });
    expect(fix.body.rectificationRate).toBe(100);
  });

  it("K-11 archives are lent only after approval by another person; overdue is flagged", async () => {
    const req = await env.call("teller1", { method: "POST", url: "/api/v1/control/archives/borrowings", payload: { counterId: th, archiveRef: "ARC-2025-0001", title: "2025年保全档案", purpose: "核对", dueDate: "2026-03-12" } });
    expect(req.status).toBe(201);
    const early = await env.call("manager", { method: "POST", url: `/api/v1/control/archives/borrowings/${req.body.id}/lend`, payload: {} });
    expect(early.status).toBe(409);
    const dup = await env.call("teller2", { method: "POST", url: "/api/v1/control/archives/borrowings", payload: { counterId: th, archiveRef: "ARC-2025-0001", title: "x", purpose: "y", dueDate: "2026-03-12" } });
    expect(dup.status).toBe(409);
    expect((await env.call("manager", { method: "POST", url: `/api/v1/control/archives/borrowings/${req.body.id}/decide`, payload: { approved: true } })).status).toBe(200);
    expect((await env.call("manager", { method: "POST", url: `/api/v1/control/archives/borrowings/${req.body.id}/lend`, payload: {} })).body.status).toBe("lent");
    env.clock.set("2026-03-13T02:00:00Z");
    const overdue = (await fresh("manager", { method: "GET", url: `/api/v1/control/archives/borrowings?counterId=${th}&overdue=true` })).body.items;
    expect(overdue.map((b: any) => b.id)).toEqual([req.body.id]);
    const reminders = (await fresh("manager", { method: "GET", url: `/api/v1/daily-ops/reminders?counterId=${th}` })).body.items;
    expect(reminders.filter((r: any) => r.kind === "archive_overdue")).toEqual([{ kind: "archive_overdue", counterId: th, entityId: req.body.id, dueDate: "2026-03-12", data: expect.any(Object) }]);
    const back = await fresh("manager", { method: "POST", url: `/api/v1/control/archives/borrowings/${req.body.id}/return`, payload: { complete: true } });
    expect(back.body).toMatchObject({ status: "returned", overdue: false });
  });
});
