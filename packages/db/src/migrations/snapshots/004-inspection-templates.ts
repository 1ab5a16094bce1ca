/**
 * Migration 004's own data: the shipped inspection templates (D-02 with P-16, D-04, D-05, D-11), version 1,
 * as they were shipped (a literal snapshot, issue 12 item 6). Never edit: a changed template is a new
 * version written by a new migration.
 */
export interface ShippedTemplate004 {
  code: string;
  name: string;
  kind: string;
  description?: string | null;
  sections: unknown;
}

export const INSPECTION_TEMPLATES_004: readonly ShippedTemplate004[] = [
  {
    "code": "daily-patrol",
    "name": "每日巡检",
    "kind": "patrol",
    "description": "D-02 值班经理每日巡检：环境设施、机具开启、物料配备、柜面秩序、服务行为、服务纪律；P-16 着装仪容礼仪",
    "sections": [
      {
        "key": "environment",
        "title": "环境设施",
        "items": [
          {
            "key": "env.clean",
            "text": "厅堂门窗、地面、墙面整洁，无杂物、无乱张贴",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "env.light_temp",
            "text": "照明充足无闪烁，室内温度适宜",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "env.signs",
            "text": "提醒指示标识、一米线、意见箱完好",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          }
        ]
      },
      {
        "key": "equipment",
        "title": "机具开启",
        "items": [
          {
            "key": "eq.queue",
            "text": "叫号机、显示屏、评价器已开启并正常运行",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "eq.counter",
            "text": "柜面电脑、打印机、高拍仪/扫描仪正常",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "eq.tv",
            "text": "等候区电视、饮水设备正常",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          }
        ]
      },
      {
        "key": "materials",
        "title": "物料配备",
        "items": [
          {
            "key": "mat.forms",
            "text": "单证、填写示范、签字笔齐备",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "mat.publicity",
            "text": "宣传资料齐全、未过期；反洗钱、反欺诈宣传材料已张贴",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "mat.convenience",
            "text": "老花镜、医药箱、雨伞等便民用品齐备",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          }
        ]
      },
      {
        "key": "order",
        "title": "柜面秩序",
        "items": [
          {
            "key": "ord.queue",
            "text": "客户排队有序，等候区座位充足",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "ord.guide",
            "text": "咨询引导岗在岗，主动引导客户",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          }
        ]
      },
      {
        "key": "behaviour",
        "title": "服务行为与礼仪",
        "items": [
          {
            "key": "beh.dress",
            "text": "着装统一规范，佩戴工牌",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "P-16"
          },
          {
            "key": "beh.appearance",
            "text": "仪容整洁，发型、妆容符合规范",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "P-16"
          },
          {
            "key": "beh.greeting",
            "text": "来有迎声、去有送声，微笑问候，使用服务用语",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "P-16"
          },
          {
            "key": "beh.posture",
            "text": "坐姿、站姿、手势符合礼仪标准",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "P-16"
          },
          {
            "key": "beh.phone",
            "text": "接听电话符合礼仪（三声内接起，不抢先挂断）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "P-16"
          }
        ]
      },
      {
        "key": "discipline",
        "title": "服务纪律",
        "items": [
          {
            "key": "dis.post",
            "text": "无擅自离岗、串岗、聊天、大声喧哗、吃零食",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "dis.unrelated",
            "text": "无与业务无关的操作（游戏、阅读无关书刊）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "dis.account",
            "text": "不使用他人工号密码，离柜时退出系统",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-02"
          },
          {
            "key": "dis.seal",
            "text": "印章、重要单证专人保管，离柜上锁（K-01）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": true,
            "ruleId": "K-01"
          }
        ]
      }
    ]
  },
  {
    "code": "eod-security-check",
    "name": "营业终了安全检查",
    "kind": "security_check",
    "description": "D-04 当日工作结束时对柜面大厅执行安全检查",
    "sections": [
      {
        "key": "power",
        "title": "电源关闭",
        "items": [
          {
            "key": "pw.devices",
            "text": "办公机具电源已关闭",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-04"
          },
          {
            "key": "pw.aircon",
            "text": "空调已关闭",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-04"
          },
          {
            "key": "pw.lights",
            "text": "灯光已关闭（保留安防照明）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-04"
          },
          {
            "key": "pw.systems",
            "text": "柜员已退出业务系统并关闭电脑（D-03）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-03"
          }
        ]
      },
      {
        "key": "storage",
        "title": "物品存放",
        "items": [
          {
            "key": "st.seals",
            "text": "印章、重要单证已入保险柜并上锁（K-01）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": true,
            "ruleId": "K-01"
          },
          {
            "key": "st.files",
            "text": "业务资料、客户资料已妥善存放，无遗落",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-04"
          },
          {
            "key": "st.lost",
            "text": "客户遗失物品已登记保管（D-10）",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-10"
          }
        ]
      },
      {
        "key": "fire",
        "title": "消防安全",
        "items": [
          {
            "key": "fi.hazard",
            "text": "水、电、气、火无安全隐患",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": true,
            "ruleId": "D-04"
          },
          {
            "key": "fi.doors",
            "text": "门窗已关闭上锁，安防系统已布防",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-04"
          }
        ]
      }
    ]
  },
  {
    "code": "monthly-safety",
    "name": "月度安全隐患排查",
    "kind": "safety_monthly",
    "description": "D-05 每月会同综合管理部门开展安全隐患排查",
    "sections": [
      {
        "key": "fire",
        "title": "消防",
        "items": [
          {
            "key": "sf.extinguisher",
            "text": "灭火器在有效期内、压力正常、位置醒目",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          },
          {
            "key": "sf.exits",
            "text": "安全出口、疏散通道畅通，应急照明有效",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          },
          {
            "key": "sf.wiring",
            "text": "线路无老化、无私拉乱接，插座无过载",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          }
        ]
      },
      {
        "key": "security",
        "title": "安防",
        "items": [
          {
            "key": "sc.cctv",
            "text": "监控设备运行正常，录像保存期限符合要求",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          },
          {
            "key": "sc.alarm",
            "text": "报警装置测试有效",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          },
          {
            "key": "sc.safe",
            "text": "保险柜完好，密码、钥匙分人保管",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": true,
            "ruleId": "D-05"
          }
        ]
      },
      {
        "key": "facilities",
        "title": "设施",
        "items": [
          {
            "key": "fa.building",
            "text": "门窗、玻璃、天花、地面无破损或坠落风险",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          },
          {
            "key": "fa.accessibility",
            "text": "无障碍通道完好、通行顺畅",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          },
          {
            "key": "fa.emergency_kit",
            "text": "医药箱物品齐全、在有效期内",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-05"
          }
        ]
      }
    ]
  },
  {
    "code": "environment-standard",
    "name": "柜面服务环境标准检查",
    "kind": "environment",
    "description": "D-11 服务环境标准（外部环境、内部环境），逐项对应制度第四部分",
    "sections": [
      {
        "key": "ext.location",
        "title": "外部环境·地理位置",
        "items": [
          {
            "key": "ext.loc.area",
            "text": "地段交通便利、周边环境清洁、便于停靠车辆",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.loc.signage",
            "text": "一层临街设门头店招/户外广告牌；非一层在楼宇内外醒目位置设指引标识",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "ext.access",
        "title": "外部环境·无障碍设施",
        "items": [
          {
            "key": "ext.acc.ramp",
            "text": "门口台阶高于5cm时设残障人员通道，坡度30度以下，通行顺畅",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.acc.sign",
            "text": "无障碍通道醒目位置张贴标识",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "ext.hygiene",
        "title": "外部环境·外部卫生",
        "items": [
          {
            "key": "ext.hy.entrance",
            "text": "正门路面/门前走廊清洁，无垃圾污渍；雨雪天气或检修时摆放警示牌",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.hy.walls",
            "text": "外墙、门窗、玻璃、台阶、地面无损坏、无污迹、无杂物、无乱张贴",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.hy.glass",
            "text": "玻璃防撞带和大门推拉标识完整，无翘卷边",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "ext.publicity",
        "title": "外部环境·外部宣传",
        "items": [
          {
            "key": "ext.pub.mount",
            "text": "宣传设施装贴整齐、悬挂规范、位置合理",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.pub.text",
            "text": "用字规范、整洁完好，无歪斜、污损、缺字、褪色",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.pub.display",
            "text": "营业时间正常显示，内容合规，无过期宣传内容",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "ext.plates",
        "title": "外部环境·网点标牌",
        "items": [
          {
            "key": "ext.pl.standard",
            "text": "标识设计和比例符合公司规范，采用标准组合样式",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.pl.storefront",
            "text": "门头店招完整干净、灯饰完好；二层及以上设楼层指示标牌",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.pl.name",
            "text": "公司名称标牌统一标准、版面整洁完好",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "ext.pl.hours",
            "text": "营业时间牌明示机构名称、营业时间，版面无歪斜",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.hygiene",
        "title": "内部环境·内部卫生",
        "items": [
          {
            "key": "int.hy.hall",
            "text": "厅堂门、窗、玻璃、墙壁洁净明亮、无损坏、无乱张贴",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.hy.floor",
            "text": "地面无灰尘、污渍、纸屑、杂物，无卫生死角",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.hy.stairs",
            "text": "楼梯楼道无污迹、无杂物堆积",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.hy.bins",
            "text": "废纸桶、垃圾桶无异味、无外溢、无蚊虫",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.hy.toilet",
            "text": "卫生间清洁无异味、无积水、无杂物",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.light",
        "title": "内部环境·采光照明与温度",
        "items": [
          {
            "key": "int.li.light",
            "text": "光线及照明充足，灯具无损坏或闪烁",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.li.temp",
            "text": "配备冷暖设备，室内温度适宜",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.zones",
        "title": "内部环境·柜面分区设置",
        "items": [
          {
            "key": "int.zo.guide",
            "text": "咨询引导区：电话、电脑、欢迎牌、客户吧椅、欢迎地垫齐备，物品摆放整齐",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.wait_seats",
            "text": "客户等候区：座椅充足整洁无破损，设爱心座椅，通道畅通",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.wait_items",
            "text": "客户等候区：电视、饮水设备、报刊架、意见箱、服务承诺、老花镜、针线包、雨衣雨伞、医药箱齐备",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.wait_services",
            "text": "客户等候区：一次性饮水用具、WiFi、填写台（签字笔、单证、填写示范）整洁",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.magazines",
            "text": "报刊架：杂志更新不超过一个月，报纸更新不超过一周",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.tv",
            "text": "液晶电视等多媒体设备干净、正常运行，播放内容合规",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.publicity",
            "text": "公众宣传区：宣传物料充足整齐、及时更新、无过期、无误导内容",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.notices",
            "text": "承诺类、流程类、服务及投诉电话公示；反欺诈、反洗钱、打击非法集资宣传材料已张贴",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.counter",
            "text": "柜面作业区：设备齐备，岗位名称标识整洁，设“值班经理”铭牌",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.desk",
            "text": "桌面整洁无单证凌乱，桌下除主机外无杂物，客户视野内无私人用品",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.line",
            "text": "一米线完整无破损卷翘，排队隔离带摆放整齐",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.opinion",
            "text": "明显位置设客户意见箱，干净整洁并配意见卡",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.vip",
            "text": "3人及以上柜面设VIP客户受理窗口及“VIP客户优先服务”标识",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.business",
            "text": "商务洽谈区桌椅、沙发、报刊架等齐备，干净整洁",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.zo.staff",
            "text": "员工休息区可供服装、仪容整理",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.signs",
        "title": "内部环境·提醒指示标识",
        "items": [
          {
            "key": "int.si.reminders",
            "text": "“请勿吸烟”“已进入监控区域”“WIFI覆盖”等提示统一规范",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          },
          {
            "key": "int.si.office",
            "text": "与办公区共享大厅时，两区互通处有明显提示",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.wiring",
        "title": "内部环境·机具布线",
        "items": [
          {
            "key": "int.wi.tidy",
            "text": "设备、工作台面和台下布线整齐隐蔽，不暴露电源插孔",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.fire",
        "title": "内部环境·消防安全",
        "items": [
          {
            "key": "int.fi.safe",
            "text": "水、电、气、火无安全隐患，配备灭火器等消防设施",
            "weight": 1,
            "requirePhotoOnFail": true,
            "requireCommentOnFail": true,
            "critical": true,
            "ruleId": "D-11"
          }
        ]
      },
      {
        "key": "int.epidemic",
        "title": "内部环境·卫生防疫",
        "items": [
          {
            "key": "int.ep.measures",
            "text": "落实防疫要求：清理垃圾、消毒、通风等",
            "weight": 1,
            "requirePhotoOnFail": false,
            "requireCommentOnFail": true,
            "critical": false,
            "ruleId": "D-11"
          }
        ]
      }
    ]
  }
];
