import { describe, expect, it } from "vitest";
import { abPostHolder, postsLeftUnstaffed } from "./ab-posts.js";

const w1 = { post: "1号窗口", aUserId: "a", bUserId: "b" };
const w2 = { post: "2号窗口", aUserId: "c", bUserId: "a" };

describe("P-09 AB posts are never unstaffed", () => {
  it.each([
    ["A holds the post", [], { holder: "a", by: "A" }],
    ["P-09 B steps in when A is away", ["a"], { holder: "b", by: "B" }],
    ["both away: unstaffed", ["a", "b"], { holder: null, by: null }],
  ] as const)("%s", (_n, away, expected) => expect(abPostHolder(w1, new Set(away))).toEqual(expected));

  it.each([
    ["A away while B is in: nothing unstaffed", "a", [], []],
    ["P-09 A away while B is on leave: the post would be unstaffed", "a", ["b"], ["1号窗口"]],
    ["P-09 B of another post away while its A is away", "a", ["b", "c"], ["1号窗口", "2号窗口"]],
    ["someone holding no post", "z", ["a", "b"], []],
  ] as const)("%s", (_n, user, others, posts) => expect(postsLeftUnstaffed([w1, w2], user, new Set(others))).toEqual(posts));
});
