/** Types of the shift-relief, fitness, team-meeting and urgent-event screens (D-12, D-13, D-14), from the contracts. */
import type * as C from "@ccms/contracts";
import type { z } from "zod";

export type ShiftRelief = z.infer<typeof C.ShiftReliefResponse>;
export type ReliefSections = z.input<typeof C.ReliefSections>;
export type FitnessCheck = z.infer<typeof C.FitnessCheck>;
export type FitnessCheckList = z.infer<typeof C.FitnessCheckList>;
export type TeamMeeting = z.infer<typeof C.TeamMeetingResponse>;
export type TeamMeetingList = z.infer<typeof C.TeamMeetingList>;
export type RecordTeamMeetingRequest = z.input<typeof C.RecordTeamMeetingRequest>;
export type UrgentEvent = z.infer<typeof C.UrgentEventResponse>;
export type UrgentEventList = z.infer<typeof C.UrgentEventList>;
