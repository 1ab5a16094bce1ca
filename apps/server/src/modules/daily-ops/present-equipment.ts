/** D-08 equipment and faults as the contracts show them. */
import { type FaultStatus, isFaultOpen } from "@ccms/core";
import type { EquipmentResponse, FaultResponse } from "@ccms/contracts";
import { type EquipmentFaultRow, type EquipmentRow, type Executor, equipmentFaultRepository, equipmentRepository } from "@ccms/db";
import { parseJson } from "./parse-json.js";
import { usersByIds } from "./staff-in-scope.js";

export type FaultLog = Array<{ at: string; byId: string; status: FaultStatus; note?: string }>;

export async function presentEquipment(ex: Executor, rows: EquipmentRow[]): Promise<EquipmentResponse[]> {
  const names = await usersByIds(ex, rows.map((r) => r.responsible_user_id));
  const faults = await equipmentFaultRepository.listAtCounters(ex, [...new Set(rows.map((r) => r.counter_id))]);
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    name: r.name,
    category: r.category,
    model: r.model,
    serialNo: r.serial_no,
    location: r.location,
    responsibleUserId: r.responsible_user_id,
    responsibleName: names.get(r.responsible_user_id)?.displayName ?? null,
    maintainer: r.maintainer,
    maintainerContact: r.maintainer_contact,
    active: r.active === 1,
    openFaults: faults.filter((f) => f.equipment_id === r.id && isFaultOpen(f.status)).length,
    createdAt: r.created_at,
  }));
}

export async function presentFaults(ex: Executor, rows: EquipmentFaultRow[]): Promise<FaultResponse[]> {
  const eq = new Map<string, string>();
  for (const r of rows) if (!eq.has(r.equipment_id)) eq.set(r.equipment_id, (await equipmentRepository.findById(ex, r.equipment_id))?.name ?? "");
  return rows.map((r) => ({
    id: r.id,
    equipmentId: r.equipment_id,
    equipmentName: eq.get(r.equipment_id) ?? "",
    counterId: r.counter_id,
    description: r.description,
    status: r.status,
    maintainer: r.maintainer,
    reportedById: r.reported_by,
    reportedAt: r.reported_at,
    repairedAt: r.repaired_at,
    log: parseJson<FaultLog>(r.log, []),
  }));
}
