// Runs in <head> before the first paint (an external file, so a strict Content-Security-Policy
// needs no 'unsafe-inline'). Keep the keys and values in step with src/preferences/.
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
  if (frame) return;

  // Language: English pages live at the root, Chinese ones under /zh-CN. A root page is sent to
  // its /zh-CN twin when the visitor chose Chinese before, or, with no choice stored, when the
  // browser lists Chinese before English. A /zh-CN address is an explicit choice and stays.
  const path = location.pathname;
  if (path === '/zh-CN' || path.startsWith('/zh-CN/')) return;
  let locale = read('trailmark-demo:locale');
  if (locale !== 'en' && locale !== 'zh-CN') {
    locale = 'en';
    for (const tag of navigator.languages || [navigator.language]) {
      const lower = String(tag).toLowerCase();
      if (lower.startsWith('zh')) {
        locale = 'zh-CN';
        break;
      }
      if (lower.startsWith('en')) break;
    }
  }
  if (locale === 'zh-CN') {
    root.dataset.tmRedirecting = '';
    location.replace(`/zh-CN${path}${location.search}${location.hash}`);
  }
})();
