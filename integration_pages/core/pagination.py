"""One page of a filtered list: the measure list and the signpost page their results the
same way; includes/pagination.html links the others with `{% querystring %}`, which keeps
the filters."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """`page_obj` for ?page= (a bad number gives the first or last page, never an error) and
    the total found."""
    page_obj = Paginator(items, per_page).get_page(request.GET.get("page"))
    return {"page_obj": page_obj, "result_count": page_obj.paginator.count}
