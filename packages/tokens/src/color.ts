/**
 * Semantic color roles. Components read these through `--tm-color-*` variables, never raw hex,
 * so every role must exist in both themes with the same shape.
 */
export interface ColorPalette {
  /** Page background. */
  readonly bg: string;
  /** Quieter background: tracks, code badges, zebra rows. */
  readonly bgSubtle: string;
  /** Cards and panels sitting on `bg`. */
  readonly surface: string;
  /** Popovers and elevated cards (pairs with a shadow). */
  readonly surfaceRaised: string;
  /** Decorative separators; not meant to carry meaning (below 3:1 on purpose). */
  readonly border: string;
  /** Boundaries of controls (inputs, toggles): at least 3:1 against backgrounds. */
  readonly borderStrong: string;
  readonly text: string;
  readonly textMuted: string;
  /** Text and icons placed on `accent` or a `level` fill. */
  readonly textOnAccent: string;
  /** Brand teal: primary actions, current position on the path. */
  readonly accent: string;
  readonly accentHover: string;
  /** Tinted background for selected or current items; `accent` text stays readable on it. */
  readonly accentSubtle: string;
  readonly focusRing: string;
  readonly link: string;
  readonly linkVisited: string;
  /** Topic progress statuses, named as in `Progress` (`not-started`, `in-progress`, ...). */
  readonly status: {
    readonly notStarted: StatusColors;
    readonly inProgress: StatusColors;
    readonly done: StatusColors;
    readonly skipped: StatusColors;
  };
  /** Error panels (invalid curriculum, failed load). */
  readonly danger: StatusColors;
  /** One hue per level along the path (L1–L4 and the ceiling level), strong enough for text. */
  readonly level: {
    readonly 1: string;
    readonly 2: string;
    readonly 3: string;
    readonly 4: string;
    readonly 5: string;
  };
}

/** A foreground that reads on its own tinted background and on `surface`. */
export interface StatusColors {
  readonly fg: string;
  readonly bg: string;
}

const light = {
  bg: '#f8fafb',
  bgSubtle: '#eef2f5',
  surface: '#ffffff',
  surfaceRaised: '#ffffff',
  border: '#d6dce2',
  borderStrong: '#748290',
  text: '#16202a',
  textMuted: '#4f5d6b',
  textOnAccent: '#ffffff',
  accent: '#0f766e',
  accentHover: '#115e59',
  accentSubtle: '#e0f2f0',
  focusRing: '#2563eb',
  link: '#0a5fa8',
  linkVisited: '#7042b8',
  status: {
    notStarted: { fg: '#4f5d6b', bg: '#eef1f4' },
    inProgress: { fg: '#8a4600', bg: '#fdf1e1' },
    done: { fg: '#19703c', bg: '#e4f4e9' },
    skipped: { fg: '#5d4a8c', bg: '#f0ecf7' },
  },
  danger: { fg: '#b42318', bg: '#fdecea' },
  level: { 1: '#0f766e', 2: '#1d5fbf', 3: '#5b3fc4', 4: '#a3258f', 5: '#a14a0b' },
} as const satisfies ColorPalette;

const dark = {
  bg: '#0e1318',
  bgSubtle: '#151c23',
  surface: '#161e26',
  surfaceRaised: '#1e2832',
  border: '#2c3845',
  borderStrong: '#6b7a89',
  text: '#e6ebf0',
  textMuted: '#a3b0bd',
  textOnAccent: '#03201e',
  accent: '#3cc7b4',
  accentHover: '#5fd9c8',
  accentSubtle: '#12332f',
  focusRing: '#7aa7ff',
  link: '#6cb6ff',
  linkVisited: '#c0a3ff',
  status: {
    notStarted: { fg: '#a3b0bd', bg: '#1f2831' },
    inProgress: { fg: '#f5b760', bg: '#33260f' },
    done: { fg: '#6fd494', bg: '#12301d' },
    skipped: { fg: '#bba8f0', bg: '#272040' },
  },
  danger: { fg: '#ff8a7a', bg: '#3a1714' },
  level: { 1: '#4fd1c0', 2: '#7ab4ff', 3: '#ac9bff', 4: '#f08fd8', 5: '#f2a764' },
} as const satisfies ColorPalette;

/** Colors per theme, as `#rrggbb`. */
export const color = { light, dark } as const;
