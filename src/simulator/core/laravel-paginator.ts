/**
 * Laravel's LengthAwarePaginator as Factus serialises it: `data.data[]` plus `data.pagination`
 * with Spanish previous/next labels and Laravel's window of page links (factus-api.md §4.2).
 * A page past the end is not an error: it answers an empty `data`.
 */
export interface PaginationLink {
  url: string | null;
  label: string | number;
  active: boolean;
  page?: number;
}

export interface Pagination {
  total: number;
  per_page: number;
  current_page: number;
  last_page: number;
  from: number | null;
  to: number | null;
  links: PaginationLink[];
}

export interface Paginated<T> {
  data: T[];
  pagination: Pagination;
}

export const DEFAULT_PER_PAGE = 10;
const ON_EACH_SIDE = 3;

export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
  urlForPage: (page: number) => string,
): Paginated<T> {
  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const offset = (page - 1) * perPage;
  const data = items.slice(offset, offset + perPage);
  const pageLink = (n: number): PaginationLink => ({
    url: urlForPage(n),
    label: n,
    active: n === page,
    page: n,
  });
  const links: PaginationLink[] = [
    { url: page > 1 ? urlForPage(page - 1) : null, label: '&laquo; Anterior', active: false },
  ];
  pageWindow(page, lastPage).forEach((element, index) => {
    if (index > 0) links.push({ url: null, label: '...', active: false });
    element.forEach((n) => links.push(pageLink(n)));
  });
  links.push({
    url: page < lastPage ? urlForPage(page + 1) : null,
    label: 'Siguiente &raquo;',
    active: false,
  });
  return {
    data,
    pagination: {
      total,
      per_page: perPage,
      current_page: page,
      last_page: lastPage,
      from: data.length > 0 ? offset + 1 : null,
      to: data.length > 0 ? offset + data.length : null,
      links,
    },
  };
}

/** Laravel's UrlWindow: every page when few, else the start, a slider and the end. */
function pageWindow(page: number, lastPage: number): number[][] {
  const range = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  if (lastPage < ON_EACH_SIDE * 2 + 8) return [range(1, lastPage)];
  const window = ON_EACH_SIDE + 4;
  if (page <= window) return [range(1, window + ON_EACH_SIDE), range(lastPage - 1, lastPage)];
  if (page > lastPage - window) {
    return [range(1, 2), range(lastPage - (window + ON_EACH_SIDE - 1), lastPage)];
  }
  return [
    range(1, 2),
    range(page - ON_EACH_SIDE, page + ON_EACH_SIDE),
    range(lastPage - 1, lastPage),
  ];
}
