// Words that point at the present, the past or the future without a date, and recurring times.

/** → TimeML reference values. */
export const REFERENCE_WORDS = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'for now': 'PRESENT_REF',
  'the moment': 'PRESENT_REF', 'so far': 'PRESENT_REF', 'at this time': 'PRESENT_REF', 'this time': 'PRESENT_REF',
  recently: 'PAST_REF', 'the past': 'PAST_REF', formerly: 'PAST_REF', previously: 'PAST_REF',
  lately: 'PAST_REF', 'in the past': 'PAST_REF', 'recent years': 'PAST_REF',
  'the future': 'FUTURE_REF', soon: 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the coming years': 'FUTURE_REF',
  eventually: 'FUTURE_REF', 'the years ahead': 'FUTURE_REF',
} as const;

/** Adverbs of recurrence → TimeML SET values. */
export const SET_WORDS = {
  daily: 'XXXX-XX-XX', nightly: 'XXXX-XX-XX', weekly: 'XXXX-WXX', monthly: 'XXXX-XX', quarterly: 'XXXX-QX',
  annually: 'XXXX', yearly: 'XXXX', 'each year': 'XXXX', 'every year': 'XXXX', 'each month': 'XXXX-XX', 'every month': 'XXXX-XX',
  'each week': 'XXXX-WXX', 'every week': 'XXXX-WXX', 'each day': 'XXXX-XX-XX', 'every day': 'XXXX-XX-XX',
} as const;

/** Relative words → offset in units: "last week" −1, "this week" 0, "next week" +1. */
export const RELATIVE_OFFSETS = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1,
  this: 0, current: 0, present: 0, same: 0, that: 0,
  next: 1, coming: 1, following: 1, upcoming: 1,
} as const;
