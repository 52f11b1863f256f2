import { lazy, Suspense, useState } from 'react';
import { Caption1, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { Host } from '../host/detectHost';
import { useStrings } from '../i18n/context';
import { useWorkbookSession } from '../hooks/useWorkbookSession';
import { OperationScope } from '../hooks/useOperation';
import { WorkbookBar } from './WorkbookBar';
import { ResultDownload } from './ResultDownload';
import { NoticeList } from './NoticeList';
import { BusyIndicator } from './BusyIndicator';
import { PlanTab } from './plan/PlanTab';

// The help menu (a Fluent Menu) and the IT officer's self-test come with their own chunks: no
// officer's first load pays for them (the first-load budget is 250 kB gzip).
const HelpMenu = lazy(() => import(/* webpackChunkName: "help-menu" */ './HelpMenu').then((m) => ({ default: m.HelpMenu })));
const SelfTestPanel = lazy(() => import(/* webpackChunkName: "self-test" */ './SelfTestPanel').then((m) => ({ default: m.SelfTestPanel })));

// The quarter's forms and the consolidation load when their tab is first opened: an officer who
// only tracks the plan never downloads the register, forms and consolidation code.
const FormsTab = lazy(() => import(/* webpackChunkName: "forms-tab" */ './FormsTab').then((m) => ({ default: m.FormsTab })));
const ConsolidateTab = lazy(() => import(/* webpackChunkName: "consolidate-tab" */ './ConsolidateTab').then((m) => ({ default: m.ConsolidateTab })));

type TabKey = 'plan' | 'forms' | 'consolidate';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
});

/** The task pane: header, workbook bar, notices, progress, and the three tabs. */
export function Pane({ host }: { host: Host }) {
  const styles = useStyles();
  const strings = useStrings();
  const workbook = useWorkbookSession(host);
  const [tab, setTab] = useState<TabKey>('plan');
  const [selfTest, setSelfTest] = useState(false);
  const modeNote = host.kind === 'excel' ? strings.modeExcel : strings.modeFile;

  return (
    <main className={styles.pane}>
      {/* Excel shows the add-in's name above the pane: no title of our own, only where we work. */}
      <header className={styles.header}>
        <h1 className={styles.hidden}>{strings.appTitle}</h1>
        <Caption1 className={styles.note}>{modeNote}</Caption1>
        <Suspense fallback={null}>
          <HelpMenu onSelfTest={host.kind === 'excel' ? () => setSelfTest(true) : null} />
        </Suspense>
      </header>
      {selfTest && (
        <OperationScope scope="selftest">
          <Suspense fallback={<Spinner size="tiny" label={strings.loadingTab} />}>
            <SelfTestPanel onClose={() => setSelfTest(false)} />
          </Suspense>
        </OperationScope>
      )}
      <WorkbookBar host={host} state={workbook} />
      <ResultDownload state={workbook} />
      <BusyIndicator />
      <NoticeList testId="pane-notices" />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, data) => setTab(data.value as TabKey)}
        aria-label={strings.tabs.label}
      >
        <Tab value="plan" id="tab-plan">{strings.tabs.plan}</Tab>
        <Tab value="forms" id="tab-forms">{strings.tabs.forms}</Tab>
        <Tab value="consolidate" id="tab-consolidate">{strings.tabs.consolidate}</Tab>
      </TabList>
      <section role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <OperationScope scope={tab} key={tab} resetKey={workbook.session}>
          {tab === 'plan' && <PlanTab state={workbook} />}
          <Suspense fallback={<Spinner size="tiny" label={strings.loadingTab} />}>
            {tab === 'forms' && <FormsTab state={workbook} />}
            {tab === 'consolidate' && <ConsolidateTab state={workbook} />}
          </Suspense>
        </OperationScope>
      </section>
    </main>
  );
}
