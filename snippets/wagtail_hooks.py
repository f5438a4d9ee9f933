from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contact, Organisation


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "role", "email", "phone"]
    search_fields = ["name", "role", "organisation"]


register_snippet(ContactViewSet)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "short_name", "kind", "district"]
    list_filter = ["kind", "focus"]
    search_fields = ["name", "short_name"]


register_snippet(OrganisationViewSet)
