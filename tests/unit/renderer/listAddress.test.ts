import { describe, expect, it } from 'vitest';
import { registers } from '../../../src-main/core/registers';
import { parseRoute, routeHref } from '../../../src-renderer/app/useHashRoute';
import { reservedParams, viewFromParams, viewQuery } from '../../../src-renderer/registers/list/listAddress';

describe('a list’s search, filters and order in the address', () => {
  it('writes several values of a filter joined by commas, and reads them back as a list', () => {
    const view = {
      search: '伦敦',
      filters: { status: ['submitted', 'approved'], department: 'LAW' },
      sort: { field: 'departDate', direction: 'desc' as const },
    };
    const href = routeHref({ page: 'register', register: 'delegation', ...view });
    expect(href).toBe('#/r/delegation?q=%E4%BC%A6%E6%95%A6&department=LAW&status=submitted,approved&sort=departDate:desc');
    expect(parseRoute(href)).toEqual({ page: 'register', register: 'delegation', ...view });
  });

  it('keeps the view with an open record, and reads the URL-encoded form a browser may give back', () => {
    const route = parseRoute('#/r/delegation/0190f2a0-0000-7000-8000-000000000000?status=submitted%2Capproved&departDate=2026-01-01..');
    expect(route).toEqual({
      page: 'register',
      register: 'delegation',
      id: '0190f2a0-0000-7000-8000-000000000000',
      filters: { status: ['submitted', 'approved'], departDate: '2026-01-01..' },
    });
    expect(routeHref(route)).toBe('#/r/delegation/0190f2a0-0000-7000-8000-000000000000?departDate=2026-01-01..&status=submitted,approved');
  });

  it('gives one view one address, whatever order its filters were set in, and none to the plain list', () => {
    expect(viewQuery({ filters: { b: '2', a: ['x', 'y'] } })).toBe(viewQuery({ filters: { a: ['x', 'y'], b: '2' } }));
    expect(viewQuery({ search: '', filters: {} })).toBe('');
    expect(routeHref({ page: 'register', register: 'partner' })).toBe('#/r/partner');
  });

  it('drops what reads as nothing: empty values, repeated values, a sort without a field', () => {
    expect(
      viewFromParams([
        ['status', ',,'],
        ['country', 'JP,JP,GB'],
        ['sort', ':desc'],
        ['q', '  '],
      ]),
    ).toEqual({ search: '', filters: { country: ['JP', 'GB'] } });
    expect(viewFromParams([['sort', 'title']])).toEqual({ search: '', filters: {}, sort: { field: 'title', direction: 'asc' } });
  });

  it('never takes a filter key the address keeps for the search or the order', () => {
    for (const def of registers) for (const f of def.filters) expect(reservedParams).not.toContain(f.key);
  });
});
