import { describe, expect, it } from "vitest";
import { type CallingWindow, type QueuedTicket, effectivePriority, nextConsecutivePriorityCalls, orderQueue, pickNextTicket, waitingAheadOf } from "./call-next-ticket.js";

const NOW = new Date("2026-03-10T02:00:00Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
const t = (id: string, priority: QueuedTicket["priority"], waitedMin: number, businessType = "claim", targetWindowId: string | null = null): QueuedTicket => ({
  id,
  priority,
  businessType,
  originalIssuedAt: minutesAgo(waitedMin),
  targetWindowId,
});
const settings = { normalWaitLimitMinutes: 20, maxConsecutivePriorityCalls: 3 };
const win = (over: Partial<CallingWindow> = {}): CallingWindow => ({ id: "w1", businessTypes: ["claim", "enquiry"], vip: false, greenChannel: false, consecutivePriorityCalls: 0, ...over });

describe("Q-03 call order", () => {
  const cases: Array<{ name: string; tickets: QueuedTicket[]; window?: Partial<CallingWindow>; expected: string | null; reason?: string }> = [
    { name: "nobody waiting gives null", tickets: [], expected: null },
    { name: "only types the window serves", tickets: [t("a", "vip", 1, "new_business")], expected: null },
    { name: "Q-03 VIP before green before appointment before normal", tickets: [t("n", "normal", 10), t("ap", "appointment", 5), t("g", "green", 4), t("v", "vip", 1)], expected: "v", reason: "priority" },
    { name: "Q-03 green before appointment", tickets: [t("n", "normal", 10), t("ap", "appointment", 5), t("g", "green", 4)], expected: "g" },
    { name: "Q-03 appointment before normal", tickets: [t("n", "normal", 10), t("ap", "appointment", 5)], expected: "ap" },
    { name: "same class: earlier original issue first", tickets: [t("n2", "normal", 3), t("n1", "normal", 9)], expected: "n1", reason: "normal" },
    { name: "Q-03 a green-channel window serves green before VIP", tickets: [t("v", "vip", 5), t("g", "green", 1)], window: { greenChannel: true }, expected: "g" },
    { name: "Q-03 a VIP window serves VIP first", tickets: [t("g", "green", 5), t("v", "vip", 1)], window: { vip: true }, expected: "v" },
    {
      name: "Q-03 anti-starvation: a normal ticket past the wait limit goes before VIP",
      tickets: [t("v", "vip", 1), t("n", "normal", 21)],
      expected: "n",
      reason: "starvation_wait",
    },
    { name: "Q-03 anti-starvation: exactly at the limit counts", tickets: [t("v", "vip", 1), t("n", "normal", 20)], expected: "n", reason: "starvation_wait" },
    { name: "Q-03 below the limit the VIP goes first", tickets: [t("v", "vip", 1), t("n", "normal", 19)], expected: "v" },
    {
      name: "Q-03 anti-starvation: after K consecutive priority calls a normal ticket is next",
      tickets: [t("v", "vip", 1), t("n", "normal", 2)],
      window: { consecutivePriorityCalls: 3 },
      expected: "n",
      reason: "starvation_streak",
    },
    { name: "Q-03 K-1 priority calls: still priority", tickets: [t("v", "vip", 1), t("n", "normal", 2)], window: { consecutivePriorityCalls: 2 }, expected: "v" },
    { name: "streak with no normal waiting: priority continues", tickets: [t("v", "vip", 1)], window: { consecutivePriorityCalls: 9 }, expected: "v" },
    {
      name: "starving normals: the oldest first",
      tickets: [t("n1", "normal", 25), t("n2", "normal", 40), t("v", "vip", 1)],
      expected: "n2",
    },
    { name: "a ticket transferred to this window is served first", tickets: [t("v", "vip", 1), t("x", "normal", 2, "complaint", "w1")], expected: "x", reason: "transfer" },
    { name: "a ticket transferred to another window is not called here", tickets: [t("x", "vip", 30, "claim", "w2")], expected: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const pick = pickNextTicket(c.tickets, win(c.window), settings, NOW);
      expect(pick?.ticket.id ?? null).toBe(c.expected);
      if (c.reason) expect(pick?.reason).toBe(c.reason);
    });
  }

  it("Q-03 a stream of VIPs never starves a normal ticket (K = 3)", () => {
    let streak = 0;
    const waiting = [t("n", "normal", 1), ...Array.from({ length: 10 }, (_, i) => t(`v${i}`, "vip", 0))];
    const order: string[] = [];
    while (waiting.length) {
      const pick = pickNextTicket(waiting, win({ consecutivePriorityCalls: streak }), settings, NOW)!;
      order.push(pick.ticket.id);
      streak = nextConsecutivePriorityCalls(streak, pick.ticket.priority);
      waiting.splice(waiting.indexOf(pick.ticket), 1);
    }
    expect(order.indexOf("n")).toBe(3);
  });

  it("counter-wide order puts starving normals first, then classes", () => {
    const q = orderQueue([t("n", "normal", 2), t("old", "normal", 30), t("g", "green", 1), t("v", "vip", 1)], settings, NOW);
    expect(q.map((x) => x.id)).toEqual(["old", "v", "g", "n"]);
  });

  it("Q-02 waiting ahead counts the same type only, in call order", () => {
    const list = [t("a", "normal", 5), t("b", "normal", 4, "enquiry"), t("v", "vip", 1), t("me", "normal", 0)];
    expect(waitingAheadOf(list, "me", settings, NOW)).toBe(2);
    expect(waitingAheadOf(list, "v", settings, NOW)).toBe(0);
  });
});

