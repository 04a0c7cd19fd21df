import { filterFromText, filterText, type FilterValue, type ListQuery } from '../../../src-main/contract';

export type Sort = NonNullable<ListQuery['sort']>;

/** What a list shows, as the address carries it: `?q=伦敦&status=submitted,approved&sort=departDate:desc`. */
export interface ListView {
  search: string;
  filters: Record<string, FilterValue>;
  sort?: Sort;
}

export const emptyView: ListView = { search: '', filters: {} };

/** Parameter names the address keeps for the search and the order; no register names a filter so. */
export const reservedParams = ['q', 'sort'] as const;

/** A list's parameters back to its view; a value that reads as nothing is left out. */
export function viewFromParams(params: Iterable<[string, string]>): ListView {
  const view: ListView = { search: '', filters: {} };
  for (const [key, text] of params) {
    if (key === 'q') view.search = text.trim();
    else if (key === 'sort') {
      const [field, direction] = text.split(':');
      if (field) view.sort = { field, direction: direction === 'desc' ? 'desc' : 'asc' };
    } else {
      const value = filterFromText(text);
      if (value !== undefined) view.filters[key] = value;
    }
  }
  return view;
}

/** The view as parameters, in a stable order (search, filters by key, order), so one view has one address. */
export function viewParams(view: Partial<ListView>): [string, string][] {
  return [
    ...(view.search ? [['q', view.search] as [string, string]] : []),
    ...Object.keys(view.filters ?? {})
      .sort()
      .map((key): [string, string] => [key, filterText(view.filters![key]!)]),
    ...(view.sort ? [['sort', `${view.sort.field}:${view.sort.direction}`] as [string, string]] : []),
  ];
}

/** `?…` for the view, or '' when it shows everything in the default order; commas and colons (sort=departDate:desc) stay readable. */
export function viewQuery(view: Partial<ListView>): string {
  const params = viewParams(view);
  const part = (text: string) => encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':');
  return params.length ? `?${params.map(([k, v]) => `${part(k)}=${part(v)}`).join('&')}` : '';
}

export const sameView = (a: Partial<ListView>, b: Partial<ListView>): boolean => viewQuery(a) === viewQuery(b);
