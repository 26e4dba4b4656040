"""Demo content for the depesche newsroom.

Pure data, read by the management command that loads the demo newsroom.
All people, companies, clubs and organisations named in the articles are fictional
(except public institutions such as the Bundesrat); real places only serve as settings.
Reader-facing text follows Swiss German conventions: "ss" instead of sharp s,
apostrophe as thousands separator (10'000) and guillemets for quotes.
"""

from __future__ import annotations

# Sections of the portal, in navigation order.
SECTIONS = [
    {
        "name": "News",
        "slug": "news",
        "description": (
            "Die wichtigsten Nachrichten des Tages aus der Schweiz und der Welt, laufend "
            "aktualisiert."
        ),
    },
    {
        "name": "Schweiz",
        "slug": "schweiz",
        "description": (
            "Politik, Gesellschaft und Regionales aus allen Landesteilen: vom Bundeshaus bis in "
            "die Gemeinden."
        ),
    },
    {
        "name": "Sport",
        "slug": "sport",
        "description": (
            "Resultate, Hintergründe und Stimmen aus Fussball, Eishockey, Ski alpin und vielen "
            "weiteren Sportarten."
        ),
    },
    {
        "name": "Wirtschaft",
        "slug": "wirtschaft",
        "description": (
            "Unternehmen, Märkte, Arbeit und Konsum: was die Schweizer Wirtschaft bewegt und was "
            "es für Ihr Portemonnaie bedeutet."
        ),
    },
    {
        "name": "Unterhaltung",
        "slug": "unterhaltung",
        "description": (
            "Musik, Film, Serien, Kultur und Ausgehtipps aus der Schweiz und von internationalen "
            "Bühnen."
        ),
    },
    {
        "name": "Digital",
        "slug": "digital",
        "description": (
            "Technologie, künstliche Intelligenz, Datenschutz und Cybersicherheit verständlich "
            "erklärt."
        ),
    },
]


# Region tree as nested tuples: (name, kind, [children]).
# kind is one of "world", "continent", "country", "canton", "municipality".
# Names are unique across the whole tree (hence "Zürich (Stadt)" etc.).
REGIONS = (
    "Welt",
    "world",
    [
        (
            "Europa",
            "continent",
            [
                (
                    "Schweiz",
                    "country",
                    [
                        (
                            "Zürich",
                            "canton",
                            [
                                ("Zürich (Stadt)", "municipality", []),
                                ("Winterthur", "municipality", []),
                                ("Meilen", "municipality", []),
                            ],
                        ),
                        (
                            "Bern",
                            "canton",
                            [
                                ("Bern (Stadt)", "municipality", []),
                                ("Thun", "municipality", []),
                                ("Biel/Bienne", "municipality", []),
                            ],
                        ),
                        (
                            "Luzern",
                            "canton",
                            [
                                ("Luzern (Stadt)", "municipality", []),
                                ("Kriens", "municipality", []),
                            ],
                        ),
                        ("Uri", "canton", []),
                        ("Schwyz", "canton", [("Einsiedeln", "municipality", [])]),
                        ("Obwalden", "canton", []),
                        ("Nidwalden", "canton", []),
                        ("Glarus", "canton", []),
                        (
                            "Zug",
                            "canton",
                            [("Zug (Stadt)", "municipality", []), ("Baar", "municipality", [])],
                        ),
                        ("Freiburg", "canton", []),
                        ("Solothurn", "canton", []),
                        ("Basel-Stadt", "canton", [("Basel", "municipality", [])]),
                        ("Basel-Landschaft", "canton", []),
                        ("Schaffhausen", "canton", []),
                        ("Appenzell Ausserrhoden", "canton", []),
                        ("Appenzell Innerrhoden", "canton", []),
                        (
                            "St. Gallen",
                            "canton",
                            [
                                ("St. Gallen (Stadt)", "municipality", []),
                                ("Rapperswil-Jona", "municipality", []),
                            ],
                        ),
                        (
                            "Graubünden",
                            "canton",
                            [("Chur", "municipality", []), ("Davos", "municipality", [])],
                        ),
                        ("Aargau", "canton", []),
                        ("Thurgau", "canton", []),
                        (
                            "Tessin",
                            "canton",
                            [("Lugano", "municipality", []), ("Bellinzona", "municipality", [])],
                        ),
                        ("Waadt", "canton", [("Lausanne", "municipality", [])]),
                        (
                            "Wallis",
                            "canton",
                            [("Sitten", "municipality", []), ("Zermatt", "municipality", [])],
                        ),
                        ("Neuenburg", "canton", []),
                        ("Genf", "canton", [("Genf (Stadt)", "municipality", [])]),
                        ("Jura", "canton", []),
                    ],
                ),
                ("Deutschland", "country", []),
                ("Österreich", "country", []),
                ("Frankreich", "country", []),
                ("Italien", "country", []),
                ("Liechtenstein", "country", []),
                ("Spanien", "country", []),
                ("Vereinigtes Königreich", "country", []),
                ("Russland", "country", []),
                ("Ukraine", "country", []),
            ],
        ),
        (
            "Asien",
            "continent",
            [("China", "country", []), ("Japan", "country", []), ("Indien", "country", [])],
        ),
        ("Nordamerika", "continent", [("USA", "country", []), ("Kanada", "country", [])]),
        ("Südamerika", "continent", [("Brasilien", "country", []), ("Argentinien", "country", [])]),
        ("Afrika", "continent", [("Kenia", "country", []), ("Südafrika", "country", [])]),
        ("Ozeanien", "continent", [("Australien", "country", []), ("Neuseeland", "country", [])]),
    ],
)


# Topics: persons, organisations, places and themes. All persons and companies are fictional.
TOPICS = [
    {
        "name": "Regula Imfeld",
        "kind": "person",
        "aliases": ["Imfeld", "Bundesrätin Imfeld"],
        "description": (
            "Regula Imfeld ist Bundesrätin und steht dem Departement für Umwelt, Verkehr, Energie "
            "und Kommunikation vor. Die frühere Ständerätin aus der Zentralschweiz gilt als "
            "pragmatische Verkehrs- und Energiepolitikerin."
        ),
    },
    {
        "name": "Selina Gwerder",
        "kind": "person",
        "aliases": ["Gwerder"],
        "description": (
            "Selina Gwerder ist eine Skirennfahrerin aus dem Kanton Schwyz und fährt im Weltcup "
            "Riesenslalom und Super-G. Die 24-Jährige gilt als eine der grössten Hoffnungen im "
            "Schweizer Frauenteam."
        ),
    },
    {
        "name": "Anja Brändli",
        "kind": "person",
        "aliases": ["Brändli"],
        "description": (
            "Die Glaziologin Anja Brändli leitet die Gletscherforschung am Alpeninstitut für "
            "Klimaforschung. Sie misst seit über fünfzehn Jahren die Veränderungen am "
            "Aletschgletscher."
        ),
    },
    {
        "name": "Simon Kägi",
        "kind": "person",
        "aliases": ["Kägi"],
        "description": (
            "Simon Kägi ist Mitgründer und Chef der Zuger Softwarefirma Novalpin. Der Informatiker "
            "gehört zu den bekanntesten Köpfen der Schweizer Start-up-Szene."
        ),
    },
    {
        "name": "Nora Amstutz",
        "kind": "person",
        "aliases": ["Amstutz"],
        "description": (
            "Die Berner Sängerin und Songwriterin Nora Amstutz singt auf Mundart und Englisch. Mit "
            "ihrem zweiten Album schaffte sie den Durchbruch in der ganzen Deutschschweiz."
        ),
    },
    {
        "name": "Dario Pedrazzini",
        "kind": "person",
        "aliases": ["Pedrazzini"],
        "description": (
            "Dario Pedrazzini ist Cheftrainer des FC Aaretal. Der Tessiner übernahm das Team vor "
            "zwei Jahren und führte es zurück in die Spitzengruppe der Liga."
        ),
    },
    {
        "name": "Bundesrat",
        "kind": "organisation",
        "aliases": ["Landesregierung"],
        "description": (
            "Der Bundesrat ist die siebenköpfige Landesregierung der Schweiz. Hier finden Sie "
            "Berichte über seine Entscheide, Vorlagen und Abstimmungsempfehlungen."
        ),
    },
    {
        "name": "Novalpin AG",
        "kind": "organisation",
        "aliases": ["Novalpin"],
        "description": (
            "Die Novalpin AG mit Sitz in Zug entwickelt Software, die mit künstlicher Intelligenz "
            "Lieferketten und Lagerbestände plant. Das Unternehmen beschäftigt rund 400 "
            "Mitarbeitende."
        ),
    },
    {
        "name": "FC Aaretal",
        "kind": "organisation",
        "aliases": ["Aaretal", "FCA"],
        "description": (
            "Der FC Aaretal ist ein Fussballklub aus dem Kanton Bern und spielt in der höchsten "
            "Liga. Seine Heimspiele trägt er im Stadion Aaregrund aus."
        ),
    },
    {
        "name": "HC Alpstein",
        "kind": "organisation",
        "aliases": ["Alpstein", "HCA"],
        "description": (
            "Der HC Alpstein ist ein Eishockeyklub aus der Ostschweiz mit Heimstadion in St. "
            "Gallen. Der Verein ist für seine starke Nachwuchsabteilung bekannt."
        ),
    },
    {
        "name": "Alpeninstitut für Klimaforschung",
        "kind": "organisation",
        "aliases": ["Alpeninstitut", "AIK"],
        "description": (
            "Das Alpeninstitut für Klimaforschung untersucht Gletscher, Permafrost und Schneedecke "
            "in den Schweizer Alpen. Seine Messreihen gehören zu den längsten im Alpenraum."
        ),
    },
    {
        "name": "Regionalbahn Mittelland",
        "kind": "organisation",
        "aliases": ["RBM"],
        "description": (
            "Die Regionalbahn Mittelland betreibt S-Bahn- und Regionalzüge in den Kantonen "
            "Solothurn, Bern und Aargau. Täglich nutzen rund 60'000 Fahrgäste ihre Verbindungen."
        ),
    },
    {
        "name": "Gotthard",
        "kind": "place",
        "aliases": ["Gotthardpass", "Gotthardtunnel"],
        "description": (
            "Der Gotthard ist eine der wichtigsten Nord-Süd-Achsen Europas. Durch das Massiv "
            "führen Strassentunnel, Bahntunnel und die Passstrasse zwischen Uri und dem Tessin."
        ),
    },
    {
        "name": "Zürichsee",
        "kind": "place",
        "aliases": [],
        "description": (
            "Der Zürichsee erstreckt sich über die Kantone Zürich, Schwyz und St. Gallen. Er ist "
            "Naherholungsgebiet, Trinkwasserspeicher und Verkehrsweg zugleich."
        ),
    },
    {
        "name": "Aletschgletscher",
        "kind": "place",
        "aliases": ["Grosser Aletschgletscher", "Aletsch"],
        "description": (
            "Der Grosse Aletschgletscher im Wallis ist der längste Gletscher der Alpen. Er gehört "
            "zum Unesco-Welterbe und gilt als Sinnbild für den Gletscherschwund."
        ),
    },
    {
        "name": "Lauberhorn",
        "kind": "place",
        "aliases": ["Lauberhornrennen", "Wengen"],
        "description": (
            "Das Lauberhorn oberhalb von Wengen im Berner Oberland ist Schauplatz der längsten "
            "Weltcupabfahrt. Die Rennen ziehen jedes Jahr Zehntausende Zuschauerinnen und "
            "Zuschauer an."
        ),
    },
    {
        "name": "Klimawandel",
        "kind": "theme",
        "aliases": ["Klimaerwärmung", "Klimakrise"],
        "description": (
            "Steigende Temperaturen, schmelzende Gletscher, neue Naturgefahren: Berichte und "
            "Analysen zum Klimawandel und seinen Folgen für die Schweiz."
        ),
    },
    {
        "name": "Wohnungsmarkt",
        "kind": "theme",
        "aliases": ["Wohnungsnot", "Mieten"],
        "description": (
            "Knappe Wohnungen, steigende Mieten, neue Bauprojekte: alles zur Lage auf dem "
            "Schweizer Wohnungsmarkt."
        ),
    },
    {
        "name": "Künstliche Intelligenz",
        "kind": "theme",
        "aliases": ["KI", "AI"],
        "description": (
            "Wie künstliche Intelligenz Arbeit, Schule und Alltag verändert und welche Regeln "
            "dafür gelten sollen."
        ),
    },
    {
        "name": "Krankenkassenprämien",
        "kind": "theme",
        "aliases": ["Prämien", "Krankenkasse"],
        "description": (
            "Die Prämien der obligatorischen Krankenversicherung belasten viele Haushalte. Hier "
            "lesen Sie, wie sie sich entwickeln und welche Entlastungen diskutiert werden."
        ),
    },
    {
        "name": "Energieversorgung",
        "kind": "theme",
        "aliases": ["Strom", "Energie"],
        "description": (
            "Strompreise, Wasserkraft, Solaranlagen und Versorgungssicherheit: Nachrichten zur "
            "Energieversorgung in der Schweiz und weltweit."
        ),
    },
    {
        "name": "Ski alpin",
        "kind": "theme",
        "aliases": ["Skirennsport", "Ski-Weltcup"],
        "description": (
            "Weltcup, Weltmeisterschaften und Nachwuchs: alles zum alpinen Skirennsport."
        ),
    },
    {
        "name": "Eishockey",
        "kind": "theme",
        "aliases": ["Hockey"],
        "description": (
            "Resultate, Transfers und Hintergründe aus der Schweizer Eishockeymeisterschaft und "
            "dem Nachwuchs."
        ),
    },
    {
        "name": "Fussball",
        "kind": "theme",
        "aliases": ["Super League"],
        "description": (
            "Von der höchsten Liga bis zum Frauenfussball: Spielberichte, Interviews und Analysen."
        ),
    },
    {
        "name": "Wetter",
        "kind": "theme",
        "aliases": ["Unwetter", "Prognose"],
        "description": (
            "Prognosen, Unwetterwarnungen und Rückblicke: was das Wetter in der Schweiz und "
            "weltweit bringt."
        ),
    },
    {
        "name": "Öffentlicher Verkehr",
        "kind": "theme",
        "aliases": ["ÖV", "Bahn"],
        "description": (
            "Bahn, Bus, Tram und Schiff: Fahrplan, Ausbauprojekte und Störungen im öffentlichen "
            "Verkehr."
        ),
    },
    {
        "name": "Cybersicherheit",
        "kind": "theme",
        "aliases": ["Cyberangriff", "IT-Sicherheit"],
        "description": (
            "Hackerangriffe, Datenlecks und Betrugsmaschen im Netz und wie man sich davor schützt."
        ),
    },
    {
        "name": "Musik",
        "kind": "theme",
        "aliases": ["Konzerte"],
        "description": (
            "Konzerte, neue Alben und Festivals: die Schweizer Musikszene und internationale Stars."
        ),
    },
    {
        "name": "Film und Serien",
        "kind": "theme",
        "aliases": ["Film", "Serien", "Kino"],
        "description": (
            "Kinostarts, Festivals und Streaming: was es zu sehen gibt und was sich lohnt."
        ),
    },
    {
        "name": "Tourismus",
        "kind": "theme",
        "aliases": ["Ferien"],
        "description": (
            "Übernachtungen, Bergbahnen, Ferientrends: Entwicklungen im Schweizer Tourismus."
        ),
    },
    {
        "name": "Naturgefahren",
        "kind": "theme",
        "aliases": ["Lawinen", "Hochwasser"],
        "description": (
            "Lawinen, Felsstürze, Murgänge, Hochwasser und Erdbeben: wie sie entstehen und wie "
            "sich die Schweiz davor schützt."
        ),
    },
    {
        "name": "Bildung",
        "kind": "theme",
        "aliases": ["Schule"],
        "description": (
            "Schule, Lehre und Hochschulen: Reformen, Debatten und neue Wege in der Bildung."
        ),
    },
    {
        "name": "Exportwirtschaft",
        "kind": "theme",
        "aliases": ["Export", "Aussenhandel"],
        "description": (
            "Uhren, Maschinen, Pharma und Software: wie sich Schweizer Firmen auf den Weltmärkten "
            "behaupten."
        ),
    },
    {
        "name": "Teuerung",
        "kind": "theme",
        "aliases": ["Inflation"],
        "description": (
            "Die Entwicklung der Preise in der Schweiz, von Lebensmitteln über Mieten bis zum "
            "Strom."
        ),
    },
    {
        "name": "Arbeitsmarkt",
        "kind": "theme",
        "aliases": ["Fachkräftemangel", "Stellenmarkt"],
        "description": (
            "Stellen, Löhne und Fachkräftemangel: was sich auf dem Schweizer Arbeitsmarkt tut."
        ),
    },
]


# Fictional newsroom staff. color is the avatar background (dark enough for white text).
AUTHORS = [
    {
        "name": "Corinne Baumgartner",
        "role": "Redaktorin Inland",
        "bio": (
            "Corinne Baumgartner berichtet seit zwölf Jahren über Gesellschaft, Verkehr und Umwelt "
            "in der Schweiz. Zuvor arbeitete sie bei einer Regionalzeitung im Aargau. Sie wohnt in "
            "Olten und ist mit dem Zug in allen Landesteilen unterwegs."
        ),
        "color": "#8E2043",
    },
    {
        "name": "Reto Zimmermann",
        "role": "Bundeshauskorrespondent",
        "bio": (
            "Reto Zimmermann verfolgt für depesche die Sessionen im Bundeshaus und die Geschäfte "
            "des Bundesrats. Der studierte Politologe arbeitete zuvor für ein Lokalradio in der "
            "Zentralschweiz."
        ),
        "color": "#1F4E79",
    },
    {
        "name": "Lara Fässler",
        "role": "Sportredaktorin",
        "bio": (
            "Lara Fässler ist für Wintersport, Fussball und Eishockey zuständig und reist im "
            "Winter von Weltcupstation zu Weltcupstation. Als Juniorin fuhr sie selbst Skirennen "
            "im Berner Oberland."
        ),
        "color": "#1B5E20",
    },
    {
        "name": "Michael Tanner",
        "role": "Wirtschaftsredaktor",
        "bio": (
            "Michael Tanner schreibt über Unternehmen, Arbeitsmarkt und Immobilien. Der Ökonom "
            "erklärt am liebsten, was Zahlen für den Alltag bedeuten."
        ),
        "color": "#4A148C",
    },
    {
        "name": "Giulia Pedretti",
        "role": "Korrespondentin Tessin und Italien",
        "bio": (
            "Giulia Pedretti lebt in Bellinzona und berichtet über die Südschweiz und das "
            "Nachbarland Italien. Sie spricht vier Sprachen und kennt die Grenzregion von beiden "
            "Seiten."
        ),
        "color": "#A63A00",
    },
    {
        "name": "Samuel Oberholzer",
        "role": "Digitalredaktor",
        "bio": (
            "Samuel Oberholzer beschäftigt sich mit künstlicher Intelligenz, Datenschutz und "
            "Cybersicherheit. Bevor er Journalist wurde, arbeitete er als Softwareentwickler in "
            "Winterthur."
        ),
        "color": "#00574B",
    },
    {
        "name": "Aylin Demir",
        "role": "Redaktorin Unterhaltung",
        "bio": (
            "Aylin Demir schreibt über Musik, Film und Serien und ist an den meisten Schweizer "
            "Festivals anzutreffen. Zudem moderiert sie den depesche-Podcast zur Popkultur."
        ),
        "color": "#AD1457",
    },
    {
        "name": "Thomas Jenni",
        "role": "Auslandredaktor",
        "bio": (
            "Thomas Jenni betreut das Ressort Ausland und war als Korrespondent in Berlin und "
            "Nairobi tätig. Er ordnet internationale Ereignisse mit Blick auf die Schweiz ein."
        ),
        "color": "#37474F",
    },
]


