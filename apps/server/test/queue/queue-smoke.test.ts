import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { act, callNext, createWindow, issueOk, signIn, closeEnv } from "./queue-helpers.js";

describe(`queue smoke (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => closeEnv(env));

  it("issues, calls, serves and finishes a ticket (Q-02, Q-04)", async () => {
    const counter = env.demo.counterIds[0]!;
    const w = await createWindow(env, counter, { number: 9, businessTypes: ["new_business", "claim"] });
    await signIn(env, w.id, "teller1");
    const t = await issueOk(env, counter, { businessType: "new_business", priority: "normal" });
    expect(t.number).toBe("A001");
    const c = await callNext(env, w.id, "teller1");
    expect(c.status).toBe(200);
    expect(c.body.ticket.id).toBe(t.id);
    expect((await act(env, t.id, "start", "teller1")).status).toBe(200);
    const f = await act(env, t.id, "finish", "teller1", { outcome: "done" });
    expect(f.status).toBe(200);
    expect(f.body.ticket.status).toBe("finished");
  });
});
