import { createRoot } from 'react-dom/client';
import { Root } from './components/Root';

const container = document.getElementById('root');
// The ES5 webview check (bootstrap/webviewCheck.js) found the webview too old and said what to update.
const tooOld = (window as unknown as { __kstthcWebviewTooOld?: boolean }).__kstthcWebviewTooOld === true;
if (container && !tooOld) createRoot(container).render(<Root />);
