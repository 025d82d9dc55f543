/**
 * Read aloud: a queue of blocks spoken one utterance each (Chrome cuts long utterances, and a
 * block per utterance is what lets the view highlight what is being read), over the Web Speech
 * API seen through the narrow interfaces below so tests can drive it with a stub.
 *
 * Only voices with `localService === true` are used: a remote voice would send the article's
 * text off the machine, and Sift promises it makes no network requests.
 */

export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onboundary: ((event: { charIndex: number }) => void) | null;
}

export interface SynthesisLike {
  getVoices(): VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechEnv {
  synth: SynthesisLike;
  utterance: (text: string) => UtteranceLike;
}

/** The browser's speech API, or null where there is none (then the control says so). */
export function speechEnvOf(scope: typeof globalThis): SpeechEnv | null {
  const { speechSynthesis, SpeechSynthesisUtterance } = scope as unknown as {
    speechSynthesis?: SynthesisLike;
    SpeechSynthesisUtterance?: new (text: string) => UtteranceLike;
  };
  if (!speechSynthesis || typeof SpeechSynthesisUtterance !== 'function') return null;
  return { synth: speechSynthesis, utterance: (text) => new SpeechSynthesisUtterance(text) };
}

const normalTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primaryOf = (tag: string) => normalTag(tag).split('-')[0];

/**
 * The local voice for a language: same primary subtag, the exact tag first ("en-GB" for an
 * en-GB article), then the system's default voice, then the first listed.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string): VoiceLike | null {
  const primary = primaryOf(lang);
  const local = voices.filter((voice) => voice.localService && primaryOf(voice.lang) === primary);
  return (
    local.find((voice) => normalTag(voice.lang) === normalTag(lang)) ??
    local.find((voice) => voice.default) ??
    local[0] ??
    null
  );
}

export type ReadStatus =
  /** No speech API at all. */
  | 'unsupported'
  /** Waiting for the browser's voice list, which loads asynchronously. */
  | 'loading'
  /** No local voice for the article's language. */
  | 'no-voice'
  | 'ready'
  | 'playing'
  | 'paused'
  | 'ended'
  /** The voice reported an error other than being interrupted by Sift. */
  | 'failed';

export interface ReadItem {
  id: string;
  /** The block's place in the page, so a hidden block's successor can be found. */
  index: number;
  text: string;
}

export interface ReadState {
  status: ReadStatus;
  /** The block being read (or paused at); null when none is. */
  currentId: string | null;
  /** 1-based position of that block among the readable ones, 0 when none. */
  position: number;
  total: number;
  voice: string | null;
}

export interface ReadAloudOptions {
  lang: string;
  rate: number;
  onChange: (state: ReadState) => void;
  /** How long to wait for `voiceschanged` before saying there is no voice. */
  voiceWaitMs?: number;
}

export interface ReadAloud {
  readonly state: ReadState;
  /** Plays from where it stands: the paused block, the chosen one, or the first. */
  play(): void;
  pause(): void;
  toggle(): void;
  next(): void;
  previous(): void;
  /** Stops and forgets the place. */
  stop(): void;
  /** The blocks on screen changed (restored, hidden): keeps the place, skipping a block that went. */
  setItems(items: readonly ReadItem[]): void;
  setRate(rate: number): void;
  /** Stops speaking and lets go of the browser's events (unmount, page hide). */
  dispose(): void;
}

const VOICE_WAIT_MS = 1500;
/** Errors Sift causes itself by cancelling; they are not failures. */
const OWN_ERRORS = new Set(['interrupted', 'canceled']);

export function createReadAloud(env: SpeechEnv | null, options: ReadAloudOptions): ReadAloud {
  let items: readonly ReadItem[] = [];
  let rate = options.rate;
  let voice: VoiceLike | null = null;
  let status: ReadStatus = env ? 'loading' : 'unsupported';
  let index = -1;
  /** Where in the current block to go on after a pause or a speed change: the last word reached. */
  let offset = 0;
  let speaking: UtteranceLike | null = null;
  let disposed = false;

  const snapshot = (): ReadState => ({
    status,
    currentId: items[index]?.id ?? null,
    position: index >= 0 && index < items.length ? index + 1 : 0,
    total: items.length,
    voice: voice?.name ?? null,
  });
  let state = snapshot();
  const emit = () => {
    state = snapshot();
    if (!disposed) options.onChange(state);
  };

  const silence = () => {
    // Drop the reference first: cancel() fires `error`/`end` on it, which must not advance.
    speaking = null;
    env?.synth.cancel();
  };

  const speakCurrent = () => {
    const item = items[index];
    if (!env || !voice || !item) return;
    silence();
    const start = offset;
    const utterance = env.utterance(item.text.slice(start));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    utterance.onboundary = (event) => {
      if (speaking === utterance) offset = start + event.charIndex;
    };
    utterance.onend = () => {
      if (speaking !== utterance) return;
      speaking = null;
      moveTo(index + 1, true);
    };
    utterance.onerror = (event) => {
      if (speaking !== utterance) return;
      speaking = null;
      if (OWN_ERRORS.has(event.error ?? '')) return;
      status = 'failed';
      emit();
    };
    speaking = utterance;
    env.synth.speak(utterance);
  };

  /** Goes to the block at `target`; past the end the article is done. */
  const moveTo = (target: number, keepPlaying: boolean) => {
    offset = 0;
    if (target >= items.length) {
      silence();
      index = -1;
      status = 'ended';
      emit();
      return;
    }
    index = Math.max(0, target);
    if (keepPlaying) {
      status = 'playing';
      speakCurrent();
    }
    emit();
  };

  const canSpeak = () => voice !== null && status !== 'loading' && status !== 'no-voice';

  const takeVoices = () => {
    if (!env || disposed) return;
    const playing = status === 'playing';
    voice = pickVoice(env.synth.getVoices(), options.lang);
    if (!voice) {
      if (playing) silence();
      // An empty list may still be loading; a list without our language is final (until it changes).
      if (status !== 'loading' || env.synth.getVoices().length > 0) status = 'no-voice';
    } else if (status === 'loading' || status === 'no-voice') status = index >= 0 ? 'paused' : 'ready';
    emit();
  };

  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  if (env) {
    env.synth.addEventListener('voiceschanged', takeVoices);
    takeVoices();
    if (status === 'loading') {
      waitTimer = setTimeout(() => {
        if (status === 'loading') {
          status = 'no-voice';
          emit();
        }
      }, options.voiceWaitMs ?? VOICE_WAIT_MS);
    }
  }

  const controller: ReadAloud = {
    get state() {
      return state;
    },
    play() {
      if (!canSpeak() || status === 'playing' || items.length === 0) return;
      if (status === 'ended' || index < 0) moveTo(0, true);
      else {
        status = 'playing';
        speakCurrent();
        emit();
      }
    },
    pause() {
      if (status !== 'playing') return;
      silence();
      status = 'paused';
      emit();
    },
    toggle() {
      if (status === 'playing') controller.pause();
      else controller.play();
    },
    next() {
      if (!canSpeak() || items.length === 0) return;
      if (index + 1 >= items.length && status !== 'playing') return;
      const playing = status === 'playing';
      if (!playing) status = 'paused';
      moveTo(index + 1, playing);
    },
    previous() {
      if (!canSpeak() || items.length === 0) return;
      const playing = status === 'playing';
      // From the end, "previous" goes back to the last block.
      const from = index < 0 ? items.length : index;
      if (!playing) status = 'paused';
      moveTo(Math.max(0, from - 1), playing);
    },
    stop() {
      silence();
      index = -1;
      offset = 0;
      if (canSpeak() || status === 'failed') status = 'ready';
      emit();
    },
    setItems(next) {
      const current = items[index];
      items = next;
      if (!current) {
        index = -1;
        emit();
        return;
      }
      const same = next.findIndex((item) => item.id === current.id);
      if (same >= 0) {
        index = same;
        emit();
        return;
      }
      // The block being read went (hidden): go on with the one that followed it.
      const following = next.findIndex((item) => item.index > current.index);
      moveTo(following < 0 ? next.length : following, status === 'playing');
    },
    setRate(next) {
      if (next === rate) return;
      rate = next;
      // The new speed applies at once: the block goes on from the last word reached.
      if (status === 'playing') speakCurrent();
    },
    dispose() {
      if (disposed) return;
      clearTimeout(waitTimer);
      silence();
      disposed = true;
      env?.synth.removeEventListener('voiceschanged', takeVoices);
    },
  };
  return controller;
}
