"""The signpost's pages take the same bounded number of queries for 5 services as for 200:
the list with filters and on page 2, the guided questions and a service page, in German,
English and Arabic.

One signpost, translated into English and Arabic and listing 200 services, is built once
for the module (tests.support.once); a case with 5 hands the others to another site's
signpost inside its own transaction, which is rolled back after it (one UPDATE, where
deleting them took seconds)."""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale, Site

from tests.support.admin_data import build_other_site
from tests.support.once import fresh, module_data
from tests.support.signpost_data import add_services, build_signpost, german_services
from tests.support.site import build_home

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("page_cache_off"),
    pytest.mark.xdist_group("signpost_queries"),
]
MOST = 200


def build():
    built = build_signpost(build_home(), languages=["en", "ar"])
    add_services(MOST - german_services().count())
    elsewhere = Site.objects.get(root_page=build_other_site())
    return SimpleNamespace(page=built.page, elsewhere=elsewhere)


signpost = module_data(build)


@pytest.mark.parametrize("total", [5, MOST])
@pytest.mark.parametrize("language", ["de", "en", "ar"])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?page=2",
        "?ground=racism&language=ar&anonymous=on",
        "?anonymous=on&page=2",
        "guided/?ground=any&area=work&language=any",
        "service",
    ],
)
def test_signpost_queries_are_the_same_for_5_and_200_services(
    client, django_assert_max_num_queries, signpost, total, language, query
):
    data = fresh(signpost)
    page = data.page
    if total < MOST:
        german_services().exclude(pk__in=german_services()[:total]).update(site=data.elsewhere)
    assert german_services().count() == total
    if query == "service":
        query = f"services/{german_services().first().slug}/"
    if language != "de":
        page = page.get_translation(Locale.objects.get(language_code=language))
    path = urlsplit(page.url).path
    client.get(f"{path}{query}")
    with django_assert_max_num_queries(20):
        assert client.get(f"{path}{query}").status_code == 200
