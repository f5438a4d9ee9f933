from django.conf.locale.ar.formats import *  # noqa: F403

from cms.formats import with_german_input

with_german_input(globals())

# Django's Arabic locale has no date-time format, so the English fallback ("N j, Y, P")
# wrote an abbreviated month and "5 م" at the start of a meeting next to "8:00 م" (its
# TIME_FORMAT) at the end. Day, month and year as the Arabic DATE_FORMAT writes them, the
# time as TIME_FORMAT does.
DATETIME_FORMAT = "j F Y، g:i A"
