import { Select, makeStyles, type SelectProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { width: '100%', minWidth: 0, maxWidth: '100%' },
  // A native select is as wide as its longest option (long unit names): keep it inside the pane.
  select: { width: '100%', minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
});

/** Fluent's (native) Select, never wider than the pane. */
export function FitSelect(props: SelectProps) {
  const styles = useStyles();
  return <Select {...props} className={styles.root} select={{ className: styles.select }} />;
}
