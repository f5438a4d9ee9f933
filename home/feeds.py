"""RSS 2.0 and Atom feeds of the newsroom, one per language.

Built with Django's `feedgenerator`, which escapes and dates entries correctly, rather
than with the syndication framework's `Feed` view: the feed is a route of the newsroom
page, so Wagtail's serving (view restrictions, site, language) applies to it.
"""

from datetime import datetime, time

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from integration_pages.core.page_urls import site_url

FEED_CLASSES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def news_feed(request, index_page, items, kind):
    feed_class = FEED_CLASSES[kind]
    feed = feed_class(
        title=index_page.title,
        link=index_page.get_full_url(request),
        description=index_page.intro or index_page.title,
        language=index_page.locale.language_code,
        feed_url=site_url(request),
    )
    for item in items:
        url = item.get_full_url(request)
        feed.add_item(
            title=item.title,
            link=url,
            description=item.lead,
            # One id per release and language: a reader following two languages sees both.
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=timezone.make_aware(datetime.combine(item.date, time(9))),
            updateddate=item.last_published_at,
            categories=[topic.name for topic in getattr(item, "topic_list", [])],
        )
    return HttpResponse(feed.writeString("utf-8"), content_type=f"{feed.content_type}")
