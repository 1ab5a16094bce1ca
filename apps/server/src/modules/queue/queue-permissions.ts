/** Who may use the queue: permissions of users, kinds of hall devices. */
import { DomainError } from "@ccms/core";
import type { Principal } from "../../http/principal.js";

export const QUEUE_ACTIONS = ["queue.issue", "queue.call", "queue.monitor", "queue.manage", "appointment.book", "appointment.approve"] as const;

/** Devices bound to the counter may read it (kiosk, display, rating pad). */
export function assertDeviceKind(p: Principal, kinds: readonly string[]): void {
  if (p.kind === "device" && !kinds.includes(p.deviceKind)) {
    throw new DomainError("forbidden", "device_not_allowed", `A ${p.deviceKind} device cannot do this`, { deviceKind: p.deviceKind });
  }
}

export function requireQueuePermission(p: Principal, action: string): void {
  if (p.kind === "device") throw new DomainError("forbidden", "user_required", "This action needs a signed-in user");
  if (!p.permissions.has(action)) throw new DomainError("forbidden", "permission_denied", `Missing permission ${action}`, { action });
}

export function principalId(p: Principal): string {
  return p.kind === "user" ? p.userId : p.deviceId;
}
