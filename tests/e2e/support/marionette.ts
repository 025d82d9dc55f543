/**
 * A small client for Firefox's built-in Marionette protocol (the one geckodriver speaks), over
 * its TCP port. Debian packages no geckodriver and Playwright cannot drive Debian's Firefox, but
 * every Firefox has Marionette: it runs script in content pages and in the browser's own
 * privileged ("chrome") context, installs temporary add-ons and sends real input events.
 *
 * Wire format: each packet is `<byte length>:<JSON>`. A command is [0, id, name, params]; its
 * reply is [1, id, error | null, result].
 */
import { connect, type Socket } from 'node:net';

export class MarionetteError extends Error {}

export class Marionette {
  private nextId = 0;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  private greeted!: Promise<void>;
  private closedError: Error | null = null;

  private constructor(private readonly socket: Socket) {}

  static async connect(port: number, host = '127.0.0.1'): Promise<Marionette> {
    const socket = connect(port, host);
    const client = new Marionette(socket);
    client.greeted = new Promise((resolve, reject) => {
      let first = true;
      socket.on('data', (chunk) => {
        client.buffer = Buffer.concat([client.buffer, chunk]);
        for (let packet = client.take(); packet !== undefined; packet = client.take()) {
          if (first) {
            first = false;
            resolve();
          } else client.dispatch(packet);
        }
      });
      socket.once('error', reject);
    });
    socket.on('close', () => {
      client.closedError = new MarionetteError('Marionette connection closed');
      for (const { reject } of client.pending.values()) reject(client.closedError);
      client.pending.clear();
    });
    socket.on('error', () => undefined);
    await client.greeted;
    return client;
  }

  /** One complete packet off the buffer, parsed, or undefined when it has not all arrived. */
  private take(): unknown {
    const colon = this.buffer.indexOf(0x3a);
    if (colon < 0) return undefined;
    const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
    if (this.buffer.length < colon + 1 + length) return undefined;
    const body = this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
    this.buffer = this.buffer.subarray(colon + 1 + length);
    return JSON.parse(body);
  }

  private dispatch(packet: unknown): void {
    const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, any];
    const waiter = this.pending.get(id);
    if (!waiter) return;
    this.pending.delete(id);
    if (error) waiter.reject(new MarionetteError(`${error.error}: ${error.message}`));
    else waiter.resolve(result);
  }

  send<T = any>(name: string, params: object = {}): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = ++this.nextId;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  setContext(context: 'chrome' | 'content'): Promise<void> {
    return this.send('Marionette:SetContext', { value: context });
  }

  /**
   * Runs `body` (a function body: `return …`, may await) in the current context and returns its
   * JSON value. Arguments are available as `arguments[0]…`.
   */
  async execute<T>(body: string, args: unknown[] = []): Promise<T> {
    const script = `return (async () => { ${body} })();`;
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  close(): void {
    this.socket.destroy();
  }
}
