/** ORG-01 counters, windows and tickets in the caller's scope (foreign ids are 404); devices see only their own counter. */
import { isInSubtree } from "@ccms/core";
import { type Executor, type OrgUnit, type TicketRow, type WindowRow, ticketRepository, windowRepository } from "@ccms/db";
import { type Principal, notFound } from "../../http/principal.js";
import { cachedUnit } from "../org/unit-cache.js";

/** A counter the principal may see: users by subtree, devices only their own counter. */
const findUnit = cachedUnit;

export async function counterInScope(ex: Executor, p: Principal, counterId: string): Promise<OrgUnit> {
  const unit = await findUnit(ex, counterId);
  if (!unit || unit.kind !== "counter") throw notFound("counter", counterId);
  if (p.kind === "device" ? p.orgUnitId !== unit.id : !isInSubtree(unit.path, p.scopePath)) throw notFound("counter", counterId);
  return unit;
}

export async function windowInScope(ex: Executor, p: Principal, windowId: string): Promise<{ window: WindowRow; counter: OrgUnit }> {
  const window = await windowRepository.findById(ex, windowId);
  if (!window) throw notFound("window", windowId);
  const counter = await counterInScope(ex, p, window.counter_id).catch(() => {
    throw notFound("window", windowId);
  });
  return { window, counter };
}

export async function ticketInScope(ex: Executor, p: Principal, ticketId: string): Promise<{ ticket: TicketRow; counter: OrgUnit }> {
  const ticket = await ticketRepository.findById(ex, ticketId);
  if (!ticket) throw notFound("ticket", ticketId);
  const counter = await counterInScope(ex, p, ticket.counter_id).catch(() => {
    throw notFound("ticket", ticketId);
  });
  return { ticket, counter };
}
