/**
 * C-12 (seed 003 第二篇 Art.18) a responsibility ruling is made by the unit's responsibility committee
 * (责任认定领导小组): the ruling records its members and needs a majority of a committee of at least
 * `minMembers` (3 by default); the employee may appeal to the level above, whose decision is final.
 */
import { DomainError } from "../shared/errors.js";

export const DEFAULT_COMMITTEE_MIN_MEMBERS = 3;

export interface CommitteeVote {
  members: readonly string[];
  inFavour: number;
}

export function assertCommitteeRuling(vote: CommitteeVote, minMembers = DEFAULT_COMMITTEE_MIN_MEMBERS): void {
  const names = vote.members.map((m) => m.trim()).filter((m) => m.length > 0);
  const unique = new Set(names);
  if (unique.size !== names.length) {
    throw new DomainError("validation", "committee_member_twice", "A committee member is listed twice", { members: names });
  }
  if (names.length < minMembers) {
    throw new DomainError("unprocessable", "committee_too_small", `A ruling needs a committee of at least ${minMembers} members`, { members: names.length, minMembers });
  }
  if (!Number.isInteger(vote.inFavour) || vote.inFavour < 0 || vote.inFavour > names.length) {
    throw new DomainError("validation", "committee_votes_invalid", "Votes in favour must be between 0 and the number of members", { inFavour: vote.inFavour, members: names.length });
  }
  if (vote.inFavour * 2 <= names.length) {
    throw new DomainError("unprocessable", "committee_no_majority", "The ruling needs a majority of the committee", { inFavour: vote.inFavour, members: names.length });
  }
}

/** C-12 a unit may set a larger committee, never one below 3 members (seed 003 第二篇 Art.18). */
export function assertCommitteeSize(minMembers: number): void {
  if (!Number.isInteger(minMembers) || minMembers < DEFAULT_COMMITTEE_MIN_MEMBERS) {
    throw new DomainError("validation", "committee_size_too_small", `A responsibility committee has at least ${DEFAULT_COMMITTEE_MIN_MEMBERS} members`, { minMembers });
  }
}
