/**
 * @deprecated Old import path kept for control/data-protection.routes.ts (helper H2's file) until it
 * imports present-lost-property.ts directly. Daily operations do not use it.
 */
export { presentLost } from "./present-lost-property.js";
