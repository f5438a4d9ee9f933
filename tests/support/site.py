"""The smallest site a unit test needs: a German home page that the default site serves
to the test client's host. It is built inside the test's transaction, so it works the
same whether the worker's database holds the demo or nothing but what migrations made.

Beside it, the steps every builder in tests/support takes: a locale, a page published
below its parent, and a page's or snippet's copy in another language as the admin's
"Translate" makes it (tests.support.translation_data.localize makes copies through
wagtail-localize instead)."""

from wagtail.models import Locale, Page, Site

from home.models import HomePage

HOSTNAME = "testserver"


def locale(code="de"):
    return Locale.objects.get(language_code=code)


def publish(parent, page):
    """`page` added below `parent` and published, as an editor's "Publish" does."""
    parent.add_child(instance=page)
    page.save_revision().publish()
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
