/**
 * Reads the text back out of a PDF written by pdfkit (test helper): every font's ToUnicode map,
 * then each content stream's shown strings decoded through the map of the font in use. One line per
 * text-showing operator, so a table cell is one line.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  body: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const s = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const whole = m[2]!;
    const at = whole.indexOf("stream");
    if (at < 0) {
      out.set(Number(m[1]), { body: whole, stream: null });
      continue;
    }
    const body = whole.slice(0, at);
    let start = at + "stream".length;
    if (whole[start] === "\r") start++;
    if (whole[start] === "\n") start++;
    const end = whole.lastIndexOf("endstream");
    const raw = Buffer.from(whole.slice(start, end).replace(/\r?\n$/, ""), "latin1");
    out.set(Number(m[1]), { body, stream: body.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return out;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1]!, 16), hex(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[3]!.startsWith("[")) {
        const list = [...m[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => hex(x[1]!));
        for (let g = lo; g <= hi; g++) map.set(g, list[g - lo] ?? "");
      } else {
        const base = parseInt(m[3]!.slice(1, -1), 16);
        for (let g = lo; g <= hi; g++) map.set(g, String.fromCodePoint(base + (g - lo)));
      }
    }
  }
  return map;
}

/** The text of every page, one line per text operator (TJ/Tj). */
export function pdfText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const fontByName = new Map<string, Map<number, string>>();
  for (const o of objs.values()) {
    for (const m of o.body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      const tu = font && /\/ToUnicode (\d+) 0 R/.exec(font.body);
      const cmap = tu && objs.get(Number(tu[1]))?.stream;
      if (cmap) fontByName.set(m[1]!, toUnicodeMap(cmap.toString("latin1")));
    }
  }
  const lines: string[] = [];
  for (const o of objs.values()) {
    if (!o.stream || !o.body.includes("/Length") || o.body.includes("/Subtype") || o.body.includes("/Type")) continue;
    const content = o.stream.toString("latin1");
    if (!content.includes(" Tf")) continue;
    let font: Map<number, string> | undefined;
    for (const m of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) font = fontByName.get(m[1]);
      else {
        const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]!) : [m[3]!];
        lines.push(hexes.map((h) => (h.match(/.{4}/g) ?? []).map((g) => font?.get(parseInt(g, 16)) ?? "\uFFFD").join("")).join(""));
      }
    }
  }
  return lines;
}
