"""Per-language data. Adding a language is adding a module here and a spaCy model.

Each module defines `DATA`, a `LanguageData`: the stages read it, they hold no
language knowledge of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

ActorKind = Literal["government", "military", "people"]


@dataclass(frozen=True, slots=True)
class NumberWords:
    """How numbers are written in words."""

    #: "deux" -> 2, "vingt" -> 20, "dix-huit" -> 18 (compounds are split on hyphens and "et"/"and").
    units: dict[str, int]
    #: Multipliers: "cent" -> 100, "mille" -> 1000, "million" -> 10**6.
    scales: dict[str, int]
    #: Approximate counts: "une dizaine" -> 10, "des centaines" -> 100, "a dozen" -> 12.
    approximate: dict[str, int]
    #: Words joining compound numbers ("vingt et un", "one hundred and five").
    joiners: frozenset[str]
    #: Vague plural quantifiers that stand for an unknown count ("quelques", "plusieurs", "several").
    vague: frozenset[str]
    #: Decimal separator in figures ("," in French, "." in English).
    decimal: str


@dataclass(frozen=True, slots=True)
class TimeWords:
    """How dates, durations and sets are said. Keys are lowercased."""

    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    #: "hier" -> -1, "aujourd'hui" -> 0, "demain" -> 1 (days from the anchor).
    relative_days: dict[str, int]
    #: Part of day -> TIMEX3 code: "soir" -> "EV", "morning" -> "MO".
    parts_of_day: dict[str, str]
    #: Words that fuse a day and a part of day ("tonight" -> (0, "NI")).
    day_parts: dict[str, tuple[int, str]]
    seasons: dict[str, str]  # "printemps" -> "SP"
    #: Calendar units -> TIMEX3 unit letter: "jour(s)" -> "D", "semaine(s)" -> "W", "heure(s)" -> "H".
    units: dict[str, str]
    #: "dernier/last" -> -1, "prochain/next" -> 1, "ce/this" -> 0 (position before or after the unit).
    deictic_before: dict[str, int]
    deictic_after: dict[str, int]
    #: Words before a number or duration that set TIMEX3 `mod`: "plus de" -> "MORE_THAN".
    mods: dict[str, str]
    #: "début" -> "START", "fin" -> "END", "mi-" -> "MID".
    period_mods: dict[str, str]
    #: "il y a {n} {unit}" / "{n} {unit} ago": regex fragments around NUM UNIT.
    ago_before: tuple[str, ...]
    ago_after: tuple[str, ...]
    #: "dans {n} jours" / "in {n} days": a date in the future.
    later_before: tuple[str, ...]
    #: Adverbs and nouns with a fixed reference: "actuellement" -> "PRESENT_REF".
    references: dict[str, str]
    #: Set words: "chaque" / "every" / "tous les" before a unit or weekday.
    each: tuple[str, ...]
    #: Adjectives and adverbs of frequency: "quotidien" -> "P1D".
    frequencies: dict[str, str]
    #: "le lendemain" -> 1, "la veille" -> -1 (relative to the anchor).
    neighbour_days: dict[str, int]
    #: Whole-period phrases around a unit: "tout au long de l'{unit}", "throughout the {unit}".
    whole_period: tuple[str, ...]
    #: "depuis le début de la journée": phrases that open a period (mod START) before a unit.
    start_of: tuple[str, ...]
    end_of: tuple[str, ...]
    #: Day-month-year or month-day-year in numeric dates.
    numeric_order: str
    #: Optional prepositions/articles before a date that belong to the expression ("le", "on").
    date_lead: tuple[str, ...]
    #: Hours: regex for "14 h 30" / "2:30 p.m.".
    clock: tuple[str, ...]
    #: Words before a bare year that make it a year ("en 2022", "in 2022").
    year_lead: tuple[str, ...]
    #: Ordinal day suffixes: "1er", "2nd".
    day_suffix: str
    #: Future-tense markers when no parse is available ("va", "will").
    future_cues: frozenset[str]
    #: Whether month and weekday names are capitalised (English) or not (French): a name
    #: written the other way mid-sentence is something else ("Mars" the planet, "may" the verb).
    capitalised: bool
    #: Words before "the day" / "la journée" that make it the story's day ("ending the day").
    day_leads: tuple[str, ...]
    #: Adjectives that may stand between a count and its unit ("six straight days").
    interposed: tuple[str, ...]

    def names_day_or_month(self, word: str) -> bool:
        """ "Sunday", "août": a day or a month's name, which is no place."""
        word = word.strip().lower()
        return word in self.weekdays or word in self.months


