/**
 * P-18 untrained staff liability (seed 002 §1.2.1.4): a person serving on post without having passed
 * training makes the department head liable for their errors too, and the department loses award
 * eligibility for the period. A person counts as untrained on a date when they have no training pass
 * on or before it, or a post they hold needs a certificate they do not hold valid that day (P-02).
 */
import type { LocalDate } from "../shared/time.js";
import { type Certificate, type CertificateKind, certificateStatus } from "./staff-certificates.js";

/** Posts that need a certificate to be served (P-02: the servicing post needs 《保全上岗资格证》). */
export const POST_REQUIRED_CERTIFICATE: Readonly<Record<string, CertificateKind>> = { policyServicing: "policyServicing" };

export type UntrainedReason = { kind: "noTrainingPass" } | { kind: "missingCertificate"; post: string; certificate: CertificateKind };

export interface TrainingState {
  posts: readonly string[];
  certificates: readonly Certificate[];
  /** Dates on which the person passed the on-post training. */
  trainingPassedOn: readonly LocalDate[];
}

/** P-18 why the person was untrained on `date` (empty: trained). */
export function untrainedReasons(s: TrainingState, date: LocalDate): UntrainedReason[] {
  const out: UntrainedReason[] = [];
  if (!s.trainingPassedOn.some((d) => d <= date)) out.push({ kind: "noTrainingPass" });
  for (const post of s.posts) {
    const needed = POST_REQUIRED_CERTIFICATE[post];
    if (!needed) continue;
    const held = s.certificates.some((c) => c.kind === needed && certificateStatus(c, date).status !== "expired");
    if (!held) out.push({ kind: "missingCertificate", post, certificate: needed });
  }
  return out;
}

/** P-18 who is charged with an error: the person, and the department head when the person was untrained (never twice the same person). */
export function chargedFor(error: { userId: string; untrained: boolean }, headUserIds: readonly string[]): Array<{ userId: string; as: "person" | "head" }> {
  const out: Array<{ userId: string; as: "person" | "head" }> = [{ userId: error.userId, as: "person" }];
  if (error.untrained) for (const h of headUserIds) if (h !== error.userId && !out.some((o) => o.userId === h)) out.push({ userId: h, as: "head" });
  return out;
}

export interface EligibilityReason {
  errorId: string;
  userId: string;
  occurredOn: LocalDate;
}

/** P-18 a department's award eligibility for a period: lost by any error of an untrained person within it. */
export function awardEligibility(
  errors: ReadonlyArray<{ id: string; userId: string; occurredOn: LocalDate; untrained: boolean }>,
  period: { from: LocalDate; to: LocalDate },
): { eligible: boolean; reasons: EligibilityReason[] } {
  const reasons = errors
    .filter((e) => e.untrained && e.occurredOn >= period.from && e.occurredOn <= period.to)
    .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0))
    .map((e) => ({ errorId: e.id, userId: e.userId, occurredOn: e.occurredOn }));
  return { eligible: reasons.length === 0, reasons };
}
