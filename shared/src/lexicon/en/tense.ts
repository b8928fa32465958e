// Words that tell which way a clause points in time, for dates that leave it open ("Friday", "in March").

/** Auxiliaries and phrases of the future, and words that say an act is still to come. */
export const FUTURE_WORDS = [
  'will', "'ll", '’ll', "won't", 'won’t', 'shall', 'would', 'going', 'plan', 'plans', 'planned', 'planning', 'expect',
  'expects', 'expected', 'scheduled', 'rescheduled', 'due', 'upcoming', 'coming', 'next', 'tomorrow', 'until', 'till', 'soon',
  'intends', 'intend', 'intended', 'hopes', 'hoped', 'aims', 'aimed', 'want', 'wants', 'slated', 'awaits', 'await', 'forecasts', 'hoping', 'aiming', 'intending', 'expecting',
  // "Further talks have been pencilled in for Friday morning".
  'pencilled', 'penciled',
  // What lies ahead, in headlines as in text: "Christie poised for big win Tuesday", "Debt deadline looms Thursday".
  'poised', 'looms', 'loom', 'looming',
  // "With winter approaching", "as the holidays approach": a time that draws near is still to come.
  'approaching', 'approaches',
  // "The final dividend was held at 6.2 pence, payable on June 14": what falls due is still to come.
  'payable',
] as const;

/**
 * Future cues told from now, not as a plan told before ("was due to", "scheduled for"): a date they
 * point to lies ahead of the publication. "due", "scheduled" and the like count too after "is" or "are".
 */
export const FIRM_FUTURE_WORDS = ['will', "'ll", '’ll', "won't", 'won’t', 'shall', 'plans', 'intends', 'intend', 'hopes', 'aims', 'expects', 'wants', 'upcoming'] as const;
export const PRESENT_AUXILIARIES = ['is', 'are', 'am'] as const;

/**
 * Verbs whose simple present with a date tells a schedule in news ("The president arrives on Wednesday", "The law takes
 * effect in July", "He appears in court on Tuesday"), not a report ("says", "tells"), told from now.
 */
export const SCHEDULE_PRESENT_WORDS = [
  'arrives', 'begins', 'starts', 'opens', 'closes', 'ends', 'resumes', 'reopens', 'meets', 'visits', 'travels', 'heads', 'leaves',
  'returns', 'appears', 'faces', 'hosts', 'expires', 'adjourns', 'takes', 'comes', 'kicks', 'launches', 'convenes', 'premieres', 'airs',
  'debuts', 'concludes', 'finishes', 'goes', 'plays', 'shifts', 'moves', 'flies', 'departs', 'testifies', 'wraps', 'screens',
  // What goes on past now: "The trial continues on Monday", "The debate continues next week".
  'continues',
  // A change set for a day: "Croatia becomes the EU's 28th member on Monday"; where a day lies: "Mother's Day falls on Sunday".
  'becomes', 'falls',
  // Of assemblies, courts and hospitals: "The Security Council votes Monday", "The court hears arguments Wednesday".
  'gathers', 'assembles', 'reconvenes', 'votes', 'holds', 'hears', 'undergoes', 'tours',
  // A milestone ahead: "The war enters its third year on Saturday".
  'enters',
  // "Apple unveils its new phone on Tuesday", "The ONS publishes figures on Friday" (not "lifts": "the ski lifts on Monday").
  'unveils', 'publishes',
  // "That increase reaches the House floor Wednesday".
  'reaches',
  // "The Commerce Department reports retail sales on Tuesday" (not the noun: "according to reports filed Tuesday", "news reports and").
  'reports',
  // "Woods tees off Thursday", "The final tips off at 9 p.m.", "Virginia chooses a governor on Tuesday".
  'tees', 'tips', 'chooses', 'elects',
  // "Endymion rolls at 4:15 p.m. Saturday" (not "reviews": "drew strong reviews after its premiere Saturday"), "The parade steps off at 6 p.m.
  // Saturday", "The chairman steps down on Friday".
  'rolls', 'steps',
  // A span ahead: "Early voting runs from Oct. 22 to Nov. 2", "The exhibition runs until June".
  'runs',
  // "The season opens June 1 and lasts six months, ending on Nov. 30".
  'lasts',
  // "The court decides on Monday", "Voters decide on Sunday".
  'decides',
  // A day kept: "The country marks its independence day on Monday", "The city celebrates its 800th birthday in June".
  'marks', 'celebrates', 'commemorates', 'observes',
  // An age reached: "She turns 90 on Saturday".
  'turns',
  // What is given out on a day set: "The chancellor delivers his Budget on Wednesday", "The ministry releases the figures on
  // Friday", "The president addresses the nation on Monday", "He stands trial in May", "when the Academy announces its picks on
  // Thursday morning". (Not what is said, "The ministry announces that on Monday the talks collapsed", nor "reports", a noun as often:
  // "The BBC reports that", "News reports on Monday said".)
  'delivers', 'releases', 'presents', 'addresses', 'stands', 'announces', 'publishes', 'unveils',
  // A first time set for a day: "He makes his debut against Newcastle on Monday night".
  'makes',
  // "Curator Ellen Park gives a gallery talk Saturday at 2 p.m.", "The orchestra gives its last concert Sunday".
  'gives',
] as const;

