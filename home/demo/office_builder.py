"""Each demo office's contact facts and visitor information (opening hours, how to get
there, accessibility), from data/office.yaml; translated by load_demo's sync from the
shipped PO files like every snippet newcomers read (home/demo/po_files.py).

Idempotent: an existing visitor information is left alone, and only empty contact fields
of the office settings are filled, so an editor's later changes survive a re-run."""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Site

from cms.icons import png
from home.models import OfficeSettings, VisitorInformation
from home.models.office import ACCESSIBILITY_FEATURES

from .data_files import load

OFFICES = load("office")
# The header's logo in the demo: the site's own mark (cms/icons.py), never a real coat of arms.
LOGO_TITLE = "Eigene Zeichnung: Bildmarke des Demo-Portals"


def demo_logo():
    """(the demo's logo image, whether it was made now); an image of the title is reused."""
    model = get_image_model()
    image = model.objects.filter(title=LOGO_TITLE).first()
    if image is not None:
        return image, False
    out = io.BytesIO()
    png(96).save(out, format="PNG", optimize=True)
    image = model(title=LOGO_TITLE, description="Zwei verbundene Ringe auf Blau")
    image.file = ImageFile(out, name="demo-logo.png")
    image.save()
    return image, True


def visitor_information(locale, spec):
    """The office's German visitor information (created if missing) and whether it was."""
    existing = VisitorInformation.objects.filter(name=spec["name"], locale=locale).first()
    if existing is not None:
        return existing, False
    features = set(spec.get("features", []))
    info = VisitorInformation.objects.create(
        name=spec["name"],
        locale=locale,
        is_example=spec.get("example", False),
        opening_hours=[
            (
                "hours",
                {
                    "days": [str(day) for day in row["days"]],
                    "opens": row["opens"],
                    "closes": row["closes"],
                    "note": row.get("note", ""),
                },
            )
            for row in spec["opening_hours"]
        ],
        directions=spec.get("directions", ""),
        accessibility=spec.get("accessibility", ""),
        **{name: name in features for name in ACCESSIBILITY_FEATURES},
    )
    return info, True


def build_office(builder, home, key, locale):
    """The site's office settings get their contact facts and visitor information."""
    spec = OFFICES.get(key)
    if spec is None:
        return None
    info, created = visitor_information(locale, spec)
    builder.note(created, f"visitor information {info}")
    settings = OfficeSettings.objects.get(site=Site.objects.get(root_page=home))
    changed = [name for name, value in spec["contact"].items() if not getattr(settings, name)]
    for name in changed:
        setattr(settings, name, spec["contact"][name])
    # Whether the data is invented is a fact of the data, not an editor's choice to keep.
    example = spec.get("example", False)
    if settings.is_example != example:
        settings.is_example = example
        changed.append("is_example")
    if info.is_example != example:
        VisitorInformation.objects.filter(translation_key=info.translation_key).update(
            is_example=example
        )
    if settings.logo_id is None:
        settings.logo, created = demo_logo()
        builder.note(created, "logo")
        changed.append("logo")
    if settings.visitor_information_id is None:
        settings.visitor_information = info
        changed.append("visitor_information")
    if changed:
        settings.save()
    return info
