/**
 * A raw DevTools session on one target, tunnelled through the browser-level CDP session.
 *
 * Why: the popup that a real toolbar click opens is a `page` target that Playwright does not
 * auto-attach to (it is not a tab), so `context.pages()` never lists it. Attaching without
 * `flatten` lets us talk to it with Target.sendMessageToTarget through Playwright's own
 * browser session, with no second connection to the browser.
 */
import type { CDPSession } from 'playwright-core';

type Handler = (params: any) => void;

interface Reply {
  id?: number;
  method?: string;
  params?: unknown;
  result?: any;
  error?: { message: string };
}

export class CdpTarget {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private readonly handlers = new Map<string, Handler[]>();

  private constructor(
    private readonly browser: CDPSession,
    readonly sessionId: string,
    readonly targetId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as Reply;
      if (reply.id !== undefined) {
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      } else if (reply.method) {
        for (const handler of this.handlers.get(reply.method) ?? []) handler(reply.params);
      }
    });
  }

  static async attach(browser: CDPSession, targetId: string): Promise<CdpTarget> {
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: false });
    return new CdpTarget(browser, sessionId, targetId);
  }

  on(method: string, handler: Handler): void {
    this.handlers.set(method, [...(this.handlers.get(method) ?? []), handler]);
  }

  async send<T = any>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
    await this.browser.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  }

  /** Evaluates an expression in the target's page and returns its JSON value. */
  async evaluate<T>(expression: string, userGesture = false): Promise<T> {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
      userGesture,
    });
    if (exceptionDetails)
      throw new Error(`evaluate failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  async detach(): Promise<void> {
    await this.browser.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}
