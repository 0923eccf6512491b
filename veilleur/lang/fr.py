"""French: what the stages need to know about French news text."""

from __future__ import annotations

from veilleur.lang import (
    ActorKind,
    ClaimWords,
    EventWords,
    LanguageData,
    NumberWords,
    PlaceWords,
    QuantityWords,
    TimeWords,
    cue_table,
)

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

_BOILERPLATE: dict[str, tuple[str, ...]] = {
    "related-link": (
        r"(?:[àa] )?(?:lire|voir|relire|[ée]couter|regarder) (?:aussi|également|egalement|encore)\b.*",
        r"(?:sur le m[êe]me sujet|notre dossier|pour aller plus loin|nos articles)\s*:.*",
    ),
    "follow-up": (
        r"\(?(?:affaire|dossier|histoire) [àa] suivre\)?\.?",
        r"\(?[àa] suivre\)?\.?(?:\s*\.\.\.)?",
        r"\(?article (?:mis [àa] jour|en cours d'actualisation)\b.*\)?",
    ),
    "share": (
        r"partager(?: cet article| sur \w+| l'article)?\s*:?",
        r"(?:imprimer|envoyer par e-?mail|copier le lien)",
    ),
    "subscribe": (
        r"(?:abonnez-vous|inscrivez-vous|recevez) .*"
        r"(?:newsletter|lettre d'information|offre|abonnement|notifications).*",
        r"cet article est r[ée]serv[ée] aux abonn[ée]s.*",
    ),
    "cookie": (r".*\bcookies?\b.*(?:accepter|consentement|param[èe]tr|refuser|continuer).*",),
    "caption": (
        r"\(?(?:photo|photos|cr[ée]dits?(?: photo)?|illustration|image|vid[ée]o)\s*[:©(].{0,120}",
        r"\(?©\s*.{0,80}",
    ),
    "byline": (
        r"(?i:par) [A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,3}(?:(?:,? (?:et|avec)|,) [A-ZÀ-Ý][\w'’ .-]{0,60})?",
        r"(?i:publi[ée]|mis [àa] jour) (?i:le) \d{1,2}[/ ].{0,40}",
    ),
}

_TITLES = frozenset(
    [
        "président",
        "présidente",
        "premier",
        "première",
        "ministre",
        "secrétaire",
        "porte-parole",
        "chef",
        "cheffe",
        "général",
        "générale",
        "commandant",
        "commandante",
        "gouverneur",
        "gouverneure",
        "maire",
        "ambassadeur",
        "ambassadrice",
        "chancelier",
        "chancelière",
        "roi",
        "reine",
        "prince",
        "princesse",
        "émir",
        "sénateur",
        "sénatrice",
        "député",
        "députée",
        "conseiller",
        "conseillère",
        "directeur",
        "directrice",
        "patron",
        "patronne",
        "haut-commissaire",
        "procureur",
        "procureure",
        "juge",
        "envoyé",
        "envoyée",
        "émissaire",
        "négociateur",
        "négociatrice",
        "médiateur",
        "blogueur",
        "blogueuse",
        "correspondant",
        "correspondante",
        "analyste",
        "expert",
        "experte",
        "chercheur",
        "chercheuse",
        "responsable",
        "dirigeant",
        "dirigeante",
        "leader",
        "colonel",
        "lieutenant",
        "capitaine",
        "amiral",
        "maréchal",
        "pape",
        "patriarche",
        "imam",
        "président-directeur",
        "vice-président",
        "vice-présidente",
        "vice-premier",
        "commissaire",
        "haut",
        "représentant",
        "représentante",
        "délégué",
        "déléguée",
    ]
)

_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "d’",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
    ]
)

# Masculine singular, feminine singular, and plurals of each demonym.
_DEMONYM_STEMS: dict[str, tuple[str, ...]] = {
    "UA": ("ukrainien",),
    "RU": ("russe",),
    "BY": ("biélorusse", "bélarusse"),
    "US": ("américain", "étasunien"),
    "FR": ("français",),
    "GB": ("britannique",),
    "DE": ("allemand",),
    "PL": ("polonais",),
    "IT": ("italien",),
    "ES": ("espagnol",),
    "CN": ("chinois",),
    "IR": ("iranien",),
    "IL": ("israélien",),
    "PS": ("palestinien",),
    "LB": ("libanais",),
    "SY": ("syrien",),
    "IQ": ("irakien",),
    "TR": ("turc",),
    "KP": ("nord-coréen",),
    "KR": ("sud-coréen",),
    "SD": ("soudanais",),
    "ML": ("malien",),
    "NE": ("nigérien",),
    "BF": ("burkinabè", "burkinabé"),
    "MA": ("marocain",),
    "DZ": ("algérien",),
    "EG": ("égyptien",),
    "SA": ("saoudien",),
    "YE": ("yéménite",),
    "AF": ("afghan",),
    "IN": ("indien",),
    "PK": ("pakistanais",),
    "JP": ("japonais",),
    "MD": ("moldave",),
    "GE": ("géorgien",),
    "AM": ("arménien",),
    "AZ": ("azerbaïdjanais",),
    "HU": ("hongrois",),
    "RO": ("roumain",),
    "FI": ("finlandais",),
    "SE": ("suédois",),
    "NO": ("norvégien",),
    "CA": ("canadien",),
    "BE": ("belge",),
    "CH": ("suisse",),
    "NL": ("néerlandais",),
    "ET": ("éthiopien",),
    "SO": ("somalien",),
    "LY": ("libyen",),
    "VE": ("vénézuélien",),
}


def _inflections(stem: str) -> tuple[str, ...]:
    """ukrainien -> ukrainienne(s), ukrainiens; français -> française(s); russe -> russes."""
    if stem.endswith("e") or stem.endswith("è") or stem.endswith("é"):
        return (stem, stem + "s")
    if stem.endswith("s"):
        return (stem, stem + "e", stem + "es")
    if stem.endswith("c"):  # turc -> turque
        return (stem, stem + "s", stem + "que", stem + "ques")
    if stem.endswith("en"):
        return (stem, stem + "s", stem + "ne", stem + "nes")
    return (stem, stem + "s", stem + "e", stem + "es")


