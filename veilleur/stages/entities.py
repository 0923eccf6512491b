"""entities: named entities, each with all its mentions, a global key, title and metonymy.

One algorithm for every language; what differs (labels, titles, demonyms,
seats of power) comes from `veilleur.lang`. The stage computes `find_entities`
from a parsed doc, then writes the result on the article.

1. Mentions: spaCy's entities, mapped to codebook types; the seats of power
   ("le Kremlin", "the Pentagon"); demonym phrases ("les forces ukrainiennes",
   "Russian troops") as NORP actors tied to their country.
2. Corrections from the gazetteer: a country or big-city name is a GPE whatever
   the model said ("Kursk" is not a PRODUCT); messaging platforms are ORGs; a
   title the model took for an organisation ("ministre de l'Intérieur") is a title.
3. Grouping: a surname alone, or a spelling variant of it ("Zelenskiy"), joins
   the full name seen in the article; places group by gazetteer entry;
   other names by their name key.
4. For each entity: display name, global key, title from apposition or the
   words before the name, and `stands_for` for capitals and seats of power used
   as actors ("Kiev affirme", "selon Kiev", "a pris Moscou de court").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from veilleur.gazetteer import Gazetteer, GazetteerEntry
from veilleur.gazetteer.regions import ADMIN_FILLERS, ADMIN_WORDS
from veilleur.geocode import admin_before, city_before, in_dateline, is_struck, listed_county, near_before
from veilleur.lang import LANGUAGES, ActorKind, LanguageData, PlaceWords
from veilleur.lang.common import ORGANISATIONS, PLATFORMS
from veilleur.names import fold, name_key
from veilleur.record import PLACE_TYPES, Article, Entity, StandsFor, TextSpan
from veilleur.tokens import texts_of, tokens_of

#: Dependency relations that make a place name an actor rather than a location.
ACTOR_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "obl:arg", "obl:agent", "agent"})
#: Tokens looked at to the left of a name for a title ("le ministre de l'Intérieur, X").
TITLE_WINDOW = 7
#: A title in apposition after a name is at most this many tokens long.
APPOSITION_MAX_TOKENS = 10
#: A model label the gazetteer may overrule only for places at least this big.
RETYPE_MIN_POPULATION = 100_000
#: A proper noun the model missed is taken as a place if it names a country, a capital
#: or a city at least this big ("Kyiv said…" at the start of a sentence is often missed).
MISSED_PLACE_MIN_POPULATION = 500_000
#: A name the model took for a person is a place after a locative preposition ("at Kherson")
#: when the gazetteer knows a place of at least this size.
LOCATIVE_PLACE_MIN_POPULATION = 10_000
#: A name the model took for a person or an organisation, or left untagged, is a place when the
#: words around it say so ("a Gainesville man", "Jane Roe, 29, of Berea", "WINONA --", "Decatur and
#: Avondale Estates") and the gazetteer knows a place of that name of at least this size.
CONTEXT_PLACE_MIN_POPULATION = 1_000
#: A capital at least this big, named alone, is the capital even where the model took it for a
#: person, unless a person of the article bears the name ("Kyiv said", not "Paris Hilton").
BIG_CAPITAL_POPULATION = 1_000_000
#: Longest name, in tokens, that the context makes a place.
CONTEXT_PLACE_MAX_TOKENS = 3
#: Relations of a noun that stands for itself after an article ("the Toyota failed", "striking the Toyota").
_THING_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "pobj", "obl", "ROOT"})


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int
    type: str
    text: str
    char_start: int
    char_end: int
    place: GazetteerEntry | None = None
    actor: tuple[ActorKind | None, str] | None = None  # NORP: (kind, country)
    seat: tuple[ActorKind, str] | None = None
    confidence: float = 0.85


@dataclass(slots=True)
class Cluster:
    type: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The fullest name; for a group (NORP), the phrase it was first named by."""
        if self.type == "NORP":
            return min(self.mentions, key=lambda m: m.start).text
        return max(self.mentions, key=lambda m: (len(m.text.split()), len(m.text), -m.start)).text


def find_entities(doc: Doc, data: LanguageData, gazetteer: Gazetteer, text: str | None = None) -> list[Entity]:
    """The entities of a parsed doc, in order of first mention; `text` is the doc's text, if the caller
    has it (spaCy joins the tokens again at each `doc.text`)."""
    found = _model_mentions(doc, data, gazetteer) + _rule_mentions(doc, data)
    found += _gazetteer_mentions(doc, data, gazetteer, covered={i for m in found for i in range(m.start, m.end)})
    for mention in found:
        _with_prefix(mention, doc, data, gazetteer)
    mentions = _placed_by_context(_resolve_overlaps(found), doc, doc.text if text is None else text, data, gazetteer)
    _one_sense(mentions, doc, data)
    clusters = _group(mentions)
    clusters.sort(key=lambda cluster: min(m.start for m in cluster.mentions))
    return [_entity(f"E{i}", cluster, doc, data) for i, cluster in enumerate(clusters, 1)]


# -- 1. mentions ---------------------------------------------------------------------------------


