import { describe, expect, it } from "vitest";
import { type CloseFacts, composeCloseChecks, failedSecurityItemsOf, outstandingHandBacks } from "./compose-close-checks.js";

const DATE = "2026-03-10";
const clean: CloseFacts = {
  openTickets: [],
  signedInWindows: [],
  itemsOutOfSafe: [],
  pendingHandBacks: [],
  specialMatters: { state: "recorded_at_close", candidates: [] },
  faults: [],
  securityChecksSubmitted: 1,
  failedSecurityItems: [],
  handoversOfDay: [{ id: "h1", status: "confirmed" }],
  offDutyFindings: [],
  lunchDuty: { required: false, window: { from: "12:00", to: "14:00" }, status: "not_required", userIds: [] },
  openIncidentIds: [],
};
const statusOf = (f: CloseFacts, code: string) => composeCloseChecks(f, DATE).find((c) => c.code === code);

describe("D-06 the daily close check list", () => {
  it("lists the checks in the order shown; lunch duty only where it is required", () => {
    expect(composeCloseChecks(clean, DATE).map((c) => c.code)).toEqual([
      "tickets_finished",
      "tellers_signed_out",
      "items_in_safe",
      "hand_backs_done",
      "special_matters_recorded",
      "equipment_faults",
      "security_check_done",
      "security_items_fixed",
      "handover_confirmed",
      "off_duty_operations",
      "incidents_open",
    ]);
    expect(composeCloseChecks(clean, DATE).every((c) => c.status === "passed")).toBe(true);
  });

  const rows: Array<[string, Partial<CloseFacts>, string, "passed" | "failed" | "unavailable", boolean]> = [
    ["D-03 a ticket still waiting fails (blocking)", { openTickets: [{ id: "t", number: "A001", status: "waiting" }] }, "tickets_finished", "failed", true],
    ["D-03 without the queue module the tickets are unavailable", { openTickets: null }, "tickets_finished", "unavailable", true],
    ["D-03 a teller still signed in fails (blocking)", { signedInWindows: [{ id: "w", number: 1, tellerId: "u", tellerName: "王芳" }] }, "tellers_signed_out", "failed", true],
    ["D-03 without the queue module the windows are unavailable", { signedInWindows: null }, "tellers_signed_out", "unavailable", true],
    ["K-01 a seal out of the safe fails (blocking)", { itemsOutOfSafe: [{ id: "s", kind: "seal", name: "业务章", custodianId: "u", custodianName: "王芳" }] }, "items_in_safe", "failed", true],
    ["K-02 a hand-back due with items still held fails", { pendingHandBacks: [{ id: "b", userId: "u", dueDate: DATE, itemsHeld: 1 }] }, "hand_backs_done", "failed", true],
    ["K-02 a hand-back due later passes", { pendingHandBacks: [{ id: "b", userId: "u", dueDate: "2026-03-11", itemsHeld: 1 }] }, "hand_backs_done", "passed", true],
    ["K-02 a hand-back due with nothing held passes", { pendingHandBacks: [{ id: "b", userId: "u", dueDate: "2026-03-09", itemsHeld: 0 }] }, "hand_backs_done", "passed", true],
    ["C-03 without the cases module special matters are unavailable", { specialMatters: { state: "unavailable" } }, "special_matters_recorded", "unavailable", true],
    ["C-03 recorded by the close itself passes at preview", { specialMatters: { state: "recorded_at_close", candidates: [{ id: "c", number: "C1" }] } }, "special_matters_recorded", "passed", true],
    ["C-03 recorded by the close passes", { specialMatters: { state: "recorded", created: ["s1"], skipped: 0 } }, "special_matters_recorded", "passed", true],
    ["C-03 nobody records them: a candidate fails", { specialMatters: { state: "not_recorded", candidates: [{ id: "c", number: "C1" }] } }, "special_matters_recorded", "failed", true],
    ["D-08 an open fault fails (informational)", { faults: [{ id: "f", equipmentId: "e", status: "repairing" }] }, "equipment_faults", "failed", false],
    ["D-08 a repaired fault passes", { faults: [{ id: "f", equipmentId: "e", status: "repaired" }] }, "equipment_faults", "passed", false],
    ["D-04 no security check submitted fails (blocking)", { securityChecksSubmitted: 0 }, "security_check_done", "failed", true],
    [
      "D-04 a failed fire item not fixed fails (blocking)",
      { failedSecurityItems: [{ inspectionId: "i", sectionKey: "fire", itemKey: "fire.x", text: "x", correctiveActionId: "ca", fixed: false }] },
      "security_items_fixed",
      "failed",
      true,
    ],
    ["D-07 no handover that day fails (informational)", { handoversOfDay: [] }, "handover_confirmed", "failed", false],
    ["D-06 an off-duty operation fails (informational)", { offDutyFindings: [{ id: "k", title: "x", status: "open", subjectNames: ["王芳"] }] }, "off_duty_operations", "failed", false],
    ["CAL-03 nobody served at noon fails (informational)", { lunchDuty: { required: true, window: { from: "12:00", to: "13:30" }, status: "uncovered", userIds: [] } }, "lunch_duty_served", "failed", false],
    ["CAL-03 someone served at noon passes", { lunchDuty: { required: true, window: { from: "12:00", to: "13:30" }, status: "covered", userIds: ["u"] } }, "lunch_duty_served", "passed", false],
    ["CAL-03 before noon is over it is unavailable", { lunchDuty: { required: true, window: { from: "12:00", to: "13:30" }, status: "pending", userIds: [] } }, "lunch_duty_served", "unavailable", false],
    ["D-09 an open incident fails (informational)", { openIncidentIds: ["x"] }, "incidents_open", "failed", false],
  ];
  it.each(rows)("%s", (_why, change, code, status, blocking) => {
    expect(statusOf({ ...clean, ...change }, code)).toMatchObject({ status, blocking });
  });

  it("CAL-03 a pending lunch duty says why", () => {
    expect(statusOf({ ...clean, lunchDuty: { required: true, window: { from: "12:00", to: "13:30" }, status: "pending", userIds: [] } }, "lunch_duty_served")?.details).toMatchObject({ reason: "noon_not_over" });
  });
});

