/**
 * 021 People II, part B (issue 15): the reward/penalty ledger (P-12, P-13; seed 003 第一篇 Art.104–107,
 * 第二篇 Art.24–26; C-12/C-13), skill assessments of tellers (seed 000 §七(一)4), service-quality checks
 * (§七(二)2) and the standard/forbidden phrases they use (Q-12; seed 004 第十章 by process, seed 000's
 * counter phrases). Rule values and phrases are a literal snapshot of the seeds as of this migration
 * (later changes are rows an administrator edits or new migrations). New actions:
 * - people.ledger.record   enter ledger entries, skill assessments and quality checks for the subtree
 * - people.ledger.approve  approve or reject entries of the people one manages
 * - people.ledger.decide   decide an appeal (C-12 the upper level decides; not the approver)
 */
import { sql } from "kysely";
import type { Migration } from "./migration-db.js";

type RuleRow = [code: string, grp: string, article: string, points: number, losesEligibility: 0 | 1, quarterZero: 0 | 1, termination: 0 | 1, nameZh: string, nameEn: string];

/** seed 003 第一篇 Art.104–107 and 第二篇 Art.25 (values as of 2026-11-30). */
const RULES: readonly RuleRow[] = [
  ["full_attendance", "104", "104.1", 1, 0, 0, 0, "全勤奖（当月无迟到、早退、病事假、调班）", "Full attendance (month without lateness, early leave, leave or swap)"],
  ["most_calls", "104", "104.2", 5, 0, 0, 0, "小蜜蜂奖（当季接听量最高）", "Most calls in the quarter"],
  ["call_quality_star", "104", "104.3", 5, 0, 0, 0, "话务质量之星（当季监听得分最高）", "Call-quality star of the quarter"],
  ["skills_first", "104", "104.4", 10, 0, 0, 0, "技术能手奖第一名", "Skills contest, first place"],
  ["skills_second", "104", "104.4", 6, 0, 0, 0, "技术能手奖第二名", "Skills contest, second place"],
  ["skills_third", "104", "104.4", 3, 0, 0, 0, "技术能手奖第三名", "Skills contest, third place"],
  ["industry_contest", "104", "104.5", 10, 0, 0, 0, "行业精英奖（市级以上赛事前三名）", "Industry contest top three (city level or above)"],
  ["suggestion_adopted", "104", "104.6", 5, 0, 0, 0, "合理化建议被采纳", "Suggestion adopted"],
  ["most_wronged", "104", "104.7", 5, 0, 0, 0, "最受委屈奖", "Most wronged by customers"],
  ["absence", "105", "105.1", -2, 0, 0, 0, "无故旷工", "Unexcused absence"],
  ["posture", "105", "105.2", -1, 0, 0, 0, "坐姿不端正、体态慵散", "Slouching at the workplace"],
  ["mobile_phone", "105", "105.3", -2, 0, 0, 0, "工作时间接听移动电话或反复收发短信", "Mobile phone use at work"],
  ["private_call", "105", "105.4", -2, 0, 0, 0, "用坐席拨打私人电话或接听私人电话超过 3 分钟", "Private call on the seat phone or over 3 minutes"],
  ["grooming", "105", "105.5", -1, 0, 0, 0, "发型、饰物不合规定", "Hair or jewellery against the rules"],
  ["uncivil_conduct", "105", "105.6", -1, 0, 0, 0, "办公场合行为不文明", "Uncivil conduct in the office"],
  ["non_standard_language", "105", "105.7", -1, 0, 0, 0, "未按规定使用文明用语", "Not using the standard phrases"],
  ["unauthorised_visitor", "105", "105.8", -2, 0, 0, 0, "违规会客、带外人进入坐席区", "Unauthorised visitor in the work area"],
  ["chatting_noise", "105", "105.9", -2, 0, 0, 0, "聚众聊天、嬉笑打闹、大声喧哗", "Chatting, horseplay or noise in the work area"],
  ["clutter", "105", "105.10", -1, 0, 0, 0, "办公区随意摆放与办公无关的物品", "Unrelated items left in the office"],
  ["leaving_seat", "105", "105.11", -2, 0, 0, 0, "无故离开座席或做与工作无关的事", "Leaving the seat or doing unrelated things"],
  ["unscheduled_meal", "105", "105.12", -2, 0, 0, 0, "未按安排擅自用餐", "Meal outside the arranged time"],
  ["facility_damage", "105", "105.13", -2, 0, 0, 0, "损坏或遗失办公及公用设施", "Damaging or losing office equipment"],
  ["drinking", "105", "105.14", -2, 0, 0, 0, "办公时间饮酒", "Drinking alcohol during working hours"],
  ["unapproved_swap", "106", "106.1", -5, 1, 0, 0, "未经批准擅自调班、调岗", "Unapproved shift or post swap"],
  ["unauthorised_software", "106", "106.2", -5, 1, 0, 0, "擅自安装无关软件或使设备损坏", "Unauthorised software or damage to equipment"],
  ["games_sleeping", "106", "106.3", -10, 1, 0, 0, "在岗听收音机、玩游戏，夜班在岗睡觉", "Radio or games on duty, sleeping on night shift"],
  ["private_work_internet", "106", "106.4", -5, 1, 0, 0, "干私活或擅自上网从事非业务操作", "Private work or unauthorised internet use"],
  ["repeated_lateness", "106", "106.5", -5, 1, 0, 0, "经常迟到早退，教育后不改", "Repeated lateness or early leave after a warning"],
  ["absent_two_days", "106", "106.6", -10, 1, 0, 0, "连续无故旷工两天（含）", "Absent two consecutive days without reason"],
  ["sign_in_fraud", "106", "106.7", -5, 1, 0, 0, "授意他人代签到或代他人签到", "Signing in for someone else or having it done"],
  ["abusive_to_customer", "106", "106.8", -5, 1, 0, 0, "对客户出言不逊或恶意欺诈（经查属实）", "Abusing or defrauding a customer (confirmed)"],
  ["unauthorised_query", "106", "106.9", -5, 1, 0, 0, "擅自查询客户账户信息", "Unauthorised query of customer data"],
  ["false_sick_note", "106", "106.10", -5, 1, 0, 0, "索取、提供虚假病假证明（经查属实）", "False sick note (confirmed)"],
  ["confidentiality_breach", "106", "106.11", -10, 1, 0, 0, "违反保密制度", "Breach of confidentiality"],
  ["dismissal_national", "107", "107.1", 0, 1, 0, 1, "违反国家规定应予开除、辞退、除名", "Offence calling for dismissal under national rules"],
  ["dismissal_bank", "107", "107.2", 0, 1, 0, 1, "违反本行纪律应予开除", "Offence calling for dismissal under the bank's rules"],
  ["absent_three_days_month", "107", "107.3", 0, 1, 0, 1, "当月无故旷工 3 天（含）以上", "Absent three days or more in a month"],
  ["confidential_disclosure", "107", "107.4", 0, 1, 0, 1, "向外泄露保密资料或客户信息（经查属实）", "Disclosing confidential or customer data (confirmed)"],
  ["sabotage", "107", "107.5", 0, 1, 1, 0, "蓄意破坏设备（季度考核 0 分并赔偿）", "Sabotage of equipment (quarter score 0 and compensation)"],
  ["violence", "107", "107.6", 0, 1, 1, 0, "暴力侵犯他人或打架（季度考核 0 分）", "Violence or fighting (quarter score 0)"],
  ["drugs", "107", "107.7", 0, 1, 0, 1, "使用或携带毒品进入客服中心", "Drugs brought into the centre"],
  ["flammables", "107", "107.8", -20, 1, 0, 0, "携带易燃易爆物品进入客服中心", "Flammable or explosive items brought into the centre"],
  ["gambling", "107", "107.9", 0, 1, 0, 1, "聚众赌博", "Gambling in the centre"],
  ["theft", "107", "107.10", 0, 1, 1, 0, "窥查窃取文件软件或盗窃财物（季度考核 0 分）", "Prying, stealing files or theft (quarter score 0)"],
  ["serious_complaint", "107", "107.11", -10, 1, 0, 0, "被客户投诉并造成严重影响", "Customer complaint with serious impact"],
  ["media_exposure", "107", "107.12", -20, 1, 0, 0, "个人行为被媒体披露造成严重不良影响", "Media exposure with serious harm"],
  ["customer_loss", "107", "107.13", 0, 1, 1, 0, "主观原因操作失误造成客户经济损失（季度考核 0 分）", "Operating error causing customer loss (quarter score 0)"],
  ["responsible_complaint", "complaint", "2-25", -2, 0, 0, 0, "责任投诉（按责任认定扣减）", "Responsible complaint (per the ruling)"],
];

