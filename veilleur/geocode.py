"""Geocoding: each place entity of an article resolved to one gazetteer entry.

One algorithm for every language, reading its words from `PlaceWords`:

- Candidates come from the gazetteer for every mention of the entity.
- The words around a mention say what kind of place it is: "la région de
  Koursk", "Kursk Oblast", "the Donetsk region" ask for the region;
  "la ville de Koursk", "the city of Kursk" for the town; "Krasnohorivka,
  Donetsk Oblast" names the region the town is in.
- The article is the context: countries and regions it names (and the
  countries its demonyms point to) favour places inside them.
- One sense per article: every mention of an entity gets the same place; a
  region cue on any mention makes the whole entity the region.
- Priors: a country name is the country; capitals and big cities first.
- A place is where an event happened (`role` "event") when a locative
  preposition ties it to a verb that is not a verb of saying.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
from spacy.tokens import Doc, Token

from veilleur.gazetteer import Gazetteer, GazetteerEntry, is_city_region
from veilleur.gazetteer.regions import ADMIN_FILLERS
from veilleur.lang import LANGUAGES, LanguageData
from veilleur.lang.common import CURRENCY_COUNTRIES, ORGANISATIONS
from veilleur.names import fold, name_key
from veilleur.record import PLACE_TYPES, Entity, Place, TextSpan

#: The regions of an article by country: region name key -> the score they give a place inside.
Regions = dict[str, dict[str, float]]
#: Score weights, in log-population units (a city ten times bigger scores 1 more).
COUNTRY_CONTEXT = 3.0
#: What the country of the money an article counts in adds to its places, when the article names no
#: country: "$10.3 million" makes Mansfield the Texas town rather than the English one, not Toronto
#: an Ohio village (1 measured best: 2 and 3 lose Toronto).
MONEY_CONTEXT = 1.0
ADMIN1_CONTEXT = 4.0
#: A region only known as the region of another town of the article counts less (1 measured best
#: on GeoWebNews and LGL among 0, 0.5, 1, 2 and 3; the spread was half a point).
TOWN_REGION_CONTEXT = 1.0
#: A town found only under an alternate name, where a town not ALTERNATE_NAME_RATIO times smaller
#: bears that name as its own ("Washington" is an old name of Watervliet, New York; "Vodyane" is
#: Vodiane, not Zymna Voda twice its size; "Vienne" is still Vienna before the French Vienne).
ALTERNATE_NAME = 2.0
ALTERNATE_NAME_RATIO = 10
#: What a town loses where the article names it by its own name for another place (`_named_otherwise`).
OTHER_PLACE = 10.0
#: How many characters at most lie between two names of one place side by side ("Sverdlovsk (Dovzhansk)").
SIDE_BY_SIDE = 3
#: A country's name is read as a region of another country only when the article names at least
#: this many places there and none in the country itself.
COUNTRY_DOUBT_PLACES = 2
#: ... or one town this close to the namesake.
NEXT_DOOR_KM = 50.0
CUE_MATCH = 6.0
CAPITAL = 1.5
#: A capital's bonus when the article names its country: a town of its name needs a cue of its own
#: (3.0, 4.5, 6.0, 8.0 and 12.0 measured: 4.5 to 8.0 best; at 12.0 "Belgrade" in Montana is Serbia's).
CAPITAL_OF_NAMED_COUNTRY = 7.5
COUNTRY_NAME = 20.0
#: A first-level region counts as a place of this population ("Louisiana" the state before
#: Louisiana, Missouri; Kursk the city of 450,000 before Kursk Oblast without a cue).
ADM1_POPULATION = 100_000
#: ... or as its towns' people, up to this many ("Virginia" the state of millions before Virginia,
#: Free State, a town of 120,000; capped, so that "New York" bare stays the city).
ADM1_WEIGHT_CAP = 1_000_000
#: A named region or sea of the gazetteer's hand list counts as a place of this population: "the
#: Red Sea" is the sea before the Sudanese state named after it, unless the article is about Sudan.
REGION_POPULATION = 200_000
#: A city with a first-level status of its own lies in the region whose point is this close ("Sevastopol, Crimea").
ENCLAVE_KM = 150.0
#: A first-level region named after its seat, named bare, is the seat: "shelled Kherson" is the city.
SEAT_NAME = 2.0
#: A village bearing the name of a region of the world or a sea ("Middle East", Maryland;
#: "Atlantic", Iowa) loses this much: the region's name is the region, unless the article names
#: the village's own state or province (ADMIN1_CONTEXT outweighs it).
UNDER_REGION = 2.0
VILLAGE = 10_000
#: Places near the article's other places are favoured (the article tells of one area): each other
#: place within NEAR_KM adds NEAR_BONUS, weighed by how likely its sense there is, counting at most
#: NEAR_PLACES places; else a place within 4 × NEAR_KM adds half of NEAR_BONUS.
NEAR_KM = 250.0
NEAR_BONUS = 2.0
NEAR_PLACES = 1.0
#: ... and a place next door (within NEXT_DOOR_KM) to another's likely sense adds NEXT_DOOR_BONUS
#: more, weighed the same way ("Hanover" beside Bethel, Vermont, is Hanover, New Hampshire), to a
#: candidate that loses nothing for its name only ("Washington" is also a name of Washington Court
#: House, Ohio, which is no reason to leave the capital). 0.5 and 1 measure the same; 2 lost a
#: GeoWebNews span.
NEXT_DOOR_BONUS = 1.0
#: Rounds in which each town's senses are weighed against the senses of the article's other towns
#: ("Palestine", "Elkhart" and "Anderson County" together are in Texas), and the senses kept per town.
COHERENCE_ROUNDS = 1
SENSES = 8
#: A town in a county the article names, or a county holding a town the article names ("Paris and
#: Henry County" are Paris, Tennessee, and its county): matched on the county's name and state.
COUNTY_CONTEXT = 5.0
#: A name used as a government ("Dublin approved", "selon Kiev") favours the capital, a little: it
#: is read so only because the name is a capital's, so it is weak evidence of its own sense and no
#: country context for the article (`_context_of` leaves it out). 0 and 1 measure the same on
#: GeoWebNews and LGL; 1 keeps "rentrés à Vienne ... à Paris" in Vienna, 1.5 outweighs a named state.
SPEAKING_CAPITAL = 1.0
#: How far before a name a county word's plural may open the list it is in ("counties — Douglas, …").
COUNTY_LIST_WINDOW = 120
#: A place smaller than this, in no country the article names, is only taken with a cue ("la ville de").
UNKNOWN_PLACE_MIN_POPULATION = 10_000
#: A first-level region whose places hold fewer people needs the support a small town abroad needs
#: (20,000 and 100,000 measured alike; only "Gulf", Papua New Guinea, changed).
SMALL_REGION_WEIGHT = 20_000
#: The same for a town the name reaches only under another spelling or an alternate name.
OTHERWISE_SPELT_MIN_POPULATION = 100_000

#: A direction word names part of a division, or of a city at least this big ("South Los Angeles");
#: "North Street" is no part of Street, Somerset.
PART_OF_TOWN_MIN_POPULATION = 100_000
DIVISIONS = frozenset({"PCLI", "ADM1", "ADM2", "RGN", "CONT"})
#: What a place adjective that is no demonym of a country names: "European", "Balkan", "Abkhaz".
ADJECTIVE_PLACES = ("CONT", "RGN", "ADM1")

#: A region's name inside an organisation's name is no context when a town this big bears it, and
#: holds at least 1/CITY_OF_DIVISION as many people as the region ("Washington Post", "New York
#: Times"; not Ontario, California, 175,000 people, beside the province's 14 million).
BIG_TOWN_POPULATION = 100_000
CITY_OF_DIVISION = 20

#: The Earth's mean radius (IUGG), as geoparsing evaluations use it.
EARTH_RADIUS_KM = 6371.0088

PRECISION = {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "RGN": "region", "CONT": "region"}


@dataclass(frozen=True, slots=True)
class Resolution:
    entry: GazetteerEntry
    confidence: float
    #: Where to put the place when not at the entry's point: a village the gazetteer lacks,
    #: given by its region, lies most likely where the region's people live.
    point: tuple[float, float] | None = None
    #: The entry is the place that holds the entity (a street's town), not the entity itself.
    holder: bool = False


def _feature(entry: GazetteerEntry) -> str:
    return entry.feature or ""


def precision(entry: GazetteerEntry) -> str:
    return PRECISION.get(_feature(entry), "locality")


@dataclass(frozen=True, slots=True)
class _Reading:
    wants: str | None
    inside: list[GazetteerEntry]
    candidates: list[GazetteerEntry]
    penalties: list[float]


class Geocoder:
    """Resolves the place entities of one parsed article."""

    def __init__(self, doc: Doc | None, text: str, data: LanguageData, entities: list[Entity], gazetteer: Gazetteer):
        self.doc = doc
        self.text = text
        self.data = data
        self.words = data.places
        self.entities = entities
        self.gazetteer = gazetteer
        #: The article's other places a candidate may lie near: (place, lat, lon, weight) of their senses.
        self._near: list[tuple[int, float, float, float]] = []
        self._near_arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._known: tuple[Counter[str], Regions] | None = None
        self._placed: list[tuple[Entity, GazetteerEntry]] = []
        self._readings: dict[int, tuple[Entity, _Reading]] = {}
        self._admin_before = admin_before(data.code)
        self._admin_after = re.compile(rf"^\s*(?:{'|'.join(self.words.admin_after)})\b", re.IGNORECASE)
        self._seats = "|".join(sorted(self.words.seat_after)) or "(?!)"
        self._city_before = city_before(data.code)
        self._near_before = near_before(data.code)
        of_words = "|".join(map(re.escape, self.words.of_words)) or "(?!)"
        self._of_word = re.compile(rf"(?:{of_words})(?:\s+|(?<=['’]))(?=\S)", re.IGNORECASE)  # "de Henry"
        joins = "|".join(re.escape(w) for w in sorted(self.words.list_links) if w != ",") or "(?!)"
        # ", Tulsa", " and Idaho", ", and Idaho": the name goes on as a list
        self._list_goes_on = re.compile(rf"\s*(?:,\s*(?:{joins})?\b|(?:{joins})\b)\s*[A-ZÀ-Ý]")

    # -- context -------------------------------------------------------------------------------

    def _context(self) -> Counter[str]:
        """Countries the article names or points to: its countries, peoples, and the seats of power it
        quotes ("le Kremlin")."""
        countries: Counter[str] = Counter()
        for entity in self.entities:
            countries.update(self._context_of(entity))
        return countries

    @staticmethod
    def _context_of(entity: Entity) -> Counter[str]:
        """The countries one entity points to. A place's own name is no context for itself (`places`
        takes it out): "Albany" the entities stage keyed as Albania is the question its reading
        answers, not an answer. A town read as a capital's government ("Dublin approved", "London
        head coach") may be a namesake town: its country is no context (`SPEAKING_CAPITAL`), it only
        vouches for small places there (`_speaking_for`)."""
        if entity.key.startswith(("country:", "norp:")):
            return Counter({entity.key.split(":")[1]: len(entity.mentions)})
        if entity.stands_for is not None and entity.type not in PLACE_TYPES:
            return Counter({entity.stands_for.country: 1})
        return Counter()

    @cached_property
    def _money_country(self) -> str | None:
        """The country whose currency sign the article's amounts bear most ("$12", "C$5", "£3"), or None."""
        found = Counter(
            CURRENCY_COUNTRIES[sign.lower()]
            for before, after in _AMOUNT_SIGN.findall(self.text)
            if (sign := before or after).lower() in CURRENCY_COUNTRIES
        )
        return found.most_common(1)[0][0] if found else None

    # -- cues around a mention ---------------------------------------------------------------

    @cached_property
    def _speaking_for(self) -> frozenset[str]:
        """Countries whose capital speaks in the article ("des drones ont frappé Velyka Pysarivka,
        selon Kiev"): the small places there need no other context."""
        return frozenset(e.stands_for.country for e in self.entities if e.stands_for and e.type in PLACE_TYPES)

    def _cue(self, start: int, end: int) -> str | None:
        """ "region" or "city" from the words around a mention, or None."""
        base = max(0, start - 40)
        before, after = self.text[base:start], self.text[end : end + 20]
        if self._said_region(start, end):
            return "region"
        listed = self._list_goes_on.match(after)
        # the whole name before the comma: "Oklahoma City, Tulsa" is no town "City" of a region "Tulsa"
        town = re.search(rf"((?:[A-ZÀ-Ý][\w'’-]+\s+)*([A-ZÀ-Ý][\w'’-]+))(?:\s+(?i:{self._seats}))*,\s*$", before)
        named = town is not None and not listed and not self.data.time.names_day_or_month(town.group(2))
        if named and town is not None and self._said_region(base + town.start(1), base + town.end(1)):
            named = False  # "la région de Kidal, Bamako évoque": a region is no town, and lies in none
        if named and town is not None and self.gazetteer.region_of(town.group(1), self.text[start:end]):
            return "region"  # "Hryhorivka, Donetsk": the second name is the town's region (not "Sunday, Kyiv")
        if self._city_before.search(before) or self._dateline(start, end):
            return "city"
        return None

    def _said_region(self, start: int, end: int) -> bool:
        """Whether the words around the name at `start:end` say it is a region ("the Kidal region",
        "la région de Kidal")."""
        before, after = self.text[max(0, start - 40) : start], self.text[end : end + 20]
        return bool(self._admin_before.search(before) or self._admin_after.match(after))

    def _dateline(self, start: int, end: int) -> bool:
        """Whether a name opens a dispatch, the town it was filed from (`in_dateline`: "WINSTED — The
        council…", "KYIV (AFP) - "); unknown without the parsed text."""
        span = self.doc.char_span(start, end, alignment_mode="expand") if self.doc is not None else None
        return span is not None and in_dateline(self.doc, span.start, span.end)  # type: ignore[arg-type]

    def _admin_apposition(self, end: int, *, district: bool = True) -> list[GazetteerEntry]:
        """ "Krasnohorivka, Donetsk Oblast", "Pokrovsk (Donetsk region)", "Hartford, Conn.": the region a town
        is in; after a district that is no region, the region after it ("Ivanivka, Beryslavskyi district,
        Kherson")."""
        short = re.match(r",\s*([^\s,;]+(?: Va\.)?)", self.text[end : end + 12])
        if short is not None and short.group(1) in self.words.abbreviations:
            return self.gazetteer.lookup(self.words.abbreviations[short.group(1)], feature="ADM1")
        seat = re.match(rf"(?:\s+(?:{self._seats}))+\b", self.text[end : end + 40], re.IGNORECASE)
        if seat is not None:
            end += seat.end()  # "Khotin territorial community, Sumy"
        match = re.match(
            r"\s*[,(]\s*(?:in\s+|dans\s+)?(?:the\s+|la\s+|l['’]\s*)?([^,.;()\n]{3,40})", self.text[end : end + 60]
        )
        if match is None:
            return []
        phrase = match.group(1).strip()
        stripped = self._strip_admin_words(phrase)
        if not stripped[:1].isupper() or len(stripped) < 3:
            return []  # "Boa Vista, the state capital": a common noun names no region, nor "No." a number
        regions = [e for e in self.gazetteer.lookup(stripped) if _feature(e) == "ADM1"]
        if stripped != phrase and not regions and district:
            return self._admin_apposition(end + match.end(), district=False)
        if stripped != phrase or self._admin_after.search(" " + phrase):
            return regions  # "Krasnohorivka, Donetsk Oblast"
        rest = self.text[end + match.end() : end + match.end() + 12]
        if regions and not self._list_goes_on.match(rest):
            return regions  # "Zemlianky, Kharkiv." names the region, unless it goes on as a list
        return []

    def _query(self, name: str) -> tuple[str, tuple[str, ...] | None]:
        """What to look up for a name, and the features it may have: "W.Va." (or "W.Va", the tokenizer
        having taken its period) is West Virginia the state, "L.A." Los Angeles, "EU" Europe, "Kursk
        Oblast" "Kursk", "D-Iowa City" (a legislator's party and town) "Iowa City"."""
        name = name.strip()
        party, dash, rest = name.partition("-")
        if dash and party in self.words.party_letters and rest[:1].isupper():
            name = rest  # "D-Iowa City": the legislator's home town after the party
        state = self.words.abbreviations.get(name) or self.words.abbreviations.get(f"{name}.")
        if state is not None:
            return state, ("ADM1",)
        if name in self.words.town_abbreviations:
            return self.words.town_abbreviations[name], None
        if name in self.words.unions:
            return self.words.unions[name], ("CONT", "RGN")
        return self._strip_admin_words(name) or name, None

    def _whole(self, name: str) -> str | None:
        """The place a name names part of: "Northeast Nebraska" -> "Nebraska"; None for other names."""
        first, _, rest = name.strip().partition(" ")
        return rest if first.lower() in self.words.part_words and rest else None

    def _named_after(self, name: str) -> str | None:
        """The place an area's name is named after: "Jerome Township" -> "Jerome"; None for other names."""
        words = name.strip().split()
        for size in (2, 1):
            if len(words) > size and " ".join(words[-size:]).lower() in self.words.area_after:
                return " ".join(words[:-size])
        return None

    def _names(self, entity: Entity) -> set[str]:
        """What an entity's mentions name, each as looked up: "Northeast Georgia" names Georgia."""
        names = {self._query(m.text)[0] for m in entity.mentions}
        return names | {whole for name in names if (whole := self._whole(name)) is not None}

    def _names_division(self, phrase: str) -> bool:
        """ "région de Koursk", "Kursk region": a division word inside the name itself."""
        words = [w.lower().strip("'’") for w in re.split(r"[\s'’]+", phrase)]
        return len(words) > 1 and any(w in self.words.admin_words and w not in ADMIN_FILLERS for w in words)

    def _strip_admin_words(self, phrase: str) -> str:
        words = [w for w in re.split(r"\s+", phrase) if w.lower().strip("'’") not in self.words.admin_words]
        text = " ".join(words)
        return re.sub(r"^(?:de|d['’]|of)\s+", "", text, flags=re.IGNORECASE).strip()

    # -- resolution --------------------------------------------------------------------------------

    def resolve(
        self, entity: Entity, countries: Counter[str], admin1s: Regions, *, known_place: bool = False
    ) -> Resolution | None:
        found = self._ranked(entity, countries, admin1s)
        if found is None:
            return None
        scored, wants, inside = found
        if isinstance(scored, Resolution):
            return scored
        best_score, best = scored[0]
        if inside and not any(_in_region(entry, inside) for _, entry in scored):
            return self._somewhere_in(inside[0], entity)  # "Zarichne, Zaporizhia": not that Zarichne 800 km away
        # a town spelt otherwise than its name ("Modi" for Moody) needs the same support as a small
        # one, unless it is big ("Kharkov", "Moscou") or the scene of an action ("shelled Kostiantynivka")
        # (a name read through the language's tables is spelt: "L.A.", "D-Iowa City")
        spelt = any(fold(self._query(m.text)[0]) == fold(best.name) for m in entity.mentions)
        spelt = spelt or self.role(entity) == "event"
        floor = UNKNOWN_PLACE_MIN_POPULATION if spelt else OTHERWISE_SPELT_MIN_POPULATION
        # as a first-level region of few people: "the Gulf" is no province of Papua New Guinea
        small = (best.population < floor and _feature(best) not in ("PCLI", "ADM1", "ADM2", "RGN")) or (
            _feature(best) == "ADM1" and best.weight < SMALL_REGION_WEIGHT
        )
        unsupported = (
            small
            # a town word says a town, not one spelt otherwise ("the village of Prisi" is no Prizzi, Sicily);
            # a dispatch's dateline does ("ST. PARIS —" is Saint Paris, Ohio)
            and (wants is None or not (spelt or any(self._dateline(m.start, m.end) for m in entity.mentions)))
            and not inside
            and not known_place
            and best.country not in countries
            and best.country not in self._speaking_for
        )
        if (
            unsupported
            and not self._has_neighbour(entity, best)
            and not self._located_near(entity)
            and not self._in_named_county(entity, best)
        ):
            return None  # "l'Occident" is no hamlet in Mexico: a small place abroad needs a cue, context or a neighbour
        margin = best_score - scored[1][0] if len(scored) > 1 else 5.0
        confidence = round(min(0.95, 0.5 + 0.1 * margin), 2)
        return Resolution(best, max(confidence, 0.3))

    def _ranked(
        self, entity: Entity, countries: Counter[str], admin1s: Regions
    ) -> tuple[list[tuple[float, GazetteerEntry]] | Resolution, str | None, list[GazetteerEntry]] | None:
        """The entity's candidates, best first, with their scores, the cue its mentions give and the
        regions they are said to be in; a `Resolution` already when no candidate has its name."""
        reading = self._read(entity)
        wants, inside, candidates = reading.wants, reading.inside, reading.candidates
        if not candidates:
            # A village the gazetteer does not know, in a region the text names: the region, imprecisely.
            return (self._somewhere_in(inside[0], entity), wants, inside) if inside else None
        near, door = self._near_bonus(candidates)
        county = self._in_named_counties(entity, candidates)
        scored = sorted(
            (
                (
                    self._score(entry, wants, countries, admin1s, inside)
                    + near.get(entry.key, 0.0)
                    + (door.get(entry.key, 0.0) if not penalty else 0.0)  # not for a name it loses by
                    + (COUNTY_CONTEXT if entry.key in county else 0.0)
                    + (SPEAKING_CAPITAL if _speaks_for(entity, entry) else 0.0)
                    - penalty,
                    entry,
                )
                for entry, penalty in zip(candidates, reading.penalties, strict=True)
            ),
            key=lambda item: -item[0],
        )
        return scored, wants, inside

    def _read(self, entity: Entity) -> _Reading:
        """What the text says of an entity, whatever the context: its cue, the regions it is said to be in,
        its candidates and what each loses for being named by an alternate name or as a region's seat."""
        held = self._readings.get(id(entity))
        if held is not None and held[0] is entity:
            return held[1]
        # "la région de Koursk" may be the mention itself: its division words ask for the region too.
        cues = ["region" if self._names_division(m.text) else self._cue(m.start, m.end) for m in entity.mentions]
        wants = "region" if "region" in cues else "city" if "city" in cues else None
        inside: list[GazetteerEntry] = []
        states: list[GazetteerEntry] = []
        for mention in entity.mentions:
            regions = self._admin_apposition(mention.end)
            inside += regions
            state = self.gazetteer.bearing(mention.text, feature="ADM1") if regions else None
            states += [state] if state is not None else []
        found: dict[tuple[str, str], GazetteerEntry] = {}
        asked: set[str] = set()
        names = {m.text for m in entity.mentions} | {entity.name}
        county = self.gazetteer.get(entity.key) if entity.key.startswith("adm2:") else None
        if county is not None:
            names.add(county.name)  # the entities stage read "D-Braxton" as Braxton County
        listed = self._listed_county(entity)
        if listed is not None:
            asked.add(name_key(listed))
            for entry in self.gazetteer.lookup(listed, feature="ADM2"):
                found.setdefault((entry.key, "ADM2"), entry)
            wants = "region" if found else wants
            names = set() if found else names
        for name in names:
            self._look_up(name, found, asked)
        for short in filter(None, map(self._short_for_county, names)):
            self._look_up(short, found, asked)
        if wants == "region":  # "la région de Moscou": also the region named after the city's own name
            for entry in [e for e in found.values() if is_city_region(e) and name_key(e.name) not in asked]:
                for region in self.gazetteer.regions_named_after(entry):
                    found.setdefault((region.key, "ADM1"), region)
        if not found:  # "Northeast Nebraska": part of Nebraska; "North Street" is no part of Street
            for whole in filter(None, map(self._whole, names)):
                self._look_up(whole, found, asked, part=True)
        if not found:  # "Oakport Township", "Boston Harbor": the area of the place it is named after
            for name in filter(None, map(self._named_after, names)):
                self._look_up(name, found, asked, own_name=True)
        candidates = list(found.values())
        # "states such as Utah, Colorado": a state in another state of its country is a list of two,
        # unless one of its senses lies there ("Washington, D.C.")
        inside = [
            region
            for region in inside
            if not any(state.country == region.country for state in states)
            or any(_in_region(entry, [region]) for entry in candidates)
        ]
        owner = max(
            (e.population for e in candidates if _feature(e).startswith("PPL") and name_key(e.name) in asked),
            default=-1,
        )
        # "Kherson" bare is the city: a region named after its seat needs a cue ("the Kherson region").
        seats = {
            (e.country, e.admin1_code)
            for e in candidates
            if _feature(e).startswith("PPL") and e.admin1_code and name_key(e.name) in asked
        }
        world_region = any(_feature(e) == "RGN" and not e.country for e in candidates)
        # regions with a town of the name in them: the town and the region are weighed as before
        holders = {(e.country, e.admin1_code) for e in candidates if _feature(e).startswith("PPL")}
        penalties = [
            (
                ALTERNATE_NAME
                if _by_alternate_name(entry, asked) and entry.population < owner * ALTERNATE_NAME_RATIO
                else 0.0
            )
            + (OTHER_PLACE if self._named_otherwise(entity, entry, asked) else 0.0)
            + (SEAT_NAME if wants is None and _names_its_seat(entry, seats) else 0.0)
            + (COUNTRY_NAME if _feature(entry) == "PCLI" and self._town_owns(entity, entry, candidates) else 0.0)
            + (UNDER_REGION if world_region and _is_village(entry) else 0.0)
            - (
                _people_beyond_floor(entry)
                if not world_region and (entry.country, entry.admin1_code) not in holders
                else 0.0
            )
            for entry in candidates
        ]
        reading = _Reading(wants, inside, candidates, penalties)
        self._readings[id(entity)] = (entity, reading)
        return reading

    @staticmethod
    def _town_owns(entity: Entity, country: GazetteerEntry, candidates: list[GazetteerEntry]) -> bool:
        """Whether a town bears exactly the name of every mention and the country does not: "Albany"
        is rather the town than Albania, whose French name "Albanie" spells the same name key, and
        "Burma" rather Myanmar than the Jordanian village only where the article says so."""
        towns = {fold(e.name) for e in candidates if _feature(e).startswith("PPL")}
        return all(fold(m.text) != fold(country.name) and fold(m.text) in towns for m in entity.mentions)

    def _look_up(
        self,
        name: str,
        found: dict[tuple[str, str], GazetteerEntry],
        asked: set[str],
        *,
        part: bool = False,
        own_name: bool = False,
    ) -> None:
        """Add a name's candidates to `found` and the name as asked; for a part of a place, only a
        division or a city big enough to have parts; with `own_name`, only places of that very name
        (the "Barrel" of "Barrel City" is no Bareli). A county's name is a county where the
        gazetteer knows one ("le comté de Douglas" is no Douglas of the Isle of Man)."""
        county = self._county_name(name) if not (part or own_name) else None
        counties = self.gazetteer.lookup(county, feature="ADM2") if county is not None else []
        if counties:
            asked.add(name_key(county or name))
            for entry in counties:
                found.setdefault((entry.key, "ADM2"), entry)
            return
        query, feature = self._query(name)
        key = name_key(query)
        asked.add(key)
        for entry in self.gazetteer.lookup(query, feature=feature):
            if part and _feature(entry) not in DIVISIONS and entry.population < PART_OF_TOWN_MIN_POPULATION:
                continue
            if not own_name or name_key(entry.name) == key:
                found.setdefault((entry.key, _feature(entry)), entry)

    def _in_named_counties(self, entity: Entity, candidates: list[GazetteerEntry]) -> set[str]:
        """The keys of the candidates that lie in a county the article names, or hold one of its towns."""
        if not self._named_counties and all(_feature(e) != "ADM2" for e in candidates):
            return set()
        return {e.key for e in candidates if self._in_named_county(entity, e)}

    def _in_named_county(self, entity: Entity, entry: GazetteerEntry) -> bool:
        """Whether another name of the article is the county `entry` lies in (a town), or a town
        `entry` holds (a county): "Paris and Henry County", "the Laurel County Fiscal Court … London"."""
        if _feature(entry) == "ADM2":
            county = (entry.country, entry.admin1_code or "", name_key(entry.name))
            return bool(self._counties_of_towns.get(county, set()) - {id(entity)})
        if not self._named_counties or not entry.admin2:
            return False  # most articles name no county
        county = (entry.country, entry.admin1_code or "", name_key(entry.admin2))
        return bool(self._named_counties.get(county, set()) - {id(entity)})

    @cached_property
    def _named_counties(self) -> dict[tuple[str, str, str], set[int]]:
        """Every sense of the counties the article names, as places or inside an organisation's name
        ("the Laurel County Fiscal Court"), with the entities that name them. A county is named with
        its word ("Henry County"): "Mansfield", "Dublin City" would vouch for their own namesakes."""
        found: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        for entity in self.entities:
            names = [m.text for m in entity.mentions] if entity.type in PLACE_TYPES else []
            if entity.type in NAMED_AFTER_PLACES:  # "the Henderson County Jail" too
                names += [span.text for m in entity.mentions for span in _runs_in(m)]
            for county in filter(None, map(self._county_name, names)):
                for entry in self.gazetteer.lookup(county, feature="ADM2"):
                    found[entry.country, entry.admin1_code or "", name_key(entry.name)].add(id(entity))
        return found

    @cached_property
    def _counties_of_towns(self) -> dict[tuple[str, str, str], set[int]]:
        """The county of every sense of the article's towns, with the entities that name them."""
        found: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        for entity in self.entities:
            if entity.type in PLACE_TYPES:
                for entry in self._read(entity).candidates:
                    if entry.admin2 and _feature(entry) != "ADM2":
                        found[entry.country, entry.admin1_code or "", name_key(entry.admin2)].add(id(entity))
        return found

    def _listed_county(self, entity: Entity) -> str | None:
        """The county a name is, read from the list of counties it is in (`listed_county`), or None."""
        for mention in entity.mentions:
            county = listed_county(self.text, mention.start, mention.end, self.data.code)
            if county is not None:
                return county
        return None

    def _county_name(self, name: str) -> str | None:
        """The gazetteer's name of the county a name names, or None: "Henry County" and "County
        Cork" as they are, "le comté de Henry" -> "Henry County"; "Mansfield" names no county."""
        words = name.split()
        for i, word in enumerate(words):
            suffix = self.words.county_words.get(word.lower())
            if suffix is None:
                continue
            rest = " ".join(words[i + 1 :])
            link = self._of_word.match(rest)
            return f"{rest[link.end() :]} {suffix}" if link else name
        return None

    def _located_near(self, entity: Entity) -> bool:
        """Whether the text locates something relative to the place: "à 10 km de Soudja", "south of X"."""
        return any(self._near_before.search(self.text[max(0, m.start - 40) : m.start]) for m in entity.mentions)

    def _beside_placed(self, entry: GazetteerEntry, within: float) -> bool:
        """Whether another place of the article lies within `within` km of `entry` (once placed)."""
        return self._next_door(entry, [(e, placed) for e, placed in self._placed if placed != entry], within)

    def _has_neighbour(self, entity: Entity, entry: GazetteerEntry) -> bool:
        """Whether another place of the article may lie near `entry`, in its country: two villages
        named together ("Chiefland and Cross City") vouch for each other."""
        if entry.lat is None or entry.lon is None:
            return False
        for other in self.entities:
            if other is entity or other.type not in PLACE_TYPES:
                continue
            for candidate in self._read(other).candidates[:SENSES]:
                if (
                    candidate.country == entry.country
                    and candidate.lat is not None
                    and candidate.lon is not None
                    and km(entry.lat, entry.lon, candidate.lat, candidate.lon) < NEAR_KM
                ):
                    return True
        return False

    def _somewhere_in(self, region: GazetteerEntry, entity: Entity) -> Resolution:
        """An unknown village in a known region: a town of the region one letter off its name
        (`Gazetteer.one_letter_off`: "Klischiivka" is Klishchiivka, "Gremyachka" Hremiachka), else
        the region, imprecisely, at its peopled centre."""
        for name in sorted(self._names(entity)):
            towns = self.gazetteer.one_letter_off(name, region)
            if towns:
                return Resolution(towns[0], LETTER_OFF_CONFIDENCE)
        return Resolution(region, 0.35, self.gazetteer.peopled_centre(region))

    def _score(
        self,
        entry: GazetteerEntry,
        wants: str | None,
        countries: Counter[str],
        admin1s: Regions,
        inside: list[GazetteerEntry],
    ) -> float:
        feature = _feature(entry)
        floor = {"ADM1": ADM1_POPULATION, "RGN": REGION_POPULATION}.get(feature, 0)
        population = max(entry.population, floor)
        score = math.log10(max(population, 1) + 1)
        if feature == "PCLI":
            score += COUNTRY_NAME
        if feature == "PPLC":
            # "Washington" in a story that names the United States is its capital, not the English town
            score += CAPITAL_OF_NAMED_COUNTRY if countries.get(entry.country) else CAPITAL
        if wants == "region":
            score += CUE_MATCH if feature in ("ADM1", "ADM2", "RGN") else -CUE_MATCH
        elif wants == "city":
            score += CUE_MATCH if feature.startswith("PPL") else -CUE_MATCH
        if not countries and entry.country == self._money_country:
            score += MONEY_CONTEXT
        if countries and entry.country in countries:
            # In proportion to the country's share of the article's context: a London aside in a
            # story about the United States does not make "Washington" the English town.
            score += COUNTRY_CONTEXT * countries[entry.country] / max(countries.values())
        admin1 = getattr(entry, "admin1_name", None) or entry.admin1
        if inside:
            score += ADMIN1_CONTEXT * 2 if any(admin1 and name_key(admin1) == name_key(r.name) for r in inside) else -2
        elif admin1 and entry.country in admin1s:
            score += admin1s[entry.country].get(name_key(admin1), 0.0)
        return score

    # -- role ----------------------------------------------------------------------------------

    def role(self, entity: Entity) -> str:
        """ "event" if some mention is the place of an action ("ont avancé à Koursk"), else "mentioned"."""
        if self.doc is None or entity.stands_for is not None:
            return "mentioned"  # "Kiev affirme": a speaker, not a scene
        for mention in entity.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            # a country struck is a side ("la Russie a bombardé l'Ukraine"), a town struck a place
            if span is not None and self._locative_of_action(span.root, struck=not entity.key.startswith("country:")):
                return "event"
        return "mentioned"

    def _locative_of_action(self, token: Token, *, struck: bool = True) -> bool:
        """Whether a place's name is where an action happened: the object of a locative preposition
        of a verb that is no verb of saying, or (`struck`) what a verb of attack struck."""
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "à Kharkiv et Zaporijjia": the list's first name has the preposition
        if struck and is_struck(token, self.data):
            return True  # "ont bombardé Kharkiv et Zaporijjia": what is shelled is where
        preposition = next((c for c in token.children if c.dep_ in ("case", "prep")), None)
        head = token.head
        if token.dep_ == "pobj" and head.pos_ == "ADP":
            preposition, head = head, head.head
        if preposition is None or preposition.lower_ not in self.words.locatives:
            return False
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX"):
                return head.lemma_.lower() not in self.data.claims.cues
            if head.head.i == head.i:
                return False
            head = head.head
        return False

    # -- all places ----------------------------------------------------------------------------

    def places(self) -> list[tuple[Entity, Resolution, str]]:
        countries = self._context()
        resolved: list[tuple[Entity, Resolution]] = []
        # a place has a name: "the metro", "the gulf" the model tagged are none, nor "North" alone
        places = [
            e
            for e in self.entities
            if e.type in PLACE_TYPES
            and any(_capitalised(m.text) for m in e.mentions)
            and not all(m.text.strip().lower() in self.words.part_words for m in e.mentions)
        ]
        # Countries and regions first: they are the context of towns.
        places.sort(key=lambda e: 0 if e.key.startswith("country:") else 1)
        admin1s: Regions = {}
        for region in self._regions_in_names():
            # as sure as the region named alone (1, 2, 3 and 4 measured: 3 and 4 best, same figures)
            admin1s.setdefault(region.country, {})[name_key(region.name)] = ADMIN1_CONTEXT
        for entity in places:
            resolution = self.resolve(entity, countries - self._context_of(entity), admin1s)
            if resolution is None:
                continue
            entry = resolution.entry
            if _feature(entry) == "ADM1":
                admin1s.setdefault(entry.country, {})[name_key(entry.name)] = ADMIN1_CONTEXT
            if _feature(entry) == "PCLI":
                countries[entry.country] += 1
            resolved.append((entity, resolution))
        # Country names first: "Georgia" among Atlanta and Athens is the state, and the towns are read in it.
        settled = set()
        for i, (entity, resolution) in enumerate(resolved):
            if _feature(resolution.entry) != "PCLI":
                continue
            settled.add(id(entity))
            others = [(e, r.entry) for e, r in resolved if e is not entity]
            namesake = self._country_or_namesake(entity, resolution, others)
            if namesake is not resolution:
                resolved[i] = (entity, namesake)
                countries[resolution.entry.country] = 0
                if _feature(namesake.entry) == "ADM1":
                    admin1s.setdefault(namesake.entry.country, {})[name_key(namesake.entry.name)] = ADMIN1_CONTEXT
        countries = +countries
        # A second pass: each town read again in the context of the article's other places, their
        # countries and regions, and near the likely senses of the other towns, round after round
        # ("Mansfield" beside Shreveport is in Louisiana; "Paris" beside Edgar County is in Illinois).
        towns = [e for e, r in resolved if _feature(r.entry) not in ("PCLI", "ADM1") and id(e) not in settled]
        contexts = {
            id(entity): self._with(
                [r.entry for e, r in resolved if e is not entity], countries - self._context_of(entity), admin1s
            )
            for entity in towns
        }
        senses: dict[int, list[tuple[GazetteerEntry, float]]] = {}
        for round_ in range(COHERENCE_ROUNDS + 1):
            weighed = {}
            for entity in towns:
                if round_ and len(self._read(entity).candidates) < 2:
                    weighed[id(entity)] = senses[id(entity)]  # one sense: nothing to weigh
                    continue
                self._set_near(senses, entity)  # none yet in the first round
                weighed[id(entity)] = _senses(self._ranked(entity, *contexts[id(entity)]))
            senses = weighed
        final = []
        for entity, resolution in resolved:
            if id(entity) in contexts:
                self._set_near(senses, entity)
                resolution = self.resolve(entity, *contexts[id(entity)]) or resolution
            final.append((entity, resolution, self.role(entity)))
        self._set_near({id(e): [(r.entry, 1.0)] for e, r, _ in final}, None)
        self._known = self._with([r.entry for _, r, _ in final], countries, admin1s)
        self._placed = [(e, r.entry) for e, r, _ in final]
        done = {id(e) for e, _, _ in final}
        for entity in places:
            if entity.type in ("FAC", "LOC") and id(entity) not in done and self._facility(entity):
                host = self._named_host(entity) or self.host(entity.mentions[0].start, entity.mentions[0].end)
                if host is not None:
                    final.append((entity, Resolution(host, HOSTED_CONFIDENCE, holder=True), self.role(entity)))
        return final

    def _facility(self, entity: Entity) -> bool:
        """Whether a name is a street's or a building's ("Royal Street", "the Barclays Center"), not
        an event's or a product's the model took for a facility ("Easter Vigil")."""
        return any(word in self.words.facility_words for m in entity.mentions for word in m.text.lower().split())

    def _named_host(self, entity: Entity) -> GazetteerEntry | None:
        """The place a building's own name holds, read in the article's context: one the article
        places elsewhere ("the Dublin Recreation Center" in a story about Dublin), or, for an
        airport, a station or a plant (`town_facility_words`), a country, a region, a town of the
        article's countries or a big one ("Vancouver International Airport", "la centrale
        nucléaire de Zaporijjia"). None for a name of no place, or a street's ("Shawnee Park")."""
        placed = {entry.key for _, entry in self._placed}
        countries = self._known[0] if self._known is not None else Counter()
        for mention in entity.mentions:
            named_for_town = any(word in self.words.town_facility_words for word in mention.text.lower().split())
            for start, end in _inner_names(mention.text):
                entry = self.resolve_span(mention.start + start, mention.start + end)
                if entry is None:
                    continue
                if entry.key in placed or (
                    named_for_town
                    and (_named_after(entry, countries) or entry.population >= NAMED_AFTER_MIN_POPULATION)
                ):
                    return entry
        return None

    def host(self, start: int, end: int) -> GazetteerEntry | None:
        """The place that holds a place the gazetteer lacks, a street or a building, named at
        `start:end`: a place named right after it ("Brands Hatch, Kent", "the Barclays Center in
        Brooklyn"), else the nearest the article names before it, else the first after it; below
        country level (a country is too wide to say where a street is). Needs `places()` first."""
        named = sorted(
            (
                (m.start, m.end, entry)
                for entity, entry in self._placed
                for m in entity.mentions
                if _feature(entry) not in WIDE_FEATURES
            ),
            key=lambda item: item[:2],  # two places may share a mention: entries have no order
        )
        link = self._host_link.match(self.text, end)
        if link is not None:
            after = next((entry for s, _, entry in named if s == link.end()), None)
            if after is not None:
                return after
        before = [entry for _, e, entry in named if e <= start]
        if before:
            return before[-1]
        return next((entry for s, _, entry in named if s >= end), None)

    @cached_property
    def _host_link(self) -> re.Pattern[str]:
        """What joins a street or a building to its town: a comma or a locative ("in", "à")."""
        words = "|".join(sorted(map(re.escape, self.words.locatives), key=len, reverse=True))
        return re.compile(rf"\s*(?:,|(?:{words})\b)\s*", re.IGNORECASE)

    def inside_names(self, placed: list[tuple[Entity, Resolution, str]]) -> list[tuple[TextSpan, GazetteerEntry]]:
        """Places inside the names of organisations and facilities, with the place each is, given
        the article's `placed` places (from `places()`).

        "Athens Police Department", "Washington Post", "University of Cincinnati": the
        leading capitalised words of the name, or those after "of"/"in", when they name a
        place the article names elsewhere, a country, or a region, a county ("the Douglas
        County Sheriff") or a city of at least `NAMED_AFTER_MIN_POPULATION` in a country of
        the article, read in its context.
        Geoparsing gold sets count these too (GeoWebNews: "embedded" toponyms).
        """
        named = {name_key(m.text): resolution.entry for entity, resolution, _ in placed for m in entity.mentions}
        countries = self._known[0] if self._known is not None else Counter()
        found: list[tuple[TextSpan, GazetteerEntry]] = []
        for mention, runs in self._runs_in_names({id(entity) for entity, _, _ in placed}):
            for span in runs:
                entry = named.get(name_key(span.text)) or self._county_of_found(span.text, found)
                if entry is None:
                    entry = self.resolve_span(span.start, span.end)
                    # "the Douglas County Sheriff", "the Athens Police Department": any place of that name
                    local = self._county_name(span.text) is not None or self._serves(span, mention)
                    entry = entry if entry is not None and _named_after(entry, countries, county=local) else None
                if entry is not None and self._generic_end(span, entry):
                    continue  # "Las Vegas City Marshal": Las Vegas, not the "Las Vegas City" of New Mexico
                if entry is not None:
                    found.append((span, entry))
                    break
        return found + self._towns_taken_for_others()

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """The name keys of the surnames of the people the article names in full ("Bill Clinton": clinton)."""
        return frozenset(
            name_key(mention.text.split()[-1])
            for entity in self.entities
            if entity.type == "PERSON"
            for mention in entity.mentions
            if len(mention.text.split()) > 1
        )

    def _towns_taken_for_others(self) -> list[tuple[TextSpan, GazetteerEntry]]:
        """The model's organisations, and its one-word persons the article never names in full, whose
        whole name is a town's next door to a place of the article ("Troop 9 of Pierce" among Norfolk
        and Wayne, Nebraska; "Grovetown police" beside Columbia County; "Greer's city limits" beside
        Spartanburg), or a one-word region's or county's near one ("Kent"): nested mentions of the
        place, as a place inside a name is."""
        found = []
        for entity in self.entities:
            # a one-word person the article never names in full: "Greer also has been home to…"
            one_word = " " not in entity.name.strip()
            person = entity.type == "PERSON" and one_word and name_key(entity.name) not in self._surnames
            if entity.type != "ORG" and not person:
                continue
            for mention in entity.mentions:
                if not _PLAIN_NAME.fullmatch(mention.text) or self._names_no_place(mention):
                    continue
                before = self.text[max(0, mention.start - 12) : mention.start].split()
                if person and before and before[-1].lower() in self.data.determiners:
                    continue  # "the Webster" is a theatre: no one's name takes an article
                entry = self.resolve_span(mention.start, mention.end)
                if entry is None:
                    continue
                # a town next door; a one-word region or county within NEAR_KM ("Brands Hatch, Kent" by Maidstone)
                division = _feature(entry) in ("ADM1", "ADM2") and " " not in mention.text
                within = NEAR_KM if division else NEXT_DOOR_KM if _feature(entry).startswith("PPL") else 0.0
                if self._beside_placed(entry, within):
                    found.append((mention, entry))
        return found

    def named_again(
        self, placed: list[tuple[Entity, Resolution, str]], inside: list[tuple[TextSpan, GazetteerEntry]]
    ) -> list[tuple[TextSpan, GazetteerEntry]]:
        """The other occurrences of the names of the article's places, as the place: one sense per
        article. The model tags a town once and misses it later ("Fargo raised its goal", "MANSFIELD
        --", "the North Arlington Neighbors association").

        Given the places of `placed` and the names found `inside` others' names. A name counts in
        its own spelling or in capitals, as a whole word; not a demonym, an armed group's name, the
        surname of a person of the article ("Bill Clinton" beside Clinton, Iowa) or a name two
        places of the article bear. An occurrence counts unless a place already holds it, it lies
        in a person's name (the model's "Kelly said" is likelier the person than the town), a
        people's name, an armed group's or a street's, it begins a sentence as a common word, or a
        capitalised neighbour makes it part of another place's name ("New London", "Kansas City").
        """
        surnames = self._surnames
        names: dict[str, GazetteerEntry | None] = {}
        for entity, resolution, _ in placed:
            if resolution.holder:
                continue
            for mention in entity.mentions:
                text = mention.text.strip()
                if len(name_key(text)) < 3 or not text[:1].isupper() or self._adjective(text):
                    continue
                if fold(text) in ORGANISATIONS or name_key(text) in surnames:
                    continue
                known = names.setdefault(text, resolution.entry)
                if known is not None and known.key != resolution.entry.key:
                    names[text] = None  # two places of one name: no sense to carry
        if not names:
            return []
        taken = [(m.start, m.end) for entity, _, _ in placed for m in entity.mentions]
        taken += [(span.start, span.end) for span, _ in inside]
        others = [
            (entity.type, mention)
            for entity in self.entities
            if entity.type in ("PERSON", "NORP") or entity.type in NAMED_AFTER_PLACES
            for mention in entity.mentions
        ]
        spelt = {spelling: entry for text, entry in names.items() if entry for spelling in (text, text.upper())}
        if not spelt:
            return []
        pattern = "|".join(re.escape(spelling) for spelling in sorted(spelt, key=len, reverse=True))
        found = []
        for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", self.text):
            start, end = match.span()
            entry = spelt[match.group()]
            if any(s < end and start < e for s, e in taken) or self._held_otherwise(start, end, others):
                continue
            if self._common_word(start) or self._part_of_longer_name(start, end, entry):
                continue
            found.append((TextSpan(match.group(), start, end), entry))
            taken.append((start, end))
        return found

    def _held_otherwise(self, start: int, end: int, others: list[tuple[str, TextSpan]]) -> bool:
        """Whether an occurrence of a place's name lies in a person's name, a people's name, or the
        name of an armed group or a street."""
        for kind, mention in others:
            if not (mention.start < end and start < mention.end):
                continue
            if kind in ("PERSON", "NORP") or self._names_no_place(mention):
                return True
        return False

    def _common_word(self, start: int) -> bool:
        """Whether the word at `start` opens a sentence as a common word would ("Mobile phones…")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and bool(span[0].is_sent_start) and span[0].pos_ != "PROPN"

    def _part_of_longer_name(self, start: int, end: int, entry: GazetteerEntry) -> bool:
        """Whether a capitalised word just before or after a name, or joined to it by a dash, makes
        another place's name with it ("New London", "Winston-Salem")."""
        before = re.search(r"[A-ZÀ-Ý][\w.'’]*(?:\s+|-)$", self.text[max(0, start - 40) : start])
        after = re.match(r"(?:\s+|-)[A-ZÀ-Ý][\w'’]*", self.text[end : end + 40])
        longer = []
        if before is not None:
            longer.append(self.text[start - len(before.group()) : end])
        if after is not None:
            longer.append(self.text[start : end + len(after.group())])
        return any(e.key != entry.key for name in longer for e in self.gazetteer.lookup(name))

    def _county_of_found(self, name: str, found: list[tuple[TextSpan, GazetteerEntry]]) -> GazetteerEntry | None:
        """The county of that name that holds a town found inside an earlier name ("the Athens Police
        Department … the Henderson County Jail": Athens, Texas, and its county), or None."""
        county = self._county_name(name)
        if county is None or not found:
            return None
        held = {(e.country, e.admin1_code, name_key(e.admin2)) for _, e in found if e.admin2}
        return next(
            (
                entry
                for entry in self.gazetteer.lookup(county, feature="ADM2")
                if (entry.country, entry.admin1_code, name_key(entry.name)) in held
            ),
            None,
        )

    def _generic_end(self, span: TextSpan, entry: GazetteerEntry) -> bool:
        """Whether a run ends in a noun of a place's services ("Springfield City") that only an
        alternate name of the place found holds ("Kansas City" is the city's own name)."""
        last = span.text.rsplit(None, 1)[-1].lower()
        return " " in span.text and last in self.words.local_nouns and name_key(entry.name) != name_key(span.text)

    def _serves(self, span: TextSpan, mention: TextSpan) -> bool:
        """Whether a run of a `mention`'s name is followed by a noun of a place's people, officials
        and services ("Athens Police", "Grand Ledge Fire"), or follows one of the name and "of"
        ("Police municipale de Grand Ledge"; not "the area of Roanoke Park")."""
        words = self.words
        after = _WORD.match(self.text, span.end)
        if after is not None and after.group(1).lower() in words.local_nouns:
            return True
        before = self.text[mention.start : span.start].split()
        return len(before) >= 2 and before[-1].lower() in words.of_words and before[-2].lower() in words.local_nouns

    def _runs_in_names(self, placed: Collection[int] | None = None) -> Iterator[tuple[TextSpan, list[TextSpan]]]:
        """Each mention of an organisation or a facility with its runs (`_runs_in`), and of a
        people's name its runs that are no adjective ("U.S. troops"; "Russian forces", "Egyptian
        police" stay sides, as "Russian" alone). Given the ids of the `placed` entities, also the
        runs of other unplaced names that serve a place (`_serves`) or name a county: the model takes
        "the Grand Ledge Police Chief" for a person, "Henderson County Jail" and "the Harris County
        Clerk" for places (even where the article places nothing else)."""
        for entity in self.entities:
            if entity.type in NAMED_AFTER_PLACES:
                for mention in entity.mentions:
                    yield mention, [] if self._names_no_place(mention) else _runs_in(mention)
            elif entity.type == "NORP" or (placed is not None and id(entity) not in placed):
                for mention in entity.mentions:
                    runs = [span for span in _runs_in(mention) if not self._adjective(span.text)]
                    if entity.type != "NORP":
                        runs = [span for span in runs if self._serves(span, mention) or self._county_name(span.text)]
                    yield mention, runs

    def _names_no_place(self, mention: TextSpan) -> bool:
        """Whether the words of a name name no place: an armed group's ("Rapid Support Forces" is no
        Rapid City), a street's named after something else ("la rue de Rivoli", "le corridor de
        Philadelphie")."""
        first = mention.text.split(maxsplit=1)[0].lower() if mention.text.strip() else ""
        return fold(mention.text) in ORGANISATIONS or first in self.words.street_before

    def _adjective(self, name: str) -> bool:
        """Whether a name is a demonym or another adjective of a place ("Russian", "European");
        an abbreviation ("U.S.") is a name."""
        return "." not in name and (name.lower() in self.data.demonyms or name.lower() in self.words.adjectives)

    def _regions_in_names(self) -> list[GazetteerEntry]:
        """First-level regions named inside the names of organisations ("the Ohio Department of
        Health", "State of Ohio", "the S.C. Trial Lawyers Association"): context for the article's
        towns, not places of the record. A name that is also a country's or a big town's holding a
        twentieth of the region's people ("Washington Post", "New York Times") says nothing; the
        "Ontario Municipal Board" says Ontario, whatever Ontario, California."""
        found = []
        for _, runs in self._runs_in_names():
            for span in runs:
                entries = self.gazetteer.lookup(self.words.abbreviations.get(span.text, span.text))
                regions = [e for e in entries if _feature(e) == "ADM1" and e.admin1_code]
                if regions and not any(self._says_nothing_here(e, regions[0]) for e in entries):
                    found.append(regions[0])
                    break
        return found

    def _says_nothing_here(self, entry: GazetteerEntry, region: GazetteerEntry) -> bool:
        """`_says_nothing_of`, save that a country's name says the region where a town of the article
        bears a name found there: the "Georgia Bureau of Investigation" beside Albany is the state's."""
        if _feature(entry) == "PCLI" and self._town_in(region):
            return False
        return _says_nothing_of(entry, region)

    def _town_in(self, region: GazetteerEntry) -> bool:
        """Whether some place of the article may be a town in a first-level region."""
        return any(
            _feature(entry).startswith("PPL") and _in_region(entry, [region])
            for entity in self.entities
            if entity.type in PLACE_TYPES and not entity.key.startswith("country:")
            for entry in self._read(entity).candidates
        )

    @cached_property
    def _place_names(self) -> dict[str, list[TextSpan]]:
        """The article's place mentions by name key."""
        names: dict[str, list[TextSpan]] = {}
        for entity in self.entities:
            if entity.type in PLACE_TYPES:
                for mention in entity.mentions:
                    names.setdefault(name_key(mention.text), []).append(mention)
        return names

    def _short_for_county(self, name: str) -> str | None:
        """The county a bare name may be short for, where the article names it in full: "Henrico"
        beside "Henrico County", which no town bears; None for other names (`_read` weighs the county
        among the name's towns)."""
        if self._county_name(name) is not None:
            return None
        for suffix in set(self.words.county_words.values()):
            county = f"{name} {suffix}"
            if name_key(county) in self._place_names:
                return county
        return None

    def _named_otherwise(self, entity: Entity, entry: GazetteerEntry, asked: set[str]) -> bool:
        """Whether a town found under another name is one the article names by its own name: two
        names are two places ("Youngstown" beside "Mount Gilead", which GeoNames also calls so), unless
        one is short for the other ("Avondale" for "Avondale Estates") or they stand side by side, a
        former name and the new ("Sverdlovsk (Dovzhansk)")."""
        own = name_key(entry.name)
        if not _by_alternate_name(entry, asked) or any(a in own for a in asked):
            return False
        others = self._place_names.get(own, [])
        return bool(others) and not any(
            -SIDE_BY_SIDE <= other.start - mention.end <= SIDE_BY_SIDE
            or -SIDE_BY_SIDE <= mention.start - other.end <= SIDE_BY_SIDE
            for mention in entity.mentions
            for other in others
        )

    def _country_or_namesake(
        self, entity: Entity, resolution: Resolution, others: list[tuple[Entity, GazetteerEntry]]
    ) -> Resolution:
        """A country's name is the country, unless the article places nothing in that country and
        its other places lie in a namesake: "Georgia" among Atlanta and Athens is the state,
        "Palestine" beside Elkhart and Anderson County the Texas town."""
        country = resolution.entry.country
        if self._national(entity):
            return resolution  # "Lebanon's prime minister" among towns of the United States
        # Another mention of the same country's name ("Georgia", "Northeast Georgia") is the same question.
        around = Counter(
            e.country
            for _, e in others
            if e.country and _feature(e) != "CONT" and not (_feature(e) == "PCLI" and e.country == country)
        )
        for other in self.entities:
            if other is not entity and other.key.startswith("norp:"):
                around[other.key.split(":")[1]] += 1
        if around[country] or not around:
            return resolution
        names = self._names(entity)
        home, count = around.most_common(1)[0]
        if count >= COUNTRY_DOUBT_PLACES:
            namesakes = [
                e
                for name in names
                for e in self.gazetteer.lookup(name, country=home, feature="ADM1")
                if e.admin1_code and e.lat is not None  # a region with towns, not Guam as a US code
            ]
            if namesakes:
                return Resolution(namesakes[0], 0.6)
        towns = [(other, e) for other, e in others if _feature(e) not in ("PCLI", "ADM1", "CONT", "RGN")]
        for namesake in (e for name in names for e in self.gazetteer.lookup(name)):
            if namesake.country == country or namesake.lat is None or namesake.lon is None:
                continue
            kind = _feature(namesake)
            if not ((kind == "ADM1" and namesake.admin1_code) or kind.startswith("PPL")):
                continue
            support = sum(self._could_lie_in(town, entry, namesake) for town, entry in towns)
            if support >= (1 if kind == "ADM1" or self._next_door(namesake, towns) else COUNTRY_DOUBT_PLACES):
                return Resolution(namesake, 0.6)
        return resolution

    @staticmethod
    def _next_door(
        namesake: GazetteerEntry, towns: list[tuple[Entity, GazetteerEntry]], within: float = NEXT_DOOR_KM
    ) -> bool:
        """Whether a town of the article lies next door to a place (`within` km): one such neighbour
        is enough ("Lebanon" in a story about Zionsville, Indiana, 16 km away)."""
        if namesake.lat is None or namesake.lon is None:
            return False
        return any(
            entry.lat is not None
            and entry.lon is not None
            and km(namesake.lat, namesake.lon, entry.lat, entry.lon) < within
            for _, entry in towns
        )

    def _national(self, entity: Entity) -> bool:
        """Whether a state's office or force belongs to a mention of the name: "Lebanon's prime
        minister", "the army of Lebanon", "le président du Liban" (`PlaceWords.national_nouns`)."""
        if self.doc is None:
            return False
        nouns = self.words.national_nouns
        for mention in entity.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            after = self.doc[span.end : span.end + 2]
            if len(after) == 2 and after[0].tag_ == "POS" and after[1].lower_ in nouns:
                return True
            before = self.doc[max(span.start - 3, 0) : span.start]
            of = len(before) >= 2 and before[-1].lower_ in self.words.of_words
            if of and any(token.lower_ in nouns for token in before[:-1]):
                return True
        return False

    def _could_lie_in(self, town: Entity, chosen: GazetteerEntry, place: GazetteerEntry) -> float:
        """How surely `town` lies in the region `place` (1 if its `chosen` sense does, half if another
        sense does), or near the town `place` (1 if its chosen sense is, half if another sense is, in
        the same region: so many towns bear a name that some sense of it is near any town, fewer in
        its region)."""
        assert place.lat is not None and place.lon is not None
        if _feature(place) != "ADM1":
            if chosen.lat is None or chosen.lon is None:
                return 0.0
            if km(chosen.lat, chosen.lon, place.lat, place.lon) < NEAR_KM:
                return 1.0
            return 0.5 if any(self._near_in_region(entry, place) for entry in self._other_senses(town, chosen)) else 0.0
        if _in_region(chosen, [place]):
            return 1.0
        senses = self._other_senses(town, chosen)
        return 0.5 if any(e.country == place.country and e != place and _in_region(e, [place]) for e in senses) else 0.0

    def _other_senses(self, town: Entity, chosen: GazetteerEntry) -> Iterator[GazetteerEntry]:
        """The other senses of a place's names."""
        for name in self._names(town):
            for entry in self.gazetteer.lookup(name):
                if entry != chosen:
                    yield entry

    @staticmethod
    def _near_in_region(entry: GazetteerEntry, town: GazetteerEntry) -> bool:
        return (
            entry.country == town.country
            and bool(entry.admin1_code)
            and entry.admin1_code == town.admin1_code
            and entry.lat is not None
            and entry.lon is not None
            and km(entry.lat, entry.lon, town.lat, town.lon) < NEAR_KM  # type: ignore[arg-type]
        )

    def _set_near(self, senses: dict[int, list[tuple[GazetteerEntry, float]]], entity: Entity | None) -> None:
        """The places a candidate of `entity` may lie near: the senses of the article's other places
        below region level, with their weights."""
        self._near = [
            (group, entry.lat, entry.lon, weight)
            for group, weighed in senses.items()
            if group != id(entity)
            for entry, weight in weighed
            if entry.lat is not None and entry.lon is not None and _feature(entry).startswith(("PPL", "ADM2"))
        ]
        self._near_arrays = None

    def _near_bonus(self, candidates: list[GazetteerEntry]) -> tuple[dict[str, float], dict[str, float]]:
        """What being near the article's other places adds to each candidate's score, and what being
        next door to one adds more, by key."""
        placed = [e for e in candidates if e.lat is not None and e.lon is not None and _feature(e) != "PCLI"]
        if not self._near or not placed:
            return {}, {}
        if self._near_arrays is None:
            near = sorted(self._near, key=lambda point: point[0])
            groups = np.array([point[0] for point in near])
            starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
            points = np.radians(np.array([(point[1], point[2]) for point in near]))
            self._near_arrays = (points, np.array([point[3] for point in near]), starts)
        points, weights, starts = self._near_arrays
        here = np.radians(np.array([(e.lat, e.lon) for e in placed]))
        distance = _km_matrix(here, points)
        near = np.maximum.reduceat((distance < NEAR_KM) * weights, starts, axis=1).sum(axis=1)
        region = np.max((distance < 4 * NEAR_KM) * weights, axis=1)
        bonus = NEAR_BONUS * np.maximum(np.minimum(near, NEAR_PLACES), region / 2)
        door = NEXT_DOOR_BONUS * np.max((distance < NEXT_DOOR_KM) * weights, axis=1)
        return (
            {e.key: float(b) for e, b in zip(placed, bonus, strict=True) if b > 0},
            {e.key: float(b) for e, b in zip(placed, door, strict=True) if b > 0},
        )

    @staticmethod
    def _with(others: list[GazetteerEntry], countries: Counter[str], admin1s: Regions) -> tuple[Counter[str], Regions]:
        """The article's countries and regions, with those of its other places."""
        wider = Counter(countries)
        regions = {country: dict(names) for country, names in admin1s.items()}
        for entry in others:
            if entry.country:
                wider[entry.country] += 1
            admin1 = entry.admin1 if _feature(entry).startswith("PPL") else None
            if admin1:
                known = regions.setdefault(entry.country, {})
                known[name_key(admin1)] = max(known.get(name_key(admin1), 0.0), TOWN_REGION_CONTEXT)
        return wider, regions

    def resolve_span(self, start: int, end: int) -> GazetteerEntry | None:
        """The place a stretch of the text names, read in the context of the article's places.

        For a span known to name a place (a gold toponym): a demonym is its country
        ("a French engineer"), any other name the best candidate in the context of
        the places `places()` resolved, however small.
        """
        phrase = self.text[start:end].strip()
        if not phrase:
            return None
        country = self.data.demonyms.get(phrase.lower())
        if country is not None:
            return self.gazetteer.get(f"country:{country}")
        if phrase.lower() in self.words.adjectives:
            return self.gazetteer.best(self.words.adjectives[phrase.lower()], feature=ADJECTIVE_PLACES)
        if self._known is None:
            self.places()
        assert self._known is not None
        countries, admin1s = self._known
        entity = Entity(id="", type="GPE", name=phrase, key="", mentions=[TextSpan(phrase, start, end)])
        resolution = self.resolve(entity, countries, admin1s, known_place=True)
        if resolution is not None and _feature(resolution.entry) == "PCLI":
            resolution = self._country_or_namesake(entity, resolution, self._placed)
        return resolution.entry if resolution is not None else None


