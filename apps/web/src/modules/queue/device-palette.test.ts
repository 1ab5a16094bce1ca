import { describe, expect, it } from "vitest";
import { DEVICE_TEXT_PAIRS, TILE_COLORS, contrastRatio } from "./device-palette";
import { deviceI18n } from "./device-i18n";
import { boundaryDelay, nextOpeningText } from "./shared-clock";

describe("customer device colours (issue 18: ≥ 4.5:1 on the actual background)", () => {
  it.each(TILE_COLORS.map((c) => [c]))("white tile text and the tile letter on %s", (c) => {
    expect(contrastRatio("#ffffff", c)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(DEVICE_TEXT_PAIRS.map((p) => [p[2], p[0], p[1]]))("%s: %s on %s", (_where, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("device words", () => {
  const flat = (d: object, p = ""): string[] =>
    Object.entries(d).flatMap(([k, v]) => (typeof v === "string" ? [`${p}${k}`] : flat(v as object, `${p}${k}.`)));
  it("every zh-CN key has an en-US text", () => {
    expect(flat(deviceI18n["en-US"]).sort()).toEqual(flat(deviceI18n["zh-CN"]).sort());
  });
});

describe("CAL-04 the device's timer to the next opening/closing boundary", () => {
  const at = "2026-03-10T00:29:00.000Z";
  it("fires just after the boundary told by the server", () => {
    expect(boundaryDelay({ at, nextChangeAt: "2026-03-10T00:30:00.000Z" }, Date.parse(at), Date.parse(at))).toBe(60_250);
  });
  it("corrects for a device clock that is 5 s fast", () => {
    const received = Date.parse(at) + 5000;
    expect(boundaryDelay({ at, nextChangeAt: "2026-03-10T00:30:00.000Z" }, received, received)).toBe(60_250);
  });
  it("has no timer without a known boundary, and never a past or huge one", () => {
    expect(boundaryDelay({ at, nextChangeAt: null }, 0, 0)).toBeNull();
    expect(boundaryDelay({ at, nextChangeAt: "2026-03-10T00:28:00.000Z" }, Date.parse(at), Date.parse(at))).toBe(250);
    expect(boundaryDelay({ at, nextChangeAt: "2026-03-20T00:00:00.000Z" }, Date.parse(at), Date.parse(at))).toBe(6 * 3600_000);
  });
  it("says when a closed counter opens next", () => {
    const now = new Date(2026, 2, 10, 18, 0).getTime();
    expect(nextOpeningText(new Date(2026, 2, 11, 8, 30).toISOString(), now, "zh-CN")).toBe("明天 08:30");
    expect(nextOpeningText(new Date(2026, 2, 10, 19, 0).toISOString(), now, "zh-CN")).toBe("今天 19:00");
    expect(nextOpeningText(null, now, "zh-CN")).toBeNull();
  });
});
