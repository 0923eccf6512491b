"""Geocoding in context: demonyms, spans read against the article's places, both languages.

Every sentence is written here for the test.
"""

from __future__ import annotations

import pytest

from veilleur.gazetteer import Gazetteer
from veilleur.geocode import Geocoder, demonym_countries, geocode, km, places_in_names, resolve_name
from veilleur.lang import LANGUAGES
from veilleur.pipeline import Pipeline
from veilleur.record import Article, Entity, TextSpan


def analyse(pipeline: Pipeline, text: str, language: str = "en") -> Article:
    return pipeline(Article(text=text, language=language))


def test_geocode_demonyms_name_their_country_but_plurals_and_abbreviations_do_not(gazetteer: Gazetteer) -> None:
    text = "A Kenyan runner and a North Korean diplomat met Americans at the Syrian Observatory, a U.S. group."
    found = [(span.text, country.country) for span, country in demonym_countries(text, LANGUAGES["en"], gazetteer)]
    assert found == [("Kenyan", "KE"), ("North Korean", "KP"), ("Syrian", "SY")]
    assert demonym_countries("the kenyan runner", LANGUAGES["en"], gazetteer) == []  # lower case: no name
    (span, place), *_ = demonym_countries("A European summit opened.", LANGUAGES["en"], gazetteer)
    assert (span.text, place.name, place.feature) == ("European", "Europe", "CONT")


def test_geocode_span_reads_demonym_as_country_and_small_town_in_context(
    pipeline: Pipeline, gazetteer: Gazetteer
) -> None:
    text = "The Canadian envoy travelled from Ottawa to the Ontario town of Kanata on Monday."
    article = analyse(pipeline, text)
    geocoder = Geocoder(None, article.text, LANGUAGES["en"], article.entities, gazetteer)
    start = text.index("Canadian")
    entry = geocoder.resolve_span(start, start + len("Canadian"))
    assert entry is not None and (entry.country, entry.feature) == ("CA", "PCLI")
    empty = text.index(" envoy")
    assert geocoder.resolve_span(empty, empty + 1) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des drones ont frappé la région de Koursk dans la nuit, selon le gouverneur."),
        ("en", "Drones struck the Kursk region overnight, the governor said."),
    ],
)
def test_geocode_region_cue_still_gives_the_oblast(pipeline: Pipeline, language: str, text: str) -> None:
    article = analyse(pipeline, text, language)
    assert [(p.name, p.feature) for p in article.places] == [("Kursk Oblast", "ADM1")]


def places_of(article: Article) -> dict[str, tuple[str, str, str | None]]:
    names = {e.id: e.name for e in article.entities}
    return {names[p.entity]: (p.country or "", p.feature or "", p.admin1) for p in article.places}


def test_geocode_town_is_read_near_the_other_towns_of_the_article(pipeline: Pipeline) -> None:
    text = "The mayor of Mansfield drove to Shreveport on Tuesday to meet the sheriff of Natchitoches."
    places = places_of(analyse(pipeline, text))
    assert places["Mansfield"][0] == "US" and places["Mansfield"][2] == "Louisiana"


def test_geocode_an_aside_abroad_does_not_move_the_capital(pipeline: Pipeline) -> None:
    text = (
        "The United States Senate voted in Washington on Friday. Senators from New York and Ohio "
        "backed the bill, which a London newspaper called bold."
    )
    places = places_of(analyse(pipeline, text))
    assert places["Washington"] == ("US", "PPLC", "Washington, D.C.")
    assert places["New York"][1].startswith("PPL")  # the city bears the name, the state too


def test_geocode_the_capital_of_a_country_the_article_names_beats_towns_near_its_other_places(
    pipeline: Pipeline,
) -> None:
    text = (
        "Britain and the United States agreed a trade deal. Ministers from England met in London and "
        "Birmingham, and then flew to Washington."
    )
    places = places_of(analyse(pipeline, text))
    assert places["Washington"] == ("US", "PPLC", "Washington, D.C.")  # not Washington, Tyne and Wear


def test_geocode_a_state_named_with_its_word_is_the_state_not_the_capital(pipeline: Pipeline) -> None:
    # French says it before the name ("l'État de Washington"), read with the other division words
    places = places_of(
        analyse(pipeline, "Wildfires spread across Washington state on Monday, officials in Olympia said.")
    )
    assert places["Washington"][:2] == ("US", "ADM1")


def test_geocode_exonym_of_a_capital_beats_a_small_town_of_that_name(pipeline: Pipeline) -> None:
    text = "Les inspecteurs sont rentrés à Vienne jeudi, après une escale à Paris, selon l'agence."
    places = places_of(analyse(pipeline, text, "fr"))
    assert places["Vienne"][:2] == ("AT", "PPLC")


def test_geocode_county_is_read_in_the_state_the_article_names(pipeline: Pipeline) -> None:
    text = "Flooding closed roads across Kentucky on Sunday, and Boone County opened two shelters."
    places = places_of(analyse(pipeline, text))
    assert places["Boone County"] == ("US", "ADM2", "Kentucky")


def test_geocode_state_abbreviation_after_a_town_names_the_state_and_places_the_town(pipeline: Pipeline) -> None:
    text = "Police in Hartford, Conn., and Athens, Ga., said roads in Springfield, Ill. were closed."
    places = places_of(analyse(pipeline, text))
    assert places["Conn."] == ("US", "ADM1", "Connecticut")
    assert places["Ga."] == ("US", "ADM1", "Georgia")  # not the country
    assert places["Hartford"][2] == "Connecticut"
    assert places["Athens"][2] == "Georgia"
    assert places["Springfield"][2] == "Illinois"


def test_geocode_places_inside_names_of_organisations(pipeline: Pipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Officers of the Columbus Police Department met Ohio officials in Columbus on Monday. "
        "The Bank of Canada was not involved, said the Western Electric Company and the Central Committee."
    )
    article = analyse(pipeline, text)
    found = {
        (span.text, entry.country)
        for span, entry in places_in_names(text, LANGUAGES["en"], article.entities, gazetteer)
    }
    assert ("Columbus", "US") in found  # named elsewhere in the article
    assert ("Canada", "CA") in found  # a country, after "of"
    assert not {name for name, _ in found} & {"Central", "Western"}  # provinces of no country of the article


def test_places_inside_names_are_mentions_of_place_entities_nested_in_the_organisation(pipeline: Pipeline) -> None:
    from veilleur.mentions import MentionIndex

    text = (
        "The Kharkiv Regional Military Administration said two drones hit a depot near Kupiansk. "
        "Officers of the Columbus Police Department met Ohio officials in Columbus."
    )
    article = analyse(pipeline, text)
    by_name = {e.name: e for e in article.entities}
    places = {p.entity: p for p in article.places}
    kharkiv = next(e for e in article.entities if e.type == "GPE" and e.name == "Kharkiv")
    assert [(m.text, m.start) for m in kharkiv.mentions] == [("Kharkiv", 4)]
    assert (places[kharkiv.id].country, places[kharkiv.id].role) == ("UA", "mentioned")
    assert by_name["Kharkiv Regional Military Administration"].type == "ORG"  # the organisation stays whole
    # A place the article names alone gets the mention inside the name: one entity, one place.
    columbus = [e for e in article.entities if e.type == "GPE" and e.name == "Columbus"]
    assert len(columbus) == 1
    assert [m.start for m in columbus[0].mentions] == [text.index("Columbus"), text.rindex("Columbus")]
    assert places[columbus[0].id].admin1 == "Ohio"
    # Where mentions nest, the roles read the outer one.
    index = MentionIndex(article.entities)
    outer = index.at(text.index("Columbus"))
    assert outer is not None and outer.name == "Columbus Police Department"


def test_places_inside_french_names_after_an_elided_article(pipeline: Pipeline) -> None:
    text = "Selon le ministère de la Défense de l'Ukraine, deux drones ont frappé un dépôt près de Koupiansk."
    article = analyse(pipeline, text, "fr")
    ukraine = next(e for e in article.entities if e.key == "country:UA")
    assert [m.text for m in ukraine.mentions] == ["Ukraine"]
    assert any(p.entity == ukraine.id and p.precision == "country" for p in article.places)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Douglas County Sheriff's Office closed two roads near Alexandria, Minnesota, on Friday."),
        (
            "fr",
            "Le bureau du shérif du comté de Douglas a fermé deux routes près d'Alexandria, dans le Minnesota.",
        ),
    ],
)
def test_a_county_named_inside_a_name_or_with_its_word_is_the_county(
    pipeline: Pipeline, language: str, text: str
) -> None:
    article = analyse(pipeline, text, language)
    counties = [(p.name, p.admin1) for p in article.places if p.feature == "ADM2"]
    assert counties == [("Douglas County", "Minnesota")]  # not Douglas on the Isle of Man