def _capitalised(text: str) -> bool:
    """Whether a mention holds a capital letter, as a name does ("eastern Ghouta", not "the gulf")."""
    return any(character.isupper() for character in text)


def _says_nothing_of(entry: GazetteerEntry, region: GazetteerEntry) -> bool:
    """Whether a region's name inside an organisation's name may as well be this country's or
    big town's ("Washington Post", "New York Times"; not Ontario, California, for the province)."""
    if _feature(entry) == "PCLI":
        return True
    town = _feature(entry).startswith("PPL") and entry.population >= BIG_TOWN_POPULATION
    return town and entry.population * CITY_OF_DIVISION >= region.weight


def _people_beyond_floor(entry: GazetteerEntry) -> float:
    """What a first-level region's people add to ADM1_POPULATION, up to ADM1_WEIGHT_CAP, in
    log-population units: "Virginia" is the state of millions before Virginia, Free State. Only
    against places elsewhere: not against a town of the region (its seat, a city-region) or a sea."""
    if _feature(entry) != "ADM1" or entry.weight <= ADM1_POPULATION:
        return 0.0
    return math.log10(min(entry.weight, ADM1_WEIGHT_CAP) + 1) - math.log10(ADM1_POPULATION + 1)


def _speaks_for(entity: Entity, entry: GazetteerEntry) -> bool:
    """Whether `entry` is the capital whose government the entity was read as ("Kiev affirme")."""
    return entity.stands_for is not None and entry.country == entity.stands_for.country and _feature(entry) == "PPLC"


