/** Queue events: persisted for Last-Event-ID resume in the use case's transaction, published through ctx.bus after commit. */
import type { QueueEvent, QueueEventType, TicketResponse, WindowResponse } from "@ccms/contracts";
import { type Executor, queueEventRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { Principal } from "../../http/principal.js";
import { principalId } from "./queue-permissions.js";

export const channelOf = (counterId: string) => `queue:${counterId}`;

export interface PendingEvent {
  counterId: string;
  event: QueueEvent;
}

/** Persist a queue event in the use case's transaction; publish it with publishEvents after commit. */
export async function recordEvent(
  tx: Executor,
  p: Principal | null,
  at: Date,
  counterId: string,
  type: QueueEventType,
  input: { ticket?: TicketResponse | null; window?: WindowResponse | null; message?: string | null },
): Promise<PendingEvent> {
  let window: QueueEvent["window"] = null;
  if (input.window) {
    const { currentTicket: _c, ...rest } = input.window;
    window = rest;
  }
  const body = {
    type,
    counterId,
    at: at.toISOString(),
    ticket: input.ticket ?? null,
    window,
    message: input.message ?? null,
  };
  // The waiting count after the event is computed by the insert itself (one statement, not two).
  const json = JSON.stringify(body);
  const prefix = `${json.slice(0, -1)},"waitingCount":`;
  const stored = await queueEventRepository.insertWithWaitingCount(
    tx,
    {
      counter_id: counterId,
      type,
      ticket_id: input.ticket?.id ?? null,
      window_id: input.window?.id ?? input.ticket?.windowId ?? null,
      actor_id: p ? principalId(p) : null,
      at: body.at,
    },
    prefix,
    "}",
  );
  const waitingCount = Number(stored.data.slice(prefix.length, -1));
  return { counterId, event: { id: String(stored.id), ...body, waitingCount } };
}

export async function publishEvents(ctx: AppContext, events: readonly PendingEvent[]): Promise<void> {
  for (const e of events) {
    try {
      await ctx.bus.publish(channelOf(e.counterId), { id: e.event.id, type: e.event.type, data: e.event });
    } catch {
      // the events are persisted: a display catches up with Last-Event-ID
    }
  }
}
