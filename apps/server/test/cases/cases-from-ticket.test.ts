/** A finished complaint/enquiry ticket can open a case (issue 4 §10); one case per ticket. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, issueOk, signIn, windowByNumber } from "../queue/queue-helpers.js";

describe(`cases from a queue ticket (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  const body = (ticketId: string, over: Record<string, unknown> = {}) => ({
    kind: "complaint",
    orgUnitId: env.demo.counterIds[0],
    channel: "counter",
    summary: "窗口办理时被告知材料不全，需多次往返",
    customer: { name: "周杰", phone: "13811112222" },
    ticketId,
    ...over,
  });

  it("C-02 opens a case from a finished complaint ticket; unfinished, other types and a second case are refused", async () => {
    const TH = env.demo.counterIds[0]!;
    const w = await windowByNumber(env, TH, 4); // serves claim, enquiry, complaint
    await signIn(env, w.id, "teller1");
    const t = await issueOk(env, TH, { businessType: "complaint", priority: "normal" });
    const waiting = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: body(t.id) });
    expect(waiting.status).toBe(409);
    expect(waiting.body.error.code).toBe("ticket_not_finished");
    expect((await callNext(env, w.id, "teller1")).body.ticket.id).toBe(t.id);
    await act(env, t.id, "start", "teller1");
    expect((await act(env, t.id, "finish", "teller1", { outcome: "done" })).status).toBe(200);
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: body(t.id) });
    expect(c.status).toBe(201);
    expect(c.body.ticketId).toBe(t.id);
    const again = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: body(t.id) });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ticket_already_has_case");
    // another counter's staff cannot see the ticket
    const foreign = await env.call("yxteller", { method: "POST", url: "/api/v1/cases", payload: body(t.id, { orgUnitId: env.demo.counterIds[1] }) });
    expect(foreign.status).toBe(404);

    const claim = await issueOk(env, TH, { businessType: "claim", priority: "normal" });
    expect((await callNext(env, w.id, "teller1")).body.ticket.id).toBe(claim.id);
    await act(env, claim.id, "start", "teller1");
    await act(env, claim.id, "finish", "teller1", { outcome: "done" });
    const wrong = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: body(claim.id) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe("ticket_type_not_case");
  });
});
