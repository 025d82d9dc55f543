/** The pipeline's stages in the order they run; the README's pipeline list is printed from this. */
export const STAGES = [
  { name: 'extract', does: 'Readability on a clone of the page: the article and its metadata' },
  { name: 'segment', does: 'the article as ordered blocks with inline runs (text, http(s) links, emphasis)' },
  { name: 'dedupe', does: 'repeated blocks removed, the first kept: exact, near, teasers, the body printed twice' },
  {
    name: 'related',
    does: 'recommendation lists removed: labelled lists, "Read also" lines, unrelated trailing headlines',
  },
  { name: 'figures', does: 'money, percentages, dates and quantities marked, and the key figures ranked' },
] as const;
