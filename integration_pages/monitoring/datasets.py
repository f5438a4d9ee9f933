"""Statistics the office uploads (datasets) and the values they hold.

A dataset is described once, in German, and translated like any snippet (title, unit
label, dimension and category labels); its values are facts and belong to the German
original only, so every language shows the same numbers. Each value is keyed by its
date and its categories, one per dimension (e.g. Gemeinde = Adendorf, Geschlecht =
weiblich); `key` spells the categories out so that one unique index keeps a value once.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from snippets.declarations import localized_fields
from snippets.fields import optional_text, short_text
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel

# Separates the categories in a key; a control character nobody types into a cell.
KEY_SEPARATOR = "\x1f"


class Period(models.TextChoices):
    YEAR = "year", _("one value per year (column 'year')")
    DATE = "date", _("one value per reference date (column 'date', YYYY-MM-DD)")


def values_key(categories):
    """The key of a value from its categories ({dimension code: category}), independent
    of the order of the dimensions; wrapped in separators so that one dimension can be
    matched inside it ("…␟district=Adendorf␟…")."""
    parts = [f"{code}={categories[code]}" for code in sorted(categories)]
    return KEY_SEPARATOR + KEY_SEPARATOR.join(parts) + KEY_SEPARATOR if parts else ""


def key_categories(key):
    """{dimension code: category} of a key made by `values_key`."""
    return dict(
        part.split("=", 1) for part in key.strip(KEY_SEPARATOR).split(KEY_SEPARATOR) if part
    )


def add_months(date, months):
    """`date` moved `months` months on, to the month's last day where it is shorter."""
    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return date.replace(
        year=year, month=month, day=min(date.day, (following - datetime.timedelta(days=1)).day)
    )


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class Dataset(TranslatableMixin, ExampleFlag, ClusterableModel):
    """A table of statistics: what it counts, where it comes from, and its dimensions."""

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("e.g. 'Ausländische Einwohner:innen nach Gemeinde'"),
    )
    description = optional_text(_("description"), _("What is counted, and how."))
    source = models.CharField(
        _("source"),
        max_length=200,
        help_text=_("Who publishes the figures, e.g. 'Landesamt für Statistik Niedersachsen'."),
    )
    source_url = models.URLField(
        _("source address"), blank=True, help_text=_("Where the figures can be found.")
    )
    licence = models.CharField(
        _("licence"),
        max_length=100,
        help_text=_("Under which licence the figures may be reused, e.g. 'dl-de/by-2-0'."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=40,
        help_text=_(
            "The unit every row of an upload names in its column 'unit', e.g. 'Personen' or "
            "'%'. Rows with another unit are refused."
        ),
    )
    unit_label = short_text(
        _("unit as readers see it"), 60, _("e.g. 'people'; the unit itself if empty.")
    )
    period = models.CharField(
        _("period"),
        max_length=10,
        choices=Period.choices,
        default=Period.YEAR,
        help_text=_("Whether the figures are yearly or for a reference date."),
    )
    additive = models.BooleanField(
        _("values add up"),
        default=True,
        help_text=_(
            "Tick for counts (people, courses), which are summed over a dimension without a "
            "total; untick for shares and rates, which need a total category per dimension."
        ),
    )
    contact = models.ForeignKey(
        "snippets.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("who uploads"),
        help_text=_(
            "Who brings new figures; the reminder mail goes there when they are out of date "
            "(to the editorial office if empty)."
        ),
    )
    freshness_months = models.PositiveSmallIntegerField(
        _("up to date for (months)"),
        default=18,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How old the newest figures may be before the monitoring says they are out of "
            "date and the reminder mail asks for new ones."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("source_url"), FieldPanel("licence")],
            heading=_("Source"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("unit"),
                FieldPanel("unit_label"),
                FieldPanel("period"),
                FieldPanel("additive"),
                FieldPanel("freshness_months"),
                FieldPanel("contact"),
                example_panel(),
            ],
            heading=_("Figures"),
        ),
        InlinePanel("dimensions", heading=_("Dimensions"), label=_("Dimension")),
    ]
    translatable_fields = localized_fields(
        ["title", "description", "source", "unit_label", "dimensions"],
        [
            "source_url",
            "licence",
            "unit",
            "period",
            "additive",
            "freshness_months",
            "contact",
            EXAMPLE_FIELD,
        ],
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("dataset")
        verbose_name_plural = _("datasets")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def shown_unit(self):
        return self.unit_label or self.unit

    def original(self):
        """The German dataset, which holds the values (itself when it is German)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return (
            Dataset.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or self
        )

    def is_stale(self, newest, today=None):
        """Whether figures dated `newest` are older than the dataset's freshness threshold:
        from 31 Dec 2023 with 18 months, out of date after 30 Jun 2025."""
        if newest is None:
            return True
        return (today or datetime.date.today()) > add_months(newest, self.freshness_months)

    def clean(self):
        super().clean()
        if not self.additive:
            for dimension in self.dimensions.all():
                if not dimension.total:
                    raise ValidationError(
                        {
                            "additive": _(
                                "Shares and rates cannot be summed: give every dimension a "
                                "total category (“%(dimension)s” has none), or tick “values "
                                "add up”."
                            )
                            % {"dimension": dimension.label}
                        }
                    )


CODE = RegexValidator(
    r"^[a-z][a-z0-9_]*$",
    _("Lower-case letters, digits and '_', starting with a letter, e.g. 'age_group'."),
)


class DatasetDimension(TranslatableMixin, Orderable):
    """A way the figures are broken down (municipality, age group, sex …) and its categories."""

    dataset = ParentalKey(Dataset, on_delete=models.CASCADE, related_name="dimensions")
    code = models.CharField(
        _("column"),
        max_length=40,
        validators=[CODE],
        help_text=_("The column's heading in an upload, e.g. 'gemeinde' or 'age_group'."),
    )
    label = models.CharField(_("name"), max_length=100, help_text=_("e.g. 'Gemeinde'"))
    categories = models.TextField(
        _("categories"),
        help_text=_(
            "Every value the column may hold, one per line, exactly as the uploads write it. "
            "An upload with any other value is refused."
        ),
    )
    category_labels = optional_text(
        _("category names"),
        _(
            "How readers see the categories, one per line in the same order; the categories "
            "themselves where empty. Translators translate these."
        ),
    )
    total = short_text(
        _("total category"),
        100,
        _(
            "The category that holds the total over this dimension, e.g. 'insgesamt', if the "
            "uploads have one; charts show it unless a reader filters."
        ),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("label"),
        FieldPanel("categories"),
        FieldPanel("category_labels"),
        FieldPanel("total"),
    ]
    translatable_fields = localized_fields(
        ["label", "category_labels"], ["code", "categories", "total"]
    )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")

    def __str__(self):
        return self.label

    def category_list(self):
        return lines(self.categories)

    def labels(self):
        """{category: how readers see it}; a missing or empty label shows the category."""
        names = lines(self.category_labels)
        return {
            category: (names[i] if i < len(names) else category)
            for i, category in enumerate(self.category_list())
        }

    def clean(self):
        super().clean()
        categories = self.category_list()
        bad = [c for c in categories if KEY_SEPARATOR in c or len(c) > 100]
        if bad:
            raise ValidationError({"categories": _("A category may have at most 100 characters.")})
        if len(set(categories)) != len(categories):
            raise ValidationError({"categories": _("Each category may appear only once.")})
        if self.total and self.total not in categories:
            raise ValidationError(
                {"total": _("The total category must be one of the categories above.")}
            )


class DataPoint(models.Model):
    """One value of a dataset: its date, its categories (in `key`) and the number."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="values")
    date = models.DateField()
    key = models.CharField(max_length=1000)
    value = models.DecimalField(max_digits=20, decimal_places=6)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["dataset", "date", "key"], name="one_value_per_key")
        ]

    def __str__(self):
        return f"{self.date} {key_categories(self.key)}: {self.value}"


class DatasetUpload(models.Model):
    """A file an editor uploaded: kept for the preview, the import and the history."""

    # an import changes the figures its dataset's pages show (integration_pages.cache_dependents)
    shown_on_pages = True

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="uploads")
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    added = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    removed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self):
        return self.file_name
