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
    # Short names of the concepts' organisations and the Forum's member associations:
    # abbreviations and names that stay the same in English.
    "SI": "SI",
    "VHS": "VHS",
    "KMUT": "KMUT",
    "MEN Lüneburg": "MEN Lüneburg",
    "Jasmin": "Jasmin",
    "TDEV": "TDEV",
    "UGT": "UGT",
    "Nur": "Nur",
    "Pardis": "Pardis",
    "Brückenschlag": "Brückenschlag",
    "ISV Travemünde": "ISV Travemünde",
    "NMU": "NMU",
    "BKMG": "BKMG",
    "HvA": "HvA",
    # Participants of the committees: one per line, and wagtail-localize offers a plain
    # text's line breaks as <br/> (the English of newsroom.py, in that form).
    "Leitungen der Migrationsfachdienste<br/>Verwaltung": (
        "Heads of the migration services<br/>Administration"
    ),
    "Mitarbeitende der Kursträger<br/>Migrationsfachdienste<br/>Verwaltung": (
        "Staff of course providers<br/>Migration services<br/>Administration"
    ),
    "Fachbereich Wirtschaft und Soziales<br/>Fachbereich Bildung und Kultur": (
        "Department of economy and social affairs<br/>Department of education and culture"
    ),
    "Jobcenter<br/>Migrationsfachdienste<br/>Stabsstelle Integration": (
        "Job centre<br/>Migration services<br/>Integration Office"
    ),
    (
        "Ministerien<br/>Koordinator:innen der Kreise und kreisfreien Städte<br/>"
        "Kommunale Landesverbände<br/>Landesbeauftragter für Flucht und Asyl"
    ): (
        "Ministries<br/>Coordinators of the districts and cities<br/>Municipal associations<br/>"
        "State commissioner for refugees and asylum"
    ),
    "Schulen<br/>Jugendmigrationsdienst<br/>Stabsstelle Integration": (
        "Schools<br/>Youth migration service<br/>Integration Office"
    ),
    # Sign-language page (the Leichte Sprache page stays German: easy German is German)
    "Deutsche Gebärdensprache (DGS)": "German Sign Language (Deutsche Gebärdensprache, DGS)",
    (
        "In Videos in Deutscher Gebärdensprache erklären wir, was auf dieser Internet-Seite "
        "steht, wie Sie sich zurechtfinden und was in der Erklärung zur Barrierefreiheit steht."
    ): (
        "In videos in German Sign Language we explain what is on this website, how to find "
        "your way around it and what the accessibility statement says."
    ),
    # Organisations of the process chains (Erste Schritte in Lübeck, data/process_chains.json):
    # name, short name and description. The German name stays in brackets where newcomers
    # meet it on signs and letters.
    "Bürgerservice der Hansestadt Lübeck (Einwohnermeldeamt)": (
        "Residents' registration office of the Hanseatic City of Lübeck "
        "(Bürgerservice, Einwohnermeldeamt)"
    ),
    "Bürgerservice": "Registration office",
    (
        "Meldet Einwohner:innen an, um und ab und stellt Meldebescheinigungen aus. "
        "Adresse und Telefon sind Beispieldaten."
    ): (
        "Registers residents when they move in, move within the city or move away, and issues "
        "registration certificates (Meldebescheinigungen). Address and phone number are "
        "example data."
    ),
    "Wohnungsgeber:in (Vermieter:in)": "Landlord or housing provider (Wohnungsgeber:in)",
    "Vermieter:in": "Landlord",
    "Steht für die Person oder Firma, die Ihnen die Wohnung vermietet oder überlässt.": (
        "Stands for the person or company that rents the flat to you or lets you live in it."
    ),
    "Bundeszentralamt für Steuern": "Federal Central Tax Office (Bundeszentralamt für Steuern)",
    "BZSt": "BZSt",
    (
        "Vergibt die steuerliche Identifikationsnummer und schickt sie nach der ersten "
        "Anmeldung per Post."
    ): (
        "Assigns the tax identification number and sends it to you by post after you first "
        "register."
    ),
    "Bank oder Sparkasse Ihrer Wahl": "A bank or savings bank (Sparkasse) of your choice",
    "Bank": "Bank",
    (
        "Eine Bank oder Sparkasse, bei der Sie ein Girokonto eröffnen. Jede Bank muss ein "
        "Basiskonto anbieten."
    ): (
        "A bank or savings bank where you open a current account (Girokonto). Every bank must "
        "offer a basic account."
    ),
    "Gesetzliche Krankenkasse Ihrer Wahl": (
        "A statutory health insurance fund (gesetzliche Krankenkasse) of your choice"
    ),
    "Krankenkasse": "Health insurance fund",
    (
        "Eine gesetzliche Krankenkasse, bei der Sie sich versichern. Sie können die Kasse "
        "frei wählen."
    ): ("A statutory health insurance fund that insures you. You are free to choose the fund."),
    "Ausländerbehörde der Hansestadt Lübeck": (
        "Immigration office of the Hanseatic City of Lübeck (Ausländerbehörde)"
    ),
    "Ausländerbehörde": "Immigration office",
    (
        "Entscheidet über Aufenthaltstitel, verlängert sie und stellt "
        "Fiktionsbescheinigungen aus. Adresse und Telefon sind Beispieldaten."
    ): (
        "Decides on residence permits, extends them and issues provisional residence "
        "certificates (Fiktionsbescheinigungen). Address and phone number are example data."
    ),
    "Bundesamt für Migration und Flüchtlinge (BAMF)": (
        "Federal Office for Migration and Refugees (BAMF)"
    ),
    "BAMF": "BAMF",
    (
        "Lässt Menschen zum Integrationskurs zu, bezahlt die Kurse und stellt das Zertifikat "
        "Integrationskurs aus."
    ): (
        "Admits people to the integration course, pays for the courses and issues the "
        "integration course certificate (Zertifikat Integrationskurs)."
    ),
    "Agentur für Arbeit Lübeck": "Lübeck employment agency (Agentur für Arbeit Lübeck)",
    "Arbeitsagentur": "Employment agency",
    (
        "Berät zu Arbeit und Ausbildung und vermittelt Stellen, wenn Sie kein Bürgergeld "
        "bekommen. Adresse und Telefon sind Beispieldaten."
    ): (
        "Advises on work and vocational training and finds you a job if you do not receive "
        "citizen's benefit (Bürgergeld). Address and phone number are example data."
    ),
    "Anerkennungsstelle für Ihren Beruf": "Recognition authority for your profession",
    "Anerkennungsstelle": "Recognition authority",
    (
        "Welche Stelle einen ausländischen Abschluss anerkennt, hängt vom Beruf ab, zum "
        "Beispiel eine Kammer oder ein Landesamt. Die Anerkennungsberatung nennt Ihnen die "
        "zuständige Stelle."
    ): (
        "Which authority recognises a foreign qualification depends on the profession: it may "
        "be a chamber or a state office, for example. Recognition counselling tells you which "
        "authority is responsible."
    ),
    "Kita-Platzvergabe der Hansestadt Lübeck": (
        "Day care place allocation office of the Hanseatic City of Lübeck (Kita-Platzvergabe)"
    ),
    "Kita-Platzvergabe": "Day care places",
    (
        "Berät Eltern, wo Kita-Plätze frei sind, und hilft bei der Anmeldung. "
        "Adresse und Telefon sind Beispieldaten."
    ): (
        "Advises parents on where day care places are free and helps with registration. "
        "Address and phone number are example data."
    ),
    "Schulamt der Hansestadt Lübeck": "School office of the Hanseatic City of Lübeck (Schulamt)",
    "Schulamt": "School office",
    (
        "Berät Familien, die neu in Lübeck sind, und weist Kinder und Jugendliche einer "
        "Schule zu. Adresse und Telefon sind Beispieldaten."
    ): (
        "Advises families who are new to Lübeck and assigns children and young people to a "
        "school. Address and phone number are example data."
    ),
    "Gesundheitsamt der Hansestadt Lübeck (Kinder- und Jugendärztlicher Dienst)": (
        "Public health office of the Hanseatic City of Lübeck (Gesundheitsamt), "
        "child and youth medical service"
    ),
    "Gesundheitsamt": "Public health office",
    "Untersucht Kinder vor dem Schulbeginn. Adresse und Telefon sind Beispieldaten.": (
        "Examines children before they start school. Address and phone number are example data."
    ),
    "DaZ-Zentrum an einer Lübecker Schule": (
        "Centre for German as a second language (DaZ-Zentrum) at a Lübeck school"
    ),
    "DaZ-Zentrum": "DaZ centre",
    (
        "Klassen für Deutsch als Zweitsprache (DaZ) für Kinder und Jugendliche, die neu in "
        "Deutschland sind."
    ): (
        "Classes in German as a second language (DaZ) for children and young people who are "
        "new to Germany."
    ),
    "Wohnungsamt der Hansestadt Lübeck": (
        "Housing office of the Hanseatic City of Lübeck (Wohnungsamt)"
    ),
    "Wohnungsamt": "Housing office",
    (
        "Stellt Wohnberechtigungsscheine (WBS) für öffentlich geförderte Wohnungen aus. "
        "Adresse und Telefon sind Beispieldaten."
    ): (
        "Issues housing eligibility certificates (Wohnberechtigungsscheine, WBS) for publicly "
        "subsidised flats. Address and phone number are example data."
    ),
    "Wohngeldstelle der Hansestadt Lübeck": (
        "Housing benefit office of the Hanseatic City of Lübeck (Wohngeldstelle)"
    ),
    "Wohngeldstelle": "Housing benefit office",
    "Entscheidet über Anträge auf Wohngeld. Adresse und Telefon sind Beispieldaten.": (
        "Decides on applications for housing benefit (Wohngeld). Address and phone number are "
        "example data."
    ),
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
