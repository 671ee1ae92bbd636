/**
 * Where the site is served, for canonical, Open Graph and hreflang URLs (crawlers need absolute
 * ones in the HTML). Set `TRAILMARK_SITE_URL` when building for a real host; the default is the
 * address `npm start` serves.
 */
export const SITE_URL: string = __TRAILMARK_SITE_URL__;
