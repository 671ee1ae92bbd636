import { useId } from 'react';
import { useT } from '../locale/LocaleContext';
import {
  setThemePreference,
  THEME_PREFERENCES,
  type ThemePreference,
  useThemePreference,
} from '../preferences/theme';

/** Light, dark, or following the system; remembered in this browser. */
export function ThemeSwitch() {
  const t = useT();
  const id = useId();
  const preference = useThemePreference();
  return (
    <div className="demo-theme">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={preference}
        onChange={(event) => setThemePreference(event.target.value as ThemePreference)}
      >
        {THEME_PREFERENCES.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
