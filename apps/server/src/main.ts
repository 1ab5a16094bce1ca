/** Boot: config → database → migrations → bootstrap (+ demo) → HTTP. */
import { migrate, openDatabase } from "@ccms/db";
import { join } from "node:path";
import { buildApp } from "./app.js";
import { ensureAdmin, ensureRoot } from "./bootstrap/bootstrap.js";
import { DEMO_PASSWORD, loadDemo, requireDemoPasswordChange } from "./bootstrap/demo.js";
import { isLoopbackHost, loadConfigOrExit } from "./config.js";
import { syncPackageYears } from "./modules/calendar/load-official-year.js";
import { createPgBus } from "./realtime/bus.js";

async function main() {
  const config = loadConfigOrExit();
  const database = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: join(config.dataDir, "ccms.sqlite") });
  await migrate(database);
  const bus = database.pgPool ? await createPgBus(database.pgPool) : undefined;
  const { app, ctx } = await buildApp({ config, database, ...(bus ? { bus } : {}) });
  const root = await ensureRoot(ctx);
  const admin = await ensureAdmin(ctx, root.id);
  const demo = config.demo ? await loadDemo(ctx, root.id) : null;
  // CAL-06 a newer calendar package may bring a year that was provisional: recompute once.
  await syncPackageYears(ctx);
  // K-06 published demo passwords are only tolerated on a loopback-only server.
  await requireDemoPasswordChange(ctx);
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  const lines = [
    "",
    `CCMS 柜面综合管理系统 is running on ${url}  (database: ${database.engine})`,
    `API docs: ${url}/api/docs`,
  ];
  if (admin.password) lines.push(`Sign in as admin with the generated password (shown once): ${admin.password}  — you must change it at first sign-in.`);
  else if (admin.created) lines.push("Sign in as admin with CCMS_BOOTSTRAP_ADMIN_PASSWORD — you must change it at first sign-in.");
  if (config.demo) {
    lines.push(`Demo users (password ${DEMO_PASSWORD}): hqadmin, gdadmin, gzadmin, auditor, manager, duty, teller1, teller2, teller3, guide, agent, yxmanager, yxteller`);
    if (!isLoopbackHost(config.host)) lines.push(`HOST=${config.host} is not loopback: demo users must change the password at first sign-in.`);
    if (demo) lines.push("Demo organisation loaded.");
  }
  console.log(lines.join("\n"));
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
