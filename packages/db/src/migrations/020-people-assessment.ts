/**
 * 020 People II, part A (issue 15): P-14 scorecard templates as data, versioned per post, with the
 * cards of seed 002 §1.4 and a counter teller card built from seed 000's service standards (五、服务时效
 * 标准: handling ≤ 15 min, wait ≤ 15 min; 七、服务质量管理), quarterly assessment runs and cards.
 * Literal snapshot as of this migration (no import of core). Item kinds: "kpi" (metric + scoring, see
 * core people/assessment/kpi-items.ts) or "judgement" (scored by the manager with a comment).
 * Seed cards that do not add up to their total are shipped as status 'draft' with a correction note,
 * never active: 制度管理培训岗 (20+10+20+10+40+10 = 110) and 档案管理岗 (the seed text breaks off after
 * 35 points). Grade bands: the seeds leave 等级 empty; ours are 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60.
 * Permissions: the existing people.read (view a unit's cards) and people.manage (templates, runs,
 * scores, sign-off); every person sees and comments on their own card.
 */
import { sql } from "kysely";
import type { Migration } from "./migration-db.js";

type Scoring = { kind: "atLeast" | "atMost"; target: number } | { kind: "deductPerUnit"; allowance: number; perUnit: number } | { kind: "zeroIfAny" };
type ItemRow = [section: string, nameZh: string, nameEn: string, points: number, formula?: [metric: string, scoring: Scoring]];
interface Card {
  post: string;
  nameEn: string;
  status: "active" | "draft";
  note?: string;
  items: ItemRow[];
}

const atLeast = (target: number): Scoring => ({ kind: "atLeast", target });
const atMost = (target: number): Scoring => ({ kind: "atMost", target });
const deduct = (allowance: number, perUnit: number): Scoring => ({ kind: "deductPerUnit", allowance, perUnit });
const zeroIfAny: Scoring = { kind: "zeroIfAny" };
const LEADER: ItemRow[] = [
  ["领导交办其他工作", "时效性", "Tasks from the leader: timeliness", 5],
  ["领导交办其他工作", "准确性", "Tasks from the leader: accuracy", 5],
];
const WORK7: ItemRow[] = [
  ["工作质量", "完成任务的准确性、彻底性和可接受性", "Quality of work", 5],
  ["工作效率", "特定时间内完成分配工作的数量或当月总体任务完成情况", "Efficiency", 5],
  ["工作独立性", "可独立完成分配的工作，不需要或只需很少监督指导", "Independence", 5],
  ["工作创造性", "在工作中提出独特的意见、建议、方法并改善工作", "Creativity", 5],
  ["工作积极主动性", "工作态度积极热情，主动承担责任和工作任务", "Initiative", 5],
  ["工作计划性", "按要求及时提交工作计划，情况变化时及时修正", "Planning", 5],
  ["纪律性", "严格遵守公司各项规章制度", "Discipline", 5],
];

