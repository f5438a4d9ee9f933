"""Demo content of Lübeck's anti-discrimination signpost. The counselling services are
fictitious examples; grounds and life areas follow § 1 AGG and counselling practice."""

SIGNPOST = {
    "slug": "wegweiser",
    "title": ("Wegweiser Antidiskriminierung", "Anti-discrimination signpost"),
    "intro": (
        "<p>Dieser Wegweiser hilft Ihnen, nach einer Diskriminierung die passende Beratung in "
        "Lübeck und Umgebung zu finden. Wählen Sie aus, weshalb und wo Sie benachteiligt "
        "wurden, zum Beispiel wegen Ihrer Herkunft bei der Wohnungssuche. Dann sehen Sie, "
        "welche Stellen Ihnen helfen können, in welchen Sprachen sie beraten und wie Sie sie "
        "erreichen.</p>"
        "<p>Die Beratung ist vertraulich. Sie erzählen nur so viel, wie Sie möchten, und Sie "
        "entscheiden selbst, wie es weitergeht: ob Sie sich beschweren, rechtliche Schritte "
        "einleiten oder erst einmal nur darüber sprechen wollen. Für Ansprüche nach dem AGG "
        "gilt oft eine Frist von zwei Monaten, lassen Sie sich deshalb möglichst früh beraten. "
        "Bitte beachten Sie: Die hier gezeigten Beratungsstellen sind erfundene Beispiele für "
        "diese Demo-Seite, die Notrufnummern dagegen sind echt.</p>",
        "<p>This signpost helps you find the right counselling in and around Lübeck after you "
        "have experienced discrimination. Choose why and where you were treated unfairly, for "
        "example because of your origin when looking for a flat. You will then see which "
        "services can help you, which languages they offer and how to reach them.</p>"
        "<p>Counselling is confidential. You share only as much as you want to, and you decide "
        "what happens next: whether you make a complaint, take legal action or simply want to "
        "talk things through first. Claims under the General Equal Treatment Act (AGG) often "
        "have to be made within two months, so it is best to seek advice early. Please note: "
        "the counselling services shown here are fictitious examples for this demo site, but "
        "the emergency numbers are real.</p>",
    ),
    "report_text": (
        "Diskriminierung bei der Antidiskriminierungsstelle der Hansestadt melden",
        "Report discrimination to the city's anti-discrimination office",
    ),
    "report_url": "https://www.luebeck.de/",
    "emergency_numbers": [
        {
            "title": ("Polizei", "Police"),
            "phone": "110",
            "note": (
                "Bei akuter Gefahr oder wenn Sie gerade angegriffen werden.",
                "If you are in acute danger or are being attacked right now.",
            ),
        },
        {
            "title": ("Hilfetelefon Gewalt gegen Frauen", "Violence against Women Helpline"),
            "phone": "116 016",
            "note": (
                "Rund um die Uhr, kostenlos und anonym, mit Beratung in vielen Sprachen.",
                "Around the clock, free and anonymous, with counselling in many languages.",
            ),
        },
        {
            "title": ("TelefonSeelsorge", "TelefonSeelsorge crisis line"),
            "phone": "0800 111 0 111",
            "note": (
                "Rund um die Uhr und kostenlos, wenn Sie mit jemandem sprechen möchten.",
                "Around the clock and free of charge when you need someone to talk to.",
            ),
        },
        {
            "title": (
                "Antidiskriminierungsstelle des Bundes",
                "Federal Anti-Discrimination Agency",
            ),
            "phone": "0800 546 546 5",
            "note": (
                "Kostenlose Beratung zu Ihren Rechten nach dem AGG.",
                "Free advice on your rights under the General Equal Treatment Act (AGG).",
            ),
        },
    ],
}

