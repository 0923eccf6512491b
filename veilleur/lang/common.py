"""Language knowledge shared by every language veilleur reads.

Transliteration: the same Cyrillic (or Arabic…) name is written differently by
French, English and German newsrooms (Zelensky, Zelenskiy, Zelenskyy,
Selenskyj; Poutine, Putin; Klymenko, Klimenko). `NAME_REWRITES` folds the
spellings of one name onto one skeleton; `veilleur.names.name_key` applies
them, in order, to each word. The rules only build keys: they never change
the text a user reads.
"""

from __future__ import annotations

#: (pattern, replacement) regexes applied in order to a lowercased, accent-free word.
NAME_REWRITES: tuple[tuple[str, str], ...] = (
    (r"[’'`ʹʼ]", ""),  # apostrophes and soft signs: Kurs'k, Zaporiz'ka
    (r"chtch", "shch"),  # French щ: Khrouchtchev
    (r"tsch", "ch"),  # German ч: Tschernihiw
    (r"tch", "ch"),  # French ч: Tchernihiv
    (r"sh", "ch"),  # ш, which French spells ch: Shakhtarsk / Chakhtarsk, El Fasher / El-Facher, Shoigu / Choïgou
    (r"chch", "ch"),  # щ (shch, French chtch): Klishchiivka
    (r"dzh", "dj"),
    (r"zh", "j"),  # English ж: Zaporizhzhia / French Zaporijjia
    (r"ou", "u"),  # French у: Poutine, Koursk, Soudja
    (r"kh", "h"),  # х: Kharkiv, Kherson
    (r"gu(?=[ei])", "g"),  # French Sergueï
    (r"ph", "f"),
    (r"ck", "k"),
    (r"w", "v"),  # German в: Wolodymyr
    (r"z", "s"),  # German з: Selenskyj
    (r"[yj]", "i"),  # й/ы/и spelt y, j or i: Zelenskyy, Selenskyj, Klimenko
    (r"(.)\1+", r"\1"),  # double letters: Zelenskyy, Zaporijjia
    # French mute final e: Poutine; not Ukrainian "-ske", which makes another place's name
    # (Pokrovske, Luhanske and Pervomaiske are villages, not Pokrovsk, Luhansk, Pervomaisk)
    (r"(?<=...)(?<!sk)e$", ""),
)

#: Second-level divisions (raions, districts) are mostly named after their seat, by the town's
#: name ("Bakhmut Raion") or by an adjective made from it ("Belgorodsky District" from Belgorod,
#: "Yavorivs'kyi raion" from Yavoriv, "Korenevsky" from Korenevo). `Gazetteer.seat` reads them
#: with the words below, on folded text (`veilleur.names.fold`).
#: The words that only say a name is a district's or a municipality's.
DISTRICT_WORDS: tuple[str, ...] = (
    "raion",
    "rayon",
    "raion's",
    "district",
    "municipality",
    "city",
    "okrug",
    "administrativnyy",
    "administrativnyi",
    "gorod",
    "misto",
    "hromada",
)
#: The adjective endings of Russian and Ukrainian district names: -skyi, -s'kyi, -sky, -skiy, -ska, -skoy.
DISTRICT_ADJECTIVE = r"s['’`ʹʼ]?k(?:yi|yy|iy|ii|ij|y|i|a|oy|oi)$"
#: How the seat's name may end where the adjective's stem ends: Belgorod-sky, Korenev-o, Buturlinov-ka,
#: Novoazov-sk, Brovar-y, Balaklii-a, Valuy-ki, Lutuhyn-e.
SEAT_ENDINGS: tuple[str, ...] = ("", "o", "e", "a", "y", "i", "ka", "ky", "ki", "sk", "ia", "ya")
#: Stem changes between the adjective and the town, tried after the stem as written: Ukrainian
#: i for o (Svativskyi: Svatove), -iv-/-ov- joining a plural or feminine name (Oleshkivskyi: Oleshky,
#: Derhachivskyi: Derhachi, Zlynkovsky: Zlynka).
SEAT_STEM_CHANGES: tuple[tuple[str, str], ...] = ((r"iv$", "ov"), (r"[io]v$", ""))


#: Messaging platforms and social networks: never places, never people.
PLATFORMS: dict[str, str] = {
    "telegram": "Telegram",
    "x": "X",
    "twitter": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "whatsapp": "WhatsApp",
    "tiktok": "TikTok",
    "vkontakte": "VKontakte",
    "vk": "VKontakte",
    "truth social": "Truth Social",
    "signal": "Signal",
    "bluesky": "Bluesky",
}

