import { randomBytes } from "node:crypto";
import { type Executor, sessionRepository } from "@ccms/db";
import { ulid } from "ulid";
import { sha256 } from "./audit.js";

export const newToken = (prefix: string): string => `${prefix}${randomBytes(32).toString("base64url")}`;

export async function createSession(
  ex: Executor,
  owner: { userId: string } | { deviceId: string },
  now: Date,
  ttlHours: number,
): Promise<{ id: string; token: string; csrfToken: string; expiresAt: string }> {
  const token = newToken("s_");
  const csrfToken = randomBytes(24).toString("base64url");
  const id = ulid();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000).toISOString();
  await sessionRepository.insert(ex, {
    id,
    token_hash: sha256(token),
    user_id: "userId" in owner ? owner.userId : null,
    device_id: "deviceId" in owner ? owner.deviceId : null,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    last_seen_at: now.toISOString(),
    revoked_at: null,
  });
  return { id, token, csrfToken, expiresAt };
}
