import type { ComponentChildren } from 'preact';

export interface ToolbarPopoverProps {
  /** Names the test ids (`<name>-button`, `<name>-panel`) and the panel's id. */
  name: string;
  /** What the button opens, for its accessible name and tooltip. */
  label: string;
  /** The button's face: a short symbol ("?", "⋯"); the label says what it means. */
  symbol: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ComponentChildren;
}

/**
 * A small toolbar button that shows a panel under it (help, the header menu). A disclosure,
 * not an ARIA menu: its content is ordinary controls, reached with Tab. The panel stays in the
 * DOM while closed (hidden), so what it holds keeps its state. Escape and a click outside are
 * handled by the view, which knows which panel is open.
 */
export function ToolbarPopover({ name, label, symbol, open, onOpenChange, children }: ToolbarPopoverProps) {
  const panelId = `sift-${name}-panel`;
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
