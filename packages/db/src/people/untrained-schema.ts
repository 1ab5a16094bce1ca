/** P-18 training passes and error charges (migration 024). */
export interface PeopleTrainingPassTable {
  id: string;
  user_id: string;
  course: string;
  passed_on: string;
  recorded_by: string;
  recorded_at: string;
}

export interface PeopleErrorChargeTable {
  id: string;
  user_id: string;
  org_unit_id: string;
  occurred_on: string;
  description: string;
  /** 0/1: the person was untrained on that day (P-18). */
  untrained: number;
  /** JSON UntrainedReason[] */
  untrained_reasons: string;
  /** The department head also charged (P-18), null when trained or no head on record. */
  head_user_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface UntrainedTables {
  people_training_passes: PeopleTrainingPassTable;
  people_error_charges: PeopleErrorChargeTable;
}