def _model_mentions(doc: Doc, data: LanguageData, gazetteer: Gazetteer) -> list[Mention]:
    mentions = []
    ents, joined_to = list(doc.ents), -1
    for k, ent in enumerate(ents):
        label = data.labels.get(ent.label_)
        span = _trim(ent, data)
        if label is None or span is None or label == "NORP" or ent.start < joined_to:  # demonyms come from the rules
            continue
        joined = _joined_place(span, ents[k + 1 : k + 2], data, gazetteer)
        if joined is not None:
            span, label, joined_to = joined, "GPE", joined.end
        if label in PLACE_TYPES:
            span = _with_adjective(span, gazetteer)
        street = _street_of(span, data)
        if street is not None:
            span, label = street, "FAC"  # "le corridor de Philadelphie": the corridor, hosted where it lies
        listed = _listed_places(span, data, gazetteer)
        for part in listed or _town_and_region(span, gazetteer):
            mention = _typed(part, "GPE" if listed else label, data, gazetteer)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _street_of(span: Span, data: LanguageData) -> Span | None:
    """The street or corridor a name is the name of, when the model tagged only the name ("le
    corridor de Philadelphie", "la rue de Rivoli"), or None."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("de", "d'", "d’", "du"):
        return None
    word = doc[span.start - 2]
    return doc[word.i : span.end] if word.lower_ in data.places.street_before else None


def _joined_place(span: Span, following: list[Span], data: LanguageData, gazetteer: Gazetteer) -> Span | None:
    """The name and the next one, joined by "and", when together they are one place's own name
    ("Trinidad and Tobago", "Newfoundland and Labrador", which the model splits), or None."""
    doc = span.doc
    if not following or following[0].start != span.end + 1:
        return None
    between = tokens_of(doc)[span.end]
    if between.text == "," or between.lower_ not in data.places.list_links:
        return None
    whole = doc[span.start : following[0].end]
    return whole if gazetteer.bearing(whole.text) is not None else None


def _with_adjective(span: Span, gazetteer: Gazetteer) -> Span:
    """The name with the lowercase adjective after it when together they name a region: "Amérique
    latine", "Asie centrale" (the model stops at the capitalised word)."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    after, longer = tokens_of(doc)[span.end], doc[span.start : span.end + 1]
    if after.pos_ != "ADJ" or not after.is_lower or after.lower_ in ADMIN_WORDS:
        return span  # "Red Sea state", "Kharkiv region": the cue of a division, read by the places stage
    return longer if gazetteer.best(longer.text, feature=("RGN", "CONT")) is not None else span


def _with_prefix(mention: Mention, doc: Doc, data: LanguageData, gazetteer: Gazetteer) -> None:
    """Widen a mention to the word before it that starts place names, or to the name after it if it
    is such a word, when together they name a place: "ST. PAUL --", "Mt. Vernon" (the model may tag
    "PAUL", "Vernon" or "ST" alone). A person's name stays: "St. John said"."""
    if mention.type == "PERSON":
        return
    tokens = tokens_of(doc)
    start, end = mention.start, mention.end
    after = end + (1 if end < len(tokens) and tokens[end].text == "." else 0)
    if mention.text.lower() in data.places.name_prefixes and after < len(tokens) and tokens[after].text[:1].isupper():
        end = after + 1  # "ST" alone: "ST. PARIS --"
    else:
        start -= 2 if start > 1 and tokens[start - 1].text == "." else 1  # "ST" "." "PARIS": the period split off
        if start < 0 or doc[start : mention.start].text.lower() not in data.places.name_prefixes:
            return
    if not tokens[start].text[:1].isupper():
        return
    longer = doc[start:end]
    place = gazetteer.best(longer.text)
    if place is not None:
        mention.start, mention.end, mention.text, mention.type = start, end, longer.text, "GPE"
        mention.char_start, mention.char_end, mention.place = longer.start_char, longer.end_char, place


def _listed_places(span: Span, data: LanguageData, gazetteer: Gazetteer) -> list[Span]:
    """ "Kyiv, Kharkiv and Odesa" taken as one name by the model: its names, when each is a place
    of some size (not "Smith, Jones and Brown")."""
    tokens = tokens_of(span.doc)
    links = [token.i for token in tokens[span.start : span.end] if token.lower_ in data.places.list_links]
    if not links:
        return []
    first, rest = span[: links[0] - span.start].text, span[links[0] - span.start + 1 :].text
    if tokens[links[0]].text == "," and gazetteer.region_of(first, rest):
        return []  # "Lvove, Kherson": a town and its region ("Kharkiv and Odesa" is a list)
    if gazetteer.bearing(span.text) is not None:
        return []  # "Trinidad and Tobago", "Newfoundland and Labrador": one place's name
    parts, start = [], span.start
    for i in [*links, span.end]:
        if i > start:
            parts.append(span.doc[start:i])
        start = i + 1
    if not all(_big_enough(gazetteer.best(part.text), LOCATIVE_PLACE_MIN_POPULATION) for part in parts):
        return []
    return parts if len(parts) > 1 else []


def _big_enough(place: GazetteerEntry | None, floor: int) -> bool:
    """Whether a place is a division, a country or a named region, or a town of at least `floor` people."""
    return place is not None and (place.population >= floor or place.feature.startswith(("ADM", "PCL", "RGN")))


def _town_and_region(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "Lvove, Kherson", "Chuhuiv (Kharkiv region" taken as one name by the model: the town, then its region."""
    commas = [token.i for token in tokens_of(span.doc)[span.start : span.end] if token.text in (",", "(")]
    if len(commas) != 1 or commas[0] == span.start or commas[0] == span.end - 1:
        return [span]
    town, region = span.doc[span.start : commas[0]], span.doc[commas[0] + 1 : span.end]
    if gazetteer.region_of(town.text, region.text) is None:
        return [span]
    return [town, region]


def _trim(span: Span, data: LanguageData) -> Span | None:
    """Strip determiners, possessive endings and punctuation from a mention's edges."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = tokens_of(doc)
    while start < end and (tokens[start].lower_ in data.determiners or tokens[start].is_punct):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].lower_ in ("'s", "’s", "'")):
        end -= 1
    # "au Darfour dimanche": the model ran the name into the day after it (a lowercase day or month)
    while end - start > 1 and tokens[end - 1].is_lower and data.time.names_day_or_month(tokens[end - 1].text):
        end -= 1
    return doc[start:end] if end > start else None


