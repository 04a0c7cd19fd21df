import { useCallback, useSyncExternalStore } from 'react';

/** Where the user is: `#/` overview, `#/r/<register>` a list, `#/r/<register>/<id>` a record over its list. */
export type Route = { page: 'overview' } | { page: 'register'; register: string; id?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'r' && parts[1]) return { page: 'register', register: parts[1], ...(parts[2] ? { id: parts[2] } : {}) };
  return { page: 'overview' };
}

export const routeHref = (route: Route): string =>
  route.page === 'overview'
    ? '#/'
    : `#/r/${encodeURIComponent(route.register)}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;

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
