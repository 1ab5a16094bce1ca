// I-03 knowledge base and M-01 on-site marketing (issue 16 items 5, 7): a closed case is added to the
// case library and published; a teller finds it by a Chinese word. An elite agent's duty is planned,
// shows on the monitor, is logged, and the on-site marketing register compiles a teller's referral
// (the customer masked on screen). Names on screen, not ids.
import { expect, test } from "../fixtures";
import { tianhe } from "../helpers";

test("knowledge and marketing: closed case → case library → search; duty plan → log → statistics (I-03, M-01)", async ({ page, signIn, apiAs, newPage, server, step }) => {
  const suffix = String(server.now().getTime()).slice(-5);
  const summary = `客户办理退保等待时间过长 ${suffix}`;

  step("a complaint is replied to, closed and confirmed at the callback");
  const teller = await apiAs("teller1");
  const manager = await apiAs("manager");
  const th = await tianhe(manager);
  const c = await teller.post("/cases", { kind: "complaint", orgUnitId: th.id, channel: "counter", summary, customer: { name: "张三丰", phone: "13812345678" } });
  await teller.post(`/cases/${c.id}/actions`, { type: "reply", method: "visit", content: "上门解释退保流程", reconsiderationInfo: true });
  await teller.post(`/cases/${c.id}/actions`, { type: "close" });
  const closed = await manager.post(`/cases/${c.id}/actions`, { type: "callback", result: "satisfied", note: "客户满意" });
  expect(closed.state).toBe("closed");

  step("the manager adds the closed case to the case library and publishes it");
  await signIn(page, "manager");
  await page.goto("/information/knowledge");
  await page.locator('[data-testid="knowledge-from-case"]').click();
  const pick = page.locator('[data-testid="knowledge-case-pick"] tr', { hasText: c.number });
  await pick.locator('[data-testid="knowledge-add-case"]').click();
  const drawer = page.getByRole("dialog", { name: /投诉案例/ });
  await expect(drawer).toContainText(c.number);
  await expect(drawer.locator('[data-testid="knowledge-state"]')).toHaveAttribute("data-state", "draft");
  await drawer.locator('[data-testid="knowledge-publish"]').click();
  await expect(drawer.locator('[data-testid="knowledge-state"]')).toHaveAttribute("data-state", "published");

  step("a teller finds it by a Chinese word");
  const reader = await newPage();
  await signIn(reader, "teller2");
  await reader.goto("/information/knowledge");
  await reader.locator('[data-testid="knowledge-search"] input').fill("退保等待");
  await reader.locator('[data-testid="knowledge-search"] input').press("Enter");
  const hit = reader.locator('[data-testid="knowledge-table"] tbody tr', { hasText: summary.slice(0, 20) });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText("天河客户服务中心");
  await hit.locator("a").first().click();
  await expect(reader.getByRole("dialog", { name: /退保等待/ })).toContainText("柜面主管 陈敏");

  step("the manager marks it as training material; the teller finds it on the training page (I-03 used by People I, P-03)");
  const found = await manager.get(`/information/knowledge?q=${encodeURIComponent("退保等待")}`);
  const entry = found.items.find((e: { title: string }) => e.title.includes(suffix));
  await manager.put(`/information/knowledge/${entry.id}`, { training: true, note: "列为岗前培训资料" });
  await reader.goto("/people/training");
  const material = reader.locator('[data-testid="training-materials"] tbody tr', { hasText: suffix });
  await expect(material).toContainText("天河客户服务中心");
  await material.getByRole("link").click();
  await expect(reader).toHaveURL(/\/information\/knowledge\?entry=/);
  await expect(reader.getByRole("dialog", { name: /退保等待/ })).toBeVisible();

  step("the manager plans the elite agent's duty this morning");
  const today = (await manager.get(`/marketing/duty-now?counterId=${th.id}`)).date as string;
  const plan = await manager.get(`/marketing/duty-plan?counterId=${th.id}&from=${today}&to=${today}`);
  const agent = plan.agents.find((a: { name: string }) => a.name === "驻场营销员 孙杰");
  await manager.post("/marketing/duty-slots", { counterId: th.id, dutyDate: today, startsAt: "09:00", endsAt: "12:00", agentId: agent.id, post: "大堂" });
  await page.goto("/marketing/onsite");
  await expect(page.locator('[data-testid="marketing-plan"]')).toContainText("驻场营销员 孙杰");

  step("the monitor shows who is on duty now");
  await page.goto("/queue/monitor");
  await expect(page.locator('[data-testid="duty-now-card"]')).toContainText("驻场营销员 孙杰");

  step("the duty is logged");
  await page.goto("/marketing/onsite");
  await page.getByRole("tab", { name: "驻场日志" }).click();
  await page.locator('[data-testid="marketing-add-log"]').click();
  const logModal = page.getByRole("dialog").filter({ has: page.locator('[data-testid="marketing-log-notes"]') });
  await logModal.locator('[data-testid="marketing-log-agent"]').click();
  await page.locator(".ant-select-item-option", { hasText: "驻场营销员 孙杰" }).click();
  await logModal.locator('[data-testid="marketing-log-notes"]').fill(`大堂驻点，接待咨询6人 ${suffix}`);
  await logModal.locator(".ant-btn-primary").click();
  await expect(page.locator('[data-testid="marketing-logs"]')).toContainText(`接待咨询6人 ${suffix}`);

  step("a teller's referral goes into the on-site marketing register, the customer masked");
  const t1 = await newPage();
  await signIn(t1, "teller1");
  await t1.goto("/marketing/onsite");
  await t1.getByRole("tab", { name: "现场营销统计表" }).click();
  await t1.locator('[data-testid="marketing-add-lead"]').click();
  const leadModal = t1.getByRole("dialog").filter({ has: t1.locator('[data-testid="marketing-lead-customer"]') });
  await leadModal.locator('[data-testid="marketing-lead-customer"]').fill("李秀英");
  await leadModal.locator('[data-testid="marketing-lead-phone"]').fill("13900001111");
  await leadModal.locator('[data-testid="marketing-lead-need"]').fill("为孙子咨询教育金保险");
  await leadModal.locator(".ant-btn-primary").click();
  const leads = t1.locator('[data-testid="marketing-leads"]');
  await expect(leads).toContainText("为孙子咨询教育金保险");
  await expect(leads).toContainText("柜员 王芳");
  await expect(leads).not.toContainText("13900001111");
  await expect(leads).not.toContainText("李秀英");
  await expect(t1.locator('[data-testid="marketing-figures"]')).toContainText("柜员 王芳 1");
});
