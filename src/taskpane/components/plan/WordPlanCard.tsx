import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { formatViDate } from '../../../core/calendar/isoDate';
import type { WorkbookSessionState } from '../../hooks/useWorkbookSession';
import { useOperation } from '../../hooks/useOperation';
import { useStrings } from '../../i18n/context';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, whiteSpace: 'normal', overflowWrap: 'anywhere' },
  line: { whiteSpace: 'pre-line' },
  button: { alignSelf: 'flex-start' },
});

/**
 * A plan read from a Word file and not yet in the workbook: what the document's title block
 * says (kind, title, number, date, issuer), and "Ghi bảng vào trang tính" to write its table
 * as a new sheet.
 */
export function WordPlanCard({ state }: { state: WorkbookSessionState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const word = state.wordPlan;
  if (!word) return null;
  const h = word.sheet.heading;
  const title = [h.kind, h.title].filter((t) => t).join(' ');
  const facts = [h.number ? strings.word.number(h.number) : '', h.date ? strings.word.date(formatViDate(h.date)) : ''].filter((t) => t).join(' · ');
  return (
    <MessageBar intent="info" layout="multiline" data-testid="word-plan">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{strings.word.from(word.fileName)}</MessageBarTitle>
        {title && <Body1 data-testid="word-title">{title}</Body1>}
        {facts && <Body1 data-testid="word-facts">{facts}</Body1>}
        {h.issuer && <Body1 className={styles.line}>{strings.word.issuer(h.issuer)}</Body1>}
        {word.sheet.tablesJoined > 1 && <Body1>{strings.word.tables(word.sheet.tablesJoined)}</Body1>}
        <Body1>{strings.word.writeHint}</Body1>
        <Button className={styles.button} appearance="primary" icon={<TableAddRegular />} disabled={busy !== null} onClick={() => void state.writeWordPlan()} data-testid="write-word-plan">
          {strings.word.write}
        </Button>
        <Body1>{strings.word.actionsWait}</Body1>
      </MessageBarBody>
    </MessageBar>
  );
}
