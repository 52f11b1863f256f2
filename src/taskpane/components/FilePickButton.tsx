import { useRef, type ReactElement, type ReactNode } from 'react';
import { Button, makeStyles, type ButtonProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface FilePickButtonProps extends Pick<ButtonProps, 'appearance' | 'className' | 'title' | 'aria-describedby'> {
  /** Id of the hidden file input (tests set files on it). */
  id: string;
  /** What the screen reader hears for the input. */
  label: string;
  /** The input's `accept`: the extensions and types offered in the dialog. */
  accept: string;
  icon: ReactElement;
  disabled: boolean;
  /** Several files at once. */
  multiple?: boolean;
  /** The files chosen (none when the dialog was cancelled); the input is cleared, so the same file can be picked again. */
  onFiles(files: File[]): void;
  /** The button's text. */
  children: ReactNode;
  'data-testid'?: string;
}

/** A button that opens the file dialog; the file input itself stays hidden, with its label for screen readers. */
export function FilePickButton({ id, label, accept, icon, disabled, multiple, onFiles, children, ...button }: FilePickButtonProps) {
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
        multiple={multiple}
        accept={accept}
        className={styles.hidden}
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <Button {...button} icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
