import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createReadAloud, pickVoice, type ReadItem, type ReadState } from '@/utils/view/read-aloud';
import { StubSynthesis, stubEnv, voice } from '../support/speech-stub';

const ITEMS: ReadItem[] = [
  { id: 'b0', index: 0, text: 'First paragraph.' },
  { id: 'b1', index: 1, text: 'Second paragraph.' },
  { id: 'b3', index: 3, text: 'Third paragraph.' },
];

function setup(voices = [voice('Local English', 'en-US')], lang = 'en-US') {
  const synth = new StubSynthesis(voices);
  const states: ReadState[] = [];
  const reader = createReadAloud(stubEnv(synth), { lang, rate: 1, onChange: (s) => states.push(s) });
  reader.setItems(ITEMS);
  return { synth, reader, states, said: () => synth.spoken.map((u) => u.text) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('choosing a voice', () => {
  test('only local voices of the language; the exact region first, then the default', () => {
    const voices = [
      voice('Remote British', 'en-GB', false),
      voice('Local American', 'en-US', true, true),
      voice('Local British', 'en_GB'),
      voice('Local German', 'de-DE'),
    ];
    expect(pickVoice(voices, 'en-GB')?.name).toBe('Local British');
    expect(pickVoice(voices, 'en-AU')?.name).toBe('Local American');
    expect(pickVoice(voices, 'en')?.name).toBe('Local American');
    expect(pickVoice(voices, 'de-CH')?.name).toBe('Local German');
    expect(pickVoice(voices, 'fr')).toBeNull();
    expect(pickVoice([voice('Remote French', 'fr-FR', false)], 'fr-FR')).toBeNull();
  });

  test('a language with only remote voices says there is no voice, and never speaks', () => {
    const { reader, synth } = setup([voice('Google français', 'fr-FR', false)], 'fr');
    expect(reader.state.status).toBe('no-voice');
    reader.play();
    reader.next();
    expect(synth.spoken).toEqual([]);
  });

  test('voices that arrive late (voiceschanged) are taken', () => {
    const { reader, synth } = setup([]);
    expect(reader.state.status).toBe('loading');
    synth.setVoices([voice('Local English', 'en-GB')]);
    expect(reader.state).toMatchObject({ status: 'ready', voice: 'Local English' });
    reader.play();
    expect(synth.current?.voice?.name).toBe('Local English');
    expect(synth.current?.lang).toBe('en-GB');
  });

  test('no voice list at all: after a wait it says so; a list that comes later still counts', () => {
    const { reader, synth } = setup([]);
    vi.advanceTimersByTime(2_000);
    expect(reader.state.status).toBe('no-voice');
    synth.setVoices([voice('Local English', 'en-US')]);
    expect(reader.state.status).toBe('ready');
  });

  test('no speech API: unsupported, and every control is harmless', () => {
    const reader = createReadAloud(null, { lang: 'en', rate: 1, onChange: () => undefined });
    reader.setItems(ITEMS);
    expect(reader.state.status).toBe('unsupported');
    reader.play();
    reader.next();
    reader.dispose();
    expect(reader.state.status).toBe('unsupported');
  });
});

describe('reading', () => {
  test('one utterance per block, in order, to the end of the article', () => {
    const { reader, synth, said } = setup();
    reader.play();
    expect(reader.state).toMatchObject({ status: 'playing', currentId: 'b0', position: 1, total: 3 });
    synth.finish();
    expect(reader.state.currentId).toBe('b1');
    synth.finish();
    synth.finish();
    expect(said()).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
    expect(reader.state).toMatchObject({ status: 'ended', currentId: null, position: 0 });
    // Play again starts over.
    reader.play();
    expect(reader.state.currentId).toBe('b0');
  });

  test('pause stops the voice; play goes on from the last word reached', () => {
    const { reader, synth, said } = setup();
    reader.play();
    synth.boundary(6); // "paragraph."
    reader.pause();
    expect(reader.state.status).toBe('paused');
    expect(synth.queue).toEqual([]);
    // The interruption that cancel() reports is Sift's own: it neither fails nor advances.
    expect(reader.state.currentId).toBe('b0');
    reader.play();
    expect(said()).toEqual(['First paragraph.', 'paragraph.']);
    synth.finish();
    expect(reader.state.currentId).toBe('b1');
    expect(said()[2]).toBe('Second paragraph.');
  });

  test('next and previous move while playing, and move the place while paused', () => {
    const { reader, synth, said } = setup();
    reader.play();
    reader.next();
    expect(reader.state).toMatchObject({ status: 'playing', currentId: 'b1' });
    expect(synth.queue.map((u) => u.text)).toEqual(['Second paragraph.']);
    reader.previous();
    reader.previous(); // already at the first block: stays
    expect(reader.state.currentId).toBe('b0');
    reader.pause();
    reader.next();
    reader.next();
    expect(reader.state).toMatchObject({ status: 'paused', currentId: 'b3' });
    reader.next(); // paused on the last block: nothing after it
    expect(reader.state.currentId).toBe('b3');
    reader.play();
    expect(said().at(-1)).toBe('Third paragraph.');
  });

  test('next on the last block while playing ends the article', () => {
    const { reader } = setup();
    reader.play();
    reader.next();
    reader.next();
    reader.next();
    expect(reader.state.status).toBe('ended');
  });

  test('a voice error stops with "failed", not silently; play retries the block', () => {
    const { reader, synth, said } = setup();
    reader.play();
    synth.fail();
    expect(reader.state).toMatchObject({ status: 'failed', currentId: 'b0' });
    reader.play();
    expect(said()).toEqual(['First paragraph.', 'First paragraph.']);
  });

  test('a speed change applies at once, from the last word reached', () => {
    const { reader, synth } = setup();
    reader.play();
    synth.boundary(6);
    reader.setRate(1.5);
    expect(synth.queue).toHaveLength(1);
    expect(synth.current).toMatchObject({ text: 'paragraph.', rate: 1.5 });
  });
});

describe('the blocks on screen change', () => {
  test('a hidden block being read is skipped for the one after it; a restored one is read', () => {
    const { reader, synth } = setup();
    reader.play();
    reader.next(); // b1
    reader.setItems([ITEMS[0], ITEMS[2]]);
    expect(reader.state).toMatchObject({ status: 'playing', currentId: 'b3', total: 2 });
    expect(synth.current?.text).toBe('Third paragraph.');
    const restored = { id: 'b2', index: 2, text: 'A restored paragraph.' };
    reader.previous();
    reader.setItems([ITEMS[0], restored, ITEMS[2]]);
    synth.finish();
    expect(reader.state.currentId).toBe('b2');
    expect(synth.current?.text).toBe('A restored paragraph.');
  });

  test('the place is kept when other blocks come and go', () => {
    const { reader } = setup();
    reader.play();
    reader.next();
    reader.setItems([ITEMS[1], ITEMS[2]]);
    expect(reader.state).toMatchObject({ currentId: 'b1', position: 1, total: 2 });
  });
});

describe('stopping', () => {
  test('stop forgets the place; dispose (unmount, page hide) cancels and lets go of voiceschanged', () => {
    const { reader, synth, states } = setup();
    reader.play();
    reader.stop();
    expect(reader.state).toMatchObject({ status: 'ready', currentId: null });
    reader.play();
    expect(synth.listenerCount).toBe(1);
    const before = states.length;
    reader.dispose();
    expect(synth.queue).toEqual([]);
    expect(synth.listenerCount).toBe(0);
    // A late voiceschanged after unmount changes nothing.
    synth.setVoices([]);
    expect(states.length).toBe(before);
  });

  test('the voice going away while playing stops it and says so', () => {
    const { reader, synth } = setup();
    reader.play();
    synth.setVoices([voice('Remote English', 'en-US', false)]);
    expect(reader.state.status).toBe('no-voice');
    expect(synth.queue).toEqual([]);
  });
});
