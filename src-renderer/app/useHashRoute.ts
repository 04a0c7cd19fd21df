import { useCallback, useSyncExternalStore } from 'react';

/**
 * Where the user is: `#/` overview, `#/reminders` what needs action, `#/budget` budget against spending, `#/sync` bundles,
 * `#/conflicts[/<register>/<id>]` concurrent edits to resolve, `#/r/<register>` a list, `#/r/<register>/<id>` a record (over its list,
 * or on its own page for registers that have one). `?key=value` after a list sets its filters, so a link
 * can open "this person's delegations".
 */
export type Route =
  | { page: 'overview' }
  | { page: 'budget' }
  | { page: 'reminders' }
  | { page: 'sync' }
  | { page: 'conflicts'; register?: string; id?: string }
  | { page: 'register'; register: string; id?: string; filters?: Record<string, string> };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'budget') return { page: 'budget' };
  if (parts[0] === 'reminders') return { page: 'reminders' };
  if (parts[0] === 'sync') return { page: 'sync' };
  if (parts[0] === 'conflicts') return parts[1] && parts[2] ? { page: 'conflicts', register: parts[1], id: parts[2] } : { page: 'conflicts' };
  if (parts[0] !== 'r' || !parts[1]) return { page: 'overview' };
  const filters = Object.fromEntries(new URLSearchParams(query));
  return { page: 'register', register: parts[1], ...(parts[2] ? { id: parts[2] } : {}), ...(Object.keys(filters).length ? { filters } : {}) };
}

export function routeHref(route: Route): string {
  if (route.page === 'overview') return '#/';
  if (route.page === 'budget') return '#/budget';
  if (route.page === 'reminders') return '#/reminders';
  if (route.page === 'sync') return '#/sync';
  if (route.page === 'conflicts') return route.register && route.id ? `#/conflicts/${encodeURIComponent(route.register)}/${encodeURIComponent(route.id)}` : '#/conflicts';
  const query = route.filters && Object.keys(route.filters).length ? `?${new URLSearchParams(route.filters).toString()}` : '';
  return `#/r/${encodeURIComponent(route.register)}${route.id ? `/${encodeURIComponent(route.id)}` : ''}${query}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Hash routing is enough for a handful of pages and works the same under app:// and the web host. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  const navigate = useCallback((route: Route) => {
    location.hash = routeHref(route);
  }, []);
  return [parseRoute(hash), navigate];
}