def _is_village(entry: GazetteerEntry) -> bool:
    return _feature(entry).startswith("PPL") and entry.population < VILLAGE


def _by_alternate_name(entry: GazetteerEntry, asked: set[str]) -> bool:
    """A town found only under another name than its own (countries and divisions keep their exonyms)."""
    return _feature(entry).startswith("PPL") and name_key(entry.name) not in asked


def _names_its_seat(entry: GazetteerEntry, seats: set[tuple[str, str]]) -> bool:
    return _feature(entry) == "ADM1" and (entry.country, entry.admin1_code or "") in seats


def _in_region(entry: GazetteerEntry, regions: list[GazetteerEntry]) -> bool:
    admin1 = entry.admin1 or ""
    return any(
        (region.country == entry.country and region.admin1_code and region.admin1_code == entry.admin1_code)
        or (admin1 and name_key(admin1) == name_key(region.name))
        or entry.key == region.key
        or _enclave_in(entry, region)
        for region in regions
    )


def _enclave_in(town: GazetteerEntry, region: GazetteerEntry) -> bool:
    """Whether a city that is a first-level division of its own lies in the region around it:
    "Sevastopol, Crimea", "Kyiv, Kyiv Oblast"."""
    if _feature(region) != "ADM1" or region.country != town.country or not town.admin1:
        return False
    if None in (town.lat, town.lon, region.lat, region.lon) or name_key(town.name) not in name_key(town.admin1):
        return False
    return km(town.lat, town.lon, region.lat, region.lon) < ENCLAVE_KM  # type: ignore[arg-type]


