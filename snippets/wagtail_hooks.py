from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .declarations import in_admin_menu
from .models import (
    Committee,
    Contact,
    CounsellingService,
    DiscriminationGround,
    Language,
    LifeArea,
    Organisation,
    Topic,
)


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    list_display = ["name", "role", "email", "phone"]
    search_fields = ["name", "role", "organisation"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "kind", "district"]
    list_filter = ["kind", "focus"]
    search_fields = ["name", "short_name"]


class CounsellingServiceViewSet(SnippetViewSet):
    model = CounsellingService
    icon = "help"
    menu_label = _("Counselling services")
    list_display = ["name", "region", "provider"]
    list_filter = ["grounds", "life_areas", "languages", "anonymous", "free_of_charge"]
    search_fields = ["name", "description"]


class TaxonomyViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name", "code", "sort_order"]
    search_fields = ["name", "code"]


class DiscriminationGroundViewSet(TaxonomyViewSet):
    model = DiscriminationGround
    menu_label = _("Grounds of discrimination")
    list_display = ["name", "code", "in_agg", "sort_order"]


class LifeAreaViewSet(TaxonomyViewSet):
    model = LifeArea
    menu_label = _("Life areas")


class LanguageViewSet(TaxonomyViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    list_display = ["name", "autonym", "code", "sort_order"]


class CounsellingViewSetGroup(SnippetViewSetGroup):
    items = (
        CounsellingServiceViewSet,
        DiscriminationGroundViewSet,
        LifeAreaViewSet,
        LanguageViewSet,
    )
    menu_icon = "help"
    menu_label = _("Counselling")
    menu_name = "counselling"
    menu_order = 330


class CommitteeViewSet(SnippetViewSet):
    model = Committee
    icon = "group"
    menu_label = _("Committees and networks")
    list_display = ["name", "convened_by", "frequency", "site"]
    list_filter = ["site"]
    search_fields = ["name", "convened_by"]


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    menu_label = _("News topics")


# One place for the snippets' order in the admin menu: between Images (300) and Documents
# (400), each at a place of its own. The plugin's measures (200) and fields of action (210)
# come before them, right after Pages.
register_snippet(in_admin_menu(ContactViewSet, 310))
register_snippet(in_admin_menu(OrganisationViewSet, 320))
register_snippet(CounsellingViewSetGroup)
register_snippet(in_admin_menu(CommitteeViewSet, 340))
register_snippet(in_admin_menu(TopicViewSet, 350))
