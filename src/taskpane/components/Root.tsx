import { useEffect, useState } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useHost } from '../hooks/useHost';
import { StringsContext } from '../i18n/context';
import { loadStrings, paneLanguage } from '../i18n/language';
import { vi, type PaneStrings } from '../i18n/strings';
import { OperationProvider } from '../hooks/useOperation';
import { Pane } from './Pane';
import { OfficeUnready } from './OfficeUnready';

const useStyles = makeStyles({
  // On a wrapper, not on FluentProvider: Fluent gives its class to every portal's mount node too,
  // and a full-height one would blank the pane behind the date field's calendar.
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  starting: { padding: tokens.spacingVerticalXXL },
});

/** Theme, language and operation state around the pane; a spinner while Office is awaited, a retry when it never got ready. */
export function Root() {
  const styles = useStyles();
  const host = useHost();
  const language = paneLanguage(host?.displayLanguage ?? null);
  // Vietnamese at once; another language once its table has loaded (the spinner shows meanwhile).
  const [loaded, setLoaded] = useState<{ language: string; strings: PaneStrings }>({ language: 'vi', strings: vi });
  useEffect(() => {
    document.documentElement.lang = language;
    let live = true;
    // A table that cannot load (the network went away) leaves the pane in Vietnamese rather than blank.
    void loadStrings(language)
      .catch(() => vi)
      .then((strings) => {
        if (live) setLoaded({ language, strings });
      });
    return () => {
      live = false;
    };
  }, [language]);
  const strings = loaded.strings;
  const ready = loaded.language === language;
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <StringsContext.Provider value={strings}>
        <div className={styles.page}>
          {host === null || !ready ? (
            <Spinner className={styles.starting} label={strings.starting} labelPosition="below" />
          ) : host.kind === 'unready' ? (
            <OfficeUnready unready={host} onRetry={() => window.location.reload()} />
          ) : (
            <OperationProvider>
              <Pane host={host} />
            </OperationProvider>
          )}
        </div>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
