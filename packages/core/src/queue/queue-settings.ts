/** Queue settings per counter (Q-03 anti-starvation, recall limit, Q-06 handling, Q-07 waiting). */
export interface QueueSettingsValues {
  normalWaitLimitMinutes: number;
  maxConsecutivePriorityCalls: number;
  recallLimit: number;
  handlingLimitMinutes: number;
  waitTargetMinutes: number;
  peakWaitLimitMinutes: number;
  alertLeadMinutes: number;
}

export const DEFAULT_QUEUE_SETTINGS: Readonly<QueueSettingsValues> = {
  normalWaitLimitMinutes: 20,
  maxConsecutivePriorityCalls: 3,
  recallLimit: 2,
  handlingLimitMinutes: 15,
  waitTargetMinutes: 15, // Q-07 daily average
  peakWaitLimitMinutes: 30, // Q-07 peak
  alertLeadMinutes: 3, // Q-07 alert before the target is broken
};
