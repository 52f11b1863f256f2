import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { Unready } from '../host/detectHost';
import { useStrings } from '../i18n/context';

const useStyles = makeStyles({
  pane: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/**
 * Inside Excel, Office did not get ready: says why and offers a retry (a reload of the pane,
 * which loads office.js again). Never file mode: the officer is in Excel.
 */
export function OfficeUnready({ unready, onRetry }: { unready: Unready; onRetry: () => void }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <main className={styles.pane}>
      <MessageBar intent="error" layout="multiline" data-testid="office-unready">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{strings.unready.title}</MessageBarTitle>{' '}
          {unready.reason === 'timeout' ? strings.unready.timeout : strings.unready.officeJsUnavailable}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {strings.unready.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}
