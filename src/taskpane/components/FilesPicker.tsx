import type { ReactElement, ReactNode } from 'react';
import { makeStyles, tokens, type ButtonProps } from '@fluentui/react-components';
import { WORKBOOK_FILE_ACCEPT } from '../features/workbookFiles';
import { FilePickButton } from './FilePickButton';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start' },
});

export interface FilesPickerProps {
  /** Id of the hidden file input (tests set files on it). */
  id: string;
  /** What the screen reader hears for the input. */
  label: string;
  icon: ReactElement;
  appearance?: ButtonProps['appearance'];
  disabled: boolean;
  onFiles(files: File[]): void;
  /** The button's text. */
  children: ReactNode;
  /** What was chosen so far, shown under the button. */
  chosen?: ReactNode;
}

/** A button that opens the file dialog for several workbooks (.xlsx, .xls, .ods, .xlsb) (the input itself stays hidden). */
export function FilesPicker({ id, label, icon, appearance, disabled, onFiles, children, chosen }: FilesPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.buttons}>
      <FilePickButton id={id} label={label} accept={WORKBOOK_FILE_ACCEPT} multiple className={styles.button} appearance={appearance} icon={icon} disabled={disabled} onFiles={onFiles} title={label}>
        {children}
      </FilePickButton>
      {chosen}
    </div>
  );
}