describe("K-02 hand-backs outstanding at the close", () => {
  it.each([
    ["due today, items held", DATE, 2, true],
    ["due before, items held", "2026-03-01", 1, true],
    ["due tomorrow", "2026-03-11", 1, false],
    ["nothing held any more", DATE, 0, false],
  ] as const)("%s", (_why, dueDate, itemsHeld, outstanding) => {
    expect(outstandingHandBacks([{ id: "b", userId: "u", dueDate, itemsHeld }], DATE).length > 0).toBe(outstanding);
  });
});

describe("D-04 failed items of the day's security checks", () => {
  const sections = [{ key: "fire", title: "消防", items: [{ key: "fire.ext", text: "灭火器在位", weight: 1, requirePhotoOnFail: false, requireCommentOnFail: true, critical: false }] }];
  it.each([
    ["an action of the inspection, open", { id: "ca", sourceId: "i1", itemKey: "fire.ext", description: "d", status: "open" }, [{ sectionKey: "fire", text: "灭火器在位", fixed: false }]],
    ["an action done counts as fixed", { id: "ca", sourceId: "i1", itemKey: "fire.ext", description: "d", status: "done" }, [{ fixed: true }]],
    ["an action verified counts as fixed", { id: "ca", sourceId: "i1", itemKey: "fire.ext", description: "d", status: "verified" }, [{ fixed: true }]],
    ["an item not in the template keeps the action's text", { id: "ca", sourceId: "i1", itemKey: "gone", description: "d", status: "open" }, [{ sectionKey: "", text: "d" }]],
    ["an action of another inspection is not counted", { id: "ca", sourceId: "i2", itemKey: "fire.ext", description: "d", status: "open" }, []],
    ["an action without an item is not counted", { id: "ca", sourceId: "i1", itemKey: null, description: "d", status: "open" }, []],
  ] as const)("%s", (_why, action, expected) => {
    const out = failedSecurityItemsOf([{ id: "i1", sections }], [action]);
    expect(out).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(out[i]).toMatchObject(e));
  });
});
