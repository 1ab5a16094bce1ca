/**
 * Q-09 the customer rates a finished service once: on the rating pad of that counter, or keyed in by a
 * member of staff in scope who did not serve it (a teller never rates their own service).
 */
import type { RateTicketRequest, RatingResponse } from "@ccms/contracts";
import { DomainError } from "@ccms/core";
import { ticketRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import { typeNames } from "./counter-caches.js";
import { assertDeviceKind, requireQueuePermission } from "./queue-permissions.js";
import { ticketInScope } from "./queue-scope.js";
import { ticketView } from "./queue-views.js";
import { publishEvents, recordEvent } from "./record-queue-event.js";

export async function rateTicket(ctx: AppContext, p: Principal, id: string, input: RateTicketRequest): Promise<RatingResponse> {
  assertDeviceKind(p, ["ratingPad"]);
  // Staff may key in a rating given on paper or by voice (teller, guide, managers).
  if (p.kind === "user" && !p.permissions.has("queue.call") && !p.permissions.has("queue.issue")) requireQueuePermission(p, "queue.call");
  const { counter } = await ticketInScope(ctx.database.db, p, id);
  if (p.kind === "device" && p.orgUnitId !== counter.id) {
    throw new DomainError("forbidden", "rating_not_allowed", "Only the rating pad of the ticket's counter can rate it");
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const comment = input.comment && input.comment.length > 0 ? input.comment : null;
  const out = await ctx.tx(async (tx) => {
    const t = (await ticketRepository.findById(tx, id))!;
    if (t.rating_score !== null) throw new DomainError("conflict", "ticket_already_rated", "This service was already rated");
    if (t.status !== "finished") throw new DomainError("conflict", "ticket_not_finished", "Only a finished service can be rated", { status: t.status });
    if (p.kind === "user" && t.served_by === p.userId) {
      throw new DomainError("forbidden", "rating_not_allowed", "The teller who served cannot rate the service");
    }
    if (!(await ticketRepository.rate(tx, id, input.score, comment, at))) throw new DomainError("conflict", "ticket_already_rated", "This service was already rated");
    const ticket = ticketView({ ...t, rating_score: input.score, rating_comment: comment, rated_at: at }, await typeNames(tx, counter.id));
    const ev = await recordEvent(tx, p, now, counter.id, "ticket.rated", { ticket });
    return { events: [ev] };
  });
  await publishEvents(ctx, out.events);
  return { ticketId: id, score: input.score, comment, createdAt: at };
}
