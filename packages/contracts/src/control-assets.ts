/**
 * K-13 keys and alarm codes (director and deputy only, every handover recorded), the fixed-asset
 * register with a named custodian, hand-over on a move or exit, shared hall equipment with a rotating
 * daily custodian counted at close (seed 003-3 Art.9, 12, 13). Base path /api/v1/control.
 */
import { z } from "zod";
import { Id, LocalDate } from "./common.js";

const Text = (max = 200) => z.string().trim().min(1).max(max);
export const KeyKind = z.enum(["main_door_key", "auto_door_key", "alarm_code"]);
export const AssetHandoverReason = z.enum(["move", "exit", "rotation", "other"]);

export const KeyHandoverView = z.object({ id: Id, fromName: z.string().nullable(), toName: z.string(), note: z.string().nullable(), handedAt: z.string(), recordedByName: z.string() });
export const KeyHoldingView = z.object({
  id: Id,
  counterId: Id,
  kind: KeyKind,
  label: z.string(),
  holderId: Id.nullable(),
  holderName: z.string().nullable(),
  handovers: z.array(KeyHandoverView),
});
export type KeyHoldingView = z.infer<typeof KeyHoldingView>;
export const KeyHoldingList = z.object({ items: z.array(KeyHoldingView) });
export const KeysQuery = z.strictObject({ counterId: Id });
/** POST /api/v1/control/keys */
export const RegisterKeyRequest = z.strictObject({ counterId: Id, kind: KeyKind, label: Text(100), holderId: Id });
/** POST /api/v1/control/keys/:id/handovers */
export const HandOverKeyRequest = z.strictObject({ toUserId: Id, note: z.string().trim().max(500).optional() });

export const AssetHandoverView = z.object({ id: Id, fromName: z.string().nullable(), toName: z.string(), reason: AssetHandoverReason, note: z.string().nullable(), handedAt: z.string() });
export const FixedAssetView = z.object({
  id: Id,
  counterId: Id,
  assetNo: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  location: z.string().nullable(),
  quantity: z.number().int(),
  custodianId: Id,
  custodianName: z.string(),
  sharedHall: z.boolean(),
  status: z.enum(["active", "disposed"]),
  handovers: z.array(AssetHandoverView),
});
export type FixedAssetView = z.infer<typeof FixedAssetView>;
export const FixedAssetList = z.object({ items: z.array(FixedAssetView) });
export const ListAssetsQuery = z.strictObject({ counterId: Id, custodianId: Id.optional() });
/** POST /api/v1/control/assets */
export const RegisterAssetRequest = z.strictObject({
  counterId: Id,
  assetNo: Text(64),
  name: Text(200),
  category: z.string().trim().max(100).optional(),
  location: z.string().trim().max(200).optional(),
  quantity: z.number().int().min(1).max(100000).default(1),
  custodianId: Id,
  sharedHall: z.boolean().default(false),
});
/** POST /api/v1/control/assets/:id/handovers */
export const HandOverAssetRequest = z.strictObject({ toUserId: Id, reason: AssetHandoverReason, note: z.string().trim().max(500).optional() });

/** GET /api/v1/control/assets/held-by/:userId — what a mover or leaver still holds; exit closure waits until empty. */
export const HeldByView = z.object({
  userId: Id,
  userName: z.string(),
  assets: z.array(FixedAssetView),
  keys: z.array(KeyHoldingView),
  exitBlocked: z.boolean(),
});
export type HeldByView = z.infer<typeof HeldByView>;

/** PUT /api/v1/control/hall-rota */
export const SaveHallRotaRequest = z.strictObject({ counterId: Id, startDate: LocalDate, userIds: z.array(Id).min(1).max(50) });
export const HallDayQuery = z.strictObject({ counterId: Id, date: LocalDate.optional() });
export const HallCountLineView = z.object({ assetId: Id, assetNo: z.string(), name: z.string(), expected: z.number().int(), present: z.number().int() });
export const HallDayView = z.object({
  counterId: Id,
  date: LocalDate,
  rota: z.array(z.object({ userId: Id, name: z.string() })),
  rotaStartDate: LocalDate.nullable(),
  custodianId: Id.nullable(),
  custodianName: z.string().nullable(),
  assets: z.array(FixedAssetView),
  count: z
    .object({ id: Id, countedByName: z.string(), countedAt: z.string(), shortCount: z.number().int(), lines: z.array(HallCountLineView) })
    .nullable(),
});
export type HallDayView = z.infer<typeof HallDayView>;
/** POST /api/v1/control/hall-counts — by the day's custodian (or a manager). */
export const RecordHallCountRequest = z.strictObject({
  counterId: Id,
  date: LocalDate.optional(),
  lines: z.array(z.strictObject({ assetId: Id, present: z.number().int().min(0).max(100000) })).min(1).max(500),
});
