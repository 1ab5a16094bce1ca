/**
 * P-09 (003-3 Art.5) AB posts: every post has an A and a B holder and is never left unstaffed — B
 * steps in for A within their authority. Leave that would take both holders of a post away on the
 * same day is refused.
 */
export interface AbPost {
  post: string;
  aUserId: string;
  bUserId: string;
}

/** Who holds the post when the given people are away: A, else B, else nobody (unstaffed). */
export function abPostHolder(post: AbPost, away: ReadonlySet<string>): { holder: string | null; by: "A" | "B" | null } {
  if (!away.has(post.aUserId)) return { holder: post.aUserId, by: "A" };
  if (!away.has(post.bUserId)) return { holder: post.bUserId, by: "B" };
  return { holder: null, by: null };
}

/** P-09 the posts a leave of `userId` would leave unstaffed, given who else is away then. */
export function postsLeftUnstaffed(posts: readonly AbPost[], userId: string, othersAway: ReadonlySet<string>): string[] {
  const away = new Set([...othersAway, userId]);
  return posts.filter((p) => (p.aUserId === userId || p.bUserId === userId) && abPostHolder(p, away).holder === null).map((p) => p.post);
}
