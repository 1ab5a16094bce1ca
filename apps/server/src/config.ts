/**
 * Configuration, parsed once at boot from the environment. The process stops with a clear message
 * when a value is wrong. Every variable is documented in the README.
 */
import { resolve } from "node:path";
import { checkPasswordStrength, isDomainError } from "@ccms/core";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  bootstrapAdminPassword: string | undefined;
  demo: boolean;
  /** Days of generated history behind the demo organisation (CCMS_DEMO_HISTORY_DAYS; 0 = none). */
  demoHistoryDays: number;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  logLevel: string;
  webDist: string | undefined;
  argon2MemoryKib: number;
  secureCookies: boolean;
  caseSweepSeconds: number;
  /** Daily roll-ups of queue facts kept current (issue 13 item 4). */
  reportRollupSeconds: number;
  dailyOpsReminderSeconds: number;
  /** D-14 minutes for the level above to acknowledge an urgent event before it escalates (CCMS_URGENT_ACK_MINUTES). */
  urgentAckMinutes: number;
  /** Fastify `trustProxy` from CCMS_TRUST_PROXY: off by default (client IP = socket address). */
  trustProxy: boolean | number | string;
  /** Staff sessions end after this many idle minutes (0 = never); devices are exempt. */
  idleTimeoutMinutes: number;
  /** Rate limits per minute (0 = off). */
  rateLimits: RateLimitConfig;
  /** CAL-06 from this day of the year (MM-DD, Beijing time) a provisional next year is warned about. */
  calendarWarnFrom: string;
  /** K-09 audit chain key (CCMS_AUDIT_KEY); unset → `audit.key` in the data folder, created on first boot (0600). */
  auditKey: string | undefined;
  /** Rows per export request (more → truncated, stated in X-Row-Cap / X-Truncated). */
  exportRowCap: number;
  /** Heavy reports and exports running at once per user and per server (more → 429 with Retry-After). */
  heavyPerUser: number;
  heavyPerServer: number;
}

export interface RateLimitConfig {
  loginPerIp: number;
  loginPerUsername: number;
  devicePerDevice: number;
  kioskTicketsPerDevice: number;
}

export class ConfigError extends Error {}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = (env.CCMS_TRUST_PROXY ?? "").trim();
  if (raw === "" || ["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (/^hops:\d{1,2}$/.test(raw)) return Number(raw.slice(5));
  // a comma-separated list of proxy addresses / CIDR ranges
  if (/^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/.test(raw)) return raw;
  throw new ConfigError(`CCMS_TRUST_PROXY must be 0, 1, hops:N or a comma-separated list of proxy addresses/CIDR ranges, got "${raw}"`);
}

/** K-06 the bootstrap admin's password must meet the policy (it also must be changed at first sign-in). */
function bootstrapPassword(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.CCMS_BOOTSTRAP_ADMIN_PASSWORD || undefined;
  if (raw === undefined) return undefined;
  try {
    checkPasswordStrength(raw, "admin");
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const problems = (e.details as { problems?: string[] } | null)?.problems ?? [];
    throw new ConfigError(
      `CCMS_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy (${problems.join(", ") || e.code}): use at least 10 characters with 3 of upper case, lower case, digits and symbols, not containing "admin"`,
    );
  }
  return raw;
}

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

function monthDay(env: NodeJS.ProcessEnv, name: string, dflt: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return dflt;
  const m = /^(\d{2})-(\d{2})$/.exec(raw);
  const d = new Date(`2024-${raw}T00:00:00Z`);
  const valid = m !== null && !Number.isNaN(d.getTime()) && d.toISOString().slice(5, 10) === raw;
  if (!valid) throw new ConfigError(`${name} must be a day of the year as MM-DD (e.g. 10-01), got "${raw}"`);
  return raw;
}

function auditKey(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.CCMS_AUDIT_KEY;
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < 32) throw new ConfigError("CCMS_AUDIT_KEY must be at least 32 characters (e.g. 64 hex digits)");
  return raw;
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
    host: env.HOST || "127.0.0.1",
    dataDir: resolve(env.CCMS_DATA_DIR ?? "./data"),
    databaseUrl,
    bootstrapAdminPassword: bootstrapPassword(env),
    demo: bool(env, "CCMS_DEMO", false),
    demoHistoryDays: int(env, "CCMS_DEMO_HISTORY_DAYS", 90, 0, 366),
    sessionTtlHours: int(env, "CCMS_SESSION_TTL_HOURS", 12, 1, 24 * 30),
    bodyLimitBytes: int(env, "CCMS_BODY_LIMIT", 1_048_576, 1024, 50 * 1_048_576),
    logLevel,
    webDist: env.CCMS_WEB_DIST || undefined,
    argon2MemoryKib: int(env, "CCMS_ARGON2_MEMORY_KIB", 19_456, 1024, 1_048_576),
    secureCookies: bool(env, "CCMS_SECURE_COOKIES", false),
    caseSweepSeconds: int(env, "CCMS_CASE_SWEEP_SECONDS", 60, 0, 86_400),
    reportRollupSeconds: int(env, "CCMS_REPORT_ROLLUP_SECONDS", 900, 0, 86_400),
    dailyOpsReminderSeconds: int(env, "CCMS_DAILY_OPS_REMINDER_SECONDS", 3600, 0, 86_400),
    urgentAckMinutes: int(env, "CCMS_URGENT_ACK_MINUTES", 30, 1, 24 * 60),
    trustProxy: trustProxy(env),
    idleTimeoutMinutes: int(env, "CCMS_IDLE_TIMEOUT_MINUTES", 30, 0, 24 * 60),
    rateLimits: {
      loginPerIp: int(env, "CCMS_RATE_LOGIN_PER_IP", 120, 0, 1_000_000),
      loginPerUsername: int(env, "CCMS_RATE_LOGIN_PER_USERNAME", 20, 0, 1_000_000),
      devicePerDevice: int(env, "CCMS_RATE_DEVICE", 1200, 0, 1_000_000),
      kioskTicketsPerDevice: int(env, "CCMS_RATE_KIOSK_TICKETS", 60, 0, 1_000_000),
    },
    calendarWarnFrom: monthDay(env, "CCMS_CALENDAR_WARN_FROM", "10-01"),
    auditKey: auditKey(env),
    exportRowCap: int(env, "CCMS_EXPORT_ROW_CAP", 50_000, 10, 1_000_000),
    heavyPerUser: int(env, "CCMS_HEAVY_PER_USER", 2, 1, 100),
    heavyPerServer: int(env, "CCMS_HEAVY_PER_SERVER", 4, 1, 1000),
  };
}

/**
 * Boot-time parse: a wrong value prints one line on stderr (no stack trace) and stops the process with
 * exit code 2 (e.g. a CCMS_BOOTSTRAP_ADMIN_PASSWORD that breaks the K-06 policy).
 */
export function loadConfigOrExit(
  env: NodeJS.ProcessEnv = process.env,
  io: { exit: (code: number) => never; error: (line: string) => void } = { exit: (c) => process.exit(c), error: (l) => console.error(l) },
): Config {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.error(`Configuration error: ${e.message}`);
      return io.exit(2);
    }
    throw e;
  }
}
