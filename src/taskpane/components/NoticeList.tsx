import { useEffect, useRef } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useOperation } from '../hooks/useOperation';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/**
 * The messages (errors, warnings, results) of the current scope as Fluent MessageBars, placed
 * by each tab next to the actions that cause them; a new one is scrolled into view.
 */
export function NoticeList({ testId }: { testId?: string }) {
  const styles = useStyles();
  const strings = useStrings();
  const { notices, dismiss } = useOperation();
  const list = useRef<HTMLDivElement>(null);
  const newest = notices.length > 0 ? notices[notices.length - 1].id : null;
  useEffect(() => {
    if (newest !== null) list.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [newest]);
  if (notices.length === 0) return null;
  return (
    <div className={styles.list} aria-live="polite" ref={list} data-testid={testId}>
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