@pytest.mark.parametrize(
    ("language", "text", "town", "admin1"),
    [
        (
            "en",
            "A barn burned near Tyler, Texas, on Sunday, said Chief Dana Reyes of the Athens Fire Department.",
            "Athens",
            "Texas",
        ),
        (
            "en",
            "Two men were charged in Lansing, Michigan, on Monday, said Grand Ledge Police Chief Dana Reyes.",
            "Grand Ledge",
            "Michigan",
        ),
        (
            "en",
            "Two men were shot dead on Monday in Tyler, Texas, according to Anderson County Sheriff Greg Walton.",
            "Anderson County",
            "Texas",
        ),
        (
            "fr",
            "La Police municipale de Grand Ledge a arrêté deux hommes près de Lansing, dans le Michigan.",
            "Grand Ledge",
            "Michigan",
        ),
    ],
)
def test_a_small_town_named_with_its_police_or_its_sheriff_is_a_place(
    pipeline: Pipeline, language: str, text: str, town: str, admin1: str
) -> None:
    # Athens, Texas (12,000 people) and Grand Ledge (8,000) are too small to be places merely
    # because an organisation's name holds them; their services say they are. The model takes
    # "Anderson County Sheriff" for a person's name.
    article = analyse(pipeline, text, language)
    places = {p.name: p.admin1 for p in article.places}
    assert places.get(town) == admin1


def test_a_name_that_reaches_a_town_only_by_another_spelling_needs_support(pipeline: Pipeline) -> None:
    # "Modi" is spelt like Moody, Texas (12,000 people) once transliteration is folded: in a story
    # about India that is no place, and the entity keeps no gazetteer key it did not earn.
    article = analyse(pipeline, '"I voted for Modi last time," said a farmer near Meerut.')
    assert {p.name for p in article.places} == {"Meerut"}
    modi = next(e for e in article.entities if e.name == "Modi")
    assert not modi.key.startswith("geonames:")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Artillery shelled Kostiantynivka on Monday night."),
        ("fr", "Deux civils ont été tués à Kostiantynivka lundi soir."),
    ],
)
def test_a_town_spelt_otherwise_is_a_place_where_it_is_the_scene_of_an_action(
    pipeline: Pipeline, language: str, text: str
) -> None:
    # Kostiantynivka is Kostyantynivka in the gazetteer (67,000 people) and no country is named.
    places = {p.name: p.country for p in analyse(pipeline, text, language).places}
    assert "UA" in places.values()


def test_a_demonym_is_a_mention_of_its_country_never_the_scene_of_an_event(pipeline: Pipeline) -> None:
    text = (
        "Two U.S. troops were hurt near Raqqa on Sunday. Egyptian police arrested a man in Cairo, "
        "and Russian forces shelled a village near Kharkiv."
    )
    article = analyse(pipeline, text)
    countries = {p.country: p.role for p in article.places if p.precision == "country"}
    assert countries == {"US": "mentioned", "EG": "mentioned", "RU": "mentioned"}
    russia = next(e for e in article.entities if e.key == "country:RU")
    assert [m.text for m in russia.mentions] == ["Russian"]
    # the side is the people's entity around the demonym; the events happen in the towns
    assert {e.name: e.key for e in article.entities if e.type == "NORP"} == {
        "U.S. troops": "norp:US:military",
        "Russian forces": "norp:RU:military",
    }
    scenes = {article.places[int(v.place[1:]) - 1].name for v in article.events if v.place}
    assert scenes <= {"Raqqa", "Cairo", "Kharkiv"}


def test_a_town_named_before_city_and_a_service_is_the_town_of_its_own_name(pipeline: Pipeline) -> None:
    text = (
        "Two men were arrested in Henderson, Nevada, said a former Las Vegas City Marshal. "
        "The Kansas City Police Department sent two officers."
    )
    places = {p.name: p.admin1 for p in analyse(pipeline, text).places}
    assert places.get("Las Vegas") == "Nevada"  # not the "Las Vegas City" of New Mexico
    assert "Kansas City" in places  # "Kansas City" is the city's own name, not Kansas and a service
    assert "Kansas" not in places


@pytest.mark.parametrize(
    ("language", "text", "street", "town"),
    [
        (
            "en",
            "Firefighters were called to a house on Maple Street in Winnipeg on Friday.",
            "Maple Street",
            "Winnipeg",
        ),
        ("fr", "Un incendie a touché vendredi un immeuble de la rue de Rivoli, à Paris.", "rue de Rivoli", "Paris"),
    ],
)
def test_a_street_the_gazetteer_lacks_lies_in_the_town_named_with_it(
    pipeline: Pipeline, language: str, text: str, street: str, town: str
) -> None:
    article = analyse(pipeline, text, language)
    entity = next(e for e in article.entities if e.name == street)
    place = next(p for p in article.places if p.entity == entity.id)
    assert (place.name, place.precision) == (town, "locality")
    assert place.geonames_id is None and place.feature is None  # the town's, not the street's
    assert not entity.key.startswith("geonames:")  # the street is not the town
    assert place.confidence < 0.5


def test_a_corridor_named_after_a_city_lies_where_the_article_is_not_in_that_city(pipeline: Pipeline) -> None:
    text = (
        "Les négociateurs de Washington se sont réunis à Gaza. Les troupes restent le long du corridor de "
        "Philadelphie, selon la radio."
    )
    article = analyse(pipeline, text, "fr")
    entity = next(e for e in article.entities if e.name == "corridor de Philadelphie")
    place = next(p for p in article.places if p.entity == entity.id)
    assert place.name == "Gaza" and place.confidence < 0.5
    assert "Philadelphia" not in {p.name for p in article.places}


def test_a_street_lies_in_the_town_named_before_it_and_an_event_is_no_street(pipeline: Pipeline) -> None:
    text = (
        "Police in Dayton closed a bar on Riverside Drive after a fight. "
        "The Easter Vigil was held as planned, and no one was hurt."
    )
    article = analyse(pipeline, text)
    places = {e.name: p.name for e in article.entities for p in article.places if p.entity == e.id}
    assert places.get("Riverside Drive") == "Dayton"
    assert "Easter Vigil" not in places


@pytest.mark.parametrize(
    ("language", "text", "building", "town"),
    [
        (
            "en",
            "Officials said the flight from Vancouver International Airport landed safely in Seattle on Friday.",
            "Vancouver International Airport",
            "Vancouver",
        ),
        (
            "fr",
            "Des drones ont frappé dimanche la centrale nucléaire de Zaporijjia, selon des responsables à Kiev.",
            "centrale nucléaire de Zaporijjia",
            "Zaporizhzhya",
        ),
    ],
)
def test_a_building_named_after_its_town_lies_there_not_in_the_town_named_beside_it(
    pipeline: Pipeline, language: str, text: str, building: str, town: str
) -> None:
    article = analyse(pipeline, text, language)
    entity = next(e for e in article.entities if e.name == building)
    place = next(p for p in article.places if p.entity == entity.id)
    assert place.name == town and place.feature is None
    assert [m.text for m in entity.mentions] == [building]  # the town inside is no mention of the building


def test_a_region_of_the_world_is_no_village_of_its_name_unless_the_article_is_in_its_state(
    pipeline: Pipeline,
) -> None:
    text = "Oil prices rose on tensions in the Middle East, traders in New York and Chicago said."
    places = places_of(analyse(pipeline, text))
    assert places["Middle East"][:2] == ("", "RGN")  # not the Maryland hamlet
    text = "Firefighters put out a blaze at a row house in Middle East, a neighborhood of Baltimore, Maryland."
    places = places_of(analyse(pipeline, text))
    assert places["Middle East"] == ("US", "PPL", "Maryland")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Firefighters put out a blaze at a row house in Baltimore, Maryland, on Sunday."),
        ("fr", "Un incendie a détruit une maison à Baltimore, dans le Maryland, dimanche."),
    ],
)
def test_a_state_is_not_taken_for_a_namesake_because_a_small_town_bears_its_name(
    pipeline: Pipeline, language: str, text: str
) -> None:
    # Maryland City (16,000 people) is also called "Maryland": the state is still the state, not
    # the Liberian county of that name.
    places = places_of(analyse(pipeline, text, language))
    assert places["Maryland"] == ("US", "ADM1", "Maryland")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Deputies in Virginia said the two men were arrested on Tuesday."),
        ("fr", "Selon la police de Virginie, les deux hommes ont été arrêtés mardi."),
    ],
)
def test_a_state_named_alone_is_the_state_before_a_foreign_town_of_its_name(
    pipeline: Pipeline, language: str, text: str
) -> None:
    # a state of millions counts for more than the floor of every region (Virginia, Free State: 120,000 people)
    places = places_of(analyse(pipeline, text, language))
    assert list(places.values()) == [("US", "ADM1", "Virginia")]


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "The Nebraska Department of Roads closed two bridges on Friday after the storm.", "Nebraska"),
        ("fr", "Selon l'Université du Texas, les chiffres publiés vendredi sont en hausse.", "Texas"),
    ],
)
def test_a_state_inside_a_name_is_a_place_where_the_story_names_no_other(
    pipeline: Pipeline, language: str, text: str, state: str
) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places == {state: ("US", "ADM1", state)}


