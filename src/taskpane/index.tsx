import { createRoot } from 'react-dom/client';
import { Root } from './components/Root';
import { watchPolicyViolations } from './selftest/policyWatch';

// First, so what the page's policy blocks while office.js loads is on record for the self-test.
watchPolicyViolations();

const container = document.getElementById('root');
if (container) createRoot(container).render(<Root />);
