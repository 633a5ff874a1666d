/** The fills (H5's FillPanel) as a pane section, for both entries. */
import { FillPanel } from '../fills/FillPanel';
import type { PaneSection } from './TaskPane';

export const FILL_SECTION: PaneSection = {
  id: 'fills',
  title: 'Fill',
  render: ({ host, meeting, detectedMeeting, register, busy }) => (
    <FillPanel host={host} meeting={meeting} detected={detectedMeeting} register={register} busy={busy} />
  ),
};