/** seed 002 §1.4 (as of 2026-11-30) and seed 000's counter standards. */
const CARDS: readonly Card[] = [
  {
    post: "柜员", nameEn: "Counter teller", status: "active",
    note: "依据柜面管理制度（服务时效标准、服务礼仪标准、服务质量管理、柜面服务纪律）编制",
    items: [
      ["服务时效", "平均等候时长不超过 15 分钟", "Average wait at most 15 minutes", 10, ["avgWaitMinutes", atMost(15)]],
      ["服务时效", "平均办理时长不超过 15 分钟", "Average handling at most 15 minutes", 10, ["avgServiceMinutes", atMost(15)]],
      ["服务质量", "客户满意率（评价器）不低于 90%", "Customer satisfaction (rating pad) at least 90 %", 15, ["satisfactionRate", atLeast(90)]],
      ["服务质量", "责任投诉（每件扣 5 分）", "Responsible complaints (−5 each)", 15, ["responsibleComplaints", deduct(0, 5)]],
      ["服务礼仪", "着装规范、仪表仪容", "Dress and appearance", 10],
      ["服务礼仪", "服务标准用语与临柜服务礼仪", "Standard phrases and counter etiquette", 10],
      ["岗位技能", "业务技能与综合服务技能", "Business and service skills", 15],
      ["服务纪律", "遵守柜面服务纪律", "Counter service discipline", 15],
    ],
  },
  {
    post: "电话管理室负责人", nameEn: "Head of the telephone office", status: "active",
    items: [
      ["KPI指标达成情况", "新契约回访率达到 100%", "New-policy callback rate 100 %", 5, ["entered", atLeast(100)]],
      ["KPI指标达成情况", "电话回访成功率不低于 95%", "Callback success at least 95 %", 5, ["callbackRate", atLeast(95)]],
      ["KPI指标达成情况", "电话接听率不低于 85%", "Answer rate at least 85 %", 5, ["entered", atLeast(85)]],
      ["KPI指标达成情况", "客户满意度不低于 90%", "Customer satisfaction at least 90 %", 5, ["satisfactionRate", atLeast(90)]],
      ["团队建设", "定期进行科室人员业务技能培训", "Regular skills training", 4],
      ["团队建设", "科室人员着装检查", "Dress checks", 4],
      ["团队建设", "科室人员纪律检查（无迟到、早退）", "Discipline checks", 4],
      ["团队建设", "加强团队凝聚力，激发工作热情", "Team cohesion", 4],
      ["团队建设", "科室人员的月终与年终考评", "Monthly and annual reviews", 4],
      ["科室规章制度", "有完善的规章制度并严格按制度管理", "Complete rules, strictly applied", 8],
      ["科室规章制度", "科室人员熟知科室架构与岗位职责", "Staff know structure and duties", 6],
      ["科室规章制度", "不定期检视并及时更新规章制度", "Rules reviewed and updated", 6],
      ["报表", "每周上报工作总结与计划，异常数据有分析", "Weekly summary and plan", 6],
      ["报表", "每周上报电话录音质检报告", "Weekly call-recording quality report", 6],
      ["报表", "及时编写月工作总结与下月计划", "Monthly summary and plan", 8],
      ["其他", "在规定时效内完成领导交付的工作", "Leader's tasks on time", 8],
      ["其他", "领导交付的工作完成情况良好", "Leader's tasks done well", 6],
      ["其他", "协调好本科室与其他部门的相关事项", "Coordination with other departments", 6],
    ],
  },
  {
    post: "保全管理室负责人", nameEn: "Head of the policy-servicing office", status: "active",
    items: [
      ["保全业务运营", "全国保全业务总体业务指标（单项合格得分，不合格扣分）", "Servicing indicators of the year", 25],
      ["业务风险管控", "严格控制业务风险；出现影响声誉的重大案件本项不得分", "Business risk control (a major case: 0)", 25, ["entered", zeroIfAny]],
      ["团队建设", "打造专业化、学习型团队", "Team building", 20],
      ["目标与策略", "规划保全服务目标及策略并组织实施", "Goals and strategy", 20],
      ...LEADER,
    ],
  },
  {
    post: "综合管理室负责人", nameEn: "Head of the general office", status: "active",
    items: [
      ["目标/指标管理", "全面规划与把控", "Planning and control", 10],
      ["目标/指标管理", "档案归档率 100%", "Filing rate 100 %", 5, ["entered", atLeast(100)]],
      ["目标/指标管理", "月档案归档差错率 ≤ 0.5%", "Monthly filing error rate at most 0.5 %", 5, ["entered", atMost(0.5)]],
      ["目标/指标管理", "项目执行率 ≥ 90%", "Project completion at least 90 %", 5, ["entered", atLeast(90)]],
      ["风险把控", "业务档案信息安全把控", "Archive information security", 5],
      ["风险把控", "执行费用把控", "Expense control", 5],
      ["风险把控", "印章、有价单证风险把控（遗失不得分）", "Seals and value documents (a loss: 0)", 5, ["sealDocumentLosses", zeroIfAny]],
      ["风险把控", "系统员工权限把控", "System user rights", 5],
      ["团队管理", "科室人员培训管理", "Training", 5],
      ["团队管理", "科室人员纪律保障", "Discipline", 5],
      ["团队管理", "团队凝聚力", "Cohesion", 5],
      ["报表管理", "KPI 指标、业务数据统计及分析报告的上报", "KPI and analysis reports", 15],
      ["创造力", "合理化建议", "Suggestions", 10],
      ["其他", "部门间、行业间的沟通、协作与交流", "Cooperation", 5],
      ["其他", "领导安排的其他工作", "Other tasks", 5],
      ["其他", "部门事务的参与", "Participation", 5],
    ],
  },
  {
    post: "续期管理室负责人", nameEn: "Head of the renewals office", status: "active",
    items: [
      ["人事管理", "续期整体架构与续收管理模式制定与落实", "Renewal organisation and model", 5],
      ["人事管理", "明确界定岗位工作任务和限制", "Post tasks and limits", 5],
      ["人事管理", "工作量管理", "Workload", 5],
      ["人事管理", "工作质量管理", "Work quality", 5],
      ["人事管理", "综合能力培养", "Capability building", 5],
      ["规范操作", "续期收费制度的建立、完善", "Collection rules", 5],
      ["规范操作", "风险防范", "Risk prevention", 5],
      ["规范操作", "投诉量占比（保证零投诉）", "Complaints (zero complaints)", 5, ["responsibleComplaints", zeroIfAny]],
      ["活动管理", "指导与培训", "Guidance and training", 5],
      ["活动管理", "收费业务推动/支援", "Collection support", 5],
      ["活动管理", "日常监控/沟通与协调", "Monitoring and coordination", 5],
      ["预算管理", "年度预算编制", "Budget preparation", 5],
      ["预算管理", "年度预算执行", "Budget execution", 5],
      ["目标管理", "续期计划指标的制定/分解/下达", "Targets set and assigned", 5],
      ["目标管理", "续期计划指标的达成", "Targets reached", 5],
      ["目标管理", "周期性工作计划/总结", "Periodic plans and summaries", 5],
      ["目标管理", "续期业务方案的推动/参与/落实", "Renewal programmes", 5],
      ["过程与质量优化", "EBAO 系统开发与优化", "EBAO system development", 5],
      ["过程与质量优化", "业务技术支持项目的开发与优化", "Support projects", 5],
      ["过程与质量优化", "授权并指导分公司持续改进工作过程与质量", "Continuous improvement of branches", 5],
    ],
  },
  {
    post: "电话回访岗", nameEn: "Telephone callback post", status: "active",
    items: [
      ["回访通话质量", "语音语调", "Voice and tone", 5],
      ["回访通话质量", "回访用语", "Callback phrasing", 5],
      ["回访通话质量", "聆听", "Listening", 5],
      ["回访通话质量", "专项知识", "Subject knowledge", 5],
      ["回访通话质量", "整体控制（回访控制在 3 分钟以内）", "Call control (within 3 minutes)", 5],
      ["回访通话质量", "问题解决能力", "Problem solving", 5],
      ["服务质量", "保持积极热情的服务态度", "Positive attitude", 5],
      ["服务质量", "对客户的提问耐心解答", "Patient answers", 5],
      ["岗位技能", "业务技能", "Business skills", 5],
      ["岗位技能", "技能培训", "Training", 5],
      ["岗位相关工作", "按时完成回访相关报表及总结", "Reports on time", 5],
      ["岗位相关工作", "相关操作无差错并完全记录", "Error-free, fully recorded", 5],
      ["岗位相关工作", "对回访后续工作有效及时追踪解决", "Follow-up", 5],
      ...WORK7,
    ],
  },
  {
    post: "电话接听岗", nameEn: "Telephone answering post", status: "active",
    items: [
      ["规范用语", "语音语调", "Voice and tone", 5],
      ["规范用语", "以适当方式确认对方姓名并礼貌称呼", "Name and courtesy title", 5],
      ["规范用语", "解释后确认是否还有其他疑问", "Check for further questions", 5],
      ["规范用语", "用心聆听，不打断客户", "Listening", 5],
      ["规范用语", "掌握通话过程（3 分钟以内）", "Call control", 5],
      ["规范用语", "较长等待须告知客户", "Announce long waits", 5],
      ["规范用语", "等待结束后向客户致歉", "Apologise after a wait", 5],
      ["服务质量", "积极聆听、耐心解答", "Attentive, patient", 5],
      ["服务质量", "记录联系方式，明确处理或回复时间", "Record contact and reply time", 5],
      ["岗位技能", "保险知识与产品信息熟悉", "Insurance knowledge", 5],
      ["岗位技能", "帮助客户解决问题的责任意识", "Ownership of problems", 5],
      ["岗位技能", "积极参加岗位培训", "Training", 5],
      ["岗位相关工作", "按时完成接听相关报表", "Reports on time", 5],
      ["岗位相关工作", "相关操作无差错并完全记录", "Error-free, fully recorded", 5],
      ["岗位相关工作", "接听后续工作追踪解决有效及时", "Follow-up", 5],
      ["工作质量、效率", "工作态度积极热情，主动承担责任", "Attitude", 5],
      ["工作质量、效率", "操作无差错并完全记录", "Accuracy", 5],
      ["工作质量、效率", "在约定时间内回复客户", "Replies on time", 5],
      ["独立性/创造性", "独立完成分配的工作", "Independence", 2.5],
      ["独立性/创造性", "提出独特的意见、建议、方法", "Creativity", 2.5],
      ["工作纪律性/计划性", "严格遵守公司各项规章制度", "Discipline", 2.5],
      ["工作纪律性/计划性", "及时提交工作计划并修正", "Planning", 2.5],
    ],
  },
  {
    post: "电话咨诉岗", nameEn: "Telephone enquiries and complaints post", status: "active",
    items: [
      ["案件处理质量", "填写受理单，资料齐全，立案准确", "Intake complete and accurate", 5],
      ["案件处理质量", "按时完成调查并撰写调查报告", "Investigation on time", 5],
      ["案件处理质量", "转办案件按制度追踪，报送流程正确", "Referred cases followed up", 5],
      ["案件处理质量", "熟悉处理知识，客户未表示不满", "Knowledge, no dissatisfaction", 5],
      ["案件处理质量", "整体控制能力", "Control of the conversation", 5],
      ["案件处理质量", "结案档案完整并每月与档案室交接", "Case files handed over monthly", 5],
      ["服务质量", "保持积极热情，未与客户发生争执", "No disputes with customers", 5],
      ["服务质量", "认真听取陈述，耐心解答", "Listening, patient answers", 5],
      ["岗位技能", "法律、保险知识与产品信息熟练", "Legal and insurance knowledge", 5],
      ["岗位技能", "积极参加岗位培训", "Training", 5],
      ["岗位相关工作", "按时完成案件处理相关报表", "Reports on time", 5],
      ["岗位相关工作", "相关操作无差错，资料准确", "Error-free, accurate", 5],
      ["岗位相关工作", "对暂结案件有效及时追踪", "Follow-up of pending cases", 5],
      ...WORK7,
    ],
  },
  {
    post: "统计分析审计岗", nameEn: "Statistics, analysis and audit post", status: "active",
    note: "保全业务数据统计准确性及时效性 20 分按两项规则各计 10 分；特殊保全审批时效 20 分按响应与审批各 10 分；审计 40 分按次数与问题各 20 分",
    items: [
      ["保全业务数据统计准确性及时效性", "数据统计差错（每项错误扣 2 分）", "Statistics errors (−2 each)", 10, ["errorsInQuarter", deduct(0, 2)]],
      ["保全业务数据统计准确性及时效性", "数据上报时效（每延时 1 天扣 5 分）", "Reporting timeliness (−5 per day)", 10, ["workingDaysLate", deduct(0, 5)]],
      ["反洗钱信息上报时效", "数据上报时间（每延时 1 天扣 5 分）", "AML reporting (−5 per day)", 10, ["entered", deduct(0, 5)]],
      ["特殊保全业务及疑难案件审批时效", "案件响应时效 1 个工作日（延时 1 天扣 5 分）", "Response within 1 working day (−5 per day)", 10, ["entered", deduct(0, 5)]],
      ["特殊保全业务及疑难案件审批时效", "审批处理时效 3 个工作日（延时 1 天扣 2 分）", "Approval within 3 working days (−2 per day)", 10, ["entered", deduct(0, 2)]],
      ["每年度机构审计工作", "每年度审计不少于四次（每少一次扣 5 分）", "At least four audits a year (−5 per missing)", 20, ["entered", deduct(0, 5)]],
      ["每年度机构审计工作", "被确认为重大问题的每项扣 5 分", "Major audit findings (−5 each)", 20, ["entered", deduct(0, 5)]],
      ...LEADER,
    ],
  },
  {
    post: "业务管理岗", nameEn: "Business management post", status: "active",
    items: [
      ["下属保全差错率", "每人每季度差错件数 ≤ 1 件，> 1 件扣 5 分，每增加 1 件加扣 5 分", "Errors per person per quarter ≤ 1 (−5 beyond, −5 per further)", 20, ["errorsInQuarter", deduct(1, 5)]],
      ["下属保全作业时效", "非补退费 1 个工作日、补退费 3 个工作日，每延迟 1 个工作日扣 5 分", "Timeliness 1/3 working days (−5 per working day late)", 20, ["workingDaysLate", deduct(0, 5)]],
      ["业务复核及审批", "审批差错每季度 ≤ 1 件，> 1 件扣 5 分，每增加 1 件扣 5 分", "Approval errors ≤ 1 per quarter", 15, ["entered", deduct(1, 5)]],
      ["业务复核及审批", "审批时效 0.5 个工作日，每有 1 件延迟扣 5 分", "Approval within 0.5 working day (−5 each late)", 15, ["entered", deduct(0, 5)]],
      ["单证、印章管理", "印章及单证管理；因印章引起重大案件不得分", "Seals and documents (a major case: 0)", 20, ["sealDocumentLosses", zeroIfAny]],
      ...LEADER,
    ],
  },
  {
    post: "制度管理培训岗", nameEn: "Rules and training post", status: "draft",
    note: "种子文件中各项合计 110 分，与总分 100 分不符，待修正后方可启用",
    items: [
      ["科室制度更新", "每延迟 1 个工作日扣 5 分", "Rule updates (−5 per working day late)", 20, ["workingDaysLate", deduct(0, 5)]],
      ["新产品审核意见反馈", "延迟 1 个工作日扣 3 分", "Product review feedback (−3 per working day)", 10, ["entered", deduct(0, 3)]],
      ["系统测试工作", "因科室原因延迟 1 个工作日扣 5 分", "System testing (−5 per working day)", 20, ["entered", deduct(0, 5)]],
      ["生产环境核心系统维护", "对核心系统用户进行指导及使用监控", "Core system support", 10],
      ["科室培训工作", "年度培训计划制定、执行及总结", "Training plan and delivery", 40],
      ...LEADER,
    ],
  },
  {
    post: "保全后台岗", nameEn: "Policy-servicing back office", status: "active",
    items: [
      ["保全差错率", "每人每季度差错件数 ≤ 1 件，> 1 件扣 10 分，每增加 1 件加扣 10 分", "Errors ≤ 1 per quarter (−10 per extra)", 30, ["errorsInQuarter", deduct(1, 10)]],
      ["保全作业时效", "非补退费 1 个工作日、补退费 3 个工作日，每延迟 1 个工作日扣 5 分", "Timeliness (−5 per working day late)", 30, ["workingDaysLate", deduct(0, 5)]],
      ["通知书下发", "每月五号（遇节假日顺延）打印并寄发，每延迟 1 个工作日扣 5 分", "Notices by the 5th, postponed for holidays (−5 per working day)", 15, ["noticeDaysLate", deduct(0, 5)]],
      ["档案归档", "每月十号（遇节假日顺延）前移交归档，每延迟 1 个工作日扣 5 分", "Archives by the 10th, postponed for holidays (−5 per working day)", 15, ["archiveDaysLate", deduct(0, 5)]],
      ...LEADER,
    ],
  },
  {
    post: "档案管理岗", nameEn: "Archive post", status: "draft",
    note: "种子文件该表在“业务档案的保管”后中断，仅 35 分有据可查，待补全至 100 分后方可启用",
    items: [
      ["目标/指标管理", "档案归档率 100%", "Filing rate 100 %", 10, ["entered", atLeast(100)]],
      ["目标/指标管理", "月档案归档差错率 ≤ 0.5%", "Monthly filing error rate at most 0.5 %", 10, ["entered", atMost(0.5)]],
      ["规范操作", "业务档案的交接", "Hand-over of files", 10],
      ["规范操作", "业务档案的保管", "Safekeeping of files", 5],
    ],
  },
];

