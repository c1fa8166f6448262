import { type ListParams, listHref, type SORTS } from "../_lib/list-params";
import { tc } from "../_lib/tc";

type Sort = keyof typeof SORTS;

/**
 * A column header that sorts the list: a link to the same query in this column's order (first click `first`, a click
 * on the active column flips to `flip` when it has one), with `aria-sort` on the active column.
 */
export function SortHeader({
  params,
  label,
  first,
  flip,
  className,
}: {
  params: ListParams;
  label: string;
  first: Sort;
  flip?: Sort;
  className?: string;
}) {
  const active = params.sort === first || params.sort === flip;
  const ascending = params.sort.endsWith("_asc");
  const next = params.sort === first && flip ? flip : first;
  return (
    <th scope="col" className={className} aria-sort={active ? (ascending ? "ascending" : "descending") : undefined}>
      <a href={listHref(params, { sort: next, page: 1 })} className={tc(`sort-link${active ? " is-active" : ""}`)}>
        {label}
        <span aria-hidden="true">{active ? (ascending ? " ↑" : " ↓") : " ↕"}</span>
      </a>
    </th>
  );
}
