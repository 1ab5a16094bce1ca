/**
 * Bench figure `sqlite_pages_per_ticket_cycle` (issue 13 item 2): database pages written per ticket
 * cycle (issue → call-next → start → finish of one ticket over HTTP) on SQLite. The WAL is emptied
 * (checkpoint TRUNCATE from this process while the server is idle), `cycles` cycles run one after the
 * other (one request per transaction, so group commit shares nothing), then the WAL's frames are read:
 * every frame is one page written by one commit, so frames ÷ cycles = pages dirtied per cycle. Each
 * page number is named by the table or index that owns it (SQLite's dbstat).
 */
import { readFileSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { http } from "./http-client.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The valid frames of a WAL file (those carrying the header's salts): page numbers and commit marks. */
export function walFrames(walFile) {
  let buf;
  try {
    buf = readFileSync(walFile);
  } catch {
    return { pageSize: 0, frames: [] };
  }
  if (buf.length < 32) return { pageSize: 0, frames: [] };
  const pageSize = buf.readUInt32BE(8);
  const salt1 = buf.readUInt32BE(16);
  const salt2 = buf.readUInt32BE(20);
  const frames = [];
  for (let off = 32; off + 24 + pageSize <= buf.length; off += 24 + pageSize) {
    if (buf.readUInt32BE(off + 8) !== salt1 || buf.readUInt32BE(off + 12) !== salt2) break;
    frames.push({ page: buf.readUInt32BE(off), commit: buf.readUInt32BE(off + 4) !== 0 });
  }
  return { pageSize, frames };
}

async function cycle(port, c, i) {
  const issued = await http(port, "POST", `/api/v1/counters/${c.counterId}/tickets`, c.kiosks[0], { businessType: "claim" });
  if (issued.status !== 201) throw new Error(`issue: ${issued.status} ${JSON.stringify(issued.body)}`);
  const called = await http(port, "POST", `/api/v1/windows/${c.windows[0]}/call-next`, c.tellers[0]);
  const id = called.body?.ticket?.id;
  if (!id) throw new Error(`call-next ${i}: ${called.status} ${JSON.stringify(called.body)}`);
  for (const [path, body] of [[`/api/v1/tickets/${id}/start`], [`/api/v1/tickets/${id}/finish`, { outcome: "done" }]]) {
    const r = await http(port, "POST", path, c.tellers[0], body);
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

/**
 * Pages per cycle over `cycles` cycles at the counter `c` (prepared, nothing waiting) of the server
 * on `port` whose database is `sqliteFile`: { pages, commits, pageSize, byObject: [[name, pages]] }.
 */
export async function pagesPerTicketCycle(port, c, sqliteFile, cycles = 10) {
  for (let i = 0; i < 3; i++) await cycle(port, c, i); // warm: settings, sequences, day facts, sessions touched
  await sleep(500); // the outbox of the warm-up delivered
  const db = new BetterSqlite3(sqliteFile);
  try {
    db.pragma("busy_timeout = 10000");
    const [cp] = db.pragma("wal_checkpoint(TRUNCATE)");
    if (cp.busy) throw new Error("the WAL could not be emptied (the server was busy)");
    for (let i = 0; i < cycles; i++) await cycle(port, c, i);
    await sleep(500); // writes that follow the answers (outbox delivery) belong to the cycle
    const { pageSize, frames } = walFrames(`${sqliteFile}-wal`);
    const owner = new Map(db.prepare("select name, pageno from dbstat").all().map((r) => [r.pageno, r.name]));
    const byObject = new Map();
    for (const f of frames) {
      const name = f.page === 1 ? "(page 1: schema and file header)" : (owner.get(f.page) ?? "(free or new page)");
      byObject.set(name, (byObject.get(name) ?? 0) + 1);
    }
    return {
      pages: frames.length / cycles,
      commits: frames.filter((f) => f.commit).length / cycles,
      pageSize,
      byObject: [...byObject.entries()].sort((a, b) => b[1] - a[1]).map(([name, n]) => [name, n / cycles]),
    };
  } finally {
    db.close();
  }
}
