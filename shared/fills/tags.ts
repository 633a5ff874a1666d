/** Content-control tags of everything TD Lens inserts: refresh finds its own content by these. */
export const TD_TABLE_TAG = 'td-lens:td-table';
export const WTSA_ACTIONS_TAG = 'td-lens:wtsa-actions';
export const ACTION_PLAN_TAG = 'td-lens:action-plan';
export const STATUS_ROUND_TAG = 'td-lens:status-round';

/** `td-lens:emeeting-plan:RG-DT`. */
export function emeetingPlanTag(group: string): string {
  return `td-lens:emeeting-plan:${group.trim()}`;
}
