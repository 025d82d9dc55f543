export { clean, STAGES } from './clean';
export { DEFAULT_OPTIONS, resolveOptions, type CleanOptions } from './options';
export { SiftError, isSiftError, type SiftErrorCode } from './errors';
export type * from './types';
export { webHref } from './text';