#: Marks that end a dispatch's dateline ("WINONA -- The body of…", "KYIV (Reuters) —", "BEIRUT: The…").
DATELINE_ENDS = frozenset({"-", "--", "---", "–", "—", ":"})


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether a name opens a dispatch: "WINONA -- The body…", "RIDGE FARM, Ill. (AP) —", "Kyiv (AFP) -",
    "BEIRUT: The body…".

    The name begins a sentence and a dash or a colon follows it, after its state or country and
    the agency's name in brackets; in capitals or before an agency's brackets.
    """
    if start > 0:
        before = doc[start - 1]
        opens = doc[start].is_sent_start or before.is_space or before.text in ".!?"
        if not (opens or before.like_num):  # after the dispatch's date: "March 30, 2009 NEWARK --"
            return False
    i = end
    if i + 1 < len(doc) and doc[i].text == ",":
        i += 2  # "RIDGE FARM, Ill.", "HURRICANE, W.Va." (the tokenizer may keep the last period apart)
        i += 1 if i < len(doc) and doc[i].text == "." else 0
    agency = False
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        i, agency = close + 1, True
    if i >= len(doc) or doc[i].text not in DATELINE_ENDS:
        return False
    if not (doc[i - 1].whitespace_ or doc[i].whitespace_ or doc[i].text in ("—", "–")):
        return False  # "TIP-INS:" is no dateline; "FALLS VILLAGE—The board…" is
    return agency or doc[start:end].text.isupper()


@lru_cache(maxsize=8)
def admin_before(language: str) -> re.Pattern[str]:
    """The words that end just before a region's name and say it is one ("la région de", "the province of")."""
    return re.compile(rf"(?:{'|'.join(LANGUAGES[language].places.admin_before)})\s*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def city_before(language: str) -> re.Pattern[str]:
    """The words that end just before a town's name and say it is one ("la ville de", "the port of")."""
    return re.compile(rf"(?:{'|'.join(LANGUAGES[language].places.city_before)})\s*$", re.IGNORECASE)


def is_struck(token: Token, data: LanguageData) -> bool:
    """Whether a name is the object of a verb of attack ("Russian forces shelled Kherson"): a place
    or a force, never a speaker."""
    if token.dep_ not in ("obj", "dobj") or token.head.pos_ != "VERB":
        return False
    return data.events.verbs.get(token.head.lemma_.lower(), "").startswith("ASSAULT")


@lru_cache(maxsize=8)
def _county_list(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    places = LANGUAGES[language].places
    words = "|".join(sorted(map(re.escape, places.county_plurals), key=len, reverse=True)) or "(?!)"
    joins = "|".join(re.escape(w) for w in sorted(places.list_links) if w != ",") or "(?!)"
    link = rf"(?:\s*,|,?\s+(?i:{joins}))\s+"  # ", ", " and ", ", and "
    of = "|".join(sorted(map(re.escape, places.of_words), key=len, reverse=True)) or "(?!)"
    after = re.compile(rf"((?:{link}{_LISTED_NAME})*)\s+((?i:{words}))\b")
    # "the three largest counties — Douglas, Lancaster and Sarpy", "les comtés de Douglas et de Sarpy"
    lead = re.compile(rf"\b((?i:{words}))\s*(?:[^\w\s]|(?i:{of}))?\s*((?:{_LISTED_NAME}{link}(?:(?i:{of})\s*)?)*)$")
    return after, re.compile(rf"{_LISTED_NAME}{link}$"), lead, re.compile(rf"{link}(?:(?i:{of})\s*)?{_LISTED_NAME}")


def listed_county(text: str, start: int, end: int, language: str) -> str | None:
    """The county the name at `text[start:end]` is when a list of names it is in ends with a county
    word's plural, or follows one: "Muscogee and Harris counties" -> "Harris County", "counties —
    Douglas, Lancaster and Sarpy" -> "Lancaster County" ("Indiana counties", a single name, are the
    state's); None otherwise."""
    after, before, lead, follow = _county_list(language)
    plurals = LANGUAGES[language].places.county_plurals
    found = after.match(text, end)
    if found is not None and (found.group(1) or before.search(text, 0, start)):
        return f"{text[start:end]} {plurals[found.group(2).lower()]}"
    window = max(0, start - COUNTY_LIST_WINDOW)
    led = lead.search(text, window, start)
    if led is not None and (led.group(2) or follow.match(text, end)):
        return f"{text[start:end]} {plurals[led.group(1).lower()]}"
    return None


@lru_cache(maxsize=8)
def near_before(language: str) -> re.Pattern[str]:
    """The words that end just before a place's name and locate something relative to it ("à 10 km
    de", "south of")."""
    return re.compile(rf"(?:{'|'.join(LANGUAGES[language].places.near_before) or '(?!)'})\s*$", re.IGNORECASE)


def _senses(
    found: tuple[list[tuple[float, GazetteerEntry]] | Resolution, str | None, list[GazetteerEntry]] | None,
) -> list[tuple[GazetteerEntry, float]]:
    """A place's likeliest senses with their weights (a softmax of their scores), at most SENSES."""
    if found is None:
        return []
    scored = found[0]
    if isinstance(scored, Resolution):
        return [(scored.entry, 1.0)]
    top = scored[:SENSES]
    exps = [math.exp(score - top[0][0]) for score, _ in top]
    total = sum(exps)
    return [(entry, e / total) for (_, entry), e in zip(top, exps, strict=True) if e / total >= 0.01]


def _km_matrix(here: np.ndarray, there: np.ndarray) -> np.ndarray:
    """Great-circle distances in km between points given in radians (rows of lat, lon)."""
    lat1, lon1 = here[:, :1], here[:, 1:]
    lat2, lon2 = there[:, 0], there[:, 1]
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def geocode(
    doc: Doc | None, text: str, data: LanguageData, entities: list[Entity], gazetteer: Gazetteer
) -> tuple[list[Entity], list[Place]]:
    """Places for the place entities of an article; entity keys become gazetteer keys.

    A place named inside the name of an organisation or a facility ("the Columbus Police
    Department", "l'administration régionale de Kharkiv") is a mention of that place, nested in
    the organisation's: it joins the place's entity, or makes a new one (role "mentioned"). The
    entities are returned with those mentions and entities added.
    """
    geocoder = Geocoder(doc, text, data, entities, gazetteer)
    results = geocoder.places()
    inside = geocoder.inside_names(results)
    found = inside + geocoder.named_again(results, inside)
    demonyms = _demonyms_of(doc, demonym_countries(text, data, gazetteer), entities, results, found)
    entities, named = _with_inner_places(entities, results, found + demonyms)
    results += named
    results.sort(key=lambda item: min(m.start for m in item[0].mentions))
    placed = {id(entity) for entity, _, _ in results}
    for entity in entities:
        if entity.key.startswith("geonames:") and id(entity) not in placed:
            entity.key = f"{entity.type.lower()}:{name_key(entity.name)}"  # the entities stage's guess, unconfirmed
    places = []
    for i, (entity, resolution, role) in enumerate(results, 1):
        entry = resolution.entry
        if not resolution.holder:  # a street keeps its own key, and has no id or feature of its town's
            entity.key = entry.key
        places.append(
            Place(
                id=f"P{i}",
                entity=entity.id,
                name=entry.name,
                geonames_id=None if resolution.holder else entry.geonames_id,
                lat=resolution.point[0] if resolution.point else entry.lat,
                lon=resolution.point[1] if resolution.point else entry.lon,
                country=entry.country,
                admin1=getattr(entry, "admin1_name", None) or entry.admin1,
                feature=None if resolution.holder else _feature(entry) or None,
                precision=precision(entry),
                role=role,
                confidence=resolution.confidence,
            )
        )
    return entities, places


def one_entity_per_place(
    entities: list[Entity], places: list[Place]
) -> tuple[list[Entity], list[Place], dict[str, str]]:
    """One entity and one place for each place of the gazetteer: entities that resolved to the same
    place ("Henrico" and "Henrico County") become the first of them, with all their mentions; its
    role is `event` if any was. Returns the entities, the places numbered anew, and the ids of the
    entities merged away with the id that took them over.

    Streets and buildings placed at their town (no feature) keep their own entities, and so does
    a village the gazetteer lacks, placed in its region where the region's people live ("Greenwood,
    W. Va." beside "West Virginia"): its point is not the region's.
    """
    by_id = {entity.id: entity for entity in entities}
    first: dict[tuple[str, float | None, float | None], Place] = {}
    merged: dict[str, str] = {}
    kept: list[Place] = []
    for place in places:
        entity = by_id[place.entity]
        same = (entity.key, place.lat, place.lon)
        owner = first.get(same) if place.feature is not None else None
        if owner is None:
            if place.feature is not None:
                first[same] = place
            kept.append(place)
            continue
        into = by_id[owner.entity]
        into.mentions = sorted([*into.mentions, *entity.mentions], key=lambda m: (m.start, m.end))
        owner.role = "event" if "event" in (owner.role, place.role) else owner.role
        owner.confidence = max(owner.confidence, place.confidence)
        merged[entity.id] = into.id
    for i, place in enumerate(kept, 1):
        place.id = f"P{i}"
    return [e for e in entities if e.id not in merged], kept, merged


def _demonyms_of(
    doc: Doc | None,
    demonyms: list[tuple[TextSpan, GazetteerEntry]],
    entities: list[Entity],
    placed: list[tuple[Entity, Resolution, str]],
    found: list[tuple[TextSpan, GazetteerEntry]],
) -> list[tuple[TextSpan, GazetteerEntry]]:
    """The article's demonyms as mentions of their country, role `mentioned` ("Russian forces": a
    mention of Russia nested in the side's), as geoparsing gold sets count them; never an event's
    place (`veilleur.coding`). A demonym the model tagged as a place entity of its own ("Ukrainian
    positions") makes that entity the country, added to `placed`; one inside a placed mention or a
    place found inside a name is that place's already.

    Not a place: a demonym that ends a person's name ("Monica French") and one used as a noun,
    for a person, a team or a language ("the Irish need 85 points", "an American", "speaks
    Spanish")."""
    taken = [(m.start, m.end) for entity, _, _ in placed for m in entity.mentions]
    taken += [(span.start, span.end) for span, _ in found]
    # a surname: the last word of a person's name of several ("Monica French"), not "the Slovak" the
    # model took for a person
    surnames = {m.end for entity in entities if entity.type == "PERSON" for m in entity.mentions if " " in m.text}
    demonyms = [(span, entry) for span, entry in demonyms if _qualifies(doc, span) and span.end not in surnames]
    alone = {
        (m.start, m.end): entity
        for entity in entities
        if entity.type in PLACE_TYPES and len({m.text.lower() for m in entity.mentions}) == 1
        for m in entity.mentions
    }
    nested = []
    for span, entry in demonyms:
        if any(start < span.end and span.start < end for start, end in taken):
            continue
        entity = alone.get((span.start, span.end))
        if entity is None:
            nested.append((span, entry))
        elif not any(other is entity for other, _, _ in placed):
            placed.append((entity, Resolution(entry, NAMED_INSIDE_CONFIDENCE), "mentioned"))
    return nested


def _qualifies(doc: Doc | None, span: TextSpan) -> bool:
    """Whether a demonym qualifies a noun ("Russian forces", "les forces ukrainiennes") rather than
    standing for a person, a people or a language; true without the parse."""
    if doc is None:
        return True
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return True
    last = words[-1]
    return last.pos_ == "ADJ" or last.dep_ in ("amod", "compound", "nmod")


def _with_inner_places(
    entities: list[Entity],
    placed: list[tuple[Entity, Resolution, str]],
    found: list[tuple[TextSpan, GazetteerEntry]],
) -> tuple[list[Entity], list[tuple[Entity, Resolution, str]]]:
    """The article's entities with the places found inside names as mentions, and the new places.

    A place the article already has (not a street or a building hosted there) gets the nested
    mention; another becomes an entity of its own (`GPE`, or `LOC` for a continent or a region of
    several countries), numbered after the others.
    """
    owners = {resolution.entry.key: entity for entity, resolution, _ in placed if not resolution.holder}
    count = max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0)
    entities = list(entities)
    added: list[tuple[Entity, Resolution, str]] = []
    for span, entry in found:
        owner = owners.get(entry.key)
        if owner is None:
            count += 1
            kind = "LOC" if _feature(entry) in ("CONT", "RGN") else "GPE"
            owner = Entity(f"E{count}", kind, span.text, entry.key, confidence=NAMED_INSIDE_CONFIDENCE)
            entities.append(owner)
            owners[entry.key] = owner
            added.append((owner, Resolution(entry, NAMED_INSIDE_CONFIDENCE), "mentioned"))
        owner.mentions.append(span)
        owner.mentions.sort(key=lambda m: m.start)
    return entities, added


def demonym_countries(text: str, data: LanguageData, gazetteer: Gazetteer) -> list[tuple[TextSpan, GazetteerEntry]]:
    """The adjectival demonyms of a text and the country each names: "a French engineer", "les
    forces ukrainiennes" -> France, Ukraine (and the place of the language's other place
    adjectives: "European" -> Europe).

    Each is a mention of its country's place in the record (`geocode`), as geoparsing gold
    sets count them (Gritta et al.'s taxonomy: "non-literal modifiers"), inside organisation
    names too ("the Syrian Observatory"); the side of an event stays the people's entity
    around it ("Russian forces"). In English a demonym is capitalised and a plural names a
    people ("Americans"): left out; abbreviations are names ("U.S.").
    """
    found = []
    adjectives = data.places.adjectives
    forms = tuple(sorted({*data.demonyms, *adjectives}))
    for match in _demonym_pattern(forms, lower_case=data.demonyms_in_lower_case).finditer(text):
        word = match.group(0).lower()
        if word in data.demonyms:
            place = gazetteer.get(f"country:{data.demonyms[word]}")
        else:
            place = gazetteer.best(adjectives[word], feature=ADJECTIVE_PLACES)  # "European": Europe
        if place is not None:
            found.append((TextSpan(match.group(0), match.start(), match.end()), place))
    return found


#: Entity types whose names may hold a place ("the Athens Police Department", "University of Cincinnati").
NAMED_AFTER_PLACES = frozenset({"ORG", "FAC", "EVENT", "MISC"})
#: A place inside such a name that the article names nowhere else must be at least this big
#: (or a country, a region): "Blue Grass Army Depot" is no town of 300.
NAMED_AFTER_MIN_POPULATION = 50_000
#: How sure a town of the region the text names is when its name is one letter off the text's.
LETTER_OFF_CONFIDENCE = 0.4
#: How sure a place found only inside a name is.
NAMED_INSIDE_CONFIDENCE = 0.6
#: How sure the place of a street or a building is when only its town is known.
HOSTED_CONFIDENCE = 0.4
#: Places too wide to say where a street or a building is.
WIDE_FEATURES = frozenset({"PCLI", "CONT", "RGN"})
#: The word a match starts at, after spaces.
#: A currency sign before or after an amount: "$12", "C$5", "£3", "20 $" (the keys of CURRENCY_COUNTRIES).
_AMOUNT_SIGN = re.compile(r"(?<![\w$])((?:US|CA?|AU?|NZ|HK|S)?\$|[£₴₽₹])\s?\d|\d\s?([$£₴₽₹])(?!\w)")
_WORD = re.compile(r"\s*([\w-]+)")
#: One to three capitalised words and nothing else: "Grovetown", "Cross Lanes".
_PLAIN_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’.&-]*")
_LINK_WORDS = frozenset({"of", "in", "at", "de", "du", "des", "d'", "d’", "l'", "l’"})
#: An elided article glued to the name after it ("de l'Ukraine", "armée d'Ukraine").
_ELIDED = re.compile(r"[dl][’'](?=[A-ZÀ-Ý])")


