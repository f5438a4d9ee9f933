from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.search import index

from integration_pages.core.base import GermanOriginalMixin
from integration_pages.core.blocks import ContentStreamBlock
from integration_pages.core.localize import pages_in_language, prefer_language
from integration_pages.core.privacy import hidden_q, kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from integration_pages.models import ProcessChainIndexPage, SignpostPage
from snippets.fields import (
    contact_link,
    formatted_introduction,
    introduction,
    optional_stream,
    short_text,
)
from snippets.models.pictures import MISSING_ALT

from .events import EventIndexPage, events_below, upcoming_first
from .news import NewsIndexPage, releases_below
from .sections import HomeSectionMixin

# What the home page shows of the calendar and the newsroom.
HOME_EVENTS = 3
HOME_RELEASES = 3
# The renditions of teaser and event pictures (the templates' srcset), fetched ahead.
CARD_RENDITIONS = ("width-400", "width-800")
# Teasers in the first row of the grid are in view on arrival: not loaded lazily.
TEASERS_ABOVE_THE_FOLD = 3


class TeaserBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Leave empty to use the page's title.")
    )
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    image = ImageChooserBlock(
        label=_("Image"),
        required=False,
        help_text=_("Optional. A picture people recognise the topic by."),
    )
    image_alt = blocks.CharBlock(
        label=_("Alternative text of the image"),
        required=False,
        default="",  # teasers saved before this field existed, too: text for translators
        max_length=300,
        help_text=_("Required with an image: describe it for people who cannot see it."),
    )

    class Meta:
        icon = "link"
        label = _("Teaser")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("image_alt") or "").strip():
            raise StructBlockValidationError(
                block_errors={"image_alt": ValidationError(MISSING_ALT)}
            )
        return value


