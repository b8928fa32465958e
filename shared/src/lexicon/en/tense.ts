// Words that tell which way a clause points in time, for dates that leave it open ("Friday", "in March").

/** Auxiliaries and phrases of the future, and words that say an act is still to come. */
export const FUTURE_WORDS = [
  'will', "'ll", '’ll', "won't", 'won’t', 'shall', 'would', 'going', 'plan', 'plans', 'planned', 'planning', 'expect',
  'expects', 'expected', 'scheduled', 'due', 'upcoming', 'coming', 'next', 'tomorrow', 'until', 'till', 'soon',
  'intends', 'intend', 'hopes', 'aims', 'slated', 'later', 'awaits', 'await',
] as const;

/**
 * Future cues told from now, not as a plan told before ("was due to", "scheduled for"): a date they
 * point to lies ahead of the publication. "due", "scheduled" and the like count too after "is" or "are".
 */
export const FIRM_FUTURE_WORDS = ['will', "'ll", '’ll', "won't", 'won’t', 'shall', 'plans', 'intends', 'intend', 'hopes', 'aims', 'expects', 'upcoming'] as const;
export const PRESENT_AUXILIARIES = ['is', 'are', 'am'] as const;

/** Two-word phrases of the future whose words alone say nothing: "is to resume", "set to meet". */
export const FUTURE_PHRASES = ['is to', 'are to', 'set to', 'about to', 'ready to', 'forecast to', 'projected to', 'likely to', 'poised to'] as const;

/** Auxiliaries, irregular past forms and words that say an act is over. Regular "-ed" forms count too. */
export const PAST_WORDS = [
  'was', 'were', 'had', 'did', "didn't", 'didn’t', 'wasn’t', "wasn't", "weren't", 'weren’t', 'said', 'told', 'met', 'took',
  'came', 'went', 'began', 'fell', 'rose', 'made', 'held', 'left', 'got', 'gave', 'found', 'saw', 'thought', 'won', 'lost',
  'sent', 'led', 'ran', 'shot', 'spoke', 'wrote', 'became', 'brought', 'bought', 'sold', 'paid', 'put', 'struck', 'hit',
  'broke', 'chose', 'drew', 'flew', 'grew', 'knew', 'read', 'sought', 'stood', 'swore', 'threw', 'felt', 'kept', 'meant',
  'ago', 'yesterday', 'last', 'earlier', 'previously', 'since', 'already',
] as const;

/** "-ed" words that are not past acts: adjectives and the future-minded "scheduled", "expected". */
export const NOT_PAST_ED = [
  'need', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'hundred', 'proceed', 'succeed', 'exceed', 'united', 'limited', 'based',
  'related', 'concerned', 'supposed', 'preferred', 'unspecified', 'undisclosed', 'unidentified', 'unnamed', 'unexpected',
  'unprecedented', 'unchanged', 'unsolved', 'unconfirmed', 'unannounced', 'unscheduled',
] as const;

/** Words before "to" that make it a plain preposition, not a deadline: "in contrast to Thursday", "compared to May". */
export const NOT_DEADLINE_TO = ['contrast', 'compared', 'comparison', 'contrary', 'prior', 'due', 'according', 'close', 'next', 'similar', 'relative', 'addition', 'up'] as const;

/** Words right before a date that say it is when something takes effect, still to come: "effective Feb. 1". */
export const TAKES_EFFECT_WORDS = ['effective'] as const;
