/** CAL-02/CAL-04 one notice in the customer's words: "10月2日 营业 09:00–12:00（国庆假期值班）". */
export interface NoticeLike {
  date: string;
  kind: "closure" | "open" | "hoursChange";
  reason: string;
  frames?: Array<[string, string]> | undefined;
}

export function serviceNoticeText(n: NoticeLike, locale: string, day: string): string {
  const hours = (n.frames ?? []).map(([a, b]) => `${a}–${b}`).join("、");
  const zh = locale === "zh-CN";
  switch (n.kind) {
    case "open":
      return zh ? `${day} 营业${hours ? ` ${hours}` : ""}（${n.reason}）` : `${day} open${hours ? ` ${hours}` : ""} (${n.reason})`;
    case "closure":
      return zh ? `${day} 暂停营业（${n.reason}）` : `${day} closed (${n.reason})`;
    case "hoursChange":
      return zh ? `${day} 起调整营业时间（${n.reason}）` : `New hours from ${day} (${n.reason})`;
  }
}
