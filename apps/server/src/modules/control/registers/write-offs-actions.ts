/** @deprecated Old import path kept for the home module until it imports ./corrective-actions/list-corrective-actions.js directly. */
export { listCorrectiveActions } from "./corrective-actions/list-corrective-actions.js";
