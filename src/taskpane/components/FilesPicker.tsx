import { useRef, type ReactElement, type ReactNode } from 'react';
import { Button, makeStyles, tokens, type ButtonProps } from '@fluentui/react-components';
import { WORKBOOK_FILE_ACCEPT } from '../features/workbookFiles';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
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
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <label htmlFor={id} className={styles.hidden}>
        {label}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        multiple
        accept={WORKBOOK_FILE_ACCEPT}
        className={styles.hidden}
        tabIndex={-1}
        onChange={(e) => {
          onFiles([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
      <div className={styles.buttons}>
        <Button className={styles.button} appearance={appearance} icon={icon} disabled={disabled} onClick={() => input.current?.click()} title={label}>
          {children}
        </Button>
        {chosen}
      </div>
    </>
  );
}
