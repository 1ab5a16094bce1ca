/**
 * Colours of the customer devices (issue 18, 适老化): every customer text/background pair used in
 * queue.css, checked ≥ 4.5:1 in device-palette.test.ts. Backgrounds behind customer text are solid
 * (or gradients whose lightest stop is listed here).
 */
/** Kiosk tiles: white text on each (the gradient only darkens towards 70 % tile + 30 % black). */
export const TILE_COLORS = ["#1f5fbf", "#0b6e55", "#b23c0b", "#6d28d9", "#b91c1c", "#0e6a83", "#8a5306", "#a3154f"];

/** [foreground, background, where] — all ≥ 4.5:1. */
export const DEVICE_TEXT_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ["#ffffff", "#1f5fbf", "kiosk header (lightest stop of its gradient)"],
  ["#13203a", "#eef3fb", "kiosk body text"],
  ["#3d4a63", "#eef3fb", "kiosk secondary text, countdown"],
  ["#7a4300", "#fff4e5", "kiosk closed notice"],
  ["#b42318", "#fde8e8", "kiosk error"],
  ["#ffffff", "#0f1f3d", "kiosk and rating pad footer/header"],
  ["#ffffff", "#9a3412", "display banner (lightest stop)"],
  ["#ffffff", "#07132b", "display text"],
  ["#cbd5e1", "#07132b", "display secondary text"],
  ["#1a1300", "#ffd666", "display VIP tag"],
  ["#052e16", "#86efac", "display 绿色通道 tag"],
  ["#fde68a", "#2a2718", "display latest recent call"],
  ["#93c5fd", "#0d1a33", "display next numbers"],
  ["#13203a", "#ffffff", "rating faces"],
  ["#b45309", "#ffffff", "rating stars"],
  ["#3d4a63", "#e8f0fb", "rating secondary text, hint"],
  ["#4a5568", "#ffffff", "rating comment placeholder"],
  ["#3d4a63", "#e6ebf2", "rating submit not yet usable"],
  ["#17692c", "#e8f0fb", "rating thanks"],
  ["#ffffff", "#1f5fbf", "primary buttons"],
  ["#ffff00", "#000000", "large-text mode accents"],
  ["#ffffff", "#000000", "large-text mode text"],
];

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}
export function luminance(hex: string): number {
  const h = hex.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => channel(Number.parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
