import { describe, expect, it } from "vitest";
import { type LossFindingInput, lossCompensationDedupeKey, lossFinding, lossMarksItemLost, lossQuantityOf } from "./loss-finding.js";

const item = { id: "I1", counterId: "C1", name: "保单 0001-0100", itemType: "保单", custodianId: "U1", quantity: 100 };
const docLoss = (id: string, serialCount: number, responsible: string[], incompleteSet = false) => ({
  id,
  kind: "document" as const,
  serialCount,
  incompleteSet,
  occurredOn: "2026-11-20",
  note: "遗失",
  responsibleUserIds: responsible,
});
const input = (over: Partial<LossFindingInput>): LossFindingInput => ({
  item,
  loss: docLoss("L1", 1, ["U1"]),
  monthCount: 1,
  monthLosses: [{ id: "L1", kind: "document", responsibleUserIds: ["U1"] }],
  managerIds: ["M1"],
  ...over,
});

describe("K-04 the finding a loss raises", () => {
  const table: Array<[string, LossFindingInput, string | null]> = [
    ["K-04 one document lost in the month raises nothing", input({ monthCount: 1 }), null],
    ["K-04 exactly 2 documents in the month raise nothing (不含2份)", input({ monthCount: 2 }), null],
    ["K-04 a third document in the month raises the compensation finding", input({ monthCount: 3 }), "seal_loss_compensation"],
    ["K-04 a seal loss raises its own finding at once", input({ loss: { ...docLoss("L1", 0, ["U2"]), kind: "seal" }, monthCount: 0 }), "seal_loss"],
  ];
  for (const [name, i, kind] of table) it(name, () => expect(lossFinding(i)?.kind ?? null).toBe(kind));

  it("K-04 the compensation finding names everyone responsible that month and the managers, once per counter and month", () => {
    const f = lossFinding(
      input({
        loss: docLoss("L3", 1, ["U3"]),
        monthCount: 3,
        monthLosses: [
          { id: "L1", kind: "document", responsibleUserIds: ["U1"] },
          { id: "S1", kind: "seal", responsibleUserIds: ["U9"] },
          { id: "L2", kind: "document", responsibleUserIds: ["U1", "U2"] },
          { id: "L3", kind: "document", responsibleUserIds: ["U3"] },
        ],
      }),
    );
    expect(f).toMatchObject({
      kind: "seal_loss_compensation",
      dedupeKey: "k04:C1:2026-11",
      subjectUserIds: ["U1", "U2", "U3", "M1"],
      title: "重要单证当月遗失超过2份（2026-11）",
      details: { month: "2026-11", lostCount: 3, lossIds: ["L1", "L2", "L3"], responsibleUserIds: ["U1", "U2", "U3"], managerIds: ["M1"] },
    });
  });

  it("K-04 a seal loss names the responsible persons, the custodian and the counter managers", () => {
    const f = lossFinding(input({ loss: { ...docLoss("S1", 0, ["U2"]), kind: "seal" }, monthCount: 0 }));
    expect(f).toMatchObject({ kind: "seal_loss", subjectUserIds: ["U2", "U1", "M1"], title: "印章遗失：保单 0001-0100", details: { lossId: "S1", custodianId: "U1" } });
  });

  it("K-04 the dedupe key is per counter and month", () => expect(lossCompensationDedupeKey("C9", "2026-01")).toBe("k04:C9:2026-01"));
});

describe("K-04 what a loss takes from the item", () => {
  const table: Array<[string, { kind: "seal" | "document"; serialCount: number; incompleteSet: boolean }, number, number, boolean]> = [
    ["K-04 a seal is one piece and is lost", { kind: "seal", serialCount: 0, incompleteSet: false }, 1, 1, true],
    ["K-04 two serials of a batch of 100 leave the batch active", { kind: "document", serialCount: 2, incompleteSet: false }, 100, 2, false],
    ["K-04 every serial of a batch marks it lost", { kind: "document", serialCount: 3, incompleteSet: false }, 3, 3, true],
    ["K-04 an incomplete set counts at least one", { kind: "document", serialCount: 0, incompleteSet: true }, 5, 1, false],
  ];
  for (const [name, r, itemQty, qty, lost] of table)
    it(name, () => {
      expect(lossQuantityOf(r)).toBe(qty);
      expect(lossMarksItemLost(r, itemQty)).toBe(lost);
    });
});
