/** Issue 15 part B: the reward/penalty ledger (P-12, P-13; C-12, C-13) and quality checks. */
import { ledgerRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`people: reward/penalty ledger (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    const users = (await env.call("gzadmin", { method: "GET", url: `/api/v1/users?orgUnitId=${th}` })).body.items as Array<{ id: string; username: string }>;
    for (const u of users) ids[u.username] = u.id;
  });
  afterAll(async () => env?.close());

  it("P-12/P-13 the repository sums approved points per person and names who lost excellence eligibility", async () => {
    const db = env.database.db;
    const base = { org_unit_id: th, loses_eligibility: 0, quarter_zero: 0, termination_proposed: 0, origin: "manual", source_key: null, evidence_kind: null, evidence_id: null, note: null, decided_by: null, decided_at: null, decision_note: null, appeal_state: "none", appeal_reason: null, appealed_at: null, appeal_decided_by: null, appeal_decided_at: null, appeal_note: null, created_by: "t", created_at: "2026-03-01T00:00:00Z" };
    await ledgerRepository.insertEntry(db, { ...base, id: "r1", user_id: ids.teller1!, rule_code: "most_calls", points: 5, date: "2026-01-20", state: "approved" });
    await ledgerRepository.insertEntry(db, { ...base, id: "r2", user_id: ids.teller1!, rule_code: "unapproved_swap", points: -5, loses_eligibility: 1, date: "2026-02-03", state: "approved" });
    await ledgerRepository.insertEntry(db, { ...base, id: "r3", user_id: ids.teller1!, rule_code: "posture", points: -1, date: "2026-02-04", state: "pending" });
    await ledgerRepository.insertEntry(db, { ...base, id: "r4", user_id: ids.teller3!, rule_code: "posture", points: -1, date: "2026-04-04", state: "approved" });
    const totals = await ledgerRepository.totalsByUser(db, { orgUnitIds: [th], from: "2026-01-01", to: "2026-03-31" });
    expect(totals.get(ids.teller1!)).toBe(0);
    expect(totals.has(ids.teller3!)).toBe(false);
    const inel = await ledgerRepository.ineligibleUsers(db, { orgUnitIds: [th], from: "2026-01-01", to: "2026-12-31" });
    expect(inel).toEqual([expect.objectContaining({ userId: ids.teller1, ruleCode: "unapproved_swap", article: "106.1" })]);
    await db.deleteFrom("people_ledger_entries").execute();
  });
});
