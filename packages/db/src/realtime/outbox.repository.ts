/** The transactional outbox (migration 018); SQL only. The relay's rules live in apps/server/src/realtime. */
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../shared/database.js";
import type { OutboxTable } from "./schema.js";

export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Omit<Insertable<OutboxTable>, "seq" | "lease_until" | "attempts" | "published_at">;

export const outboxRepository = {
  async insertMany(ex: Executor, rows: readonly NewOutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    await ex
      .insertInto("outbox")
      .values(rows.map((r) => ({ ...r, lease_until: null, attempts: 0, published_at: null })))
      .execute();
  },
  /**
   * Claim up to `limit` unpublished rows whose lease is free or expired (oldest first) until
   * `leaseUntil`. The update re-checks the lease, so two relays never claim the same row at once.
   */
  async claim(ex: Executor, now: string, leaseUntil: string, limit: number, eventIds?: readonly string[]): Promise<OutboxRow[]> {
    let q = ex
      .selectFrom("outbox")
      .select("seq")
      .where("published_at", "is", null)
      .where((w) => w.or([w("lease_until", "is", null), w("lease_until", "<", now)]));
    if (eventIds) {
      if (eventIds.length === 0) return [];
      q = q.where("event_id", "in", [...eventIds]);
    }
    const candidates = await q.orderBy("seq").limit(limit).execute();
    if (candidates.length === 0) return [];
    const rows = await ex
      .updateTable("outbox")
      .set((eb) => ({ lease_until: leaseUntil, attempts: eb("attempts", "+", 1) }))
      .where(
        "seq",
        "in",
        candidates.map((c) => c.seq),
      )
      .where("published_at", "is", null)
      .where((w) => w.or([w("lease_until", "is", null), w("lease_until", "<", now)]))
      .returningAll()
      .execute();
    return rows.sort((a, b) => a.seq - b.seq);
  },
  async markPublished(ex: Executor, seqs: readonly number[], at: string): Promise<void> {
    if (seqs.length === 0) return;
    await ex.updateTable("outbox").set({ published_at: at, lease_until: null }).where("seq", "in", [...seqs]).execute();
  },
  /** Give a claimed row back (its publication failed): the next relay pass takes it again. */
  async release(ex: Executor, seqs: readonly number[]): Promise<void> {
    if (seqs.length === 0) return;
    await ex.updateTable("outbox").set({ lease_until: null }).where("seq", "in", [...seqs]).where("published_at", "is", null).execute();
  },
  async listByType(ex: Executor, type: string): Promise<OutboxRow[]> {
    return ex.selectFrom("outbox").selectAll().where("type", "=", type).orderBy("seq").execute();
  },
  async countUnpublished(ex: Executor): Promise<number> {
    const r = await ex
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("published_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  /** Published rows are kept a while for inspection, then removed. */
  async purgePublishedBefore(ex: Executor, before: string): Promise<number> {
    const r = await ex.deleteFrom("outbox").where("published_at", "is not", null).where("published_at", "<", before).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
