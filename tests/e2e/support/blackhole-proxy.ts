/**
 * A proxy that lets nothing through and writes down everything that tried. Chromium is pointed
 * at it for the no-network test, so any request that would leave the machine, from any
 * extension page, worker or tab, lands here. The fixture server on 127.0.0.1 is reached
 * directly (Chromium never proxies loopback).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BlackholeProxy {
  /** host:port to give Chromium as --proxy-server */
  address: string;
  /** Every URL (http) or host:port (https CONNECT) that was attempted. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startBlackholeProxy(): Promise<BlackholeProxy> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(req.url ?? '');
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
