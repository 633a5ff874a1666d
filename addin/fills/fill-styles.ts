/** Styles shared by the fill forms. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useFillStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'end' },
  // minmax(0, 1fr) and min-width 0: inputs shrink to a narrow task pane (320 px) instead of overflowing it.
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: '6px',
    '& .fui-Field, & .fui-Input': { minWidth: 0 },
  },
  hint: { color: tokens.colorNeutralForeground3 },
  warnings: { margin: 0, paddingLeft: '18px' },
});
