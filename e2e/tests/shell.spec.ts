// The web shell: zh-CN error messages at sign-in, the menu follows the post-permission table (K-07),
// a page without permission shows 无权访问, the language switch to English is remembered.
import { expect, test, webSignOut } from "../fixtures";

test("shell: sign-in errors, permission-filtered menu, language switch", async ({ page, signIn, step }) => {
  step("a wrong password gives a clear zh-CN message");
  await page.goto("/login");
  await page.locator('[data-testid="login-username"]').fill("teller1");
  await page.locator('[data-testid="login-password"]').fill("not-the-password");
  await page.locator('[data-testid="login-submit"]').click();
  await expect(page.locator('[data-testid="login-error"]')).toContainText("用户名或密码错误");

  step("a teller sees no administration menu and gets 无权访问 on an admin page");
  await signIn(page, "teller1");
  await page.locator('[data-testid="home-welcome"]').waitFor();
  await expect(page.locator('[data-testid="side-menu"]')).not.toContainText("系统管理");
  await page.goto("/system/users");
  await page.getByText("无权访问").waitFor();

  step("switching to English is remembered across a reload");
  await page.goto("/");
  await page.locator('[data-testid="lang-switch"]').click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await page.getByText("Workbench").first().waitFor();
  await page.reload();
  // 09:30 on the fixed clock
  await expect(page.locator('[data-testid="home-welcome"]')).toHaveText(/Good (morning|afternoon|evening)/);

  step("sign out returns to the sign-in page; the session is gone");
  await webSignOut(page);
  await page.goto("/org");
  await page.waitForURL(/\/login\?next=%2Forg/);
});
