import { describe, expect, it } from "vitest";
import { assetsHeldBy, exitBlockedByAssets, hallCountShortfalls, hallCustodianOf, hallEquipmentCheck, mayHoldKeys } from "./asset-rules.js";

describe("K-13 door keys and the alarm code", () => {
  it.each([
    ["the director", { roles: ["counterManager"], counterId: "c1", active: true }, true],
    ["the deputy", { roles: ["dutyManager"], counterId: "c1", active: true }, true],
    ["a teller", { roles: ["teller"], counterId: "c1", active: true }, false],
    ["a director of another counter", { roles: ["counterManager"], counterId: "c2", active: true }, false],
    ["a deactivated deputy", { roles: ["dutyManager"], counterId: "c1", active: false }, false],
  ] as const)("K-13 %s may hold keys: %s", (_who, holder, expected) => {
    expect(mayHoldKeys(holder, "c1")).toBe(expected);
  });
});

describe("K-13 fixed assets on a move or exit", () => {
  const assets = [
    { id: "a1", custodianId: "u1", status: "active" },
    { id: "a2", custodianId: "u1", status: "disposed" },
    { id: "a3", custodianId: "u2", status: "active" },
  ];
  it("K-13 lists the active assets the leaver still holds", () => {
    expect(assetsHeldBy(assets, "u1").map((a) => a.id)).toEqual(["a1"]);
  });
  it.each([
    [{ assets: 0, keys: 0 }, false],
    [{ assets: 1, keys: 0 }, true],
    [{ assets: 0, keys: 1 }, true],
  ])("K-13 exit blocked for %o: %s", (held, expected) => {
    expect(exitBlockedByAssets(held)).toBe(expected);
  });
});

describe("K-13 rotating daily custodian of hall equipment", () => {
  const rota = { startDate: "2026-03-09", userIds: ["u1", "u2", "u3"] };
  it.each([
    ["2026-03-09", "u1"],
    ["2026-03-10", "u2"],
    ["2026-03-11", "u3"],
    ["2026-03-12", "u1"],
    ["2026-03-08", "u3"],
  ])("K-13 on %s the custodian is %s", (date, expected) => {
    expect(hallCustodianOf(rota, date)).toBe(expected);
  });
  it("K-13 no rota, no custodian", () => {
    expect(hallCustodianOf(null, "2026-03-09")).toBeNull();
  });
  it.each([
    ["no hall equipment: no check", 0, null, null],
    ["not counted", 2, null, "failed"],
    ["counted, all present", 2, { custodianId: "u1", lines: [{ assetId: "a", expected: 2, present: 2 }] }, "passed"],
    ["counted, one short", 2, { custodianId: "u1", lines: [{ assetId: "a", expected: 2, present: 1 }] }, "failed"],
  ] as const)("K-13 close check: %s", (_why, n, count, expected) => {
    const c = hallEquipmentCheck(n, count);
    expect(c?.status ?? null).toBe(expected);
    if (c) expect(c.blocking).toBe(false);
  });
  it("K-13 shortfalls are the lines with fewer present than expected", () => {
    expect(hallCountShortfalls([{ assetId: "a", expected: 1, present: 1 }, { assetId: "b", expected: 3, present: 2 }]).map((l) => l.assetId)).toEqual(["b"]);
  });
});
