import { useRef, useState } from 'react';
import { Button, Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, DismissRegular } from '@fluentui/react-icons';
import { useStrings } from '../../i18n/context';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * A reminder's full draft as text to copy, where the webview downloads nothing (Excel for Mac
 * and iPad, office-js issue 2700): the clipboard when the webview allows it, else the text is
 * selected for the officer's own Cmd+C.
 */
export function DraftToCopy({ unit, text, onClose }: { unit: string; text: string; onClose: () => void }) {
  const styles = useStyles();
  const s = useStrings().remind;
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    area.current?.select();
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // No clipboard access here: the text stays selected for Cmd+C.
    }
  };
  return (
    <div className={styles.box} data-testid="remind-draft">
      <Field label={s.draftLabel(unit)}>
        <Textarea ref={area} className={styles.text} value={text} readOnly resize="vertical" rows={12} />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" icon={<CopyRegular />} onClick={() => void copy()}>
          {s.copy}
        </Button>
        <Button size="small" icon={<DismissRegular />} onClick={onClose}>
          {s.closeDraft}
        </Button>
      </div>
      {copied && <Caption1 role="status">{s.copied}</Caption1>}
    </div>
  );
}
