import { describe, expect, it } from "vitest";
import { type Certificate, certificateStatus, mayServeBusinessType } from "./staff-certificates.js";

describe("P-02 certificate expiry (warned 30 days ahead)", () => {
  const table: Array<[string, string | null, string, ReturnType<typeof certificateStatus>]> = [
    ["no expiry is valid", null, "2026-03-10", { status: "valid", daysLeft: null }],
    ["31 days left is valid", "2026-04-10", "2026-03-10", { status: "valid", daysLeft: 31 }],
    ["P-02 30 days left is expiring", "2026-04-09", "2026-03-10", { status: "expiring", daysLeft: 30 }],
    ["P-02 the expiry day itself is expiring", "2026-03-10", "2026-03-10", { status: "expiring", daysLeft: 0 }],
    ["P-02 the day after expiry is expired", "2026-03-09", "2026-03-10", { status: "expired", daysLeft: -1 }],
  ];
  it.each(table)("%s", (_name, expiresOn, today, expected) => {
    expect(certificateStatus({ expiresOn }, today)).toEqual(expected);
  });
});

describe("P-02 policy servicing needs the servicing certificate", () => {
  const cert = (expiresOn: string | null): Certificate => ({ kind: "policyServicing", number: "BQ-1", expiresOn });
  const table: Array<[string, string, Certificate[], boolean]> = [
    ["claims need no certificate", "claim", [], true],
    ["P-02 policy servicing without a certificate is refused", "policy_service", [], false],
    ["P-02 policy servicing with a valid certificate", "policy_service", [cert("2027-01-01")], true],
    ["P-02 an expiring certificate still counts", "policy_service", [cert("2026-03-20")], true],
    ["P-02 an expired certificate does not count", "policy_service", [cert("2026-03-01")], false],
    ["P-02 another kind does not count", "policy_service", [{ kind: "mandarin", number: "PTH", expiresOn: null }], false],
  ];
  it.each(table)("%s", (_name, type, certs, ok) => {
    expect(mayServeBusinessType(type, certs, "2026-03-10").ok).toBe(ok);
  });
});
