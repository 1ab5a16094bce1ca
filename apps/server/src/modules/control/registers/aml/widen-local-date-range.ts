/** A local date range (Asia/Shanghai) as UTC instants: from 00:00 on `from` to just before 00:00 after `to`. */
import { addDays, zonedInstant } from "@ccms/core";

export function widenLocalDateRange(from?: string, to?: string): { from: string | undefined; to: string | undefined } {
  return {
    from: from ? zonedInstant(from, "00:00", "Asia/Shanghai").toISOString() : undefined,
    to: to ? zonedInstant(addDays(to, 1), "00:00", "Asia/Shanghai", -1).toISOString() : undefined,
  };
}
