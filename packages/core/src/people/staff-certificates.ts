/**
 * P-02 (seed 002 §1.2.2.1.2) policy-servicing posts need the servicing qualification certificate
 * 《保全上岗资格证》; every certificate has a number and an expiry, warned 30 days ahead (issue 14 item 1).
 */
import { type LocalDate, daysBetween } from "../shared/time.js";

export const CERTIFICATE_KINDS = ["policyServicing", "mandarin", "antiMoneyLaundering", "other"] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** Days ahead of expiry from which a certificate is reported as expiring (a setting's default). */
export const CERTIFICATE_WARNING_DAYS = 30;

export interface Certificate {
  kind: CertificateKind;
  number: string;
  /** null: does not expire. */
  expiresOn: LocalDate | null;
}

export type CertificateStatus = "valid" | "expiring" | "expired";

/** The certificate on `today`: expired the day after its expiry date; expiring within `warningDays`. */
export function certificateStatus(cert: Pick<Certificate, "expiresOn">, today: LocalDate, warningDays = CERTIFICATE_WARNING_DAYS): { status: CertificateStatus; daysLeft: number | null } {
  if (cert.expiresOn === null) return { status: "valid", daysLeft: null };
  const daysLeft = daysBetween(today, cert.expiresOn);
  if (daysLeft < 0) return { status: "expired", daysLeft };
  return { status: daysLeft <= warningDays ? "expiring" : "valid", daysLeft };
}

/** Business types that need a certificate kind to be served (P-02). */
export const REQUIRED_CERTIFICATE: Readonly<Record<string, CertificateKind>> = { policy_service: "policyServicing" };

/**
 * P-02 may this person serve the business type on `today`? A type without a required certificate is
 * always allowed; otherwise a certificate of the kind that has not expired.
 */
export function mayServeBusinessType(businessType: string, certs: readonly Certificate[], today: LocalDate): { ok: true } | { ok: false; missing: CertificateKind } {
  const needed = REQUIRED_CERTIFICATE[businessType];
  if (!needed) return { ok: true };
  const held = certs.some((c) => c.kind === needed && certificateStatus(c, today).status !== "expired");
  return held ? { ok: true } : { ok: false, missing: needed };
}
