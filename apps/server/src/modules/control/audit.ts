/**
 * Append-only, hash-chained audit log. Every state change that matters is appended in the same
 * transaction as the change itself, so a rolled-back change leaves no entry and vice versa.
 */
import { createHash } from "node:crypto";
import { type AuditContent, GENESIS_HASH, chainInput, findBrokenLink } from "@ccms/core";
import { type Database, type Executor, auditRepository } from "@ccms/db";

export const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

export interface AuditActor {
  id: string | null;
  name: string | null;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  orgUnitId?: string | null;
  details?: unknown;
}

export async function appendAudit(
  ex: Executor,
  engine: Database["engine"],
  actor: AuditActor,
  at: Date,
  input: AuditInput,
): Promise<void> {
  await auditRepository.lockHead(ex, engine);
  const head = await auditRepository.head(ex);
  const content: AuditContent = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorId: actor.id,
    orgUnitId: input.orgUnitId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    details: input.details ?? null,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = sha256(chainInput(prevHash, content));
  await auditRepository.insert(ex, {
    seq: content.seq,
    at: content.at,
    actor_id: content.actorId,
    actor_name: actor.name,
    org_unit_id: content.orgUnitId,
    action: content.action,
    entity_type: content.entityType,
    entity_id: content.entityId,
    details: JSON.stringify(content.details),
    prev_hash: prevHash,
    hash,
  });
}

/** Walk the whole chain in pages; report the first broken link. */
export async function verifyAuditChain(ex: Executor): Promise<{ ok: boolean; checked: number; firstBroken: { seq: number; reason: string } | null }> {
  let prev = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  let expectedSeq = 1;
  for (;;) {
    const rows = await auditRepository.page(ex, after, 1000);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: "missing_entry" } };
      expectedSeq++;
    }
    const broken = findBrokenLink(
      rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actorId: r.actor_id,
        orgUnitId: r.org_unit_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        details: JSON.parse(r.details) as unknown,
        prevHash: r.prev_hash,
        hash: r.hash,
      })),
      sha256,
      prev,
    );
    if (broken) return { ok: false, checked: checked + rows.findIndex((r) => r.seq === broken.seq), firstBroken: broken };
    checked += rows.length;
    const last = rows[rows.length - 1]!;
    prev = last.hash;
    after = last.seq;
  }
  return { ok: true, checked, firstBroken: null };
}
