import { describe, expect, it } from "vitest";
import { type LossRecord, documentCompensationDue, documentsLostBy, lossFindingKind, monthlyDocumentLossCount } from "./document-loss.js";

const doc = (serialCount: number, incompleteSet = false): LossRecord => ({ kind: "document", serialCount, incompleteSet });
const seal: LossRecord = { kind: "seal", serialCount: 0, incompleteSet: false };

describe("K-04 important documents lost per counter and month", () => {
  const counts: Array<[string, LossRecord[], number]> = [
    ["K-04 one serial lost counts 1", [doc(1)], 1],
    ["K-04 three serials in one record count 3", [doc(3)], 3],
    ["K-04 an incomplete returned set counts as lost (1)", [doc(0, true)], 1],
    ["K-04 an incomplete set naming 2 serials counts 2", [doc(2, true)], 2],
    ["K-04 a seal loss is not a document", [seal, seal, seal], 0],
    ["K-04 seals excluded from a mixed month", [doc(1), seal, doc(1)], 2],
  ];
  for (const [name, records, n] of counts) it(name, () => expect(monthlyDocumentLossCount(records)).toBe(n));

  const due: Array<[number, boolean]> = [
    [0, false],
    [1, false],
    [2, false], // 2份以上（不含2份）
    [3, true],
    [10, true],
  ];
  for (const [n, expected] of due) it(`K-04 ${n} lost in the month → compensation ${expected ? "due" : "not due"}`, () => expect(documentCompensationDue(n)).toBe(expected));

  it("K-04 a seal loss raises its own finding at once, whatever the document count", () => {
    expect(lossFindingKind(seal, 0)).toBe("seal_loss");
    expect(documentsLostBy(seal)).toBe(0);
  });
  it("K-04 a document loss raises the compensation finding only past 2", () => {
    expect(lossFindingKind(doc(1), 2)).toBeNull();
    expect(lossFindingKind(doc(1), 3)).toBe("seal_loss_compensation");
  });
});
