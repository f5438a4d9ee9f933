"""Demo translations, keyed by the German source string.

English is complete. Arabic covers titles, introductions, headings and the
contact; the longer paragraphs are left untranslated on purpose, so the demo
shows how a partly translated page tells its reader so (no filler text).
"""

EN = {
    # contact
    "Stabsstelle Integration": "Integration Office",
    "Koordination von Integration, Teilhabe und Zusammenhalt": (
        "Coordination of integration, participation and cohesion"
    ),
    "Hansestadt Lübeck, Fachbereich Wirtschaft und Soziales": (
        "Hanseatic City of Lübeck, Department of Economic and Social Affairs"
    ),
    # home
    "Integration, Teilhabe und Zusammenhalt": "Integration, participation and cohesion",
    "Zusammen.Lübeck.Leben!": "Living Lübeck together!",
    (
        "Lübeck ist seit Jahrhunderten eine Stadt, in der Menschen aus vielen Ländern "
        "zusammenleben. Die Stabsstelle Integration steuert und koordiniert gemeinsam mit "
        "haupt- und ehrenamtlichen Partner:innen die Integrationsarbeit der Hansestadt."
    ): (
        "For centuries Lübeck has been a city where people from many countries live together. "
        "The Integration Office steers and coordinates the city's integration work together "
        "with professional and volunteer partners."
    ),
    # sections
    "Kommunales Integrationskonzept": "Municipal integration concept",
    "Leitziele, Teilziele und Maßnahmen, beschlossen am 25.03.2021.": (
        "Guiding goals, sub-goals and measures, adopted on 25 March 2021."
    ),
    "Forum für Migrant:innen": "Forum for Migrants",
    "Rund 120 aktive Mitglieder, 5 von 18 Stimmen in der Steuerungsgruppe.": (
        "About 120 active members, 5 of 18 votes in the steering group."
    ),
    "Mitglied seit 2020, mit einem 10-Punkte-Aktionsplan.": (
        "A member since 2020, with a 10-point action plan."
    ),
    "Wegweiser Antidiskriminierung": "Anti-discrimination signpost",
    "Beratungsstellen in Ihrer Nähe und in Ihrer Sprache.": (
        "Counselling near you and in your language."
    ),
    "Netzwerke und Gremien": "Networks and committees",
    "Gremien, die die Stabsstelle ausrichtet oder in denen sie mitarbeitet.": (
        "Committees the office convenes or takes part in."
    ),
    "Trägertreffen, AK Migration, Quartalstreffen und mehr.": (
        "Providers' meeting, migration working group, quarterly meetings and more."
    ),
    "Trägertreffen": "Providers' meeting",
    "AK Migration": "Migration working group",
    "Quartalstreffen im Innenministerium": "Quarterly meeting at the Ministry of the Interior",
    "Förderung": "Funding",
    "Geld und Unterstützung für Projekte und ehrenamtliches Engagement.": (
        "Money and support for projects and volunteers."
    ),
    "Integrationsfonds seit 2014 und Erstattungen für Ehrenamtliche.": (
        "Integration fund since 2014 and refunds for volunteers."
    ),
    "Lübecker Integrationsfonds": "Lübeck integration fund",
    (
        "Die Bürgerschaft hat den Integrationsfonds 2014 eingerichtet. Er fördert "
        "Projekte in den Handlungsfeldern des Integrationskonzepts."
    ): (
        "The city council set up the integration fund in 2014. It funds projects in the action "
        "fields of the integration concept."
    ),
    "Erstattungen für Ehrenamtliche in der Flüchtlingshilfe": (
        "Refunds for volunteers supporting refugees"
    ),
    (
        "Wer Geflüchtete ehrenamtlich begleitet, kann Quittungen, Fahrkarten und "
        "Kilometerabrechnungen bei der Stabsstelle zur Erstattung einreichen."
    ): (
        "Volunteers who support refugees can hand in receipts, tickets and mileage claims to "
        "the office to be refunded."
    ),
    "Welche Belege kann ich einreichen?": "Which receipts can I hand in?",
    (
        "Quittungen, Kassenbons, Rechnungen, Fahrkarten und Kilometerabrechnungen, "
        "die bei der Begleitung von Geflüchteten entstanden sind – als PDF oder Foto."
    ): (
        "Receipts, till slips, invoices, tickets and mileage claims from supporting "
        "refugees – as a PDF or a photo."
    ),
    "Wer hilft mir bei einem Förderantrag?": "Who helps me with a funding application?",
    (
        "Die Stabsstelle berät Vereine und Initiativen bei Anträgen an den "
        "Integrationsfonds und an Landes- und Bundesprogramme."
    ): (
        "The office advises associations and initiatives on applications to the integration "
        "fund and to state and federal programmes."
    ),
    "Beschlüsse der Bürgerschaft": "City council resolutions",
    "Wie die Lübecker Integrationspolitik seit 2003 gewachsen ist.": (
        "How Lübeck's integration policy has grown since 2003."
    ),
    "Die wichtigsten Beschlüsse von 2003 bis 2021.": "The key resolutions from 2003 to 2021.",
    "Pressemitteilungen, auch als RSS- und Atom-Feed.": (
        "Press releases, also as RSS and Atom feeds."
    ),
    "Was als Nächstes ansteht – zum Abonnieren im Kalender.": (
        "What comes next – to subscribe to in your calendar."
    ),
    "Projektförderung seit 2014.": "Project funding since 2014.",
    # legal pages
    "Impressum": "Imprint",
    "Herausgeberin": "Publisher",
    "Vertretungsberechtigt": "Authorised representative",
    "Verantwortlich für den Inhalt": "Responsible for the content",
    "Haftung für Links": "Liability for links",
    "Datenschutzerklärung": "Privacy statement",
    "Verantwortliche Stelle": "Controller",
    "Welche Daten wir verarbeiten": "What data we process",
    "Keine Nachverfolgung, keine fremden Dienste": "No tracking, no third-party services",
    "Ihre Rechte": "Your rights",
    "Beschwerderecht bei der Aufsichtsbehörde": "Right to complain to the supervisory authority",
    "Erklärung zur Barrierefreiheit": "Accessibility statement",
    "Stand der Vereinbarkeit mit den Anforderungen": "Compliance status",
    "Nicht barrierefreie Inhalte": "Content that is not accessible",
    "Erstellung dieser Erklärung": "Preparation of this statement",
    "Feedback und Kontakt": "Feedback and contact",
    "Schlichtungsverfahren": "Enforcement procedure",
    # Landkreis Lüneburg
    "Integration und Teilhabe": "Integration and participation",
    "Vielfalt gestalten – Teilhabe ermöglichen": "Shaping diversity – enabling participation",
    (
        "Der Landkreis Lüneburg hat sein Integrationskonzept im Juni 2022 fortgeschrieben: "
        "mit Vision, Mission, Leitlinien, vier Handlungsfeldern und sechs Zielen."
    ): (
        "In June 2022 the district of Lüneburg updated its integration concept: with a vision, "
        "a mission, guidelines, four fields of action and six goals."
    ),
    "Sechs Ziele in vier Handlungsfeldern, mit Beispielen aus 2022/2023.": (
        "Six goals in four fields of action, with examples from 2022/2023."
    ),
    "Koordinierungsstelle Migration und Teilhabe": (
        "Coordination Office for Migration and Participation"
    ),
    "Koordination der Integrationsarbeit im Landkreis": (
        "Coordinating integration work in the district"
    ),
    "Landkreis Lüneburg": "District of Lüneburg",
}

