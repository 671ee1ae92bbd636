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

  // View: a timeline address (the roadmap, a level) is sent to its map twin (`/map`,
  // `/levels/l2/map`) when the visitor chose the map last. A map address is an explicit choice.
  const path = location.pathname;
  const chinese = path === '/zh-CN' || path.startsWith('/zh-CN/');
  const prefix = chinese ? '/zh-CN' : '';
  let rest = path.slice(prefix.length) || '/';
  if (read('trailmark-demo:view') === 'map') {
    if (rest === '/') rest = '/map';
    else if (/^\/levels\/[a-z0-9-]+$/.test(rest)) rest += '/map';
  }
  let target = rest === (path.slice(prefix.length) || '/') ? path : prefix + rest;

  // Language: English pages live at the root, Chinese ones under /zh-CN. A root page is sent to
  // its /zh-CN twin when the visitor chose Chinese before, or, with no choice stored, when the
  // browser lists Chinese before English. A /zh-CN address is an explicit choice and stays.
  if (!chinese) {
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
    if (locale === 'zh-CN') target = `/zh-CN${rest}`;
  }
  if (target !== path) {
    root.dataset.tmRedirecting = '';
    location.replace(`${target}${location.search}${location.hash}`);
  }
})();
