/** Counters as the caller may see them (ORG-01) and a counter's business date. */
import { DomainError, localDateOf } from "@ccms/core";
import { type Executor, type OrgUnit, orgUnitRepository } from "@ccms/db";
import { type UserPrincipal, unitInScope } from "../../http/principal.js";

/** A counter in the caller's subtree (404 outside it, ORG-01; 400 when the unit is not a counter). */
export async function counterInScope(ex: Executor, p: UserPrincipal, id: string): Promise<OrgUnit> {
  const unit = await unitInScope(ex, p, id);
  if (unit.kind !== "counter") throw new DomainError("validation", "not_a_counter", "This needs a counter", { id });
  return unit;
}

/** Counters the caller may see: the given one, or every counter in their subtree. */
export async function counterIdsInScope(ex: Executor, p: UserPrincipal, counterId?: string): Promise<string[]> {
  if (counterId) return [(await counterInScope(ex, p, counterId)).id];
  return (await orgUnitRepository.listSubtree(ex, p.scopePath)).filter((u) => u.kind === "counter").map((u) => u.id);
}

export function businessDateOf(unit: OrgUnit, now: Date): string {
  return localDateOf(now, unit.timeZone);
}
