/**
 * The Chinese font of printed reports (I-04): Noto Sans SC (OFL-1.1) from @fontsource/noto-sans-sc,
 * read once per process. Its simplified-Chinese subset (about 7,900 characters with Latin and
 * digits) covers nearly every text; a rarer character (a name's 喆 or 堃) is drawn from the numbered
 * slice of the same font that holds it (the slices' unicode ranges come from the package's own CSS),
 * so a printed report never shows a missing glyph for a character the font has.
 * The package ships WOFF; each file is unwrapped once into a plain OpenType font (zlib), which
 * fontkit reads and subsets in milliseconds (WOFF2 and WOFF read directly took seconds per report).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";

export type FontWeight = "regular" | "bold";

interface Slice {
  file: string;
  ranges: Array<[number, number]>;
}

interface LoadedFonts {
  dir: string;
  main: Record<FontWeight, Buffer>;
  slices: Record<FontWeight, Slice[]>;
}

let loaded: LoadedFonts | null = null;
const unwrapped = new Map<string, Buffer>();

/** WOFF 1.0 → the sfnt it wraps: the table directory rewritten, each table inflated when compressed. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const head = Buffer.alloc(12 + 16 * numTables);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const [tag, at, compLength, origLength, checksum] = [woff.readUInt32BE(e), woff.readUInt32BE(e + 4), woff.readUInt32BE(e + 8), woff.readUInt32BE(e + 12), woff.readUInt32BE(e + 16)];
    const raw = woff.subarray(at, at + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    const d = 12 + i * 16;
    head.writeUInt32BE(tag, d);
    head.writeUInt32BE(checksum, d + 4);
    head.writeUInt32BE(offset, d + 8);
    head.writeUInt32BE(origLength, d + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  }
  return Buffer.concat(parts);
}

function readFont(path: string): Buffer {
  let b = unwrapped.get(path);
  if (!b) {
    b = woffToSfnt(readFileSync(path));
    unwrapped.set(path, b);
  }
  return b;
}

function parseSlices(css: string): Slice[] {
  const out: Slice[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/(noto-sans-sc-\d+-\d+-normal\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    });
    out.push({ file, ranges });
  }
  return out;
}

function fonts(): LoadedFonts {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff"));
  const pkg = dirname(dir);
  const main = {
    regular: readFont(join(dir, "noto-sans-sc-chinese-simplified-400-normal.woff")),
    bold: readFont(join(dir, "noto-sans-sc-chinese-simplified-700-normal.woff")),
  };
  loaded = {
    dir,
    main,
    slices: { regular: parseSlices(readFileSync(join(pkg, "400.css"), "utf8")), bold: parseSlices(readFileSync(join(pkg, "700.css"), "utf8")) },
  };
  return loaded;
}

/** The font file (bytes) the document registers under `name`. */
export interface FontFace {
  name: string;
  bytes: () => Buffer;
}

export function mainFace(weight: FontWeight): FontFace {
  return { name: `cjk-${weight}`, bytes: () => fonts().main[weight] };
}

/**
 * The text cut into runs, each with the face that has its characters (the main face when none has);
 * `mainHas` tells whether the main face has a character (the document's loaded font knows).
 */
export function fontRuns(text: string, weight: FontWeight, mainHas: (codePoint: number) => boolean): Array<{ face: FontFace; text: string }> {
  const f = fonts();
  const runs: Array<{ face: FontFace; text: string }> = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let face = mainFace(weight);
    if (cp > 0x7f && !mainHas(cp)) {
      const slice = f.slices[weight].find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (slice) face = { name: `cjk-${weight}-${slice.file}`, bytes: () => readFont(join(f.dir, slice.file)) };
    }
    const last = runs.at(-1);
    if (last && last.face.name === face.name) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}
