import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";
import { closeEnv } from "./queue-helpers.js";

/** Every queue endpoint answers bad input with a clear 4xx error body — never a 500. */
describe(`queue bad input (${ENGINE})`, () => {
  let env: TestEnv;
  let tianhe: string;
  let yuexiu: string;
  beforeAll(async () => {
    env = await createTestEnv();
    [tianhe, yuexiu] = env.demo.counterIds as [string, string];
  });
  afterAll(async () => closeEnv(env));

  const bogus = "01ZZZZZZZZZZZZZZZZZZZZZZZZ";
  const cases: Array<[string, string, () => string, unknown?]> = [
    ["GET", "queue of an unknown counter", () => `/api/v1/counters/${bogus}/queue`],
    ["GET", "queue of a city (not a counter)", () => `/api/v1/counters/${env.demo.cityId}/queue`],
    ["GET", "queue of another counter", () => `/api/v1/counters/${yuexiu}/queue`],
    ["POST", "window with unknown type", () => `/api/v1/counters/${tianhe}/windows`, { number: 50, businessTypes: ["x_y"] }],
    ["POST", "window with a taken number", () => `/api/v1/counters/${tianhe}/windows`, { number: 1, businessTypes: ["claim"] }],
    ["POST", "window with no types", () => `/api/v1/counters/${tianhe}/windows`, { number: 51, businessTypes: [] }],
    ["POST", "sign in to unknown window", () => `/api/v1/windows/${bogus}/sign-in`],
    ["POST", "call next on unknown window", () => `/api/v1/windows/${bogus}/call-next`],
    ["POST", "pause unknown window", () => `/api/v1/windows/${bogus}/pause`, { reason: "x" }],
    ["POST", "recall unknown ticket", () => `/api/v1/tickets/${bogus}/recall`],
    ["POST", "finish unknown ticket", () => `/api/v1/tickets/${bogus}/finish`, { outcome: "done" }],
    ["POST", "finish with a bad outcome", () => `/api/v1/tickets/${bogus}/finish`, { outcome: "great" }],
    ["POST", "transfer with an empty body", () => `/api/v1/tickets/${bogus}/transfer`, {}],
    ["POST", "rate unknown ticket", () => `/api/v1/tickets/${bogus}/rating`, { score: 3 }],
    ["POST", "rate with score 0", () => `/api/v1/tickets/${bogus}/rating`, { score: 0 }],
    ["GET", "stats without dates", () => `/api/v1/counters/${tianhe}/stats`],
    ["GET", "stats with a bad date", () => `/api/v1/counters/${tianhe}/stats?from=2026-13-01&to=2026-03-10`],
    ["PUT", "settings out of range", () => `/api/v1/counters/${tianhe}/queue-settings`, { recallLimit: -1 }],
    ["PUT", "settings unknown field", () => `/api/v1/counters/${tianhe}/queue-settings`, { foo: 1 }],
    ["PATCH", "unknown business type id", () => `/api/v1/business-types/${bogus}`, { active: false }],
    ["POST", "business type with a bad prefix", () => `/api/v1/counters/${tianhe}/business-types`, { code: "abc", nameZh: "x", nameEn: "x", prefix: "a1" }],
    ["POST", "slot with end before start", () => `/api/v1/counters/${tianhe}/appointment-slots`, { kind: "elderly", weekdays: ["mon"], startTime: "10:00", endTime: "09:00", capacity: 1 }],
    ["POST", "book an unknown slot", () => `/api/v1/counters/${tianhe}/appointments`, { slotId: bogus, date: "2026-03-20", customerName: "x" }],
    ["GET", "availability with a bad date", () => `/api/v1/counters/${tianhe}/appointment-availability?date=2026-02-30`],
    // CAL-06 2027 is provisional (served); only a year outside the lunar range is refused.
    ["GET", "availability in 2150 (outside the lunar calendar)", () => `/api/v1/counters/${tianhe}/appointment-availability?date=2150-03-01`],
    ["POST", "approve unknown appointment", () => `/api/v1/appointments/${bogus}/approve`],
    ["POST", "check in unknown appointment", () => `/api/v1/appointments/${bogus}/check-in`, {}],
    ["GET", "events with a bad lastEventId", () => `/api/v1/counters/${tianhe}/events?lastEventId=abc`],
    ["GET", "ticket with an invalid id", () => `/api/v1/tickets/bad%20id`],
  ];
  for (const [method, name, url, payload] of cases) {
    it(`${name} → 4xx with an error code`, async () => {
      const res = await env.call("manager", { method: method as "GET", url: url(), ...(payload === undefined ? {} : { payload: payload as object }) });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(typeof res.body.error.code).toBe("string");
    });
  }
});
