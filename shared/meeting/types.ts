/** The meeting a document belongs to; it decides the ITU URLs of the TDs it cites. */
export interface MeetingContext {
  /** `TSAG` or `SG17`. */
  group: string;
  /** `Geneva`, when known. */
  place?: string;
  /** First day of the meeting, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day, ISO, when known. */
  end?: string;
  /** Study period as ITU writes it in ids: 25 for 2025-2028, 22 for 2022-2024, 17, 13. */
  studyPeriod: number;
  /** Default sub-group of TDs without one (`GEN`). */
  subGroup?: string;
}
