import { useRef } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';
import { WORD_FILE_ACCEPT } from '../features/wordPlan';

const useStyles = makeStyles({
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** "Mở kế hoạch từ tệp Word (.docx)": picks a .docx and reads its plan (SPEC §13), in Excel and in file mode. */
export function WordPlanOpen({ state }: { state: WorkbookSessionState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <label htmlFor="word-file" className={styles.hidden}>
        {strings.word.openLabel}
      </label>
      <input
        id="word-file"
        ref={input}
        type="file"
        accept={WORD_FILE_ACCEPT}
        className={styles.hidden}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void state.openFile(file);
        }}
      />
      <Button icon={<DocumentTextRegular />} disabled={busy !== null} onClick={() => input.current?.click()} data-testid="open-word">
        {strings.word.open}
      </Button>
    </>
  );
}
