// Well-known organisations by their acronyms, and the words that make a capitalised name an organisation.
export const ORGANISATION_ACRONYMS: Readonly<Record<string, string>> = {
  EU: 'European Union', UN: 'United Nations', NATO: 'NATO', OSCE: 'OSCE', IMF: 'International Monetary Fund',
  WHO: 'World Health Organization', WTO: 'World Trade Organization', ECB: 'European Central Bank',
  OPEC: 'OPEC', ICC: 'International Criminal Court', CIS: 'Commonwealth of Independent States', G7: 'G7', G20: 'G20',
  KGB: 'KGB', FBI: 'FBI', CIA: 'CIA', FSB: 'FSB', AP: 'Associated Press',
};

/** News agencies and wires: they tell the news from their datelines ("MINSK (Reuters) -"), they are not in it. */
export const NEWS_AGENCIES = [
  'Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'TASS', 'Interfax', 'BelTA', 'PrimePress', 'Xinhua',
  'RIA Novosti', 'UPI', 'dpa', 'ANSA', 'Ukrinform', 'Kyodo', 'Yonhap', 'PAP', 'EFE',
  // Press-release wires: "VILNIUS, March 3, 2023 /PRNewswire/ --".
  'PRNewswire', 'PR Newswire', 'Business Wire', 'GlobeNewswire', 'Globe Newswire', 'ACCESSWIRE', 'Newsfile',
] as const;

/** A capitalised name holding one of these words names an organisation: "Ministry of Foreign Affairs". */
export const ORGANISATION_WORDS = [
  'Ministry', 'Council', 'Union', 'Party', 'Committee', 'Commission', 'Organization', 'Organisation', 'Bank', 'Court',
  'Parliament', 'Agency', 'Service', 'Army', 'Government', 'Office', 'Kremlin', 'Assembly', 'Congress', 'Senate',
  'Department', 'Association', 'Federation', 'Fund', 'Company', 'Corporation', 'Group', 'Institute', 'University',
  'Church', 'Police', 'Forces', 'Front', 'Movement', 'Coalition', 'Alliance', 'Board', 'Authority', 'Press', 'Agency',
  'Inc', 'Ltd', 'Corp', 'Guard', 'Duma', 'Cabinet', 'Secretariat', 'Tribunal', 'Network', 'News', 'Times',
  'League', 'Club', 'Airways', 'Airlines', 'Railways', 'Partners', 'Holdings', 'Ventures',
] as const;

/** Titles that precede a person's name and are not part of it. */
export const PERSON_TITLES = [
  'President', 'Prime', 'Minister', 'Chancellor', 'Premier', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'General', 'Gen', 'Colonel', 'Col', 'Captain',
  'Senator', 'Sen', 'Rep', 'Representative', 'Governor', 'Gov', 'Mayor', 'Judge', 'Justice', 'Secretary', 'Ambassador',
  'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Vice', 'Deputy', 'Former', 'Opposition', 'Leader', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Director', 'Chief', 'Head', 'Commander', 'Patriarch',
] as const;

/** Roles and jobs written before a name, capitalised when they open a sentence: "Forward Yegor Sharangovich". */
export const PERSON_ROLES = [
  'Forward', 'Striker', 'Winger', 'Defender', 'Midfielder', 'Goalkeeper', 'Goaltender', 'Coach', 'Manager', 'Captain',
  'Sprinter', 'Runner', 'Swimmer', 'Skier', 'Biathlete', 'Boxer', 'Wrestler', 'Cyclist', 'Player', 'Athlete', 'Champion',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Lawyer', 'Attorney', 'Judge', 'Prosecutor', 'Investigator', 'Defendant',
  'Witness', 'Activist', 'Dissident', 'Journalist', 'Reporter', 'Blogger', 'Photographer', 'Editor', 'Economist',
  'Analyst', 'Historian', 'Professor', 'Singer', 'Musician', 'Artist', 'Writer', 'Poet', 'Novelist', 'Actor', 'Actress',
  'Priest', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Officer', 'Sergeant', 'Lieutenant', 'Candidate', 'Presenter',
  'Businessman', 'Businesswoman', 'Entrepreneur', 'Banker', 'Diplomat', 'Envoy', 'Doctor', 'Nurse', 'Teacher', 'Student',
  'Pianist', 'Conductor', 'Veteran', 'Survivor', 'Founder', 'Co-founder', 'Investor', 'Chairperson', 'Governor',
  'Champions', 'Holders', 'Hosts', 'Rivals',
] as const;
