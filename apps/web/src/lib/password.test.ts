import { describe, expect, it } from "vitest";
import { characterClasses, checkPassword, generateTemporaryPassword } from "./password";

describe("K-06 password hints", () => {
  it.each([
    ["Short1!", "u", { length: false, classes: true, notUsername: true }],
    ["alllowercase", "u", { length: true, classes: false, notUsername: true }],
    ["Zhang.San2026", "zhang", { length: true, classes: true, notUsername: false }],
    ["Good#Pass2026", "teller1", { length: true, classes: true, notUsername: true }],
  ])("%s for %s", (pw, user, expected) => {
    expect(checkPassword(pw, user)).toEqual(expected);
  });

  it("generated temporary passwords always meet the policy", () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 50; i++) {
      const pw = generateTemporaryPassword(rnd);
      expect(pw).toHaveLength(12);
      expect(characterClasses(pw)).toBe(4);
    }
  });
});
