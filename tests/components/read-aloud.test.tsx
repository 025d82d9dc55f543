import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader } from '@/components/Reader';
import { speechRateSetting } from '@/utils/extension/settings';
import { installMessages } from '../support/i18n';
import { block, figure, removed, result } from '../support/result';
import { StubSynthesis, voice } from '../support/speech-stub';
import { waitFor } from '../support/wait';

let host: HTMLElement;
let shadow: ShadowRoot;
let container: HTMLElement;
let synth: StubSynthesis;

/** The page's speechSynthesis, as the view finds it on globalThis. */
function installSpeech(voices = [voice('Local English', 'en-GB')]) {
  synth = new StubSynthesis(voices);
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice = null;
      rate = 1;
      onend = null;
      onerror = null;
      onboundary = null;
      constructor(public text: string) {}
    },
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  host = document.createElement('sift-reader');
  shadow = host.attachShadow({ mode: 'open' });
  container = document.createElement('div');
  shadow.append(container);
  document.body.append(host);
});

afterEach(() => {
  act(() => render(null, container));
  host.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const money = 'Revenue hit $245bn, up 12%.';
const hidden = block({ id: 'b1', index: 1, text: 'Subscribe to our newsletter.' });
const story = result({
  lang: 'en-GB',
  blocks: [
    block({
      id: 'b0',
      index: 0,
      text: money,
      figures: [figure(money, '$245bn', 'money'), figure(money, '12%', 'percent')],
    }),
    block({ id: 'b2', index: 2, text: 'Second paragraph.' }),
  ],
  removed: [removed(hidden, 'boilerplate', { kind: 'boilerplate', rule: 'subscribe' })],
});

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => shadow.querySelector<T>(selector);
const click = (selector: string) => act(() => $(selector)!.click());
const reading = () => [...shadow.querySelectorAll('[data-reading=true]')].map((el) => el.getAttribute('data-block-id'));

async function mount() {
  await act(async () => render(<Reader result={story} scope={shadow} onClose={() => {}} />, container));
  await click('[data-testid=read-aloud-button]');
  expect($('[data-testid=read-aloud-bar]')).not.toBeNull();
}

describe('read aloud in the reader', () => {
  test('play reads the first paragraph with figures as words, highlighted; next moves on; pause stops', async () => {
    installSpeech();
    await mount();
    const play = $<HTMLButtonElement>('[data-testid=read-play]')!;
    expect(play.getAttribute('aria-label')).toBe('Play');
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect($('[data-testid=read-status]')!.textContent).toBe('Voice: Local English');

    await click('[data-testid=read-play]');
    expect(synth.current?.text).toBe('Revenue hit 245 billion dollars, up 12 percent.');
    expect(reading()).toEqual(['b0']);
    expect($('[data-block-id=b0]')!.getAttribute('aria-current')).toBe('true');
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect($('[data-testid=read-status]')!.getAttribute('role')).toBe('status');
    expect($('[data-testid=read-status]')!.textContent).toBe('Reading paragraph 1 of 2');

    await click('[data-testid=read-next]');
    expect(reading()).toEqual(['b2']);
    expect(synth.current?.text).toBe('Second paragraph.');

    await click('[data-testid=read-play]');
    expect(synth.queue).toEqual([]);
    expect($('[data-testid=read-status]')!.textContent).toBe('Paused at paragraph 2 of 2');
    expect(reading()).toEqual(['b2']);

    // Closing the bar stops and takes the highlight away.
    await click('[data-testid=read-close]');
    expect($('[data-testid=read-aloud-bar]')).toBeNull();
    expect(reading()).toEqual([]);
  });

  test('a restored block is read in its place', async () => {
    installSpeech();
    await mount();
    await act(async () => $('[data-testid=removed-summary]')?.click());
    await act(async () => $<HTMLButtonElement>('[data-testid=restore]')?.click());
    await waitFor(() => expect(shadow.querySelector('[data-block-id=b1]')).not.toBeNull());
    await click('[data-testid=read-play]');
    await act(() => synth.finish());
    expect(reading()).toEqual(['b1']);
    expect(synth.current?.text).toBe('Subscribe to our newsletter.');
  });

  test('no local voice for the language: the controls are disabled and say so', async () => {
    installSpeech([voice('Google UK English', 'en-GB', false), voice('Local German', 'de-DE')]);
    await mount();
    expect($<HTMLButtonElement>('[data-testid=read-play]')!.disabled).toBe(true);
    expect($<HTMLButtonElement>('[data-testid=read-next]')!.disabled).toBe(true);
    expect($('[data-testid=read-status]')!.textContent).toContain('No voice on this device reads British English');
  });

  test('R plays and pauses, "." and "," step; unmounting cancels the speech', async () => {
    installSpeech();
    await act(async () => render(<Reader result={story} scope={shadow} onClose={() => {}} />, container));
    const press = (key: string) =>
      act(() => {
        $('[data-testid=story-scroll]')!.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
        );
      });
    await press('r');
    expect($('[data-testid=read-aloud-bar]')).not.toBeNull();
    expect(reading()).toEqual(['b0']);
    await press('.');
    expect(reading()).toEqual(['b2']);
    await press(',');
    expect(reading()).toEqual(['b0']);
    await press('r');
    expect(synth.queue).toEqual([]);
    await press('r');
    expect(synth.queue).toHaveLength(1);
    act(() => render(null, container));
    expect(synth.queue).toEqual([]);
    expect(synth.listenerCount).toBe(0);
  });

  test('the speed comes from the setting and changes it', async () => {
    installSpeech();
    await speechRateSetting.setValue(1.5);
    await mount();
    const speed = $<HTMLSelectElement>('[data-testid=read-speed]')!;
    await waitFor(() => expect(speed.value).toBe('1.5'));
    await click('[data-testid=read-play]');
    expect(synth.current?.rate).toBe(1.5);
    await act(async () => {
      speed.value = '0.75';
      speed.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(async () => expect(await speechRateSetting.getValue()).toBe(0.75));
    expect(synth.current?.rate).toBe(0.75);
  });
});
