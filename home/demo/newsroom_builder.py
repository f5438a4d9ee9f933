"""Builds Lübeck's newsroom, events, resolutions archive, FAQ, networks and funding pages."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from home.models import EventIndexPage, EventPage, FaqPage, NewsIndexPage, NewsPage
from integration_pages.models import (
    FundingProgrammePage,
    NetworksPage,
    Resolution,
    ResolutionArchivePage,
)
from snippets.models import Committee, Topic

from . import newsroom as data
from .examples import is_example, mark
from .part import PartBuilder, de, in_german
from .pictures import EVENTS as EVENT_PICTURES


def _when(days, hour, duration):
    start = timezone.make_aware(
        datetime.combine(timezone.localdate() + timedelta(days=days), time(hour))
    )
    return start, start + timedelta(hours=duration)


class NewsroomBuilder(PartBuilder):
    def build(self, home, contact):
        """Returns (pages for the home page's teasers, every object to translate in order)."""
        topics = self.topics()
        committees = self.committees(home, contact)
        newsroom, news = self.newsroom(home, contact, topics)
        events, event_pages = self.events(home, contact)
        resolutions = self.resolutions(home)
        networks = self._page(
            home,
            NetworksPage,
            data.NETWORKS,
            {"intro": de(data.NETWORKS["intro"]), "show_in_menus": True},
        )
        funding = self.funding(home, contact)
        faq = self.faq(home)
        pages = [p for p in (newsroom, events, networks, resolutions, funding, faq) if p]
        objects = [*topics.values(), *committees, *pages, *news, *event_pages]
        return pages, objects

    def _page(self, parent, page_class, spec, fields=None, build=None):
        existing = parent.get_children().filter(slug=spec["slug"]).specific().first()
        if existing is not None and not isinstance(existing, page_class):
            # Demos loaded before this page type existed have a standard page there; it may
            # hold an editor's changes, so it is left alone.
            self.demo.log(f"  skipped  /{spec['slug']}/ is a {existing._meta.verbose_name}")
            return None
        if build is None:

            def build():
                return page_class(title=de(spec["title"]), slug=spec["slug"], **fields)

        return self.demo._child(parent, spec["slug"], build)

    def topics(self):
        return {
            code: self.snippet(
                Topic, "topic", {"name": de(name), "sort_order": position}, code=code
            )
            for position, (code, name) in enumerate(data.TOPICS)
        }

    def committees(self, home, contact):
        site = Site.objects.filter(root_page=home).first()
        return [
            self.snippet(
                Committee,
                "committee",
                {
                    **in_german(spec, "convened_by", "participants", "frequency"),
                    "contact": contact if spec["convened_by"] == data.OFFICE else None,
                    "site": site,
                    "sort_order": position,
                },
                name=de(spec["name"]),
            )
            for position, spec in enumerate(data.COMMITTEES)
        ]

    def _paragraphs(self, pairs):
        return [("paragraph", RichText(f"<p>{de(pair)}</p>")) for pair in pairs]

    def newsroom(self, home, contact, topics):
        spec = data.NEWSROOM
        index = self._page(
            home,
            NewsIndexPage,
            spec,
            {"intro": de(spec["intro"]), "press_contact": contact, "show_in_menus": True},
        )
        if index is None:
            return None, []
        news = []
        for item in data.NEWS:

            def build(item=item):
                page = NewsPage(
                    title=de(item["title"]),
                    slug=item["slug"],
                    date=item["date"],
                    lead=de(item["lead"]),
                    body=self._paragraphs(item["body"]),
                    contact=contact,
                    is_example=is_example(item),
                )
                page.topics = [topics[code] for code in item["topics"]]
                return page

            news.append(mark(self.demo._child(index, item["slug"], build), item))
        return index, news

    def events(self, home, contact):
        spec = data.EVENTS_INDEX
        index = self._page(
            home, EventIndexPage, spec, {"intro": de(spec["intro"]), "show_in_menus": True}
        )
        if index is None:
            return None, []
        events = []
        for item in data.EVENTS:
            starts_at, ends_at = _when(*item["when"])
            page = self.demo._child(
                index,
                item["slug"],
                lambda item=item, starts_at=starts_at, ends_at=ends_at: EventPage(
                    title=de(item["title"]),
                    slug=item["slug"],
                    lead=de(item["lead"]),
                    starts_at=starts_at,
                    ends_at=ends_at,
                    place=item["place"],
                    place_accessibility=de(item["accessibility"]),
                    registration_url=item["registration"],
                    contact=contact,
                    is_example=is_example(item),
                    **self.demo.picture(EVENT_PICTURES.get(item["slug"])),
                ),
            )
            events.append(mark(page, item))
        return index, events

    def resolutions(self, home):
        spec = data.RESOLUTIONS_PAGE

        def build():
            page = ResolutionArchivePage(
                title=de(spec["title"]),
                slug=spec["slug"],
                intro=de(spec["intro"]),
                show_in_menus=True,
            )
            page.resolutions = [
                Resolution(
                    date=item["date"],
                    title=de(item["title"]),
                    body=de(item["body"]),
                    summary=de(item["summary"]),
                    outcome=de(item["outcome"]),
                    locale=self.locale,
                )
                for item in data.RESOLUTIONS
            ]
            return page

        return self._page(home, ResolutionArchivePage, spec, build=build)

    def funding(self, home, contact):
        spec = data.FUNDING
        today = timezone.localdate()
        page = self._page(
            home,
            FundingProgrammePage,
            spec,
            {
                "since_year": spec["since_year"],
                "aim": de(spec["aim"]),
                "eligibility": de(spec["eligibility"]),
                "how_to_apply": de(spec["how_to_apply"]),
                "amounts_note": de(spec["amounts_note"]),
                "deadlines": [
                    ("deadline", {"date": today + timedelta(days=days), "label": de(label)})
                    for days, label in spec["deadlines"]
                ],
                "contact": contact,
                "is_example": is_example(spec),
            },
        )
        return mark(page, spec)

    def faq(self, home):
        spec = data.FAQ
        return self._page(
            home,
            FaqPage,
            spec,
            {
                "intro": de(spec["intro"]),
                "answered_on": spec["answered_on"],
                "questions": [
                    (
                        "question",
                        {"question": de(question), "answer": RichText(f"<p>{de(answer)}</p>")},
                    )
                    for question, answer in spec["questions"]
                ],
            },
        )
