"""A home page's site as the office runs it, built inside a test under a home page the
test made (the `home_de` fixture): its office settings (the name and address every page
shows), the host name it is served under, a second site of its own, and a standard page
with its copies.

Host names are chosen so as not to meet the demo's, so the builders work whether or not
the worker's database also holds the demo.
"""

from wagtail.rich_text import RichText

from home.models import OfficeSettings, StandardPage
from tests.support.site import add_home, publish_in, site_of

HOST = "beispielstadt.localhost"
OTHER_HOST = "musterkreis.localhost"


def office(home, municipality="Hansestadt Beispielstadt", **fields):
    """The office settings of `home`'s site: the name and address every page shows."""
    site = site_of(home)
    values = {
        "office_name": "Stabsstelle Integration",
        "municipality": municipality,
        "email": f"integration@{home.slug}.example.org",
        **fields,
    }
    settings, _created = OfficeSettings.objects.update_or_create(site=site, defaults=values)
    return settings


def rename_site(home, hostname=HOST):
    """Serve `home` under `hostname` (port 80): absolute addresses name it whatever host a
    request asked for. The site stays the default one, so the test client still reaches it."""
    site = site_of(home)
    site.hostname = hostname
    site.save()
    return site


def site_home(title, slug, hostname, municipality):
    """A second German home page served, with its office settings, on `hostname` alone."""
    intro = f"<p>Willkommen bei der Integration in {title}.</p>"
    home = add_home(title, slug, hostname, site_name=municipality, intro=intro)
    office(home, municipality=municipality)
    return home


def standard_page(parent, title, slug, text="", languages=(), **fields):
    """A live German standard page below `parent` with `text` as its introduction and
    body, and copies in `languages`."""
    page = StandardPage(
        title=title,
        slug=slug,
        intro=text,
        body=[("paragraph", RichText(f"<p>{text}</p>"))] if text else [],
        **fields,
    )
    return publish_in(parent, page, languages)
