import { parseRoute, type Route } from './useHashRoute';

/** The last move between addresses: where the user went, and from where. */
let last: { to: string; from: string } | null = null;

// Loaded after the router's module, which loads the leave guard first: a move the guard holds back is not noted.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => {
    last = { to: new URL(event.newURL).hash, from: new URL(event.oldURL).hash };
  });
}

/**
 * The record the user followed a link from to reach the current address (a trip's member opens the person), so the
 * page can offer the way back; null when the address was reached otherwise.
 */
export function cameFromRecord(): Extract<Route, { page: 'register' }> | null {
  if (!last || last.to !== location.hash) return null;
  const from = parseRoute(last.from);
  const here = parseRoute(last.to);
  if (from.page !== 'register' || !from.id) return null;
  return here.page === 'register' && here.register === from.register && here.id === from.id ? null : from;
}