describe("Q-03 fairness for appointments", () => {
  // Slot 10:00–10:30 local = 02:00–02:30Z; NOW is 02:00Z.
  const slotAt = (startMin: number, lenMin = 30) => ({
    startsAt: new Date(NOW.getTime() + startMin * 60_000).toISOString(),
    endsAt: new Date(NOW.getTime() + (startMin + lenMin) * 60_000).toISOString(),
  });
  const ap = (id: string, waitedMin: number, startMin: number, lenMin = 30): QueuedTicket => ({ ...t(id, "appointment", waitedMin), appointmentSlot: slotAt(startMin, lenMin) });
  const cases: Array<{ name: string; tickets: QueuedTicket[]; window?: Partial<CallingWindow>; expected: string; reason?: string; s?: Partial<typeof settings & { appointmentEarlyMinutes: number; appointmentGraceMinutes: number }> }> = [
    { name: "Q-03 an appointment inside its slot goes before normal", tickets: [t("n", "normal", 10), ap("a", 2, -5)], expected: "a", reason: "priority" },
    { name: "Q-03 an early arrival waits as normal until the slot starts", tickets: [t("n", "normal", 10), ap("a", 12, 20)], expected: "a", reason: "normal" },
    { name: "Q-03 an early arrival behind an older normal", tickets: [t("n", "normal", 10), ap("a", 2, 20)], expected: "n", reason: "normal" },
    { name: "Q-03 early window setting: priority 30 minutes before the slot", tickets: [t("n", "normal", 10), ap("a", 2, 20)], s: { appointmentEarlyMinutes: 30 }, expected: "a", reason: "priority" },
    { name: "Q-03 a late arrival keeps priority within the grace period", tickets: [t("n", "normal", 10), ap("a", 2, -40)], expected: "a", reason: "priority" },
    { name: "Q-03 a late arrival past the grace period waits as normal", tickets: [t("n", "normal", 10), ap("a", 2, -50)], expected: "n", reason: "normal" },
    { name: "Q-03 grace setting of 30 minutes keeps it", tickets: [t("n", "normal", 10), ap("a", 2, -50)], s: { appointmentGraceMinutes: 30 }, expected: "a" },
    {
      name: "Q-03 an appointment past the wait limit goes before a VIP stream (anti-starvation)",
      tickets: [t("v", "vip", 1), ap("a", 21, -25)],
      expected: "a",
      reason: "starvation_wait",
    },
    {
      name: "Q-03 after K VIP calls an appointment is next like a normal ticket",
      tickets: [t("v", "vip", 1), t("g", "green", 1), ap("a", 3, -5)],
      window: { consecutivePriorityCalls: 3 },
      expected: "a",
      reason: "starvation_streak",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const pick = pickNextTicket(c.tickets, win(c.window), { ...settings, ...c.s }, NOW);
      expect(pick?.ticket.id ?? null).toBe(c.expected);
      if (c.reason) expect(pick?.reason).toBe(c.reason);
    });
  }

  it("Q-03 a stream of VIPs starves neither the appointment nor the normal ticket (K = 3)", () => {
    let streak = 0;
    const waiting: QueuedTicket[] = [t("n", "normal", 2), ap("a", 1, -5), ...Array.from({ length: 10 }, (_, i) => t(`v${i}`, "vip", 0))];
    const order: string[] = [];
    while (waiting.length) {
      const pick = pickNextTicket(waiting, win({ consecutivePriorityCalls: streak }), settings, NOW)!;
      order.push(pick.ticket.id);
      streak = nextConsecutivePriorityCalls(streak, effectivePriority(pick.ticket, settings, NOW));
      waiting.splice(waiting.indexOf(pick.ticket), 1);
    }
    // The older normal after 3 VIPs, then the appointment after 3 more (before: never, until its wait limit).
    expect(order.indexOf("n")).toBe(3);
    expect(order.indexOf("a")).toBe(7);
  });
});
