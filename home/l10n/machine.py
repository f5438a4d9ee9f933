from django.utils.module_loading import import_string
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class OfflineTranslator(BaseMachineTranslator):
    """A machine translator that never leaves the server, for tests and the demo.

    It knows the phrases of a glossary (German → {language: text}); any other text
    stays German. Its output is marked as machine translation like any other's.
    """

    display_name = "Offline glossary"

    def glossary(self, language_code):
        path = self.options.get("GLOSSARY")
        glossaries = import_string(path) if path else {}
        return glossaries.get(language_code.split("-")[0], {})

    def translate(self, source_locale, target_locale, strings):
        glossary = self.glossary(target_locale.language_code)
        translated = {}
        for string in strings:
            text = string.render_text()
            translated[string] = (
                StringValue.from_plaintext(glossary[text]) if text in glossary else string
            )
        return translated

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
