/**
 * Inspection templates as data (SafetyCulture-style checklists): sections of items, each with a
 * weight and what a failure requires (photo, comment). A template is versioned by code; inspections
 * keep the exact version they were run against.
 * Shipped: daily patrol (D-02 with etiquette items of P-16), end-of-day security check (D-04),
 * monthly safety inspection (D-05), environment standard (D-11, every item of seed 000 §4).
 */
import { DomainError } from "../shared/errors.js";

export type InspectionKind = "patrol" | "security_check" | "safety_monthly" | "environment" | "custom";

export interface InspectionTemplateItem {
  key: string;
  text: string;
  weight: number;
  requirePhotoOnFail: boolean;
  requireCommentOnFail: boolean;
  critical: boolean;
  ruleId?: string;
}

export interface InspectionTemplateSection {
  key: string;
  title: string;
  items: InspectionTemplateItem[];
}

export interface InspectionTemplateDef {
  code: string;
  name: string;
  kind: InspectionKind;
  description?: string;
  sections: InspectionTemplateSection[];
}

/** Every item of a template, in order. */
export function templateItems(t: { sections: readonly InspectionTemplateSection[] }): InspectionTemplateItem[] {
  return t.sections.flatMap((s) => s.items);
}

/** Keys must be unique across the whole template (answers refer to items by key). */
export function validateInspectionTemplate(t: InspectionTemplateDef): void {
  const seenSections = new Set<string>();
  const seenItems = new Set<string>();
  for (const s of t.sections) {
    if (seenSections.has(s.key)) throw new DomainError("validation", "duplicate_section_key", `Section key ${s.key} repeated`, { key: s.key });
    seenSections.add(s.key);
    for (const i of s.items) {
      if (seenItems.has(i.key)) throw new DomainError("validation", "duplicate_item_key", `Item key ${i.key} repeated`, { key: i.key });
      seenItems.add(i.key);
    }
  }
  if (seenItems.size === 0) throw new DomainError("validation", "template_empty", "A template needs at least one item");
}

type ItemSpec = [key: string, text: string, opts?: Partial<Omit<InspectionTemplateItem, "key" | "text">>];
const items = (specs: ItemSpec[], defaults: Partial<InspectionTemplateItem> = {}): InspectionTemplateItem[] =>
  specs.map(([key, text, opts]) => ({
    key,
    text,
    weight: 1,
    requirePhotoOnFail: false,
    requireCommentOnFail: true,
    critical: false,
    ...defaults,
    ...opts,
  }));

export const DAILY_PATROL_TEMPLATE: InspectionTemplateDef = {
  code: "daily-patrol",
  name: "每日巡检",
  kind: "patrol",
  description: "D-02 值班经理每日巡检：环境设施、机具开启、物料配备、柜面秩序、服务行为、服务纪律；P-16 着装仪容礼仪",
  sections: [
    {
      key: "environment",
      title: "环境设施",
      items: items([
        ["env.clean", "厅堂门窗、地面、墙面整洁，无杂物、无乱张贴"],
        ["env.light_temp", "照明充足无闪烁，室内温度适宜"],
        ["env.signs", "提醒指示标识、一米线、意见箱完好"],
      ], { ruleId: "D-02", requirePhotoOnFail: true }),
    },
    {
      key: "equipment",
      title: "机具开启",
      items: items([
        ["eq.queue", "叫号机、显示屏、评价器已开启并正常运行"],
        ["eq.counter", "柜面电脑、打印机、高拍仪/扫描仪正常"],
        ["eq.tv", "等候区电视、饮水设备正常"],
      ], { ruleId: "D-02" }),
    },
    {
      key: "materials",
      title: "物料配备",
      items: items([
        ["mat.forms", "单证、填写示范、签字笔齐备"],
        ["mat.publicity", "宣传资料齐全、未过期；反洗钱、反欺诈宣传材料已张贴"],
        ["mat.convenience", "老花镜、医药箱、雨伞等便民用品齐备"],
      ], { ruleId: "D-02" }),
    },
    {
      key: "order",
      title: "柜面秩序",
      items: items([
        ["ord.queue", "客户排队有序，等候区座位充足"],
        ["ord.guide", "咨询引导岗在岗，主动引导客户"],
      ], { ruleId: "D-02" }),
    },
    {
      key: "behaviour",
      title: "服务行为与礼仪",
      items: items([
        ["beh.dress", "着装统一规范，佩戴工牌", { ruleId: "P-16" }],
        ["beh.appearance", "仪容整洁，发型、妆容符合规范", { ruleId: "P-16" }],
        ["beh.greeting", "来有迎声、去有送声，微笑问候，使用服务用语", { ruleId: "P-16" }],
        ["beh.posture", "坐姿、站姿、手势符合礼仪标准", { ruleId: "P-16" }],
        ["beh.phone", "接听电话符合礼仪（三声内接起，不抢先挂断）", { ruleId: "P-16" }],
      ]),
    },
    {
      key: "discipline",
      title: "服务纪律",
      items: items([
        ["dis.post", "无擅自离岗、串岗、聊天、大声喧哗、吃零食"],
        ["dis.unrelated", "无与业务无关的操作（游戏、阅读无关书刊）"],
        ["dis.account", "不使用他人工号密码，离柜时退出系统"],
        ["dis.seal", "印章、重要单证专人保管，离柜上锁（K-01）", { ruleId: "K-01", critical: true }],
      ], { ruleId: "D-02" }),
    },
  ],
};

