/** Queue rows as API responses (settings, business types, tickets, windows). */
import type { QueueSettings, TicketResponse, WindowResponse, WindowState } from "@ccms/contracts";
import type { Weekday } from "@ccms/core";
import { type BusinessTypeRow, type Executor, type QueueSettingsRow, type TicketRow, type WindowRow, ticketRepository, windowRepository } from "@ccms/db";

/** Business-type names of a counter by code. */
export type TypeNames = Map<string, { nameZh: string; nameEn: string }>;

export function settingsView(r: QueueSettingsRow): QueueSettings {
  return {
    counterId: r.counter_id,
    normalWaitLimitMinutes: r.normal_wait_limit_minutes,
    maxConsecutivePriorityCalls: r.max_consecutive_priority_calls,
    recallLimit: r.recall_limit,
    handlingLimitMinutes: r.handling_limit_minutes,
    waitTargetMinutes: r.wait_target_minutes,
    peakWaitLimitMinutes: r.peak_wait_limit_minutes,
    alertLeadMinutes: r.alert_lead_minutes,
    updatedAt: r.updated_at,
  };
}

export function businessTypeView(r: BusinessTypeRow) {
  return {
    id: r.id,
    counterId: r.counter_id,
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    prefix: r.prefix,
    active: r.active === 1,
    servedDays: JSON.parse(r.served_days) as Weekday[],
    sortOrder: r.sort_order,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function ticketView(r: TicketRow, names: TypeNames): TicketResponse {
  const n = names.get(r.business_type);
  return {
    id: r.id,
    counterId: r.counter_id,
    number: r.number,
    businessType: r.business_type,
    businessTypeNameZh: n?.nameZh ?? r.business_type,
    businessTypeNameEn: n?.nameEn ?? r.business_type,
    priority: r.priority as TicketResponse["priority"],
    status: r.status as TicketResponse["status"],
    businessDate: r.business_date,
    issuedAt: r.issued_at,
    originalIssuedAt: r.original_issued_at,
    windowId: r.window_id,
    windowNumber: r.window_number,
    targetWindowId: r.target_window_id,
    calledAt: r.called_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    recallCount: r.recall_count,
    outcome: r.outcome as TicketResponse["outcome"],
    missingDocuments: JSON.parse(r.missing_documents) as string[],
    appointmentId: r.appointment_id,
    transferredFromId: r.transferred_from_id,
    transferredToId: r.transferred_to_id,
    rating: r.rating_score === null ? null : { score: r.rating_score, comment: r.rating_comment, createdAt: r.rated_at ?? r.updated_at },
  };
}

export function windowState(w: WindowRow, current: TicketRow | undefined): WindowState {
  if (!w.teller_id) return "offline";
  if (current?.status === "serving") return "serving";
  if (current?.status === "called") return "called";
  if (w.paused) return "paused";
  return "idle";
}

export function windowView(w: WindowRow, current: TicketRow | undefined, names: TypeNames): WindowResponse {
  return {
    id: w.id,
    counterId: w.counter_id,
    number: w.number,
    name: w.name,
    businessTypes: JSON.parse(w.business_types) as string[],
    vip: w.vip === 1,
    greenChannel: w.green_channel === 1,
    active: w.active === 1,
    state: windowState(w, current),
    tellerId: w.teller_id,
    tellerName: w.teller_name,
    signedInAt: w.signed_in_at,
    pausedReason: w.paused ? w.paused_reason : null,
    pausedAt: w.paused ? w.paused_at : null,
    currentTicket: current ? ticketView(current, names) : null,
    consecutivePriorityCalls: w.consecutive_priority_calls,
  };
}

export async function windowsView(ex: Executor, counterId: string, names: TypeNames): Promise<WindowResponse[]> {
  const [windows, atWindows] = await Promise.all([windowRepository.list(ex, counterId), ticketRepository.listAtWindows(ex, counterId)]);
  const byWindow = new Map(atWindows.filter((t) => t.window_id).map((t) => [t.window_id!, t]));
  return windows.map((w) => windowView(w, byWindow.get(w.id), names));
}

export function localWindowState(w: WindowRow): { staffed: boolean; paused: boolean; vip: boolean; active: boolean } {
  return { staffed: !!w.teller_id, paused: w.paused === 1, vip: w.vip === 1, active: w.active === 1 };
}
