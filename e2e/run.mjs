// End-to-end journeys in headless Chromium (Debian /usr/bin/chromium driven by playwright-core; no
// browser download). Builds nothing: `npm test` builds first (or `npm run build`). Starts the server on
// a free port with a fresh data folder and the demo organisation, runs every
// e2e/journeys/*.journey.mjs in its own browser context, writes .e2e-tmp/e2e.json = {passed, failed}.
//
//   node e2e/run.mjs                  all journeys
//   E2E_ONLY=foundation node e2e/run.mjs   journeys whose file name or `name` contains the text
//   E2E_KEEP=1 …                      keep the temporary data folder
//   E2E_WEB_DIST=/path …              serve another web build; E2E_DATABASE_URL=postgres://… run on PostgreSQL
//
// A journey module:
//   export const name = "queue: a teller calls the next ticket";
//   export default async function ({ browser, context, baseUrl, adminPassword, demoPassword,
//                                     newPage, newContext, screenshot, signIn, apiAs, step }) { … }
// Throw (or let a Playwright wait time out) to fail. See e2e/README.md.
/* global fetch, AbortSignal */
import { spawn } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const outDir = join(root, ".e2e-tmp");
const journeysDir = join(here, "journeys");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ADMIN_PASSWORD = "E2e-Boot#2026pw!"; // must not contain the username "admin"
const DEMO_PASSWORD = "Demo@2026pass";
const JOURNEY_TIMEOUT_MS = Number(process.env.E2E_JOURNEY_TIMEOUT_MS || 240_000);
const ACTION_TIMEOUT_MS = Number(process.env.E2E_ACTION_TIMEOUT_MS || 25_000);
const NAV_TIMEOUT_MS = 40_000;
const BOOT_TIMEOUT_MS = 90_000;

mkdirSync(outDir, { recursive: true });

function writeReport(report) {
  writeFileSync(join(outDir, "e2e.json"), JSON.stringify(report, null, 2));
}

function fail(message) {
  console.error(`✗ e2e: ${message}`);
  writeReport({ passed: 0, failed: 1, results: [{ name: "e2e setup", ok: false, error: message }] });
  process.exit(1);
}

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

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

/** A tiny JSON client signed in through the API (for setting up data or checking results). */
async function apiAs(baseUrl, username, password) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`API sign-in as ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  const headers = { authorization: `Bearer ${body.token}` };
  const call = async (method, path, data) => {
    const r = await fetch(`${baseUrl}${path.startsWith("/api/") ? path : `/api/v1${path}`}`, {
      method,
      headers: data === undefined ? headers : { ...headers, "content-type": "application/json" },
      body: data === undefined ? undefined : JSON.stringify(data),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await r.text();
    const json = text ? JSON.parse(text) : null;
    if (!r.ok) {
      const err = new Error(`${method} ${path} → ${r.status} ${text.slice(0, 300)}`);
      err.status = r.status;
      err.body = json;
      throw err;
    }
    return json;
  };
  return {
    token: body.token,
    user: body.user,
    get: (p) => call("GET", p),
    post: (p, d = {}) => call("POST", p, d),
    put: (p, d = {}) => call("PUT", p, d),
    patch: (p, d = {}) => call("PATCH", p, d),
    delete: (p) => call("DELETE", p),
  };
}

/** Sign in through the web form and wait until the app left the sign-in page. */
async function signIn(page, baseUrl, username, password) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('[data-testid="login-username"]').fill(username);
  await page.locator('[data-testid="login-password"]').fill(password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: NAV_TIMEOUT_MS });
}

function safeName(s) {
  return s.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "journey";
}

// ── preconditions ───────────────────────────────────────────────────────────────────────────────
const serverMain = join(root, "apps/server/dist/main.js");
const webDist = process.env.E2E_WEB_DIST ? resolve(process.env.E2E_WEB_DIST) : join(root, "apps/web/dist");
if (!existsSync(serverMain)) fail("apps/server/dist/main.js is missing — run `npm run build` first");
if (!existsSync(join(webDist, "index.html"))) fail("apps/web/dist/index.html is missing — run `npm run build` first");
if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM} — apt-get install -y chromium (never downloaded)`);

const only = process.env.E2E_ONLY?.trim() || "";
const files = existsSync(journeysDir)
  ? readdirSync(journeysDir)
      .filter((f) => f.endsWith(".journey.mjs"))
      .sort()
  : [];
const journeys = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(journeysDir, f)).href);
  if (typeof mod.default !== "function") fail(`${f} has no default export function`);
  const name = typeof mod.name === "string" && mod.name ? mod.name : basename(f, ".journey.mjs");
  if (only && !f.includes(only) && !name.includes(only)) continue;
  journeys.push({ file: f, name, run: mod.default, timeoutMs: Number(mod.timeoutMs) || JOURNEY_TIMEOUT_MS });
}
if (journeys.length === 0) fail(only ? `no journey matches E2E_ONLY=${only}` : "no journeys in e2e/journeys");

