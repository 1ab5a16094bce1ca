/**
 * Bench: a dedicated PostgreSQL database for a figure, created on the server at `adminUrl`
 * (CCMS_BENCH_PG_URL) and dropped afterwards, even when the figure fails.
 */
import pg from "pg";

export const PG_URL = process.env.CCMS_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Runs fn(url) on a fresh database `ccms_bench_<pid>[_suffix]`; false when no PostgreSQL answers. */
export async function withPgDatabase(fn, suffix = "", adminUrl = PG_URL) {
  const name = `ccms_bench_${process.pid}${suffix ? `_${suffix}` : ""}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return false;
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await fn(url.toString());
  } finally {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
  return true;
}
