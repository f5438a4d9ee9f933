"""A counselling service as a vCard, for a phone's address book.

Built with vobject: vCard escaping and line folding are easy to get wrong.
"""

import re

import vobject
from django.http import HttpResponse

from snippets.example import example_note

POSTCODE_CITY = re.compile(r"^(\d{4,5})\s+(.+)$")


def service_vcard(service):
    card = vobject.vCard()
    shown = service.shown
    card.add("fn").value = shown.name
    card.add("n").value = vobject.vcard.Name(family=shown.name)
    card.add("kind").value = "org"
    provider = getattr(service, "shown_provider", None)
    card.add("org").value = [provider.name if provider else shown.name]
    if service.phone:
        tel = card.add("tel")
        tel.value = service.phone
        tel.type_param = "WORK"
    if service.email:
        card.add("email").value = service.email
    if service.website:
        card.add("url").value = service.website
    if service.address:
        lines = [line.strip() for line in service.address.splitlines() if line.strip()]
        code, city = "", ""
        if lines and (match := POSTCODE_CITY.match(lines[-1])):
            code, city = match.groups()
            lines = lines[:-1]
        card.add("adr").value = vobject.vcard.Address(
            street=", ".join(lines), city=city, code=code, country="Deutschland"
        )
    # One NOTE: the opening hours, and the example mark where the service is invented.
    note = "\n".join(text for text in (shown.opening_hours, example_note(service)) if text)
    if note:
        card.add("note").value = note
    return card.serialize()


def vcard_response(service):
    response = HttpResponse(service_vcard(service), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{service.slug}.vcf"'
    return response
