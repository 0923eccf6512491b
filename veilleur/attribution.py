"""Attribution: who said what, how, on which channel, with what stance.

One algorithm for every language, reading its words from `ClaimWords`:

1. Quotes: « », “ ”, " ", ‘ ’, '' and dialogue dashes, nested, across paragraphs
   (a paragraph that opens « without closing it goes on in the next one). A dialogue
   turn runs to the next turn or the end of its paragraph, and stops earlier where
   the narration takes over (a sentence in the narrative tense). An incise inside a
   quote or a turn (« A, dit-il, B ») is its cue and is cut out of its words.
2. Cues: verbs of saying outside quotes. A cue reports its clause ("a déclaré
   avoir…", "said that…"), the infinitive it or its addressee governs ("a promis
   d'expulser", "urged allies to…"), a noun phrase for the cues that take one
   ("a démenti l'information", "called the plan a disaster"), its topic ("complained
   about X"), or, as an incise, the sentence around it ("…, a-t-il ajouté", "The
   museum, Mr. Obama said, would…"). A content ends before a cue clause of its own
   ("…, saying…", "…and urged…"), and goes on past a sentence end the parser put
   where there is no punctuation. If the content is a quote, the claim is direct; if
   it holds quoted fragments, mixed. Nouns of saying with a clause ("Trump's claim
   that…") are claims too. In a headline (the first line) in title case, a cue reports
   the rest of its clause; a cue the tagger read as a plural noun, right after who
   speaks ("Lee Vows To…", "Lee questions the cost", "The campaign plans to…"), is
   one all the same.
3. Quotes no cue claimed look for a cue around them: after ("», a écrit X", a
   sentence "Clinton said." of its own), before ("X a déclaré : «"), or a signature
   ("” ― Jane Doe"). « A », a écrit X, « B » is one claim with two parts; a quote
   right before an attributed one, or right after it in its paragraph, goes with it.
   A quote with no cue is an unattributed claim, unless it is short or names
   something (a book, a slogan) or a clause runs into it (a scare quote).
4. "selon X", "according to X": X is the speaker of the clause it governs; "NAME:"
   opening a paragraph is a speaker.
5. Speakers: the cue's subject (the inverted one of an incise, the noun before a
   participle of its own), resolved to an entity: the mention it overlaps or the
   person named beside a title, the body behind a document ("un rapport de l'ONU"),
   a relative pronoun's antecedent, a title ("le président russe") matched against
   entity titles, a pronoun matched by gender, number and recency (the previous
   speaker first, then the subject of its clause). Ambiguous pronouns stay
   unresolved, with low confidence.
6. Channel, time and the quantities inside the content come from around the cue.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from veilleur.lang import LanguageData
from veilleur.mentions import MentionIndex
from veilleur.record import PLACE_TYPES, Claim, Cue, Entity, Quantity, TextSpan, Time
from veilleur.record import Span as RecordSpan
from veilleur.tokens import sentence_of, tokens_of

DASHES = "—–"
#: Characters that may stand at the edges of a content without making it more than its quote.
OPENING_EDGE = "«“‘\"'„—–-"
#: The end of a sentence (not an abbreviation's period: "Kenansville, N.C., “but…").
SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“«‘'(]?[^\W\d_]*[A-ZÀ-Þ])")
#: Punctuation before an incise inside a quote (« A, dit-il, B », « Non ? dit-elle ») and after it.
INCISE_BEFORE = frozenset({",", "?", "!", "…", ";", "—", "–"})
INCISE_SPEECH_DEPS = frozenset({"ccomp", "parataxis", "conj", "punct", "xcomp", "csubj"})
INCISE_AFTER = frozenset({",", ";", ":", ".", "!", "?", "…", "«", "»", "“", "”", '"', "—", "–"})
CLOSING_EDGE = "»”’\"',.;:!?…"
#: Quotes this short (in words) with no cue are scare quotes or names, not claims.
MIN_UNATTRIBUTED_WORDS = 4
#: Dependencies that carry the content of a verb of saying.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl:subj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
#: The agent of a passive ("endorsed by X", "critiqué par X"): who speaks.
AGENT_DEPS = frozenset({"agent", "obl:agent"})
#: The parser's links from a verb to words with no verb fronted before it ("No comment, he said").
FRAGMENT_DEPS = frozenset({"dep"})
#: Entity types that can speak (a MISC "Premier ministre" cannot: the person named beside it does).
SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
#: Stances of cues of will, whose infinitive is what is willed ("refused to appeal", "vowed to fight").
WILLING = frozenset({"promise", "threaten", "deny", "appeal", "announce", "acknowledge"})
#: Dependencies of a clause that may close a content with a claim of its own ("…, saying X").
NESTED_DEPS = frozenset({"advcl", "relcl", "acl:relcl", "acl", "conj", "xcomp", "parataxis", "pcomp"})
#: Stances of nouns of saying that commit to what their infinitive says ("an agreement to…").
COMMITTING_STANCES = frozenset({"promise", "appeal", "acknowledge", "threaten"})
#: Stances of nouns that judge what they are about (criticism, forecast), not say it to someone.
JUDGMENT_STANCES = frozenset({"accuse", "estimate"})
#: What a verb like "seem" says of its subject ("seems to have left", "seems risky", "semble risqué").
RAISED_DEPS = frozenset({"xcomp", "acomp", "oprd", "attr"})
#: A first line this long at most is a headline; title case is this share of its longer words capitalised.
HEADLINE_CHARS = 200
TITLE_CASE_SHARE = 0.75
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


def find_quotes(text: str, dashes: str = DASHES) -> list[Quote]:
    """Top-level quotations of a text, in order; `dashes` open dialogue turns ("" for none)."""
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, its position)
    resume = -1
    n = len(text)
    turns = [m.start() for m in _turn_openings(dashes).finditer(text)] if dashes else []
    events = sorted([*((m.start(), m.group()) for m in _MARKS.finditer(text)), *((t, "") for t in turns)])
    for i, mark in events:
        if i < resume:
            continue
        if not mark:  # a turn of dialogue starts: an open quote (its closing mark lost) ends here
            if stack and stack[0][0] in "«“":
                quotes.append(_quote(text, stack[0][1], i, stack[0][0], closed=False))
                stack.clear()
            continue
        if mark == "\n":
            if not stack:
                continue
            nxt = _next_paragraph(text, i)
            opener = stack[0][0]
            if nxt < n and text.startswith(opener, nxt) and opener in "«“":
                resume = nxt + len(opener)  # the quote goes on in the next paragraph
            else:
                quotes.append(_quote(text, stack[0][1], i, opener, closed=False))
                stack.clear()
        elif stack and mark in _closers(stack[-1][0]) and _closes(text, i, mark):
            opener, start = stack.pop()
            if not stack:
                quotes.append(_quote(text, start, i + len(mark), opener, closed=True, closing=mark))
        elif mark in CLOSERS and _opens(text, i, mark):
            if stack and mark == stack[-1][0] == "«" and _after_sentence(text, i):
                continue  # « A. « B. »: a quote reopened for its next paragraph, not a quote inside it
            stack.append((mark, i))
        elif mark == "”" and not stack and _opens(text, i, mark) and _after_sentence(text, i):
            stack.append((mark, i))  # ”A.” ― Jane Doe: a closing mark typed to open a quote, after a sentence
        elif mark in "»”" and stack:  # a closing mark of an outer quote: close what is inside too
            for depth in range(len(stack) - 1, -1, -1):
                if mark in _closers(stack[depth][0]):
                    opener, start = stack[depth]
                    del stack[depth:]
                    if not stack:
                        quotes.append(_quote(text, start, i + 1, opener, closed=True, closing=mark))
                    break
    if stack:
        quotes.append(_quote(text, stack[0][1], n, stack[0][0], closed=False))
    if dashes:
        quotes.extend(_dash_turns(text, quotes, dashes))
    return sorted(quotes, key=lambda q: q.start)


#: Opening mark -> the marks that close it. "''" is the typewriter double quote of wire copy.
CLOSERS = {"«": ("»",), "“": ("”",), "‘": ("’",), '"': ('"', "''"), "''": ("''", '"'), "``": ("''",), "„": ("“", "”")}
#: A closing mark typed where a quote opens (”A.”) closes with itself.
CLOSERS_OF_TYPOS = {"”": ("”",)}


def _closers(opener: str) -> tuple[str, ...]:
    return CLOSERS.get(opener) or CLOSERS_OF_TYPOS[opener]


QUOTE_MARKS = frozenset({*'«»“”‘’"„', "''", "``"})
_MARKS = re.compile(r"''|``|[«»“”‘’\"„\n]")


def _after_sentence(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \t\u00a0\u202f")
    return not before or before[-1] in ".!?…»\n"


def _next_paragraph(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _paragraph_end(text: str, i: int) -> int:
    """Where the paragraph around `i` ends: its line break, or the end of the text."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _opens(text: str, i: int, mark: str) -> bool:
    if mark in ("«", "“", "„", "``"):
        return True
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isspace() and (before.isspace() or before in "([{«“—–-:/" or i == 0)


def _closes(text: str, i: int, mark: str) -> bool:
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark in ('"', "''", "’"):
        return not after.isalnum()
    return True


def _quote(text: str, start: int, end: int, mark: str, *, closed: bool, closing: str = "") -> Quote:
    inner_start = start + len(mark)
    inner_end = end - len(closing) if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end, mark)


@functools.lru_cache(maxsize=8)
def _turn_openings(dashes: str) -> re.Pattern[str]:
    """A dash opening a paragraph, or a sentence after the end of another ("? – C'est leur plaisir.")."""
    return re.compile(
        rf"(?:^|(?<=[.!?…:»”]))[ \t\u00a0\u202f]*[{dashes}][ \t\u00a0\u202f]*(?=[^\W\d_]|[«“\"…])",
        re.MULTILINE,
    )


def _dash_turns(text: str, quotes: list[Quote], dashes: str) -> list[Quote]:
    """Dialogue: a dash that opens a paragraph, or follows the end of a sentence and opens another
    ("? – C'est leur plaisir."), starts a turn of speech that lasts until the next turn or the
    end of the paragraph."""
    starts = list(_turn_openings(dashes).finditer(text))
    turns = []
    for k, match in enumerate(starts):
        begin = match.start() + len(match.group()) - len(match.group().lstrip(" \t\u00a0\u202f"))
        start = match.end()
        end = _paragraph_end(text, start)
        if k + 1 < len(starts) and starts[k + 1].start() < end:
            end = starts[k + 1].start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or any(q.start <= start < q.end for q in quotes):
            continue
        turns.append(Quote(begin, end, start, end, "—"))
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
    #: False when the cue's subject is no speaker ("the plan seems risky": the writer's view).
    sourced: bool = True

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@functools.lru_cache(maxsize=8)
def _phrase_heads(cues: tuple[str, ...]) -> frozenset[str]:
    """The first words of the cues of several words ("point" of "point out"): only they look for the rest."""
    return frozenset(cue.split()[0] for cue in cues if " " in cue)


