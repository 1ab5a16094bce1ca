/**
 * Demo organisation (CCMS_DEMO=1): a province, a city, two counters with users for every role.
 * Demo users share the password in DEMO_PASSWORD and need not change it.
 */
import { orgUnitRepository, userRepository } from "@ccms/db";
import type { AppContext } from "../context.js";
import { createUser } from "../modules/control/users.js";
import { createOrgUnit } from "../modules/org/org-units.js";
import { DEMO_EXTENSIONS } from "./demo-extensions.js";

export const DEMO_PASSWORD = "Demo@2026pass";

export interface DemoOrg {
  provinceId: string;
  cityId: string;
  /** [天河 GD-GZ-TH, 越秀 GD-GZ-YX] */
  counterIds: string[];
}


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
    await createUser(ctx, null, { username, password: DEMO_PASSWORD, displayName, orgUnitId, roles: [role] }, { mustChangePassword: false });
  }
  const org: DemoOrg = { provinceId: province.id, cityId: city.id, counterIds: [tianhe.id, yuexiu.id] };
  for (const ext of DEMO_EXTENSIONS) await ext(ctx, org);
  return org;
}
