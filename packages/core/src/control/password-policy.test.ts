import { describe, expect, it } from "vitest";
import { afterFailedLogin, checkPasswordStrength, isLocked, isPasswordExpired } from "./password-policy.js";
import { mayGrantRole } from "./permissions.js";

describe("K-06 password policy", () => {
  it.each([
    ["Short1!", "too_short"],
    ["alllowercase1", "too_few_classes"],
    ["teller1Pass!x", "contains_username"],
  ])("%s is refused (%s)", (pw, problem) => {
    expect(() => checkPasswordStrength(pw, "teller1")).toThrowError(expect.objectContaining({ code: "weak_password", details: expect.objectContaining({ problems: expect.arrayContaining([problem]) }) }));
  });
  it("accepts ≥ 10 characters with three classes", () => {
    expect(() => checkPasswordStrength("Counter2026x", "teller1")).not.toThrow();
    expect(() => checkPasswordStrength("counter-2026x", "teller1")).not.toThrow();
  });
  it("expires after 90 days", () => {
    const changed = new Date("2026-01-01T00:00:00Z");
    expect(isPasswordExpired(changed, new Date("2026-03-31T00:00:00Z"))).toBe(false);
    expect(isPasswordExpired(changed, new Date("2026-04-01T00:00:01Z"))).toBe(true);
  });
});

describe("K-06 lockout after 5 failures for 15 minutes", () => {
  const t0 = new Date("2026-03-10T02:00:00Z");
  it("locks on the 5th failure and unlocks after 15 minutes", () => {
    let s = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      s = afterFailedLogin(s, t0);
      expect(s.lockedUntil).toBeNull();
    }
    s = afterFailedLogin(s, t0);
    expect(s.lockedUntil?.toISOString()).toBe("2026-03-10T02:15:00.000Z");
    expect(isLocked(s, new Date("2026-03-10T02:14:59Z"))).toBe(true);
    expect(isLocked(s, new Date("2026-03-10T02:15:00Z"))).toBe(false);
    // a failure after the lock expired starts counting again
    const again = afterFailedLogin(s, new Date("2026-03-10T02:16:00Z"));
    expect(again).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
});


describe("K-07 granting posts without privilege escalation", () => {
  it.each([
    [["hqAdmin"], "hqAdmin", true],
    [["branchAdmin"], "counterManager", true],
    [["branchAdmin"], "branchAdmin", false],
    [["branchAdmin"], "hqAdmin", false],
    [["counterManager"], "teller", true],
    [["counterManager"], "dutyManager", true],
    [["counterManager"], "counterManager", false],
    [["teller"], "teller", false],
    [["auditor"], "teller", true],
    [["hqAdmin"], "wizard", false],
  ] as const)("%j may grant %s: %s", (granter, role, ok) => {
    expect(mayGrantRole(granter, role)).toBe(ok);
  });
});
