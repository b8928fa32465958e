// Words of company and economic reporting, which tell a period of accounts from other periods.

/**
 * Words near a bare "the first half" / "second-half" that make it a half of a year ("first-half revenue",
 * "pretax profit for the first half", "growth in the second half"); without one it is a game's half
 * ("He scored twice in the second half", "a first-half penalty").
 */
export const HALF_YEAR_WORDS = [
  'results', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'loss', 'losses', 'growth', 'quarter',
  'fiscal', 'year', 'income', 'turnover', 'output', 'economy',
] as const;
