import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

/** Bad input never gives a 500 and never changes data. */
describe(`daily-ops and control registers refuse bad input with a clear 4xx (${ENGINE})`, () => {
  let env: TestEnv;
  const FAKE = "01HZZZZZZZZZZZZZZZZZZZZZZZ";
  beforeAll(async () => {
    env = await createTestEnv();
    await env.token("manager"); // the login is audited: do it before counting
  });
  afterAll(async () => env?.close());

  const writes: Array<[string, string]> = [
    ["POST", "/api/v1/daily-ops/inspection-templates"],
    ["POST", "/api/v1/daily-ops/inspections"],
    ["PUT", `/api/v1/daily-ops/inspections/${FAKE}/answers`],
    ["POST", `/api/v1/daily-ops/inspections/${FAKE}/submit`],
    ["POST", "/api/v1/daily-ops/meetings"],
    ["POST", `/api/v1/daily-ops/meetings/${FAKE}/focus-issues/0/follow-up`],
    ["POST", "/api/v1/daily-ops/handovers"],
    ["POST", `/api/v1/daily-ops/handovers/${FAKE}/confirm`],
    ["POST", "/api/v1/daily-ops/closes"],
    ["POST", "/api/v1/daily-ops/equipment"],
    ["PATCH", `/api/v1/daily-ops/equipment/${FAKE}`],
    ["POST", `/api/v1/daily-ops/equipment/${FAKE}/faults`],
    ["PATCH", `/api/v1/daily-ops/equipment-faults/${FAKE}`],
    ["POST", "/api/v1/daily-ops/incidents/suggest-level"],
    ["POST", "/api/v1/daily-ops/incidents"],
    ["POST", `/api/v1/daily-ops/incidents/${FAKE}/timeline`],
    ["POST", `/api/v1/daily-ops/incidents/${FAKE}/close`],
    ["POST", "/api/v1/daily-ops/drills"],
    ["POST", "/api/v1/daily-ops/lost-property"],
    ["POST", `/api/v1/daily-ops/lost-property/${FAKE}/return`],
    ["POST", "/api/v1/control/items"],
    ["POST", `/api/v1/control/items/${FAKE}/issue`],
    ["POST", `/api/v1/control/items/${FAKE}/return`],
    ["POST", `/api/v1/control/items/${FAKE}/handover`],
    ["POST", `/api/v1/control/items/${FAKE}/usages`],
    ["POST", `/api/v1/control/items/${FAKE}/losses`],
    ["POST", "/api/v1/control/write-offs"],
    ["POST", "/api/v1/control/leaves"],
    ["POST", `/api/v1/control/hand-backs/${FAKE}/confirm`],
    ["POST", `/api/v1/control/findings/${FAKE}/status`],
    ["POST", `/api/v1/control/corrective-actions/${FAKE}/complete`],
    ["POST", `/api/v1/control/corrective-actions/${FAKE}/verify`],
    ["PUT", "/api/v1/control/aml/settings"],
    ["POST", "/api/v1/control/aml/transactions"],
    ["POST", "/api/v1/control/aml/transactions/import"],
    ["POST", `/api/v1/control/aml/transactions/${FAKE}/flag`],
    ["POST", `/api/v1/control/aml/transactions/${FAKE}/report`],
    ["POST", "/api/v1/control/aml/self-inspections"],
    ["POST", `/api/v1/control/aml/self-inspections/${FAKE}/items/0/rectify`],
    ["POST", "/api/v1/control/archives/borrowings"],
    ["POST", `/api/v1/control/archives/borrowings/${FAKE}/decide`],
    ["POST", `/api/v1/control/archives/borrowings/${FAKE}/lend`],
    ["POST", `/api/v1/control/archives/borrowings/${FAKE}/return`],
  ];

  it.each(writes)("%s %s with an empty, a junk and a plausible body", async (method, url) => {
    const auditBefore = Number((await env.database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n);
    for (const payload of [{}, { junk: true }, { counterId: FAKE, note: "x", reason: "x", counted: true, toUserId: FAKE, summary: "x", status: "closed", approved: true, reasons: ["x"], reportRef: "r", answers: [{ itemKey: "x", result: "pass" }] }]) {
      const res = await env.call("manager", { method: method as "POST", url, payload });
      expect(res.status, `${JSON.stringify(payload)} → ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    const auditAfter = Number((await env.database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst())?.n);
    expect(auditAfter).toBe(auditBefore);
  });

  it("unknown query fields and malformed dates are 400", async () => {
    for (const url of ["/api/v1/daily-ops/inspections?foo=1", "/api/v1/daily-ops/closes/preview?counterId=x&date=2026-02-30", "/api/v1/control/losses?month=2026-3", "/api/v1/control/aml/report?unitId=x&from=2026-03-01"]) {
      const res = await env.call("manager", { method: "GET", url });
      expect(res.status, url).toBe(400);
    }
  });
});
