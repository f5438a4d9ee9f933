"""The public side of a prioritisation: register by address or code, confirm, give and
change points, read the frozen results. Nothing here is cached for everyone but the
results: every other answer depends on the person asking."""

import csv
import json
import logging

from django.conf import settings
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import ALL, get_usage, is_ratelimited

from integration_pages.core.privacy import hidden_q
from integration_pages.core.spreadsheets import safe_cell
from integration_pages.participation import mail
from integration_pages.participation.ballots import (
    AddressForm,
    BallotForm,
    CodeForm,
    given_per_group,
    goal_groups,
    initial_points,
    save_ballot,
)
from integration_pages.participation.records import (
    Channel,
    Participant,
    ParticipationCode,
    address_hash,
    code_hash,
)
from integration_pages.participation.results import close, shown

logger = logging.getLogger(__name__)
TEMPLATE = "integration_pages/prioritisation_page.html"
# Rates a project may change (settings.INTEGRATION_PAGES_PARTICIPATION_RATES), by name:
RATES = {
    # per client address: enough for a family sharing one connection, too few to flood
    "register": "20/h",
    # per e-mail address: a second mail for a typo or a lost first one, no mail bombing
    "address": "3/h",
    # wrong codes per client address: guessing a code of 50 random bits stays hopeless
    "wrong_code": "10/10m",
    # ballot submissions per client address: a workshop room behind one router gets through
    "ballot": "300/10m",
    # submissions of one ballot
    "participant": "20/10m",
}


def rate(name):
    return getattr(settings, "INTEGRATION_PAGES_PARTICIPATION_RATES", {}).get(name, RATES[name])


def _context(page, request, **extra):
    context = page.get_context(request)
    context.update(extra)
    return context


def _render(page, request, status=200, personal=True, **extra):
    context = _context(page, request, **extra)
    original = page.original()
    context.setdefault("state", page.state())
    context.setdefault("notice", _notice(page))
    if context["state"] != "closed" or "groups" in extra:
        context.setdefault("groups", goal_groups(original, get_language(), hidden_q(request)))
    response = TemplateResponse(request, TEMPLATE, context, status=status)
    if personal:
        # A form, a ballot, a refusal: an answer to one person, nobody else's.
        add_never_cache_headers(response)
    return response


def _notice(page):
    if page.notice_id is None:
        return None
    from integration_pages.core.localize import one_in_language

    model = type(page)._meta.get_field("notice").related_model
    notice = one_in_language(model, page.notice_id, get_language())
    # the German notice where nobody translated it: said so for screen readers
    notice.text_lang = "" if notice.locale_id == page.locale_id else settings.LANGUAGE_CODE
    return notice


def overview(page, request):
    state = page.state()
    if state == "closed":
        result = close(page.original())
        return _render(
            page, request, personal=False, state=state, result=shown(result, get_language())
        )
    if state == "open":
        return _render(page, request, address_form=AddressForm(), code_form=CodeForm())
    return _render(page, request, personal=False)


def _refuse(page, request, message, status=400, **extra):
    return _render(page, request, status=status, refusal=message, **extra)


def _closed_refusal(page, request):
    state = page.state()
    if state == "upcoming":
        return _refuse(page, request, gettext("This process has not opened yet."), 403)
    if state == "closed":
        return _refuse(
            page,
            request,
            gettext("This process has closed; ballots can no longer be given or changed."),
            403,
            state="closed",
            result=shown(close(page.original()), get_language()),
        )
    return None


def _limited(request, group, key, rate):
    """Counts this request; True once the rate is exceeded."""
    return is_ratelimited(request, group=group, key=key, rate=rate, method=ALL, increment=True)


