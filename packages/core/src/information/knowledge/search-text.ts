/**
 * I-03 Chinese word search without a search server: text is normalised once (NFKC, lower case,
 * punctuation and spaces to single spaces) and stored; a query becomes terms — each run of Han
 * characters as its character bigrams (a single character alone), each Latin/digit word whole —
 * and an entry matches when its normalised text contains every term (a plain LIKE on both engines).
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** NFKC (full-width → half-width), lower case, every run of non-letters/digits becomes one space. */
export function normalizeSearchText(text: string): string {
  const nfkc = text.normalize("NFKC").toLowerCase();
  let out = "";
  let space = false;
  for (const ch of nfkc) {
    if (WORD.test(ch)) {
      out += ch;
      space = false;
    } else if (!space && out.length > 0) {
      out += " ";
      space = true;
    }
  }
  return out.trimEnd();
}

/** The stored text of an entry: its parts normalised, joined with a space (so no bigram spans two parts). */
export function searchDocument(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((p): p is string => !!p).map(normalizeSearchText).filter(Boolean).join(" ");
}

/**
 * Terms of a query, deduplicated in order: Han runs as overlapping bigrams ("退保流程" → 退保, 保流,
 * 流程), a lone Han character as itself, Latin/digit runs as whole words; at most `max` terms.
 */
export function searchTerms(query: string, max = 12): string[] {
  const norm = normalizeSearchText(query);
  const terms: string[] = [];
  const push = (t: string) => {
    if (t && !terms.includes(t)) terms.push(t);
  };
  for (const chunk of norm.split(" ")) {
    let han = "";
    let other = "";
    const flushHan = () => {
      const chars = [...han];
      if (chars.length === 1) push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) push(chars[i]! + chars[i + 1]!);
      han = "";
    };
    const flushOther = () => {
      push(other);
      other = "";
    };
    for (const ch of chunk) {
      if (HAN.test(ch)) {
        flushOther();
        han += ch;
      } else {
        flushHan();
        other += ch;
      }
    }
    flushHan();
    flushOther();
  }
  return terms.slice(0, max);
}

/** True when the normalised document holds every term (the same test the repository does in SQL). */
export function matchesSearch(document: string, terms: readonly string[]): boolean {
  return terms.every((t) => document.includes(t));
}

/** Ranking: more occurrences of the terms in the title first (then the caller's own order). */
export function searchRank(title: string, terms: readonly string[]): number {
  const t = normalizeSearchText(title);
  return terms.reduce((n, term) => n + (t.includes(term) ? 1 : 0), 0);
}
