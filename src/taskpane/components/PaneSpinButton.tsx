import { SpinButton, type SpinButtonProps } from '@fluentui/react-components';
import { useStrings } from '../i18n/context';

/**
 * Fluent's SpinButton whose step buttons speak the pane's language to screen readers (Fluent's
 * own say "Increment value" / "Decrement value").
 */
export function PaneSpinButton(props: SpinButtonProps) {
  const strings = useStrings();
  return <SpinButton {...props} incrementButton={{ 'aria-label': strings.spin.increment }} decrementButton={{ 'aria-label': strings.spin.decrement }} />;
}