class HomePage(GermanOriginalMixin, Page):
    """Root of a municipality's site, one per language."""

    motto = short_text(
        _("motto"),
        200,
        _("The short guiding phrase shown large at the top, e.g. 'Zusammen.Lübeck.Leben!'"),
    )
    intro = formatted_introduction(
        _("Two or three sentences: who the office is and what this site offers.")
    )
    teasers = optional_stream(
        [("teaser", TeaserBlock())],
        _("teasers"),
        _("Links to the main sections, in the order they should appear."),
    )
    contact = contact_link(_("contact"), _("The contact shown on the start page."))

    content_panels = [
        *Page.content_panels,
        *(FieldPanel(name) for name in ("motto", "intro", "teasers", "contact")),
    ]

    search_fields = [*Page.search_fields, index.SearchField("motto"), index.SearchField("intro")]
    translatable_fields = page_translatable_fields(
        translated=["motto", "intro", "teasers"], synchronized=["contact"]
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "integration_pages.IntegrationConceptPage",
        "integration_pages.ForumPage",
        "integration_pages.ActionPlanPage",
        "integration_pages.SignpostPage",
        "home.EasyLanguagePage",
        "home.SignLanguagePage",
        "home.NewsIndexPage",
        "home.EventIndexPage",
        "home.FaqPage",
        "home.FormPage",
        "home.RefundFormPage",
        "integration_pages.ResolutionArchivePage",
        "integration_pages.FundingProgrammePage",
        "integration_pages.NetworksPage",
        "integration_pages.ProcessChainIndexPage",
        "integration_pages.MonitoringPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What every visitor sees changes when a page is published, moved or deleted:
        # kept per process until then (integration_pages.core.shared_state).
        key = ("home-lists", self.pk, get_language())
        context.update(kept_for_visitors(request, key, lambda: self.lists(request)))
        return context

    def lists(self, request):
        """Teasers, sections, next events, newest releases and contact, as the visitor may
        see them."""
        hidden = hidden_q(request)
        language = get_language()
        teasers, sections = self.localized_teasers(hidden), self.sections(hidden, language)
        calendar, newsroom = sections.get(EventIndexPage), sections.get(NewsIndexPage)
        events = self.next_events(calendar, hidden, language)
        releases = self.newest_releases(newsroom, hidden, language)
        images = card_images(
            [t["image"] for t in teasers] + [getattr(e, "image_id", None) for e in events]
        )
        for position, teaser in enumerate(teasers):
            teaser["image"] = images.get(teaser["image"])
            teaser["loading"] = "eager" if position < TEASERS_ABOVE_THE_FOLD else "lazy"
        for event in events:
            event.card_image = images.get(event.image_id)
        return {
            "teaser_items": teasers,
            "first_steps": sections.get(ProcessChainIndexPage),
            "help_page": sections.get(SignpostPage),
            "calendar": calendar and calendar[1],
            "events": events,
            "newsroom": newsroom and newsroom[1],
            "releases": releases,
            "contact": self.contact.localized if self.contact_id else None,
        }

    def sections(self, hidden, language):
        """The sections the home page draws on, found below the German home page, each in
        the reader's language (German where untranslated): the process chains' index ("first
        steps") and the signpost (help box) as their page; the event calendar and the
        newsroom as (German original, shown page), for their lists are kept in German.

        One query, then one per section the site has.
        """
        models = (
            EventIndexPage,
            NewsIndexPage,
            ProcessChainIndexPage,
            SignpostPage,
        )
        by_type = ContentType.objects.get_for_models(*models)
        model_of = {ct.pk: model for model, ct in by_type.items()}
        originals = (
            Page.objects.child_of(self.german_original())
            .live()
            .exclude(hidden)
            .filter(content_type__in=list(model_of))
            .order_by("path")
        )
        found = {}
        for original in originals:
            model = model_of[original.content_type_id]
            if model in found:
                continue
            rows = (
                model.objects.live()
                .exclude(hidden)
                .filter(
                    translation_key=original.translation_key,
                    locale__language_code__in={language, settings.LANGUAGE_CODE},
                )
                .select_related("locale")
            )
            shown = prefer_language(rows, language).get(original.translation_key)
            if shown is None:
                continue
            found[model] = (original, shown) if model in (EventIndexPage, NewsIndexPage) else shown
        return found

    @staticmethod
    def next_events(calendar, hidden, language):
        """The next few events of the calendar (German original, shown page) in the
        reader's language, as the calendar lists them."""
        if calendar is None:
            return []
        events = upcoming_first(events_below(calendar[0], hidden), timezone.now())
        return pages_in_language(events[:HOME_EVENTS], language, (), hidden)

    @staticmethod
    def newest_releases(newsroom, hidden, language):
        """The newest press releases in the reader's language, as the newsroom lists them."""
        if newsroom is None:
            return []
        releases = releases_below(newsroom[0], hidden)[:HOME_RELEASES]
        return pages_in_language(releases, language, (), hidden)

    def localized_teasers(self, hidden):
        """Teasers with their target page in this page's language, in one query.

        Page choosers keep pointing at the German page when a page is translated;
        the reader should land in their own language where a translation exists. A
        teaser of a page the visitor may not see (`hidden`, see privacy) is left out.
        """
        teasers = [block.value for block in self.teasers if block.value["page"]]
        chosen = [t["page"] for t in teasers]
        found = list(
            Page.objects.live()
            .exclude(hidden)
            .filter(
                Q(translation_key__in={p.translation_key for p in chosen}, locale_id=self.locale_id)
                | Q(pk__in=[p.pk for p in chosen])
            )
        )
        localized = {p.translation_key: p for p in found if p.locale_id == self.locale_id}
        allowed = {p.pk for p in found}
        items = []
        for teaser in teasers:
            target = localized.get(teaser["page"].translation_key)
            if target is None and teaser["page"].pk in allowed:
                target = teaser["page"]
            if target is None:
                continue
            items.append(
                {
                    "page": target,
                    "title": teaser["title"] or target.title,
                    "text": teaser["text"],
                    "image": teaser["image"].pk if teaser["image"] else None,
                    "image_alt": teaser["image_alt"],
                }
            )
        return items


def card_images(pks):
    """Image pk → image with the renditions of CARD_RENDITIONS fetched: two queries for
    every picture of the page (none without pictures)."""
    pks = {pk for pk in pks if pk}
    if not pks:
        return {}
    images = get_image_model().objects.filter(pk__in=pks).prefetch_renditions(*CARD_RENDITIONS)
    return {image.pk: image for image in images}


class StandardPage(Page):
    """A section or legal page built from the shared content blocks."""

    intro = introduction(_("A short lead paragraph shown above the content and in teasers."))
    body = optional_stream(
        ContentStreamBlock(),
        _("content"),
        _("Build the page from headings, text, images, contacts, tables and FAQs."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("For search engines and menus")),
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = page_translatable_fields(translated=["intro", "body"])

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FaqPage", "home.FormPage", "home.RefundFormPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SiteExplainedMixin(HomeSectionMixin):
    """A page that explains the site in an accessible form (BITV 2.0 § 4): one beside the
    home page, linked in the header of every page (OfficeSettings), with nothing below."""

    subpage_types = []


class EasyLanguagePage(SiteExplainedMixin, Page):
    """The site explained in Leichte Sprache (BITV 2.0 § 4): what is here, how to find
    one's way, the main points of the accessibility statement."""

    intro = introduction(_("Short sentences. One thought per sentence."))
    body = optional_stream(
        ContentStreamBlock(), _("content"), _("Short sections with headings; pictures help.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = page_translatable_fields(translated=["intro", "body"])

    class Meta:
        verbose_name = _("page in Leichte Sprache")
        verbose_name_plural = _("pages in Leichte Sprache")


class SignLanguageVideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("MP4 or WebM, stored on this site (no video platform).")
    )
    duration = blocks.RegexBlock(
        regex=r"^\d{1,2}:\d{2}$",
        label=_("Duration (m:ss)"),
        help_text=_("e.g. 3:20"),
        error_messages={"invalid": _("Write the duration as minutes:seconds, e.g. 3:20.")},
    )
    description = blocks.TextBlock(
        label=_("What the video says"),
        required=False,
        help_text=_("A short text version for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("DGS video")
        template = "home/blocks/sign_language_video.html"


class SignLanguagePage(SiteExplainedMixin, Page):
    """The site explained in German Sign Language (DGS) videos (BITV 2.0 § 4)."""

    intro = introduction(_("What the videos explain."))
    videos = optional_stream(
        [("video", SignLanguageVideoBlock())],
        _("videos"),
        _("Each with download, size and duration shown beside it."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("videos")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(translated=["intro", "videos"])

    class Meta:
        verbose_name = _("page in German Sign Language")
        verbose_name_plural = _("pages in German Sign Language")