/**
 * Of those, the ones no plural noun is spelt as ("reopens", not "returns" nor "votes"): after "and" each is the verb of a second
 * clause, whatever follows it ("is closed on Monday for the holiday and reopens on Tuesday").
 */
export const SCHEDULE_WORDS_NEVER_NOUNS = [
  'arrives', 'begins', 'opens', 'closes', 'resumes', 'reopens', 'expires', 'adjourns', 'convenes', 'premieres', 'concludes', 'departs',
  'testifies', 'continues', 'becomes', 'gathers', 'reconvenes', 'undergoes', 'enters', 'unveils', 'publishes', 'chooses', 'elects',
  'decides', 'celebrates', 'commemorates', 'appears', 'comes', 'goes',
] as const;

/** The same verbs in the plural present ("Israel and the Palestinians meet on Monday", "England play on Tuesday"). */
export const SCHEDULE_PLURAL_WORDS = [
  'arrive', 'begin', 'start', 'open', 'resume', 'meet', 'visit', 'travel', 'return', 'appear', 'face', 'host', 'play', 'vote', 'go',
  'gather', 'assemble', 'convene', 'reconvene', 'hold', 'hear', 'leave', 'fly', 'depart', 'tour', 'head',
  // "Schools reopen on 1 September", "Polls close at 8 p.m.", "Talks end on Friday", "The new rules take effect in May".
  'reopen', 'close', 'end', 'conclude', 'finish', 'launch', 'expire', 'enter', 'take', 'kick', 'decide',
  // "Muslims celebrate Eid on Tuesday", "Armenians mark the anniversary on Wednesday".
  'mark', 'celebrate', 'commemorate', 'observe',
  // "The two leaders deliver their speeches on Friday", "Statisticians release the figures on Tuesday".
  'deliver', 'release',
  // "The fighters weigh in at 1pm on Friday".
  'weigh',
  // "The talks run from Monday to Wednesday".
  'run',
  // "Voters in New Jersey and Virginia choose governors on Tuesday".
  'choose', 'elect',
] as const;

/** Their progressive, which after "is" or "are" tells an arrangement: "The ministers are meeting on Monday". */
export const SCHEDULE_PROGRESSIVE_WORDS = [
  'arriving', 'beginning', 'starting', 'opening', 'closing', 'resuming', 'meeting', 'visiting', 'travelling', 'traveling', 'heading',
  'leaving', 'returning', 'appearing', 'facing', 'hosting', 'playing', 'voting', 'going', 'coming', 'flying', 'launching', 'holding',
  // "Retailers are bracing for a weak Christmas", "Troops are preparing for Sunday's vote": readying for what is still to come.
  'preparing', 'bracing', 'gearing', 'readying',
  // "Pataki, who is seeking a second term in November": what is sought is still to come.
  'seeking',
  // "The National Weather Service is forecasting more snow Friday night": what is forecast is still to come.
  'forecasting', 'predicting',
] as const;

/**
 * Words before a verb's bare form: "to meet", "could meet", "did meet". A past that is spelt as its bare form ("hit", "put",
 * "read") is no past after them: "expects to hit the ceiling in late summer".
 */
