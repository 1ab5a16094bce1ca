import { describe, expect, it } from "vitest";
import { assertCommitteeRuling, assertCommitteeSize } from "./committee-ruling.js";

describe("C-12 responsibility committee (003 第二篇 Art.18)", () => {
  it.each([
    ["3 members, 2 in favour", { members: ["陈敏", "李强", "王芳"], inFavour: 2 }, 3, null],
    ["5 members, 3 in favour", { members: ["a", "b", "c", "d", "e"], inFavour: 3 }, 3, null],
    ["2 members are too few", { members: ["陈敏", "李强"], inFavour: 2 }, 3, "committee_too_small"],
    ["a tie is no majority", { members: ["a", "b", "c", "d"], inFavour: 2 }, 3, "committee_no_majority"],
    ["a member listed twice", { members: ["a", "b", "a"], inFavour: 2 }, 3, "committee_member_twice"],
    ["more votes than members", { members: ["a", "b", "c"], inFavour: 4 }, 3, "committee_votes_invalid"],
    ["a unit that requires 5 members", { members: ["a", "b", "c", "d"], inFavour: 4 }, 5, "committee_too_small"],
  ] as const)("%s", (_why, vote, min, code) => {
    if (code === null) expect(() => assertCommitteeRuling(vote, min)).not.toThrow();
    else expect(() => assertCommitteeRuling(vote, min)).toThrowError(expect.objectContaining({ code }));
  });

  it.each([
    [2, "committee_size_too_small"],
    [3, null],
    [7, null],
    [3.5, "committee_size_too_small"],
  ] as const)("C-12 a unit's committee size %s (at least 3)", (n, code) => {
    if (code === null) expect(() => assertCommitteeSize(n)).not.toThrow();
    else expect(() => assertCommitteeSize(n)).toThrowError(expect.objectContaining({ code }));
  });
});