@dataclass(frozen=True, slots=True)
class QuantityWords:
    """How amounts are said. Keys are lowercased."""

    #: Unit words after a number -> codebook unit ("kilomètres carrés" -> "km2", "dollars" -> "USD").
    units: dict[str, str]
    #: Magnitude words after a figure: "millions" -> 10**6 ("1,5 milliard de dollars").
    magnitudes: dict[str, int]
    #: Words before a number -> qualifier ("plus de" -> "more_than", "dépasse les" -> "more_than").
    qualifiers: dict[str, str]
    #: Range frames around two numbers: regexes with the groups `a` and `b` stand for the numbers.
    ranges: tuple[str, ...]
    #: Nouns counted -> English lemma ("civils" -> "civilian").
    counted: dict[str, str]
    #: Words after the counted noun that say what happened to them ("tués" -> "killed").
    outcomes: dict[str, str]
    #: Words between a number and its noun ("de", "of").
    links: frozenset[str]
    #: Words before a number that make it a label, not an amount ("article 5", "n°").
    labels: frozenset[str]
    #: Number words that are articles when alone ("un accord", "l'une des").
    articles: frozenset[str]
    #: Abbreviated magnitudes written before a currency sign ("20 M€", "3 Md$").
    short_magnitudes: dict[str, int]


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """How attribution is said. Keys are lowercased lemmas or phrases."""

    #: Cue lemma -> stance ("affirmer" -> "assert"); reflexive verbs with their pronoun ("se plaindre").
    cues: dict[str, str]
    #: Adjectives (and participles) of belief or feeling that govern a clause -> stance ("sure that",
    #: "convaincu que"); the speaker is the subject of their copula.
    cue_adjectives: dict[str, str]
    #: Verbs that make an impersonal adjective their subject's view ("made it clear that…": the
    #: subject of "make" says it); French says "a fait savoir que", a cue of its own.
    causatives: frozenset[str]
    #: Verbs of feeling whose object feels it about their subject -> stance ("That worries
    #: environmentalists", "Cela inquiète les écologistes"): the object holds the view, of the subject.
    experiencer_verbs: dict[str, str]
    #: Adjectives of will that govern an infinitive ("willing to", "prêt à") -> stance; not those of
    #: likelihood ("sure to win" says nothing of the subject's view).
    intent_adjectives: dict[str, str]
    #: Adjectives of evidence or likelihood that say a clause with an impersonal subject ("it is clear
    #: that…", "il est évident que…") -> stance: a view no one is named for.
    impersonal_adjectives: dict[str, str]
    #: Nouns of someone who holds a view, with its topic after a copula ("is a staunch opponent of the
    #: tax", "est un fervent partisan du projet") -> stance; the speaker is the copula's subject.
    holder_nouns: dict[str, str]
    #: Nouns of saying that can govern content ("communiqué", "statement") -> stance.
    cue_nouns: dict[str, str]
    #: Adverbs that say their clause is hearsay, told by no one named ("The group reportedly spent…",
    #: "le groupe a prétendument dépensé…") -> stance; French says it more often with the conditional.
    hearsay_adverbs: dict[str, str]
    #: Nouns of intent or of saying that take an infinitive ("his plan to", "son projet de") -> stance;
    #: only someone's ("a plan to build bunkers" is no one's intent).
    intent_nouns: dict[str, str]
    #: Nouns of saying whose topic is what was said ("questions about", "questions sur") -> stance,
    #: and the prepositions that give that topic after a noun ("about", "sur"; not "de": "les propos
    #: de X" are X's).
    topic_nouns: dict[str, str]
    noun_topic_prepositions: frozenset[str]
    #: Prepositions that give what a noun of judgment (criticism, forecast) is about, not to whom a noun
    #: of saying is addressed ("criticism for failing to act", "the outlook for the United States", "les
    #: prévisions pour la France"; but "a question for the president").
    judgment_prepositions: frozenset[str]
    #: Verbs whose subject receives what a noun of saying as their object says, not says it ("faced
    #: criticism for…", "drew questions about…", "a essuyé des critiques").
    receiving_verbs: frozenset[str]
    #: Prepositions that put a clause in a document or a view ("In this poll, X…", "dans ce sondage"),
    #: and the nouns of those documents and views ("poll", "opinion": "safe, in her opinion").
    document_prepositions: frozenset[str]
    document_nouns: frozenset[str]
    #: Prepositions that attribute the rest of the clause ("selon", "according to").
    according_to: tuple[str, ...]
    #: Regex (lowercase text) -> channel label ("sur telegram" -> "Telegram").
    channels: dict[str, str]
    #: Subject pronouns -> (gender "m"/"f"/"n"/"", number "sg"/"pl").
    pronouns: dict[str, tuple[str, str]]
    #: Title head words that are feminine / masculine (for "elle" / "il").
    feminine: frozenset[str]
    masculine: frozenset[str]
    #: Words before a quote that make it a name, a title or a slogan, not a claim.
    quote_names: frozenset[str]
    #: Subordinators that open reported content ("que", "that", "si", "whether").
    complementisers: frozenset[str]
    #: Endings to swap when the lemmatizer returns a verb form unchanged ("indique" -> "indiquer").
    lemma_repairs: tuple[tuple[str, str], ...]
    #: Endings the lemmatizer may cut off a verb's lemma ("hoped", "hoping" -> "hop" for "hope").
    dropped_endings: tuple[str, ...]
    #: Reflexive pronouns that make a cue reflexive ("se plaindre", "s'engager").
    reflexives: frozenset[str]
    #: Cues whose object is who was told, not what ("told reporters", "a averti la population").
    addressee_cues: frozenset[str]
    #: Cues whose direct object is what was said ("denied the report", "a démenti l'information").
    noun_content: frozenset[str]
    #: Cues that report speech only with a quote or a clause ("continued: « … »", "shared that…"),
    #: not with an object or an infinitive ("continued to fight", "shared the stage").
    quote_cues: frozenset[str]
    #: Prepositions after a noun content that say what it was called ("criticized X as Y", "qualifié X de Y").
    predicating: frozenset[str]
    #: Predicating prepositions that make the object of a cue of thought what it holds ("sees the plan
    #: as a danger", "voit ce plan comme un danger"), unlike "raises rates for savers"; the same word
    #: opens a cue before what it reports ("As X put it, …", "Comme l'a dit X, …").
    likening: frozenset[str]
    #: Prepositions of the circumstances of saying, which never go on a noun content hung on the cue
    #: ("mentioned Smith [since the debate]", "attacked him [during the hearing]", "a cité X [pendant le débat]").
    circumstance_prepositions: frozenset[str]
    #: Cues of both word and force ("attack", "attaquer") that report speech only when who does it or
    #: whom it is done to is a person ("Smith attacked the plan", not "the troops attacked the town").
    personal_cues: frozenset[str]
    #: Adverbs, or an object, that stand for what was said ("said as much", "doesn't think so", "l'a dit
    #: ainsi", "said the same of Trump").
    pro_forms: frozenset[str]
    #: Prepositions whose object is what was said ("complained about X", "a parlé de X").
    topic_prepositions: frozenset[str]
    #: Whether a cue set off by commas after its clause must invert its subject to be an incise
    #: ("…, a-t-il ajouté", "…, a déclaré le ministre"); English also has "…, the minister said".
    incise_inverted: bool
    #: Verbs that attribute speech only as an incise inside a quote or a turn of dialogue
    #: ("— Ma cas…, fit le nouveau", "« Levez-vous, reprit le professeur »").
    incise_verbs: frozenset[str]
    #: Tenses (spaCy `Tense` values) of narration, not speech: a sentence in one, with a third-person
    #: finite verb, ends a turn of dialogue ("Elle fit la moue.": the French passé simple).
    narrative_tenses: frozenset[str]
    #: More narrative tenses for turns run into the text without paragraph breaks, where nothing
    #: else ends them (the French imparfait: "Elle sortait peu à peu de son évanouissement.").
    inline_narrative_tenses: frozenset[str]
    #: Third-person forms of the narrative tense the tagger may take for another (irregular ones:
    #: "fut", "prirent"), and (lemma ending, form endings) for the regular ones ("er" -> "a", "èrent":
    #: "baisa", "turent" is "taire"'s in the list).
    narrative_forms: frozenset[str]
    narrative_endings: tuple[tuple[str, tuple[str, ...]], ...]
    #: Verbs whose subject is part of what is said, not its speaker ("the plan seems risky",
    #: "il semble que…"): the view is the writer's, or that of whom it seems to.
    raising: frozenset[str]
    #: Words that open an indirect question the parser may read as an adverbial clause ("has not said
    #: when they would vote", "n'a pas dit quand ils voteraient").
    question_words: frozenset[str]
    #: Endings that make a conditional of an infinitive ("publier" -> "publierait", "prendre" ->
    #: "prendrait"), where the tagger reads it as an imperfect; none where a modal marks it ("would").
    conditional_endings: tuple[str, ...]
    #: Copulas of a cleft ("What she said was that…", "Ce qu'elle a dit est que…"): the free relative of
    #: a cue as their subject says what follows them.
    copulas: frozenset[str]
    #: Verbs whose passive with an infinitive and no agent is a view no one is named for ("the vote is
    #: expected to pass", "il est soupçonné d'avoir menti"), unlike "was supposed to", "was asked to".
    view_passives: frozenset[str]
    #: Prepositions that name whom something seems to ("seems risky to me").
    experiencer_prepositions: frozenset[str]
    #: Prepositions that bring in whose words a noun of saying is ("comments from the mayor",
    #: "a statement by the army").
    source_prepositions: frozenset[str]
    #: Dashes that open a turn of dialogue ("— Non, dit-il."); empty where dialogue is not written so.
    dialogue_dashes: str
    #: First- and second-person words the tagger may leave without a person: possessives ("votre
    #: deuil", "your plan"). A sentence with one is speech, not narration.
    personal_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """How places are named and located. Regex fragments are matched case-insensitively."""

    #: Before a name, asking for a region: "la région (russe) de", "the province of".
    admin_before: tuple[str, ...]
    #: After a name, asking for a region: "Oblast", "region".
    admin_after: tuple[str, ...]
    #: Before a name, asking for a town: "la ville de", "the city of".
    city_before: tuple[str, ...]
    #: Words dropped from a region's name before lookup ("oblast", "région", "de").
    admin_words: frozenset[str]
    #: Prepositions that make a place the scene of the verb they hang from ("à", "in").
    locatives: frozenset[str]
    #: Abbreviated place names as written, with their full name ("Conn." -> "Connecticut").
    abbreviations: dict[str, str] = field(default_factory=dict)
    #: Words that start a place's name, which the model may leave out of it ("ST. PAUL --" tagged "PAUL"),
    #: lower case.
    name_prefixes: frozenset[str] = frozenset()
    #: Short names of big towns as papers write them, with the town's name ("L.A." -> "Los Angeles").
    town_abbreviations: dict[str, str] = field(default_factory=dict)
    #: Adjectives of places that are no country, with the place's name ("european" -> "Europe").
    adjectives: dict[str, str] = field(default_factory=dict)
    #: Words after a town's name that make it the name of a division seated in the town
    #: ("Khotin territorial community, Sumy" names Khotin, in Sumy Oblast).
    seat_after: frozenset[str] = frozenset()
    #: Words of direction before a place's name that name part of it ("Northeast Nebraska", "central
    #: Texas"); dropped only when the whole is no name of its own ("North Carolina" stays). Each with
    #: its (north, east) steps, (0, 0) for a part of no side ("central", "greater"): "Southern
    #: Ukraine" is where the people of its southern towns live (`Gazetteer.part`).
    part_words: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Words after a place's name that name an area around or beside it ("Oakport Township", "Boston
    #: Harbor", "the Santa Clara Valley"): when the whole is no name the gazetteer knows, it is read
    #: as the place it is named after.
    area_after: frozenset[str] = frozenset()
    #: Words of the names of streets and buildings, which the gazetteer lacks: such a place lies
    #: in the town that holds it ("Royal Street", "the Barclays Center", "la rue de Rivoli").
    facility_words: frozenset[str] = frozenset()
    #: Words of facilities named after the town that holds them, unlike streets, parks and
    #: schools, named after anything ("Washington Street", "Lincoln Elementary"): "Vancouver
    #: International Airport", "la centrale nucléaire de Zaporijjia" lie where their name says.
    town_facility_words: frozenset[str] = frozenset()
    #: Words of streets and corridors before "de" and the name they bear, which is no place of theirs
    #: ("la rue de Rivoli", "le corridor de Philadelphie", not in Philadelphia); empty where names
    #: come first ("Royal Street").
    street_before: frozenset[str] = frozenset()
    #: Names of unions of states, with the region they cover ("EU" -> "Europe").
    unions: dict[str, str] = field(default_factory=dict)
    #: Nouns for a place's people, officials and services, which make the name they go with a
    #: place: "a Gainesville man", "Berea police", "the mayor of Greer", "les habitants de Soudja".
    local_nouns: frozenset[str] = frozenset()
    #: Prepositions that tie such a noun, or a person, to their place ("of", "de").
    of_words: frozenset[str] = frozenset()
    #: Words that join the names of a list ("Gainesville and Duluth", "Koursk, Belgorod et Briansk").
    list_links: frozenset[str] = frozenset()
    #: Party initials before a legislator's home town, after a dash ("Rep. Jane Roe, D-Chicopee").
    party_letters: frozenset[str] = frozenset()
    #: Before a name, locating something relative to it ("à 10 km de", "au sud de", "south of",
    #: "near"): the name is a place, however small.
    near_before: tuple[str, ...] = ()
    #: Words that make a name a county's, below the first-level region ("Henry County", "Rapides
    #: Parish", "le comté de Henry"), with the word the gazetteer's names end with ("comté" ->
    #: "County": "comté de Henry" is looked up as "Henry County"). A town of a county the article
    #: names is the sense of the town's name.
    county_words: dict[str, str] = field(default_factory=dict)
    #: The plural of a county word after a list of names makes each of them a county's:
    #: "Jackson and Barrow counties" -> "Barrow County" ("counties" -> "County").
    county_plurals: dict[str, str] = field(default_factory=dict)
    #: Nouns of a state's own offices and forces: a name they belong to is the country, whatever
    #: towns the article names ("Lebanon's prime minister", "le président du Liban").
    national_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EventWords:
    """How events are told. Keys are lowercased lemmas."""

    #: Verb lemma -> "PLOVER type/mode" ("bombarder" -> "ASSAULT/shelling"); mode may be empty.
    verbs: dict[str, str]
    #: Noun lemma -> "PLOVER type/mode" ("frappe" -> "ASSAULT/air-strike").
    nouns: dict[str, str]
    #: Weapon or means lemmas that refine an ASSAULT's mode ("drone" -> "drone-strike").
    means: dict[str, str]
    #: Words that negate the clause ("pas", "not", "never").
    negations: frozenset[str]
    #: Modal or future auxiliaries -> modality ("pourrait" -> "possible", "will" -> "planned").
    modals: dict[str, str]
    #: Nouns of expectation whose "of"/"de" phrase is an event not (yet) happened, by lemma -> modality
    #: ("hopes of a breakthrough", "la menace d'une offensive": possible; "plans for an offensive": planned).
    expectations: dict[str, str]
    #: The prepositions between a noun of expectation and its event ("of", "for"; "de", "d'").
    expectation_links: frozenset[str]
    #: Verbs of aiming that are attacks only when what aims is a weapon, a force or an attack
    #: ("drones hit Kharkiv"; not "the crisis hit the economy", "un paquet visant la flotte").
    aiming_verbs: frozenset[str]
    #: Nouns of those who attack, besides forces, weapons and counted people ("the invaders hit…").
    attackers: frozenset[str]
    #: Cues whose subject did the event they name ("Hamas claimed the attack", "a lancé une offensive"),
    #: where other cues' subjects only tell of it ("Kyiv reported fighting").
    owning_cues: frozenset[str]
    #: Prepositions that introduce the target ("contre", "against").
    against: frozenset[str]
    #: Prepositions that introduce the agent of a passive ("par", "by").
    agents: frozenset[str]
    #: Nouns that stand for the place they name ("la ville d'Odessa", "the city of Odesa").
    place_nouns: frozenset[str]
    #: Every beginning of a `verbs` or `nouns` key, and of a reflexive key without its "se "
    #: or "s'": a lemma that begins no key cannot make one, whatever its children.
    key_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    #: The last words of the keys of several words, whose head comes last ("drone strike",
    #: "strike action"): a lemma that ends a key may make one with the words before it.
    key_ends: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = [*self.verbs, *self.nouns]
        keys += [key.removeprefix("se ") for key in keys] + [key.removeprefix("s'") for key in keys]
        starts = frozenset(key[:end] for key in keys for end in range(len(key) + 1))
        ends = frozenset(key.split()[-1] for key in keys if " " in key)
        object.__setattr__(self, "key_starts", starts)  # the dataclass is frozen
        object.__setattr__(self, "key_ends", ends)


