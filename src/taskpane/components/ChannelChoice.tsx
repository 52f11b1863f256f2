import { MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup } from '@fluentui/react-components';
import type { Channel } from '../../core/register/model';
import type { FormsState } from '../hooks/useForms';
import { useStrings } from '../i18n/context';

/**
 * The officer's channel for a register without a channel column (SPEC §14): shown when the
 * preview could not split (4)/(5), or once a channel was chosen; never guessed.
 */
export function ChannelChoice({ forms }: { forms: FormsState }) {
  const strings = useStrings();
  const t = strings.template;
  const from = forms.preview?.read.channelFrom;
  if (from !== 'missing' && from !== 'officer') return null;
  return (
    <MessageBar intent={from === 'missing' ? 'warning' : 'info'} layout="multiline" data-testid="forms-channel">
      <MessageBarBody>
        <MessageBarTitle>{t.channelTitle}</MessageBarTitle>
        {t.channelHint}
        <RadioGroup
          value={forms.channel ?? ''}
          onChange={(_e, d) => forms.setChannel(d.value === '' ? null : (d.value as Channel))}
          aria-label={t.channelTitle}
        >
          <Radio value="online" label={t.online} data-testid="forms-channel-online" />
          <Radio value="direct" label={t.direct} data-testid="forms-channel-direct" />
        </RadioGroup>
      </MessageBarBody>
    </MessageBar>
  );
}
