from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# A throwaway key so a fresh clone runs; production.py refuses to start without SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
INTEGRATION_PAGES_PARTICIPATION_KEY = (
    PARTICIPATION_HASH_KEY or "dev-only-participation-key"  # noqa: F405
)
