/**
 * The bus use cases see (`ctx.bus`) and the transaction runner (`ctx.tx`), both over the outbox:
 * - inside `ctx.tx`, `publish` only collects the event; it is written to the outbox in the same
 *   transaction and published by the relay after commit (never if the transaction rolls back);
 * - outside a transaction, an event some subscriber consumes is written to the outbox first (so the
 *   subscriber gets it at least once); any other event (e.g. queue events, which have their own
 *   persisted log and Last-Event-ID resume) goes straight to the bus.
 */
import { type DB, type Database, inTransaction, outboxRepository } from "@ccms/db";
import type { Transaction } from "kysely";
import type { EventBus } from "./bus.js";
import type { OutboxRelay } from "./outbox-relay.js";
import { collectTransactionEvents, openTransactionEvents } from "./transaction-events.js";

export function createOutboxBus(inner: EventBus, relay: OutboxRelay): EventBus {
  return {
    async publish(channel, event) {
      const collected = openTransactionEvents();
      if (collected) {
        collected.push({ channel, event });
        return;
      }
      if (relay.hasSubscriber(event.type)) await relay.enqueue([{ channel, event }]);
      else await inner.publish(channel, event);
    },
    subscribe: (channel, listener) => inner.subscribe(channel, listener),
    close: () => inner.close(),
  };
}

/** `ctx.tx`: one transaction per use case; its events go to the outbox before commit and out after. */
export function createTransactionRunner(database: Database, relay: OutboxRelay): <T>(fn: (tx: Transaction<DB>) => Promise<T>) => Promise<T> {
  return async (fn) => {
    let count = 0;
    const result = await inTransaction(database, async (tx) => {
      const out = await collectTransactionEvents(
        () => fn(tx),
        async (events) => {
          count = events.length;
          await outboxRepository.insertMany(tx, relay.rows(events));
        },
      );
      return out.result;
    });
    // Committed: publish now (a failure here leaves the rows for the next relay pass).
    if (count > 0) await relay.drain();
    return result;
  };
}