# The 60 ordinary demo articles (demo-001 .. demo-060).
# hours_ago / updated_hours_ago are relative to the moment the demo is loaded.
ARTICLES = [
    # -------------------- News --------------------
    {
        "id": "demo-001",
        "section": "news",
        "headline": "Sturmtief fegt über die Schweiz: Bäume entwurzelt, Züge verspätet",
        "kicker": "",
        "lead": (
            "Ein kräftiges Sturmtief hat in der Nacht weite Teile der Schweiz getroffen. Im "
            "Flachland wurden Böen von über 120 km/h gemessen, auf den Jurahöhen noch deutlich "
            "mehr."
        ),
        "key_points": [
            "Spitzenböen von bis zu 150 km/h auf den Jurahöhen, im Mittelland über 120 km/h.",
            "Umgestürzte Bäume blockierten mehrere Bahnstrecken, vor allem im Kanton Bern.",
            "Auf dem Zürichsee blieb die Schifffahrt bis am Mittag eingestellt.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Kurz nach Mitternacht erreichte die Kaltfront den Westen des Landes. Innert "
                    "weniger Stunden zog der Sturm über das Mittelland bis in die Ostschweiz. "
                    "Polizei und Feuerwehren rückten in mehreren Kantonen zu Hunderten Einsätzen "
                    "aus, meist wegen umgestürzter Bäume, abgedeckter Dächer und herumfliegender "
                    "Baustellenabschrankungen."
                ),
            ),
            (
                "paragraph",
                (
                    "Nach ersten Angaben der Behörden wurden zwei Personen leicht verletzt. In "
                    "Bern traf ein herabfallender Ast ein parkiertes Auto, in einem Zürcher "
                    "Aussenquartier löste sich ein Teil eines Baugerüsts. Grössere Schäden an "
                    "Gebäuden blieben nach heutigem Stand aus."
                ),
            ),
            ("subheading", "Pendler brauchten Geduld"),
            (
                "paragraph",
                (
                    "Besonders betroffen war der Bahnverkehr. Auf der Strecke zwischen Bern und "
                    "Thun mussten Bäume aus der Fahrleitung entfernt werden, auch im Zürcher "
                    "Oberland kam es zu Unterbrüchen. Bis in den Vormittag hinein fielen "
                    "zahlreiche Verbindungen aus oder verkehrten mit Verspätung."
                ),
            ),
            (
                "paragraph",
                (
                    "Auf dem Zürichsee und auf mehreren anderen Seen blieben die Kursschiffe in "
                    "den Häfen. Die Seepolizei hatte bereits am Vorabend eine Sturmwarnung "
                    "ausgegeben und Bootsbesitzer aufgefordert, ihre Boote zusätzlich zu sichern."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Die stärksten Böen",
                    "items": [
                        "Chasseral: 151 km/h",
                        "La Dôle: 138 km/h",
                        "Bern-Zollikofen: 124 km/h",
                        "Zürich-Fluntern: 118 km/h",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Am Nachmittag beruhigt sich die Lage laut den Meteorologen. Hinter der Front "
                    "fliesst kältere Luft in die Schweiz, die Schneefallgrenze sinkt bis am Abend "
                    "auf rund 800 Meter. Wer in den nächsten Tagen in den Wald geht, soll "
                    "vorsichtig sein: Angeschlagene Äste können auch nachträglich noch "
                    "herunterfallen."
                ),
            ),
        ],
        "topics": ["Wetter", "Naturgefahren", "Öffentlicher Verkehr", "Zürichsee"],
        "primary_topic": "Wetter",
        "regions": ["Bern", "Zürich"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 6.0,
        "updated_hours_ago": 4.0,
        "image": {
            "caption": (
                "Ein umgestürzter Baum blockiert nach der Sturmnacht eine Quartierstrasse in Bern."
            ),
            "credit": "Keystone",
            "archive": False,
            "alt": "Entwurzelter Baum liegt quer über einer Strasse",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-002",
        "section": "news",
        "headline": "Schweiz stockt Hilfe für Minenräumung in der Ukraine auf",
        "kicker": "",
        "lead": (
            "Der Bundesrat will die humanitäre Minenräumung in der Ukraine mit zusätzlichen 30 "
            "Millionen Franken unterstützen. Das Geld soll vor allem Ackerland wieder nutzbar "
            "machen."
        ),
        "key_points": [
            "Zusätzliche 30 Millionen Franken für die humanitäre Minenräumung in der Ukraine.",
            "Im Fokus stehen Ackerflächen, damit Bauern ihre Felder wieder bewirtschaften können.",
            (
                "Schweizer Fachleute bilden ukrainische Teams aus, das Parlament muss den Kredit "
                "noch genehmigen."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Bundesrat hat an seiner wöchentlichen Sitzung beschlossen, das bestehende "
                    "Programm für humanitäre Minenräumung in der Ukraine zu erweitern. In den "
                    "nächsten drei Jahren stehen damit zusätzliche 30 Millionen Franken zur "
                    "Verfügung. Das Parlament muss den Kredit noch genehmigen."
                ),
            ),
            (
                "paragraph",
                (
                    "Nach Schätzungen internationaler Organisationen sind in der Ukraine grosse "
                    "Flächen mit Minen und Blindgängern belastet. Viele davon sind Äcker und "
                    "Weiden. Solange sie nicht geräumt sind, können Bäuerinnen und Bauern sie "
                    "nicht bewirtschaften, was die Ernährungssicherheit weit über das Land hinaus "
                    "betrifft."
                ),
            ),
            ("subheading", "Ausbildung und Maschinen"),
            (
                "paragraph",
                (
                    "Mit dem Geld sollen unter anderem ferngesteuerte Räumfahrzeuge beschafft "
                    "werden, die zum Teil in der Schweiz entwickelt wurden. Zudem bilden Schweizer "
                    "Fachleute ukrainische Räumteams aus. Die Arbeiten werden mit den lokalen "
                    "Behörden und internationalen Partnern koordiniert."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Jede geräumte Parzelle bedeutet, dass eine Familie wieder sicher arbeiten "
                        "kann."
                    ),
                    "source": "Markus Hediger, Delegierter für humanitäre Minenräumung",
                },
            ),
            (
                "paragraph",
                (
                    "Im Parlament dürfte der Kredit auf breite Zustimmung stossen, auch wenn "
                    "einzelne Stimmen eine bessere Abstimmung mit der übrigen Ukraine-Hilfe "
                    "fordern. Die zuständige Kommission wird das Geschäft voraussichtlich noch vor "
                    "der nächsten Session beraten."
                ),
            ),
        ],
        "topics": ["Bundesrat"],
        "primary_topic": "Bundesrat",
        "regions": ["Bern (Stadt)", "Ukraine"],
        "authors": ["Thomas Jenni", "Reto Zimmermann"],
        "hours_ago": 30.0,
        "updated_hours_ago": None,
        "image": {
            "caption": (
                "Ein ferngesteuertes Räumfahrzeug bei einer Vorführung auf einem Testgelände."
            ),
            "credit": "AFP",
            "archive": False,
            "alt": "Räumfahrzeug mit Fräse auf einem Acker",
            "motif": "field",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-003",
        "section": "news",
        "headline": "Wintersturm legt Flugverkehr im Nordosten der USA lahm",
        "kicker": "",
        "lead": (
            "Heftiger Schneefall und Sturmböen haben im Nordosten der USA Tausende Flüge ausfallen "
            "lassen. Auch Reisende aus der Schweiz sitzen fest."
        ),
        "key_points": [
            (
                "Über 4'000 Flüge wurden gestrichen, mehrere grosse Flughäfen stellten den Betrieb "
                "zeitweise ein."
            ),
            "In einigen Regionen fielen innert 24 Stunden mehr als 50 Zentimeter Schnee.",
            (
                "Schweizer Reisende sollen sich direkt bei ihrer Fluggesellschaft über Umbuchungen "
                "informieren."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Sturm zog in der Nacht von der Region der Grossen Seen in Richtung "
                    "Atlantikküste. Mehrere Bundesstaaten riefen den Notstand aus, Schulen und "
                    "Behörden blieben geschlossen. In einigen Städten räumten die Winterdienste "
                    "rund um die Uhr, kamen aber kaum nach."
                ),
            ),
            (
                "paragraph",
                (
                    "Am stärksten betroffen war der Flugverkehr. Nach Angaben von "
                    "Flugdatendiensten wurden landesweit über 4'000 Verbindungen gestrichen, dazu "
                    "kamen Tausende Verspätungen. Auch Flüge von und nach Europa fielen aus."
                ),
            ),
            ("subheading", "Auch Schweizer Reisende betroffen"),
            (
                "paragraph",
                (
                    "Unter den Gestrandeten sind auch Touristinnen und Touristen aus der Schweiz. "
                    "Reisebüros berichten von zahlreichen Anfragen besorgter Kundschaft. Wer "
                    "gebucht hat, sollte die Informationen der Fluggesellschaft verfolgen und "
                    "nicht auf gut Glück zum Flughafen fahren."
                ),
            ),
            (
                "paragraph",
                (
                    "Meteorologen erwarten, dass der Schneefall bis am Abend nachlässt. Danach "
                    "folgt allerdings eine Kältewelle mit Temperaturen von deutlich unter minus "
                    "zehn Grad, was die Aufräumarbeiten erschweren dürfte."
                ),
            ),
        ],
        "topics": ["Wetter"],
        "primary_topic": "Wetter",
        "regions": ["USA"],
        "authors": ["Thomas Jenni"],
        "hours_ago": 18.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Verschneite Strassen in einer Stadt im Nordosten der USA.",
            "credit": "Reuters",
            "archive": False,
            "alt": "Autos unter einer dicken Schneedecke am Strassenrand",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-004",
        "section": "news",
        "headline": "Starkes Erdbeben vor Japans Küste: Tsunamiwarnung wieder aufgehoben",
        "kicker": "",
        "lead": (
            "Ein Erdbeben der Stärke 6,8 hat den Nordosten Japans erschüttert. Die Behörden "
            "meldeten leichte Schäden, eine vorsorgliche Tsunamiwarnung wurde nach kurzer Zeit "
            "aufgehoben."
        ),
        "key_points": [
            (
                "Das Beben der Stärke 6,8 ereignete sich vor der Nordostküste in rund 40 "
                "Kilometern Tiefe."
            ),
            "Eine vorsorgliche Tsunamiwarnung wurde nach rund einer Stunde aufgehoben.",
            "Hinweise auf betroffene Schweizerinnen und Schweizer gibt es derzeit keine.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Das Beben ereignete sich am frühen Morgen Ortszeit vor der Pazifikküste im "
                    "Nordosten des Landes. Der Erdbebendienst gab die Stärke mit 6,8 an, das "
                    "Zentrum lag in rund 40 Kilometern Tiefe. In mehreren Städten schwankten "
                    "Gebäude minutenlang."
                ),
            ),
            (
                "paragraph",
                (
                    "Unmittelbar nach dem Beben gaben die Behörden eine Tsunamiwarnung für einen "
                    "Küstenabschnitt heraus. Rund eine Stunde später wurde sie aufgehoben, "
                    "gemessen wurden lediglich Wellen von wenigen Zentimetern. Die "
                    "Bahngesellschaften stoppten vorsorglich ihre Hochgeschwindigkeitszüge, um die "
                    "Strecken zu kontrollieren."
                ),
            ),
            ("subheading", "Frühwarnsystem bewährt sich"),
            (
                "paragraph",
                (
                    "Viele Menschen wurden Sekunden vor den ersten Erschütterungen per Smartphone "
                    "gewarnt. Japan gilt als eines der am besten auf Erdbeben vorbereiteten Länder "
                    "der Welt. Strenge Bauvorschriften und regelmässige Übungen sollen Schäden "
                    "begrenzen."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Erdbebenland Japan",
                    "items": [
                        "Japan liegt an der Grenze von vier tektonischen Platten.",
                        "Jedes Jahr werden Tausende spürbare Beben registriert.",
                        "Neubauten müssen strenge Erdbebennormen erfüllen.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Das Aussendepartement in Bern steht nach eigenen Angaben mit der Schweizer "
                    "Botschaft in Tokio in Kontakt. Hinweise auf betroffene Schweizer "
                    "Staatsangehörige gebe es derzeit keine."
                ),
            ),
        ],
        "topics": ["Naturgefahren"],
        "primary_topic": "Naturgefahren",
        "regions": ["Japan"],
        "authors": ["Thomas Jenni"],
        "hours_ago": 40.0,
        "updated_hours_ago": 38.0,
        "image": {
            "caption": "Passanten auf einer Strasse im Nordosten Japans kurz nach dem Beben.",
            "credit": "AFP",
            "archive": False,
            "alt": "Menschen stehen auf einer Stadtstrasse vor Geschäften",
            "motif": "city",
        },
        "comment_mode": "closed",
    },
    {
        "id": "demo-005",
        "section": "news",
        "headline": "Brasilien meldet deutlichen Rückgang der Abholzung im Amazonas",
        "kicker": "",
        "lead": (
            "Im Amazonasgebiet ist innert eines Jahres deutlich weniger Regenwald gerodet worden. "
            "Fachleute sehen darin einen Erfolg strengerer Kontrollen, warnen aber vor verfrühtem "
            "Jubel."
        ),
        "key_points": [
            "Die gerodete Fläche ging laut Satellitendaten um rund ein Fünftel zurück.",
            "Als Gründe gelten mehr Kontrollen und höhere Bussen für illegale Rodungen.",
            "Forschende warnen, dass Trockenheit und Brände die Fortschritte gefährden.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Nach Auswertungen von Satellitenbildern ging die abgeholzte Fläche im "
                    "brasilianischen Amazonasgebiet im Vergleich zum Vorjahr um rund 20 Prozent "
                    "zurück. Die Regierung spricht vom tiefsten Wert seit vielen Jahren. Die "
                    "Zahlen stammen von der nationalen Weltraumbehörde, die den Regenwald seit "
                    "Jahrzehnten aus dem All überwacht."
                ),
            ),
            (
                "paragraph",
                (
                    "Als Hauptgrund nennen die Behörden häufigere Kontrollen vor Ort. "
                    "Umweltpolizei und Armee gingen vermehrt gegen illegale Holzfäller und "
                    "Goldsucher vor. Zudem wurden Kredite für Landwirtschaftsbetriebe an strengere "
                    "Umweltauflagen geknüpft."
                ),
            ),
            ("subheading", "Trockenheit als neue Gefahr"),
            (
                "paragraph",
                (
                    "Forschende mahnen jedoch zur Vorsicht. Längere Trockenperioden machen den "
                    "Wald anfälliger für Brände, die in der Statistik zur Abholzung nur teilweise "
                    "erfasst werden. Ein geschwächter Regenwald könne künftig weniger Kohlendioxid "
                    "speichern, heisst es in einer Stellungnahme mehrerer Institute."
                ),
            ),
            (
                "paragraph",
                (
                    "Für das Weltklima ist der Amazonas von grosser Bedeutung. Auch Schweizer "
                    "Importeure von Soja, Kaffee und Rindfleisch stehen unter Druck, lückenlos "
                    "nachzuweisen, dass ihre Produkte nicht von gerodeten Flächen stammen."
                ),
            ),
        ],
        "topics": ["Klimawandel"],
        "primary_topic": "Klimawandel",
        "regions": ["Brasilien"],
        "authors": ["Thomas Jenni"],
        "hours_ago": 52.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Luftaufnahme des Regenwalds im Norden Brasiliens.",
            "credit": "Reuters",
            "archive": False,
            "alt": "Regenwald aus der Luft mit einer gerodeten Fläche",
            "motif": "field",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-006",
        "section": "news",
        "headline": "Abstimmungssonntag: Familien-Prämieninitiative steuert auf ein Nein zu",
        "kicker": "Liveticker",
        "lead": (
            "Die Initiative «Faire Prämien für Familien» dürfte an der Urne scheitern. Die erste "
            "Hochrechnung geht von rund 56 Prozent Nein aus, auch das Ständemehr scheint ausser "
            "Reichweite."
        ),
        "key_points": [
            "Hochrechnung: rund 56 Prozent Nein zur Initiative «Faire Prämien für Familien».",
            (
                "Zustimmung vor allem in der Westschweiz und im Tessin, deutliche Ablehnung in der "
                "Zentral- und Ostschweiz."
            ),
            "Das Initiativkomitee wertet das Resultat als Auftrag an die Politik.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Kurz nach Schliessung der Urnen zeichnet sich ein klares Bild ab: Die "
                    "Initiative, die Kinderprämien für Familien mit tiefen und mittleren Einkommen "
                    "vollständig vom Bund bezahlen lassen wollte, findet keine Mehrheit. Die "
                    "Hochrechnung eines Forschungsinstituts geht von rund 56 Prozent Nein aus, die "
                    "Fehlermarge liegt bei zwei Prozentpunkten."
                ),
            ),
            ("subheading", "Röstigraben bei den Prämien"),
            (
                "paragraph",
                (
                    "Wie bei früheren Vorlagen zur Krankenversicherung zeigt sich ein deutlicher "
                    "Unterschied zwischen den Landesteilen. In der Waadt, in Genf, Neuenburg und "
                    "im Tessin liegt der Ja-Anteil teils deutlich über 50 Prozent. In der "
                    "Zentralschweiz und in der Ostschweiz lehnen dagegen teilweise über zwei "
                    "Drittel der Stimmenden ab."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Das Resultat zeigt: Die Prämienlast ist ein Problem, aber die Menschen "
                        "wollen eine Lösung, die bezahlbar bleibt."
                    ),
                    "source": "Martina Studer, Co-Präsidentin des Nein-Komitees",
                },
            ),
            (
                "paragraph",
                (
                    "Das Initiativkomitee zeigt sich enttäuscht, wertet das Ergebnis aber als "
                    "Auftrag an die Politik. Die Debatte über die steigenden Krankenkassenprämien "
                    "sei mit diesem Sonntag nicht beendet, sagte eine Sprecherin in Bern. Man "
                    "werde die Vorschläge des Parlaments genau verfolgen."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Darum ging es",
                    "items": [
                        (
                            "Der Bund hätte die Prämien für Kinder und Jugendliche bis 18 Jahre "
                            "übernommen, sofern das Haushaltseinkommen unter einer bestimmten "
                            "Grenze liegt."
                        ),
                        "Die Kosten wurden auf jährlich rund 1,2 Milliarden Franken geschätzt.",
                        "Bundesrat und Parlament empfahlen die Initiative zur Ablehnung.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Die Stimmbeteiligung liegt nach ersten Angaben bei rund 45 Prozent. Der "
                    "Bundesrat will am späten Nachmittag vor die Medien treten. Dieser Artikel "
                    "wird laufend aktualisiert, sobald die Resultate aus weiteren Kantonen "
                    "vorliegen."
                ),
            ),
        ],
        "topics": ["Krankenkassenprämien", "Bundesrat"],
        "primary_topic": "Krankenkassenprämien",
        "regions": ["Bern (Stadt)", "Waadt"],
        "authors": ["Reto Zimmermann", "Corinne Baumgartner"],
        "hours_ago": 0.9,
        "updated_hours_ago": 0.2,
        "image": {
            "caption": "Stimmzettel werden in einem Berner Abstimmungslokal ausgezählt.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Helferinnen zählen Stimmzettel an einem langen Tisch",
            "motif": "parliament",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-007",
        "section": "news",
        "headline": "Lokführerstreik in Deutschland: Auch Verbindungen ab Basel betroffen",
        "kicker": "",
        "lead": (
            "Ein zweitägiger Streik des Lokpersonals legt grosse Teile des Bahnverkehrs in "
            "Deutschland lahm. Reisende aus der Schweiz müssen mit Ausfällen ab Basel und "
            "Schaffhausen rechnen."
        ),
        "key_points": [
            "Der Streik dauert zwei Tage, der Fernverkehr in Deutschland ist stark eingeschränkt.",
            "Mehrere Verbindungen ab Basel und Schaffhausen nach Deutschland fallen aus.",
            "Innerhalb der Schweiz verkehren die Züge nach Fahrplan.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Seit dem frühen Morgen stehen in Deutschland viele Züge still. Die "
                    "Gewerkschaft des Lokpersonals hat zu einem zweitägigen Streik aufgerufen, "
                    "nachdem die Lohnverhandlungen ohne Ergebnis abgebrochen wurden. Im "
                    "Fernverkehr gilt nur ein Notfahrplan."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Auswirkungen reichen bis in die Schweiz. Mehrere direkte Verbindungen von "
                    "Basel nach Frankfurt, Berlin und Hamburg fallen aus, auch zwischen "
                    "Schaffhausen und Stuttgart verkehren weniger Züge. Am Badischen Bahnhof in "
                    "Basel bildeten sich am Morgen lange Schlangen vor den Schaltern."
                ),
            ),
            ("subheading", "Was Reisende wissen müssen"),
            (
                "paragraph",
                (
                    "Wer ein Ticket für eine ausgefallene Verbindung besitzt, kann dieses in der "
                    "Regel später nutzen oder sich den Preis erstatten lassen. Die Bahnunternehmen "
                    "empfehlen, nicht zwingende Reisen zu verschieben und den Onlinefahrplan kurz "
                    "vor der Abfahrt zu prüfen."
                ),
            ),
            (
                "paragraph",
                (
                    "Innerhalb der Schweiz ist der Bahnverkehr nicht betroffen. Grenzgängerinnen "
                    "und Grenzgänger aus Südbaden weichen laut den Basler Verkehrsbetrieben "
                    "vermehrt auf Tram und Bus aus, was zu volleren Fahrzeugen führt."
                ),
            ),
        ],
        "topics": ["Öffentlicher Verkehr"],
        "primary_topic": "Öffentlicher Verkehr",
        "regions": ["Basel", "Deutschland"],
        "authors": ["Thomas Jenni"],
        "hours_ago": 22.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Eine Anzeigetafel zeigt zahlreiche gestrichene Verbindungen.",
            "credit": "Reuters",
            "archive": False,
            "alt": "Abfahrtstafel in einem Bahnhof mit vielen gestrichenen Zügen",
            "motif": "train",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-008",
        "section": "news",
        "headline": "Starkregen im Tessin: Bäche treten über die Ufer, Strassen gesperrt",
        "kicker": "",
        "lead": (
            "Nach tagelangem Regen sind im Tessin mehrere Bäche über die Ufer getreten. In "
            "Bellinzona und im Maggiatal wurden Keller ausgepumpt und Häuser evakuiert, verletzt "
            "wurde niemand."
        ),
        "key_points": [
            "In 48 Stunden fielen stellenweise über 250 Millimeter Regen.",
            "Mehrere Kantonsstrassen sind wegen Erdrutschen gesperrt, verletzt wurde niemand.",
            "Der Wetterdienst rechnet ab morgen mit einer Beruhigung der Lage.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Seit Tagen staut sich feuchte Mittelmeerluft an der Alpensüdseite. Innert 48 "
                    "Stunden fielen im Tessin an einzelnen Messstationen über 250 Millimeter "
                    "Regen, so viel wie sonst in zwei Monaten. Zahlreiche Bäche führten "
                    "Hochwasser, der Lago Maggiore stieg deutlich an."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Feuerwehren standen im Dauereinsatz. In Bellinzona mussten mehrere Keller "
                    "ausgepumpt werden, in zwei Dörfern im Maggiatal wurden Häuser in Bachnähe "
                    "vorsorglich evakuiert. Auf mehreren Kantonsstrassen gingen kleinere "
                    "Erdrutsche nieder."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir haben die Lage im Griff, aber der Boden ist gesättigt. Jeder weitere "
                        "Regenguss kann neue Rutschungen auslösen."
                    ),
                    "source": "Fabio Rezzonico, Kommandant der regionalen Feuerwehr",
                },
            ),
            ("subheading", "Auch Italien betroffen"),
            (
                "paragraph",
                (
                    "Jenseits der Grenze, in der Lombardei und im Piemont, kam es ebenfalls zu "
                    "Überschwemmungen. Einzelne Bahnverbindungen zwischen dem Tessin und Italien "
                    "waren zeitweise unterbrochen, inzwischen rollt der Verkehr wieder weitgehend."
                ),
            ),
            (
                "paragraph",
                (
                    "Der Wetterdienst erwartet für die Nacht nochmals kräftige Niederschläge, ab "
                    "morgen soll es trockener werden. Fachleute weisen darauf hin, dass solche "
                    "Starkniederschläge in einem wärmeren Klima häufiger und intensiver werden "
                    "dürften."
                ),
            ),
        ],
        "topics": ["Naturgefahren", "Wetter", "Klimawandel"],
        "primary_topic": "Naturgefahren",
        "regions": ["Bellinzona", "Tessin", "Italien"],
        "authors": ["Giulia Pedretti"],
        "hours_ago": 9.0,
        "updated_hours_ago": 7.0,
        "image": {
            "caption": "Ein Hochwasser führender Bach im Tessin.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Braunes Wasser schiesst durch ein felsiges Bachbett",
            "motif": "mountains",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-009",
        "section": "news",
        "headline": "Reisebus verunfallt in Savoyen: Zwölf Gäste aus der Romandie leicht verletzt",
        "kicker": "",
        "lead": (
            "Auf der Fahrt in ein Skigebiet in den französischen Alpen ist ein Reisebus mit Gästen "
            "aus der Westschweiz von der Strasse abgekommen. Zwölf Personen wurden leicht verletzt."
        ),
        "key_points": [
            (
                "Der Bus mit 38 Gästen aus der Waadt und aus Genf geriet auf schneebedeckter "
                "Strasse ins Rutschen."
            ),
            "Zwölf Personen wurden leicht verletzt und ambulant behandelt.",
            "Die französische Polizei untersucht die Unfallursache.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Unfall ereignete sich am frühen Morgen auf einer Bergstrasse in Savoyen. "
                    "Der Reisebus eines Genfer Carunternehmens war mit 38 Gästen unterwegs in ein "
                    "Skigebiet, als er in einer Kurve auf der schneebedeckten Fahrbahn ins "
                    "Rutschen geriet und gegen eine Böschung prallte."
                ),
            ),
            (
                "paragraph",
                (
                    "Nach Angaben der örtlichen Behörden wurden zwölf Personen leicht verletzt, "
                    "darunter der Chauffeur. Sie wurden in ein Spital im Tal gebracht und konnten "
                    "es im Laufe des Tages wieder verlassen. Die übrigen Passagiere wurden mit "
                    "einem Ersatzbus in ihr Hotel gefahren."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Polizei untersucht, ob der Bus ausreichend für winterliche Verhältnisse "
                    "ausgerüstet war und ob die Strasse zum Zeitpunkt des Unfalls geräumt war. Das "
                    "Carunternehmen versichert, seine Fahrzeuge seien mit Winterreifen und "
                    "Schneeketten unterwegs."
                ),
            ),
            ("subheading", "Hotline für Angehörige"),
            (
                "paragraph",
                (
                    "Für Angehörige hat das Reiseunternehmen eine Hotline eingerichtet. Das "
                    "Aussendepartement in Bern steht mit den französischen Behörden in Kontakt und "
                    "unterstützt die Betroffenen bei Bedarf."
                ),
            ),
        ],
        "topics": ["Tourismus"],
        "primary_topic": "Tourismus",
        "regions": ["Frankreich", "Genf"],
        "authors": ["Thomas Jenni"],
        "hours_ago": 26.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Eine verschneite Bergstrasse in den französischen Alpen.",
            "credit": "AFP",
            "archive": False,
            "alt": "Kurvige Bergstrasse mit Schnee am Rand",
            "motif": "mountains",
        },
        "comment_mode": "closed",
    },
    {
        "id": "demo-010",
        "section": "news",
        "headline": "Freiburger Solarprojekt bringt Strom in 40 Dörfer in Kenia",
        "kicker": "",
        "lead": (
            "Ein Verein aus dem Kanton Freiburg hat im Westen Kenias 40 Dörfer mit kleinen "
            "Solarnetzen ausgerüstet. Schulen und Gesundheitsstationen haben erstmals verlässlich "
            "Strom."
        ),
        "key_points": [
            "In 40 Dörfern wurden kleine Solarnetze mit Batteriespeichern gebaut.",
            "Rund 25'000 Menschen profitieren, darunter Schulen und Gesundheitsstationen.",
            "Lokal ausgebildete Techniker übernehmen Betrieb und Wartung der Anlagen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Drei Jahre hat es gedauert, nun ist das letzte Solarnetz in Betrieb. Der "
                    "Freiburger Verein «Licht für Dörfer» hat mit kenianischen Partnern in 40 "
                    "Dörfern kleine Stromnetze aufgebaut. Sie bestehen aus Solarpanels, "
                    "Batteriespeichern und einfachen Leitungen zu Häusern, Schulen und Werkstätten."
                ),
            ),
            (
                "paragraph",
                (
                    "Für die rund 25'000 Bewohnerinnen und Bewohner verändert das den Alltag. "
                    "Kinder können am Abend bei Licht lernen, Gesundheitsstationen Impfstoffe "
                    "kühlen und Handwerker elektrische Maschinen nutzen. Bisher waren viele "
                    "Haushalte auf Kerosinlampen und teure Dieselgeneratoren angewiesen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Am meisten freut mich, dass die Anlagen von Leuten aus den Dörfern selbst "
                        "gewartet werden."
                    ),
                    "source": "Jeanne Bapst, Präsidentin des Vereins «Licht für Dörfer»",
                },
            ),
            ("subheading", "Bezahlt wird per Handy"),
            (
                "paragraph",
                (
                    "Den Strom bezahlen die Haushalte in kleinen Beträgen über ihr Mobiltelefon. "
                    "Mit den Einnahmen werden Wartung, Ersatzteile und die Löhne von zwölf lokal "
                    "ausgebildeten Technikern finanziert. Nach fünf Jahren sollen die Netze "
                    "vollständig in den Besitz von Dorfgenossenschaften übergehen."
                ),
            ),
            (
                "paragraph",
                (
                    "Finanziert wurde das Projekt mit Spenden, Beiträgen mehrerer Freiburger "
                    "Gemeinden und einer Stiftung. Weil die Solarnetze Dieselgeneratoren ersetzen, "
                    "sparen sie zudem jedes Jahr mehrere Hundert Tonnen CO2. Der Verein prüft "
                    "bereits, das Modell auf weitere Regionen auszuweiten."
                ),
            ),
        ],
        "topics": ["Energieversorgung", "Klimawandel"],
        "primary_topic": "Energieversorgung",
        "regions": ["Kenia", "Freiburg"],
        "authors": ["Thomas Jenni"],
        "hours_ago": 120.0,
        "updated_hours_ago": 100.0,
        "image": {
            "caption": "Solarpanels auf dem Dach einer Dorfschule im Westen Kenias.",
            "credit": "zVg",
            "archive": False,
            "alt": "Solarmodule auf einem Wellblechdach unter blauem Himmel",
            "motif": "field",
        },
        "comment_mode": "open",
    },
    # -------------------- Schweiz --------------------
    {
        "id": "demo-011",
        "section": "schweiz",
        "headline": "Imfeld will mehr Güterverkehr am Gotthard auf die Schiene bringen",
        "kicker": "",
        "lead": (
            "Bundesrätin Regula Imfeld legt einen Plan vor, mit dem mehr Güter per Bahn durch die "
            "Alpen transportiert werden sollen. Kernstück sind Terminals für längere Züge und "
            "befristete Anreize für Transportfirmen."
        ),
        "key_points": [
            (
                "Der Bund will die Verlagerung des alpenquerenden Güterverkehrs auf die Schiene "
                "beschleunigen."
            ),
            (
                "Geplant sind Terminals für längere Züge sowie befristete Beiträge für "
                "Transportfirmen."
            ),
            "Kantone und Verbände können bis im Frühling Stellung nehmen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Noch immer fahren jedes Jahr über 800'000 Lastwagen durch die Schweizer "
                    "Alpen, ein grosser Teil davon durch den Gotthard-Strassentunnel. Das "
                    "gesetzliche Ziel von höchstens 650'000 Fahrten ist damit weiterhin verfehlt. "
                    "Bundesrätin Regula Imfeld hat nun in Bern ein Massnahmenpaket vorgestellt, "
                    "das die Verlagerung auf die Schiene beschleunigen soll."
                ),
            ),
            (
                "paragraph",
                (
                    "Kernstück ist der Ausbau von Umschlagterminals im Norden und im Süden des "
                    "Landes, damit dort Güterzüge mit einer Länge von bis zu 740 Metern "
                    "abgefertigt werden können. Zudem sollen Transportunternehmen, die "
                    "Sattelauflieger auf die Bahn verlagern, während einer Übergangszeit "
                    "finanziell unterstützt werden."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir haben mit dem Basistunnel eine hervorragende Bahn durch den Gotthard "
                        "gebaut. Jetzt müssen wir dafür sorgen, dass sie auch voll genutzt wird."
                    ),
                    "source": "Regula Imfeld, Bundesrätin",
                },
            ),
            ("subheading", "Skepsis in der Transportbranche"),
            (
                "paragraph",
                (
                    "Die Reaktionen fallen gemischt aus. Umweltverbände begrüssen den Plan "
                    "grundsätzlich, halten ihn aber für zu zögerlich. Der Nutzfahrzeugverband "
                    "warnt hingegen vor höheren Kosten für die Wirtschaft und fordert, zuerst die "
                    "Zuverlässigkeit der Bahn zu verbessern."
                ),
            ),
            (
                "paragraph",
                (
                    "In den Kantonen Uri und Tessin, die besonders unter dem Transitverkehr "
                    "leiden, stösst der Vorschlag auf Zustimmung. Die Vernehmlassung dauert bis im "
                    "Frühling, danach will der Bundesrat dem Parlament eine Botschaft unterbreiten."
                ),
            ),
        ],
        "topics": ["Gotthard", "Regula Imfeld", "Öffentlicher Verkehr", "Bundesrat"],
        "primary_topic": "Gotthard",
        "regions": ["Bern (Stadt)", "Uri", "Tessin"],
        "authors": ["Reto Zimmermann"],
        "hours_ago": 28.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Ein Güterzug fährt im Urner Reusstal in Richtung Gotthard-Basistunnel.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Langer Güterzug in einem Alpental",
            "motif": "train",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-012",
        "section": "schweiz",
        "headline": "Prämienverbilligung: Kantone wollen mehr Spielraum",
        "kicker": "",
        "lead": (
            "Die kantonalen Gesundheitsdirektorinnen und -direktoren wehren sich gegen neue "
            "Vorgaben des Bundes bei der Prämienverbilligung. Sie verlangen mehr Mitsprache bei "
            "der Verteilung der Gelder."
        ),
        "key_points": [
            "Die Kantone kritisieren geplante Mindestvorgaben des Bundes zur Prämienverbilligung.",
            "Vor allem kleinere Kantone befürchten Mehrkosten in zweistelliger Millionenhöhe.",
            "Der Bundesrat will im Frühling über das weitere Vorgehen entscheiden.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Ton ist ungewohnt deutlich. In einer gemeinsamen Stellungnahme fordern "
                    "die Gesundheitsdirektorinnen und -direktoren der Kantone, dass der Bund bei "
                    "der Prämienverbilligung nicht über ihre Köpfe hinweg entscheidet. Die "
                    "geplanten Mindestvorgaben würden die unterschiedlichen Verhältnisse in den "
                    "Kantonen zu wenig berücksichtigen."
                ),
            ),
            (
                "paragraph",
                (
                    "Hintergrund sind Pläne, wonach jeder Kanton einen festgelegten Anteil seiner "
                    "Gesundheitskosten für die Verbilligung der Krankenkassenprämien einsetzen "
                    "muss. Heute variieren die Beiträge stark: Während einige Kantone grosszügig "
                    "unterstützen, erhalten Haushalte anderswo deutlich weniger."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir sind nicht gegen mehr Entlastung. Aber wer bezahlt, soll auch "
                        "mitreden können."
                    ),
                    "source": (
                        "Claudine Morier, Regierungsrätin und Sprecherin der Westschweizer Kantone"
                    ),
                },
            ),
            ("subheading", "Ungleich betroffen"),
            (
                "paragraph",
                (
                    "Vor allem kleinere und finanzschwächere Kantone befürchten Mehrkosten in "
                    "zweistelliger Millionenhöhe. Die Waadt, die bereits heute viel Geld für die "
                    "Prämienverbilligung aufwendet, wäre von den neuen Regeln kaum betroffen, "
                    "unterstützt die Kritik aber aus grundsätzlichen Überlegungen."
                ),
            ),
            (
                "paragraph",
                (
                    "Der Bundesrat nimmt die Stellungnahmen zur Kenntnis und will im Frühling "
                    "entscheiden, wie es weitergeht. Im Luzerner Kantonsparlament ist bereits ein "
                    "Vorstoss hängig, der eine Standesinitiative für mehr kantonalen Spielraum "
                    "verlangt."
                ),
            ),
        ],
        "topics": ["Krankenkassenprämien", "Bundesrat"],
        "primary_topic": "Krankenkassenprämien",
        "regions": ["Waadt", "Luzern"],
        "authors": ["Reto Zimmermann"],
        "hours_ago": 45.0,
        "updated_hours_ago": 40.0,
        "image": {
            "caption": "Der Sitzungssaal eines Kantonsparlaments vor Beginn einer Debatte.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Leere Sitzreihen in einem holzgetäferten Parlamentssaal",
            "motif": "parliament",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-013",
        "section": "schweiz",
        "headline": "Stadt Zürich will 2'000 zusätzliche gemeinnützige Wohnungen schaffen",
        "kicker": "",
        "lead": (
            "Der Zürcher Stadtrat hat ein Programm für 2'000 zusätzliche gemeinnützige Wohnungen "
            "in den nächsten zehn Jahren vorgestellt. Dafür will die Stadt selbst Land kaufen und "
            "Genossenschaften stärker unterstützen."
        ),
        "key_points": [
            (
                "In den nächsten zehn Jahren sollen 2'000 zusätzliche gemeinnützige Wohnungen "
                "entstehen."
            ),
            "Ein neuer Wohnraumfonds soll mit 500 Millionen Franken ausgestattet werden.",
            (
                "Hauseigentümer kritisieren den Eingriff in den Markt, zuerst entscheidet das "
                "Stadtparlament."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Wohnungsnot ist das beherrschende Thema der Zürcher Stadtpolitik. Der "
                    "Leerstand liegt seit Jahren unter einem halben Prozent, und wer umziehen "
                    "muss, findet kaum eine bezahlbare Wohnung. Der Stadtrat hat nun ein Programm "
                    "vorgestellt, mit dem in den nächsten zehn Jahren 2'000 zusätzliche "
                    "gemeinnützige Wohnungen entstehen sollen."
                ),
            ),
            (
                "paragraph",
                (
                    "Zentral ist ein neuer Wohnraumfonds mit 500 Millionen Franken. Damit soll die "
                    "Stadt Grundstücke und Liegenschaften kaufen und diese im Baurecht an "
                    "Genossenschaften abgeben können. Zudem will der Stadtrat bei grossen "
                    "Arealentwicklungen einen höheren Anteil an preisgünstigen Wohnungen verlangen."
                ),
            ),
            ("subheading", "Widerstand von Eigentümern"),
            (
                "paragraph",
                (
                    "Der Hauseigentümerverband kritisiert das Programm als teuren Eingriff in den "
                    "Markt. Die Stadt verdränge private Investoren und treibe die Bodenpreise "
                    "zusätzlich in die Höhe. Der Mieterverband begrüsst den Vorstoss dagegen, hält "
                    "das Ziel aber für zu bescheiden."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Eine Stadt, in der sich Pflegefachleute und Polizisten keine Wohnung mehr "
                        "leisten können, funktioniert nicht."
                    ),
                    "source": "Sandra Wüthrich, Stadträtin",
                },
            ),
            (
                "paragraph",
                (
                    "Über den Fonds muss zunächst das Stadtparlament befinden, danach dürften die "
                    "Stimmberechtigten das letzte Wort haben. Eine Volksabstimmung könnte "
                    "frühestens im Herbst stattfinden."
                ),
            ),
        ],
        "topics": ["Wohnungsmarkt"],
        "primary_topic": "Wohnungsmarkt",
        "regions": ["Zürich (Stadt)"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 8.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Eine Neubausiedlung einer Wohnbaugenossenschaft im Norden von Zürich.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Moderne Wohnblöcke mit Balkonen und einem Innenhof",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-014",
        "section": "schweiz",
        "headline": "Leerstand auf Rekordtief: Warum Zug kaum noch Wohnungen hat",
        "kicker": "Analyse",
        "lead": (
            "Im Kanton Zug steht kaum noch eine Wohnung leer. Zuzüger aus der Tech- und "
            "Finanzbranche treiben die Nachfrage, während Bauland knapp ist."
        ),
        "key_points": [
            "Die Leerwohnungsziffer im Kanton Zug liegt bei 0,3 Prozent, so tief wie nie.",
            "Wachsende Firmen wie Novalpin holen Fachkräfte aus dem In- und Ausland in die Region.",
            (
                "Gemeinden wie Baar setzen auf dichteres Bauen und einen Anteil preisgünstiger "
                "Wohnungen."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Wer in Zug eine Wohnung sucht, braucht Geduld und ein dickes Portemonnaie. "
                    "Die Leerwohnungsziffer ist auf 0,3 Prozent gesunken, so tief wie nie seit "
                    "Beginn der Erhebung. Für eine Viereinhalbzimmerwohnung werden in der Stadt "
                    "Zug inzwischen oft über 4'500 Franken Miete im Monat verlangt."
                ),
            ),
            (
                "paragraph",
                (
                    "Ein Grund ist die starke Wirtschaft. Firmen aus der Tech-, Finanz- und "
                    "Rohstoffbranche wachsen und holen Fachkräfte aus dem In- und Ausland. Allein "
                    "die Softwarefirma Novalpin hat ihren Personalbestand in zwei Jahren fast "
                    "verdoppelt. Viele Neuzuzüger können sich hohe Mieten leisten, was das "
                    "Preisniveau weiter anhebt."
                ),
            ),
            ("subheading", "Knappes Bauland"),
            (
                "paragraph",
                (
                    "Gleichzeitig ist Bauland rar. Zwischen See und Hügeln bleibt wenig Platz, und "
                    "neue Einzonungen sind politisch kaum mehr durchsetzbar. Wachstum ist deshalb "
                    "fast nur noch durch Verdichtung möglich, etwa durch Aufstockungen oder den "
                    "Ersatz älterer Bauten durch grössere Neubauten."
                ),
            ),
            (
                "paragraph",
                (
                    "Einige Gemeinden steuern dagegen. Baar verlangt bei grösseren Überbauungen "
                    "einen Anteil an preisgünstigen Wohnungen, die Stadt Zug baut auf eigenem "
                    "Land. Fachleute bezweifeln allerdings, dass dies reicht, solange die "
                    "Nachfrage so stark wächst."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Wohnen im Kanton Zug",
                    "items": [
                        "Leerwohnungsziffer: 0,3 Prozent",
                        "Miete 4,5-Zimmer-Wohnung in der Stadt Zug: oft über 4'500 Franken",
                        "Bevölkerungswachstum im letzten Jahr: 1,4 Prozent",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Für Menschen mit tieferen Einkommen bleibt oft nur der Wegzug in "
                    "Nachbarkantone. Das verlängert die Arbeitswege und belastet Strassen und "
                    "Züge, ein Problem, das die Region noch lange beschäftigen dürfte."
                ),
            ),
        ],
        "topics": ["Wohnungsmarkt", "Novalpin AG"],
        "primary_topic": "Wohnungsmarkt",
        "regions": ["Zug (Stadt)", "Baar"],
        "authors": ["Michael Tanner"],
        "hours_ago": 60.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Blick über die Stadt Zug mit ihren Wohnquartieren am Hang.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Wohnhäuser an einem Hang über einer Kleinstadt",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-015",
        "section": "schweiz",
        "headline": "Luzern sperrt die Altstadt an den Adventswochenenden für Autos",
        "kicker": "",
        "lead": (
            "An den Adventswochenenden bleibt die Luzerner Altstadt für private Autos gesperrt. "
            "Die Stadt will so Fussgängerinnen und Fussgängern mehr Platz geben, das Gewerbe ist "
            "skeptisch."
        ),
        "key_points": [
            "An vier Wochenenden gilt in der Altstadt ein Fahrverbot für private Autos.",
            "Zusätzliche Busse fahren gratis von zwei Park-and-Ride-Anlagen ins Zentrum.",
            "Detailhändler befürchten Umsatzeinbussen, die Stadt will den Versuch auswerten.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Ab dem ersten Adventswochenende dürfen private Autos die Luzerner Altstadt am "
                    "Samstag und Sonntag nicht mehr befahren. Ausgenommen sind Anwohnerinnen und "
                    "Anwohner, Lieferwagen bis 11 Uhr sowie Taxis und Fahrzeuge für Menschen mit "
                    "Behinderung. Der Versuch dauert vier Wochenenden."
                ),
            ),
            (
                "paragraph",
                (
                    "In der Vorweihnachtszeit strömen besonders viele Besucherinnen und Besucher "
                    "in die Stadt, darunter zahlreiche Reisegruppen. In den schmalen Gassen werde "
                    "es dann eng, schreibt die Stadt. Mit dem Fahrverbot soll mehr Raum für "
                    "Fussgänger, Marktstände und Strassenmusik entstehen."
                ),
            ),
            ("subheading", "Gratis-Shuttle ab Stadtrand"),
            (
                "paragraph",
                (
                    "Wer mit dem Auto anreist, soll am Stadtrand parkieren. Von zwei "
                    "Park-and-Ride-Anlagen fahren zusätzliche Busse im Zehnminutentakt ins "
                    "Zentrum, die Fahrt ist mit dem Parkticket gratis. Die Verkehrsbetriebe setzen "
                    "dafür Reservefahrzeuge und zusätzliches Personal ein."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Unsere Kundschaft aus der Agglomeration kommt mit dem Auto. Wenn sie "
                        "wegbleibt, spüren wir das sofort."
                    ),
                    "source": "Beat Küttel, Präsident der Vereinigung Altstadtgeschäfte",
                },
            ),
            (
                "paragraph",
                (
                    "Die Stadt will den Versuch mit Passantenzählungen und Umfragen auswerten. Ob "
                    "die Massnahme im nächsten Jahr wiederholt oder ausgeweitet wird, entscheidet "
                    "der Stadtrat im Frühling."
                ),
            ),
        ],
        "topics": ["Öffentlicher Verkehr", "Tourismus"],
        "primary_topic": "Öffentlicher Verkehr",
        "regions": ["Luzern (Stadt)", "Luzern"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 16.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Passantinnen und Passanten in einer Gasse der Luzerner Altstadt.",
            "credit": "depesche",
            "archive": False,
            "alt": "Fussgänger in einer Altstadtgasse mit bemalten Fassaden",
            "motif": "city",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-016",
        "section": "schweiz",
        "headline": "Neuer Abschnitt des Zürichsee-Uferwegs in Meilen eröffnet",
        "kicker": "",
        "lead": (
            "In Meilen können Spaziergängerinnen und Spaziergänger nun einen weiteren Kilometer "
            "direkt am Zürichsee entlanggehen. Bis der Uferweg durchgehend ist, dauert es aber "
            "noch Jahre."
        ),
        "key_points": [
            "Der neue Abschnitt ist rund 1,1 Kilometer lang und kostete 6,8 Millionen Franken.",
            "Ein Teil des Wegs führt über einen Holzsteg im Wasser.",
            "Am Zürcher Ufer fehlen weiterhin mehrere Kilometer bis zu einem durchgehenden Weg.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Nach zweijähriger Bauzeit ist in Meilen ein weiteres Stück des "
                    "Zürichsee-Uferwegs eröffnet worden. Der Abschnitt ist rund 1,1 Kilometer lang "
                    "und verbindet das Strandbad mit dem Hafen. Ein Teil davon führt über einen "
                    "Holzsteg, der auf Pfählen im Wasser steht."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Kosten von 6,8 Millionen Franken teilen sich Kanton und Gemeinde. Zur "
                    "Eröffnung kamen trotz kühlem Wetter mehrere Hundert Menschen. Viele nutzten "
                    "die Gelegenheit, den neuen Steg bei Sonnenuntergang auszuprobieren."
                ),
            ),
            ("subheading", "Zähes Ringen um jeden Meter"),
            (
                "paragraph",
                (
                    "Der Uferweg ist seit Jahrzehnten ein politisches Dauerthema. Viele "
                    "Seegrundstücke sind in Privatbesitz, und Eigentümer wehren sich teils bis vor "
                    "Bundesgericht gegen öffentliche Wege vor ihren Häusern. In Meilen gelang eine "
                    "Einigung mit den Anstössern, weil der Weg auf einem Steg vor den Grundstücken "
                    "verläuft."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Es hat lange gedauert, aber jetzt können alle den See von hier aus "
                        "geniessen, nicht nur ein paar wenige."
                    ),
                    "source": "Ursula Schnyder, Präsidentin des Vereins «Ufer für alle»",
                },
            ),
            (
                "paragraph",
                (
                    "Der Kanton will den Weg in den nächsten Jahren weiter ausbauen. Welche "
                    "Abschnitte als Nächstes an die Reihe kommen, hängt auch davon ab, wie schnell "
                    "Verhandlungen und allfällige Rechtsverfahren abgeschlossen werden."
                ),
            ),
        ],
        "topics": ["Zürichsee", "Tourismus"],
        "primary_topic": "Zürichsee",
        "regions": ["Meilen", "Zürich"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 110.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Der neue Holzsteg am Zürichsee-Ufer in Meilen.",
            "credit": "depesche",
            "archive": False,
            "alt": "Holzsteg führt über das Wasser entlang eines Seeufers",
            "motif": "lake",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-017",
        "section": "schweiz",
        "headline": "Aletschgletscher schmilzt schneller als erwartet",
        "kicker": "",
        "lead": (
            "Der grösste Gletscher der Alpen hat im vergangenen Jahr so viel Eis verloren wie noch "
            "nie seit Messbeginn. Das zeigen neue Daten des Alpeninstituts für Klimaforschung."
        ),
        "key_points": [
            "Die Zunge des Aletschgletschers zog sich innert eines Jahres um rund 90 Meter zurück.",
            "Das Eis wurde im Durchschnitt um über drei Meter dünner.",
            "Schneearmer Winter, heisser Sommer und Saharastaub gelten als Hauptursachen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Messungen sind eindeutig: Der Grosse Aletschgletscher hat im letzten Jahr "
                    "mehr Eis verloren als in jedem anderen Jahr seit Beginn der systematischen "
                    "Beobachtung. Die Gletscherzunge zog sich um rund 90 Meter zurück, die "
                    "Eisdicke nahm im Durchschnitt um über drei Meter ab."
                ),
            ),
            (
                "paragraph",
                (
                    "Verantwortlich sind vor allem ein schneearmer Winter und ein langer, heisser "
                    "Sommer. Weil die schützende Schneedecke früh weggeschmolzen war, lag das "
                    "dunklere Gletschereis wochenlang offen und nahm mehr Sonnenenergie auf. "
                    "Saharastaub, der sich im Frühling abgelagert hatte, verstärkte diesen Effekt "
                    "zusätzlich."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir messen hier seit fünfzehn Jahren. So schnelle Veränderungen hätte ich "
                        "mir zu Beginn nicht vorstellen können."
                    ),
                    "source": "Anja Brändli, Glaziologin am Alpeninstitut für Klimaforschung",
                },
            ),
            ("subheading", "Folgen für Wanderwege und Hänge"),
            (
                "paragraph",
                (
                    "Der Gletscherschwund hat auch praktische Folgen. Wanderwege müssen verlegt "
                    "werden, weil sich Hänge ohne das stützende Eis bewegen. Oberhalb der "
                    "Gletscherzunge beobachten Fachleute seit einigen Jahren, wie ganze "
                    "Hangpartien langsam talwärts kriechen."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Der Aletschgletscher in Zahlen",
                    "items": [
                        "Länge: rund 20 Kilometer",
                        "Eisdicke am Konkordiaplatz: bis zu 800 Meter",
                        "Längenverlust seit Mitte des 19. Jahrhunderts: über 3 Kilometer",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Selbst wenn die Klimaziele erreicht würden, werde der Gletscher weiter "
                    "schrumpfen, sagt Brändli. Wie viel von ihm Ende des Jahrhunderts übrig "
                    "bleibe, hänge aber stark davon ab, wie rasch der Ausstoss von Treibhausgasen "
                    "sinke."
                ),
            ),
        ],
        "topics": [
            "Aletschgletscher",
            "Klimawandel",
            "Anja Brändli",
            "Alpeninstitut für Klimaforschung",
        ],
        "primary_topic": "Aletschgletscher",
        "regions": ["Wallis"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 150.0,
        "updated_hours_ago": 140.0,
        "image": {
            "caption": "Die Zunge des Grossen Aletschgletschers zwischen steilen Felsflanken.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Gletscher mit Schuttbändern zwischen grauen Felswänden",
            "motif": "mountains",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-018",
        "section": "schweiz",
        "headline": "Biel/Bienne: Zweisprachige Klassen werden zum Vorbild",
        "kicker": "",
        "lead": (
            "In Biel lernen Kinder in gemischten Klassen auf Deutsch und Französisch. Nun "
            "interessieren sich auch andere zweisprachige Orte für das Modell."
        ),
        "key_points": [
            "In Biel besuchen über 600 Kinder eine zweisprachige Klasse.",
            "Der Unterricht findet je zur Hälfte auf Deutsch und auf Französisch statt.",
            "Der Kanton Freiburg und die Stadt Sitten prüfen, das Modell zu übernehmen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Ein gewöhnlicher Morgen in einem Bieler Schulhaus: Die Lehrerin erklärt die "
                    "Rechenaufgabe auf Französisch, ein Junge fragt auf Deutsch nach. Niemand "
                    "stört sich daran. In den zweisprachigen Klassen der Stadt gehört der Wechsel "
                    "zwischen den Sprachen zum Alltag."
                ),
            ),
            (
                "paragraph",
                (
                    "Was vor einigen Jahren als Versuch mit zwei Klassen begann, ist inzwischen "
                    "fester Bestandteil der Bieler Volksschule. Über 600 Kinder lernen in Klassen, "
                    "in denen etwa die Hälfte Deutsch und die andere Hälfte Französisch als "
                    "Muttersprache hat."
                ),
            ),
            ("subheading", "Gute Resultate, lange Warteliste"),
            (
                "paragraph",
                (
                    "Eine Auswertung zeigt, dass die Kinder in beiden Sprachen gute Leistungen "
                    "erbringen, ohne in anderen Fächern zurückzufallen. Die Nachfrage übersteigt "
                    "das Angebot deutlich, jedes Jahr bleiben Familien auf der Warteliste."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Die Kinder lernen die andere Sprache nicht als Schulfach, sondern weil "
                        "sie mit ihren Gspänli spielen wollen."
                    ),
                    "source": "Nathalie Gerber, Schulleiterin in Biel",
                },
            ),
            (
                "paragraph",
                (
                    "Auch andere zweisprachige Orte verfolgen das Projekt. Im Kanton Freiburg und "
                    "in Sitten laufen Abklärungen, ob ähnliche Klassen eingeführt werden könnten. "
                    "Hürden sind vor allem der Mangel an Lehrpersonen, die beide Sprachen sicher "
                    "beherrschen, und unterschiedliche Lehrpläne."
                ),
            ),
        ],
        "topics": ["Bildung"],
        "primary_topic": "Bildung",
        "regions": ["Biel/Bienne", "Freiburg", "Sitten"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 200.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Ein Schulhaus in Biel, in dem zweisprachige Klassen unterrichtet werden.",
            "credit": "zVg",
            "archive": False,
            "alt": "Schulhaus mit Pausenplatz in einem Stadtquartier",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-019",
        "section": "schweiz",
        "headline": "Lugano–Mailand: Züge fahren neu im Halbstundentakt",
        "kicker": "",
        "lead": (
            "Mit dem Fahrplanwechsel verkehren zwischen Lugano und Mailand doppelt so viele Züge "
            "wie bisher. Pendlerinnen und Touristen sparen Zeit, doch auf italienischer Seite "
            "bleiben Engpässe."
        ),
        "key_points": [
            "Ab dem Fahrplanwechsel fahren die Züge zwischen Lugano und Mailand alle 30 Minuten.",
            "Die schnellsten Verbindungen brauchen knapp über eine Stunde.",
            "Baustellen auf italienischer Seite dürften die Pünktlichkeit anfangs belasten.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Mit dem Fahrplanwechsel im Dezember beginnt für viele Reisende zwischen dem "
                    "Tessin und der Lombardei eine neue Zeitrechnung. Zwischen Lugano und Mailand "
                    "fahren die Züge neu im Halbstundentakt, bisher war es ein Zug pro Stunde. Die "
                    "schnellsten Verbindungen benötigen knapp über eine Stunde."
                ),
            ),
            (
                "paragraph",
                (
                    "Möglich wird der dichtere Takt durch Ausbauten auf beiden Seiten der Grenze "
                    "und neues Rollmaterial. Davon profitieren vor allem Grenzgängerinnen und "
                    "Grenzgänger, aber auch Touristen, die durch den Gotthard-Basistunnel in den "
                    "Süden reisen und in Lugano Anschluss nach Mailand haben."
                ),
            ),
            ("subheading", "Baustellen in der Lombardei"),
            (
                "paragraph",
                (
                    "Ganz reibungslos dürfte der Start aber nicht verlaufen. Auf italienischer "
                    "Seite wird an mehreren Abschnitten gebaut, was in den ersten Monaten zu "
                    "Verspätungen führen kann. Die Bahnunternehmen haben deshalb Reserven in den "
                    "Fahrplan eingebaut."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Jeder Grenzgänger, der den Zug statt das Auto nimmt, entlastet unsere "
                        "Strassen."
                    ),
                    "source": "Elena Bernasconi, Verkehrsplanerin der Region Lugano",
                },
            ),
            (
                "paragraph",
                (
                    "Der Kanton Tessin hofft, dass der neue Takt den Pendlerverkehr auf der "
                    "Autobahn spürbar reduziert. Heute überqueren täglich Zehntausende Grenzgänger "
                    "die Grenze, die meisten mit dem Auto."
                ),
            ),
        ],
        "topics": ["Öffentlicher Verkehr", "Gotthard"],
        "primary_topic": "Öffentlicher Verkehr",
        "regions": ["Lugano", "Italien"],
        "authors": ["Giulia Pedretti"],
        "hours_ago": 75.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Ein Regionalzug im Bahnhof Lugano.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Zug an einem Bahnsteig mit Bergen im Hintergrund",
            "motif": "train",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-020",
        "section": "schweiz",
        "headline": "Lawinengefahr in Graubünden steigt auf Stufe 4",
        "kicker": "",
        "lead": (
            "Nach starkem Schneefall gilt in Teilen Graubündens grosse Lawinengefahr. Mehrere "
            "Passstrassen sind gesperrt, Tourengänger sollen vorerst auf Touren abseits "
            "gesicherter Pisten verzichten."
        ),
        "key_points": [
            "In Teilen Graubündens gilt die Lawinengefahrenstufe 4 von 5.",
            "Seit gestern fielen verbreitet 60 bis 90 Zentimeter Neuschnee.",
            (
                "Mehrere Passstrassen sind gesperrt, die Bahnverbindungen nach Davos und ins "
                "Engadin sind offen."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Seit gestern Nachmittag hat es in Graubünden verbreitet 60 bis 90 Zentimeter "
                    "Neuschnee gegeben, im Prättigau und im Berninagebiet stellenweise noch mehr. "
                    "Starker Wind hat den Schnee verfrachtet und an vielen Hängen gefährliche "
                    "Triebschneeansammlungen gebildet."
                ),
            ),
            (
                "paragraph",
                (
                    "Das Lawinenwarnzentrum hat deshalb für mehrere Regionen die Gefahrenstufe 4 "
                    "ausgerufen, die zweithöchste Stufe. Spontane Lawinen sind möglich, einzelne "
                    "könnten auch exponierte Verkehrswege erreichen."
                ),
            ),
            ("subheading", "Strassen zu, Bahn fährt"),
            (
                "paragraph",
                (
                    "Mehrere Passstrassen bleiben bis auf Weiteres gesperrt. Die Bahnverbindungen "
                    "nach Davos und ins Engadin sind dagegen offen, vereinzelt kommt es wegen "
                    "Räumungsarbeiten zu Verspätungen. In Davos wurden einzelne Winterwanderwege "
                    "und Schlittelbahnen vorsorglich geschlossen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wer jetzt abseits der Pisten unterwegs ist, spielt mit seinem Leben. Auch "
                        "erfahrene Tourengänger sollten ein paar Tage warten."
                    ),
                    "source": "Curdin Caduff, Lawinenexperte",
                },
            ),
            (
                "paragraph",
                (
                    "In den nächsten Tagen soll sich das Wetter beruhigen. Die Lawinengefahr "
                    "dürfte aber nur langsam abnehmen, weil sich die Schneedecke bei tiefen "
                    "Temperaturen nur zögerlich setzt."
                ),
            ),
        ],
        "topics": ["Naturgefahren", "Wetter"],
        "primary_topic": "Naturgefahren",
        "regions": ["Graubünden", "Davos"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 3.5,
        "updated_hours_ago": 1.0,
        "image": {
            "caption": "Tief verschneite Landschaft oberhalb von Davos.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Verschneite Berghänge unter grauem Himmel",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-021",
        "section": "schweiz",
        "headline": "Bundesrat will Winterstrom mit schnelleren Verfahren sichern",
        "kicker": "",
        "lead": (
            "Bundesrätin Regula Imfeld schickt eine Vorlage in die Vernehmlassung, die den Bau von "
            "Speicherkraftwerken und grossen Solaranlagen in den Alpen beschleunigen soll. Ziel "
            "ist mehr Strom im Winter."
        ),
        "key_points": [
            (
                "Bewilligungsverfahren für ausgewählte Kraftwerksprojekte sollen deutlich "
                "schneller werden."
            ),
            "Betreiber von Reservekraftwerken sollen längerfristige Verträge erhalten.",
            "Umweltverbände kündigen Widerstand gegen Eingriffe in wertvolle Landschaften an.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Im Winter produziert die Schweiz weniger Strom, als sie verbraucht, und ist "
                    "auf Importe angewiesen. Der Bundesrat will diese Lücke verkleinern. "
                    "Bundesrätin Regula Imfeld hat in Bern eine Vorlage präsentiert, die den "
                    "Ausbau von Speicherkraftwerken und alpinen Solaranlagen beschleunigen soll."
                ),
            ),
            (
                "paragraph",
                (
                    "Konkret sollen für rund ein Dutzend Projekte, die für die Winterversorgung "
                    "besonders wichtig sind, vereinfachte Bewilligungsverfahren gelten. "
                    "Einsprachen wären weiterhin möglich, der Instanzenweg würde aber verkürzt. "
                    "Zudem will der Bund Betreibern von Reservekraftwerken längerfristige Verträge "
                    "anbieten."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir können nicht jeden Winter darauf hoffen, dass unsere Nachbarn genug "
                        "Strom übrig haben."
                    ),
                    "source": "Regula Imfeld, Bundesrätin",
                },
            ),
            ("subheading", "Landschaftsschutz gegen Versorgung"),
            (
                "paragraph",
                (
                    "Die Umweltverbände reagieren kritisch. Sie befürchten, dass unter dem Druck "
                    "der Versorgungssicherheit wertvolle Landschaften geopfert werden. Die "
                    "Energiewirtschaft begrüsst die Vorlage grundsätzlich, hält die Mittel für die "
                    "Reserve aber für zu knapp bemessen."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Vernehmlassung dauert drei Monate. Der Bundesrat rechnet damit, dem "
                    "Parlament die Vorlage im nächsten Jahr unterbreiten zu können."
                ),
            ),
        ],
        "topics": ["Energieversorgung", "Regula Imfeld", "Bundesrat"],
        "primary_topic": "Energieversorgung",
        "regions": ["Bern (Stadt)"],
        "authors": ["Reto Zimmermann"],
        "hours_ago": 34.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Die Staumauer eines Speicherkraftwerks in den Alpen.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Betonstaumauer vor einem Bergsee",
            "motif": "mountains",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-022",
        "section": "schweiz",
        "headline": "Basel: Auf dem alten Hafenareal entsteht ein neues Quartier",
        "kicker": "",
        "lead": (
            "Wo früher Güter vom Schiff auf die Bahn verladen wurden, sollen bald über 1'500 "
            "Menschen wohnen. Der Regierungsrat von Basel-Stadt hat den Bebauungsplan für das "
            "Areal verabschiedet."
        ),
        "key_points": [
            "Auf dem ehemaligen Hafenareal sind rund 700 Wohnungen geplant.",
            (
                "Ein Drittel davon soll preisgünstig vermietet werden, ein weiteres Drittel geht "
                "an Genossenschaften."
            ),
            "Die ersten Bewohnerinnen und Bewohner könnten in fünf Jahren einziehen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Regierungsrat von Basel-Stadt hat grünes Licht für eines der grössten "
                    "Stadtentwicklungsprojekte der nächsten Jahre gegeben. Auf dem ehemaligen "
                    "Hafenareal am Rhein sollen rund 700 Wohnungen, Gewerbeflächen, ein Schulhaus "
                    "und ein grosser Park entstehen."
                ),
            ),
            (
                "paragraph",
                (
                    "Ein Drittel der Wohnungen soll preisgünstig vermietet werden, ein weiteres "
                    "Drittel an Genossenschaften gehen. Die alten Lagerhallen werden teilweise "
                    "erhalten und zu Ateliers, Restaurants und Quartiertreffpunkten umgebaut."
                ),
            ),
            ("subheading", "Abschied auf Raten"),
            (
                "paragraph",
                (
                    "Für die Zwischennutzer auf dem Areal bedeutet der Entscheid einen Abschied "
                    "auf Raten. Seit Jahren haben sich hier Bars, Kulturvereine und kleine "
                    "Betriebe eingerichtet. Der Kanton verspricht, einen Teil von ihnen in die "
                    "neuen Bauten zu integrieren."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Das neue Hafenquartier",
                    "items": [
                        "Fläche: rund 8 Hektaren",
                        "Etwa 700 Wohnungen für über 1'500 Menschen",
                        "Neues Primarschulhaus und 2 Hektaren Park",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Gegen den Bebauungsplan kann noch das Referendum ergriffen werden. Verläuft "
                    "alles nach Plan, beginnen die Bauarbeiten in drei Jahren, die ersten "
                    "Wohnungen wären zwei Jahre später bezugsbereit."
                ),
            ),
        ],
        "topics": ["Wohnungsmarkt"],
        "primary_topic": "Wohnungsmarkt",
        "regions": ["Basel", "Basel-Stadt"],
        "authors": ["Corinne Baumgartner"],
        "hours_ago": 260.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Alte Lagerhallen am Rheinufer in Basel.",
            "credit": "depesche",
            "archive": False,
            "alt": "Industriehallen und Kräne an einem Flussufer",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    # -------------------- Sport --------------------
    {
        "id": "demo-023",
        "section": "sport",
        "headline": "Selina Gwerder fährt beim Saisonauftakt in Sölden aufs Podest",
        "kicker": "",
        "lead": (
            "Die Schwyzerin Selina Gwerder ist im ersten Riesenslalom des Winters Dritte geworden. "
            "Es ist der beste Saisonstart ihrer Karriere."
        ),
        "key_points": [
            "Gwerder wird im Riesenslalom von Sölden Dritte, 0,41 Sekunden hinter der Siegerin.",
            "Nach dem ersten Lauf lag sie noch auf Rang sieben.",
            "Zwei weitere Schweizerinnen fahren in die Top 15.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Selina Gwerder ist beim Weltcupauftakt auf dem Gletscher oberhalb von Sölden "
                    "ein Exploit gelungen. Nach einem verhaltenen ersten Lauf lag die 24-Jährige "
                    "aus dem Kanton Schwyz auf Rang sieben. Im zweiten Durchgang zeigte sie die "
                    "zweitbeste Laufzeit und stiess noch aufs Podest vor."
                ),
            ),
            (
                "paragraph",
                (
                    "Auf die Siegerin aus Norwegen verlor Gwerder am Ende 0,41 Sekunden. Es ist "
                    "ihr zweiter Podestplatz im Weltcup und der erste in einem Riesenslalom. Im "
                    "letzten Winter hatte sie in Sölden nach einem Fehler den zweiten Durchgang "
                    "verpasst."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Im zweiten Lauf habe ich einfach losgelassen. Dass es fürs Podest reicht, "
                        "hätte ich nicht gedacht."
                    ),
                    "source": "Selina Gwerder",
                },
            ),
            ("subheading", "Starkes Teamresultat"),
            (
                "paragraph",
                (
                    "Auch sonst darf das Schweizer Team zufrieden sein. Zwei weitere Fahrerinnen "
                    "klassierten sich in den Top 15. Die Trainer hatten die Vorbereitung im Sommer "
                    "auf Riesenslalomtechnik und Material ausgerichtet, offenbar mit Erfolg."
                ),
            ),
            (
                "paragraph",
                (
                    "Weiter geht es für Gwerder bereits in wenigen Tagen mit einem Riesenslalom in "
                    "Nordamerika. Dort will sie ihre Form bestätigen, bevor sie in Kanada erstmals "
                    "in diesem Winter im Super-G startet."
                ),
            ),
        ],
        "topics": ["Selina Gwerder", "Ski alpin"],
        "primary_topic": "Selina Gwerder",
        "regions": ["Österreich"],
        "authors": ["Lara Fässler"],
        "hours_ago": 170.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Selina Gwerder im zweiten Lauf des Riesenslaloms von Sölden.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Skirennfahrerin fährt an einem Tor vorbei",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-024",
        "section": "sport",
        "headline": "Erster Weltcupsieg: Gwerder triumphiert im Riesenslalom in den USA",
        "kicker": "",
        "lead": (
            "Selina Gwerder hat ihr erstes Weltcuprennen gewonnen. Die Schwyzerin setzte sich im "
            "Riesenslalom in den USA mit zwei starken Läufen durch."
        ),
        "key_points": [
            "Gwerder gewinnt mit 0,18 Sekunden Vorsprung ihr erstes Weltcuprennen.",
            "Sie führte bereits nach dem ersten Lauf.",
            "In der Riesenslalomwertung liegt sie nun auf Rang zwei.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Diesmal gab es keine Aufholjagd, sondern eine Machtdemonstration von Beginn "
                    "an. Selina Gwerder fuhr im ersten Lauf Bestzeit und liess sich im zweiten "
                    "Durchgang trotz schwieriger Sicht nicht mehr von der Spitze verdrängen. Am "
                    "Ende betrug ihr Vorsprung 0,18 Sekunden."
                ),
            ),
            (
                "paragraph",
                (
                    "Für die 24-Jährige ist es der erste Sieg im Weltcup. Nach dem dritten Platz "
                    "zum Saisonauftakt in Sölden bestätigt sie damit ihre starke Form. In der "
                    "Disziplinenwertung liegt sie nun auf dem zweiten Rang."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ich habe im Ziel zuerst gar nicht realisiert, dass es gereicht hat. Das "
                        "ist ein Traum, den ich seit meiner Kindheit habe."
                    ),
                    "source": "Selina Gwerder",
                },
            ),
            ("subheading", "Public Viewing im Mehrzwecksaal"),
            (
                "paragraph",
                (
                    "In ihrem Heimatdorf im Kanton Schwyz verfolgten rund hundert Fans das Rennen "
                    "am Abend auf einer Grossleinwand im Mehrzwecksaal. Der Skiclub, bei dem "
                    "Gwerder als Kind ihre ersten Rennen fuhr, kündigte bereits einen Empfang nach "
                    "ihrer Rückkehr an."
                ),
            ),
            (
                "paragraph",
                (
                    "Viel Zeit zum Feiern bleibt nicht. Bereits am Wochenende stehen in Kanada "
                    "zwei Speedrennen auf dem Programm, bei denen Gwerder im Super-G starten wird."
                ),
            ),
        ],
        "topics": ["Selina Gwerder", "Ski alpin"],
        "primary_topic": "Selina Gwerder",
        "regions": ["USA", "Schwyz"],
        "authors": ["Lara Fässler"],
        "hours_ago": 50.0,
        "updated_hours_ago": 48.0,
        "image": {
            "caption": "Selina Gwerder jubelt im Zielraum über ihren ersten Weltcupsieg.",
            "credit": "AFP",
            "archive": False,
            "alt": "Skirennfahrerin reckt im Zielraum die Arme in die Höhe",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-025",
        "section": "sport",
        "headline": "Lauberhorn: Schneekanonen laufen auf Hochtouren",
        "kicker": "",
        "lead": (
            "Wenige Wochen vor den Rennen in Wengen sorgen die Verantwortlichen mit technischem "
            "Schnee vor. Eine Studie des Alpeninstituts zeigt, wie stark der Weltcup auf "
            "Beschneiung angewiesen ist."
        ),
        "key_points": [
            (
                "Für die Lauberhornstrecke werden rund 180'000 Kubikmeter technischer Schnee "
                "produziert."
            ),
            "Laut Alpeninstitut sind Rennen unter 1'500 Metern ohne Beschneiung kaum mehr planbar.",
            "Das Wasser stammt aus einem Speichersee, der Strom grösstenteils aus Wasserkraft.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Seit die Temperaturen nachts unter minus drei Grad fallen, laufen am "
                    "Lauberhorn die Schneekanonen fast ununterbrochen. Rund 180'000 Kubikmeter "
                    "technischer Schnee sollen auf der Strecke liegen, bevor die Abfahrer ins Tal "
                    "rasen."
                ),
            ),
            (
                "paragraph",
                (
                    "Gerade im unteren Teil der Strecke ist die Beschneiung entscheidend. Dort "
                    "liegt in milden Wintern oft kaum Naturschnee. Die Piste erhält deshalb eine "
                    "kompakte Unterlage aus technischem Schnee, die auch einige warme Tage "
                    "übersteht."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ohne Beschneiung könnten wir heute keine Garantie mehr geben. Mit ihr "
                        "sind wir ziemlich sicher, dass die Rennen stattfinden."
                    ),
                    "source": "Ruedi Abplanalp, Pistenverantwortlicher",
                },
            ),
            ("subheading", "Studie zeigt Abhängigkeit"),
            (
                "paragraph",
                (
                    "Wie stark der alpine Skisport inzwischen auf technischen Schnee angewiesen "
                    "ist, zeigt eine neue Studie des Alpeninstituts für Klimaforschung. Die "
                    "Forschenden kommen zum Schluss, dass Weltcuprennen in Lagen unter 1'500 "
                    "Metern ohne Beschneiung kaum mehr verlässlich geplant werden können."
                ),
            ),
            (
                "paragraph",
                (
                    "Kritik gibt es wegen des Wasser- und Energieverbrauchs. Die Betreiber "
                    "verweisen darauf, dass das Wasser aus einem Speichersee stammt und der Strom "
                    "zu einem grossen Teil aus Wasserkraft kommt. Dank moderner Anlagen sei der "
                    "Verbrauch pro Kubikmeter Schnee zudem deutlich gesunken."
                ),
            ),
        ],
        "topics": ["Lauberhorn", "Ski alpin", "Klimawandel", "Alpeninstitut für Klimaforschung"],
        "primary_topic": "Lauberhorn",
        "regions": ["Bern"],
        "authors": ["Lara Fässler"],
        "hours_ago": 300.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Schneekanonen an der Lauberhornstrecke oberhalb von Wengen.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Schneekanonen sprühen Schnee auf einen Hang",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-026",
        "section": "sport",
        "headline": "FC Aaretal dreht das Spiel in der Nachspielzeit",
        "kicker": "",
        "lead": (
            "Der FC Aaretal hat einen 0:1-Rückstand in einen 2:1-Heimsieg verwandelt. Der "
            "entscheidende Treffer fiel in der 94. Minute."
        ),
        "key_points": [
            "Aaretal gewinnt nach Rückstand 2:1, der Siegtreffer fällt in der 94. Minute.",
            "Joker Yannick Moser trifft mit seinem ersten Ballkontakt.",
            "Mit dem Sieg rückt Aaretal auf Rang zwei vor.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Lange sah es nach einem frustrierenden Abend für den FC Aaretal aus. Die "
                    "Gäste gingen kurz vor der Pause nach einem Konter in Führung, und das "
                    "Heimteam fand gegen den tief stehenden Gegner kaum Lücken. Im Stadion "
                    "Aaregrund machte sich vor 9'200 Zuschauerinnen und Zuschauern Ernüchterung "
                    "breit."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Wende leitete Trainer Dario Pedrazzini mit einem Doppelwechsel nach einer "
                    "Stunde ein. Aaretal stellte auf drei Stürmer um und erhöhte den Druck. In der "
                    "78. Minute köpfte Captain Levin Hofer nach einem Eckball zum Ausgleich ein."
                ),
            ),
            ("subheading", "Der Joker sticht"),
            (
                "paragraph",
                (
                    "Als sich alle schon mit dem Unentschieden abgefunden hatten, schlug Yannick "
                    "Moser zu. Der 19-Jährige, erst in der 92. Minute eingewechselt, traf mit "
                    "seinem ersten Ballkontakt aus 16 Metern ins entfernte Eck. Das Stadion "
                    "explodierte."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Solche Abende vergisst man nicht. Die Mannschaft hat nie aufgehört, an "
                        "sich zu glauben."
                    ),
                    "source": "Dario Pedrazzini, Trainer FC Aaretal",
                },
            ),
            (
                "paragraph",
                (
                    "Mit dem Sieg schiebt sich Aaretal auf den zweiten Tabellenplatz, drei Punkte "
                    "hinter dem Leader. Am kommenden Wochenende folgt das Auswärtsspiel beim "
                    "Tabellenletzten."
                ),
            ),
        ],
        "topics": ["FC Aaretal", "Fussball", "Dario Pedrazzini"],
        "primary_topic": "FC Aaretal",
        "regions": ["Bern"],
        "authors": ["Lara Fässler"],
        "hours_ago": 12.0,
        "updated_hours_ago": 10.5,
        "image": {
            "caption": "Yannick Moser bejubelt seinen Siegtreffer vor der Fankurve.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Fussballspieler jubelt vor einer vollen Tribüne",
            "motif": "stadium",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-027",
        "section": "sport",
        "headline": "Pedrazzini: «Wir sind noch lange nicht am Ziel»",
        "kicker": "Interview",
        "lead": (
            "Dario Pedrazzini hat den FC Aaretal in zwei Jahren aus der Abstiegszone in die "
            "Spitzengruppe geführt. Im Gespräch erklärt der Tessiner, warum er vom Titel noch "
            "nichts wissen will."
        ),
        "key_points": [
            "Pedrazzini sieht sein Team trotz Spitzenplatz noch in der Entwicklung.",
            "Der Trainer setzt konsequent auf junge Spieler aus der eigenen Akademie.",
            (
                "Sein Vertrag läuft bis Ende der nächsten Saison, über eine Verlängerung wird "
                "verhandelt."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Dario Pedrazzini empfängt im Besprechungsraum des Trainingszentrums, an der "
                    "Wand hängt eine Taktiktafel voller Pfeile. Der 46-Jährige wirkt entspannt, "
                    "obwohl sein Team gerade eine intensive Woche mit drei Spielen hinter sich "
                    "hat. Über die Tabelle will er trotzdem nicht lange sprechen."
                ),
            ),
            ("subheading", "Über den Erfolg"),
            (
                "paragraph",
                (
                    "Dass Aaretal oben mitspielt, überrascht viele, nur nicht den Trainer selbst. "
                    "Die Mannschaft habe im letzten Jahr viel gelernt, vor allem im Umgang mit "
                    "Rückschlägen. Ein Spitzenplatz im Winter sei aber noch nichts wert, betont "
                    "er: Entscheidend sei, wie man im Frühling auftrete."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wenn wir jetzt anfangen, vom Titel zu reden, verlieren wir genau das, was "
                        "uns stark gemacht hat: die Lust, jeden Tag besser zu werden."
                    ),
                    "source": "Dario Pedrazzini, Trainer FC Aaretal",
                },
            ),
            ("subheading", "Über die Jungen"),
            (
                "paragraph",
                (
                    "Kaum ein anderer Klub setzt so konsequent auf den eigenen Nachwuchs. In der "
                    "Startformation standen zuletzt vier Spieler, die jünger als 21 Jahre sind. "
                    "Pedrazzini sieht darin keine Sparmassnahme, sondern eine Philosophie: Junge "
                    "Spieler brächten Energie und seien bereit, taktisch Neues auszuprobieren."
                ),
            ),
            (
                "paragraph",
                (
                    "Über seine eigene Zukunft gibt sich der Tessiner zurückhaltend. Sein Vertrag "
                    "läuft bis Ende der nächsten Saison, Gespräche über eine Verlängerung seien im "
                    "Gang. Er fühle sich im Aaretal wohl, sagt er, und seine Familie ebenso."
                ),
            ),
        ],
        "topics": ["Dario Pedrazzini", "FC Aaretal", "Fussball"],
        "primary_topic": "Dario Pedrazzini",
        "regions": ["Bern"],
        "authors": ["Lara Fässler"],
        "hours_ago": 90.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Dario Pedrazzini auf dem Trainingsgelände des FC Aaretal.",
            "credit": "depesche",
            "archive": False,
            "alt": "Trainer steht am Rand eines Trainingsplatzes",
            "motif": "field",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-028",
        "section": "sport",
        "headline": "HC Alpstein feiert den siebten Sieg in Serie",
        "kicker": "",
        "lead": (
            "Der HC Alpstein bleibt das Team der Stunde. Die St. Galler gewannen zu Hause mit 4:2 "
            "und bauten ihre Siegesserie auf sieben Spiele aus."
        ),
        "key_points": [
            "Alpstein gewinnt 4:2 und feiert den siebten Sieg in Folge.",
            "Stürmer Eero Lahtela erzielt zwei Tore und ist neuer Topskorer der Liga.",
            "Die St. Galler liegen nur noch zwei Punkte hinter dem Leader.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Halle war ausverkauft, die Stimmung prächtig, und der HC Alpstein "
                    "lieferte. Gegen einen direkten Konkurrenten aus der Westschweiz setzten sich "
                    "die St. Galler mit 4:2 durch. Es war der siebte Sieg in Folge, eine solche "
                    "Serie gelang dem Klub zuletzt vor über zehn Jahren."
                ),
            ),
            (
                "paragraph",
                (
                    "Matchwinner war einmal mehr Eero Lahtela. Der finnische Stürmer traf im "
                    "ersten Drittel im Powerplay und sorgte im Schlussabschnitt mit einem Schuss "
                    "ins leere Tor für die Entscheidung. Mit 31 Punkten führt er nun die "
                    "Skorerliste der Liga an."
                ),
            ),
            ("subheading", "Junge Verteidigung überzeugt"),
            (
                "paragraph",
                (
                    "Bemerkenswert ist, wie stabil die Defensive inzwischen steht. Mit zwei "
                    "20-jährigen Verteidigern aus dem eigenen Nachwuchs kassierte Alpstein in den "
                    "letzten sieben Spielen nur elf Gegentore. Trainer und Sportchef hatten im "
                    "Sommer bewusst auf junge Kräfte gesetzt."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Die Serie in Zahlen",
                    "items": [
                        "7 Siege in Folge",
                        "29:11 Tore in dieser Zeit",
                        "5 Heimsiege vor ausverkauften Rängen",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "In der Tabelle rückt Alpstein bis auf zwei Punkte an den Leader heran. Schon "
                    "am Dienstag kommt es auswärts zum Spitzenkampf, bei dem die St. Galler die "
                    "Tabellenführung übernehmen könnten."
                ),
            ),
        ],
        "topics": ["HC Alpstein", "Eishockey"],
        "primary_topic": "HC Alpstein",
        "regions": ["St. Gallen (Stadt)"],
        "authors": ["Lara Fässler"],
        "hours_ago": 15.0,
        "updated_hours_ago": 14.0,
        "image": {
            "caption": "Eero Lahtela (Mitte) jubelt mit seinen Teamkollegen über einen Treffer.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Eishockeyspieler jubeln in einer vollen Halle",
            "motif": "stadium",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-029",
        "section": "sport",
        "headline": "HC Alpstein plant eine neue Arena für 8'000 Fans",
        "kicker": "Hintergrund",
        "lead": (
            "Der HC Alpstein will seine in die Jahre gekommene Halle ersetzen. Das Projekt kostet "
            "rund 180 Millionen Franken und soll mit der Stadt und privaten Investoren finanziert "
            "werden."
        ),
        "key_points": [
            "Die neue Arena soll 8'000 Plätze bieten, rund 2'500 mehr als heute.",
            "Die Kosten werden auf rund 180 Millionen Franken geschätzt.",
            (
                "Die Stadt St. Gallen soll das Land im Baurecht abgeben, das letzte Wort hat das "
                "Stimmvolk."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Heimhalle des HC Alpstein ist über 50 Jahre alt und genügt den heutigen "
                    "Anforderungen kaum mehr. Die Garderoben sind eng, die Gastronomie ist "
                    "veraltet, und bei grossen Spielen müssen Fans abgewiesen werden. Nun hat der "
                    "Klub konkrete Pläne für einen Neubau vorgelegt."
                ),
            ),
            (
                "paragraph",
                (
                    "Die neue Arena soll 8'000 Zuschauerinnen und Zuschauern Platz bieten und "
                    "neben Eishockey auch Konzerte und Kongresse ermöglichen. Geplant ist sie auf "
                    "einem Areal am Stadtrand, das gut mit Bus und Bahn erreichbar ist."
                ),
            ),
            ("subheading", "Wer bezahlt?"),
            (
                "paragraph",
                (
                    "Finanzieren will der Klub den Bau mit einer Gruppe privater Investoren. Die "
                    "Stadt St. Gallen soll das Land im Baurecht abgeben und einen jährlichen "
                    "Beitrag an den Betrieb leisten. Darüber müssen Stadtparlament und Stimmvolk "
                    "befinden."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Eine moderne Arena ist eine Chance für die ganze Region, nicht nur für "
                        "das Eishockey."
                    ),
                    "source": "Marcel Rohner, Präsident HC Alpstein",
                },
            ),
            (
                "paragraph",
                (
                    "Kritische Stimmen gibt es bereits. Anwohnerinnen und Anwohner befürchten mehr "
                    "Verkehr, und in der Politik wird gefragt, ob eine Stadt in Zeiten knapper "
                    "Finanzen ein Stadion mitfinanzieren soll. Eine Volksabstimmung ist frühestens "
                    "in zwei Jahren zu erwarten."
                ),
            ),
        ],
        "topics": ["HC Alpstein", "Eishockey"],
        "primary_topic": "HC Alpstein",
        "regions": ["St. Gallen (Stadt)", "St. Gallen"],
        "authors": ["Lara Fässler", "Michael Tanner"],
        "hours_ago": 130.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Visualisierung der geplanten Arena des HC Alpstein.",
            "credit": "zVg",
            "archive": False,
            "alt": "Computergrafik einer modernen Sporthalle bei Nacht",
            "motif": "stadium",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-030",
        "section": "sport",
        "headline": "Zu wenig Eis: Hockeyklubs im Mittelland suchen Trainingszeiten",
        "kicker": "",
        "lead": (
            "Immer mehr Kinder wollen Eishockey spielen, doch im Mittelland fehlen die Eisfelder. "
            "Manche Nachwuchsteams trainieren deshalb spät abends oder fahren weite Strecken."
        ),
        "key_points": [
            (
                "Die Zahl lizenzierter Nachwuchsspielerinnen und -spieler ist in fünf Jahren um "
                "ein Viertel gestiegen."
            ),
            "Im Aargau und in Solothurn sind die Eishallen bis spät abends ausgebucht.",
            "Mehrere Gemeinden prüfen gemeinsame Projekte für neue Eisfelder.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Es ist 21.15 Uhr, als die U13 auf das Eis einer Aargauer Kunsteisbahn fährt. "
                    "Für die elfjährigen Spielerinnen und Spieler ist das eigentlich zu spät, doch "
                    "früher gibt es keine freie Eiszeit. Schulen, Eislaufclubs, Plauschteams und "
                    "vier Hockeyvereine teilen sich die Halle von morgens bis nachts."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Nachfrage ist in den letzten Jahren stark gestiegen. Die Zahl "
                    "lizenzierter Nachwuchsspieler hat in fünf Jahren um rund ein Viertel "
                    "zugenommen, besonders stark bei den Mädchen. Neue Eisfelder wurden hingegen "
                    "kaum gebaut, und manche alte Anlagen mussten sogar schliessen."
                ),
            ),
            ("subheading", "Teure Anlagen"),
            (
                "paragraph",
                (
                    "Eine Eishalle kostet in Bau und Betrieb viel Geld, allein der "
                    "Energieverbrauch ist beträchtlich. Für einzelne Gemeinden ist das kaum zu "
                    "stemmen. Im Kanton Solothurn prüfen deshalb mehrere Gemeinden ein gemeinsames "
                    "Projekt: eine Halle, die mit der Abwärme eines Industriebetriebs arbeitet."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir müssen Kinder abweisen, obwohl sie unbedingt spielen wollen. Das tut "
                        "weh."
                    ),
                    "source": "Sandra Hürzeler, Nachwuchschefin eines Aargauer Klubs",
                },
            ),
            (
                "paragraph",
                (
                    "Der Eishockeyverband unterstützt Vereine bei der Planung und verweist auf "
                    "Beispiele, in denen mobile Eisfelder im Winter Entlastung bringen. Eine "
                    "dauerhafte Lösung seien sie aber nicht, heisst es beim Verband."
                ),
            ),
        ],
        "topics": ["Eishockey"],
        "primary_topic": "Eishockey",
        "regions": ["Aargau", "Solothurn"],
        "authors": ["Lara Fässler"],
        "hours_ago": 220.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Nachwuchsspielerinnen und -spieler beim Abendtraining.",
            "credit": "depesche",
            "archive": False,
            "alt": "Kinder in Hockeyausrüstung auf dem Eis einer Halle",
            "motif": "stadium",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-031",
        "section": "sport",
        "headline": "Gwerder vor dem Saisonstart: «So gut vorbereitet war ich noch nie»",
        "kicker": "",
        "lead": (
            "Beim letzten Trainingsblock auf dem Gletscher in Saas-Fee zeigt sich Selina Gwerder "
            "in Topform. Nach einem Sommer ohne Verletzung will sie im Riesenslalom zur Weltspitze "
            "aufschliessen."
        ),
        "key_points": [
            "Gwerder absolvierte erstmals seit drei Jahren eine Vorbereitung ohne Verletzung.",
            (
                "Im Sommer trainierte das Team mehrere Wochen in Argentinien, nun folgt der "
                "Feinschliff im Wallis."
            ),
            "Ihr Ziel ist ein Platz unter den besten fünf der Riesenslalomwertung.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Es ist kurz nach sieben Uhr, als Selina Gwerder auf dem Gletscher ihre ersten "
                    "Tore setzt. Die Luft ist eisig, der Schnee hart und griffig, genau so, wie es "
                    "die Rennfahrerinnen lieben. Seit einer Woche trainiert das Schweizer "
                    "Technikteam in Saas-Fee, es ist der letzte Block vor dem Weltcupauftakt."
                ),
            ),
            (
                "paragraph",
                (
                    "Für Gwerder ist es eine ungewohnte Situation: Zum ersten Mal seit drei Jahren "
                    "geht sie ohne Verletzungssorgen in einen Winter. Nach einem Kreuzbandriss und "
                    "einer hartnäckigen Rückenverletzung konnte sie diesmal alle geplanten "
                    "Trainingseinheiten absolvieren, inklusive eines mehrwöchigen Camps in "
                    "Argentinien."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ich habe im Sommer so viele Schneetage gesammelt wie noch nie. Das gibt "
                        "mir Vertrauen, gerade im Riesenslalom."
                    ),
                    "source": "Selina Gwerder",
                },
            ),
            ("subheading", "Klare Ziele"),
            (
                "paragraph",
                (
                    "Die 24-Jährige formuliert ihre Ziele offen: Sie will sich im Riesenslalom "
                    "unter den besten fünf der Disziplinenwertung etablieren und im Super-G "
                    "regelmässig in die Punkte fahren. Ihr Trainer hält das für realistisch, mahnt "
                    "aber zur Geduld."
                ),
            ),
            (
                "paragraph",
                (
                    "Der Weltcup beginnt in gut zwei Wochen mit dem traditionellen Riesenslalom in "
                    "Sölden. Bis dahin stehen noch einige Trainingstage und ein interner "
                    "Qualifikationslauf auf dem Programm."
                ),
            ),
        ],
        "topics": ["Selina Gwerder", "Ski alpin"],
        "primary_topic": "Selina Gwerder",
        "regions": ["Wallis", "Argentinien"],
        "authors": ["Lara Fässler"],
        "hours_ago": 600.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Selina Gwerder beim Training auf dem Gletscher in Saas-Fee.",
            "credit": "zVg",
            "archive": False,
            "alt": "Skirennfahrerin zwischen Trainingstoren auf einem Gletscher",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-032",
        "section": "sport",
        "headline": "Frauenfussball: 14'800 Fans sorgen in Zürich für einen Rekord",
        "kicker": "",
        "lead": (
            "So viele Menschen haben in der Schweiz noch nie ein Ligaspiel im Frauenfussball "
            "besucht. Der Spitzenkampf in Zürich lockte 14'800 Zuschauerinnen und Zuschauer ins "
            "Stadion."
        ),
        "key_points": [
            (
                "14'800 Fans bedeuten einen neuen Rekord für ein Ligaspiel im Schweizer "
                "Frauenfussball."
            ),
            "Die Frauen des FC Aaretal gewinnen den Spitzenkampf in Zürich mit 2:1.",
            "Klubs und Verband wollen mehr Spiele in grossen Stadien austragen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Schon eine Stunde vor dem Anpfiff bildeten sich vor den Eingängen lange "
                    "Schlangen. Am Ende verfolgten 14'800 Zuschauerinnen und Zuschauer den "
                    "Spitzenkampf zwischen dem Zürcher Leader und den Frauen des FC Aaretal. Noch "
                    "nie haben in der Schweiz so viele Menschen ein Ligaspiel im Frauenfussball "
                    "besucht."
                ),
            ),
            (
                "paragraph",
                (
                    "Sportlich hatten die Gäste das bessere Ende für sich. Nach einem frühen "
                    "Rückstand drehte Aaretal die Partie mit zwei Toren innert zehn Minuten nach "
                    "der Pause. Die Zürcherinnen drückten bis zum Schluss auf den Ausgleich, "
                    "scheiterten aber mehrmals an der starken Torhüterin."
                ),
            ),
            ("subheading", "Wachsendes Interesse"),
            (
                "paragraph",
                (
                    "Der Rekord ist Ausdruck eines Trends: Seit der Europameisterschaft im eigenen "
                    "Land ist das Interesse am Frauenfussball deutlich gestiegen. Mehr Spiele "
                    "werden im Fernsehen übertragen, neue Sponsoren steigen ein, und in den "
                    "Vereinen spielen so viele Mädchen wie nie zuvor."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Vor fünf Jahren haben wir vor ein paar Hundert Leuten gespielt. Heute "
                        "kriege ich Gänsehaut, wenn ich ins Stadion laufe."
                    ),
                    "source": "Mia Schürch, Captain der Aaretal-Frauen",
                },
            ),
            (
                "paragraph",
                (
                    "Klubs und Verband wollen den Schwung nutzen. Künftig sollen mehr "
                    "Spitzenspiele in grossen Stadien stattfinden, zudem wird über höhere "
                    "Mindestlöhne für Spielerinnen diskutiert."
                ),
            ),
        ],
        "topics": ["Fussball", "FC Aaretal"],
        "primary_topic": "Fussball",
        "regions": ["Zürich (Stadt)"],
        "authors": ["Lara Fässler"],
        "hours_ago": 40.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Volle Ränge beim Spitzenkampf im Frauenfussball in Zürich.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Stadion mit voller Tribüne unter Flutlicht",
            "motif": "stadium",
        },
        "comment_mode": "open",
    },
    # -------------------- Wirtschaft --------------------
    {
        "id": "demo-033",
        "section": "wirtschaft",
        "headline": "Novalpin sammelt 80 Millionen Franken bei Investoren",
        "kicker": "Exklusiv",
        "lead": (
            "Die Zuger Softwarefirma Novalpin hat eine der grössten Finanzierungsrunden des Jahres "
            "in der Schweiz abgeschlossen. Mit dem Geld will das Unternehmen in Asien und "
            "Nordamerika wachsen."
        ),
        "key_points": [
            (
                "Novalpin erhält 80 Millionen Franken von Investoren aus der Schweiz, Europa und "
                "den USA."
            ),
            "Das Geld fliesst in die Expansion und die Weiterentwicklung der KI-Planungssoftware.",
            "Bis Ende nächsten Jahres sollen 150 neue Stellen entstehen, ein Drittel davon in Zug.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Wie depesche aus mehreren Quellen erfahren hat und das Unternehmen inzwischen "
                    "bestätigt, hat die Novalpin AG eine Finanzierungsrunde über 80 Millionen "
                    "Franken abgeschlossen. Angeführt wird sie von einem amerikanischen "
                    "Wagniskapitalgeber, beteiligt sind zudem eine Schweizer Pensionskasse und "
                    "mehrere bisherige Investoren."
                ),
            ),
            (
                "paragraph",
                (
                    "Novalpin entwickelt Software, die mit künstlicher Intelligenz vorhersagt, "
                    "wann welche Waren wo gebraucht werden. Detailhändler und Industriebetriebe "
                    "können damit Lagerbestände senken und Lieferungen besser planen. Zu den "
                    "Kunden gehören nach Firmenangaben über 300 Unternehmen in zwölf Ländern."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir haben bewiesen, dass unser Produkt funktioniert. Jetzt geht es darum, "
                        "es schneller zu mehr Kunden zu bringen."
                    ),
                    "source": "Simon Kägi, CEO Novalpin",
                },
            ),
            ("subheading", "Expansion nach Asien und in die USA"),
            (
                "paragraph",
                (
                    "Mit dem frischen Kapital will Novalpin vor allem in Japan und in den USA "
                    "wachsen. In Tokio hat das Unternehmen vor einigen Wochen ein Büro eröffnet. "
                    "Zudem soll die Software künftig auch die Energieplanung von Fabriken "
                    "unterstützen."
                ),
            ),
            (
                "paragraph",
                (
                    "Bis Ende nächsten Jahres plant Novalpin rund 150 neue Stellen, etwa ein "
                    "Drittel davon am Hauptsitz in Zug. Die Bewertung des Unternehmens wird nicht "
                    "offengelegt, Branchenkenner schätzen sie auf deutlich über eine halbe "
                    "Milliarde Franken."
                ),
            ),
        ],
        "topics": ["Novalpin AG", "Simon Kägi", "Künstliche Intelligenz"],
        "primary_topic": "Novalpin AG",
        "regions": ["Zug (Stadt)", "USA"],
        "authors": ["Michael Tanner"],
        "hours_ago": 20.0,
        "updated_hours_ago": 18.0,
        "image": {
            "caption": "Der Hauptsitz von Novalpin in Zug.",
            "credit": "zVg",
            "archive": False,
            "alt": "Bürogebäude mit Glasfassade",
            "motif": "office",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-034",
        "section": "wirtschaft",
        "headline": "Uhrenexporte nach China ziehen wieder an",
        "kicker": "",
        "lead": (
            "Nach einer langen Durststrecke verkaufen Schweizer Uhrenhersteller wieder mehr Uhren "
            "nach China. Die Branche bleibt dennoch vorsichtig."
        ),
        "key_points": [
            "Die Uhrenexporte nach China stiegen im letzten Monat um 9 Prozent.",
            (
                "Gefragt sind vor allem teure mechanische Uhren, das untere Preissegment "
                "schwächelt weiter."
            ),
            "Zulieferer im Jurabogen spüren die Erholung erst zögerlich.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Schweizer Uhrenindustrie schöpft Hoffnung. Nach mehreren schwachen "
                    "Monaten sind die Exporte nach China im letzten Monat um 9 Prozent gestiegen, "
                    "wie neue Zahlen des Branchenverbands zeigen. Auch Hongkong, lange ein "
                    "Sorgenkind, verzeichnete ein leichtes Plus."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Erholung ist allerdings ungleich verteilt. Gefragt sind vor allem teure "
                    "mechanische Uhren bekannter Marken, während Uhren unter 500 Franken weiter an "
                    "Boden verlieren. Viele Konsumentinnen und Konsumenten aus China kaufen zudem "
                    "lieber auf Reisen im Ausland ein."
                ),
            ),
            ("subheading", "Zulieferer warten noch"),
            (
                "paragraph",
                (
                    "Im Jurabogen, wo viele Zulieferbetriebe Gehäuse, Zifferblätter und Werkteile "
                    "herstellen, kommt der Aufschwung erst zögerlich an. Einige Betriebe haben in "
                    "den letzten Monaten Kurzarbeit eingeführt. Sie hoffen, dass sich die "
                    "Auftragsbücher im Frühling wieder füllen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ein guter Monat macht noch keinen Trend. Aber es ist das erste Mal seit "
                        "Langem, dass wir wieder mit etwas Zuversicht planen."
                    ),
                    "source": (
                        "Pierre-Alain Vuilleumier, Geschäftsführer eines Zulieferbetriebs im Jura"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Für das Gesamtjahr rechnet die Branche trotzdem mit einem leichten Rückgang "
                    "der Exporte. Neben China bleiben die USA der wichtigste Markt, dort war die "
                    "Nachfrage zuletzt stabil."
                ),
            ),
        ],
        "topics": ["Exportwirtschaft"],
        "primary_topic": "Exportwirtschaft",
        "regions": ["Jura", "China"],
        "authors": ["Michael Tanner"],
        "hours_ago": 36.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Die Uhrenexporte nach China in den letzten zwölf Monaten.",
            "credit": "depesche",
            "archive": False,
            "alt": "Balkendiagramm mit monatlichen Exportwerten",
            "motif": "chart",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-035",
        "section": "wirtschaft",
        "headline": "Die Teuerung sinkt, die Mieten steigen trotzdem",
        "kicker": "Analyse",
        "lead": (
            "Die Inflation in der Schweiz ist auf unter ein Prozent gefallen. Im Portemonnaie "
            "spüren viele Haushalte davon wenig, denn Mieten und Krankenkassenprämien steigen "
            "weiter."
        ),
        "key_points": [
            "Die Jahresteuerung lag zuletzt bei 0,6 Prozent.",
            (
                "Die Mieten stiegen innert Jahresfrist um über 3 Prozent, die Prämien fliessen gar "
                "nicht in den Index ein."
            ),
            "Für Haushalte mit tiefen Einkommen bleibt die Belastung hoch.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Auf dem Papier ist die Teuerung besiegt. Der Landesindex der "
                    "Konsumentenpreise lag zuletzt nur noch 0,6 Prozent über dem Vorjahr. "
                    "Günstigere Energie und sinkende Preise für Importwaren drücken die Inflation "
                    "nach unten."
                ),
            ),
            (
                "paragraph",
                (
                    "Im Alltag vieler Menschen fühlt sich das anders an. Der Grund: Ausgerechnet "
                    "die grossen Posten im Haushaltsbudget steigen weiter. Die Mieten legten "
                    "innert Jahresfrist um über 3 Prozent zu, bei Neuvermietungen sogar deutlich "
                    "mehr."
                ),
            ),
            ("subheading", "Was der Index nicht zeigt"),
            (
                "paragraph",
                (
                    "Hinzu kommen die Krankenkassenprämien. Sie sind nicht Teil des Landesindexes, "
                    "sondern werden separat erfasst. Für eine Familie mit zwei Kindern machen sie "
                    "aber schnell über 1'000 Franken im Monat aus, und sie steigen seit Jahren "
                    "stärker als die Löhne."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Preisentwicklung im Vergleich zum Vorjahr",
                    "items": [
                        "Landesindex der Konsumentenpreise: +0,6 Prozent",
                        "Mieten: +3,2 Prozent",
                        "Elektrizität: -4,1 Prozent",
                        "Pauschalreisen: +2,8 Prozent",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Ökonominnen und Ökonomen gehen davon aus, dass die Teuerung tief bleibt. Für "
                    "Mieterinnen und Mieter ist das nur ein schwacher Trost: Solange Wohnungen "
                    "knapp sind, dürfte der Druck auf die Mieten anhalten."
                ),
            ),
            (
                "paragraph",
                (
                    "Besonders betroffen sind Haushalte mit tiefen Einkommen, die einen grossen "
                    "Teil ihres Budgets für Wohnen und Gesundheit ausgeben. Für sie ist die tiefe "
                    "Teuerung vor allem eine statistische Grösse."
                ),
            ),
        ],
        "topics": ["Teuerung", "Wohnungsmarkt", "Krankenkassenprämien"],
        "primary_topic": "Teuerung",
        "regions": ["Schweiz"],
        "authors": ["Michael Tanner"],
        "hours_ago": 80.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Mieten und Teuerung im Vergleich der letzten fünf Jahre.",
            "credit": "depesche",
            "archive": False,
            "alt": "Liniendiagramm mit zwei auseinanderlaufenden Kurven",
            "motif": "chart",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-036",
        "section": "wirtschaft",
        "headline": "Strompreise sinken im nächsten Jahr leicht",
        "kicker": "",
        "lead": (
            "Haushalte in der Schweiz bezahlen im nächsten Jahr im Durchschnitt rund 8 Prozent "
            "weniger für Strom. Die Unterschiede zwischen den Gemeinden bleiben aber gross."
        ),
        "key_points": [
            "Der mittlere Strompreis für Haushalte sinkt um rund 8 Prozent.",
            "Ein typischer Haushalt spart damit gut 100 Franken im Jahr.",
            "Je nach Gemeinde unterscheiden sich die Tarife um mehr als die Hälfte.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Nach den starken Preiserhöhungen der letzten Jahre gibt es für Stromkundinnen "
                    "und -kunden eine gute Nachricht. Die Tarife für Haushalte sinken im nächsten "
                    "Jahr im Durchschnitt um rund 8 Prozent. Ein typischer Haushalt mit einem "
                    "Verbrauch von 4'500 Kilowattstunden spart damit gut 100 Franken im Jahr."
                ),
            ),
            (
                "paragraph",
                (
                    "Grund für den Rückgang sind tiefere Beschaffungskosten. Viele "
                    "Energieversorger hatten während der Energiekrise zu hohen Preisen Strom "
                    "eingekauft, diese Verträge laufen nun aus. Die Netzkosten steigen dagegen "
                    "weiter, weil in den Ausbau der Leitungen investiert werden muss."
                ),
            ),
            ("subheading", "Grosse regionale Unterschiede"),
            (
                "paragraph",
                (
                    "Wie viel man bezahlt, hängt stark vom Wohnort ab. In einzelnen Gemeinden im "
                    "Aargau und in der Innerschweiz kostet eine Kilowattstunde weniger als 25 "
                    "Rappen, anderswo sind es über 40 Rappen. Die Tarife der eigenen Gemeinde "
                    "lassen sich auf der Website der Aufsichtsbehörde vergleichen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Die Entlastung ist willkommen, aber vom Niveau vor der Krise sind wir "
                        "noch weit entfernt."
                    ),
                    "source": "Andrea Flückiger, Energieexpertin einer Konsumentenorganisation",
                },
            ),
            (
                "paragraph",
                (
                    "Für Gewerbe und Industrie mit grossem Verbrauch fällt der Rückgang teils "
                    "stärker aus. Die Versorger warnen aber davor, von einer Trendwende zu "
                    "sprechen: Die Preise auf den europäischen Strommärkten bleiben "
                    "schwankungsanfällig."
                ),
            ),
        ],
        "topics": ["Energieversorgung", "Teuerung"],
        "primary_topic": "Energieversorgung",
        "regions": ["Aargau", "Schweiz"],
        "authors": ["Michael Tanner"],
        "hours_ago": 140.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Durchschnittliche Strompreise für Haushalte in den letzten fünf Jahren.",
            "credit": "depesche",
            "archive": False,
            "alt": "Säulendiagramm mit Strompreisen pro Jahr",
            "motif": "chart",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-037",
        "section": "wirtschaft",
        "headline": "Bergbahnen melden einen starken Start in den Winter",
        "kicker": "",
        "lead": (
            "Dank frühem Schnee haben viele Skigebiete früher als geplant geöffnet. Die Bergbahnen "
            "in Graubünden, im Wallis und im Berner Oberland zählen deutlich mehr Gäste als im "
            "Vorjahr."
        ),
        "key_points": [
            "Die Zahl der verkauften Skitage liegt bisher rund 15 Prozent über dem Vorjahr.",
            "Besonders gefragt sind Tagesausflüge von Gästen aus dem Mittelland.",
            "Auch rund um das Lauberhorn sind die Pisten bereits offen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Schneefälle der letzten Wochen kommen den Bergbahnen gerade recht. Viele "
                    "Skigebiete konnten ihre Anlagen früher öffnen als geplant, einige sogar zwei "
                    "Wochen vor dem vorgesehenen Termin. Nach ersten Zahlen des Branchenverbands "
                    "liegt die Zahl der verkauften Skitage rund 15 Prozent über dem Vorjahr."
                ),
            ),
            (
                "paragraph",
                (
                    "Besonders stark ist die Nachfrage an den Wochenenden. Viele Gäste aus dem "
                    "Mittelland nutzen die guten Verhältnisse für Tagesausflüge. In Graubünden und "
                    "im Wallis sind zudem die Hotelbuchungen für die Festtage erfreulich, wie "
                    "Tourismusorganisationen berichten."
                ),
            ),
            ("subheading", "Dynamische Preise setzen sich durch"),
            (
                "paragraph",
                (
                    "Immer mehr Bergbahnen setzen auf dynamische Preise: Wer früh online bucht, "
                    "fährt günstiger. Das Modell hat sich durchgesetzt, stösst aber bei Familien "
                    "teilweise auf Kritik, weil die Preise an schönen Wochenenden deutlich steigen "
                    "können."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ein guter Saisonstart ist Gold wert. Er bringt Liquidität, und zufriedene "
                        "Gäste erzählen ihren Freunden von den tollen Verhältnissen."
                    ),
                    "source": "Claudia Imboden, Direktorin einer Walliser Bergbahn",
                },
            ),
            (
                "paragraph",
                (
                    "Auch am Lauberhorn sind die Pisten bereits offen. Die Betreiber betonen "
                    "allerdings, dass der Winter lang ist. Entscheidend für die Bilanz seien die "
                    "Festtage und die Sportferien im Februar."
                ),
            ),
        ],
        "topics": ["Tourismus", "Ski alpin", "Lauberhorn"],
        "primary_topic": "Tourismus",
        "regions": ["Graubünden", "Wallis", "Bern"],
        "authors": ["Michael Tanner"],
        "hours_ago": 10.0,
        "updated_hours_ago": 8.0,
        "image": {
            "caption": "Wintersportlerinnen und Wintersportler an einer Talstation im Wallis.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Skifahrer warten bei Sonnenschein an einem Skilift",
            "motif": "snow",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-038",
        "section": "wirtschaft",
        "headline": "Simon Kägi: «Die KI ersetzt niemanden, sie entlastet»",
        "kicker": "Interview",
        "lead": (
            "Der Chef der Zuger Softwarefirma Novalpin spricht über die Angst vor künstlicher "
            "Intelligenz, den Fachkräftemangel und darüber, warum er den Hauptsitz nicht ins "
            "Ausland verlegen will."
        ),
        "key_points": [
            "Kägi sieht KI vor allem als Werkzeug gegen Routinearbeit und Fachkräftemangel.",
            "Er fordert klare, aber schlanke Regeln für den Einsatz von KI in Unternehmen.",
            "Einen Wegzug des Hauptsitzes aus Zug schliesst er aus.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Simon Kägi trägt Turnschuhe und Kapuzenpulli, auf seinem Tisch liegt ein "
                    "zerlesenes Buch über die Geschichte der Logistik. Der 41-Jährige hat Novalpin "
                    "vor neun Jahren mit zwei Studienkollegen gegründet. Heute beschäftigt die "
                    "Firma rund 400 Menschen."
                ),
            ),
            ("subheading", "Über die Angst vor Jobverlust"),
            (
                "paragraph",
                (
                    "Viele Menschen fürchten, dass künstliche Intelligenz ihre Arbeit überflüssig "
                    "macht. Kägi hält diese Sorge für verständlich, aber übertrieben. Die Software "
                    "seiner Firma übernehme vor allem Routineaufgaben wie das Abgleichen von "
                    "Bestellungen und Lagerlisten. Die Planerinnen und Planer hätten dadurch mehr "
                    "Zeit für Entscheidungen, die Erfahrung brauchen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "In der Logistik fehlen schon heute Tausende Fachkräfte. Wir nehmen "
                        "niemandem die Arbeit weg, wir helfen, die Lücke zu schliessen."
                    ),
                    "source": "Simon Kägi, CEO Novalpin",
                },
            ),
            ("subheading", "Über Regulierung"),
            (
                "paragraph",
                (
                    "Von der Politik wünscht sich Kägi klare Regeln, etwa zur Transparenz darüber, "
                    "wann Entscheidungen von Maschinen getroffen werden. Zu strenge Vorschriften "
                    "würden aber vor allem kleinen Firmen schaden, die sich keine grossen "
                    "Rechtsabteilungen leisten können."
                ),
            ),
            (
                "paragraph",
                (
                    "Dass Novalpin den Hauptsitz eines Tages in die USA verlegen könnte, schliesst "
                    "der Gründer aus. Zug biete gute Fachkräfte, kurze Wege zu den Behörden und "
                    "eine hohe Lebensqualität. Nur bei den Wohnungen, räumt er ein, werde es für "
                    "neue Mitarbeitende zunehmend schwierig."
                ),
            ),
        ],
        "topics": ["Simon Kägi", "Novalpin AG", "Künstliche Intelligenz", "Arbeitsmarkt"],
        "primary_topic": "Simon Kägi",
        "regions": ["Zug (Stadt)"],
        "authors": ["Michael Tanner", "Samuel Oberholzer"],
        "hours_ago": 230.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Simon Kägi in den Büros von Novalpin in Zug.",
            "credit": "depesche",
            "archive": False,
            "alt": "Mann in einem hellen Grossraumbüro mit Bildschirmen",
            "motif": "office",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-039",
        "section": "wirtschaft",
        "headline": "Regionalbahn Mittelland bestellt 24 neue Triebzüge",
        "kicker": "",
        "lead": (
            "Die Regionalbahn Mittelland investiert rund 340 Millionen Franken in neue Züge. Die "
            "ersten sollen in vier Jahren auf den S-Bahn-Linien rund um Solothurn und Bern "
            "verkehren."
        ),
        "key_points": [
            "Die RBM bestellt 24 Triebzüge für rund 340 Millionen Franken.",
            "Die neuen Züge bieten mehr Sitzplätze, stufenlose Einstiege und WLAN.",
            (
                "Den Zuschlag erhält ein Hersteller aus der Ostschweiz, der Entscheid kann noch "
                "angefochten werden."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Es ist die grösste Investition in der Geschichte der Regionalbahn Mittelland. "
                    "Der Verwaltungsrat hat den Kauf von 24 neuen Triebzügen für rund 340 "
                    "Millionen Franken genehmigt. Sie ersetzen Fahrzeuge, die teilweise über 30 "
                    "Jahre alt sind."
                ),
            ),
            (
                "paragraph",
                (
                    "Die neuen Züge bieten rund ein Drittel mehr Sitzplätze und durchgehend "
                    "stufenlose Einstiege. Damit erfüllt die Bahn die Vorgaben des "
                    "Behindertengleichstellungsgesetzes. Zudem gibt es mehr Platz für Velos und "
                    "Kinderwagen sowie WLAN in allen Wagen."
                ),
            ),
            ("subheading", "Auftrag bleibt in der Schweiz"),
            (
                "paragraph",
                (
                    "Den Zuschlag erhielt ein Hersteller aus der Ostschweiz. Zwei unterlegene "
                    "Anbieter können den Entscheid noch anfechten. Die RBM zeigt sich dennoch "
                    "zuversichtlich, dass die ersten Züge in vier Jahren in Betrieb gehen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Unsere Fahrgäste haben lange genug in alten Zügen gesessen. Mit der neuen "
                        "Flotte machen wir einen grossen Schritt."
                    ),
                    "source": "Karin Allemann, Direktorin Regionalbahn Mittelland",
                },
            ),
            (
                "paragraph",
                (
                    "Finanziert wird die Beschaffung über Darlehen, die durch die Abgeltungen von "
                    "Bund und Kantonen für den Regionalverkehr abgesichert sind. Auf die "
                    "Billettpreise soll der Kauf keine direkten Auswirkungen haben."
                ),
            ),
        ],
        "topics": ["Regionalbahn Mittelland", "Öffentlicher Verkehr"],
        "primary_topic": "Regionalbahn Mittelland",
        "regions": ["Solothurn", "Bern"],
        "authors": ["Michael Tanner"],
        "hours_ago": 180.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Visualisierung der neuen Triebzüge der Regionalbahn Mittelland.",
            "credit": "zVg",
            "archive": False,
            "alt": "Computergrafik eines modernen Regionalzugs an einem Bahnsteig",
            "motif": "train",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-040",
        "section": "wirtschaft",
        "headline": "Novalpin eröffnet ein Büro in Tokio",
        "kicker": "",
        "lead": (
            "Die Zuger Softwarefirma Novalpin expandiert nach Japan. Zunächst sollen dort 20 "
            "Mitarbeitende grosse Handels- und Industriekonzerne betreuen."
        ),
        "key_points": [
            "Novalpin eröffnet in Tokio den ersten Standort ausserhalb Europas.",
            "Zum Start arbeiten 20 Personen im Büro, in drei Jahren sollen es 60 sein.",
            "Wegen der alternden Bevölkerung gilt Japan als wichtiger Markt für Automatisierung.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Novalpin AG wagt den Schritt nach Asien. In einem Geschäftsviertel von "
                    "Tokio hat das Zuger Unternehmen sein erstes Büro ausserhalb Europas eröffnet. "
                    "Zum Start arbeiten dort 20 Personen, die meisten von ihnen wurden lokal "
                    "rekrutiert."
                ),
            ),
            (
                "paragraph",
                (
                    "Japan ist für Novalpin ein naheliegender Markt. Wegen der alternden "
                    "Bevölkerung fehlen in Logistik und Handel zunehmend Arbeitskräfte, und die "
                    "Unternehmen sind offen für Automatisierung. Zwei grosse Handelskonzerne "
                    "testen die Software bereits."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Japanische Firmen sind anspruchsvoll und entscheiden langsam. Aber wenn "
                        "sie sich entscheiden, sind sie treue Partner."
                    ),
                    "source": "Simon Kägi, CEO Novalpin",
                },
            ),
            ("subheading", "Vertrauen vor Ort"),
            (
                "paragraph",
                (
                    "Novalpin folgt damit einer Reihe von Schweizer Unternehmen, die in Japan Fuss "
                    "gefasst haben. Das Freihandelsabkommen zwischen beiden Ländern erleichtert "
                    "den Handel, für Softwarefirmen sind aber vor allem Vertrauen und lokale "
                    "Präsenz entscheidend."
                ),
            ),
            (
                "paragraph",
                (
                    "In drei Jahren will Novalpin in Tokio 60 Mitarbeitende beschäftigen. Ob "
                    "weitere Standorte in Asien folgen, lässt das Unternehmen offen."
                ),
            ),
        ],
        "topics": ["Novalpin AG", "Exportwirtschaft", "Simon Kägi"],
        "primary_topic": "Novalpin AG",
        "regions": ["Japan", "Zug (Stadt)"],
        "authors": ["Michael Tanner"],
        "hours_ago": 400.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Das Geschäftsviertel in Tokio, in dem Novalpin ihr Büro eröffnet hat.",
            "credit": "zVg",
            "archive": False,
            "alt": "Hochhäuser in einer asiatischen Grossstadt",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-041",
        "section": "wirtschaft",
        "headline": "Tessiner Firmen suchen Fachkräfte zunehmend in Italien",
        "kicker": "",
        "lead": (
            "Pflegefachleute, Informatikerinnen, Elektriker: Im Tessin fehlen in vielen Berufen "
            "Arbeitskräfte. Die Unternehmen rekrutieren deshalb verstärkt jenseits der Grenze, was "
            "politisch umstritten ist."
        ),
        "key_points": [
            (
                "Die Zahl der Grenzgängerinnen und Grenzgänger im Tessin ist auf über 78'000 "
                "gestiegen."
            ),
            "Besonders gesucht sind Fachkräfte in Pflege, Technik und Informatik.",
            "Gewerkschaften warnen vor Lohndruck, Arbeitgeber verweisen auf fehlendes Personal.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "In Bellinzona wartet ein Spital seit Monaten auf drei Pflegefachfrauen, in "
                    "Lugano sucht ein Softwarehaus händeringend Entwickler. Die Arbeitslosigkeit "
                    "im Tessin ist so tief wie seit Jahren nicht mehr, und viele Stellen lassen "
                    "sich mit einheimischen Kräften nicht mehr besetzen."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Lösung liegt für viele Firmen jenseits der Grenze. Die Zahl der "
                    "Grenzgängerinnen und Grenzgänger aus Italien ist auf über 78'000 gestiegen. "
                    "Sie kommen nicht mehr nur aus der unmittelbaren Grenzregion, sondern vermehrt "
                    "auch aus Mailand und Umgebung."
                ),
            ),
            ("subheading", "Lohndruck als Streitpunkt"),
            (
                "paragraph",
                (
                    "Politisch ist das Thema heikel. Gewerkschaften und einige Parteien warnen, "
                    "dass Arbeitgeber Grenzgänger einstellen, weil diese tiefere Löhne "
                    "akzeptieren. Die Arbeitgeber widersprechen: In vielen Branchen gebe es "
                    "schlicht keine anderen Bewerbungen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ohne die Kolleginnen aus Italien könnten wir mehrere Abteilungen nicht "
                        "offen halten."
                    ),
                    "source": "Luisa Cattaneo, Personalchefin einer Tessiner Klinik",
                },
            ),
            (
                "paragraph",
                (
                    "Seit dem neuen Steuerabkommen werden neue Grenzgänger auch in Italien "
                    "besteuert, was die Arbeit in der Schweiz für sie etwas weniger attraktiv "
                    "macht. Ob das den Zustrom bremst, lässt sich laut Fachleuten noch nicht sagen."
                ),
            ),
        ],
        "topics": ["Arbeitsmarkt"],
        "primary_topic": "Arbeitsmarkt",
        "regions": ["Tessin", "Italien"],
        "authors": ["Giulia Pedretti"],
        "hours_ago": 160.0,
        "updated_hours_ago": None,
        "image": {
            "caption": (
                "Morgendlicher Pendlerverkehr an einem Grenzübergang zwischen dem Tessin und "
                "Italien."
            ),
            "credit": "Keystone",
            "archive": False,
            "alt": "Autokolonne vor einem Grenzübergang",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-042",
        "section": "wirtschaft",
        "headline": "Flaute in Deutschland bremst Ostschweizer Zulieferer",
        "kicker": "",
        "lead": (
            "Die schwache Konjunktur in Deutschland trifft die Maschinen- und Metallindustrie in "
            "der Ostschweiz. Mehrere Betriebe haben Kurzarbeit beantragt."
        ),
        "key_points": [
            "Deutschland ist für die Ostschweizer Industrie der wichtigste Absatzmarkt.",
            "Die Auftragseingänge der Branche liegen rund 10 Prozent unter dem Vorjahr.",
            "Mehrere Betriebe haben Kurzarbeit beantragt, Entlassungen gibt es bisher wenige.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Wenn die deutsche Industrie hustet, bekommt die Ostschweiz eine Erkältung. "
                    "Das alte Sprichwort bestätigt sich derzeit einmal mehr. Viele Betriebe in den "
                    "Kantonen St. Gallen und Thurgau liefern Teile an Fahrzeug- und Maschinenbauer "
                    "jenseits des Bodensees, und dort ist die Nachfrage eingebrochen."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Auftragseingänge der regionalen Maschinen-, Elektro- und Metallindustrie "
                    "liegen rund 10 Prozent unter dem Vorjahr. Mehrere Betriebe haben Kurzarbeit "
                    "beantragt, um Entlassungen zu vermeiden. Der starke Franken verschärft die "
                    "Lage zusätzlich."
                ),
            ),
            ("subheading", "Suche nach neuen Märkten"),
            (
                "paragraph",
                (
                    "Einige Unternehmen versuchen, sich breiter aufzustellen. Ein Thurgauer "
                    "Hersteller von Präzisionsteilen liefert inzwischen vermehrt an die "
                    "Medizintechnik und in die USA. Solche Umstellungen brauchen aber Zeit und "
                    "Investitionen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir haben schon mehrere Krisen überstanden. Aber diesmal dauert die "
                        "Durststrecke länger als erhofft."
                    ),
                    "source": "Thomas Gämperle, Geschäftsführer eines Zulieferers im Rheintal",
                },
            ),
            (
                "paragraph",
                (
                    "Für den Arbeitsmarkt ist die Entwicklung ein Warnsignal. Noch suchen viele "
                    "Firmen Fachkräfte, doch Ökonomen rechnen damit, dass die Arbeitslosigkeit in "
                    "der Industrie in den nächsten Monaten leicht steigt."
                ),
            ),
        ],
        "topics": ["Exportwirtschaft", "Arbeitsmarkt"],
        "primary_topic": "Exportwirtschaft",
        "regions": ["St. Gallen", "Thurgau", "Deutschland"],
        "authors": ["Michael Tanner"],
        "hours_ago": 65.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Produktionshalle eines Zulieferbetriebs in der Ostschweiz.",
            "credit": "depesche",
            "archive": False,
            "alt": "Maschinen und Werkbänke in einer Fabrikhalle",
            "motif": "office",
        },
        "comment_mode": "open",
    },
    # -------------------- Unterhaltung --------------------
    {
        "id": "demo-043",
        "section": "unterhaltung",
        "headline": "Nora Amstutz verzaubert das ausverkaufte Hallenstadion",
        "kicker": "",
        "lead": (
            "Vor 13'000 Fans hat die Berner Sängerin Nora Amstutz das grösste Konzert ihrer "
            "Karriere gespielt. Zwei Stunden lang bewies sie, dass Mundartpop auch in grossen "
            "Hallen funktioniert."
        ),
        "key_points": [
            "Nora Amstutz spielt vor 13'000 Fans das grösste Konzert ihrer Karriere.",
            "Das Programm mischt Mundartsongs, englische Balladen und zwei neue Lieder.",
            "Im Frühling folgt eine Tournee durch Deutschland und Österreich.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Als die ersten Töne von «Haubi Wält» erklingen, singt die ganze Halle mit. "
                    "Nora Amstutz steht allein mit ihrer Gitarre auf der Bühne, und für einen "
                    "Moment wirkt das riesige Hallenstadion wie ein kleiner Club. Es ist der "
                    "Auftakt zu einem Abend, den viele der 13'000 Fans so schnell nicht vergessen "
                    "werden."
                ),
            ),
            (
                "paragraph",
                (
                    "Die 29-jährige Bernerin hat sich in wenigen Jahren von kleinen Bühnen in die "
                    "grössten Hallen des Landes gespielt. Ihr zweites Album stand wochenlang an "
                    "der Spitze der Schweizer Hitparade. In Zürich spielt sie Songs aus beiden "
                    "Alben, begleitet von einer siebenköpfigen Band und einem Streichquartett."
                ),
            ),
            ("subheading", "Leise Momente, grosse Wirkung"),
            (
                "paragraph",
                (
                    "Die stärksten Momente sind die leisen. Bei der Ballade über ihre Grossmutter "
                    "wird es so still, dass man das Summen der Scheinwerfer hört. Zwei neue Lieder "
                    "gibt es auch zu hören, beide auf Englisch, was auf eine internationale "
                    "Ausrichtung des nächsten Albums hindeuten könnte."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Vor fünf Jahren habe ich in einer Beiz vor zwanzig Leuten gespielt. Und "
                        "jetzt seid ihr alle da. Merci vielmal!"
                    ),
                    "source": "Nora Amstutz auf der Bühne",
                },
            ),
            (
                "paragraph",
                (
                    "Im Frühling geht Amstutz erstmals auf Tournee durch Deutschland und "
                    "Österreich. In der Schweiz ist sie erst im Sommer wieder zu sehen, als "
                    "Headlinerin am Open Air am Thunersee. Umso emotionaler war der Abschied vom "
                    "Zürcher Publikum."
                ),
            ),
        ],
        "topics": ["Nora Amstutz", "Musik"],
        "primary_topic": "Nora Amstutz",
        "regions": ["Zürich (Stadt)"],
        "authors": ["Aylin Demir"],
        "hours_ago": 11.0,
        "updated_hours_ago": 9.5,
        "image": {
            "caption": "Nora Amstutz bei ihrem Konzert im Zürcher Hallenstadion.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Sängerin mit Gitarre auf einer hell beleuchteten Bühne",
            "motif": "concert",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-044",
        "section": "unterhaltung",
        "headline": "Dokfilm über Nora Amstutz feiert Premiere in Bern",
        "kicker": "",
        "lead": (
            "Zwei Jahre lang hat ein Filmteam die Berner Sängerin Nora Amstutz begleitet. Der "
            "Dokumentarfilm «Lut und lisli» zeigt ihren Aufstieg, aber auch die Zweifel einer "
            "jungen Künstlerin."
        ),
        "key_points": [
            "Der Dokumentarfilm «Lut und lisli» begleitet Nora Amstutz über zwei Jahre.",
            "Neben Konzertszenen zeigt er auch Erschöpfung und Selbstzweifel.",
            "Der Film läuft ab nächster Woche in den Kinos der Deutschschweiz.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Kinosaal in der Berner Altstadt war bis auf den letzten Platz besetzt, "
                    "als «Lut und lisli» Premiere feierte. Nora Amstutz sass in der dritten Reihe, "
                    "neben ihr ihre Eltern. Nach der Vorführung gab es minutenlangen Applaus, die "
                    "Sängerin wischte sich Tränen aus den Augen."
                ),
            ),
            (
                "paragraph",
                (
                    "Regisseurin Mirjam Leuenberger hat Amstutz zwei Jahre lang mit der Kamera "
                    "begleitet: im Tonstudio, auf Tournee und bei ihrer Familie im Emmental. "
                    "Entstanden ist ein Porträt, das sich nicht mit einer Erfolgsgeschichte "
                    "begnügt. Der Film zeigt auch, wie sehr der plötzliche Ruhm die junge "
                    "Musikerin zeitweise überforderte."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ich wollte keinen Werbefilm. Nora hat mir erlaubt, auch die schwierigen "
                        "Momente zu zeigen, und das ist mutig."
                    ),
                    "source": "Mirjam Leuenberger, Regisseurin",
                },
            ),
            ("subheading", "Ehrlich und nah"),
            (
                "paragraph",
                (
                    "Stärker als die Konzertszenen wirken die stillen Passagen. Eine Sequenz zeigt "
                    "Amstutz nach einem Auftritt allein in einer Garderobe, unfähig, ihre "
                    "Nachrichten zu lesen. Solche Momente geben dem Film eine Tiefe, die man bei "
                    "Musikdokumentationen selten findet."
                ),
            ),
            (
                "paragraph",
                (
                    "«Lut und lisli» läuft ab nächster Woche in den Kinos der Deutschschweiz und "
                    "soll später auch bei einem Streamingdienst erscheinen. Im Frühling ist der "
                    "Film zudem an mehreren Festivals im Ausland zu sehen."
                ),
            ),
        ],
        "topics": ["Nora Amstutz", "Film und Serien", "Musik"],
        "primary_topic": "Nora Amstutz",
        "regions": ["Bern (Stadt)"],
        "authors": ["Aylin Demir"],
        "hours_ago": 250.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Nora Amstutz an der Premiere des Dokumentarfilms in Bern.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Junge Frau vor einem Kinoeingang in einer Altstadtgasse",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-045",
        "section": "unterhaltung",
        "headline": "«Grenzland»: Die neue Schweizer Krimiserie überzeugt",
        "kicker": "Kritik",
        "lead": (
            "Eine Zollfahnderin im Jura, ein verschwundener Uhrmacher und viel Nebel: Die neue "
            "Schweizer Serie «Grenzland» ist spannend, atmosphärisch und stellenweise überraschend "
            "witzig."
        ),
        "key_points": [
            "Die sechsteilige Serie spielt im Grenzgebiet zwischen dem Jura und Frankreich.",
            "Hauptdarstellerin Léa Choffat überzeugt als wortkarge Zollfahnderin.",
            (
                "Einige Nebenfiguren bleiben blass, insgesamt hält die Serie dem internationalen "
                "Vergleich stand."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Der Nebel hängt tief über den Weiden der Freiberge, als Zollfahnderin Camille "
                    "Beuret den verlassenen Wagen findet. Der Besitzer, ein Uhrmacher aus dem "
                    "Dorf, ist seit drei Tagen verschwunden. So beginnt «Grenzland», die neue "
                    "Serie, die in der Schweiz und in Frankreich gedreht wurde."
                ),
            ),
            (
                "paragraph",
                (
                    "In sechs Folgen entfaltet sich ein Fall, der von Schmuggel über "
                    "Familiengeheimnisse bis zu einem Streit um ein altes Uhrenpatent reicht. Die "
                    "Drehbuchautoren nehmen sich Zeit für ihre Figuren, ohne dass die Spannung "
                    "leidet. Vor allem die zweite Hälfte der Staffel mag man kaum unterbrechen."
                ),
            ),
            ("subheading", "Eine Hauptdarstellerin, die trägt"),
            (
                "paragraph",
                (
                    "Getragen wird die Serie von Léa Choffat in der Rolle der Zollfahnderin. Sie "
                    "spielt Beuret als wortkarge, manchmal schroffe Frau, deren trockener Humor "
                    "die düstere Stimmung immer wieder aufbricht. Die Dialoge wechseln zwischen "
                    "Französisch und Schweizerdeutsch, was authentisch wirkt."
                ),
            ),
            (
                "paragraph",
                (
                    "Nicht alles gelingt. Einige Nebenfiguren bleiben blass, und die Auflösung "
                    "wirkt etwas konstruiert. Insgesamt aber beweist «Grenzland», dass Schweizer "
                    "Serien international mithalten können."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "«Grenzland» auf einen Blick",
                    "items": [
                        "Genre: Krimiserie, 6 Folgen à 50 Minuten",
                        "Drehorte: Freiberge, Saint-Ursanne und das französische Doubstal",
                        "Zu sehen: ab sofort im Streaming, im Fernsehen ab Januar",
                        "Bewertung: 4 von 5 Sternen",
                    ],
                },
            ),
        ],
        "topics": ["Film und Serien"],
        "primary_topic": "Film und Serien",
        "regions": ["Jura", "Frankreich"],
        "authors": ["Aylin Demir"],
        "hours_ago": 44.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Szene aus der Serie «Grenzland», gedreht in den Freibergen.",
            "credit": "zVg",
            "archive": False,
            "alt": "Nebel über einer Juraweide mit Tannen",
            "motif": "field",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-046",
        "section": "unterhaltung",
        "headline": "Bündner Bergfilm «Die letzte Alp» gewinnt den Publikumspreis",
        "kicker": "",
        "lead": (
            "Der Spielfilm «Die letzte Alp» des Churer Regisseurs Gian Andrea Casutt hat an einem "
            "internationalen Filmfestival den Publikumspreis gewonnen. Im Frühling kommt er in die "
            "Schweizer Kinos."
        ),
        "key_points": [
            (
                "«Die letzte Alp» erzählt von einer Sennerin, die ihren letzten Sommer auf einer "
                "Alp verbringt."
            ),
            "Gedreht wurde mit Laien aus der Region, auf Rätoromanisch und Schweizerdeutsch.",
            "Der Kinostart in der Schweiz ist für den Frühling geplant.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Mit einem so grossen Erfolg hatte Gian Andrea Casutt nicht gerechnet. Sein "
                    "Spielfilm «Die letzte Alp» gewann am Wochenende an einem internationalen "
                    "Filmfestival in Deutschland den Publikumspreis. Die Zuschauerinnen und "
                    "Zuschauer wählten ihn mit grossem Abstand zu ihrem Favoriten."
                ),
            ),
            (
                "paragraph",
                (
                    "Der Film erzählt von einer Sennerin, die ihren letzten Sommer auf einer Alp "
                    "im Bündner Oberland verbringt, bevor diese aufgegeben wird. Casutt hat mit "
                    "Laiendarstellerinnen und Laiendarstellern aus der Region gedreht, gesprochen "
                    "wird Rätoromanisch und Schweizerdeutsch."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ich wollte zeigen, was verloren geht, wenn eine Alp verschwindet: nicht "
                        "nur Käse und Kühe, sondern eine ganze Art zu leben."
                    ),
                    "source": "Gian Andrea Casutt, Regisseur",
                },
            ),
            ("subheading", "Bilder, die bleiben"),
            (
                "paragraph",
                (
                    "Die Kritik lobt vor allem die Bilder. Kameramann Flurin Derungs hat den "
                    "Alpsommer in wechselnden Lichtstimmungen eingefangen, vom letzten Schnee im "
                    "Juni bis zum Alpabzug im Herbst. Lange Einstellungen ohne Dialog lassen den "
                    "Bergen Raum."
                ),
            ),
            (
                "paragraph",
                (
                    "In der Schweiz kommt «Die letzte Alp» im Frühling in die Kinos. In Chur ist "
                    "bereits eine Vorpremiere geplant, an der auch die Darstellerinnen und "
                    "Darsteller teilnehmen."
                ),
            ),
        ],
        "topics": ["Film und Serien"],
        "primary_topic": "Film und Serien",
        "regions": ["Chur", "Graubünden", "Deutschland"],
        "authors": ["Aylin Demir"],
        "hours_ago": 330.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Szene aus «Die letzte Alp» mit Blick über das Bündner Oberland.",
            "credit": "zVg",
            "archive": False,
            "alt": "Alphütte vor einer weiten Berglandschaft",
            "motif": "mountains",
        },
        "comment_mode": "closed",
    },
    {
        "id": "demo-047",
        "section": "unterhaltung",
        "headline": "Weihnachtsmärkte eröffnet: Basel rechnet mit Besucherrekord",
        "kicker": "",
        "lead": (
            "Mit dem Einschalten der Beleuchtung hat in Basel die Weihnachtsmarktsaison begonnen. "
            "Die Veranstalter erwarten mehr Gäste als je zuvor, viele davon aus dem Ausland."
        ),
        "key_points": [
            "Auf zwei Plätzen in der Basler Innenstadt bieten über 180 Stände ihre Waren an.",
            "Erwartet werden bis zu 1,2 Millionen Besucherinnen und Besucher.",
            "Neu gilt ein Mehrwegsystem für alle Tassen und Teller.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Punkt 18 Uhr gingen die Lichter an, und ein Raunen ging durch die Menge. Auf "
                    "dem Barfüsserplatz und dem Münsterplatz haben die Basler Weihnachtsmärkte "
                    "ihre Tore geöffnet. Über 180 Stände bieten Kunsthandwerk, Glühwein, Raclette "
                    "und Basler Läckerli an."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Veranstalter rechnen mit bis zu 1,2 Millionen Besucherinnen und "
                    "Besuchern, so vielen wie noch nie. Ein grosser Teil kommt aus Deutschland und "
                    "Frankreich, zunehmend aber auch aus Übersee. Reisebusse aus ganz Europa haben "
                    "sich für die Adventswochenenden angemeldet."
                ),
            ),
            ("subheading", "Mehrweg statt Wegwerf"),
            (
                "paragraph",
                (
                    "Neu ist ein einheitliches Mehrwegsystem. Glühwein wird nur noch in "
                    "Pfandtassen ausgeschenkt, Essen auf Mehrwegtellern serviert. Die Stände "
                    "wurden zudem auf stromsparende Beleuchtung umgerüstet."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Die Menschen sehnen sich in dieser Jahreszeit nach Wärme und Begegnung. "
                        "Genau das bietet ein Weihnachtsmarkt."
                    ),
                    "source": "Daniela Ritter, Co-Leiterin der Basler Weihnachtsmärkte",
                },
            ),
            (
                "paragraph",
                (
                    "Wer dem grossen Andrang ausweichen will, besucht die Märkte am besten unter "
                    "der Woche am Nachmittag. An den Wochenenden setzen die Verkehrsbetriebe "
                    "zusätzliche Trams ein."
                ),
            ),
        ],
        "topics": ["Tourismus"],
        "primary_topic": "Tourismus",
        "regions": ["Basel", "Basel-Stadt"],
        "authors": ["Aylin Demir"],
        "hours_ago": 7.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Beleuchtete Stände auf dem Weihnachtsmarkt in Basel.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Weihnachtsmarkt mit Lichterketten vor einer Kirche",
            "motif": "city",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-048",
        "section": "unterhaltung",
        "headline": "Open Air am Thunersee: Nora Amstutz ist die erste Headlinerin",
        "kicker": "",
        "lead": (
            "Das Open Air am Thunersee hat die ersten Namen für den nächsten Sommer bekannt "
            "gegeben. Angeführt wird das Programm von der Berner Sängerin Nora Amstutz."
        ),
        "key_points": [
            "Nora Amstutz spielt am Samstagabend auf der Hauptbühne.",
            "Insgesamt sind rund 40 Acts aus der Schweiz und dem Ausland geplant.",
            "Der Vorverkauf beginnt am Freitag, pro Tag gibt es höchstens 18'000 Tickets.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Es ist ein Heimspiel der besonderen Art: Nora Amstutz, die in Thun ihre "
                    "ersten Konzerte gab, tritt im nächsten Sommer am Open Air am Thunersee auf. "
                    "Das Festival hat die Bernerin als erste Headlinerin bestätigt. Sie spielt am "
                    "Samstagabend auf der Hauptbühne."
                ),
            ),
            (
                "paragraph",
                (
                    "Neben Amstutz stehen bereits 15 weitere Acts fest, darunter eine britische "
                    "Indieband und ein französischer Elektronikmusiker. Insgesamt sollen an den "
                    "drei Festivaltagen rund 40 Künstlerinnen und Künstler auftreten. Die "
                    "restlichen Namen werden im Frühling bekannt gegeben."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Als Jugendliche stand ich selber vor dieser Bühne. Jetzt darauf zu "
                        "spielen, ist verrückt."
                    ),
                    "source": "Nora Amstutz",
                },
            ),
            ("subheading", "Begrenztes Kontingent"),
            (
                "paragraph",
                (
                    "Der Vorverkauf beginnt am Freitag um 10 Uhr. Die Organisatoren haben die Zahl "
                    "der Tickets auf 18'000 pro Tag begrenzt, um das Gelände am Seeufer nicht zu "
                    "überlasten. Im letzten Jahr waren alle Festivalpässe innert weniger Stunden "
                    "vergriffen."
                ),
            ),
            (
                "paragraph",
                (
                    "Neu setzt das Festival auf eine bessere Anbindung an den öffentlichen "
                    "Verkehr: Wer ein Ticket kauft, kann an den Festivaltagen im ganzen Kanton "
                    "Bern gratis Bus und Bahn fahren. Beim Bahnhof Thun entsteht zudem ein "
                    "bewachter Veloparkplatz mit 2'000 Plätzen."
                ),
            ),
        ],
        "topics": ["Nora Amstutz", "Musik"],
        "primary_topic": "Musik",
        "regions": ["Thun", "Bern"],
        "authors": ["Aylin Demir"],
        "hours_ago": 500.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Die Hauptbühne des Open Air am Thunersee bei Abendstimmung.",
            "credit": "zVg",
            "archive": False,
            "alt": "Festivalbühne am Seeufer mit Publikum in der Dämmerung",
            "motif": "concert",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-049",
        "section": "unterhaltung",
        "headline": "Streaming boomt: Schweizer schauen täglich fast zwei Stunden",
        "kicker": "Studie",
        "lead": (
            "Die Schweizer Bevölkerung verbringt immer mehr Zeit mit Streamingdiensten. Laut einer "
            "neuen Studie schauen Erwachsene im Durchschnitt 1 Stunde und 50 Minuten pro Tag Filme "
            "und Serien auf Abruf."
        ),
        "key_points": [
            "Erwachsene streamen im Durchschnitt 1 Stunde und 50 Minuten pro Tag.",
            "Fast jeder zweite Haushalt hat mehr als zwei Streaming-Abos.",
            "Schweizer Produktionen sind beliebter als noch vor fünf Jahren.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Das lineare Fernsehen verliert weiter an Bedeutung. Laut einer "
                    "repräsentativen Umfrage eines Zürcher Forschungsinstituts nutzen 78 Prozent "
                    "der Erwachsenen in der Schweiz regelmässig Streamingdienste. Im Durchschnitt "
                    "verbringen sie 1 Stunde und 50 Minuten pro Tag damit, bei den unter "
                    "30-Jährigen sind es über drei Stunden."
                ),
            ),
            (
                "paragraph",
                (
                    "Fast jeder zweite Haushalt hat mehr als zwei Abos gleichzeitig. Viele "
                    "Befragte geben an, den Überblick über ihre monatlichen Kosten verloren zu "
                    "haben. Im Durchschnitt geben Haushalte rund 45 Franken pro Monat für "
                    "Streaming aus."
                ),
            ),
            ("subheading", "Heimische Serien im Trend"),
            (
                "paragraph",
                (
                    "Erfreulich für die Schweizer Filmbranche: Einheimische Produktionen sind "
                    "gefragt. Rund ein Drittel der Befragten hat im letzten Jahr mindestens eine "
                    "Schweizer Serie gestreamt. Krimis und Dramen mit regionalem Bezug schneiden "
                    "besonders gut ab."
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Die Studie in Zahlen",
                    "items": [
                        "Befragt wurden 2'400 Personen ab 15 Jahren.",
                        "78 Prozent nutzen regelmässig Streaming.",
                        "Durchschnittliche Ausgaben: 45 Franken pro Monat.",
                        "33 Prozent haben eine Schweizer Serie geschaut.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Die Autorinnen der Studie empfehlen, Abos regelmässig zu überprüfen und "
                    "ungenutzte zu kündigen. Viele Dienste lassen sich monatlich pausieren, was "
                    "sich etwa in den Sommermonaten lohnt."
                ),
            ),
        ],
        "topics": ["Film und Serien"],
        "primary_topic": "Film und Serien",
        "regions": ["Schweiz"],
        "authors": ["Aylin Demir"],
        "hours_ago": 95.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Serienabend auf dem Sofa (Symbolbild).",
            "credit": "depesche",
            "archive": False,
            "alt": "Laptop mit Videoplayer auf einem Sofa",
            "motif": "laptop",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-050",
        "section": "unterhaltung",
        "headline": "Lichtkunst verwandelt Luzern in eine Freiluftgalerie",
        "kicker": "",
        "lead": (
            "Zwölf Lichtinstallationen internationaler Künstlerinnen und Künstler tauchen die "
            "Luzerner Altstadt und das Seeufer in neues Licht. Bereits am ersten Wochenende kamen "
            "Zehntausende."
        ),
        "key_points": [
            (
                "Zwölf Installationen sind entlang eines Rundgangs durch Altstadt und Seeufer "
                "verteilt."
            ),
            "Am ersten Wochenende zählten die Veranstalter rund 50'000 Besucherinnen und Besucher.",
            "Das Festival dauert zwei Wochen, der Eintritt ist frei.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Die Kapellbrücke leuchtet in wechselnden Farben, über der Reuss schweben "
                    "leuchtende Quallen, und am Seeufer projiziert eine Künstlerin Gedichte auf "
                    "das Wasser. Zwei Wochen lang verwandelt ein Lichtfestival die Luzerner "
                    "Innenstadt in eine Freiluftgalerie."
                ),
            ),
            (
                "paragraph",
                (
                    "Zwölf Installationen von Kunstschaffenden aus acht Ländern sind auf einem "
                    "rund zwei Kilometer langen Rundgang verteilt. Der Eintritt ist frei, das "
                    "Festival wird von Sponsoren und der Stadt finanziert. Bereits am ersten "
                    "Wochenende zählten die Veranstalter rund 50'000 Besucherinnen und Besucher."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Licht verändert, wie wir vertraute Orte sehen. Plötzlich entdeckt man "
                        "Details, an denen man jeden Tag vorbeigeht."
                    ),
                    "source": "Sophie Marchand, künstlerische Leiterin",
                },
            ),
            ("subheading", "Lichterglanz mit wenig Strom"),
            (
                "paragraph",
                (
                    "Ein Festival des Lichts in Zeiten des Energiesparens? Die Organisatoren "
                    "betonen, dass alle Installationen mit LED-Technik arbeiten und während der "
                    "ganzen Festivaldauer weniger Strom verbrauchen als ein durchschnittlicher "
                    "Haushalt in einem Jahr. Um Mitternacht werden die Anlagen zudem ausgeschaltet."
                ),
            ),
            (
                "paragraph",
                (
                    "Auch die Hotels profitieren: Viele Gäste verbinden den Besuch mit einer "
                    "Übernachtung. Für die Tourismusbranche ist das Festival ein willkommener "
                    "Impuls in einer sonst eher ruhigen Jahreszeit."
                ),
            ),
        ],
        "topics": ["Tourismus"],
        "primary_topic": "Tourismus",
        "regions": ["Luzern (Stadt)"],
        "authors": ["Aylin Demir"],
        "hours_ago": 690.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Eine Lichtinstallation am Luzerner Seeufer.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Farbige Lichtprojektion am Ufer eines Sees bei Nacht",
            "motif": "lake",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-051",
        "section": "unterhaltung",
        "headline": "Junge Appenzeller Streichmusik stürmt die Hitparade",
        "kicker": "",
        "lead": (
            "Fünf junge Musikerinnen und Musiker aus Appenzell Innerrhoden mischen traditionelle "
            "Streichmusik mit Pop und Jazz. Ihr Debütalbum ist überraschend in die Top Ten der "
            "Schweizer Hitparade eingestiegen."
        ),
        "key_points": [
            "Die Formation «Hackbrett & Hall» verbindet Appenzeller Streichmusik mit Pop und Jazz.",
            "Das Debütalbum stieg auf Platz sieben der Schweizer Hitparade ein.",
            "Im Winter spielt die Band eine Tournee durch die Deutschschweiz.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Hackbrett, Geige, Cello, Kontrabass und ein Synthesizer: Die Besetzung von "
                    "«Hackbrett & Hall» ist ungewöhnlich, und genau das macht ihren Reiz aus. Die "
                    "fünf Musikerinnen und Musiker zwischen 19 und 25 Jahren stammen alle aus "
                    "Appenzell Innerrhoden und sind mit der traditionellen Streichmusik "
                    "aufgewachsen."
                ),
            ),
            (
                "paragraph",
                (
                    "Ihr Debütalbum ist auf Platz sieben der Schweizer Hitparade eingestiegen, ein "
                    "seltener Erfolg für Volksmusik. Die Stücke beginnen oft wie klassische "
                    "Appenzeller Tänze, bevor elektronische Klänge und Jazzharmonien dazukommen. "
                    "Im Internet werden die Videos der Band hunderttausendfach angeschaut."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir spielen die Musik unserer Grosseltern, aber wir spielen sie so, wie "
                        "wir sie heute hören."
                    ),
                    "source": "Ladina Koller, Hackbrettspielerin",
                },
            ),
            ("subheading", "Nicht alle sind begeistert"),
            (
                "paragraph",
                (
                    "In der Volksmusikszene sorgt die Band auch für Diskussionen. Einige "
                    "Traditionalisten finden, die Appenzeller Musik werde verwässert. Die Band "
                    "selbst sieht sich als Teil der Tradition: Auch frühere Generationen hätten "
                    "Neues aufgenommen."
                ),
            ),
            (
                "paragraph",
                (
                    "Im Winter ist die Band auf Tournee durch die Deutschschweiz, mit Konzerten in "
                    "Zürich, Bern und Luzern. Das Heimkonzert in Appenzell war innert Minuten "
                    "ausverkauft."
                ),
            ),
        ],
        "topics": ["Musik"],
        "primary_topic": "Musik",
        "regions": ["Appenzell Innerrhoden"],
        "authors": ["Aylin Demir"],
        "hours_ago": 716.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Die Band «Hackbrett & Hall» bei einem Auftritt in Appenzell.",
            "credit": "zVg",
            "archive": False,
            "alt": "Musikgruppe mit Hackbrett und Streichinstrumenten auf einer Bühne",
            "motif": "concert",
        },
        "comment_mode": "closed",
    },
    # -------------------- Digital --------------------
    {
        "id": "demo-052",
        "section": "digital",
        "headline": "Cyberangriff auf Aargauer Gemeinde: Verwaltung arbeitet mit Papier",
        "kicker": "",
        "lead": (
            "Unbekannte haben die Informatik einer Aargauer Gemeindeverwaltung lahmgelegt und "
            "Daten verschlüsselt. Ob auch persönliche Daten der Bevölkerung abgeflossen sind, ist "
            "noch unklar."
        ),
        "key_points": [
            "Die Systeme der Gemeindeverwaltung sind seit dem Morgen verschlüsselt.",
            "Die Angreifer fordern ein Lösegeld, die Gemeinde will nicht bezahlen.",
            "Die Kantonspolizei ermittelt, Fachleute prüfen einen möglichen Datenabfluss.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Als die Mitarbeitenden der Gemeindeverwaltung am Morgen ihre Computer "
                    "einschalteten, erschien auf den Bildschirmen nur noch eine Nachricht: Alle "
                    "Daten seien verschlüsselt, gegen Bezahlung könne man sie zurückbekommen. "
                    "Seither arbeitet die Verwaltung mit Papier und Kugelschreiber."
                ),
            ),
            (
                "paragraph",
                (
                    "Betroffen sind unter anderem die Einwohnerkontrolle, die Steuerverwaltung und "
                    "die Finanzbuchhaltung. Die Schalter sind zwar geöffnet, viele Anliegen können "
                    "aber nicht bearbeitet werden. Die Bevölkerung wird gebeten, nur in dringenden "
                    "Fällen vorbeizukommen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wir lassen uns nicht erpressen. Wir bezahlen kein Lösegeld und arbeiten "
                        "eng mit der Polizei zusammen."
                    ),
                    "source": "Stephan Brühlmann, Gemeindeschreiber",
                },
            ),
            ("subheading", "Sind Daten abgeflossen?"),
            (
                "paragraph",
                (
                    "Ob die Angreifer vor der Verschlüsselung Daten kopiert haben, wird derzeit "
                    "abgeklärt. Bei vergleichbaren Angriffen tauchten gestohlene Daten später im "
                    "Darknet auf. Die Gemeinde will die Bevölkerung informieren, sobald gesicherte "
                    "Erkenntnisse vorliegen."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Kantonspolizei hat Ermittlungen aufgenommen, Fachleute des Bundes "
                    "unterstützen die Gemeinde bei der Analyse. Gemeinden gelten als beliebtes "
                    "Ziel, weil sie viele sensible Daten verwalten, aber oft nur kleine "
                    "Informatikabteilungen haben."
                ),
            ),
        ],
        "topics": ["Cybersicherheit"],
        "primary_topic": "Cybersicherheit",
        "regions": ["Aargau"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 0.2,
        "updated_hours_ago": None,
        "image": {
            "caption": "Ein gesperrter Bildschirm in einem Büro (Symbolbild).",
            "credit": "depesche",
            "archive": False,
            "alt": "Laptop mit Warnmeldung auf dem Bildschirm in einem dunklen Raum",
            "motif": "laptop",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-053",
        "section": "digital",
        "headline": "Falsche Paketnachrichten: So erkennen Sie die neue Betrugsmasche",
        "kicker": "Ratgeber",
        "lead": (
            "Vor den Festtagen häufen sich SMS, die angeblich von Paketdiensten stammen: Wer auf "
            "den Link klickt, verliert im schlimmsten Fall Geld. Fünf Tipps, wie Sie sich schützen."
        ),
        "key_points": [
            "Betrüger verschicken massenhaft SMS mit angeblichen Zustellproblemen.",
            "Die Links führen auf gefälschte Seiten, die Kreditkartendaten abgreifen.",
            "Im Zweifel die Sendung direkt in der offiziellen App des Paketdiensts prüfen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "«Ihr Paket konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre "
                    "Adresse.» Solche Nachrichten landen derzeit auf Tausenden Handys in der "
                    "Schweiz. Sie sehen aus, als kämen sie von einem Paketdienst, stammen aber von "
                    "Betrügern."
                ),
            ),
            (
                "paragraph",
                (
                    "Wer auf den Link klickt, landet auf einer täuschend echt gestalteten Website. "
                    "Dort wird eine kleine Gebühr von wenigen Franken verlangt, angeblich für die "
                    "erneute Zustellung. In Wahrheit geht es um die Kreditkartendaten, mit denen "
                    "die Täter anschliessend teure Einkäufe tätigen."
                ),
            ),
            ("subheading", "So schützen Sie sich"),
            (
                "fact_box",
                {
                    "title": "Fünf Tipps gegen Paketbetrug",
                    "items": [
                        "Keine Links in unerwarteten SMS anklicken.",
                        (
                            "Sendungen nur in der offiziellen App oder auf der Website des "
                            "Paketdiensts verfolgen."
                        ),
                        "Auf Absender und Schreibweise der Webadresse achten.",
                        "Nie Kreditkartendaten für angebliche Nachgebühren eingeben.",
                        "Verdächtige Nachrichten beim Bundesamt für Cybersicherheit melden.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Wer bereits Daten eingegeben hat, sollte die Kreditkarte sofort sperren "
                    "lassen und die Bank informieren. Zudem empfiehlt sich eine Anzeige bei der "
                    "Polizei. Je schneller man reagiert, desto eher lässt sich ein Schaden "
                    "verhindern."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Die Betrüger nutzen aus, dass vor Weihnachten fast alle auf ein Paket "
                        "warten."
                    ),
                    "source": "Nadine Oswald, Präventionsexpertin",
                },
            ),
        ],
        "topics": ["Cybersicherheit"],
        "primary_topic": "Cybersicherheit",
        "regions": ["Schweiz"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 58.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Eine verdächtige SMS auf einem Smartphone (Symbolbild).",
            "credit": "depesche",
            "archive": False,
            "alt": "Hand hält ein Smartphone mit einer Textnachricht",
            "motif": "laptop",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-054",
        "section": "digital",
        "headline": "Kanton Zürich erlaubt KI-Chatbots im Unterricht",
        "kicker": "",
        "lead": (
            "Ab dem nächsten Schuljahr dürfen Lehrpersonen an Zürcher Volksschulen KI-Chatbots "
            "gezielt im Unterricht einsetzen. Der Kanton stellt dafür eine eigene, "
            "datenschutzkonforme Plattform bereit."
        ),
        "key_points": [
            "Ab der 5. Klasse dürfen KI-Werkzeuge im Unterricht eingesetzt werden.",
            (
                "Der Kanton stellt eine eigene Plattform bereit, die keine Eingaben der Kinder "
                "speichert."
            ),
            "Der Lehrerverband begrüsst die Klarheit, fordert aber mehr Weiterbildung.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Lange herrschte Unsicherheit: Dürfen Schülerinnen und Schüler Chatbots "
                    "benutzen, oder ist das Schummeln? Der Kanton Zürich schafft nun Klarheit. Ab "
                    "dem nächsten Schuljahr dürfen Lehrpersonen KI-Werkzeuge ab der 5. Klasse "
                    "gezielt einsetzen, etwa beim Schreiben von Texten oder beim Üben von "
                    "Fremdsprachen."
                ),
            ),
            (
                "paragraph",
                (
                    "Dafür stellt der Kanton eine eigene Plattform bereit. Sie basiert auf einem "
                    "Sprachmodell, das in einem Rechenzentrum in der Schweiz betrieben wird. "
                    "Eingaben der Kinder werden weder gespeichert noch zum Training verwendet."
                ),
            ),
            ("subheading", "Prüfungen werden angepasst"),
            (
                "paragraph",
                (
                    "Mit der Öffnung ändern sich auch die Prüfungen. Aufsätze, die zu Hause "
                    "geschrieben werden, sollen weniger Gewicht erhalten, mündliche Präsentationen "
                    "und Arbeiten im Schulzimmer dagegen mehr. Die Lehrpersonen erhalten dafür "
                    "einen Leitfaden mit Beispielen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Verbieten bringt nichts, die Kinder nutzen diese Werkzeuge ohnehin. Wir "
                        "wollen, dass sie lernen, kritisch damit umzugehen."
                    ),
                    "source": "Barbara Kessler, Projektleiterin im kantonalen Volksschulamt",
                },
            ),
            (
                "paragraph",
                (
                    "Der Lehrerverband begrüsst den Entscheid grundsätzlich, fordert aber mehr "
                    "Zeit und Geld für Weiterbildung. Viele Lehrpersonen fühlten sich im Umgang "
                    "mit KI noch unsicher, heisst es in einer Stellungnahme."
                ),
            ),
        ],
        "topics": ["Künstliche Intelligenz", "Bildung"],
        "primary_topic": "Künstliche Intelligenz",
        "regions": ["Zürich", "Winterthur"],
        "authors": ["Samuel Oberholzer", "Corinne Baumgartner"],
        "hours_ago": 24.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Schülerinnen und Schüler arbeiten in einem Zürcher Schulzimmer am Laptop.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Jugendliche mit Laptops an Schulpulten",
            "motif": "laptop",
        },
        "comment_mode": "premoderated",
    },
    {
        "id": "demo-055",
        "section": "digital",
        "headline": "Elektronische Identität: Testphase startet in drei Kantonen",
        "kicker": "",
        "lead": (
            "Mehrere Tausend Freiwillige können die elektronische Identität des Bundes ab sofort "
            "im Alltag testen. Mit dabei sind die Kantone St. Gallen, Genf und Zug."
        ),
        "key_points": [
            "Rund 5'000 Freiwillige testen die E-ID in St. Gallen, Genf und Zug.",
            "Die Daten bleiben auf dem Smartphone der Nutzerinnen und Nutzer gespeichert.",
            "Nach sechs Monaten Test entscheidet der Bund über die Einführung für alle.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Den Wohnsitz bestätigen, beim Weinkauf das Alter nachweisen oder ein "
                    "Bankkonto eröffnen: All das soll künftig mit der elektronischen Identität auf "
                    "dem Smartphone möglich sein. In den Kantonen St. Gallen, Genf und Zug können "
                    "rund 5'000 Freiwillige die E-ID nun im Alltag ausprobieren."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Testpersonen laden eine staatliche App herunter und lassen ihre Identität "
                    "einmalig an einem Schalter oder per Videoverfahren prüfen. Danach können sie "
                    "bei teilnehmenden Behörden und Unternehmen ihre Angaben digital vorweisen."
                ),
            ),
            ("subheading", "Datenschutz im Zentrum"),
            (
                "paragraph",
                (
                    "Der Bundesrat hat sich für eine Lösung entschieden, bei der die Daten auf dem "
                    "Gerät der Nutzer gespeichert bleiben. Wer etwa sein Alter nachweist, gibt nur "
                    "die Information «über 18» preis, nicht aber Geburtsdatum oder Adresse. "
                    "Sicherheitsforschende sollen das System während der Testphase auf "
                    "Schwachstellen prüfen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Vertrauen entsteht nicht durch Versprechen, sondern durch Transparenz. "
                        "Deshalb ist der Quellcode öffentlich."
                    ),
                    "source": "Patrick Ineichen, Projektleiter E-ID beim Bund",
                },
            ),
            (
                "paragraph",
                (
                    "Die Testphase dauert sechs Monate. Danach will der Bund entscheiden, ob "
                    "Anpassungen nötig sind, bevor die E-ID für die ganze Bevölkerung "
                    "freigeschaltet wird. Die Nutzung bleibt freiwillig, der physische Ausweis "
                    "behält seine Gültigkeit."
                ),
            ),
        ],
        "topics": ["Cybersicherheit", "Bundesrat"],
        "primary_topic": "Cybersicherheit",
        "regions": ["St. Gallen", "Genf", "Zug"],
        "authors": ["Samuel Oberholzer", "Reto Zimmermann"],
        "hours_ago": 190.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Die App für die elektronische Identität auf einem Smartphone.",
            "credit": "depesche",
            "archive": False,
            "alt": "Smartphone mit geöffneter Ausweis-App auf einem Tisch",
            "motif": "laptop",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-056",
        "section": "digital",
        "headline": "KI-Boom: Rechenzentren brauchen immer mehr Strom",
        "kicker": "",
        "lead": (
            "Der Boom der künstlichen Intelligenz lässt den Strombedarf von Rechenzentren in der "
            "Schweiz stark steigen. Ein neues Zentrum im Kanton Freiburg zeigt, wie es effizienter "
            "gehen könnte."
        ),
        "key_points": [
            "Rechenzentren verbrauchen bereits rund 6 Prozent des Schweizer Stroms.",
            "Training und Betrieb von KI-Modellen treiben den Bedarf zusätzlich.",
            "Ein neues Rechenzentrum in Freiburg heizt mit seiner Abwärme 2'000 Wohnungen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Jede Anfrage an einen Chatbot, jedes gestreamte Video und jedes Backup in der "
                    "Cloud braucht Strom. Rechenzentren verbrauchen in der Schweiz bereits rund 6 "
                    "Prozent des gesamten Stroms, Tendenz stark steigend. Vor allem das Training "
                    "und der Betrieb von KI-Modellen treiben den Bedarf in die Höhe."
                ),
            ),
            (
                "paragraph",
                (
                    "Für die Energieversorgung ist das eine Herausforderung. Rechenzentren laufen "
                    "rund um die Uhr, auch im Winter, wenn die Schweiz ohnehin Strom importieren "
                    "muss. Netzbetreiber berichten von Anschlussgesuchen mit dem Leistungsbedarf "
                    "einer Kleinstadt."
                ),
            ),
            ("subheading", "Abwärme als Chance"),
            (
                "paragraph",
                (
                    "Im Kanton Freiburg zeigt ein neues Rechenzentrum, wie sich die Belastung "
                    "zumindest teilweise abfedern lässt. Die Abwärme der Server wird in ein "
                    "Fernwärmenetz eingespeist und heizt rund 2'000 Wohnungen. Zudem kühlt das "
                    "Zentrum mit Wasser statt mit energieintensiven Klimaanlagen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ein Rechenzentrum ist im Grunde eine riesige Heizung. Es wäre "
                        "Verschwendung, diese Wärme einfach in die Luft zu blasen."
                    ),
                    "source": "Julien Progin, technischer Leiter des Rechenzentrums",
                },
            ),
            (
                "paragraph",
                (
                    "Fachleute fordern, dass die Nutzung der Abwärme bei neuen Rechenzentren zur "
                    "Pflicht wird. Einige Kantone prüfen entsprechende Vorschriften, auf "
                    "Bundesebene gibt es bisher keine einheitlichen Regeln."
                ),
            ),
        ],
        "topics": ["Künstliche Intelligenz", "Energieversorgung"],
        "primary_topic": "Künstliche Intelligenz",
        "regions": ["Freiburg"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 270.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Serverschränke in einem Rechenzentrum.",
            "credit": "Keystone",
            "archive": False,
            "alt": "Reihen von Serverschränken mit blinkenden Lichtern",
            "motif": "office",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-057",
        "section": "digital",
        "headline": "Künstliche Intelligenz überwacht den Aletschgletscher",
        "kicker": "",
        "lead": (
            "Forschende des Alpeninstituts für Klimaforschung werten Satelliten- und Kamerabilder "
            "neu mit künstlicher Intelligenz aus. So erkennen sie Veränderungen am Gletscher viel "
            "schneller als bisher."
        ),
        "key_points": [
            "Ein KI-Modell analysiert täglich Bilder von zwölf Kameras und mehreren Satelliten.",
            "Gefährliche Hangbewegungen und Gletscherabbrüche werden früher erkannt.",
            (
                "Die Software soll als Open Source auch anderen Forschungsgruppen zur Verfügung "
                "stehen."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Früher dauerte es Wochen, bis die Forschenden die Bilder eines Sommers "
                    "ausgewertet hatten. Heute erledigt ein Computerprogramm diese Arbeit über "
                    "Nacht. Das Alpeninstitut für Klimaforschung setzt am Aletschgletscher ein "
                    "KI-Modell ein, das täglich Aufnahmen von zwölf Kameras und mehreren "
                    "Satelliten analysiert."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Software erkennt, wo sich die Gletscheroberfläche senkt, wo Spalten "
                    "entstehen und wo Hänge in Bewegung geraten. Auffällige Veränderungen meldet "
                    "sie automatisch an das Forschungsteam. So können Gefahren für Wanderwege oder "
                    "Bergbahnen früher erkannt werden."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Die KI ersetzt unsere Arbeit im Feld nicht. Aber sie zeigt uns, wo wir "
                        "genauer hinschauen müssen."
                    ),
                    "source": "Anja Brändli, Glaziologin am Alpeninstitut für Klimaforschung",
                },
            ),
            ("subheading", "Offen für alle"),
            (
                "paragraph",
                (
                    "Trainiert wurde das Modell mit Tausenden von Bildern, welche die Forschenden "
                    "in den letzten Jahren von Hand ausgewertet hatten. Das Institut will die "
                    "Software als Open Source veröffentlichen, damit auch Forschungsgruppen in "
                    "anderen Gebirgen davon profitieren können."
                ),
            ),
            (
                "paragraph",
                (
                    "Erste Anfragen gibt es bereits, etwa aus Österreich und aus Südamerika. "
                    "Gerade in Regionen mit wenig Messinfrastruktur könnte die Technik helfen, "
                    "Risiken besser einzuschätzen."
                ),
            ),
        ],
        "topics": [
            "Alpeninstitut für Klimaforschung",
            "Künstliche Intelligenz",
            "Aletschgletscher",
            "Anja Brändli",
        ],
        "primary_topic": "Alpeninstitut für Klimaforschung",
        "regions": ["Wallis"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 350.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Eine Messkamera des Alpeninstituts oberhalb des Aletschgletschers.",
            "credit": "zVg",
            "archive": False,
            "alt": "Kamera auf einem Stativ vor einem Gletscher",
            "motif": "mountains",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-058",
        "section": "digital",
        "headline": "Einsteigen, losfahren: Neue Ticket-App rechnet automatisch ab",
        "kicker": "",
        "lead": (
            "Fahrgäste der Regionalbahn Mittelland müssen kein Billett mehr lösen. Eine neue App "
            "erkennt die Fahrt über Standortdaten und verrechnet am Abend den günstigsten Preis."
        ),
        "key_points": [
            (
                "Die App erkennt Ein-, Um- und Ausstieg automatisch über Standort und "
                "Bewegungssensoren."
            ),
            "Abgerechnet wird am Ende des Tages der günstigste mögliche Tarif.",
            (
                "Bewegungsdaten werden nach 90 Tagen gelöscht, der Datenschutzbeauftragte verlangt "
                "Kontrollen."
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Wer in Solothurn in den Zug steigt, muss künftig nur noch eine App öffnen und "
                    "auf «Start» tippen. Den Rest erledigt das Smartphone: Es erkennt anhand von "
                    "Standort und Bewegungssensoren, wann die Fahrt beginnt, wo umgestiegen wird "
                    "und wo sie endet. Am Abend wird automatisch der günstigste Tarif verrechnet."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Regionalbahn Mittelland hat das System ein Jahr lang mit 3'000 "
                    "Testpersonen erprobt und führt es nun für alle ein. Es gilt auf allen Linien "
                    "der Bahn sowie in den Bussen der angeschlossenen Verkehrsbetriebe."
                ),
            ),
            ("subheading", "Fragen zum Datenschutz"),
            (
                "paragraph",
                (
                    "Die Bequemlichkeit hat ihren Preis: Die App zeichnet Bewegungsdaten auf. Die "
                    "Bahn versichert, diese würden nach der Abrechnung anonymisiert und nach 90 "
                    "Tagen gelöscht. Der kantonale Datenschutzbeauftragte begrüsst diese Regel, "
                    "verlangt aber regelmässige Kontrollen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Viele Fahrgäste sind vom Tarifsystem überfordert. Mit der App müssen sie "
                        "sich darum nicht mehr kümmern."
                    ),
                    "source": "Karin Allemann, Direktorin Regionalbahn Mittelland",
                },
            ),
            (
                "paragraph",
                (
                    "Wer kein Smartphone besitzt oder die App nicht nutzen will, kann weiterhin am "
                    "Automaten oder am Schalter ein Billett kaufen. Die Bahn betont, dass das "
                    "klassische Ticket nicht abgeschafft wird."
                ),
            ),
        ],
        "topics": ["Regionalbahn Mittelland", "Öffentlicher Verkehr"],
        "primary_topic": "Regionalbahn Mittelland",
        "regions": ["Solothurn"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 145.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Ein Fahrgast startet die Ticket-App auf dem Perron.",
            "credit": "depesche",
            "archive": False,
            "alt": "Person mit Smartphone auf einem Bahnsteig",
            "motif": "train",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-059",
        "section": "digital",
        "headline": "Gefälschte Promi-Videos: Polizei warnt vor Deepfake-Betrug",
        "kicker": "",
        "lead": (
            "Betrüger werben mit KI-generierten Videos bekannter Persönlichkeiten für angebliche "
            "Geldanlagen. Die Polizei meldet Schäden in Millionenhöhe und rät zu grosser Vorsicht."
        ),
        "key_points": [
            "In gefälschten Videos empfehlen scheinbar bekannte Personen dubiose Geldanlagen.",
            "Geschädigte haben teils mehrere Zehntausend Franken verloren.",
            "Typische Warnzeichen sind unrealistische Renditen und Zeitdruck.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Das Video wirkt echt: Eine bekannte Fernsehmoderatorin erzählt, wie sie mit "
                    "einer neuen Handelsplattform reich geworden sei. Doch die Moderatorin hat "
                    "diese Worte nie gesagt. Das Video wurde mit künstlicher Intelligenz erzeugt, "
                    "Stimme und Lippenbewegungen sind gefälscht."
                ),
            ),
            (
                "paragraph",
                (
                    "Solche Deepfakes tauchen derzeit vermehrt in sozialen Medien auf. Wer auf die "
                    "Werbung hereinfällt, wird von angeblichen Beratern kontaktiert und zu immer "
                    "höheren Einzahlungen gedrängt. Laut Polizei haben Geschädigte in der Schweiz "
                    "im laufenden Jahr mehrere Millionen Franken verloren, in Einzelfällen über "
                    "100'000 Franken."
                ),
            ),
            ("subheading", "Warnzeichen erkennen"),
            (
                "fact_box",
                {
                    "title": "So erkennen Sie Anlagebetrug",
                    "items": [
                        "Versprochen werden ungewöhnlich hohe und angeblich sichere Renditen.",
                        "Prominente empfehlen scheinbar spontan eine Plattform.",
                        "Sie werden unter Zeitdruck gesetzt.",
                        "Die Plattform hat keine Bewilligung der Finanzmarktaufsicht.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "Technisch werden die Fälschungen immer besser. Kleine Unstimmigkeiten bei "
                    "Mund, Augen oder Stimme sind oft nur noch bei genauem Hinsehen zu erkennen. "
                    "Die Polizei rät deshalb, Anlageangebote aus sozialen Medien grundsätzlich mit "
                    "grösstem Misstrauen zu behandeln."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Keine seriöse Bank und kein Promi verspricht Ihnen in einem Werbevideo, "
                        "dass Sie in drei Wochen reich werden."
                    ),
                    "source": "Marco Tschannen, Spezialist für Cyberkriminalität",
                },
            ),
        ],
        "topics": ["Cybersicherheit", "Künstliche Intelligenz"],
        "primary_topic": "Cybersicherheit",
        "regions": ["Bern", "Schweiz"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 70.0,
        "updated_hours_ago": 66.0,
        "image": {
            "caption": "Ein mutmassliches Deepfake-Video wird am Laptop analysiert (Symbolbild).",
            "credit": "depesche",
            "archive": False,
            "alt": "Laptop mit Gesichtsanalyse auf dem Bildschirm",
            "motif": "laptop",
        },
        "comment_mode": "open",
    },
    {
        "id": "demo-060",
        "section": "digital",
        "headline": "Schweizer KI-Wetterprognosen helfen Bauern in Indien",
        "kicker": "",
        "lead": (
            "Ein Lausanner Start-up liefert Bauern in Indien kleinräumige Wetterprognosen per SMS. "
            "Die Vorhersagen beruhen auf künstlicher Intelligenz und sollen Ernteausfälle "
            "verringern."
        ),
        "key_points": [
            "Über 200'000 Bauern im Süden Indiens erhalten tägliche Wetterprognosen per SMS.",
            "Ein KI-Modell berechnet die Vorhersagen für Flächen von wenigen Quadratkilometern.",
            "Erste Auswertungen zeigen weniger Ernteverluste durch Starkregen.",
        ],
        "body": [
            (
                "paragraph",
                (
                    "Wann kommt der Regen, und lohnt es sich, heute noch zu säen? Für Millionen "
                    "Kleinbauern in Indien sind das existenzielle Fragen. Das Lausanner Start-up "
                    "Cirrolab liefert ihnen seit einem Jahr Antworten: tägliche Wetterprognosen "
                    "per SMS, in der jeweiligen Landessprache."
                ),
            ),
            (
                "paragraph",
                (
                    "Die Prognosen beruhen auf einem KI-Modell, das Daten von Satelliten, "
                    "Wetterstationen und globalen Wettermodellen kombiniert. Es berechnet "
                    "Vorhersagen für Flächen von wenigen Quadratkilometern, deutlich genauer als "
                    "herkömmliche Dienste in der Region. Die nötige Rechenleistung ist dabei "
                    "vergleichsweise gering."
                ),
            ),
            ("subheading", "Weniger Verluste auf den Feldern"),
            (
                "paragraph",
                (
                    "Inzwischen nutzen über 200'000 Bauern im Süden des Landes den Dienst. Eine "
                    "erste Auswertung zeigt, dass die Teilnehmenden ihre Aussaat besser planen und "
                    "weniger Ernte durch Starkregen verlieren. Bezahlt wird der Dienst von "
                    "Agrargenossenschaften und einer internationalen Stiftung."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Ein Bauer braucht keine Wetterkarte. Er braucht eine klare Antwort: "
                        "Morgen regnet es, warte mit dem Dünger."
                    ),
                    "source": "Priya Raman, Mitgründerin von Cirrolab",
                },
            ),
            (
                "paragraph",
                (
                    "Das Start-up, das aus einem Forschungsprojekt an einer Lausanner Hochschule "
                    "entstanden ist, will den Dienst nun auf Ostafrika ausweiten. Dafür sucht es "
                    "zurzeit neue Investoren."
                ),
            ),
        ],
        "topics": ["Künstliche Intelligenz", "Wetter"],
        "primary_topic": "Künstliche Intelligenz",
        "regions": ["Indien", "Lausanne"],
        "authors": ["Samuel Oberholzer"],
        "hours_ago": 450.0,
        "updated_hours_ago": None,
        "image": {
            "caption": "Bäuerinnen und Bauern auf einem Reisfeld im Süden Indiens.",
            "credit": "zVg",
            "archive": False,
            "alt": "Menschen arbeiten auf einem grünen Feld",
            "motif": "field",
        },
        "comment_mode": "open",
    },
]


