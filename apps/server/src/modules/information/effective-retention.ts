/** I-01 the retention period that applies to a unit: its own setting, else the nearest unit above's, else the default. */
import { DEFAULT_RETENTION_MONTHS, RECORD_TYPES, type RecordType, ancestorIds } from "@ccms/core";
import { type Executor, type OrgUnit, retentionRepository } from "@ccms/db";

export interface EffectiveRetention {
  recordType: RecordType;
  months: number;
  defaultMonths: number;
  source: "default" | "unit" | "inherited";
}

export async function effectiveRetention(ex: Executor, unit: OrgUnit): Promise<EffectiveRetention[]> {
  const chain = ancestorIds(unit.path); // root … unit
  const rows = await retentionRepository.listForUnits(ex, chain);
  return RECORD_TYPES.map((recordType) => {
    for (let i = chain.length - 1; i >= 0; i--) {
      const row = rows.find((r) => r.org_unit_id === chain[i] && r.record_type === recordType);
      if (row) return { recordType, months: row.months, defaultMonths: DEFAULT_RETENTION_MONTHS[recordType], source: chain[i] === unit.id ? ("unit" as const) : ("inherited" as const) };
    }
    return { recordType, months: DEFAULT_RETENTION_MONTHS[recordType], defaultMonths: DEFAULT_RETENTION_MONTHS[recordType], source: "default" as const };
  });
}
