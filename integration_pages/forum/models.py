"""The Forum für Migrant:innen's section: kept by the Forum's own board.

The board's rights on this subtree are granted in `integration_pages.forum.access`.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from integration_pages.core.base import GermanOriginalMixin, SectionMixin
from integration_pages.core.blocks import ContentStreamBlock
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.ical import CalendarFeedMixin
from integration_pages.core.localize import one_in_language, pages_in_language
from integration_pages.core.panels import content_and_facts_tabs
from integration_pages.core.privacy import hidden_q, kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from integration_pages.forum.meetings import ForumMeetingPage
from integration_pages.forum.mso import MsoDirectoryPage
from integration_pages.forum.tree import ForumChildMixin
from snippets.fields import (
    contact_link,
    document_prose,
    image_link,
    line_list,
    optional_date,
    optional_number,
    short_text,
)
from snippets.models.example import (
    EXAMPLE_FIELD,
    ExampleFlag,
    example_facts_panel,
    example_panel,
    example_synchronized,
)
from snippets.models.pictures import PictureAlt, picture_panel

PAST_MEETINGS_PER_PAGE = 10
LATEST_NEWS = 5


class ForumPage(
    PictureAlt,
    SectionMixin,
    CalendarFeedMixin,
    CachedRoutesMixin,
    GermanOriginalMixin,
    RoutablePageMixin,
    Page,
):
    """Who the Forum is, its board, its meetings and news; one per site."""

    founded_on = optional_date(_("founded on"), _("Date of the founding meeting."))
    member_count = optional_number(
        _("active members"), _("About how many take part."), models.PositiveIntegerField
    )
    # A 0 would be hidden on the page like an empty field, so the editor is told instead.
    steering_votes = optional_number(
        _("votes in the steering group"),
        _("How many votes the Forum holds in the steering group on integration."),
        validators=[MinValueValidator(1)],
    )
    steering_votes_total = optional_number(
        _("votes in the steering group in total"),
        _("All votes of the steering group, so readers see the share."),
        validators=[MinValueValidator(1)],
    )
    office_contact = contact_link(
        _("office contact"), _("The Forum's office, supported by the administration.")
    )
    introduction = document_prose(_("who we are"), _("The Forum in brief."))
    image = image_link(_("image"), _("Optional. A picture shown below the introduction."))
    principles = line_list(
        _("principles"),
        _("e.g. independent, non-partisan, non-denominational; one per item."),
        _("Principle"),
        200,
        "principle",
    )
    how_to_join = document_prose(
        _("how to take part"), _("How people and associations can join or come to a meeting.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        picture_panel(),
        FieldPanel("principles"),
        FieldPanel("how_to_join"),
        InlinePanel("board_members", heading=_("Board"), label=_("Board member")),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldPanel("founded_on"),
                FieldPanel("member_count"),
                FieldPanel("steering_votes"),
                FieldPanel("steering_votes_total"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("office_contact"),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Facts and contact"))

    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    api_fields = [
        APIField(name)
        for name in ("founded_on", "member_count", "steering_votes", "steering_votes_total")
    ]
    translatable_fields = page_translatable_fields(
        TranslatableField("introduction"),
        TranslatableField("image_alt"),
        SynchronizedField("image"),
        TranslatableField("principles"),
        TranslatableField("how_to_join"),
        TranslatableField("board_members"),
        SynchronizedField("founded_on"),
        SynchronizedField("member_count"),
        SynchronizedField("steering_votes"),
        SynchronizedField("steering_votes_total"),
        SynchronizedField("office_contact"),
    )

    subpage_types = [
        "integration_pages.ForumMeetingPage",
        "integration_pages.ForumNewsPage",
        "integration_pages.MsoDirectoryPage",
    ]

    class Meta:
        verbose_name = _("Forum page")
        verbose_name_plural = _("Forum pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.founded_on and self.founded_on > timezone.localdate():
            errors["founded_on"] = _("The founding meeting cannot lie in the future.")
        votes, total = self.steering_votes, self.steering_votes_total
        if votes is not None and total is not None and votes > total:
            errors["steering_votes"] = _(
                "The Forum cannot hold more votes than the steering group has in total."
            )
        errors.update(self.picture_errors())
        if errors:
            raise ValidationError(errors)

    calendar_filename = "forum.ics"

    def meetings(self, hidden):
        return (
            ForumMeetingPage.objects.child_of(self.german_original())
            .live()
            .exclude(hidden)
            .select_related("minutes")
        )

    calendar_entries = meetings

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until a page changes, for each page of past meetings
        # (a number that is no page shows the first or last: not kept, not to fill memory).
        number = request.GET.get("page", "1")
        key = ("forum-lists", self.pk, get_language(), number)
        if number.isdigit() and len(number) < 4:
            context.update(kept_for_visitors(request, key, lambda: self.lists(request)))
        else:
            context.update(self.lists(request))
        return context

    def lists(self, request):
        """Board, meetings, news, directory and contact, as the visitor may see them."""
        language = get_language()
        # View restrictions are looked up once and applied to every list.
        hidden = hidden_q(request)
        meetings = self.meetings(hidden)
        now = timezone.now()
        upcoming = list(meetings.filter(starts_at__gte=now).order_by("starts_at"))
        past = meetings.filter(starts_at__lt=now).order_by("-starts_at")
        past_page = Paginator(past, PAST_MEETINGS_PER_PAGE).get_page(request.GET.get("page"))
        shown = pages_in_language(
            [*upcoming, *past_page.object_list], language, ["minutes"], hidden
        )
        original = self.german_original()
        news = ForumNewsPage.objects.child_of(original).live().exclude(hidden)
        news = news.order_by("-date", "-pk")[:LATEST_NEWS]
        # The directory in this page's own tree where translated, else the German one:
        # one query either way.
        directories = (
            MsoDirectoryPage.objects.live()
            .exclude(hidden)
            .filter(
                Q(path__startswith=self.path, depth=self.depth + 1)
                | Q(path__startswith=original.path, depth=original.depth + 1)
            )
        )
        directory = min(directories, key=lambda d: d.locale_id != self.locale_id, default=None)
        return {
            "board": list(self.board_members.select_related("photo")),
            "upcoming": shown[: len(upcoming)],
            "past_page": past_page,
            "past": shown[len(upcoming) :],
            "news": pages_in_language(news, language, (), hidden),
            "directory": directory,
            "contact": one_in_language(
                type(self).office_contact.field.related_model, self.office_contact_id, language
            ),
        }


class ForumBoardMember(ExampleFlag, TranslatableMixin, Orderable):
    page = ParentalKey(ForumPage, on_delete=models.CASCADE, related_name="board_members")
    name = models.CharField(_("name"), max_length=200, help_text=_("First and last name."))
    role = models.CharField(
        _("role"), max_length=200, help_text=_("e.g. 'Chair', 'Deputy chair', 'Treasurer'.")
    )
    photo = image_link(_("photo"), _("Only with the person's consent."))
    photo_alt = short_text(
        _("alternative text of the photo"),
        300,
        _("Required with a photo: describe it for people who cannot see it."),
    )
    languages = short_text(
        _("languages spoken"),
        300,
        _("So people know in which language they can speak to this member."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("photo_alt"),
        FieldPanel("languages"),
        example_panel(),
    ]
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("photo"),
        TranslatableField("photo_alt"),
        TranslatableField("languages"),
        example_synchronized(),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("board member")
        verbose_name_plural = _("board members")

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError(
                {"photo_alt": _("Describe the photo for people who cannot see it.")}
            )


class ForumNewsPage(ExampleFlag, ForumChildMixin, Page):
    """A dated news item of the Forum."""

    date = models.DateField(_("date"), default=timezone.localdate, help_text=_("Date of the news."))
    lead = models.TextField(
        _("lead"), help_text=_("One or two sentences shown in lists and teasers.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("body"),
        example_facts_panel(),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    api_fields = [APIField("date"), APIField("lead"), APIField("body"), APIField("is_example")]
    translatable_fields = page_translatable_fields(
        translated=["lead", "body"],
        synchronized=["date", EXAMPLE_FIELD],
    )

    class Meta:
        verbose_name = _("Forum news")
        verbose_name_plural = _("Forum news")
