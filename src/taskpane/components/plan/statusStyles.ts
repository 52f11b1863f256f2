import { makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_PALETTE } from '../../../core/highlight/palette';

const swatch = (key: keyof typeof STATUS_PALETTE) => ({
  backgroundColor: STATUS_PALETTE[key].fill ?? tokens.colorNeutralBackground1,
  color: STATUS_PALETTE[key].text,
});

/** The sheet's status palette as classes, so the pane shows the colours the rows get. */
export const useStatusStyles = makeStyles({
  overdue: swatch('overdue'),
  'due-soon': swatch('due-soon'),
  pending: { ...swatch('pending'), border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  unscheduled: swatch('unscheduled'),
  ongoing: swatch('ongoing'),
  done: swatch('done'),
});
