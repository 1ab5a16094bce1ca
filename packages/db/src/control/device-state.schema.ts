/** Tables of device state, pairing codes (migration 010) and counters' published open/closed state. */
export interface DeviceStateTable {
  device_id: string;
  last_seen_at: string | null;
  pin_hash: string | null;
  pin_failures: number;
  pin_locked_until: string | null;
  window_id: string | null;
  large_text: number;
  updated_at: string;
}

export interface DevicePairingTable {
  id: string;
  code: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  claimed_at: string | null;
  claimed_by: string | null;
  device_id: string | null;
  delivered_at: string | null;
}

export interface CounterClockStateTable {
  counter_id: string;
  open: number;
  checked_at: string;
}

export interface DeviceTables {
  device_states: DeviceStateTable;
  device_pairings: DevicePairingTable;
  counter_clock_states: CounterClockStateTable;
}
