/**
 * Demo data for people at 天河 and 越秀: staff records with posts, education, Mandarin level, skills and
 * certificates — one servicing certificate expiring within 30 days (P-02 warning), one teller serving
 * policy servicing still without it. teller3 and yxteller are left without a record (tests create them).
 * Two requests wait at 天河: 张伟's two days of personal leave (three approval levels) and 王芳's swap.
 */
import { addDays, approvalChainFor, localDateOf, newSteps } from "@ccms/core";
import { peopleRequestRepository, staffRecordRepository, userRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { DemoOrg } from "../org/demo-org.js";
import type { AppContext } from "../../context.js";

type Cert = [kind: string, number: string, expiresInDays: number | null];
const RECORDS: Array<[username: string, posts: string[], hireDate: string, education: string, mandarin: string, skills: string[], certs: Cert[]]> = [
  ["manager", ["counterManager"], "2015-03-01", "master", "2A", ["new_business", "policy_service", "claim", "enquiry", "complaint"], [["policyServicing", "BQ-2015-0031", 700]]],
  ["duty", ["dutyManager", "policyServicing"], "2018-07-01", "bachelor", "2A", ["policy_service", "claim", "complaint"], [["policyServicing", "BQ-2018-0107", 400], ["antiMoneyLaundering", "AML-2025-0211", 200]]],
  ["teller1", ["teller", "policyServicing"], "2021-09-01", "bachelor", "2A", ["new_business", "policy_service", "enquiry"], [["policyServicing", "BQ-2021-0420", 20]]],
  ["teller2", ["teller", "policyServicing"], "2025-09-01", "college", "2B", ["new_business", "policy_service", "claim"], []],
  ["guide", ["guide"], "2023-03-01", "college", "2A", ["enquiry"], [["mandarin", "PTH-2A-2019-88", null]]],
  ["yxmanager", ["counterManager"], "2016-05-01", "bachelor", "2A", ["new_business", "policy_service", "claim", "enquiry", "complaint"], [["policyServicing", "BQ-2016-0077", 900]]],
];

export async function loadPeopleDemo(ctx: AppContext, org: DemoOrg): Promise<void> {
  if (org.counterIds.length === 0) return;
  const now = ctx.clock.now();
  const today = localDateOf(now, "Asia/Shanghai");
  await ctx.tx(async (tx) => {
    for (const [username, posts, hireDate, education, mandarin, skills, certs] of RECORDS) {
      const user = await userRepository.findByUsername(tx, username);
      if (!user || (await staffRecordRepository.find(tx, user.id))) continue;
      await staffRecordRepository.insert(tx, {
        user_id: user.id,
        org_unit_id: user.orgUnitId,
        posts: JSON.stringify(posts),
        hire_date: hireDate,
        education,
        mandarin_level: mandarin,
        skills: JSON.stringify(skills),
        entry: "direct",
        status: "active",
        note: null,
        created_by: user.id,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      });
      for (const [kind, number, days] of certs) {
        await staffRecordRepository.insertCertificate(tx, {
          id: ulid(),
          user_id: user.id,
          kind,
          number,
          issued_on: null,
          expires_on: days === null ? null : addDays(today, days),
          created_by: user.id,
          created_at: now.toISOString(),
        });
      }
    }
  });
  await ctx.tx(async (tx) => {
    const [t1, t2] = [await userRepository.findByUsername(tx, "teller1"), await userRepository.findByUsername(tx, "teller2")];
    if (!t1 || !t2 || (await peopleRequestRepository.list(tx, { userId: t2.id, limit: 1 })).length > 0) return;
    const base = { sudden: 0, certificate_ref: null, exception: 0, state: "pending", leave_period_id: null, created_at: now.toISOString(), decided_at: null, half_day: null };
    await peopleRequestRepository.insert(tx, {
      ...base,
      id: ulid(),
      kind: "leave",
      user_id: t2.id,
      org_unit_id: t2.orgUnitId,
      leave_kind: "personal",
      date_from: addDays(today, 7),
      date_to: addDays(today, 8),
      half_days: 4,
      reason: "家中有事",
      swap_with_user_id: null,
      swap_shift_from: null,
      swap_shift_to: null,
      delegate_user_id: t1.id,
      warnings: "[]",
      steps: JSON.stringify(newSteps(approvalChainFor("personal", 4))),
      created_by: t2.id,
    });
    await peopleRequestRepository.insert(tx, {
      ...base,
      id: ulid(),
      kind: "swap",
      user_id: t1.id,
      org_unit_id: t1.orgUnitId,
      leave_kind: null,
      date_from: addDays(today, 3),
      date_to: addDays(today, 3),
      half_days: 2,
      reason: "孩子开家长会",
      swap_with_user_id: t2.id,
      swap_shift_from: "day",
      swap_shift_to: "day",
      delegate_user_id: null,
      warnings: "[]",
      steps: JSON.stringify(newSteps(approvalChainFor("swap", 2))),
      created_by: t1.id,
    });
  });
}