GROUNDS = [
    # Grounds named in § 1 AGG
    {
        "code": "racism",
        "name": (
            "Rassistische Zuschreibung und ethnische Herkunft",
            "Racism and ethnic origin",
            "العنصرية والأصل العرقي",
        ),
        "description": (
            "Sie werden wegen Ihrer Hautfarbe, Ihrer Herkunft oder Ihres Namens schlechter "
            "behandelt, zum Beispiel bekommen Sie nie eine Einladung zur Wohnungsbesichtigung.",
            "You are treated worse because of your skin colour, your origin or your name, for "
            "example you are never invited to view a flat.",
            "تُعامَل معاملة أسوأ بسبب لون بشرتك أو أصلك أو اسمك، مثلًا لا تتلقى أبدًا دعوة "
            "لمعاينة شقة.",
        ),
        "in_agg": True,
    },
    {
        "code": "gender",
        "name": (
            "Geschlecht und Geschlechtsidentität",
            "Gender and gender identity",
            "الجنس والهوية الجنسانية",
        ),
        "description": (
            "Sie werden wegen Ihres Geschlechts oder Ihrer Geschlechtsidentität benachteiligt, "
            "zum Beispiel verdienen Sie für die gleiche Arbeit weniger oder verlieren wegen "
            "einer Schwangerschaft Ihre Stelle.",
            "You are disadvantaged because of your gender or gender identity, for example you "
            "earn less for the same work or lose your job because you are pregnant.",
            "تُعامَل معاملة أسوأ بسبب جنسك أو هويتك الجنسانية، مثلًا أجر أقل مقابل العمل "
            "نفسه أو فقدان الوظيفة بسبب الحمل.",
        ),
        "in_agg": True,
    },
    {
        "code": "religion",
        "name": ("Religion oder Weltanschauung", "Religion or belief", "الدين أو المعتقد"),
        "description": (
            "Sie werden wegen Ihres Glaubens oder Ihrer Weltanschauung benachteiligt, zum "
            "Beispiel bekommen Sie eine Stelle nicht, weil Sie ein Kopftuch tragen.",
            "You are disadvantaged because of your faith or belief, for example you do not get "
            "a job because you wear a headscarf.",
            "تُعامَل معاملة أسوأ بسبب دينك أو معتقدك، مثلًا حين تُرفَض امرأة في وظيفة لأنها "
            "ترتدي الحجاب.",
        ),
        "in_agg": True,
    },
    {
        "code": "disability",
        "name": (
            "Behinderung und chronische Krankheit",
            "Disability and chronic illness",
            "الإعاقة والمرض المزمن",
        ),
        "description": (
            "Sie werden wegen einer Behinderung oder einer chronischen Krankheit benachteiligt, "
            "zum Beispiel dürfen Sie mit Ihrem Assistenzhund nicht in ein Geschäft.",
            "You are disadvantaged because of a disability or a chronic illness, for example "
            "you are not allowed into a shop with your assistance dog.",
            "تُعامَل معاملة أسوأ بسبب إعاقة أو مرض مزمن، مثلًا يُمنع دخولك إلى متجر مع كلب "
            "المساعدة الخاص بك.",
        ),
        "in_agg": True,
    },
    {
        "code": "age",
        "name": ("Lebensalter", "Age", "العمر"),
        "description": (
            "Sie werden benachteiligt, weil Sie als zu jung oder zu alt gelten, zum Beispiel "
            "bekommen Sie ab einem bestimmten Alter keinen Kredit mehr.",
            "You are disadvantaged because you are seen as too young or too old, for example "
            "you can no longer get a loan once you reach a certain age.",
            "تُعامَل معاملة أسوأ لأنك تُعتبَر صغير السن جدًا أو كبير السن جدًا، مثلًا لا "
            "تحصل على قرض بعد بلوغ عمر معيّن.",
        ),
        "in_agg": True,
    },
    {
        "code": "sexual-identity",
        "name": ("Sexuelle Identität", "Sexual identity", "التوجّه الجنسي"),
        "description": (
            "Sie werden benachteiligt, weil Sie lesbisch, schwul, bisexuell oder queer sind, "
            "zum Beispiel verweigert ein Hotel Ihnen und Ihrer Partnerin oder Ihrem Partner "
            "ein Doppelzimmer.",
            "You are disadvantaged because you are lesbian, gay, bisexual or queer, for example "
            "a hotel refuses to give you and your partner a double room.",
            "تُعامَل معاملة أسوأ بسبب توجّهك الجنسي، مثلًا يرفض فندق أن يؤجّر غرفة مزدوجة "
            "لك ولشريك حياتك.",
        ),
        "in_agg": True,
    },
    # Further grounds used in counselling practice, not named in the AGG
    {
        "code": "social-status",
        "name": ("Sozialer Status", "Social status", "الوضع الاجتماعي"),
        "description": (
            "Sie werden benachteiligt, weil Sie wenig Geld haben, Bürgergeld beziehen oder "
            "wohnungslos sind, zum Beispiel sagt eine Vermieterin Ihnen sofort ab.",
            "You are disadvantaged because you have little money, receive benefits or are "
            "homeless, for example a landlord turns you down straight away.",
            "تُعامَل معاملة أسوأ لأن دخلك محدود أو لأنك تتلقى إعانات اجتماعية أو بلا مأوى، "
            "مثلًا يرفضك مؤجّر الشقة منذ البداية.",
        ),
        "in_agg": False,
    },
    {
        "code": "language",
        "name": ("Sprache", "Language", "اللغة"),
        "description": (
            "Sie werden wegen Ihrer Sprache oder Ihres Akzents benachteiligt, zum Beispiel "
            "werden Sie am Schalter nicht bedient, weil Sie noch wenig Deutsch sprechen.",
            "You are disadvantaged because of your language or accent, for example staff at a "
            "counter refuse to serve you because your German is still limited.",
            "تُعامَل معاملة أسوأ بسبب لغتك أو لكنتك، مثلًا يرفض الموظف خدمتك عند الشباك لأن "
            "لغتك الألمانية ما زالت محدودة.",
        ),
        "in_agg": False,
    },
    {
        "code": "residence-status",
        "name": (
            "Staatsangehörigkeit oder Aufenthaltsstatus",
            "Nationality or residence status",
            "الجنسية أو وضع الإقامة",
        ),
        "description": (
            "Sie werden wegen Ihrer Staatsangehörigkeit oder Ihres Aufenthaltsstatus "
            "benachteiligt, zum Beispiel verweigert Ihnen eine Bank ein Konto, weil Sie nur "
            "eine Duldung haben.",
            "You are disadvantaged because of your nationality or residence status, for "
            "example a bank refuses to open an account for you because you only have a "
            "Duldung (temporary suspension of deportation).",
            "تُعامَل معاملة أسوأ بسبب جنسيتك أو وضع إقامتك، مثلًا يرفض بنك فتح حساب لك لأنك "
            "تحمل فقط وثيقة تعليق الترحيل (Duldung).",
        ),
        "in_agg": False,
    },
    {
        "code": "appearance",
        "name": ("Aussehen", "Appearance", "المظهر"),
        "description": (
            "Sie werden wegen Ihres Aussehens benachteiligt, etwa wegen Ihres Gewichts, Ihrer "
            "Kleidung oder Ihrer Tattoos, zum Beispiel lässt der Türsteher Sie nicht in den "
            "Club.",
            "You are disadvantaged because of how you look, such as your weight, your clothes "
            "or your tattoos, for example a bouncer will not let you into a club.",
            "تُعامَل معاملة أسوأ بسبب مظهرك كوزنك أو ملابسك أو وشومك، مثلًا لا يسمح لك حارس "
            "الباب بدخول النادي الليلي.",
        ),
        "in_agg": False,
    },
    {
        "code": "family-status",
        "name": ("Familienstand", "Family status", "الحالة العائلية"),
        "description": (
            "Sie werden benachteiligt, weil Sie Kinder haben, alleinerziehend sind oder "
            "Angehörige pflegen, zum Beispiel fragt man Sie im Vorstellungsgespräch nach der "
            "Kinderbetreuung und sagt Ihnen danach ab.",
            "You are disadvantaged because you have children, are a single parent or care for "
            "a relative, for example you are asked about childcare at a job interview and then "
            "turned down.",
            "تُعامَل معاملة أسوأ لأن لديك أطفالًا أو لأنك تربّي أطفالك وحدك أو ترعى أحد "
            "أقاربك، مثلًا تُسأل في مقابلة العمل عن رعاية أطفالك ثم تُرفَض.",
        ),
        "in_agg": False,
    },
]

