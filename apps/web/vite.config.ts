import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web imports only @ccms/contracts, straight from its TypeScript sources (no build needed).
const contracts = fileURLToPath(new URL("../../packages/contracts/src/index.ts", import.meta.url));

/** Vendor code in a few long-lived chunks; ECharts only loads with the pages that draw charts. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes("node_modules")) return undefined;
  if (/[\\/]node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/.test(id)) return "echarts";
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/.test(id)) return "react";
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(id)) return "zod";
  return undefined;
}

export default defineConfig({
  plugins: [react()],
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
    chunkSizeWarningLimit: 1500,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
