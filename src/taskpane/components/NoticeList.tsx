import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** The pane's messages (errors, warnings, results) as Fluent MessageBars. */
export function NoticeList() {
  const styles = useStyles();
  const strings = useStrings();
  const { notices, dismiss } = useOperation();
  if (notices.length === 0) return null;
  return (
    <div className={styles.list} aria-live="polite">
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline">
          <MessageBarBody className={styles.body}>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.title && ' '}
            {n.text}
            {n.lines && n.lines.length > 0 && (
              <ul className={styles.lines}>
                {n.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={strings.dismiss} icon={<DismissRegular />} onClick={() => dismiss(n.id)} />}
          />
        </MessageBar>
      ))}
    </div>
  );
}
