import { createRoot } from 'react-dom/client';
import { Root } from './components/Root';

const container = document.getElementById('root');
if (container) createRoot(container).render(<Root />);
