/** The kiosk's hidden exit for staff: `taps` quick taps in the top-left corner within `withinMs`. */
export function isExitGesture(tapTimes: readonly number[], taps = 5, withinMs = 3_000): boolean {
  if (tapTimes.length < taps) return false;
  const recent = tapTimes.slice(-taps);
  return recent[recent.length - 1]! - recent[0]! <= withinMs;
}
