import { DocumentTextRegular } from '@fluentui/react-icons';
import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';
import { WORD_FILE_ACCEPT } from '../features/wordPlan';
import { FilePickButton } from './FilePickButton';

/** "Mở kế hoạch từ tệp Word (.docx)": picks a .docx and reads its plan (SPEC §13), in Excel and in file mode. */
export function WordPlanOpen({ state }: { state: WorkbookSessionState }) {
  const strings = useStrings();
  const { busy } = useOperation();
  return (
    <FilePickButton
      id="word-file"
      label={strings.word.openLabel}
      accept={WORD_FILE_ACCEPT}
      icon={<DocumentTextRegular />}
      disabled={busy !== null}
      onFiles={(files) => {
        if (files[0]) void state.openFile(files[0]);
      }}
      data-testid="open-word"
    >
      {strings.word.open}
    </FilePickButton>
  );
}
