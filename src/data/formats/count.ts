/** A count as a page shows it: `2,647`, `1.2K`, `3M`; null when it is none. */
export function readCount(text: string): number | null {
  const match = /^(?:(\d{1,3}(?:,\d{3})+|\d+)|(\d+(?:\.\d+)?)\s*([KkMm]))$/.exec(text.trim());
  if (!match) return null;
  const [, whole, scaled, suffix = ''] = match;
  const count =
    whole !== undefined
      ? Number(whole.replace(/,/g, ''))
      : Math.round(Number(scaled) * (suffix.toLowerCase() === 'k' ? 1_000 : 1_000_000));
  return Number.isSafeInteger(count) ? count : null;
}
