/**
 * 011 rules the seeds demand, enforced (issue 11) and the day's order (issue 10 item 3):
 * - per-counter service targets (peak periods per weekday, wait targets 15/30 min,
 *   satisfaction 90%, appointment early/grace minutes);
 * - D-06 reopened business days (the close as it was, the reason, who);
 * - service alerts raised by the interval job (Q-07, Q-09, CAL-03, D-06 missed close), once each;
 * - permissions: the counter manager records the investigation and result on a finding at the
 *   counter (D-06, seed 001 九 客户服务中心经理/柜面主管要立即组织核查) and reopens a closed day.
 */
import type { MigrationDb } from "./migration-db.js";
import { createTableFromSpec, grantDefaults } from "../daily-ops/migration-helpers.js";
import type { Migration } from "./migration-db.js";

export const RULES_ENFORCED_ACTIONS = ["finding.investigate", "dailyops.reopenDay"] as const;

export const m011RulesEnforced: Migration = {
  id: "011-rules-enforced",
  async up(db: MigrationDb) {
    await createTableFromSpec(db, "counter_service_targets", [
      ["counter_id", "text", "pk"],
      ["peak_periods", "text"],
      ["off_peak_wait_minutes", "integer", "nn"],
      ["peak_wait_minutes", "integer", "nn"],
      ["satisfaction_target_percent", "integer", "nn"],
      ["appointment_early_minutes", "integer", "nn"],
      ["appointment_grace_minutes", "integer", "nn"],
      ["updated_at", "text", "nn"],
      ["updated_by", "text"],
    ]);
    await createTableFromSpec(db, "daily_close_reopens", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["business_date", "text", "nn"],
      ["close_id", "text", "nn"],
      ["close_snapshot", "text", "nn"],
      ["reason", "text", "nn"],
      ["reopened_by", "text", "nn"],
      ["reopened_at", "text", "nn"],
    ]);
    await db.schema.createIndex("daily_close_reopens_counter_idx").on("daily_close_reopens").columns(["counter_id", "business_date"]).execute();
    await createTableFromSpec(db, "service_alerts", [
      ["id", "text", "pk"],
      ["counter_id", "text", "nn"],
      ["business_date", "text", "nn"],
      ["kind", "text", "nn"],
      ["alert_key", "text", "nn"],
      ["severity", "text", "nn"],
      ["data", "text", "nn"],
      ["raised_at", "text", "nn"],
    ]);
    await db.schema.createIndex("service_alerts_once_idx").on("service_alerts").columns(["counter_id", "business_date", "kind", "alert_key"]).unique().execute();
    await grantDefaults(db, {
      counterManager: ["finding.read", "finding.investigate", "dailyops.reopenDay"],
    });
  },
};
