/** Why `clean()` could not produce an article; views turn `code` into a message. */
/** `too-large`: more elements than the budget (`maxElemsToParse`), refused before Readability runs. */
export type SiftErrorCode = 'empty-page' | 'no-article' | 'too-large';

export class SiftError extends Error {
  readonly code: SiftErrorCode;

  constructor(code: SiftErrorCode, message: string) {
    super(message);
    this.name = 'SiftError';
    this.code = code;
  }
}

export function isSiftError(error: unknown): error is SiftError {
  return error instanceof Error && error.name === 'SiftError' && 'code' in error;
}
