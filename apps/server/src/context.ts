import type { Database, DB } from "@ccms/db";
import type { Transaction } from "kysely";
import type { Config } from "./config.js";
import type { EventBus } from "./realtime/bus.js";
import type { PasswordHasher } from "./modules/control/password-hasher.js";

export interface Clock {
  now(): Date;
}
/**
 * TEST ONLY (end-to-end runs): `CCMS_CLOCK_START=<ISO-8601 instant>` starts the server clock at that
 * instant when the process boots; it then runs on in real time. Unset (always, in production) → the
 * real clock. e2e/playwright.config.ts sets it so journeys see the same fixed day as the browser.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const raw = env.CCMS_CLOCK_START;
  if (raw === undefined || raw === "") return { now: () => new Date() };
  const start = Date.parse(raw);
  if (Number.isNaN(start)) throw new Error(`CCMS_CLOCK_START must be an ISO-8601 instant (test only), got "${raw}"`);
  const offset = start - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
export const systemClock: Clock = clockFromEnv(process.env);

export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  bus: EventBus;
  hasher: PasswordHasher;
  /** Run a use case in one transaction. */
  tx<T>(fn: (tx: Transaction<DB>) => Promise<T>): Promise<T>;
}
