/**
 * One article of the labelled chip set: a short text in the shape news pages have, written here
 * (no dataset or web text), with the chips a reader would defend.
 *
 * `chips` lists the facts that deserve a chip, each once: a string is the chip's text; an array
 * lists the spellings of one fact that are all right (`54 seats, up from 41` or `54 seats`).
 * Anything else the row shows is a wrong chip and counts against precision; an empty list means
 * no figure qualifies and the row must stay empty. Block kinds: `h` heading, `c` caption,
 * `p` paragraph (the default).
 */
export interface ChipCase {
  name: string;
  lang: string;
  title: string;
  blocks: readonly (string | readonly ['h' | 'c' | 'p', string])[];
  chips: readonly (string | readonly string[])[];
}
