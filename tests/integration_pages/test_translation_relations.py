"""When a translation is synchronised, its relations follow the translated items (issue 15):
wagtail-localize copies a page's or snippet's many-to-many relations as they are, so an
Arabic press release listed the German topics and an Ukrainian service the German grounds.
After the sync they point at the copies in the translation's language, where one exists."""

import pytest
from wagtail.models import Locale

from home.l10n.sync import sync_all
from home.models import NewsIndexPage, NewsPage
from snippets.models import CounsellingService, DiscriminationGround, Topic
from tests.support.concept_data import synced
from tests.support.factories import NewsPageFactory
from tests.support.marks import indexed
from tests.support.site import translate

pytestmark = [pytest.mark.django_db, indexed]


def locale(code):
    return Locale.objects.get(language_code=code)


def newsroom_in_arabic(home):
    """A newsroom under `home`, both in German and in Arabic, and a topic that has its
    Arabic translation."""
    newsroom = home.add_child(
        instance=NewsIndexPage(title="Presse", slug="presse", locale=locale("de"))
    )
    newsroom.save_revision().publish()
    translate(home, "ar")
    translate(newsroom, "ar")
    topic = Topic.objects.create(code="integration-test", name="Integration", locale=locale("de"))
    synced(topic, "ar", {"Integration": "الاندماج"})
    return newsroom, topic


def sync(obj, code, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        report = sync_all(objects=[obj], locales=[locale(code)], publish=True, machine=False)
    assert not report.failed


def test_a_synced_press_release_lists_the_topics_in_its_language(
    home_de, django_capture_on_commit_callbacks
):
    newsroom, translated_topic = newsroom_in_arabic(home_de)
    assert translated_topic.has_translation(locale("ar"))
    german_only = Topic.objects.create(code="nur-deutsch", name="Nur Deutsch", locale=locale("de"))
    release = NewsPageFactory(parent=newsroom, title="Neue Sprechzeiten", slug="sprechzeiten")
    release.topics.set([translated_topic, german_only])
    release.save_revision().publish()

    sync(release, "ar", django_capture_on_commit_callbacks)
    arabic = NewsPage.objects.get(translation_key=release.translation_key, locale=locale("ar"))
    expected = {translated_topic.get_translation(locale("ar")).pk, german_only.pk}
    assert set(arabic.topics.values_list("pk", flat=True)) == expected
    # the editor opens the latest revision: it lists the same topics
    assert set(arabic.latest_revision.content["topics"]) == expected


def test_a_synced_counselling_service_counsels_on_the_grounds_in_its_language(
    django_capture_on_commit_callbacks,
):
    grounds = [
        DiscriminationGround.objects.create(code=code, name=name, locale=locale("de"))
        for code, name in [("test-alter", "Lebensalter"), ("test-religion", "Religion")]
    ]
    synced(grounds, "uk", {"Lebensalter": "Вік", "Religion": "Релігія"})
    service = CounsellingService(
        name="Neue Beratung", slug="neue-beratung", description="Demo.", region="Lübeck"
    )
    service.grounds = grounds
    service.save()

    sync(service, "uk", django_capture_on_commit_callbacks)
    ukrainian = service.get_translation(locale("uk"))
    assert set(ukrainian.grounds.values_list("locale__language_code", flat=True)) == {"uk"}
    assert set(ukrainian.grounds.values_list("translation_key", flat=True)) == {
        ground.translation_key for ground in grounds
    }


def test_an_arabic_release_published_with_a_german_topic_lists_the_arabic_one(home_de):
    """However a translated page is published (here by an editor, as wagtail-localize's own
    update in the admin does), its relations follow the translated items."""
    newsroom, topic = newsroom_in_arabic(home_de)
    arabic_newsroom = newsroom.get_translation(locale("ar"))
    release = NewsPageFactory(parent=arabic_newsroom, title="إعلان", slug="ilan")
    release.topics.set([topic])
    release.save_revision().publish()
    published = NewsPage.objects.get(pk=release.pk)
    assert list(published.topics.all()) == [topic.get_translation(locale("ar"))]