def test_geocode_inner_names_are_leading_runs_and_runs_after_of() -> None:
    from veilleur.geocode import _inner_names

    name = "University of North Texas"
    assert [name[s:e] for s, e in _inner_names(name)] == ["University", "North Texas", "North"]
    assert _inner_names("Columbus") == ()  # the whole name is the entity's own
    name = "Service de sécurité d'Ukraine"
    assert [name[s:e] for s, e in _inner_names(name)] == ["Service", "Ukraine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teachers in Atlanta, Macon and Savannah say schools across Georgia need more money.", ("US", "ADM1")),
        ("Troops left Tbilisi as Russia and Georgia signed the truce.", ("GE", "PCLI")),
    ],
)
def test_geocode_country_name_among_towns_of_another_country_is_its_region(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert places_of(analyse(pipeline, text))["Georgia"][:2] == expected


def test_geocode_unknown_village_in_a_known_region_lies_where_its_people_live(
    pipeline: Pipeline, gazetteer: Gazetteer
) -> None:
    # No settlement of Ukraine is called Zorianyi Khutir.
    article = analyse(pipeline, "On 3 May 2023, the army shelled Zorianyi Khutir, Kharkiv. Nobody was hurt.")
    names = {e.id: e.name for e in article.entities}
    village = next(p for p in article.places if names[p.entity] == "Zorianyi Khutir")
    oblast = gazetteer.admin1("Kharkiv Oblast")
    assert oblast is not None and (village.name, village.precision) == (oblast.name, "admin1")
    assert (village.lat, village.lon) == gazetteer.peopled_centre(oblast)
    assert (village.lat, village.lon) != (oblast.lat, oblast.lon)


def test_a_gold_point_is_within_reach_when_a_candidate_or_a_demonyms_country_lies_near_it(
    gazetteer: Gazetteer,
) -> None:
    from veilleur.evaluate.places import within_reach

    reach = within_reach(gazetteer)
    assert reach("Koursk", 51.73, 36.19)  # the city, under its French name
    assert reach("Ukrainian", 49.0, 32.0)  # a demonym: its country's point
    assert not reach("Ukrainian", 60.0, -100.0)
    assert not reach("Zzyzxville", 51.73, 36.19)


def test_geocode_a_two_word_town_before_its_region_is_the_whole_name(pipeline: Pipeline) -> None:
    # the model misses the name; "Hola" alone is a town of Kenya
    text = "On 4 March 2031, the navy shelled Dzharylhach Island located West of Hola Prystan, Kherson region."
    article = analyse(pipeline, text)
    places = places_of(article)
    assert places["Hola Prystan"] == ("UA", "PPL", "Kherson Oblast")
    assert "Hola" not in places


def test_geocode_resolve_name_reads_the_district_for_namesakes_and_unknown_villages(gazetteer: Gazetteer) -> None:
    # Poltava Oblast has two Maksymivkas: the bigger one by Kremenchuk, the other by Karlivka.
    karlivka = gazetteer.best("Karlivka", country="UA")
    assert karlivka is not None and karlivka.lat is not None and karlivka.lon is not None
    bigger = resolve_name(gazetteer, "Maksymivka", "Poltava Oblast", "Ukraine")
    near = resolve_name(gazetteer, "Maksymivka", "Poltava Oblast", "Ukraine", "Karlivskyi raion")
    assert bigger is not None and km(*bigger, karlivka.lat, karlivka.lon) > 100
    assert near is not None and km(*near, karlivka.lat, karlivka.lon) < 25
    # A village the gazetteer lacks lies at its district's seat, not where the oblast's people live.
    myrhorod = gazetteer.best("Myrhorod", country="UA")
    oblast = gazetteer.admin1("Poltava Oblast")
    assert myrhorod is not None and oblast is not None
    assert resolve_name(gazetteer, "Zorianyi Khutir", "Poltava Oblast", "Ukraine", "Myrhorodskyi raion") == (
        myrhorod.lat,
        myrhorod.lon,
    )
    assert resolve_name(gazetteer, "Zorianyi Khutir", "Poltava Oblast", "Ukraine") == gazetteer.peopled_centre(oblast)
    # A district the gazetteer cannot place changes nothing.
    assert resolve_name(gazetteer, "Zorianyi Khutir", "Poltava Oblast", "Ukraine", "Nowherskyi raion") == (
        gazetteer.peopled_centre(oblast)
    )


def test_geocode_a_demonym_for_a_person_a_team_or_a_language_is_no_place(pipeline: Pipeline) -> None:
    text = "Coach Monica French said the Irish need a win. She speaks Spanish at home, and an Italian chef cooks."
    assert [(p.name, p.role) for p in analyse(pipeline, text).places] == [("Italy", "mentioned")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Separatists shelled the village of Prizzi, Italian officials said on Friday.", ["Prizzi"]),
        # Prisi (South Ossetia) is in no package; "the village of" does not make it Prizzi, Sicily.
        ("Separatists shelled the village of Prisi, Georgian officials said on Friday.", []),
    ],
)
def test_geocode_a_town_word_vouches_for_a_name_spelt_as_the_gazetteer_spells_it(
    pipeline: Pipeline, text: str, places: list[str]
) -> None:
    assert [p.name for p in analyse(pipeline, text).places if p.precision != "country"] == places


def test_geocode_two_names_of_one_place_are_one_entity_and_one_place(pipeline: Pipeline) -> None:
    text = "Crews in Henrico reopened the bridge on Monday. Henrico County said the repairs cost $2 million."
    article = analyse(pipeline, text)
    county = [e for e in article.entities if e.name in ("Henrico", "Henrico County")]
    assert len(county) == 1 and [m.text for m in county[0].mentions] == ["Henrico", "Henrico County"]
    assert [(p.entity, p.name) for p in article.places] == [(county[0].id, "Henrico County")]
    assert [c.speaker for c in article.claims] == [county[0].id]  # the speaker is the entity that remains


def test_geocode_a_village_one_letter_off_a_town_of_the_region_named_is_that_town(pipeline: Pipeline) -> None:
    # Klishchiivka (Donetsk Oblast) written without the h of its shch.
    article = analyse(pipeline, "Artillery hit Klischiivka, Donetsk region, overnight.")
    names = {e.id: e.name for e in article.entities}
    village = next(p for p in article.places if names[p.entity] == "Klischiivka")
    assert (village.name, village.feature, village.admin1) == ("Klishchiivka", "PPL", "Donetsk Oblast")


def test_geocode_a_village_known_only_from_ukraines_codifier_is_placed(
    pipeline: Pipeline, gazetteer: Gazetteer
) -> None:
    hlobyne = gazetteer.best("Hlobyne", country="UA")
    assert hlobyne is not None and hlobyne.lat is not None and hlobyne.lon is not None
    assert resolve_name(gazetteer, "Syrotenky", "Poltava Oblast", "Ukraine") == (hlobyne.lat, hlobyne.lon)
    article = analyse(pipeline, "A drone fell on a barn in Syrotenky, in Ukraine's Poltava region, on Sunday night.")
    place = next(p for p in article.places if p.name == "Syrotenky")
    assert (place.country, place.admin1, place.geonames_id) == ("UA", "Poltava Oblast", None)
    assert km(place.lat, place.lon, hlobyne.lat, hlobyne.lon) < 1


