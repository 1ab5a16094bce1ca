/**
 * A periodic report laid out as a printable A4 PDF (I-04; issue 16 item 3) with pdfkit and the
 * Chinese font of cjk-font.ts: the template's sections in order — figures against target and the
 * previous period, anomaly analysis, units below, complaints by cause, the manager's texts — in the
 * users' words (Chinese headers, unit names, the unit's local times), page numbers at the foot.
 */
import type { KpiFigure, PeriodicReport } from "@ccms/contracts";
import { KPI_CATALOGUE, type ReportTemplateSection, type ReportTextKey } from "@ccms/core";
import PDFDocument from "pdfkit";
import { type FontFace, type FontWeight, fontRuns, mainFace } from "./cjk-font.js";

export interface PrintMeta {
  /** The instant printed (the document's creation date). */
  now: Date;
  /** "2026-04-03 10:00" in the unit's time. */
  printedAt: string;
  printedBy: string;
  /** Submission time in the unit's time, when submitted. */
  submittedAt: string | null;
  texts: Partial<Record<ReportTextKey, string | null>>;
  /** Case causes' Chinese names by code, from the managed list (issue 10 item 4); "未注明原因" for none. */
  causeNames: Record<string, string>;
}

const STATUS_WORDS: Record<PeriodicReport["status"], string> = { notDue: "未到报送期", due: "待报送", overdue: "逾期未报", submitted: "已报送", late: "逾期报送", returned: "已退回" };
const MET_WORDS: Record<KpiFigure["status"], string> = { met: "达标", missed: "未达标", noTarget: "—", noData: "无数据" };
const TREND_WORDS: Record<KpiFigure["trend"], string> = { better: "改善", worse: "下降", same: "持平", noComparison: "—" };
const KIND_WORDS: Record<string, string> = { hq: "总公司", province: "省分公司", city: "地市分公司", counter: "客户服务中心", window: "窗口", teller: "柜员" };
const TEXT_TITLES: Record<ReportTextKey, string> = {
  summary: "工作总结",
  plan: "下期工作计划",
  anomalyAnalysis: "异常情况原因分析及措施",
  keyInformation: "客户信息与重点问题",
  suggestions: "意见与建议",
  mechanismOperation: "投诉处理机制运行情况",
  improvements: "存在问题及改进措施",
};
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A figure in words: "12.5 分钟", "92.3%", "8". */
export function figureText(unit: KpiFigure["unit"], v: number | null): string {
  if (v === null) return "—";
  switch (unit) {
    case "percent":
      return `${v}%`;
    case "minutes":
      return `${v} 分钟`;
    case "score":
      return `${v} 分`;
    case "count":
      return String(v);
  }
}

const kpiName = (id: string) => KPI_CATALOGUE.find((k) => k.id === id)?.nameZh ?? id;

class Printer {
  readonly doc: PDFDocument;
  private readonly registered = new Set<string>();
  private mainHas: ((cp: number) => boolean) | null = null;

