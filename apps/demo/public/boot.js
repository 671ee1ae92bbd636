// Runs in <head> before the first paint (an external file, so a strict Content-Security-Policy
// needs no 'unsafe-inline'). Keep the keys and values in step with src/preferences/. The language
// is decided earlier still, by vite/early-address.js.
(() => {
  const root = document.documentElement;
  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const frame = location.pathname === '/embed/frame';

  // Theme: the frame takes it from its URL, the site from the visitor's stored choice.
  const theme = frame
    ? new URLSearchParams(location.search).get('theme')
    : read('trailmark-demo:theme');
  root.dataset.tmTheme = theme === 'light' || theme === 'dark' ? theme : 'auto';
})();
