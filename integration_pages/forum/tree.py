"""Where the Forum's own pages stand in the page tree."""


class ForumChildMixin:
    """A page of the Forum's own (its news, meetings, the organisations' directory): directly
    below the Forum page, with nothing below it."""

    parent_page_types = ["integration_pages.ForumPage"]
    subpage_types = []
