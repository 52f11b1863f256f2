import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular, DocumentTableArrowRightRegular } from '@fluentui/react-icons';
import type { FormsState } from '../hooks/useForms';
import { useOperation } from '../hooks/useOperation';
import type { ProvinceTemplateState } from '../hooks/useProvinceTemplate';
import { useStrings } from '../i18n/context';
import { FilesPicker } from './FilesPicker';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
  chosen: { overflowWrap: 'anywhere' },
});

/** "Dùng biểu mẫu của tỉnh": pick the province's template, then fill it with the previewed forms. */
export function ProvinceTemplateCard({ forms, template }: { forms: FormsState; template: ProvinceTemplateState }) {
  const styles = useStyles();
  const strings = useStrings();
  const { busy } = useOperation();
  const t = strings.template;
  const unsettled = forms.preview !== null && forms.preview.read.conflicts.length > 0;
  return (
    <section aria-label={t.heading} className={styles.section} data-testid="forms-template">
      <Subtitle2 as="h3">{t.heading}</Subtitle2>
      <Caption1 className={styles.muted}>{t.hint}</Caption1>
      <FilesPicker
        id="forms-template-file"
        label={t.pickLabel}
        icon={<DocumentArrowUpRegular />}
        disabled={busy !== null}
        onFiles={(files) => void template.pick(files)}
        chosen={template.template ? <Body1 className={styles.chosen} data-testid="forms-template-chosen">{t.chosen(template.template.name)}</Body1> : undefined}
      >
        {t.pick}
      </FilesPicker>
      <Button
        className={styles.button}
        icon={<DocumentTableArrowRightRegular />}
        disabled={busy !== null || !template.template || !forms.preview || !forms.unit || unsettled}
        onClick={() => void template.fill()}
        data-testid="forms-template-fill"
      >
        {t.fill}
      </Button>
    </section>
  );
}
