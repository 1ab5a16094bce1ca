import { CASE_ACTION_TYPES as CONTRACT_ACTIONS } from "@ccms/contracts";
import { describe, expect, it } from "vitest";
import { CASE_ACTION_TYPES } from "./case-state-machine.js";

// The web sees actions through the contracts only; core's state machine must know the same set.
describe("case action types: contracts and core agree", () => {
  it("lists the same action types", () => {
    expect([...CONTRACT_ACTIONS].sort()).toEqual([...CASE_ACTION_TYPES].sort());
  });
});
