/** Line icons for the popup's non-article states: drawn here so they render without an emoji font. */
export type StateIconName = 'page' | 'lock' | 'warning';

const PATHS: Record<StateIconName, string[]> = {
  page: ['M7 3h7l5 5v13H7z', 'M14 3v5h5', 'M10 12h6', 'M10 15h6', 'M10 18h4'],
  lock: ['M6 11h12v10H6z', 'M9 11V8a3 3 0 0 1 6 0v3', 'M12 15v2'],
  warning: ['M12 3 2 20h20z', 'M12 10v4', 'M12 17v.5'],
};

export function StateIcon({ name }: { name: StateIconName }) {
  return (
    <svg
      class="sift-state-svg"
      viewBox="0 0 24 24"
      width="32"
      height="32"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
