/**
 * C-11, K-09 the complainant's identity is masked by default: 张三 → 张*, 13812345678 → 138****5678.
 */
export function maskCustomerName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return "";
  if (chars.length === 1) return "*";
  return `${chars[0]}${"*".repeat(Math.min(chars.length - 1, 4))}`;
}

export function maskCustomerPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\s+/g, "");
  if (digits.length <= 4) return "*".repeat(digits.length);
  if (digits.length < 8) return `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
}
