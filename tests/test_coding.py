"""Event coding (`veilleur.coding`): trigger families, roles, place, date, figures and modality.

The sentences are the project's own short fictional news sentences, run through the whole
default pipeline (the coder reads the entities, times, quantities, claims and places the
earlier stages found). The language is given with each article so that lingua's hesitation
on a one-sentence text does not decide what is tested. Every article is dated
2024-08-14, a Wednesday.

A case the pipeline gets wrong keeps its correct expectation, marked `xfail(strict=True)`
with what it gives instead.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veilleur.coding import country_name, event_date
from veilleur.lang import LANGUAGES
from veilleur.pipeline import Pipeline
from veilleur.plover import PLOVER_TYPES
from veilleur.record import Article, Event, EventDate, Time

PUBLISHED = "2024-08-14"
MODALITIES = ("actual", "planned", "possible", "negated", "demanded", "promised")
ROLES = ("actor", "target", "victim")

Analyse = Callable[[str, str], Article]

# ACLED (event type, sub-event type) pairs, as plover.ACLED maps the families.
BATTLE = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR_DRONE = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
ARRESTS = ("Strategic developments", "Arrests")
AGREEMENT = ("Strategic developments", "Agreement")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
BASE = ("Strategic developments", "Headquarters or base established")
PEACEFUL = ("Protests", "Peaceful protest")
NOT_ACLED = (None, None)


@pytest.fixture(scope="module")
def analyse(pipeline: Pipeline) -> Analyse:
    """Run a sentence through the default pipeline once per module."""
    seen: dict[tuple[str, str], Article] = {}

    def run(language: str, text: str) -> Article:
        if (language, text) not in seen:
            seen[language, text] = pipeline(Article(text=text, published=PUBLISHED, language=language))
        return seen[language, text]

    return run


def event_at(article: Article, trigger: str) -> Event:
    """The one event whose trigger is this word."""
    found = [event for event in article.events if event.trigger.text == trigger]
    assert len(found) == 1, (trigger, [(e.trigger.text, e.type, e.mode) for e in article.events])
    return found[0]


def actors(article: Article, event: Event) -> set[tuple[str | None, str, str | None]]:
    """(entity name or None, role, side) of each actor of an event."""
    names = {entity.id: entity.name for entity in article.entities}
    return {(names[a.entity] if a.entity else None, a.role, a.side) for a in event.actors}


def entity_id(article: Article, name: str) -> str:
    ids = [entity.id for entity in article.entities if entity.name == name]
    assert len(ids) == 1, (name, [(e.name, e.type) for e in article.entities])
    return ids[0]


def place_of(article: Article, name: str) -> str:
    """The place id of the entity with this name."""
    entity = entity_id(article, name)
    ids = [place.id for place in article.places if place.entity == entity]
    assert len(ids) == 1, (name, article.places)
    return ids[0]


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# -- 1. trigger families ----------------------------------------------------------------------

FAMILIES = [
    # (language, sentence, trigger, PLOVER type, mode, ACLED pair)
    ("fr", "Mardi, les troupes russes ont avancé près de Toretsk.", "avancé", "ASSAULT", "ground-advance", BATTLE),
    ("fr", "Des soldats ukrainiens ont affronté des unités russes près de Toretsk.",
     "affronté", "ASSAULT", "armed-clash", BATTLE),
    ("fr", "Mercredi, l'armée russe a bombardé Kharkiv.", "bombardé", "ASSAULT", "shelling", SHELLING),
    ("fr", "L'aviation russe a mené une frappe aérienne sur Soumy.", "frappe", "ASSAULT", "air-strike", AIR_DRONE),
    ("fr", "Les frappes de drones russes ont visé Odessa dans la nuit.",
     "frappes", "ASSAULT", "drone-strike", AIR_DRONE),
    ("fr", "Une frappe de missiles a touché Dnipro jeudi.", "frappe", "ASSAULT", "missile-strike", SHELLING),
    ("fr", "Une explosion a secoué Kherson lundi.", "explosion", "ASSAULT", "IED", IED),
    ("fr", "Trois civils ont été tués mercredi à Kharkiv, dans le nord de l'Ukraine.",
     "tués", "ASSAULT", "killing", ATTACK),
    ("fr", "Les forces ukrainiennes ont abattu deux drones au-dessus de Kiev.",
     "abattu", "ASSAULT", "interception", DISRUPTED),
    ("fr", "Les soldats ukrainiens ont capturé vingt soldats russes près de Koursk.",
     "capturé", "COERCE", "capture", ARRESTS),
    ("fr", "Les soldats ukrainiens ont fait prisonniers vingt soldats russes.", "fait", "COERCE", "capture", ARRESTS),
    ("fr", "La police a arrêté un journaliste à Minsk.", "arrêté", "COERCE", "detention", ARRESTS),
    ("fr", "Des soldats russes ont enlevé le maire de Melitopol.", "enlevé", "COERCE", "abduction", ABDUCTION),
    ("fr", "Le président russe Vladimir Poutine a rencontré le dirigeant chinois à Pékin.",
     "rencontré", "CONSULT", "meeting", NOT_ACLED),
    ("fr", "Le chancelier allemand Olaf Scholz a visité Kiev mardi.", "visité", "CONSULT", "visit", NOT_ACLED),
    ("fr", "Zelensky a exhorté les alliés à livrer des missiles.", "exhorté", "REQUEST", "appeal", NOT_ACLED),
    ("fr", "La Russie a menacé la Moldavie.", "menacé", "THREATEN", None, NOT_ACLED),
    ("fr", "L'Union européenne a sanctionné trois banques russes.", "sanctionné", "SANCTION", "sanction", NOT_ACLED),
    ("fr", "Des milliers de personnes ont manifesté à Tbilissi samedi.", "manifesté", "PROTEST", "protest", PEACEFUL),
    ("fr", "La Russie et l'Ukraine ont signé un accord de cessez-le-feu.", "signé", "AGREE", "agreement", AGREEMENT),
    ("fr", "Un cessez-le-feu est entré en vigueur lundi à Gaza.", "cessez-le-feu", "AGREE", "agreement", AGREEMENT),
    ("fr", "Les troupes russes ont reculé près de Kherson.", "reculé", "RETREAT", "withdrawal", TRANSFER),
    ("fr", "La Russie a mobilisé des réservistes.", "mobilisé", "MOBILIZE", "mobilization", BASE),
    ("fr", "L'Allemagne a livré des chars à l'Ukraine.", "livré", "AID", "military-aid", NOT_ACLED),
    ("en", "Russian troops advanced toward Bakhmut on Tuesday.", "advanced", "ASSAULT", "ground-advance", BATTLE),
    ("en", "Ukrainian soldiers clashed with Russian units near Bakhmut.", "clashed", "ASSAULT", "armed-clash", BATTLE),
    ("en", "Russian forces shelled Kharkiv on Monday.", "shelled", "ASSAULT", "shelling", SHELLING),
    ("en", "Russian aircraft carried out an air strike on Sumy.", "strike", "ASSAULT", "air-strike", AIR_DRONE),
    ("en", "A drone strike hit Mariupol on Monday.", "strike", "ASSAULT", "drone-strike", AIR_DRONE),
    ("en", "A missile strike hit Dnipro on Thursday.", "strike", "ASSAULT", "missile-strike", SHELLING),
    ("en", "An explosion rocked Kherson on Monday.", "explosion", "ASSAULT", "IED", IED),
    ("en", "Saboteurs blew up a railway bridge near Melitopol.", "blew", "ASSAULT", "IED", IED),
    ("en", "Partisans detonated explosives under a fuel train near Tokmak.", "detonated", "ASSAULT", "IED", IED),
    ("en", "Russian forces attacked Mariupol, killing two civilians.", "killing", "ASSAULT", "killing", ATTACK),
    ("en", "Ukrainian forces shot down four drones over Kyiv.", "shot", "ASSAULT", "interception", DISRUPTED),
    ("en", "Ukrainian troops took twenty Russian soldiers prisoner near Kursk.", "took", "COERCE", "capture", ARRESTS),
    ("en", "Police arrested a journalist in Minsk.", "arrested", "COERCE", "detention", ARRESTS),
    ("en", "Police seized two explosive devices in Odesa on Friday.", "seized", "COERCE", "seizure", DISRUPTED),
    ("fr", "La police a saisi deux engins explosifs à Odessa vendredi.", "saisi", "COERCE", "seizure", DISRUPTED),
    ("en", "Gunmen abducted the mayor of Melitopol.", "abducted", "COERCE", "abduction", ABDUCTION),
    ("en", "Russian President Vladimir Putin met Xi Jinping in Beijing on Monday.",
     "met", "CONSULT", "meeting", NOT_ACLED),
    ("en", "German Chancellor Olaf Scholz visited Kyiv on Tuesday.", "visited", "CONSULT", "visit", NOT_ACLED),
    ("en", "Zelensky urged allies to deliver missiles.", "urged", "REQUEST", "appeal", NOT_ACLED),
    ("en", "Russia threatened Moldova.", "threatened", "THREATEN", None, NOT_ACLED),
    ("en", "The European Union sanctioned three Russian banks.", "sanctioned", "SANCTION", "sanction", NOT_ACLED),
    ("en", "Thousands of people demonstrated in Tbilisi on Saturday.", "demonstrated", "PROTEST", "protest", PEACEFUL),
    # names of several words, their head last: no air strike in "strike action"
    ("en", "Teachers in Lviv began strike action on Monday.", "action", "PROTEST", "protest", PEACEFUL),
    ("en", "An exchange of fire was reported near Bakhmut.", "exchange", "ASSAULT", "armed-clash", BATTLE),
    ("en", "Russian units conducted offensive operations near Toretsk.",
     "operations", "ASSAULT", "ground-advance", BATTLE),
    ("en", "Russia and Ukraine signed a ceasefire agreement.", "signed", "AGREE", "agreement", AGREEMENT),
    ("en", "A ceasefire began in Gaza on Monday.", "ceasefire", "AGREE", "agreement", AGREEMENT),
    ("en", "Russian troops withdrew from Kherson.", "withdrew", "RETREAT", "withdrawal", TRANSFER),
    ("en", "Russia mobilized reservists.", "mobilized", "MOBILIZE", "mobilization", BASE),
    ("en", "Germany delivered tanks to Ukraine.", "delivered", "AID", "military-aid", NOT_ACLED),
    # an attack's verb says what was done to the noun it governs
    ("fr", "L'armée ukrainienne a repoussé l'offensive russe près de Toretsk.",
     "repoussé", "ASSAULT", "armed-clash", BATTLE),
    # names of several words as the table writes them, with their article or preposition
    ("fr", "Un échange de tirs a eu lieu près de Toretsk.", "échange", "ASSAULT", "armed-clash", BATTLE),
    ("fr", "Des tirs d'artillerie ont visé Kherson.", "tirs", "ASSAULT", "shelling", SHELLING),
    ("fr", "Des hommes ont ouvert le feu sur un poste de police.", "ouvert", "ASSAULT", None, BATTLE),
    ("en", "Gunmen opened fire on a police post near Toretsk.", "opened", "ASSAULT", None, BATTLE),
    ("en", "Mediators pressed for a cessation of hostilities in Darfur.",
     "cessation", "AGREE", "agreement", AGREEMENT),
    ("fr", "Les médiateurs réclament une cessation des hostilités au Darfour.",
     "cessation", "AGREE", "agreement", AGREEMENT),
    # nouns used in the plural only, whose lemma is another word ("talk", "pourparler")
    ("en", "The talks opened in Geneva on Wednesday.", "talks", "CONSULT", "meeting", NOT_ACLED),
    ("fr", "Les pourparlers ont repris à Genève mercredi.", "pourparlers", "CONSULT", "meeting", NOT_ACLED),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "trigger", "kind", "mode", "acled_pair"), FAMILIES)
def test_coding_trigger_family(
    analyse: Analyse,
    language: str,
    text: str,
    trigger: str,
    kind: str,
    mode: str | None,
    acled_pair: tuple[str | None, str | None],
) -> None:
    event = event_at(analyse(language, text), trigger)
    assert (event.type, event.mode) == (kind, mode)
    assert (event.acled_type, event.acled_subtype) == acled_pair


WRONG_FAMILIES = [
    ("en", "Ukrainian troops captured twenty Russian soldiers near Bakhmut.",
        "captured", "COERCE", "capture", ARRESTS),
    ("en", "Two Ukrainian soldiers were taken prisoner near Bakhmut.", "taken", "COERCE", "capture", ARRESTS),
    pytest.param(
        "fr", "Deux soldats ukrainiens ont été faits prisonniers près de Koursk.",
        "faits", "COERCE", "capture", ARRESTS,
        marks=xfail("no event at all: the parser makes 'prisonniers' the root and 'faits' its advmod, "
                    "so 'faire prisonnier' is never looked up"),
    ),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "trigger", "kind", "mode", "acled_pair"), WRONG_FAMILIES)
def test_coding_prisoners_are_a_capture_of_people(
    analyse: Analyse,
    language: str,
    text: str,
    trigger: str,
    kind: str,
    mode: str,
    acled_pair: tuple[str, str],
) -> None:
    event = event_at(analyse(language, text), trigger)
    assert (event.type, event.mode, event.acled_type, event.acled_subtype) == (kind, mode, *acled_pair)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Des hommes armés ont enlevé un maire à Melitopol.", [("enlevé", "COERCE", "abduction")]),
        ("en", "A ceasefire took effect in Gaza on Monday.", [("ceasefire", "AGREE", "agreement")]),
        ("en", "Russian forces launched two missiles at Sloviansk.", [("launched", "ASSAULT", "missile-strike")]),
        ("fr", "Les forces russes ont lancé deux missiles sur Sloviansk.", [("lancé", "ASSAULT", "missile-strike")]),
        ("en", "The firm launched a new delivery drone on Tuesday.", []),
        ("fr", "L'entreprise a lancé un nouveau drone de livraison mardi.", []),
        # a verb of aiming is an attack when what aims is a weapon, a force or an attack
        ("fr", "Les Vingt-Sept adoptent un seizième paquet visant la flotte fantôme.", []),
        ("en", "The storm hit the coast on Monday.", []),
        ("en", "The invaders hit Sviatohirsk overnight.", [("hit", "ASSAULT", "air-strike")]),
        ("fr", "Une frappe de drone visant un marché a fait douze morts.", [("frappe", "ASSAULT", "drone-strike")]),
        ("en", "The attack hit a school in Kherson.", [("attack", "ASSAULT", "armed-clash")]),
        ("fr", "L'Allemagne a livré de l'aide humanitaire à l'Ukraine.", [("livré", "AID", "aid")]),
        ("en", "Germany delivered humanitarian aid to Ukraine.", [("delivered", "AID", "aid")]),
    ],
)  # fmt: skip
def test_coding_codes_only_what_happened(
    analyse: Analyse, language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    article = analyse(language, text)
    assert [(e.trigger.text, e.type, e.mode) for e in article.events] == expected


# -- 2. roles ---------------------------------------------------------------------------------

ROLE_CASES = [
    # subject -> actor, object -> target
    ("fr", "Des soldats ukrainiens ont affronté des unités russes près de Toretsk.", "affronté",
     {("soldats ukrainiens", "actor", "Military Forces of Ukraine"),
      ("unités russes", "target", "Military Forces of Russia")}),
    ("en", "Russian forces shelled Kharkiv on Monday.", "shelled",
     {("Russian forces", "actor", "Military Forces of Russia"), ("Kharkiv", "target", "Kharkiv")}),
    # passive: the subject is the target, the agent the actor
    ("fr", "Kharkiv a été bombardée par l'armée russe mardi.", "bombardée",
     {("Kharkiv", "target", "Kharkiv"), ("armée russe", "actor", "Military Forces of Russia")}),
    ("en", "Kharkiv was shelled by Russian forces on Tuesday.", "shelled",
        {("Kharkiv", "target", "Kharkiv"), ("Russian forces", "actor", "Military Forces of Russia")}),
    # "contre X" / "against X" -> target
    ("fr", "Les forces russes ont mené une offensive contre l'Ukraine.", "offensive",
     {("forces russes", "actor", "Military Forces of Russia"), ("Ukraine", "target", "Ukraine")}),
    ("en", "Russian forces carried out an attack against Ukraine.", "attack",
     {("Russian forces", "actor", "Military Forces of Russia"), ("Ukraine", "target", "Ukraine")}),
    # a demonym on a noun trigger names the actor
    ("fr", "Les frappes russes ont visé Odessa dans la nuit.", "frappes",  # "russes" is a mention of Russia
     {("russes", "actor", "Military Forces of Russia"), ("Odessa", "target", "Odessa")}),
    pytest.param(
        "fr", "Les frappes de drones russes ont visé Odessa dans la nuit.", "frappes",
        {(None, "actor", "Military Forces of Russia"), ("Odessa", "target", "Odessa")},
        marks=xfail("the demonym hangs on the weapon ('drones russes'), not on the trigger, so no actor: "
                    "got only ('Odessa', 'target', 'Odessa')"),
    ),
    ("en", "Russian strikes hit Sumy overnight.", "strikes",  # the demonym is a mention of Russia
     {("Russian", "actor", "Military Forces of Russia"), ("Sumy", "target", "Sumy")}),
    # a country subject of a violent verb is its military; a country object is the country
    ("fr", "La Russie a bombardé l'Ukraine mercredi.", "bombardé",
     {("Russie", "actor", "Military Forces of Russia"), ("Ukraine", "target", "Ukraine")}),
    ("en", "Russia bombed Ukraine on Wednesday.", "bombed",
     {("Russia", "actor", "Military Forces of Russia"), ("Ukraine", "target", "Ukraine")}),
    # a country subject of a non-violent verb is its government
    ("fr", "La Russie a menacé la Moldavie.", "menacé",
     {("Russie", "actor", "Government of Russia"), ("Moldavie", "target", "Moldova")}),
    ("en", "Russia threatened Moldova.", "threatened",
     {("Russia", "actor", "Government of Russia"), ("Moldova", "target", "Moldova")}),
    # civilians are victims, named after the country the article names
    ("fr", "Trois civils ont été tués mercredi à Kharkiv, dans le nord de l'Ukraine.", "tués",
     {(None, "victim", "Civilians (Ukraine)")}),
    ("en", "Three civilians were killed in Mariupol, in southern Ukraine, on Wednesday.", "killed",
     {(None, "victim", "Civilians (Ukraine)")}),
    # a person whose title carries a demonym speaks for that government
    ("en", "Russian President Vladimir Putin met Xi Jinping in Beijing on Monday.", "met",
     {("Vladimir Putin", "actor", "Government of Russia"), ("Xi Jinping", "target", "Xi Jinping")}),
    ("en", "German Chancellor Olaf Scholz visited Kyiv on Tuesday.", "visited",
     {("Olaf Scholz", "actor", "Government of Germany"), ("Kyiv", "target", "Government of Ukraine")}),
    ("fr", "Le chancelier allemand Olaf Scholz a visité Kiev mardi.", "visité",
     {("Olaf Scholz", "actor", "Government of Germany")}),
    # the actor of a withdrawal is who withdraws
    ("fr", "Les troupes russes ont reculé près de Kherson.", "reculé",
     {("troupes russes", "actor", "Military Forces of Russia")}),
    ("en", "Russian troops withdrew from Kherson.", "withdrew",
     {("Russian troops", "actor", "Military Forces of Russia")}),
    ("fr", "Les troupes russes se sont retirées de Kherson.", "retirées",
        {("troupes russes", "actor", "Military Forces of Russia")}),
    # a country before the noun acts; a clause with its own subject takes no actor from the one it hangs on;
    # who condemns an attack did not make it, who launches an offensive did
    ("en", "U.S. and British warplanes struck Houthi targets in Yemen.", "struck",
        {("U.S.", "actor", "Military Forces of United States"), ("Houthi", "target", "Houthi")}),
    ("en", "The tanker Sea Falcon was carrying fuel to Singapore when it was hit near Aden.", "hit", set()),
    ("en", "London condemned the attack on a civilian vessel.", "attack", set()),
    ("en", "The minister said London condemned the attack on a civilian vessel.", "attack", set()),
    ("fr", "Moscou a démenti la frappe sur le marché.", "frappe", set()),
    ("en", "Hamas claimed the attack on the checkpoint.", "attack", {("Hamas", "actor", "Hamas")}),
    ("en", "Ukraine reported heavy fighting near Bakhmut.", "fighting", set()),
    ("en", "Russia launched an offensive near Kharkiv.", "offensive",
        {("Russia", "actor", "Military Forces of Russia")}),
    # a state's body named with its demonym is that state's
    ("fr", "Le ministère russe de la Défense a affirmé avoir frappé des installations énergétiques.", "frappé",
        {("ministère russe de la Défense", "actor", "Military Forces of Russia")}),
    # "on Kyiv" is the target once, and says nothing of who struck
    ("en", "Russian strikes on Kyiv killed two people.", "strikes",
        {("Russian", "actor", "Military Forces of Russia"), ("Kyiv", "target", "Kyiv")}),
    # a headline's label is no subject, and an adjective after two nouns is both nouns'
    ("fr", "Ukraine : plus de 200 drones et missiles russes visent le réseau électrique.", "visent",
        {("russes", "actor", "Military Forces of Russia")}),
    # a town before an event's noun is where it was, a country who did it, a capital before troops theirs
    ("en", "The Kharkiv strikes killed three people.", "strikes", set()),
    ("en", "Ukraine strikes killed three people.", "strikes", {("Ukraine", "actor", "Military Forces of Ukraine")}),
    ("en", "Seven civilians were wounded in shelling by Kyiv forces.", "wounded",
        {(None, "victim", "Civilians"), ("Kyiv", "actor", "Military Forces of Ukraine")}),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "trigger", "expected"), ROLE_CASES)
def test_coding_roles(
    analyse: Analyse,
    language: str,
    text: str,
    trigger: str,
    expected: set[tuple[str | None, str, str | None]],
) -> None:
    article = analyse(language, text)
    assert actors(article, event_at(article, trigger)) == expected


@pytest.mark.slow
def test_coding_a_capital_asked_is_no_place_of_the_request(analyse: Analyse) -> None:
    article = analyse("fr", "Le président a demandé à Moscou de retirer ses troupes.")
    assert event_at(article, "demandé").place is None


@pytest.mark.slow
def test_coding_a_noun_used_in_the_plural_only_is_nothing_in_the_singular(analyse: Analyse) -> None:
    assert analyse("en", "She gave a talk at the university.").events == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "cue"),
    [
        # The French parser hangs "exhorté" as a participle on "fois"; with its object it is still the appeal.
        ("fr", "Zelensky a une fois de plus exhorté les alliés à frapper des cibles en Russie.", "exhorté"),
        ("en", "Zelensky once again urged allies to allow strikes on targets in Russia.", "urged"),
    ],
)
def test_coding_an_appeal_happens_where_its_speaker_is_not_where_it_asks_to_strike(
    analyse: Analyse, language: str, text: str, cue: str
) -> None:
    article = analyse(language, text)
    request = event_at(article, cue)
    assert (request.type, request.mode) == ("REQUEST", "appeal")
    assert ("Zelensky", "actor", "Zelensky") in actors(article, request)
    assert request.place is None  # Russia is where the strikes would be, not where he spoke


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("fr", "Le président russe Vladimir Poutine a rencontré le dirigeant chinois à Pékin.", "rencontré"),
        ("en", "Russian President Vladimir Putin met Xi Jinping in Beijing on Monday.", "met"),
    ],
)
def test_coding_a_title_with_a_demonym_names_the_government(
    analyse: Analyse, language: str, text: str, trigger: str
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    name = "Vladimir Poutine" if language == "fr" else "Vladimir Putin"
    assert (name, "actor", "Government of Russia") in actors(article, event)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "place"),
    [
        ("fr", "La police a arrêté un journaliste à Minsk.", "arrêté", "Minsk"),
        ("fr", "Les forces ukrainiennes ont abattu deux drones russes au-dessus de Kiev.", "abattu", "Kiev"),
        ("en", "Police arrested a journalist in Minsk.", "arrested", "Minsk"),
    ],
)  # fmt: skip
def test_coding_the_place_of_the_object_is_not_a_target(
    analyse: Analyse, language: str, text: str, trigger: str, place: str
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    assert entity_id(article, place) not in {a.entity for a in event.actors}
    assert event.place == place_of(article, place)


@pytest.mark.slow
def test_coding_the_speaker_of_an_appeal_is_not_the_actor_of_what_is_asked(analyse: Analyse) -> None:
    article = analyse("en", "Zelensky urged allies to deliver missiles.")
    event = event_at(article, "deliver")
    assert entity_id(article, "Zelensky") not in {a.entity for a in event.actors}


# -- 3. place, date, figures ------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "place"),
    [
        ("fr", "Trois civils ont été tués mercredi à Kharkiv, dans le nord de l'Ukraine.", "tués", "Kharkiv"),
        ("fr", "Mardi, les troupes russes ont avancé près de Toretsk.", "avancé", "Toretsk"),
        ("fr", "Des milliers de personnes ont manifesté à Tbilissi samedi.", "manifesté", "Tbilissi"),
        ("en", "Ukrainian soldiers clashed with Russian units near Bakhmut.", "clashed", "Bakhmut"),
        ("en", "Russian troops advanced toward Bakhmut on Tuesday.", "advanced", "Bakhmut"),
        ("en", "Thousands of people demonstrated in Tbilisi on Saturday.", "demonstrated", "Tbilisi"),
        ("en", "Russian forces advanced near Avdiivka on Tuesday.", "advanced", "Avdiivka"),
        # a country whose war it is is no scene; one whose region it is is
        ("en", "Talks aimed at ending Sudan's war opened in Switzerland on Wednesday.", "Talks", "Switzerland"),
        ("en", "Fighting raged in Ukraine's east on Monday.", "Fighting", "Ukraine"),
        # a capital is where things happen in it, though it stands for its government elsewhere
        ("fr", "Les négociations pour une trêve reprennent à Doha, Washington se dit optimiste.",
         "négociations", "Doha"),
        ("en", "Doha said it would host the talks. The talks resumed in Doha on Monday.", "talks", "Doha"),
    ],
)  # fmt: skip
def test_coding_place_is_the_locative_of_the_trigger(
    analyse: Analyse, language: str, text: str, trigger: str, place: str
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    assert event.place == place_of(article, place)
    assert next(p for p in article.places if p.id == event.place).role == "event"


@pytest.mark.slow
def test_coding_a_protest_without_a_place_of_its_own_is_at_the_articles_scene(analyse: Analyse) -> None:
    text = (
        "Nurses held a protest over unpaid wages on Monday. "
        "Police said about 300 people gathered outside the regional hospital in Rivne."
    )
    article = analyse("en", text)
    assert event_at(article, "protest").place == place_of(article, "Rivne")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La Russie a bombardé l'Ukraine mercredi."),
        ("en", "Russia bombed Ukraine on Wednesday."),
        ("en", "The Iran-aligned group launched drone attacks on ships."),  # whose, not where
    ],
)
def test_coding_countries_that_act_are_not_the_place(analyse: Analyse, language: str, text: str) -> None:
    article = analyse(language, text)
    assert [event.place for event in article.events] == [None]
    assert {place.role for place in article.places} == {"mentioned"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "time", "expected"),
    [
        ("fr", "Mercredi, l'armée russe a bombardé Kharkiv.", "bombardé", "Mercredi",
         EventDate("2024-08-14", "2024-08-14", "day")),
        ("fr", "Kharkiv a été bombardée par l'armée russe mardi.", "bombardée", "mardi",
         EventDate("2024-08-13", "2024-08-13", "day")),
        ("en", "Russian troops advanced toward Bakhmut on Tuesday.", "advanced", "Tuesday",
         EventDate("2024-08-13", "2024-08-13", "day")),
        ("en", "Russian forces shelled Kharkiv on Monday.", "shelled", "Monday",
         EventDate("2024-08-12", "2024-08-12", "day")),
        ("fr", "L'armée russe a bombardé Zaporijjia la semaine dernière.", "bombardé", "la semaine dernière",
         EventDate("2024-08-05", "2024-08-11", "week")),
        ("en", "Russian forces shelled Bakhmut last week.", "shelled", "last week",
         EventDate("2024-08-05", "2024-08-11", "week")),
        ("fr", "L'armée russe a bombardé Zaporijjia.", "bombardé", None, EventDate(PUBLISHED, PUBLISHED, "unknown")),
        ("en", "Police arrested a journalist in Minsk.", "arrested", None, EventDate(PUBLISHED, PUBLISHED, "unknown")),
    ],
)  # fmt: skip
def test_coding_date_is_the_time_of_the_sentence(
    analyse: Analyse, language: str, text: str, trigger: str, time: str | None, expected: EventDate
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    assert event.date == expected
    if time is None:
        assert event.time is None
    else:
        assert event.time == next(t.id for t in article.times if t.text == time)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "count", "fatalities"),
    [
        ("fr", "Trois civils ont été tués mercredi à Kharkiv, dans le nord de l'Ukraine.", "tués", "Trois", 3),
        ("en", "Three civilians were killed in Mariupol, in southern Ukraine, on Wednesday.", "killed", "Three", 3),
        ("en", "Russian forces attacked Mariupol, killing two soldiers.", "attacked", "two", 2),
        ("fr", "Les forces ukrainiennes ont abattu deux drones au-dessus de Kiev.", "abattu", "deux", None),
        ("en", "Ukrainian forces shot down four drones over Kyiv.", "shot", "four", None),
    ],
)  # fmt: skip
def test_coding_fatalities_count_the_killed(
    analyse: Analyse, language: str, text: str, trigger: str, count: str, fatalities: int | None
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    assert event.fatalities == fatalities
    assert event.quantities == [q.id for q in article.quantities if q.text == count]


@pytest.mark.slow
def test_coding_an_agreement_kills_no_one_the_next_sentence_counts(analyse: Analyse) -> None:
    text = "Le gouvernement a dénoncé l'accord de paix signé en 2015. Depuis janvier, plus de 300 civils ont été tués."
    article = analyse("fr", text)
    assert event_at(article, "accord").fatalities is None
    assert event_at(article, "tués").fatalities == 300


@pytest.mark.slow
def test_coding_deaths_told_once_are_counted_once(analyse: Analyse) -> None:
    article = analyse("en", "Russian forces attacked Mariupol, killing two soldiers.")
    assert sum(event.fatalities or 0 for event in article.events) == 2
    attack = event_at(article, "attacked")  # the killing of soldiers is the clash itself
    assert (attack.mode, attack.fatalities) == ("armed-clash", 2)


# -- 4. modality ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "modality"),
    [
        ("fr", "Mercredi, l'armée russe a bombardé Kharkiv.", "bombardé", "actual"),
        ("en", "Russian forces shelled Kharkiv on Monday.", "shelled", "actual"),
        ("fr", "Les troupes russes n'ont pas bombardé Kharkiv.", "bombardé", "negated"),
        ("en", "Russian forces did not attack Kharkiv.", "attack", "negated"),
        ("en", "Russian troops did not shell Kharkiv.", "shell", "negated"),
        ("fr", "L'armée russe pourrait frapper Odessa.", "frapper", "possible"),
        ("en", "Russian forces could strike Odesa.", "strike", "possible"),
        ("fr", "L'armée russe attaquera la ville de Kharkiv.", "attaquera", "planned"),
        ("en", "Russian forces will attack Kharkiv.", "attack", "planned"),
        ("fr", "Les troupes russes attaqueront Kharkiv la semaine prochaine.", "attaqueront", "planned"),
        # an event noun after a noun of expectation has not happened
        ("en", "The talks dimmed hopes of a breakthrough in the conflict.", "breakthrough", "possible"),
        ("fr", "La menace d'une offensive russe inquiète les habitants.", "offensive", "possible"),
        ("en", "The army drew up plans for an offensive near Kupiansk.", "offensive", "planned"),
        ("fr", "Le bilan de la frappe s'est alourdi.", "frappe", "actual"),
    ],
)  # fmt: skip
def test_coding_modality(analyse: Analyse, language: str, text: str, trigger: str, modality: str) -> None:
    assert event_at(analyse(language, text), trigger).modality == modality


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "target"),
    [
        ("fr", "Vladimir Poutine a promis d'expulser les troupes ukrainiennes.", "expulser", "troupes ukrainiennes"),
        ("en", "Putin promised to expel Ukrainian troops.", "expel", "Ukrainian troops"),
    ],
)
def test_coding_a_promised_blow_is_a_threat(
    analyse: Analyse, language: str, text: str, trigger: str, target: str
) -> None:
    article = analyse(language, text)
    [claim] = article.claims
    assert claim.stance == "promise"
    event = event_at(article, trigger)
    assert (event.type, event.mode, event.acled_type, event.acled_subtype) == ("THREATEN", None, None, None)
    assert event.modality == "promised"
    assert event.reported_by == claim.id
    assert (target, "target", "Military Forces of Ukraine") in actors(article, event)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "cue", "asked"),
    [
        ("fr", "Zelensky a exhorté les alliés à livrer des missiles.", "exhorté", "livrer"),
        ("en", "Zelensky urged allies to deliver missiles.", "urged", "deliver"),
    ],
)
def test_coding_an_appeal_is_a_request_and_what_it_asks_is_demanded(
    analyse: Analyse, language: str, text: str, cue: str, asked: str
) -> None:
    article = analyse(language, text)
    [claim] = article.claims
    assert claim.stance == "appeal"
    request = event_at(article, cue)
    assert (request.type, request.mode, request.modality) == ("REQUEST", "appeal", "actual")
    assert request.reported_by == claim.id
    assert ("Zelensky", "actor", "Zelensky") in actors(article, request)
    delivery = event_at(article, asked)
    assert (delivery.type, delivery.mode, delivery.modality) == ("AID", "military-aid", "demanded")
    assert delivery.reported_by == claim.id


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("fr", "Les forces russes ont mené une offensive contre l'Ukraine.", "offensive"),
        ("en", "Russian forces carried out an attack against Ukraine.", "attack"),
        ("fr", "L'armée russe a lancé une offensive contre l'Ukraine.", "offensive"),
        ("en", "Russian forces launched an attack against Ukraine.", "attack"),
        ("en", "Russian forces did not attack Bakhmut on Wednesday.", "attack"),
        ("en", "Thousands of people protested in Tbilisi on Saturday.", "protested"),
    ],
)  # fmt: skip
def test_coding_an_event_told_directly_is_not_reported_by_a_claim(
    analyse: Analyse, language: str, text: str, trigger: str
) -> None:
    assert event_at(analyse(language, text), trigger).reported_by is None


# -- 5. one event per happening ---------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "kind", "mode"),
    [
        ("fr", "L'armée russe a bombardé Kherson, un bombardement qui a duré toute la nuit.", "ASSAULT", "shelling"),
        ("en", "Russian forces shelled Kharkiv on Monday, and the shelling lasted all night.", "ASSAULT", "shelling"),
        ("fr", "Les frappes russes ont frappé lundi la ville d'Odessa.", "ASSAULT", "air-strike"),
        ("fr", "Une frappe de missiles a touché Dnipro jeudi.", "ASSAULT", "missile-strike"),
    ],
)  # fmt: skip
def test_coding_the_same_happening_told_twice_is_one_event(
    analyse: Analyse, language: str, text: str, kind: str, mode: str
) -> None:
    article = analyse(language, text)
    assert [(event.id, event.type, event.mode) for event in article.events] == [("V1", kind, mode)]


@pytest.mark.slow
def test_coding_merging_keeps_the_roles_of_both_mentions(analyse: Analyse) -> None:
    article = analyse("fr", "Les frappes russes ont frappé lundi la ville d'Odessa.")
    [event] = article.events
    assert actors(article, event) == {("russes", "actor", "Military Forces of Russia"), ("Odessa", "target", "Odessa")}
    assert event.date == EventDate("2024-08-12", "2024-08-12", "day")


# -- every event ------------------------------------------------------------------------------


def _all_sentences() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = [(str(case[0]), str(case[1])) for case in FAMILIES]
    texts += [(case[0], str(case[1])) for case in ROLE_CASES if isinstance(case[0], str)]
    texts += [
        ("fr", "Les troupes russes n'ont pas bombardé Kharkiv."),
        ("en", "Russian forces will attack Kharkiv."),
        ("fr", "Vladimir Poutine a promis d'expulser les troupes ukrainiennes."),
        ("en", "Putin promised to expel Ukrainian troops."),
        ("fr", "L'armée russe a bombardé Kherson, un bombardement qui a duré toute la nuit."),
        ("en", "Russian forces shelled Kharkiv on Monday, and the shelling lasted all night."),
        ("fr", "L'Allemagne a livré de l'aide humanitaire à l'Ukraine."),
        ("en", "Russian forces shelled Bakhmut last week."),
    ]
    return list(dict.fromkeys(texts))


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), _all_sentences())
def test_coding_every_event_is_well_formed(analyse: Analyse, language: str, text: str) -> None:
    from veilleur.plover import acled

    article = analyse(language, text)
    assert article.language == language
    assert article.events, text
    ids = {
        "entity": {e.id for e in article.entities},
        "place": {p.id for p in article.places},
        "time": {t.id for t in article.times},
        "quantity": {q.id for q in article.quantities},
        "claim": {c.id for c in article.claims},
    }
    assert [event.id for event in article.events] == [f"V{i}" for i in range(1, len(article.events) + 1)]
    for event in article.events:
        trigger = event.trigger
        assert article.text[trigger.start : trigger.end] == trigger.text
        assert event.sentence is not None
        assert event.sentence.start <= trigger.start < trigger.end <= event.sentence.end
        assert 0.0 <= event.confidence <= 1.0
        assert event.date is not None and event.date.precision in ("day", "week", "month", "year", "unknown")
        assert event.type in PLOVER_TYPES
        mapping = acled(event.type, event.mode)
        assert (event.acled_type, event.acled_subtype) == (mapping if mapping else (None, None))
        assert event.modality in MODALITIES
        for actor in event.actors:
            assert actor.role in ROLES
            assert actor.entity is None or actor.entity in ids["entity"]
        assert event.place is None or event.place in ids["place"]
        assert event.time is None or event.time in ids["time"]
        assert set(event.quantities) <= ids["quantity"]
        assert event.reported_by is None or event.reported_by in ids["claim"]
        assert event.fatalities is None or event.fatalities >= 0


# -- the parts that need no model -------------------------------------------------------------


def _time(value: str | None) -> Time:
    return Time(id="T1", text="x", start=0, end=1, type="DATE", value=value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-13", EventDate("2024-08-13", "2024-08-13", "day")),
        ("2024-08-14TNI", EventDate("2024-08-14", "2024-08-14", "day")),
        ("2024-W32", EventDate("2024-08-05", "2024-08-11", "week")),
        ("2024-02", EventDate("2024-02-01", "2024-02-29", "month")),
        ("2024-12", EventDate("2024-12-01", "2024-12-31", "month")),
        ("2023", EventDate("2023-01-01", "2023-12-31", "year")),
        ("PRESENT_REF", EventDate(PUBLISHED, PUBLISHED, "unknown")),
        (None, EventDate(PUBLISHED, PUBLISHED, "unknown")),
    ],
)
def test_coding_event_date_resolves_a_time_value(value: str | None, expected: EventDate) -> None:
    from datetime import date

    assert event_date(_time(value), date(2024, 8, 14)) == expected


def test_coding_event_date_without_time_or_publication_is_unknown() -> None:
    assert event_date(None, None) == EventDate(None, None, "unknown")


def test_coding_country_name_is_the_everyday_name() -> None:
    assert country_name("RU") == "Russia"
    assert country_name("UA") == "Ukraine"
    assert country_name("XX") == "XX"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        (
            "en",
            "Separatist gunners fired on trenches held by the Armed Forces of Ukraine near Zolote on Sunday.",
            "fired",
        ),
        ("fr", "Des séparatistes ont tiré sur des tranchées de l'armée de l'Ukraine près de Zolote dimanche.", "tiré"),
    ],
)
def test_coding_event_place_is_the_most_precise_of_its_phrase(
    analyse: Analyse, language: str, text: str, trigger: str
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    place = next(p for p in article.places if p.id == event.place)
    assert (place.name, place.precision, place.role) == ("Zolote", "locality", "event")  # not Ukraine, named first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger", "mode", "acled"),
    [
        ("en", "Seven militiamen were killed near the airport on Monday.", "killed", "armed-clash", BATTLE),
        ("fr", "Deux soldats ont été tués près de Bakhmout lundi.", "tués", "armed-clash", BATTLE),
        (
            "en",
            "Gunmen killed three civilians in the village on Monday.",
            "killed",
            "killing",
            ("Violence against civilians", "Attack"),
        ),
        ("en", "A soldier was killed in shelling near Avdiivka on Monday.", "killed", "shelling", SHELLING),
        ("fr", "Un soldat a été tué dans un bombardement près de Bakhmout.", "tué", "shelling", SHELLING),
    ],
)
def test_coding_killing_of_combatants_is_a_clash_unless_a_weapon_says_more(
    analyse: Analyse, language: str, text: str, trigger: str, mode: str, acled: tuple[str, str]
) -> None:
    event = event_at(analyse(language, text), trigger)
    assert (event.mode, (event.acled_type, event.acled_subtype)) == (mode, acled)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "The Grand Ledge Police arrested two men near Lansing, Michigan, on Monday.", "arrested"),
        ("fr", "La Police municipale de Grand Ledge a arrêté deux hommes près de Lansing, dans le Michigan.", "arrêté"),
    ],
)
def test_coding_a_town_inside_the_actors_name_is_not_where_the_event_happened(
    analyse: Analyse, language: str, text: str, trigger: str
) -> None:
    article = analyse(language, text)
    event = event_at(article, trigger)
    place = next(p for p in article.places if p.id == event.place)
    assert place.name == "Lansing"  # where the police are from is no scene
    assert next(p for p in article.places if p.name == "Grand Ledge").role == "mentioned"


@pytest.mark.slow
def test_coding_a_place_that_speaks_is_not_where_the_event_happened(analyse: Analyse) -> None:
    article = analyse("en", "Troops pushed deeper into the Kursk region on Sunday, Kyiv said, while Moscow denied it.")
    event = event_at(article, "pushed")
    place = next(p for p in article.places if p.id == event.place)
    assert place.name == "Kursk Oblast"  # not Kyiv, more precise but the speaker


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_coding_key_starts_hold_the_lemma_of_every_trigger_key(lang: str) -> None:
    # The coder looks no further at a lemma that is not in `key_starts`.
    words = LANGUAGES[lang].events
    for key in [*words.verbs, *words.nouns]:
        lemma = key.removeprefix("se ").removeprefix("s'").split(" ")[0]
        assert {key, lemma} <= words.key_starts, key
    assert "zzz" not in words.key_starts


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "On Sunday, Kharkiv said the drones were shot down.", "shot"),
        ("fr", "Dimanche, Kharkiv a affirmé que les drones avaient été abattus.", "abattus"),
    ],
)
def test_coding_a_town_that_only_speaks_is_no_scene_of_the_events_it_reports(
    analyse: Analyse, language: str, text: str, trigger: str
) -> None:
    article = analyse(language, text)
    assert event_at(article, trigger).place is None
    assert all(place.role == "mentioned" for place in article.places)