def _typed(span: Span, label: str, data: LanguageData, gazetteer: Gazetteer) -> Mention | None:
    text = span.text
    folded = fold(text)
    mention = Mention(span.start, span.end, label, text, span.start_char, span.end_char)
    if folded in PLATFORMS:
        mention.type, mention.confidence = "ORG", 0.95
        return mention
    if folded in ORGANISATIONS and (label != "PERSON" or " " in folded):
        # "talking to Hamas": not Hamm, Germany; a one-word name the model read as a person's may be
        # a surname ("Wagner"), not "Al-Shabab"
        mention.type, mention.confidence = "ORG", 0.9
        return mention
    if label in ("ORG", "MISC") and span[0].lower_ in data.titles and span[0].is_lower:
        return None  # "ministre de l'Intérieur": a title, not an organisation
    if label in PLACE_TYPES and data.time.names_day_or_month(text):
        return None  # "on Sunday, Kyiv said": a day is no place, nor the town of a region
    if folded in data.seats_of_power:
        mention.type, mention.seat, mention.confidence = "ORG", data.seats_of_power[folded], 0.95
        return mention
    if text in data.places.unions:
        mention.type, mention.confidence = "GPE", 0.9  # "the EU", a union of states: placed over what it covers
        return mention
    if len(span) <= 3:
        named, place = _named_as_place(span, label, data, gazetteer)
        if named:
            mention.type, mention.place, mention.confidence = "GPE", place, 0.7
            return mention
    if label == "PERSON":
        region = gazetteer.bearing(span.text, feature=("PCLI", "ADM1")) if len(span) > 1 else None
        if region is not None:  # "Tamil Nadu accused the Centre", "Sri Lanka has": no one's name
            mention.type, mention.place, mention.confidence = "GPE", region, 0.8
        return mention
    if label in ("ORG", "MISC") and _looks_like_person(span, data):
        mention.type = "PERSON"  # "the defence minister, Rustem Umerov" tagged ORG
        return mention
    state = _abbreviated(text, data, gazetteer)
    if state is not None:
        mention.type, mention.place, mention.confidence = "GPE", state, 0.9  # "Conn.", "D.C."
        return mention
    country = gazetteer.country(text)
    if country is not None:
        mention.type, mention.place, mention.confidence = "GPE", country, 0.95
        return mention
    place = gazetteer.best(text)
    if place is not None and (
        label in PLACE_TYPES or (place.population >= RETYPE_MIN_POPULATION and not _named_as_thing(span, data))
    ):
        mention.type, mention.place, mention.confidence = "GPE" if label != "FAC" else "FAC", place, 0.9
    return mention


def _named_as_thing(span: Span, data: LanguageData) -> bool:
    """Whether a name the model did not take for a place reads as a thing's: a noun after an article
    ("the Toyota failed to yield") or a name's first word ("a 1992 Toyota Corolla"), not Toyota City.
    A name before a noun is no thing ("a Durban court", "the Edmonton dermatologist")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and span.root.head == after:
        return True
    return before is not None and before.lower_ in data.determiners and span.root.dep_ in _THING_DEPS


def _one_sense(mentions: list[Mention], doc: Doc, data: LanguageData) -> None:
    """A name the article uses for a place is that place everywhere in it: "Alexandria" taken
    for a person or an organisation where the model tagged it a place elsewhere. A name that
    acts stays what the model said ("a claim Kyiv did not confirm": its government). A one-word
    name the article gives more often to an organisation, or to a person it names in full, is
    theirs where the model took it for a place."""
    places = {name_key(m.text): m for m in mentions if m.place is not None and m.type in PLACE_TYPES}
    votes = Counter(name_key(m.text) for m in mentions if m.place is not None and m.type in PLACE_TYPES)
    votes.subtract(name_key(m.text) for m in mentions if m.type in ("PERSON", "ORG"))
    surnames = {words[-1] for _, words in _full_names(mentions)}
    for mention in mentions:
        key = name_key(mention.text)
        same = places.get(key) if mention.type in ("PERSON", "ORG") else None
        if same is None or same.place is None or mention.seat is not None or mention.actor is not None:
            continue
        if votes[key] < 0 or key in surnames:
            continue  # "Zuma" the town once, the president ten times
        if not _used_as_actor(doc[mention.start : mention.end], data):
            mention.type, mention.place, mention.confidence = same.type, same.place, 0.7
    # and the other way: a one-word name the article gives an organisation, or a person it names in
    # full, more often than a place is theirs ("the Toyota" after "a 1992 Toyota Corolla", "shot Bell")
    named = Counter(name_key(m.text) for m in mentions if _names_other(m, surnames))
    placed = Counter(name_key(m.text) for m in mentions if m.type in PLACE_TYPES)
    for mention in mentions:
        key = name_key(mention.text)
        if mention.type in PLACE_TYPES and " " not in key and named[key] > placed[key] and mention.seat is None:
            kinds = Counter(m.type for m in mentions if name_key(m.text) == key and _names_other(m, surnames))
            mention.type, mention.place = kinds.most_common(1)[0][0], None


def _full_names(mentions: list[Mention]) -> list[tuple[Mention, list[str]]]:
    """The mentions of persons named by more than one word, with the words of their name keys."""
    return [(m, words) for m in mentions if m.type == "PERSON" and len(words := name_key(m.text).split()) > 1]


def _names_other(mention: Mention, surnames: Collection[str]) -> bool:
    """Whether a mention names an organisation, or a person by a surname the article gives in full."""
    return mention.type == "ORG" or (mention.type == "PERSON" and name_key(mention.text) in surnames)


def _abbreviated(text: str, data: LanguageData, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The first-level division an abbreviation names ("Conn." -> Connecticut, "Calif" -> California:
    the tokenizer may leave the period to the sentence), if it is one."""
    full = data.places.abbreviations.get(text) or data.places.abbreviations.get(f"{text}.")
    return gazetteer.admin1(full) if full is not None else None


def _looks_like_person(span: Span, data: LanguageData) -> bool:
    """A capitalised two- or three-word name with a title in apposition is a person."""
    if not 2 <= len(span) <= 3 or not all(token.pos_ == "PROPN" and token.text[0].isupper() for token in span):
        return False
    mention = Mention(span.start, span.end, "ORG", span.text, span.start_char, span.end_char)
    return bool(_title_before(span.doc, mention, data) or _title_after(span.doc, mention, data))


