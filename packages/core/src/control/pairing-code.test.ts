import { describe, expect, it } from "vitest";
import {
  PAIRING_CODE_ALPHABET,
  PAIRING_CODE_LENGTH,
  formatPairingCode,
  generatePairingCode,
  isPairingCode,
  normalisePairingCode,
  pairingExpiresAt,
  pairingStateAt,
} from "./pairing-code.js";

function seq(values: number[]) {
  let i = 0;
  return (n: number) => Uint8Array.from({ length: n }, () => values[i++ % values.length]!);
}

describe("device pairing code (issue 10 item 9)", () => {
  it("has 8 characters from an alphabet without look-alikes", () => {
    for (const ch of "01OILUV") expect(PAIRING_CODE_ALPHABET).not.toContain(ch);
    const code = generatePairingCode(seq([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(code).toHaveLength(PAIRING_CODE_LENGTH);
    expect(isPairingCode(code)).toBe(true);
  });

  it("rejects biased bytes (rejection sampling) and keeps going", () => {
    const code = generatePairingCode(seq([255, 254, 253, 0]));
    expect(code).toBe("22222222");
  });

  it.each([
    ["abcd-2345", "ABCD2345", true],
    [" ab cd 23 45 ", "ABCD2345", true],
    ["ABCD234", "ABCD234", false],
    ["ABCD2340", "ABCD2340", false],
    ["ABCDO345", "ABCDO345", false],
  ])("%j normalises to %s (valid %s)", (input, norm, valid) => {
    expect(normalisePairingCode(input)).toBe(norm);
    expect(isPairingCode(normalisePairingCode(input))).toBe(valid);
  });

  it("is shown in two groups", () => {
    expect(formatPairingCode("ABCD2345")).toBe("ABCD-2345");
  });

  const created = new Date("2026-03-10T02:00:00.000Z");
  const expiresAt = pairingExpiresAt(created);
  it.each([
    ["pending within 10 minutes", { claimedAt: null, deliveredAt: null }, "2026-03-10T02:09:59.999Z", "pending"],
    ["expired at 10 minutes", { claimedAt: null, deliveredAt: null }, "2026-03-10T02:10:00.000Z", "expired"],
    ["claimed, token not yet fetched", { claimedAt: new Date("2026-03-10T02:05:00Z"), deliveredAt: null }, "2026-03-10T02:12:00.000Z", "claimed"],
    ["claimed but never fetched for long", { claimedAt: new Date("2026-03-10T02:05:00Z"), deliveredAt: null }, "2026-03-10T02:20:00.000Z", "expired"],
    ["delivered: single use", { claimedAt: new Date("2026-03-10T02:05:00Z"), deliveredAt: new Date("2026-03-10T02:05:02Z") }, "2026-03-10T02:06:00.000Z", "delivered"],
  ] as const)("%s", (_why, p, now, state) => {
    expect(expiresAt.toISOString()).toBe("2026-03-10T02:10:00.000Z");
    expect(pairingStateAt({ expiresAt, ...p }, new Date(now))).toBe(state);
  });
});
