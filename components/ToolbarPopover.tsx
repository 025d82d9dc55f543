import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ToolbarPopoverProps {
  /** Names the test ids (`<name>-button`, `<name>-panel`) and the panel's id. */
  name: string;
  /** What the button opens, for its accessible name and tooltip. */
  label: string;
  /** The button's face: a short symbol ("?", "⋯"); the label says what it means. */
  symbol: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Moves focus into the panel when it opens (a panel of controls: the appearance choices). */
  focusOnOpen?: boolean;
  children: ComponentChildren;
}

/** Where focus goes in a panel that takes it: the chosen radio of the first group, else the first control. */
function firstControl(panel: HTMLElement): HTMLElement | null {
  return (
    panel.querySelector<HTMLElement>('input:checked') ??
    panel.querySelector<HTMLElement>('input, select, button, [tabindex]:not([tabindex="-1"])')
  );
}

/**
 * A small toolbar button that shows a panel under it (help, the header menu). A disclosure,
 * not an ARIA menu: its content is ordinary controls, reached with Tab. The panel stays in the
 * DOM while closed (hidden), so what it holds keeps its state. Escape and a click outside are
 * handled by the view, which knows which panel is open, and give focus back to the button.
 */
export function ToolbarPopover(props: ToolbarPopoverProps) {
  const { name, label, symbol, open, onOpenChange, focusOnOpen = false, children } = props;
  const panelId = `sift-${name}-panel`;
  const panelRef = useRef<HTMLDivElement>(null);
  // Before paint, in the same frame the panel shows: a key pressed at once lands in the panel.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (open && focusOnOpen && panel) firstControl(panel)?.focus();
  }, [open, focusOnOpen]);
  return (
    <div class="sift-popover-anchor" data-popover={name}>
      <button
        type="button"
        class="sift-icon-button"
        data-testid={`${name}-button`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        title={label}
        onClick={() => onOpenChange(!open)}
      >
        <span aria-hidden="true">{symbol}</span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        class="sift-popover"
        data-testid={`${name}-panel`}
        role="group"
        aria-label={label}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}
