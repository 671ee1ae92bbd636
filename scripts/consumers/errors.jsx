// The README's development pattern for errors (docs/examples/errors/Roadmap.tsx), given bad.json.
import '@trailmark/react/styles.css';
import { createRoot } from 'react-dom/client';
import { Roadmap } from './errors/Roadmap.tsx';

createRoot(document.getElementById('root')).render(<Roadmap />);
