"""The mails of a prioritisation, in the participant's language, with links built from
the site's root URL (never from the request's Host header)."""

from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

CONFIRM_SALT = "integration_pages.prioritisation.confirm"
BALLOT_SALT = "integration_pages.prioritisation.ballot"
# Long enough for a mail read the next weekend, short enough that an old link found in
# someone's mailbox cannot be used for long.
CONFIRM_MAX_AGE = 3 * 24 * 3600


# Wagtail serves only paths of letters, digits, "_" and "-" between slashes: a signed
# value's three parts (value:timestamp:signature, each URL-safe base64) become three
# path segments.


def _as_path(token):
    return token.replace(":", "/")


def _from_path(path):
    return path.replace("/", ":")


def confirm_token(participant):
    return _as_path(signing.dumps(participant.pk, salt=CONFIRM_SALT))


def read_confirm_token(path):
    return signing.loads(_from_path(path), salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)


def ballot_token(participant):
    # Valid while the participant exists, i.e. until the process closes.
    return _as_path(signing.dumps(participant.pk, salt=BALLOT_SALT))


def read_ballot_token(path):
    return signing.loads(_from_path(path), salt=BALLOT_SALT)


def route_url(page, name, **kwargs):
    return page.get_full_url().rstrip("/") + "/" + page.reverse_subpage(name, kwargs=kwargs)


def send_link(page, participant, address):
    """A confirmation link for a new address; for one that takes part already, the link
    to its ballot. The page says the same in both cases, so nobody learns from it
    whether an address took part."""
    with translation.override(participant.language):
        if participant.confirmed_at is None:
            template = "integration_pages/mail/prioritisation_confirm.txt"
            link = route_url(page, "confirm", token=confirm_token(participant))
            subject = gettext("Please confirm your participation: %(title)s")
        else:
            template = "integration_pages/mail/prioritisation_again.txt"
            link = route_url(page, "ballot", token=ballot_token(participant))
            subject = gettext("Your ballot: %(title)s")
        body = render_to_string(template, {"page": page, "link": link, "days": 3})
        send_mail(subject % {"title": page.title}, body, None, [address])