def _spent(request, group, key, rate):
    """True once the rate's count is used up, without counting this request (wrong codes
    are counted only when they turn out wrong)."""
    usage = get_usage(request, group=group, key=key, rate=rate, method=ALL, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


TOO_OFTEN = _(
    "You have sent this too often in a short time. Please try again in about ten minutes; "
    "what you typed is still here."
)


MAIL_FAILED = _(
    "We could not send the mail just now. Please try again in a few minutes; what you typed "
    "is still here."
)


def register(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url)
    refusal = _closed_refusal(page, request)
    if refusal is not None:
        return refusal
    form = AddressForm(request.POST)
    if not page.takes_email():
        return _refuse(page, request, gettext("This process takes part by code only."), 403)
    original = page.original()
    if _limited(request, f"prioritisation-register:{original.pk}", "ip", rate("register")):
        return _refuse(page, request, str(TOO_OFTEN), 429, address_form=form, code_form=CodeForm())
    if not form.is_valid():
        return _render(page, request, status=400, address_form=form, code_form=CodeForm())
    hashed = address_hash(form.cleaned_data["email"])
    if _limited(
        request,
        f"prioritisation-address:{original.pk}",
        lambda _group, _request: hashed,
        rate("address"),
    ):
        return _refuse(page, request, str(TOO_OFTEN), 429, address_form=form, code_form=CodeForm())
    participant, _created = Participant.objects.get_or_create(
        process=original,
        address_hash=hashed,
        defaults={"channel": Channel.EMAIL, "language": get_language()},
    )
    try:
        mail.send_link(page, participant, form.cleaned_data["email"])
    except Exception:
        # A mail server that is down: say so, keep what was typed; sending again later
        # finds the same participant and sends the link then.
        logger.exception("Could not send the prioritisation mail of participant %s", participant.pk)
        return _refuse(
            page, request, str(MAIL_FAILED), 503, address_form=form, code_form=CodeForm()
        )
    return _render(page, request, sent_to=form.cleaned_data["email"])


def redeem_code(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url)
    refusal = _closed_refusal(page, request)
    if refusal is not None:
        return refusal
    if not page.takes_codes():
        return _refuse(page, request, gettext("This process takes part by e-mail only."), 403)
    form = CodeForm(request.POST)
    original = page.original()
    group = f"prioritisation-code:{original.pk}"
    if _spent(request, group, "ip", rate("wrong_code")):
        return _refuse(
            page, request, str(TOO_OFTEN), 429, code_form=form, address_form=AddressForm()
        )
    if not form.is_valid():
        return _render(page, request, status=400, code_form=form, address_form=AddressForm())
    code = ParticipationCode.objects.filter(
        process=original, code_hash=code_hash(form.cleaned_data["code"])
    ).first()
    message = None
    if code is None:
        message = gettext("This code is not valid for this process. Please check it on your slip.")
    else:
        with transaction.atomic():
            # One UPDATE decides between two people typing the same code at once.
            won = ParticipationCode.objects.filter(pk=code.pk, used_at__isnull=True).update(
                used_at=timezone.now()
            )
            if won:
                participant = Participant.objects.create(
                    process=original,
                    channel=Channel.CODE,
                    code=code,
                    language=get_language(),
                    confirmed_at=timezone.now(),
                )
        if not won:
            message = gettext(
                "This code has already been used: each code gives one ballot. If you used "
                "it yourself, open the link to your ballot that the page showed you then."
            )
    if message:
        _limited(request, group, "ip", rate("wrong_code"))  # count the failure
        form.add_error("code", message)
        return _render(page, request, status=400, code_form=form, address_form=AddressForm())
    return HttpResponseRedirect(
        mail.route_url(page, "ballot", token=mail.ballot_token(participant))
    )


INVALID_LINK = _(
    "This link is invalid or has expired. Please enter your address again: we will send you "
    "a new link."
)


def confirm(page, request, token):
    original = page.original()
    try:
        pk = mail.read_confirm_token(token)
    except signing.BadSignature:
        return _closed_refusal(page, request) or _refuse(page, request, str(INVALID_LINK))
    participant = Participant.objects.filter(pk=pk, process=original).first()
    if participant is None:
        return _closed_refusal(page, request) or _refuse(page, request, str(INVALID_LINK))
    if participant.confirmed_at is None:
        Participant.objects.filter(pk=pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
    return HttpResponseRedirect(
        mail.route_url(page, "ballot", token=mail.ballot_token(participant))
    )


def ballot(page, request, token):
    refusal = _closed_refusal(page, request)
    if refusal is not None:
        return refusal
    original = page.original()
    try:
        pk = mail.read_ballot_token(token)
    except signing.BadSignature:
        pk = None
    participant = (
        Participant.objects.filter(pk=pk, process=original, confirmed_at__isnull=False)
        .select_related("ballot")
        .first()
        if pk is not None
        else None
    )
    if participant is None:
        return _refuse(page, request, str(INVALID_LINK))
    stored = getattr(participant, "ballot", None)
    groups = goal_groups(original, get_language(), hidden_q(request))
    extra = {"groups": groups, "ballot_url": request.path}
    if request.method == "POST":
        form = BallotForm(request.POST, process=page, groups=groups)
        limited = _limited(
            request, f"prioritisation-ballot:{original.pk}", "ip", rate("ballot")
        ) or _limited(
            request,
            f"prioritisation-participant:{original.pk}",
            lambda _group, _request: str(participant.pk),
            rate("participant"),
        )
        if limited:
            return _refuse(
                page,
                request,
                str(TOO_OFTEN),
                429,
                ballot_form=form,
                given=given_per_group(groups, request.POST),
                **extra,
            )
        if form.is_valid():
            stored = save_ballot(original, participant, form.points())
            form = BallotForm(initial=initial_points(stored), process=page, groups=groups)
            return _render(
                page,
                request,
                ballot_form=form,
                saved=True,
                given=given_per_group(groups, form.initial),
                **extra,
            )
        return _render(
            page,
            request,
            status=400,
            ballot_form=form,
            given=given_per_group(groups, request.POST),
            **extra,
        )
    initial = initial_points(stored)
    form = BallotForm(initial=initial, process=page, groups=groups)
    return _render(
        page,
        request,
        ballot_form=form,
        has_ballot=stored is not None,
        given=given_per_group(groups, initial),
        **extra,
    )


def _frozen(page):
    original = page.original()
    if page.state() != "closed":
        return None
    return shown(close(original), get_language())


def results_json(page, request):
    from integration_pages.participation.results import api_results

    if _frozen(page) is None:
        return _not_yet(page)
    body = json.dumps(api_results(page), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def results_csv(page, request):
    data = _frozen(page)
    if data is None:
        return _not_yet(page)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}-results.csv"'
    response.write("\ufeff")  # spreadsheet programs read UTF-8 by its byte order mark
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            gettext("Rank"),
            gettext("Field of action"),
            gettext("Rank in the field"),
            gettext("Goal"),
            gettext("Online points"),
            gettext("Workshop points"),
            gettext("Combined"),
        ]
    )
    titles = {f["key"]: f"{f['code']} {f['title']}".strip() for f in data["fields"]}
    for row in data["ranking"]:
        writer.writerow(
            [
                row["rank"],
                safe_cell(titles.get(row["field"], "")),
                row["field_rank"],
                safe_cell(row["title"]),
                row["online"],
                row["workshop"],
                row["combined"],
            ]
        )
    return response


def _not_yet(page):
    response = HttpResponse(
        gettext("The results are published when the process closes."),
        status=404,
        content_type="text/plain; charset=utf-8",
    )
    add_never_cache_headers(response)
    return response
