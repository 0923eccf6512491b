"""French: what the stages need to know about French news text."""

from __future__ import annotations

from veilleur.lang import ActorKind, LanguageData

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

DATA = LanguageData(
    code="fr",
    model="fr_core_news_md",
    labels=_LABELS,
    boilerplate=_BOILERPLATE,
    titles=_TITLES,
    determiners=_DETERMINERS,
    demonyms=_DEMONYMS,
    actor_nouns=_ACTOR_NOUNS,
    seats_of_power=_SEATS,
    attribution_phrases=("selon", "d'après", "aux dires de"),
)