def test_geocode_resolve_name_finds_a_city_region_inside_the_region_around_it(gazetteer: Gazetteer) -> None:
    sevastopol = gazetteer.best("Sevastopol", country="UA")
    assert sevastopol is not None and sevastopol.lat is not None and sevastopol.lon is not None
    point = resolve_name(gazetteer, "Sevastopol", "Krym", "Ukraine")
    assert point is not None and km(*point, sevastopol.lat, sevastopol.lon) < 1
    kyiv = gazetteer.best("Kyiv", country="UA")
    assert kyiv is not None and kyiv.lat is not None and kyiv.lon is not None
    point = resolve_name(gazetteer, "Kyiv", "Kyiv Oblast", "Ukraine")
    assert point is not None and km(*point, kyiv.lat, kyiv.lon) < 1
    # A region's capital is no city-region: Kursk is not in Belgorod Oblast, whose people's centre answers.
    belgorod = gazetteer.admin1("Belgorod Oblast")
    assert belgorod is not None
    assert resolve_name(gazetteer, "Kursk", "Belgorod Oblast", "Russia") == gazetteer.peopled_centre(belgorod)


def test_geocode_resolve_name_reads_cells_that_are_off(gazetteer: Gazetteer) -> None:
    smolensk = gazetteer.best("Smolensk", country="RU")
    assert smolensk is not None
    # a wrong country: the place and region are looked for everywhere
    assert resolve_name(gazetteer, "Smolensk", "Smolensk Oblast", "Belarus") == (smolensk.lat, smolensk.lon)
    # a region named by a name of its chief town that the gazetteer has only for the town
    kharkiv = gazetteer.admin1("Kharkiv Oblast")
    assert kharkiv is not None
    assert resolve_name(gazetteer, "Zorianyi Khutir", "Charkow Oblast", "Ukraine") == gazetteer.peopled_centre(kharkiv)
    # a misspelt region
    chernihiv = gazetteer.admin1("Chernihiv Oblast")
    assert chernihiv is not None
    assert resolve_name(gazetteer, "Zorianyi Khutir", "Chernihvi Oblast", "Ukraine") == (
        gazetteer.peopled_centre(chernihiv)
    )
    # a division the gazetteer cannot list the towns of does not hide them
    point = resolve_name(gazetteer, "Rîbnița", "Transnistrie", "Moldova")
    assert point is not None and km(*point, 47.77, 29.0) < 5
    # a typo of a town of the region
    kremenchuk = gazetteer.best("Kremenchuk", country="UA")
    assert kremenchuk is not None
    assert resolve_name(gazetteer, "Kremenchyk", "Poltava Oblast", "Ukraine") == (kremenchuk.lat, kremenchuk.lon)
    # a part of a country
    south = gazetteer.part("Southern Moldova")
    assert south is not None and resolve_name(gazetteer, "Southern Moldova", None, "Moldova") == south
    # a sea is in no country, but a country's row may name it
    azov = gazetteer.best("Sea of Azov")
    assert azov is not None and resolve_name(gazetteer, "Sea of Azov", None, "Ukraine") == (azov.lat, azov.lon)


@pytest.mark.parametrize(
    ("language", "text", "feature"),
    [
        ("en", "Artillery shelled Kherson before dawn, the mayor wrote.", "PPL"),
        ("fr", "L'artillerie a pilonné Kherson avant l'aube, a écrit le maire.", "PPL"),
        ("en", "Drones hit the Kherson region before dawn, the governor wrote.", "ADM1"),
        ("fr", "Des drones ont frappé la région de Kherson avant l'aube.", "ADM1"),
    ],
)
def test_geocode_bare_name_of_a_region_and_its_seat_is_the_seat(
    pipeline: Pipeline, language: str, text: str, feature: str
) -> None:
    article = analyse(pipeline, text, language)
    (place,) = [p for p in article.places if p.country == "UA"]
    assert (place.admin1, place.feature) == ("Kherson Oblast", feature)


def test_geocode_region_without_a_seat_of_its_name_is_the_region(pipeline: Pipeline) -> None:
    article = analyse(pipeline, "Storms flooded Louisiana on Monday, officials said.")
    assert [(p.name, p.feature) for p in article.places] == [("Louisiana", "ADM1")]


def test_geocode_a_capital_after_a_town_of_another_country_is_no_region(pipeline: Pipeline) -> None:
    # "Belgorod, Kiev …": Belgorod is a Russian town, so Kiev is not the region it lies in.
    text = "Les combats se poursuivent autour de Belgorod, Kiev assurant que ses unités tiennent."
    article = analyse(pipeline, text, "fr")
    found = {p.name: (p.feature, p.country) for p in article.places}
    assert found == {"Belgorod": ("PPL", "RU"), "Kyiv": ("PPLC", "UA")}


def test_geocode_towns_are_read_together_a_county_places_its_seat(pipeline: Pipeline) -> None:
    text = "Deputies from Edgar County searched a farm outside Paris on Thursday, the sheriff said."
    places = places_of(analyse(pipeline, text))
    assert places["Edgar County"] == ("US", "ADM2", "Illinois")
    assert places["Paris"][:1] == ("US",) and places["Paris"][2] == "Illinois"


def test_geocode_country_name_is_a_state_when_the_towns_around_it_are_there(pipeline: Pipeline) -> None:
    text = "Georgia officials said school systems in Athens and Gainesville are reviewing their budgets."
    places = places_of(analyse(pipeline, text))
    assert places["Georgia"] == ("US", "ADM1", "Georgia")
    assert places["Athens"][2] == "Georgia" and places["Gainesville"][2] == "Georgia"


def test_geocode_country_name_is_a_town_when_other_senses_of_the_towns_around_it_are_near(
    pipeline: Pipeline,
) -> None:
    # Elkhart alone is Indiana's and Anderson County Kansas's; each has a sense in Texas near Palestine.
    text = (
        "Sheriff's deputies from Elkhart and Grapeland joined Anderson County officers at the courthouse in "
        "Palestine on Monday."
    )
    places = places_of(analyse(pipeline, text))
    assert places["Palestine"] == ("US", "PPL", "Texas")


def test_geocode_country_names_among_countries_stay_countries(pipeline: Pipeline) -> None:
    text = "Lebanon and Jordan asked Israel and Syria to resume talks in Damascus and Beirut."
    places = places_of(analyse(pipeline, text))
    assert places["Lebanon"][:2] == ("LB", "PCLI") and places["Jordan"][:2] == ("JO", "PCLI")


def test_geocode_state_abbreviation_without_its_period_is_still_the_state(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "CHARLESTON, W.Va. -- A crash closed two lanes of the interstate on Monday."))
    assert places["W.Va"] == ("US", "ADM1", "West Virginia")  # the tokenizer keeps the period apart
    assert places["CHARLESTON"][2] == "West Virginia"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Farmers protested in Brussels against the EU on Tuesday.", "EU"),
        ("fr", "Des agriculteurs ont manifesté à Bruxelles contre l'UE mardi.", "UE"),
    ],
)
def test_geocode_union_of_states_read_as_a_place_is_its_continent(
    pipeline: Pipeline, gazetteer: Gazetteer, language: str, text: str, name: str
) -> None:
    article = analyse(pipeline, text, language)
    geocoder = Geocoder(None, article.text, LANGUAGES[language], article.entities, gazetteer)
    start = text.index(name)
    entry = geocoder.resolve_span(start, start + len(name))
    assert entry is not None and (entry.name, entry.feature) == ("Europe", "CONT")  # not the town of Eu


@pytest.mark.parametrize(
    ("language", "text", "town", "region"),
    [
        (
            "en",
            "Russian drones struck Nikopol territorial community, Dnipropetrovsk, overnight.",
            "Nikopol",
            "Dnipropetrovsk",
        ),
        ("en", "Russian artillery hit Krasnopillia territorial community, Sumy, on Monday.", "Krasnopillia", "Sumy"),
        (
            "fr",
            "Des obus sont tombés sur la communauté territoriale de Krasnopillia, dans la région de Soumy.",
            "Krasnopillia",
            "Soumy",
        ),
    ],
)
def test_geocode_community_named_after_its_town_is_the_town_in_its_region(
    pipeline: Pipeline, language: str, text: str, town: str, region: str
) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places[town][:2] == ("UA", "PPL")
    assert places[region][1] == "ADM1" and places[town][2] == places[region][2]


