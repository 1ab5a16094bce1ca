// Settings shared by playwright.config.ts and fixtures.ts.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContextOptions } from "@playwright/test";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Debian's Chromium: never downloaded (`apt-get install chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** The bootstrap `admin` (must not contain the username). */
export const ADMIN_PASSWORD = "E2e-Boot#2026pw!";
/** Every demo user's password (README). */
export const DEMO_PASSWORD = "Demo@2026pass";
/**
 * The fixed instant every test starts at, on the server (CCMS_CLOCK_START) and in the browser
 * (clock.install): a Wednesday morning, a working day, in Beijing time.
 */
export const CLOCK_START = process.env.E2E_CLOCK_START || "2026-11-25T09:30:00+08:00";
export const contextDefaults: BrowserContextOptions = {
  viewport: { width: 1366, height: 768 },
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
};

/** The demo roles, each with its own menu. */
export const ALL_ROLES = ["teller1", "guide", "agent", "duty", "manager", "yxmanager", "gzadmin", "gdadmin", "hqadmin", "auditor"];
/**
 * Roles the screen sweep (e2e/tests/a11y.spec.ts: menu walk + axe) covers: `E2E_SCREEN_ROLES` = a comma
 * list or `all`, each role's whole menu. Unset (`npm test`), the sweep opens every role's menu entries once
 * each, to keep CI in its time budget; the full sweep (`E2E_SCREEN_ROLES=all`) takes about half an hour here.
 */
export function sweepRoles(defaults: string[]): string[] {
  const raw = process.env.E2E_SCREEN_ROLES;
  if (!raw) return defaults;
  if (raw === "all") return ALL_ROLES;
  return raw.split(",").map((s) => s.trim()).filter((s) => ALL_ROLES.includes(s));
}