_DEMONYMS = {
    form: country for country, stems in _DEMONYM_STEMS.items() for stem in stems for form in _inflections(stem)
}

_ACTOR_NOUNS: dict[str, ActorKind] = {
    **dict.fromkeys(
        [
            "force",
            "forces",
            "troupe",
            "troupes",
            "armée",
            "armées",
            "soldat",
            "soldats",
            "militaire",
            "militaires",
            "unité",
            "unités",
            "combattant",
            "combattants",
            "défense",
            "aviation",
            "marine",
            "artillerie",
            "garde-frontière",
            "garde-frontières",
            "bataillon",
            "brigade",
            "brigades",
            "régiment",
        ],
        "military",
    ),
    **dict.fromkeys(
        [
            "autorité",
            "autorités",
            "gouvernement",
            "responsable",
            "responsables",
            "dirigeant",
            "dirigeants",
            "diplomatie",
            "diplomate",
            "diplomates",
            "ministère",
            "présidence",
            "officiel",
            "officiels",
            "services",
            "renseignement",
            "partie",  # "la partie russe": the Russian side of a negotiation
            "parties",
        ],
        "government",
    ),
    **dict.fromkeys(
        [
            "civil",
            "civils",
            "habitant",
            "habitants",
            "population",
            "populations",
            "réfugié",
            "réfugiés",
            "déplacé",
            "déplacés",
            "ressortissant",
            "ressortissants",
            "citoyen",
            "citoyens",
        ],
        "people",
    ),
}

_SEATS: dict[str, tuple[ActorKind, str]] = {
    "kremlin": ("government", "RU"),
    "maison blanche": ("government", "US"),
    "pentagone": ("military", "US"),
    "département d'état": ("government", "US"),
    "élysée": ("government", "FR"),
    "matignon": ("government", "FR"),
    "quai d'orsay": ("government", "FR"),
    "downing street": ("government", "GB"),
    "bankova": ("government", "UA"),
    "état-major": ("military", "UA"),
}

_NUMBERS = NumberWords(
    units={
        **dict(
            zip(
                "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split(),
                range(17),
                strict=True,
            )
        ),
        "une": 1,
        "vingt": 20,
        "vingts": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "septante": 70,
        "huitante": 80,
        "octante": 80,
        "nonante": 90,
    },
    scales={
        "cent": 100,
        "cents": 100,
        "mille": 1000,
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
    },
    approximate={
        "dizaine": 10,
        "dizaines": 10,
        "douzaine": 12,
        "douzaines": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "vingtaines": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "centaines": 100,
        "millier": 1000,
        "milliers": 1000,
    },
    joiners=frozenset({"et"}),
    vague=frozenset({"quelques", "plusieurs", "certains", "certaines", "nombreux", "nombreuses"}),
    decimal=",",
)