def test_geocode_part_of_a_place_is_read_as_the_place(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "Crews cleared ice on North Street in Northeast Nebraska."))
    assert places["Northeast Nebraska"] == ("US", "ADM1", "Nebraska")
    # a street in Nebraska (no feature of its own), no part of the town of Street
    assert places["North Street"] == ("US", "", "Nebraska")
    places = places_of(analyse(pipeline, "Trucks from North Carolina reached South Korea."))
    assert places["North Carolina"] == ("US", "ADM1", "North Carolina")  # names of their own
    assert places["South Korea"][:2] == ("KR", "PCLI")


def test_geocode_country_name_is_the_state_of_the_one_town_the_article_places(pipeline: Pipeline) -> None:
    text = "Storms brought rain to north Georgia on Tuesday, and schools in metro Atlanta closed early."
    places = places_of(analyse(pipeline, text))
    assert places["Georgia"] == ("US", "ADM1", "Georgia")


def test_geocode_two_villages_named_together_vouch_for_each_other(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "Deputies drove from Blountstown to Wewahitchka on Friday."))
    assert places["Blountstown"] == ("US", "PPL", "Florida")
    assert places["Wewahitchka"] == ("US", "PPL", "Florida")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Voters in Braintree, Massachusetts, approved the school budget on Tuesday.", "Braintree"),
        ("The town of Agawam, Massachusetts, opened a new library on Monday.", "Agawam"),
    ],
)
def test_geocode_a_town_bearing_the_name_beats_a_bigger_town_known_by_it(
    pipeline: Pipeline, text: str, town: str
) -> None:
    article = analyse(pipeline, text)
    assert town in [p.name for p in article.places]  # not Quincy or Springfield, of which it is an old name


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("The Kentucky Transportation Cabinet closed a road near Richmond on Monday.", "Richmond", "Kentucky"),
        ("The Indiana State Police stopped a truck near Richmond.", "Richmond", "Indiana"),
        # as strong as the state named alone: more than a foreign capital's size
        ("The Ohio Department of Transportation will repave the road through Dublin next month.", "Dublin", "Ohio"),
    ],
)
def test_geocode_region_named_in_an_organisation_is_context_for_towns(
    pipeline: Pipeline, text: str, town: str, state: str
) -> None:
    assert places_of(analyse(pipeline, text))[town] == ("US", "PPL", state)


def test_geocode_a_name_shared_with_a_big_town_inside_an_organisation_is_no_context(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "A Washington Post reporter flew to Vancouver on Monday."))
    assert places["Vancouver"][:1] == ("CA",)  # the newspaper is no clue to Washington state


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ukrainian forces advanced further into Russia on Sunday, Kyiv said."),
        (
            "fr",
            "Les forces ukrainiennes ont encore avancé en Russie. Dimanche, Kiev a affirmé que la percée continuait.",
        ),
    ],
)
def test_geocode_a_day_before_a_capital_is_no_town_of_a_region(pipeline: Pipeline, language: str, text: str) -> None:
    article = analyse(pipeline, text, language)
    places = places_of(article)
    assert places[next(n for n in places if n in ("Kyiv", "Kiev"))][:2] == ("UA", "PPLC")  # not Kyiv City, a region
    assert not [e for e in article.entities if e.name in ("Sunday", "Dimanche")]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Des missiles ont frappé la région de Kharkiv, Kiev a dénoncé une attaque massive.", "Kiev"),
        ("Une frappe a fait douze morts dans la région de Kidal, Bamako évoque des terroristes.", "Bamako"),
    ],
)
def test_geocode_a_capital_after_a_region_is_not_the_region_of_that_region(
    pipeline: Pipeline, text: str, capital: str
) -> None:
    places = places_of(analyse(pipeline, text, "fr"))
    assert places[capital][1] == "PPLC"  # not Kyiv Oblast, the region "Kharkiv" would lie in as a town


@pytest.mark.parametrize(
    ("language", "text", "region"),
    [
        ("fr", "Les troupes ont avancé dans la région de Koursk dimanche, a affirmé Kiev.", "Kursk Oblast"),
        ("en", "Troops advanced in the province of Kherson on Monday.", "Kherson Oblast"),
    ],
)
def test_geocode_words_before_a_name_say_it_is_a_region_the_model_missed(
    pipeline: Pipeline, language: str, text: str, region: str
) -> None:
    article = analyse(pipeline, text, language)
    assert [(p.name, p.feature, p.role) for p in article.places if p.feature == "ADM1"] == [(region, "ADM1", "event")]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Les combats se poursuivent à 10 km de Soudja, selon l'état-major.", "Soudja"),
        ("fr", "Des tirs ont visé les environs au sud de Soudja mardi.", "Soudja"),
        ("en", "Fighting went on 10 km from Sudzha on Tuesday.", "Sudzha"),
        ("en", "Shells fell south of Sudzha overnight.", "Sudzha"),
    ],
)
def test_geocode_a_place_located_relative_to_is_the_anchor_however_small(
    pipeline: Pipeline, language: str, text: str, name: str
) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places[name] == ("RU", "PPL", "Kursk Oblast")  # a town of 7,000 abroad, found by the words before it


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("fr", "Des missiles ont frappé à Kharkiv et Zaporijjia dans la nuit.", ("Kharkiv", "Zaporijjia")),
        ("fr", "Les forces russes ont bombardé Kharkov et Zaporijjia, a indiqué l'armée.", ("Kharkov", "Zaporijjia")),
        ("en", "Russian forces shelled Kharkiv and Zaporizhzhia overnight.", ("Kharkiv", "Zaporizhzhia")),
    ],
)
def test_geocode_every_place_of_a_list_an_attack_struck_is_an_event_place(
    pipeline: Pipeline, language: str, text: str, names: tuple[str, ...]
) -> None:
    article = analyse(pipeline, text, language)
    by_name = {e.name: e.id for e in article.entities}
    roles = {p.entity: p.role for p in article.places}
    assert all(roles[by_name[name]] == "event" for name in names)


@pytest.mark.parametrize(
    ("language", "text", "town", "state"),
    [
        ("en", "Volunteers from Paris and Henry County collected food on Saturday.", "Paris", "Tennessee"),
        ("en", "The Laurel County Fiscal Court met on Monday in London.", "London", "Kentucky"),
        (
            "fr",
            "Les habitants de Manchester et du comté de Hillsborough ont voté mardi.",
            "Manchester",
            "New Hampshire",
        ),
    ],
)
def test_geocode_a_town_is_read_in_the_county_the_article_names(
    pipeline: Pipeline, language: str, text: str, town: str, state: str
) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places[town] == ("US", "PPL", state)


def test_geocode_a_county_is_read_where_a_town_of_the_article_lies(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "Volunteers from Paris and Henry County collected food on Saturday."))
    assert places["Henry County"] == ("US", "ADM2", "Tennessee")


def test_geocode_names_listed_before_counties_are_counties(pipeline: Pipeline) -> None:
    text = "Storms knocked out power on Tuesday across Ohio, in Geauga and Medina counties."
    places = places_of(analyse(pipeline, text))
    assert places["Medina"] == ("US", "ADM2", "Ohio")  # not the Saudi city, not Medina County, Texas


def test_geocode_names_the_model_took_for_people_in_a_list_of_counties_are_counties(pipeline: Pipeline) -> None:
    text = (
        "Snowdrifts closed roads on Sunday in Becker, Clay, Otter Tail and Wilkin counties, Minnesota officials said."
    )
    places = places_of(analyse(pipeline, text))
    assert places["Wilkin"] == places["Becker"] == ("US", "ADM2", "Minnesota")


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Ferries stopped crossing Boston Harbor on Monday.", "Boston Harbor", "Massachusetts"),
        ("Volunteers filled sandbags in Hamilton Township, Ohio, on Saturday.", "Hamilton Township", "Ohio"),
    ],
)
def test_geocode_an_area_the_gazetteer_lacks_is_the_place_it_is_named_after(
    pipeline: Pipeline, text: str, name: str, state: str
) -> None:
    assert places_of(analyse(pipeline, text))[name] == ("US", "PPL", state)


def test_geocode_a_state_before_counties_stays_the_state(pipeline: Pipeline) -> None:
    # "Indiana counties" are the state's counties, not Indiana County in Pennsylvania.
    places = places_of(analyse(pipeline, "Unemployment rose in most Indiana counties in March."))
    assert places["Indiana"][:2] == ("US", "ADM1")