LIFE_AREAS = [
    {
        "code": "work",
        "name": ("Arbeit", "Work", "العمل"),
        "description": (
            "Bei der Bewerbung, im Job oder in der Ausbildung, zum Beispiel abwertende Sprüche "
            "von Kolleg:innen oder eine Beförderung, die Ihnen ohne Grund verwehrt wird.",
            "When applying, at work or during vocational training, for example demeaning "
            "remarks from colleagues or a promotion you are denied for no reason.",
            "عند التقدّم لوظيفة أو في مكان العمل أو خلال التدريب المهني، مثلًا تعليقات مهينة "
            "من الزملاء أو حرمانك من ترقية دون سبب.",
        ),
    },
    {
        "code": "housing",
        "name": ("Wohnen", "Housing", "السكن"),
        "description": (
            "Bei der Wohnungssuche und im Mietverhältnis, zum Beispiel Absagen wegen Ihres "
            "Namens oder Schikanen durch Nachbar:innen.",
            "When looking for a flat and as a tenant, for example rejections because of your "
            "name or harassment by neighbours.",
            "عند البحث عن شقة وخلال فترة الإيجار، مثلًا الرفض بسبب اسمك أو المضايقات من الجيران.",
        ),
    },
    {
        "code": "education",
        "name": ("Schule und Bildung", "School and education", "المدرسة والتعليم"),
        "description": (
            "In Kita, Schule, Hochschule oder Sprachkurs, zum Beispiel eine Schulempfehlung, "
            "die nicht zu den Noten Ihres Kindes passt, oder Mobbing durch Mitschüler:innen.",
            "At nursery, school, university or a language course, for example a school "
            "recommendation that does not match your child's marks, or bullying by classmates.",
            "في الحضانة أو المدرسة أو الجامعة أو دورة اللغة، مثلًا توصية مدرسية لا تتناسب مع "
            "علامات طفلك، أو التنمّر من زملاء الصف.",
        ),
    },
    {
        "code": "authorities",
        "name": (
            "Ämter und Behörden",
            "Public offices and authorities",
            "الدوائر والسلطات الحكومية",
        ),
        "description": (
            "Beim Jobcenter, bei der Ausländerbehörde oder bei anderen Ämtern, zum Beispiel "
            "wenn man Sie herablassend behandelt oder Ihnen ohne Dolmetschung wichtige "
            "Informationen fehlen.",
            "At the job centre, the immigration office or other public offices, for example "
            "when you are treated condescendingly or miss important information because no "
            "interpreter is provided.",
            "في مركز التوظيف (Jobcenter) أو دائرة الأجانب أو غيرها من الدوائر، مثلًا حين "
            "تُعامَل بتعالٍ أو لا تحصل على معلومات مهمة لعدم توفير مترجم.",
        ),
    },
    {
        "code": "police-justice",
        "name": ("Polizei und Justiz", "Police and justice", "الشرطة والقضاء"),
        "description": (
            "Im Kontakt mit Polizei, Gerichten oder Staatsanwaltschaft, zum Beispiel wenn Sie "
            "ohne Anlass immer wieder kontrolliert werden oder Ihre Anzeige nicht ernst "
            "genommen wird.",
            "In dealings with the police, the courts or public prosecutors, for example when "
            "you are stopped again and again for no reason or your report is not taken "
            "seriously.",
            "في التعامل مع الشرطة أو المحاكم أو النيابة العامة، مثلًا حين تُوقَف للتفتيش مرارًا "
            "دون سبب أو لا يُؤخذ بلاغك على محمل الجد.",
        ),
    },
    {
        "code": "health",
        "name": ("Gesundheit", "Health", "الصحة"),
        "description": (
            "In Arztpraxis, Krankenhaus, Therapie oder Pflege, zum Beispiel wenn Ihre "
            "Beschwerden nicht ernst genommen werden oder Sie keinen Termin bekommen.",
            "At the doctor's, in hospital, in therapy or in care, for example when your "
            "symptoms are not taken seriously or you cannot get an appointment.",
            "في عيادة الطبيب أو المستشفى أو أثناء العلاج أو الرعاية، مثلًا حين لا تؤخذ شكواك "
            "الصحية على محمل الجد أو لا تحصل على موعد.",
        ),
    },
    {
        "code": "goods-leisure",
        "name": (
            "Einkaufen, Dienstleistungen und Freizeit",
            "Shopping, services and leisure",
            "التسوّق والخدمات وأوقات الفراغ",
        ),
        "description": (
            "Im Geschäft, bei Bank und Versicherung, im Restaurant, Club oder Sportverein, zum "
            "Beispiel wenn Sie an der Tür abgewiesen werden oder einen schlechteren Vertrag "
            "bekommen.",
            "In shops, at banks and insurers, in restaurants, clubs or sports clubs, for "
            "example when you are turned away at the door or offered a worse contract.",
            "في المتاجر والبنوك وشركات التأمين والمطاعم والنوادي الليلية والأندية الرياضية، "
            "مثلًا حين تُمنَع من الدخول عند الباب أو يُعرَض عليك عقد بشروط أسوأ.",
        ),
    },
    {
        "code": "online",
        "name": (
            "Internet und soziale Medien",
            "Internet and social media",
            "الإنترنت ووسائل التواصل الاجتماعي",
        ),
        "description": (
            "In sozialen Netzwerken, Foren, Chats und Online-Spielen, zum Beispiel "
            "Hasskommentare, Drohungen oder Bilder, die ohne Ihr Einverständnis verbreitet "
            "werden.",
            "On social networks, forums, chats and online games, for example hate comments, "
            "threats or pictures shared without your consent.",
            "على شبكات التواصل الاجتماعي والمنتديات وغرف الدردشة والألعاب الإلكترونية، مثلًا "
            "تعليقات الكراهية أو التهديدات أو نشر صورك دون موافقتك.",
        ),
    },
]

