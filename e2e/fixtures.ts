// Fixtures for every e2e spec (e2e/tests/*.spec.ts). Each test gets its OWN server: a fresh data folder
// under .e2e-tmp/ (the demo organisation, CCMS_DEMO=1), the server clock started at the fixed instant
// CLOCK_START (CCMS_CLOCK_START, test only) and every browser context's clock installed at the same
// instant (time then flows normally), locale zh-CN, time zone Asia/Shanghai.
//
//   import { test, expect } from "../fixtures";
//   test("queue: a teller calls the next ticket", async ({ page, signIn, apiAs, newPage, server }) => {
//     await signIn(page, "teller1");                 // web form, demo password by default
//     const hq = await apiAs("hqadmin");              // JSON client (bearer token): hq.get/post/put/patch/delete
//     const kiosk = await newPage({ viewport: { width: 1080, height: 1920 } }); // another browser (own context)
//     server.now();                                   // the server's current time (Date)
//   });
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, test as base, expect } from "@playwright/test";
import { ADMIN_PASSWORD, CLOCK_START, DEMO_PASSWORD, ROOT, contextDefaults } from "./settings";

export { expect };
export { ADMIN_PASSWORD, CLOCK_START, DEMO_PASSWORD };

const BOOT_TIMEOUT_MS = 90_000;
const SERVER_MAIN = process.env.E2E_SERVER_MAIN ? resolve(process.env.E2E_SERVER_MAIN) : join(ROOT, "apps/server/dist/main.js");
const WEB_DIST = process.env.E2E_WEB_DIST ? resolve(process.env.E2E_WEB_DIST) : join(ROOT, "apps/web/dist");
const TMP = join(ROOT, ".e2e-tmp");

export interface Server {
  /** http://127.0.0.1:<port> */
  url: string;
  dataDir: string;
  /** The server's clock now (it started at CLOCK_START when the server booted). */
  now(): Date;
  /** The server's log so far (stdout + stderr). */
  log(): string;
}

export interface Api {
  token: string;
  user: any;
  get<T = any>(path: string): Promise<T>;
  post<T = any>(path: string, data?: unknown): Promise<T>;
  put<T = any>(path: string, data?: unknown): Promise<T>;
  patch<T = any>(path: string, data?: unknown): Promise<T>;
  delete<T = any>(path: string): Promise<T>;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: any,
  ) {
    super(message);
  }
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A JSON client signed in through the API (bearer token), for setting up data and checking results. */
export async function apiLogin(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<Api> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(20_000),
  });
  const body: any = await res.json();
  if (!res.ok) throw new Error(`API sign-in as ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  const headers: Record<string, string> = { authorization: `Bearer ${body.token}` };
  const call = async (method: string, path: string, data?: unknown) => {
    const r = await fetch(`${baseUrl}${path.startsWith("/api/") ? path : `/api/v1${path}`}`, {
      method,
      headers: data === undefined ? headers : { ...headers, "content-type": "application/json" },
      body: data === undefined ? undefined : JSON.stringify(data),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await r.text();
    const json = text ? JSON.parse(text) : null;
    if (!r.ok) throw new ApiError(`${method} ${path} → ${r.status} ${text.slice(0, 300)}`, r.status, json);
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

/** Sign in through the web form and wait until the app has left the sign-in page. */
export async function webSignIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.locator('[data-testid="login-username"]').fill(username);
  await page.locator('[data-testid="login-password"]').fill(password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/**
 * Sign out through the user menu and wait for the sign-in page. The menu opens with an animation: a
 * click that lands while it is still moving is lost now and then on a slow machine, so the menu is
 * opened again (at most three times) until the app has left for /login.
 */
export async function webSignOut(page: Page): Promise<void> {
  await expect(async () => {
    if (!new URL(page.url()).pathname.startsWith("/login")) {
      await page.locator('[data-testid="user-menu"]').click();
      await page.locator('[data-testid="sign-out"]').click({ timeout: 5_000 });
    }
    await page.waitForURL(/\/login/, { timeout: 8_000 });
  }).toPass({ timeout: 40_000, intervals: [500, 1_000, 2_000] });
}

let serial = 0;

async function startServer(webCopy: string, workerIndex: number, logPath: string): Promise<{ server: Server; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = join(TMP, `data-${process.pid}-${workerIndex}-${++serial}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    CCMS_DATA_DIR: dataDir,
    CCMS_DEMO: "1",
    CCMS_DEMO_HISTORY_DAYS: "0", // issue 10 item 8: the journeys start from the demo without generated history
    CCMS_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CCMS_WEB_DIST: webCopy,
    CCMS_CLOCK_START: CLOCK_START,
    CCMS_LOG_LEVEL: process.env.CCMS_LOG_LEVEL || "warn",
    // Cheaper argon2id for the throwaway server (same algorithm and code path).
    CCMS_ARGON2_MEMORY_KIB: process.env.CCMS_ARGON2_MEMORY_KIB || "4096",
  };
  // The embedded SQLite engine unless E2E_DATABASE_URL asks for PostgreSQL (then tests share that database).
  delete env.CCMS_DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.CCMS_DATABASE_URL = process.env.E2E_DATABASE_URL;

  const bootedAt = Date.now();
  const offset = Date.parse(CLOCK_START) - bootedAt;
  const log = createWriteStream(logPath);
  const child: ChildProcess = spawn(process.execPath, [SERVER_MAIN], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const readLog = () => (existsSync(logPath) ? readFileSync(logPath, "utf8") : "");
  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      if (!exited) child.kill("SIGKILL");
    }
    log.end();
  };
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`the server exited during start-up:\n${readLog().slice(-2000)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer /api/v1/health within ${BOOT_TIMEOUT_MS / 1000} s`);
    }
    try {
      const r = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (r.ok) break;
    } catch {}
    await sleep(200);
  }
  return { server: { url, dataDir, now: () => new Date(Date.now() + offset), log: readLog }, stop };
}