@pytest.mark.parametrize(
    ("language", "text", "name", "place"),
    [
        ("en", "An Albany man was charged on Friday after raids in Atlanta and Macon.", "Albany", ("US", "PPL")),
        ("fr", "Le président de l'Albanie s'est rendu lundi à Rome.", "Albanie", ("AL", "PCLI")),
    ],
)
def test_geocode_a_town_named_like_a_foreign_name_of_a_country_is_the_town(
    pipeline: Pipeline, language: str, text: str, name: str, place: tuple[str, str]
) -> None:
    # Albania's French name, "Albanie", spells the same name key as "Albany".
    assert places_of(analyse(pipeline, text, language))[name][:2] == place


@pytest.mark.parametrize(
    "text",
    [
        "Tech firms are moving to cheaper states such as Utah, Colorado, and Idaho.",
        "Snow closed roads in Utah, Colorado.",
    ],
)
def test_geocode_a_state_before_another_state_is_a_list_not_a_town_in_it(pipeline: Pipeline, text: str) -> None:
    places = places_of(analyse(pipeline, text))
    assert places["Utah"] == ("US", "ADM1", "Utah")


def test_geocode_a_case_number_after_a_state_is_no_region(pipeline: Pipeline) -> None:
    text = "The case is U.S. v. Roe, U.S. District Court, District of Vermont, No. 19-cr-20011."
    assert places_of(analyse(pipeline, text))["District of Vermont"] == ("US", "ADM1", "Vermont")  # not Edo, Nigeria


def test_geocode_a_country_with_a_prime_minister_is_no_namesake_town(pipeline: Pipeline) -> None:
    # Pennsylvania's Lebanon lies near the other towns; a state's office makes the name the country.
    text = "Investors in Washington, New York and Boston shrugged when Lebanon's prime minister resigned."
    assert places_of(analyse(pipeline, text))["Lebanon"][:2] == ("LB", "PCLI")


def test_geocode_a_town_does_not_vouch_for_itself_as_a_county(pipeline: Pipeline) -> None:
    # Victoria has a shire named Mansfield: a name with no county word names no county.
    text = "A Mansfield man was arrested on Monday, the Mansfield Police Department said."
    assert places_of(analyse(pipeline, text))["Mansfield"][0] != "AU"


@pytest.mark.parametrize(
    ("language", "text", "name", "place"),
    [
        ("en", "Houthi rebels fired a missile at a tanker in the Red Sea on Friday.", "Red Sea", "Red Sea"),
        ("en", "Drones hit a Russian patrol boat in the Black Sea near Crimea.", "Black Sea", "Black Sea"),
        ("en", "Egyptian forces raided a village in Sinai.", "Sinai", "Sinai Peninsula"),
        ("en", "Clashes erupted again in South Ossetia overnight.", "South Ossetia", "South Ossetia"),
        ("fr", "Un navire russe a été touché en mer Noire, au large de la Crimée.", "mer Noire", "Black Sea"),
        ("fr", "Des combats ont éclaté au Darfour dimanche.", "Darfour", "Darfur"),
        ("en", "Fuel prices rose across Latin America and the Caribbean last year.", "Caribbean", "Caribbean"),
        ("fr", "Les prix ont augmenté en Amérique latine l'an dernier.", "Amérique latine", "Latin America"),
        ("fr", "Les tensions au Moyen-Orient se sont accrues après la frappe.", "Moyen-Orient", "Middle East"),
        ("en", "The storm crossed the Atlantic on Monday.", "Atlantic", "Atlantic Ocean"),
        ("en", "Tensions rose in Korea after the missile test, officials said.", "Korea", "Korean Peninsula"),
        ("fr", "Les tensions montent en Corée après le tir d'un missile.", "Corée", "Korean Peninsula"),
    ],
)
def test_geocode_seas_and_regions_of_conflicts_are_places(
    pipeline: Pipeline, language: str, text: str, name: str, place: str
) -> None:
    article = analyse(pipeline, text, language)
    names = {e.id: e.name for e in article.entities}
    found = {names[p.entity]: p for p in article.places}
    assert found[name].name == place and found[name].feature == "RGN" and found[name].precision == "region"


def test_geocode_a_state_named_after_a_sea_is_the_state_in_its_country(pipeline: Pipeline) -> None:
    text = "The governor of Red Sea state in Sudan visited Port Sudan on Monday."
    assert places_of(analyse(pipeline, text))["Red Sea"] == ("SD", "ADM1", "Red Sea")


@pytest.mark.parametrize(
    ("language", "text", "span", "name"),
    [
        ("en", "The South Ossetian leader met the Abkhaz envoy.", "South Ossetian", "South Ossetia"),
        ("en", "The South Ossetian leader met the Abkhaz envoy.", "Abkhaz", "Abkhazia"),
        ("fr", "Le dirigeant sud-ossète a rencontré un émissaire abkhaze.", "sud-ossète", "South Ossetia"),
        ("fr", "Le dirigeant sud-ossète a rencontré un émissaire abkhaze.", "abkhaze", "Abkhazia"),
        ("en", "A Central American trade bloc met Scandinavian buyers.", "Central American", "Central America"),
        ("en", "A Central American trade bloc met Scandinavian buyers.", "Scandinavian", "Scandinavia"),
    ],
)
def test_geocode_place_adjectives_name_their_region(
    pipeline: Pipeline, gazetteer: Gazetteer, language: str, text: str, span: str, name: str
) -> None:
    article = analyse(pipeline, text, language)
    geocoder = Geocoder(None, article.text, LANGUAGES[language], article.entities, gazetteer)
    start = text.index(span)
    entry = geocoder.resolve_span(start, start + len(span))
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("en", "Smoke was rising over the port of Sevastopol, Crimea, after the drone attack.", "Sevastopol"),
        ("fr", "Des drones ont frappé un dépôt pétrolier à Sébastopol, en Crimée, dans la nuit.", "Sébastopol"),
    ],
)
def test_geocode_a_city_with_its_own_region_lies_in_the_region_around_it(
    pipeline: Pipeline, language: str, text: str, town: str
) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places[town][:2] == ("UA", "PPL")  # the city, not Crimea for want of a Sevastopol in it


@pytest.mark.parametrize(
    ("text", "town", "province"),
    [
        ("Residents of Kelowna, B.C., were told to leave on Friday.", "Kelowna", "British Columbia"),
        ("Firefighters in Dubbo, NSW, worked through the night.", "Dubbo", "New South Wales"),
    ],
)
def test_geocode_a_province_abbreviation_after_a_town_is_its_province(
    pipeline: Pipeline, text: str, town: str, province: str
) -> None:
    assert places_of(analyse(pipeline, text))[town][2] == province


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian forces shelled Ivanivka, Beryslavskyi district, Kherson, on Tuesday."),
        ("fr", "Les forces russes ont bombardé Ivanivka, dans le district de Beryslav, région de Kherson, mardi."),
    ],
)
def test_geocode_the_region_after_a_district_places_the_village(pipeline: Pipeline, language: str, text: str) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places["Ivanivka"] == ("UA", "PPL", "Kherson Oblast")


def test_geocode_a_town_after_a_city_of_two_words_is_no_region_of_its_last_word(pipeline: Pipeline) -> None:
    text = "Schools stayed shut in Oklahoma City, Tulsa and many smaller towns on Monday."
    assert places_of(analyse(pipeline, text))["Tulsa"] == ("US", "PPL", "Oklahoma")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hundreds of families now live in Manaus, the state capital, in shelters."),
        ("fr", "Des centaines de familles vivent désormais à Manaus, la capitale de l'État, dans des abris."),
    ],
)
def test_geocode_a_common_noun_after_a_town_names_no_region(pipeline: Pipeline, language: str, text: str) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places["Manaus"][:2] == ("BR", "PPL")


def test_geocode_a_dateline_in_capitals_is_the_whole_name(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "MEXICO CITY (AP) - Lawmakers approved the budget on Tuesday."))
    assert places["MEXICO CITY"][:2] == ("MX", "PPLC")


def test_geocode_a_town_named_like_an_ocean_is_the_town_in_its_state(pipeline: Pipeline) -> None:
    places = places_of(analyse(pipeline, "The senator flew to Atlantic, Iowa, for the rally."))
    assert places["Atlantic"] == ("US", "PPL", "Iowa")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Dublin approved a new budget for its parks on Monday. The Ohio Department of Natural Resources "
            "will pay half of the cost, the city manager said.",
        ),
        (
            "fr",
            "Selon Dublin, le nouveau parc ouvrira en mai. L'Université de l'Ohio paiera la moitié du coût, "
            "a dit le maire.",
        ),
    ],
)
def test_geocode_a_town_speaking_as_a_capital_is_no_context_for_its_own_name(
    pipeline: Pipeline, language: str, text: str
) -> None:
    # "Dublin approved" reads as a government only if Dublin is Ireland's capital: that guess
    # must not be the context that makes it so, against the Ohio the article names.
    places = places_of(analyse(pipeline, text, language))
    assert places["Dublin"] == ("US", "PPL", "Ohio")


