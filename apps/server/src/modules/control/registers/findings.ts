/**
 * @deprecated Old import path kept for other modules (daily-ops, queue, the module index) until they
 * import ./findings/raise-finding.js and ./findings/install-off-duty-watch.js directly.
 */
export { type FindingKind, type RaiseFindingInput, provinceOf, raiseFinding } from "./findings/raise-finding.js";
export { installOffDutyWatch } from "./findings/install-off-duty-watch.js";
