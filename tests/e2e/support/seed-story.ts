/** What the seed story page should clean to: the story once, in order, and what must go. */

export const TITLE = 'Russia-China trade slides as Putin heads to summit with Xi';

export const STORY = [
  'MOSCOW: Russia-China trade, which soared to record levels as the war in Ukraine left Moscow isolated, is now falling, a trend President Vladimir Putin is seeking to reverse as he prepares for a summit with President Xi Jinping, three Russian sources said.',
  "When Western partners cut ties with Russia after Moscow's invasion of Ukraine in February 2022, China came to the rescue, buying Russian oil and selling goods from cars to electronics that pushed bilateral trade to a record $245 billion in 2024.",
  'Led by a slump in vehicle imports to Russia and a decline in oil exports to China, trade turnover was down 8.1% year-on-year from January to July 2025, Chinese customs data published last week showed.',
  "While the figures partly reflect a natural correction from all-time highs, the slide is causing concern in Moscow ahead of the Shanghai Cooperation Organisation summit in China's northern port city of Tianjin on Sunday and Monday, the sources said.",
  '"Ahead of the visit, officials on both sides are looking into ways to increase trade because the current numbers do not look good," said one person involved in preparations for Putin\'s trip, who spoke on condition of anonymity. Agriculture and energy could be areas of expansion, one of the sources said.',
  "Putin will be among more than 20 world leaders, including Indian Prime Minister Narendra Modi, to attend the forum, marking another diplomatic coup for sanctions-hit Russia after Putin's visit to Alaska earlier this month.",
  'Kim at Chinese parade',
  'North Korean leader Kim Jong Un will make his first visit to China in six years to attend a military parade next week, the two countries said on Thursday. With Putin also coming for the parade, the event will underline the three-way alignment among Beijing, Moscow and Pyongyang in the face of a US push to bolster its alliances with South Korea and Japan.',
];

export const RELATED_HEADLINES = [
  'DPL 2025: New Delhi Tigers End Campaign With Thrilling Last-ball Win Over North Delhi Strikers',
  'Trent Alexander-Arnold faces Liverpool boos as Arne Slot speaks out on Champions League dr',
  'BREAKING: Alejandro Garnacho to Chelsea transfer update emerges as major Man Utd decision made',
  'Time to take Indo-Japan ties to next level',
  'Five Hollywood Stars Who Defied Body Shaming',
];

/** The figures DESIGN.md says Sift highlights in this story. */
export const SEED_FIGURES = [
  '$245 billion',
  '8.1%',
  '2024',
  'February 2022',
  'January to July 2025',
  'more than 20',
  'six years',
];
