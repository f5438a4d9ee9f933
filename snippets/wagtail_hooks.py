from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
    menu_order = 320


register_snippet(CounsellingViewSetGroup)


class CommitteeViewSet(SnippetViewSet):
    model = Committee
    icon = "group"
    menu_label = _("Committees and networks")
    add_to_admin_menu = True
    menu_order = 330
    list_display = ["name", "convened_by", "frequency", "site"]
    list_filter = ["site"]
    search_fields = ["name", "convened_by"]


register_snippet(CommitteeViewSet)


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    menu_label = _("News topics")
    add_to_admin_menu = True
    menu_order = 340


register_snippet(TopicViewSet)
