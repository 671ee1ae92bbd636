import '@trailmark/react/styles.css';
import { hydrateRoot } from 'react-dom/client';
import { app } from './hydrate-app.js';

hydrateRoot(document.getElementById('root'), app(), {
  // A mismatch is a recoverable error: make it one the test sees on the console.
  onRecoverableError: (error) => console.error('hydration:', error),
});
