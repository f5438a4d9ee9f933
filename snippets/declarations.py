"""What the snippets declare alike: for wagtail-localize, the search index, the editor and the
admin menu, and the fields and model options several of them share."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from snippets.fields import optional_link


def localized_fields(translated, synchronized):
    """Translators get the fields named in `translated`; those in `synchronized` are copied
    from the source, so no translation can change a code, a link or an address."""
    return [*map(TranslatableField, translated), *map(SynchronizedField, synchronized)]


def chooser_search_fields(*searched):
    """The fields named in `searched`, and what the admin's choosers need: a name completed
    as it is typed, and only the editor's language offered."""
    return [
        *map(index.SearchField, searched),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]


def site_link(help_text):
    """The site an entry is listed on; `help_text` says where, and that empty means every site."""
    return optional_link("wagtailcore.Site", _("site"), help_text)


class Named:
    """Shown by its name: in lists, choosers, the history and a page's facts.

    Lint cannot see a `__str__` that comes from a mixin, hence the `noqa: DJ008` on the
    models that use this one."""

    def __str__(self):
        return self.name


class ListedByName(TranslatableMixin.Meta):
    """The Meta of a translatable snippet that lists show in the order of its name."""

    ordering = ["name"]


class ListedInOrder(TranslatableMixin.Meta):
    """The Meta of a translatable snippet that editors put in order; ties go by name."""

    ordering = ["sort_order", "name"]


def reach_panel(*names):
    """The fields named in `names`, under the heading every directory entry uses for them."""
    return MultiFieldPanel([FieldPanel(name) for name in names], heading=_("How to reach"))


def in_admin_menu(viewset, order):
    """`viewset` (a snippet viewset class) as an entry of its own in the admin menu, at `order`
    among the others, rather than under Snippets."""
    return viewset(add_to_admin_menu=True, menu_order=order)
