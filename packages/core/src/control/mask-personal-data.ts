/**
 * K-09, C-11 personal data is masked by default wherever it leaves the server (lists, exports, API
 * responses). Pure functions: the structured fields (name, phone, ID number, bank account) and any
 * free text (a case summary, a lost-property note) in which a clerk typed a mainland ID number, a
 * mobile number or a bank card number.
 */

/** 18-character resident ID (17 digits + check digit or X), not part of a longer run. */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** 11-digit mainland mobile number 1[3-9]xxxxxxxxx, optionally written 138-1234-5678 / 138 1234 5678 or with +86. */
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])/g;
/** Bank card / account numbers: 16–19 digits, optionally grouped by 4 with spaces or dashes. */
const BANK_ACCOUNT = /(?<![0-9A-Za-z])\d{4}(?:[- ]?\d{4}){3}(?:[- ]?\d{1,3})?(?![0-9A-Za-z])/g;

/** 王芳 → 王*, 欧阳娜娜 → 欧***, John Smith → J********* (at most 4 stars after the first character). */
export function maskName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const chars = [...name.trim()];
  if (chars.length === 0) return "";
  if (chars.length === 1) return "*";
  return `${chars[0]}${"*".repeat(Math.min(chars.length - 1, 4))}`;
}

/** 13812348000 → 138****8000; short values keep at most their last 4 characters. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (phone === null || phone === undefined) return null;
  const digits = phone.replace(/[\s-]+/g, "");
  if (digits.length <= 4) return "*".repeat(digits.length);
  if (digits.length < 8) return `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 110101199003071234 → 110***********1234 (first 3 and last 4 kept). */
export function maskIdNo(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  const s = id.trim();
  if (s.length <= 7) return s.length === 0 ? "" : `${s.slice(0, 1)}${"*".repeat(Math.max(s.length - 1, 3))}`;
  return `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
}

/** 6222021234567890123 → ***************0123 (last 4 kept). */
export function maskBankAccount(account: string | null | undefined): string | null {
  if (account === null || account === undefined) return null;
  const s = account.replace(/[\s-]+/g, "");
  if (s.length <= 4) return "*".repeat(s.length);
  return `${"*".repeat(s.length - 4)}${s.slice(-4)}`;
}

export type PersonalDataKind = "idNumber" | "mobile" | "bankAccount";

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  index: number;
  length: number;
}

/** Every ID number, mobile number and bank account typed into a text, in order, without overlaps. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const taken = (i: number, n: number) => found.some((f) => i < f.index + f.length && f.index < i + n);
  const scan = (re: RegExp, kind: PersonalDataKind) => {
    for (const m of text.matchAll(re)) {
      const i = m.index ?? 0;
      if (!taken(i, m[0].length)) found.push({ kind, index: i, length: m[0].length });
    }
  };
  scan(ID_NUMBER, "idNumber");
  scan(MOBILE, "mobile");
  scan(BANK_ACCOUNT, "bankAccount");
  return found.sort((a, b) => a.index - b.index);
}

function maskMobileInText(s: string): string {
  const digits = s.replace(/\D/g, "");
  const local = digits.length > 11 ? digits.slice(-11) : digits; // drop the +86 prefix
  return `${local.slice(0, 3)}****${local.slice(-4)}`;
}

/**
 * Free text with every ID number (18 digits, last may be X), mainland mobile number (1[3-9] + 9 digits)
 * and bank card number (16–19 digits) masked; everything else unchanged.
 */
export function maskPersonalData(text: string): string;
export function maskPersonalData(text: string | null): string | null;
export function maskPersonalData(text: string | null | undefined): string | null | undefined;
export function maskPersonalData(text: string | null | undefined): string | null | undefined {
  if (text === null || text === undefined || text === "") return text;
  const matches = findPersonalData(text);
  if (matches.length === 0) return text;
  let out = "";
  let at = 0;
  for (const m of matches) {
    const raw = text.slice(m.index, m.index + m.length);
    out += text.slice(at, m.index);
    out += m.kind === "mobile" ? maskMobileInText(raw) : m.kind === "idNumber" ? maskIdNo(raw) : maskBankAccount(raw);
    at = m.index + m.length;
  }
  return out + text.slice(at);
}

/** True when a text carries an ID number, mobile number or bank account (the UI may offer unmasking). */
export function containsPersonalData(text: string | null | undefined): boolean {
  return !!text && findPersonalData(text).length > 0;
}

/** Every string inside a JSON-like value masked with maskPersonalData (event data, details). */
export function maskPersonalDataDeep<T>(value: T): T {
  if (typeof value === "string") return maskPersonalData(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskPersonalDataDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = maskPersonalDataDeep(v);
    return out as T;
  }
  return value;
}
