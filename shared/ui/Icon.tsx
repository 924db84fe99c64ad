import type { Category } from '../categories';

/** Simple line symbols drawn for Wegwijs (no emoji: they render differently on every system). */
const PATHS = {
  back: ['M20 12H5', 'M11 5l-7 7 7 7'],
  chevron: ['M9 5l7 7-7 7'],
  down: ['M12 4v15', 'M5 12l7 7 7-7'],
  home: ['M3 11.5 12 4l9 7.5', 'M5.5 10v10h5v-6h3v6h5V10'],
  globe: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M3.5 9h17M3.5 15h17', 'M12 3c-3 3.2-3 14.8 0 18M12 3c3 3.2 3 14.8 0 18'],
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13', 'M15.5 15.5 21 21'],
  info: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M12 11v6', 'M12 7.2v.6'],
  alert: ['M12 3.5 2.5 20h19z', 'M12 10v4.5', 'M12 17.2v.6'],
  phone: ['M5 3.5h3.5l2 5-2.5 1.7a11 11 0 0 0 5.8 5.8l1.7-2.5 5 2V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5.5a2 2 0 0 1 2-2z'],
  clock: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M12 7v5l3.5 2'],
  pin: ['M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z', 'M12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5'],
  web: ['M4 5h16v14H4z', 'M4 9h16', 'M7 7h.01M9.5 7h.01'],
  mail: ['M3.5 5.5h17v13h-17z', 'M3.5 6l8.5 7 8.5-7'],
  backspace: ['M21 5H9l-6 7 6 7h12z', 'M11.5 9l6 6M17.5 9l-6 6'],
  qr: ['M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4z', 'M14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2'],
  // categories
  housing: ['M4 21V4h11v17', 'M15 9h5v12', 'M2.5 21h19', 'M7.5 7.5h1M10.5 7.5h1M7.5 11h1M10.5 11h1M7.5 14.5h1M10.5 14.5h1', 'M8 21v-3h3v3', 'M17.5 12.5h.5M17.5 16h.5'],
  work: ['M3.5 7.5h17v12h-17z', 'M9 7.5V5.5a1.5 1.5 0 0 1 1.5-1.5h3A1.5 1.5 0 0 1 15 5.5v2', 'M3.5 12.5h17', 'M11 12.5v2h2v-2'],
  health: ['M12 20.5C6.5 16.5 3 13.2 3 8.8A4.6 4.6 0 0 1 12 7a4.6 4.6 0 0 1 9 1.8c0 4.4-3.5 7.7-9 11.7z', 'M12 10.5v5M9.5 13h5'],
  rules: ['M6 3h8.5L19 7.5V21H6z', 'M14 3v5h5', 'M9 12.5h7M9 16h7'],
  money: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M15.5 8.7a4 4 0 1 0 0 6.6', 'M7.5 10.8h6M7.5 13.3h6'],
  transport: ['M5 4.5h14v13H5z', 'M5 11h14', 'M8.5 14.5h.01M15.5 14.5h.01', 'M7 17.5V20M17 17.5V20', 'M9 7.5h6'],
  emergency: ['M7 19v-6a5 5 0 0 1 10 0v6', 'M4.5 19h15v2h-15z', 'M12 3v2.5M4.5 6.5l1.8 1.8M19.5 6.5l-1.8 1.8', 'M12 13v3'],
  daily: ['M5 8.5h14l-1.2 12H6.2z', 'M9 8.5V7a3 3 0 0 1 6 0v1.5'],
} satisfies Record<string, string[]>;

export type IconName = keyof typeof PATHS;

/** An icon that points somewhere (arrows, chevrons) is mirrored in right-to-left languages. */
const DIRECTIONAL = new Set<IconName>(['back', 'chevron']);

export function Icon({ name, size = 40, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={['icon', DIRECTIONAL.has(name) ? 'flip-rtl' : '', className ?? ''].join(' ').trim()}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

export function CategoryIcon({ category, size }: { category: Category; size?: number }) {
  return <Icon name={category} size={size} />;
}