def test_geocode_a_town_keyed_as_a_country_is_no_context_for_its_own_name(pipeline: Pipeline) -> None:
    # The entities stage keys "Columbia" as Colombia by the name alone; that key must not be the
    # country context that makes it so, against the Missouri the article names.
    text = (
        "The council in Columbia voted on Tuesday to close two schools. Parents in Columbia said they "
        "would appeal to the Missouri Department of Education."
    )
    places = places_of(analyse(pipeline, text))
    assert places["Columbia"] == ("US", "PPL", "Missouri")


@pytest.mark.parametrize(
    ("language", "text", "name", "feature"),
    [
        ("en", "Fighting continued around Bakhmut, the governor of Donetsk said.", "Donetsk", "ADM1"),
        ("fr", "Le gouverneur de Koursk a annoncé l'évacuation de Soudja.", "Koursk", "ADM1"),
        ("en", "The mayor of Kursk said the city was calm after the alert.", "Kursk", "PPL"),
        ("fr", "Le maire de Koursk a déclaré que la ville restait calme.", "Koursk", "PPL"),
    ],
)
def test_geocode_a_governor_governs_a_region_and_a_mayor_a_town(
    pipeline: Pipeline, language: str, text: str, name: str, feature: str
) -> None:
    places = places_of(analyse(pipeline, text, language))
    assert places[name][1] == feature


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Lebanon schedules its spring clean-up for April. Residents of Zionsville may also bring their "
            "trash, the street superintendent said.",
        ),
        (
            "fr",
            "Lebanon organise son grand nettoyage de printemps en avril. Les habitants de Zionsville pourront "
            "aussi venir, a dit le responsable.",
        ),
    ],
)
def test_geocode_a_country_s_name_is_the_town_next_door_to_the_article_s_only_town(
    pipeline: Pipeline, language: str, text: str
) -> None:
    # Zionsville, Indiana, is 16 km from Lebanon, Indiana; the story names nothing in Lebanon the country.
    places = places_of(analyse(pipeline, text, language))
    assert places["Lebanon"] == ("US", "PPL", "Indiana")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The school board in Bethel, Vt., met on Monday. Students from Hanover will join the program next "
            "year, the principal said.",
        ),
        (
            "fr",
            "Le conseil scolaire de Bethel, dans le Vermont, s'est réuni lundi. Des élèves de Hanover rejoindront "
            "le programme, a dit la directrice.",
        ),
    ],
)
def test_geocode_a_town_next_door_to_another_of_the_article_is_that_one(
    pipeline: Pipeline, language: str, text: str
) -> None:
    # Hanover, New Hampshire, is 30 km from Bethel, Vermont; the Hanover of Massachusetts is 200 km off.
    places = places_of(analyse(pipeline, text, language))
    assert places["Hanover"] == ("US", "PPL", "New Hampshire")


def test_geocode_an_abbreviated_state_inside_an_organisation_s_name_is_context(pipeline: Pipeline) -> None:
    text = (
        "A judge ruled Monday that Columbia taxpayers owe the design firm money, said the past president "
        "of the S.C. Trial Lawyers Association."
    )
    places = places_of(analyse(pipeline, text))
    assert places["Columbia"] == ("US", "PPL", "South Carolina")  # not Colombia


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Census data show the state's three largest counties — Douglas, Lancaster and Sarpy — grew by "
            "14,000 people in 2008.",
        ),
        ("fr", "Les comtés de Douglas, Lancaster et Sarpy ont gagné 14 000 habitants en 2008."),
    ],
)
def test_geocode_names_listed_after_counties_are_counties(pipeline: Pipeline, language: str, text: str) -> None:
    article = analyse(pipeline, text, language)
    counties = [(p.name, p.admin1) for p in article.places if p.feature == "ADM2"]
    assert counties == [
        ("Douglas County", "Nebraska"),
        ("Lancaster County", "Nebraska"),
        ("Sarpy County", "Nebraska"),
    ]


def _entity(number: int, kind: str, text: str, *names: str) -> Entity:
    """An entity with a mention at each given occurrence of its names, in order."""
    mentions, start = [], 0
    for name in names:
        start = text.index(name, start)
        mentions.append(TextSpan(name, start, start + len(name)))
        start += len(name)
    return Entity(f"E{number}", kind, names[0], "", mentions)


def _mentions(entities: list[Entity], name: str) -> list[tuple[str, int]]:
    return [(m.text, m.start) for e in entities if e.name == name for m in e.mentions]


def test_a_place_named_again_where_the_model_tagged_nothing_is_the_same_place(gazetteer: Gazetteer) -> None:
    text = "Floods closed roads in Fargo, North Dakota. FARGO officials said Fargo would reopen them soon."
    entities = [_entity(1, "GPE", text, "Fargo"), _entity(2, "GPE", text, "North Dakota")]
    entities, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert _mentions(entities, "Fargo") == [("Fargo", 23), ("FARGO", 44), ("Fargo", 65)]
    assert [p.name for p in places] == ["Fargo", "North Dakota"]


def test_a_place_named_again_is_no_person_nor_part_of_another_places_name(gazetteer: Gazetteer) -> None:
    text = (
        "Jo Clinton drove to Clinton, Iowa. Clinton spoke there. "
        "Rain fell on Salem, Oregon, and on Salem Creek and Winston-Salem."
    )
    entities = [
        _entity(1, "PERSON", text, "Jo Clinton"),
        _entity(2, "GPE", text, "Clinton"),
        _entity(3, "GPE", text, "Iowa"),
        _entity(4, "GPE", text, "Salem"),
        _entity(5, "GPE", text, "Oregon"),
    ]
    town = text.index("Clinton,")
    entities[1].mentions[0] = TextSpan("Clinton", town, town + 7)
    entities, _ = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert _mentions(entities, "Clinton") == [("Clinton", 20)]  # the surname of Jo Clinton: not carried
    salem = text.index("Salem Creek")
    assert ("Salem", salem) in _mentions(entities, "Salem")  # no place of the gazetteer is "Salem Creek"
    assert max(start for _, start in _mentions(entities, "Salem")) == salem  # Winston-Salem is not Salem


def test_a_place_named_again_where_the_model_saw_a_person_is_not_carried(gazetteer: Gazetteer) -> None:
    text = "Storms hit Jordan, Minnesota, overnight. Jordan said the team would still play in Jordan."
    said = text.index("Jordan said")
    entities = [
        _entity(1, "GPE", text, "Jordan"),
        _entity(2, "GPE", text, "Minnesota"),
        Entity("E3", "PERSON", "Jordan", "", [TextSpan("Jordan", said, said + 6)]),
    ]
    entities, _ = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [m for e in entities if e.type == "GPE" and e.name == "Jordan" for m in e.mentions] == [
        TextSpan("Jordan", 11, 17),
        TextSpan("Jordan", text.rindex("Jordan"), text.rindex("Jordan") + 6),
    ]


def test_a_region_named_after_a_federal_city_in_french_is_the_oblast_around_it(pipeline: Pipeline) -> None:
    region = analyse(pipeline, "Des drones sont tombés dans la région de Moscou, selon le maire.", "fr")
    city = analyse(pipeline, "Moscou a démenti jeudi les accusations du maire.", "fr")
    assert [(p.name, p.feature) for p in region.places] == [("Moscow Oblast", "ADM1")]
    assert [(p.name, p.feature) for p in city.places] == [("Moscow", "PPLC")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a dispatch's town is a town however small
        ("Budget vote set. WINSTED — The town council will vote on the budget Monday.", [("Winsted", "Connecticut")]),
        # an article that names no country lets the places inside its organisations' names stand alone
        (
            "The Grand Ledge Police Department asked for help after the Nashville Film Festival Director spoke.",
            [("Grand Ledge", "Michigan"), ("Nashville", "Tennessee")],
        ),
        # a town and a county inside names are read together: Athens, Texas, is the seat of Henderson County,
        # Texas (neither Athens, Greece, nor Henderson County, Kentucky)
        (
            "The Athens Police Department arrested a man on Monday. He was held at the Henderson County Jail.",
            [("Athens", "Texas"), ("Henderson County", "Texas")],
        ),
        # a big town's short name is the town
        (
            "Bus drivers in L.A. went on strike on Monday, and the port of L.A. stood still.",
            [("Los Angeles", "California")],
        ),
    ],
)
def test_places_of_an_article_and_their_first_level_regions(
    pipeline: Pipeline, text: str, places: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.admin1) for p in analyse(pipeline, text).places] == places


