/** The Trailmark mark: a trail between two stops. Decorative; the site name beside it is the text. */
export function Logo() {
  return (
    <svg
      className="demo-logo"
      viewBox="0 0 32 32"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M7 23h6l3-7 3 4h6"
        fill="none"
        stroke="var(--tm-color-text-on-accent)"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="7" cy="23" r="2.5" fill="var(--tm-color-text-on-accent)" />
      <circle cx="25" cy="20" r="2.5" fill="var(--tm-color-text-on-accent)" />
    </svg>
  );
}