def _named_as_place(
    span: Span, label: str, data: LanguageData, gazetteer: Gazetteer
) -> tuple[bool, GazetteerEntry | None]:
    """A name the model took for a person or an organisation that the sentence shows is a place.

    "shelled … at Kherson": after a locative preposition, a place the gazetteer knows
    of some size. "Krynky, Kherson, with MLRS": a name followed by a comma and a
    first-level region is a town of that region (or a village the gazetteer lacks);
    the region itself, after such a town, is the region.
    """
    tokens = tokens_of(span.doc)
    text = span.text
    if label not in PLACE_TYPES and len(span) == 1 and _named_region(tokens[span.start], data, gazetteer) is not None:
        return True, gazetteer.best(text)  # "the province of Kherson" read as a person
    if label not in PLACE_TYPES and city_before(data.code).search(_text_before(span[0], 40)):
        town = next((e for e in gazetteer.lookup(text) if e.feature.startswith("PPL")), None)
        if town is not None:
            return True, town  # "the port of Mykolaiv" read as a person
    seats = data.places.seat_after
    region = _region_after(span, gazetteer, data.places, text)
    if region is not None:
        town = next((e for e in gazetteer.lookup(text) if e.feature != "ADM1" and _same_admin1(e, region)), None)
        return True, town
    if len(span) == 1 and span.start >= 2 and tokens[span.start - 1].text == ",":
        before = tokens[span.start - 2]
        while before.i > 0 and before.lower_ in seats:
            before = tokens[before.i - 1]
        named = span.doc[before.i : before.i + 1]
        if before.text[:1].isupper() and _region_after(named, gazetteer, data.places) is not None:
            return True, gazetteer.admin1(text)
    after = tokens[span.end] if span.end < len(tokens) else None
    inside = len(span) > 1 and _division_word(tokens[span.end - 1], data)
    if inside or (after is not None and _division_word(after, data)):
        region = gazetteer.admin1(text)
        if region is not None:
            return True, region  # "the Kherson region" read as a person, "Kharkiv region" as an organisation
    if label in PLACE_TYPES:
        return False, None
    works = label == "PERSON" and _names_its_works(span, data)
    if not text.isupper() and (_after_locative(span, data) or is_struck(span.root, data) or works):
        place = gazetteer.best(text)
        if _big_enough(place, LOCATIVE_PLACE_MIN_POPULATION):
            return True, place
    return False, None


def _names_its_works(span: Span, data: LanguageData) -> bool:
    """Whether a name qualifies an airport, a station or a plant, which bear their town's name: "the
    Zaporizhzhia nuclear power plant", "the Sumy railway station" (`PlaceWords.town_facility_words`)."""
    head = span.root.head
    outside = head.i >= span.end or head.i < span.start
    return outside and span.root.dep_ in ("compound", "nmod") and head.lower_ in data.places.town_facility_words


def _division_word(token: Token, data: LanguageData) -> bool:
    return token.lower_ in data.places.admin_words and token.lower_ not in ADMIN_FILLERS


def _region_after(
    span: Span, gazetteer: Gazetteer, words: PlaceWords, text: str | None = None
) -> GazetteerEntry | None:
    """The first-level region named right after a name and a comma or a bracket ("Hryhorivka, Donetsk",
    "Chuhuiv (Kharkiv region)", "Ridge Farm, Ill."), the name may be followed by words of a division
    seated in it. `text` is the span's text, if the caller has it."""
    tokens = tokens_of(span.doc)
    end = span.end
    while end < len(tokens) and tokens[end].lower_ in words.seat_after:
        end += 1  # "Marhanets territorial community, Dnipropetrovsk"
    if end + 1 >= len(tokens) or tokens[end].text not in (",", "("):
        return None
    region = tokens[end + 1]
    if not region.text[:1].isupper():
        return None
    after = tokens[end + 2 : end + 4]
    if len(after) == 2 and after[0].lower_ in words.list_links and after[1].text[:1].isupper():
        return None  # "Kyiv, Kharkiv and Odesa": a list, not a town and its region
    name = span.text if text is None else text
    return gazetteer.region_of(name, words.abbreviations.get(region.text, region.text))


def _same_admin1(entry: GazetteerEntry, region: GazetteerEntry) -> bool:
    return entry.country == region.country and bool(entry.admin1_code) and entry.admin1_code == region.admin1_code


def _after_locative(span: Span, data: LanguageData) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in data.places.locatives


def _gazetteer_mentions(doc: Doc, data: LanguageData, gazetteer: Gazetteer, *, covered: set[int]) -> list[Mention]:
    """Countries, capitals and big cities the model did not tag, towns named with their region,
    and abbreviated regions after a town ("Hartford, Conn.").

    "Hryhorivka, Donetsk": a capitalised word followed by a comma and the name of a
    first-level region is a place, even a village the gazetteer does not know.
    """
    mentions = []
    tokens = tokens_of(doc)
    for i, text in enumerate(texts_of(doc)):
        if i in covered or not text[0].isupper():
            continue
        token = tokens[i]
        after_comma = token.i >= 2 and doc[token.i - 1].text == ","
        state = _abbreviated(token.text, data, gazetteer) if after_comma or _after_party(doc, token.i, data) else None
        if state is not None and doc[token.i - 2].text[:1].isupper():
            end = token.idx + len(token)  # "Hartford, Conn.", "Rep. Jane Roe, D-N.Y."
            mentions.append(Mention(token.i, token.i + 1, "GPE", token.text, token.idx, end, place=state))
            continue
        if token.pos_ != "PROPN" or data.time.names_day_or_month(token.text):
            continue  # "the figures for Jan.": no Ya'an, whose other name the month's spells
        if _named_region(token, data, gazetteer) is not None:
            # "dans la région de Koursk", the model silent: a place, grouped with the name's other mentions
            # as they are (the best entry of the name); the geocoder reads the same words and makes the
            # whole entity the region
            end = token.idx + len(token)
            place = gazetteer.best(token.text)
            mentions.append(
                Mention(token.i, token.i + 1, "GPE", token.text, token.idx, end, place=place, confidence=0.7)
            )
            continue
        if _before_region(token, gazetteer, data):
            span = _whole_name_before(token, gazetteer, covered)
            mentions.append(
                Mention(span.start, span.end, "GPE", span.text, span.start_char, span.end_char, confidence=0.6)
            )
            covered.update(range(span.start, span.end))
            continue
        span = _two_word_place(token, gazetteer, covered) or doc[token.i : token.i + 1]
        place = gazetteer.best(span.text)
        if not _missed_place(place):
            continue
        mentions.append(
            Mention(
                span.start, span.end, "GPE", span.text, span.start_char, span.end_char, place=place, confidence=0.75
            )
        )
        covered.update(range(span.start, span.end))
    return mentions


def _missed_place(place: GazetteerEntry | None) -> bool:
    """Whether a name the model missed is surely this place: a country, a capital or a big city."""
    return place is not None and (place.feature in ("PCLI", "PPLC") or place.population >= MISSED_PLACE_MIN_POPULATION)