const BANDS = [
  { grade: "excellent", min: 90 },
  { grade: "good", min: 80 },
  { grade: "pass", min: 60 },
  { grade: "fail", min: 0 },
];

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

function itemsJson(items: readonly ItemRow[]): string {
  return JSON.stringify(
    items.map(([section, nameZh, nameEn, points, formula], i) => ({
      code: `i${String(i + 1).padStart(2, "0")}`,
      section,
      nameZh,
      nameEn,
      points,
      kind: formula ? "kpi" : "judgement",
      ...(formula ? { formula: { metric: formula[0], scoring: formula[1] } } : {}),
    })),
  );
}

export const m020PeopleAssessment: Migration = {
  id: "020-people-assessment",
  async up(db) {
    await db.schema
      .createTable("people_scorecard_templates")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("post", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull().check(sql.raw(`status in (${quoted(["active", "draft", "superseded"])})`)))
      .addColumn("name_zh", "text", (c) => c.notNull())
      .addColumn("name_en", "text", (c) => c.notNull())
      .addColumn("total", "integer", (c) => c.notNull())
      .addColumn("items", "text", (c) => c.notNull())
      .addColumn("grade_bands", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("people_scorecard_templates_post_version", ["post", "version"])
      .execute();

    await db.schema
      .createTable("people_assessment_runs")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("quarter", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull().check(sql.raw(`state in ('open', 'signed')`)))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("signed_by", "text")
      .addColumn("signed_at", "text")
      .addUniqueConstraint("people_assessment_runs_unit_quarter", ["org_unit_id", "quarter"])
      .execute();

    await db.schema
      .createTable("people_scorecards")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("run_id", "text", (c) => c.notNull())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("org_unit_id", "text", (c) => c.notNull())
      .addColumn("quarter", "text", (c) => c.notNull())
      .addColumn("template_id", "text", (c) => c.notNull())
      .addColumn("figures", "text", (c) => c.notNull())
      .addColumn("entries", "text", (c) => c.notNull())
      .addColumn("items", "text", (c) => c.notNull())
      .addColumn("items_score", "real", (c) => c.notNull())
      .addColumn("ledger_points", "real", (c) => c.notNull())
      .addColumn("quarter_zero", "integer", (c) => c.notNull())
      .addColumn("score", "real", (c) => c.notNull())
      .addColumn("grade", "text", (c) => c.notNull())
      .addColumn("complete", "integer", (c) => c.notNull())
      .addColumn("standby_reason", "text")
      .addColumn("employee_comment", "text")
      .addColumn("employee_commented_at", "text")
      .addColumn("corrections", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull().check(sql.raw(`state in ('open', 'signed')`)))
      .addColumn("signed_by", "text")
      .addColumn("signed_at", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("people_scorecards_run_user", ["run_id", "user_id"])
      .execute();
    await db.schema.createIndex("people_scorecards_user_quarter").on("people_scorecards").columns(["user_id", "quarter"]).execute();
    await db.schema.createIndex("people_scorecards_unit_quarter").on("people_scorecards").columns(["org_unit_id", "quarter"]).execute();

    const now = "2026-11-30T00:00:00.000Z";
    let n = 0;
    for (const c of CARDS) {
      n++;
      await db
        .insertInto("people_scorecard_templates")
        .values({
          id: `SCT020${String(n).padStart(4, "0")}`,
          post: c.post,
          version: 1,
          status: c.status,
          name_zh: `${c.post}考核表`,
          name_en: `${c.nameEn} scorecard`,
          total: 100,
          items: itemsJson(c.items),
          grade_bands: JSON.stringify(BANDS),
          note: c.note ?? null,
          created_by: "migration 020",
          created_at: now,
        })
        .execute();
    }
  },
};
