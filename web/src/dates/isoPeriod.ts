// "2020", "2021-07", "2021-11-15": the event dates of the parser, read as calendar periods.

export type Precision = 'year' | 'month' | 'day';

/** A calendar period at the precision the article gave it. month is 1–12. */
export interface IsoPeriod {
  precision: Precision;
  year: number;
  month: number;
  day: number;
}

const isoPattern = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/;

/** Reads an ISO date at year, month or day precision; null for anything else ("2021-W45", ""). */
export function parseIsoPeriod(iso: string): IsoPeriod | null {
  const groups = isoPattern.exec(iso)?.groups;
  if (!groups?.year) return null;
  const year = Number(groups.year);
  const month = groups.month ? Number(groups.month) : 1;
  const day = groups.day ? Number(groups.day) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const precision: Precision = groups.day ? 'day' : groups.month ? 'month' : 'year';
  return { precision, year, month, day };
}

/** Local midnight at the start of the period: the timeline draws in the reader's time zone. */
export function periodStart(period: IsoPeriod): Date {
  return new Date(period.year, period.month - 1, period.day);
}

/** Local midnight just after the period (exclusive end): a month covers its whole last day. */
export function periodEnd(period: IsoPeriod): Date {
  switch (period.precision) {
    case 'year':
      return new Date(period.year + 1, 0, 1);
    case 'month':
      return new Date(period.year, period.month, 1);
    case 'day':
      return new Date(period.year, period.month - 1, period.day + 1);
  }
}
