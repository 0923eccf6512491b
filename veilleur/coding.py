"""Event coding: what happened, with PLOVER types, ACLED types, actors, place, date and figures.

One algorithm for every language, reading its words from `EventWords`:

1. Triggers: verbs and nouns whose lemma the language data codes ("bombarder",
   "frappe", "shell", "clash"); a weapon in the trigger's phrase refines an
   assault's mode ("frappes de drones" -> drone-strike).
2. Roles from the syntax: the subject (or the agent of a passive) is the actor,
   the object (or the subject of a passive, or "contre X") the target;
   demonyms on a noun trigger ("les frappes russes") name the actor.
   Sides are ACLED-style: "Military Forces of Ukraine", "Government of Russia",
   "Civilians (Ukraine)".
3. Place, date and figures: the place and time expressions inside the trigger's
   phrase, else in its sentence, else the article's main event place and the
   publication date (precision "unknown"); deaths from quantities counting killed.
4. Modality: negation, modal and future auxiliaries, and the claim an event is
   told in (a promise, an appeal) make it negated, possible, planned, promised
   or demanded; an event inside a claim's content is `reported_by` that claim.
5. One event per happening: the same type and mode told twice in a sentence,
   or with the same actor, place and date, is one event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from spacy.attrs import POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from veilleur.gazetteer import Gazetteer
from veilleur.lang import LanguageData
from veilleur.mentions import MentionIndex
from veilleur.plover import acled
from veilleur.record import (
    PLACE_TYPES,
    Article,
    Claim,
    Entity,
    Event,
    EventActor,
    EventDate,
    Place,
    Quantity,
    Span,
    TextSpan,
    Time,
)
from veilleur.timex import parse_dct
from veilleur.tokens import sentence_of, tokens_of

ACTOR_DEPS = frozenset({"nsubj", "csubj"})
TARGET_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
AGENT_DEPS = frozenset({"obl:agent", "agent"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "nsubj:pass", "nsubjpass", "expl"})
VIOLENT = frozenset({"ASSAULT", "COERCE"})
#: The stances of cues whose subject judges the event it names, and so is not its actor.
JUDGING_STANCES = frozenset({"accuse", "deny"})
#: Events that happen at a scene: without a place of their own, they are at the article's main scene.
SCENES = VIOLENT | {"PROTEST"}
#: What `quantities.counted` calls those who fight.
COMBATANTS = frozenset({"soldier", "fighter"})
#: An event's place is the most precise of its phrase: a village before its region, a region before its country.
PRECISION_RANK = {"locality": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}


@cache
def country_name(code: str) -> str:
    """The everyday English name of a country ("Russia", not "Russian Federation"), from the gazetteer."""
    entry = Gazetteer.default().get(f"country:{code}")
    return entry.name if entry is not None else code


#: The parts of speech of a trigger (`Coder._code`), as spaCy's symbols.
_TRIGGER_POS = frozenset({VERB, AUX, NOUN})


@dataclass(slots=True)
class _Draft:
    trigger: Token
    start: int
    end: int
    kind: str
    mode: str
    actors: list[EventActor] = field(default_factory=list)
    place: Place | None = None
    time: Time | None = None
    quantities: list[str] = field(default_factory=list)
    fatalities: int | None = None
    modality: str = "actual"
    reported_by: str | None = None


class Coder:
    def __init__(self, doc: Doc, data: LanguageData, article: Article) -> None:
        self.doc = doc
        self.data = data
        self.words = data.events
        self.article = article
        self._places = {place.entity: place for place in article.places}
        # A demonym is a mention of its country's place ("Russian forces"), never the scene of an event.
        self._demonyms = {
            (m.start, m.end, e.id)
            for e in article.entities
            if e.type in PLACE_TYPES and e.id in self._places
            for m in e.mentions
            if m.text.lower() in data.demonyms or m.text.lower() in data.places.adjectives
        }
        self._mentions = MentionIndex(article.entities)
        #: The dated times and each claim's parts (or its content), read for every trigger.
        self._dated = [t for t in article.times if t.type in ("DATE", "TIME") and t.value]
        self._claim_spans = [
            (claim, [(part.start, part.end) for part in claim.parts] or [(claim.content.start, claim.content.end)])
            for claim in article.claims
        ]
        #: `_code` of every token, by index: the drafts and the sentences after them read it.
        tokens = tokens_of(doc)
        self._codes: list[tuple[str, str] | None] = [None] * len(tokens)
        for i, pos in enumerate(doc.to_array(POS).tolist() if len(tokens) else ()):
            if pos in _TRIGGER_POS:  # `_code` is None for the others; their `pos_` is not read
                self._codes[i] = self._code(tokens[i])

    # -- 1. triggers -------------------------------------------------------------------------

    def _code(self, token: Token) -> tuple[str, str] | None:
        table = self._table(token)
        if table is None:
            return None
        lemma = _lemma(token, table)
        if lemma not in self.words.key_starts and lemma not in self.words.key_ends:
            return None
        if self._inside_longer_name(token, lemma):
            return None  # "strike action", "cessation of hostilities": the head codes the whole
        keys = [lemma]
        reflexive = any(c.lower_ in ("se", "s'", "s’") for c in token.children)
        if reflexive:
            keys.insert(0, f"se {lemma}")
            keys.insert(0, f"s'{lemma}")
        for child in token.children:
            before, after = _names_with(lemma, token, child)
            for key in before:
                keys.insert(0, key)
            keys += after
        for key in keys:
            if key in table:
                kind, _, mode = table[key].partition("/")
                return kind, mode
        return None

    def _aimed(self, token: Token) -> bool:
        """Whether a verb of aiming is an attack: what aims (its subject, or the noun its participle
        describes) is a weapon, a force, an attack, a name or unsaid; not a thing ("the storm")."""
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in self.words.aiming_verbs:
            return True
        agent = _teller(token)
        if agent is None or agent.pos_ != "NOUN":
            return True  # "Kharkiv was hit", "they hit", "Russia hit"
        words = (agent.lower_, agent.lemma_.lower())
        counted, phrase = self.data.quantities.counted, (agent.left_edge.idx, agent.right_edge.idx + 1)
        code = self._codes[agent.i]
        return (
            any(w in self.words.means or w in self.words.attackers or w in counted for w in words)
            or any(self.data.actor_nouns.get(w) == "military" for w in words)
            or bool(self._mentions.between(*phrase))  # "Aviation of the Armed Forces of Ukraine"
            or (code is not None and code[0] in VIOLENT)
        )

    def _inside_longer_name(self, token: Token, lemma: str) -> bool:
        """Whether a word is part of a trigger name its head begins or ends ("strike action",
        "cessation of hostilities", "cessation des hostilités")."""
        owner, child = token.head, token
        if token.dep_ == "pobj" and owner.dep_ == "prep":
            owner, child = owner.head, owner  # "cessation [of] hostilities"
        table = self._table(owner)
        if owner.i in (token.i, child.i) or table is None:
            return False
        before, after = _names_with(_lemma(owner, table), owner, child)
        return any(key in table for key in (*before, *after))

    def _table(self, token: Token) -> dict[str, str] | None:
        """The trigger table for a word's part of speech: verbs, nouns, or none."""
        pos = token.pos_
        return self.words.verbs if pos in ("VERB", "AUX") else self.words.nouns if pos == "NOUN" else None

    def _capture(self, token: Token) -> tuple[str, str]:
        """ "took Avdiivka" is territory; "captured twenty soldiers" are prisoners; "took effect" is nothing."""
        objects = [c for c in token.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass", "oprd", "attr")]
        if not objects or token.dep_ in ("amod",) or token.pos_ == "ADJ":
            return ("ASSAULT", "capture-territory") if token.pos_ == "NOUN" else ("", "")
        head = objects[0]
        entity = self._role_entity(head)
        if entity is not None and entity.type in PLACE_TYPES:
            return "ASSAULT", "capture-territory"
        lemma = head.lemma_.lower()
        if lemma in self.words.place_nouns or lemma in ("contrôle", "control", "position", "positions"):
            return "ASSAULT", "capture-territory"
        if lemma in self.words.means or head.lower_ in self.words.means:
            return "COERCE", "seizure"  # "seized three explosive devices": weapons taken before use
        counted = self.data.quantities.counted
        if head.lower_ in counted or lemma in counted or (entity is not None and entity.type in ("PERSON", "NORP")):
            return "COERCE", "capture"
        return "", ""

    def _refine(self, token: Token, kind: str, mode: str) -> str:
        """A weapon in the trigger's phrase names the kind of assault; small arms make it a clash.

        A killing names its weapon anywhere in the sentence ("was killed when a mine went off").
        """
        if kind != "ASSAULT" or mode not in ("", "air-strike", "shelling", "armed-clash", "killing"):
            return mode
        words = sentence_of(token) if mode == "killing" else token.subtree
        found = []
        for word in words:
            means = self.words.means.get(word.lower_) or self.words.means.get(word.lemma_.lower())
            if means:
                found.append(means)
        if not found:
            if mode == "killing" and self._combatants_killed(token):
                return "armed-clash"  # "seven militiamen were killed": a clash, not violence against civilians
            return mode
        if mode == "killing":
            return next((m for m in found if m == "IED"), found[0])
        if mode == "shelling":  # "shelled … with mortars and grenade launchers" stays shelling
            return next((m for m in found if m in ("drone-strike", "air-strike", "missile-strike")), mode)
        return "armed-clash" if "armed-clash" in found else found[0]

    def _combatants_killed(self, token: Token) -> bool:
        """Whether those a killing verb killed are soldiers or fighters ("killed two soldiers",
        "militiamen were killed", "Soldier killed in shelling")."""
        killed = [c for c in token.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        if token.dep_ == "acl":
            killed.append(token.head)
        if not killed and token.tag_ == "VBN":
            killed = [c for c in token.children if c.dep_ == "nsubj"]  # a headline: "Soldier killed in …"
        counted = self.data.quantities.counted
        return any(counted.get(t.lower_) in COMBATANTS or counted.get(t.lemma_.lower()) in COMBATANTS for t in killed)

    # -- 2. roles ----------------------------------------------------------------------------

    def _entity_at(self, token: Token) -> Entity | None:
        return self._mentions.at(token.idx)

    def _role_entity(self, token: Token) -> Entity | None:
        """The entity a role token names, looking into its phrase ("les forces ukrainiennes")."""
        entity = self._entity_at(token)
        if entity is not None:
            return entity
        for child in token.children:
            if child.dep_ in ("amod", "nmod", "compound", "flat", "flat:name", "appos", "poss"):
                found = self._entity_at(child)
                after = child.dep_ == "nmod" and child.i > token.i
                # "un journaliste à Minsk" is a journalist ("la ville d'Odessa" is Odessa); "the Kharkiv
                # strikes" were at Kharkiv (a country's are its own: "Ukraine strikes", "U.S. warplanes")
                where = _placed(found) and after and token.lemma_.lower() not in self.words.place_nouns
                if where or (not after and self._codes[token.i] is not None and _scene(found)):
                    continue
                if found is not None:
                    return found
        for conjunct in token.children:  # "drones et missiles russes": one adjective after both nouns
            if conjunct.dep_ == "conj" and not any(c.dep_ == "det" for c in conjunct.children):
                adjectives = (self._entity_at(c) for c in conjunct.children if c.dep_ == "amod")
                found = next((f for f in adjectives if f is not None), None)
                if found is not None:
                    return found
        return None

    def side(self, entity: Entity | None, kind: str, token: Token | None = None, role: str = "actor") -> str | None:
        """An ACLED-style actor name."""
        violent = kind in VIOLENT
        if entity is None:
            if token is not None and token.lemma_.lower() in ("civil", "civilian", "habitant", "resident"):
                country = self._main_country()
                return f"Civilians ({country_name(country)})" if country else "Civilians"
            return None
        if entity.type == "NORP" or entity.key.startswith("norp:"):
            parts = entity.key.split(":")
            country = country_name(parts[1]) if len(parts) > 1 else entity.name
            actor_kind = parts[2] if len(parts) > 2 else ("military" if violent else "government")
            return {
                "military": f"Military Forces of {country}",
                "government": f"Government of {country}",
                "people": f"Civilians ({country})",
            }.get(actor_kind, f"Military Forces of {country}")
        if entity.key.startswith("country:"):
            country = country_name(entity.key.split(":", 1)[1])
            if role == "target":
                return country  # "la Russie a bombardé l'Ukraine": the country itself
            return f"Military Forces of {country}" if violent else f"Government of {country}"
        if entity.type == "PERSON" and entity.title:
            country = next(
                (self.data.demonyms[w] for w in entity.title.lower().split() if w in self.data.demonyms), None
            )
            if country is not None:  # "le président russe Vladimir Poutine"
                return f"Government of {country_name(country)}"
        # a capital or seat of power read as its state ("Kiev affirme"), or a state's body named with its
        # demonym ("le ministère russe de la Défense", "the Ukrainian Navy")
        stands = entity.stands_for
        state = (stands.kind, stands.country) if stands is not None else self._state_body(entity)
        if state is not None:
            body, code = state
            name = country_name(code)
            return f"Military Forces of {name}" if body == "military" or violent else f"Government of {name}"
        return entity.name

    def _state_body(self, entity: Entity) -> tuple[str, str] | None:
        """("military" or "government", country) for an organisation named by a state's body and its
        demonym ("le ministère russe de la Défense", "the Ukrainian Navy"); None for anything else."""
        if entity.type == "PERSON":
            return None
        words = entity.name.lower().split()
        country = next((self.data.demonyms[w] for w in words if w in self.data.demonyms), None)
        kind = next((self.data.actor_nouns[w] for w in words if w in self.data.actor_nouns), None)
        if country is None or kind not in ("military", "government"):
            return None
        return kind, country

    def _country_side(self, country: str, kind: str) -> str:
        name = country_name(country)
        return f"Military Forces of {name}" if kind in VIOLENT else f"Government of {name}"

    def _main_country(self) -> str | None:
        counts: dict[str, int] = {}
        for entity in self.article.entities:
            if entity.key.startswith("country:"):
                code = entity.key.split(":", 1)[1]
                counts[code] = counts.get(code, 0) + len(entity.mentions)
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _roles(self, token: Token, kind: str) -> list[EventActor]:
        actors: list[EventActor] = []
        verb = token
        if token.pos_ == "NOUN":
            actors += self._noun_roles(token, kind)
            verb = (
                token.head if token.head.pos_ in ("VERB", "AUX") and token.dep_ in ("nsubj", "obj", "dobj") else token
            )
            # "London condemned the attack", "Kyiv reported fighting": who judges or tells of an event did
            # not make it; "Hamas claimed the attack", "Russia launched an offensive" did
            cue = verb.lemma_.lower()
            told = _is_cue(self._claim_of(token), verb) and cue not in self.words.owning_cues
            said = told or self.data.claims.cues.get(cue) in JUDGING_STANCES
            acted = any(a.role == "actor" for a in actors)
            if verb is not token and token.dep_ in ("obj", "dobj") and not said and not acted:
                subject = next((c for c in verb.children if c.dep_ in ACTOR_DEPS), None)  # "ont lancé une offensive"
                entity = self._role_entity(subject) if subject is not None else None
                if entity is not None:
                    actors.append(EventActor(entity.id, "actor", self.side(entity, kind, subject)))
        if token.dep_ == "acl" and token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", []):
            target = token.head  # "les prisonniers russes capturés": the noun is what the participle did to
            entity = self._role_entity(target)
            own = {t.i for t in token.subtree}
            words = [t for t in target.subtree if t.i not in own]
            country = next((self.data.demonyms[t.lower_] for t in words if t.lower_ in self.data.demonyms), None)
            side = self.side(entity, kind, target) if entity else self._country_side(country, kind) if country else None
            if side:
                actors.append(EventActor(entity.id if entity else None, "target", side))
        reflexive = any(c.lower_ in ("se", "s'", "s’") for c in verb.children)
        for child in verb.children:
            role = None
            if (
                (child.dep_ in ACTOR_DEPS and verb is token)
                or child.dep_ in AGENT_DEPS
                or (child.dep_ in ("obl", "prep") and self._has_case(child, self.words.agents))
                or (reflexive and child.dep_ in ("nsubj:pass", "nsubjpass") and verb is token)  # "se sont retirées"
            ):
                role = "actor"
            elif (child.dep_ in TARGET_DEPS and verb is token) or self._has_case(child, self.words.against):
                role = "target"
            if role is None:
                continue
            head = _past_label(child) if child.dep_ in ACTOR_DEPS else child
            if head is None:
                continue
            if child.dep_ in ("prep", "agent"):  # "shelled by Russian forces": the object of "by"
                objects = [c for c in child.children if c.dep_ == "pobj"]
                head = objects[0] if objects else child
            entity = self._role_entity(head)
            side = self.side(entity, kind, head, role)
            if entity is None and side is None:
                continue
            if side and side.startswith("Civilians") and kind in VIOLENT:
                role = "victim"
            actors.append(EventActor(entity.id if entity else None, role, side))
        if kind == "PROTEST" and not any(a.role == "actor" for a in actors):
            country = self._main_country()
            actors.insert(
                0, EventActor(None, "actor", f"Protesters ({country_name(country)})" if country else "Protesters")
            )
        # "attacked the port and shelled the town" share a subject; "was carrying fuel when it was hit" does not
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        hung = verb.dep_ in ("xcomp", "conj", "acl", "advcl") and not own_subject
        if hung and not any(a.role == "actor" for a in actors):
            controller = ("obj", "dobj", "iobj") if verb.dep_ == "xcomp" else ()
            subject = next((c for c in verb.head.children if c.dep_ in controller), None)  # "urged allies to deliver"
            subject = subject or next((c for c in verb.head.children if c.dep_ in ACTOR_DEPS), None)
            if subject is not None:
                entity = self._role_entity(subject)
                if entity is not None:
                    actors.insert(0, EventActor(entity.id, "actor", self.side(entity, kind, subject)))
        # "the threat of strikes on Kyiv": the noun's "on" phrase is read as its own and as its verb's
        return [actor for i, actor in enumerate(actors) if actor not in actors[:i]]

    def _noun_roles(self, token: Token, kind: str) -> list[EventActor]:
        """ "les frappes russes" (actor), "l'invasion de l'Ukraine" (target), "attacks by Russia" (actor)."""
        roles = []
        for child in token.children:
            if child.dep_ not in ("amod", "nmod", "poss", "compound", "prep", "obl"):
                continue
            head = child
            if child.dep_ == "prep":
                head = next((c for c in child.children if c.dep_ == "pobj"), child)
            entity = self._role_entity(head)
            country = self.data.demonyms.get(head.lower_) or next(
                (
                    self.data.demonyms[g.lower_]
                    for g in head.children
                    if g.dep_ == "amod" and g.lower_ in self.data.demonyms
                ),
                None,
            )  # "les frappes de drones russes"
            if self._has_case(child, self.words.against):
                role = "target"
            elif child.dep_ == "compound" and _scene(entity):
                continue  # "the Donbas hostilities", "the Kharkiv strikes": a town or a region before is where
            elif self._has_case(child, self.words.agents) or child.dep_ in ("amod", "poss", "compound"):
                role = "actor"
            elif (entity is not None and (entity.type == "NORP" or entity.stands_for is not None)) or (
                entity is None and country is not None
            ):
                role = "actor"  # "les frappes de l'armée russe", "les frappes de drones russes"
            elif entity is not None and entity.type in ("GPE", "LOC"):
                role = "target"  # "l'invasion de l'Ukraine"
            else:
                continue
            if entity is not None:
                roles.append(EventActor(entity.id, role, self.side(entity, kind, head, role)))
            elif country is not None:
                roles.append(EventActor(None, role, self._country_side(country, kind)))
        return roles

    @staticmethod
    def _governor(token: Token, words: frozenset[str]) -> Token | None:
        """The word a phrase introduced by one of `words` hangs on, as either parser builds it: "hopes
        [of] a breakthrough" (the preposition's head), "l'espoir [d']une percée" (the noun's own case
        marker: its head); None when no such word introduces it."""
        if token.dep_ == "pobj" and token.head.lower_ in words:
            return token.head.head
        if any(c.dep_ == "case" and c.lower_ in words for c in token.children):
            return token.head
        return None

    @staticmethod
    def _has_case(token: Token, words: frozenset[str]) -> bool:
        return token.lower_ in words or any(c.dep_ == "case" and c.lower_ in words for c in token.children)

    # -- 3. place, date, figures -------------------------------------------------------------

    def _place(self, token: Token, said: range = range(0)) -> Place | None:
        """The place of the trigger's phrase, else the nearest of its sentence; none inside `said`
        (the content of the claim the trigger is the cue of)."""
        phrase = range(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        sentence = sentence_of(token)
        best: tuple[tuple[bool, bool, int, int], Place] | None = None
        for start, end, entity in self._mentions.between(sentence.start_char, sentence.end_char):
            place = self._places.get(entity.id)
            if (
                place is None
                or (start, end, entity.id) in self._demonyms
                or start in said
                or (entity.stands_for is not None and not self._located(start))
                or _HYPHENATED_MODIFIER.match(self.article.text, end) is not None  # "the Iran-aligned group"
                or (place.precision == "country" and self._is_actor(start))
                or self._is_speaker(start)
            ):
                continue
            # In the trigger's phrase first, a place named for itself before one inside a name ("the
            # Grand Ledge Police arrested two men near Lansing" is at Lansing), the most precise first
            # ("positions of the Military Forces of Ukraine near Krymske" is at Krymske), then the nearest.
            nested = self._mentions.at(start) is not entity
            rank = (start not in phrase, nested, PRECISION_RANK.get(place.precision, 0), abs(start - token.idx))
            if best is None or rank < best[0]:
                best = (rank, place)
        return best[1] if best else None

    def _is_speaker(self, start: int) -> bool:
        """ "Kyiv said": a place that says something is a speaker, not where the event happened."""
        token = self._token_at(start)
        return (
            token is not None
            and token.dep_ in ("nsubj", "csubj")
            and token.head.lemma_.lower() in self.data.claims.cues
        )

    def _located(self, start: int) -> bool:
        """Whether a name is where something happens ("reprennent à Doha"), though the capital stands
        for its government elsewhere; not whom a verb speaks to or gives to ("a demandé à Moscou de…")."""
        token = self._token_at(start)
        verb = self._governor(token, self.data.places.locatives) if token is not None else None
        if token is None or verb is None:
            return False
        gives = any(c.dep_ in ("obj", "dobj") for c in verb.children)
        addressed = gives or verb.lemma_.lower() in self.data.claims.cues
        return not (token.dep_ == "obl:arg" and addressed)

    def _is_actor(self, start: int) -> bool:
        """Whether a name is a participant, not a scene: a subject, an object, or whose ("Sudan's war";
        not "in Ukraine's east")."""
        token = self._token_at(start)
        if token is not None and token.dep_ == "poss":
            return self._governor(token.head, self.data.places.locatives) is None
        return token is not None and token.dep_ in ("nsubj", "obj", "dobj", "nsubj:pass", "nsubjpass")

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _time(self, token: Token) -> Time | None:
        phrase = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        sentence = sentence_of(token)
        candidates = self._dated
        inside = [t for t in candidates if phrase[0] <= t.start < phrase[1]]
        if inside:
            return inside[0]
        near = [t for t in candidates if sentence.start_char <= t.start < sentence.end_char]
        return min(near, key=lambda t: abs(t.start - token.idx)) if near else None

    def _figures(self, token: Token) -> tuple[list[str], int | None]:
        """Quantities of the trigger's sentence; deaths there, else in the next sentence ("2 were killed")."""
        sentence = sentence_of(token)
        quantities = [q for q in self.article.quantities if sentence.start_char <= q.start < sentence.end_char]
        killed = self._killed(quantities)
        if killed is None and sentence.end < len(self.doc):
            following = sentence_of(self.doc[sentence.end])
            if not any((code := self._codes[t.i]) and code[1] != "killing" for t in following):
                after = [q for q in self.article.quantities if following.start_char <= q.start < following.end_char]
                killed = self._killed(after)
        return [q.id for q in quantities], killed

    @staticmethod
    def _killed(quantities: list[Quantity]) -> int | None:
        values = [
            q.value for q in quantities if q.counts == "killed" and q.qualifier != "range" and q.value is not None
        ]
        return int(sum(values)) if values else None

    # -- 4. modality -------------------------------------------------------------------------

    def _modality(self, token: Token) -> str:
        expected = self._expected(token)
        if expected is not None:
            return expected
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        children = list(verb.children)
        if any(
            c.dep_ in ("neg", "advmod") and c.lower_ in self.words.negations and c.lower_ not in ("plus",)
            for c in children
        ):
            return "negated"
        for child in children:
            if child.dep_.startswith("aux") and child.lower_ in self.words.modals:
                return self.words.modals[child.lower_]
        if verb.head.i != verb.i and verb.head.lower_ in self.words.modals and verb.dep_ in ("xcomp", "ccomp"):
            return self.words.modals[verb.head.lower_]
        if "Fut" in verb.morph.get("Tense", []):
            return "planned"
        return "actual"

    def _expected(self, token: Token) -> str | None:
        """The modality a noun of expectation gives the event noun after it: "hopes of a
        breakthrough", "la menace d'une offensive" (possible), "plans for an offensive" (planned)."""
        if token.pos_ != "NOUN":
            return None
        head = self._governor(token, self.words.expectation_links)
        if head is None or head.pos_ != "NOUN":
            return None
        return self.words.expectations.get(head.lemma_.lower())

    def _claim_of(self, token: Token) -> Claim | None:
        idx = token.idx
        for claim, spans in self._claim_spans:
            if claim.cue is not None and claim.cue.start <= idx < claim.cue.end:
                return claim
            if any(start <= idx < end for start, end in spans):
                return claim
        return None

    # -- 5. the events -----------------------------------------------------------------------

    def drafts(self) -> list[_Draft]:
        found: list[_Draft] = []
        for token in tokens_of(self.doc):
            code = self._codes[token.i]
            if code is None:
                continue
            kind, mode = code
            participle = "Part" in token.morph.get("VerbForm", [])
            described = not any(c.dep_ in ("obj", "dobj") for c in token.children)
            if token.dep_ in ("acl", "amod") and participle and kind not in VIOLENT and described:
                continue  # "des hommes armés": a participle describing, not an event (one with an object acts)
            if not self._aimed(token):
                continue  # "un 16e paquet visant la flotte fantôme", "the storm hit the coast"
            if mode == "capture-territory":
                kind, mode = self._capture(token)
                if not kind:
                    continue
            mode = self._refine(token, kind, mode)
            draft = _Draft(token, token.idx, token.idx + len(token), kind, mode)
            draft.actors = self._roles(token, kind)
            claim = self._claim_of(token)
            is_cue = _is_cue(claim, token)
            # An appeal is made where its speaker is, not where what it asks for would happen.
            said = range(claim.content.start, claim.content.end) if claim is not None and is_cue else range(0)
            draft.place = self._place(token, said)
            draft.time = self._time(token)
            draft.quantities, killed = self._figures(token)
            draft.fatalities = killed if kind in SCENES else None  # "l'accord de paix" kills no one
            draft.modality = self._modality(token)
            if claim is not None:
                draft.reported_by = claim.id
                if is_cue and claim.speaker and not any(a.role == "actor" for a in draft.actors):
                    speaker = next((e for e in self.article.entities if e.id == claim.speaker), None)
                    draft.actors.insert(0, EventActor(claim.speaker, "actor", self.side(speaker, kind)))
                if (
                    claim.stance in ("promise", "threaten")
                    and kind in VIOLENT
                    and claim.cue is not None
                    and token.idx >= claim.cue.end
                ):
                    draft.kind, draft.mode, draft.modality = "THREATEN", "", "promised"
                elif claim.stance == "appeal" and not (claim.cue and claim.cue.start <= token.idx < claim.cue.end):
                    draft.modality = "demanded"
            found.append(draft)
        return _merge(found)

    def events(self) -> list[Event]:
        dct = parse_dct(self.article.published)
        main_place = self._main_place()
        events = []
        for i, draft in enumerate(self.drafts(), 1):
            place = draft.place or (main_place if draft.kind in SCENES else None)
            when = event_date(draft.time, dct)
            if (
                draft.modality == "actual"
                and dct is not None
                and when.start is not None
                and when.start > dct.isoformat()
            ):
                draft.modality = "planned"  # "attaqueront Kharkiv la semaine prochaine"
            if place is not None and place.role != "event":
                place.role = "event"
            mapping = acled(draft.kind, draft.mode)
            sentence = sentence_of(draft.trigger)
            events.append(
                Event(
                    id=f"V{i}",
                    type=draft.kind,
                    mode=draft.mode or None,
                    acled_type=mapping[0] if mapping else None,
                    acled_subtype=mapping[1] if mapping else None,
                    trigger=TextSpan(draft.trigger.text, draft.start, draft.end),
                    actors=draft.actors,
                    place=place.id if place else None,
                    time=draft.time.id if draft.time else None,
                    date=when,
                    fatalities=draft.fatalities,
                    quantities=draft.quantities,
                    modality=draft.modality,
                    reported_by=draft.reported_by,
                    sentence=Span(sentence.start_char, sentence.end_char),
                    confidence=0.8 if draft.actors else 0.6,
                )
            )
        return events

    def _main_place(self) -> Place | None:
        """The article's main scene: its most mentioned place below country level that is not only
        a speaker ("On Sunday, Kyiv said the drones were shot down": no scene is named)."""
        best: tuple[int, Place] | None = None
        for entity in self.article.entities:
            place = self._places.get(entity.id)
            if place is None or place.precision == "country" or entity.stands_for is not None:
                continue
            if all(self._is_speaker(m.start) for m in entity.mentions):
                continue
            named = sum((m.start, m.end, entity.id) not in self._demonyms for m in entity.mentions)
            count = named + 2 * (place.role == "event")
            if best is None or count > best[0]:
                best = (count, place)
        return best[1] if best else None


#: A name that opens a hyphenated modifier ("Iran-aligned", "Kremlin-backed") says whose, not where.
_HYPHENATED_MODIFIER = re.compile(r"-[a-zà-ÿ]")


def _lemma(token: Token, table: dict[str, str]) -> str:
    """A word's key in a trigger table: its lemma, or the noun's own form when the table has that
    ("talks", whose lemma "talk" is a lecture; "pourparlers")."""
    lemma = token.lemma_.lower()
    return token.lower_ if token.pos_ == "NOUN" and token.lower_ != lemma and token.lower_ in table else lemma


def _names_with(lemma: str, head: Token, child: Token) -> tuple[list[str], list[str]]:
    """The trigger names of several words a head (by its key, `lemma`) makes with one of its
    children: those tried before the head alone, in the order they are put first, and those after.

    "frappe aérienne", "drone strike", "artillery fire", "ouvrir le feu", "échange de tirs" before;
    "exchange of fire", "cessation of hostilities" after."""
    word = child.lemma_.lower()
    before: list[str] = []
    if child.dep_ in ("nmod", "compound", "prt", "compound:prt", "obj", "dobj"):
        before += [f"{lemma} {word}", f"{lemma} de {word}", _as_written(lemma, child)]
    if child.dep_ == "amod":
        before.append(f"{lemma} {word}")
    if child.dep_ in ("amod", "compound") and child.i < head.i:
        before.append(f"{word} {lemma}")
    objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
    after = [f"{lemma} {child.lower_} {form}" for o in objects for form in (o.lemma_.lower(), o.lower_)]
    return before, after


def _as_written(lemma: str, child: Token) -> str:
    """A trigger name as the table writes it: the head's lemma, the child's own article or
    preposition, and the child as written ("ouvrir le feu", "échange de tirs", "tir d'artillerie")."""
    links = "".join(
        c.lower_ if c.lower_.endswith(("'", "’")) else f"{c.lower_} "
        for c in child.children
        if c.dep_ in ("det", "case") and c.i < child.i
    )
    return f"{lemma} {links}{child.lower_}"


def _is_cue(claim: Claim | None, token: Token) -> bool:
    """Whether a token is the cue of a claim ("condemned" in "London condemned the attack")."""
    return claim is not None and claim.cue is not None and claim.cue.start <= token.idx < claim.cue.end


def _country(entity: Entity | None) -> bool:
    return entity is not None and entity.key.startswith("country:")


def _placed(entity: Entity | None) -> bool:
    """A place named for itself, not a capital standing for its government ("Kiev affirme")."""
    return entity is not None and entity.type in PLACE_TYPES and entity.stands_for is None


def _scene(entity: Entity | None) -> bool:
    """A place below a country's level: where something is, never who does it."""
    return _placed(entity) and not _country(entity)


def _past_label(subject: Token) -> Token | None:
    """The subject behind a headline's label: "Ukraine : plus de 200 drones russes visent…" parses as
    "Ukraine" with the drones hung on it, and the drones are the subject; a label alone is none."""
    colon = next((c for c in subject.children if c.dep_ == "punct" and c.text == ":" and c.i > subject.i), None)
    if colon is None:
        return subject
    return next(
        (c for c in subject.children if c.i > colon.i and c.dep_ in ("nmod", "appos") and c.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One event per happening: same type and mode in one sentence, or same actor, place and date."""
    kept: list[_Draft] = []
    for draft in drafts:
        told = _told_by(draft.trigger)
        noun = next((k for k in kept if k.trigger.i in told and k.kind == draft.kind), None)
        if noun is not None:  # "a missile strike hit Dnipro", "une frappe visant un marché": one strike
            _absorb(noun, draft)
            continue
        if draft.trigger.pos_ == "NOUN":  # "a livré de l'aide humanitaire": one delivery, the noun says of what
            head = next((k for k in kept if k.trigger.i == draft.trigger.head.i and k.kind == draft.kind), None)
            if head is not None:
                # the noun names what was delivered or done, but a clash against an attack is a clash
                # ("a repoussé l'offensive" is no advance)
                head.mode = head.mode if head.mode == "armed-clash" else draft.mode or head.mode
                head.fatalities = head.fatalities if head.fatalities is not None else draft.fatalities
                continue
        same = next(
            (
                k
                for k in kept
                if k.kind == draft.kind
                and k.mode == draft.mode
                and k.reported_by == draft.reported_by
                and (
                    sentence_of(k.trigger).start == sentence_of(draft.trigger).start
                    or (
                        _sides(k) == _sides(draft)
                        and _sides(k)
                        and k.place is draft.place
                        and (k.time.value if k.time else None) == (draft.time.value if draft.time else None)
                    )
                )
            ),
            None,
        )
        if same is None:
            kept.append(draft)
            continue
        _absorb(same, draft)
    return kept


def _absorb(kept: _Draft, draft: _Draft) -> None:
    """The same happening told again: what `draft` adds to `kept` (new actors, and a place, a time and
    a toll where `kept` has none)."""
    known = {(a.role, a.side) for a in kept.actors}
    kept.actors += [a for a in draft.actors if (a.role, a.side) not in known]
    kept.place = kept.place or draft.place
    kept.time = kept.time or draft.time
    kept.fatalities = kept.fatalities if kept.fatalities is not None else draft.fatalities


def _teller(verb: Token) -> Token | None:
    """Who or what does a verb's deed: its subject ("the storm hit"), or the noun its participle
    describes ("un paquet visant la flotte")."""
    return verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ in ACTOR_DEPS), None)


def _told_by(verb: Token) -> set[int]:
    """Where the noun a verb tells of again may be: its subject ("a missile strike hit Dnipro") or the
    noun its participle describes, and the nouns that one hangs on ("une frappe de drone visant un
    marché"); nothing for a noun."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    noun = _teller(verb)
    found: set[int] = set()
    while noun is not None and len(found) < 3:
        found.add(noun.i)
        noun = noun.head if noun.dep_ in ("nmod", "compound", "pobj", "prep") and noun.head.i != noun.i else None
    return found


def _sides(draft: _Draft) -> frozenset[str]:
    return frozenset(a.side for a in draft.actors if a.role == "actor" and a.side)


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def event_date(time: Time | None, dct: date | None) -> EventDate:
    """The resolved date of an event, with its precision."""
    value = time.value if time is not None else None
    if value:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            return EventDate(value[:10], value[:10], "day")
        if match := _WEEK.match(value):
            monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
            return EventDate(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week")
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()
            return EventDate(f"{value}-01", last, "month")
        if re.fullmatch(r"\d{4}", value):
            return EventDate(f"{value}-01-01", f"{value}-12-31", "year")
    if dct is not None:
        return EventDate(dct.isoformat(), dct.isoformat(), "unknown")
    return EventDate(None, None, "unknown")


def find_events(doc: Doc, data: LanguageData, article: Article) -> list[Event]:
    """The events of a parsed article whose entities, times, quantities, claims and places are known."""
    return Coder(doc, data, article).events()


__all__ = ["Coder", "country_name", "event_date", "find_events"]