export const SECURITY_CHECK_TEMPLATE: InspectionTemplateDef = {
  code: "eod-security-check",
  name: "营业终了安全检查",
  kind: "security_check",
  description: "D-04 当日工作结束时对柜面大厅执行安全检查",
  sections: [
    {
      key: "power",
      title: "电源关闭",
      items: items([
        ["pw.devices", "办公机具电源已关闭"],
        ["pw.aircon", "空调已关闭"],
        ["pw.lights", "灯光已关闭（保留安防照明）"],
        ["pw.systems", "柜员已退出业务系统并关闭电脑（D-03）", { ruleId: "D-03" }],
      ], { ruleId: "D-04" }),
    },
    {
      key: "storage",
      title: "物品存放",
      items: items([
        ["st.seals", "印章、重要单证已入保险柜并上锁（K-01）", { ruleId: "K-01", critical: true }],
        ["st.files", "业务资料、客户资料已妥善存放，无遗落"],
        ["st.lost", "客户遗失物品已登记保管（D-10）", { ruleId: "D-10" }],
      ], { ruleId: "D-04" }),
    },
    {
      key: "fire",
      title: "消防安全",
      items: items([
        ["fi.hazard", "水、电、气、火无安全隐患", { critical: true, requirePhotoOnFail: true }],
        ["fi.doors", "门窗已关闭上锁，安防系统已布防"],
      ], { ruleId: "D-04" }),
    },
  ],
};

export const SAFETY_MONTHLY_TEMPLATE: InspectionTemplateDef = {
  code: "monthly-safety",
  name: "月度安全隐患排查",
  kind: "safety_monthly",
  description: "D-05 每月会同综合管理部门开展安全隐患排查",
  sections: [
    {
      key: "fire",
      title: "消防",
      items: items([
        ["sf.extinguisher", "灭火器在有效期内、压力正常、位置醒目"],
        ["sf.exits", "安全出口、疏散通道畅通，应急照明有效"],
        ["sf.wiring", "线路无老化、无私拉乱接，插座无过载"],
      ], { ruleId: "D-05", requirePhotoOnFail: true }),
    },
    {
      key: "security",
      title: "安防",
      items: items([
        ["sc.cctv", "监控设备运行正常，录像保存期限符合要求"],
        ["sc.alarm", "报警装置测试有效"],
        ["sc.safe", "保险柜完好，密码、钥匙分人保管", { critical: true }],
      ], { ruleId: "D-05" }),
    },
    {
      key: "facilities",
      title: "设施",
      items: items([
        ["fa.building", "门窗、玻璃、天花、地面无破损或坠落风险"],
        ["fa.accessibility", "无障碍通道完好、通行顺畅"],
        ["fa.emergency_kit", "医药箱物品齐全、在有效期内"],
      ], { ruleId: "D-05" }),
    },
  ],
};