def _two_word_place(token: Token, gazetteer: Gazetteer, covered: set[int]) -> Span | None:
    """A name and the next that together are such a place's own name ("MEXICO CITY (AP)"), or None."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i + 1 in covered or doc[token.i + 1].pos_ != "PROPN":
        return None
    span = doc[token.i : token.i + 2]
    return span if _missed_place(gazetteer.bearing(span.text)) else None


def _whole_name_before(token: Token, gazetteer: Gazetteer, covered: set[int]) -> Span:
    """The town's name that ends with `token`: with the name before it where the gazetteer knows
    the whole ("Hola Prystan, Kherson region", which the model missed), else the word."""
    doc = token.doc
    first = token.i
    if first > 0 and first - 1 not in covered and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        whole = doc[first - 1 : token.i + 1]
        if gazetteer.bearing(whole.text) is not None:
            return whole
    return doc[token.i : token.i + 1]


def _before_region(token: Token, gazetteer: Gazetteer, data: LanguageData) -> bool:
    if token.i == 0 or token.doc[token.i - 1].is_sent_start or data.time.names_day_or_month(token.text):
        return False
    if token.text.endswith("."):
        return False  # "of 12 Orchard St., Alexandria": an abbreviation, no town of Alexandria's governorate
    return _region_after(token.doc[token.i : token.i + 1], gazetteer, data.places) is not None


def _named_region(token: Token, data: LanguageData, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The first-level region a name is, when the words before it say it is one ("la région de Koursk",
    "the province of Kherson")."""
    before = _text_before(token, 40)
    if admin_before(data.code).search(before) is None:
        return None
    return gazetteer.admin1(token.text)


def _text_before(token: Token, chars: int) -> str:
    """The `chars` characters of text before a token, without building the doc's whole text."""
    tokens = tokens_of(token.doc)
    pieces: list[str] = []
    size, i = 0, token.i
    while i > 0 and size < chars:
        i -= 1
        pieces.append(tokens[i].text_with_ws)
        size += len(pieces[-1])
    return "".join(reversed(pieces))[-chars:]


def _rule_mentions(doc: Doc, data: LanguageData) -> list[Mention]:
    mentions = []
    tokens = tokens_of(doc)
    demonyms = _demonym_ids(data.code)
    for i, lower in enumerate(doc.to_array(LOWER).tolist() if tokens else ()):
        if lower not in demonyms:  # the ids of the lowercase forms: no string looked up
            continue
        token = tokens[i]
        country = data.demonyms.get(token.lower_)
        if country is None:
            continue
        mention = _demonym_mention(token, country, data)
        if mention is not None:
            mentions.append(mention)
    mentions.extend(_seat_mentions(doc, data))
    return mentions


@cache
def _demonym_ids(language: str) -> frozenset[int]:
    """The string ids (`token.lower`) of the language's demonyms."""
    return frozenset(get_string_id(word) for word in LANGUAGES[language].demonyms)


def _demonym_mention(token: Token, country: str, data: LanguageData) -> Mention | None:
    """ "forces ukrainiennes" / "Ukrainian forces" -> military of UA; "les Russes" -> people of RU.

    A demonym that only qualifies a thing ("le territoire russe") is not an entity.
    """
    head = token.head
    kind = data.actor_nouns.get(head.lower_) if head.i != token.i else None
    if kind is not None and head.pos_ in ("NOUN", "PROPN") and abs(head.i - token.i) <= 2:
        start, end = min(head.i, token.i), max(head.i, token.i) + 1
        span = token.doc[start:end]
        return Mention(
            start, end, "NORP", span.text, span.start_char, span.end_char, actor=(kind, country), confidence=0.9
        )
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    actor: tuple[ActorKind | None, str] = ("people" if token.lower_.endswith("s") else None, country)
    return Mention(
        token.i, token.i + 1, "NORP", token.text, token.idx, token.idx + len(token), actor=actor, confidence=0.8
    )


@cache
def _seat_first_words(language: str) -> frozenset[str]:
    return frozenset(seat.split()[0] for seat in LANGUAGES[language].seats_of_power)


