"""A dashboard panel that takes a section's editors (the Forum board) to their pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page


class YourSectionsPanel(Component):
    name = "your_sections"
    template_name = "integration_pages/admin/your_sections.html"
    order = 50
    heading = _("Your section")

    def __init__(self, pages):
        self.pages = pages

    @classmethod
    def for_user(cls, user):
        """The panel for a user whose groups hold rights on part of the tree only."""
        if user.is_superuser:
            return None
        page_ids = GroupPagePermission.objects.filter(group__user=user).values("page_id")
        pages = Page.objects.filter(pk__in=page_ids, depth__gt=1).select_related("locale")
        return cls(list(pages.order_by("path"))) if pages.exists() else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(pages=self.pages, heading=self.heading)
        return context
