import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { speechRateSetting } from '@/utils/extension/settings';
import { spokenBlocks, type ShownBlock, type SpokenBlock } from '@/utils/view';
import { createReadAloud, speechEnvOf, type ReadAloud, type ReadState, type SpeechEnv } from '@/utils/view/read-aloud';
import { useSetting } from './use-setting';

export interface ReadAloudView {
  state: ReadState;
  controls: Pick<ReadAloud, 'play' | 'pause' | 'toggle' | 'next' | 'previous' | 'stop'>;
  /** The speech language (the article's, else the browser's), for messages. */
  lang: string;
  rate: number;
}

export interface UseReadAloudOptions {
  /** The blocks on screen: restored ones are read, hidden ones skipped. */
  shown: readonly ShownBlock[];
  lang: string | null;
  /** Where the blocks are rendered; the one being read is kept in view inside it. */
  scrollRef: { current: HTMLElement | null };
  /** Tests pass a stub; by default the page's own speechSynthesis. */
  env?: SpeechEnv | null;
  /** Whether the read-aloud bar is open: the spoken text is prepared from then on. */
  active?: boolean;
}

const IDLE: ReadState = { status: 'loading', currentId: null, position: 0, total: 0, voice: null };

/**
 * Read aloud for one view: the controller of utils/view/read-aloud bound to the blocks on
 * screen and the speed setting; it stops when the view goes (unmount) and pauses when the page
 * is hidden away (pagehide: the popup closing, the tab navigating).
 */
export function useReadAloud({ shown, lang, scrollRef, env, active = false }: UseReadAloudOptions): ReadAloudView {
  const [rate] = useSetting(speechRateSetting);
  const [state, setState] = useState<ReadState>(IDLE);
  const speechLang = lang || globalThis.navigator?.language || 'en';
  // What each block says is worked out only once reading is wanted (the bar opened, a key
  // pressed): on a long article it costs as much as a render, and most readers never listen.
  const items = useMemo(() => {
    let spoken: SpokenBlock[] | null = null;
    return () => {
      spoken ??= spokenBlocks(
        shown.map((s) => s.block),
        speechLang,
      );
      return spoken;
    };
  }, [shown, speechLang]);
  const wanted = useRef(false);
  const controllerRef = useRef<ReadAloud | null>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const rateRef = useRef(rate);
  rateRef.current = rate;

  useEffect(() => {
    const speech = env === undefined ? speechEnvOf(globalThis) : env;
    const controller = createReadAloud(speech, { lang: speechLang, rate: rateRef.current, onChange: setState });
    if (wanted.current) controller.setItems(itemsRef.current());
    controllerRef.current = controller;
    setState(controller.state);
    const onHide = () => controller.pause();
    globalThis.addEventListener?.('pagehide', onHide);
    return () => {
      globalThis.removeEventListener?.('pagehide', onHide);
      controller.dispose();
      controllerRef.current = null;
    };
  }, [env, speechLang]);

  useEffect(() => {
    if (wanted.current) controllerRef.current?.setItems(items());
  }, [items]);
  useEffect(() => controllerRef.current?.setRate(rate), [rate]);
  useEffect(() => {
    if (!active || wanted.current) return;
    wanted.current = true;
    controllerRef.current?.setItems(itemsRef.current());
  }, [active]);

  useKeptInView(scrollRef, state.currentId);

  const controls = useMemo(() => {
    // A key can ask to read before the bar's first render: the blocks are given first.
    const ready = () => {
      if (!wanted.current) {
        wanted.current = true;
        controllerRef.current?.setItems(itemsRef.current());
      }
      return controllerRef.current;
    };
    return {
      play: () => ready()?.play(),
      pause: () => controllerRef.current?.pause(),
      toggle: () => ready()?.toggle(),
      next: () => ready()?.next(),
      previous: () => ready()?.previous(),
      stop: () => controllerRef.current?.stop(),
    };
  }, []);
  return { state, controls, lang: speechLang, rate };
}

/** Scrolls the block being read into view, as little as needed, smoothly unless motion is reduced. */
function useKeptInView(scrollRef: { current: HTMLElement | null }, blockId: string | null): void {
  useEffect(() => {
    if (!blockId) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-block-id="${blockId}"]`);
    if (!element) return;
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView?.({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [scrollRef, blockId]);
}