@dataclass(frozen=True, slots=True)
class LanguageData:
    code: str
    #: The spaCy pipeline (an installed package name) for this language.
    model: str
    #: spaCy entity label -> codebook type; labels not here are not entities.
    labels: dict[str, str]
    #: reason -> regexes matching a whole boilerplate line (case-insensitive).
    boilerplate: dict[str, tuple[str, ...]]
    #: Head words of titles and roles ("ministre", "president"), lowercased lemmas.
    titles: frozenset[str]
    #: Determiners and articles stripped from the edges of a title.
    determiners: frozenset[str]
    #: Demonym (lowercased, any inflection) -> ISO 3166-1 alpha-2.
    demonyms: dict[str, str]
    #: Whether adjectival demonyms are written in lower case, plurals included ("les forces
    #: ukrainiennes"); else they are capitalised and a plural names a people ("Americans").
    demonyms_in_lower_case: bool
    #: Collective nouns that make a demonym phrase an actor, with the actor's kind.
    actor_nouns: dict[str, ActorKind]
    #: Seats of power used for their government or army ("le Kremlin", "the Pentagon").
    seats_of_power: dict[str, tuple[ActorKind, str]]
    #: Words that make the name after them the source of a statement ("selon Kiev").
    attribution_phrases: tuple[str, ...]
    numbers: NumberWords
    time: TimeWords
    quantities: QuantityWords
    claims: ClaimWords
    places: PlaceWords
    events: EventWords


def cue_table(table: str) -> dict[str, str]:
    """'stance: lemma, lemma, …' blocks (continued on indented lines) -> {lemma: stance}."""
    cues: dict[str, str] = {}
    stance = ""
    for line in table.strip().splitlines():
        head, colon, rest = line.partition(":")
        if colon and "," not in head:
            stance, line = head.strip(), rest
        for word in line.split(","):
            if word.strip():
                cues.setdefault(word.strip(), stance)
    return cues


def _load() -> MappingProxyType[str, LanguageData]:
    from veilleur.lang import en, fr

    return MappingProxyType({data.code: data for data in (fr.DATA, en.DATA)})


#: The languages veilleur analyses, by ISO 639-1 code.
LANGUAGES = _load()

__all__ = [
    "LANGUAGES",
    "ActorKind",
    "ClaimWords",
    "EventWords",
    "LanguageData",
    "NumberWords",
    "PlaceWords",
    "QuantityWords",
    "TimeWords",
    "cue_table",
]
