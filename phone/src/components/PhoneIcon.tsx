/** Symbols only the phone needs, drawn like the kiosk's icons (24-unit grid, 2-unit stroke). */
const PATHS = {
  bookmark: ['M6.5 3.5h11v17l-5.5-4-5.5 4z'],
  share: ['M12 15V3.5', 'M7.5 8 12 3.5 16.5 8', 'M5 12v8.5h14V12'],
  install: ['M12 3.5V15', 'M7.5 10.5 12 15l4.5-4.5', 'M5 19.5h14'],
} satisfies Record<string, string[]>;

export function PhoneIcon({ name, size = 24 }: { name: keyof typeof PATHS; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
