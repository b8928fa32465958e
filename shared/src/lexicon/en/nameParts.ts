// Words that belong inside a personal name without being capitalised.

/** "Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin Salman", "Gerard ter Borch". */
export const NAME_PARTICLES = [
  'von', 'der', 'den', 'van', 'de', 'del', 'della', 'des', 'du', 'da', 'das', 'dos', 'di', 'le', 'la', 'ter', 'ten', 'zu',
  'bin', 'ibn', 'bint', 'al', 'el',
] as const;

/** Particles joined to the name that follows them: "Bashar al-Assad", "Valéry d'Estaing". */
export const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|ar|az|ul)-\p{Lu}|^d['’]\p{Lu}/u;
