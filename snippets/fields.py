"""Model fields the plugin and the site declare alike.

Each factory fixes the options that make a field optional in one way, so two models that
mean the same thing cannot drift apart; labels and help texts stay with the model (and in
`_()` there, where the translation catalogues find them).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

# What editors may format in running prose; lists but no headings, so pages keep one outline.
PROSE_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# Short prose without lists: introductions and notes of a line or two.
INLINE_FEATURES = ["bold", "italic", "link"]
# Prose that also links documents (guidelines, minutes) from the library.
DOCUMENT_PROSE_FEATURES = [*PROSE_FEATURES, "document-link"]


def optional_link(to, verbose_name, help_text, related_name="+"):
    """A link editors may leave empty; when its target is deleted it empties rather than
    taking the object with it (a deleted contact must not delete a page)."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        verbose_name=verbose_name,
        help_text=help_text,
    )


def contact_link(verbose_name, help_text):
    """The contact (a snippet, shown in the reader's language) a page names for questions."""
    return optional_link("snippets.Contact", verbose_name, help_text)


def organisation_link(verbose_name, help_text, related_name="+"):
    """An organisation (a unit of the administration, a provider) that carries something
    out."""
    return optional_link("snippets.Organisation", verbose_name, help_text, related_name)


def document_link(verbose_name, help_text):
    """A document from the library: minutes, a resolution, a form."""
    return optional_link("wagtaildocs.Document", verbose_name, help_text)


def image_link(verbose_name, help_text):
    """A picture from the image library."""
    return optional_link("wagtailimages.Image", verbose_name, help_text)


def page_link(verbose_name, help_text):
    """A page of the site, e.g. one the header or footer links on every page."""
    return optional_link("wagtailcore.Page", verbose_name, help_text)


def tags(to, verbose_name, help_text, related_name="+"):
    """Any number of chosen snippets or pages, none required; parental, so a page's choice
    is kept with its revision and previewed before it is published."""
    return ParentalManyToManyField(
        to, blank=True, related_name=related_name, verbose_name=verbose_name, help_text=help_text
    )


def short_text(verbose_name, max_length, help_text, **options):
    """A line editors may leave empty."""
    return models.CharField(
        verbose_name, max_length=max_length, blank=True, help_text=help_text, **options
    )


def choice(verbose_name, choices, default, help_text):
    """One of a fixed set of codes, never empty: `choices` is a TextChoices class whose
    codes fit in twenty characters."""
    return models.CharField(
        verbose_name, max_length=20, choices=choices.choices, default=default, help_text=help_text
    )


def optional_text(verbose_name, help_text):
    """Paragraphs editors may leave empty (plain text, no formatting)."""
    return models.TextField(verbose_name, blank=True, help_text=help_text)


def introduction(help_text):
    """The plain introduction a listing page opens with."""
    return optional_text(_("introduction"), help_text)


def prose(verbose_name, help_text, features=PROSE_FEATURES, blank=True):
    """Formatted text with the features every section offers."""
    return RichTextField(verbose_name, blank=blank, features=features, help_text=help_text)


def document_prose(verbose_name, help_text, blank=True):
    """Prose that may link documents from the library (guidelines, minutes)."""
    return prose(verbose_name, help_text, DOCUMENT_PROSE_FEATURES, blank)


def formatted_introduction(help_text):
    """The introduction a section opens with: a few sentences, formatted but without lists."""
    return prose(_("introduction"), help_text, INLINE_FEATURES)


def optional_stream(block_types, verbose_name, help_text):
    """A list of blocks that may stay empty."""
    return StreamField(block_types, blank=True, verbose_name=verbose_name, help_text=help_text)


def line_list(verbose_name, help_text, line_label, max_length, block_name="item"):
    """One-line entries (agenda items, principles) that may stay empty; each line is
    translated on its own."""
    line = blocks.CharBlock(label=line_label, max_length=max_length)
    return optional_stream([(block_name, line)], verbose_name, help_text)


def optional_date(verbose_name, help_text):
    return models.DateField(verbose_name, null=True, blank=True, help_text=help_text)


def optional_number(verbose_name, help_text, field=models.PositiveSmallIntegerField, **options):
    """A count or year that may be unknown: stored as NULL, not 0, so 'none' stays distinct."""
    return field(verbose_name, null=True, blank=True, help_text=help_text, **options)


def rank(help_text):
    """A priority from 1 (highest) to 99; empty while nothing is ranked."""
    return optional_number(
        _("priority"), help_text, validators=[MinValueValidator(1), MaxValueValidator(99)]
    )


def money(verbose_name, help_text, **options):
    """An amount in euro up to ten digits before the comma; empty when there is none."""
    return models.DecimalField(
        verbose_name,
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=help_text,
        **options,
    )


def position():
    """The number lists are sorted by before the name; the same wording wherever it appears."""
    return models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lists are sorted by this number, then by name.")
    )


# Defaults a model may replace with its own help text; module-level, not evaluated per call.
PUBLIC_EMAIL_HELP = _("Public e-mail address.")
PUBLIC_PHONE_HELP = _("Public phone.")
ADDRESS_HELP = _("Postal or visiting address, one line per row.")


def public_email(help_text=PUBLIC_EMAIL_HELP):
    return models.EmailField(_("e-mail"), blank=True, help_text=help_text)


def public_phone(help_text=PUBLIC_PHONE_HELP):
    return models.CharField(_("phone"), max_length=64, blank=True, help_text=help_text)


def public_website():
    return models.URLField(_("website"), blank=True, help_text=_("Public web address."))


def postal_address(help_text=ADDRESS_HELP):
    return models.TextField(_("address"), blank=True, help_text=help_text)
