// The README's quick start (docs/examples/quick-start/Roadmap.tsx), as it is: no locale, so the
// roadmap follows this page's <html lang="en">.
import { version } from 'react';
import { createRoot } from 'react-dom/client';
import { Roadmap } from './quick-start/Roadmap.tsx';

window.__reactVersion = version;
createRoot(document.getElementById('root')).render(<Roadmap />);
