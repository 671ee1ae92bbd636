// The first script of every page, inline (its hash is in the Content-Security-Policy), so that it
// runs before the page's stylesheet and scripts are requested and nothing else must be fetched
// before the first paint:
// - Theme: `data-tm-theme` on <html>, so the first paint has the right colours. The frame
//   (`/embed/frame`) takes it from its URL, the site from the visitor's stored choice.
// - Address: which address the visitor should be on, and it goes there at once.
//   - Language: English pages live at the root, Chinese ones under /zh-CN. A root page is
//     replaced by its /zh-CN twin when the visitor chose Chinese before, or, with no choice
//     stored, when the browser lists Chinese before English. A /zh-CN address is an explicit
//     choice and stays; crawlers run no script and get English.
//   - View: a timeline address (the roadmap, a level) is sent to its map twin (`/map`,
//     `/levels/l2/map`) when the visitor chose the map last. A map address is an explicit choice.
// Keep the keys and values in step with src/preferences/storage.ts and src/locale/locales.ts.
(() => {
  const path = location.pathname;
  const frame = path === '/embed/frame';
  /** @param {string} key */
  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const theme = frame
    ? new URLSearchParams(location.search).get('theme')
    : read('trailmark-demo:theme');
  document.documentElement.dataset.tmTheme = theme === 'light' || theme === 'dark' ? theme : 'auto';
  if (frame) return;
  const chinese = path === '/zh-CN' || path.startsWith('/zh-CN/');
  let prefix = chinese ? '/zh-CN' : '';
  let rest = path.slice(prefix.length) || '/';
  if (read('trailmark-demo:view') === 'map') {
    if (rest === '/') rest = '/map';
    else if (/^\/levels\/[a-z0-9-]+$/.test(rest)) rest += '/map';
  }
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
    if (locale === 'zh-CN') prefix = '/zh-CN';
  }
  const target = prefix + rest;
  if (target !== path && !(prefix && target === `${path}/`)) {
    document.documentElement.dataset.tmRedirecting = '';
    location.replace(`${target}${location.search}${location.hash}`);
  }
})();
