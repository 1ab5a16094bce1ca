import { describe, expect, it } from "vitest";
import { assertPauseDecider } from "./approve-pause.js";

const COUNTER = "/HQ/GD/GZ/TH/";
const CITY = "/HQ/GD/GZ/";
const SIBLING = "/HQ/GD/GZ/YX/";

describe("C-07 who decides a pause of the reply clock", () => {
  it.each([
    ["the counter manager decides a teller's pause", { userId: "mgr", unitPath: COUNTER }, { handlerId: "t1", handlerIsUnitManager: false, unitPath: COUNTER }, null],
    ["the city decides a teller's pause too", { userId: "city", unitPath: CITY }, { handlerId: "t1", handlerIsUnitManager: false, unitPath: COUNTER }, null],
    ["the handler never decides their own pause", { userId: "t1", unitPath: COUNTER }, { handlerId: "t1", handlerIsUnitManager: false, unitPath: COUNTER }, "pause_own_case"],
    ["the manager's own case goes to the level above", { userId: "mgr2", unitPath: COUNTER }, { handlerId: "mgr", handlerIsUnitManager: true, unitPath: COUNTER }, "pause_needs_level_above"],
    ["the level above decides the manager's own case", { userId: "city", unitPath: CITY }, { handlerId: "mgr", handlerIsUnitManager: true, unitPath: COUNTER }, null],
    ["a sibling counter never decides", { userId: "yx", unitPath: SIBLING }, { handlerId: "t1", handlerIsUnitManager: false, unitPath: COUNTER }, "pause_outside_unit"],
  ] as const)("%s", (_why, decider, c, code) => {
    if (code === null) expect(() => assertPauseDecider(decider, c)).not.toThrow();
    else expect(() => assertPauseDecider(decider, c)).toThrowError(expect.objectContaining({ code }));
  });
});
