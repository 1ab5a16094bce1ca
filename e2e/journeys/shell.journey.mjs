// The web shell: zh-CN error messages at sign-in, the menu follows the post-permission table (K-07),
// a page without permission shows 无权访问, the language switch to English is remembered.
export const name = "shell: sign-in errors, permission-filtered menu, language switch";

export default async function ({ baseUrl, demoPassword, newPage, signIn, step }) {
  const page = await newPage();

  step("a wrong password gives a clear zh-CN message");
  await page.goto(`${baseUrl}/login`);
  await page.locator('[data-testid="login-username"]').fill("teller1");
  await page.locator('[data-testid="login-password"]').fill("not-the-password");
  await page.locator('[data-testid="login-submit"]').click();
  const err = page.locator('[data-testid="login-error"]');
  await err.waitFor();
  if (!(await err.innerText()).includes("用户名或密码错误")) throw new Error(`unexpected message: ${await err.innerText()}`);

  step("a teller sees no administration menu and gets 无权访问 on an admin page");
  await signIn(page, "teller1", demoPassword);
  await page.locator('[data-testid="home-welcome"]').waitFor();
  const menu = await page.locator('[data-testid="side-menu"]').innerText();
  if (menu.includes("系统管理")) throw new Error(`a teller sees the system menu: ${menu}`);
  await page.goto(`${baseUrl}/system/users`);
  await page.getByText("无权访问").waitFor();

  step("switching to English is remembered across a reload");
  await page.goto(`${baseUrl}/`);
  await page.locator('[data-testid="lang-switch"]').click();
  await page.getByRole("menuitem", { name: "English" }).click();
  await page.getByText("Workbench").first().waitFor();
  await page.reload();
  await page.locator('[data-testid="home-welcome"]').waitFor();
  const welcome = await page.locator('[data-testid="home-welcome"]').innerText();
  if (!/Good (morning|afternoon|evening)/.test(welcome)) throw new Error(`not English after reload: ${welcome}`);

  step("sign out returns to the sign-in page; the session is gone");
  await page.locator('[data-testid="user-menu"]').click();
  await page.locator('[data-testid="sign-out"]').click();
  await page.waitForURL(/\/login/);
  await page.goto(`${baseUrl}/org`);
  await page.waitForURL(/\/login\?next=%2Forg/);
}
