"""Editor-managed, translatable lists: spoken languages, grounds of discrimination, life areas.

Each has a `code` that never changes between languages: it is what filter
addresses carry (`?ground=religion`), so a bookmarked search works in any language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from snippets.declarations import ListedInOrder, localized_fields
from snippets.fields import optional_text, position, short_text

CODE_HELP = _("Short, lower-case, without spaces; used in addresses and never translated.")


class TaxonomyItem(TranslatableMixin, index.Indexed, models.Model):
    code = models.SlugField(_("code"), max_length=40, help_text=CODE_HELP)
    name = models.CharField(_("name"), max_length=120, help_text=_("As readers see it."))
    sort_order = position()

    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(ListedInOrder):
        abstract = True
        unique_together = [("translation_key", "locale"), ("code", "locale")]

    def __str__(self):
        return self.name


class Language(TaxonomyItem):
    """A language people can be counselled or addressed in."""

    code = models.SlugField(
        _("code"), max_length=12, help_text=_("ISO 639 code, e.g. 'ar'; never translated.")
    )
    autonym = short_text(
        _("own name"),
        100,
        _("How the language names itself, e.g. 'العربية', so speakers recognise it."),
    )

    panels = [FieldPanel("name"), FieldPanel("autonym"), FieldPanel("code")]
    translatable_fields = localized_fields(["name"], ["autonym", "code", "sort_order"])

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        if self.autonym and self.autonym != self.name:
            return f"{self.name} ({self.autonym})"
        return self.name


def explained_editing(*facts):
    """Panels and translatable fields of an item with an explanation: name and explanation
    translated, the code, `facts` and the position synchronised, in that order."""
    synchronized = ["code", *facts, "sort_order"]
    panels = [FieldPanel(name) for name in ["name", "description", *synchronized]]
    return panels, localized_fields(["name", "description"], synchronized)


class ExplainedItem(TaxonomyItem):
    """An item readers may not know by name alone, so it comes with a sentence."""

    description = optional_text(
        _("explanation"), _("One sentence in plain language, with examples.")
    )

    panels, translatable_fields = explained_editing()

    class Meta(TaxonomyItem.Meta):
        abstract = True


class DiscriminationGround(ExplainedItem):
    """Why someone was treated unfairly: the grounds of § 1 AGG and those offices add."""

    in_agg = models.BooleanField(
        _("named in § 1 AGG"),
        default=False,
        help_text=_("Protected by the General Equal Treatment Act (AGG)."),
    )

    panels, translatable_fields = explained_editing("in_agg")

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("ground of discrimination")
        verbose_name_plural = _("grounds of discrimination")


class LifeArea(ExplainedItem):
    """Where it happened: work, housing, school, authorities …"""

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("life area")
        verbose_name_plural = _("life areas")


class Topic(TaxonomyItem):
    """What a press release or event is about; readers filter the newsroom by it."""

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]
    translatable_fields = localized_fields(["name"], ["code", "sort_order"])

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
