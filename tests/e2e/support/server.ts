/**
 * The fixture server: serves tests/e2e/pages/ on 127.0.0.1 on a free port, plus the generated
 * large page and any pages a test file adds (read at test time, e.g. from the benchmark data).
 * It records every request so a test can check which ones the tab made.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { largePage } from './large-page';

const PAGES_DIR = join(import.meta.dirname, '..', 'pages');
const GENERATED: Record<string, () => string> = { '/large.html': largePage };
/** Pages are HTML; the few images the pages show are SVG. */
const contentType = (path: string) => (path.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8');

/** A page a test file serves besides the fixtures: its HTML and any response headers. */
export interface ExtraPage {
  body: string;
  headers?: Record<string, string>;
}

/** Looks up a path a test file serves itself; undefined for every other path. */
export type ExtraPages = (path: string) => ExtraPage | undefined;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(extra: ExtraPages = () => undefined): Promise<FixtureServer> {
  const requests: string[] = [];
  const cache = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const added = extra(path);
    if (added) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...added.headers,
      });
      res.end(added.body);
      return;
    }
    try {
      let body = cache.get(path);
      if (body === undefined) {
        body =
          GENERATED[path]?.() ??
          (await readFile(join(PAGES_DIR, normalize(path).replace(/^(\.\.[/\\])+/, '')), 'utf8'));
        cache.set(path, body);
      }
      res.writeHead(200, { 'content-type': contentType(path), 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
