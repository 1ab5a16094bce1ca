/**
 * Configuration, parsed once at boot from the environment. The process stops with a clear message
 * when a value is wrong. Every variable is documented in the README.
 */
import { resolve } from "node:path";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  bootstrapAdminPassword: string | undefined;
  demo: boolean;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  logLevel: string;
  webDist: string | undefined;
  argon2MemoryKib: number;
  secureCookies: boolean;
  caseSweepSeconds: number;
  dailyOpsReminderSeconds: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, dflt: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return dflt;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/0/true/false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.CCMS_DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`CCMS_DATABASE_URL must start with postgres:// or postgresql://`);
  }
  const logLevel = env.CCMS_LOG_LEVEL ?? "info";
  if (!["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(logLevel)) {
    throw new ConfigError(`CCMS_LOG_LEVEL must be one of fatal,error,warn,info,debug,trace,silent`);
  }
  return {
    port: int(env, "PORT", 3000, 0, 65535),
    host: env.HOST ?? "0.0.0.0",
    dataDir: resolve(env.CCMS_DATA_DIR ?? "./data"),
    databaseUrl,
    bootstrapAdminPassword: env.CCMS_BOOTSTRAP_ADMIN_PASSWORD || undefined,
    demo: bool(env, "CCMS_DEMO", false),
    sessionTtlHours: int(env, "CCMS_SESSION_TTL_HOURS", 12, 1, 24 * 30),
    bodyLimitBytes: int(env, "CCMS_BODY_LIMIT", 1_048_576, 1024, 50 * 1_048_576),
    logLevel,
    webDist: env.CCMS_WEB_DIST || undefined,
    argon2MemoryKib: int(env, "CCMS_ARGON2_MEMORY_KIB", 19_456, 1024, 1_048_576),
    secureCookies: bool(env, "CCMS_SECURE_COOKIES", false),
    caseSweepSeconds: int(env, "CCMS_CASE_SWEEP_SECONDS", 60, 0, 86_400),
    dailyOpsReminderSeconds: int(env, "CCMS_DAILY_OPS_REMINDER_SECONDS", 3600, 0, 86_400),
  };
}
