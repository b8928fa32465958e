// The one date order of the band's keys, the card's arrows, the list and the exports.

export interface IsoDates {
  /** "2021", "2021-07" or "2021-07-15", as the parser gives it. */
  start: string;
  end?: string;
}

/**
 * By start, then by end, the shorter first; a negative number when a comes first. ISO prefixes
 * compare as text: "2021-07" before "2021-07-15" before "2021-08". Pure.
 */
export function compareDates(a: IsoDates, b: IsoDates): number {
  return compareText(a.start, b.start) || compareText(a.end ?? a.start, b.end ?? b.start);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
