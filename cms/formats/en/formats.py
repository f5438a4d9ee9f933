from django.conf.locale.en.formats import *  # noqa: F403

from cms.formats import with_german_input

with_german_input(globals())
