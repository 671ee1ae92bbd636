// The first script of every page, inline (its hash is in the Content-Security-Policy), so that it
// runs before the page's stylesheet and scripts are requested. English pages live at the root,
// Chinese ones under /zh-CN: a root page is replaced by its /zh-CN twin when the visitor chose
// Chinese before, or, with no choice stored, when the browser lists Chinese before English. A
// /zh-CN address is an explicit choice and stays; crawlers run no script and get English.
// Keep the key and values in step with src/preferences/storage.ts and src/locale/locales.ts.
(() => {
  const path = location.pathname;
  if (path === '/embed/frame' || path === '/zh-CN' || path.startsWith('/zh-CN/')) return;
  let locale = null;
  try {
    locale = localStorage.getItem('trailmark-demo:locale');
  } catch {}
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
    document.documentElement.dataset.tmRedirecting = '';
    location.replace(`/zh-CN${path}${location.search}${location.hash}`);
  }
})();
