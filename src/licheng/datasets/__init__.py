"""Data sets that ship with licheng, loaded through the same JSON reader users use.

Three data sets, each read from public pages with :func:`licheng.read` and then curated by
hand (``docs/datasets.md`` says what was corrected): Licheng in H1 2025, Zhangqiu in H1 2025
(the same series of press conferences), and Laiwu in three releases from 2022 to 2025.

>>> from licheng.datasets import licheng_2025h1
>>> district = licheng_2025h1()
>>> district.name, district.name_en, district.city
('历城区', 'Licheng District', '济南市')
>>> district.industry("现代医药").indicator("output_value").figure.value
<Quantity(52.2, '亿元')>
"""

from __future__ import annotations

import functools
from importlib.resources import files

from licheng._io import from_json
from licheng._model import District

__all__ = ["laiwu_2022_2025", "licheng_2025h1", "zhangqiu_2025h1"]


@functools.cache
def licheng_2025h1() -> District:
    """Licheng District (历城区), Jinan: its industries in the first half of 2025.

    Every figure carries its source: People's Daily Online (人民网), Jinan, dispatch of
    18 July, on a press conference of the Jinan Municipal Government Information Office. The
    dispatch prints no year; 2025 is inferred, and the inference is in each source's notes.
    The data is read once and cached; the objects are immutable, so sharing them is safe.

    >>> district = licheng_2025h1()
    >>> [industry.name for industry in district.industries]
    ['现代医药', '高端装备', '集成电路', '人工智能', '空天信息']
    >>> district.source.notes[0]
    'year inferred: ...'
    """
    text = files(__name__).joinpath("licheng-2025-h1.json").read_text(encoding="utf-8")
    return from_json(text, District)


def _load(name: str) -> District:
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return from_json(text, District)


@functools.cache
def zhangqiu_2025h1() -> District:
    """Zhangqiu District (章丘区), Jinan: industry in the first half of 2025, and 2024.

    From two pages of 大众网 (Dazhong Daily online) on the Zhangqiu session of the Jinan
    press conferences on the 工业强市 strategy, 2025-07-29: the same series as
    :func:`licheng_2025h1`. Every figure carries its sentence and its address.

    >>> district = zhangqiu_2025h1()
    >>> district.name_en, len(district.indicators)
    ('Zhangqiu District', 18)
    >>> [i.figure for i in district.indicators if i.label == "规上工业总产值"]
    [Figure('658.5', '亿元'), Figure('1251', '亿元')]
    """
    return _load("zhangqiu-2025-h1.json")


@functools.cache
def laiwu_2022_2025() -> District:
    """Laiwu District (莱芜区), Jinan, in three releases: 2022-09, 2023-07 and 2025-01.

    Levels of 2012 and 2021 with the average annual growth printed between them, parks and
    projects from 2023, the 鲁中国际生物谷 park in January 2025. Each figure's source is its own
    release, so a :class:`licheng.Panel` of it follows the district across releases.

    >>> district = laiwu_2022_2025()
    >>> [p.name for p in district.parks][-2:]
    ['鲁中国际生物谷', '电子信息产业园区']
    >>> sorted({i.source.date.year for i in district.indicators})
    [2022, 2023, 2025]
    """
    return _load("laiwu-2022-2025.json")
