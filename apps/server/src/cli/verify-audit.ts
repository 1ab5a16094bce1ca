/** `npm run audit:verify`: checks the audit hash chain and reports the first broken link. */
import { join } from "node:path";
import { openDatabase } from "@ccms/db";
import { loadConfig } from "../config.js";
import { verifyAuditChain } from "../modules/control/audit.js";

const config = loadConfig();
const database = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: join(config.dataDir, "ccms.sqlite") });
const res = await verifyAuditChain(database.db);
await database.close();
if (res.ok) {
  console.log(`audit chain ok: ${res.checked} entries verified`);
} else {
  console.log(`audit chain BROKEN at seq ${res.firstBroken?.seq} (${res.firstBroken?.reason}); ${res.checked} entries verified before it`);
  process.exit(1);
}
