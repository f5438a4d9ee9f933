"""Builds the Forum für Migrant:innen's section, its MSO directory and the board's account.

Texts in data/forum.yaml are (German, English) pairs, as in data/concepts.yaml.
"""

import io
import os
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from integration_pages.forum.access import BOARD_COLLECTION, BOARD_GROUP
from integration_pages.forum.meetings import ForumMeetingPage
from integration_pages.forum.models import ForumBoardMember, ForumNewsPage, ForumPage
from integration_pages.forum.mso import MsoDirectoryPage
from snippets.models import Language, Organisation, OrganisationKind

from .examples import is_example, mark, without_flag
from .forum import FORUM, MSOS
from .part import PartBuilder, as_given, de, in_german
from .pdf import text_pdf
from .pictures import FORUM as FORUM_PICTURE

BOARD_USERNAME = "forum-vorstand"
# Only for the local demo (bound to 127.0.0.1); set DEMO_BOARD_PASSWORD anywhere else.
BOARD_PASSWORD = "demo-forum-2026"
PORTRAIT_COLOURS = ["#1f5f8b", "#7a4b00", "#1d5e20", "#6b2d5c", "#3d3d3d"]


class ForumBuilder(PartBuilder):
    def build(self, home):
        """Returns the Forum page and every object to translate, parents before children."""
        spec = FORUM
        existing = home.get_children().filter(slug=spec["slug"]).specific().first()
        if existing is not None and not isinstance(existing, ForumPage):
            # Demos loaded before the Forum had its page type have a standard page
            # there; it may hold an editor's changes, so it is left alone.
            self.demo.log(
                f"  skipped  Forum section: /{spec['slug']}/ is a {existing._meta.verbose_name}"
            )
            return None, []
        collection = Collection.objects.get(name=BOARD_COLLECTION, depth=2)
        office = spec["office_contact"]
        contact = self.demo.contact(
            self.locale,
            without_flag(
                {
                    key: (de(value) if isinstance(value, tuple) else value)
                    for key, value in office.items()
                }
            ),
        )
        mark(contact, office, phone=office["phone"])
        forum = self.demo._child(
            home, spec["slug"], lambda: self.forum_page(spec, contact, collection)
        )
        self.mark_board(forum, spec["board"])
        meetings = [
            mark(self.demo._child(forum, m["slug"], lambda m=m: self.meeting(m, collection)), m)
            for m in spec["meetings"]
        ]
        news = [
            mark(self.demo._child(forum, n["slug"], lambda n=n: self.news(n)), n)
            for n in spec["news"]
        ]
        directory = self.demo._child(
            forum,
            spec["directory"]["slug"],
            lambda: MsoDirectoryPage(
                title=de(spec["directory"]["title"]),
                slug=spec["directory"]["slug"],
                intro=de(spec["directory"]["intro"]),
            ),
        )
        msos = [self.mso(spec) for spec in MSOS]
        self.board_account()
        return forum, [contact, forum, *meetings, *news, directory, *msos]

    def forum_page(self, spec, contact, collection):
        return ForumPage(
            **in_german(spec, "title", "introduction", "how_to_join"),
            **as_given(
                spec, "slug", "founded_on", "member_count", "steering_votes", "steering_votes_total"
            ),
            principles=[("principle", de(p)) for p in spec["principles"]],
            office_contact=contact,
            show_in_menus=True,
            # in the board's collection, which the board may edit
            **self.demo.picture(FORUM_PICTURE, collection),
            board_members=[
                ForumBoardMember(
                    name=m["name"],
                    role=de(m["role"]),
                    languages=de(m["languages"]),
                    photo=self.portrait(m["name"], collection, position),
                    photo_alt=de(m["photo_alt"]),
                    locale=self.locale,
                    is_example=is_example(m),
                )
                for position, m in enumerate(spec["board"])
            ],
        )

    def mark_board(self, forum, board):
        """The board of a Forum page made by an earlier run: each member as the data says
        (names are synchronised, so a name finds the member in every language)."""
        for spec in board:
            ForumBoardMember.objects.filter(
                page_id__in=forum.get_translations(inclusive=True).values("pk"), name=spec["name"]
            ).exclude(is_example=is_example(spec)).update(is_example=is_example(spec))

    def portrait(self, name, collection, position):
        """A placeholder: a real photo needs the person's consent."""
        title = f"Platzhalter {name}"
        Image = get_image_model()
        existing = Image.objects.filter(title=title, collection=collection).first()
        if existing:
            return existing
        canvas = PillowImage.new("RGB", (320, 320), PORTRAIT_COLOURS[position % 5])
        draw = ImageDraw.Draw(canvas)
        draw.ellipse((100, 50, 220, 170), fill="#ffffff")
        draw.ellipse((50, 190, 270, 420), fill="#ffffff")
        buffer = io.BytesIO()
        canvas.save(buffer, "PNG")
        image = Image(title=title, collection=collection)
        image.file = ImageFile(buffer, name=f"forum-{position}.png")
        image.save()
        self.demo.note(True, f"image {title}")
        return image

    def meeting(self, spec, collection):
        day = timezone.localdate() + timedelta(days=spec["days_from_today"])
        starts_at = timezone.make_aware(datetime.combine(day, time(*spec["start"])))
        return ForumMeetingPage(
            title=de(spec["title"]),
            slug=spec["slug"],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=spec["duration_hours"]),
            place=spec["place"],
            place_accessibility=de(spec["place_accessibility"]),
            status=spec["status"],
            is_example=is_example(spec),
            agenda=[("item", de(item)) for item in spec["agenda"]],
            summary=de(spec["summary"]),
            minutes=self.minutes(spec["minutes"], collection, spec["slug"]),
        )

    def minutes(self, spec, collection, slug):
        if not spec:
            return None
        Document = get_document_model()
        title = de(spec["title"])
        document = Document(title=title, collection=collection)
        pdf = text_pdf(title, [de(line) for line in spec["lines"]])
        document.file.save(f"protokoll-{slug}.pdf", ContentFile(pdf), save=False)
        document.save()
        self.demo.note(True, f"document {title}")
        return document

    def news(self, spec):
        return ForumNewsPage(
            title=de(spec["title"]),
            slug=spec["slug"],
            date=timezone.localdate() - timedelta(days=spec["days_ago"]),
            lead=de(spec["lead"]),
            body=[("paragraph", RichText(f"<p>{de(p)}</p>")) for p in spec["body"]],
            is_example=is_example(spec),
        )

    def mso(self, spec):
        org, created = Organisation.objects.get_or_create(
            name=de(spec["name"]),
            locale=self.locale,
            defaults={
                "kind": OrganisationKind.MSO,
                **as_given(
                    spec, "short_name", "focus", "district", "email", "phone", "website", "address"
                ),
                "description": de(spec["description"]),
                "is_example": is_example(spec),
            },
        )
        mark(org, spec, phone=spec["phone"])
        if created:
            org.languages.set(
                Language.objects.filter(code__in=spec["languages"], locale=self.locale)
            )
            org.save()
        self.demo.note(created, f"MSO {org}")
        return org

    def board_account(self):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=os.environ.get("DEMO_BOARD_USER", BOARD_USERNAME),
            defaults={"first_name": "Forum", "last_name": "Vorstand (Demo)"},
        )
        if created:
            user.set_password(os.environ.get("DEMO_BOARD_PASSWORD", BOARD_PASSWORD))
            user.save()
            user.groups.add(Group.objects.get(name=BOARD_GROUP))
        self.demo.note(created, f"board account {user.username}")
