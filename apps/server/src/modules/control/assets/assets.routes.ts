/** K-13 keys, alarm codes, fixed assets and hall equipment routes (issue 17 item 2): routes only translate. */
import {
  FixedAssetList,
  FixedAssetView,
  HallDayQuery,
  HallDayView,
  HandOverAssetRequest,
  HandOverKeyRequest,
  HeldByView,
  IdParams,
  KeyHoldingList,
  KeyHoldingView,
  KeysQuery,
  ListAssetsQuery,
  RecordHallCountRequest,
  RegisterAssetRequest,
  RegisterKeyRequest,
  SaveHallRotaRequest,
  UserIdParams,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../../context.js";
import { requireUser } from "../../../http/principal.js";
import { registerCloseCheck } from "../../daily-ops/extra-close-checks.js";
import { registerActions } from "../permissions.js";
import { handOverAsset, listAssets, registerAsset } from "./fixed-assets.js";
import { hallEquipmentCloseCheck, recordHallCount, saveHallRota, viewHallDay } from "./hall-equipment.js";
import { heldBy } from "./held-by.js";
import { handOverKey, listKeys, registerKey } from "./keys.js";

export const ASSET_PERMISSION_ACTIONS = ["keys.manage", "asset.manage", "asset.count"];

export function assetRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerActions(ASSET_PERMISSION_ACTIONS);
  registerCloseCheck("hall_equipment_counted", hallEquipmentCloseCheck);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/control";
  const tags = ["control-assets"];
  const u = (req: { principal: unknown }) => requireUser(req.principal as never);
  r.get(`${base}/keys`, { schema: { tags, summary: "Door keys and alarm codes with their holders and handovers (K-13)", querystring: KeysQuery, response: { 200: KeyHoldingList } } }, async (req) => listKeys(ctx, u(req), req.query.counterId));
  r.post(`${base}/keys`, { schema: { tags, summary: "Register a key or alarm code with its holder: director or deputy only (K-13)", body: RegisterKeyRequest, response: { 201: KeyHoldingView } } }, async (req, reply) => reply.status(201).send(await registerKey(ctx, u(req), req.body)));
  r.post(`${base}/keys/:id/handovers`, { schema: { tags, summary: "Hand a key or alarm code over between director and deputy (K-13)", params: IdParams, body: HandOverKeyRequest, response: { 200: KeyHoldingView } } }, async (req) => handOverKey(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/assets`, { schema: { tags, summary: "The fixed-asset register (K-13)", querystring: ListAssetsQuery, response: { 200: FixedAssetList } } }, async (req) => listAssets(ctx, u(req), req.query));
  r.post(`${base}/assets`, { schema: { tags, summary: "Register a fixed asset with its custodian (K-13)", body: RegisterAssetRequest, response: { 201: FixedAssetView } } }, async (req, reply) => reply.status(201).send(await registerAsset(ctx, u(req), req.body)));
  r.post(`${base}/assets/:id/handovers`, { schema: { tags, summary: "Hand a fixed asset over (move, exit, rotation) (K-13)", params: IdParams, body: HandOverAssetRequest, response: { 200: FixedAssetView } } }, async (req) => handOverAsset(ctx, u(req), req.params.id, req.body));
  r.get(`${base}/assets/held-by/:userId`, { schema: { tags, summary: "What a mover or leaver still holds; the exit's property item waits until empty (K-13)", params: UserIdParams, response: { 200: HeldByView } } }, async (req) => heldBy(ctx, u(req), req.params.userId));
  r.get(`${base}/hall-equipment`, { schema: { tags, summary: "Shared hall equipment of a day: rota, custodian, count (K-13)", querystring: HallDayQuery, response: { 200: HallDayView } } }, async (req) => viewHallDay(ctx, u(req), req.query));
  r.put(`${base}/hall-rota`, { schema: { tags, summary: "The rotating daily custodian of hall equipment (K-13)", body: SaveHallRotaRequest, response: { 200: HallDayView } } }, async (req) => saveHallRota(ctx, u(req), req.body));
  r.post(`${base}/hall-counts`, { schema: { tags, summary: "The day's custodian counts the shared hall equipment (K-13)", body: RecordHallCountRequest, response: { 201: HallDayView } } }, async (req, reply) => reply.status(201).send(await recordHallCount(ctx, u(req), req.body)));
}
