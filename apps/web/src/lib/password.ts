/** Live hints for the K-06 password policy (the server has the final word, incl. the last-5 rule). */
export interface PasswordCheck {
  length: boolean;
  classes: boolean;
  notUsername: boolean;
}

export function characterClasses(pw: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
}

export function checkPassword(pw: string, username: string, minLength = 10, minClasses = 3): PasswordCheck {
  const u = username.trim().toLowerCase();
  return {
    length: pw.length >= minLength,
    classes: characterClasses(pw) >= minClasses,
    notUsername: u.length === 0 || !pw.toLowerCase().includes(u),
  };
}

/** A temporary password that satisfies the policy, for admins creating or resetting accounts. */
export function generateTemporaryPassword(random: (n: number) => number = (n) => crypto.getRandomValues(new Uint32Array(1))[0]! % n): string {
  const sets = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "@#%&*+=?"];
  const all = sets.join("");
  const chars = sets.map((s) => s[random(s.length)]!);
  while (chars.length < 12) chars.push(all[random(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
