#!/usr/bin/env node
/**
 * Issue 13 item 2: which repository query uses which index of queue_tickets / queue_events.
 * `node bench/queue-index-plans.mjs` migrates a fresh SQLite file (bench/.data), writes a year of two
 * counters' tickets (100,000, with their events), runs ANALYZE-free EXPLAIN QUERY PLAN (the server
 * never runs ANALYZE) on the SQL of every repository query over the two tables, and prints, per
 * index, the queries whose plan uses it. An index no plan uses, or that is a prefix of another, is a
 * candidate to drop; the result is written down in docs/scale.md.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { bundleServer, root } from "./server-process.mjs";

const dir = join(root, "bench", ".data", `plans-${process.pid}`);
mkdirSync(dir, { recursive: true });
const L = "'waiting','called','serving'";
/** [repository function, SQL as Kysely compiles it (parameters inlined)]. */
const QUERIES = [
  ["ticketRepository.findById / transition / rate", "select * from queue_tickets where id = 'BY5'"],
  ["ticketRepository.listWaiting", "select * from queue_tickets where counter_id = 'C1' and status = 'waiting'"],
  ["ticketRepository.listWaitingFor", "select * from queue_tickets where counter_id = 'C1' and status = 'waiting' and (target_window_id = 'W1' or business_type in ('claim','enquiry'))"],
  ["ticketRepository.countAheadOfNew", "select count(*) from queue_tickets where counter_id = 'C1' and status = 'waiting' and business_type = 'claim' and id != 'X' and (priority in ('vip') or (priority = 'normal' and original_issued_at <= '2025-06-01'))"],
  ["ticketRepository.countWaiting / queueEventRepository.insertWithWaitingCount", "select count(*) from queue_tickets where counter_id = 'C1' and status = 'waiting'"],
  ["ticketRepository.listAtWindows", "select * from queue_tickets where counter_id = 'C1' and status in ('called','serving')"],
  ["ticketRepository.currentAtWindow", "select * from queue_tickets where window_id = 'W1' and status in ('called','serving')"],
  ["ticketRepository.latestFinishedAtWindow", "select * from queue_tickets where window_id = 'W1' and status = 'finished' and business_date = '2025-06-02' order by finished_at desc limit 1"],
  ["ticketRepository.recentCalls", "select * from queue_tickets where counter_id = 'C1' and business_date = '2025-06-02' and called_at is not null order by coalesce(recalled_at, called_at) desc limit 10"],
  ["ticketRepository.listInRange", "select * from queue_tickets where counter_id = 'C1' and business_date >= '2025-06-01' and business_date <= '2025-06-30'"],
  ["ticketRepository.countFinishedByTeller", "select count(*) from queue_tickets where counter_id = 'C1' and business_date = '2025-06-02' and served_by = 'U1' and status = 'finished'"],
  ["ticketRepository.servedCountsByWindow", "select window_id, count(*) from queue_tickets where counter_id = 'C1' and business_date = '2025-06-02' and status = 'finished' group by window_id"],
  ["reportingRepository.tickets", "select number, status from queue_tickets where counter_id in ('C1','C2') and business_date >= '2025-06-01' and business_date <= '2025-06-30' order by original_issued_at"],
  ["ticketDayFactsRepository.invalidateTicketDay", "delete from report_ticket_day_facts where counter_id = (select counter_id from queue_tickets where id = 'BY5') and business_date = (select business_date from queue_tickets where id = 'BY5')"],
  ["dailyCloseRepository.openTickets", `select id, number, status from queue_tickets where counter_id = 'C1' and business_date <= '2025-06-02' and status in (${L}) order by number`],
  ["forecastRepository.arrivals", "select business_date from queue_tickets where counter_id = 'C1' and business_date in ('2025-06-02','2025-06-09') and transferred_from_id is null limit 200000"],
  ["forecastRepository.servedTimes", "select started_at from queue_tickets where counter_id = 'C1' and business_date in ('2025-06-02','2025-06-09') and started_at is not null and finished_at is not null limit 200000"],
  ["issueInTx (Q-01 gap-free number, unique guard)", "insert into queue_tickets (id, counter_id, business_date, business_type, seq, number, priority, status, issued_at, original_issued_at, updated_at) values ('NEW', 'C1', '2025-06-02', 'claim', 1, 'C001', 'normal', 'waiting', 'x', 'x', 'x')"],
  ["queueEventRepository.after (SSE replay)", "select * from queue_events where counter_id = 'C1' and id > 100 order by id limit 100"],
  ["queueEventRepository.lastId", "select id from queue_events where counter_id = 'C1' order by id desc limit 1"],
  ["queueEventRepository.forTicket (ticket history)", "select * from queue_events where ticket_id = 'BY5' order by id"],
];

const core = await import(await bundleServer(dir, "packages/db/src/index.ts", "db.mjs"));
const file = join(dir, "plans.sqlite");
const database = core.openDatabase({ sqliteFile: file, groupCommit: false });
await core.migrate(database);
await database.close();
const db = new BetterSqlite3(file);
try {
  db.pragma("foreign_keys = OFF");
  const ins = db.prepare(`insert into queue_tickets (id, counter_id, business_date, business_type, seq, number, priority, status, issued_at, original_issued_at, window_id, served_by, updated_at)
    values (?, ?, ?, ?, ?, ?, 'normal', ?, 'x', 'x', ?, ?, 'x')`);
  const ev = db.prepare("insert into queue_events (counter_id, type, ticket_id, window_id, data, at) values (?, ?, ?, ?, '{}', 'x')");
  db.transaction(() => {
    for (let i = 0; i < 100_000; i++) {
      const date = new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 274))).toISOString().slice(0, 10);
      const counter = i % 2 ? "C2" : "C1";
      ins.run(`BY${i}`, counter, date, "claim", i, `C${i}`, i > 99_990 ? "waiting" : "finished", `W${i % 8}`, `U${i % 8}`);
      for (const t of ["ticket.issued", "ticket.called", "ticket.started", "ticket.finished"]) ev.run(counter, t, `BY${i}`, `W${i % 8}`);
    }
  })();
  const uses = new Map();
  for (const [fn, q] of QUERIES) {
    const plan = db.prepare(`explain query plan ${q}`).all().map((r) => r.detail);
    const used = new Set(plan.flatMap((d) => [...d.matchAll(/(?:USING (?:COVERING )?INDEX|USING INTEGER PRIMARY KEY|PRIMARY KEY) ?(\S*)/g)].map((m) => m[1] || "rowid")));
    console.log(`${fn}\n    ${plan.join("\n    ")}`);
    for (const u of used) uses.set(u, [...(uses.get(u) ?? []), fn]);
  }
  console.log("\nindexes:");
  const indexes = db.prepare("select name, tbl_name, sql from sqlite_master where type = 'index' and tbl_name in ('queue_tickets','queue_events') order by tbl_name, name").all();
  for (const ix of indexes) {
    const cols = db.prepare(`select name from pragma_index_info(?)`).all(ix.name).map((r) => r.name);
    console.log(`  ${ix.tbl_name}.${ix.name} (${cols.join(", ")}): ${(uses.get(ix.name) ?? ["no query (constraint only)"]).join("; ")}`);
  }
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
