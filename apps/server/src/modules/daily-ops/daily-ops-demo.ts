/** Demo data for daily operations and internal control at 天河: equipment, seals, document ranges. (Templates ship with migration 004.) */
import { serialRangeQuantity } from "@ccms/core";
import { controlItemRepository, equipmentRepository, userRepository } from "@ccms/db";
import { ulid } from "ulid";
import type { DemoOrg } from "../org/demo-org.js";
import type { AppContext } from "../../context.js";

export async function loadDailyOpsDemo(ctx: AppContext, org: DemoOrg): Promise<void> {
  const ex = ctx.database.db;
  const tianhe = org.counterIds[0];
  if (!tianhe) return;
  if ((await equipmentRepository.countAtCounter(ex, tianhe)) > 0) return;
  const manager = await userRepository.findByUsername(ex, "manager");
  const duty = await userRepository.findByUsername(ex, "duty");
  if (!manager || !duty) return;
  const now = ctx.clock.now().toISOString();
  const equipment: Array<[string, string, string, string]> = [
    ["叫号机", "排队设备", "大厅入口", duty.id],
    ["评价器 1号窗", "排队设备", "1号窗口", duty.id],
    ["高拍仪 1号窗", "柜面机具", "1号窗口", duty.id],
    ["打印机 HP M404", "柜面机具", "柜台", duty.id],
    ["液晶电视 等候区", "多媒体", "等候区", manager.id],
    ["空调 大厅", "环境设备", "大厅", manager.id],
  ];
  for (const [name, category, location, owner] of equipment) {
    await equipmentRepository.insert(ex, {
      id: ulid(),
      counter_id: tianhe,
      name,
      category,
      model: null,
      serial_no: null,
      location,
      responsible_user_id: owner,
      maintainer: "广州信达设备维保有限公司",
      maintainer_contact: "020-00000000",
      active: 1,
      created_at: now,
      updated_at: now,
    });
  }
  const items: Array<{ kind: "seal" | "document"; type: string; name: string; from?: string; to?: string }> = [
    { kind: "seal", type: "业务专用章", name: "天河客户服务中心业务专用章" },
    { kind: "seal", type: "现金收讫章", name: "现金收讫章" },
    { kind: "document", type: "保险单", name: "个人保险单", from: "00010001", to: "00010100" },
    { kind: "document", type: "发票", name: "保费发票", from: "20260001", to: "20260200" },
    { kind: "document", type: "批单", name: "保全批单", from: "5001", to: "5050" },
  ];
  for (const it of items) {
    const id = ulid();
    await controlItemRepository.insert(ex, {
      id,
      counter_id: tianhe,
      kind: it.kind,
      item_type: it.type,
      name: it.name,
      prefix: null,
      serial_from: it.from ?? null,
      serial_to: it.to ?? null,
      quantity: it.from && it.to ? serialRangeQuantity({ from: it.from, to: it.to }) : 1,
      custodian_id: manager.id,
      in_safe: 1,
      status: "active",
      parent_id: null,
      created_at: now,
      updated_at: now,
    });
    await controlItemRepository.insertMovement(ex, {
      id: ulid(),
      item_id: id,
      counter_id: tianhe,
      kind: "registered",
      from_user_id: null,
      to_user_id: manager.id,
      counted: 1,
      serial_from: it.from ?? null,
      serial_to: it.to ?? null,
      note: "已清点",
      by_id: manager.id,
      at: now,
    });
  }
}
