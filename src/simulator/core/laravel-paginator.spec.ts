import { paginate } from './laravel-paginator';

const url = (page: number) => `http://sim/v2/bills?page=${page}`;
const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate (Laravel LengthAwarePaginator)', () => {
  it('slices the page and reports Laravel fields', () => {
    const result = paginate(numbers(25), 2, 10, url);
    expect(result.data).toEqual(numbers(20).slice(10));
    expect(result.pagination).toMatchObject({
      total: 25,
      per_page: 10,
      current_page: 2,
      last_page: 3,
      from: 11,
      to: 20,
    });
    expect(result.pagination.links.map((l) => l.label)).toEqual([
      '&laquo; Anterior',
      1,
      2,
      3,
      'Siguiente &raquo;',
    ]);
    expect(result.pagination.links[0].url).toBe(url(1));
    expect(result.pagination.links[2]).toMatchObject({ active: true, page: 2 });
  });

  it('answers an empty page past the end, with null from/to', () => {
    const result = paginate(numbers(5), 4, 10, url);
    expect(result.data).toEqual([]);
    expect(result.pagination).toMatchObject({ last_page: 1, from: null, to: null });
    expect(result.pagination.links.at(-1)?.url).toBeNull();
  });

  it('windows many pages as Laravel does', () => {
    const labels = paginate(numbers(170), 9, 10, url).pagination.links.map((l) => l.label);
    expect(labels).toEqual([
      '&laquo; Anterior',
      1,
      2,
      '...',
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      '...',
      16,
      17,
      'Siguiente &raquo;',
    ]);
  });
});
