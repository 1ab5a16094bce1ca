import { describe, expect, it } from "vitest";
import { postsForRoles } from "./onboarding-posts.js";

describe("K-08 P-15 posts of a hire's pending roles", () => {
  it.each([
    [["teller"], ["teller"]],
    [["teller", "guide", "teller"], ["teller", "guide"]],
    [["agent"], ["callAgent"]],
    [["auditor", "branchAdmin"], []],
  ])("%j → %j", (roles, posts) => expect(postsForRoles(roles)).toEqual(posts));
});
