"""The visitor's address, for the forms' rate limit, the login lockout and the logs alike.

Behind Varnish every request comes from 127.0.0.1, so one visitor's floods would lock
everyone out. The proxy appends the address it saw to X-Forwarded-For; only what a
trusted proxy appended can be believed, because anything to its left was sent by the
client and may be invented. So the header is read from the right, skipping trusted
proxies, and the first other address is the visitor. A peer that is not a trusted
proxy is the visitor itself, whatever headers it sends; a missing or malformed header
falls back to the peer.

Hand-written because python-ipware decides trust from the proxies named inside the
header rather than from the peer that actually connected, and its "proxy count" mode
trusts a header sent straight to the application server.
"""

import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# X-Forwarded-For is a list; a few hundred bytes hold any honest chain of proxies.
MAX_HEADER_LENGTH = 1000


def _networks(entries):
    networks = []
    for entry in entries:
        entry = entry.strip()
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} is not an address or network ({error})."
            ) from None
    return tuple(networks)


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_ip(meta, trusted):
    """The visitor's address from a request's META, given the trusted proxies' networks."""
    peer = meta.get("REMOTE_ADDR", "")
    peer_address = _address(peer)
    if peer_address is None or not any(peer_address in net for net in trusted):
        return peer
    header = meta.get("HTTP_X_FORWARDED_FOR", "")
    if not header or len(header) > MAX_HEADER_LENGTH:
        return peer
    found = peer
    for hop in reversed(header.split(",")):
        address = _address(hop)
        if address is None:
            # Garbage in the chain: the last address a trusted proxy vouched for.
            return found
        found = str(address)
        if not any(address in net for net in trusted):
            return found
    return found


class ClientAddressMiddleware:
    """Puts the visitor's address in REMOTE_ADDR (the peer's stays in PEER_ADDR), so
    django-ratelimit, django-axes and Django's logging all see the same person."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.trusted = _networks(getattr(settings, "TRUSTED_PROXIES", []))

    def __call__(self, request):
        meta = request.META
        meta.setdefault("PEER_ADDR", meta.get("REMOTE_ADDR", ""))
        if self.trusted:
            meta["REMOTE_ADDR"] = client_ip(meta, self.trusted)
        return self.get_response(request)
