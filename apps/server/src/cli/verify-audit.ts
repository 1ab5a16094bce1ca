/**
 * `npm run audit:verify`: checks the whole audit chain (K-09: keyed with the audit key from
 * CCMS_AUDIT_KEY or `audit.key` in the data folder; legacy rows up to the signed anchor with plain
 * SHA-256) and the signed head checkpoint (entries deleted at the end are reported as truncation).
 * Reports the first broken link and exits 1 when the chain does not verify.
 */
import { join } from "node:path";
import { openDatabase } from "@ccms/db";
import { ConfigError, loadConfig } from "../config.js";
import { initAuditKey, verifyAuditChain } from "../modules/control/audit.js";

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Configuration error: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
initAuditKey({ key: config.auditKey, dataDir: config.dataDir });
const database = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: join(config.dataDir, "ccms.sqlite") });
const incremental = process.argv.includes("--incremental");
const res = await verifyAuditChain(database.db, { full: !incremental });
await database.close();
if (res.ok) {
  console.log(`audit chain ok: ${res.checked} entries verified (last seq ${res.lastSeq}${res.checkpointSeq === null ? "" : `, signed head ${res.checkpointSeq}`})`);
} else {
  const what = res.truncated ? `TRUNCATED: entries from seq ${res.firstBroken?.seq} to ${res.checkpointSeq} are missing` : `BROKEN at seq ${res.firstBroken?.seq} (${res.firstBroken?.reason})`;
  console.log(`audit chain ${what}; ${res.checked} entries verified before it`);
  process.exit(1);
}
