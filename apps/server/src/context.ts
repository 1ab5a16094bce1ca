import type { Database, DB } from "@ccms/db";
import type { Transaction } from "kysely";
import type { Config } from "./config.js";
import type { EventBus } from "./realtime/bus.js";
import type { PasswordHasher } from "./modules/control/password-hasher.js";

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  bus: EventBus;
  hasher: PasswordHasher;
  /** Run a use case in one transaction. */
  tx<T>(fn: (tx: Transaction<DB>) => Promise<T>): Promise<T>;
}
