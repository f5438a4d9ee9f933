"""Builds the demo forms: contact and reported needs, volunteers' refunds, barriers.

Texts are (German, English, Arabic) triples; the Arabic is left out where a
translator has not got there yet, so the demo shows partly translated forms too.
Field labels are translated, their clean names are not: a form sent in Arabic is
stored under the same keys as one sent in German.
"""

from home.models import FormField, FormPage, RefundFormField, RefundFormPage

from . import content

CONTACT_FORM = {
    "slug": "kontakt",
    "title": (
        "Kontakt und Bedarfsmeldung",
        "Contact and reporting a need",
        "التواصل والإبلاغ عن حاجة",
    ),
    "intro": (
        "Schreiben Sie uns, wenn Sie eine Frage haben, Unterstützung suchen oder merken, "
        "dass etwas fehlt – zum Beispiel ein Sprachkurs, eine Beratung oder eine "
        "Kinderbetreuung in Ihrem Stadtteil. Sie können in Ihrer Sprache schreiben.",
        "Write to us if you have a question, are looking for support or notice that "
        "something is missing – for example a language course, counselling or childcare "
        "in your part of town. You may write in your own language.",
        "اكتبوا لنا إذا كان لديكم سؤال أو كنتم تبحثون عن دعم أو لاحظتم أن شيئًا ما "
        "ينقص، مثل دورة لغة أو استشارة أو رعاية أطفال في حيّكم. يمكنكم الكتابة بلغتكم.",
    ),
    "thank_you_text": (
        "Ihre Nachricht ist bei uns angekommen. Wir antworten Ihnen so bald wie möglich "
        "an die E-Mail-Adresse, die Sie angegeben haben.",
        "Your message has reached us. We will answer as soon as we can, to the e-mail "
        "address you gave.",
        "وصلتنا رسالتكم. سنرد عليكم في أقرب وقت ممكن على عنوان البريد الإلكتروني الذي أدخلتموه.",
    ),
    "privacy_note": (
        "Wir verwenden Ihre Angaben nur, um Ihr Anliegen zu bearbeiten. Lesen können sie "
        "nur die Mitarbeitenden der Stelle. Mehr steht in der Datenschutzerklärung.",
        "We use what you tell us only to deal with your request. Only the office's staff "
        "can read it. The privacy statement says more.",
        None,
    ),
    "subject": "Kontaktformular: neue Nachricht",
    "fields": [
        {
            "label": ("Name", "Name", "الاسم"),
            "field_type": "singleline",
            "help_text": ("Wie sollen wir Sie ansprechen?", "How should we address you?", None),
        },
        {
            "label": ("E-Mail", "E-mail", "البريد الإلكتروني"),
            "field_type": "email",
            "help_text": (
                "Damit wir Ihnen antworten können.",
                "So that we can answer you.",
                "لكي نتمكن من الرد عليكم.",
            ),
        },
        {
            "label": ("Anliegen", "Your request", "موضوع الطلب"),
            "field_type": "dropdown",
            "choices": (
                "Frage zu Angeboten und Beratung\n"
                "Bedarfsmeldung: Es fehlt ein Angebot\n"
                "Hinweis oder Kritik\n"
                "Etwas anderes",
                "Question about services and counselling\n"
                "Reporting a need: a service is missing\n"
                "Suggestion or criticism\n"
                "Something else",
                "سؤال عن الخدمات والاستشارة\n"
                "الإبلاغ عن حاجة: خدمة غير موجودة\n"
                "ملاحظة أو نقد\n"
                "شيء آخر",
            ),
        },
        {
            "label": ("Nachricht", "Message", "الرسالة"),
            "field_type": "multiline",
            "help_text": (
                "Bitte schreiben Sie keine Gesundheitsdaten oder Ausweisnummern hinein.",
                "Please do not include health details or ID numbers.",
                None,
            ),
        },
    ],
}

