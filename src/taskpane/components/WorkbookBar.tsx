import { useState, type DragEvent } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import type { Host } from '../host/detectHost';
import type { WorkbookSessionState } from '../hooks/useWorkbookSession';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';
import { WORKBOOK_FILE_ACCEPT } from '../features/workbookFiles';
import { FilePickButton } from './FilePickButton';
import { WordPlanOpen } from './WordPlanOpen';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  file: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  warning: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** File mode: pick or drop a workbook, open the sample (the result's download is {@link ResultDownload}). Excel: the sample only. */
export function WorkbookBar({ host, state }: { host: Host; state: WorkbookSessionState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const [dragging, setDragging] = useState(false);
  const session = state.session;

  if (host.kind === 'excel') {
    return (
      <div className={styles.buttons}>
        <Button icon={<DocumentTableRegular />} disabled={busy !== null || session === null} onClick={() => void state.openSample()}>
          {strings.file.sample}
        </Button>
        <WordPlanOpen state={state} />
      </div>
    );
  }

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && busy === null) void state.openFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.bar, dragging && styles.dragging)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="workbook-bar"
    >
      <div className={styles.buttons}>
        <FilePickButton
          id="plan-file"
          label={strings.file.pickLabel}
          accept={WORKBOOK_FILE_ACCEPT}
          appearance="primary"
          icon={<FolderOpenRegular />}
          disabled={busy !== null}
          onFiles={(files) => {
            if (files[0]) void state.openFile(files[0]);
          }}
          aria-describedby="drop-hint"
        >
          {strings.file.pick}
        </FilePickButton>
        <Button icon={<DocumentTableRegular />} disabled={busy !== null} onClick={() => void state.openSample()}>
          {strings.file.sample}
        </Button>
        <WordPlanOpen state={state} />
      </div>
      <Body1 id="drop-hint" className={styles.hint}>
        {dragging ? strings.file.dropActive : strings.file.drop}
      </Body1>
      {session?.mode === 'file' && (
        <Body1 className={styles.file} data-testid="open-file">
          {strings.file.opened(session.fileName)}
        </Body1>
      )}
      {session?.mode === 'file' && state.pendingOpen && (
        <MessageBar intent="warning" layout="multiline" data-testid="unsaved-result">
          <MessageBarBody className={styles.warning}>
            <MessageBarTitle>{strings.guide.unsavedTitle}</MessageBarTitle> {strings.guide.unsaved(session.fileName)}
            <span className={styles.buttons}>
              <Button size="small" appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy !== null} onClick={() => void state.downloadAndOpen()}>
                {strings.guide.downloadFirst}
              </Button>
              <Button size="small" disabled={busy !== null} onClick={() => void state.discardAndOpen()}>
                {strings.guide.discardAndOpen}
              </Button>
              <Button size="small" appearance="subtle" onClick={state.cancelOpen}>
                {strings.guide.cancel}
              </Button>
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
