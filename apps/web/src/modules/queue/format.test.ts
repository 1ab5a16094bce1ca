import { describe, expect, it } from "vitest";
import { clock, dateIn, duration } from "./format";
import { queueI18n } from "./i18n";

describe("queue formatting", () => {
  it.each([
    ["2026-11-23T18:45:00Z", "Asia/Shanghai", "2026-11-24"],
    ["2026-11-23T15:59:59Z", "Asia/Shanghai", "2026-11-23"],
    ["2026-11-23T16:00:00Z", "Asia/Shanghai", "2026-11-24"],
    ["2026-11-23T18:45:00Z", "UTC", "2026-11-23"],
  ])("the business date of %s in %s is %s (the counter's time zone, not the browser's)", (at, tz, date) => {
    expect(dateIn(tz, new Date(at))).toBe(date);
  });

  it.each([
    [0, "0:00"],
    [75, "1:15"],
    [3700, "1:01:40"],
    [null, "—"],
  ])("clock(%s) = %s", (s, out) => {
    expect(clock(s)).toBe(out);
  });

  it.each([
    [16, "zh-CN", "16 秒"],
    [125, "zh-CN", "2 分钟"],
    [900, "en-US", "15 min"],
  ])("duration(%s, %s) = %s (Q-06/Q-07 alert texts)", (s, locale, out) => {
    expect(duration(s, locale)).toBe(out);
  });
});

describe("queue dictionaries", () => {
  const flat = (o: object, p = "", out: string[] = []): string[] => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === "string") out.push(p + k);
      else flat(v as object, `${p}${k}.`, out);
    }
    return out;
  };
  it("zh-CN and en-US have the same keys", () => {
    expect(flat(queueI18n["en-US"]).sort()).toEqual(flat(queueI18n["zh-CN"]).sort());
  });
});