export const BARE_INFINITIVE_GOVERNORS = [
  'to', 'will', 'would', 'shall', 'should', 'could', 'can', 'cannot', 'may', 'might', 'must', 'did', 'does', 'do', "didn't", 'didn’t',
  "don't", 'don’t', "doesn't", 'doesn’t', 'let', 'help',
] as const;
/** Words that govern a verb's bare form, which then is no plural present; after "be" it is an adjective ("is open"). */
export const BARE_FORM_GOVERNORS = ['is', 'are', 'was', 'were', 'be', 'been', 'being', ...BARE_INFINITIVE_GOVERNORS, 'not'] as const;

/** Words after which those verbs are nouns: "a return to", "the start of", "heads of state", "tax returns", "in travel". */
export const NOUN_MARKERS = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'whose', 'every', 'each', 'no',
  'any', 'some', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'and', 'or', 'tax', 'new', 'fresh', 'first', 'second',
  // "Early returns Tuesday night led the networks to call Florida", "preliminary returns".
  'early', 'preliminary', 'partial', 'unofficial',
  // "Our plants ran extra shifts for most of June", "added more flights Friday".
  'extra', 'more', 'additional',
] as const;

/**
 * Modals of possibility and necessity, which before a bare verb point ahead: "London could move into tier 3 on Wednesday",
 * "Customers can begin ordering on Friday",
 * "Before Friday, he must decide".
 */
export const POSSIBILITY_MODALS = ['could', 'can', 'cannot', 'may', 'might', 'must', 'should'] as const;

/**
 * Words after such a modal that tell no bare verb of the future: "could not be reached", "may have left", and "be",
 * as "could be located Wednesday" tells in news who could be found then.
 */
export const NOT_BARE_AFTER_MODAL = ['not', 'have', "'ve", '’ve', 'never', 'well', 'be'] as const;

/** Words before "may" that make it the month: "in May", "since May", "early May". */
export const MONTH_MAY_BEFORE = ['since', 'last', 'next', 'early', 'late', 'mid', 'until', 'till', 'through', 'during', 'before', 'after'] as const;

/**
 * Future words that after a subject pronoun and right before the date's preposition are a past act: "faster than we
 * expected in May", while "is expected to", "the expected rise" and "it expected sales to rise in March" stay ahead.
 */
/** Verbs spelt alike in the present and the past: the past after "it", "he" or "she", whose present takes "-s" ("a target it set in July"). */
export const SAME_FORM_PAST_WORDS = ['set', 'cut', 'let', 'cost', 'shut', 'quit', 'spread', 'cast', 'bid', 'hurt', 'split', 'upset', 'reset'] as const;

/** The words "is" is contracted onto with "'s" as a verb, not a possessive: "it's on Sunday" is "it is on Sunday". */
export const IS_CONTRACTED_ONTO = ['it', 'that', 'there', 'here', 'he', 'she', 'what', 'who'] as const;

/**
 * Words that tell a tense by themselves, beside the lists of futures, pasts, modals, warnings and forecasts: "follows on Saturday",
 * "likely Friday", "ahead of", "was planning", "plans a strike", "has to sign up", "closing price", "forecast growth", "is to",
 * "is on Tuesday", "it set in July". The tense reader knows at once that any other word tells none (unless it ends in "-ed").
 */
