/** Notifications for users (migration 018); SQL only. Who is concerned is decided in the server's subscribers. */
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../shared/database.js";
import type { NotificationTable } from "./schema.js";

export type NotificationRow = Selectable<NotificationTable>;
export type NewNotificationRow = Insertable<NotificationTable>;

export const notificationRepository = {
  /** Insert unless the user already has one with the same dedupe key; returns the row when inserted. */
  async insertIfAbsent(ex: Executor, row: NewNotificationRow): Promise<NotificationRow | undefined> {
    return ex
      .insertInto("notifications")
      .values(row)
      .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
      .returningAll()
      .executeTakeFirst();
  },
  async listForUser(ex: Executor, userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
    let q = ex.selectFrom("notifications").selectAll().where("user_id", "=", userId);
    if (opts.unreadOnly) q = q.where("read_at", "is", null);
    return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(opts.limit).execute();
  },
  async countUnread(ex: Executor, userId: string): Promise<number> {
    const r = await ex
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("user_id", "=", userId)
      .where("read_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async findForUser(ex: Executor, userId: string, id: string): Promise<NotificationRow | undefined> {
    return ex.selectFrom("notifications").selectAll().where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
  },
  /** Mark read (first read time kept). */
  async markRead(ex: Executor, userId: string, id: string, at: string): Promise<void> {
    await ex.updateTable("notifications").set({ read_at: at }).where("id", "=", id).where("user_id", "=", userId).where("read_at", "is", null).execute();
  },
  async listByEvent(ex: Executor, eventId: string): Promise<NotificationRow[]> {
    return ex.selectFrom("notifications").selectAll().where("event_id", "=", eventId).orderBy("user_id").execute();
  },
  /** Active users of the given units holding any of the roles (recipients of a unit's notifications). */
  async activeUserIdsWithRoles(ex: Executor, unitIds: readonly string[], roles: readonly string[]): Promise<string[]> {
    if (unitIds.length === 0 || roles.length === 0) return [];
    const rows = await ex
      .selectFrom("users")
      .innerJoin("user_roles", "user_roles.user_id", "users.id")
      .select("users.id")
      .distinct()
      .where("users.org_unit_id", "in", [...unitIds])
      .where("user_roles.role", "in", [...roles])
      .where("users.active", "=", 1)
      .orderBy("users.id")
      .execute();
    return rows.map((r) => r.id);
  },
  /** What a finding's notification needs: its title, unit and the people it names (JSON array of ids). */
  async findingForNotification(ex: Executor, findingId: string): Promise<{ title: string; orgUnitId: string; subjectUserIds: string[] } | undefined> {
    const r = await ex.selectFrom("control_findings").select(["title", "org_unit_id", "subject_user_ids"]).where("id", "=", findingId).executeTakeFirst();
    if (!r) return undefined;
    let ids: unknown = [];
    try {
      ids = JSON.parse(r.subject_user_ids);
    } catch {
      ids = [];
    }
    return { title: r.title, orgUnitId: r.org_unit_id, subjectUserIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string") : [] };
  },
  /** Of these user ids, the active ones (an event may name people who have left). */
  async activeUserIds(ex: Executor, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await ex.selectFrom("users").select("id").where("id", "in", [...ids]).where("active", "=", 1).execute();
    return rows.map((r) => r.id);
  },
};
