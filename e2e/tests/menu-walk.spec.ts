// Menu walk (issue 10 item 2, issue 18): every menu entry for every demo role, in headless Chromium.
// Fails on any API response ≥ 400 while a page loads and on any raw ULID (26-character Crockford
// base32) visible on screen; prints the figures per page (.e2e-tmp/menu-walk/<user>.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Request } from "@playwright/test";
import { expect, test } from "../fixtures";
import { ROOT, sweepRoles } from "../settings";

/** One demo user per post (README): teller, guide, agent, duty and counter managers, city/province/HQ admins, auditor. */
// Roles whose menus differ most (E2E_WALK_ROLES=all: every demo role).
const WALK_USERS = sweepRoles("WALK", ["teller1", "guide", "duty", "manager", "auditor"]);
const ULID_RE = /\b[0-9A-HJKMNP-TV-Z]{26}\b/g;
const OUT = join(ROOT, ".e2e-tmp", "menu-walk");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface PageResult {
  user: string;
  path: string;
  failedRequests: string[];
  rawIds: string[];
  pageErrors: string[];
}

/** Waits until no /api/ request has been pending for `quietMs` (SSE streams are not counted). */
async function settle(pending: Set<Request>, quietMs = 700, maxMs = 12_000): Promise<void> {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await sleep(100);
  }
}

/** Every menu path of the signed-in user (each sub-menu opened in turn). */
async function menuPaths(page: Page): Promise<string[]> {
  const titles = page.locator('[data-testid="side-menu"] .ant-menu-submenu-title');
  await titles.first().waitFor();
  await sleep(400);
  const n = await titles.count();
  for (let i = 0; i < n; i++) {
    const sub = page.locator('[data-testid="side-menu"] > .ant-menu-submenu').nth(i);
    if (!(await sub.evaluate((el) => el.classList.contains("ant-menu-submenu-open")))) await titles.nth(i).click();
    await sleep(150);
  }
  const ids = await page.locator('[data-testid="side-menu"] li.ant-menu-item').evaluateAll((els) => els.map((e) => e.getAttribute("data-menu-id") ?? ""));
  return [...new Set(ids.map((id) => id.slice(id.indexOf("-/") + 1)).filter((p) => p.startsWith("/")))];
}

for (const user of WALK_USERS) {
  test(`menu walk: every menu entry of ${user} loads without a failed request or a raw id`, async ({ page, signIn, step }) => {
    test.setTimeout(420_000);
    const pending = new Set<Request>();
    let failures: string[] = [];
    const pageErrors: string[] = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith("/api/") && !u.pathname.includes("/events")) pending.add(r);
    });
    page.on("requestfinished", (r) => pending.delete(r));
    page.on("requestfailed", (r) => pending.delete(r));
    page.on("response", (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith("/api/") && r.status() >= 400) failures.push(`${r.request().method()} ${u.pathname}${u.search} → ${r.status()}`);
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));

    mkdirSync(OUT, { recursive: true });
    step(`${user} signs in`);
    await signIn(page, user);
    await settle(pending);
    const paths = ["/", ...(await menuPaths(page)).filter((p) => p !== "/")];
    const results: PageResult[] = [];
    for (const path of paths) {
      step(`${user} opens ${path}`);
      failures = [];
      pageErrors.length = 0;
      // In-app navigation (the menu's own route change), then wait for the page's API calls.
      await page.evaluate((p) => {
        window.history.pushState({}, "", p);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }, path);
      await sleep(300);
      await settle(pending);
      const text = await page.locator("body").innerText();
      // The home page of each role (its to-dos) for the closing note's before/after screens.
      if (path === "/") await page.screenshot({ path: join(OUT, `${user}-home.png`) }).catch(() => {});
      results.push({ user, path, failedRequests: [...failures], rawIds: [...new Set(text.match(ULID_RE) ?? [])], pageErrors: [...pageErrors] });
    }

    writeFileSync(join(OUT, `${user}.json`), JSON.stringify(results, null, 2));
    for (const r of results) console.log(`${user} ${r.path}: ${r.failedRequests.length} failed requests, ${r.rawIds.length} raw ids`);
    const problems = results.filter((r) => r.failedRequests.length || r.rawIds.length).map((r) => `${r.path}: ${[...r.failedRequests, ...r.rawIds.map((i) => `raw id ${i}`)].join("; ")}`);
    expect(paths.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
}
