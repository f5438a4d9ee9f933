# Appended to the settings of a project made by `wagtail start` (tests/host, README:
# "Use the plugin in your own Wagtail project").
INSTALLED_APPS = [
    "integration_pages",
    "snippets",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    *INSTALLED_APPS,  # noqa: F821  (the project's own list, above)
]
LANGUAGE_CODE = "de"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
# A prioritisation keeps addresses and codes under keyed hashes: a secret of its own,
# read from the environment in production.
INTEGRATION_PAGES_PARTICIPATION_KEY = "host-test-participation-key"