def places_in_names(
    text: str, data: LanguageData, entities: list[Entity], gazetteer: Gazetteer
) -> list[tuple[TextSpan, GazetteerEntry]]:
    """Places inside the names of organisations and facilities, and the place each is
    (`Geocoder.inside_names` once the article's places are resolved)."""
    geocoder = Geocoder(None, text, data, entities, gazetteer)
    return geocoder.inside_names(geocoder.places())


def _named_after(entry: GazetteerEntry, countries: Counter[str], *, county: bool = False) -> bool:
    """A country, or a region or big city in a country of the article ("Western" is a province
    of Kenya, not of an article about Ohio); a name said to be a `county` may be any place there.
    An article that names no country has no other place to go on: "the Nashville Film Festival",
    "the Athens Police Department" alone place it."""
    if _feature(entry) in ("PCLI", "CONT"):
        return True
    big = _feature(entry) == "ADM1" or entry.population >= NAMED_AFTER_MIN_POPULATION
    if not countries and _feature(entry) == "ADM1" and entry.weight >= ADM1_WEIGHT_CAP:
        return True  # "the Nebraska Department of Roads" in a story that names no other place
    return (big or county) and (entry.country in countries or not countries)


def _runs_in(mention: TextSpan) -> list[TextSpan]:
    """The runs of a mention's name that may name a place (`_inner_names`), longest first."""
    return [TextSpan(mention.text[s:e], mention.start + s, mention.start + e) for s, e in _inner_names(mention.text)]


