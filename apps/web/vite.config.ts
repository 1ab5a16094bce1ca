import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { type Plugin, defineConfig } from "vite";

// The web imports only @ccms/contracts, straight from its TypeScript sources (no build needed).
const contracts = fileURLToPath(new URL("../../packages/contracts/src/index.ts", import.meta.url));

/** Vendor code in a few long-lived chunks; ECharts only loads with the pages that draw charts. */
function vendorChunk(id: string, meta: ManualChunkMeta): string | undefined {
  // The web's ECharts wrapper imports the series and components: with them, never in the main echarts chunk.
  if (/[\\/]src[\\/]lib[\\/]echarts\.tsx$/.test(id)) return "echarts-parts";
  if (!id.includes("node_modules")) return undefined;
  // ECharts and zrender import each other: split into two chunks they initialise in the wrong order
  // ("is is not a function" on the first chart), so they share one chunk — all but the series and
  // components nothing in that chunk imports (echartsParts): those go to a second chunk that only
  // imports the first, so both stay under the 500 KB warning and no import cycle can arise.
  if (/[\\/]node_modules[\\/](echarts|echarts-for-react|zrender)[\\/]/.test(id)) return echartsParts(meta).has(id) ? "echarts-parts" : "echarts";
  // tslib serves ECharts and zrender: a chunk of its own, so it can never land in echarts-parts.
  if (/[\\/]node_modules[\\/]tslib[\\/]/.test(id)) return "tslib";
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return "react";
  // The router apart: the hall devices' app (DeviceApp.tsx) does without it.
  if (/[\\/]node_modules[\\/](react-router|react-router-dom)[\\/]/.test(id)) return "router";
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(id)) return "zod";
  return undefined;
}

type ManualChunkMeta = { getModuleIds(): IterableIterator<string>; getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null };

const ECHARTS_SERIES_OR_COMPONENT = /[\\/]node_modules[\\/]echarts[\\/](lib[\\/](chart|component)[\\/]|lib[\\/]export[\\/](charts|components|renderers)\.js$|(charts|components|renderers)\.js$)/;
const ECHARTS_ANY = /[\\/]node_modules[\\/](echarts|echarts-for-react|zrender|tslib)[\\/]/;
let echartsPartsCache: Set<string> | undefined;
/**
 * ECharts series and components (lib/chart, lib/component and the barrels re-exporting them) that no
 * other ECharts or zrender module imports, directly or through another such module: the largest set
 * the main echarts chunk never imports (a greatest fixed point over the module graph).
 */
function echartsParts(meta: ManualChunkMeta): Set<string> {
  if (echartsPartsCache) return echartsPartsCache;
  const ids = [...meta.getModuleIds()];
  const parts = new Set(ids.filter((id) => ECHARTS_SERIES_OR_COMPONENT.test(id)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of ids) {
      if (parts.has(id) || !ECHARTS_ANY.test(id)) continue;
      const info = meta.getModuleInfo(id);
      for (const dep of [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])]) {
        if (parts.delete(dep)) changed = true;
      }
    }
  }
  echartsPartsCache = parts;
  return parts;
}

/** The build fails if the main echarts chunk imports echarts-parts (an import cycle between them). */
function echartsChunkCheck(): Plugin {
  return {
    name: "ccms-echarts-chunk-check",
    apply: "build",
    buildStart() {
      echartsPartsCache = undefined;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
      const main = chunks.filter((c) => c.name === "echarts" || c.name === "tslib");
      const parts = new Set(chunks.filter((c) => c.name === "echarts-parts").map((c) => c.fileName));
      for (const c of main) {
        const bad = c.imports.filter((i) => parts.has(i));
        if (!bad.length) continue;
        const inParts = new Set(chunks.filter((p) => parts.has(p.fileName)).flatMap((p) => Object.keys(p.modules)));
        const culprits = Object.keys(c.modules).flatMap((id) => (this.getModuleInfo(id)?.importedIds ?? []).filter((d) => inParts.has(d)).map((d) => `${id} → ${d}`));
        this.error(`${c.fileName} imports ${bad.join(", ")}: ECharts would initialise in the wrong order (${culprits.slice(0, 5).join("; ")})`);
      }
    },
  };
}

