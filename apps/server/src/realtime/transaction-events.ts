/**
 * Events published while a use case's transaction is open are collected here (async-local to that
 * transaction) and written to the outbox in the same transaction just before it commits; a rolled-back
 * transaction takes them with it. Call sites keep calling `ctx.bus.publish` (issue 12 item 5).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { BusEvent } from "./bus.js";

export interface CollectedEvent {
  channel: string;
  event: BusEvent;
}

interface TransactionEvents {
  open: boolean;
  events: CollectedEvent[];
}

const storage = new AsyncLocalStorage<TransactionEvents>();

/** The events of the transaction running in this async context, while it is still open. */
export function openTransactionEvents(): CollectedEvent[] | undefined {
  const s = storage.getStore();
  return s?.open ? s.events : undefined;
}

/**
 * Run `fn` collecting its published events; `beforeCommit` receives them (still inside the
 * transaction) once `fn` has succeeded. Events published after that go out directly.
 */
export async function collectTransactionEvents<T>(fn: () => Promise<T>, beforeCommit: (events: CollectedEvent[]) => Promise<void>): Promise<{ result: T; events: CollectedEvent[] }> {
  const scope: TransactionEvents = { open: true, events: [] };
  return storage.run(scope, async () => {
    try {
      const result = await fn();
      scope.open = false;
      const events = scope.events.splice(0);
      await beforeCommit(events);
      return { result, events };
    } finally {
      scope.open = false;
    }
  });
}
