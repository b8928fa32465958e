// Words that belong inside a personal name without being capitalised.

/** "Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin Salman", "Gerard ter Borch". */
export const NAME_PARTICLES = [
  'von', 'der', 'den', 'van', 'de', 'del', 'della', 'des', 'du', 'da', 'das', 'dos', 'di', 'le', 'la', 'ter', 'ten', 'zu',
  'bin', 'ibn', 'bint', 'al', 'el',
] as const;

/** Particles joined to the name that follows them: "Bashar al-Assad", "Valéry d'Estaing". */
export const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|ar|az|ul)-\p{Lu}|^d['’]\p{Lu}/u;

/**
 * Plural nouns whose possessive sits inside an organisation's name: "All-Belarusian People's Assembly",
 * "Workers' Party". After any other word a possessive ends its name: "Norway's Yara" is Norway and Yara.
 */
export const POSSESSIVES_IN_NAMES = [
  'People', 'Peoples', 'Women', 'Men', 'Workers', 'Children', 'Veterans', 'Farmers', 'Mothers', 'Soldiers', 'Journalists',
  'Writers', 'Students', 'Citizens', 'Nations', 'Lawyers', 'Doctors', 'Teachers', 'Miners', 'Officers', 'Investors',
  'Pensioners', 'Prisoners', 'Victims', 'Consumers', 'Employers', 'Entrepreneurs',
] as const;

/** A name alone after one of these is a place ("between Minsk and Riga"), so no person's surname. */
export const PLACE_PREPOSITIONS = [
  'in', 'at', 'from', 'near', 'between', 'across', 'outside', 'inside', 'around', 'via', 'towards', 'toward', 'into',
  'through', 'throughout', 'within',
] as const;
