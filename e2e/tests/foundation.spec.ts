// Foundation (K-06, K-07, ORG-01): HQ admin creates a city branch admin with a temporary password;
// that user must change it at first sign-in, then opens a new counter under 广州市分公司 and finds it
// in the organisation tree.
import { expect, test, webSignOut } from "../fixtures";

test("foundation: new branch admin changes the temporary password and opens a counter", async ({ page, signIn, apiAs, step }, testInfo) => {
  const suffix = Date.now().toString(36).slice(-5);
  const username = `e2e.gz.${suffix}`;
  const displayName = `E2E 市分公司管理员 ${suffix}`;
  const tempPassword = `Temp#${suffix}2026x`;
  const newPassword = `Own!${suffix}Pass2026`;
  const counterName = `E2E 番禺客户服务中心 ${suffix}`;
  const counterCode = `GD-GZ-E2E${suffix.toUpperCase()}`;

  step("hqadmin signs in");
  await signIn(page, "hqadmin");
  await page.locator('[data-testid="home-welcome"]').waitFor();

  step("create the user with a temporary password");
  await page.locator('[data-testid="quick-/system/users"]').click();
  await page.waitForURL(/\/system\/users$/);
  await page.locator('[data-testid="user-create"]').click();
  const modal = page.locator(".ant-modal").filter({ has: page.locator('[data-testid="user-create-username"]') });
  await modal.locator('[data-testid="user-create-username"]').fill(username);
  await modal.locator('[data-testid="user-create-displayname"]').fill(displayName);
  await modal.locator('[data-testid="org-unit-select"]').click();
  await page.keyboard.type("广州市分公司");
  await page.locator(".ant-select-tree-node-content-wrapper", { hasText: "广州市分公司" }).first().click();
  // The unit tree closes with an animation; its last frame must not swallow the click on the roles field.
  await page.locator(".ant-select-tree-node-content-wrapper", { hasText: "广州市分公司" }).first().waitFor({ state: "hidden", timeout: 3_000 }).catch(() => page.keyboard.press("Escape"));
  await modal.locator('[data-testid="user-create-roles"]').click();
  await page.keyboard.type("分支机构管理员");
  await page.locator(".ant-select-item-option", { hasText: "分支机构管理员" }).first().click();
  await page.keyboard.press("Escape");
  await modal.locator('[data-testid="user-create-password"]').fill(tempPassword);
  await page.locator('[data-testid="user-create-submit"]').click();
  await page.locator('[data-testid="users-table"]').getByText(username, { exact: true }).waitFor();
  await modal.waitFor({ state: "hidden" });

  step("sign out");
  await webSignOut(page);

  step("the new user must change the temporary password (K-06)");
  await signIn(page, username, tempPassword);
  await page.waitForURL(/\/change-password$/);
  await page.locator('[data-testid="change-password-title"]').waitFor();
  await page.goto("/org");
  await page.waitForURL(/\/change-password$/);
  // the policy is enforced: a password containing the username is refused with a clear message
  await page.locator('[data-testid="cp-current"]').fill(tempPassword);
  await page.locator('[data-testid="cp-new"]').fill(`${username}Aa1!xyz`);
  await page.locator('[data-testid="cp-confirm"]').fill(`${username}Aa1!xyz`);
  await page.locator('[data-testid="cp-submit"]').click();
  await expect(page.locator('[data-testid="change-password-error"]')).toContainText("用户名");
  await page.locator('[data-testid="cp-new"]').fill(newPassword);
  await page.locator('[data-testid="cp-confirm"]').fill(newPassword);
  await page.locator('[data-testid="cp-submit"]').click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.locator('[data-testid="home-welcome"]').waitFor();
  await expect(page.locator('[data-testid="header-unit"]')).toContainText("广州市分公司");

  step("create a counter under 广州市分公司 (ORG-01)");
  await page.locator('[data-testid="quick-/org"]').click();
  await page.waitForURL(/\/org$/);
  await page.locator('[data-testid="org-node-GD-GZ"]').waitFor();
  // the user's scope is the city subtree: HQ and the province are not in the tree
  await expect(page.locator('[data-testid="org-node-HQ"]')).toHaveCount(0);
  await page.locator('[data-testid="org-node-GD-GZ"]').click();
  await page.locator('[data-testid="org-detail-name"]', { hasText: "广州市分公司" }).waitFor();
  await page.locator('[data-testid="org-create-child"]').click();
  await page.locator('[data-testid="org-create-name"]').fill(counterName);
  await page.locator('[data-testid="org-create-code"]').fill(counterCode);
  await page.locator('[data-testid="org-create-submit"]').click();
  await page.locator(`[data-testid="org-node-${counterCode}"]`).waitFor();
  await page.locator('[data-testid="org-detail-name"]', { hasText: counterName }).waitFor();
  await page.screenshot({ path: testInfo.outputPath("counter-created.png") });

  step("the counter is stored and shown after a reload");
  await page.reload();
  await page.locator(`[data-testid="org-node-${counterCode}"]`).waitFor();
  const hq = await apiAs("hqadmin");
  const { items } = await hq.get("/org-units?subtree=true");
  const city = items.find((u: any) => u.code === "GD-GZ");
  const counter = items.find((u: any) => u.code === counterCode);
  expect(counter, "counter stored").toBeTruthy();
  expect(counter.kind).toBe("counter");
  expect(counter.parentId).toBe(city?.id);
  const audit = await hq.get(`/audit?entityType=org_unit&entityId=${counter.id}`);
  expect(audit.items.some((a: any) => a.action === "org.created" && a.actorName === username), "org.created is audited with the new user as actor").toBe(true);
});
