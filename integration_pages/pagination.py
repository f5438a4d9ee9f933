"""One page of a filtered list, with what includes/pagination.html needs to link the
others: the measure list and the signpost page their results the same way."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """`page_obj` for ?page= (a bad number gives the first or last page, never an error),
    the total found and the query string without `page`, so page links keep the filters."""
    page_obj = Paginator(items, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "page_obj": page_obj,
        "result_count": page_obj.paginator.count,
        "querystring": query.urlencode(),
    }