type PhraseRow = [code: string, kind: "standard" | "forbidden", process: string, text: string];

/** Q-12 seed 004 第十章 (processes) with seed 000 §(四)/(五) counter phrases (as of 2026-11-30). */
const PHRASES: readonly PhraseRow[] = [
  ["std_greeting", "standard", "counter", "您好，欢迎光临"],
  ["std_seat", "standard", "counter", "您好，您请坐；请问您要办理什么业务？"],
  ["std_wait", "standard", "counter", "好的，我帮您核对一下资料，请稍等"],
  ["std_done", "standard", "counter", "您申请的业务已办理完毕，请您核对一下批单内容"],
  ["std_repeat", "standard", "counter", "非常抱歉，我没听清您的问题，麻烦您再说一遍可以吗？"],
  ["std_sorry_wait", "standard", "counter", "对不起，让您久等了"],
  ["std_fault", "standard", "counter", "非常抱歉，我们正在全力排除故障"],
  ["std_farewell", "standard", "counter", "请您慢走"],
  ["std_thanks", "standard", "general", "不用谢，这是我应该做的"],
  ["std_phone", "standard", "phone", "您好，请问有什么可以帮您？"],
  ["fb_not_open", "forbidden", "counter", "还没上班，出去等着"],
  ["fb_wrong_window", "forbidden", "counter", "那边去，没看见号码标识吗？"],
  ["fb_refill", "forbidden", "counter", "怎么填的，重填"],
  ["fb_read_wall", "forbidden", "general", "墙上贴着呢，不会看吗？"],
  ["fb_dont_know", "forbidden", "general", "不知道、不清楚"],
  ["fb_ask_others", "forbidden", "general", "我不懂，你去问其他部门"],
  ["fb_told_you", "forbidden", "general", "不是告诉你了吗？怎么还问"],
  ["fb_so_simple", "forbidden", "general", "这么简单怎么还不明白"],
  ["fb_many_questions", "forbidden", "general", "你怎么这么多问题？"],
  ["fb_not_mine", "forbidden", "complaint", "这个问题不归我管！"],
  ["fb_why_now", "forbidden", "complaint", "刚才你怎么不问，现在又来问"],
  ["fb_endless", "forbidden", "complaint", "有完没完"],
  ["fb_internal_push", "forbidden", "internal", "这不是我们部门的事"],
];

