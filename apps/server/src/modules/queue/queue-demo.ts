/** Demo data: windows (天河 1–5, window 1 VIP, window 5 green channel; 越秀 1–3), default types and settings, appointment slots. */
import { WEEKDAYS } from "@ccms/core";
import { appointmentRepository, windowRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { DemoOrg } from "../org/demo-org.js";
import type { AppContext } from "../../context.js";
import { ensureCounterSetup } from "./ensure-counter-setup.js";

const ALL = ["new_business", "policy_service", "claim", "enquiry", "complaint"];

export async function loadQueueDemo(ctx: AppContext, org: DemoOrg): Promise<void> {
  const [tianhe, yuexiu] = org.counterIds;
  const at = ctx.clock.now().toISOString();
  const plan: Array<[string | undefined, Array<{ number: number; types: string[]; vip?: boolean; green?: boolean; name?: string }>]> = [
    [
      tianhe,
      [
        { number: 1, types: ALL, vip: true, name: "VIP" },
        { number: 2, types: ["new_business", "policy_service"] },
        { number: 3, types: ["policy_service", "claim"] },
        { number: 4, types: ["claim", "enquiry", "complaint"] },
        { number: 5, types: ALL, green: true, name: "绿色通道" },
      ],
    ],
    [
      yuexiu,
      [
        { number: 1, types: ALL, vip: true, name: "VIP" },
        { number: 2, types: ["new_business", "policy_service", "enquiry"] },
        { number: 3, types: ["claim", "complaint", "enquiry"] },
      ],
    ],
  ];
  for (const [counterId, windows] of plan) {
    if (!counterId) continue;
    await ensureCounterSetup(ctx, counterId);
    await ctx.tx(async (tx) => {
      for (const w of windows) {
        if (await windowRepository.findByNumber(tx, counterId, w.number)) continue;
        await windowRepository.insert(tx, {
          id: ulid(),
          counter_id: counterId,
          number: w.number,
          name: w.name ?? null,
          business_types: JSON.stringify(w.types),
          vip: w.vip ? 1 : 0,
          green_channel: w.green ? 1 : 0,
          active: 1,
          teller_id: null,
          teller_name: null,
          signed_in_at: null,
          paused: 0,
          paused_reason: null,
          paused_at: null,
          consecutive_priority_calls: 0,
          created_at: at,
          updated_at: at,
        });
      }
      if ((await appointmentRepository.listSlots(tx, counterId)).length > 0) return;
      const weekdays = JSON.stringify(WEEKDAYS.slice(0, 5));
      const slots: Array<[string, string, string, number, string | null]> = [
        ["elderly", "09:00", "09:30", 3, "policy_service"],
        ["elderly", "10:00", "10:30", 3, "policy_service"],
        ["elderly", "14:00", "14:30", 3, "claim"],
        ["vipRoom", "15:00", "16:00", 1, "new_business"],
      ];
      for (const [kind, start, end, capacity, type] of slots) {
        await appointmentRepository.insertSlot(tx, {
          id: ulid(),
          counter_id: counterId,
          kind,
          weekdays,
          start_time: start,
          end_time: end,
          capacity,
          business_type: type,
          active: 1,
          created_at: at,
          updated_at: at,
        });
      }
    });
  }
}
