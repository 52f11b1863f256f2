import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/context';

/** Honest notice for a tab whose computation has not landed yet. */
export function NotReady() {
  const strings = useStrings();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.notReady}</MessageBarTitle>
        {strings.notReadyDetail}
      </MessageBarBody>
    </MessageBar>
  );
}
