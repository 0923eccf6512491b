"""Attribution: who said what, how, on which channel, with what stance.

One algorithm for every language, reading its words from `ClaimWords`:

1. Quotes: « », “ ”, " ", ‘ ’ and dialogue dashes, nested, across paragraphs
   (a paragraph that opens « without closing it goes on in the next one).
2. Cues: verbs of saying outside quotes. A cue with a clausal complement
   ("a déclaré avoir…", "said that…") reports that clause; a cue standing as an
   incise after a clause ("…, a-t-il ajouté") reports the clause before it. If the
   content is a quote, the claim is direct; if it holds quoted fragments, mixed.
3. Quotes no cue claimed look for a cue in their sentence ("« A », a écrit X,
   « B »": one claim, two parts). A quote with no cue is an unattributed claim,
   unless it is short or names something (a book, a slogan).
4. "selon X", "according to X": X is the speaker of the clause it governs.
5. Speakers: the cue's subject, resolved to an entity: the mention it overlaps,
   a title ("le président russe") matched against entity titles, a pronoun
   matched by gender, number and recency (the previous speaker first). Ambiguous
   pronouns stay unresolved, with low confidence.
6. Channel, time and the quantities inside the content come from around the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from veilleur.lang import LanguageData
from veilleur.record import Claim, Cue, Entity, Quantity, TextSpan, Time
from veilleur.record import Span as RecordSpan

#: Quote marks: opening -> closing.
PAIRS = {"«": "»", "“": "”", "‘": "’", '"': '"', "„": "“"}
DASHES = "—–"
#: Quotes this short (in words) with no cue are scare quotes or names, not claims.
MIN_UNATTRIBUTED_WORDS = 4
#: Dependencies that carry the content of a verb of saying.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj"})
#: How many sentences back a pronoun looks for its antecedent.
PRONOUN_REACH = 3


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark
    inner_start: int
    inner_end: int
    mark: str

    def words(self, text: str) -> int:
        return len(text[self.inner_start : self.inner_end].split())


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations of a text, in order."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    skip: set[int] = set()
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if i in skip:
            i += 1
            continue
        if ch == "\n" and stack:
            nxt = _next_paragraph(text, i)
            opener = stack[0][0]
            if nxt < n and text[nxt] == opener and opener in "«“":
                skip.add(nxt)  # the quote goes on in the next paragraph
            else:
                quotes.append(_quote(text, stack[0][1], i, opener, closed=False))
                stack.clear()
        elif stack and ch == PAIRS[stack[-1][0]] and _closes(text, i, stack[-1][0]):
            opener, start = stack.pop()
            if not stack:
                quotes.append(_quote(text, start, i + 1, opener, closed=True))
        elif ch in PAIRS and _opens(text, i):
            stack.append((ch, i))
        elif ch in "»”" and stack:  # a closing mark of an outer quote: close what is inside too
            for depth in range(len(stack) - 1, -1, -1):
                if PAIRS[stack[depth][0]] == ch:
                    start = stack[depth][1]
                    del stack[depth:]
                    if not stack:
                        quotes.append(_quote(text, start, i + 1, text[start], closed=True))
                    break
        i += 1
    if stack:
        quotes.append(_quote(text, stack[0][1], n, stack[0][0], closed=False))
    quotes.extend(_dash_turns(text, quotes))
    return sorted(quotes, key=lambda q: q.start)


def _next_paragraph(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    if ch in "«“„":
        return True
    if ch in '‘"':
        return not after.isspace() and (before.isspace() or before in "([{«“—–-:/" or i == 0)
    return False


def _closes(text: str, i: int, opener: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if opener in '‘"':
        return not after.isalnum()
    return True


def _quote(text: str, start: int, end: int, mark: str, *, closed: bool) -> Quote:
    inner_start = start + 1
    inner_end = end - 1 if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end, mark)


_DASH_TURN = re.compile(rf"^[ \t]*[{DASHES}][ \t]*(?P<speech>\S.*)$", re.MULTILINE)


def _dash_turns(text: str, quotes: list[Quote]) -> list[Quote]:
    """Dialogue: a paragraph that opens with a dash is a turn of speech."""
    turns = []
    for match in _DASH_TURN.finditer(text):
        start, end = match.start("speech"), match.end("speech")
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(q.start <= start < q.end for q in quotes):
            continue
        turns.append(Quote(match.start(), match.end(), start, end, "—"))
    return turns


# -- the claims ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    kind: str
    parts: list[tuple[int, int]]
    cue: Token | None = None
    cue_text: tuple[int, int] | None = None
    speaker: Token | None = None
    speaker_span: tuple[int, int] | None = None
    stance: str = "assert"
    quotes: list[Quote] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class Attribution:
    """The claims of one parsed article."""

    def __init__(
        self,
        doc: Doc,
        data: LanguageData,
        entities: list[Entity],
        times: Iterable[Time] = (),
        quantities: Iterable[Quantity] = (),
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.data = data
        self.words = data.claims
        self.entities = entities
        self.times = list(times)
        self.quantities = list(quantities)
        self.quotes = find_quotes(self.text)
        self._mentions = sorted(
            ((m.start, m.end, entity) for entity in entities for m in entity.mentions), key=lambda item: item[0]
        )
        self._channels = [(re.compile(pattern), label) for pattern, label in self.words.channels.items()]

    # -- 1. building drafts ------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        drafts = self._cue_claims()
        drafts += self._quote_claims(drafts)
        drafts += self._according_to_claims(drafts)
        drafts += self._colon_claims(drafts)
        drafts = _one_claim_per_cue(drafts)
        drafts = _dedupe(drafts)
        drafts.sort(key=lambda d: d.start)
        result: list[Claim] = []
        previous: str | None = None
        for i, draft in enumerate(drafts, 1):
            claim = self._claim(f"C{i}", draft, previous)
            if claim.speaker is not None:
                previous = claim.speaker
            result.append(claim)
        return result

    def _inside_quote(self, i: int) -> Quote | None:
        for quote in self.quotes:
            if quote.inner_start <= i < quote.inner_end:
                return quote
        return None

    def _cue_key(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        cues = self.words.cues
        reflexive = [c for c in token.children if c.lower_ in ("se", "s'", "s’") and c.i < token.i]
        if reflexive and f"se {lemma}" in cues:
            return f"se {lemma}"
        if reflexive and f"s'{lemma}" in cues:
            return f"s'{lemma}"
        for child in token.children:  # "point out", "faire référence", "mettre en garde"
            if (
                child.dep_ in ("prt", "compound:prt", "obj", "dobj", "fixed")
                and f"{lemma} {child.lemma_.lower()}" in cues
            ):
                return f"{lemma} {child.lemma_.lower()}"
        if lemma in cues:
            return lemma
        return None

    def _cue_claims(self) -> list[_Draft]:
        drafts = []
        for token in self.doc:
            quoted = self._inside_quote(token.idx) is not None
            if token.pos_ not in ("VERB", "AUX") or (quoted and token.dep_ != "parataxis"):
                continue
            key = self._cue_key(token)
            if key is None or self._is_modal_passive(token):
                continue
            content = self._complement(token) or self._incise_content(token)
            if content is None:
                continue
            start, end = content
            if self._inside_quote(token.idx) and self._inside_quote(start):
                continue  # a verb of saying inside someone's quote is theirs, not a cue
            quotes = [q for q in self.quotes if start <= q.inner_start and q.inner_end <= end]
            covering = next((q for q in self.quotes if q.inner_start <= start and end <= q.end), None)
            if covering is not None:
                draft = _Draft("direct", [self._part(covering)], quotes=[covering])
            else:
                draft = _Draft("mixed" if quotes else "indirect", [(start, end)], quotes=quotes)
            draft.cue = token
            draft.stance = self.words.cues[key]
            drafts.append(draft)
        return drafts

    @staticmethod
    def _is_modal_passive(token: Token) -> bool:
        """ "was supposed to", "is expected to": a passive with an infinitive and no agent says nothing."""
        children = {c.dep_ for c in token.children}
        passive = bool(children & {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"})
        return passive and "xcomp" in children and not children & {"agent", "obl:agent"}

    def _complement(self, cue: Token) -> tuple[int, int] | None:
        """The clause a verb of saying governs: "a déclaré avoir rencontré…", "said that…",
        "a exhorté les alliés à autoriser…", "a fait référence au nombre…"."""
        children = [c for c in cue.children if c.i > cue.i or c.dep_ == "csubj"]
        fronted = [c for c in cue.children if c.i < cue.i and c.dep_ in CONTENT_DEPS and self._comma_between(c, cue)]
        for child in fronted:  # "The troops withdrew, sources said": the content before the cue
            return self._clause_span(child, exclude=cue)
        for child in children:
            if child.dep_ in CONTENT_DEPS or (
                child.dep_ in ("obj", "dobj") and any(c.lower_ in self.words.complementisers for c in child.children)
            ):
                return self._clause_span(child, exclude=cue)
        for child in children:  # the addressee's infinitive: "exhorté les alliés à autoriser"
            if child.dep_ in ("obj", "dobj", "iobj", "obl:arg", "obl"):
                for grandchild in child.children:
                    if grandchild.dep_ in ("acl", "xcomp", "ccomp") and grandchild.pos_ in ("VERB", "AUX"):
                        return self._clause_span(grandchild, exclude=cue)
        key = self._cue_key(cue) or ""
        if " " in key:  # "faire référence à X": X
            for child in children:
                if child.dep_ in ("obl:arg", "obl", "prep", "nmod"):
                    return self._clause_span(child, exclude=cue)
        if self.words.cues.get(key) != "appeal" and key not in self.words.addressee_cues:
            for child in children:  # "denied the report", "a démenti l'information"
                if child.dep_ in ("obj", "dobj") and self._is_content_noun(child):
                    return self._clause_span(child, exclude=cue)
        for child in children:  # "complained about the microphone", "a parlé de la trêve"
            if child.lower_ in self.words.topic_prepositions and child.dep_ in ("prep", "obl", "obl:arg", "case"):
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    return self._clause_span(objects[0], exclude=cue)
            if child.dep_ in ("obl", "obl:arg") and any(
                c.dep_ == "case" and c.lower_ in self.words.topic_prepositions for c in child.children
            ):
                return self._clause_span(child, exclude=cue)
        return None

    def _comma_between(self, before: Token, after: Token) -> bool:
        last = max(t.i for t in before.subtree)
        return any(self.doc[k].text == "," for k in range(last, after.i))

    def _is_content_noun(self, token: Token) -> bool:
        """A noun phrase that is what was said ("the report"), not who was told ("reporters")."""
        if token.pos_ not in ("NOUN", "PROPN") or len(list(token.subtree)) < 2:
            return False
        entity = self._entity_at(token)
        return entity is None or entity.type not in ("PERSON", "NORP")

    def _incise_content(self, cue: Token) -> tuple[int, int] | None:
        """ "La situation est grave, a-t-il ajouté": the clause before the incise."""
        head = cue.head
        if head is cue or head.i > cue.i or cue.dep_ not in ("parataxis", "conj", "dep", "ccomp", "advcl", "ROOT"):
            return None
        before = self.doc[cue.left_edge.i - 1] if cue.left_edge.i > 0 else None
        if before is None or before.text != ",":
            return None
        if cue.left_edge.i > 1 and self.doc[cue.left_edge.i - 2].text in ("»", "”", '"'):
            return None  # "« … », a écrit X": a direct quote, found from the quote
        inverted = any(c.dep_ in SUBJECT_DEPS and c.i > cue.i for c in cue.children)
        inverted = inverted or any(
            c.dep_ in ("obj", "dobj") and c.i > cue.i and c.pos_ == "PROPN" for c in cue.children
        )
        if not inverted and self.data.code == "fr":
            return None
        sentence = cue.sent
        start = sentence.start
        end = cue.left_edge.i - 1
        while end > start and self.doc[end - 1].is_punct and self.doc[end - 1].text not in '»”"':
            end -= 1
        if end <= start:
            return None
        return self._trim(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))

    def _clause_span(self, head: Token, *, exclude: Token) -> tuple[int, int] | None:
        tokens = [t for t in head.subtree if t.i != exclude.i]
        if not tokens:
            return None
        first, last = tokens[0], tokens[-1]
        while first.i < last.i and (
            first.lower_ in self.words.complementisers or (first.is_punct and first.text not in '«“"')
        ):
            first = self.doc[first.i + 1]
        return self._trim(first.idx, last.idx + len(last))

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
            end -= 1
        # A content that ends inside a quote ends with it.
        quote = self._inside_quote(end - 1) if end > start else None
        if quote is not None and quote.end > end and quote.inner_end <= end + 3:
            end = quote.inner_end
        return (start, end) if end > start else None

    def _quote_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        claimed = {id(q) for d in drafts for q in d.quotes}
        found: list[_Draft] = []
        quotes = [q for q in self.quotes if id(q) not in claimed and not _within_drafts(q, drafts)]
        used: set[int] = set()
        for index, quote in enumerate(quotes):
            if index in used:
                continue
            cue = self._cue_near(quote)
            if cue is None:
                if quote.words(self.text) < MIN_UNATTRIBUTED_WORDS or self._names_something(quote):
                    continue
                earlier = [
                    d for d in (*drafts, *found) if d.kind == "direct" and d.cue is not None and d.end <= quote.start
                ]
                last = max(earlier, key=lambda d: d.end, default=None)
                if last is not None and self._continues(last, quote, drafts + found):
                    last.parts.append(self._part(quote))  # “A,” said X. “B.”: X goes on
                    last.quotes.append(quote)
                    continue
                if self._embedded(quote):
                    continue  # a quoted fragment inside someone else's sentence: a scare quote or a mixed part
                found.append(_Draft("direct", [self._part(quote)], quotes=[quote]))
                continue
            draft = _Draft("direct", [self._part(quote)], cue=cue, quotes=[quote])
            key = self._cue_key(cue)
            draft.stance = self.words.cues.get(key or "", "assert")
            if cue.idx > quote.end and index + 1 < len(quotes):  # « A », a écrit X, « B »
                following = quotes[index + 1]
                between = self.text[quote.end : following.start]
                if cue.sent.end_char >= following.start and self._cue_between(between):
                    draft.parts.append(self._part(following))
                    draft.quotes.append(following)
                    used.add(index + 1)
            found.append(draft)
        return found

    def _embedded(self, quote: Quote) -> bool:
        """A quote that a clause runs into ("called the plan “a disaster”"), not one that stands alone."""
        before = self.text[: quote.start].rstrip(" \u00a0")
        return bool(before) and before[-1] not in '.!?:;\n"“”«»—–-)(' and not before.endswith("...")

    def _part(self, quote: Quote) -> tuple[int, int]:
        """A quote's words, without the comma a quote ends with before its cue (“…,” said X)."""
        end = quote.inner_end
        while end > quote.inner_start and self.text[end - 1] in ", \u00a0":
            end -= 1
        return quote.inner_start, end

    def _continues(self, last: _Draft, quote: Quote, drafts: list[_Draft]) -> bool:
        """A quote with no cue right after an attributed one, in the same paragraph, goes on with it."""
        between = self.text[last.end : quote.start]
        if "\n" in between.strip(" ") or len(between.split()) > 15:
            return False
        return not any(last.end <= d.start < quote.start for d in drafts if d is not last)

    def _cue_between(self, between: str) -> bool:
        """Only a cue clause stands between two parts of one quote (no full stop)."""
        return "." not in between and "\n" not in between and len(between.split()) <= 12

    def _cue_near(self, quote: Quote) -> Token | None:
        """A verb of saying in the quote's sentence, after it ("», a écrit X") or before ("X a déclaré : «")."""
        start_token = self._token_at(quote.inner_start)
        end_token = self._token_at(max(quote.inner_start, quote.inner_end - 1))
        if start_token is None or end_token is None:
            return None
        after = [t for t in end_token.sent if t.idx >= quote.end and self._cue_key(t) and t.pos_ in ("VERB", "AUX")]
        after = [t for t in after if self._inside_quote(t.idx) is None]
        if quote.mark == "—":
            inside = [t for t in self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand") or []]
            incise = [t for t in inside if self._cue_key(t) and t.pos_ in ("VERB", "AUX") and self._is_incise(t)]
            if incise:
                return incise[0]
        if after:
            return after[0]
        before = [t for t in start_token.sent if t.idx < quote.start and self._cue_key(t) and t.pos_ in ("VERB", "AUX")]
        before = [t for t in before if self._inside_quote(t.idx) is None]
        if before and self.text[before[-1].idx : quote.start].strip().endswith((":", ",")):
            return before[-1]
        back = start_token.sent.start - 1
        while back >= 0 and (self.doc[back].text in PAIRS or self.doc[back].text in "»”’" or self.doc[back].is_space):
            back -= 1
        previous = self.doc[back] if back >= 0 else None
        if previous is not None and previous.text == ":":
            candidates = [t for t in previous.sent if self._cue_key(t) and t.pos_ in ("VERB", "AUX")]
            return candidates[-1] if candidates else None
        return None

    def _is_incise(self, token: Token) -> bool:
        before = self.doc[token.i - 1] if token.i > 0 else None
        aux_before = before is not None and before.dep_.startswith("aux")
        comma = self.doc[token.i - (2 if aux_before else 1)] if token.i > 1 else None
        return comma is not None and comma.text == ","

    def _names_something(self, quote: Quote) -> bool:
        """« Guerre et paix », le slogan « Plus jamais ça »: a name, not speech."""
        before = self.text[max(0, quote.start - 30) : quote.start].lower().split()
        return bool(before) and before[-1].strip(",:") in self.words.quote_names

    def _according_to_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        found = []
        for phrase in self.words.according_to:
            pattern = re.compile(
                rf"(?<!\w){re.escape(phrase).replace(chr(39), '[’' + chr(39) + ']')}(?!\w)", re.IGNORECASE
            )
            for match in pattern.finditer(self.text):
                if self._inside_quote(match.start()):
                    continue
                last = self._token_at(match.end() - 1)
                if last is None:
                    continue
                source = self._according_object(last)
                if source is None:
                    continue
                content = self._according_content(last, source)
                if content is None or any(d.start <= content[0] < d.end for d in drafts if d.kind != "according_to"):
                    continue
                draft = _Draft("according_to", [content], cue_text=(match.start(), match.end()), speaker=source)
                quotes = [q for q in self.quotes if content[0] <= q.inner_start and q.inner_end <= content[1]]
                draft.quotes = quotes
                found.append(draft)
        return found

    _COLON_SPEAKER = re.compile(r"(?m)^[\"“«]?(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) ?: +(?P<content>\S.*)$")

    def _colon_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "PENCE: Well, look…", "Poll: Wealthy voters…": a name and a colon open a paragraph."""
        found = []
        for match in self._COLON_SPEAKER.finditer(self.text):
            start, end = match.start("content"), match.end("content")
            while end > start and self.text[end - 1] in ' "”»':
                end -= 1
            if any(d.start < end and start < d.end for d in drafts):
                continue
            speaker = self._token_at(match.start("name"))
            draft = _Draft("direct", [(start, end)], cue_text=(match.end("name"), match.end("name") + 1))
            draft.speaker = speaker
            draft.speaker_span = (match.start("name"), match.end("name"))
            found.append(draft)
        return found

    def _according_object(self, last: Token) -> Token | None:
        """The source after "selon" / "according to"."""
        for token in self.doc[last.i + 1 : min(len(self.doc), last.i + 8)]:
            if token.pos_ in ("PROPN", "NOUN", "PRON") and token.head.i <= token.i + 3:
                head = token
                while (
                    head.head.i > last.i
                    and head.head.pos_ in ("PROPN", "NOUN")
                    and head.head.i < last.i + 8
                    and head.dep_ in ("flat", "flat:name", "compound")
                ):
                    head = head.head
                return head
            if token.is_punct:
                return None
        return None

    def _according_content(self, last: Token, source: Token) -> tuple[int, int] | None:
        """The clause "selon X" governs: the rest of its sentence."""
        sentence = source.sent
        phrase_end = max(t.i for t in source.subtree) + 1
        phrase_start = last.i - len(last.text.split()) + 1
        while phrase_start > sentence.start and self.doc[phrase_start - 1].lower_ in (
            "d'",
            "d’",
            "according",
            "aux",
            "dires",
            "de",
        ):
            phrase_start -= 1
        if phrase_end < sentence.end - 1 and (phrase_start == sentence.start or self.doc[phrase_start - 1].text == ","):
            span = (self.doc[phrase_end].idx, sentence.end_char)  # "Selon X, la zone dépasse…"
        else:
            span = (sentence.start_char, self.doc[phrase_start].idx)  # "…la zone dépasse 1 000 km², selon X"
        return self._trim(*span)

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    # -- 2. the speaker ----------------------------------------------------------------------------

    def _subject(self, cue: Token) -> Token | None:
        verb = cue
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("-t", "-t-")]
            if subjects:
                people = [s for s in subjects if self._entity_at(s) is not None and self._entity_at(s).type == "PERSON"]  # type: ignore[union-attr]
                return people[0] if people else subjects[-1] if subjects[-1].dep_ == "expl:subj" else subjects[0]
            agents = [c for c in verb.children if c.dep_ in ("obl:agent", "agent")]
            if agents:
                named = [t for t in agents[0].subtree if t.pos_ in ("PROPN", "NOUN", "PRON")]
                return named[0] if named else None
            inverted = [c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i and c.pos_ == "PROPN"]
            if inverted and self._entity_at(inverted[0]) is not None and self._after_comma(verb):
                return inverted[0]  # "», a écrit Zelensky": the parser's object is the inverted subject
            if verb.head is not verb and verb.dep_ not in ("ccomp", "parataxis"):
                verb = verb.head  # "a promis de…", "a déclaré et a ajouté", a misparsed "a … exhorté"
                continue
            break
        return None

    def _after_comma(self, verb: Token) -> bool:
        first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
        return first.i > 0 and self.doc[first.i - 1].text in (",", "»", "”", '"')

    def _entity_at(self, token: Token) -> Entity | None:
        for start, end, entity in self._mentions:
            if start <= token.idx < end:
                return entity
            if start > token.idx:
                break
        return None

    def _noun_phrase(self, token: Token) -> tuple[int, int]:
        """The speaker as written: the noun phrase of its head, cut at a comma or a relative clause."""
        words = [t for t in token.subtree if t.dep_ not in ("acl:relcl", "relcl", "appos", "punct") or t is token]
        start = token.i
        for t in sorted(words, key=lambda t: -t.i):
            if t.i < token.i and all(self.doc[k].text != "," for k in range(t.i, token.i)):
                start = min(start, t.i)
        end = token.i
        for t in sorted(words, key=lambda t: t.i):
            if t.i > token.i and all(self.doc[k].text != "," for k in range(token.i + 1, t.i + 1)):
                end = max(end, t.i)
        first, last = self.doc[start], self.doc[end]
        text_start = first.idx + (1 if first.text.startswith("-") else 0)
        return text_start, last.idx + len(last)

    def _resolve(self, token: Token, at: int, previous: str | None) -> tuple[Entity | None, float]:
        """The entity a speaker token names, and how sure we are."""
        entity = self._entity_at(token)
        if entity is not None:
            return entity, 0.9
        for child in token.children:
            found = self._entity_at(child) if child.dep_ in ("appos", "flat", "flat:name", "nmod") else None
            if found is not None and (found.type == "PERSON" or child.dep_ == "appos"):
                return found, 0.85
        word = token.lower_.lstrip("-")
        if word in self.words.pronouns or f"-{word}" in self.words.pronouns:
            return self._pronoun(word, at, previous)
        if token.lemma_.lower() in self.data.titles or token.lower_ in self.data.titles:
            return self._description(token, at)
        return None, 0.5

    def _pronoun(self, word: str, at: int, previous: str | None) -> tuple[Entity | None, float]:
        gender, number = self.words.pronouns.get(word, self.words.pronouns.get(f"-{word}", ("", "sg")))
        before = [(start, entity) for start, _, entity in self._mentions if start < at]
        if not before:
            return None, 0.3
        reach_start = self._sentence_start_before(at, PRONOUN_REACH)
        candidates: dict[str, tuple[int, Entity]] = {}
        for start, entity in before:
            if start >= reach_start and self._agrees(entity, gender, number):
                candidates[entity.id] = (start, entity)
        if not candidates:
            return None, 0.3
        if previous in candidates:
            return candidates[previous][1], 0.75
        ranked = sorted(candidates.values(), key=lambda item: -item[0])
        if len(ranked) > 1 and self._same_sentence(ranked[0][0], ranked[1][0]):
            return None, 0.3  # two people just named: do not guess
        return ranked[0][1], 0.65

    def _agrees(self, entity: Entity, gender: str, number: str) -> bool:
        if number == "pl":
            return entity.type in ("NORP", "ORG", "GPE")
        if gender == "n":
            return entity.type in ("ORG", "GPE", "NORP")
        if entity.type != "PERSON":
            return False
        head = (entity.title or "").lower().split()[:1]
        if gender == "f" and head and head[0] in self.words.masculine:
            return False
        return not (gender == "m" and head and head[0] in self.words.feminine and head[0] not in self.words.masculine)

    def _description(self, token: Token, at: int) -> tuple[Entity | None, float]:
        """ "le président russe", "the minister": the latest person with that title."""
        words = {t.lower_ for t in token.subtree if not t.is_punct} - self.data.determiners
        best: Entity | None = None
        best_at = -1
        for start, _, entity in self._mentions:
            if start >= at or entity.type != "PERSON" or not entity.title:
                continue
            title = set(entity.title.lower().split())
            if token.lower_ in title and (words - {token.lower_}) <= title | {token.lower_} and start > best_at:
                best, best_at = entity, start
        return (best, 0.7) if best is not None else (None, 0.4)

    def _sentence_start_before(self, at: int, count: int) -> int:
        token = self._token_at(at)
        if token is None:
            return 0
        sentence = token.sent
        for _ in range(count):
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        return sentence.start_char

    def _same_sentence(self, a: int, b: int) -> bool:
        ta, tb = self._token_at(a), self._token_at(b)
        return ta is not None and tb is not None and ta.sent.start == tb.sent.start

    # -- 3. the record -----------------------------------------------------------------------------

    def _claim(self, claim_id: str, draft: _Draft, previous: str | None) -> Claim:
        speaker_token = (
            draft.speaker if draft.speaker is not None else (self._subject(draft.cue) if draft.cue else None)
        )
        entity: Entity | None = None
        confidence = 0.4
        speaker_span: list[int] | None = None
        speaker_text: str | None = None
        if speaker_token is not None:
            start, end = draft.speaker_span or self._noun_phrase(speaker_token)
            speaker_span, speaker_text = [start, end], self.text[start:end]
            entity, confidence = self._resolve(speaker_token, start, previous)
        cue = None
        if draft.cue is not None:
            cue_start, cue_end = self._cue_extent(draft.cue)
            cue = Cue(self.text[cue_start:cue_end], cue_start, cue_end, self._cue_key(draft.cue) or draft.cue.lemma_)
        elif draft.cue_text is not None:
            cue_start, cue_end = draft.cue_text
            phrase = self.text[cue_start:cue_end]
            cue = Cue(phrase, cue_start, cue_end, phrase.lower())
        start, end = draft.start, draft.end
        parts = [RecordSpan(s, e) for s, e in draft.parts]
        anchor = cue.start if cue is not None else start
        return Claim(
            id=claim_id,
            kind=draft.kind,
            speaker=entity.id if entity is not None else None,
            speaker_text=speaker_text,
            speaker_span=speaker_span,
            cue=cue,
            content=TextSpan(self.text[start:end], start, end),
            parts=parts,
            channel=self._channel(anchor, draft.parts),
            stance=draft.stance,
            time=self._time(anchor, draft.parts),
            about=[q.id for q in self.quantities if any(s <= q.start and q.end <= e for s, e in draft.parts)],
            confidence=round(confidence if cue is not None else 0.4, 2),
        )

    def _cue_extent(self, cue: Token) -> tuple[int, int]:
        """The cue with its auxiliaries and reflexive pronoun: "a écrit", "se plaint", "a-t-il ajouté"."""
        key = self._cue_key(cue) or ""
        tokens = [cue] + [c for c in cue.children if c.dep_.startswith("aux") or c.lower_ in ("se", "s'", "s’")]
        if " " in key:  # "a fait référence", "pointed out"
            tokens += [c for c in cue.children if c.lemma_.lower() == key.split()[-1]]
        tokens = [t for t in tokens if abs(t.i - cue.i) <= 3]
        first = min(tokens, key=lambda t: t.i)
        last = max(tokens, key=lambda t: t.i)
        return first.idx, last.idx + len(last)

    def _sentence_of(self, char: int) -> Span | None:
        token = self._token_at(char)
        return token.sent if token is not None else None

    def _outside(self, parts: list[tuple[int, int]], start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in parts)

    def _channel(self, anchor: int, parts: list[tuple[int, int]]) -> str | None:
        sentence = self._sentence_of(anchor)
        if sentence is None:
            return None
        lowered = self.text.lower()
        best: tuple[int, str] | None = None
        for pattern, label in self._channels:
            for match in pattern.finditer(lowered, sentence.start_char, sentence.end_char):
                if self._outside(parts, match.start(), match.end()):
                    distance = abs(match.start() - anchor)
                    if best is None or distance < best[0]:
                        best = (distance, label)
        return best[1] if best else None

    def _time(self, anchor: int, parts: list[tuple[int, int]]) -> str | None:
        sentence = self._sentence_of(anchor)
        if sentence is None:
            return None
        inside = [
            t
            for t in self.times
            if sentence.start_char <= t.start < sentence.end_char
            and self._outside(parts, t.start, t.end)
            and t.type in ("DATE", "TIME")
        ]
        if not inside:
            return None
        return min(inside, key=lambda t: abs(t.start - anchor)).id


def _one_claim_per_cue(drafts: list[_Draft]) -> list[_Draft]:
    """A cue reports one content: prefer its quote ("« … », a reconnu X, un blogueur…")."""
    by_cue: dict[int, _Draft] = {}
    rest = []
    for draft in drafts:
        if draft.cue is None:
            rest.append(draft)
            continue
        kept = by_cue.get(draft.cue.i)
        if kept is None or (draft.quotes and not kept.quotes):
            by_cue[draft.cue.i] = draft
    return rest + list(by_cue.values())


def _within_drafts(quote: Quote, drafts: list[_Draft]) -> bool:
    return any(s <= quote.inner_start and quote.inner_end <= e for d in drafts for s, e in d.parts)


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """One claim per content: where two overlap, keep the attributed, then the longer."""
    ranked = sorted(drafts, key=lambda d: (d.cue is None and d.cue_text is None, -(d.end - d.start)))
    kept: list[_Draft] = []
    for draft in ranked:
        if any(_overlap(draft, other) > 0.5 for other in kept):
            continue
        kept.append(draft)
    return kept


def _overlap(a: _Draft, b: _Draft) -> float:
    shared = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a.parts for s2, e2 in b.parts)
    shortest = min(sum(e - s for s, e in a.parts), sum(e - s for s, e in b.parts)) or 1
    return shared / shortest


def find_claims(
    doc: Doc,
    data: LanguageData,
    entities: list[Entity],
    times: Iterable[Time] = (),
    quantities: Iterable[Quantity] = (),
) -> list[Claim]:
    """The claims of a parsed article."""
    return Attribution(doc, data, entities, times, quantities).claims()


__all__ = ["Attribution", "Quote", "find_claims", "find_quotes"]