@lru_cache(maxsize=4096)
def _inner_names(name: str) -> tuple[tuple[int, int], ...]:
    """Runs of one to three capitalised words that start a longer name or follow "of"/"in", longest first."""
    words = []
    for m in re.finditer(r"\S+", name):
        elided = _ELIDED.match(m.group(0))  # "de l'Ukraine": "l'" and "Ukraine"
        cut = m.start() + elided.end() if elided else m.start()
        if elided:
            words.append((m.start(), cut, elided.group(0)))
        words.append((cut, m.end(), name[cut : m.end()]))
    runs: list[tuple[int, int]] = []
    starts = [0] + [i + 1 for i, (_, _, word) in enumerate(words) if word.lower() in _LINK_WORDS]
    for first in starts:
        for size in (3, 2, 1):
            chunk = words[first : first + size]
            if len(chunk) < size or (first == 0 and size >= len(words)):
                continue
            if all(_NAME_WORD.fullmatch(word.strip(",")) for _, _, word in chunk):
                runs.append((chunk[0][0], chunk[-1][1]))
    return tuple(runs)


@lru_cache(maxsize=8)
def _demonym_pattern(forms: tuple[str, ...], *, lower_case: bool) -> re.Pattern[str]:
    """The demonyms among `forms` as a language writes its adjectives: in lower case, every
    inflection ("ukrainiennes"); else capitalised, no plural ("Ukrainian", not "Ukrainians")."""
    known = set(forms)
    if lower_case:
        written = [f for f in forms if "." not in f]
    else:
        adjectives = [f for f in forms if "." not in f and not (f.endswith("s") and f[:-1] in known)]
        written = [" ".join(word.capitalize() for word in f.split()) for f in adjectives]
    alternatives = "|".join(re.escape(f) for f in sorted(written, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")


#: A name in a list: one or two capitalised words ("Warren", "St. Clair").
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?"

#: Words that name a kind of region in any language veilleur knows ("oblast", "région").
_ADMIN_WORDS = re.compile(
    r"\b(?:oblast|obl\.?|region|région|province|raion|raïon|district|krai|kraï|governorate|respublika|republic)\b",
    re.IGNORECASE,
)


def resolve_name(
    gazetteer: Gazetteer,
    place: str,
    admin1: str | None = None,
    country: str | None = None,
    admin2: str | None = None,
) -> tuple[float, float] | None:
    """Coordinates of a place named in a table row, with its region, country and district when given.

    Candidates in the given country and region come first, then towns over regions,
    then, among namesakes, the one nearest the district's seat (`Gazetteer.seat`:
    "Amvrosiivka raion" -> Amvrosiivka), else the most populous. A name the gazetteer
    does not know is tried again by its capitalised parts ("Donetsk International
    airport" -> "Donetsk"); a place the gazetteer lacks gives its district's seat, else
    its region. A region is given by where its people live (`Gazetteer.peopled_centre`),
    as event tables place region-level events and as an unknown village most likely
    lies. None otherwise.

    Cells that are off: a city-region is found in the region around it ("Sevastopol,
    Crimea"); a region the gazetteer knows only by its chief town's name is that
    town's ("Charkow Oblast"); a division without towns of its own filters none
    ("Transnistrie"); a sea matches any country; when neither the place nor the
    region is in the given country, the country is dropped ("Smolensk, Belarus");
    a name one letter off a town of the region is that town (`Gazetteer.one_letter_off`),
    a region's name one letter off a division's is that division.
    """
    code = None
    if country:
        found = gazetteer.country(country)
        code = found.country if found is not None else None
    region = None
    if admin1:
        regions = [e for e in gazetteer.lookup(admin1) if _feature(e) == "ADM1" and (code is None or e.country == code)]
        if not regions:  # a region called by a name of its chief town that only the town has: "Charkow Oblast"
            towns = [e for e in gazetteer.lookup(_ADMIN_WORDS.sub(" ", admin1).strip()) if e.admin1]
            regions = [
                r
                for town in towns[:1]
                for r in gazetteer.lookup(town.admin1 or "", country=town.country, feature="ADM1")
                if (code is None or r.country == code) and gazetteer.biggest(r) == town
            ]
        if not regions and code is not None:  # "Belgrod Oblast"
            regions = gazetteer.division_one_letter_off(admin1, code)
        region = regions[0] if regions else None
    seat = gazetteer.seat(admin2, region) if admin2 and region is not None else None
    part = gazetteer.part(place)  # "Southern Ukraine"
    if part is not None:
        return part
    for name in _name_parts(place):
        candidates = [e for e in gazetteer.lookup(name) if code is None or e.country in (code, "")]  # seas too
        if region is not None and region.admin1_code:  # a division without code has no towns to choose from
            candidates = [
                e
                for e in candidates
                if e.admin1_code == region.admin1_code
                or e.key == region.key
                or (is_city_region(e) and _enclave_in(e, region))  # "Sevastopol, Crimea", "Kyiv, Kyiv Oblast"
            ]
        if candidates:
            best = max(candidates, key=lambda e: (_feature(e).startswith("PPL"), e.population))
            towns = [e for e in candidates if _feature(e).startswith("PPL") and e.lat is not None]
            if seat is not None and towns:
                best = _nearest(towns, seat)
            if best.lat is not None and best.lon is not None:
                return gazetteer.peopled_centre(best) or (best.lat, best.lon)
    if region is not None:  # a typo or an unusual spelling of a town of the region: "Kremenchyk"
        near = next((towns for name in _name_parts(place) if (towns := gazetteer.one_letter_off(name, region))), [])
        if near:
            best = _nearest(near, seat) if seat is not None else near[0]
            return best.lat, best.lon  # type: ignore[return-value]
    if seat is not None and seat.lat is not None and seat.lon is not None:
        return seat.lat, seat.lon
    if region is not None and region.lat is not None and region.lon is not None:
        return gazetteer.peopled_centre(region) or (region.lat, region.lon)
    if code is not None and region is None:  # a wrong country cell: "Smolensk, Belarus"
        return resolve_name(gazetteer, place, admin1, None, admin2)
    return None


def _nearest(towns: list[GazetteerEntry], seat: GazetteerEntry) -> GazetteerEntry:
    """The town nearest a district's seat (towns and seat with coordinates)."""
    return min(towns, key=lambda e: km(e.lat, e.lon, seat.lat, seat.lon))  # type: ignore[arg-type]


def _name_parts(place: str) -> list[str]:
    """The name, then its runs of capitalised words, longest first."""
    parts = [place, _ADMIN_WORDS.sub(" ", place).strip()]
    runs = re.findall(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*)*", place)
    parts += sorted(runs, key=len, reverse=True)
    return [p for i, p in enumerate(parts) if p and p not in parts[:i]]


__all__ = [
    "Geocoder",
    "Resolution",
    "demonym_countries",
    "geocode",
    "km",
    "listed_county",
    "one_entity_per_place",
    "places_in_names",
    "precision",
    "resolve_name",
]
