import { describe, expect, it } from "vitest";
import { serviceNoticeText } from "./service-notice-text";

describe("CAL-02/CAL-04 notices shown to customers", () => {
  it.each([
    [{ date: "2026-10-02", kind: "open" as const, reason: "国庆假期值班", frames: [["09:00", "12:00"]] as Array<[string, string]> }, "10月2日 营业 09:00–12:00（国庆假期值班）"],
    [{ date: "2026-03-12", kind: "closure" as const, reason: "台风停业" }, "3月12日 暂停营业（台风停业）"],
    [{ date: "2026-11-09", kind: "hoursChange" as const, reason: "增加周六上午" }, "11月9日 起调整营业时间（增加周六上午）"],
  ])("%j", (n, text) => {
    const [, m, d] = n.date.split("-").map(Number);
    expect(serviceNoticeText(n, "zh-CN", `${m}月${d}日`)).toBe(text);
  });
});
