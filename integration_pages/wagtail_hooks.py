from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ActionField


class ActionFieldViewSet(SnippetViewSet):
    model = ActionField
    icon = "tag"
    menu_label = _("Fields of action")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["code", "title", "concept"]
    list_filter = ["concept"]
    search_fields = ["code", "title"]


register_snippet(ActionFieldViewSet)
