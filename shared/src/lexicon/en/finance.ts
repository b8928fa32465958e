// Words of company and economic reporting, which tell a period of accounts from other periods.

/**
 * Words near a bare "the first half" / "second-half" that make it a half of a year ("first-half revenue",
 * "pretax profit for the first half", "growth in the second half"); without one it is a game's half
 * ("He scored twice in the second half", "a first-half penalty").
 */
export const HALF_YEAR_WORDS = [
  'results', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'loss', 'losses', 'growth', 'quarter',
  'fiscal', 'year', 'income', 'turnover', 'output', 'economy',
  // "Production is scheduled to begin in the second half", "exports picked up in the first half".
  'production', 'exports', 'imports', 'inflation', 'demand', 'spending', 'investment', 'shipments', 'deliveries',
  // "prices did not recover before the second half", "a choppier market in the first half".
  'market', 'markets', 'stocks', 'prices', 'recover', 'recovery', 'rebound',
  // "the deal, which is expected to close in the second half", "a slump in the first half as PC makers cut orders", "expects the
  // region to stabilize in the second half".
  'deal', 'merger', 'acquisition', 'orders', 'slump', 'outlook', 'forecast', 'guidance', 'margins', 'stabilize',
  // "For the first half, Harlan earned $79.6 million", "expect the cost environment to ease in the second half".
  'earned', 'cost', 'costs', 'dividend', 'dividends',
] as const;

/**
 * Words before "at 18.50" that make the number a price or a level ("shares closed at 18.50", "the rate stood at 12.25",
 * "the dollar was trading at 2.50"), not a clock time as in European copy's "the rally began at 18.00".
 */
export const LEVEL_WORDS_BEFORE_AT = [
  'closed', 'closing', 'close', 'closes', 'opened', 'opening', 'opens', 'ended', 'ending', 'ends', 'finished', 'settled', 'stood',
  'stands', 'stand', 'trading', 'traded', 'trades', 'trade', 'fixed', 'set', 'priced', 'valued', 'peaked', 'rate', 'rated',
  'quoted', 'pegged', 'capped', 'unchanged', 'estimated', 'sold', 'bought', 'sell', 'buy', 'level', 'levels', 'high', 'low',
  'steady', 'flat', 'held', 'kept', 'remained', 'remain', 'remains', 'hovered', 'hovering', 'was', 'is', 'were', 'are',
  // "rose from 18.20", "fell from 2.50": a change from a level.
  'rose', 'rise', 'rising', 'fell', 'fall', 'falling', 'climbed', 'dropped', 'increased', 'decreased', 'grew', 'jumped',
  'slipped', 'declined', 'weakened', 'strengthened', 'up', 'down', 'gained', 'lost',
] as const;
