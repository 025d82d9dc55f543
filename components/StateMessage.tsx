import type { ComponentChildren } from 'preact';
import { StateIcon, type StateIconName } from './StateIcon';

/** A popup state that is not an article: an icon, one clear sentence, a hint, and what to do next. */
export function StateMessage({
  icon,
  message,
  hint,
  children,
}: {
  icon: StateIconName;
  message: string;
  hint?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="sift-state">
      <div class="sift-state-icon">
        <StateIcon name={icon} />
      </div>
      <div role="status">
        <h1 class="sift-state-message" data-testid="message">
          {message}
        </h1>
      </div>
      {hint ? <p class="sift-state-hint">{hint}</p> : null}
      {children}
    </div>
  );
}
