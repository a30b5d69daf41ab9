/**
 * A year as ISO writes it: four digits at least (`0050`). Apart from the timeline's periods, so
 * that the page header, which writes the reviews' years, does not load them with the page.
 */
export function yearName(year: number): string {
  return String(year).padStart(4, '0');
}
