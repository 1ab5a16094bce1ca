import { describe, expect, it } from "vitest";
import { mergeDictionaries } from "../../i18n/translate";
import { peopleI18n } from "./i18n";

describe("people dictionaries", () => {
  it("zh-CN and en-US name the same keys", () => {
    const m = mergeDictionaries([peopleI18n]);
    expect(Object.keys(m["en-US"]).sort()).toEqual(Object.keys(m["zh-CN"]).sort());
    expect(m["zh-CN"]["people.req.leaveKind.annual"]).toBe("年休假");
    expect(m["zh-CN"]["errors.leave_notice_too_short"]).toContain("提前");
  });
});