_TIME = TimeWords(
    months={
        **dict(
            zip(
                "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
                range(1, 13),
                strict=True,
            )
        ),
        "fevrier": 2,
        "aout": 8,
        "decembre": 12,
        "janv.": 1,
        "févr.": 2,
        "sept.": 9,
        "oct.": 10,
        "nov.": 11,
        "déc.": 12,
    },
    weekdays=dict(zip("lundi mardi mercredi jeudi vendredi samedi dimanche".split(), range(7), strict=True)),
    relative_days={"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2},
    parts_of_day={
        "matin": "MO",
        "matinée": "MO",
        "après-midi": "AF",
        "soir": "EV",
        "soirée": "EV",
        "nuit": "NI",
        "midi": "MI",
    },
    day_parts={},
    seasons={"printemps": "SP", "été": "SU", "eté": "SU", "automne": "FA", "hiver": "WI"},
    units={
        "seconde": "S",
        "secondes": "S",
        "minute": "TM",
        "minutes": "TM",
        "heure": "H",
        "heures": "H",
        "jour": "D",
        "jours": "D",
        "journée": "D",
        "journées": "D",
        "semaine": "W",
        "semaines": "W",
        "week-end": "WE",
        "mois": "M",
        "trimestre": "Q",
        "trimestres": "Q",
        "an": "Y",
        "ans": "Y",
        "année": "Y",
        "années": "Y",
        "décennie": "DE",
        "décennies": "DE",
        "siècle": "CE",
        "siècles": "CE",
    },
    deictic_before={"ce": 0, "cet": 0, "cette": 0, "ces": 0},
    deictic_after={
        "dernier": -1,
        "dernière": -1,
        "derniers": -1,
        "dernières": -1,
        "passé": -1,
        "passée": -1,
        "précédent": -1,
        "précédente": -1,
        "prochain": 1,
        "prochaine": 1,
        "prochains": 1,
        "prochaines": 1,
        "suivant": 1,
        "suivante": 1,
        "en cours": 0,
    },
    mods={
        "plus de": "MORE_THAN",
        "plus d'": "MORE_THAN",
        "au-delà de": "MORE_THAN",
        "moins de": "LESS_THAN",
        "moins d'": "LESS_THAN",
        "près de": "APPROX",
        "environ": "APPROX",
        "quelque": "APPROX",
        "presque": "APPROX",
        "au moins": "EQUAL_OR_MORE",
        "au plus": "EQUAL_OR_LESS",
        "jusqu'à": "EQUAL_OR_LESS",
    },
    period_mods={"début": "START", "fin": "END", "mi-": "MID", "milieu": "MID"},
    ago_before=("il y a",),
    ago_after=(),
    later_before=("dans", "d'ici"),
    references={
        "actuellement": "PRESENT_REF",
        "maintenant": "PRESENT_REF",
        "désormais": "PRESENT_REF",
        "à présent": "PRESENT_REF",
        "pour le moment": "PRESENT_REF",
        "pour l'instant": "PRESENT_REF",
        "en ce moment": "PRESENT_REF",
        "de nos jours": "PRESENT_REF",
        "récemment": "PAST_REF",
        "auparavant": "PAST_REF",
        "autrefois": "PAST_REF",
        "jadis": "PAST_REF",
        "naguère": "PAST_REF",
        "l'avenir": "FUTURE_REF",
        "avenir": "FUTURE_REF",
        "actuel": "PRESENT_REF",
        "actuelle": "PRESENT_REF",
        "actuels": "PRESENT_REF",
        "actuelles": "PRESENT_REF",
        "nouvellement": "PAST_REF",
        "à l'avenir": "FUTURE_REF",
        "prochainement": "FUTURE_REF",
        "bientôt": "FUTURE_REF",
    },
    each=("chaque", "tous les", "toutes les", "par"),
    frequencies={
        "quotidien": "P1D",
        "quotidienne": "P1D",
        "quotidiens": "P1D",
        "quotidiennes": "P1D",
        "quotidiennement": "P1D",
        "journalier": "P1D",
        "journalière": "P1D",
        "hebdomadaire": "P1W",
        "hebdomadaires": "P1W",
        "mensuel": "P1M",
        "mensuelle": "P1M",
        "mensuels": "P1M",
        "mensuelles": "P1M",
        "annuel": "P1Y",
        "annuelle": "P1Y",
        "annuels": "P1Y",
        "annuelles": "P1Y",
        "annuellement": "P1Y",
    },
    neighbour_days={"le lendemain": 1, "la veille": -1, "le surlendemain": 2, "l'avant-veille": -2},
    whole_period=("tout au long de", "pendant toute", "durant toute", "toute"),
    start_of=("depuis le début de", "au début de", "début", "en début de", "dès le début de"),
    end_of=("à la fin de", "fin", "en fin de", "d'ici la fin de", "jusqu'à la fin de"),
    numeric_order="DMY",
    date_lead=("le", "du", "au"),
    clock=(r"(?P<hour>[01]?\d|2[0-3]) ?h(?: ?(?P<minute>[0-5]\d))?(?![\w])",),
    year_lead=(
        "en",
        "depuis",
        "de",
        "d'ici",
        "jusqu'en",
        "avant",
        "après",
        "dès",
        "année",
        "l'année",
        "l'an",
        "printemps",
        "été",
        "automne",
        "hiver",
        "fin",
        "début",
        "mi-",
    ),
    day_suffix=r"(?:er|e|ème)?",
    future_cues=frozenset({"va", "vont", "sera", "seront", "doit", "doivent", "devrait", "devraient"}),
    capitalised=False,
    day_leads=("dans", "pendant", "durant", "sur", "tout au long de", "terminé", "termine", "clôturé", "fin de"),
    interposed=(
        "longues",
        "longs",
        "pleines",
        "pleins",
        "consécutives",
        "consécutifs",
        "bonnes",
        "petites",
        "petits",
        "derniers",
        "dernières",
        "premiers",
        "premières",
    ),
)

_COUNTED_FR = {
    "civil": "civilian",
    "civils": "civilian",
    "soldat": "soldier",
    "soldats": "soldier",
    "militaire": "soldier",
    "militaires": "soldier",
    "combattant": "fighter",
    "combattants": "fighter",
    "milicien": "fighter",
    "miliciens": "fighter",
    "rebelle": "fighter",
    "rebelles": "fighter",
    "séparatistes": "fighter",
    "mort": "killed",
    "morts": "killed",
    "tué": "killed",
    "tuant": "killed",
    "tue": "killed",
    "tuent": "killed",
    "blessant": "injured",
    "tués": "killed",
    "victime": "victim",
    "victimes": "victim",
    "blessé": "injured",
    "blessés": "injured",
    "prisonnier": "prisoner",
    "prisonniers": "prisoner",
    "otage": "hostage",
    "otages": "hostage",
    "drone": "drone",
    "drones": "drone",
    "missile": "missile",
    "missiles": "missile",
    "roquette": "rocket",
    "roquettes": "rocket",
    "obus": "shell",
    "bombe": "bomb",
    "bombes": "bomb",
    "char": "tank",
    "chars": "tank",
    "blindé": "armoured vehicle",
    "blindés": "armoured vehicle",
    "avion": "aircraft",
    "avions": "aircraft",
    "hélicoptère": "helicopter",
    "hélicoptères": "helicopter",
    "déplacé": "displaced",
    "déplacés": "displaced",
    "réfugié": "refugee",
    "réfugiés": "refugee",
    "personne": "person",
    "personnes": "person",
    "habitant": "resident",
    "habitants": "resident",
    "enfant": "child",
    "enfants": "child",
    "femme": "woman",
    "femmes": "woman",
    "homme": "man",
    "hommes": "man",
    "policier": "police officer",
    "policiers": "police officer",
    "manifestant": "protester",
    "manifestants": "protester",
    "journaliste": "journalist",
    "journalistes": "journalist",
    "village": "village",
    "villages": "village",
    "localité": "settlement",
    "localités": "settlement",
    "maison": "house",
    "maisons": "house",
    "bâtiment": "building",
    "bâtiments": "building",
    "attaque": "attack",
    "attaques": "attack",
    "frappe": "strike",
    "frappes": "strike",
    "disparu": "missing",
    "disparus": "missing",
    "arrestation": "arrest",
    "arrestations": "arrest",
    "détenu": "detainee",
    "détenus": "detainee",
}

_QUANTITIES = QuantityWords(
    units={
        "kilomètres carrés": "km2",
        "kilomètre carré": "km2",
        "km carrés": "km2",
        "kilomètres": "km",
        "kilomètre": "km",
        "mètres": "m",
        "mètre": "m",
        "kilos": "kg",
        "kilogrammes": "kg",
        "kilogramme": "kg",
        "tonnes": "t",
        "tonne": "t",
        "pour cent": "%",
        "pourcent": "%",
        "dollars": "USD",
        "dollar": "USD",
        "euros": "EUR",
        "euro": "EUR",
        "livres sterling": "GBP",
        "hryvnias": "UAH",
        "hryvnia": "UAH",
        "grivnas": "UAH",
        "roubles": "RUB",
        "rouble": "RUB",
        "mégawatts": "MW",
        "hectares": "ha",
        "hectare": "ha",
    },
    magnitudes={
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
        "mille": 1000,
        "md": 10**9,
        "mds": 10**9,
    },
    qualifiers={
        "plus de": "more_than",
        "plus d'": "more_than",
        "au-delà de": "more_than",
        "dépasse les": "more_than",
        "dépassé les": "more_than",
        "dépasser les": "more_than",
        "dépasse": "more_than",
        "excède": "more_than",
        "moins de": "less_than",
        "moins d'": "less_than",
        "au moins": "at_least",
        "au minimum": "at_least",
        "jusqu'à": "at_most",
        "au plus": "at_most",
        "au maximum": "at_most",
        "près de": "approx",
        "environ": "approx",
        "quelque": "approx",
        "presque": "approx",
        "autour de": "approx",
        "quasiment": "approx",
        "une centaine de": "approx",
    },
    ranges=(
        r"entre\s+(?P<a>{n})\s+et\s+(?P<b>{n})",
        r"d['’]?\s*(?:e\s+)?(?P<a>{n})\s+à\s+(?P<b>{n})",
        r"de\s+(?P<a>{n})\s+à\s+(?P<b>{n})",
        r"(?P<a>{n})\s+(?:à|ou)\s+(?P<b>{n})",
        r"(?P<a>\d+)\s?[-–]\s?(?P<b>\d+)",
    ),
    counted=_COUNTED_FR,
    outcomes={
        "tué": "killed",
        "tués": "killed",
        "tuée": "killed",
        "tuées": "killed",
        "morts": "killed",
        "mort": "killed",
        "blessé": "injured",
        "blessés": "injured",
        "blessée": "injured",
        "blessées": "injured",
        "capturés": "prisoner",
        "capturé": "prisoner",
        "faits prisonniers": "prisoner",
        "abattus": "shot down",
        "abattu": "shot down",
        "interceptés": "intercepted",
        "détruits": "destroyed",
        "disparus": "missing",
        "arrêtés": "arrested",
        "enlevés": "abducted",
        "évacués": "evacuated",
    },
    links=frozenset({"de", "d'", "d’"}),
    articles=frozenset({"un", "une"}),
    short_magnitudes={"M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "k": 1000},
    labels=frozenset(
        {
            "article",
            "n°",
            "numéro",
            "no",
            "page",
            "chapitre",
            "résolution",
            "top",
            "paragraphe",
            "alinéa",
            "tome",
            "section",
            "ligne",
            "route",
            "autoroute",
        }
    ),
)


_CUES_FR = cue_table(
    """
    assert: affirmer, déclarer, dire, indiquer, montrer, expliquer, ajouter, souligner, préciser, assurer, rappeler, noter,
        observer, relever, insister, répéter, poursuivre, conclure, écrire, raconter, témoigner, rapporter, signaler,
        mentionner, évoquer, commenter, détailler, exposer, formuler, lancer, glisser, confier, répondre, rétorquer,
        répliquer, objecter, marteler, clamer, soutenir, maintenir, réaffirmer, certifier, prétendre, alléguer,
        arguer, argumenter, publier, tweeter, poster, communiquer, informer, révéler, divulguer, souffler, murmurer,
        crier, s'exclamer, lâcher, résumer, défendre, revendiquer, citer, se féliciter, saluer, faire valoir,
        faire savoir, faire remarquer, faire état, faire référence, apprendre, parler, faire part, affirmer de nouveau, raconter, décrire, qualifier, résumer,
        insister, certifier, trancher, conclure, constater, remarquer, expliciter, diagnostiquer, exprimer, documenter,
        répondre à, vanter
    deny: démentir, nier, réfuter, contester, rejeter, récuser, infirmer, balayer, désavouer, s'inscrire en faux,
        se défendre, exclure, voter contre
    confirm: confirmer, attester, corroborer, valider, entériner, vérifier, réitérer
    promise: promettre, s'engager, jurer, garantir, assurer de, se porter garant, offrir
    threaten: menacer, prévenir que, intimider
    appeal: lancer un appel, exhorter, appeler, demander, réclamer, exiger, implorer, supplier, presser, inviter, inciter, encourager,
        plaider, enjoindre, sommer, conjurer, prier, solliciter, recommander, préconiser, proposer, suggérer,
        conseiller, militer, espérer, souhaiter, vouloir, aimer, adorer, préférer, admirer, ordonner
    acknowledge: reconnaître, admettre, concéder, convenir, avouer, accepter
    estimate: estimer, juger, considérer, penser, croire, évaluer, calculer, chiffrer, compter, trouver, prévoir,
        anticiper, prédire, pronostiquer, supposer, présumer, projeter, tabler, savoir, comprendre,
        se rendre compte, voir, percevoir, imaginer, s'imaginer, envisager, pressentir, subodorer, convaincre,
        persuader
    accuse: accuser, soupçonner, reprocher, dénoncer, incriminer, blâmer, fustiger, condamner, critiquer, stigmatiser,
        mettre en cause, imputer, pointer, vilipender, taxer, réprimander, sermonner, tancer, admonester
    complain: se plaindre, déplorer, regretter, s'indigner, protester, se lamenter, s'insurger, fulminer, pester,
        s'offusquer, s'émouvoir, détester, haïr, mépriser, exécrer
    warn: avertir, mettre en garde, alerter, prévenir, s'inquiéter, s'alarmer, craindre, redouter, mettre en demeure
    announce: annoncer, proclamer, officialiser, dévoiler, présenter, notifier, décréter, décider
    question: s'interroger, se demander, questionner, interroger, douter, s'étonner, mettre en doute
    """
)

_CLAIMS = ClaimWords(
    cues=_CUES_FR,
    cue_adjectives=cue_table(
        """
        estimate: sûr, certain, convaincu, convaincre, persuadé, persuader, confiant, conscient, optimiste,
            pessimiste
        question: incertain, dubitatif, sceptique, surpris, surprendre, étonné, étonner
        warn: inquiet, soucieux, préoccupé, préoccuper, craintif
        assert: catégorique, formel
        complain: frustré, frustrer, furieux, fâché, fâcher, déçu, décevoir, agacé, agacer, méfiant
        acknowledge: ravi, ravir, fier, heureux, content
        """
    ),
    causatives=frozenset(),
    experiencer_verbs=cue_table(
        """
        warn: inquiéter, préoccuper, alarmer, effrayer, tracasser
        complain: agacer, irriter, exaspérer, indigner, décevoir, révolter, choquer
        question: surprendre, étonner, intriguer
        """
    ),
    intent_adjectives=cue_table(
        """
        appeal: disposé, disposer, déterminé, déterminer, résolu
        deny: réticent, hésitant
        """
    ),
    impersonal_adjectives=cue_table(
        """
        estimate: clair, évident, manifeste, certain
        """
    ),
    holder_nouns=cue_table(
        """
        appeal: partisan, partisane, défenseur, défenseuse, promoteur, promotrice, champion, championne, admirateur,
            admiratrice
        deny: opposant, opposante, adversaire
        accuse: détracteur, détractrice, pourfendeur, pourfendeuse
        question: sceptique
        """
    ),
    hearsay_adverbs={"prétendument": "assert", "soi-disant": "assert"},
    cue_nouns={
        "communiqué": "assert",
        "déclaration": "assert",
        "discours": "assert",
        "allocution": "assert",
        "interview": "assert",
        "entretien": "assert",
        "message": "assert",
        "tweet": "assert",
        "lettre": "assert",
        "rapport": "assert",
        "annonce": "announce",
        "démenti": "deny",
        "appel": "appeal",
        "menace": "threaten",
        "promesse": "promise",
        "avertissement": "warn",
        "accusation": "accuse",
        "aveu": "acknowledge",
        "estimation": "estimate",
        "affirmation": "assert",
        "allégation": "accuse",
        "assurance": "promise",
        "engagement": "promise",
        "conviction": "estimate",
        "crainte": "warn",
        "inquiétude": "warn",
        "plainte": "complain",
        "reconnaissance": "acknowledge",
        "prévision": "estimate",
        "argument": "assert",
        "idée": "assert",
        "thèse": "assert",
        "doute": "question",
        "consensus": "acknowledge",
        "soupçon": "accuse",
        "avis": "estimate",
        "espoir": "appeal",
        "attente": "estimate",
        "sentiment": "estimate",
        "impression": "estimate",
        "hypothèse": "estimate",
        "théorie": "assert",
        "récit": "assert",
        "rumeur": "assert",
        "spéculation": "estimate",
        "évaluation": "estimate",
        "conclusion": "estimate",
        "constat": "assert",
        "perception": "estimate",
        "rappel": "assert",
        "preuve": "assert",
        "pari": "estimate",
        "selon": "assert",
    },
    intent_nouns=cue_table(
        """
        announce: intention, volonté, projet, décision, détermination
        promise: promesse, engagement, offre
        appeal: appel, proposition, demande, empressement, désir, souhait, espoir
        threaten: menace
        deny: refus, réticence
        """
    ),
    topic_nouns=cue_table(
        """
        question: question, interrogation, doute, réserve, scepticisme, désaccord
        assert: commentaire, remarque, déclaration, propos, témoignage, affirmation, rapport, réponse, message,
            rhétorique, idée, argument, théorie
        accuse: critique, accusation, attaque, condamnation
        complain: plainte, protestation, colère, indignation
        warn: avertissement, inquiétude, crainte
        estimate: évaluation, prévision, pronostic
        """
    ),
    noun_topic_prepositions=frozenset({"sur"}),
    judgment_prepositions=frozenset({"pour"}),
    receiving_verbs=frozenset("essuyer subir recevoir affronter susciter".split()),
    document_prepositions=frozenset({"dans", "à"}),
    document_nouns=frozenset("sondage enquête étude avis œil yeux".split()),
    according_to=("selon", "d'après", "aux dires de", "de l'avis de"),
    channels={
        r"\bsur (?:la messagerie |la plateforme |le réseau social |son compte |sa chaîne )?telegram\b": "Telegram",
        r"\bsur (?:le réseau social |son compte |la plateforme )?(?:x|twitter)\b": "X",
        r"\b(?:dans|par) (?:un |une |des |ses |son |leurs? )?(?:série de )?(?:tweets?|messages? sur x)\b": "X",
        r"\bsur (?:son compte )?facebook\b": "Facebook",
        r"\bsur (?:son compte )?instagram\b": "Instagram",
        r"\bsur youtube\b": "YouTube",
        r"\b(?:discours|allocution|adresse|message vidéo) (?:quotidien(?:ne)? )?du soir\b": "evening address",
        r"\b(?:discours|allocution|adresse) (?:quotidien(?:ne)?|vespéral(?:e)?|nocturne)\b": "evening address",
        r"\bconférence de presse\b": "press conference",
        r"\bpoint(?:-| )presse\b": "press briefing",
        r"\b(?:dans|par) (?:un|le|son|leur) communiqué\b|\bcommuniqué\b": "statement",
        r"\b(?:à|sur) la télévision\b|\btélévisée?\b|\bsur la chaîne\b|\bau journal (?:télévisé|de \d+ ?h)\b": "television",
        r"\bà la radio\b|\bradiophonique\b|\bsur (?:les ondes|l'antenne)\b": "radio",
        r"\b(?:dans|lors d)['’ ]\s*(?:une |un |son |l['’])?(?:entretien|interview)\b": "interview",
        r"\bdevant (?:le parlement|les députés|l'assemblée|la rada|la douma|le sénat|le conseil de sécurité)\b": "parliament",
        r"\b(?:dans|lors d)['’ ]\s*(?:un |son |le )?discours\b": "speech",
        r"\b(?:dans|par) (?:une|la) lettre\b": "letter",
        r"\bmessage vidéo\b|\bvidéo publiée\b": "video message",
        r"\b(?:dans|selon) (?:un|le) rapport\b": "report",
        r"\bau téléphone\b|\bentretien téléphonique\b": "phone call",
    },
    pronouns={
        "il": ("m", "sg"),
        "-il": ("m", "sg"),
        "elle": ("f", "sg"),
        "-elle": ("f", "sg"),
        "ils": ("m", "pl"),
        "-ils": ("m", "pl"),
        "elles": ("f", "pl"),
        "-elles": ("f", "pl"),
        "celui-ci": ("m", "sg"),
        "celle-ci": ("f", "sg"),
    },
    feminine=frozenset(
        "présidente ministre première cheffe générale commandante gouverneure ambassadrice chancelière reine princesse "
        "sénatrice députée conseillère directrice porte-parole procureure envoyée négociatrice blogueuse "
        "correspondante experte chercheuse dirigeante représentante déléguée".split()
    ),
    masculine=frozenset(
        "ministre porte-parole secrétaire juge président premier chef général commandant gouverneur ambassadeur "
        "chancelier roi prince émir sénateur député "
        "conseiller directeur procureur envoyé négociateur blogueur correspondant expert chercheur dirigeant "
        "représentant délégué colonel lieutenant capitaine amiral maréchal pape patriarche imam".split()
    ),
    quote_names=frozenset(
        "livre roman film série intitulé intitulée baptisé baptisée surnommé surnommée slogan opération émission "
        "journal quotidien hebdomadaire magazine chanson album pièce programme plan dit dite nommé nommée "
        "appelé appelée mot terme expression formule hashtag mouvement".split()
    ),
    complementisers=frozenset({"que", "qu'", "si", "s'"}),
    topic_prepositions=frozenset({"de", "d'", "sur", "du", "des"}),
    addressee_cues=frozenset(
        {
            "avertir",
            "prévenir",
            "informer",
            "assurer",
            "rassurer",
            "remercier",
            "saluer",
            "alerter",
            "interroger",
            "questionner",
            "convaincre",
            "persuader",
            "accuser",
            "critiquer",
            "menacer",
        }
    ),
    lemma_repairs=(("ent", "er"), ("es", "er"), ("e", "er")),
    dropped_endings=(),
    reflexives=frozenset({"se", "s'", "s’"}),
    noun_content=frozenset(
        """démentir nier réfuter contester rejeter récuser infirmer balayer désavouer confirmer attester corroborer
        réitérer évoquer mentionner citer décrire détailler exposer révéler divulguer dévoiler annoncer proposer
        suggérer recommander préconiser réclamer exiger demander critiquer condamner dénoncer fustiger déplorer
        regretter saluer défendre soutenir promettre jurer garantir menacer reconnaître admettre concéder avouer
        prédire qualifier souligner rappeler montrer dire aimer adorer préférer admirer détester haïr mépriser
        exécrer expliquer écrire déclarer prétendre crier documenter indiquer craindre redouter vouloir
        souhaiter comprendre percevoir vanter ordonner""".split()
    ),
    quote_cues=frozenset(
        """poursuivre continuer publier poster présenter lancer apprendre trouver compter conclure observer noter
        relever glisser souffler lâcher savoir voir imaginer s'imaginer envisager""".split()
    ),
    predicating=frozenset({"de", "d'", "comme", "en", "pour"}),
    likening=frozenset({"comme"}),
    circumstance_prepositions=frozenset({"pendant", "durant", "depuis", "lors", "avant", "après"}),
    personal_cues=frozenset(),
    pro_forms=frozenset({"autant", "oui", "non"}),
    incise_inverted=True,
    raising=frozenset({"sembler", "paraître", "apparaître"}),
    question_words=frozenset({"quand", "où", "comment", "pourquoi"}),
    conditional_endings=("ait", "aient", "ais"),
    copulas=frozenset({"être"}),
    view_passives=frozenset("soupçonner accuser présumer estimer croire dire considérer juger voir".split()),
    experiencer_prepositions=frozenset({"à"}),
    source_prepositions=frozenset({"par", "de"}),
    dialogue_dashes="—–",
    personal_words=frozenset("mon ma mes ton ta tes notre nos votre vos".split()),
    narrative_tenses=frozenset({"Past"}),
    incise_verbs=frozenset(
        """faire reprendre continuer poursuivre interrompre balbutier bégayer bredouiller murmurer chuchoter
        s'écrier écrier exclamer gémir soupirer ricaner sourire rire hurler grogner gronder insinuer protester
        riposter railler songer penser conclure achever commencer prononcer ordonner commander grommeler
        marmonner siffler plaisanter""".split()
    ),
    inline_narrative_tenses=frozenset({"Imp"}),
    narrative_forms=frozenset(
        """fut furent eut eurent firent dirent prit prirent mit mirent vint vinrent tint tinrent put purent dut
        durent sut surent virent parut parurent reprit reprirent comprit comprirent sourirent tut turent
        répondit répondirent sortit sortirent partit partirent ouvrit ouvrirent perdit perdirent
        attendit attendirent entendit entendirent descendit descendirent rendit rendirent courut coururent
        reconnut reconnurent connut connurent lut lurent crut crurent voulut voulurent""".split()
    ),
    narrative_endings=(("er", ("a", "èrent", "ea", "eèrent")),),
)

_PLACES = PlaceWords(
    admin_before=(
        r"\b(?:la|une) (?:région|province|oblast|préfecture)(?: \w+)? d['’e]",
        r"\bl['’]\s*oblast(?: \w+)? d['’e]",
        r"\b(?:le|un) (?:district|département|raïon|gouvernorat|territoire|kraï)(?: \w+)? d['’e]",
        r"\bl['’]\s*(?:état|émirat) d['’e]",
        r",\s*(?:région|province|oblast)(?: \w+)? d['’e]",  # "Ivanivka, région de Kherson"
        r"\bgouverneure? (?:régionale? )?d['’e]",  # "le gouverneur de Koursk": la région
    ),
    admin_after=(r"oblast", r"kraï", r"krai"),
    city_before=(
        r"\b(?:la|une) (?:ville|localité|commune|cité|capitale)(?: \w+)? d['’e]",
        r"\b(?:le|un) (?:village|bourg|hameau|port)(?: \w+)? d['’e]",
        r"\b(?:maire|mairie) d['’e]",  # "le maire de Kharkiv": la ville
        r"\b(?:la|une) (?:communauté (?:territoriale|urbaine|rurale)|hromada|commune urbaine)(?: \w+)? d['’e]",
    ),
    admin_words=frozenset(
        {
            "oblast",
            "région",
            "region",
            "province",
            "district",
            "raïon",
            "raion",
            "kraï",
            "krai",
            "gouvernorat",
            "département",
            "la",
            "le",
            "l'",
            "de",
            "d'",
        }
    ),
    locatives=frozenset(
        {"à", "au", "aux", "dans", "en", "près", "vers", "sur", "autour", "devant", "contre", "depuis", "entre"}
    ),
    part_words={
        "nord": (1, 0),
        "sud": (-1, 0),
        "est": (0, 1),
        "ouest": (0, -1),
        "nord-est": (1, 1),
        "nord-ouest": (1, -1),
        "sud-est": (-1, 1),
        "sud-ouest": (-1, -1),
        "centre": (0, 0),
    },
    adjectives={
        **dict.fromkeys(("européen", "européenne", "européens", "européennes"), "Europe"),
        **dict.fromkeys(("africain", "africaine", "africains", "africaines"), "Africa"),
        **dict.fromkeys(("asiatique", "asiatiques"), "Asia"),
        **dict.fromkeys(("moyen-oriental", "moyen-orientale", "moyen-orientaux"), "Middle East"),
        **dict.fromkeys(("balkanique", "balkaniques"), "Balkans"),
        **dict.fromkeys(("sud-ossète", "sud-ossètes"), "South Ossetia"),
        **dict.fromkeys(("abkhaze", "abkhazes"), "Abkhazia"),
        **dict.fromkeys(("criméen", "criméenne", "criméens", "criméennes"), "Crimea"),
        **dict.fromkeys(("nord-américain", "nord-américaine", "nord-américains"), "North America"),
        **dict.fromkeys(("sud-américain", "sud-américaine", "sud-américains"), "South America"),
        **dict.fromkeys(("latino-américain", "latino-américaine", "latino-américains"), "Latin America"),
        **dict.fromkeys(("caribéen", "caribéenne", "caribéens", "caribéennes"), "Caribbean"),
        **dict.fromkeys(("scandinave", "scandinaves"), "Scandinavia"),
    },
    facility_words=frozenset(
        {
            *("rue", "avenue", "boulevard", "allée", "impasse", "chemin", "quai", "pont", "place", "corridor"),
            *("aéroport", "gare", "port", "parc", "jardin", "église", "cathédrale", "chapelle"),
            *("mosquée", "synagogue", "temple", "stade", "école", "collège", "lycée", "université"),
            *("bibliothèque", "musée", "marché", "tour", "immeuble", "hôpital", "palais", "château"),
            *("prison", "hôtel", "théâtre", "base", "barrage", "centrale", "usine"),
        }
    ),
    town_facility_words=frozenset({"aéroport", "gare", "port", "base", "barrage", "centrale", "usine"}),
    street_before=frozenset({"rue", "avenue", "boulevard", "allée", "impasse", "chemin", "quai", "corridor"}),
    unions={
        **dict.fromkeys(("UE", "Union européenne", "l'Union européenne"), "Europe"),
        **dict.fromkeys(("Union africaine", "l'Union africaine"), "Africa"),
    },
    local_nouns=frozenset(
        {
            *("habitant", "habitants", "habitante", "habitantes", "population", "maire", "mairie"),
            *("police", "policiers", "autorités", "responsables", "pompiers", "hôpital", "quartier"),
            *("quartiers", "banlieue", "périphérie", "faubourgs", "rues", "centre-ville", "environs"),
            *("municipal", "municipale", "préfecture", "commissariat", "tribunal"),
        }
    ),
    of_words=frozenset({"de", "d'", "d’", "du"}),
    list_links=frozenset({",", "et", "ou"}),
    near_before=(
        r"\b\d+(?:[.,]\d+)?\s*(?:km|kilomètres?|milles?)\s+(?:\w+\s+)?(?:de|d['’]|du)",
        r"\b(?:au|à l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|d['’]|du)",
        r"\b(?:près|autour|aux abords|aux environs|aux portes|à la périphérie|non loin)\s+(?:de|d['’]|du)",
    ),
    county_words={"comté": "County", "county": "County", "paroisse": "Parish", "borough": "Borough"},
    county_plurals={"counties": "County", "comtés": "County"},
    national_nouns=frozenset(
        {
            *("président", "présidente", "premier", "roi", "reine", "émir", "sultan", "monarque", "chancelier"),
            *("ministre", "ministère", "gouvernement", "parlement", "armée", "marine", "ambassadeur"),
            *("ambassade", "chef"),
        }
    ),
)

_EVENTS = EventWords(
    verbs=cue_table(
        """
        ASSAULT/ground-advance: avancer, progresser, pénétrer, percer, s'enfoncer, franchir
        ASSAULT/armed-clash: attaquer, combattre, affronter, riposter, repousser, encercler, assiéger, contre-attaquer
        ASSAULT/shelling: bombarder, pilonner, canonner
        ASSAULT/: tirer, ouvrir le feu, mitrailler, lancer missile, lancer roquette, lancer obus
        ASSAULT/air-strike: frapper, viser, cibler, toucher
        ASSAULT/interception: intercepter, abattre
        COERCE/defusal: désamorcer, neutraliser, déminer
        ASSAULT/killing: tuer, exécuter, massacrer, blesser
        ASSAULT/capture-territory: s'emparer, conquérir, reprendre, libérer, occuper, envahir, saisir
        COERCE/capture: capturer, faire prisonnier
        COERCE/detention: arrêter, détenir, interpeller, emprisonner, incarcérer
        COERCE/abduction: enlever, kidnapper
        COERCE/expulsion: expulser, chasser, déporter
        CONSULT/meeting: rencontrer, recevoir, réunir, s'entretenir, discuter, négocier
        CONSULT/visit: visiter, se rendre
        CONSULT/call: téléphoner, appeler au téléphone
        REQUEST/appeal: exhorter, demander, réclamer, exiger, implorer, appeler
        THREATEN/: menacer
        SANCTION/sanction: sanctionner, geler
        PROTEST/protest: manifester, protester, défiler
        AID/military-aid: livrer, fournir, armer
        AGREE/agreement: signer, conclure, accepter
        RETREAT/withdrawal: se retirer, reculer, évacuer, battre en retraite
        MOBILIZE/mobilization: mobiliser, déployer, masser
        """
    ),
    nouns=cue_table(
        """
        ASSAULT/ground-advance: avancée, progression, incursion, percée, offensive, contre-offensive, invasion
        ASSAULT/armed-clash: combat, affrontement, attaque, assaut, bataille, accrochage, échange de tirs
        ASSAULT/shelling: bombardement, pilonnage, tir d'artillerie, obus
        ASSAULT/air-strike: frappe, raid, frappe aérienne
        ASSAULT/missile-strike: frappe de missiles
        ASSAULT/drone-strike: attaque de drones
        ASSAULT/IED: explosion, attentat
        COERCE/capture: capture
        COERCE/detention: arrestation, détention
        COERCE/abduction: enlèvement
        CONSULT/meeting: réunion, rencontre, sommet, entretien, négociation, pourparlers
        CONSULT/visit: visite
        SANCTION/sanction: sanction
        PROTEST/protest: manifestation, rassemblement, grève
        AGREE/agreement: accord, cessez-le-feu, trêve, cessation des hostilités
        RETREAT/withdrawal: retrait, repli
        AID/aid: aide
        """
    ),
    means={
        "drone": "drone-strike",
        "drones": "drone-strike",
        "missile": "missile-strike",
        "missiles": "missile-strike",
        "roquette": "shelling",
        "roquettes": "shelling",
        "obus": "shelling",
        "artillerie": "shelling",
        "bombardement": "shelling",
        "bombardements": "shelling",
        "pilonnage": "shelling",
        "mortier": "shelling",
        "mortiers": "shelling",
        "lance-roquettes": "shelling",
        "avion": "air-strike",
        "avions": "air-strike",
        "aviation": "air-strike",
        "bombe": "air-strike",
        "bombes": "air-strike",
        "hélicoptère": "air-strike",
        "mine": "IED",
        "explosion": "IED",
        "munition": "IED",
        "engin": "IED",
        "piège": "IED",
        "fusils": "armed-clash",
        "mitrailleuses": "armed-clash",
        "grenades": "armed-clash",
        "engin explosif": "IED",
    },
    negations=frozenset({"pas", "jamais", "ne", "n'", "aucun", "aucune", "plus"}),
    modals={
        "pourrait": "possible",
        "pourraient": "possible",
        "pourra": "possible",
        "risque": "possible",
        "va": "planned",
        "vont": "planned",
        "devrait": "planned",
        "devraient": "planned",
        "prévoit": "planned",
        "compte": "planned",
        "entend": "planned",
    },
    expectations={
        **dict.fromkeys(
            ("espoir", "crainte", "peur", "risque", "menace", "perspective", "possibilité", "danger"), "possible"
        ),
        **dict.fromkeys(("plan", "projet", "préparatif"), "planned"),
    },
    expectation_links=frozenset({"de", "d'", "d’", "du", "des"}),
    aiming_verbs=frozenset({"frapper", "viser", "cibler", "toucher"}),
    attackers=frozenset(
        {"envahisseur", "envahisseurs", "occupant", "occupants", "ennemi", "ennemis", "assaillant", "assaillants", "aviation", "avion", "avions", "tireur", "tireurs", "artillerie"}
    ),
    owning_cues=frozenset({"revendiquer", "annoncer", "lancer", "ordonner"}),
    against=frozenset({"contre", "sur", "à l'encontre de"}),
    agents=frozenset({"par"}),
    place_nouns=frozenset(
        {
            "ville",
            "village",
            "localité",
            "région",
            "commune",
            "port",
            "capitale",
            "quartier",
            "territoire",
            "oblast",
            "province",
            "cité",
            "bourg",
        }
    ),
)

DATA = LanguageData(
    code="fr",
    model="fr_core_news_md",
    labels=_LABELS,
    boilerplate=_BOILERPLATE,
    titles=_TITLES,
    determiners=_DETERMINERS,
    demonyms=_DEMONYMS,
    demonyms_in_lower_case=True,
    actor_nouns=_ACTOR_NOUNS,
    seats_of_power=_SEATS,
    attribution_phrases=("selon", "d'après", "aux dires de"),
    numbers=_NUMBERS,
    time=_TIME,
    quantities=_QUANTITIES,
    claims=_CLAIMS,
    places=_PLACES,
    events=_EVENTS,
)