# Lübeck's refunds for volunteers in refugee support: what may be sent and to whom.
REFUND_FORM = {
    "slug": "erstattung-ehrenamt",
    "title": (
        "Erstattung für Ehrenamtliche",
        "Refunds for volunteers",
        "استرداد النفقات للمتطوعين",
    ),
    "intro": (
        "Wer in Lübeck Geflüchtete ehrenamtlich begleitet, kann Auslagen bei der "
        "Stabsstelle Integration (integration@luebeck.de) zur Erstattung einreichen: "
        "Quittungen, Fahrkarten, Rechnungen, Kassenbons und Fahrtenbücher für Fahrten mit "
        "dem eigenen Auto. Die Ausgaben müssen mit der Flüchtlingshilfe zusammenhängen. "
        "Laden Sie die Belege als PDF, Foto (JPEG) oder PNG hoch.",
        "If you support refugees in Lübeck as a volunteer, you can send your expenses to "
        "the Integration Office (integration@luebeck.de) for a refund: receipts, tickets, "
        "invoices, till receipts and mileage logs for trips in your own car. The expenses "
        "must be related to refugee support. Upload the receipts as PDF, photo (JPEG) or "
        "PNG.",
        "إذا كنتم ترافقون اللاجئين في لوبيك تطوعًا، يمكنكم تقديم نفقاتكم إلى مكتب "
        "الاندماج (integration@luebeck.de) لاستردادها: الإيصالات وتذاكر المواصلات "
        "والفواتير وإيصالات الصندوق وسجلات الرحلات بالسيارة الخاصة. يجب أن تكون النفقات "
        "متعلقة بمساعدة اللاجئين. ارفعوا الإيصالات بصيغة PDF أو صورة (JPEG) أو PNG.",
    ),
    "thank_you_text": (
        "Wir prüfen Ihre Belege und überweisen den Betrag, sobald alles vollständig ist. "
        "Wenn etwas fehlt, schreiben wir Ihnen.",
        "We will check your receipts and transfer the amount once everything is complete. "
        "If something is missing, we will write to you.",
        "سنراجع إيصالاتكم ونحوّل المبلغ عندما تكتمل كل الأوراق. إذا نقص شيء، سنكتب لكم.",
    ),
    "privacy_note": (
        "Ihre Angaben und Belege sind nicht öffentlich. Nur Mitarbeitende der Stabsstelle, "
        "die Erstattungen bearbeiten, können sie öffnen.",
        "Your details and receipts are not public. Only the staff of the Integration Office "
        "who handle refunds can open them.",
        None,
    ),
    "subject": "Erstattungsantrag (Ehrenamt Flüchtlingshilfe)",
    "fields": [
        {"label": ("Name", "Name", "الاسم"), "field_type": "singleline"},
        {
            "label": ("E-Mail", "E-mail", "البريد الإلكتروني"),
            "field_type": "email",
            "help_text": (
                "Damit wir Ihnen antworten können.",
                "So that we can answer you.",
                "لكي نتمكن من الرد عليكم.",
            ),
        },
        {
            "label": ("Zweck", "Purpose", "الغرض"),
            "field_type": "multiline",
            "help_text": (
                "Wofür haben Sie das Geld ausgegeben? Zum Beispiel: Busfahrkarten für die "
                "Begleitung zu einem Behördentermin.",
                "What did you spend the money on? For example: bus tickets for going along "
                "to an appointment at a public office.",
                None,
            ),
        },
        {
            "label": ("Betrag in Euro", "Amount in euros", "المبلغ باليورو"),
            "field_type": "number",
            "help_text": (
                "Die Summe aller Belege, zum Beispiel 23,50.",
                "The total of all receipts, for example 23.50.",
                None,
            ),
        },
        {
            "label": ("IBAN", "IBAN", "IBAN"),
            "field_type": "singleline",
            "required": False,
            "help_text": (
                "Für die Überweisung. Wenn Sie das Feld leer lassen, fragen wir Sie danach.",
                "For the transfer. If you leave it empty, we will ask you for it.",
                None,
            ),
        },
    ],
}

