/** C-13 repeat complaints on both engines: an unreachable handler's repeats count as ONE responsible complaint. */
import { auditRepository } from "@ccms/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusEvent } from "../../src/realtime/bus.js";
import { type TestEnv, createTestEnv } from "../helpers.js";

let env: TestEnv;
let TH: string;
let YX: string;

beforeAll(async () => {
  env = await createTestEnv();
  TH = env.demo.counterIds[0]!;
  YX = env.demo.counterIds[1]!;
});
afterAll(async () => {
  await env.close();
});

const tokens = new Map<string, string>();
async function call(as: string, o: { method: "GET" | "POST"; url: string; payload?: unknown }) {
  let t = tokens.get(as);
  if (!t) {
    const password = as === "admin" ? "Hq#Secure2026x" : "Demo@2026pass";
    const res = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: as, password } });
    if (res.statusCode !== 200) throw new Error(`login ${as}: ${res.body}`);
    t = (res.json() as { token: string }).token;
    tokens.set(as, t);
  }
  const res = await env.app.inject({ ...o, headers: { authorization: `Bearer ${t}` } } as never);
  return { status: res.statusCode, body: res.json() as any };
}

const complaint = (over: Record<string, unknown> = {}) => ({
  kind: "complaint",
  orgUnitId: TH,
  channel: "counter",
  summary: "经办人联系不上，再次投诉",
  customer: { name: "李四", phone: "13900001111" },
  ...over,
});
async function create(as: string, body: Record<string, unknown>) {
  const r = await call(as, { method: "POST", url: "/api/v1/cases", payload: body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}
async function total(): Promise<number> {
  return (await call("admin", { method: "GET", url: "/api/v1/cases?limit=500" })).body.total;
}
async function rulingCount(): Promise<number> {
  return (await call("admin", { method: "GET", url: "/api/v1/cases/rulings" })).body.items.length;
}

describe("C-13 repeat complaint caused by an unreachable handler", () => {
  it("C-13 counts as one responsible complaint however many repeats follow", async () => {
    const seen: BusEvent[] = [];
    const off = env.ctx.bus.subscribe("people", (e) => seen.push(e));
    try {
      const earlier = await create("teller1", complaint({ summary: "首次投诉" }));
      const me = await call("teller1", { method: "GET", url: "/api/v1/auth/me" });
      const first = await create("teller2", complaint({ repeatOfCaseId: earlier.id, repeatReason: "handler_unreachable" }));
      const d1 = (await call("manager", { method: "GET", url: `/api/v1/cases/${first.id}` })).body;
      expect(d1.ruling).toMatchObject({ outcome: "responsible", category: "repeatUnreachable", finalOutcome: "responsible", employeeId: null });
      // C-13 the automatic ruling raises the same finding a manual one does; the case shows what it repeats.
      expect(d1.findings.map((f: { kind: string }) => f.kind)).toContain("responsibleComplaint");
      expect(d1.repeatOf).toEqual({ caseId: earlier.id, number: earlier.number, reason: "handler_unreachable" });
      expect(d1.events.map((e: { type: string }) => e.type)).toContain("responsibility.ruled");
      const ruled = seen.filter((e) => e.type === "responsibility.ruled");
      expect(ruled).toHaveLength(1);
      expect(ruled[0]!.data).toMatchObject({ caseId: first.id, repeatOf: earlier.id, count: 1, outcome: "responsible" });
      // C-13 as written: the outlet's responsible complaint, not charged to the earlier handler.
      expect(me.body.user.id).toBeTruthy();
      expect(ruled[0]!.data).toMatchObject({ employeeId: null, orgUnitId: earlier.orgUnitId });
      const audit = await auditRepository.list(env.database.db, { entityType: "case", entityId: first.id, limit: 10 });
      expect(audit.map((a) => a.action)).toContain("case.repeat_ruled");

      // Second and third repeats of the same earlier case for the same reason: no further ruling or deduction.
      const rulingsBefore = await rulingCount();
      const second = await create("teller3", complaint({ repeatOfCaseId: earlier.id, repeatReason: "handler_unreachable" }));
      const third = await create("manager", complaint({ repeatOfCaseId: earlier.id, repeatReason: "handler_unreachable" }));
      for (const c of [second, third]) {
        const d = (await call("manager", { method: "GET", url: `/api/v1/cases/${c.id}` })).body;
        expect(d.ruling ?? null).toBeNull();
      }
      expect(await rulingCount()).toBe(rulingsBefore);
      expect(seen.filter((e) => e.type === "responsibility.ruled")).toHaveLength(1);

      // Another reason gives no automatic ruling.
      const unsatisfied = await create("teller1", complaint({ repeatOfCaseId: earlier.id, repeatReason: "unsatisfied" }));
      expect((await call("manager", { method: "GET", url: `/api/v1/cases/${unsatisfied.id}` })).body.ruling ?? null).toBeNull();

      // A different earlier case counts on its own.
      const other = await create("teller1", complaint({ summary: "另一投诉" }));
      await create("teller2", complaint({ repeatOfCaseId: other.id, repeatReason: "handler_unreachable" }));
      const again = seen.filter((e) => e.type === "responsibility.ruled");
      expect(again).toHaveLength(2);
      expect(again[1]!.data).toMatchObject({ repeatOf: other.id, count: 1 });
    } finally {
      off();
    }
  });

  it("C-13 bad input leaves nothing changed", async () => {
    const seen: BusEvent[] = [];
    const off = env.ctx.bus.subscribe("people", (e) => seen.push(e));
    try {
      const enquiry = await create("teller1", complaint({ kind: "enquiry", summary: "咨询" }));
      const foreign = await create("yxteller", complaint({ orgUnitId: YX, summary: "越秀投诉" }));
      const base = await create("teller1", complaint({ summary: "基础投诉" }));
      const [before, rulingsBefore] = [await total(), await rulingCount()];
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [complaint({ repeatOfCaseId: "01ARZ3NDEKTSV4RRFFQ69G5FAV", repeatReason: "handler_unreachable" }), 404, "case_not_found"],
        [complaint({ repeatOfCaseId: foreign.id, repeatReason: "handler_unreachable" }), 404, "case_not_found"],
        [complaint({ repeatOfCaseId: enquiry.id, repeatReason: "handler_unreachable" }), 422, "repeat_of_not_complaint"],
        [complaint({ kind: "enquiry", repeatOfCaseId: base.id, repeatReason: "handler_unreachable" }), 422, "repeat_requires_complaint"],
        [complaint({ repeatOfCaseId: base.id }), 400, "repeat_fields_together"],
        [complaint({ repeatReason: "handler_unreachable" }), 400, "repeat_fields_together"],
        [complaint({ repeatOfCaseId: base.id, repeatReason: "lost" }), 400, "validation_failed"],
      ];
      for (const [payload, status, code] of cases) {
        const r = await call("teller1", { method: "POST", url: "/api/v1/cases", payload });
        expect(r.status, JSON.stringify(r.body)).toBe(status);
        expect(r.body.error.code).toBe(code);
      }
      expect(await total()).toBe(before);
      expect(await rulingCount()).toBe(rulingsBefore);
      expect(seen).toHaveLength(0);
      // The valid repeat still works afterwards (the failures did not count).
      await create("teller1", complaint({ repeatOfCaseId: base.id, repeatReason: "handler_unreachable" }));
      expect(seen.filter((e) => e.type === "responsibility.ruled")).toHaveLength(1);
    } finally {
      off();
    }
  });
});
