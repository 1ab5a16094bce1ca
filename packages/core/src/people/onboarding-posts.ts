/**
 * K-08, P-15 the posts a person hired through onboarding is recorded on in the staff record: the posts
 * of the business roles kept aside for them (an account role that is not a counter post adds none).
 */
const POST_OF_ROLE: Readonly<Record<string, string>> = { teller: "teller", guide: "guide", dutyManager: "dutyManager", counterManager: "counterManager", agent: "callAgent" };

export function postsForRoles(roles: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of roles) {
    const post = POST_OF_ROLE[r];
    if (post && !out.includes(post)) out.push(post);
  }
  return out;
}
