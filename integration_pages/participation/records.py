"""What a prioritisation stores about the people taking part, and for how long.

Privacy by design: an address is only ever stored as a keyed hash (HMAC, key from the
environment), and only while the process runs, so that one address gets one ballot;
closing deletes every participant row, codes included. A ballot never holds an address:
it points at its participant while the process runs, then at nothing. The anonymous
ballots themselves are deleted when the notice's retention period has passed; the
frozen results stay.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from snippets.declarations import localized_fields
from snippets.fields import prose


class Admission(models.TextChoices):
    EMAIL = "email", _("anyone with a confirmed e-mail address")
    CODES = "codes", _("holders of a one-time code")
    BOTH = "both", _("both: confirmed e-mail address or one-time code")


class Channel(models.TextChoices):
    EMAIL = "email", _("e-mail")
    CODE = "code", pgettext_lazy("taking part by", "code")


def keyed_hash(value):
    """HMAC-SHA256 of `value` with the participation key: the same input gives the same hash,
    and without the key nobody can test addresses against the stored hashes."""
    key = getattr(settings, "INTEGRATION_PAGES_PARTICIPATION_KEY", "")
    if not key:
        raise ImproperlyConfigured(
            "INTEGRATION_PAGES_PARTICIPATION_KEY must be set (a secret from the environment)."
        )
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()


def address_hash(address):
    # Mail providers treat the local part case-insensitively in practice; people type it
    # both ways, and one person must not get two ballots by a capital letter.
    return keyed_hash("email:" + address.strip().lower())


def code_hash(code):
    return keyed_hash("code:" + normalise_code(code))


def normalise_code(code):
    """Codes are printed in groups (ABCD-EFGH-JK); people type them with or without
    hyphens and spaces, in either case."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


class ParticipationNotice(TranslatableMixin, models.Model):
    """The office's consent text and retention period for online participation: shown
    where people take part and named in the privacy statement (content block)."""

    title = models.CharField(
        _("title"), max_length=200, help_text=_("e.g. 'Online-Beteiligung: Datenschutz'")
    )
    consent_text = prose(
        _("consent text"),
        _("What people agree to when they take part: purpose, what is stored, for how long."),
        blank=False,
    )
    retention_days = models.PositiveSmallIntegerField(
        _("retention period (days)"),
        default=180,
        help_text=_(
            "How many days after a process closes its anonymous ballots are deleted; the "
            "results stay. Addresses and codes are deleted at closing."
        ),
    )

    panels = [FieldPanel("title"), FieldPanel("consent_text"), FieldPanel("retention_days")]
    translatable_fields = localized_fields(["title", "consent_text"], ["retention_days"])

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("participation notice")
        verbose_name_plural = _("participation notices")

    def __str__(self):
        return self.title


class ParticipationCode(models.Model):
    """A one-time code printed on a slip; only its hash is kept, and only until closing."""

    process = models.ForeignKey(
        "integration_pages.PrioritisationPage", on_delete=models.CASCADE, related_name="codes"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("participation code")
        verbose_name_plural = _("participation codes")

    def __str__(self):
        return f"code {self.pk}"


class Participant(models.Model):
    """Someone taking part: by a confirmed address (its hash) or by a used code."""

    process = models.ForeignKey(
        "integration_pages.PrioritisationPage",
        on_delete=models.CASCADE,
        related_name="participants",
    )
    channel = models.CharField(max_length=5, choices=Channel.choices)
    address_hash = models.CharField(max_length=64, null=True, blank=True)
    code = models.OneToOneField(
        ParticipationCode, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=10, default="de")
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["process", "address_hash"], name="one_participant_per_address"
            )
        ]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return f"participant {self.pk} ({self.channel})"


class Ballot(models.Model):
    """One person's points: {goal translation key: points}. No address, ever."""

    process = models.ForeignKey(
        "integration_pages.PrioritisationPage", on_delete=models.CASCADE, related_name="ballots"
    )
    # One ballot per participant, by a unique index: two submissions at the same moment
    # leave one ballot. Closing deletes the participants and leaves the ballots anonymous.
    participant = models.OneToOneField(
        Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="ballot"
    )
    channel = models.CharField(max_length=5, choices=Channel.choices)
    points = models.JSONField(encoder=DjangoJSONEncoder, default=dict)
    submitted_on = models.DateField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")

    def __str__(self):
        return f"ballot {self.pk}"


class PrioritisationResult(models.Model):
    """The results as they stood at closing: written once, never changed (editors annotate
    the process page instead). Numbers once, titles per language (participation.results)."""

    # its pages are purged from a page cache when it changes (integration_pages.cache_dependents)
    shown_on_pages = True
    process = models.OneToOneField(
        "integration_pages.PrioritisationPage", on_delete=models.CASCADE, related_name="result"
    )
    closed_at = models.DateTimeField()
    frozen_at = models.DateTimeField(auto_now_add=True)
    data = models.JSONField(encoder=DjangoJSONEncoder, default=dict, editable=False)

    class Meta:
        verbose_name = _("prioritisation result")
        verbose_name_plural = _("prioritisation results")

    def __str__(self):
        return f"results of {self.process_id} ({self.closed_at:%Y-%m-%d})"


class GoalRank(models.Model):
    """A goal's rank in a frozen result, so a goal page finds its newest rank in one query."""

    result = models.ForeignKey(PrioritisationResult, on_delete=models.CASCADE, related_name="ranks")
    goal_key = models.UUIDField(db_index=True)
    rank = models.PositiveSmallIntegerField()
    field_rank = models.PositiveSmallIntegerField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["result", "goal_key"], name="one_rank_per_goal")
        ]

    def __str__(self):
        return f"{self.goal_key}: {self.rank}"
