"""The smallest site a unit test needs: a German home page that the default site serves
to the test client's host. It is built inside the test's transaction, so it works the
same whether the worker's database holds the demo or nothing but what migrations made.

Beside it, the steps every builder in tests/support takes: a locale, a page published
below its parent, and a page's or snippet's copy in another language as the admin's
"Translate" makes it (tests.support.translation_data.localize makes copies through
wagtail-localize instead)."""

from contextlib import contextmanager
from pathlib import Path

import yaml
from wagtail.models import Locale, Page, Site

from cms.pagecache.purge import purges_deferred
from home.indexing import index_updates_deferred
from home.models import HomePage

HOSTNAME = "testserver"
DATA = Path(__file__).with_name("data")


def read_data(name):
    """A data file of tests/support/data: the tables of known test content."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def locale(code="de"):
    return Locale.objects.get(language_code=code)


def publish(parent, page):
    """`page` added below `parent` and published, as an editor's "Publish" does."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@contextmanager
def in_bulk():
    """Pages and snippets saved inside are neither indexed for search nor purged one by one:
    the tests that use it read the pages, not the search index."""
    with index_updates_deferred(), purges_deferred():
        yield


def publish_in(parent, page, languages=(), copies=None):
    """`page` published below `parent` (see `publish`) and its published copies in
    `languages` (see `translated`); `copies` maps a language to what its translator wrote."""
    publish(parent, page)
    for language in languages:
        translated(page, language, **(copies or {}).get(language, {}))
    return page


def add_home(title, slug, hostname=None, site_name=None, intro=None):
    """A German home page below the tree's root; with `hostname`, served by a site of its
    own there (not the default)."""
    home = Page.get_first_root_node().add_child(
        instance=HomePage(
            title=title,
            slug=slug,
            locale=locale(),
            motto=f"Gemeinsam in {title}",
            intro=intro or f"<p>Willkommen in {title}.</p>",
        )
    )
    if hostname:
        Site.objects.create(
            hostname=hostname, port=80, root_page=home, site_name=site_name or title
        )
    return home


def site_of(home):
    """The site whose root is `home`."""
    return Site.objects.get(root_page=home)


def build_home(title="Beispielstadt", slug="beispielstadt"):
    home = add_home(title, slug, intro="<p>Willkommen bei der Stabsstelle Integration.</p>")
    # The test client asks for "testserver": that host, and every other, reaches this site.
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    Site.objects.filter(hostname=HOSTNAME, port=80).delete()
    Site.objects.create(
        hostname=HOSTNAME, port=80, root_page=home, is_default_site=True, site_name=title
    )
    return home


def translate(page, language, **fields):
    """The page's copy in `language`, made as the admin's "Translate" does and published,
    with `fields` (a translated title, say) set on a new copy; its parent must have been
    translated first. An existing copy is returned as it is."""
    existing = page.get_translation_or_none(locale(language))
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(locale(language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific


def translated(page, language, **fields):
    """`page`'s published copy in `language`, its ancestors translated first; `fields`
    are what the translator wrote (the rest stays German, as the admin's copy does), set
    on an existing copy too. The page is read afresh: an instance a test holds may predate
    its latest publish."""
    page = Page.objects.get(pk=page.pk).specific
    parent = page.get_parent(update=True)
    if parent.depth > 1:
        translated(parent, language)
    copy = translate(page, language)
    if fields:
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save_revision().publish()
    return copy


def translate_path(page, language, titles=None):
    """`page` and its ancestors below the root translated into `language`, parents
    first; `titles` maps German titles to the copy's (set on new copies only). Returns
    `page`'s copy."""
    titles = titles or {}
    copy = None
    for ancestor in [*page.get_ancestors().filter(depth__gte=2).specific(), page]:
        extra = {"title": titles[ancestor.title]} if ancestor.title in titles else {}
        copy = translate(ancestor, language, **extra)
    return copy


def translate_snippet(obj, language, **fields):
    """`obj`'s copy in `language` (the existing one, or a new one with `fields` set), as the
    admin's "Translate" makes it: same translation key, relations as the original's."""
    existing = obj.get_translation_or_none(locale(language))
    if existing is not None:
        return existing
    copy = obj.copy_for_translation(locale(language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy
