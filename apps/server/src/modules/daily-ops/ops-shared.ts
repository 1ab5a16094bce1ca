/**
 * @deprecated Old import path kept for the control registers (helper H2's files) until they import
 * counter-scope.ts, staff-in-scope.ts and parse-json.ts directly. Daily operations do not use it.
 */
export { businessDateOf, counterIdsInScope, counterInScope } from "./counter-scope.js";
export { type UserLite, userAtCounter, userInScope, usersByIds } from "./staff-in-scope.js";
export { parseJson } from "./parse-json.js";

export const fenToYuan = (fen: number): string => (fen / 100).toFixed(2);
