/**
 * Counter statistics: wait = first call − original issue time (kept across
 * transfers); service = finish − start. Seconds. Rates are shares in [0, 1], null without data.
 */
export interface StatTicket {
  status: string;
  originalIssuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Set on the ticket created by a transfer: it is not a newly issued ticket. */
  transferredFromId: string | null;
  rating: number | null;
}

export interface QueueStatsFigures {
  issued: number;
  served: number;
  noShow: number;
  avgWaitSeconds: number | null;
  maxWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  avgServiceSeconds: number | null;
  waitWithin15MinRate: number | null;
  serviceWithin15MinRate: number | null;
  satisfactionRate: number | null;
  ratings: number;
}

const secondsBetween = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 1000));
const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
const rate = (n: number, d: number) => (d ? Math.round((n / d) * 10_000) / 10_000 : null);

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function computeQueueStats(
  tickets: readonly StatTicket[],
  limits: { waitTargetMinutes: number; handlingLimitMinutes: number },
): QueueStatsFigures {
  const waits = tickets.filter((t) => t.calledAt).map((t) => secondsBetween(t.originalIssuedAt, t.calledAt!));
  const services = tickets.filter((t) => t.status === "finished" && t.startedAt && t.finishedAt).map((t) => secondsBetween(t.startedAt!, t.finishedAt!));
  const ratings = tickets.filter((t) => t.rating !== null).map((t) => t.rating!);
  return {
    issued: tickets.filter((t) => !t.transferredFromId).length,
    served: tickets.filter((t) => t.status === "finished").length,
    noShow: tickets.filter((t) => t.status === "noShow").length,
    avgWaitSeconds: avg(waits),
    maxWaitSeconds: waits.length ? Math.max(...waits) : null,
    p90WaitSeconds: percentile(waits, 90),
    avgServiceSeconds: avg(services),
    waitWithin15MinRate: rate(waits.filter((w) => w <= limits.waitTargetMinutes * 60).length, waits.length),
    serviceWithin15MinRate: rate(services.filter((s) => s <= limits.handlingLimitMinutes * 60).length, services.length),
    satisfactionRate: rate(ratings.filter((r) => r >= 4).length, ratings.length),
    ratings: ratings.length,
  };
}
