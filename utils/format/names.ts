// The format names on their own, with no imports, so the options page can list them without
// bundling the writers (and through them the engine).
/** What the writers produce; the CLI prints any of them. */
export type FormatName = 'text' | 'markdown' | 'html';
export const FORMAT_NAMES: readonly FormatName[] = ['text', 'markdown', 'html'];

/**
 * What a copy button puts in text/plain. HTML is not one of them: every copy adds it as
 * text/html anyway (utils/extension/clipboard.ts).
 */
export type CopyFormat = Exclude<FormatName, 'html'>;
export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown'];
