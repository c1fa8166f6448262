import { type ListParams, listHref } from "../_lib/list-params";
import { tc } from "../_lib/tc";

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
    <nav className={tc("pagination")} aria-label="Pagination">
      {page > 1 ? (
        <a
          className={tc("button button-secondary button-small")}
          href={listHref(params, { page: page - 1 })}
          rel="prev"
        >
          ← Previous
        </a>
      ) : (
        <span className={tc("button button-secondary button-small is-disabled")} aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className={tc("page-of")}>
        Page {page} of {Math.max(page, pages)}
        {morePages ? "+" : ""}
      </span>
      {hasNext ? (
        <a
          className={tc("button button-secondary button-small")}
          href={listHref(params, { page: page + 1 })}
          rel="next"
        >
          Next →
        </a>
      ) : (
        <span className={tc("button button-secondary button-small is-disabled")} aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
