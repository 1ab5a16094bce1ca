// Foundation (K-06, K-07, ORG-01): HQ admin creates a city branch admin with a temporary password;
// that user must change it at first sign-in, then opens a new counter under 广州市分公司 and finds it
// in the organisation tree.
export const name = "foundation: new branch admin changes the temporary password and opens a counter";

export default async function ({ baseUrl, demoPassword, newPage, signIn, apiAs, step, screenshot }) {
  const page = await newPage();
  const suffix = Date.now().toString(36).slice(-5);
  const username = `e2e.gz.${suffix}`;
  const displayName = `E2E 市分公司管理员 ${suffix}`;
  const tempPassword = `Temp#${suffix}2026x`;
  const newPassword = `Own!${suffix}Pass2026`;
  const counterName = `E2E 番禺客户服务中心 ${suffix}`;
  const counterCode = `GD-GZ-E2E${suffix.toUpperCase()}`;

  step("hqadmin signs in");
  await signIn(page, "hqadmin", demoPassword);
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
  await modal.locator('[data-testid="user-create-roles"]').click();
  await page.keyboard.type("分支机构管理员");
  await page.locator(".ant-select-item-option", { hasText: "分支机构管理员" }).first().click();
  await page.keyboard.press("Escape");
  await modal.locator('[data-testid="user-create-password"]').fill(tempPassword);
  await page.locator('[data-testid="user-create-submit"]').click();
  await page.locator('[data-testid="users-table"]').getByText(username, { exact: true }).waitFor();
  await modal.waitFor({ state: "hidden" });

  step("sign out");
  await page.locator('[data-testid="user-menu"]').click();
  await page.locator('[data-testid="sign-out"]').click();
  await page.waitForURL(/\/login/);

  step("the new user must change the temporary password (K-06)");
  await signIn(page, username, tempPassword);
  await page.waitForURL(/\/change-password$/);
  await page.locator('[data-testid="change-password-title"]').waitFor();
  await page.goto(`${baseUrl}/org`);
  await page.waitForURL(/\/change-password$/);
  // the policy is enforced: a password containing the username is refused with a clear message
  await page.locator('[data-testid="cp-current"]').fill(tempPassword);
  await page.locator('[data-testid="cp-new"]').fill(`${username}Aa1!xyz`);
  await page.locator('[data-testid="cp-confirm"]').fill(`${username}Aa1!xyz`);
  await page.locator('[data-testid="cp-submit"]').click();
  const err = page.locator('[data-testid="change-password-error"]');
  await err.waitFor();
  if (!(await err.innerText()).includes("用户名")) throw new Error(`unexpected policy message: ${await err.innerText()}`);
  await page.locator('[data-testid="cp-new"]').fill(newPassword);
  await page.locator('[data-testid="cp-confirm"]').fill(newPassword);
  await page.locator('[data-testid="cp-submit"]').click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.locator('[data-testid="home-welcome"]').waitFor();
  const unit = await page.locator('[data-testid="header-unit"]').innerText();
  if (!unit.includes("广州市分公司")) throw new Error(`header shows unit "${unit}", expected 广州市分公司`);

  step("create a counter under 广州市分公司 (ORG-01)");
  await page.locator('[data-testid="quick-/org"]').click();
  await page.waitForURL(/\/org$/);
  await page.locator('[data-testid="org-node-GD-GZ"]').waitFor();
  // the user's scope is the city subtree: HQ and the province are not in the tree
  if ((await page.locator('[data-testid="org-node-HQ"]').count()) !== 0) throw new Error("HQ is visible outside the user's scope");
  await page.locator('[data-testid="org-node-GD-GZ"]').click();
  await page.locator('[data-testid="org-detail-name"]', { hasText: "广州市分公司" }).waitFor();
  await page.locator('[data-testid="org-create-child"]').click();
  await page.locator('[data-testid="org-create-name"]').fill(counterName);
  await page.locator('[data-testid="org-create-code"]').fill(counterCode);
  await page.locator('[data-testid="org-create-submit"]').click();
  await page.locator(`[data-testid="org-node-${counterCode}"]`).waitFor();
  await page.locator('[data-testid="org-detail-name"]', { hasText: counterName }).waitFor();
  await screenshot("counter-created");

  step("the counter is stored and shown after a reload");
  await page.reload();
  await page.locator(`[data-testid="org-node-${counterCode}"]`).waitFor();
  const hq = await apiAs("hqadmin", demoPassword);
  const { items } = await hq.get("/org-units?subtree=true");
  const city = items.find((u) => u.code === "GD-GZ");
  const counter = items.find((u) => u.code === counterCode);
  if (!counter || counter.kind !== "counter" || counter.parentId !== city?.id) {
    throw new Error(`counter not stored under 广州市分公司: ${JSON.stringify(counter)}`);
  }
  const audit = await hq.get(`/audit?entityType=org_unit&entityId=${counter.id}`);
  if (!audit.items.some((a) => a.action === "org.created" && a.actorName === username)) throw new Error("org.created is not audited with the new user as actor");
}
