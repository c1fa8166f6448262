import { type ListParams, listHref } from "../_lib/list-params";

/** Previous/next links and the current page; the links keep the filters. `morePages`: the count was capped ("40+"). */
export function Pagination({
  params,
  pages,
  morePages = false,
}: {
  params: ListParams;
  pages: number;
  morePages?: boolean;
}) {
  const page = morePages ? params.page : Math.min(params.page, pages);
  const hasNext = morePages || page < pages;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <a className="button button-secondary button-small" href={listHref(params, { page: page - 1 })} rel="prev">
          ← Previous
        </a>
      ) : (
        <span className="button button-secondary button-small is-disabled" aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className="page-of">
        Page {page} of {Math.max(page, pages)}
        {morePages ? "+" : ""}
      </span>
      {hasNext ? (
        <a className="button button-secondary button-small" href={listHref(params, { page: page + 1 })} rel="next">
          Next →
        </a>
      ) : (
        <span className="button button-secondary button-small is-disabled" aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