/** Hall devices: the JavaScript each downloads must stay under this (gzip), issue 12 item 9. */
const DEVICE_PAGES: Record<string, string> = { kiosk: "KioskPage", display: "DisplayPage", "rating pad": "RatingPadPage" };
const DEVICE_BUDGET_KB = 250;

/**
 * Prints, after `vite build`, the gzip size of the JavaScript each device page loads: the entry chunk, the
 * devices' app chunk and the page's lazy chunk, with everything they import statically. Over the budget →
 * a build warning (`CCMS_BUNDLE_DETAIL=1` also lists the heaviest packages).
 */
function deviceBundleReport(): Plugin {
  return {
    name: "ccms-device-bundle-report",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { code: string; imports: string[]; isEntry: boolean; facade: string | null; modules: Record<string, { renderedLength: number }> }>();
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type === "chunk") chunks.set(file, { code: out.code, imports: out.imports, isEntry: out.isEntry, facade: out.facadeModuleId, modules: out.modules });
      }
      const gz = new Map<string, number>();
      const size = (file: string) => {
        if (!gz.has(file)) gz.set(file, gzipSync(chunks.get(file)?.code ?? "").length);
        return gz.get(file)!;
      };
      const closure = (roots: string[]) => {
        const seen = new Set<string>();
        const visit = (f: string) => {
          if (seen.has(f) || !chunks.has(f)) return;
          seen.add(f);
          for (const i of chunks.get(f)!.imports) visit(i);
        };
        roots.forEach(visit);
        return seen;
      };
      // main.tsx loads the devices' app (DeviceApp.tsx) on demand: it is part of every device page's load.
      const deviceApp = [...chunks].filter(([, c]) => c.facade?.replace(/\\/g, "/").endsWith("/src/DeviceApp.tsx")).map(([f]) => f);
      const entries = [...[...chunks].filter(([, c]) => c.isEntry).map(([f]) => f), ...deviceApp];
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const lines = [`device pages — JavaScript loaded (gzip), budget ${DEVICE_BUDGET_KB} KB:`];
      for (const [label, page] of Object.entries(DEVICE_PAGES)) {
        const pageChunk = [...chunks].find(([, c]) => c.facade?.replace(/\\/g, "/").endsWith(`/modules/queue/${page}.tsx`))?.[0];
        if (!pageChunk) {
          lines.push(`  ${label.padEnd(11)} ${page}.tsx is not a lazy chunk of its own`);
          continue;
        }
        const files = closure([...entries, pageChunk]);
        const total = [...files].reduce((n, f) => n + size(f), 0);
        const over = total > DEVICE_BUDGET_KB * 1024;
        lines.push(`  ${label.padEnd(11)} ${kb(total).padStart(9)} in ${files.size} files (entry and app ${kb(entries.reduce((n, f) => n + size(f), 0))}, page ${kb(size(pageChunk))})${over ? "  ✗ OVER BUDGET" : "  ✓"}`);
        if (process.env.CCMS_BUNDLE_DETAIL) {
          // What weighs: minified bytes per package (or source folder) in the files this page loads.
          const by = new Map<string, number>();
          for (const f of files) {
            for (const [id, m] of Object.entries(chunks.get(f)!.modules)) {
              const p = id.replace(/\\/g, "/");
              const nm = p.lastIndexOf("/node_modules/");
              const rest = nm >= 0 ? p.slice(nm + 14) : p.slice(p.indexOf("/src/") + 1);
              const key = nm >= 0 ? rest.split("/").slice(0, rest.startsWith("@") ? 2 : 1).join("/") : rest.split("/").slice(0, 3).join("/");
              by.set(key, (by.get(key) ?? 0) + m.renderedLength);
            }
          }
          for (const [k, n] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25)) lines.push(`      ${kb(n).padStart(9)} min  ${k}`);
        }
        if (over) this.warn(`${label} loads ${kb(total)} of JavaScript (gzip), more than ${DEVICE_BUDGET_KB} KB`);
      }
      console.log(`\n${lines.join("\n")}\n`);
    },
  };
}

export default defineConfig({
  plugins: [react(), deviceBundleReport(), echartsChunkCheck()],
  resolve: { alias: { "@ccms/contracts": contracts } },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { "/api": { target: "http://localhost:3000" } } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
