import { useCallback, useEffect, useRef, useState } from 'react';
import { holdNavigation } from '../../app/leaveGuard';

/**
 * An Escape meant for an open date picker or select closes only that popup. A date input says nothing of its
 * picker on itself, so an open popup is one shown on the page (closed ones are unmounted or hidden).
 */
const meantForPopup = (target: EventTarget | null) =>
  (target instanceof Element && target.closest('[aria-expanded="true"]') !== null) ||
  [...document.querySelectorAll('.mantine-Popover-dropdown')].some((el) => el.getClientRects().length > 0);

/**
 * Typing is never thrown away: every way out of a dirty form (Escape, the overlay, the close button, moving to
 * another page) asks first; a clean form closes at once. `release` lets a save leave without asking.
 */
export function useDiscardGuard(dirty: boolean, close: () => void) {
  /** What leaving would do, while the question is on screen. */
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const released = useRef(false);
  const releaseHold = useRef<() => void>(() => undefined);
  const requestClose = useCallback(() => (dirty && !released.current ? setLeaving(() => close) : close()), [dirty, close]);

  useEffect(() => {
    if (!dirty) return undefined;
    releaseHold.current = holdNavigation((proceed) => setLeaving(() => proceed));
    return releaseHold.current;
  }, [dirty]);

  useEffect(() => {
    if (leaving) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || meantForPopup(event.target)) return;
      requestClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [leaving, requestClose]);

  return {
    requestClose,
    asking: leaving !== null,
    keepEditing: () => setLeaving(null),
    discard: () => {
      setLeaving(null);
      leaving?.();
    },
    release: () => {
      released.current = true;
      releaseHold.current();
    },
  };
}
