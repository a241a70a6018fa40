"""Border pins, compass parts of countries and moved pins, from the country outlines."""

import pytest

from chronicle.places.borders import border_point, km, moved, part_of


def test_km():
    assert km(33.34, 44.40, 33.34, 44.40) == 0
    assert 500 < km(33.34, 44.40, 31.95, 35.93) < 820  # Baghdad - Amman, about 800 km


def test_border_point_lies_between_the_two_countries():
    point = border_point("SYR", "JOR")
    assert point is not None
    assert 32.0 < point[0] < 33.5 and 35.5 < point[1] < 39.0
    assert border_point("JOR", "SYR") is not None


def test_border_point_nearest_a_place_named_by_it():
    tower_22 = (33.317, 38.697)
    point = border_point("SYR", "JOR", near=tower_22)
    assert km(*point, *tower_22) < 20


def test_countries_that_do_not_touch_have_no_border():
    assert border_point("IRQ", "USA") is None
    assert border_point("XXX", "JOR") is None


def test_moved():
    lat, lon = moved(36.34, 43.13, 10, 0)  # 10 km north of Mosul
    assert lat > 36.34 and abs(lon - 43.13) < 1e-6
    assert 9.5 < km(36.34, 43.13, lat, lon) < 10.5


@pytest.mark.parametrize("direction, north, east", [
    ("northeastern", True, True), ("western", None, False), ("southern", False, None)])
def test_part_of_a_country(direction, north, east):
    mid = part_of("JOR", "central")
    lat, lon = part_of("JOR", direction)
    if north is not None:
        assert (lat > mid[0]) is north
    if east is not None:
        assert (lon > mid[1]) is east
    assert part_of("JOR", "sideways") is None