export const CUE_WORDS = [
  'follows', 'follow', 'hope', 'preparing', 'bracing', 'likely', 'unlikely', 'possible', 'ahead', 'was', 'were', 'plans', 'plan', 'planned', 'have', 'has', 'closing', 'forecast', 'to', 'pending',
  'is', 'are', ...SAME_FORM_PAST_WORDS,
] as const;
export const PAST_AFTER_SUBJECT_WORDS = ['expected', 'planned', 'forecast'] as const;
export const SUBJECT_PRONOUNS = ['i', 'we', 'you', 'he', 'she', 'it', 'they', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody'] as const;

/** Words after which a past form names or describes ("the Met Office", "the injured"), not a verb: not "that", which may open a clause ("that erupted"). */
export const DETERMINERS = ['a', 'an', 'the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'every', 'each', 'no'] as const;

/** Words that open what a plan names ("plans a strike", "plan their next move"), unlike "plans for" or "plans, which". */
export const PLANNED_THING_OPENERS = ['a', 'an', 'the', 'another', 'its', 'his', 'her', 'their', 'our', 'new', 'more', 'further'] as const;

/**
 * Figures that measure a period gone by, whenever they come out: "data for February is due on Tuesday". (Not a company's "sales"
 * or "earnings", which a forecast gives for quarters to come: "expects sales for the third quarter to rise".)
 */
export const MEASURED_FIGURES = [
  'data', 'figures', 'numbers', 'statistics', 'readings', 'output', 'inflation', 'payrolls',
  // A country's monthly reports: "data on July housing starts", "the March jobs report".
  'housing starts', 'jobs report', 'employment report', 'unemployment rate', 'jobless rate', 'retail sales', 'home sales',
  'consumer prices', 'producer prices', 'factory orders', 'trade deficit', 'indicators', 'price index',
  // "will report on June industrial production".
  'industrial production', 'durable goods orders', 'personal income', 'business inventories', 'construction spending',
] as const;

/** Pasts that put a deadline off or grant one: after them "until Tuesday" lies ahead ("postponed until Tuesday morning"). */
export const DEFERRING_WORDS = [
  'extended', 'postponed', 'delayed', 'deferred', 'adjourned', 'rescheduled', 'moved', 'pushed', 'put', 'gave', 'granted', 'given',
  'suspended', 'allowed', 'scheduled',
  // "most rooms were booked through Columbus Day": what is booked or reserved is held for the days still to come.
  'booked', 'reserved',
  // "had asked for a delay until January": the deferral asked for.
  'delay', 'extension', 'postponement', 'reprieve',
  // "has been bailed until January", "was remanded in custody until Friday": a court's hold on someone until a day still to come.
  'bailed', 'remanded',
  // "employers have until Thursday to send out W-2 forms": a deadline held, still ahead ("had until" is told as gone by).
  'have', 'has',
] as const;

/** Participles of a forecast, which after "is" or "are" tell what is still to come: "Snow is forecast from Thursday night". */
export const FORECAST_PARTICIPLES = ['forecast', 'projected', 'predicted'] as const;

/**
 * Two-word phrases of the future whose words alone say nothing: "is to resume", "set to meet", "were prepared to finish on Monday",
 * "favorites to beat the Patriots on Sunday".
 */
export const FUTURE_PHRASES = [
  'is to', 'are to', 'set to', 'about to', 'ready to', 'forecast to', 'projected to', 'likely to', 'poised to', 'prepared to', 'track to',
  'favorite to', 'favorites to', 'favourite to', 'favourites to', 'favored to', 'favoured to',
] as const;

/** Past auxiliaries and irregular past forms. Regular "-ed" forms count too. */
export const PAST_VERBS = [
  'was', 'were', 'had', 'did', "didn't", 'didn’t', 'wasn’t', "wasn't", "weren't", 'weren’t', 'said', 'told', 'met', 'took',
  'came', 'went', 'began', 'fell', 'rose', 'made', 'held', 'left', 'got', 'gave', 'found', 'saw', 'thought', 'won', 'lost',
  'sent', 'led', 'ran', 'shot', 'spoke', 'wrote', 'became', 'brought', 'bought', 'sold', 'paid', 'put', 'struck', 'hit',
  'broke', 'chose', 'drew', 'flew', 'grew', 'knew', 'read', 'sought', 'stood', 'swore', 'threw', 'felt', 'kept', 'meant',
  'heard', 'fought', 'caught', 'spent', 'built', 'fled', 'drove', 'sank', 'stole', 'withdrew', 'understood', 'oversaw',
  'upheld', 'forgot', 'froze', 'arose', 'slept', 'dealt', 'lent', 'taught', 'rode', 'wore', 'shook', 'swam', 'underwent',
  'shrank', 'slid', 'sprang', 'spun', 'stuck', 'swung', 'swept', 'sped', 'strode', 'strove', 'tore', 'wept', 'woke',
  'bled', 'dug', 'forbade', 'forgave', 'hid', 'laid', 'leapt', 'overtook', 'undertook', 'overcame', 'overthrew', 'sat',
  'shone', 'sang', 'rang', 'stung', 'withheld', 'mistook', 'foresaw', 'misled', 'blew', 'clung', 'crept', 'flung', 'knelt',
  'stank', 'strung', 'wove', 'beheld', 'outgrew', 'outran', 'overran', 'befell', 'bade',
  // Spelt as the bare form too, but mostly the past in news ("after Tokyo beat Istanbul on Saturday"): read as the bare form after
  // "to" or a modal, as "hit" and "put" are.
  'beat',
  // Regular pasts too short for the "-ed" rule, which leaves out "need", "seed" and "shed".
  'died', 'sued', 'owed', 'tied', 'vied', 'wed', 'dyed', 'lied', 'eyed', 'used',
] as const;

/** Words that say an act is over without being its verb ("the last", "earlier"). */
export const PAST_ADVERBS = ['ago', 'yesterday', 'last', 'earlier', 'previously', 'since', 'already'] as const;

export const PAST_WORDS = [...PAST_VERBS, ...PAST_ADVERBS] as const;

/** Prepositions that make a date an adverbial of its clause's act ("sold in March"), not of a noun ("the Jan. 14 deadline"). */
export const DATE_PREPOSITIONS = ['in', 'on', 'at'] as const;

/**
 * Words that open another clause than the date's, or whose clause is still to be done or told in the present: "agreed
 * that it will", "who admitted", "said it may sell", "said it is calling for the redemption on Dec. 7".
 */
export const CLAUSE_OPENING_WORDS = [
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if', 'whether', 'although', 'though', 'unless',
  'must', 'should', 'can', 'could', 'may', 'might', 'would', 'will', 'shall', 'is', 'are', 'am', 'has', 'have', 'does', 'do',
] as const;

/** Words before a participle that make it no simple past: a present perfect ("has invited") or a present passive ("is sold"). */
export const NOT_SIMPLE_PAST_BEFORE = ['has', 'have', 'having', 'is', 'are', 'am', 'be', 'been', 'being'] as const;

/** "-ed" words that are not past acts: adjectives and the future-minded "scheduled", "expected". */
export const NOT_PAST_ED = [
  'need', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'hundred', 'proceed', 'succeed', 'exceed', 'united', 'limited', 'based',
  'related', 'concerned', 'supposed', 'preferred', 'unspecified', 'undisclosed', 'unidentified', 'unnamed', 'unexpected',
  'unprecedented', 'unchanged', 'unsolved', 'unconfirmed', 'unannounced', 'unscheduled',
  // "Starting Tuesday, uninsured Americans can shop": adjectives, never a verb's past.
  'uninsured', 'underinsured', 'unemployed', 'underemployed', 'unarmed', 'unaffected', 'unopposed', 'unauthorized', 'unlicensed',
  'unvaccinated', 'unmanned', 'unmarried', 'undocumented', 'unregistered', 'unaccompanied',
] as const;

/**
 * Words before "to" that make it a plain preposition, not a deadline: "in contrast to Thursday", "compared to May"; and a
 * reporting period told by its end, "the year to March", "the 12 months to June", whose tense the sentence tells.
 */
export const NOT_DEADLINE_TO = [
  'contrast', 'compared', 'comparison', 'contrary', 'prior', 'due', 'according', 'close', 'next', 'similar', 'relative', 'addition', 'up',
  'year', 'months', 'weeks', 'quarter',
] as const;

/** Words right before a date that say it is when something takes effect, still to come: "effective Feb. 1". */
export const TAKES_EFFECT_WORDS = ['effective'] as const;

/**
 * Words that with "from" tell when a rule starts to hold: "The new limits apply from July", "a storm watch in effect from Saturday",
 * still to come unless told in the past.
 */
export const APPLYING_FROM_WORDS = ['apply', 'applies', 'in effect'] as const;

/**
 * Events held on a day set ahead, which a future before them can name by their day: "will attend Monday's meeting", "is expected
 * to speak at Friday's summit", "are preparing for Sunday's election". Not what only happens ("Monday's attack", "Wednesday's
 * ruling"), which the day names once it is over.
 */
export const SCHEDULED_EVENTS = [
  'meeting', 'meetings', 'summit', 'talks', 'session', 'hearing', 'vote', 'votes', 'election', 'elections', 'runoff', 'run-off',
  'referendum', 'ballot', 'poll', 'primary', 'debate', 'conference', 'congress', 'convention', 'game', 'match', 'final', 'semifinal',
  'semi-final', 'race', 'deadline', 'ceremony', 'inauguration', 'funeral', 'parade', 'rally', 'concert', 'speech', 'address',
  'launch', 'opening', 'visit', 'budget', 'auction', 'sitting', 'strike', 'service', 'memorial', 'vigil', 'festival', 'protest', 'march',
  'premiere', 'show', 'tournament',
  // "Saturday's broadcast starts at noon", "Friday's party is at the Grange".
  'broadcast', 'party', 'celebration', 'dinner', 'screening', 'performance',
  // Sport's: "before Saturday's friendly against Valencia".
  'friendly', 'fixture', 'clash', 'opener', 'finale', 'finals', 'showdown', 'derby', 'playoff', 'round',
  // A gathering's: "A short memorial will open Saturday's program", "will speak at Sunday's commencement".
  'program', 'programme', 'reunion', 'dinner', 'banquet', 'gala', 'celebration', 'commencement', 'graduation', 'event',
  // A community's: "Saturday's open house runs from 10 a.m. to 3 p.m.", "Sunday's fundraiser starts at noon".
  'open house', 'open day', 'fair', 'exhibition', 'fundraiser', 'picnic', 'barbecue', 'workshop', 'lecture', 'fireworks', 'carnival',
  'dance', 'pageant', 'tour', 'preview', 'reception', 'sale',
  // A publication's: "will be published in Thursday's issue of the journal Nature".
  'issue', 'edition',
] as const;

/**
 * Verbs of taking part in such an event, right before its day ("will attend Monday's meeting") or before a preposition and it
 * ("is expected to speak at Friday's summit"): what is done to an event after it is not ("will investigate Saturday's protest").
 */
export const TAKING_PART_VERBS = [
  'attend', 'attends', 'attending', 'join', 'joins', 'joining', 'boycott', 'boycotts', 'boycotting', 'skip', 'skips', 'skipping',
  'miss', 'misses', 'missing', 'watch', 'watches', 'watching', 'hold', 'holds', 'holding', 'host', 'hosts', 'hosting', 'lead', 'leads',
  'leading', 'chair', 'chairs', 'chairing', 'address', 'addresses', 'addressing', 'speak', 'speaks', 'speaking', 'go', 'goes', 'going',
  'travel', 'travels', 'travelling', 'traveling', 'head', 'heads', 'heading', 'come', 'comes', 'coming', 'prepare', 'prepares',
  'preparing', 'contest', 'contests', 'contesting', 'run', 'runs', 'running', 'vote', 'votes', 'voting', 'compete', 'competes',
  'competing', 'play', 'plays', 'playing', 'perform', 'performs', 'performing', 'face', 'faces', 'facing', 'start', 'starts', 'starting',
  'open', 'opens', 'opening', 'deliver', 'delivers', 'delivering', 'give', 'gives', 'giving', 'await', 'awaits', 'awaiting', 'monitor',
  'monitors', 'monitoring', 'observe', 'observes', 'observing', 'appear', 'appears', 'appearing', 'take', 'takes', 'taking', 'be',
  // "Brazil and Italy will meet in Sunday's World Cup final".
  'meet', 'meets', 'meeting',
  // "they arrive at Memorial Stadium for Friday's game", "could make his debut in Saturday's match".
  'arrive', 'arrives', 'arriving', 'debut',
  // "will be published in Thursday's issue".
  'published', 'publish', 'publishes',
] as const;

/** Prepositions between a verb of taking part and the event's day: "speak at Friday's summit", "prepare for Sunday's vote". */
export const TAKING_PART_PREPOSITIONS = ['at', 'in', 'for', 'to', 'into', 'on'] as const;

/** Verbs that attribute what a sentence tells to its source, with the day it was said: "…, the ministry said Tuesday". */
export const ATTRIBUTION_VERBS = ['said', 'told', 'reported', 'announced', 'added', 'confirmed', 'stated', 'wrote', 'disclosed', 'acknowledged'] as const;

/** Nouns of what is feared ahead, before "for": "issued warnings for heavy snow on Saturday", "an alert for Sunday", "rain was forecast for Tuesday night". */
export const WARNING_NOUNS = ['warning', 'warnings', 'alert', 'alerts', 'forecast'] as const;
