"""A prioritisation process: residents weigh the concept's goals with a budget of points.

The process page stands under its concept and asks about goals chosen from that
concept, so the results attach to the goal pages. Everything the public sends (ballots,
participants, codes) and the frozen results belong to the German page, so every
language version counts into one result.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from integration_pages.core.base import page_search_fields
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.panels import content_and_facts_tabs, page_content_panels
from integration_pages.core.translation import page_translatable_fields
from integration_pages.participation.admin_forms import PrioritisationPageForm
from integration_pages.participation.admin_panels import TurnoutPanel
from integration_pages.participation.records import Admission
from snippets.declarations import localized_fields
from snippets.fields import choice, formatted_introduction, prose, short_text, tags
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class Combination(models.TextChoices):
    SUM = "sum", _("sum of online and workshop points")
    WEIGHTED = "weighted", _("weighted: each source times its weight")


class State(models.TextChoices):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


def weight_field(verbose_name, help_text):
    return models.DecimalField(
        verbose_name,
        max_digits=5,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0)],
        help_text=help_text,
    )


class WorkshopWeight(TranslatableMixin, Orderable):
    """The points a workshop gave one goal (e.g. sticky dots at the town hall workshops)."""

    page = ParentalKey(
        "integration_pages.PrioritisationPage",
        on_delete=models.CASCADE,
        related_name="workshop_weights",
    )
    goal = models.ForeignKey(
        "integration_pages.GoalPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("goal"),
        help_text=_("A goal the process asks about."),
    )
    points = models.PositiveIntegerField(
        _("workshop points"), help_text=_("The points the workshops gave this goal.")
    )

    panels = [FieldPanel("goal"), FieldPanel("points")]
    translatable_fields = localized_fields([], ["goal", "points"])

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("workshop result")
        verbose_name_plural = _("workshop results")


class PrioritisationPage(ExampleFlag, CachedRoutesMixin, RoutablePageMixin, Page):
    """An online prioritisation of the concept's goals, open for a set time."""

    introduction = formatted_introduction(_("What the process asks and what happens with it."))
    description = prose(
        _("how it works"), _("Who may take part, how points are given, what happens next.")
    )
    goals = tags(
        "integration_pages.GoalPage",
        _("goals"),
        _("The guiding and sub-goals of this concept people give points to."),
        "prioritisations",
    )
    opens_at = models.DateTimeField(_("opens at"), help_text=_("From when people may take part."))
    closes_at = models.DateTimeField(
        _("closes at"), help_text=_("When ballots close; the results are frozen then.")
    )
    points_per_field = models.PositiveSmallIntegerField(
        _("points per field of action"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many points each person may give within one field of action."),
    )
    max_points_per_goal = models.PositiveSmallIntegerField(
        _("points at most on one goal"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many of those points one goal may get from one person."),
    )
    admission = choice(
        _("who may take part"),
        Admission,
        Admission.BOTH,
        _("How people prove they are one person."),
    )
    notice = models.ForeignKey(
        "integration_pages.ParticipationNotice",
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("consent and retention"),
        help_text=_(
            "The office's consent text and retention period (Snippets → Participation "
            "notices); the privacy statement names the same notice."
        ),
    )
    combination = choice(
        _("combined ranking"),
        Combination,
        Combination.SUM,
        _("How online and workshop points make the combined ranking."),
    )
    online_weight = weight_field(_("weight of online points"), _("Used by the weighted rule."))
    workshop_weight = weight_field(_("weight of workshop points"), _("Used by the weighted rule."))
    workshop_note = short_text(
        _("workshops"),
        200,
        _("Which workshops the workshop points come from, e.g. 'Workshops 27–29 Sept 2019'."),
    )
    results_note = prose(
        _("note on the results"),
        _("An annotation shown above the frozen results, e.g. how the office used them."),
    )

    content_panels = page_content_panels("introduction", "description", "results_note")
    facts_panels = [
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at"), FieldPanel("admission")],
            heading=_("When and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("goals"),
                FieldPanel("points_per_field"),
                FieldPanel("max_points_per_goal"),
            ],
            heading=_("Goals and points"),
        ),
        FieldPanel("notice"),
        MultiFieldPanel(
            [
                FieldPanel("workshop_note"),
                InlinePanel("workshop_weights", label=_("Workshop results")),
                FieldPanel("combination"),
                FieldPanel("online_weight"),
                FieldPanel("workshop_weight"),
            ],
            heading=_("Workshops and ranking"),
        ),
        example_panel(),
        TurnoutPanel(heading=_("Participation so far")),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Process"))
    search_fields = page_search_fields("introduction", "description")
    api_fields = [
        *(
            APIField(name)
            for name in (
                "introduction",
                "opens_at",
                "closes_at",
                "points_per_field",
                "max_points_per_goal",
                "admission",
                "combination",
                "online_weight",
                "workshop_weight",
                EXAMPLE_FIELD,
            )
        ),
        APIField("results"),
    ]
    translatable_fields = page_translatable_fields(
        SynchronizedField("workshop_weights"),
        translated=["introduction", "description", "workshop_note", "results_note"],
        synchronized=[
            "goals",
            "opens_at",
            "closes_at",
            "points_per_field",
            "max_points_per_goal",
            "admission",
            "notice",
            "combination",
            "online_weight",
            "workshop_weight",
            EXAMPLE_FIELD,
        ],
    )

    base_form_class = PrioritisationPageForm
    parent_page_types = ["integration_pages.IntegrationConceptPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("prioritisation process")
        verbose_name_plural = _("prioritisation processes")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The process must close after it opens.")})
        if (
            self.max_points_per_goal
            and self.points_per_field
            and self.max_points_per_goal > self.points_per_field
        ):
            raise ValidationError(
                {
                    "max_points_per_goal": _(
                        "One goal cannot get more points than a field of action has."
                    )
                }
            )

    def state(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return State.UPCOMING
        if now < self.closes_at:
            return State.OPEN
        return State.CLOSED

    def takes_email(self):
        return self.admission in (Admission.EMAIL, Admission.BOTH)

    def takes_codes(self):
        return self.admission in (Admission.CODES, Admission.BOTH)

    def original(self):
        """The German process, which holds the ballots and results of every language."""
        if not hasattr(self, "_original"):
            self._original = self
            if self.locale.language_code != settings.LANGUAGE_CODE:
                self._original = (
                    PrioritisationPage.objects.filter(
                        translation_key=self.translation_key,
                        locale__language_code=settings.LANGUAGE_CODE,
                    ).first()
                    or self
                )
        return self._original

    @property
    def results(self):
        """The frozen results for the API, in the page's language; None while open."""
        from integration_pages.participation.results import api_results

        return api_results(self)

    # --- routes: the views live in participation.views ---

    @path("")
    def overview(self, request):
        from integration_pages.participation.views import overview

        return overview(self, request)

    @path("register/", name="register")
    def register(self, request):
        from integration_pages.participation.views import register

        return register(self, request)

    @path("code/", name="code")
    def code(self, request):
        from integration_pages.participation.views import redeem_code

        return redeem_code(self, request)

    @re_path(r"^confirm/(?P<token>[\w-]+/[\w-]+/[\w-]+)/$", name="confirm")
    def confirm(self, request, token):
        from integration_pages.participation.views import confirm

        return confirm(self, request, token)

    @re_path(r"^ballot/(?P<token>[\w-]+/[\w-]+/[\w-]+)/$", name="ballot")
    def ballot(self, request, token):
        from integration_pages.participation.views import ballot

        return ballot(self, request, token)

    @path("results.json/", name="results_json")
    def results_json(self, request):
        from integration_pages.participation.views import results_json

        return results_json(self, request)

    @path("results.csv/", name="results_csv")
    def results_csv(self, request):
        from integration_pages.participation.views import results_csv

        return results_csv(self, request)
