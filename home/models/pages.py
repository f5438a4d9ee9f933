from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from integration_pages.core.blocks import ContentStreamBlock
from integration_pages.core.privacy import hidden_q
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import optional_link


class TeaserBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Leave empty to use the page's title.")
    )
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)

    class Meta:
        icon = "link"
        label = _("Teaser")


class HomePage(Page):
    """Root of a municipality's site, one per language."""

    motto = models.CharField(
        _("motto"),
        max_length=200,
        blank=True,
        help_text=_(
            "The short guiding phrase shown large at the top, e.g. 'Zusammen.Lübeck.Leben!'"
        ),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Two or three sentences: who the office is and what this site offers."),
    )
    teasers = StreamField(
        [("teaser", TeaserBlock())],
        blank=True,
        verbose_name=_("teasers"),
        help_text=_("Links to the main sections, in the order they should appear."),
    )
    contact = optional_link(
        "snippets.Contact",
        _("contact"),
        _("The contact shown on the start page."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("motto"),
        FieldPanel("intro"),
        FieldPanel("teasers"),
        FieldPanel("contact"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("motto"), index.SearchField("intro")]
    translatable_fields = page_translatable_fields(
        TranslatableField("motto"),
        TranslatableField("intro"),
        TranslatableField("teasers"),
        SynchronizedField("contact"),
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
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["teaser_items"] = self.localized_teasers(hidden_q(request))
        context["contact"] = self.contact.localized if self.contact_id else None
        return context

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
                }
            )
        return items


class StandardPage(Page):
    """A section or legal page built from the shared content blocks."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short lead paragraph shown above the content and in teasers."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_("Build the page from headings, text, images, contacts, tables and FAQs."),
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
    translatable_fields = page_translatable_fields(
        TranslatableField("intro"),
        TranslatableField("body"),
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FaqPage", "home.FormPage", "home.RefundFormPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class EasyLanguagePage(Page):
    """The site explained in Leichte Sprache (BITV 2.0 § 4): what is here, how to find
    one's way, the main points of the accessibility statement."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Short sentences. One thought per sentence.")
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_("Short sections with headings; pictures help."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = page_translatable_fields(
        TranslatableField("intro"), TranslatableField("body")
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

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


class SignLanguagePage(Page):
    """The site explained in German Sign Language (DGS) videos (BITV 2.0 § 4)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("What the videos explain."))
    videos = StreamField(
        [("video", SignLanguageVideoBlock())],
        blank=True,
        verbose_name=_("videos"),
        help_text=_("Each with download, size and duration shown beside it."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("videos")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(
        TranslatableField("intro"), TranslatableField("videos")
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page in German Sign Language")
        verbose_name_plural = _("pages in German Sign Language")