# Flagship article: uses every block type (incl. image and video) and an archive image.
# kicker is empty on purpose so that the primary topic name is shown as kicker.
FLAGSHIP = {
    "id": "demo-flagship",
    "section": "news",
    "headline": "Felssturz im Urner Reusstal: Gotthard-Bergstrecke für Tage gesperrt",
    "kicker": "",
    "lead": (
        "Rund 5'000 Kubikmeter Fels sind in der Nacht im Urner Reusstal auf die "
        "Gotthard-Bergstrecke und eine Kantonsstrasse gestürzt. Verletzt wurde niemand, doch die "
        "Aufräumarbeiten dürften Tage dauern."
    ),
    "key_points": [
        (
            "Rund 5'000 Kubikmeter Gestein haben die Bergstrecke und eine Kantonsstrasse "
            "verschüttet, verletzt wurde niemand."
        ),
        (
            "Der Fernverkehr durch den Basistunnel rollt normal, Regionalzüge und Busse im Tal "
            "fallen aus."
        ),
        (
            "Bundesrätin Regula Imfeld hat die Unglücksstelle besucht und dem Kanton Uri "
            "Unterstützung zugesagt."
        ),
    ],
    "body": [
        (
            "paragraph",
            (
                "Kurz nach drei Uhr morgens hörten Anwohnerinnen und Anwohner im Urner Reusstal "
                "ein dumpfes Grollen, dann bebte der Boden. Aus einer Felswand oberhalb des Tals "
                "lösten sich rund 5'000 Kubikmeter Gestein und stürzten auf die "
                "Gotthard-Bergstrecke sowie die parallel verlaufende Kantonsstrasse. Einzelne "
                "Blöcke sind so gross wie ein Einfamilienhaus."
            ),
        ),
        (
            "paragraph",
            (
                "Verletzt wurde nach Angaben der Kantonspolizei niemand. Zum Zeitpunkt des Abgangs "
                "verkehrten auf der Bergstrecke keine Züge, und auf der Strasse waren keine "
                "Fahrzeuge unterwegs. Vier Häuser in der Nähe wurden vorsorglich evakuiert, die "
                "Bewohnerinnen und Bewohner kamen bei Verwandten und in einem Hotel unter."
            ),
        ),
        ("subheading", "Fernverkehr rollt, das Tal ist abgeschnitten"),
        (
            "paragraph",
            (
                "Für Reisende zwischen Nord und Süd hat der Felssturz kaum Folgen: Der Fernverkehr "
                "durch den Gotthard-Basistunnel ist nicht betroffen. Anders sieht es für die "
                "Region aus. Die Regionalzüge auf der Bergstrecke fallen aus, und auch die "
                "Linienbusse können die gesperrte Kantonsstrasse nicht befahren. Für die Dörfer im "
                "oberen Reusstal ist ein Ersatzverkehr über die Autobahn eingerichtet."
            ),
        ),
        (
            "image",
            {
                "caption": "Geröll und Felsblöcke liegen auf den Gleisen der Gotthard-Bergstrecke.",
                "credit": "Keystone",
                "alt": "Grosse Felsbrocken auf einer Bahnlinie in einem engen Bergtal",
                "motif": "mountains",
            },
        ),
        (
            "paragraph",
            (
                "Geologen haben die Felswand am Morgen vom Helikopter aus und mit Drohnen "
                "untersucht. Nach ersten Erkenntnissen ist weiteres Material in Bewegung. Solange "
                "nicht klar ist, ob neue Abbrüche drohen, dürfen die Räumequipen nicht ins "
                "Gefahrengebiet."
            ),
        ),
        (
            "quote",
            {
                "text": (
                    "Wir haben grosses Glück gehabt. Jetzt steht die Sicherheit der Bevölkerung "
                    "und der Arbeiter an erster Stelle, erst dann kommt der Verkehr."
                ),
                "source": "Regula Imfeld, Bundesrätin",
            },
        ),
        ("subheading", "Bundesrätin vor Ort"),
        (
            "paragraph",
            (
                "Bundesrätin Regula Imfeld reiste am Vormittag ins Reusstal und liess sich von "
                "Geologen und Einsatzkräften informieren. Sie sicherte dem Kanton Uri die "
                "Unterstützung des Bundes zu, etwa bei der Finanzierung zusätzlicher Schutzbauten. "
                "Der Gotthard sei nicht nur eine Transitachse, sondern auch Lebensraum für die "
                "Menschen im Tal, sagte sie."
            ),
        ),
        (
            "video",
            {
                "url": "https://example.org/videos/felssturz-reusstal.mp4",
                "caption": "Drohnenaufnahmen zeigen das Ausmass des Felssturzes im Urner Reusstal.",
                "title": "Felssturz im Reusstal: Die Bilder aus der Luft",
            },
        ),
        (
            # A platform video: a preview picture and a play button, nothing requested from
            # YouTube before the reader presses it (articles/video.py). The address is the
            # Blender Foundation's open film «Big Buck Bunny» (CC BY), a stand-in.
            "video",
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": "So schützen Netze und Dämme das Reusstal vor Steinschlag",
                "caption": "Erklärvideo aus dem Archiv.",
                "poster": {
                    "alt": "Schutznetze an einer steilen Felswand über einem Bergtal",
                    "credit": "depesche",
                    "motif": "mountains",
                },
            },
        ),
        (
            "fact_box",
            {
                "title": "Das Wichtigste für Reisende",
                "items": [
                    "Fernverkehr Zürich–Lugano: fährt normal durch den Basistunnel.",
                    "Regionalzüge auf der Bergstrecke: fallen bis auf Weiteres aus.",
                    "Ersatzbusse: verkehren stündlich zwischen Erstfeld und Göschenen.",
                    "Kantonsstrasse im Reusstal: gesperrt, Umleitung über die Autobahn.",
                    "Gotthard-Strassentunnel: offen.",
                ],
            },
        ),
        (
            "poll",
            {
                "question": "Sollen Bund und Kanton mehr Geld in Schutzbauten am Gotthard stecken?",
                "answers": ["Ja, unbedingt", "Nur an den gefährlichsten Stellen", "Nein"],
            },
        ),
        ("subheading", "Wie geht es weiter?"),
        (
            "paragraph",
            (
                "Wie lange die Sperrung dauert, ist offen. Der Kanton rechnet mit mindestens einer "
                "Woche, bis die Strasse wieder befahrbar ist. Die Bahnstrecke dürfte länger "
                "gesperrt bleiben, weil auch Gleise, Fahrleitung und eine Stützmauer beschädigt "
                "wurden."
            ),
        ),
        (
            "paragraph",
            (
                "Felsstürze sind im Reusstal keine Seltenheit. Fachleute weisen aber darauf hin, "
                "dass häufigere Starkniederschläge und grosse Temperaturschwankungen das Gestein "
                "in vielen Alpentälern zusätzlich belasten. Der Kanton Uri will die Überwachung "
                "gefährdeter Felswände deshalb ausbauen."
            ),
        ),
    ],
    "topics": ["Gotthard", "Naturgefahren", "Öffentlicher Verkehr", "Regula Imfeld"],
    "primary_topic": "Gotthard",
    "regions": ["Uri", "Tessin"],
    "authors": ["Corinne Baumgartner", "Giulia Pedretti"],
    "hours_ago": 1.5,
    "updated_hours_ago": 0.5,
    "image": {
        "caption": "Die Gotthard-Bergstrecke im Urner Reusstal.",
        "credit": "Keystone",
        "archive": True,
        "alt": "Bahnlinie an einem steilen Berghang in einem Alpental",
        "motif": "train",
    },
    "comment_mode": "open",
}

