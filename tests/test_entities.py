"""Entities on sentences written for these tests, in French and English, with the real models."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from veilleur.gazetteer import Gazetteer, GazetteerEntry
from veilleur.lang import LANGUAGES
from veilleur.lang.common import ORGANISATIONS, PLATFORMS
from veilleur.names import fold
from veilleur.pipeline import Pipeline
from veilleur.record import Article, Entity, Place
from veilleur.stages.entities import Mention, _one_sense

pytestmark = pytest.mark.slow


def entities(pipeline: Pipeline, text: str, language: str | None = None) -> list[Entity]:
    article = pipeline(Article(text=text, language=language or "und"))
    for entity in article.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    return article.entities


def find(found: list[Entity], mention: str) -> Entity:
    for entity in found:
        if any(m.text == mention for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity has the mention {mention!r}: {[e.name for e in found]}")


def place_of(article: Article, mention: str) -> Place:
    """The place of the entity with that mention."""
    entity = find(article.entities, mention)
    return next(p for p in article.places if p.entity == entity.id)


FRENCH = (
    "Le président Volodymyr Zelensky a réuni ses généraux lundi à Kiev. "
    "Zelensky a ensuite écrit sur Telegram que la ligne de front tenait. "
    "Dans la soirée, Zelenskiy a remercié les pays partenaires. "
    "Le ministre de la Défense, Rustem Oumerov, a visité la région de Kharkiv."
)


def test_entities_surname_and_spelling_variant_join_the_full_name(pipeline: Pipeline) -> None:
    found = entities(pipeline, FRENCH)
    zelensky = find(found, "Volodymyr Zelensky")
    assert zelensky.type == "PERSON"
    assert zelensky.name == "Volodymyr Zelensky"
    assert sorted(m.text for m in zelensky.mentions) == ["Volodymyr Zelensky", "Zelenskiy", "Zelensky"]
    assert zelensky.title == "président"


def test_entities_title_in_apposition(pipeline: Pipeline) -> None:
    assert find(entities(pipeline, FRENCH), "Rustem Oumerov").title == "ministre de la Défense"
    english = "The defence minister, Rustem Umerov, inspected the new air defence systems on Friday."
    umerov = find(entities(pipeline, english), "Rustem Umerov")
    assert umerov.type == "PERSON"
    assert umerov.title == "defence minister"


def test_entities_platform_is_neither_place_nor_person(pipeline: Pipeline) -> None:
    telegram = find(entities(pipeline, FRENCH), "Telegram")
    assert telegram.type == "ORG"
    assert telegram.key == "org:telegram"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "The envoy said she had no intention of talking to Hamas.", "Hamas"),
        ("en", "Hizbollah fired two rockets at Haifa on Monday.", "Hizbollah"),
        ("fr", "Le Hamas a tiré des roquettes sur Ashkelon lundi.", "Hamas"),
        ("fr", "L'OTAN s'est réunie à Bruxelles jeudi.", "OTAN"),
        ("en", "Fighters of al-Shabaab ambushed a convoy near Baidoa.", "al-Shabaab"),
        ("en", "The Rapid Support Forces shelled the market in Omdurman on Monday.", "Rapid Support Forces"),
        ("fr", "Les mercenaires de l'Africa Corps patrouillent près de Kidal.", "Africa Corps"),
    ],
)
def test_entities_an_armed_group_or_an_alliance_is_no_place(
    pipeline: Pipeline, language: str, text: str, name: str
) -> None:
    article = pipeline(Article(text=text, language=language))
    group = find(article.entities, name)
    assert group.type == "ORG"  # "Hamas" was Hamm, Germany; "NATO" a town of the Philippines
    assert not any(p.entity == group.id for p in article.places)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "The EU will pay for half of the new bridge, an official said.", "EU"),
        ("en", "Farmers asked the European Union for help after the floods.", "European Union"),
        ("fr", "L'UE financera la moitié du nouveau pont, selon un responsable.", "UE"),
        ("fr", "L'Union africaine a réclamé une trêve au Darfour.", "Union africaine"),
    ],
)
def test_entities_a_union_of_states_is_placed_over_its_region(
    pipeline: Pipeline, language: str, text: str, name: str
) -> None:
    article = pipeline(Article(text=text, language=language))
    union = find(article.entities, name)
    assert union.type == "GPE"  # the model says ORG: a union of states, like a country, is a place
    place = next(p for p in article.places if p.entity == union.id)
    assert (place.name, place.role) == ("Africa" if "africa" in name.lower() else "Europe", "mentioned")


@pytest.mark.parametrize(
    "text",
    [
        'Coach Darren Ripley praised his wrestlers. "They never gave up," said coach Ripley after the meet.',
        "Defence lawyer Maria Fairfield asked for more time. Judge Lee gave Fairfield until Friday.",
    ],
)
def test_entities_a_persons_surname_is_no_town(pipeline: Pipeline, text: str) -> None:
    article = pipeline(Article(text=text, language="en"))
    assert not article.places, [p.name for p in article.places]  # Ripley, Ohio; Fairfield, California


def test_entities_a_street_abbreviation_before_a_region_is_no_town(pipeline: Pipeline) -> None:
    text = "Officers arrested Dana Cole, 33, of 812 Orchard St., Alexandria, on Friday."
    article = pipeline(Article(text=text, language="en"))
    assert "St." not in {e.name for e in article.entities}  # was a town of Egypt's Alexandria governorate


def test_entities_a_car_named_after_its_maker_is_no_town(pipeline: Pipeline) -> None:
    text = "Police said a 2009 Toyota Corolla ran the light. The Toyota then struck a parked van."
    article = pipeline(Article(text=text, language="en"))
    assert not article.places, [p.name for p in article.places]  # Toyota City, Japan


@pytest.mark.parametrize(
    ("first", "second"),
    [("Hizbollah", "Hezbollah"), ("Al-Qaida", "Al-Qaeda"), ("Al-Shabab", "Al-Shabaab")],
)
def test_entities_an_armed_groups_spellings_are_one_key(pipeline: Pipeline, first: str, second: str) -> None:
    one = entities(pipeline, f"{first} said on Monday that the talks had failed.")[0]
    other = entities(pipeline, f"{second} said on Monday that the talks had failed.")[0]
    assert one.type == other.type == "ORG"
    assert one.key == other.key


def test_entities_known_organisations_are_keyed_by_folded_names() -> None:
    # a name is looked up folded: a key with a hyphen or a capital would never match
    assert [k for k in (*ORGANISATIONS, *PLATFORMS) if fold(k) != k] == []


def test_entities_an_armed_groups_name_holds_no_town(pipeline: Pipeline) -> None:
    text = "The Rapid Support Forces shelled the market in Omdurman, a United States envoy said."
    article = pipeline(Article(text=text, language="en"))
    assert "Rapid City" not in {p.name for p in article.places}


def test_entities_person_key_is_the_same_across_languages(pipeline: Pipeline) -> None:
    french = find(entities(pipeline, "Vladimir Poutine a promis mardi de riposter."), "Vladimir Poutine")
    english = find(entities(pipeline, "Vladimir Putin promised on Tuesday to retaliate."), "Vladimir Putin")
    assert french.key == english.key


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Kiev affirme que ses troupes ont progressé de deux kilomètres.", "Kiev", "UA"),
        ("Selon Kiev, les combats se poursuivent près de la frontière.", "Kiev", "UA"),
        ("L'offensive éclair a pris Moscou de court la semaine dernière.", "Moscou", "RU"),
        ("Kyiv said its troops had advanced two kilometres.", "Kyiv", "UA"),
        ("According to Moscow, the convoy carried only food.", "Moscow", "RU"),
    ],
)
def test_entities_capital_used_as_actor_stands_for_its_government(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    capital = find(entities(pipeline, text), mention)
    assert capital.type == "GPE"
    assert capital.stands_for is not None
    assert (capital.stands_for.kind, capital.stands_for.country) == ("government", country)


@pytest.mark.parametrize(
    ("text", "mention", "kind", "country"),
    [
        ("Le Kremlin a démenti toute négociation secrète.", "Kremlin", "government", "RU"),
        ("The Pentagon announced a new aid package on Thursday.", "Pentagon", "military", "US"),
    ],
)
def test_entities_seats_of_power_stand_for_their_country(
    pipeline: Pipeline, text: str, mention: str, kind: str, country: str
) -> None:
    seat = find(entities(pipeline, text), mention)
    assert seat.stands_for is not None
    assert (seat.stands_for.kind, seat.stands_for.country) == (kind, country)


def test_entities_capital_as_a_location_is_only_a_place(pipeline: Pipeline) -> None:
    text = "Une explosion a été entendue à Kiev dans la nuit de lundi à mardi."
    assert find(entities(pipeline, text), "Kiev").stands_for is None


@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        ("Les forces ukrainiennes ont franchi la frontière mardi.", "forces ukrainiennes", "norp:UA:military"),
        ("L'armée russe a reculé près du fleuve.", "armée russe", "norp:RU:military"),
        ("Ukrainian troops crossed the border on Tuesday.", "Ukrainian troops", "norp:UA:military"),
        ("Russian officials denied the report.", "Russian officials", "norp:RU:government"),
        ("La partie russe a confirmé le retour des soldats.", "partie russe", "norp:RU:government"),
    ],
)
def test_entities_demonym_phrases_are_norp_tied_to_their_country(
    pipeline: Pipeline, text: str, mention: str, key: str
) -> None:
    group = find(entities(pipeline, text), mention)
    assert group.type == "NORP"
    assert group.key == key


def test_entities_demonym_that_only_qualifies_a_thing_is_not_an_entity(pipeline: Pipeline) -> None:
    found = entities(pipeline, "Les drones ont visé le territoire russe près de la frontière.")
    assert all(e.type != "NORP" for e in found)


@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        ("Ukrainian troops pushed deeper into Kursk, the general staff said.", "Kursk", "geonames:538560"),
        ("Les forces ont avancé vers Koursk mercredi, selon l'état-major.", "Koursk", "geonames:538560"),
        ("La Russie a fermé sa frontière avec la Finlande.", "Russie", "country:RU"),
        ("Russia closed its border with Finland.", "Russia", "country:RU"),
    ],
)
def test_entities_places_get_gazetteer_keys_whatever_the_model_said(
    pipeline: Pipeline, text: str, mention: str, key: str
) -> None:
    place = find(entities(pipeline, text), mention)
    assert place.type == "GPE"
    assert place.key == key


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("Overnight, artillery units shelled Krasnopillia, Sumy, and two barns burned.", "Krasnopillia", "Sumy"),
        ("Un drone a frappé Krasnopillia, Soumy, mardi.", "Krasnopillia", "Soumy"),
        ("Shells fell on Lvove, Kherson, at noon and a school lost its roof.", "Lvove", "Kherson"),
    ],
)
def test_entities_town_named_with_its_region_is_a_place_whatever_the_model_said(
    pipeline: Pipeline, text: str, town: str, region: str
) -> None:
    article = pipeline(Article(text=text))
    found = article.entities
    assert find(found, town).type == "GPE"
    assert find(found, region).key.startswith("adm1:UA-")
    place = next(p for p in article.places if p.entity == find(found, town).id)
    assert place.feature == "PPL"
    assert place.admin1 == next(p for p in article.places if p.entity == find(found, region).id).name


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("On Friday, artillery shelled Chuhuiv (Kharkiv region) and a depot burned.", "Chuhuiv"),
        ("Drones struck Zolochiv (Kharkiv Oblast) on Friday.", "Zolochiv"),
    ],
)
def test_entities_town_with_its_region_in_brackets(pipeline: Pipeline, text: str, town: str) -> None:
    article = pipeline(Article(text=text))
    found = find(article.entities, town)
    assert found.type == "GPE"
    (place,) = [p for p in article.places if p.entity == found.id]
    assert (place.feature, place.admin1) == ("PPL", "Kharkiv Oblast")
    assert any(p.feature == "ADM1" and p.name == "Kharkiv Oblast" for p in article.places)


def test_entities_model_span_over_town_and_region_is_split(pipeline: Pipeline) -> None:
    # The small English model reads "Lvove, Kherson" as one organisation.
    found = entities(pipeline, "On Monday, Russian forces shelled Lvove, Kherson, injuring a farmer.")
    assert find(found, "Lvove").type == "GPE"
    assert find(found, "Kherson").key == "adm1:UA-65"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Artillery shelled Kupiansk overnight, the governor wrote.", "Kupiansk"),
        ("Les troupes russes ont bombardé Kupiansk dans la nuit.", "Kupiansk"),
        ("Artillery shelled Orikhiv overnight, the governor wrote.", "Orikhiv"),
        ("Les troupes russes ont bombardé Orikhiv dans la nuit.", "Orikhiv"),
    ],
)
def test_entities_object_of_an_attack_is_a_place_when_the_gazetteer_knows_it(
    pipeline: Pipeline, text: str, town: str
) -> None:
    # Towns of 10,000 to 100,000 people the models take for organisations or people.
    assert find(entities(pipeline, text), town).type == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [("The coach praised Jordan after the game.", "Jordan"), ("Police questioned Morgan after the match.", "Morgan")],
)
def test_entities_object_of_other_verbs_keeps_the_model_type(pipeline: Pipeline, text: str, name: str) -> None:
    assert find(entities(pipeline, text), name).type != "GPE"


def test_entities_same_place_in_two_spellings_is_one_entity(pipeline: Pipeline) -> None:
    text = "Des drones ont frappé Kiev mardi. À Kyiv, les habitants ont passé la nuit dans le métro."
    kyiv = find(entities(pipeline, text), "Kiev")
    assert sorted(m.text for m in kyiv.mentions) == ["Kiev", "Kyiv"]


WORDS = st.sampled_from(
    "Kiev Moscou Zelensky Poutine a déclaré que les forces ukrainiennes russes avancent « selon » , . ’ 1 000 km²"
    " \n Lire aussi : Dossier à suivre the Kremlin said Ukrainian troops".split(" ")
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_entities_offsets_always_slice_the_text(pipeline: Pipeline, text: str) -> None:
    article = pipeline(Article(text=text))
    for entity in article.entities:
        assert entity.mentions
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(article.text)
            assert article.text[mention.start : mention.end] == mention.text


def _mention(doc: Doc, text: str, label: str, place: GazetteerEntry | None = None, *, last: bool = False) -> Mention:
    start = doc.text.rindex(text) if last else doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    assert span is not None
    return Mention(span.start, span.end, label, text, start, start + len(text), place=place)


def test_entities_one_sense_a_place_name_tagged_person_is_the_place(nlp_en: Language, gazetteer: Gazetteer) -> None:
    doc = nlp_en("Storms hit Gainesville on Monday. Roads into Gainesville were closed, said Maria Ocala.")
    town = gazetteer.best("Gainesville")
    first = _mention(doc, "Gainesville", "GPE", town)
    second = _mention(doc, "Gainesville", "PERSON", last=True)
    person = _mention(doc, "Maria Ocala", "PERSON")
    _one_sense([first, second, person], doc, LANGUAGES["en"])
    assert (second.type, second.place) == ("GPE", town)
    assert person.type == "PERSON"


def test_entities_one_sense_keeps_the_surname_of_a_person(nlp_en: Language, gazetteer: Gazetteer) -> None:
    doc = nlp_en("Floods reached Jackson. Andrew Jackson arrived, and residents cheered for Jackson.")
    place = _mention(doc, "Jackson", "GPE", gazetteer.best("Jackson"))
    alone = _mention(doc, "Jackson", "PERSON", last=True)
    _one_sense([place, _mention(doc, "Andrew Jackson", "PERSON"), alone], doc, LANGUAGES["en"])
    assert alone.type == "PERSON"


def test_entities_one_sense_keeps_a_name_that_acts(nlp_en: Language, gazetteer: Gazetteer) -> None:
    doc = nlp_en("Floods reached Jackson. Jackson said it would rebuild the bridge.")
    place = _mention(doc, "Jackson", "GPE", gazetteer.best("Jackson"))
    actor = _mention(doc, "Jackson", "PERSON", last=True)
    _one_sense([place, actor], doc, LANGUAGES["en"])
    assert actor.type == "PERSON"  # the subject of "said": its council, not a scene


def _word(doc: Doc, index: int, label: str, place: GazetteerEntry | None = None) -> Mention:
    """A mention of the one token at `index`."""
    token = doc[index]
    return Mention(index, index + 1, label, token.text, token.idx, token.idx + len(token), place=place)


def test_entities_one_sense_a_name_more_often_an_organisation_s_is_no_place(
    nlp_en: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp_en("A 1992 Toyota Corolla struck the wall. The Toyota then hit a Toyota van.")
    car, place, van = (i for i, token in enumerate(doc) if token.text == "Toyota")
    mentions = [_word(doc, car, "ORG"), _word(doc, place, "GPE", gazetteer.best("Toyota")), _word(doc, van, "ORG")]
    _one_sense(mentions, doc, LANGUAGES["en"])
    assert (mentions[1].type, mentions[1].place) == ("ORG", None)


def test_entities_one_sense_a_surname_more_often_a_person_s_is_no_place(nlp_en: Language, gazetteer: Gazetteer) -> None:
    doc = nlp_en("Officers shot Tyrone Bell on Monday. Bell had run, and Bell was armed, near Bell.")
    _, first, second, last = (i for i, token in enumerate(doc) if token.text == "Bell")
    place = _word(doc, last, "GPE", gazetteer.best("Bell"))
    mentions = [_mention(doc, "Tyrone Bell", "PERSON"), _word(doc, first, "PERSON"), _word(doc, second, "PERSON")]
    _one_sense([*mentions, place], doc, LANGUAGES["en"])
    assert place.type == "PERSON"


def test_entities_one_sense_a_town_the_model_calls_a_person_named_by_no_full_name_stays(
    nlp_en: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp_en("Greer grew fast. Greer has a new park, and crews in Greer paved its roads.")
    first, second, last = (i for i, token in enumerate(doc) if token.text == "Greer")
    place = _word(doc, last, "GPE", gazetteer.best("Greer"))
    _one_sense([_word(doc, first, "PERSON"), _word(doc, second, "PERSON"), place], doc, LANGUAGES["en"])
    assert place.type == "GPE" and place.place is not None


@pytest.mark.parametrize(
    ("language", "text", "name", "admin1"),
    [
        ("en", "A Tallahassee woman was charged on Monday with fraud.", "Tallahassee", "Florida"),
        ("en", "The Mansfield resident said the road had flooded twice.", "Mansfield", None),
        ("en", "Officers arrested Mark Doyle, 41, of Roswell, after the chase.", "Roswell", None),
        ("en", "Rep. Anna Whitfield, D-Chicopee, voted against the bill.", "Chicopee", "Massachusetts"),
        ("en", "WINONA -- A fire destroyed a barn on Tuesday night.", "WINONA", None),
        ("en", "Roads close. SPOKANE --- Snow shut two passes overnight.", "SPOKANE", "Washington"),
        ("en", "Storm damage. March 3, 2031 SALINA -- Winds toppled three trucks.", "SALINA", "Kansas"),
        ("en", "Flood warning. BEIRUT: The river rose overnight.", "BEIRUT", None),
        ("en", "Budget passes. TORRINGTON—The school board approved the budget.", "TORRINGTON", "Connecticut"),
        ("en", "Boy found. HURRICANE, W.Va. - Deputies found the missing boy asleep in a barn.", "HURRICANE", None),
        ("en", "Senate Tax Chairman Ben Odell, DFL-Duluth, said the bill would pass.", "Duluth", "Minnesota"),
        ("en", "Heavy snow closed schools in Atlanta and Avondale Estates on Friday.", "Avondale Estates", "Georgia"),
        ("fr", "Les habitants de Sumy ont passé la nuit dans les abris.", "Sumy", None),
    ],
)
def test_entities_the_words_around_a_name_make_it_a_place(
    pipeline: Pipeline, language: str, text: str, name: str, admin1: str | None
) -> None:
    article = pipeline(Article(text=text, language=language))
    entity = find(article.entities, name)
    assert entity.type == "GPE" and entity.key.startswith("geonames:")
    place = next(p for p in article.places if p.entity == entity.id)
    assert admin1 is None or place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Shelling in eastern Ghouta killed nine people, the monitor said.", "eastern Ghouta", "Eastern Ghouta"),
        ("Sandbags were piled along the river in south Fargo on Tuesday.", "Fargo", "Fargo"),
    ],
)
def test_entities_a_name_after_a_lowercase_compass_word_is_a_place(
    pipeline: Pipeline, text: str, name: str, place: str
) -> None:
    # The model tags such names as organisations.
    article = pipeline(Article(text=text, language="en"))
    assert find(article.entities, name).type == "GPE"
    assert place_of(article, name).name == place


def test_entities_a_legislator_s_county_after_the_party_letter_is_a_place(pipeline: Pipeline) -> None:
    # West Virginia's delegates give their county: no town of that name is big enough to be it.
    article = pipeline(Article(text="The bill was sponsored by Delegate Ricky Moe, D-Braxton.", language="en"))
    place = place_of(article, "Braxton")
    assert (place.name, place.feature, place.admin1) == ("Braxton County", "ADM2", "West Virginia")


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Tamil Nadu accused the Centre of delaying the water board again.", "Tamil Nadu", "ADM1"),
        ("Sri Lanka has a long coastline and a busy port.", "Sri Lanka", "PCLI"),
    ],
)
def test_entities_a_country_or_region_read_as_a_person_is_the_place(
    pipeline: Pipeline, text: str, name: str, feature: str
) -> None:
    article = pipeline(Article(text=text, language="en"))
    assert find(article.entities, name).type == "GPE"
    assert place_of(article, name).feature == feature


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The D-Day landings began at dawn on the beaches.", "Day"),
        ("TIP-INS: the team needs ten more points to qualify.", "TIP"),
        ("A water main broke at the corner of Lakeview and Harrison streets in Gainesville.", "Harrison"),
        ("The debate took place at a Sochi music bar on Wednesday.", "Sochi"),
    ],
)
def test_entities_names_that_only_qualify_a_thing_are_no_places(pipeline: Pipeline, text: str, name: str) -> None:
    article = pipeline(Article(text=text, language="en"))
    placed = {p.entity for p in article.places}
    assert not any(e.id in placed and any(m.text == name for m in e.mentions) for e in article.entities)


def test_entities_a_big_capital_the_model_took_for_a_person_is_the_capital(pipeline: Pipeline) -> None:
    article = pipeline(
        Article(text="Russian forces shelled Kharkiv and Zaporizhzhia overnight, Kyiv said.", language="en")
    )
    entity = find(article.entities, "Kyiv")
    assert entity.type == "GPE"
    assert next(p for p in article.places if p.entity == entity.id).feature == "PPLC"


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "Drones struck Kyiv, Kharkiv and Odesa overnight.", ("Kharkiv", "Odesa")),
        ("en", "Trains ran again between Kharkiv and Odesa on Sunday.", ("Kharkiv", "Odesa")),
        ("en", "The tornado hit Ridge Farm, Ill., on Tuesday.", ("Ridge Farm",)),
    ],
)
def test_entities_a_list_of_places_or_a_town_and_its_state_read_as_one_name_are_places(
    pipeline: Pipeline, language: str, text: str, names: tuple[str, ...]
) -> None:
    article = pipeline(Article(text=text, language=language))
    placed = {p.entity for p in article.places}
    assert all(find(article.entities, name).id in placed for name in names)


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("The minister said Trinidad and Tobago would send a delegation.", "Trinidad and Tobago", "PCLI"),
        ("Fishing boats from Newfoundland and Labrador stayed in port.", "Newfoundland and Labrador", "ADM1"),
    ],
)
def test_entities_two_names_joined_by_and_that_are_one_place_s_name_are_that_place(
    pipeline: Pipeline, text: str, name: str, feature: str
) -> None:
    article = pipeline(Article(text=text, language="en"))
    assert place_of(article, name).feature == feature


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("At noon, Walker County dispatchers received a call about a barn fire.", "Walker County"),
        ("Licking County Prosecutor Jane Roe said the case was closed.", "Licking County"),
    ],
)
def test_entities_a_county_named_with_its_word_is_a_place_the_model_missed(
    pipeline: Pipeline, text: str, county: str
) -> None:
    found = {e.name: e for e in pipeline(Article(text=text, language="en")).entities}
    assert found[county].type == "GPE" and found[county].key.startswith("adm2:")


def test_entities_an_abbreviated_month_is_no_place(pipeline: Pipeline) -> None:
    text = "The figures for Jan. were worse than those for Dec., Hopkins said."
    article = pipeline(Article(text=text, language="en"))
    assert article.places == []  # "Jan." is also another name of Ya'an, a Chinese city
    assert not [e for e in article.entities if e.type in ("GPE", "LOC")]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A Tralee mother says her son waited two years for surgery.", "Tralee", "IE"),
        ("Two Dungarvan students won the national science prize in Dublin.", "Dungarvan", "IE"),
    ],
)
def test_entities_names_the_words_around_make_places(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    article = pipeline(Article(text=text, language="en"))
    assert place_of(article, name).country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drones struck the Zaporizhzhia nuclear power plant before dawn, the operator said.", "Zaporizhzhia"),
        ("Officials closed the Kharkiv airport and the Sumy railway station on Monday.", "Sumy"),
    ],
)
def test_entities_a_name_of_an_airport_a_station_or_a_plant_is_its_town(
    pipeline: Pipeline, text: str, name: str
) -> None:
    # The model reads these names as people; a plant or a station bears its town's name.
    article = pipeline(Article(text=text, language="en"))
    assert place_of(article, name).country == "UA"
    assert not [e for e in article.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("language", "text", "villages"),
    [
        ("en", "Officials in Kherson said shelling killed two people in Bilozerka.", ["Bilozerka"]),
        (
            "fr",
            "Des drones russes ont frappé Velyka Pysarivka et Mala Tokmachka lundi, selon Kiev.",
            ["Velyka Pysarivka", "Mala Tokmachka"],
        ),
    ],
)
def test_entities_a_small_town_of_the_article_s_country_after_in_or_struck_is_a_place(
    pipeline: Pipeline, language: str, text: str, villages: list[str]
) -> None:
    # The model reads these villages as a person or an organisation; in a story placed in Ukraine
    # ("Kherson", "selon Kiev"), a Ukrainian village of a few thousand people is the village.
    article = pipeline(Article(text=text, language=language))
    assert [place_of(article, village).country for village in villages] == ["UA"] * len(villages)
    assert not [e for e in article.entities if e.type in ("PERSON", "ORG")]


@pytest.mark.parametrize(
    ("language", "text", "name", "country"),
    [
        ("en", "The port of Mykolaiv was targeted by missiles, the Ukrainian navy said.", "Mykolaiv", "UA"),
        ("fr", "Le port de Mykolaïv a été visé par des missiles, selon la marine ukrainienne.", "Mykolaïv", "UA"),
        ("en", "Police cleared a camp near the northern town of Calais on Tuesday.", "Calais", "FR"),  # "northern"
    ],
)
def test_entities_a_name_after_the_port_of_or_the_city_of_is_a_town(
    pipeline: Pipeline, language: str, text: str, name: str, country: str
) -> None:
    # The small English model reads "Mykolaiv" and "Calais" here as persons.
    article = pipeline(Article(text=text, language=language))
    assert place_of(article, name).country == country
    assert not [e for e in article.entities if e.type == "PERSON"]
