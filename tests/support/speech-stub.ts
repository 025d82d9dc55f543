import type { SpeechEnv, SynthesisLike, UtteranceLike, VoiceLike } from '@/utils/view/read-aloud';

/** A voice as the browser lists it. */
export const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

/**
 * speechSynthesis as Chrome behaves, in memory: utterances queue and play one at a time,
 * cancel() fails every queued one with "interrupted", voices can arrive late (voiceschanged).
 */
export class StubSynthesis implements SynthesisLike {
  queue: UtteranceLike[] = [];
  /** Every utterance ever spoken, in order. */
  spoken: UtteranceLike[] = [];
  cancels = 0;
  private listeners = new Set<() => void>();

  constructor(private voices: VoiceLike[] = []) {}

  getVoices() {
    return this.voices;
  }
  speak(utterance: UtteranceLike) {
    this.queue.push(utterance);
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancels++;
    const dropped = this.queue;
    this.queue = [];
    for (const utterance of dropped) utterance.onerror?.({ error: 'interrupted' });
  }
  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.delete(listener);
  }
  get listenerCount() {
    return this.listeners.size;
  }
  /** The voice list changes (it loads late in Chrome). */
  setVoices(voices: VoiceLike[]) {
    this.voices = voices;
    for (const listener of [...this.listeners]) listener();
  }
  /** What is being said now. */
  get current(): UtteranceLike | undefined {
    return this.queue[0];
  }
  /** The voice reaches the word at `charIndex` of the current utterance. */
  boundary(charIndex: number) {
    this.current?.onboundary?.({ charIndex });
  }
  /** The current utterance is said to its end. */
  finish() {
    const utterance = this.queue.shift();
    utterance?.onend?.({});
  }
  /** The current utterance fails (the engine crashed). */
  fail(error = 'synthesis-failed') {
    const utterance = this.queue.shift();
    utterance?.onerror?.({ error });
  }
}

export function stubEnv(synth: StubSynthesis): SpeechEnv {
  return {
    synth,
    utterance: (text) => ({ text, lang: '', voice: null, rate: 1, onend: null, onerror: null, onboundary: null }),
  };
}