@functools.lru_cache(maxsize=8)
def _channel_patterns(channels: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    """A language's channel phrases, compiled once per process."""
    return [(re.compile(pattern), label) for pattern, label in channels]


class Attribution:
    """The claims of one parsed article."""

    def __init__(
        self,
        doc: Doc,
        data: LanguageData,
        entities: list[Entity],
        times: Iterable[Time] = (),
        quantities: Iterable[Quantity] = (),
        text: str | None = None,
    ) -> None:
        self.doc = doc
        # spaCy joins the tokens again at each `doc.text` (a millisecond an article): the stage has it
        self.text = doc.text if text is None else text
        self.data = data
        #: The tokens and their lowercased lemmas, made once for the passes over the whole text.
        self._tokens = tokens_of(doc)
        self._lemmas = [t.lemma_.lower() for t in self._tokens]
        self.words = data.claims
        self.entities = entities
        self.times = list(times)
        self.quantities = list(quantities)
        self._mentions = MentionIndex(entities)
        self._starts = [token.idx for token in self._tokens]
        self._keys: dict[int, str | None] = {}
        self._incise_cache: dict[tuple[int, int], list[tuple[Token, int, int]]] = {}
        self._channels = _channel_patterns(tuple(self.words.channels.items()))
        self._phrase_heads = _phrase_heads(tuple(self.words.cues))
        self._channel_cache: dict[int, list[tuple[int, int, str]]] = {}
        self._lowered: str | None = None
        #: Prepositions before a speaker that are no part of its name ("par X", "à X").
        self._markers = data.events.agents | self.words.experiencer_prepositions
        quotes = [self._turn_end(q) for q in find_quotes(self.text, self.words.dialogue_dashes)]
        turns = [q for q in quotes if q.mark == "—"]
        turn_starts = [t.inner_start for t in turns]

        def in_turn(quote: Quote) -> bool:  # a quote inside a turn of dialogue is part of what is said in it
            k = bisect.bisect_right(turn_starts, quote.start) - 1
            return k >= 0 and quote.start < turns[k].end

        self.quotes = [q for q in quotes if q.mark == "—" or not in_turn(q)]
        self._quote_starts = [q.inner_start for q in self.quotes]

    def _turn_end(self, quote: Quote) -> Quote:
        """A dialogue turn ends where the narration takes over: a sentence told in the narrative tense
        ("Elle fit la moue.", "Il était livide.", "Elle s'était tournée vers lui."), or one that
        introduces the next turn ("Il dit en riant :")."""
        if quote.mark != "—":
            return quote
        span = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if span is None:
            return quote
        # a turn that opens its paragraph is bounded by it; one run into the text (paragraphs lost)
        # has only the tense of the narration to end it
        inline = quote.start > 0 and self.text[quote.start - 1] != "\n"
        tenses = self.words.narrative_tenses | (self.words.inline_narrative_tenses if inline else frozenset())
        resumes = self._reopened(quote)
        for sentence in _sentences(span)[1:]:
            if sentence[0].idx >= quote.inner_end or any(r > sentence[0].idx for r in resumes):
                continue  # a story told in the narrative tense inside a speech that goes on: « A. « B.
            root = _clause_root(sentence)
            verb = _finite(root)
            says = (
                (self._cue_key(root) or root.lemma_.lower() in self.words.incise_verbs)
                and any(c.i > root.i and c.dep_ in (*SUBJECT_DEPS, "obj", "dobj") for c in root.children)
                and not any(c.i < root.i and c.dep_ in SUBJECT_DEPS for c in root.children)  # an incise inverts
            )
            words = sentence.text.rstrip()
            narrative = (
                (root.pos_ in ("VERB", "AUX") or verb.i != root.i)
                and not says  # "répétait l'étrangère.": an incise, not narration
                and "3" in verb.morph.get("Person", [])
                and "Ind" in verb.morph.get("Mood", [])
                and (any(tense in tenses for tense in verb.morph.get("Tense", [])) or self._narrative_form(root))
                and not any(self._personal(t) for t in sentence)
                and not words.endswith(("?", "!"))
            )
            introduces = words.endswith(":") and sentence.end_char >= quote.inner_end - 1
            if narrative or introduces:
                end = sentence.start_char
                while end > quote.inner_start and self.text[end - 1].isspace():
                    end -= 1
                return Quote(quote.start, end, quote.inner_start, end, quote.mark) if end > quote.inner_start else quote
        return quote

    def _personal(self, token: Token) -> bool:
        """A first- or second-person word ("je", "vous", "votre"): the mark of speech."""
        possessive = token.lower_ in self.words.personal_words and token.pos_ in ("DET", "PRON")  # not "d'un ton sec"
        return possessive or any(p in ("1", "2") for p in token.morph.get("Person", []))

    def _reopened(self, quote: Quote) -> list[int]:
        """Where a speech goes on in a new paragraph inside a turn, the paragraphs run together: an opening
        mark after the end of a sentence that no closing mark follows before the next one
        ("— C'était un soir. « Je la vis. Elle lisait. « Je partis." ); each is still the same speech."""
        text = self.text
        marks = [i for i in range(quote.inner_start, quote.inner_end) if text[i] in "«“" and _after_sentence(text, i)]
        found = []
        for k, i in enumerate(marks):
            stop = marks[k + 1] if k + 1 < len(marks) else quote.inner_end
            if not any(text[j] in CLOSERS[text[i]] for j in range(i + 1, stop)):
                found.append(i)
        return found

    def _narrative_form(self, verb: Token) -> bool:
        """A verb form of the narrative tense the tagger took for another ("Elle lui baisa le front",
        "Ils se turent", tagged present): a form of the list, or the lemma's stem with its ending."""
        form, lemma = verb.lower_, verb.lemma_.lower()
        return form in self.words.narrative_forms or any(
            lemma.endswith(ending) and form in {lemma[: -len(ending)] + e for e in endings}
            for ending, endings in self.words.narrative_endings
        )

    # -- 1. building drafts ------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        drafts = self._cue_claims()
        drafts += self._noun_claims(drafts)
        drafts += self._raising_claims(drafts)
        drafts += self._adjective_claims(drafts)
        drafts += self._experiencer_claims(drafts)
        drafts += self._hearsay_claims(drafts)
        drafts += self._colon_claims(drafts)
        drafts += self._quote_claims(drafts)
        drafts += self._according_to_claims(drafts)
        drafts += self._document_claims(drafts)
        self._headline_claims(drafts)
        drafts += self._misread_cue_claims(drafts)
        drafts = _one_claim_per_cue(drafts)
        drafts = _dedupe(drafts)
        for draft in drafts:
            if draft.kind != "direct":
                start, end = draft.parts[-1]
                draft.parts[-1] = (start, self._across_cut(end))
        drafts.sort(key=lambda d: d.start)
        result: list[Claim] = []
        previous: str | None = None
        for i, draft in enumerate(drafts, 1):
            claim = self._claim(f"C{i}", draft, previous)
            if claim.speaker is not None:
                previous = claim.speaker
            result.append(claim)
        return result

    def _across_cut(self, end: int) -> int:
        """Where a content ends at a sentence the parser cut with no punctuation ("cited remarks | Trump had
        made about her as…"), the end of the next sentence; else `end`."""
        index = bisect.bisect_right(self._starts, end - 1) - 1
        if index < 0 or index + 1 >= len(self._tokens):
            return end
        last, following = self._tokens[index], self._tokens[index + 1]
        if (
            not following.is_sent_start
            or last.is_punct
            or following.is_punct
            or following.is_space
            or last.idx + len(last) != end
            or "\n" in self.text[end : following.idx]
        ):
            return end
        final = sentence_of(following)[-1]
        trimmed = self._trim(following.idx, final.idx + len(final))
        return trimmed[1] if trimmed is not None else end

    def _inside_quote(self, i: int) -> Quote | None:
        k = bisect.bisect_right(self._quote_starts, i)
        for quote in self.quotes[max(0, k - 3) : k]:
            if quote.inner_start <= i < quote.inner_end:
                return quote
        return None

    def _cue_key(self, token: Token) -> str | None:
        """The cue table entry a token is: its lemma, with its reflexive pronoun ("se plaindre"), its
        particle, object or preposition ("point out", "faire référence", "call for")."""
        if token.i in self._keys:
            return self._keys[token.i]
        self._keys[token.i] = key = self._find_cue_key(token)
        return key

    def _lemma(self, token: Token) -> str:
        """The token's lemma, repaired where the lemmatizer gave up on a verb ("indique" -> "indiquer")."""
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma in self.words.cues:
            return lemma
        if lemma == token.lower_:
            for ending, replacement in self.words.lemma_repairs:
                if lemma.endswith(ending) and lemma[: -len(ending)] + replacement in self.words.cues:
                    return lemma[: -len(ending)] + replacement
        form = token.lower_
        for ending in self.words.dropped_endings:  # "hoped", "hoping" -> "hop", not "hope"; "hopping" is "hop"
            if lemma + ending in self.words.cues and form.startswith(lemma) and not form.startswith(lemma + lemma[-1]):
                return lemma + ending
        return lemma

    def _find_cue_key(self, token: Token) -> str | None:
        lemma = self._lemma(token)
        cues = self.words.cues
        if self.words.reflexives and any(c.lower_ in self.words.reflexives for c in token.lefts):
            for pronoun in self.words.reflexives:
                for joined in (f"{pronoun} {lemma}", f"{pronoun}{lemma}"):
                    if joined in cues:
                        return joined
        for child in token.rights if lemma in self._phrase_heads else ():
            if child.dep_ in ("prt", "compound:prt"):  # "spoke out against the war": the particle and its preposition
                for after in token.rights:
                    phrase = f"{lemma} {child.lemma_.lower()} {after.lemma_.lower()}"
                    if after.i > child.i and after.dep_ == "prep" and phrase in cues:
                        return phrase
            if child.dep_ in ("prt", "compound:prt", "obj", "dobj", "fixed", "prep"):
                phrase = f"{lemma} {child.lemma_.lower()}"
                if phrase in cues:
                    return phrase
            elif child.dep_ in ("obl", "obl:arg"):  # "répondre aux critiques", "voter contre la réforme"
                case = _case(child)
                if case is not None and f"{lemma} {case}" in cues:
                    return f"{lemma} {case}"
            elif child.dep_ == "advcl" and not any(
                c.dep_ in ("prep", "obl") and token.i < c.i < child.i for c in token.children
            ):  # "called for [the mayor to resign]", "asked them if…": the parser's "for", "if" opens a clause;
                # not after a phrase of the cue ("asked for more money if the vote fails": a condition)
                for mark in child.children:
                    if mark.dep_ == "mark" and mark.i < child.i and f"{lemma} {mark.lower_}" in cues:
                        return f"{lemma} {mark.lower_}"
        return lemma if lemma in cues else None

    def _cue_claims(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        for token in self._tokens:
            if token.pos_ not in ("VERB", "AUX") or self._inside_quote(token.idx) is not None:
                continue  # a verb of saying inside a quote is the speaker's word, or the quote's incise
            key = self._cue_key(token)
            if key is None:
                continue
            view = self._view_passive(token)
            if view is not None:
                drafts.append(view)
                continue
            if self._is_modal_passive(token):
                continue
            if token.dep_ == "pcomp" and "Inf" in token.morph.get("VerbForm", []):
                continue  # "according to show insiders": a bare verb under a preposition is a misread noun
            if self._imperative(token) or self._asks_the_reader(token):
                continue  # "Imagine that she…", "Do you know where…?": the writer asks the reader, no one says it
            misread = self._misread_as_incise(token)
            complement = self._complement(token) if misread is None else None
            parts = misread[1] if misread else [complement] if complement is not None else self._incise_content(token)
            if not parts:
                fragment = self._fragment_before(token)
                parts = [fragment] if fragment is not None else []
            relative = None if parts else self._antecedent(token, key)
            if relative is not None:
                parts = [relative]
            block = None if parts else self._block_after_colon(token)
            if block is not None:
                parts = [block]
            if not parts:
                continue
            start, end = parts[0][0], parts[-1][1]
            if self._inside_quote(token.idx) and self._inside_quote(start):
                continue  # a verb of saying inside someone's quote is theirs, not a cue
            running = self._quote_running_on(start, end)
            if running is not None:  # 'said the country had spent “hundreds of years … ”': to its close
                parts[-1] = self._trim(parts[-1][0], running.inner_end) or parts[-1]
                end = parts[-1][1]
            quotes = [q for q in self.quotes if start <= q.inner_start and q.inner_end <= end]
            covering = self._covering_quote(start, end)
            if covering is not None:
                draft = _Draft("direct", self._parts(covering), quotes=[covering])
                rest = self._split_rest(covering, token, drafts)
                if rest is not None:
                    draft.parts.extend(self._parts(rest))
                    draft.quotes.append(rest)
            else:
                draft = _Draft("mixed" if quotes else "indirect", parts, quotes=quotes)
            draft.cue = token
            draft.speaker = misread[0] if misread else None
            draft.stance = self.words.cues[key]
            # "were accused of abuses", "failed as predicted": no one named says it; "est convaincu que": its
            # subject believes it
            passive = (self._agentless_passive(token) and key not in self.words.cue_adjectives) or self._bare_as(
                token
            ) is not None
            draft.sourced = not passive and not (
                relative is not None and not any(c.dep_ in (*SUBJECT_DEPS, *AGENT_DEPS) for c in token.children)
            )
            drafts.append(draft)
        return drafts

    def _block_after_colon(self, cue: Token) -> tuple[int, int] | None:
        """What a cue ending its paragraph with a colon introduces: the next paragraph, quoted without
        marks ("Smith added:\n\nAnd this is…", "Le maire a ajouté :\n\nEt c'est…"); a quote there has
        its own claim."""
        sentence = sentence_of(cue)
        colon = next((t for t in reversed(sentence) if not t.is_space), None)
        if colon is None or colon.text != ":" or colon.i <= cue.i:
            return None
        if any(cue not in t.ancestors and t.i != cue.i for t in self.doc[cue.i + 1 : colon.i]):
            return None  # the colon closes another clause than the cue's
        after = colon.idx + 1
        stop = _paragraph_end(self.text, after)
        if self.text[after:stop].strip():
            return None  # the colon does not end its paragraph
        start = _next_paragraph(self.text, stop)
        end = _paragraph_end(self.text, start)
        if start >= end or self.text[start] in OPENING_EDGE:
            return None
        return self._trim(start, end)

    def _quote_running_on(self, start: int, end: int) -> Quote | None:
        """A quote that opens inside an indirect content and closes after it (the parser ended the clause
        at a sentence inside the quote): the reported words go on to its close."""
        k = bisect.bisect_left(self._quote_starts, start)
        for quote in self.quotes[k : k + 3]:
            if start < quote.inner_start < end < quote.inner_end and quote.mark != "—":
                return quote
        return None

    @staticmethod
    def _imperative(verb: Token) -> bool:
        """A main verb in the imperative, or a bare infinitive with no subject nor auxiliary."""
        morph = verb.morph
        bare = "Imp" in morph.get("Mood", []) or ("Inf" in morph.get("VerbForm", []) and not morph.get("Mood", []))
        alone = not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") or c.dep_ == "mark" for c in verb.children)
        if verb.dep_ == "conj" and verb.head.i < verb.i and bare and alone:
            return Attribution._imperative(verb.head)  # "Go further, and ask yourself…"
        return verb.dep_ == "ROOT" and bare and alone

    def _asks_the_reader(self, verb: Token) -> bool:
        """A question to the reader ("Do you know where the money went?", "Would you think she is wrong?",
        "Savez-vous où est passé l'argent ?"): its subject is "you" and its sentence ends with "?"."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or "2" not in subject.morph.get("Person", []):
            return False
        words = [t for t in sentence_of(verb) if not t.is_space]
        return bool(words) and words[-1].text == "?"

    def _view_passive(self, cue: Token) -> _Draft | None:
        """ "The vote is expected to pass", "North Korea is not thought to be capable of…", "it is considered
        a threat", "was seen as a favourite", "il est soupçonné d'avoir menti", "est considéré comme une
        menace": a view no one is named for, of the subject and what is said of it. A cue that is speech
        only with a clause or a likening ("see", "voir") is a view only with the likening ("was seen as a
        favourite", "est vu comme une menace"; not "officers were seen gathered")."""
        lemma = self._lemma(cue)
        if lemma not in self.words.view_passives or any(c.dep_ in AGENT_DEPS for c in cue.children):
            return None
        subject = next((c for c in cue.children if c.dep_ in PASSIVE_SUBJECT_DEPS and c.i < cue.i), None)
        # "Burma, also known as Myanmar": a participle set off from the noun phrase right before it says it of
        # that phrase ("a transition in Burma, also known as…", "on March 1, known as…")
        set_off = subject is None and cue.dep_ == "acl" and cue.head.i < cue.i and self._set_off(cue)
        last = self.doc[cue.left_edge.i - 2] if set_off else cue
        if set_off:
            subject = last if last.pos_ in ("NOUN", "PROPN", "PRON") or last.head.i > last.i else last.head
        likening = self.words.likening
        likened_only = lemma in self.words.quote_cues

        def said(c: Token) -> bool:  # "to pass", "a threat", "as a mistake", "comme une menace"
            marked = any(g.dep_ in ("case", "mark") and g.lower_ in likening for g in c.children)
            return (
                (c.dep_ in ("xcomp", "oprd", "attr", "acomp") and (marked or not likened_only))
                or (c.dep_ == "prep" and c.lower_ in likening)
                or (c.dep_ in ("obl", "advcl") and marked)
            )

        infinitive = next((c for c in cue.children if c.i > cue.i and said(c)), None)
        if subject is None or infinitive is None or subject.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        named = (
            self._trim(subject.left_edge.idx, last.idx + len(last))
            if set_off
            else self._clause_span(subject, exclude=cue)
        )
        spans = [named, self._clause_span(infinitive, exclude=cue)]
        parts = [p for p in spans if p is not None]
        if len(parts) < 2:
            return None
        quotes = [q for q in self.quotes if parts[0][0] <= q.inner_start and q.inner_end <= parts[-1][1]]
        draft = _Draft("mixed" if quotes else "indirect", parts, cue=cue, quotes=quotes)
        draft.stance = self.words.cues[self._cue_key(cue) or ""]
        draft.sourced = False
        return draft

    def _set_off(self, participle: Token) -> bool:
        """A participle set off from the noun before it by a comma, a dash or a bracket ("Burma, also known
        as Myanmar"), not one that tells which ("a group known as Fancy Bear")."""
        first = participle.left_edge
        return first.i > 1 and self.doc[first.i - 1].text in (",", "(", "-", "--", "—", "–")

    def _said_of(self, children: list[Token]) -> list[Token]:
        """What a passive cue says of its subject: a predicate ("was called a hero") or a phrase of a
        predicating or topic preposition ("was criticized for…", "was asked about…")."""
        words = self.words.predicating | self.words.topic_prepositions
        return [
            c
            for c in children
            if c.dep_ in ("oprd", "xcomp")
            or (c.dep_ in ("prep", "obl", "advcl") and c.lower_ in words)
            or (
                c.dep_.split(":")[0] in ("obl", "advcl")
                and any(g.dep_ in ("case", "mark") and g.lower_ in words for g in c.children)
            )
        ]

    def _unsourced_passive(self, cue: Token) -> bool:
        """A cue of a noun content in the passive with no agent ("a curfew was announced", "il a été
        critiqué pour…"): something was said of its subject by no one named."""
        return (self._cue_key(cue) or "") in self.words.noun_content and self._agentless_passive(cue)

    @staticmethod
    def _agentless_passive(cue: Token) -> bool:
        """A cue in the passive with its subject before it and no agent ("were accused of abuses", "was
        told that…"): its subject is whom it was said of or to, no speaker."""
        children = {c.dep_ for c in cue.children}
        return (
            bool(children & PASSIVE_SUBJECT_DEPS)
            and not children & AGENT_DEPS
            and not any(c.dep_ in PASSIVE_SUBJECT_DEPS and c.i > cue.i for c in cue.children)
        )

    def _noun_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """Nouns of saying with a clause: "Trump's claim that…", "l'annonce que…", "le démenti du Kremlin
        selon lequel…"; nouns of intent with an infinitive ("her plan to cut taxes", "sa décision de
        partir"); nouns of saying with a topic ("his comments on the shooting", "les questions sur sa
        santé"). The speaker is the noun's possessor or its "de"/"of"/"by" complement."""
        found = []
        taken = [(d.start, d.end) for d in drafts]
        words = self.words
        for token, lemma in zip(self._tokens, self._lemmas, strict=True):
            if not (
                lemma in words.cue_nouns or lemma in words.intent_nouns or lemma in words.topic_nouns
            ) or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if self._inside_quote(token.idx):
                continue
            stance, clause = words.cue_nouns.get(lemma, ""), None
            if stance:
                clause = next(
                    (
                        c
                        for c in token.children
                        if c.i > token.i
                        and c.dep_ in ("acl", "ccomp", *RELATIVE_DEPS)  # "l'espoir que…" read as a relative
                        and (
                            any(m.dep_ == "mark" and m.lower_ in words.complementisers for m in c.children)
                            or (c.dep_ in RELATIVE_DEPS and self._according_relative(c) is not None)
                        )
                    ),
                    None,
                )
            if clause is None and stance and token.dep_ in SUBJECT_DEPS and token.head.pos_ == "AUX":
                # "his argument is that…", "the bet was that…": the clause the copula gives it
                clause = next(
                    (
                        c
                        for c in token.head.children
                        if c.i > token.head.i
                        and c.dep_ == "ccomp"
                        and any(m.dep_ == "mark" and m.lower_ in words.complementisers for m in c.children)
                    ),
                    None,
                )
            if clause is None and stance and token.dep_ in ("obj", "dobj"):
                # "make the case [to members] that…": the parser hangs the noun's clause on its verb
                clause = next(
                    (
                        c
                        for c in token.head.children
                        if c.i > token.i
                        and c.dep_ == "ccomp"
                        and any(m.dep_ == "mark" and m.lower_ in words.complementisers for m in c.children)
                    ),
                    None,
                )
            if clause is None and lemma in words.intent_nouns and _possessor(token) is not None:
                # "his plan to cut taxes", "sa décision de partir"; not "a plan to build bunkers"
                stance, clause = words.intent_nouns[lemma], self._noun_infinitive(token)
            if clause is None and stance in COMMITTING_STANCES:
                # "an agreement to curb emissions", "une promesse de baisser les impôts": what a noun of
                # commitment commits to, said by whoever made it, named or not
                clause = self._noun_infinitive(token)
            topical = clause is None and lemma in words.topic_nouns
            if topical:
                stance, clause = words.topic_nouns[lemma], self._noun_topic(token)
                possessor = _possessor(token)
                if lemma in words.personal_cues and not (
                    (possessor is not None and self._person(possessor)) or (clause is not None and self._person(clause))
                ):
                    continue  # "the attack on the embassy": force, not words; "her attacks on Smith": words
            if clause is None:
                continue
            span = self._clause_span(clause, exclude=token)
            if topical and span is not None:
                span = self._with_following(token, clause, span)
            relative = self._according_relative(clause) if clause.dep_ in RELATIVE_DEPS else None
            if span is not None and relative is not None:  # "selon lequel le pont…": from "le pont"
                span = self._trim(self.doc[relative.i + 1].idx, span[1])
            if span is None or any(s <= span[0] < e for s, e in taken):
                continue
            quotes = [q for q in self.quotes if span[0] <= q.inner_start and q.inner_end <= span[1]]
            draft = _Draft("mixed" if quotes else "indirect", [span], quotes=quotes, stance=stance)
            draft.cue_text = (token.idx, token.idx + len(token))
            draft.speaker = next(
                (
                    c
                    for c in token.children
                    if c.dep_ in ("poss", "nmod:poss", *SUBJECT_DEPS)
                    or (c.dep_ in ("nmod", "prep") and c.i < clause.i and self._entity_at(c) is not None)
                    or (c.dep_ == "prep" and c.lower_ in self.words.source_prepositions)
                    or (c.dep_ == "compound" and self._speaks(c))
                ),
                None,
            )
            if draft.speaker is not None and draft.speaker.dep_ == "prep":
                draft.speaker = next((c for c in draft.speaker.children if c.dep_ == "pobj"), None)
            marker = draft.speaker and next((c for c in draft.speaker.children if c.dep_ == "case"), None)
            if draft.speaker is not None and marker is not None and marker.lower_ in words.source_prepositions:
                # "l'annonce de Reuters": the speaker is "Reuters", not "de Reuters"
                draft.speaker_span = (self.doc[marker.i + 1].idx, self._noun_phrase(draft.speaker)[1])
            if (
                draft.speaker is None
                and token.dep_ in ("obj", "dobj")
                and (clause.dep_ not in CONTENT_DEPS or clause.head.i == token.head.i)
                and token.head.lemma_.lower() not in words.receiving_verbs  # "faced criticism": its target
            ):
                draft.speaker = self._subject(token.head)  # "tried to make the case that…": who tried
            found.append(draft)
        return found

    def _according_relative(self, clause: Token) -> Token | None:
        """The relative pronoun that opens a relative clause after "according to" ("un rapport selon lequel
        le pont…", "a report according to which the bridge…"): the clause is what the noun says."""
        first = clause.left_edge
        for pronoun in self.doc[first.i : clause.i]:
            if "Rel" in pronoun.morph.get("PronType", []) or pronoun.tag_ in ("WDT", "WP"):
                opening = self.doc[first.i : pronoun.i].text.lower()
                return pronoun if opening in self.words.according_to else None
        return None

    def _speaks(self, token: Token) -> bool:
        entity = self._entity_at(token)
        return entity is not None and entity.type in SPEAKER_TYPES

    def _noun_infinitive(self, noun: Token) -> Token | None:
        """The infinitive a noun of intent governs ("plans to cut", "décision de partir"), or the one the
        parser hung on the noun's verb right after it ("a pris la décision [de partir]")."""
        for child in noun.children:
            if child.i > noun.i and child.dep_ in ("acl", "xcomp") and "Inf" in child.morph.get("VerbForm", []):
                return child
            if child.i > noun.i and child.dep_ == "prep" and child.lower_ in self.words.topic_prepositions:
                # "hopes of coming back", "the threat of leaving": the gerund stands for the infinitive
                gerund = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                if gerund is not None:
                    return gerund
        if noun.dep_ not in ("obj", "dobj"):
            return None
        for sibling in noun.head.children:
            if (
                sibling.dep_ in ("xcomp", "acl")
                and sibling.left_edge.i == noun.right_edge.i + 1
                and "Inf" in sibling.morph.get("VerbForm", [])
                and any(c.dep_ in ("mark", "aux") and c.i < sibling.i for c in sibling.children)
            ):
                return sibling
        return None

    def _noun_topic(self, noun: Token) -> Token | None:
        """What a noun of saying is about: "questions about his health", "comments on the vote",
        "les questions sur sa santé"."""
        prepositions = self.words.noun_topic_prepositions
        if self.words.topic_nouns.get(self._lemmas[noun.i]) in JUDGMENT_STANCES:
            prepositions = prepositions | self.words.judgment_prepositions
        for child in noun.children:
            if child.i < noun.i or self._is_time(child):
                continue
            if child.dep_ == "prep" and child.lower_ in prepositions:
                topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                return None if topic is None or self._is_time(topic) else topic
            if child.dep_ in ("nmod", "obl") and _case(child) in prepositions:
                return child
        return None

    def _with_following(self, noun: Token, topic: Token, span: tuple[int, int]) -> tuple[int, int]:
        """A noun's topic with the phrases the parser hung on the noun right after it, with no comma
        between ("questions about [business practices at a foundation]"): still the topic's; not when
        or where it was said ("questions about his health [on Monday]", "[in a tweet]")."""
        end = topic.right_edge.i
        for child in sorted((c for c in noun.children if c.i > end), key=lambda c: c.i):
            if (
                child.left_edge.i != end + 1
                or child.dep_ not in ("prep", "nmod")
                or self._is_time(child)
                or any(self._is_time(c) for c in child.children if c.dep_ in ("pobj", "obl", "nmod"))
                or self._circumstance(child)
                or self._is_channel(child)
            ):
                break
            end = self._before_nested_cue(child, child.right_edge.i)
        if end == topic.right_edge.i:
            return span
        last = self.doc[end]
        return self._trim(span[0], last.idx + len(last)) or span

    def _adjective_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "She was sure that…", "Le ministre est convaincu que…": an adjective of belief or feeling with
        a clause; "He is a staunch opponent of the tax", "Elle est une fervente partisane du projet": a
        noun of someone who holds a view, after a copula, with its topic. The speaker is the subject of
        the copula."""
        found = []
        taken = [(d.start, d.end) for d in drafts]
        for token, lemma in zip(self._tokens, self._lemmas, strict=True):
            impersonal = self.words.impersonal_adjectives.get(lemma)
            stance = self.words.cue_adjectives.get(lemma) or self.words.intent_adjectives.get(lemma) or impersonal
            if stance is None and lemma in self.words.holder_nouns and token.pos_ == "NOUN":
                if token.dep_ == "attr" or any(c.dep_ == "cop" for c in token.children):
                    topic = self._topic(token)
                    if topic is not None and not self._inside_quote(token.idx):
                        # with what is coordinated on its preposition: "of NATO and of its allies"
                        last = self.doc[topic.head.right_edge.i if topic.head.head.i == token.i else topic.right_edge.i]
                        span = self._clause_span(topic, exclude=token)
                        span = span and self._trim(span[0], max(span[1], last.idx + len(last)))
                        found += self._held(token, topic, self.words.holder_nouns[lemma], taken, span)
                continue
            if stance is None or token.pos_ not in ("ADJ", "VERB", "ADV") or self._inside_quote(token.idx):
                continue
            clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
            if clause is None and token.dep_ in ("acomp", "attr"):  # "was sure Trump would win": on the copula
                clause = next((c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i), None)
            if clause is None and (token.dep_ in ("acomp", "attr") or any(c.dep_ == "cop" for c in token.children)):
                clause = self._clause_right_after(token)
            made = token.dep_ in ("ccomp", "oprd", "acomp") and token.head.lemma_.lower() in self.words.causatives
            if clause is None and made:  # "made it clear [he had doubts]": the parser hangs it anywhere after
                clause = next(
                    (
                        c
                        for c in (*token.children, *token.head.children)
                        if c.i > token.i and c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                    ),
                    None,
                )
            clause = clause or self._topic(token)  # "worried about the vote", "inquiet de la situation"
            if clause is None and lemma in self.words.intent_adjectives:  # "willing to talk"
                clause = next(
                    (c for c in token.children if c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm", [])), None
                )
            if clause is None or (clause.dep_ != "ccomp" and stance is impersonal and not made):
                continue  # "it is clear" says something only of a clause ("clear about the vote" is no view)
            found += self._held(token, clause, stance, taken, impersonal=impersonal is not None)
        return found

    def _clause_right_after(self, token: Token, *, asks: bool = False) -> Token | None:
        """ "the race, in which she was sure Ruiz would win": a clause that starts right after `token` (or
        after a complementiser) though the parser hung it higher up, on a verb outside the relative; with
        `asks`, also a question the parser read as an adverbial clause ("a remark questioning why she is
        not ahead")."""
        first = token.i + 1
        if first < len(self.doc) and self.doc[first].lower_ in self.words.complementisers:
            first += 1
        if first >= sentence_of(token).end:
            return None
        deps = ("ccomp", "advcl") if asks else ("ccomp",)
        head = self.doc[first]
        while head.dep_ not in deps and head.head.i != head.i:
            head = head.head
        if head.dep_ not in deps or head.left_edge.i not in (token.i + 1, first) or head.i < token.i:
            return None
        if head.dep_ == "advcl" and head.left_edge.lower_ not in self.words.question_words:
            return None
        return head if any(c.dep_ in SUBJECT_DEPS for c in head.children) else None

    def _experiencer_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "That worries environmentalists", "something that concerns the mayor", "Cela inquiète les
        écologistes": a verb of feeling with its object who feels it; the object holds the view, and what
        it is about is the subject (a clause would make it the cue of its own subject: "He worries that…")."""
        found = []
        taken = [(d.start, d.end) for d in drafts]
        for token, lemma in zip(self._tokens, self._lemmas, strict=True):
            stance = self.words.experiencer_verbs.get(lemma)
            if stance is None or token.pos_ != "VERB" or self._inside_quote(token.idx):
                continue
            if any(c.dep_ in CONTENT_DEPS for c in token.children):
                continue
            subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i), None)
            feeler = next((c for c in token.children if c.dep_ in ("obj", "dobj") and c.i > token.i), None)
            if subject is None or feeler is None or not self._animate(feeler):
                continue
            span = self._span(subject.left_edge.i, subject.right_edge.i + 1)
            if span is None or any(s < span[1] and span[0] < e for s, e in taken):
                continue  # "Her eagerness to meet the voters surprised her aides": the subject's own claim
            draft = _Draft("indirect", [span], cue=token, stance=stance)
            draft.speaker = feeler
            found.append(draft)
        return found

    def _hearsay_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """An adverb of hearsay says its clause around it, told by no one named ("The group is reportedly
        spending $1 million"): its verb's clause, without the adverb; not a cue's, whose claim it is
        ("Smith reportedly said…")."""
        found = []
        cued = {d.cue.i for d in drafts if d.cue is not None}
        adverbs = self.words.hearsay_adverbs
        for token, lemma in zip(self._tokens, self._lemmas, strict=True):
            stance = adverbs.get(lemma)
            if stance is None:
                continue
            verb = token.head
            if verb.i == token.i or verb.i in cued or self._cue_key(verb):
                continue
            if self._inside_quote(token.idx) is not None or verb.pos_ not in ("VERB", "AUX"):
                continue
            words = [t for t in verb.subtree if t.i != token.i]
            before = [t for t in words if t.i < token.i]
            after = [t for t in words if t.i > token.i]
            parts = [
                span
                for span in (
                    self._span(before[0].i, before[-1].i + 1) if before else None,
                    self._span(after[0].i, after[-1].i + 1) if after else None,
                )
                if span is not None
            ]
            if parts:
                draft = _Draft("indirect", parts, cue=token, stance=stance, sourced=False)
                found.append(draft)
        return found

    def _someone(self, token: Token) -> bool:
        """A person, a group or a body named, or a personal pronoun ("him", "them"; not "it")."""
        personal = "Prs" in token.morph.get("PronType", []) and "Neut" not in token.morph.get("Gender", [])
        return self._speaks(token) or personal

    def _animate(self, token: Token) -> bool:
        """Someone who can feel or hold a view: someone named, a personal pronoun, or people as a plural
        noun ("environmentalists"); not a thing ("the report concerns the budget")."""
        return self._someone(token) or (token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", []))

    def _held(
        self,
        token: Token,
        clause: Token,
        stance: str,
        taken: list[tuple[int, int]],
        span: tuple[int, int] | None = None,
        *,
        impersonal: bool = False,
    ) -> list[_Draft]:
        """The view an adjective or a noun after a copula says its subject holds. An `impersonal` adjective
        with an impersonal subject ("it is clear that…", "il est évident que…") says a view no one is named
        for; with another ("the ministry is clear that…"), its subject's."""
        span = span or self._clause_span(clause, exclude=token)
        if span is None or any(s <= span[0] < e for s, e in taken):
            return []
        made = token.dep_ == "ccomp" and token.head.lemma_.lower() in self.words.causatives  # "made it clear"
        holder = token.head if token.dep_ in ("acomp", "oprd", "xcomp", "attr") or made else token
        speaker = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS and c.i < token.i), None)
        unsourced = impersonal and (speaker is None or _impersonal(speaker))
        if speaker is None and not unsourced:
            return []
        quotes = [q for q in self.quotes if span[0] <= q.inner_start and q.inner_end <= span[1]]
        draft = _Draft("mixed" if quotes else "indirect", [span], cue=token, quotes=quotes, stance=stance)
        draft.speaker = None if unsourced else speaker
        draft.sourced = not unsourced
        return [draft]

    def _topic(self, head: Token) -> Token | None:
        """What a word is about: the object of its topic preposition ("about the vote", "de la situation")."""
        for child in head.children:
            if child.i < head.i or self._is_time(child):
                continue
            if child.dep_ == "prep" and child.lower_ in self.words.topic_prepositions:
                topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if topic is not None and self._is_time(topic):
                    continue  # "said on Monday"
                return topic
            if child.dep_ in ("obl", "obl:arg", "nmod") and any(
                c.dep_ == "case" and c.lower_ in self.words.topic_prepositions for c in child.children
            ):
                return child
        return None

    def _raising_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "The plan seems risky", "il semble que…", "Ce plan me paraît risqué": a view with no speaker
        but the one it seems to ("to me", "me"). The subject is part of what is said, not who says it, unless
        what it seems to do is to say something ("she appeared to suggest that…", "il a semblé suggérer que…")."""
        found = []
        taken = [(d.start, d.end) for d in drafts]
        for token, lemma in zip(self._tokens, self._lemmas, strict=True):
            if lemma not in self.words.raising or token.pos_ != "VERB" or self._inside_quote(token.idx):
                continue
            children = [c for c in token.children if c.i > token.i]
            clause = next((c for c in children if c.dep_ == "ccomp"), None)
            complement = next((c for c in children if c.dep_ in RAISED_DEPS), None)
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
            experiencer = self._experiencer(token, complement)
            if clause is not None:
                parts = [self._clause_span(clause, exclude=token)]
            elif complement is not None and subject is not None and subject.i < token.i:
                last = max(t.i for t in complement.subtree)
                if experiencer is not None and experiencer.right_edge.i >= last:  # "risky [to me]"
                    last = min(t.i for t in experiencer.head.subtree if t.i > complement.i) - 1
                parts = [self._clause_span(subject, exclude=token), self._span(complement.left_edge.i, last + 1)]
            else:
                continue
            spans = [p for p in parts if p is not None]
            if len(spans) < len(parts) or any(s <= spans[0][0] < e for s, e in taken):
                continue
            quotes = [q for q in self.quotes if spans[0][0] <= q.inner_start and q.inner_end <= spans[-1][1]]
            draft = _Draft("mixed" if quotes else "indirect", spans, cue=token, quotes=quotes, stance="estimate")
            draft.speaker = experiencer
            if experiencer is None and subject is not None and complement is not None and self._cue_key(complement):
                draft.speaker = subject
            draft.sourced = draft.speaker is not None
            found.append(draft)
        return found

    def _experiencer(self, verb: Token, complement: Token | None) -> Token | None:
        """Whom something seems to: "seems risky to me", "me paraît", "paraît risqué à Paul"."""
        for head in (verb, complement):
            for child in head.children if head is not None else ():
                if child.dep_ in ("iobj", "expl:comp", "obl:arg") and child.pos_ in ("PRON", "PROPN", "NOUN"):
                    return child
                if child.dep_ == "prep" and child.lower_ in self.words.experiencer_prepositions:
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def _covering_quote(self, start: int, end: int) -> Quote | None:
        """The quote a content lies in, its marks and edge punctuation aside ("“A,” said X": the quote)."""
        text = self.text
        while start < end and (text[start] in OPENING_EDGE or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in CLOSING_EDGE or text[end - 1].isspace()):
            end -= 1
        return next((q for q in self.quotes if q.inner_start <= start and end <= q.inner_end), None)

    def _is_modal_passive(self, token: Token) -> bool:
        """ "was supposed to", "is expected to": a passive with an infinitive and no agent says nothing."""
        children = {c.dep_ for c in token.children}
        # "where is that money supposed to come from": a past participle after its noun is a passive too,
        # but "a surge expected to…" is a view, said of no one
        reduced = (
            token.dep_ in ("acl", "amod")
            and token.tag_ == "VBN"
            and self._lemmas[token.i] not in self.words.view_passives
        )
        passive = reduced or bool(children & {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"})
        # "was asked to name one": a request to its subject, which the passive of a verb of telling reports
        asked = not reduced and self._lemmas[token.i] in self.words.addressee_cues
        return passive and "xcomp" in children and not children & {"agent", "obl:agent"} and not asked

    def _complement(self, cue: Token) -> tuple[int, int] | None:
        """The clause a verb of saying governs: "a déclaré avoir rencontré…", "said that…",
        "a exhorté les alliés à autoriser…", "a fait référence au nombre…", "denied the report"."""
        cleft = self._cleft_content(cue)
        if cleft is not None:
            return cleft
        children = [c for c in cue.children if c.i > cue.i or c.dep_ == "csubj"]
        fronted = [c for c in cue.children if c.i < cue.i and c.dep_ in CONTENT_DEPS and self._comma_between(c, cue)]
        # "…, X noted that…": the clause the cue introduces wins over a fronted one the parser saw
        complementisers = self.words.complementisers
        marked = any(
            c.dep_ in CONTENT_DEPS and any(m.dep_ == "mark" and m.lower_ in complementisers for m in c.children)
            for c in children
        )
        # "He continues to insist, most recently on radio, that he…": the clause the parser made the main one
        opened = next((m for m in cue.lefts if m.dep_ == "mark" and m.lower_ in complementisers), None)
        # "The plan will fail — her boss indicated as much": a pro-form object stands for what was said
        echoed = any(
            c.dep_ in ("obj", "dobj")
            and " ".join(t.lower_ for t in self.doc[c.left_edge.i : c.i + 1]) in self.words.pro_forms
            for c in children
        )
        for child in fronted if not marked and opened is None and not echoed else []:
            return self._clause_span(child, exclude=cue)  # "The troops withdrew, sources said": the content before
        inverted = self._inverted_complement(cue)
        if inverted is not None:
            return inverted
        if self._object_for_subject(cue):
            return None  # "…, a indiqué un responsable du mouvement": who speaks, the incise says the rest
        key = self._cue_key(cue) or ""
        weak = key in self.words.quote_cues
        if key in self.words.personal_cues and not any(
            self._person(c) or c.lower_ in self.words.likening
            for c in cue.children
            if c.dep_ in (*SUBJECT_DEPS, "obj", "dobj", "prep")
        ):
            return None  # "the troops attacked the town": force, not words; "attacked the plan as a fraud": words
        if self._as_incise(cue):
            return None  # its content is the clause it stands before
        for child in children:
            # "feel stung [after the crisis showed X and Y]": a clause the parser opened with "after" is when
            when = child.left_edge.dep_ == "mark" and child.left_edge.lower_ in self.words.circumstance_prepositions
            # "did not know [what to make of it]": a question in the infinitive is what a weak cue says
            asks = child.left_edge.tag_ in ("WP", "WRB", "WDT") and child.left_edge.i > cue.i
            clause = child.dep_ in CONTENT_DEPS and not (weak and child.dep_ == "xcomp" and not asks) and not when
            if clause or (
                child.dep_ in ("obj", "dobj") and any(c.lower_ in self.words.complementisers for c in child.children)
            ):
                return self._clause_span(child, exclude=cue)
        misread = self._clause_on_a_noun(cue, children)
        if misread is not None:
            return self._clause_span(misread, exclude=cue)
        # "he's predicted big wins": a passive with a direct object is the parser's misreading of "has", or
        # the second object of a verb of giving ("was offered the job"); either way the object is what is said
        has_object = any(c.dep_ in ("obj", "dobj") for c in children)
        passive = [c for c in cue.children if c.dep_ in PASSIVE_SUBJECT_DEPS and c.i < cue.i and not has_object]
        said = self._said_of(children) if passive else []
        agent = any(c.dep_ in AGENT_DEPS for c in children)
        if passive and agent and not said:
            return self._clause_span(passive[0], exclude=cue)  # "the plan was criticized by X": the plan
        if passive and (agent or self._unsourced_passive(cue)):
            # "a curfew was announced", "he was criticized [by allies] for…": the subject and what was said
            # of it ("criticized for…"), not where nor what the writer adds: "North Korea's ambitions have
            # barely been mentioned [in the race]", "they were criticized for being slow[, reflecting…]"
            end = max(t.i for t in said[-1].subtree) if said else max(t.i for t in passive[0].subtree)
            final = self.doc[self._before_nested_cue(cue, end)]
            return self._trim(min(t.idx for t in passive[0].subtree), final.idx + len(final))
        small = self._small_clause(cue, children)
        if small is not None:
            return small
        called = self._free_relative_predicate(cue, children)
        if called is not None:
            return called
        for child in children:  # "sees the plan as a danger", "attacked Clinton for her vote": said of the object
            if child.dep_ in ("obj", "dobj") and self._predicated(child, cue, self.words.likening if weak else None):
                return self._coordinated(self._object_span(child, cue), cue)
        if weak:
            return None  # "continued to…", "shared the stage": only a clause or a quote makes these speech
        for child in children:  # the addressee's infinitive: "exhorté les alliés à autoriser"
            # not a noun of intent's own, when the cue reports its object ("heralded [plans to cut taxes]")
            if child.dep_ in ("obj", "dobj", "iobj", "obl:arg", "obl") and not (
                self._lemmas[child.i] in self.words.intent_nouns and key in self.words.noun_content
            ):
                for grandchild in child.children:
                    if grandchild.dep_ in ("acl", "xcomp", "ccomp") and "Inf" in grandchild.morph.get("VerbForm", []):
                        return self._clause_span(grandchild, exclude=cue)
        if self.words.cues.get(key) in WILLING and not any(c.dep_ in ("obj", "dobj") for c in children):
            for child in children:  # "could decline to appeal": the infinitive read as a clause of purpose
                if (
                    child.dep_ == "advcl"
                    and child.left_edge.i == cue.i + 1
                    and "Inf" in child.morph.get("VerbForm", [])
                    and child.left_edge.dep_ == "aux"
                ):
                    return self._clause_span(child, exclude=cue)
        if key in self.words.addressee_cues and any(c.dep_ in ("obj", "dobj", "iobj") for c in children):
            for child in children:  # "told his supporters at the rally to vote": read as a clause of purpose
                if (
                    child.dep_ == "advcl"
                    and "Inf" in child.morph.get("VerbForm", [])
                    and any(c.dep_ == "aux" and c.i < child.i for c in child.children)
                ):
                    return self._clause_span(child, exclude=cue)
        if " " in key:  # "faire référence à X", "called for X", "répondre aux critiques": X
            last = key.split()[-1]
            on_cue = any(c.lemma_.lower() == last for c in children)  # "référence", not the "à" of "répondre à"
            for child in children:
                if child.dep_ == "prep" and child.lemma_.lower() == last:
                    # "weighed in Friday about…": "Friday" is when, not what
                    objects = self._objects_of(child)
                    if objects and self._predicated(objects[0], cue, self.words.likening):
                        return self._object_span(objects[0], cue)  # "went after Trump as a leech"
                    if objects:
                        # "agreed with [X about the timing]", "railed against [the council for failing to…]"
                        return self._preposition_object(objects[0], cue)
                elif child.dep_ in ("obl:arg", "obl", "nmod") and (on_cue or _case(child) == last):
                    return self._clause_span(child, exclude=cue)
                elif child.dep_ == "advcl":  # "called for the mayor to resign": the clause after its "for"
                    mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == last), None)
                    if mark is not None:
                        return self._clause_span(child, exclude=mark)
        if key in self.words.noun_content:
            for child in children:  # "denied the report", "a démenti l'information", "called Burma a success"
                # "called [Trump] [a liar]": the parser may read the object as a second predicate
                named = child.dep_ == "oprd" and any(c.dep_ == "oprd" and c.i > child.i for c in children)
                # "offered [voters] a plan": of two objects, the first is who was told
                if any(c.dep_ == child.dep_ == "dobj" and c.left_edge.i == child.right_edge.i + 1 for c in children):
                    continue
                if (child.dep_ in ("obj", "dobj") or named) and self._is_content_noun(child, cue, key):
                    return self._coordinated(self._object_span(child, cue), cue)
        for child in children:  # "said the same of Trump": the pro-form and what it is said of
            phrase = self.doc[child.left_edge.i : child.i + 1]
            if child.dep_ in ("obj", "dobj") and " ".join(t.lower_ for t in phrase) in self.words.pro_forms:
                return self._span(phrase.start, child.right_edge.i + 1)
        for child in [*children, *(g for c in children if c.dep_ in ("obj", "dobj") for g in c.children if g.i > c.i)]:
            # "complained about the microphone", "a parlé de la trêve", "accused the police of lying"
            if child.lower_ in self.words.topic_prepositions and child.dep_ in ("prep", "obl", "obl:arg", "case"):
                objects = self._objects_of(child)
                if objects and child.head.i != cue.i and not self._animate(child.head):
                    # "considered [a moratorium on new plants]": the object's own complement, not whom it is
                    # said of ("accused the police of lying")
                    return self._coordinated(self._object_span(child.head, cue), cue)
                if objects:  # "complained about [the delays at the end of the session]"
                    return self._coordinated(self._preposition_object(objects[0], cue, child.head.i == cue.i), cue)
            if (
                child.dep_ in ("obl", "obl:arg")
                and not self._is_time(child)
                and any(c.dep_ == "case" and c.lower_ in self.words.topic_prepositions for c in child.children)
            ):
                return self._coordinated(self._clause_span(child, exclude=cue), cue)
        has_object = any(c.dep_ in ("obj", "dobj") for c in cue.children)
        for child in children:
            # "said after the talks he would stay"
            if child.dep_ == "advcl" and not has_object and (self._unmarked_clause(child) or self._question(child)):
                return self._clause_span(child, exclude=cue)
            phrase = self.doc[child.left_edge.i : child.i + 1]  # "said as much [in an interview]", "a dit oui"
            if child.dep_ in ("advmod", "intj") and " ".join(t.lower_ for t in phrase) in self.words.pro_forms:
                return self._span(phrase.start, phrase.end)
        if cue.pos_ == "VERB" and not has_object:  # "questioning why she is not ahead", hung on another verb
            after = self._clause_right_after(cue, asks=self.words.cues.get(key) == "question")
            if after is not None:
                return self._clause_span(after, exclude=cue)
        return None

    def _object_for_subject(self, cue: Token) -> bool:
        """Whether the parser read an incise's inverted subject as the cue's object: "Le Hamas sera tenu
        informé, a indiqué un responsable du mouvement." (a cue after a comma, with no subject, whose
        object names someone and ends the sentence)."""
        if cue.dep_ not in ("parataxis", "conj") or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            return False
        first = min(t.i for t in cue.subtree if not t.is_punct)
        if first == 0 or self.doc[first - 1].text != ",":
            return False
        objects = [c for c in cue.children if c.dep_ in ("obj", "dobj") and c.i > cue.i]
        if len(objects) != 1:
            return False
        who, words = objects[0], (objects[0].lower_, objects[0].lemma_.lower())
        if not (self._someone(who) or any(w in self.data.actor_nouns or w in self.data.titles for w in words)):
            return False  # "le ministre", "un responsable": someone by title or office
        rest = self.doc[objects[0].right_edge.i + 1 : sentence_of(cue).end]
        return all(t.is_punct or t.is_space for t in rest)

    def _inverted_complement(self, cue: Token) -> tuple[int, int] | None:
        """ "He continues to insist, most recently on radio, that he wants…": with an aside between the cue
        and "that", the parser may make the clause "that" opens the main one and hang the cue on it as a
        fronted complement; the cue's content is that clause, from after its complementiser."""
        head = cue
        while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
            head = head.head
        clause = head.head
        if head.dep_ not in CONTENT_DEPS or clause.i < cue.i or clause.i == head.i:
            return None
        if any(c.dep_ == "xcomp" and self._cue_key(c) for c in cue.children):
            return None  # "continues to insist": the cue it governs says it
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in self.words.complementisers), None)
        if mark is None or mark.i < head.right_edge.i or not self._comma_between(head.right_edge, mark):
            return None
        last = self.doc[self._before_nested_cue(clause, clause.right_edge.i)]
        return self._trim(self.doc[mark.i + 1].idx, last.idx + len(last))

    def _clause_on_a_noun(self, cue: Token, children: list[Token]) -> Token | None:
        """ "told his followers on a regular basis that violence was the answer", "yelling to the officers
        that her husband was unarmed": a clause the parser hung on a noun after the cue as a relative, though
        a complementiser marks it ("that" is no relative pronoun there); the cue's content."""
        # whom it is said to ("told [him]", "to the officers") or when and where, not what is said
        # ("criticized the claim that…", "amid concerns that…": the noun's own clause)
        key = self._cue_key(cue) or ""
        nouns = [c for c in children if c.dep_ in ("iobj", "dative")]
        objects = [c for c in children if c.dep_ in ("obj", "dobj")]
        nouns += [c for c in objects if not self._is_content_noun(c, cue, key)]
        # "told a meeting of teachers that few cities…": the object of a cue said to someone is whom it was
        # said to even when it names no person; on it, a relative only ("acl" is the noun's own clause)
        told = [c for c in objects if key in self.words.addressee_cues and c not in nouns]
        nouns += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        nouns += [c for c in children if c.dep_ in ("obl", "obl:arg") and _case(c) is not None]
        words = self.words
        for noun in nouns + told:
            lemma = self._lemmas[noun.i]
            if lemma in words.cue_nouns or lemma in words.topic_nouns or lemma in words.intent_nouns:
                continue  # "amid concerns that…": the noun's own clause
            for clause in noun.subtree:
                if clause.dep_ in (RELATIVE_DEPS if noun in told else (*RELATIVE_DEPS, "acl")) and any(
                    m.dep_ == "mark" and m.lower_ in self.words.complementisers and m.i < clause.i
                    for m in clause.children
                ):
                    return clause
        for noun in told:
            # "reminded the audience he was the only candidate": a subject pronoun right after whom it was
            # said to opens what was said; the parser read it as a relative with no pronoun, but its verb has
            # its object or its predicate ("a question he doesn't like" has a gap: a relative)
            for clause in noun.children:
                first = clause.left_edge
                if (
                    clause.dep_ in RELATIVE_DEPS
                    and clause.i > noun.i
                    and first.head.i == clause.i
                    and first.dep_ in SUBJECT_DEPS
                    and "Nom" in first.morph.get("Case", [])
                    and "Prs" in first.morph.get("PronType", [])
                    and self.doc[first.i - 1].text != ","
                    and any(
                        c.dep_ in ("dobj", "obj", "attr", "acomp", "ccomp", "xcomp", "oprd") for c in clause.children
                    )
                ):
                    return clause
        return None

    def _cleft_content(self, cue: Token) -> tuple[int, int] | None:
        """ "What she said was that the plan had failed", "What the mayor wants is a new bridge", "Ce que la
        ministre a dit, c'est que le plan avait échoué": a cue in a free relative (its object "what", "que")
        that is the subject of a copula says what follows the copula."""
        if not any(
            c.i < cue.i
            and c.dep_ in ("obj", "dobj")
            and (c.tag_ in ("WP", "WDT") or "Rel" in c.morph.get("PronType", []))
            for c in cue.children
        ):
            return None
        copula = cue.head
        if cue.dep_ == "csubj" and copula.i > cue.i and copula.lemma_.lower() in self.words.copulas:
            said = next((c for c in copula.children if c.i > copula.i and c.dep_ in ("ccomp", "attr", "acomp")), None)
            return self._clause_span(said, exclude=cue) if said is not None else None
        # "…, c'est que…": the parser hangs the relative on what follows; the copula after a pronoun opens it
        sentence_end = sentence_of(cue).end
        for k in range(cue.i + 1, min(cue.i + 4, sentence_end - 1)):
            token, before = self.doc[k], self.doc[k - 1]
            if token.lemma_.lower() in self.words.copulas and before.pos_ == "PRON" and before.i > cue.i:
                first = self.doc[k + 1]
                if first.lower_ in self.words.complementisers:
                    first = self.doc[k + 2]
                last = self.doc[sentence_end - 1]
                return self._trim(first.idx, last.idx + len(last))
        return None

    def _small_clause(self, cue: Token, children: list[Token]) -> tuple[int, int] | None:
        """ "judged America a paper tiger", "deemed the law a disaster", "juge la réforme dangereuse": an
        object with the predicate the cue gives it is a clause without a verb (America is a paper tiger),
        what the speaker holds."""
        objects = [c for c in children if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if not objects:
            return self._folded_small_clause(cue, children)
        obj = objects[0]
        # a second object read for the predicate ("judged [the reform] [a failure]"), with a cue of judgment
        # only: "offered [voters] [a plan]" gives the second to the first
        judges = self.words.cues.get(self._cue_key(cue) or "") == "estimate"
        predicate = next(
            (
                c
                for c in children
                if c.i > obj.right_edge.i
                and (
                    c.dep_ == "oprd"
                    or (c.dep_ == "xcomp" and c.pos_ in ("ADJ", "NOUN"))
                    or (judges and c.dep_ == obj.dep_ and c.pos_ == "NOUN")
                )
                and c.left_edge.i == obj.right_edge.i + 1
            ),
            None,
        )
        if predicate is None:
            return None
        last = self.doc[self._before_nested_cue(predicate, predicate.right_edge.i)]
        return self._trim(obj.left_edge.idx, last.idx + len(last))

    def _folded_small_clause(self, cue: Token, children: list[Token]) -> tuple[int, int] | None:
        """ "called the ruling arbitrary", "called her “third-rate”": the parser hung the object on the
        predicate as its modifier; the predicate's phrase right after the cue is the clause without a verb."""
        predicate = next((c for c in children if c.dep_ == "oprd" and c.i > cue.i), None)
        if predicate is None or predicate.left_edge.i != cue.i + 1 or cue.dep_ in ("acl", *RELATIVE_DEPS):
            return None  # "a group called Free Roads": a name, not a view
        folded = [
            t
            for t in self.doc[predicate.left_edge.i : predicate.i]
            if t.head.i == predicate.i and t.pos_ in ("NOUN", "PROPN", "PRON")
        ]
        if not folded:
            return None
        last = self.doc[self._before_nested_cue(predicate, predicate.right_edge.i)]
        return self._trim(predicate.left_edge.idx, last.idx + len(last))

    def _free_relative_predicate(self, cue: Token, children: list[Token]) -> tuple[int, int] | None:
        """ "protests followed what officials called a reckless decision", "what she sees as a threat": the
        object of the cue is the free relative before it ("what"), and what the speaker calls it follows
        the cue: that is what was said of it."""
        if not any(c.dep_ in ("obj", "dobj") and c.tag_ == "WP" for c in cue.lefts):
            return None
        likening = self.words.likening  # "sees as", not "asked for"
        for child in children:
            if child.dep_ == "oprd" or (child.dep_ == "xcomp" and child.pos_ in ("ADJ", "NOUN")):
                last = self.doc[self._before_nested_cue(child, child.right_edge.i)]
                return self._trim(child.left_edge.idx, last.idx + len(last))
            if child.dep_ == "prep" and child.lower_ in likening:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    last = self.doc[self._before_nested_cue(objects[0], objects[0].right_edge.i)]
                    return self._trim(objects[0].left_edge.idx, last.idx + len(last))
        return None

    def _unmarked_clause(self, verb: Token) -> bool:
        """A finite clause with a subject and no subordinator ("he would stay"): the parser may hang what a
        cue reports on it as an adverbial clause; not one opened by "when" ("was speaking when X came in")."""
        finite = "Fin" in _finite(verb).morph.get("VerbForm", []) or any(
            "Fin" in c.morph.get("VerbForm", []) for c in verb.children if c.dep_ in ("aux", "aux:tense")
        )
        return (
            finite
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and not any(c.dep_ == "mark" for c in verb.children)
            and verb.left_edge.tag_ != "WRB"
        )

    def _question(self, verb: Token) -> bool:
        """An indirect question the parser read as an adverbial clause: opened by a question word, its verb
        in the future or the conditional ("has not said when they would vote", "n'a pas dit quand ils
        voteraient"), which a clause of time is not ("was speaking when the lights went out")."""
        opener = verb.left_edge
        if opener.lower_ not in self.words.question_words or opener.i == verb.i:
            return False
        forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
        return any(
            t.tag_ == "MD"
            or "Cnd" in t.morph.get("Mood", [])
            or "Fut" in t.morph.get("Tense", [])
            or self._conditional(t)
            for t in forms
        )

    def _conditional(self, verb: Token) -> bool:
        """A conditional the tagger read as an imperfect: the infinitive with its ending ("publierait");
        not an imperfect whose stem ends in "r" ("espérait")."""
        lemma, form = verb.lemma_.lower(), verb.lower_
        stems = (lemma, lemma[:-1]) if lemma.endswith("re") else (lemma,)
        return any(form == stem + ending for stem in stems for ending in self.words.conditional_endings)

    def _coordinated(self, span: tuple[int, int] | None, cue: Token) -> tuple[int, int] | None:
        """A noun content with what is coordinated to it but hung on the cue: "mentioned refinancing loans
        and forcing universities to…", "spoke of the legacy of racism, …, and how the fight…". Not a verb
        with a clause of its own ("cited the report and left")."""
        if span is None:
            return None
        end = span[1]
        head = cue
        heads = [cue]
        while head.dep_ in ("pcomp", "prep", "xcomp", "case") and head.head.i != head.i:
            head = head.head  # "started off by emphasizing X, and Y"
            heads.append(head)
        for child in (c for h in heads for c in h.children):
            joined = child.left_edge.dep_ == "cc" or self.doc[child.left_edge.i - 1].dep_ == "cc"  # "and", "et"
            if child.dep_ != "conj" or child.idx < end or not joined:
                continue
            finite = "Fin" in _finite(child).morph.get("VerbForm", []) or child.pos_ == "AUX"
            asks = child.left_edge.tag_ in ("WRB", "WP", "WDT") or child.left_edge.lower_ in self.words.complementisers
            subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
            if child.pos_ == "VERB" and self._cue_key(child) and child.idx > cue.idx:
                continue  # "touting their experience and saying the other lacks…": a claim of its own
            if child.pos_ in ("NOUN", "PROPN") or (child.pos_ == "VERB" and not finite and not subject) or asks:
                last = self.doc[self._before_nested_cue(child, max(t.i for t in child.subtree))]
                end = max(end, last.idx + len(last))
        return self._trim(span[0], end) if end > span[1] else span

    def _objects_of(self, preposition: Token) -> list[Token]:
        """A preposition's objects, not a time ("weighed in Friday about…": "Friday" is when)."""
        return [c for c in preposition.children if c.dep_ in ("pobj", "pcomp") and not self._is_time(c)]

    def _preposition_object(self, obj: Token, cue: Token, on_cue: bool = True) -> tuple[int, int] | None:
        """What a cue's preposition governs: a noun with what the parser hung on the cue right after it
        (`on_cue`), as for a direct object (French hangs these on the noun: already in its phrase);
        else the object's clause."""
        if on_cue and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            return self._object_span(obj, cue)
        return self._clause_span(obj, exclude=cue)

    def _object_span(self, obj: Token, cue: Token) -> tuple[int, int] | None:
        """A noun content with what the cue predicates of it: "called [Burma a success]",
        "criticized [the law as a crazy system]", "a qualifié [l'attaque de terroriste]"."""
        end = self._before_nested_cue(obj, max(t.i for t in obj.subtree))
        for child in obj.children:  # "endorsed [the campaign], the latest chapter in…": the writer's aside
            aside = self.doc[child.left_edge.i - 1].text in (",", "—", "–", "-")
            if child.i > obj.i and child.dep_ == "appos" and aside:
                end = min(end, child.left_edge.i - 2)
                break
        for child in cue.children:
            if (
                child.i > end
                and not self._circumstance(child)
                and not self._is_channel(child)
                and (
                    child.dep_ in ("oprd", "xcomp", "attr", "obl:mod")
                    or (child.dep_ in ("prep", "obl") and child.lower_ in self.words.predicating)
                    or (child.dep_ == "obl" and any(c.lower_ in self.words.predicating for c in child.children))
                )
            ):  # "attacked X for Y, which he said…": not the claim nested in Y
                end = max(end, self._before_nested_cue(child, max(t.i for t in child.subtree)))
        # what the parser hung on the cue right after the object, with no comma between, goes with it:
        # "shows [Clinton with a lead]", "endorsed [Clinton in the race]"
        following = sorted((c for c in cue.children if c.i > end), key=lambda c: c.i)
        for child in following:
            if (
                child.left_edge.i != end + 1
                or self._is_time(child)
                or any(self._is_time(c) for c in child.children if c.dep_ in ("pobj", "obl", "nmod"))  # "on Monday"
                or child.dep_ not in ("prep", "obl", "advmod", "acomp")
                or self._circumstance(child)
                or self._is_channel(child)  # "attacked Machado [in early-morning tweets]": where, not what
            ):
                break
            end = max(t.i for t in child.subtree)
        if self._lemmas[obj.i] in self.words.intent_nouns:
            # "announced plans this week [to give…]": the infinitive the parser hung on the cue after a noun
            # of intent, with no comma between, completes the noun
            for child in following:
                if (
                    child.i > end
                    and child.dep_ in ("advcl", "xcomp")
                    and child.tag_ == "VB"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                    and not any(self.doc[k].text == "," for k in range(end + 1, child.left_edge.i))
                ):
                    end = self._before_nested_cue(child, max(t.i for t in child.subtree))
                    break
        # "likened the rules to “a coup” - a charge that stung": a dash between spaces opens the writer's aside
        # (two of them enclose one, and the content goes on: "the extreme -- and cynical -- relativism")
        dashes = [t.i for t in self.doc[obj.i + 1 : sentence_of(obj).end] if self._spaced_dash(t)]
        cut = dashes[0] if len(dashes) == 1 and dashes[0] <= end else None
        last = self.doc[cut - 1 if cut is not None else end]
        first = obj.left_edge
        return self._trim(first.idx, last.idx + len(last))

    def _person(self, token: Token) -> bool:
        """A person named or a personal pronoun ("Smith", "she", "them", "elle")."""
        entity = self._entity_at(token)
        return (entity is not None and entity.type == "PERSON") or "Prs" in token.morph.get("PronType", [])

    def _circumstance(self, phrase: Token) -> bool:
        """A phrase of when or amid what something was said ("during the debate", "depuis sa nomination"), or
        of why: a subordinator that heads a phrase ("because of the cost")."""
        words = self.words.circumstance_prepositions
        reason = phrase.dep_ == "prep" and phrase.pos_ == "SCONJ" and phrase.lower_ not in self.words.likening
        return reason or phrase.lower_ in words or any(c.dep_ == "case" and c.lower_ in words for c in phrase.children)

    def _spaced_dash(self, token: Token) -> bool:
        """A dash with a space on each side ("X - Y", "X -- Y"): an aside, not a hyphen."""
        text = self.text
        after = token.idx + len(token)
        return (
            token.text in ("-", "--", "—", "–")
            and token.idx > 0
            and text[token.idx - 1].isspace()
            and after < len(text)
            and text[after].isspace()
        )

    def _comma_between(self, before: Token, after: Token) -> bool:
        last = max(t.i for t in before.subtree)
        return any(self.doc[k].text == "," for k in range(last, after.i))

    def _antecedent(self, cue: Token, key: str) -> tuple[int, int] | None:
        """What a cue of a noun content says when that noun is the one its relative clause or participle
        hangs on ("the laws he proposed", "a claim which X denied", "le plan dévoilé par X"): the noun
        phrase before the clause."""
        if key not in self.words.noun_content or cue.dep_ not in (*RELATIVE_DEPS, "acl"):
            return None
        noun = cue.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i > cue.i or self._is_time(noun):
            return None
        if any(c.dep_ in (*CONTENT_DEPS, "oprd") for c in cue.children):
            return None
        if any(
            (t.tag_ in ("WRB", "WDT", "WP") or "Rel" in t.morph.get("PronType", []))
            and t.dep_ not in (*SUBJECT_DEPS, "obj", "dobj")
            for t in self.doc[cue.left_edge.i : cue.i]
        ):
            return None  # "the hall where he proposed", "a turn in which he called": where, not what
        objects = [c for c in cue.children if c.dep_ in ("obj", "dobj")]
        past = "Part" in cue.morph.get("VerbForm", []) and "Past" in cue.morph.get("Tense", [])
        if cue.dep_ == "acl" and not past:
            return None  # "a letter calling X…": a participle of the present has its own content
        if objects and (
            objects[0].i > cue.i
            or not ("Rel" in objects[0].morph.get("PronType", []) or objects[0].tag_ in ("WDT", "WP"))
        ):
            return None
        if objects and self.doc[objects[0].i - 1].text == ",":
            # "a strategy, which the bank detailed": the pronoun of a relative set off by a comma
            return self._span(objects[0].i, objects[0].i + 1)
        first = noun.left_edge
        end = cue.left_edge.i
        while end > noun.i and (self.doc[end - 1].is_punct or self.doc[end - 1].dep_ == "cc"):
            end -= 1
        return self._span(first.i, end) if end > first.i else None

    def _predicated(self, obj: Token, cue: Token, prepositions: frozenset[str] | None = None) -> bool:
        """An object the cue says something of with a predicating preposition after it ("sees [the plan]
        as a danger", "mocked [Romney] for his taxes", "voit [ce plan] comme un danger"); `prepositions`
        narrows them (a cue of thought or of showing takes only "as": "raises rates for savers")."""
        if obj.pos_ not in ("NOUN", "PROPN", "PRON") or self._is_time(obj):
            return False
        words = self.words.predicating if prepositions is None else prepositions
        on_cue = any(
            c.i > obj.i
            and (
                (c.dep_ in ("prep", "obl") and c.lower_ in words)
                or (c.dep_ == "obl" and any(g.lower_ in words for g in c.children if g.dep_ == "case"))
            )
            for c in cue.children
        )
        # "voient [ce tarif] comme une menace": the parser may hang the likening on the object
        return on_cue or any(
            c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in self.words.likening for g in c.children)
            for c in obj.children
        )

    def _is_content_noun(self, token: Token, cue: Token, key: str) -> bool:
        """A noun phrase that is what was said ("the report", "endorsed Clinton"), not who was told
        ("told reporters") nor when ("on Saturday")."""
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or self._is_time(token):
            return False
        if key not in self.words.addressee_cues:
            return True
        # "praised the plan" but "praised reporters", "told him": a person is the content only with what
        # is said of him
        entity = self._entity_at(token)
        person = token.pos_ in ("PROPN", "PRON") or (entity is not None and entity.type in ("PERSON", "NORP"))
        return not person or any(
            c.i > token.i and (c.dep_ in ("oprd", "xcomp") or c.lower_ in self.words.predicating) for c in cue.children
        )

    def _is_time(self, token: Token) -> bool:
        return any(t.start <= token.idx < t.end for t in self.times)

    def _incise_content(self, cue: Token) -> list[tuple[int, int]]:
        """ "La situation est grave, a-t-il ajouté", "The museum, Mr. Obama said, would…": the sentence
        around the incise, in one or two parts."""
        head = cue.head
        if cue.dep_ not in ("parataxis", "conj", "dep", "ccomp", "advcl", "ROOT"):
            return []
        bare = self._bare_as(cue)
        if bare is not None:
            return [bare]
        left, right = self._incise_start(cue), cue.right_edge.i
        while left < cue.i and self.doc[left].is_punct:
            left += 1
        while right > cue.i and self.doc[right].is_punct:
            right -= 1
        if self._as_incise(cue) and right + 1 < head.i and self.doc[right + 1].text == ",":
            last = max(t.i for t in head.subtree)
            return [p for p in (self._span(right + 2, self._before_nested_cue(head, last) + 1),) if p is not None]
        if left == 0 or self.doc[left - 1].text != ",":
            return []
        if any(c.dep_ == "mark" and c.lower_ not in self.words.likening for c in cue.children):
            return []  # "…, though it has declined since": a clause of its own, no incise
        if left > 1 and self.doc[left - 2].text in ("»", "”", '"'):
            return []  # "« … », a écrit X": a direct quote, found from the quote
        inverted = any(c.dep_ in SUBJECT_DEPS and c.i > cue.i for c in cue.children)
        inverted = inverted or (
            # "…, said the minister" read with an object; not a participle: "…, adding new fees"
            not _participle(cue)
            and any(c.dep_ in ("obj", "dobj") and c.i > cue.i and c.pos_ in ("PROPN", "NOUN") for c in cue.children)
        )
        if not inverted and (self.words.incise_inverted or not any(c.dep_ in SUBJECT_DEPS for c in cue.children)):
            return []  # "…, saying…", "…, affirmant…": a participle adds its own claim, it is no incise
        sentence = sentence_of(cue)
        start = sentence.start
        if left - 1 < sentence.start + 1 and sentence.start > 0:
            sentence = sentence_of(
                self.doc[sentence.start - 1]
            )  # the parser cut "La situation est grave, | a estimé X"
            if head.i == cue.i and sentence.end >= left - 1:
                return [p for p in (self._span(sentence.start, left - 1),) if p is not None]
            return []
        while start < left and (self.doc[start].dep_ == "cc" or self.doc[start].is_punct or self.doc[start].is_space):
            start += 1  # "But the summit, he said, …": the conjunction is the writer's
        parts: list[tuple[int, int] | None] = []
        if left - 1 > start:
            parts.append(self._span(start, left - 1))
        after = right + 1
        if after < sentence.end and self.doc[after].text == ",":
            words = [t for t in self.doc[after + 1 : sentence.end] if not (t.is_punct or t.is_space)]
            if words:
                parts.append(self._span(words[0].i, words[-1].i + 1))
        elif head.i > cue.i:
            return []  # an incise before its clause stands between commas
        if head.i == cue.i or (head.i < cue.i and not parts) or (head.i > cue.i and len(parts) < 2):
            return []
        return [p for p in parts if p is not None]

    def _fragment_before(self, cue: Token) -> tuple[int, int] | None:
        """ "Taxes higher than ever, the report says.", "No comment, he said.": words with no verb of their
        own that open the sentence before a comma and the cue's subject are what the cue says, though the parser
        hung them on it as a loose dependent (a clause inside them, "than they were", is no verb of theirs)."""
        subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
        if cue.dep_ != "ROOT" or subject is None:
            return None
        fragment = next((c for c in cue.children if c.i < subject.i), None)
        comma = subject.left_edge.i - 1
        if (
            fragment is None
            or fragment.dep_ not in FRAGMENT_DEPS
            or fragment.right_edge.i + 1 != comma
            or self.doc[comma].text != ","
            or fragment.left_edge.i != sentence_of(cue).start
            or fragment.pos_ in ("VERB", "AUX")
            or any(c.dep_ in ("aux", "auxpass", "cop", "nsubj", "nsubjpass") for c in fragment.children)
        ):
            return None
        return self._span(fragment.left_edge.i, comma)

    def _bare_as(self, cue: Token) -> tuple[int, int] | None:
        """What a participle of a cue after "as" with no one named says: the clause it closes ("the company
        failed as predicted", "the vote was delayed, as expected")."""
        head, mark = cue.head, cue.left_edge
        if (
            cue.dep_ != "advcl"
            or head.i > cue.i
            or mark.dep_ != "mark"
            or mark.head.i != cue.i
            or mark.lower_ not in self.words.likening
            or mark.i + 1 != cue.i
            or any(c.dep_ not in ("mark", "advmod", "aux", "aux:pass") for c in cue.children)  # "as opposed to X"
            or "Part" not in cue.morph.get("VerbForm", [])
        ):
            return None
        first = head.left_edge.i
        while first < head.i and (self.doc[first].dep_ == "cc" or self.doc[first].is_punct):
            first += 1
        end = mark.i
        while end > first and self.doc[end - 1].is_punct:
            end -= 1
        return self._span(first, end) if end > first else None

    def _incise_start(self, cue: Token) -> int:
        """Where an incise begins: its subject after a comma ("If it fails, Mr. Lopez argues, there are…",
        "To understand the city, the guide said, one should…"), or its verb when it is inverted ("Si l'offre
        échoue, estime M. Lopez, il existe…"), though the parser hung on the cue the clause before that comma
        or took the name before it for the subject and the speaker for its apposition."""
        if cue.dep_ not in ("parataxis", "advcl"):
            return cue.left_edge.i
        auxiliaries = {c.i for c in cue.children if c.dep_.startswith("aux")}
        inverted = any(
            c.i > cue.i and (c.dep_ in SUBJECT_DEPS or (c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN")))
            for c in cue.children
        )
        if inverted and not _participle(cue):  # "Si l'offre échoue, estime M. Lopez, …": it begins with its verb
            first = min([cue.i, *auxiliaries])
            return first if first > cue.left_edge.i and self.doc[first - 1].text == "," else cue.left_edge.i
        subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
        if subject is None or cue.dep_ != "parataxis":
            return cue.left_edge.i
        own = {t.i for t in subject.subtree} | auxiliaries
        k = cue.i - 1
        while k > cue.left_edge.i and k in own and self.doc[k].text != ",":
            k -= 1
        return k + 1 if k > cue.left_edge.i and self.doc[k].text == "," and k + 1 < cue.i else cue.left_edge.i

    def _incise_apposition(self, subject: Token, cue: Token) -> Token | None:
        """The speaker of an incise the parser read as the apposition of the noun before its comma
        ("To understand Dred Scott, Chief Justice Roberts said, …": Roberts, not Scott)."""
        start = self._incise_start(cue)
        return next(
            (c for c in subject.children if c.dep_ == "appos" and c.left_edge.i == start and subject.i < start),
            None,
        )

    def _misread_as_incise(self, cue: Token) -> tuple[Token, list[tuple[int, int]]] | None:
        """ "The bridge, as one of his engineers pointed out, is unsafe", "Le pont, comme l'a souligné un
        ingénieur, n'est pas sûr": an "as" incise inside a clause the parser read as the main clause, the
        clause's subject as the cue's and the speaker as the object of "as" (or, inverted, of the cue). The
        speaker, and what is said: the subject before the incise and the rest of the clause after it."""
        subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
        if subject is None:
            return None
        likening = next(
            (
                c
                for c in (*cue.children, *subject.children)
                if subject.i < c.i < cue.i
                and c.lower_ in self.words.likening
                and c.dep_ in ("prep", "mark")
                and self.doc[c.i - 1].text == ","
            ),
            None,
        )
        rest = next(
            (
                c
                for c in cue.children
                if c.i > cue.i
                and c.dep_ in ("ccomp", "advcl", "parataxis", "conj")
                and self.doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        if likening is None or rest is None:
            return None
        speaker = next((c for c in likening.children if c.dep_ == "pobj"), None) or next(
            (c for c in cue.children if c.i > cue.i and c.dep_ in ("obj", "dobj") and c.i < rest.left_edge.i), None
        )
        if speaker is None:
            return None
        parts = [self._span(subject.left_edge.i, likening.i - 1), self._clause_span(rest, exclude=cue)]
        return speaker, [p for p in parts if p is not None]

    def _as_incise(self, cue: Token) -> bool:
        """A cue opened by "as" before what it reports: "As one senator put it, the bill is dead",
        "Comme l'a dit le ministre, le pont rouvrira" (whose object is its inverted subject); not one
        that says something of its own ("As Clinton talked about jobs, Trump…")."""
        first = cue.left_edge
        return (
            cue.dep_ == "advcl"
            and cue.head.i > cue.i
            and first.dep_ == "mark"
            and first.head.i == cue.i
            and first.lower_ in self.words.likening
            and self._topic(cue) is None
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.pos_ != "PRON" for c in cue.children)
        )

    def _span(self, first: int, end: int) -> tuple[int, int] | None:
        """Tokens first..end-1 as a trimmed character span."""
        last = self.doc[end - 1]
        return self._trim(self.doc[first].idx, last.idx + len(last))

    def _clause_span(self, head: Token, *, exclude: Token) -> tuple[int, int] | None:
        tokens = [t for t in head.subtree if t.i != exclude.i]
        if not tokens:
            return None
        first, last = tokens[0], self.doc[self._before_event(head, self._before_nested_cue(head, tokens[-1].i))]
        while first.i < last.i and (
            # "that" opening the clause, not "that claim" nor "that was not her view"
            (first.lower_ in self.words.complementisers and (first.dep_ == "mark" or first.pos_ not in ("DET", "PRON")))
            or (first.is_punct and first.text not in QUOTE_MARKS)
            or (first.dep_ == "case" and first.head.i > first.i)
        ):
            first = self.doc[first.i + 1]
        return self._trim(first.idx, last.idx + len(last))

    def _before_event(self, head: Token, last: int) -> int:
        """Where an infinitive content ends before a clause of time in the past that closes it ("warned
        officials to boost security [after hackers targeted their systems]", "a exhorté les élus à renforcer
        la sécurité [après que des pirates ont visé…]"): what was asked is to come, the past event it follows
        is the writer's account of why it was said."""
        if "Inf" not in head.morph.get("VerbForm", []):
            return last
        for child in head.children:
            if child.dep_ != "advcl" or child.i < head.i or child.right_edge.i < last:
                continue
            mark = next((c for c in child.children if c.dep_ == "mark" and c.i < child.i), None)
            # a past tense, simple ("targeted") or compound ("had targeted", "ont visé")
            finite = [child, *(c for c in child.children if c.dep_.startswith("aux"))]
            past = "Past" in child.morph.get("Tense", []) and any("Fin" in t.morph.get("VerbForm", []) for t in finite)
            if mark is not None and mark.lower_ in self.words.circumstance_prepositions and past:
                end = child.left_edge.i - 1
                while end > head.i and self.doc[end].is_punct:
                    end -= 1
                return end
        return last

    def _before_nested_cue(self, head: Token, last: int) -> int:
        """Where a content ends before a claim of its own that closes it: "…, citing X", "…, saying X",
        "Trump, who says he is honored", "…, aside from saying X": the last token before that clause and
        its comma."""
        for token in self.doc[head.i + 1 : last + 1]:
            if self._spaced_dash(token) and self._claim_after_dash(token, last):
                end = token.i - 1  # "…to retaliate -- meddling the congressman said is designed to…"
                while end > head.i and self.doc[end].is_punct:
                    end -= 1
                return end
            if token.pos_ not in ("VERB", "AUX") or token.dep_ not in NESTED_DEPS:
                continue
            phrase = self._adjunct_phrase(token, head)
            if (
                phrase.left_edge.i > head.i
                and (
                    self.doc[phrase.left_edge.i - 1].text in (",", ";", "—", "–")
                    or (token.dep_ == "conj" and self.doc[phrase.left_edge.i - 1].dep_ == "cc")
                )
                and token.right_edge.i >= last
                and self._cue_key(token)
                and "Inf" not in token.morph.get("VerbForm", [])  # "…, only to laud the same ideas": still said
                # "said the video was unclear and that it did not show…": the same report goes on
                and not (token.dep_ == "conj" and token.left_edge.lower_ in self.words.complementisers)
                and not self._reported_tense(token, head)
            ):
                end = phrase.left_edge.i - 1
                while end > head.i and (self.doc[end].is_punct or self.doc[end].dep_ == "cc"):
                    end -= 1
                return end
        return last

    def _reported_tense(self, verb: Token, head: Token) -> bool:
        """A verb coordinated in the reported clause with its subject, in the clause's tense and not that of
        the verb the clause hangs on, the cue ("Police say he fired and refused to stop": "refused" is told of
        him, in the past of "fired"; "said it was safe and urged…": the speaker's next act)."""
        cue = head.head
        tense = _finite(verb).morph.get("Tense", [])
        return (
            verb.dep_ == "conj"
            and verb.head.i == head.i
            and any(c.dep_ in SUBJECT_DEPS for c in head.children)
            and not any(c.dep_ in (*SUBJECT_DEPS, "ccomp") for c in verb.children)
            and bool(tense)
            and tense == _finite(head).morph.get("Tense", [])
            and tense != _finite(cue).morph.get("Tense", [])
        )

    def _claim_after_dash(self, dash: Token, last: int) -> bool:
        """The writer's aside after a dash holds a claim of its own: a cue with its subject after the dash
        ("-- meddling the congressman said is designed…")."""
        for token in self.doc[dash.i + 1 : last + 1]:
            if self._spaced_dash(token):
                return False  # "the extreme -- and cynical -- relativism": an aside that closes
            if token.pos_ == "VERB" and self._cue_key(token):
                return any(c.dep_ in SUBJECT_DEPS and dash.i < c.i < token.i for c in token.children)
        return False

    @staticmethod
    def _adjunct_phrase(token: Token, head: Token) -> Token:
        """The phrase a verb under a preposition opens ("[aside from] saying", "[beyond] saying"): the
        highest of its prepositions below `head`; the verb itself otherwise."""
        phrase = token
        while phrase.dep_ in ("pcomp", "prep", "advmod") and phrase.head.i != head.i and phrase.head.i > head.i:
            phrase = phrase.head
        return phrase if token.dep_ == "pcomp" else token

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
        pending: list[Quote] = []
        for index, quote in enumerate(quotes):
            if index in used:
                continue
            cue = self._cue_near(quote)
            if (
                cue is not None
                and cue.idx > quote.end
                and self._embedded(quote)
                and any(d.cue is not None and d.cue.i == cue.i and d.start > cue.idx for d in drafts)
            ):
                continue  # 'On “Fox News Sunday,” Pence said that…': a name in a phrase; the cue has its clause
            if cue is None:
                signed = self._signature(quote)
                if signed is not None:  # “…” ― Jane Doe
                    found.append(signed)
                    continue
                if quote.mark != "—" and (
                    quote.words(self.text) < MIN_UNATTRIBUTED_WORDS or self._names_something(quote)
                ):
                    continue  # a short quote is a name or a scare quote; a turn of dialogue is speech
                earlier = [d for d in (*drafts, *found) if self._ends_quoted(d) and d.end <= quote.start]
                last = max(earlier, key=lambda d: d.end, default=None)
                if last is not None and self._continues(last, quote, drafts + found):
                    last.parts.extend(self._parts(quote))  # “A,” said X. “B.”: X goes on
                    last.quotes.append(quote)
                    continue
                turn = self._turn_before(quote, [*drafts, *found])
                if turn is not None:  # "PENCE: A.¶"B.": the turn goes on in the paragraph after
                    turn.parts.extend(self._parts(quote))
                    turn.quotes.append(quote)
                    continue
                reported = self._reported_before(quote, [*drafts, *found])
                if reported is not None:  # "X said that A. “B.”": X goes on
                    reported.parts.extend(self._parts(quote))
                    reported.quotes.append(quote)
                    reported.kind = "mixed"
                    continue
                if self._embedded(quote):
                    continue  # a quoted fragment inside someone else's sentence: a scare quote or a mixed part
                if self._leads_into(quote, quotes[index + 1] if index + 1 < len(quotes) else None):
                    pending.append(quote)  # “A.” “B,” X said: X said both
                    continue
                found.extend(_Draft("direct", self._parts(q), quotes=[q]) for q in [*pending, quote])
                pending.clear()
                continue
            draft = _Draft("direct", [p for q in pending for p in self._parts(q)], cue=cue, quotes=[*pending])
            draft.speaker = self._name_before_cue(quote, cue)
            pending.clear()
            draft.parts += self._parts(quote)
            draft.quotes.append(quote)
            key = self._cue_key(cue)
            draft.stance = self.words.cues.get(key or "", "assert")
            if draft.stance == "appeal" and self.text[: draft.parts[0][1]].rstrip(" »”\"'").endswith("?"):
                draft.stance = "question"  # « Tu viens ? » demanda-t-il: a question asked, not an appeal
            following = self._split_rest(quote, cue, drafts)
            if following is not None:
                draft.parts.extend(self._parts(following))
                draft.quotes.append(following)
                used.update(k for k, q in enumerate(quotes) if q is following)
            found.append(draft)
        found.extend(_Draft("direct", self._parts(q), quotes=[q]) for q in pending)
        return found

    _SIGNATURE = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–])[ \t\u00a0]*(?=[^\W\d_])")

    def _signature(self, quote: Quote) -> _Draft | None:
        """A quote signed with a dash and a name after it: “…” ― Jane Doe."""
        dash = self._SIGNATURE.match(self.text, quote.end)
        if dash is None:
            return None
        first = self._token_from(dash.end())
        if first is None or first.pos_ != "PROPN":
            return None
        last = first
        while last.i + 1 < len(self.doc) and self.doc[last.i + 1].pos_ == "PROPN" and last.i - first.i < 5:
            last = self.doc[last.i + 1]
        after = self.text[last.idx + len(last) : last.idx + len(last) + 2].lstrip(" \t")
        if after and after[0] not in ".,;\n" and after[0] not in QUOTE_MARKS:
            return None  # "— Beaumagnan… Beaumagnan…" opens a sentence; a signature stands alone
        head = max((t for t in self.doc[first.i : last.i + 1]), key=lambda t: t.head.i < first.i or t.head.i > last.i)
        draft = _Draft("direct", self._parts(quote), cue_text=dash.span("dash"), quotes=[quote])
        draft.speaker = head
        draft.speaker_span = (first.idx, last.idx + len(last))
        return draft

    def _embedded(self, quote: Quote) -> bool:
        """A quote that a clause runs into ("called the plan “a disaster”"), not one that stands alone."""
        before = self.text[: quote.start].rstrip(" \u00a0")
        return bool(before) and before[-1] not in '.!?:;\n"“”«»—–-)(' and not before.endswith("...")

    def _parts(self, quote: Quote) -> list[tuple[int, int]]:
        """A quote's words without the incises that attribute it: « A, dit-il, B » -> A, B."""
        start, end = self._part(quote)
        parts = []
        for _, incise_start, incise_end in self._incises(quote):
            piece = self._trim_part(start, incise_start)
            if piece is not None:
                parts.append(piece)
            start = max(start, incise_end)
        piece = self._trim_part(start, end)
        if piece is not None:
            parts.append(piece)
        return parts or [self._part(quote)]

    def _trim_part(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
        return (start, end) if end > start else None

    def _incises(self, quote: Quote) -> list[tuple[Token, int, int]]:
        """The cue clauses inside a quote or a dialogue turn, with their extent: "dit-elle avec
        détresse", "ajouta Laurence en étouffant un bâillement", "a déclaré le ministre"."""
        key = (quote.start, quote.end)
        if key in self._incise_cache:
            return self._incise_cache[key]
        found: list[tuple[Token, int, int]] = []
        span = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        limit = tokens[-1].i if tokens else -1
        k = 0
        while k < len(tokens):
            token = tokens[k]
            k += 1
            verb = token.pos_ in ("VERB", "AUX") and bool(
                self._cue_key(token) or token.lemma_.lower() in self.words.incise_verbs
            )
            if not (verb or self._misread_reflexive(token)):
                continue
            if found and token.idx < found[-1][2]:
                continue
            if any(
                c.dep_ in SUBJECT_DEPS
                and token.i - 4 < c.i < token.i
                and not any(t.is_punct for t in self.doc[c.i : token.i])
                for c in token.children
            ):
                continue  # "A, il a dit" is no incise: an incise inverts its subject ("Ma cas…, fit X" is one)
            left = token  # with its auxiliary and reflexive pronoun: "a-t-il ajouté", "se dit-il"
            while (
                left.i > 0
                and (self.doc[left.i - 1].head.i == token.i or self.doc[left.i - 1].lower_ in self.words.reflexives)
                and not self.doc[left.i - 1].is_punct
            ):
                left = self.doc[left.i - 1]
            if left.i == 0 or self.doc[left.i - 1].text not in INCISE_BEFORE:
                continue
            subjects = [
                c
                for c in token.children
                if c.i > token.i and (c.dep_ in (*SUBJECT_DEPS, "obj", "dobj") or self._clitic_subject(c))
            ]
            subjects += [t for t in self._inverted_after(token) if t not in subjects]
            if (
                not subjects
                or "2" in token.morph.get("Person", [])
                or all("2" in c.morph.get("Person", []) for c in subjects)
            ):
                continue  # "voyez-vous", "you know": said to the listener, not an incise
            # the incise runs over the cue's own words after it ("répondit Raoul, convaincu que…"), not
            # over speech the parser hung on it
            own = [
                c
                for c in token.children
                if c.i > token.i
                and c.dep_ not in INCISE_SPEECH_DEPS
                # "…, quelles que soient les pertes": a finite clause after a comma is speech again
                and not ("Fin" in c.morph.get("VerbForm", []) and self.doc[c.left_edge.i - 1].text == ",")
            ]
            end = max(
                [t.i for c in own for t in c.subtree if sentence_of(t).start == sentence_of(token).start]
                + [c.i for c in subjects]
            )
            while end > token.i and self.doc[end].is_punct:
                end -= 1  # the subject's own trailing comma is where the incise stops
            while end < limit and self.doc[end + 1].text not in INCISE_AFTER and not self.doc[end + 1].is_space:
                end += 1
            if end >= limit and self.doc[end].text not in INCISE_AFTER:
                end = limit
            told = False
            while end + 2 <= limit and self.doc[end + 1].text == ",":
                tail = self._incise_tail(end + 2, limit, first=end < token.i + 4, told=told)
                if tail is None:
                    break
                end, told = tail, True  # "dit-il, en riant, …", "répondit Laure, dont la voix…": the narrator's
            stop = self.doc[end + 1] if end < limit else None
            incise_end = (
                stop.idx + len(stop)
                if stop is not None and stop.text in ",;:"
                else self.doc[end].idx + len(self.doc[end])
            )
            if stop is not None and stop.text in ".!?…":
                incise_end = stop.idx + len(stop)
            mark = self.doc[left.i - 1]  # « Non ! cria-t-il »: the "!" is said, the comma is not
            found.append((token, mark.idx + (len(mark) if mark.text != "," else 0), incise_end))
        self._incise_cache[key] = found
        return found

    def _misread_reflexive(self, token: Token) -> bool:
        """A reflexive verb of saying the tagger took for a noun ("s'écria" tagged NOUN): after its
        reflexive pronoun, a form of the narrative tense of a cue or incise verb."""
        if token.i == 0 or token.pos_ in ("VERB", "AUX") or self.doc[token.i - 1].lower_ not in self.words.reflexives:
            return False
        form = token.lower_
        for ending, endings in self.words.narrative_endings:
            for suffix in endings:
                if form.endswith(suffix):
                    lemma = form[: -len(suffix)] + ending
                    known = self.words.incise_verbs | self.words.cues.keys()
                    if any(f"{p}{lemma}" in known or f"{p} {lemma}" in known for p in ("", *self.words.reflexives)):
                        return True
        return False

    def _inverted_after(self, verb: Token) -> list[Token]:
        """The inverted subject right after a verb, whatever the parser made of it: "ajouta-t-elle",
        "dit Pauline"."""
        k = verb.i + 1
        if k < len(self.doc) and self.doc[k].lower_ in ("-t", "-t-"):
            k += 1
        if k >= len(self.doc):
            return []
        after = self.doc[k]
        if after.text.startswith("-") and after.lower_ in self.words.pronouns:
            return [after]
        return [after] if k == verb.i + 1 and after.pos_ == "PROPN" else []

    def _incise_tail(self, start: int, limit: int, *, first: bool, told: bool) -> int | None:
        """The last token of the narration that goes on after an incise and its comma, up to the next
        punctuation: a gerund or a participle ("en riant", "souriant"), a relative clause on the speaker
        right after it (`first`: "dont la voix tremblait"), or, after one of those (`told`), a
        complement with no verb of its own but in a relative clause ("d'un rire qui faisait peur").
        None when the words after the comma are speech again."""
        doc = self.doc
        last = start
        while last < limit and doc[last + 1].text not in INCISE_AFTER and not doc[last + 1].is_space:
            last += 1
        words = doc[start : last + 1]
        if any(p in ("1", "2") for t in words for p in t.morph.get("Person", [])):
            return None
        # the verb of "en riant", "et en se tournant", "souriant"
        head = next((t for t in words[:4] if t.pos_ not in ("ADP", "CCONJ", "PRON")), doc[start])
        participle = "Part" in head.morph.get("VerbForm", []) and head.pos_ in ("VERB", "AUX")
        relative = first and "Rel" in doc[start].morph.get("PronType", [])
        complement = (
            told
            and doc[start].pos_ == "ADP"
            and not any("Fin" in t.morph.get("VerbForm", []) and t.dep_ not in RELATIVE_DEPS for t in words)
        )
        if not (participle or relative or complement):
            return None
        return last

    def _clitic_subject(self, token: Token) -> bool:
        """An inverted pronoun the parser left unlabelled ("lui dit-il", "ajouta-t-elle"), or an inverted
        name it took for a complement ("raconta d'Ormont")."""
        if token.text.startswith("-"):
            return token.lower_ in self.words.pronouns
        return (
            token.dep_ in ("obl", "obl:arg", "nmod")
            and token.left_edge.i == token.head.i + 1
            and token.text[:1].isupper()
            and token.right_edge.i + 1 < len(self.doc)
            and self.doc[token.right_edge.i + 1].text in INCISE_AFTER
        )

    def _part(self, quote: Quote) -> tuple[int, int]:
        """A quote's words, without the comma a quote ends with before its cue (“…,” said X)."""
        end = quote.inner_end
        while end > quote.inner_start and self.text[end - 1] in ", \u00a0":
            end -= 1
        return quote.inner_start, end

    def _continues(self, last: _Draft, quote: Quote, drafts: list[_Draft]) -> bool:
        """A quote with no cue right after an attributed one, in the same paragraph, goes on with it."""
        between = self.text[last.end : quote.start]
        if "\n" in between.strip(" ") and not self._next_paragraph_of(last, quote):
            return False
        if len(between.split()) > 15:  # a long cue clause ("said X, the director of…") is still one clause
            first, final = self._token_from(last.end), self._token_from(quote.start)
            if (
                first is None
                or final is None
                or final.i == 0
                or sentence_of(first).start != sentence_of(self.doc[final.i - 1]).start
            ):
                return False
        cue = sentence_of(last.cue).start if last.cue is not None else -1
        # "“A” of B, X said. “C.”" goes on only when the cue's clause says nothing more ("…, she said,
        # referencing X. “C.”" does)
        fronted = last.kind != "direct" and not any(abs(q.inner_end - last.end) <= 2 for q in last.quotes)
        return not any(
            last.end <= d.start < quote.start
            and (fronted or not (d.cue is not None and sentence_of(d.cue).start == cue))
            for d in drafts
            if d is not last
        )

    def _turn_before(self, quote: Quote, drafts: list[_Draft]) -> _Draft | None:
        """The turn a quote with no cue goes on with: a named speaker's turn ("PENCE: …") that ends the
        paragraph before the one the quote opens."""
        last = _last_before(drafts, quote.start)
        if last is None or last.cue is not None or last.cue_text is None or last.kind != "direct":
            return None
        if any(quote.inner_start <= d.start < quote.inner_end for d in drafts):
            return None  # '"WALLACE: …': a turn of its own
        between = self.text[last.end : quote.start]
        return last if "\n" in between and not between.strip(' \n\t\u00a0"”»') else None

    def _reported_before(self, quote: Quote, drafts: list[_Draft]) -> _Draft | None:
        """The reported speech a quote with no cue goes on with: the claim that ends right before it in its
        paragraph, an unquoted clause with its subject, not negated, and nothing between but its cue's clause
        ("X said that A. “B.”", "A, X said. “B.”"; not "X did not say that A. “B.”")."""
        last = _last_before(drafts, quote.start)
        if last is None or last.kind != "indirect" or last.cue is None:
            return None
        between = self.text[last.end : quote.start]
        if "\n" in between or any(c.lower_ in self.data.events.negations for c in last.cue.children):
            return None
        said = self.doc.char_span(last.start, last.end, alignment_mode="expand")
        if said is None or not any(c.dep_ in SUBJECT_DEPS for c in said.root.children):
            return None  # a clause reported ("said the bridge would reopen"), not a noun ("replied in a tired tone")
        cue_after = last.cue.idx >= last.end and self._continues(last, quote, drafts)
        return last if cue_after or not between.strip(" .,:;\t") else None

    def _next_paragraph_of(self, last: _Draft, quote: Quote) -> bool:
        """ "“A,” he said.¶“B.”": a quote that opens the paragraph after the one its cue ends goes on with
        that speaker (a quote with no cue after a quote with its own is the same voice)."""
        if last.cue is None or not last.end <= last.cue.idx < quote.start:
            return False
        words = [t for t in sentence_of(last.cue) if not t.is_space]
        rest = self.text[words[-1].idx + len(words[-1]) : quote.start] if words else "x"
        return "\n" in rest and not rest.strip()

    def _ends_quoted(self, draft: _Draft) -> bool:
        """An attributed claim whose words end with a quote ("X said “…”", "“…,” X said"): a quote may go on."""
        if draft.cue is None or not draft.quotes:
            return False
        if draft.kind == "direct" or any(abs(q.inner_end - draft.end) <= 2 for q in draft.quotes):
            return True
        # "“A” of B, X said. “C.”": quoted words before their cue; the quote after the cue goes on with them
        return draft.cue.idx >= draft.end

    def _split_rest(self, quote: Quote, cue: Token, drafts: list[_Draft]) -> Quote | None:
        """The second part of a quote split by its cue: « A », a écrit X, « B »."""
        following = next((q for q in self.quotes if q.start >= quote.end), None)
        if cue.idx < quote.end or following is None or self._embedded(quote):
            return None
        owner = next((d for d in drafts if following in d.quotes), None)
        if owner is not None and (owner.cue is None or owner.cue.i != cue.i):
            return None
        if not self._cue_between(self.text[quote.end : following.start]):
            return None
        between = self.doc.char_span(quote.end, following.start, alignment_mode="contract")
        tokens = list(between) if between is not None else []
        if any(t.i != cue.i and t.pos_ in ("VERB", "AUX") and self._cue_key(t) for t in tokens):
            return None  # "…,” he said, adding: “…”": the second quote is the second cue's
        if sentence_of(cue).end_char < following.start and self.text[sentence_of(cue).end_char : following.start].strip(
            " ,"
        ):
            return None
        return following

    def _leads_into(self, quote: Quote, following: Quote | None) -> bool:
        """A quote followed, in its paragraph and with nothing between, by a quote its cue comes after."""
        if following is None or self.text[quote.end : following.start].strip(" \t\u00a0"):
            return False
        cue = self._cue_near(following)
        return cue is not None and cue.idx > following.end

    def _cue_between(self, between: str) -> bool:
        """Only a cue clause stands between two parts of one quote (no full stop, nor one that ends it:
        "“A,” Warren said. “B,” she added." are two claims)."""
        return (
            not SENTENCE_END.search(between)
            and not between.rstrip().endswith((".", "!", "?", "…"))
            and "\n" not in between
            and len(between.split()) <= 12
        )

    def _cue_near(self, quote: Quote) -> Token | None:
        """A verb of saying in the quote's sentence, after it ("», a écrit X") or before ("X a déclaré : «")."""
        start_token = self._token_at(quote.inner_start)
        end_token = self._token_at(max(quote.inner_start, quote.inner_end - 1))
        if start_token is None or end_token is None:
            return None
        after = self._cue_after(quote, end_token)
        incises = self._incises(quote)
        if incises:
            return incises[0][0]
        if after is not None:
            return after
        before = [
            t
            for t in sentence_of(start_token)
            if t.idx < quote.start and self._cue_key(t) and t.pos_ in ("VERB", "AUX")
        ]
        before = [t for t in before if self._inside_quote(t.idx) is None]
        if before and self.text[before[-1].idx : quote.start].strip().endswith((":", ",")):
            return before[-1]
        back = sentence_of(start_token).start - 1
        while back >= 0 and (self.doc[back].text in QUOTE_MARKS or self.doc[back].is_space):
            back -= 1
        previous = self.doc[back] if back >= 0 else None
        if previous is not None and previous.text == ":":
            candidates = [t for t in sentence_of(previous) if self._cue_key(t) and t.pos_ in ("VERB", "AUX")]
            return candidates[-1] if candidates else None
        return None

    def _cue_after(self, quote: Quote, end_token: Token) -> Token | None:
        """The cue of the clause that follows a quote: "», a écrit X", "“…?” Clinton said." (its own sentence)."""
        first = self._token_from(quote.end)
        while first is not None and first.i + 1 < len(self.doc) and (first.is_punct or first.is_space):
            first = self.doc[first.i + 1]
        if first is None or first.idx < quote.end or "\n" in self.text[quote.end : first.idx]:
            return None
        same = sentence_of(first).start == sentence_of(end_token).start
        for token in sentence_of(first)[first.i - sentence_of(first).start :]:
            if self._inside_quote(token.idx) is not None or token.text in QUOTE_MARKS:
                return None  # another quote comes first
            if token.pos_ in ("VERB", "AUX") and self._cue_key(token):
                if self._is_modal_passive(token):
                    return None  # 'a “pub” that was supposed to…': what the quote was to do, not who said it
                if same:  # only the cue's own words stand between ("», a écrit X", "” Mr. Obama said")
                    between = self.doc[first.i : token.i]
                    own = all(t.is_punct or t.is_space or token.is_ancestor(t) or self._in_name(t) for t in between)
                    return token if own else None
                # In a sentence of its own, only a bare cue clause ("Clinton said.") attributes the quote.
                reports = any(c.dep_ in CONTENT_DEPS and c.i > token.i for c in token.children)
                return token if not reports and token.i - first.i <= 6 else None
        return None

    def _name_before_cue(self, quote: Quote, cue: Token) -> Token | None:
        """ "“…,” Tulsa police Chief Chuck Jordan said": the name between a quote and its cue when the parser
        gave the cue no subject there (it hung the cue on the quote's own clause)."""
        if cue.idx < quote.end or any(c.dep_ in SUBJECT_DEPS and c.idx > quote.end for c in cue.children):
            return None
        between = [t for t in self.doc[sentence_of(cue).start : cue.i] if t.idx >= quote.end]
        names = [t for t in between if t.pos_ == "PROPN" or self._person(t)]
        if not names:
            return None
        name = names[-1]
        while name.dep_ in ("flat", "flat:name", "compound") and name.head in between:
            name = name.head  # "Anna [Lopez]": the head of the name
        return name

    def _in_name(self, token: Token) -> bool:
        """A word of a name or a title the parser hung elsewhere ("” Tulsa police Chief Chuck Jordan said",
        "Tulsa" read as a verb): a word of a named entity, or a noun of its phrase."""
        return self._entity_at(token) is not None or token.pos_ in ("PROPN", "NOUN")

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
                first, last = self._token_from(match.start()), self._token_at(match.end() - 1)
                if first is None or last is None:
                    continue
                found_source = self._according_object(last)
                if found_source is None:
                    continue
                source, source_end = found_source
                content = self._according_content(first, source_end)
                if content is None or any(d.start <= content[0] < d.end for d in drafts if d.kind != "according_to"):
                    continue
                # "According to X, “A. B.”": the quote that opens in the content goes on to its close
                after = self.doc[source_end].idx if source_end < len(self.doc) else content[0]
                running = self._quote_running_on(min(content[0], after), content[1])
                if running is not None:
                    content = self._trim(content[0], running.inner_end) or content
                draft = _Draft("according_to", [content], cue_text=(match.start(), match.end()), speaker=source)
                quotes = [q for q in self.quotes if content[0] <= q.inner_start and q.inner_end <= content[1]]
                draft.quotes = quotes
                found.append(draft)
        return found

    def _document_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "In this poll, Trump rose a point", "fared well in online polls", "safe, in her opinion", "By one
        estimate, …", "Dans ce sondage, le maire recule", "À son avis, …": the clause a document or a view
        is the place of says what it says."""
        found = []
        taken = [(d.start, d.end) for d in drafts]
        for prep, lemma in zip(self._tokens, self._lemmas, strict=True):
            if lemma not in self.words.document_prepositions or prep.dep_ not in ("prep", "case"):
                continue
            source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else prep.head
            head = prep.head if prep.dep_ == "prep" else prep.head.head
            if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") and head.head.i != head.i:
                head = head.head  # "safe in her opinion": the clause of its copula
            if (
                source is None
                or source.lemma_.lower() not in self.words.document_nouns
                or head.i == source.i
                or head.pos_ not in ("VERB", "AUX", "NOUN")
                or self._cue_key(head)
                or self._inside_quote(prep.idx)
            ):
                continue
            phrase = self.doc[min(prep.i, source.left_edge.i)].left_edge.i, max(t.i for t in source.subtree)
            if phrase[0] < head.i:  # "In this poll, X…": what follows the phrase
                first, last = phrase[1] + 1, self._before_nested_cue(head, head.right_edge.i)
            else:  # "X fared well in online polls": what comes before it
                subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i), None)
                first, last = (subject or head).left_edge.i, phrase[0] - 1
            if last < first:
                continue
            span = self._span(first, last + 1)
            if span is None or any(s <= span[0] < e or span[0] <= s < span[1] for s, e in taken):
                continue
            quotes = [q for q in self.quotes if span[0] <= q.inner_start and q.inner_end <= span[1]]
            draft = _Draft("mixed" if quotes else "indirect", [span], quotes=quotes, stance="assert", speaker=source)
            draft.cue_text = (prep.idx, prep.idx + len(prep))
            holder = self._holder(source)
            if holder is not None:  # "in her opinion", "à son avis", "in the eyes of many farmers": theirs
                draft.speaker = holder
            else:
                words = [t for t in source.subtree if t.i != prep.i]  # "[ce sondage]", not "Dans ce sondage"
                draft.speaker_span = (words[0].idx, words[-1].idx + len(words[-1]))
            found.append(draft)
        return found

    def _holder(self, source: Token) -> Token | None:
        """Whose view or eyes a noun is: its possessive ("her opinion", "son avis") or its "of" / "de"
        complement ("the eyes of many farmers", "aux yeux des agriculteurs")."""
        for child in source.children:
            if child.dep_ in ("poss", "nmod:poss") or (child.dep_ == "det" and "Yes" in child.morph.get("Poss", [])):
                return child
            if child.dep_ == "prep" and child.lower_ in self.words.source_prepositions:
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ == "nmod" and _case(child) in self.words.source_prepositions:
                return child
        return None

    _COLON_SPEAKER = re.compile(
        r"(?m)^[\"“«]?(?P<name>[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,5})[ \u00a0\u202f]?: +(?P<content>\S.*)$"
    )

    def _colon_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "PENCE: Well, look…", "Poll: Wealthy voters…": a name and a colon open a paragraph."""
        found = []
        for match in self._COLON_SPEAKER.finditer(self.text):
            start, end = match.start("content"), match.end("content")
            while end > start and self.text[end - 1] in ' "”»':
                end -= 1
            quoted = self.text[start] in OPENING_EDGE
            while start < end and self.text[start] in ' "“«':
                start += 1  # "Zelensky : « Nous tiendrons »" says what is inside the marks
            overlapping = [d for d in drafts if d.start < end and start < d.end]
            name = match.group("name")
            named = any(
                match.start("name") <= m_start < match.end("name") and entity.type in ("PERSON", "ORG", "NORP")
                for m_start, _, entity in self._mentions.between(match.start("name"), match.end("name"))
            )
            span = self.doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
            proper = span is not None and len(span) <= 2 and all(t.pos_ == "PROPN" or t.is_punct for t in span)
            document = name.lower() in self.words.document_nouns  # "Poll: …", "Survey: …"
            known = self._known_speaker(name)  # "Sanders: Clinton needs to…"
            if not (named or proper or document or known or (name.isupper() and len(name) > 1)):
                continue  # "Correction: …", "The Latest: …": a label, not a speaker
            placed = any(
                entity.type in PLACE_TYPES
                for _, _, entity in self._mentions.between(match.start("name"), match.end("name"))
            )
            if placed and not (named or known or quoted):
                continue  # "Ukraine : plus de 200 drones visent…": a place names what the headline is about
            # words with no verb after a label say nothing ("Correction: October 2.", "Iowa: Tim Lee, Ann
            # Roe…"); a poll or a quote says without one, and a headline in title case has no reliable tags
            said = self.doc.char_span(start, end, alignment_mode="expand")
            headline = not self.text[: match.start()].strip()
            if not (document or headline or quoted) and not any(t.pos_ in ("VERB", "AUX") for t in said or ()):
                continue
            # a turn of someone named says its own cues' words too ("TAPPER: I think…"); another's words
            # over it, or a label's, stop it
            if overlapping and not ((named or known) and all(self._cued_inside(d, start, end) for d in overlapping)):
                continue
            speaker = self._token_at(match.start("name"))
            colon = self.text.index(":", match.end("name"))  # "Sondage : …": after its space
            draft = _Draft("direct", [(start, end)], cue_text=(colon, colon + 1))
            draft.speaker = speaker
            draft.speaker_span = (match.start("name"), match.end("name"))
            found.append(draft)
        return found

    @staticmethod
    def _cued_inside(draft: _Draft, start: int, end: int) -> bool:
        """A claim whose cue and words are all inside `start`..`end`."""
        cue = draft.cue
        return cue is not None and draft.kind != "direct" and start <= min(cue.idx, draft.start) and draft.end <= end

    def _headline_claims(self, drafts: list[_Draft]) -> None:
        """The first line of a text, its headline, in title case ("Mayor Sees 'Grave Risk' If The Dam
        Fails"), where the tagger reads verbs as names: a cue before its content reports the rest of its
        clause."""
        end = self.text.find("\n")
        if end <= 0 or end > HEADLINE_CHARS:
            return
        tokens = self._tokens[: bisect.bisect_left(self._starts, end)]
        words = [t for t in tokens if t.is_alpha and len(t) > 3]
        if len(words) < 3 or sum(t.text[0].isupper() for t in words) < TITLE_CASE_SHARE * len(words):
            return
        for draft in drafts:
            if draft.kind != "direct" and draft.cue is not None and draft.cue.idx < draft.start and draft.end <= end:
                rest = self._rest_of_line(self._cue_extent(draft.cue)[1], end)
                draft.parts = [rest] if rest is not None else draft.parts

    def _misread_cue_claims(self, drafts: list[_Draft]) -> list[_Draft]:
        """A cue the tagger read as a plural noun that no verb governs, right after who speaks: the root of
        its sentence with a clause after it ("The campaign plans to…", "Lee Vows To Reopen The Port"), or
        the object of a name read as the root ("Lee questions the cost of the port"). It reports the rest
        of its sentence, to a semicolon or a colon."""
        found = []
        for sentence in self.doc.sents:
            root = sentence.root
            if root.pos_ not in ("NOUN", "PROPN"):
                continue
            for token in (root, *(c for c in root.children if c.dep_ in ("dobj", "obj") and c.i == root.i + 1)):
                before = self._tokens[token.i - 1] if token.i > sentence.start else None
                if (
                    before is None
                    or token.pos_ != "NOUN"
                    or "Plur" not in token.morph.get("Number", [])
                    or token.lemma_.lower() not in self.words.cues
                    or any(s <= token.idx < e for d in drafts for s, e in d.parts)
                    or self._inside_quote(token.idx)
                ):
                    continue
                if token is root:  # who speaks before it, what it says a clause after it
                    speaks = before.pos_ in ("NOUN", "PROPN") or before.text in ("”", '"', "»")
                    says = any(c.i > token.i and c.pos_ in ("VERB", "AUX") for c in token.children)
                else:  # a name the article knows
                    speaks = self._speaks(before) or self._known_speaker(before.text)
                    says = True
                words = [t for t in sentence if not t.is_space and t.i > token.i]
                if not (speaks and says and words):
                    continue
                stop = next((t for t in words if t.text in (";", ":")), None)
                last = self._tokens[stop.i - 1] if stop is not None else words[-1]
                rest = self._trim(token.idx + len(token), last.idx + len(last))
                if rest is None:
                    continue
                quotes = [q for q in self.quotes if rest[0] <= q.inner_start and q.inner_end <= rest[1]]
                draft = _Draft("mixed" if quotes else "indirect", [rest], cue=token, quotes=quotes)
                draft.stance = self.words.cues[token.lemma_.lower()]
                draft.speaker, draft.speaker_span = self._name_before(before, sentence.start)
                found.append(draft)
        return found

    def _name_before(self, before: Token, start: int) -> tuple[Token, tuple[int, int]]:
        """The name that ends at `before` (or at the word before its closing quote), with the title or
        names before it, back to `start` at most: "Mayor Ann Lee", "campaign", "“13th”"."""
        speaker = before if before.pos_ in ("NOUN", "PROPN") else self._tokens[max(start, before.i - 1)]
        first = speaker
        while first.i > max(start, speaker.i - 4) and self._tokens[first.i - 1].pos_ in ("PROPN", "NOUN"):
            first = self._tokens[first.i - 1]
        return speaker, (first.idx, speaker.idx + len(speaker))

    def _rest_of_line(self, start: int, end: int) -> tuple[int, int] | None:
        """What follows a cue in a headline, to the end of its clause ("Railing Against X, Y Vows…": X)."""
        stop = next((i for i in range(start, end) if self.text[i] in ",;:" and not self._inside_quote(i)), end)
        return self._trim(start, stop)

    def _known_speaker(self, name: str) -> bool:
        """A name the article gives a person or an organisation elsewhere, or their surname."""
        return any(
            entity.type in ("PERSON", "ORG")
            and (entity.name.endswith(" " + name) or any(self.text[m.start : m.end] == name for m in entity.mentions))
            for entity in self.entities
        )

    def _according_object(self, last: Token) -> tuple[Token, int] | None:
        """The source after "selon" / "according to" (its head token) and the index after its phrase:
        the noun phrase up to the next punctuation, headed by a name, a pronoun or a determined noun
        ("selon Kiev", "according to a new poll"; not "per year")."""
        sentence_end = sentence_of(last).end
        end = last.i + 1
        depth = 0
        while end < min(sentence_end, last.i + 16):
            token = self.doc[end]
            depth += (token.text == "(") - (token.text == ")")
            if depth <= 0 and token.text != ")" and ((token.is_punct and token.text not in "-–'’&/") or token.is_space):
                break
            end += 1
        window = self.doc[last.i + 1 : end]
        if window and ("Rel" in window[0].morph.get("PronType", []) or window[0].tag_ in ("WDT", "WP")):
            return None  # "un rapport selon lequel…": the noun before it says what follows

        heads = [t for t in window if not (last.i < t.head.i < end) or t.head.i == t.i]
        heads = [t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON", "NUM")]
        if not heads:  # a misparsed phrase ("according to show insiders": "show" a verb): its last noun
            heads = [t for t in window if t.pos_ in ("PROPN", "NOUN")][-1:]
        if not heads:
            return None
        head = heads[0]
        determined = (
            head.pos_ in ("PROPN", "PRON")
            or "Plur" in head.morph.get("Number", [])
            or any(c.dep_ in ("det", "poss", "nmod:poss", "nummod", "compound", "amod") for c in head.children)
        )
        if not determined:
            return None
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i >= end):
            # "according to X, head of Y, …": an apposition closed by a comma; not the clause the parser
            # took for one ("according to X, the move reeks of fear": "reeks" read as a noun)
            after = appos.right_edge.i + 1
            opens = last.i - sentence_of(last).start < 3  # "According to X, …": what it says comes after
            if (after < sentence_end and self.doc[after].text == ",") or not opens:
                end = max(end, after)
        return head, end

    def _according_content(self, first: Token, source_end: int) -> tuple[int, int] | None:
        """The clause "selon X" governs: the rest of its sentence after it ("Selon X, la zone dépasse…",
        "…, selon X, dépasse…"), or before it when it closes the sentence ("…1 000 km², selon X") or when
        the sentence's verb is before it and what follows is the source's apposition ("X rose, according to
        an analysis by Y, a former aide…")."""
        sentence = sentence_of(first)
        after = [t for t in self.doc[source_end : sentence.end] if not (t.is_punct or t.is_space)]
        before = [t for t in self.doc[sentence.start : first.i] if not (t.is_punct or t.is_space or t.dep_ == "cc")]
        opens = not before or self.doc[first.i - 1].text == ","
        root = sentence.root
        # "…, a former aide": no verb of its own after the source ("une zone qui, selon Kiev, dépasse
        # les 1 000 km²" has one: the content follows)
        apposition = not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in RELATIVE_DEPS | {"acl"} for t in after)
        if before and before[0].i <= root.i <= before[-1].i and root.pos_ in ("VERB", "AUX") and apposition:
            opens = False
        if after and opens:
            start, end = after[0], after[-1]
        elif before:
            start, end = before[0], before[-1]
        else:
            return None
        return self._trim(start.idx, end.idx + len(end))

    def _token_from(self, char: int) -> Token | None:
        """The first token that starts at or after `char`."""
        index = bisect.bisect_left(self._starts, char)
        return self.doc[index] if index < len(self.doc) else None

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    # -- 2. the speaker ----------------------------------------------------------------------------

    def _subject(self, cue: Token) -> Token | None:
        absolute = self._absolute_subject(cue)
        if absolute is not None:
            return absolute
        verb = cue
        if cue.dep_ == "conj" and not self._cue_key(cue.head):
            # "tweeted that the talks had failed and urged allies…": the parser hangs "urged" on "failed";
            # it goes with the cue whose content it ends
            ancestor = next((a for a in cue.ancestors if a.pos_ in ("VERB", "AUX") and self._cue_key(a)), None)
            if ancestor is not None and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
                verb = ancestor
        reporter = self._reporter_of_adjunct(cue)
        if reporter is not None:
            verb = reporter
        while True:  # up to the clause that has a subject: "began by saying", "at the forefront of questioning"
            clitic = next((c for c in verb.children if c.i > verb.i and self._clitic_subject(c)), None)
            if clitic is not None:  # "lui dit-elle": the inverted pronoun, whatever the parser hung before
                return clitic
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("-t", "-t-")]
            if any(c.dep_ in AGENT_DEPS for c in verb.children):
                subjects = [c for c in subjects if c.dep_ not in PASSIVE_SUBJECT_DEPS]  # "X was cited by Y": Y
            if subjects and verb.dep_ == "parataxis":  # "To understand Dred Scott, Chief Justice Roberts said,"
                subjects = [self._incise_apposition(s, verb) or s for s in subjects]
            if subjects:
                people = [s for s in subjects if self._entity_at(s) is not None and self._entity_at(s).type == "PERSON"]  # type: ignore[union-attr]
                return people[0] if people else subjects[-1] if subjects[-1].dep_ == "expl:subj" else subjects[0]
            agents = [c for c in verb.children if c.dep_ in AGENT_DEPS]
            if agents:  # "by Paul Martin" (the preposition heads it), "par Paul Martin" (the noun does)
                agent = next((c for c in agents[0].children if c.dep_ == "pobj"), agents[0])
                return agent if agent.pos_ in ("PROPN", "NOUN", "PRON") else None
            inverted = [
                c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
            ]
            if (
                inverted
                and not _participle(verb)  # "…, critiquant les coupes": an object, not an inverted subject
                and (self._after_comma(verb) or self._as_incise(verb))
                and (self._cue_key(verb) or verb.lemma_.lower() in self.words.incise_verbs)
                and (self.words.incise_inverted or self._after_quote(verb))
            ):
                return inverted[
                    0
                ]  # "», a écrit Zelensky", "», a assuré la ministre": the object is the inverted subject
            if verb.head.i != verb.i and verb.dep_ not in ("ccomp", "parataxis"):
                controller = self._controller(verb) if verb.i == cue.i else None
                if controller is not None:
                    return controller
                verb = verb.head  # "a promis de…", "a déclaré et a ajouté", a misparsed "a … exhorté"
                continue
            break
        return None

    def _controller(self, verb: Token) -> Token | None:
        """Who does what an infinitive cue says when the verb it completes has an object before it: that
        object ("prompted NATO to order…", "a poussé Anne Lee à réclamer…"), someone; not after "promised
        voters to…", whose subject does it."""
        head = verb.head
        if verb.dep_ != "xcomp" or self.words.cues.get(self._cue_key(head) or "") == "promise":
            return None
        return next((c for c in head.children if c.dep_ in ("obj", "dobj") and c.i < verb.i and self._someone(c)), None)

    def _reporter_of_adjunct(self, cue: Token) -> Token | None:
        """ "X said the city would reopen, adding that…", "X a dit que la ville rouvrirait, ajoutant que…":
        the parser hangs the participle on the reported clause, but the one who adds is the one who said it,
        not the subject of what was said. The verb of saying that reports the clause, or None."""
        clause = cue.head
        if (
            not _participle(cue)
            or cue.dep_ != "advcl"
            or clause.i > cue.i
            or clause.dep_ != "ccomp"
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children)
            or self.doc[cue.i - 1].text != ","
        ):
            return None
        reporter = clause.head
        return reporter if reporter.i < clause.i and self._cue_key(reporter) else None

    def _absolute_subject(self, cue: Token) -> Token | None:
        """The noun right before a participle that has no subject of its own ("…, Moscou affirmant que…",
        "…, Kyiv saying that…"): the parser hangs it on the main verb, but it is the participle's subject."""
        if not _participle(cue) or cue.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            return None
        before = self.doc[cue.i - 1]
        entity = self._entity_at(before)
        if before.pos_ not in ("PROPN", "NOUN") or before.dep_ in SUBJECT_DEPS or entity is None:
            return None
        if entity.type not in SPEAKER_TYPES:
            return None
        head = before
        while head.dep_ in ("flat", "flat:name", "compound") and head.head.i > head.i:
            head = head.head
        first = min(t.i for t in self.doc[head.left_edge.i : before.i + 1])
        return head if first > 0 and self.doc[first - 1].text == "," else None

    def _after_quote(self, verb: Token) -> bool:
        first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
        before = self.text[: first.idx].rstrip(" ,\u00a0")
        return before.endswith(tuple(QUOTE_MARKS))

    def _after_comma(self, verb: Token) -> bool:
        first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
        return first.i > 0 and self.doc[first.i - 1].text in (",", "»", "”", '"')

    def _entity_at(self, token: Token) -> Entity | None:
        return self._mentions.at(token.idx)

    def _noun_phrase(self, token: Token) -> tuple[int, int]:
        """The speaker as written: the noun phrase of its head, cut at a comma or a relative clause."""
        words = [
            t
            for t in token.subtree
            if t.i == token.i
            or (
                t.dep_ not in ("acl:relcl", "relcl", "appos", "punct")
                and not (t.dep_ == "case" and t.head.i == token.i and t.lower_ in self._markers)  # "par X", "à X"
            )
            or (t.dep_ == "appos" and self.doc[t.i - 1].text != ",")  # "le général Igor Markov"
        ]
        # "le général Igor Markov sur Telegram": where it was said is no part of who said it
        modifiers = [c for t in words for c in t.children if c.i > t.i and c.dep_ in ("nmod", "prep", "obl")]
        cut = [c.left_edge.i for c in modifiers if self._is_channel(c)]
        if cut:
            words = [t for t in words if t.i < min(cut)]
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
        if entity is not None and entity.type in SPEAKER_TYPES:
            return entity, 0.9
        for child in token.children:  # "le ministre de la Santé, Marc Leroy": the person named beside the title
            found = self._entity_at(child) if child.dep_ in ("appos", "flat", "flat:name", "nmod", "compound") else None
            if found is not None and (found.type == "PERSON" or child.dep_ == "appos"):
                return found, 0.85
        if token.lemma_.lower() in self.words.cue_nouns:  # "un rapport de l'ONU": the body behind the document
            for child in token.children:
                found = self._entity_at(child) if child.dep_ in ("nmod", "prep", "poss", "nmod:poss") else None
                if child.dep_ == "prep":
                    found = next((self._entity_at(c) for c in child.children if c.dep_ == "pobj"), None)
                if found is not None and found.type in SPEAKER_TYPES:
                    return found, 0.7
        if entity is not None:
            return entity, 0.6
        if "Rel" in token.morph.get("PronType", []) or (
            token.tag_ in ("WP", "WDT") and token.head.dep_ in RELATIVE_DEPS
        ):
            clause = token.head  # "Trump, who says…": the noun the relative clause hangs on
            while clause.dep_ not in RELATIVE_DEPS and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in RELATIVE_DEPS and clause.head.i != token.i:
                found, confidence = self._resolve(clause.head, at, previous)
                return found, min(confidence, 0.8)
            return None, 0.4
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
            # two people just named: the subject of their clause is the one a pronoun takes up
            subjects = [item for item in ranked[:2] if self._is_subject_at(item[0])]
            if len(subjects) != 1:
                return None, 0.3  # do not guess
            return subjects[0][1], 0.6
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
        sentence = sentence_of(token)
        for _ in range(count):
            if sentence.start == 0:
                break
            sentence = sentence_of(self.doc[sentence.start - 1])
        return sentence.start_char

    def _is_subject_at(self, char: int) -> bool:
        token = self._token_at(char)
        while (
            token is not None and token.dep_ in ("flat", "flat:name", "compound", "appos") and token.head.i != token.i
        ):
            token = token.head
        return token is not None and token.dep_ in SUBJECT_DEPS

    def _same_sentence(self, a: int, b: int) -> bool:
        ta, tb = self._token_at(a), self._token_at(b)
        return ta is not None and tb is not None and sentence_of(ta).start == sentence_of(tb).start

    # -- 3. the record -----------------------------------------------------------------------------

    def _claim(self, claim_id: str, draft: _Draft, previous: str | None) -> Claim:
        speaker_token = (
            draft.speaker
            if draft.speaker is not None or not draft.sourced
            else (self._subject(draft.cue) if draft.cue else None)
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
            marks = (m for c in cue.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark")
            tokens += [m for m in marks if m.lower_ == key.split()[-1]]  # "called for [X to resign]"
        tokens = [t for t in tokens if abs(t.i - cue.i) <= 3]
        first = min(tokens, key=lambda t: t.i)
        last = max(tokens, key=lambda t: t.i)
        return first.idx, last.idx + len(last)

    def _sentence_of(self, char: int) -> Span | None:
        token = self._token_at(char)
        return sentence_of(token) if token is not None else None

    def _outside(self, parts: list[tuple[int, int]], start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in parts)

    def _is_channel(self, phrase: Token) -> bool:
        start, last = phrase.left_edge, phrase.right_edge
        text = self.text[start.idx : last.idx + len(last)].lower()
        return any(pattern.fullmatch(text) for pattern, _ in self._channels)

    def _channel(self, anchor: int, parts: list[tuple[int, int]]) -> str | None:
        sentence = self._sentence_of(anchor)
        if sentence is None:
            return None
        best: tuple[int, str] | None = None
        for start, end, label in self._channels_in(sentence.start_char, sentence.end_char):
            if self._outside(parts, start, end):
                distance = abs(start - anchor)
                if best is None or distance < best[0]:
                    best = (distance, label)
        return best[1] if best else None

    def _channels_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The channel phrases of a sentence, in pattern order, found once per sentence."""
        found = self._channel_cache.get(start)
        if found is None:
            if self._lowered is None:
                self._lowered = self.text.lower()
            lowered = self._lowered
            found = [
                (match.start(), match.end(), label)
                for pattern, label in self._channels
                for match in pattern.finditer(lowered, start, end)
            ]
            self._channel_cache[start] = found
        return found

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


def _sentences(span: Span) -> list[Span]:
    """The sentences of a span: the parser's, also cut after a full stop, a "!" or a "?" before a
    capital (the parser runs sentences together across turns of dialogue written inline)."""
    doc = span.doc
    starts = [span.start]
    for token in span[1:]:
        previous = doc[token.i - 1]
        if token.is_sent_start or (previous.text in (".", "!", "?", "…", "...") and token.text[:1].isupper()):
            starts.append(token.i)
    return [doc[a:b] for a, b in zip(starts, [*starts[1:], span.end], strict=True)]


def _clause_root(sentence: Span) -> Token:
    """The head of a sentence's main clause: its first word the rest hangs from, a verb if there is one."""
    heads = [t for t in sentence if t.head.i == t.i or not sentence.start <= t.head.i < sentence.end]
    heads = [t for t in heads if not (t.is_punct or t.is_space)] or [sentence[0]]
    return next((t for t in heads if t.pos_ in ("VERB", "AUX") or _finite(t).i != t.i), heads[0])


def _finite(head: Token) -> Token:
    """The finite verb of a clause: its head, or the auxiliary or copula of a participle or an
    adjective ("avait apporté", "était livide")."""
    if "Fin" in head.morph.get("VerbForm", []):
        return head
    for child in head.children:
        if (child.dep_.startswith("aux") or child.dep_ == "cop") and "Fin" in child.morph.get("VerbForm", []):
            return child
    return head


def _participle(verb: Token) -> bool:
    """A present participle ("saying", "affirmant")."""
    return ("Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])) or verb.tag_ == "VBG"


def _impersonal(subject: Token) -> bool:
    """The impersonal "it" / "il" of "it is clear that…", "il est évident que…"."""
    return subject.dep_.startswith("expl") or (subject.pos_ == "PRON" and "Neut" in subject.morph.get("Gender", []))


def _possessor(noun: Token) -> Token | None:
    """Whose a noun is: "his", "Obama's", "sa" (a possessive determiner)."""
    return next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss") or "Yes" in c.morph.get("Poss", [])), None)


def _case(noun: Token) -> str | None:
    """The preposition a noun's own case marker is ("aux critiques": "à"), if it has one."""
    return next((c.lemma_.lower() for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)


def _one_claim_per_cue(drafts: list[_Draft]) -> list[_Draft]:
    """A cue reports one content: prefer its quote ("« … », a reconnu X, un blogueur…")."""
    by_cue: dict[int, _Draft] = {}
    rest = []
    for draft in drafts:
        if draft.cue is None:
            rest.append(draft)
            continue
        kept = by_cue.get(draft.cue.i)
        if kept is None or len(draft.quotes) > len(kept.quotes):
            by_cue[draft.cue.i] = draft
    return rest + list(by_cue.values())


def _within_drafts(quote: Quote, drafts: list[_Draft]) -> bool:
    return any(s <= quote.inner_start and quote.inner_end <= e for d in drafts for s, e in d.parts)


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """One claim per content: where two overlap, keep the attributed, then the longer."""
    ranked = sorted(drafts, key=lambda d: (d.cue is None and d.cue_text is None, -(d.end - d.start)))
    kept: list[_Draft] = []
    for draft in ranked:
        if any(_overlap(draft, other) > 0.5 and not _aside_in(draft, other) for other in kept):
            continue
        kept.append(draft)
    return kept


def _aside_in(inner: _Draft, outer: _Draft) -> bool:
    """A claim in a relative clause set off by a comma inside another's words ("the European Union, which
    contended that Ireland undertaxed Apple, is…"): an aside of the writer's, a claim of its own."""
    cue = inner.cue
    if cue is None or outer.cue is None or cue.i == outer.cue.i or cue.dep_ not in RELATIVE_DEPS:
        return False
    doc = cue.doc
    first = cue.left_edge
    return first.i > 0 and doc[first.i - 1].text == "," and any(s <= cue.idx < e for s, e in outer.parts)


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
    text: str | None = None,
) -> list[Claim]:
    """The claims of a parsed article; `text` is the doc's text, if the caller has it."""
    return Attribution(doc, data, entities, times, quantities, text).claims()


def _last_before(drafts: list[_Draft], start: int) -> _Draft | None:
    """The claim that ends last before `start`, or None."""
    return max((d for d in drafts if d.end <= start), key=lambda d: d.end, default=None)


__all__ = ["Attribution", "Quote", "find_claims", "find_quotes"]
