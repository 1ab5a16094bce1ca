import { describe, expect, it } from "vitest";
import { onPostExamsDue } from "./on-post-exams-due.js";

describe("P-01 the on-post exam is set when the 6-month anniversary of hire comes", () => {
  it.each([
    ["hired 2025-09-10, today 2026-03-10: the anniversary is today", { hireDate: "2025-09-10", active: true, hasOnPostExam: false }, "2026-03-10", [{ userId: "u", dueOn: "2026-03-10" }]],
    ["hired 2025-09-11: one day short", { hireDate: "2025-09-11", active: true, hasOnPostExam: false }, "2026-03-10", []],
    ["hired long ago without an exam: set now, due since the anniversary", { hireDate: "2020-01-31", active: true, hasOnPostExam: false }, "2026-03-10", [{ userId: "u", dueOn: "2020-07-31" }]],
    ["hired 2025-08-31: the anniversary is the last day of February", { hireDate: "2025-08-31", active: true, hasOnPostExam: false }, "2026-02-28", [{ userId: "u", dueOn: "2026-02-28" }]],
    ["already has an on-post exam: never twice", { hireDate: "2025-09-10", active: true, hasOnPostExam: true }, "2026-03-10", []],
    ["left or leaving: no exam", { hireDate: "2025-09-10", active: false, hasOnPostExam: false }, "2026-03-10", []],
  ] as const)("%s", (_n, s, today, want) => expect(onPostExamsDue([{ userId: "u", ...s }], today)).toEqual(want));
});
