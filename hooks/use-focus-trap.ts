import { useEffect } from 'preact/hooks';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a modal (the in-page reader, in its shadow root): from the last control Tab
 * goes to the first, from the first Shift+Tab to the last, and focus that strays to the page
 * behind comes back. When the modal goes away, focus returns to where it was before it opened.
 */
export function useFocusTrap(container: { current: HTMLElement | null }, scope: ShadowRoot | Document): void {
  useEffect(() => {
    const host = scope instanceof ShadowRoot ? scope.host : null;
    const doc = container.current?.ownerDocument ?? document;
    const before = doc.activeElement as HTMLElement | null;
    const focusables = () =>
      [...(container.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
        (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
      );
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key !== 'Tab' || key.altKey || key.ctrlKey || key.metaKey) return;
      const all = focusables();
      if (all.length === 0) return;
      const active = scope.activeElement as HTMLElement | null;
      const index = active ? all.indexOf(active) : -1;
      const next = key.shiftKey
        ? index <= 0
          ? all[all.length - 1]
          : null
        : index === -1 || index === all.length - 1
          ? all[0]
          : null;
      if (!next) return;
      key.preventDefault();
      next.focus();
    };
    // Focus that lands on the page behind (a click, a script) is pulled back into the modal.
    const onFocusIn = (event: FocusEvent) => {
      // The path, not the target: inside the shadow root, the target seen here may be the host or
      // (jsdom) the element itself, which host.contains() does not see across the boundary.
      if (host && !event.composedPath().includes(host)) focusables()[0]?.focus();
    };
    scope.addEventListener('keydown', onKey);
    doc.addEventListener('focusin', onFocusIn);
    return () => {
      scope.removeEventListener('keydown', onKey);
      doc.removeEventListener('focusin', onFocusIn);
      if (before && before !== host && before.isConnected) before.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    };
  }, [container, scope]);
}