export const ENVIRONMENT_STANDARD_TEMPLATE: InspectionTemplateDef = {
  code: "environment-standard",
  name: "柜面服务环境标准检查",
  kind: "environment",
  description: "D-11 服务环境标准（外部环境、内部环境），逐项对应制度第四部分",
  sections: [
    {
      key: "ext.location",
      title: "外部环境·地理位置",
      items: items([
        ["ext.loc.area", "地段交通便利、周边环境清洁、便于停靠车辆"],
        ["ext.loc.signage", "一层临街设门头店招/户外广告牌；非一层在楼宇内外醒目位置设指引标识"],
      ]),
    },
    {
      key: "ext.access",
      title: "外部环境·无障碍设施",
      items: items([
        ["ext.acc.ramp", "门口台阶高于5cm时设残障人员通道，坡度30度以下，通行顺畅", { requirePhotoOnFail: true }],
        ["ext.acc.sign", "无障碍通道醒目位置张贴标识"],
      ]),
    },
    {
      key: "ext.hygiene",
      title: "外部环境·外部卫生",
      items: items([
        ["ext.hy.entrance", "正门路面/门前走廊清洁，无垃圾污渍；雨雪天气或检修时摆放警示牌"],
        ["ext.hy.walls", "外墙、门窗、玻璃、台阶、地面无损坏、无污迹、无杂物、无乱张贴"],
        ["ext.hy.glass", "玻璃防撞带和大门推拉标识完整，无翘卷边"],
      ]),
    },
    {
      key: "ext.publicity",
      title: "外部环境·外部宣传",
      items: items([
        ["ext.pub.mount", "宣传设施装贴整齐、悬挂规范、位置合理"],
        ["ext.pub.text", "用字规范、整洁完好，无歪斜、污损、缺字、褪色"],
        ["ext.pub.display", "营业时间正常显示，内容合规，无过期宣传内容"],
      ]),
    },
    {
      key: "ext.plates",
      title: "外部环境·网点标牌",
      items: items([
        ["ext.pl.standard", "标识设计和比例符合公司规范，采用标准组合样式"],
        ["ext.pl.storefront", "门头店招完整干净、灯饰完好；二层及以上设楼层指示标牌"],
        ["ext.pl.name", "公司名称标牌统一标准、版面整洁完好"],
        ["ext.pl.hours", "营业时间牌明示机构名称、营业时间，版面无歪斜"],
      ]),
    },
    {
      key: "int.hygiene",
      title: "内部环境·内部卫生",
      items: items([
        ["int.hy.hall", "厅堂门、窗、玻璃、墙壁洁净明亮、无损坏、无乱张贴"],
        ["int.hy.floor", "地面无灰尘、污渍、纸屑、杂物，无卫生死角"],
        ["int.hy.stairs", "楼梯楼道无污迹、无杂物堆积"],
        ["int.hy.bins", "废纸桶、垃圾桶无异味、无外溢、无蚊虫"],
        ["int.hy.toilet", "卫生间清洁无异味、无积水、无杂物"],
      ]),
    },
    {
      key: "int.light",
      title: "内部环境·采光照明与温度",
      items: items([
        ["int.li.light", "光线及照明充足，灯具无损坏或闪烁"],
        ["int.li.temp", "配备冷暖设备，室内温度适宜"],
      ]),
    },
    {
      key: "int.zones",
      title: "内部环境·柜面分区设置",
      items: items([
        ["int.zo.guide", "咨询引导区：电话、电脑、欢迎牌、客户吧椅、欢迎地垫齐备，物品摆放整齐"],
        ["int.zo.wait_seats", "客户等候区：座椅充足整洁无破损，设爱心座椅，通道畅通"],
        ["int.zo.wait_items", "客户等候区：电视、饮水设备、报刊架、意见箱、服务承诺、老花镜、针线包、雨衣雨伞、医药箱齐备"],
        ["int.zo.wait_services", "客户等候区：一次性饮水用具、WiFi、填写台（签字笔、单证、填写示范）整洁"],
        ["int.zo.magazines", "报刊架：杂志更新不超过一个月，报纸更新不超过一周"],
        ["int.zo.tv", "液晶电视等多媒体设备干净、正常运行，播放内容合规"],
        ["int.zo.publicity", "公众宣传区：宣传物料充足整齐、及时更新、无过期、无误导内容"],
        ["int.zo.notices", "承诺类、流程类、服务及投诉电话公示；反欺诈、反洗钱、打击非法集资宣传材料已张贴"],
        ["int.zo.counter", "柜面作业区：设备齐备，岗位名称标识整洁，设“值班经理”铭牌"],
        ["int.zo.desk", "桌面整洁无单证凌乱，桌下除主机外无杂物，客户视野内无私人用品"],
        ["int.zo.line", "一米线完整无破损卷翘，排队隔离带摆放整齐"],
        ["int.zo.opinion", "明显位置设客户意见箱，干净整洁并配意见卡"],
        ["int.zo.vip", "3人及以上柜面设VIP客户受理窗口及“VIP客户优先服务”标识"],
        ["int.zo.business", "商务洽谈区桌椅、沙发、报刊架等齐备，干净整洁"],
        ["int.zo.staff", "员工休息区可供服装、仪容整理"],
      ]),
    },
    {
      key: "int.signs",
      title: "内部环境·提醒指示标识",
      items: items([
        ["int.si.reminders", "“请勿吸烟”“已进入监控区域”“WIFI覆盖”等提示统一规范"],
        ["int.si.office", "与办公区共享大厅时，两区互通处有明显提示"],
      ]),
    },
    {
      key: "int.wiring",
      title: "内部环境·机具布线",
      items: items([["int.wi.tidy", "设备、工作台面和台下布线整齐隐蔽，不暴露电源插孔", { requirePhotoOnFail: true }]]),
    },
    {
      key: "int.fire",
      title: "内部环境·消防安全",
      items: items([["int.fi.safe", "水、电、气、火无安全隐患，配备灭火器等消防设施", { critical: true, requirePhotoOnFail: true }]]),
    },
    {
      key: "int.epidemic",
      title: "内部环境·卫生防疫",
      items: items([["int.ep.measures", "落实防疫要求：清理垃圾、消毒、通风等"]]),
    },
  ].map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, ruleId: i.ruleId ?? "D-11" })) })),
};

export const SHIPPED_INSPECTION_TEMPLATES: readonly InspectionTemplateDef[] = [
  DAILY_PATROL_TEMPLATE,
  SECURITY_CHECK_TEMPLATE,
  SAFETY_MONTHLY_TEMPLATE,
  ENVIRONMENT_STANDARD_TEMPLATE,
];
