// Menu walk (issue 10 item 2, issue 18): every menu entry for every demo role, in headless Chromium.
// Fails on any API response ≥ 400 and on any raw ULID (26-character Crockford base32) visible on screen.
// Standalone until e2e/playwright.config.ts lands (then e2e/tests/menu-walk.spec.ts does the same).
//
//   node e2e/menu-walk.mjs                       starts apps/server/dist/main.js on a free port
//   WALK_BASE_URL=http://127.0.0.1:3000 node e2e/menu-walk.mjs   walks a running demo server
//   WALK_WEB_DIST=path  WALK_ROLES=teller1,guide  WALK_SHOTS=1 (screenshot per page)
// Writes .e2e-tmp/menu-walk/report.json = {failedRequests, rawIds, pages, problems}.
/* global fetch, AbortSignal, window, PopStateEvent */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const outDir = join(root, ".e2e-tmp", "menu-walk");
mkdirSync(outDir, { recursive: true });
const DEMO_PASSWORD = "Demo@2026pass";
/** One demo user per post (README): teller, guide, agent, duty manager, counter manager, city/province/HQ admin, auditor. */
export const WALK_USERS = ["teller1", "guide", "agent", "duty", "manager", "yxmanager", "gzadmin", "gdadmin", "hqadmin", "auditor"];
export const ULID_RE = /\b[0-9A-HJKMNP-TV-Z]{26}\b/g;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const base = join(root, ".e2e-tmp", `menu-walk-${port}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(join(base, "data"), { recursive: true });
  const webDist = process.env.WALK_WEB_DIST ? resolve(process.env.WALK_WEB_DIST) : join(root, "apps/web/dist");
  cpSync(webDist, join(base, "web"), { recursive: true });
  const log = openSync(join(base, "server.log"), "w");
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    CCMS_DATA_DIR: join(base, "data"),
    CCMS_DEMO: "1",
    CCMS_BOOTSTRAP_ADMIN_PASSWORD: "E2e-Boot#2026pw!",
    CCMS_WEB_DIST: join(base, "web"),
    CCMS_LOG_LEVEL: "warn",
    CCMS_ARGON2_MEMORY_KIB: "4096",
  };
  delete env.CCMS_DATABASE_URL;
  const child = spawn(process.execPath, [join(root, "apps/server/dist/main.js")], { cwd: root, env, stdio: ["ignore", log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 360; i++) {
    try {
      const r = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return { baseUrl, stop: () => child.kill("SIGTERM"), dir: base };
    } catch {}
    if (child.exitCode !== null) throw new Error(`server exited (see ${base}/server.log)`);
    await sleep(250);
  }
  child.kill("SIGTERM");
  throw new Error("server did not start");
}

/** Waits until no /api/ request has been pending for `quietMs`. */
async function settle(page, pending, quietMs = 700, maxMs = 12_000) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await sleep(100);
  }
}

/** Every menu path of the signed-in user (sub-menus opened one by one). */
async function menuPaths(page) {
  await page.locator('[data-testid="side-menu"] .ant-menu-submenu-title').first().waitFor();
  await sleep(400);
  const titles = page.locator('[data-testid="side-menu"] .ant-menu-submenu-title');
  const n = await titles.count();
  for (let i = 0; i < n; i++) {
    const sub = page.locator('[data-testid="side-menu"] > .ant-menu-submenu').nth(i);
    const open = await sub.evaluate((el) => el.classList.contains("ant-menu-submenu-open"));
    if (!open) await titles.nth(i).click();
    await sleep(150);
  }
  const ids = await page.locator('[data-testid="side-menu"] li.ant-menu-item').evaluateAll((els) => els.map((e) => e.getAttribute("data-menu-id") ?? ""));
  return [...new Set(ids.map((id) => id.slice(id.indexOf("-/") + 1)).filter((p) => p.startsWith("/")))];
}

export async function walkUser(browser, baseUrl, username, opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  ctx.setDefaultTimeout(20_000);
  const page = await ctx.newPage();
  const pending = new Set();
  let failures = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/")) pending.add(r);
  });
  page.on("requestfinished", (r) => pending.delete(r));
  page.on("requestfailed", (r) => pending.delete(r));
  page.on("response", (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith("/api/") && r.status() >= 400 && !u.pathname.startsWith("/api/v1/auth/login")) {
      failures.push(`${r.request().method()} ${u.pathname}${u.search} → ${r.status()}`);
    }
  });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${baseUrl}/login`);
  await page.locator('[data-testid="login-username"]').fill(username);
  await page.locator('[data-testid="login-password"]').fill(DEMO_PASSWORD);
  await page.locator('[data-testid="login-submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 40_000 });
  await settle(page, pending);
  const paths = ["/", ...(await menuPaths(page)).filter((p) => p !== "/")];
  const results = [];
  for (const path of paths) {
    failures = [];
    pageErrors.length = 0;
    await page.evaluate((p) => {
      window.history.pushState({}, "", p);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, path);
    await sleep(300);
    await settle(page, pending);
    const text = await page.locator("body").innerText();
    const ids = [...new Set(text.match(ULID_RE) ?? [])];
    if (opts.shots) await page.screenshot({ path: join(outDir, `${username}${path.replace(/\//g, "_")}.png`), fullPage: false }).catch(() => {});
    results.push({ user: username, path, failedRequests: [...failures], rawIds: ids, pageErrors: [...pageErrors] });
  }
  await ctx.close();
  return results;
}

async function main() {
  let server = null;
  let baseUrl = process.env.WALK_BASE_URL;
  if (!baseUrl) {
    server = await startServer();
    baseUrl = server.baseUrl;
  }
  const users = process.env.WALK_ROLES ? process.env.WALK_ROLES.split(",") : WALK_USERS;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const pages = [];
  try {
    for (const u of users) {
      const r = await walkUser(browser, baseUrl, u, { shots: !!process.env.WALK_SHOTS });
      pages.push(...r);
      const bad = r.filter((x) => x.failedRequests.length || x.rawIds.length);
      console.log(`${u}: ${r.length} pages, ${bad.length} with problems`);
      for (const b of bad) console.log(`  ${b.path}: ${[...b.failedRequests, ...b.rawIds.map((i) => `raw id ${i}`)].join("; ")}`);
    }
  } finally {
    await browser.close();
    server?.stop();
  }
  const failedRequests = pages.reduce((n, p) => n + p.failedRequests.length, 0);
  const rawIds = pages.reduce((n, p) => n + p.rawIds.length, 0);
  const problems = pages.filter((p) => p.failedRequests.length || p.rawIds.length).length;
  writeFileSync(join(outDir, "report.json"), JSON.stringify({ baseUrl, pagesWalked: pages.length, failedRequests, rawIds, problemPages: problems, pages }, null, 2));
  console.log(`menu walk: ${pages.length} pages, ${failedRequests} failed requests, ${rawIds} raw ids on ${problems} pages`);
  process.exit(failedRequests || rawIds ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
