import { describe, expect, it } from "vitest";
import { officialHolidayYear } from "../../calendar/official-holidays.js";
import { buildWorkingCalendar } from "../../calendar/working-calendar.js";
import { checkDelegation, hqTaskStatus, mayAnswerRequest, qualityCheckFigures, requestDueDate, responsibilityForMiss, splitRequest } from "./hq-service.js";

const calendar = buildWorkingCalendar([officialHolidayYear(2026)!]);
const limits = [
  { code: "market", taskDays: 2, enquiryDays: 1 },
  { code: "it", taskDays: 3, enquiryDays: 1 },
  { code: "hr", taskDays: 5, enquiryDays: 1 },
];
const code = (f: () => unknown) => {
  try {
    f();
    return "ok";
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe("I-06 HQ internal service", () => {
  it.each([
    ["I-06 an enquiry is answered within 1 working day", "enquiry", "2026-03-13", "2026-03-16"],
    ["a request within the coordination point's limit", "request", "2026-03-10", "2026-03-12"],
    ["an enquiry before a holiday", "enquiry", "2026-09-30", "2026-10-08"],
  ] as const)("%s", (_n, kind, on, due) => expect(requestDueDate(kind, on, limits[0]!, calendar)).toBe(due));

  it("I-06 splits a request: each department its own limit and owner; the request is due with the latest task", () => {
    const r = splitRequest("request", "2026-03-10", [{ departmentCode: "it", ownerId: "a" }, { departmentCode: "hr", ownerId: "b" }], limits, calendar);
    expect(r.tasks).toEqual([
      { departmentCode: "it", ownerId: "a", limitDays: 3, dueDate: "2026-03-13" },
      { departmentCode: "hr", ownerId: "b", limitDays: 5, dueDate: "2026-03-17" },
    ]);
    expect(r.dueDate).toBe("2026-03-17");
    expect(splitRequest("enquiry", "2026-03-10", [{ departmentCode: "hr", ownerId: "b" }], limits, calendar).tasks[0]!.dueDate).toBe("2026-03-11");
  });

  it.each([
    ["no department", [], "hq_split_empty"],
    ["a department twice", [{ departmentCode: "it", ownerId: "a" }, { departmentCode: "it", ownerId: "b" }], "hq_split_duplicate_department"],
    ["a department outside the table", [{ departmentCode: "zoo", ownerId: "a" }], "hq_unknown_department"],
  ] as const)("refuses a split with %s", (_n, tasks, expected) => expect(code(() => splitRequest("request", "2026-03-10", tasks, limits, calendar))).toBe(expected));

  it.each([
    ["open", { state: "open", dueDate: "2026-03-13", repliedOn: null }, "2026-03-13", "open"],
    ["I-06 overdue", { state: "open", dueDate: "2026-03-13", repliedOn: null }, "2026-03-16", "overdue"],
    ["answered", { state: "answered", dueDate: "2026-03-13", repliedOn: "2026-03-13" }, "2026-03-20", "answered"],
    ["answered late", { state: "answered", dueDate: "2026-03-13", repliedOn: "2026-03-16" }, "2026-03-20", "answeredLate"],
  ] as const)("task %s", (_n, t, today, s) => expect(hqTaskStatus(t, today)).toBe(s));

  it("the request is answered only when every task is", () => {
    expect(code(() => mayAnswerRequest([{ state: "answered" }, { state: "open" }]))).toBe("hq_tasks_open");
    expect(code(() => mayAnswerRequest([{ state: "answered" }]))).toBe("ok");
  });

  it.each([
    ["I-06 absent a whole day: delegate", 480, "a", "b", "ok"],
    ["absent exactly half a day: no delegation", 240, "a", "b", "hq_absence_too_short"],
    ["I-06 absent 241 minutes: delegate", 241, "a", "b", "ok"],
    ["to oneself", 480, "a", "a", "hq_delegate_self"],
  ] as const)("%s", (_n, mins, owner, delegate, expected) => expect(code(() => checkDelegation(mins, owner, delegate))).toBe(expected));

  it.each([
    ["on time: nobody", { ownerId: "a", delegateId: "b" }, "answered", null],
    ["I-06 missed with a delegate: owner primary, delegate secondary", { ownerId: "a", delegateId: "b" }, "overdue", { primaryId: "a", secondaryId: "b" }],
    ["missed without a delegate: the owner", { ownerId: "a", delegateId: null }, "answeredLate", { primaryId: "a", secondaryId: null }],
  ] as const)("%s", (_n, t, status, expected) => expect(responsibilityForMiss(t, status)).toEqual(expected));

  it("I-06 the quality check counts per department in table order", () => {
    const f = qualityCheckFigures(
      [
        { departmentCode: "it", state: "answered", dueDate: "2026-03-13", repliedOn: "2026-03-12" },
        { departmentCode: "it", state: "answered", dueDate: "2026-03-13", repliedOn: "2026-03-16" },
        { departmentCode: "it", state: "open", dueDate: "2026-03-13", repliedOn: null },
        { departmentCode: "hr", state: "open", dueDate: "2026-04-13", repliedOn: null },
      ],
      ["market", "it", "hr"],
      "2026-03-31",
    );
    expect(f).toEqual([
      { departmentCode: "market", tasks: 0, answeredOnTime: 0, answeredLate: 0, overdue: 0, open: 0, onTimeRate: null },
      { departmentCode: "it", tasks: 3, answeredOnTime: 1, answeredLate: 1, overdue: 1, open: 0, onTimeRate: 0.333 },
      { departmentCode: "hr", tasks: 1, answeredOnTime: 0, answeredLate: 0, overdue: 0, open: 1, onTimeRate: null },
    ]);
  });
});
