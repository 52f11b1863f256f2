import { useEffect } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useHost } from '../hooks/useHost';
import { StringsContext } from '../i18n/context';
import { paneLanguage, stringsFor } from '../i18n/language';
import { OperationProvider } from '../hooks/useOperation';
import { Pane } from './Pane';
import { OfficeUnready } from './OfficeUnready';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  starting: { padding: tokens.spacingVerticalXXL },
});

/** Theme, language and operation state around the pane; a spinner while Office is awaited, a retry when it never got ready. */
export function Root() {
  const styles = useStyles();
  const host = useHost();
  const language = paneLanguage(host?.displayLanguage ?? null);
  const strings = stringsFor(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={language}>
      <StringsContext.Provider value={strings}>
        {host === null ? (
          <Spinner className={styles.starting} label={strings.starting} labelPosition="below" />
        ) : host.kind === 'unready' ? (
          <OfficeUnready unready={host} onRetry={() => window.location.reload()} />
        ) : (
          <OperationProvider>
            <Pane host={host} />
          </OperationProvider>
        )}
      </StringsContext.Provider>
    </FluentProvider>
  );
}
