import { useCallback, useSyncExternalStore } from 'react';
import { viewFromParams, viewQuery, type ListView } from '../registers/list/listAddress';
// Loaded first, so a form with unsaved typing is asked before the route below changes.
import './leaveGuard';

/**
 * Where the user is: `#/` the day's work (the first screen), `#/plan?plan=&year=` the dashboard (a plan's targets in a year), `#/targets/<target>?plan=&year=&point=&open=`
 * the records behind a target's figure (the headline, or the one for the year `point`), `#/evaluation?year=` the departments' evaluation, `#/reminders` what needs
 * action, `#/budget` budget against spending, `#/sync` bundles, `#/conflicts[/<register>/<id>]` concurrent edits to resolve,
 * `#/backup` backups and restore,
 * `#/r/<register>` a list, `#/r/<register>/<id>` a record (over its list,
 * or on its own page for registers that have one). After a list (and an open record over it) the address carries
 * what the list shows: `?q=` the search, `?key=a,b` its filters, `?sort=field:desc` the order (listAddress.ts), so
 * a link can open "this person's delegations", and a reload or the way back finds the list as it was.
 */
export type Route =
  | { page: 'today' }
  | { page: 'overview'; plan?: string; year?: number }
  | { page: 'targetRecords'; target: string; plan?: string; year?: number; point?: number; open?: string }
  | { page: 'evaluation'; plan?: string; year?: number }
  | { page: 'budget' }
  | { page: 'reminders' }
  | { page: 'sync' }
  | { page: 'backup' }
  | { page: 'conflicts'; register?: string; id?: string }
  | ({ page: 'register'; register: string; id?: string } & Partial<ListView>);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  /** Plan and year as the dashboard and the pages it links to carry them. */
  const scope = {
    ...(params.get('plan') ? { plan: params.get('plan')! } : {}),
    ...(Number(params.get('year')) ? { year: Number(params.get('year')) } : {}),
  };
  if (parts[0] === 'budget') return { page: 'budget' };
  if (parts[0] === 'evaluation') return { page: 'evaluation', ...scope };
  if (parts[0] === 'targets' && parts[1]) {
    const point = Number(params.get('point'));
    return {
      page: 'targetRecords',
      target: parts[1],
      ...scope,
      ...(point ? { point } : {}),
      ...(params.get('open') ? { open: params.get('open')! } : {}),
    };
  }
  // An address saved before the today page came first names the dashboard by its plan or year.
  if (parts[0] === 'plan' || (!parts[0] && Object.keys(scope).length)) return { page: 'overview', ...scope };
  if (!parts[0]) return { page: 'today' };
  if (parts[0] === 'reminders') return { page: 'reminders' };
  if (parts[0] === 'sync') return { page: 'sync' };
  if (parts[0] === 'backup') return { page: 'backup' };
  if (parts[0] === 'conflicts')
    return parts[1] && parts[2] ? { page: 'conflicts', register: parts[1], id: parts[2] } : { page: 'conflicts' };
  if (parts[0] !== 'r' || !parts[1]) return { page: 'today' };
  const { search, filters, sort } = viewFromParams(params);
  return {
    page: 'register',
    register: parts[1],
    ...(parts[2] ? { id: parts[2] } : {}),
    ...(search ? { search } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(sort ? { sort } : {}),
  };
}

/** `?plan=&year=` (and more), or nothing when none is set. */
const queryOf = (values: Record<string, string | number | undefined>) => {
  const set = Object.entries(values).filter((e): e is [string, string | number] => e[1] !== undefined);
  return set.length ? `?${new URLSearchParams(set.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

export function routeHref(route: Route): string {
  if (route.page === 'today') return '#/';
  if (route.page === 'overview') return `#/plan${queryOf({ plan: route.plan, year: route.year })}`;
  if (route.page === 'evaluation') return `#/evaluation${queryOf({ plan: route.plan, year: route.year })}`;
  if (route.page === 'targetRecords')
    return `#/targets/${encodeURIComponent(route.target)}${queryOf({ plan: route.plan, year: route.year, point: route.point, open: route.open })}`;
  if (route.page === 'budget') return '#/budget';
  if (route.page === 'reminders') return '#/reminders';
  if (route.page === 'sync') return '#/sync';
  if (route.page === 'backup') return '#/backup';
  if (route.page === 'conflicts')
    return route.register && route.id ? `#/conflicts/${encodeURIComponent(route.register)}/${encodeURIComponent(route.id)}` : '#/conflicts';
  return `#/r/${encodeURIComponent(route.register)}${route.id ? `/${encodeURIComponent(route.id)}` : ''}${viewQuery(route)}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** `replace`: the address changes in place (a list's filters), so the way back leaves the page rather than undo each one. */
export type Navigate = (route: Route, o?: { replace?: boolean }) => void;

/** Hash routing is enough for a handful of pages and works the same under app:// and the web host. */
export function useHashRoute(): [Route, Navigate] {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  const navigate = useCallback<Navigate>((route, o) => {
    if (o?.replace) location.replace(routeHref(route));
    else location.hash = routeHref(route);
  }, []);
  return [parseRoute(hash), navigate];
}
