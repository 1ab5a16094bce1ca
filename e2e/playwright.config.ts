// End-to-end tests on @playwright/test (issue 12 item 7). `npx playwright test -c e2e` after `npm run build`.
// Debian Chromium (/usr/bin/chromium; no browser is ever downloaded), zh-CN, Asia/Shanghai, a fixed clock
// (settings.ts CLOCK_START) and one fresh server with its own data folder per test (fixtures.ts).
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM, ROOT, contextDefaults } from "./settings";

const ci = !!process.env.CI;

export default defineConfig({
  testDir: "tests",
  // Playwright empties this folder when a run starts: two runs at once in one work tree need their own.
  outputDir: process.env.E2E_OUTPUT_DIR || join(ROOT, ".e2e-tmp/test-results"),
  timeout: Number(process.env.E2E_TEST_TIMEOUT_MS || 300_000),
  expect: { timeout: 25_000 },
  // Each test starts its own server, so tests may run side by side: two workers on CI (the suite's time
  // budget; most of a journey is waiting on the browser and the server), one by default on a shared desk.
  workers: Number(process.env.E2E_WORKERS || (ci ? 2 : 1)),
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 2 : 0,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME || join(ROOT, ".e2e-tmp/playwright.json") }]],
  use: {
    ...contextDefaults,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
    },
    actionTimeout: Number(process.env.E2E_ACTION_TIMEOUT_MS || 25_000),
    navigationTimeout: 40_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium" }],
});
