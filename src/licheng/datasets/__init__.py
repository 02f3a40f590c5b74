"""Data sets that ship with licheng, loaded through the same JSON reader users use.

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

__all__ = ["licheng_2025h1"]


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
