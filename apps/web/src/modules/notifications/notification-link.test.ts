import { describe, expect, it } from "vitest";
import { notificationLink } from "./api";

describe("去处理 from a notification goes to the exact record (issue 10 item 3)", () => {
  it.each([
    ["case", "/cases/C1"],
    ["finding", "/control/findings?id=F1"],
    ["incident", "/daily-ops/incidents?id=I1"],
  ] as const)("%s", (subjectType, href) => {
    expect(notificationLink({ subjectType, subjectId: subjectType === "case" ? "C1" : subjectType === "finding" ? "F1" : "I1" })).toBe(href);
  });
});