SERVICES = [
    {
        "slug": "offene-antidiskriminierungsberatung",
        "name": ("Offene Antidiskriminierungsberatung", "Open anti-discrimination counselling"),
        "provider": (
            "Trave-Brücke – Verein für Gleichbehandlung e. V.",
            "Trave-Brücke equal treatment association",
        ),
        "description": (
            "Wir beraten Sie bei jeder Form von Diskriminierung, egal wo sie passiert ist. "
            "Gemeinsam überlegen wir, was Sie tun können, und begleiten Sie auf Wunsch bei "
            "Gesprächen, Beschwerden oder vor Gericht.",
            "We advise you on any kind of discrimination, wherever it happened. Together we "
            "work out what you can do and, if you wish, support you in meetings, complaints or "
            "court proceedings.",
        ),
        "grounds": [
            "racism",
            "gender",
            "religion",
            "disability",
            "age",
            "sexual-identity",
            "social-status",
            "language",
            "residence-status",
            "appearance",
            "family-status",
        ],
        "life_areas": [
            "work",
            "housing",
            "education",
            "authorities",
            "police-justice",
            "health",
            "goods-leisure",
            "online",
        ],
        "languages": ["de", "en", "ar", "tr", "fa", "ru"],
        "formats": ["in_person", "by_phone", "by_video", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Mühlenstraße 58\n23552 Lübeck",
        "opening_hours": (
            "Mo bis Do 10–16 Uhr, offene Sprechstunde Mi 14–18 Uhr",
            "Mon to Thu 10 am – 4 pm, drop-in hours Wed 2–6 pm",
        ),
        "email": "beratung@trave-bruecke.example.org",
        "phone": "+49 451 000 01 01",
        "website": "https://trave-bruecke.example.org/",
    },
    {
        "slug": "beratung-gleichberechtigt-im-job",
        "name": ("Beratung Gleichberechtigt im Job", "Equal at work counselling"),
        "provider": (
            "Frauenwerkstatt Holstenhafen e. V.",
            "Holstenhafen women's workshop association",
        ),
        "description": (
            "Wir beraten Frauen sowie trans*, inter* und nicht-binäre Menschen, die im Job "
            "wegen ihres Geschlechts benachteiligt werden, etwa beim Lohn, in der "
            "Schwangerschaft oder bei sexueller Belästigung. Wir erklären Ihre Rechte und "
            "helfen Ihnen, Fristen einzuhalten.",
            "We advise women and trans, inter and non-binary people who are disadvantaged at "
            "work because of their gender, for example over pay, during pregnancy or through "
            "sexual harassment. We explain your rights and help you meet deadlines.",
        ),
        "grounds": ["gender"],
        "life_areas": ["work"],
        "languages": ["de", "en", "tr", "ru"],
        "formats": ["in_person", "by_phone", "by_video"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": False,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Große Burgstraße 31\n23552 Lübeck",
        "opening_hours": (
            "Mo 9–12 Uhr und Do 15–18 Uhr, Termine nach Vereinbarung",
            "Mon 9 am – 12 noon and Thu 3–6 pm, appointments on request",
        ),
        "email": "beratung@frauenwerkstatt-holstenhafen.example.org",
        "phone": "+49 451 000 01 02",
        "website": "https://frauenwerkstatt-holstenhafen.example.org/",
    },
    {
        "slug": "teilhabe-lotsen",
        "name": (
            "Teilhabe-Lotsen: Ihr Recht bei Ämtern",
            "Participation guides: your rights with public offices",
        ),
        "provider": (
            "Barrierebruch – Selbsthilfe behinderter Menschen e. V.",
            "Barrierebruch self-help association of disabled people",
        ),
        "description": (
            "Hier beraten Menschen mit Behinderung andere Menschen mit Behinderung oder "
            "chronischer Krankheit, wenn Ämter Anträge ablehnen, Unterlagen nicht barrierefrei "
            "sind oder man Sie herablassend behandelt. Wir helfen beim Widerspruch und kommen "
            "auf Wunsch auch zu Ihnen nach Hause.",
            "Here, disabled people advise others with a disability or chronic illness when "
            "public offices turn down applications, documents are not accessible or staff "
            "treat you condescendingly. We help you appeal and can also visit you at home.",
        ),
        "grounds": ["disability"],
        "life_areas": ["authorities"],
        "languages": ["de", "en", "uk"],
        "formats": ["in_person", "by_video", "by_email_or_chat", "outreach"],
        "free_of_charge": True,
        "anonymous": False,
        "independent": True,
        "step_free": True,
        "sign_language": True,
        "region": "Lübeck",
        "address": "Kronsforder Allee 71\n23560 Lübeck",
        "opening_hours": (
            "Mo, Mi und Fr 9–13 Uhr, Hausbesuche nach Vereinbarung",
            "Mon, Wed and Fri 9 am – 1 pm, home visits on request",
        ),
        "email": "lotsen@barrierebruch.example.org",
        "phone": "+49 451 000 01 03",
        "website": "https://barrierebruch.example.org/",
    },
    {
        "slug": "fair-in-der-schule",
        "name": (
            "Fair in der Schule – Beratung für junge Menschen",
            "Fair at school – counselling for young people",
        ),
        "provider": ("Jugendnetz Wakenitzwelle e. V.", "Wakenitzwelle youth network"),
        "description": (
            "Hier bekommen Schüler:innen, Auszubildende und ihre Eltern Hilfe, wenn sie in der "
            "Schule oder online ausgegrenzt, beleidigt oder ungerecht benotet werden. Wir hören "
            "zu, sprechen auf Wunsch mit der Schule und kommen auch in Schulklassen.",
            "Pupils, apprentices and their parents get help here when they are left out, "
            "insulted or marked unfairly at school or online. We listen, talk to the school if "
            "you want us to, and also visit classes.",
        ),
        "grounds": [
            "racism",
            "gender",
            "religion",
            "disability",
            "sexual-identity",
            "language",
            "appearance",
        ],
        "life_areas": ["education", "online"],
        "languages": ["de", "en", "ar", "tr", "uk"],
        "formats": ["in_person", "by_email_or_chat", "outreach"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Moislinger Allee 12\n23558 Lübeck",
        "opening_hours": (
            "Mo bis Fr 13–18 Uhr, Chat Mo bis Do 16–20 Uhr",
            "Mon to Fri 1–6 pm, chat Mon to Thu 4–8 pm",
        ),
        "email": "fair@wakenitzwelle.example.org",
        "phone": "+49 451 000 01 04",
        "website": "https://wakenitzwelle.example.org/",
    },
    {
        "slug": "gleiche-chancen-beim-wohnen",
        "name": ("Beratung Gleiche Chancen beim Wohnen", "Equal chances in housing counselling"),
        "provider": ("Mietertreff Lindenplatz e. V.", "Lindenplatz tenants' association"),
        "description": (
            "Wir helfen, wenn Sie bei der Wohnungssuche oder als Mieter:in benachteiligt "
            "werden, zum Beispiel wegen Ihres Namens, Ihrer Kinder oder weil Sie Bürgergeld "
            "beziehen. Mit Testanfragen prüfen wir, ob ein Vermieter diskriminiert, und "
            "unterstützen Sie bei Beschwerden.",
            "We help when you are disadvantaged while looking for a flat or as a tenant, for "
            "example because of your name, your children or because you receive benefits. We "
            "use test enquiries to check whether a landlord discriminates and support you with "
            "complaints.",
        ),
        "grounds": ["racism", "disability", "social-status", "residence-status", "family-status"],
        "life_areas": ["housing"],
        "languages": ["de", "en", "ar", "ru", "pl", "ro", "bg"],
        "formats": ["in_person", "by_phone", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": False,
        "independent": True,
        "step_free": False,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Lindenplatz 9\n23554 Lübeck",
        "opening_hours": (
            "Di 10–13 Uhr und Do 14–18 Uhr",
            "Tue 10 am – 1 pm and Thu 2–6 pm",
        ),
        "email": "wohnen@mietertreff-lindenplatz.example.org",
        "phone": "+49 451 000 01 05",
        "website": "https://mietertreff-lindenplatz.example.org/",
    },
    {
        "slug": "meldestelle-klickwache",
        "name": (
            "Meldestelle Klickwache gegen Hass im Netz",
            "Klickwache reporting centre for online hate",
        ),
        "provider": ("Klickwache Nord e. V.", "Klickwache Nord association"),
        "description": (
            "Hier melden Sie Hasskommentare, Drohungen und diskriminierende Beiträge aus dem "
            "Internet, auf Wunsch auch anonym. Wir sichern Beweise, prüfen, ob eine Straftat "
            "vorliegt, und helfen Ihnen, Inhalte löschen zu lassen oder Anzeige zu erstatten.",
            "Here you can report hate comments, threats and discriminatory posts from the "
            "internet, anonymously if you wish. We secure evidence, check whether a crime has "
            "been committed and help you get content removed or report it to the police.",
        ),
        "grounds": ["racism", "gender", "religion", "disability", "sexual-identity", "appearance"],
        "life_areas": ["online", "police-justice"],
        "languages": ["de", "en", "ar", "tr", "fa", "uk", "ru"],
        "formats": ["by_video", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": True,
        "region": "bundesweit",
        "address": "",
        "opening_hours": (
            "Meldeformular rund um die Uhr, Videoberatung Mo bis Fr 10–17 Uhr",
            "Reporting form around the clock, video counselling Mon to Fri 10 am – 5 pm",
        ),
        "email": "melden@klickwache.example.org",
        "phone": "+49 451 000 01 06",
        "website": "https://klickwache.example.org/",
    },
    {
        "slug": "beratung-gefluechtete-aufenthalt-aemter",
        "name": (
            "Beratung für Geflüchtete: Aufenthalt und Ämter",
            "Counselling for refugees: residence and public offices",
        ),
        "provider": ("Willkommensnetz Hafenlicht e. V.", "Hafenlicht welcome network"),
        "description": (
            "Wir unterstützen Geflüchtete, die bei der Ausländerbehörde, im Jobcenter oder in "
            "der Unterkunft schlechter behandelt werden als andere. Wir erklären Bescheide, "
            "helfen bei Beschwerden und vermitteln Anwält:innen für Aufenthaltsrecht.",
            "We support refugees who are treated worse than others at the immigration office, "
            "the job centre or in their accommodation. We explain official decisions, help "
            "with complaints and put you in touch with lawyers for residence law.",
        ),
        "grounds": ["racism", "language", "residence-status"],
        "life_areas": ["authorities", "housing", "police-justice"],
        "languages": ["de", "en", "ar", "fa", "prs", "ps", "ti", "so", "kmr"],
        "formats": ["in_person", "by_phone", "outreach"],
        "free_of_charge": True,
        "anonymous": False,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Fackenburger Allee 40\n23554 Lübeck",
        "opening_hours": (
            "Mo und Mi 9–15 Uhr, Sprechstunden in Unterkünften nach Aushang",
            "Mon and Wed 9 am – 3 pm, consultation hours in shared accommodation as posted",
        ),
        "email": "beratung@hafenlicht.example.org",
        "phone": "+49 451 000 01 07",
        "website": "https://hafenlicht.example.org/",
    },
    {
        "slug": "agg-beschwerdestelle-klinikverbund",
        "name": (
            "AGG-Beschwerdestelle des Klinikverbunds",
            "AGG complaints office of the hospital group",
        ),
        "provider": ("Klinikverbund Wakenitzufer gGmbH", "Wakenitzufer hospital group"),
        "description": (
            "Beschäftigte und Patient:innen der Kliniken können sich hier beschweren, wenn sie "
            "im Haus benachteiligt oder belästigt wurden. Die Stelle gehört zum Klinikverbund, "
            "muss aber jeder Beschwerde nachgehen, und wegen Ihrer Beschwerde darf Ihnen kein "
            "Nachteil entstehen.",
            "Staff and patients of the hospitals can complain here if they were disadvantaged "
            "or harassed on the premises. The office belongs to the hospital group but must "
            "look into every complaint, and you must not suffer any disadvantage for "
            "complaining.",
        ),
        "grounds": ["racism", "gender", "religion", "disability", "age", "sexual-identity"],
        "life_areas": ["work", "health"],
        "languages": ["de", "en", "pl", "ro", "ru", "uk"],
        "formats": ["in_person", "by_phone", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": False,
        "independent": False,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Wakenitzufer 5\n23564 Lübeck",
        "opening_hours": (
            "Mo bis Fr 8–15 Uhr, Termine nach Vereinbarung",
            "Mon to Fri 8 am – 3 pm, appointments on request",
        ),
        "email": "agg-beschwerde@klinikverbund-wakenitzufer.example.org",
        "phone": "+49 451 000 01 08",
        "website": "https://klinikverbund-wakenitzufer.example.org/",
    },
    {
        "slug": "ombudsstelle-hochschule-klingenberg",
        "name": ("Ombudsstelle für Gleichbehandlung", "Ombuds office for equal treatment"),
        "provider": ("Private Hochschule am Klingenberg", "Klingenberg private university"),
        "description": (
            "Studierende, Lehrende und Beschäftigte der Hochschule finden hier ein offenes Ohr, "
            "wenn sie im Studium, in Prüfungen oder bei der Arbeit benachteiligt werden. Die "
            "Ombudsperson ist an keine Weisungen gebunden, wird aber von der Hochschule "
            "bestellt.",
            "Students, teaching staff and employees of the university find a sympathetic ear "
            "here if they are disadvantaged in their studies, in exams or at work. The "
            "ombudsperson does not take instructions but is appointed by the university.",
        ),
        "grounds": [
            "racism",
            "gender",
            "religion",
            "disability",
            "sexual-identity",
            "family-status",
        ],
        "life_areas": ["education", "work"],
        "languages": ["de", "en", "fr", "es", "zh"],
        "formats": ["in_person", "by_video", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": False,
        "step_free": False,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Klingenberg 6\n23552 Lübeck",
        "opening_hours": (
            "In der Vorlesungszeit Di 12–14 Uhr, sonst nach Vereinbarung",
            "During term Tue 12 noon – 2 pm, otherwise by appointment",
        ),
        "email": "ombudsstelle@hochschule-klingenberg.example.org",
        "phone": "+49 451 000 01 09",
        "website": "https://hochschule-klingenberg.example.org/",
    },
    {
        "slug": "beratung-nach-polizeikontakten",
        "name": (
            "Beratung nach Polizeikontakten",
            "Counselling after encounters with the police",
        ),
        "provider": ("Initiative Burgtor-Blick e. V.", "Burgtor-Blick initiative"),
        "description": (
            "Wir hören Ihnen zu, wenn Polizei, Ordnungsdienst oder Justiz Sie respektlos "
            "behandelt oder ohne Grund kontrolliert haben. Wir halten mit Ihnen fest, was "
            "passiert ist, und besprechen, ob Sie sich beschweren oder Anzeige erstatten "
            "möchten.",
            "We listen when the police, public order staff or the justice system treated you "
            "without respect or stopped you for no reason. We help you write down what "
            "happened and discuss whether you want to make a complaint or press charges.",
        ),
        "grounds": ["racism", "religion", "sexual-identity", "residence-status", "appearance"],
        "life_areas": ["police-justice", "authorities"],
        "languages": ["de", "en", "ar", "fa", "tr", "kmr", "fr"],
        "formats": ["in_person", "by_phone", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": False,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Hüxstraße 87\n23552 Lübeck",
        "opening_hours": ("Mi 16–19 Uhr und nach Vereinbarung", "Wed 4–7 pm and by appointment"),
        "email": "kontakt@burgtor-blick.example.org",
        "phone": "+49 451 000 01 10",
        "website": "https://burgtor-blick.example.org/",
    },
    {
        "slug": "fair-behandelt-gesundheit-pflege",
        "name": (
            "Fair behandelt – Beratung zu Gesundheit und Pflege",
            "Treated fairly – counselling on health and care",
        ),
        "provider": ("Gesundheitsladen Marli e. V.", "Marli community health association"),
        "description": (
            "Wir beraten Sie, wenn Sie in Arztpraxis, Krankenhaus, Therapie oder Pflege "
            "benachteiligt wurden, etwa weil niemand für Sie übersetzt oder Ihre Beschwerden "
            "nicht ernst genommen werden. Wir helfen bei Beschwerden an Praxis, Klinik oder "
            "Krankenkasse.",
            "We advise you if you were disadvantaged at a doctor's practice, in hospital, in "
            "therapy or in care, for example because no one interprets for you or your "
            "symptoms are not taken seriously. We help you complain to the practice, the "
            "hospital or your health insurer.",
        ),
        "grounds": [
            "racism",
            "gender",
            "disability",
            "age",
            "sexual-identity",
            "social-status",
            "language",
            "residence-status",
        ],
        "life_areas": ["health", "authorities"],
        "languages": ["de", "en", "ar", "ru", "uk", "tr", "vi"],
        "formats": ["in_person", "by_phone", "by_video"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Marliring 20\n23566 Lübeck",
        "opening_hours": ("Di 9–13 Uhr und Do 14–18 Uhr", "Tue 9 am – 1 pm and Thu 2–6 pm"),
        "email": "fair@gesundheitsladen-marli.example.org",
        "phone": "+49 451 000 01 11",
        "website": "https://gesundheitsladen-marli.example.org/",
    },
    {
        "slug": "landesweite-beratung-rassismus",
        "name": ("Landesweite Beratung bei Rassismus", "State-wide counselling on racism"),
        "provider": ("Bündnis Fördestimme e. V.", "Fördestimme alliance"),
        "description": (
            "Wir beraten Menschen in ganz Schleswig-Holstein, die rassistisch beleidigt, "
            "benachteiligt oder angegriffen wurden. Einmal im Monat haben wir eine Sprechstunde "
            "in Lübeck, sonst beraten wir telefonisch, per Video oder im Chat.",
            "We advise people throughout Schleswig-Holstein who have been racially insulted, "
            "disadvantaged or attacked. Once a month we hold consultation hours in Lübeck; "
            "otherwise we advise by phone, video or chat.",
        ),
        "grounds": ["racism", "religion", "language", "residence-status"],
        "life_areas": [
            "work",
            "housing",
            "education",
            "authorities",
            "police-justice",
            "goods-leisure",
        ],
        "languages": ["de", "en", "ar", "fa", "tr", "ti", "so", "fr"],
        "formats": ["by_phone", "by_video", "by_email_or_chat", "outreach"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Schleswig-Holstein",
        "address": "Holstenstraße 88\n24103 Kiel",
        "opening_hours": (
            "Mo bis Fr 10–16 Uhr, in Lübeck jeden ersten Dienstag im Monat",
            "Mon to Fri 10 am – 4 pm, in Lübeck on the first Tuesday of every month",
        ),
        "email": "beratung@foerdestimme.example.org",
        "phone": "+49 451 000 01 12",
        "website": "https://foerdestimme.example.org/",
    },
    {
        "slug": "beratung-fuer-queere-menschen",
        "name": ("Beratung für queere Menschen", "Counselling for queer people"),
        "provider": ("Regenbogenkompass Holstein e. V.", "Regenbogenkompass Holstein association"),
        "description": (
            "Lesbische, schwule, bisexuelle, trans*, inter* und queere Menschen finden hier "
            "Beratung, wenn sie angefeindet oder benachteiligt werden. Viele unserer "
            "Berater:innen sind selbst queer und kennen Ihre Lage aus eigener Erfahrung.",
            "Lesbian, gay, bisexual, trans, inter and queer people get advice here if they face "
            "hostility or discrimination. Many of our counsellors are queer themselves and know "
            "your situation from their own experience.",
        ),
        "grounds": ["gender", "sexual-identity"],
        "life_areas": ["work", "health", "authorities", "goods-leisure", "online"],
        "languages": ["de", "en", "ru", "uk", "es"],
        "formats": ["in_person", "by_phone", "by_video", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Schleswig-Holstein",
        "address": "Dänische Straße 51\n24103 Kiel",
        "opening_hours": (
            "Mo und Do 15–20 Uhr, Chat Fr 17–21 Uhr",
            "Mon and Thu 3–8 pm, chat Fri 5–9 pm",
        ),
        "email": "beratung@regenbogenkompass.example.org",
        "phone": "+49 451 000 01 13",
        "website": "https://regenbogenkompass.example.org/",
    },
    {
        "slug": "beratung-in-gebaerdensprache",
        "name": (
            "Antidiskriminierungsberatung in Gebärdensprache",
            "Anti-discrimination counselling in sign language",
        ),
        "provider": ("Gebärdenwerk Ostsee e. V.", "Gebärdenwerk Ostsee association"),
        "description": (
            "Taube und schwerhörige Menschen werden hier von Berater:innen beraten, die selbst "
            "taub sind und mit Ihnen in Deutscher Gebärdensprache sprechen. Wir helfen, wenn "
            "Ihnen eine Dolmetschung verweigert wird oder Angebote für Sie nicht zugänglich "
            "sind.",
            "Deaf and hard-of-hearing people are advised here by counsellors who are deaf "
            "themselves and talk to you in German Sign Language. We help when you are refused "
            "an interpreter or when services are not accessible to you.",
        ),
        "grounds": ["disability", "language"],
        "life_areas": ["work", "education", "health", "authorities", "goods-leisure"],
        "languages": ["de", "en"],
        "formats": ["by_video", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": True,
        "region": "bundesweit",
        "address": "",
        "opening_hours": (
            "Videoberatung Di bis Do 10–18 Uhr",
            "Video counselling Tue to Thu 10 am – 6 pm",
        ),
        "email": "beratung@gebaerdenwerk.example.org",
        "phone": "+49 451 000 01 14",
        "website": "https://gebaerdenwerk.example.org/",
    },
    {
        "slug": "beratung-bei-religioeser-anfeindung",
        "name": ("Beratung bei religiöser Anfeindung", "Counselling on religious hostility"),
        "provider": ("Begegnungshaus Dreiklang e. V.", "Dreiklang meeting house association"),
        "description": (
            "Wir beraten Musliminnen und Muslime, Jüdinnen und Juden und alle anderen, die "
            "wegen ihres Glaubens angefeindet werden oder weil man ihnen einen Glauben "
            "zuschreibt. Wir begleiten Sie zu Gesprächen mit Arbeitgebern, Schulen oder "
            "Vermietern und dokumentieren Vorfälle.",
            "We advise Muslims, Jews and anyone else who faces hostility because of their "
            "faith, or because others assume they hold a particular faith. We go with you to "
            "meetings with employers, schools or landlords and document incidents.",
        ),
        "grounds": ["religion", "racism", "gender"],
        "life_areas": ["work", "education", "housing", "goods-leisure", "online"],
        "languages": ["de", "en", "ar", "tr", "bs", "sq", "fa", "ru"],
        "formats": ["in_person", "by_phone", "outreach"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Glockengießerstraße 64\n23552 Lübeck",
        "opening_hours": ("Di 14–18 Uhr und Fr 10–13 Uhr", "Tue 2–6 pm and Fri 10 am – 1 pm"),
        "email": "beratung@dreiklang.example.org",
        "phone": "+49 451 000 01 15",
        "website": "https://dreiklang.example.org/",
    },
    {
        "slug": "beratung-beschaeftigte-mittel-osteuropa",
        "name": (
            "Beratung für Beschäftigte aus Mittel- und Osteuropa",
            "Counselling for workers from Central and Eastern Europe",
        ),
        "provider": (
            "Arbeitnehmerhilfe Ostseebrücke e. V.",
            "Ostseebrücke workers' aid association",
        ),
        "description": (
            "Wir beraten Menschen, die zum Arbeiten nach Schleswig-Holstein gekommen sind, "
            "etwa in Fleischindustrie, Pflege, Logistik oder auf dem Bau. Wir helfen in Ihrer "
            "Sprache bei vorenthaltenem Lohn, schlechten Unterkünften und Problemen mit Ämtern.",
            "We advise people who have come to Schleswig-Holstein to work, for example in meat "
            "processing, care, logistics or construction. We help in your language with unpaid "
            "wages, poor accommodation and problems with public offices.",
        ),
        "grounds": ["racism", "social-status", "language", "residence-status"],
        "life_areas": ["work", "housing", "authorities"],
        "languages": ["de", "pl", "ro", "bg", "ru", "uk"],
        "formats": ["in_person", "by_phone", "outreach"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Lübeck",
        "address": "Schwartauer Allee 121\n23554 Lübeck",
        "opening_hours": (
            "Mo bis Fr 16–19 Uhr, Sa 10–13 Uhr",
            "Mon to Fri 4–7 pm, Sat 10 am – 1 pm",
        ),
        "email": "beratung@ostseebruecke.example.org",
        "phone": "+49 451 000 01 16",
        "website": "https://ostseebruecke.example.org/",
    },
    {
        "slug": "aelter-werden-ohne-ausgrenzung",
        "name": (
            "Beratung Älter werden ohne Ausgrenzung",
            "Growing older without exclusion – counselling",
        ),
        "provider": (
            "Seniorenbüro Schwartau-Aue e. V.",
            "Schwartau-Aue senior citizens' association",
        ),
        "description": (
            "Wir helfen älteren Menschen und pflegenden Angehörigen, die wegen ihres Alters, "
            "einer Behinderung oder ihrer Familiensituation benachteiligt werden, etwa bei "
            "Kredit, Versicherung oder Wohnungssuche. Auf Wunsch besuchen wir Sie in ganz "
            "Ostholstein zu Hause.",
            "We help older people and family carers who are disadvantaged because of their "
            "age, a disability or their family situation, for example when applying for a loan "
            "or insurance or looking for a flat. If you wish, we visit you at home anywhere in "
            "Ostholstein.",
        ),
        "grounds": ["age", "disability", "family-status", "social-status"],
        "life_areas": ["goods-leisure", "housing", "health", "authorities"],
        "languages": ["de", "en", "ru", "pl"],
        "formats": ["in_person", "by_phone", "outreach"],
        "free_of_charge": True,
        "anonymous": False,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "Kreis Ostholstein",
        "address": "Lübecker Straße 92\n23611 Bad Schwartau",
        "opening_hours": (
            "Mo, Di und Do 9–12 Uhr, Hausbesuche nach Absprache",
            "Mon, Tue and Thu 9 am – 12 noon, home visits by arrangement",
        ),
        "email": "beratung@seniorenbuero-schwartau-aue.example.org",
        "phone": "+49 451 000 01 17",
        "website": "https://seniorenbuero-schwartau-aue.example.org/",
    },
    {
        "slug": "mehrsprachiger-beratungschat",
        "name": (
            "Mehrsprachiger Beratungschat gegen Diskriminierung",
            "Multilingual anti-discrimination counselling chat",
        ),
        "provider": ("Chatlotsen Vielklang gGmbH", "Vielklang chat guides"),
        "description": (
            "Im Chat oder per Video sprechen Sie mit geschulten Berater:innen in Ihrer Sprache, "
            "ohne Ihren Namen zu nennen. Sie bekommen eine erste Einschätzung und Adressen von "
            "Beratungsstellen in Ihrer Nähe.",
            "By chat or video you talk to trained counsellors in your language without giving "
            "your name. You get an initial assessment and the addresses of counselling services "
            "near you.",
        ),
        "grounds": [
            "racism",
            "gender",
            "religion",
            "disability",
            "age",
            "sexual-identity",
            "language",
            "residence-status",
        ],
        "life_areas": [
            "work",
            "housing",
            "education",
            "authorities",
            "health",
            "goods-leisure",
            "online",
        ],
        "languages": [
            "de",
            "en",
            "ar",
            "fa",
            "prs",
            "ps",
            "tr",
            "uk",
            "ru",
            "ti",
            "so",
            "fr",
            "es",
            "pt",
            "vi",
            "zh",
        ],
        "formats": ["by_video", "by_email_or_chat"],
        "free_of_charge": True,
        "anonymous": True,
        "independent": True,
        "step_free": True,
        "sign_language": False,
        "region": "bundesweit",
        "address": "",
        "opening_hours": (
            "Mo bis Fr 9–21 Uhr, Sa 10–16 Uhr",
            "Mon to Fri 9 am – 9 pm, Sat 10 am – 4 pm",
        ),
        "email": "chat@vielklang.example.org",
        "phone": "+49 451 000 01 18",
        "website": "https://vielklang.example.org/",
    },
]