#: Armed groups, movements and alliances the model takes for places ("talking to Hamas" was Hamm,
#: Germany; "NATO" a town of the Philippines), folded, with the name their entity is keyed by.
ORGANISATIONS: dict[str, str] = {
    "hamas": "Hamas",
    "hezbollah": "Hezbollah",
    "hizbollah": "Hezbollah",
    "hizballah": "Hezbollah",
    "hezbolla": "Hezbollah",
    "taliban": "Taliban",
    "talibans": "Taliban",
    "houthis": "Houthis",
    "houthi": "Houthis",
    "al shabaab": "al-Shabaab",
    "al shabab": "al-Shabaab",
    "shebab": "al-Shabaab",
    "boko haram": "Boko Haram",
    "isis": "Islamic State",
    "isil": "Islamic State",
    "daesh": "Islamic State",
    "daech": "Islamic State",
    "islamic state": "Islamic State",
    "etat islamique": "Islamic State",
    "al qaeda": "al-Qaeda",
    "al qaida": "al-Qaeda",
    "wagner": "Wagner",
    "nato": "NATO",
    "otan": "NATO",
    "fatah": "Fatah",
    "pkk": "PKK",
    "ypg": "YPG",
    "hayat tahrir al sham": "Hayat Tahrir al-Sham",
    "hts": "Hayat Tahrir al-Sham",
    "rapid support forces": "Rapid Support Forces",
    "forces de soutien rapide": "Rapid Support Forces",
    "fsr": "Rapid Support Forces",
    "africa corps": "Africa Corps",
    "jnim": "JNIM",
    "m23": "M23",
}

#: Short and everyday country names the package data lacks (ISO 3166-1 alpha-2).
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Grande-Bretagne": "GB",
    "Russie": "RU",
    "Corée du Nord": "KP",
    "North Korea": "KP",
    "Corée du Sud": "KR",
    "South Korea": "KR",
    "Iran": "IR",
    "Syrie": "SY",
    "Moldavie": "MD",
    "Biélorussie": "BY",
    "Bélarus": "BY",
    "Belarus": "BY",
    "Turquie": "TR",
    "Türkiye": "TR",
    "Palestine": "PS",
    "Vatican": "VA",
    "Holy See": "VA",
    "Saint-Siège": "VA",
    "Taïwan": "TW",
    "Taiwan": "TW",
    "Laos": "LA",
    "Tanzanie": "TZ",
    "Venezuela": "VE",
    "Bolivie": "BO",
    "Vietnam": "VN",
    "Viêt Nam": "VN",
    "RDC": "CD",
    "RD Congo": "CD",
    "DRC": "CD",
    "UAE": "AE",
    "U.A.E.": "AE",
    "DPRK": "KP",
    "RPDC": "KP",
    "Burma": "MM",
    "Birmanie": "MM",
    "Ivory Coast": "CI",
    "Czechia": "CZ",
    # former or everyday English names pycountry lacks ("Hollande" is also a French president)
    "Holland": "NL",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Timor oriental": "TL",
    "Cape Verde": "CV",
    "Macedonia": "MK",
    "Macédoine": "MK",
    "T&T": "TT",
}

#: Units written the same way in French and English text.
SYMBOL_UNITS: dict[str, str] = {
    "km²": "km2",
    "km2": "km2",
    "km": "km",
    "m²": "m2",
    "m": "m",
    "kg": "kg",
    "t": "t",
    "%": "%",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₴": "UAH",
    "uah": "UAH",
    "₽": "RUB",
    "rub": "RUB",
    "mw": "MW",
    "gw": "GW",
}

#: The country an amount's currency sign points to (lower case): "$" alone is the US dollar, as
#: American papers write it; the euro points to no one country.
CURRENCY_COUNTRIES: dict[str, str] = {
    "$": "US",
    "us$": "US",
    "c$": "CA",
    "ca$": "CA",
    "a$": "AU",
    "au$": "AU",
    "nz$": "NZ",
    "hk$": "HK",
    "s$": "SG",
    "£": "GB",
    "₴": "UA",
    "₽": "RU",
    "₹": "IN",
}

#: Units that say what is counted.
UNIT_COUNTS: dict[str, str] = {
    "km2": "area",
    "m2": "area",
    "km": "distance",
    "m": "distance",
    "kg": "weight",
    "t": "weight",
}
