/** D-10 lost property as the contracts show it. */
import { maskName, maskPersonalData } from "@ccms/core";
import type { LostPropertyResponse } from "@ccms/contracts";
import type { LostPropertyRow } from "@ccms/db";
import type { z } from "zod";

/** K-09 the owner's name and any ID / phone / card number typed into the texts are masked unless unmasked (audited). */
export function presentLost(r: LostPropertyRow, unmasked = false): z.infer<typeof LostPropertyResponse> {
  const m = (t: string | null) => (unmasked ? t : maskPersonalData(t));
  return {
    id: r.id,
    counterId: r.counter_id,
    description: m(r.description) ?? "",
    foundAt: r.found_at,
    foundPlace: r.found_place,
    foundBy: m(r.found_by),
    storedAt: r.stored_at,
    status: r.status,
    returnedTo: unmasked ? r.returned_to : maskName(r.returned_to),
    identityNote: m(r.identity_note),
    returnedAt: r.returned_at,
    note: m(r.note),
    recordedById: r.recorded_by,
    createdAt: r.created_at,
  };
}