async function newClockedContext(browser: Browser, server: Server, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...contextDefaults, baseURL: server.url, ...options });
  // The browser's clock starts where the server's clock is now, and runs on.
  await context.clock.install({ time: server.now() });
  return context;
}

interface TestFixtures {
  /** A fresh server (own data folder) for this test. */
  server: Server;
  /** Sign in through the web form (demo password by default). */
  signIn: (page: Page, username: string, password?: string) => Promise<void>;
  /** A JSON API client signed in as the user (demo password by default). */
  apiAs: (username: string, password?: string) => Promise<Api>;
  /** A page in a new browser context (another device/person) with the same defaults and clock (traced like `page`). */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** Names the current step: printed, and shown in the failure message. */
  step: (label: string) => void;
}

interface WorkerFixtures {
  /** A private copy of the web build per worker: a rebuild during the run cannot swap files under the server. */
  webCopy: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  webCopy: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
    async ({}, use, workerInfo) => {
      if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing — run \`npm run build\` first`);
      if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error(`${WEB_DIST}/index.html is missing — run \`npm run build\` first`);
      const dir = join(TMP, `web-${process.pid}-${workerInfo.workerIndex}`);
      rmSync(dir, { recursive: true, force: true });
      cpSync(WEB_DIST, dir, { recursive: true });
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],

  server: async ({ webCopy }, use, testInfo) => {
    const logPath = testInfo.outputPath("server.log");
    mkdirSync(testInfo.outputDir, { recursive: true });
    const { server, stop } = await startServer(webCopy, testInfo.workerIndex, logPath);
    await use(server);
    await stop();
    const failed = testInfo.status !== testInfo.expectedStatus;
    if (failed) await testInfo.attach("server.log", { path: logPath, contentType: "text/plain" });
    if (!process.env.E2E_KEEP && !failed) rmSync(server.dataDir, { recursive: true, force: true });
    else console.log(`data kept in ${server.dataDir}`);
  },

  baseURL: async ({ server }, use) => {
    await use(server.url);
  },

  context: async ({ browser, server, contextOptions }, use) => {
    const context = await newClockedContext(browser, server, contextOptions);
    await use(context);
    await context.close();
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
  signIn: async ({}, use) => {
    await use((page, username, password) => webSignIn(page, username, password));
  },

  apiAs: async ({ server }, use) => {
    await use((username, password) => apiLogin(server.url, username, password));
  },

  newPage: async ({ browser, server }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await newClockedContext(browser, server, options);
      contexts.push(context);
      return context.newPage();
    });
    const failed = testInfo.status !== testInfo.expectedStatus;
    for (const [i, c] of contexts.entries()) {
      if (failed) {
        const page = c.pages().at(-1);
        if (page && !page.isClosed()) {
          await testInfo.attach(`screen-${i + 1}.png`, { body: await page.screenshot({ timeout: 10_000 }).catch(() => Buffer.from("")), contentType: "image/png" });
        }
      }
      await c.close().catch(() => {});
    }
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
  step: async ({}, use, testInfo) => {
    let current = "";
    await use((label) => {
      current = label;
      testInfo.annotations.push({ type: "step", description: label });
    });
    if (current && testInfo.status !== testInfo.expectedStatus) console.log(`  ✗ failed in step: ${current}`);
  },
});
