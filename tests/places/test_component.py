"""The places stage on sentences of our own: what is a place, which one, and its pin."""

import pytest

import chronicle
from chronicle.places.borders import km

pytestmark = pytest.mark.slow


def places(nlp, text):
    doc = nlp(text)
    return doc, [(p.text, p.entry) for p in doc._.places]


def pinned(nlp, text, name):
    """The entry of the place mention whose text is `name`."""
    _, found = places(nlp, text)
    hits = [e for t, e in found if t == name]
    assert hits, f"{name!r} not found as a place in {found}"
    return hits[0]


@pytest.mark.parametrize("text, name, country, lat, lon, within", [
    # the NER calls al-Tanf a person; the gazetteer knows it
    ("A drone was shot down near al-Tanf on Monday.", "al-Tanf", "SYR", 33.50, 38.62, 10),
    # a container after the name decides between namesakes
    ("Protesters gathered in Lebanon, Pennsylvania, on Sunday.", "Lebanon", "USA",
     40.34, -76.41, 25),
    ("Clashes broke out in Tripoli, Lebanon, overnight.", "Tripoli", "LBN", 34.43, 35.84,
     25),
    # ACLED-style (district, province) after a village
    ("An Israeli drone struck a car near Kafr Kila (Marjayoun, Nabatieh), killing two.",
     "Kafr Kila", "LBN", 33.28, 35.55, 10),
    # a spelling the gazetteer files under another one
    ("Gunmen attacked a checkpoint in Dayr az Zawr city.", "Dayr az Zawr city", "SYR",
     35.34, 40.14, 25),
    # a whole country, and a place word that says it is a province
    ("Militants ambushed a patrol in Anbar province.", "Anbar province", "IRQ", None, None, 0),
    # a capital as a place (located) is the city
    ("A car bomb exploded in Baghdad on Tuesday.", "Baghdad", "IRQ", 33.34, 44.40, 10),
])
def test_toponyms_are_found_and_pinned(nlp, text, name, country, lat, lon, within):
    entry = pinned(nlp, text, name)
    assert entry is not None and entry.country == country
    if lat is not None:
        assert km(entry.lat, entry.lon, lat, lon) <= within


def test_lebanon_alone_is_the_country(nlp):
    entry = pinned(nlp, "Thousands fled southern villages in Lebanon.", "Lebanon")
    assert entry.level == "country" and entry.country == "LBN"


@pytest.mark.parametrize("text, not_a_place", [
    ("Washington has threatened to strike targets in Iraq.", "Washington"),
    ("The Islamic Resistance in Iraq claimed the attack.", "Iraq"),
    ("Iran denied any role in the attack.", "Iran"),
    ("Congress debated the war powers resolution on Friday.", "Congress"),
])
def test_names_that_are_actors_are_not_places(nlp, text, not_a_place):
    _, found = places(nlp, text)
    assert not_a_place not in [t for t, _ in found]


def test_a_border_named_by_two_countries(nlp):
    entry = pinned(nlp, "Three soldiers were killed at a base near the Syria-Jordan border.",
                   "Syria-Jordan border")
    assert entry.level == "border" and entry.lat is not None
    assert km(entry.lat, entry.lon, 33.0, 38.5) < 150


def test_border_forces_are_no_border(nlp):
    _, found = places(nlp, "Syrian border guards fired at smugglers on Tuesday.")
    assert all(e is None or e.level != "border" for _, e in found)


def test_near_and_compass_distances(nlp):
    doc = nlp("Rebels shelled a village 10 km north of Mosul.")
    mosul = [p for p in doc._.places if p.text == "Mosul"][0]
    assert mosul.near
    assert 8 < km(mosul.entry.lat, mosul.entry.lon, 36.34, 43.13) < 14


def test_a_part_of_a_country(nlp):
    entry = pinned(nlp, "The outpost lies in northeastern Jordan.", "northeastern Jordan")
    assert entry.level == "region" and entry.country == "JOR"
    assert entry.lat > 31.3 and entry.lon > 37.0


def test_an_unknown_neighbourhood_takes_the_pin_of_its_city(nlp):
    doc = nlp("A drone strike hit a car in the Qasimiya neighborhood of east Baghdad.")
    found = {p.text: p for p in doc._.places}
    hood = next(p for t, p in found.items() if t.startswith("Qasimiya"))
    assert hood.how == "container" and hood.entry.name == "Baghdad"


def test_dateline(nlp):
    doc = nlp("AMMAN, Jordan (AP) — Jordan's army said it intercepted a drone.")
    first = doc._.places[0]
    assert first.text == "AMMAN" and first.how == "dateline" and first.entry.country == "JOR"
    assert "AP" not in [p.text for p in doc._.places]  # the agency is no place (Apen)
    assert doc._.places[doc._.main_place].entry.country == "JOR"


def test_a_dateline_is_where_the_reporter_is(nlp):
    doc = nlp("WASHINGTON (AP) — US forces struck three targets in Deir ez-Zor on Friday.")
    assert doc._.places[0].how == "dateline"
    assert doc._.places[doc._.main_place].entry.country == "SYR"


@pytest.mark.parametrize("text, expected", [
    ("Russian strikes hit Kharkiv, Mykolaiv and Odesa overnight.",
     {"Kharkiv": "UKR", "Mykolaiv": "UKR", "Odesa": "UKR"}),
    ("Gunmen killed 12 villagers in Solhan, northern Burkina Faso, on Sunday.",
     {"Solhan": "BFA"}),
    ("Israeli Airstrikes Kill 20 In Khan Younis", {"Khan Younis": "PSE"}),
])
def test_lists_namesakes_and_headlines(nlp, text, expected):
    doc = nlp(text)
    found = {p.text: p.entry.country if p.entry else None for p in doc._.places}
    for name, country in expected.items():
        assert found.get(name) == country, found


def test_text_without_places(nlp):
    doc = nlp("The minister said talks would continue next week.")
    assert doc._.places == [] and doc._.main_place is None


def test_the_main_place_is_where_not_whence(nlp):
    doc = nlp("Fighters from Tal Afar stormed a checkpoint outside Sinjar.")
    main = doc._.places[doc._.main_place]
    assert main.text == "Sinjar"
    assert [p.origin for p in doc._.places] == [True, False]


def test_a_guessed_actor_the_gazetteer_places_is_a_place() -> None:
    record = chronicle.extract("Russian missiles struck Kharkiv overnight.",
                               published="2024-02-02")
    assert [p.name for p in record.places] == ["Kharkiv"]
    assert not any("Kharkiv" in a.name for a in record.actors)
