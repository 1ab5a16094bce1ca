/**
 * Q-13 (seed 000 九) elderly-friendly service: the kiosk offers staff help and paper forms (a request the
 * guide desk serves); tickets carry "elderly" and "assisted by staff" marks; an elderly customer's
 * business completed at a self-service device operated by staff for them is a violation (a control
 * finding, once); monthly figures. Both engines, fixed clock.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, createDevice, issueOk, signIn, windowByNumber } from "../queue/queue-helpers.js";

describe(`Q-13 elderly-friendly service (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  let kiosk: string;
  let kioskId: string;
  let w: string;

  beforeAll(async () => {
    env = await createTestEnv({ now: "2026-03-10T02:00:00Z" });
    th = env.demo.counterIds[0]!;
    kiosk = await createDevice(env, th, "kiosk");
    kioskId = (await env.database.db.selectFrom("devices").select("id").where("org_unit_id", "=", th).where("kind", "=", "kiosk").executeTakeFirstOrThrow()).id;
    w = (await windowByNumber(env, th, 3)).id;
    await signIn(env, w, "teller1");
  });
  afterAll(async () => env?.close());

  const served = async () => {
    const t = await issueOk(env, th, { businessType: "claim" });
    await callNext(env, w, "teller1");
    await act(env, t.id, "start", "teller1");
    await act(env, t.id, "finish", "teller1", { outcome: "done" });
    return t;
  };

  it("Q-13 the kiosk's staff-help and paper-form choices reach the guide desk, who serves them", async () => {
    const help = await env.app.inject({ method: "POST", url: "/api/v1/queue/kiosk/help-requests", headers: { authorization: `Bearer ${kiosk}` }, payload: { kind: "staff_help" } });
    expect(help.statusCode, help.body).toBe(201);
    const paper = await env.app.inject({ method: "POST", url: "/api/v1/queue/kiosk/help-requests", headers: { authorization: `Bearer ${kiosk}` }, payload: { kind: "paper_form" } });
    expect(paper.statusCode).toBe(201);
    const list = await env.call("guide", { method: "GET", url: `/api/v1/queue/kiosk/help-requests?counterId=${th}` });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: any) => i.kind)).toEqual(["staff_help", "paper_form"]);
    const id = (help.json() as { id: string }).id;
    const serve = await env.call("guide", { method: "POST", url: `/api/v1/queue/kiosk/help-requests/${id}/serve` });
    expect(serve.status).toBe(200);
    expect(serve.body).toMatchObject({ servedByName: "咨询引导 赵丽" });
    expect((await env.call("guide", { method: "POST", url: `/api/v1/queue/kiosk/help-requests/${id}/serve` })).body.error.code).toBe("help_request_already_served");
  });

  it("Q-13 an elderly ticket assisted by staff at the window is recorded; a device must name who operated it", async () => {
    const t = await served();
    const r = await env.call("teller1", { method: "PUT", url: `/api/v1/queue/tickets/${t.id}/service-record`, payload: { elderly: true, assistedByStaff: true, paperForm: true } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ ticketNumber: t.number, elderly: true, assistedByStaff: true, paperForm: true, violation: false, findingId: null });
    const half = await env.call("teller1", { method: "PUT", url: `/api/v1/queue/tickets/${t.id}/service-record`, payload: { elderly: true, selfServiceDeviceId: kioskId } });
    expect(half.status).toBe(400);
    expect(half.body.error.code).toBe("device_operator_required");
    expect((await env.call("agent", { method: "PUT", url: `/api/v1/queue/tickets/${t.id}/service-record`, payload: { elderly: true } })).status).toBe(403);
  });

  it("Q-13 staff operating a self-service device for an elderly customer is a violation raised once; the customer operating it with a guide beside is not", async () => {
    const ok = await served();
    const beside = await env.call("guide", { method: "PUT", url: `/api/v1/queue/tickets/${ok.id}/service-record`, payload: { elderly: true, assistedByStaff: true, selfServiceDeviceId: kioskId, operatedBy: "customer" } });
    expect(beside.body).toMatchObject({ violation: false, selfServiceDeviceName: "kiosk-1" });
    const bad = await served();
    const v = await env.call("guide", { method: "PUT", url: `/api/v1/queue/tickets/${bad.id}/service-record`, payload: { elderly: true, selfServiceDeviceId: kioskId, operatedBy: "staff" } });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    expect(v.body.violation).toBe(true);
    expect(v.body.findingId).toBeTruthy();
    const again = await env.call("guide", { method: "PUT", url: `/api/v1/queue/tickets/${bad.id}/service-record`, payload: { elderly: true, assistedByStaff: true, selfServiceDeviceId: kioskId, operatedBy: "staff" } });
    expect(again.body.findingId).toBe(v.body.findingId);
    const findings = await env.database.db.selectFrom("control_findings").select(["kind", "title"]).where("kind", "=", "elderly_device_operation").execute();
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toContain(bad.number);
  });

  it("Q-13 monthly figures count elderly tickets, help, paper forms, device use and violations", async () => {
    const f = await env.call("manager", { method: "GET", url: `/api/v1/queue/elderly/figures?counterId=${th}&month=2026-03` });
    expect(f.status, JSON.stringify(f.body)).toBe(200);
    expect(f.body).toMatchObject({ month: "2026-03", elderlyTickets: 3, assistedByStaff: 3, paperForms: 1, atSelfServiceDevice: 2, violations: 1, helpRequests: 2, helpRequestsServed: 1 });
    expect(f.body.violationTickets).toHaveLength(1);
    expect((await env.call("manager", { method: "GET", url: `/api/v1/queue/elderly/figures?counterId=${th}&month=2026-04` })).body.elderlyTickets).toBe(0);
    expect((await env.call("yxmanager", { method: "GET", url: `/api/v1/queue/elderly/figures?counterId=${th}&month=2026-03` })).status).toBe(404);
  });
});
