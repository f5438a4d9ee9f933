"""Forms built by editors with Wagtail's form builder, and the volunteers' refund form.

Form field labels are translated, their `clean_name` is synchronised, so a submission
made in Arabic is stored under the same keys as one made in German.
"""

import datetime
import logging

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.forms import RECEIPTS_FIELD, SUBMISSION_RATE, PortalFormBuilder, RefundFormBuilder
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import introduction, optional_text

from .receipts import Receipt

logger = logging.getLogger(__name__)


class TranslatableFormField(TranslatableMixin, AbstractFormField):
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = True


class BaseFormPage(AbstractEmailForm):
    intro = introduction(_("What the form is for and what happens next."))
    thank_you_text = optional_text(
        _("thank-you text"), _("Shown after sending: when the office will answer, and how.")
    )
    privacy_note = optional_text(
        _("privacy note"), _("What is stored, for how long, who reads it (Art. 13 GDPR).")
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the office"),
        ),
    ]
    translatable_fields = page_translatable_fields(
        translated=["intro", "thank_you_text", "privacy_note", "form_fields"],
        synchronized=["to_address", "from_address", "subject"],
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    form_builder = PortalFormBuilder
    landing_page_template = "home/form_page_landing.html"

    class Meta:
        abstract = True

    def get_submissions_list_view_class(self):
        # Admin views need the app registry, which is not ready while models load.
        from home.submissions import PortalSubmissionsListView

        return PortalSubmissionsListView

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and self.over_rate_limit(request):
            return self.serve_refusal(request)
        return super().serve(request, *args, **kwargs)

    def over_rate_limit(self, request):
        """Counts every POST per address; language versions of a form share one count."""
        return is_ratelimited(
            request,
            group=f"forms:{self.translation_key}",
            key="ip",
            rate=SUBMISSION_RATE,
            method="POST",
            increment=True,
        )

    def serve_refusal(self, request):
        form = self.get_form(page=self, user=request.user)
        form.keep_typed(request.POST)
        form.refusal = gettext(
            "You have sent this form too often in a short time. Please try again later, "
            "in about ten minutes. What you typed is still here."
        )
        context = self.get_context(request)
        context["form"] = form
        response = TemplateResponse(request, self.get_template(request), context, status=429)
        response["Retry-After"] = "600"
        return response

    def process_form_submission(self, form):
        submission = self.store_submission(form)
        if self.to_address:
            # The submission is stored and listed in the admin; a mail server that is
            # down must not make people send the form again.
            try:
                self.send_mail(form)
            except Exception:
                logger.exception("Could not e-mail form submission %s", submission.pk)
        return submission

    def original(self):
        """The German form: every language version's submissions are kept there, so the
        office reads one list whatever language people wrote in."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    def store_submission(self, form):
        return self.get_submission_class().objects.create(
            form_data=self.submission_data(form), page=self.original()
        )

    def submission_data(self, form):
        return {name: value for name, value in form.cleaned_data.items() if name != RECEIPTS_FIELD}

    def send_mail(self, form):
        addresses = [a.strip() for a in self.to_address.split(",") if a.strip()]
        # The office reads German, whichever language the form was sent in.
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or self.title
            body = self.render_email(form)
        send_mail(subject, body, addresses, self.from_address, reply_to=self.reply_to(form))

    def reply_to(self, form):
        """The sender's address, if the form asked for one, so the office can just answer."""
        return [
            value
            for name, value in form.cleaned_data.items()
            if value and isinstance(form.fields.get(name), forms.EmailField)
        ][:1] or None

    def office_labels(self):
        """Field labels of the form's original, in the office's language."""
        return {
            field.clean_name: field.label for field in self.original().specific.get_form_fields()
        }

    def render_email(self, form):
        labels = self.office_labels()
        lines = []
        for name, value in self.submission_data(form).items():
            if name not in form.fields:
                continue
            if isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, datetime.datetime):
                value = date_format(value, "SHORT_DATETIME_FORMAT")
            elif isinstance(value, datetime.date):
                value = date_format(value, "SHORT_DATE_FORMAT")
            lines.append(f"{labels.get(name, form.fields[name].label)}: {value}")
        lines += ["", *self.email_notes(form)]
        return "\n".join(lines)

    def email_notes(self, form):
        language = dict(settings.LANGUAGES).get(self.locale.language_code, "")
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailforms:list_submissions", args=[self.original().pk]
        )
        return [
            gettext("Sent from: %(url)s (%(language)s)")
            % {"url": self.full_url, "language": language},
            gettext("All submissions of this form: %(url)s") % {"url": admin_url},
        ]


class FormPage(BaseFormPage):
    """Contact, Bedarfsmeldung, feedback on accessibility: fields chosen by editors."""

    class Meta:
        verbose_name = _("form")
        verbose_name_plural = _("forms")


class FormField(TranslatableFormField):
    page = ParentalKey(FormPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class RefundFormPage(BaseFormPage):
    """Volunteers in refugee support send their receipts for a refund.

    Editors choose the fields (name, e-mail, purpose, amount …); the receipt upload
    is part of every refund form, checked and stored privately.
    """

    form_builder = RefundFormBuilder

    class Meta:
        verbose_name = _("refund form")
        verbose_name_plural = _("refund forms")

    def get_submissions_list_view_class(self):
        # Admin views need the app registry, which is not ready while models load.
        from home.submissions import RefundSubmissionsListView

        return RefundSubmissionsListView

    def store_submission(self, form):
        """The submission and its receipts, all or nothing."""
        stored_files = []
        try:
            with transaction.atomic():
                submission = super().store_submission(form)
                for upload in form.receipts:
                    receipt = Receipt.from_upload(submission, upload)
                    stored_files.append(receipt.file.name)
                    receipt.save()
        except Exception:
            for name in stored_files:
                Receipt.file.field.storage.delete(name)
            raise
        return submission

    def render_email(self, form):
        # Refund requests carry bank details and amounts: those stay in the admin, behind
        # its permissions, and never travel through mailboxes in plain text.
        return "\n".join(self.email_notes(form))

    def email_notes(self, form):
        count = len(form.receipts)
        return [
            ngettext(
                "Receipts: %(count)d file, not attached. Open it in the admin, among the "
                "submissions of this form.",
                "Receipts: %(count)d files, not attached. Open them in the admin, among the "
                "submissions of this form.",
                count,
            )
            % {"count": count},
            *super().email_notes(form),
        ]


class RefundFormField(TranslatableFormField):
    page = ParentalKey(RefundFormPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
