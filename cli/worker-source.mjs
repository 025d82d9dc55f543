// Development only: the worker thread when sift runs from its TypeScript source (tests, tsx).
// The built CLI never loads this file; tsx is a devDependency.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
