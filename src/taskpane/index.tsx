import { createRoot } from 'react-dom/client';
import { Root } from './components/Root';
import { watchPolicyViolations } from './selftest/policyWatch';

// First, so what the page's policy blocks while office.js loads is on record for the self-test.
watchPolicyViolations();

const container = document.getElementById('root');
// The ES5 webview check (bootstrap/webviewCheck.js) found the webview too old and said what to update.
const tooOld = (window as unknown as { __kstthcWebviewTooOld?: boolean }).__kstthcWebviewTooOld === true;
if (container && !tooOld) createRoot(container).render(<Root />);
