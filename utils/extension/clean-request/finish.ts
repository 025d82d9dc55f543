import { finishClean, type PageRead } from '@/utils/clean';
import {
  type CleanResponse,
  type MessageHandlers,
  type MessageMap,
  type MessageName,
  sendToExtension,
} from '@/utils/extension/messages';
import { cleanOptions, failure } from './page';
import { fromWire, toWire } from './page-read-wire';
import { pack, Parking, receive, transferId } from '../transfer';

type Send = <K extends MessageName>(name: K, data: MessageMap[K]['request']) => Promise<MessageMap[K]['response']>;

/**
 * The in-page reader's clean, page side: the reader has read the page (`readPage`), and the
 * background runs the text stages, off the page's thread. A PageRead too large for one message
 * goes first in parts (`stash`); a result too large comes back in parts (`part`).
 */
export async function finishInBackground(
  read: PageRead,
  force: boolean,
  send: Send = (name, data) => sendToExtension(name, data),
  partChars?: number,
): Promise<CleanResponse> {
  try {
    const packed = pack(toWire(read), partChars);
    let sent: MessageMap['finish']['request']['read'];
    if ('json' in packed) sent = packed;
    else {
      const id = transferId();
      const parts = packed.parts.length;
      for (const [index, text] of packed.parts.entries()) await send('stash', { id, index, parts, text });
      sent = { parked: id, parts };
    }
    const answer = await send('finish', { read: sent, force });
    if (!answer.ok) return answer;
    const result = await receive(answer.result, async (id, index) => (await send('part', { id, index })).text);
    return { ok: true, result };
  } catch (error) {
    return failure(error);
  }
}

/**
 * The background's side: holds stashed parts, finishes a PageRead into a CleanResult and parks
 * a result too large for one answer until the reader has taken it.
 */
export function finishHandlers(parking = new Parking(), partChars?: number): MessageHandlers {
  return {
    stash: ({ id, index, parts, text }) => {
      parking.put(id, index, parts, text);
      return { ok: true };
    },
    finish: async ({ read, force }) => {
      try {
        const page = fromWire(await receive(read, (id, index) => parking.take(id, index)));
        return { ok: true, result: parking.park(finishClean(page, cleanOptions(force)), partChars) };
      } catch (error) {
        return failure(error);
      }
    },
    part: ({ id, index }) => ({ text: parking.take(id, index) }),
  };
}
