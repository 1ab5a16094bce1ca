// People ledger (issue 15 part B; P-12, P-13, C-12, C-13): a responsible complaint ruling at the 天河
// counter becomes the teller's deduction automatically (through the outbox); the counter manager approves
// it on the ledger page, the quarter's run puts it on the teller's card, the teller appeals once on the
// ledger page; the city decides the appeal.
import { expect, test } from "../fixtures";
import { tianhe } from "../helpers";

const COMMITTEE = { members: ["陈敏", "李强", "王芳"], inFavour: 3 };

test("people ledger: ruling → automatic deduction → approval → card → the teller's appeal → the city's decision", async ({ page, newPage, signIn, apiAs, step }) => {
  test.setTimeout(180_000);
  step("a complaint at the counter is ruled the teller's responsibility (API)");
  const teller = await apiAs("teller1");
  const manager = await apiAs("manager");
  const unit = await tianhe(manager);
  const c = await teller.post("/cases", { kind: "complaint", orgUnitId: unit.id, channel: "counter", summary: "办理保全时态度生硬", customer: { name: "张三丰", phone: "13812345678" } });
  await teller.post(`/cases/${c.id}/actions`, { type: "accept" });
  await teller.post(`/cases/${c.id}/actions`, { type: "reply", method: "phone", content: "已致歉并说明", reconsiderationInfo: true });
  await manager.post(`/cases/${c.id}/actions`, { type: "rule", outcome: "responsible", category: "badAttitude", note: "态度生硬", committee: COMMITTEE, employeeId: teller.user.id });

  step("the counter manager sees the automatic deduction on the ledger page and approves it");
  await signIn(page, "manager");
  await page.goto("/people/ledger");
  const row = page.locator(`[data-testid="ledger-row"][data-evidence="${c.id}"]`);
  await expect(row).toHaveAttribute("data-state", "pending");
  await expect(row).toContainText("王芳");
  await expect(row).toContainText("-2");
  await expect(row).toContainText("系统自动");
  await row.locator('[data-testid="ledger-approve"]').click();
  await expect(row).toHaveAttribute("data-state", "approved");

  step("the quarter's run adds the approved deduction to the teller's card");
  await manager.post("/people/assessment-runs", { orgUnitId: unit.id, quarter: "2026-Q4" });
  const tellerPage = await newPage();
  await signIn(tellerPage, "teller1");
  await tellerPage.goto("/people/my-scorecard");
  const ledgerCell = tellerPage.locator("th.ant-descriptions-item-label", { hasText: "奖惩分" }).locator("xpath=following-sibling::td[1]");
  await expect(ledgerCell).toHaveText("-2");

  step("the teller sees their own entry on the ledger page and appeals once");
  await tellerPage.goto("/people/ledger");
  const own = tellerPage.locator(`[data-testid="ledger-row"][data-evidence="${c.id}"]`);
  await expect(own).toHaveAttribute("data-state", "approved");
  await own.locator('[data-testid="ledger-appeal"]').click();
  await tellerPage.getByLabel("申诉理由").fill("客户误解了办理要求");
  await tellerPage.locator('[data-testid="ledger-appeal-submit"]').click();
  await expect(own).toHaveAttribute("data-appeal", "pending");
  await expect(own.locator('[data-testid="ledger-appeal"]')).toHaveCount(0);

  step("the city decides the appeal: upheld, the entry is voided");
  const cityPage = await newPage();
  await signIn(cityPage, "gzadmin");
  await cityPage.goto("/people/ledger");
  const forCity = cityPage.locator(`[data-testid="ledger-row"][data-evidence="${c.id}"]`);
  await forCity.locator('[data-testid="ledger-decide-appeal"]').click();
  await cityPage.getByLabel("处理意见").fill("经复核属客户误解");
  await cityPage.locator('[data-testid="ledger-uphold"]').click();
  await expect(forCity).toHaveAttribute("data-appeal", "upheld");
  await expect(forCity).toHaveAttribute("data-state", "voided");
});
