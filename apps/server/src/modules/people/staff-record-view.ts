/** A staff record as the API shows it: certificates with their P-02 status, names not ids. */
import { type Certificate, type CertificateKind, certificateStatus, localDateOf, mayServeBusinessType } from "@ccms/core";
import { type CertificateRow, type Executor, type StaffRecordRow, staffRecordRepository } from "@ccms/db";
import type { StaffRecord } from "@ccms/contracts";

const parseList = (s: string): string[] => {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

/** P-02 the certificates a record lacks for the posts and skills it has. */
function missingFor(row: StaffRecordRow, certs: Certificate[], today: string): CertificateKind[] {
  const serves = parseList(row.posts).includes("policyServicing") || parseList(row.skills).includes("policy_service");
  if (!serves) return [];
  const r = mayServeBusinessType("policy_service", certs, today);
  return r.ok ? [] : [r.missing];
}

export async function staffRecordViews(ex: Executor, rows: StaffRecordRow[], now: Date, timeZone: string): Promise<StaffRecord[]> {
  const certs = await staffRecordRepository.certificatesOf(ex, rows.map((r) => r.user_id));
  const byUser = new Map<string, CertificateRow[]>();
  for (const c of certs) byUser.set(c.user_id, [...(byUser.get(c.user_id) ?? []), c]);
  const today = localDateOf(now, timeZone);
  return rows.map((r) => {
    const own = byUser.get(r.user_id) ?? [];
    const domain: Certificate[] = own.map((c) => ({ kind: c.kind as CertificateKind, number: c.number, expiresOn: c.expires_on }));
    return {
      userId: r.user_id,
      displayName: r.display_name,
      username: r.username,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.unit_name,
      accountActive: r.active === 1,
      posts: parseList(r.posts) as StaffRecord["posts"],
      hireDate: r.hire_date,
      education: r.education as StaffRecord["education"],
      mandarinLevel: r.mandarin_level as StaffRecord["mandarinLevel"],
      skills: parseList(r.skills),
      entry: r.entry as StaffRecord["entry"],
      status: r.status as StaffRecord["status"],
      note: r.note,
      certificates: own.map((c) => ({
        id: c.id,
        kind: c.kind as CertificateKind,
        number: c.number,
        issuedOn: c.issued_on,
        expiresOn: c.expires_on,
        ...certificateStatus({ expiresOn: c.expires_on }, today),
      })),
      missingCertificates: missingFor(r, domain, today),
      createdAt: r.created_at,
    };
  });
}