# The newsroom's policy pages (home.InfoPage): the structured data names them
# (schema.org correctionsPolicy, publishingPrinciples).
POLICY_PAGES = [
    {
        "title": "Korrekturrichtlinie",
        "slug": "korrekturrichtlinie",
        "purpose": "corrections_policy",
        "body": (
            "<p>Wenn uns ein Fehler unterläuft, korrigieren wir ihn so schnell wie möglich und "
            "offen: Die Korrektur steht mit Datum und Uhrzeit im Artikel, und alle Korrekturen "
            'sind auf der Seite <a href="/korrekturen/">Korrekturen</a> aufgeführt.</p>'
            "<h2>Korrektur, Präzisierung, Aktualisierung</h2>"
            "<ul><li><b>Korrektur</b>: Eine Angabe war falsch.</li>"
            "<li><b>Präzisierung</b>: Eine Angabe war missverständlich oder unvollständig.</li>"
            "<li><b>Aktualisierung</b>: Seit der Veröffentlichung ist Wesentliches "
            "hinzugekommen.</li></ul>"
            "<p>Wir folgen dabei der Erklärung der Pflichten und Rechte der Journalistinnen und "
            "Journalisten des Schweizer Presserats (Ziffer 5: Berichtigungspflicht). Hinweise "
            "auf Fehler nimmt die Redaktion jederzeit entgegen.</p>"
        ),
    },
    {
        "title": "Publizistische Grundsätze",
        "slug": "publizistische-grundsaetze",
        "purpose": "publishing_principles",
        "body": (
            "<p>Unsere Redaktion arbeitet unabhängig und nach dem Journalistenkodex des "
            "Schweizer Presserats.</p>"
            "<ul><li>Wir prüfen Informationen, bevor wir sie veröffentlichen, und nennen unsere "
            "Quellen, wo immer es möglich ist.</li>"
            "<li>Wir trennen Bericht und Kommentar.</li>"
            "<li>Wir hören die Betroffenen an, bevor wir schwere Vorwürfe veröffentlichen.</li>"
            "<li>Wir korrigieren Fehler offen (siehe Korrekturrichtlinie).</li></ul>"
        ),
    },
]