AR = {
    "Stabsstelle Integration": "مكتب الاندماج",
    "Koordination von Integration, Teilhabe und Zusammenhalt": "تنسيق الاندماج والمشاركة والتماسك",
    "Hansestadt Lübeck, Fachbereich Wirtschaft und Soziales": (
        "مدينة لوبيك الهانزية، قسم الاقتصاد والشؤون الاجتماعية"
    ),
    "Integration, Teilhabe und Zusammenhalt": "الاندماج والمشاركة والتماسك",
    "Zusammen.Lübeck.Leben!": "معًا نعيش لوبيك!",
    (
        "Lübeck ist seit Jahrhunderten eine Stadt, in der Menschen aus vielen Ländern "
        "zusammenleben. Die Stabsstelle Integration steuert und koordiniert gemeinsam mit "
        "haupt- und ehrenamtlichen Partner:innen die Integrationsarbeit der Hansestadt."
    ): (
        "منذ قرون ولوبيك مدينة يعيش فيها أناس من بلدان كثيرة معًا. يوجّه مكتب الاندماج وينسّق "
        "عمل الاندماج في المدينة بالتعاون مع شركاء محترفين ومتطوعين."
    ),
    "Kommunales Integrationskonzept": "مفهوم الاندماج البلدي",
    "Leitziele, Teilziele und Maßnahmen, beschlossen am 25.03.2021.": (
        "أهداف رئيسية وأهداف فرعية وإجراءات، أُقرّت في 25.03.2021."
    ),
    "Forum für Migrant:innen": "منتدى المهاجرين والمهاجرات",
    "Rund 120 aktive Mitglieder, 5 von 18 Stimmen in der Steuerungsgruppe.": (
        "نحو 120 عضوًا فاعلًا، و5 أصوات من أصل 18 في مجموعة التوجيه."
    ),
    "Mitglied seit 2020, mit einem 10-Punkte-Aktionsplan.": "عضو منذ 2020، مع خطة عمل من 10 نقاط.",
    "Wegweiser Antidiskriminierung": "دليل مكافحة التمييز",
    "Beratungsstellen in Ihrer Nähe und in Ihrer Sprache.": "مراكز استشارة قريبة منك وبلغتك.",
    "Netzwerke und Gremien": "الشبكات واللجان",
    "Gremien, die die Stabsstelle ausrichtet oder in denen sie mitarbeitet.": (
        "اللجان التي ينظمها المكتب أو يشارك فيها."
    ),
    "Trägertreffen, AK Migration, Quartalstreffen und mehr.": (
        "لقاء الجهات المقدمة للخدمات، وفريق عمل الهجرة، واللقاءات الفصلية وغيرها."
    ),
    "Förderung": "التمويل",
    "Geld und Unterstützung für Projekte und ehrenamtliches Engagement.": (
        "دعم مالي وغير مالي للمشاريع وللعمل التطوعي."
    ),
    "Integrationsfonds seit 2014 und Erstattungen für Ehrenamtliche.": (
        "صندوق الاندماج منذ 2014 واسترداد النفقات للمتطوعين."
    ),
    "Lübecker Integrationsfonds": "صندوق الاندماج في لوبيك",
    "Erstattungen für Ehrenamtliche in der Flüchtlingshilfe": (
        "استرداد النفقات للمتطوعين في مساعدة اللاجئين"
    ),
    "Beschlüsse der Bürgerschaft": "قرارات مجلس المدينة",
    "Wie die Lübecker Integrationspolitik seit 2003 gewachsen ist.": (
        "كيف تطورت سياسة الاندماج في لوبيك منذ 2003."
    ),
    "Die wichtigsten Beschlüsse von 2003 bis 2021.": "أهم القرارات من 2003 إلى 2021.",
    "Impressum": "بيانات الناشر",
    "Datenschutzerklärung": "بيان حماية البيانات",
    "Erklärung zur Barrierefreiheit": "بيان إمكانية الوصول",
    # Hand-written Arabic for the introductions of the concept and the signpost.
    (
        "2018 beauftragte die Bürgerschaft den Bürgermeister, das Integrationskonzept von 2012 "
        "unter Beteiligung aller relevanten Gruppen fortzuschreiben und eine priorisierte "
        "Maßnahmenliste mit Kosten vorzulegen."
    ): (
        "في عام 2018 كلّف مجلس المدينة العمدة بتحديث مفهوم الاندماج لعام 2012 بمشاركة جميع "
        "الفئات المعنية، وبتقديم قائمة إجراءات مرتّبة حسب الأولوية مع تكاليفها."
    ),
    (
        "Die Fortschreibung wurde am 25.03.2021 beschlossen. Ab 2022 stehen für die Umsetzung "
        "der Maßnahmen jährlich 100.000 Euro zur Verfügung."
    ): ("أُقرّ التحديث في 25.03.2021. ومنذ عام 2022 يتوفر سنويًا مبلغ 100.000 يورو لتنفيذ الإجراءات."),
    (
        "Dieser Wegweiser hilft Ihnen, nach einer Diskriminierung die passende Beratung in "
        "Lübeck und Umgebung zu finden. Wählen Sie aus, weshalb und wo Sie benachteiligt "
        "wurden, zum Beispiel wegen Ihrer Herkunft bei der Wohnungssuche. Dann sehen Sie, "
        "welche Stellen Ihnen helfen können, in welchen Sprachen sie beraten und wie Sie sie "
        "erreichen."
    ): (
        "يساعدك هذا الدليل على إيجاد الاستشارة المناسبة في لوبيك وما حولها بعد تعرّضك للتمييز. "
        "اختر سبب التمييز ومكان حدوثه، مثلًا بسبب أصلك أثناء البحث عن سكن. ستعرف بعد ذلك أي "
        "الجهات يمكنها مساعدتك، وبأي لغات تقدّم الاستشارة، وكيف تتواصل معها."
    ),
    (
        "Die Beratung ist vertraulich. Sie erzählen nur so viel, wie Sie möchten, und Sie "
        "entscheiden selbst, wie es weitergeht: ob Sie sich beschweren, rechtliche Schritte "
        "einleiten oder erst einmal nur darüber sprechen wollen. Für Ansprüche nach dem AGG "
        "gilt oft eine Frist von zwei Monaten, lassen Sie sich deshalb möglichst früh beraten. "
        "Bitte beachten Sie: Die hier gezeigten Beratungsstellen sind erfundene Beispiele für "
        "diese Demo-Seite, die Notrufnummern dagegen sind echt."
    ): (
        "الاستشارة سرية. تروي فقط ما تريد، وتقرّر بنفسك ما يحدث بعد ذلك: أن تقدّم شكوى، أو "
        "تتخذ خطوات قانونية، أو أن تتحدث عن الأمر أولًا فقط. غالبًا ما تسري مهلة شهرين "
        "للمطالبات وفق قانون المساواة في المعاملة (AGG)، لذا احصل على الاستشارة في أقرب وقت "
        "ممكن. يُرجى الانتباه: مراكز الاستشارة المعروضة هنا أمثلة مختلَقة لهذا الموقع التجريبي، "
        "أما أرقام الطوارئ فهي حقيقية."
    ),
    # The signpost's emergency box: the first thing an Arabic reader in trouble needs.
    "Polizei": "الشرطة",
    "Bei akuter Gefahr oder wenn Sie gerade angegriffen werden.": (
        "عند الخطر الداهم أو إذا تعرّضت لاعتداء الآن."
    ),
    "Hilfetelefon Gewalt gegen Frauen": "الهاتف المساعد لمواجهة العنف ضد النساء",
    "Rund um die Uhr, kostenlos und anonym, mit Beratung in vielen Sprachen.": (
        "على مدار الساعة، مجانًا ودون ذكر الاسم، مع استشارة بلغات عديدة."
    ),
    "TelefonSeelsorge": "خط الدعم النفسي عبر الهاتف (TelefonSeelsorge)",
    "Rund um die Uhr und kostenlos, wenn Sie mit jemandem sprechen möchten.": (
        "على مدار الساعة ومجانًا، إذا أردت التحدث مع أحد."
    ),
    "Antidiskriminierungsstelle des Bundes": "المكتب الاتحادي لمكافحة التمييز",
    "Kostenlose Beratung zu Ihren Rechten nach dem AGG.": (
        "استشارة مجانية حول حقوقك وفق قانون المساواة في المعاملة (AGG)."
    ),
    "Diskriminierung bei der Antidiskriminierungsstelle der Hansestadt melden": (
        "الإبلاغ عن التمييز لدى مكتب مكافحة التمييز في مدينة لوبيك"
    ),
}

TRANSLATIONS = {"en": EN, "ar": AR}
