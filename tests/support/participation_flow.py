"""Taking part as a person does, through the public pages: the address form and its mail,
the code form, the ballot."""

import re

from django.core import mail

LINK = re.compile(r"https?://\S+")


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def last_link():
    return path_of(LINK.findall(mail.outbox[-1].body)[0])


def register(client, process, address, **extra):
    return client.post(process.url + "register/", {"email": address, "consent": "on", **extra})


def ballot_path(client, process, address):
    """Register `address`, follow the confirmation link; the ballot's path."""
    register(client, process, address)
    response = client.get(last_link())
    assert response.status_code == 302, response
    return path_of(response["Location"])


def points(goals, **given):
    """POST data of a ballot: goal name → points."""
    return {f"goal-{goals[name].translation_key}": str(value) for name, value in given.items()}


class BrokenMailBackend:
    """A mail server that does not answer."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")