# A correction note on a demo article (articles.corrections.correction_add).
CORRECTION = {
    "article": "demo-001",
    "kind": "correction",
    "position": "bottom",
    "text": (
        "In einer früheren Version dieses Artikels hiess es, die stärkste Böe sei im "
        "Mittelland gemessen worden. Richtig ist: Die Spitzenböe von 151 km/h wurde auf dem "
        "Chasseral gemessen."
    ),
    "hours_after": 2,
}

# Live tickers (tickers.services): the vote Sunday runs, the storm's ended. Each entry:
# minutes after the ticker's start, title, text, and flags; `pinned` and `key` as the desk
# sets them.
_CANTON_RESULTS = [
    ("Appenzell Innerrhoden", 71), ("Uri", 68), ("Obwalden", 67), ("Schwyz", 66),
    ("Nidwalden", 66), ("Glarus", 64), ("Appenzell Ausserrhoden", 63), ("Thurgau", 62),
    ("St. Gallen", 61), ("Zug", 61), ("Luzern", 60), ("Aargau", 59), ("Graubünden", 58),
    ("Schaffhausen", 58), ("Solothurn", 57), ("Bern", 55), ("Zürich", 54),
    ("Basel-Landschaft", 53), ("Freiburg", 51), ("Wallis", 50), ("Basel-Stadt", 47),
    ("Tessin", 46), ("Waadt", 45), ("Neuenburg", 44), ("Jura", 41), ("Genf", 40),
]  # fmt: skip

