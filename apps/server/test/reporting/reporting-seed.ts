/**
 * Seeded queue history for the reporting tests (fixed instants, Asia/Shanghai = UTC+8): 天河 and 越秀
 * on Monday 2026-03-09, 天河 on Sunday 2026-03-08 (the previous period), one complaint at 天河.
 */
import { type TicketRow, ticketRepository, userRepository, windowRepository } from "@ccms/db";
import type { TestEnv } from "../helpers.js";

const at = (date: string, hm: string) => new Date(`${date}T${hm}:00+08:00`).toISOString();

export interface Seeded {
  th: string;
  yx: string;
  thWindow1: { id: string; number: number };
  thWindow2: { id: string; number: number };
  teller1: string;
  teller2: string;
}

export async function seedReportingData(env: TestEnv): Promise<Seeded> {
  const ex = env.database.db;
  const [th, yx] = env.demo.counterIds as [string, string];
  // the demo's default windows are created with the counter's queue set-up: open the queue once
  await env.call("manager", { method: "GET", url: `/api/v1/counters/${th}/windows` });
  await env.call("yxmanager", { method: "GET", url: `/api/v1/counters/${yx}/windows` });
  let thWindows = await windowRepository.list(ex, th);
  for (const n of [1, 2]) {
    if (!thWindows.some((w) => w.number === n)) await env.call("manager", { method: "POST", url: `/api/v1/counters/${th}/windows`, payload: { number: n, businessTypes: ["servicing"] } });
  }
  thWindows = await windowRepository.list(ex, th);
  let yxWindows = await windowRepository.list(ex, yx);
  if (!yxWindows.some((w) => w.number === 1)) await env.call("yxmanager", { method: "POST", url: `/api/v1/counters/${yx}/windows`, payload: { number: 1, businessTypes: ["servicing"] } });
  yxWindows = await windowRepository.list(ex, yx);
  const w1 = thWindows.find((w) => w.number === 1)!;
  const w2 = thWindows.find((w) => w.number === 2)!;
  const yw1 = yxWindows.find((w) => w.number === 1)!;
  const teller1 = (await userRepository.findByUsername(ex, "teller1"))!.id;
  const teller2 = (await userRepository.findByUsername(ex, "teller2"))!.id;
  const yxTeller = (await userRepository.findByUsername(ex, "yxteller"))!.id;

  let seq = 0;
  const ticket = (counterId: string, date: string, t: { issued: string; called?: string; finished?: string; status: string; window: { id: string; number: number }; by: string; rating?: number }): TicketRow => {
    seq++;
    return {
      id: `RPT${String(seq).padStart(4, "0")}`,
      counter_id: counterId,
      business_date: date,
      business_type: "servicing",
      seq,
      number: `B${String(seq).padStart(3, "0")}`,
      priority: "normal",
      status: t.status,
      issued_at: at(date, t.issued),
      original_issued_at: at(date, t.issued),
      window_id: t.window.id,
      window_number: t.window.number,
      target_window_id: null,
      called_at: t.called ? at(date, t.called) : null,
      recalled_at: null,
      started_at: t.finished && t.called ? at(date, t.called) : null,
      finished_at: t.finished ? at(date, t.finished) : null,
      recall_count: 0,
      outcome: t.finished ? "handled" : null,
      missing_documents: "[]",
      appointment_id: null,
      transferred_from_id: null,
      transferred_to_id: null,
      issued_by: null,
      served_by: t.by,
      rating_score: t.rating ?? null,
      rating_comment: null,
      rated_at: t.rating ? at(date, t.finished ?? t.issued) : null,
      updated_at: at(date, t.finished ?? t.issued),
    };
  };
  const rows: TicketRow[] = [
    // 天河 Monday: waits 10, 30, 5 minutes; handling 10 and 30; ratings 5 and 3
    ticket(th, "2026-03-09", { issued: "09:00", called: "09:10", finished: "09:20", status: "finished", window: w1, by: teller1, rating: 5 }),
    ticket(th, "2026-03-09", { issued: "09:30", called: "10:00", finished: "10:30", status: "finished", window: w1, by: teller1, rating: 3 }),
    ticket(th, "2026-03-09", { issued: "14:00", called: "14:05", status: "noShow", window: w2, by: teller2 }),
    // 越秀 Monday: wait 2, handling 10, rating 4
    ticket(yx, "2026-03-09", { issued: "09:00", called: "09:02", finished: "09:12", status: "finished", window: yw1, by: yxTeller, rating: 4 }),
    // 天河 Sunday (previous period): wait 20
    ticket(th, "2026-03-08", { issued: "10:00", called: "10:20", finished: "10:25", status: "finished", window: w1, by: teller1, rating: 5 }),
  ];
  for (const r of rows) await ticketRepository.insert(ex, r);

  const c = await env.call("teller1", {
    method: "POST",
    url: "/api/v1/cases",
    payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "办理保全等待时间过长", customer: { name: "张三丰" }, cause: "waiting", receivedAt: at("2026-03-09", "11:00") },
  });
  if (c.status !== 201) throw new Error(`case: ${c.status} ${JSON.stringify(c.body)}`);
  return { th, yx, thWindow1: { id: w1.id, number: w1.number }, thWindow2: { id: w2.id, number: w2.number }, teller1, teller2 };
}
