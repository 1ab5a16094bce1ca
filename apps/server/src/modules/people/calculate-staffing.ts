/** Issue 14 item 3 the Erlang C calculator: agents for an interval's arrivals, target and shrinkage. */
import { requiredAgents } from "@ccms/core";
import type { ErlangRequest } from "@ccms/contracts";
import type { UserPrincipal } from "../../http/principal.js";

export function calculateStaffing(_p: UserPrincipal, body: ErlangRequest) {
  return requiredAgents(body);
}