  constructor(title: string, now: Date) {
    this.doc = new PDFDocument({ size: "A4", margins: { top: 48, bottom: 56, left: 48, right: 48 }, bufferPages: true, lang: "zh-CN", displayTitle: true, info: { Title: title, Creator: "CCMS", Producer: "CCMS", CreationDate: now, ModDate: now } });
    this.use(mainFace("regular"));
    // pdfkit 0.20 (pinned): the loaded font object answers whether it has a character
    const f = (this.doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
    this.mainHas = (cp) => f.hasGlyphForCodePoint(cp);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get left(): number {
    return this.doc.page.margins.left;
  }

  private use(face: FontFace): void {
    if (!this.registered.has(face.name)) {
      this.doc.registerFont(face.name, face.bytes());
      this.registered.add(face.name);
    }
    this.doc.font(face.name);
  }

  /** Text in the Chinese font, switching to a slice face for a character the main face lacks. */
  write(text: string, x: number, y: number, opts: { size: number; weight?: FontWeight; width: number; align?: "left" | "right" | "center"; color?: string }): void {
    const runs = fontRuns(text || " ", opts.weight ?? "regular", this.mainHas!);
    this.doc.fontSize(opts.size).fillColor(opts.color ?? "#1f1f1f");
    runs.forEach((r, i) => {
      this.use(r.face);
      const last = i === runs.length - 1;
      if (i === 0) this.doc.text(r.text, x, y, { width: opts.width, align: opts.align ?? "left", continued: !last, lineGap: 2 });
      else this.doc.text(r.text, { continued: !last });
    });
    this.use(mainFace("regular"));
  }

  heightOf(text: string, size: number, width: number): number {
    this.doc.fontSize(size);
    return this.doc.heightOfString(text || " ", { width, lineGap: 2 });
  }

  ensure(space: number): void {
    if (this.doc.y + space > this.doc.page.height - this.doc.page.margins.bottom) {
      this.doc.addPage();
      this.doc.y = this.doc.page.margins.top;
    }
  }

  heading(text: string): void {
    this.ensure(40);
    this.doc.y += 8;
    this.write(text, this.left, this.doc.y, { size: 12, weight: "bold", width: this.width });
    this.doc.y += 4;
  }

  paragraph(text: string, size = 10): void {
    const h = this.heightOf(text, size, this.width);
    this.ensure(Math.min(h, 200));
    this.write(text, this.left, this.doc.y, { size, width: this.width });
    this.doc.y += 2;
  }

  /** A ruled table; `widths` in shares of the page width; numbers right-aligned. */
  table(headers: string[], rows: string[][], widths: number[], rightFrom = 1): void {
    const total = widths.reduce((a, b) => a + b, 0);
    const cols = widths.map((w) => (w / total) * this.width);
    const pad = 4;
    const size = 9;
    const row = (cells: string[], head: boolean) => {
      const h = Math.max(...cells.map((c, i) => this.heightOf(c, size, cols[i]! - 2 * pad))) + 2 * pad;
      this.ensure(h);
      const y = this.doc.y;
      if (head) this.doc.rect(this.left, y, this.width, h).fill("#f0f0f0");
      let x = this.left;
      cells.forEach((c, i) => {
        this.write(c, x + pad, y + pad, { size, width: cols[i]! - 2 * pad, weight: head ? "bold" : "regular", align: !head && i >= rightFrom ? "right" : "left" });
        x += cols[i]!;
      });
      this.doc.lineWidth(0.5).strokeColor("#8c8c8c").rect(this.left, y, this.width, h).stroke();
      this.doc.y = y + h;
      return h;
    };
    row(headers, true);
    for (const r of rows) {
      if (this.doc.y + 30 > this.doc.page.height - this.doc.page.margins.bottom) {
        this.ensure(60);
        row(headers, true);
      }
      row(r, false);
    }
    this.doc.y += 6;
  }

  finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.write(footer(i + 1, range.count), this.left, this.doc.page.height - 36, { size: 8, width: this.width, align: "center", color: "#595959" });
      this.doc.page.margins.bottom = bottom;
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on("data", (c) => chunks.push(c));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}

/** The PDF of a periodic report, laid out by its template's sections. */
export async function renderReportPdf(r: PeriodicReport, sections: readonly ReportTemplateSection[], meta: PrintMeta): Promise<Buffer> {
  const title = `${r.unitName}${r.title}`;
  const p = new Printer(title, meta.now);
  p.write(r.unitName, p.left, p.doc.y, { size: 11, width: p.width, align: "center", color: "#595959" });
  p.doc.y += 2;
  p.write(r.title, p.left, p.doc.y, { size: 17, weight: "bold", width: p.width, align: "center" });
  p.doc.y += 8;
  const facts: Array<[string, string]> = [
    ["报告期间", `${r.from} 至 ${r.to}`],
    ["对比期间", `${r.previousFrom} 至 ${r.previousTo}`],
    ["报送单位", r.submitToUnitName ?? "—"],
    ["报送期限", r.dueDate],
    ["报送状态", STATUS_WORDS[r.status]],
    ["报送人", r.submittedByName ? `${r.submittedByName}（${meta.submittedAt ?? ""}）` : "—"],
  ];
  if (r.returnedReason) facts.push(["退回原因", r.returnedReason]);
  p.table(["项目", "内容", "项目", "内容"], pairs(facts), [1, 2.2, 1, 2.2], 99);

  let n = 0;
  const numbered = (t: string) => `${NUMERALS[n++] ?? String(n)}、${t}`;
  for (const s of sections) {
    switch (s.kind) {
      case "kpis": {
        const ids = s.kpis === "all" ? null : new Set<string>(s.kpis);
        const kpis = r.kpis.filter((k) => !ids || ids.has(k.id));
        p.heading(numbered("主要指标"));
        p.table(
          ["指标", "本期", "上期", "目标", "达标情况", "较上期"],
          kpis.map((k) => [kpiName(k.id), figureText(k.unit, k.value), figureText(k.unit, k.previous), k.target === null ? "—" : figureText(k.unit, k.target), MET_WORDS[k.status], TREND_WORDS[k.trend]]),
          [3, 1.4, 1.4, 1.2, 1.1, 1],
        );
        break;
      }
      case "anomalies": {
        p.heading(numbered("异常分析"));
        if (!r.anomalies.length) p.paragraph("本期各项指标均达到目标，且未较上期下降。");
        for (const a of r.anomalies) {
          const k = r.kpis.find((x) => x.id === a.kpi)!;
          p.paragraph(
            a.reason === "missedTarget"
              ? `· ${kpiName(a.kpi)}为 ${figureText(k.unit, a.value)}，未达到目标 ${a.target === null ? "—" : figureText(k.unit, a.target)}。`
              : `· ${kpiName(a.kpi)}为 ${figureText(k.unit, a.value)}，较上期 ${figureText(k.unit, a.previous)} 下降。`,
          );
        }
        break;
      }
      case "units": {
        if (!r.units.length) break;
        p.heading(numbered("下级单位情况"));
        const cols = ["ticketsIssued", "avgWaitMinutes", "avgServiceMinutes", "satisfactionRate", "complaintsReceived", "onTimeReplyRate"] as const;
        p.table(
          ["名次", "单位", ...cols.map(kpiName)],
          r.units.map((u) => [u.rank === null ? "—" : String(u.rank), `${u.name}${u.kind === "teller" || u.kind === "window" ? "" : `（${KIND_WORDS[u.kind] ?? ""}）`}`, ...cols.map((c) => figureText(KPI_CATALOGUE.find((k) => k.id === c)!.unit, u.kpis[c] ?? null))]),
          [0.7, 3, 1.1, 1.2, 1.2, 1.1, 1, 1.1],
          2,
        );
        break;
      }
      case "complaintsByCause": {
        p.heading(numbered("投诉原因分布"));
        if (!r.complaintsByCause.length) p.paragraph("本期无投诉。");
        else p.table(["投诉原因", "件数"], r.complaintsByCause.map((c) => [meta.causeNames[c.cause] ?? (c.cause === "unspecified" ? "未注明原因" : c.cause), String(c.count)]), [4, 1]);
        break;
      }
      case "text": {
        p.heading(numbered(TEXT_TITLES[s.key]));
        p.paragraph(meta.texts[s.key]?.trim() || "（未填写）");
        break;
      }
    }
  }
  return p.finish((page, pages) => `${title}\u3000打印：${meta.printedBy}\u3000${meta.printedAt}\u3000第 ${page} 页，共 ${pages} 页`);
}

function pairs(facts: Array<[string, string]>): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < facts.length; i += 2) rows.push([facts[i]![0], facts[i]![1], facts[i + 1]?.[0] ?? "", facts[i + 1]?.[1] ?? ""]);
  return rows;
}
