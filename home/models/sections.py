"""Where the office's own sections stand in the page tree."""


class HomeSectionMixin:
    """A section of the office's site (newsroom, event calendar, the site explained): right
    below the home page and at most once there, since the home page and the header link
    the one they find."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