TICKERS = [
    {
        "article": "demo-006",
        "started_minutes_ago": 55,
        "ended": False,
        "entries": [
            {
                "minute": 0,
                "title": "So verfolgen Sie den Abstimmungssonntag",
                "body": (
                    "<p>Wir berichten laufend über die Resultate zur Initiative «Faire Prämien "
                    "für Familien»: Hochrechnungen, Kantonsresultate und Stimmen aus den "
                    "Parteien. Die neusten Einträge stehen oben.</p>"
                ),
                "pinned": True,
            },
            {
                "minute": 1,
                "title": "Die Urnen sind geschlossen",
                "body": (
                    "<p>Um 12 Uhr haben die letzten Urnen geschlossen. Jetzt wird ausgezählt.</p>"
                ),
            },
            {
                "minute": 3,
                "title": "",
                "body": (
                    "<p>Die Stimmbeteiligung dürfte bei rund 45 Prozent liegen, etwas tiefer "
                    "als bei der letzten Gesundheitsvorlage.</p>"
                ),
            },
            {
                "minute": 6,
                "title": "Erste Hochrechnung: 56 Prozent Nein",
                "body": (
                    "<p>Die erste Hochrechnung geht von <b>56 Prozent Nein</b> aus. Die "
                    "Fehlermarge liegt bei zwei Prozentpunkten.</p>"
                ),
                "key": True,
            },
            {
                "minute": 8,
                "title": "",
                "body": "<p>Das Initiativkomitee hat sich im Berner Hotel Bellevue versammelt.</p>",
                "quote": (
                    "Wir haben eine wichtige Debatte angestossen.",
                    "Co-Präsidentin des Komitees",
                ),
            },
            *(
                {
                    "minute": 10 + n,
                    "title": f"{canton}: {share} Prozent Nein",
                    "body": f"<p>Im Kanton {canton} sagen {share} Prozent Nein zur Initiative.</p>",
                }
                for n, (canton, share) in enumerate(_CANTON_RESULTS)
            ),
            {
                "minute": 9,
                "title": "",
                "body": "<p>Als erste Gemeinde hat Ernen VS ausgezählt: 61 Prozent Nein.</p>",
            },
            {
                "minute": 36,
                "title": "",
                "body": "<p>Die Jungen Grünen prüfen bereits eine neue Initiative.</p>",
            },
            {
                "minute": 37,
                "title": "Das Ständemehr ist verfehlt",
                "body": (
                    "<p>Mit dem Resultat aus der Waadt steht fest: Die Initiative verfehlt das "
                    "Ständemehr. Nur die Westschweiz und das Tessin stimmen zu.</p>"
                ),
                "key": True,
            },
            {
                "minute": 39,
                "title": "",
                "body": (
                    "<p>Die Gegner sprechen von einem «klaren Signal "
                    "gegen neue Bundesausgaben».</p>"
                ),
            },
            {
                "minute": 42,
                "title": "Gesundheitsministerin tritt vor die Medien",
                "body": (
                    "<p>Die Gesundheitsministerin will um 16 Uhr im Medienzentrum des Bundes "
                    "Stellung nehmen.</p>"
                ),
            },
            {
                "minute": 45,
                "title": "",
                "body": "<p>Auf den sozialen Medien wird das Resultat lebhaft diskutiert.</p>",
            },
            {
                "minute": 47,
                "title": "Wie geht es weiter?",
                "body": (
                    "<p>Im Parlament liegt ein indirekter Gegenvorschlag bereit: mehr Geld für "
                    "die Prämienverbilligung, verteilt über die Kantone.</p>"
                ),
            },
            {
                "minute": 50,
                "title": "",
                "body": "<p>Die Auszählung ist in allen Kantonen abgeschlossen.</p>",
            },
            {
                "minute": 53,
                "title": "Endresultat: 55,8 Prozent Nein",
                "body": (
                    "<p>Das amtliche Endresultat: 55,8 Prozent Nein, "
                    "18 von 26 Kantonen lehnen ab.</p>"
                ),
            },
        ],
    },
    {
        "article": "demo-001",
        "started_minutes_ago": 360,
        "ended_minutes_ago": 240,
        "entries": [
            {
                "minute": 0,
                "title": "Sturmwarnung für die ganze Deutschschweiz",
                "body": "<p>Der Wetterdienst warnt vor Böen bis 140 km/h im Flachland.</p>",
                "key": True,
            },
            {
                "minute": 25,
                "title": "",
                "body": (
                    "<p>Erste Bäume auf Strassen im Kanton Bern, die Feuerwehr ist im Einsatz.</p>"
                ),
            },
            {
                "minute": 50,
                "title": "Bahnverkehr eingeschränkt",
                "body": "<p>Zwischen Bern und Zürich fallen einzelne Züge aus.</p>",
            },
            {
                "minute": 90,
                "title": "Spitzenböe auf dem Chasseral",
                "body": "<p>151 km/h auf dem Chasseral: die stärkste Böe des Tages.</p>",
                "key": True,
            },
            {
                "minute": 115,
                "title": "Der Sturm zieht ab",
                "body": "<p>Die Warnungen sind aufgehoben. Wir beenden den Liveticker.</p>",
            },
        ],
    },
]
