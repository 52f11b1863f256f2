import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  // Stuck to the top of the pane while the officer scrolls: every tab's "done" message names this
  // button, and the actions that write sit far below the workbook bar.
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `0 ${tokens.strokeWidthThin} 0 ${tokens.colorNeutralStroke2}`,
  },
});

/** File mode, once something was written: "Tải tệp kết quả", always in view. */
export function ResultDownload({ state }: { state: WorkbookSessionState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  if (state.session?.mode !== 'file' || !state.hasResult) return null;
  return (
    <div className={styles.bar} data-testid="result-download">
      <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy !== null} onClick={() => void state.download()}>
        {strings.file.download}
      </Button>
    </div>
  );
}
