/** People named in a daily-operations request: by id, within the caller's scope, working at the counter. */
import { DomainError } from "@ccms/core";
import { type Executor, type OrgUnit, type StaffLookupRow, staffLookupRepository } from "@ccms/db";
import { type UserPrincipal, notFound } from "../../http/principal.js";

export type UserLite = StaffLookupRow;

export async function usersByIds(ex: Executor, ids: readonly string[]): Promise<Map<string, UserLite>> {
  return new Map((await staffLookupRepository.findByIds(ex, ids)).map((u) => [u.id, u]));
}

/** A person named in a request must exist and sit in the caller's subtree (else 404 user_not_found). */
export async function userInScope(ex: Executor, p: UserPrincipal, userId: string): Promise<UserLite> {
  const u = (await usersByIds(ex, [userId])).get(userId);
  if (!u || !u.path.startsWith(p.scopePath)) throw notFound("user", userId);
  return u;
}

/** A person who works at (or above) the counter: the counter's own staff or its ancestors' staff. */
export async function userAtCounter(ex: Executor, p: UserPrincipal, userId: string, counter: OrgUnit): Promise<UserLite> {
  const u = await userInScope(ex, p, userId);
  if (!counter.path.startsWith(u.path) && u.orgUnitId !== counter.id) {
    throw new DomainError("unprocessable", "user_not_at_counter", "This person does not work at this counter", { userId, counterId: counter.id });
  }
  return u;
}
