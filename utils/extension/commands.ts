/** The keyboard command that shows or hides the in-page reader (the manifest and the background share it). */
export const READER_COMMAND = 'toggle-reader';
/** Its default key; the README documents it. */
export const READER_COMMAND_KEY = 'Alt+Shift+E';
