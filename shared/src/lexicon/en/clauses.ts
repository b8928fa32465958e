// Words that open and continue the clauses a long sentence tells several events in.

/** ", who …," and ", which …," tell more about the name before them: "BATE, who won 13 titles between 2006 and 2018, …". */
export const RELATIVE_PRONOUNS = ['who', 'which', 'whose', 'whom'] as const;

/**
 * After a comma inside such a clause, these go on with it ("barred Lukashenko, the head of …, and his son Viktor");
 * any other lowercase word is the main clause again ("BATE, who won …, finished runners-up").
 */
export const CLAUSE_CONTINUATIONS = [
  'the', 'a', 'an', 'and', 'or', 'nor', 'including', 'such', 'its', 'his', 'her', 'their', 'our', 'both', 'either', 'as',
  'among', 'notably', 'especially', 'mainly',
] as const;
