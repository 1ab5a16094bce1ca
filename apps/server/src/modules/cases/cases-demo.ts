/** Demo data (CCMS_DEMO=1): a few cases at 天河 in different states, acted on by the demo users. */
import { isInSubtree } from "@ccms/core";
import { orgUnitRepository, permissionRepository, userRepository } from "@ccms/db";
import type { CaseAction, CreateCaseRequest } from "@ccms/contracts";
import type { DemoOrg } from "../org/demo-org.js";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { createCase } from "./create-case.js";
import { performCaseAction } from "./perform-case-action.js";

async function principalOf(ctx: AppContext, username: string): Promise<UserPrincipal | undefined> {
  const ex = ctx.database.db;
  const u = await userRepository.findByUsername(ex, username);
  const unit = u ? await orgUnitRepository.findById(ex, u.orgUnitId) : undefined;
  if (!u || !unit) return undefined;
  return {
    kind: "user",
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    orgUnitId: u.orgUnitId,
    roles: u.roles,
    permissions: new Set(await permissionRepository.listForRoles(ex, u.roles)),
    scopePath: unit.path,
    sessionId: "demo",
    csrfToken: "demo",
    mustChangePassword: false,
    passwordExpired: false,
    viaCookie: false,
  };
}

export async function loadCasesDemo(ctx: AppContext, org: DemoOrg): Promise<void> {
  const tianhe = org.counterIds[0];
  if (!tianhe) return;
  const [teller, manager, city] = await Promise.all([principalOf(ctx, "teller1"), principalOf(ctx, "manager"), principalOf(ctx, "gzadmin")]);
  if (!teller || !manager || !city || !isInSubtree((await orgUnitRepository.findById(ctx.database.db, tianhe))!.path, teller.scopePath)) return;
  const base = { orgUnitId: tianhe };
  const plan: Array<{ body: Omit<CreateCaseRequest, "orgUnitId">; steps: Array<[UserPrincipal, CaseAction]> }> = [
    { body: { kind: "complaint", channel: "counter", summary: "办理保全业务排队超过40分钟", cause: "waiting", customer: { name: "张三丰", phone: "13812345678" } }, steps: [] },
    {
      body: { kind: "complaint", channel: "hotline", summary: "对理赔金额计算有异议", cause: "claim", customer: { name: "李秀英", phone: "13922223333" } },
      steps: [[teller, { type: "accept" }], [teller, { type: "investigate" }], [teller, { type: "contact", method: "phone", note: "已告知客户正在核实理赔明细" }]],
    },
    {
      body: { kind: "enquiry", channel: "phone", summary: "咨询保单贷款利率", cause: "policyLoan", customer: { name: "王强", phone: "13700004444" } },
      steps: [[teller, { type: "accept" }], [teller, { type: "reply", method: "phone", content: "已电话告知当前利率及办理材料", reconsiderationInfo: true }], [teller, { type: "close" }]],
    },
    {
      body: { kind: "complaint", channel: "letter", summary: "来信反映柜员服务态度生硬", cause: "attitude", customer: { name: "赵敏", phone: "13655556666" } },
      steps: [
        [teller, { type: "accept" }],
        [teller, { type: "reply", method: "letter", content: "已书面致歉并说明整改措施", reconsiderationInfo: true }],
        [teller, { type: "close" }],
      ],
    },
    {
      body: { kind: "complaint", channel: "regulator", summary: "监管转办：退保手续费争议", cause: "fee", customer: { name: "孙丽", phone: "13577778888" } },
      steps: [[teller, { type: "accept" }], [manager, { type: "escalate", reason: "涉及手续费规则，需市分公司认定" }]],
    },
    { body: { kind: "opinion", channel: "opinionBook", summary: "意见簿：建议增加老年人座椅", customer: { name: "匿名" } }, steps: [[teller, { type: "accept" }]] },
  ];
  for (const item of plan) {
    const c = await createCase(ctx, teller, { ...base, ...item.body });
    for (const [p, action] of item.steps) await performCaseAction(ctx, p, c.id, action);
  }
}