FEEDBACK_FORM = {
    "slug": "barriere-melden",
    "title": ("Barriere melden", "Report a barrier", "الإبلاغ عن عائق"),
    "intro": (
        "Sind Sie auf dieser Website auf eine Barriere gestoßen? Zum Beispiel ein Bild "
        "ohne Textalternative, ein Formular, das sich nicht mit der Tastatur bedienen "
        "lässt, oder ein Dokument, das Ihr Vorleseprogramm nicht lesen kann? Schreiben "
        "Sie uns. Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie das "
        "Schlichtungsverfahren nutzen, das in der Erklärung zur Barrierefreiheit "
        "beschrieben ist.",
        "Have you come across a barrier on this website? For example an image without a "
        "text alternative, a form that cannot be used with the keyboard, or a document "
        "your screen reader cannot read? Write to us. If you are not satisfied with our "
        "answer, you can use the conciliation procedure described in the accessibility "
        "statement.",
        "هل واجهتم عائقًا في هذا الموقع؟ مثل صورة بلا نص بديل، أو نموذج لا يمكن "
        "استخدامه بلوحة المفاتيح، أو مستند لا يستطيع برنامج القراءة قراءته؟ اكتبوا لنا.",
    ),
    "thank_you_text": (
        "Danke für Ihren Hinweis. Wir prüfen die Barriere und beheben sie, so gut wir "
        "können. Wenn Sie uns einen Weg genannt haben, antworten wir Ihnen.",
        "Thank you for letting us know. We will look into the barrier and remove it as far "
        "as we can. If you told us how to reach you, we will answer.",
        None,
    ),
    "privacy_note": (
        "Sie müssen keinen Namen angeben. Ihre Angaben nutzen wir nur, um die Barriere zu "
        "beheben und Ihnen zu antworten.",
        "You do not have to give your name. We use what you tell us only to remove the "
        "barrier and to answer you.",
        None,
    ),
    "subject": "Barriere gemeldet",
    "fields": [
        {
            "label": ("Welche Seite?", "Which page?", "أي صفحة؟"),
            "field_type": "singleline",
            "help_text": (
                "Die Adresse oder der Titel der Seite oder des Dokuments.",
                "The address or title of the page or document.",
                None,
            ),
        },
        {
            "label": ("Was ist die Barriere?", "What is the barrier?", "ما هو العائق؟"),
            "field_type": "multiline",
            "help_text": (
                "Was hat nicht funktioniert? Wenn Sie möchten, nennen Sie auch Ihr "
                "Hilfsmittel, zum Beispiel ein Vorleseprogramm oder eine Vergrößerung.",
                "What did not work? If you like, also tell us what assistive technology you "
                "use, for example a screen reader or magnification.",
                None,
            ),
        },
        {
            "label": ("Wie erreichen wir Sie?", "How can we reach you?", "كيف نتواصل معكم؟"),
            "field_type": "singleline",
            "required": False,
            "help_text": (
                "Zum Beispiel Telefon oder Post – nur wenn Sie eine Antwort möchten.",
                "For example phone or post – only if you would like an answer.",
                None,
            ),
        },
        {
            "label": ("E-Mail", "E-mail", "البريد الإلكتروني"),
            "field_type": "email",
            "required": False,
            "help_text": (
                "Freiwillig, wenn Sie eine Antwort per E-Mail möchten.",
                "Optional, if you would like an answer by e-mail.",
                None,
            ),
        },
    ],
}

FORMS = [CONTACT_FORM, REFUND_FORM, FEEDBACK_FORM]
TEXT_KEYS = ("title", "intro", "thank_you_text", "privacy_note")
FIELD_TEXT_KEYS = ("label", "help_text", "choices")


def form_strings():
    """Each German text of the demo forms mapped to its English and Arabic translation."""
    strings = {"en": {}, "ar": {}}
    texts = [spec[key] for spec in FORMS for key in TEXT_KEYS]
    texts += [
        field[key]
        for spec in FORMS
        for field in spec["fields"]
        for key in FIELD_TEXT_KEYS
        if key in field
    ]
    for german, english, arabic in map(_as_segments, texts):
        strings["en"][german] = english
        if arabic:
            strings["ar"][german] = arabic
    return strings


def _as_segments(texts):
    # wagtail-localize offers a plain text's line breaks to translators as <br/>.
    return [text.replace("\n", "<br/>") if text else text for text in texts]


def _de(triple):
    return triple[0]


class FormsBuilder:
    def __init__(self, demo, locale):
        self.demo = demo
        self.locale = locale

    def build(self, home, legal):
        """Returns the form pages, parents before children, and the office settings they fill."""
        office_email = content.site_texts(home.slug)["office"]["email"]
        pages = [self.form(home, FormPage, FormField, CONTACT_FORM, office_email)]
        # The refund rules are Lübeck's; other offices would describe their own.
        if home.slug == "luebeck":
            pages.append(
                self.form(home, RefundFormPage, RefundFormField, REFUND_FORM, office_email)
            )
        feedback = self.form(
            legal["accessibility_page"], FormPage, FormField, FEEDBACK_FORM, office_email
        )
        pages.append(feedback)
        return pages, {"accessibility_feedback_page": feedback}

    def form(self, parent, page_class, field_class, spec, to_address):
        return self.demo._child(
            parent,
            spec["slug"],
            lambda: page_class(
                title=_de(spec["title"]),
                slug=spec["slug"],
                intro=_de(spec["intro"]),
                thank_you_text=_de(spec["thank_you_text"]),
                privacy_note=_de(spec["privacy_note"]),
                to_address=to_address,
                subject=spec["subject"],
                form_fields=[
                    field_class(
                        sort_order=position,
                        label=_de(field["label"]),
                        field_type=field["field_type"],
                        required=field.get("required", True),
                        help_text=_de(field.get("help_text", ("",))),
                        choices=_de(field.get("choices", ("",))),
                    )
                    for position, field in enumerate(spec["fields"])
                ],
            ),
        )
