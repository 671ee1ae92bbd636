/** The page's language: `<html lang>` in the layout and `locale` of the roadmap, one value. */
export const language = 'en';
