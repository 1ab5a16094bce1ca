/**
 * Device pairing by a short code (issue 10 item 9): the device shows a code, a manager enters it.
 * 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown as "ABCD-2345",
 * valid 10 minutes, single use. Randomness is an input (core has no I/O).
 */
export const PAIRING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const PAIRING_CODE_LENGTH = 8;
export const PAIRING_CODE_TTL_MS = 10 * 60 * 1000;

/** A code from random bytes (rejection sampling keeps every character equally likely). */
export function generatePairingCode(randomBytes: (n: number) => Uint8Array): string {
  const n = PAIRING_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = "";
  while (out.length < PAIRING_CODE_LENGTH) {
    for (const b of randomBytes(PAIRING_CODE_LENGTH * 2)) {
      if (b >= limit) continue;
      out += PAIRING_CODE_ALPHABET[b % n];
      if (out.length === PAIRING_CODE_LENGTH) break;
    }
  }
  return out;
}

/** What a person typed → the stored form: upper case, separators and spaces dropped; O→0 is not guessed. */
export function normalisePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.]/g, "");
}

export function isPairingCode(code: string): boolean {
  if (code.length !== PAIRING_CODE_LENGTH) return false;
  for (const ch of code) if (!PAIRING_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/** "ABCD2345" → "ABCD-2345" for the device screen. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function pairingExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + PAIRING_CODE_TTL_MS);
}

export type PairingState = "pending" | "claimed" | "delivered" | "expired";

/** A pairing's state at `now`: a code not claimed before its expiry is expired (a claimed one may still be fetched briefly). */
export function pairingStateAt(p: { expiresAt: Date; claimedAt: Date | null; deliveredAt: Date | null }, now: Date): PairingState {
  if (p.deliveredAt) return "delivered";
  if (p.claimedAt) return now.getTime() < p.expiresAt.getTime() + PAIRING_CODE_TTL_MS ? "claimed" : "expired";
  return now.getTime() < p.expiresAt.getTime() ? "pending" : "expired";
}
