/**
 * Demo organisation (CCMS_DEMO=1): a province, a city, two counters with users for every role.
 * Demo users share the published password in DEMO_PASSWORD. K-06: they must change it at first
 * sign-in unless the server listens on loopback only (a private demo on this machine).
 */
import { orgUnitRepository, userRepository } from "@ccms/db";
import { isLoopbackHost } from "../config.js";
import type { AppContext } from "../context.js";
import { createUser } from "../modules/control/users.js";
import type { DemoOrg } from "../modules/org/demo-org.js";
import { createOrgUnit } from "../modules/org/org-units.js";
import { DEMO_EXTENSIONS } from "./demo-extensions.js";
import { loadDemoHistory } from "./demo-history/load-demo-history.js";

export const DEMO_PASSWORD = "Demo@2026pass";

export const DEMO_USERNAMES = ["hqadmin", "gdadmin", "gzadmin", "auditor", "manager", "duty", "teller1", "teller2", "teller3", "guide", "agent", "yxmanager", "yxteller"] as const;

/**
 * K-06 a demo loaded earlier on loopback and now served on the network: every demo account still on
 * the published password must change it at next sign-in. Returns the usernames flagged.
 */
export async function requireDemoPasswordChange(ctx: AppContext): Promise<string[]> {
  if (isLoopbackHost(ctx.config.host)) return [];
  const flagged: string[] = [];
  for (const username of DEMO_USERNAMES) {
    const u = await userRepository.findByUsername(ctx.database.db, username);
    if (!u || u.mustChangePassword || !(await ctx.hasher.verify(u.passwordHash, DEMO_PASSWORD))) continue;
    await ctx.tx((tx) => userRepository.setPassword(tx, u.id, u.passwordHash, u.passwordChangedAt, true));
    flagged.push(username);
  }
  return flagged;
}

export type { DemoOrg } from "../modules/org/demo-org.js";


export async function loadDemo(ctx: AppContext, rootId: string): Promise<DemoOrg | null> {
  const ex = ctx.database.db;
  if (await orgUnitRepository.findByCode(ex, "GD")) return null;
  const province = await createOrgUnit(ctx, null, { parentId: rootId, kind: "province", name: "广东省分公司", code: "GD" });
  const city = await createOrgUnit(ctx, null, { parentId: province.id, kind: "city", name: "广州市分公司", code: "GD-GZ", lunchDuty: true });
  const tianhe = await createOrgUnit(ctx, null, {
    parentId: city.id,
    kind: "counter",
    name: "天河客户服务中心",
    code: "GD-GZ-TH",
    businessHours: { mon: [["08:30", "12:00"], ["13:30", "17:30"]], tue: [["08:30", "12:00"], ["13:30", "17:30"]], wed: [["08:30", "12:00"], ["13:30", "17:30"]], thu: [["08:30", "12:00"], ["13:30", "17:30"]], fri: [["08:30", "12:00"], ["13:30", "17:30"]], sat: [["09:00", "12:00"]], sun: [] },
  });
  const yuexiu = await createOrgUnit(ctx, null, { parentId: city.id, kind: "counter", name: "越秀客户服务中心", code: "GD-GZ-YX" });
  const users: Array<[string, string, string, string]> = [
    // keep DEMO_USERNAMES in step
    ["hqadmin", "总公司管理员", rootId, "hqAdmin"],
    ["gdadmin", "省分公司管理员", province.id, "branchAdmin"],
    ["gzadmin", "市分公司管理员", city.id, "branchAdmin"],
    ["auditor", "稽核员", province.id, "auditor"],
    ["manager", "柜面主管 陈敏", tianhe.id, "counterManager"],
    ["duty", "值班经理 李强", tianhe.id, "dutyManager"],
    ["teller1", "柜员 王芳", tianhe.id, "teller"],
    ["teller2", "柜员 张伟", tianhe.id, "teller"],
    ["teller3", "柜员 刘洋", tianhe.id, "teller"],
    ["guide", "咨询引导 赵丽", tianhe.id, "guide"],
    ["agent", "驻场营销员 孙杰", tianhe.id, "agent"],
    ["yxmanager", "越秀柜面主管", yuexiu.id, "counterManager"],
    ["yxteller", "越秀柜员", yuexiu.id, "teller"],
  ];
  for (const [username, displayName, orgUnitId, role] of users) {
    if (await userRepository.findByUsername(ex, username)) continue;
    await createUser(ctx, null, { username, password: DEMO_PASSWORD, displayName, orgUnitId, roles: [role] }, { mustChangePassword: !isLoopbackHost(ctx.config.host) });
  }
  const org: DemoOrg = { provinceId: province.id, cityId: city.id, counterIds: [tianhe.id, yuexiu.id] };
  for (const ext of DEMO_EXTENSIONS) await ext(ctx, org);
  if (ctx.config.demoHistoryDays > 0) await loadDemoHistory(ctx, org, ctx.config.demoHistoryDays);
  return org;
}