def test_a_state_abbreviated_after_a_legislators_party_is_the_state(pipeline: Pipeline) -> None:
    text = "The bill passed, said Rep. Earl Brandt, D-N.D. Speaker Nancy Reyes, D-Calif, told colleagues to wait."
    article = analyse(pipeline, text)
    assert [(p.name, p.feature) for p in article.places] == [("North Dakota", "ADM1"), ("California", "ADM1")]


def test_a_province_named_in_a_boards_name_places_the_towns_though_a_smaller_town_bears_it(pipeline: Pipeline) -> None:
    # Ontario, California (175,000 people) does not make "Ontario Municipal Board" say nothing of the province
    text = "Builders in London took their case to the Ontario Municipal Board. The city council will fight it."
    london = analyse(pipeline, text).places[0]
    assert (london.name, london.admin1, london.country) == ("London", "Ontario", "CA")


def test_a_place_entity_without_a_capital_letter_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The achievement gulf widened in the metro schools of eastern Ghouta and Ohio."
    entities = [
        _entity(1, "GPE", text, "gulf"),
        _entity(2, "GPE", text, "metro"),
        _entity(3, "LOC", text, "eastern Ghouta"),
        _entity(4, "GPE", text, "Ohio"),
    ]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [p.entity for p in places] == ["E3", "E4"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("MANSFIELD — The city council voted on Monday to borrow $4 million for a new fire station.", "US"),
        ("MANSFIELD — The city council voted on Monday to borrow £4 million for a new fire station.", "GB"),
    ],
)
def test_the_money_of_an_article_that_names_no_country_points_to_its_towns(
    pipeline: Pipeline, text: str, country: str
) -> None:
    mansfield = analyse(pipeline, text).places[0]
    assert (mansfield.name, mansfield.country) == ("Mansfield", country)


def test_a_country_s_name_in_an_agency_s_name_is_the_state_of_the_article_s_town(pipeline: Pipeline) -> None:
    text = "Agents of the Georgia Bureau of Investigation searched a house in Albany on Friday."
    albany = next(p for p in analyse(pipeline, text).places if p.name == "Albany")
    assert (albany.admin1, albany.country) == ("Georgia", "US")


def test_a_town_named_by_its_own_name_is_no_other_town_s_alternate_name(gazetteer: Gazetteer) -> None:
    # GeoNames also calls Mount Gilead, Ohio, "Youngstown"; the Youngstown of Ohio is 190 km away
    text = (
        "MOUNT GILEAD -- The Morrow County court in Mount Gilead closed. "
        "In Ohio, Youngstown cut its police and Mansfield its firefighters."
    )
    entities = [
        _entity(1, "GPE", text, "MOUNT GILEAD", "Mount Gilead"),
        _entity(2, "GPE", text, "Ohio"),
        _entity(3, "GPE", text, "Youngstown"),
        _entity(4, "GPE", text, "Morrow County"),
        _entity(5, "GPE", text, "Mansfield"),
    ]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    youngstown = next(p for p in places if p.entity == "E3")
    assert (youngstown.name, youngstown.lat) == ("Youngstown", pytest.approx(41.1, abs=0.1))


def test_a_county_s_name_before_an_office_s_is_the_county(gazetteer: Gazetteer) -> None:
    text = "A lawyer filed the papers with the Guernsey County Common Pleas Court on Friday."
    entities = [_entity(1, "GPE", text, "Guernsey County Common Pleas Court")]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [(p.name, p.admin1, p.feature) for p in places] == [("Guernsey County", "Ohio", "ADM2")]


def test_a_town_s_former_name_beside_its_new_one_is_the_same_town(gazetteer: Gazetteer) -> None:
    text = "Two houses burned in the town of Sverdlovsk (Dovzhansk), Luhansk region, after shelling."
    entities = [
        _entity(1, "GPE", text, "Sverdlovsk"),
        _entity(2, "GPE", text, "Dovzhansk"),
        _entity(3, "GPE", text, "Luhansk"),
    ]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [(p.entity, p.name, p.country) for p in places if p.entity != "E3"] == [
        ("E1", "Dovzhansk", "UA"),
        ("E2", "Dovzhansk", "UA"),
    ]


def test_a_bare_name_may_be_short_for_the_county_the_article_names(pipeline: Pipeline) -> None:
    text = "Schools in Henrico reopened on Monday after the Henrico County board voted."
    article = analyse(pipeline, text)
    assert [(p.name, p.admin1, p.feature) for p in article.places] == [("Henrico County", "Virginia", "ADM2")]
    assert [m.text for m in article.entity(article.places[0].entity).mentions] == ["Henrico", "Henrico County"]


def test_a_direction_word_alone_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Crews closed the road between North and Strickland avenues; West Virginia sent help."
    entities = [_entity(1, "GPE", text, "North"), _entity(2, "GPE", text, "West Virginia")]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [p.name for p in places] == ["West Virginia"]


def test_a_first_level_region_of_few_people_abroad_needs_support(gazetteer: Gazetteer) -> None:
    text = "Tankers waited in the Gulf while the talks in Cairo went on."
    entities = [_entity(1, "LOC", text, "Gulf"), _entity(2, "GPE", text, "Cairo")]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [p.name for p in places] == ["Cairo"]  # not the Gulf Province of Papua New Guinea


def test_an_organisation_named_as_a_town_next_door_is_that_town(gazetteer: Gazetteer) -> None:
    text = "Scouts from Norfolk, Nebraska, and from Pierce camped by the river with Toyota staff."
    entities = [
        _entity(1, "GPE", text, "Norfolk"),
        _entity(2, "GPE", text, "Nebraska"),
        _entity(3, "ORG", text, "Pierce"),
        _entity(4, "ORG", text, "Toyota"),
    ]
    entities, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [(p.name, p.admin1) for p in places] == [
        ("Norfolk", "Nebraska"),
        ("Nebraska", "Nebraska"),
        ("Pierce", "Nebraska"),
    ]
    assert [e.type for e in entities if e.name in ("Pierce", "Toyota")] == [
        "ORG",
        "ORG",
        "GPE",
    ]  # nested, as inside names


def test_a_one_word_person_named_as_a_town_next_door_is_that_town(gazetteer: Gazetteer) -> None:
    text = "Crews from Greer joined firefighters in Spartanburg. Later the Inman reopened."
    entities = [
        _entity(1, "PERSON", text, "Greer"),
        _entity(2, "GPE", text, "Spartanburg"),
        _entity(3, "PERSON", text, "Inman"),  # a theatre: no one's name takes an article
    ]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [(p.name, p.admin1) for p in places] == [("Greer", "South Carolina"), ("Spartanburg", "South Carolina")]


def test_a_one_word_region_the_model_calls_a_person_near_a_place_is_that_region(gazetteer: Gazetteer) -> None:
    text = "Fans drove from Maidstone to the circuit, as Kent hosts the fourth round again."
    entities = [_entity(1, "GPE", text, "Maidstone"), _entity(2, "PERSON", text, "Kent")]
    _, places = geocode(None, text, LANGUAGES["en"], entities, gazetteer)
    assert [(p.name, p.country, p.feature) for p in places] == [("Maidstone", "GB", "PPL"), ("Kent", "GB", "ADM2")]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("ST. PAUL -- A man was charged on Monday with threatening a tax clerk.", "Minnesota"),
        ("Mourners gathered at the school. ST. PARIS — Four children died in a fire.", "Ohio"),
    ],
)
def test_a_dispatch_town_s_saint_belongs_to_its_name(pipeline: Pipeline, text: str, admin1: str) -> None:
    town = analyse(pipeline, text).places[0]
    assert (town.name.split()[0], town.admin1) == ("Saint", admin1)


def test_a_person_named_saint_is_no_town(pipeline: Pipeline) -> None:
    assert analyse(pipeline, "St. John said he would run again.").places == []


def test_a_legislator_s_party_before_the_town_is_no_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Rep. Dave Roe, D-Iowa City, filed the bill on Monday."
    _, places = geocode(None, text, LANGUAGES["en"], [_entity(1, "GPE", text, "D-Iowa City")], gazetteer)
    assert [(p.name, p.admin1) for p in places] == [("Iowa City", "Iowa")]
