"""The newsroom: press releases and news, filterable by year and topic, with feeds."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.feeds import news_feed
from integration_pages.core.base import GermanOriginalMixin
from integration_pages.core.blocks import ContentStreamBlock
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.entries import kept_entries, render_entries
from integration_pages.core.filters import EVERYTHING, LenientFilterForm
from integration_pages.core.localize import (
    all_in_language,
    localize,
    one_in_language,
    pages_in_language,
)
from integration_pages.core.privacy import hidden_q, kept_for_visitors
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import contact_link, image_link, introduction, short_text, tags
from snippets.models import Topic
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel
from snippets.models.pictures import PictureAlt

from .sections import HomeSectionMixin

NEWS_PER_PAGE = 10
FEED_ITEMS = 20

__all__ = ["NewsIndexPage", "NewsPage"]


class NewsFilterForm(LenientFilterForm):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, data, *, years, topics):
        super().__init__(data)
        self.fields["year"].choices = EVERYTHING + [(y, str(y)) for y in years]
        self.fields["topic"].choices = EVERYTHING + [(t.code, t.name) for t in topics]


class NewsIndexPage(
    HomeSectionMixin, CachedRoutesMixin, GermanOriginalMixin, RoutablePageMixin, Page
):
    """The press releases of the office, newest first, with RSS and Atom feeds."""

    intro = introduction(_("One or two sentences: what is published here and for whom."))
    press_contact = contact_link(_("press contact"), _("Whom journalists should call."))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("press_contact")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(
        translated=["intro"], synchronized=["press_contact"]
    )

    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("newsroom")
        verbose_name_plural = _("newsrooms")

    def news(self, hidden):
        """The German originals of the releases, without those `hidden` (see privacy)."""
        return releases_below(self.german_original(), hidden)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        hidden = hidden_q(request)
        topics = all_in_language(Topic, language)
        # One light query of every release's date and topics gives the years to offer,
        # the filtered order and the count; only the shown page is then loaded.
        rows = kept_for_visitors(
            request,
            ("news-rows", self.pk),
            lambda: list(self.news(hidden).values_list("pk", "date", "topics__code")),
        )
        years = sorted({row_date.year for _, row_date, _ in rows}, reverse=True)
        form = NewsFilterForm(
            request.GET,
            years=years,
            topics=sorted(topics.values(), key=lambda t: (t.sort_order, t.name)),
        )
        filters = form.valid_filters()
        matching = list(
            dict.fromkeys(
                pk
                for pk, row_date, code in rows
                if filters.get("year", row_date.year) == row_date.year
                and filters.get("topic", code) == code
            )
        )
        page_obj = Paginator(matching, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        # Each release's entry is the same for every visitor: kept (core.entries).
        items = kept_entries(
            request,
            "news-entry",
            self.pk,
            page_obj.object_list,
            lambda pks: self.entries(request, pks, topics, hidden),
        )
        context.update(
            form=form,
            filtered=bool(filters),
            news_page=page_obj,
            items=items,
            press_contact=self.localized_contact(language),
        )
        return context

    def entries(self, request, pks, topics, hidden):
        """{pk: HTML of its entry} of the releases `pks` in the reader's language."""
        shown = NewsPage.objects.select_related("image").in_bulk(pks)
        items = pages_in_language([shown[pk] for pk in pks], get_language(), ["image"], hidden)
        attach_topics(items, topics)
        # In order, each the original's or its translation.
        items = dict(zip(pks, items, strict=True))
        return render_entries(request, "home/includes/news_item.html", "item", items, page=self)

    def localized_contact(self, language):
        model = type(self).press_contact.field.related_model
        return one_in_language(model, self.press_contact_id, language)

    def feed_items(self, request):
        language = get_language()
        hidden = hidden_q(request)
        items = pages_in_language(self.news(hidden)[:FEED_ITEMS], language, (), hidden)
        attach_topics(items, all_in_language(Topic, language))
        return items

    @path("rss.xml/", name="rss")
    def rss(self, request):
        return news_feed(request, self, self.feed_items(request), "rss")

    @path("atom.xml/", name="atom")
    def atom(self, request):
        return news_feed(request, self, self.feed_items(request), "atom")


def releases_below(newsroom, hidden):
    """The live releases below `newsroom` (a German newsroom, a plain Page will do), newest
    first, without those `hidden` (see privacy)."""
    return NewsPage.objects.child_of(newsroom).live().exclude(hidden).order_by("-date", "-pk")


def attach_topics(items, by_key):
    """Each item's topics in the reader's language (`by_key` from `all_in_language`), as
    `item.topic_list`: one query."""
    prefetch_related_objects(items, "topics")
    for item in items:
        item.topic_list = [localize(t, by_key) for t in item.topics.all()]


class NewsPage(ExampleFlag, PictureAlt, Page):
    """A press release or news item."""

    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("Date of the press release.")
    )
    lead = models.TextField(
        _("lead"), help_text=_("One or two sentences shown in lists, feeds and social previews.")
    )
    image = image_link(_("main image"), _("Shown above the text and in social previews."))
    image_credit = short_text(
        _("image credit"), 200, _("Photographer or source, as the licence requires.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))
    topics = tags("snippets.Topic", _("topics"), _("Readers can filter the newsroom by these."))
    contact = contact_link(_("contact person"), _("Whom to ask about this release."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_credit")],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("contact"),
        MultiFieldPanel([example_panel()], heading=_("Facts")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [APIField("date"), APIField("lead"), APIField("body"), APIField("is_example")]
    translatable_fields = page_translatable_fields(
        translated=["lead", "body", "image_alt"],
        synchronized=["date", "image", "image_credit", "topics", "contact", EXAMPLE_FIELD],
    )

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def clean(self):
        super().clean()
        if errors := self.picture_errors():
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        attach_topics([self], all_in_language(Topic, language))
        model = type(self).contact.field.related_model
        context["contact"] = one_in_language(model, self.contact_id, language)
        return context
