"""The admin's editor, driven in-process through Django's test client as the demo
administrator: open a page's edit and add forms, publish it unchanged, publish a new page
beside it. Used by bench/admin.py and bench/varnish_purge.py in their measuring process,
with Django set up; bench/editor_form.py reads the forms."""

import json
import os

from scratch import SITE_HOST


def sample_page(model):
    """One German page of `model` on the default site when there is one (translations and
    the second site take the same code paths, and German pages publish without a
    workflow), preferring one with the most filled in: the last one created."""
    from django.conf import settings
    from wagtail.models import Site

    pages = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        on_site = pages.descendant_of(site.root_page, inclusive=True)
        if on_site.exists():
            pages = on_site
    return pages.order_by("-pk").first()


def login(client):
    """The demo administrator (`ensure_admin`), logged in with the second factor verified,
    as after the login form: the admin's two-factor middleware runs as for an editor."""
    from django.contrib.auth import get_user_model
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user_model = get_user_model()
    user = (
        user_model.objects.filter(username=os.environ.get("DEMO_ADMIN_USER", "admin")).first()
        or user_model.objects.filter(is_superuser=True).order_by("pk").first()
    )
    if user is None:
        raise SystemExit("No administrator: run `manage.py ensure_admin`.")
    client.force_login(user)
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return user


def add_parent(model, parent):
    """Where a page of `model` can be added: beside `parent`'s page, else (one per parent,
    as for section pages) under another page that may hold one, German first; None when
    no page may."""
    from django.conf import settings
    from django.db.models import Case, IntegerField, Value, When
    from wagtail.models import Page

    if model.can_create_at(parent):
        return parent
    candidates = (
        Page.objects.type(*model.allowed_parent_page_models())
        .annotate(
            german=Case(
                When(locale__language_code=settings.LANGUAGE_CODE, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("german", "path")
    )
    return next((page for page in candidates if model.can_create_at(page)), None)


class Editor:
    """The requests of one page type's editor: `run(action)` returns the response."""

    def __init__(self, client, user, page):
        from django.urls import reverse

        self.client, self.user, self.page = client, user, page
        self.parent = page.get_parent()
        model = type(page)
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.add_parent = add_parent(model, self.parent)
        self.add_url = self.add_parent and reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, self.add_parent.pk],
        )
        self.data = None
        self.created = []
        self.counter = 0

    def get(self, url):
        return self.client.get(url, secure=True, HTTP_HOST=SITE_HOST)

    def post(self, url, data):
        return self.client.post(url, data, secure=True, HTTP_HOST=SITE_HOST)

    def form_data(self):
        """The edit form's submission as rendered (read once; the page stays the same)."""
        from editor_form import form_blocks, submission

        if self.data is None:
            response = self.get(self.edit_url)
            page = self.page.specific
            form_class = page.get_edit_handler().get_form_class()
            form = form_class(instance=page, for_user=self.user, parent_page=self.parent)
            self.data = submission(response.content.decode(), "page-edit-form", form_blocks(form))
            self.data["action-publish"] = ["action-publish"]
        return self.data

    def run(self, action):
        from editor_form import as_new_page

        if action == "edit":
            return self.get(self.edit_url)
        if action == "add":
            return self.get(self.add_url)
        if action == "publish":
            return self.post(self.edit_url, self.form_data())
        self.counter += 1
        stamp = f"{os.getpid()}-{self.counter}"
        data = as_new_page(self.form_data(), f"(bench {stamp})", f"bench-{stamp}")
        response = self.post(self.add_url, data)
        slug = data["slug"][0]
        created = self.add_parent.get_children().filter(slug=slug).first()
        response.bench_created = created is not None
        if created is not None:
            self.created.append(created.pk)
        return response

    def prepare(self, action):
        """Before each timed request, untimed: the page the last create made goes again
        (section pages allow one per parent, and the site stays the demo's size)."""
        if action in ("publish", "create"):
            self.form_data()
        if action == "create":
            self.clean_up()

    def clean_up(self):
        from wagtail.models import Page

        for page in Page.objects.filter(pk__in=self.created):
            page.delete()
        self.created = []


def check(action, response, editor):
    """None when the request did what it should, else why not."""
    if action in ("edit", "add"):
        if response.status_code != 200:
            where = response.get("Location", "")
            return f"{response.status_code} {where}".strip()
        return None
    if response.status_code == 302:
        if action == "create" and not getattr(response, "bench_created", True):
            return "not created: " + " ".join(messages(response))[:300]
        return None
    if response.status_code == 200:
        return "form refused: " + form_errors(response.content.decode())
    return f"{response.status_code}"


def messages(response):
    from django.contrib.messages import get_messages

    return [" ".join(str(message).split()) for message in get_messages(response.wsgi_request)]


def form_errors(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    errors = []
    for error in soup.select(".error-message, .help-critical, [data-w-messages-target] li"):
        text = " ".join(error.get_text().split())
        if text and text not in errors:
            errors.append(text)
    for widget in soup.find_all(attrs={"data-controller": "w-block"}):
        arguments = json.loads(widget["data-w-block-arguments-value"])
        if arguments[1]:
            errors.append(f"{widget['id']}: {json.dumps(arguments[1])[:300]}")
    return "; ".join(errors)[:600] or "(no message found)"


def queued_tasks():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.count()


def task_names(since):
    from collections import Counter

    from django_tasks_db.models import DBTaskResult

    names = DBTaskResult.objects.filter(enqueued_at__gte=since).values_list("task_path", flat=True)
    return dict(Counter(name.rsplit(".", 1)[-1] for name in names))


def forget_tasks(since):
    """The tasks the measured requests queued, gone again: index updates of pages that did
    not change or no longer exist. A worker started on the database later would otherwise
    spend its first minutes on them, and the queue would grow with every run."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(enqueued_at__gte=since, status="READY").delete()
