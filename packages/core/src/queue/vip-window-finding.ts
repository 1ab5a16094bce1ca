/** ORG-03 a counter with 3 or more tellers on duty must have an open VIP window. */
export interface WindowDuty {
  vip: boolean;
  active: boolean;
  /** A teller is signed in. */
  staffed: boolean;
  paused: boolean;
}

export interface VipWindowFinding {
  rule: "ORG-03";
  code: "vip_window_missing";
  tellersOnDuty: number;
}

export const ORG03_TELLER_THRESHOLD = 3;

export function vipWindowFinding(windows: readonly WindowDuty[]): VipWindowFinding | null {
  const tellersOnDuty = windows.filter((w) => w.active && w.staffed).length;
  if (tellersOnDuty < ORG03_TELLER_THRESHOLD) return null;
  const openVip = windows.some((w) => w.active && w.vip && w.staffed && !w.paused);
  return openVip ? null : { rule: "ORG-03", code: "vip_window_missing", tellersOnDuty };
}
