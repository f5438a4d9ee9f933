from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

DISPLAY_NAME = "Offline glossary"


class OfflineTranslator(BaseMachineTranslator):
    """A machine translator that never leaves the server, for tests and the demo.

    It knows the phrases of a glossary (German → {language: text}) and translates those
    only. Any other text it leaves untranslated (it returns nothing for it), so the page
    says that it shows German there, never that a German copy is a machine translation.
    Its output is marked as machine translation like any other's.
    """

    # Shown in the translation editor ("Translate with …") and stored with each string
    # it translates (StringTranslation.tool_name, in the language active then). It is
    # translated in cms/admin_locale beside the wagtail-localize strings around it; the
    # name (not a literal) keeps makemessages from wanting it in home/locale as well.
    display_name = gettext_lazy(DISPLAY_NAME)

    def glossary(self, language_code):
        path = self.options.get("GLOSSARY")
        glossaries = import_string(path) if path else {}
        return glossaries.get(language_code.split("-")[0], {})

    def translate(self, source_locale, target_locale, strings):
        glossary = self.glossary(target_locale.language_code)
        return {
            string: StringValue.from_plaintext(glossary[string.render_text()])
            for string in strings
            if string.render_text() in glossary
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