def _seat_mentions(doc: Doc, data: LanguageData) -> list[Mention]:
    """Seats of power the model missed ("le Kremlin" is often not an entity)."""
    longest = max((len(seat.split()) for seat in data.seats_of_power), default=0)
    first_words = _seat_first_words(data.code)
    mentions = []
    tokens = tokens_of(doc)
    for i, text in enumerate(texts_of(doc)):
        if not text[:1].isupper() or fold(text) not in first_words:
            continue
        token = tokens[i]
        for size in range(longest, 0, -1):
            span = doc[token.i : token.i + size]
            if len(span) == size and fold(span.text) in data.seats_of_power and span[0].text[0].isupper():
                seat = data.seats_of_power[fold(span.text)]
                mentions.append(
                    Mention(
                        span.start,
                        span.end,
                        "ORG",
                        span.text,
                        span.start_char,
                        span.end_char,
                        seat=seat,
                        confidence=0.9,
                    )
                )
                break
    return mentions


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per stretch of text: the model's over a rule's unless the rule's is longer."""
    taken: dict[int, Mention] = {}
    # Longest first; at equal length a demonym actor ("Russian Forces") beats the model's ORG.
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), m.actor is None or m.actor[0] is None))
    kept = []
    for mention in ordered:
        if any(i in taken for i in range(mention.start, mention.end)):
            continue
        for i in range(mention.start, mention.end):
            taken[i] = mention
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _placed_by_context(
    mentions: list[Mention], doc: Doc, text: str, data: LanguageData, gazetteer: Gazetteer
) -> list[Mention]:
    """Names the model took for people or organisations, or missed, that the words around them
    make places: "a Gainesville man", "Berea police", "the mayor of Greer", "Jane Roe, 29, of
    Berea", "Rep. Jane Roe, D-Chicopee", a dispatch's dateline ("WINONA --"), and a name in a list
    with a place ("Decatur and Avondale Estates"). The gazetteer must know the name as a place of
    some size; a name that is the surname of a person of the article stays a person, and a town
    the model tagged is that person where no word around it makes it a place ("said coach Ripley"
    after "Darren Ripley"). A big capital's name is the capital, unless a person of the article
    bears it ("Kyiv said")."""
    people = _full_names(mentions)
    surnames = {words[-1] for _, words in people}
    first_names = {words[0] for _, words in people}  # a big capital's name: "Paris Hilton"
    covered = {i for m in mentions for i in range(m.start, m.end)}
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    # the surnames of people the model itself named in full ("Baseball Toronto" is no one's name)
    named = {(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"}
    named_surnames = {words[-1] for m, words in people if (m.start, m.end) in named}
    for m in mentions:
        if _town_by_surname(m, named_surnames) and not _said_to_be_place(m, doc, data, by_token):
            m.type, m.place = "PERSON", None  # "Darren Ripley … said coach Ripley": not Ripley, Ohio
    found: list[Mention] = []
    candidates: list[Mention] = []
    for m in mentions:
        unplaced = m.type in ("PERSON", "ORG", "MISC") and m.place is None and m.seat is None and m.actor is None
        (candidates if unplaced else found).append(m)
    # names the model left untagged, typed "" until their context makes them places
    candidates += [
        Mention(start, end, "", doc[start:end].text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        for run in _untagged_names(doc, covered)
        for start, end in [_county_of(doc, *run, data)]
    ]
    countries = {m.place.country for m in found if m.place is not None and m.place.country}
    for mention in candidates:
        if name_key(mention.text) in surnames or fold(mention.text) in ORGANISATIONS:
            continue
        place = _context_place(mention, doc, text, data, gazetteer, by_token, first_names)
        if place is None and countries:
            place = _village_in(mention, doc, data, gazetteer, countries)
        if place is not None:
            mention.type, mention.place, mention.confidence = "GPE", place, 0.6
            found.append(mention)
    return sorted(found + [m for m in candidates if m.place is None and m.type], key=lambda m: m.start)


def _town_by_surname(mention: Mention, surnames: Collection[str]) -> bool:
    """Whether a one-word town bears the surname of a person the article names in full (a
    country's or a region's name stays the place)."""
    place = mention.place
    return (
        place is not None
        and mention.end - mention.start == 1
        and mention.type in PLACE_TYPES
        and place.feature.startswith("PPL")
        and name_key(mention.text) in surnames
    )


def _said_to_be_place(mention: Mention, doc: Doc, data: LanguageData, by_token: dict[int, Mention]) -> bool:
    """Whether a word around a name says it is a place: "in Ripley", "a Ripley man", "Ripley, W.Va."."""
    return (
        _after_locative(doc[mention.start : mention.end], data)
        or _context_floor(mention, doc, data, by_token) is not None
        or (mention.end < len(doc) and doc[mention.end].text == ",")
    )


def _village_in(
    mention: Mention, doc: Doc, data: LanguageData, gazetteer: Gazetteer, countries: Collection[str]
) -> GazetteerEntry | None:
    """A name the model took for a person, or missed, after a locative, or a name it took for
    anything that a verb of attack struck, that is a town of a country the article places things
    in, however small: "killed two people in Bilozerka", "ont frappé Velyka Pysarivka et Mala
    Tokmachka" (elsewhere, LOCATIVE_PLACE_MIN_POPULATION). Not a month ("in March"), a thing ("in
    the Pewaukee monastery"), a title in quotes, a name after "the" or after another name, nor whom
    a killing struck ("killing Welch")."""
    if mention.text.isupper() or mention.end - mention.start > CONTEXT_PLACE_MAX_TOKENS:
        return None
    if data.time.names_day_or_month(mention.text):
        return None
    span = doc[mention.start : mention.end]
    after = doc[mention.end] if mention.end < len(doc) else None
    if _name_goes_on(after) or _names_a_thing(span[-1], after, data.places.local_nouns):
        return None  # "near Lombard Odier", "in Smith's house", "Owens and Harris roads"
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and (before.is_quote or before.pos_ in ("DET", "PROPN")):
        return None  # a title in quotes, "in the West", "at the Villas", "the Miami Beach Marina"
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "struck Stara Maiorka and Mala Tokmachka": as the first of the list
    start = first.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    located = mention.type in ("PERSON", "") and _after_locative(doc[start : first.i + 1], data)
    struck = is_struck(first, data) and not data.events.verbs[first.head.lemma_.lower()].endswith("/killing")
    if not (located or struck):
        return None
    towns = [
        entry
        for entry in gazetteer.lookup(mention.text)
        if entry.country in countries
        and entry.feature.startswith("PPL")
        and entry.population >= CONTEXT_PLACE_MIN_POPULATION
        and fold(entry.name) == fold(mention.text)
    ]
    return max(towns, key=lambda entry: entry.population, default=None)


def _county_of(doc: Doc, start: int, end: int, data: LanguageData) -> tuple[int, int]:
    """The county a run of names begins with ("Licking County" of "Licking County Prosecutor"), else the run."""
    for i in range(start + 1, end - 1):
        if _county_word(doc[i].text, data):
            return start, i + 1
    return start, end


def _county_word(word: str, data: LanguageData) -> bool:
    """ "County", "Parish" in a name (not "the county" in a sentence)."""
    return word[:1].isupper() and word.lower() in data.places.county_words


def _untagged_names(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns (or words in capitals) that no mention covers, up to
    `CONTEXT_PLACE_MAX_TOKENS` long."""
    runs = []
    start = None
    tokens, texts = tokens_of(doc), texts_of(doc)
    for i in range(len(tokens) + 1):
        text = texts[i] if i < len(tokens) else ""
        inside = (
            text[:1].isupper()
            and i not in covered
            and text.rstrip(".").isalpha()  # "St. Paul", "Sault Ste. Marie"
            and (tokens[i].pos_ == "PROPN" or tokens[i].is_upper)  # the model reads a dateline's "WINONA" as a noun
        )
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            end = i
            if end - start <= CONTEXT_PLACE_MAX_TOKENS:
                runs.append((start, end))
            start = None
    return runs


def _context_place(
    mention: Mention,
    doc: Doc,
    text: str,
    data: LanguageData,
    gazetteer: Gazetteer,
    by_token: dict[int, Mention],
    first_names: Collection[str],
) -> GazetteerEntry | None:
    """The place a name is, if the words around it say it is one and the gazetteer knows it."""
    if mention.end - mention.start > CONTEXT_PLACE_MAX_TOKENS or data.time.names_day_or_month(mention.text):
        return None
    if mention.type == "PERSON" and name_key(mention.text) not in first_names:
        capital = gazetteer.bearing(mention.text, feature="PPLC")
        if capital is not None and capital.population >= BIG_CAPITAL_POPULATION:
            return capital  # "overnight, Kyiv said": a big capital's name is no one's whole name
    part = doc[mention.start - 1] if mention.start > 0 else None
    if part is not None and part.is_lower and part.lower_ in data.places.part_words:
        region = gazetteer.bearing(f"{part.text} {mention.text}")
        if region is not None:  # "eastern Ghouta" tagged ORG: the region of that whole name
            mention.start, mention.char_start, mention.text = part.i, part.idx, f"{part.text} {mention.text}"
            return region
    listed = listed_county(text, mention.char_start, mention.char_end, data.code)
    if listed is not None:  # "in Becker, Clay and Douglas counties": each a county, whatever the model said
        county = gazetteer.best(listed, feature="ADM2")
        if county is not None:
            return county
    if not mention.type and _county_word(mention.text.split()[-1], data):
        county = gazetteer.best(mention.text, feature="ADM2")  # "Walker County dispatchers": a county's name
        if county is not None:
            return county
    floor = _context_floor(mention, doc, data, by_token)
    if floor is None:
        return None
    place = gazetteer.best(mention.text)
    if not _big_enough(place, floor) and _after_party(doc, mention.start, data):
        # "Delegate Jane Roe, D-Braxton": her county, where the town is too small to be hers
        words = dict.fromkeys(data.places.county_words.values())  # "County", "Parish"
        counties = (gazetteer.best(f"{mention.text} {word}", feature="ADM2") for word in words)
        place = next(filter(None, counties), place)
    return place if _big_enough(place, floor) else None


def _after_party(doc: Doc, start: int, data: LanguageData) -> bool:
    """Whether a name follows a party's letter and a dash after a legislator's name: "Rep. Jane Roe, D-Chicopee"."""
    return (
        start >= 3
        and doc[start - 1].text == "-"
        and doc[start - 2].text in data.places.party_letters
        and doc[start - 3].is_punct
    )


def _context_floor(mention: Mention, doc: Doc, data: LanguageData, by_token: dict[int, Mention]) -> int | None:
    """The least population of the place the words around a name make it, or None if they do not."""
    start, end = mention.start, mention.end
    words = data.places
    if in_dateline(doc, start, end):
        return CONTEXT_PLACE_MIN_POPULATION
    if mention.text.isupper() or doc[start].lower_ in data.titles:
        return None  # an acronym, "President" before a name
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in words.local_nouns and doc[end - 1].head.i == end:
        return CONTEXT_PLACE_MIN_POPULATION  # "a Gainesville man", "Berea police"
    if before is None:
        return None
    if before.lower_ in words.of_words and start >= 2 and _of_whom(doc[start - 2], data, by_token):
        return CONTEXT_PLACE_MIN_POPULATION  # "the mayor of Greer", "Jane Roe, 29, of Berea"
    if _after_party(doc, start, data):
        return CONTEXT_PLACE_MIN_POPULATION  # "Rep. Jane Roe, D-Chicopee"
    if before.is_lower and before.lower_ in words.part_words:
        return CONTEXT_PLACE_MIN_POPULATION  # "born in west Clare", "south Fargo"
    if _names_a_thing(doc[end - 1], after, words.local_nouns):
        return None  # "on Lakeview and Harrison streets", "at the Sochi bar"
    if _listed_with_place(doc, start, end, words.list_links, by_token):
        return CONTEXT_PLACE_MIN_POPULATION  # "Decatur and Avondale Estates"
    if mention.type == "" and _after_locative(doc[start:end], data) and not _name_goes_on(after):
        return LOCATIVE_PLACE_MIN_POPULATION  # "in Greer", which the model left untagged
    if near_before(data.code).search(_text_before(doc[start], 40)):
        return CONTEXT_PLACE_MIN_POPULATION  # "south of Sudzha", "à 10 km de Soudja"
    return None


def _names_a_thing(last: Token, after: Token | None, local_nouns: frozenset[str]) -> bool:
    """Whether a name qualifies a thing that is no place's people: "the Sochi bar", "Eva's Village",
    "Lakeview and Harrison streets"."""
    if after is None:
        return False
    if after.tag_ == "POS":
        return True
    return after.pos_ == "NOUN" and after.lower_ not in local_nouns and (last.head.i == after.i or after.tag_ == "NNS")


def _name_goes_on(after: Token | None) -> bool:
    """Whether the word after a name continues it ("Lot No. 5", "Block 8", "Lombard Odier")."""
    return after is not None and (after.text[:1].isupper() or after.like_num)


def _of_whom(token: Token, data: LanguageData, by_token: dict[int, Mention]) -> bool:
    """Whether the word before "of" is a place's people or officials ("residents of") or ends a
    person's name, an age in commas between ("Jane Roe, 29, of")."""
    if token.lower_ in data.places.local_nouns:
        return True
    doc, i = token.doc, token.i
    while i >= 0 and (doc[i].text == "," or doc[i].like_num):
        i -= 1
    person = by_token.get(i)
    return person is not None and person.type == "PERSON" and person.end == i + 1


def _listed_with_place(doc: Doc, start: int, end: int, links: frozenset[str], by_token: dict[int, Mention]) -> bool:
    """Whether a name stands in a list beside a place: "Decatur and Avondale Estates"."""
    left = by_token.get(start - 2) if start >= 2 and doc[start - 1].lower_ in links else None
    right = by_token.get(end + 1) if end + 1 < len(doc) and doc[end].lower_ in links else None
    return any(m is not None and m.place is not None and m.type in PLACE_TYPES for m in (left, right))


# -- 3. grouping ---------------------------------------------------------------------------------


def _group(mentions: list[Mention]) -> list[Cluster]:
    people: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    # Full names first, so a lone surname finds the full name wherever it stands.
    for mention in sorted(mentions, key=lambda m: (m.type != "PERSON", -len(m.text.split()), m.start)):
        if mention.type == "PERSON" or (mention.place is None and mention.actor is None and mention.seat is None):
            person = _person_for(mention, people)
            if person is not None:
                person.mentions.append(mention)
                continue
            if mention.type == "PERSON":
                people.append(Cluster("PERSON", [mention]))
                continue
        key = _group_key(mention)
        cluster = by_key.setdefault(key, Cluster(mention.type))
        cluster.mentions.append(mention)
    return people + list(by_key.values())


def _person_for(mention: Mention, people: list[Cluster]) -> Cluster | None:
    """The person a mention names: same full name, or a surname (or its variant) of a full name."""
    key = name_key(mention.text)
    words = key.split()
    if not words:
        return None
    candidates = []
    for cluster in people:
        full = name_key(cluster.name).split()
        if (
            words == full
            or (len(words) < len(full) and words == full[-len(words) :])
            or (len(words) > 1 and full == words[-len(full) :])
        ):
            candidates.append(cluster)
    if mention.type != "PERSON" and len(words) > 1:
        return None  # a multi-word ORG is not a person because it ends with a surname
    return candidates[0] if len(candidates) == 1 else None


def _group_key(mention: Mention) -> tuple[str, str]:
    if mention.place is not None:
        return ("place", mention.place.key)
    if mention.actor is not None:
        kind, country = mention.actor
        return ("norp", f"{country}:{kind}")
    return (mention.type, name_key(mention.text))


# -- 4. the entity ---------------------------------------------------------------------------------


def _entity(entity_id: str, cluster: Cluster, doc: Doc, data: LanguageData) -> Entity:
    mentions = sorted(cluster.mentions, key=lambda m: m.start)
    first = mentions[0]
    entity_type = "PERSON" if any(m.type == "PERSON" for m in mentions) else first.type
    name = cluster.name
    confidence = max(m.confidence for m in mentions)
    if len(mentions) > 1:
        confidence = min(1.0, confidence + 0.05)
    return Entity(
        id=entity_id,
        type=entity_type,
        name=name,
        key=_key(entity_type, name, first),
        mentions=[TextSpan(m.text, m.char_start, m.char_end) for m in mentions],
        stands_for=_stands_for(mentions, doc, data),
        title=_title(mentions, doc, data) if entity_type == "PERSON" else None,
        confidence=round(confidence, 2),
    )


def _key(entity_type: str, name: str, mention: Mention) -> str:
    if mention.place is not None:
        return mention.place.key
    if mention.actor is not None:
        kind, country = mention.actor
        return f"norp:{country}" + (f":{kind}" if kind else "")
    folded = fold(name)
    known = PLATFORMS.get(folded) or (ORGANISATIONS.get(folded) if entity_type == "ORG" else None)
    if known is not None:
        return f"org:{name_key(known)}"  # "Twitter" is X, "Hizbollah" Hezbollah
    prefix = {"PERSON": "person", "ORG": "org", "NORP": "norp"}.get(entity_type, entity_type.lower())
    return f"{prefix}:{name_key(name)}"


def _stands_for(mentions: list[Mention], doc: Doc, data: LanguageData) -> StandsFor | None:
    for mention in mentions:
        if mention.seat is not None:
            kind, country = mention.seat
            return StandsFor(kind=kind, country=country)
    capital = next((m.place for m in mentions if m.place is not None and m.place.feature == "PPLC"), None)
    if capital is None:
        return None
    if any(_used_as_actor(doc[m.start : m.end], data) for m in mentions):
        return StandsFor(kind="government", country=capital.country)
    return None


def _used_as_actor(span: Span, data: LanguageData) -> bool:
    """ "Kiev affirme", "a pris Moscou de court", "selon Kiev", "according to Kyiv", "troupes de Kiev",
    "Kiev forces"."""
    root = span.root
    if root.dep_ in ACTOR_DEPS:
        return True
    before = fold(span.doc[max(0, span.start - 3) : span.start].text)
    if any(before.endswith(fold(phrase)) for phrase in data.attribution_phrases):
        return True
    if root.dep_ == "compound":  # "Kiev forces", "Kyiv officials"
        return root.head.lower_ in data.actor_nouns
    return root.dep_ in ("nmod", "pobj") and _head_noun(root).lower_ in data.actor_nouns


def _head_noun(token: Token) -> Token:
    """The noun a prepositional modifier hangs from ("troupes" in "troupes de Kiev")."""
    head = token.head
    if head.pos_ == "ADP" and head.head.i != head.i:
        return head.head
    return head


def _title(mentions: list[Mention], doc: Doc, data: LanguageData) -> str | None:
    for mention in mentions:
        title = _title_before(doc, mention, data) or _title_after(doc, mention, data)
        if title:
            return title
    return None


def _is_title_word(token: Token, data: LanguageData) -> bool:
    return token.lower_ in data.titles or token.lemma_.lower() in data.titles


def _title_before(doc: Doc, mention: Mention, data: LanguageData) -> str | None:
    """ "le ministre de l'Intérieur, Ihor Klymenko" -> "ministre de l'Intérieur"."""
    end = mention.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    lowest = max(doc[mention.start].sent.start, end - TITLE_WINDOW)
    start = None
    for i in range(end - 1, lowest - 1, -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text not in ("-", "'", "’")):
            break
        if _is_title_word(token, data):
            start = i
    if start is None:
        return None
    while (
        start > lowest
        and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")
        and doc[start - 1].lower_ not in data.determiners
    ):
        start -= 1
    return doc[start:end].text or None


def _title_after(doc: Doc, mention: Mention, data: LanguageData) -> str | None:
    """ "Yuri Podolyaka, un blogueur militaire influent" -> "blogueur militaire influent"."""
    i = mention.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in data.determiners:
        i += 1
    start = i
    while (
        i < len(doc)
        and i - start < APPOSITION_MAX_TOKENS
        and not doc[i].is_punct
        and doc[i].pos_ not in ("VERB", "AUX", "PRON")
    ):
        i += 1
    words = doc[start:i]
    if not words or not any(_is_title_word(token, data) for token in words[:3]):
        return None
    return words.text


# -- the stage -------------------------------------------------------------------------------------


class Entities:
    name = "entities"
    needs = frozenset({"doc", "language"})
    fills = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        if article.doc is None or article.language not in LANGUAGES:
            return article
        article.entities = find_entities(article.doc, LANGUAGES[article.language], Gazetteer.default(), article.text)
        return article


__all__ = ["Entities", "find_entities"]
