"""Where two countries meet: a pin for "the Syria-Jordan border".

The country outlines come from countryinfo (Natural Earth, coarse). The border between A
and B is the run of A's outline vertices that B's outline shares; its pin is the point
half-way along that run, or, when the text names a place near the border, the shared
vertex nearest to that place. Countries that do not touch have no border pin.
"""

from __future__ import annotations

import math
from functools import lru_cache

# Outline vertices closer than this (degrees) are the same point of a shared border.
_SAME_POINT = 0.05


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def moved(lat: float, lon: float, distance_km: float, bearing: float) -> tuple[float, float]:
    """The point `distance_km` from (lat, lon) on compass `bearing` (degrees)."""
    d = distance_km / 6371.0
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)


@lru_cache(maxsize=256)
def _rings(iso3: str) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The country's outline rings as (lat, lon) points; empty when the package lacks it."""
    from countryinfo import CountryInfo

    try:
        geo = CountryInfo(iso3).geo_json()
    except Exception:  # noqa: BLE001 (a country without an outline has no border pin)
        return ()
    rings = []
    for feature in (geo or {}).get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                rings.append(tuple((float(p[1]), float(p[0])) for p in ring))
    return tuple(rings)


@lru_cache(maxsize=1024)
def shared_run(a: str, b: str) -> tuple[tuple[float, float], ...]:
    """The longest unbroken run of A's outline vertices that lie on B's, in A's order (a
    run may go round the ring's starting point)."""
    other = [p for ring in _rings(b) for p in ring]
    best: list[tuple[float, float]] = []
    for ring in _rings(a):
        points = list(ring[:-1]) if len(ring) > 1 and ring[0] == ring[-1] else list(ring)
        shared = [any(abs(p[0] - q[0]) < _SAME_POINT and abs(p[1] - q[1]) < _SAME_POINT
                      for q in other) for p in points]
        if not any(shared):
            continue
        if all(shared):
            run = points
        else:
            start = next(i for i in range(len(points)) if not shared[i - 1] and shared[i])
            run, i = [], start
            runs = []
            for step in range(len(points)):
                i = (start + step) % len(points)
                if shared[i]:
                    run.append(points[i])
                elif run:
                    runs.append(run)
                    run = []
            if run:
                runs.append(run)
            run = max(runs, key=len)
        if len(run) > len(best):
            best = run
    return tuple(best)


def border_point(a: str, b: str, near: tuple[float, float] | None = None
                 ) -> tuple[float, float] | None:
    run = shared_run(a, b) or shared_run(b, a)
    if not run:
        return None
    if near is not None:
        return min(run, key=lambda p: km(p[0], p[1], near[0], near[1]))
    if len(run) == 1:
        return run[0]
    legs = [km(*run[i], *run[i + 1]) for i in range(len(run) - 1)]
    half = sum(legs) / 2
    for i, leg in enumerate(legs):
        if half <= leg and leg > 0:
            t = half / leg
            (la1, lo1), (la2, lo2) = run[i], run[i + 1]
            return round(la1 + t * (la2 - la1), 4), round(lo1 + t * (lo2 - lo1), 4)
        half -= leg
    return run[-1]



# Compass words as (north, east) unit steps; "central" is the middle.
COMPASS = {"north": (1, 0), "northern": (1, 0), "south": (-1, 0), "southern": (-1, 0),
           "east": (0, 1), "eastern": (0, 1), "west": (0, -1), "western": (0, -1),
           "northeast": (1, 1), "northeastern": (1, 1), "northwest": (1, -1),
           "northwestern": (1, -1), "southeast": (-1, 1), "southeastern": (-1, 1),
           "southwest": (-1, -1), "southwestern": (-1, -1), "central": (0, 0)}


def part_of(iso3: str, direction: str) -> tuple[float, float] | None:
    """A pin for "northeastern Jordan": the middle of that quarter of the country's outline
    box (the largest ring, so islands and exclaves do not stretch it)."""
    step = COMPASS.get(direction)
    rings = _rings(iso3)
    if step is None or not rings:
        return None
    ring = max(rings, key=len)
    lats, lons = [p[0] for p in ring], [p[1] for p in ring]
    mid_lat, mid_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    return (round(mid_lat + step[0] * (max(lats) - min(lats)) / 4, 4),
            round(mid_lon + step[1] * (max(lons) - min(lons)) / 4, 4))