// ── server ──────────────────────────────────────────────────────────────────────────────────────
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "ccms-e2e-"));
const webCopy = join(dataDir, "web");
cpSync(webDist, webCopy, { recursive: true });
const env = {
  ...process.env,
  PORT: String(port),
  HOST: "127.0.0.1",
  CCMS_DATA_DIR: dataDir,
  CCMS_DEMO: "1",
  CCMS_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
  // A private copy of the web build: a rebuild during the run cannot swap the files under the server.
  CCMS_WEB_DIST: webCopy,
  CCMS_LOG_LEVEL: process.env.CCMS_LOG_LEVEL || "warn",
  // Cheaper argon2id for the throwaway test server (same algorithm and code path).
  CCMS_ARGON2_MEMORY_KIB: process.env.CCMS_ARGON2_MEMORY_KIB || "4096",
};
// The embedded SQLite engine unless E2E_DATABASE_URL asks for PostgreSQL.
delete env.CCMS_DATABASE_URL;
if (process.env.E2E_DATABASE_URL) env.CCMS_DATABASE_URL = process.env.E2E_DATABASE_URL;

const serverLog = createWriteStream(join(outDir, "server.log"));
const server = spawn(process.execPath, [serverMain], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);
let serverExited = false;
server.on("exit", () => {
  serverExited = true;
});

let browser;
async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  if (!serverExited) {
    server.kill("SIGTERM");
    for (let i = 0; i < 50 && !serverExited; i++) await sleep(100);
    if (!serverExited) server.kill("SIGKILL");
  }
  if (!process.env.E2E_KEEP) rmSync(dataDir, { recursive: true, force: true });
  else console.log(`data kept in ${dataDir}`);
}
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

async function waitForHealth() {
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error("the server exited during start-up (see .e2e-tmp/server.log)");
    try {
      const r = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (r.ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`the server did not answer /api/v1/health within ${BOOT_TIMEOUT_MS / 1000} s`);
}

const results = [];
try {
  await waitForHealth();
  // Playwright starts Chromium with a fresh temporary --user-data-dir of its own and removes it on close.
  browser = await withTimeout(
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
      timeout: 60_000,
    }),
    90_000,
    "starting Chromium",
  );
  console.log(`e2e: ${journeys.length} journey(s) against ${baseUrl} (Chromium ${browser.version()})`);

  for (const j of journeys) {
    const started = Date.now();
    const contexts = [];
    const pages = [];
    const consoleErrors = [];
    const newContext = async (opts = {}) => {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...opts });
      ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
      ctx.setDefaultNavigationTimeout(NAV_TIMEOUT_MS);
      ctx.on("page", (p) => {
        pages.push(p);
        p.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
      });
      contexts.push(ctx);
      return ctx;
    };
    let stepName = "";
    try {
      const context = await newContext();
      const shotName = basename(j.file, ".journey.mjs");
      await withTimeout(
        Promise.resolve(
          j.run({
            browser,
            context,
            baseUrl,
            adminPassword: ADMIN_PASSWORD,
            demoPassword: DEMO_PASSWORD,
            newPage: () => context.newPage(),
            newContext,
            screenshot: async (label = "") => {
              const p = pages[pages.length - 1];
              if (p && !p.isClosed()) await p.screenshot({ path: join(outDir, `${shotName}${label ? `-${safeName(label)}` : ""}.png`), timeout: 10_000 });
            },
            signIn: (page, username, password = DEMO_PASSWORD) => signIn(page, baseUrl, username, password),
            apiAs: (username, password = DEMO_PASSWORD) => apiAs(baseUrl, username, password),
            step: (label) => {
              stepName = label;
            },
          }),
        ),
        j.timeoutMs,
        `journey "${j.name}"`,
      );
      const ms = Date.now() - started;
      results.push({ name: j.name, ok: true, ms });
      console.log(`✓ ${j.name} (${(ms / 1000).toFixed(1)} s)`);
    } catch (e) {
      const ms = Date.now() - started;
      const msg = `${stepName ? `[${stepName}] ` : ""}${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
      const shot = join(outDir, `${basename(j.file, ".journey.mjs")}.png`);
      const last = [...pages].reverse().find((p) => !p.isClosed());
      if (last) await last.screenshot({ path: shot, timeout: 10_000 }).catch(() => {});
      results.push({ name: j.name, ok: false, ms, error: msg, screenshot: last ? shot : null, pageErrors: consoleErrors.slice(0, 5) });
      console.log(`✗ ${j.name}: ${msg}`);
      if (last) console.log(`  screenshot: ${shot}`);
      for (const c of consoleErrors.slice(0, 3)) console.log(`  ${c}`);
    } finally {
      for (const c of contexts) await c.close().catch(() => {});
    }
  }
} catch (e) {
  results.push({ name: "e2e setup", ok: false, error: e instanceof Error ? e.message : String(e) });
  console.log(`✗ e2e setup: ${e instanceof Error ? e.message : String(e)}`);
  try {
    const log = readFileSync(join(outDir, "server.log"), "utf8").trim().split("\n").slice(-15);
    for (const line of log) console.log(`  server: ${line}`);
  } catch {}
} finally {
  await cleanup();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeReport({ passed, failed, results });
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
