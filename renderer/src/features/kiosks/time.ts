import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

/** The current time, renewed every `intervalMs`, for countdowns and "3 minutes ago". */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The hub's time, renewed every `intervalMs`: for times the hub wrote (heartbeats, code expiry), whatever this computer's clock says. */
export function useHubNow(intervalMs: number): number {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.sync.status.queryOptions());
  return useNow(intervalMs) + (data?.clockOffsetMs ?? 0);
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', Number.POSITIVE_INFINITY],
];

/** "2 minutes ago" / "2 minuten geleden", in the console's language. */
export function relativeTime(iso: string, now: number, language: string): string {
  let value = Math.round((Date.parse(iso) - now) / 1000);
  if (Math.abs(value) < 10) value = 0;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return format.format(value, unit);
    value = Math.round(value / size);
  }
  return format.format(value, 'week');
}

/** A duration in its two largest units, in the console's language: "2 h 5 min", "2 u 5 min". */
export function shortDuration(seconds: number, language: string): string {
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  if (d) return `${unit(d, 'day')} ${unit(h, 'hour')}`;
  if (h) return `${unit(h, 'hour')} ${unit(m, 'minute')}`;
  return unit(m, 'minute');
}

/** A duration in one unit, rounded: "2 hr", "3 min", in the console's language. */
export function roughDuration(ms: number, language: string): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1_440), 'day'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** Milliseconds left as "14:59". */
export function countdown(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
