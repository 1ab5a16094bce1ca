/** Bench: the p-th percentile (nearest rank) of a list of numbers; NaN when empty. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
