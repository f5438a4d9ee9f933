"""One-time codes for a prioritisation, made by the office and printed on slips (slips.py).

A code is shown once, on the slip: the database keeps only its keyed hash (records.py), so
neither a copy of the database nor anyone in the office can read the codes back out of it.
The codes belong to the German process, like everything the public sends.
"""

import secrets

from django.db import IntegrityError, transaction

from integration_pages.participation.records import ParticipationCode, code_hash

# No 0/O, 1/I/L: a code is read off paper and typed in by hand.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 10  # 31**10: almost 50 random bits, hopeless to guess at the view's rate limit
GROUP = 4  # printed as ABCD-EFGH-JK
MAX_COUNT = 5000
# How many hashes one query checks for an existing code (databases limit the parameters).
CHECK_CHUNK = 500


def draw_code():
    """A fresh code in its printed form, e.g. 'ABCD-EFGH-JK'."""
    plain = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(plain[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def check_can_take_codes(process, count):
    """Raise ValueError, with a message for the office, where codes cannot be made."""
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise ValueError(f"The number of codes must be between 1 and {MAX_COUNT}, not {count}.")
    if not process.takes_codes():
        raise ValueError(
            f"'{process.title}' takes part by e-mail only: set 'who may take part' to codes "
            "(or both) before making codes."
        )
    if process.state() == "closed":
        raise ValueError(
            f"'{process.title}' has closed: closing deleted its codes, and new ones could "
            "not be used."
        )


def _taken(hashes):
    """Those of `hashes` some code (of any process: the index is unique) already has."""
    hashes = list(hashes)
    taken = set()
    for start in range(0, len(hashes), CHECK_CHUNK):
        taken.update(
            ParticipationCode.objects.filter(
                code_hash__in=hashes[start : start + CHECK_CHUNK]
            ).values_list("code_hash", flat=True)
        )
    return taken


def generate_codes(process, count):
    """Make `count` new codes for `process` and return them in their printed form.

    Only their hashes are stored, on the German process. A code whose hash exists already
    is drawn again, so a collision never fails the batch."""
    check_can_take_codes(process, count)
    original = process.original()
    codes = {}  # hash → printed code
    while len(codes) < count:
        drawn = {}
        while len(codes) + len(drawn) < count:
            code = draw_code()
            hashed = code_hash(code)
            if hashed not in codes:
                drawn[hashed] = code
        for hashed in _taken(drawn):
            del drawn[hashed]
        try:
            # A savepoint: a code stored by someone else since the check above rolls back
            # this round only, and the loop draws again.
            with transaction.atomic():
                ParticipationCode.objects.bulk_create(
                    ParticipationCode(process_id=original.pk, code_hash=hashed) for hashed in drawn
                )
        except IntegrityError:
            continue
        codes.update(drawn)
    return list(codes.values())