const GRANTS: ReadonlyArray<readonly [role: string, actions: readonly string[]]> = [
  ["dutyManager", ["people.ledger.record"]],
  ["counterManager", ["people.ledger.record", "people.ledger.approve"]],
  ["branchAdmin", ["people.ledger.record", "people.ledger.approve", "people.ledger.decide"]],
  ["hqAdmin", ["people.ledger.record", "people.ledger.approve", "people.ledger.decide"]],
];

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

export const m021PeopleLedger: Migration = {
  id: "021-people-ledger",
  async up(db) {
    await db.schema
      .createTable("people_ledger_rules")
      .addColumn("code", "text", (c) => c.primaryKey())
      .addColumn("grp", "text", (c) => c.notNull().check(sql.raw(`grp in ('104', '105', '106', '107', 'complaint')`)))
      .addColumn("article", "text", (c) => c.notNull())
      .addColumn("points", "integer", (c) => c.notNull())
      .addColumn("loses_eligibility", "integer", (c) => c.notNull().check(sql.raw("loses_eligibility in (0, 1)")))
      .addColumn("quarter_zero", "integer", (c) => c.notNull().check(sql.raw("quarter_zero in (0, 1)")))
      .addColumn("termination", "integer", (c) => c.notNull().check(sql.raw("termination in (0, 1)")))
      .addColumn("name_zh", "text", (c) => c.notNull())
      .addColumn("name_en", "text", (c) => c.notNull())
      .addColumn("sort", "integer", (c) => c.notNull())
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("updated_by", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("people_ledger_entries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("rule_code", "text", (c) => c.notNull())
      .addColumn("points", "integer", (c) => c.notNull())
      .addColumn("loses_eligibility", "integer", (c) => c.notNull())
      .addColumn("quarter_zero", "integer", (c) => c.notNull())
      .addColumn("termination_proposed", "integer", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("origin", "text", (c) => c.notNull().check(sql.raw(`origin in ('manual', 'automatic')`)))
      .addColumn("source_key", "text", (c) => c.unique())
      .addColumn("evidence_kind", "text")
      .addColumn("evidence_id", "text")
      .addColumn("note", "text")
      .addColumn("state", "text", (c) => c.notNull().check(sql.raw(`state in (${quoted(["pending", "approved", "rejected", "voided"])})`)))
      .addColumn("decided_by", "text")
      .addColumn("decided_at", "text")
      .addColumn("decision_note", "text")
      .addColumn("appeal_state", "text", (c) => c.notNull().check(sql.raw(`appeal_state in (${quoted(["none", "pending", "upheld", "dismissed"])})`)))
      .addColumn("appeal_reason", "text")
      .addColumn("appealed_at", "text")
      .addColumn("appeal_decided_by", "text")
      .addColumn("appeal_decided_at", "text")
      .addColumn("appeal_note", "text")
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("people_ledger_entries_user_date").on("people_ledger_entries").columns(["user_id", "date"]).execute();
    await db.schema.createIndex("people_ledger_entries_unit_date").on("people_ledger_entries").columns(["org_unit_id", "date"]).execute();

    // seed 000 §七(一)4 five dimensions, 0–100 each, one assessment per person and period
    await db.schema
      .createTable("people_skill_assessments")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("period", "text", (c) => c.notNull())
      .addColumn("customer_service", "integer", (c) => c.notNull())
      .addColumn("computer_operation", "integer", (c) => c.notNull())
      .addColumn("professional_knowledge", "integer", (c) => c.notNull())
      .addColumn("rule_compliance", "integer", (c) => c.notNull())
      .addColumn("risk_identification", "integer", (c) => c.notNull())
      .addColumn("average", "integer", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("assessed_by", "text", (c) => c.notNull())
      .addColumn("assessed_at", "text", (c) => c.notNull())
      .addUniqueConstraint("people_skill_assessments_user_period", ["user_id", "period"])
      .execute();
    await db.schema.createIndex("people_skill_assessments_unit").on("people_skill_assessments").columns(["org_unit_id", "period"]).execute();

    // seed 000 §七(二)2 service-quality checks: CCTV sampling, post-review, customer interview
    await db.schema
      .createTable("people_quality_checks")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("method", "text", (c) => c.notNull().check(sql.raw(`method in ('cctv', 'post_review', 'interview')`)))
      .addColumn("checked_on", "text", (c) => c.notNull())
      .addColumn("score", "integer", (c) => c.notNull())
      .addColumn("passed", "integer", (c) => c.notNull())
      .addColumn("findings", "text", (c) => c.notNull())
      .addColumn("forbidden_phrases", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("checked_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("people_quality_checks_user_on").on("people_quality_checks").columns(["user_id", "checked_on"]).execute();
    await db.schema.createIndex("people_quality_checks_unit_on").on("people_quality_checks").columns(["org_unit_id", "checked_on"]).execute();

    // Q-12 standard and forbidden phrases by process
    await db.schema
      .createTable("people_service_phrases")
      .addColumn("code", "text", (c) => c.primaryKey())
      .addColumn("kind", "text", (c) => c.notNull().check(sql.raw(`kind in ('standard', 'forbidden')`)))
      .addColumn("process", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("sort", "integer", (c) => c.notNull())
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .execute();

    const now = new Date().toISOString();
    let sort = 0;
    for (const [code, grp, article, points, losesEligibility, quarterZero, termination, nameZh, nameEn] of RULES) {
      await db
        .insertInto("people_ledger_rules")
        .values({ code, grp, article, points, loses_eligibility: losesEligibility, quarter_zero: quarterZero, termination, name_zh: nameZh, name_en: nameEn, sort: ++sort, active: 1, updated_by: null, updated_at: now })
        .execute();
    }
    sort = 0;
    for (const [code, kind, process, text] of PHRASES) {
      await db.insertInto("people_service_phrases").values({ code, kind, process, text, sort: ++sort, active: 1 }).execute();
    }
    for (const [role, actions] of GRANTS) {
      for (const action of actions) {
        const exists = await db.selectFrom("role_permissions").select("role").where("role", "=", role).where("action", "=", action).executeTakeFirst();
        if (!exists) await db.insertInto("role_permissions").values({ role, action, updated_by: null, updated_at: now }).execute();
      }
    }
  },
};
