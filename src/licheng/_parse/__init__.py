"""The parser: figures read out of Chinese press-release prose.

The pipeline, one module a step, each importing only the ones above it:

1. ``vocabulary``: every word the parser reads, written once with what it is (a unit's
   ``Kind`` and ``Rule``, a qualifier's ``Guard``, a role word's ``Cue``); every regular
   expression, trie and set of words derived from it at import.
2. ``normalize``: full-width to ASCII, traditional to simplified, pinyin annotations out, with
   a map back to the original text.
3. ``seam``: where the fast readers plug in (below).
4. ``numerals``: one numeral (52.2, 两千六百万, 伍拾贰亿, 五六, 四十余) as an exact decimal.
5. ``context``: the words around a number: qualifiers before and after (约, 近, 以上, 左右),
   currencies before it (人民币, $), the role of a percentage and its basis (同比), and the
   guards that tell a figure from a date, a code or a URL.
6. ``reading``: the reference reader. From the position where a number starts it reads the
   numeral, a fraction, the unit or currency after it and a range, into a ``Reading``.
7. ``build``: one builder, a ``Reading`` and its qualifier to a ``Figure`` (the multiplier, 余/多,
   negation, the trusted constructor).
8. ``fast`` and ``fast_scan``: the fast readers, below.
9. ``phrases``: what the readers leave to the end, the same whichever read: figures written
   in words (两位数增长, 翻一番, 破八, 过半), a rate per unit after a figure (94.5万元/人), and
   numbers that name something rather than report it (“六个重大突破”, 三年行动计划, 台阶, a
   year as a date, a window of time).
10. ``region``: the document's region (``Region``), detected from words only a text from
    Taiwan, Hong Kong or Macau writes, and the currency it gives a bare 元 (新台币, 港元, 澳门元).
11. ``single``: ``parse_figure``, one whole expression.
12. ``scan``: ``extract``, every figure in a document as a ``Mention`` with its span in the
    original text, its ``Role`` and ``Basis`` (from ``licheng._roles``) and the region whose
    currency it took.

The reference reader reads every form the parser knows. The fast readers read the common
shapes (an Arabic or a plain Chinese numeral, 万/亿 and a unit word needing no context, the
qualifier words around them) with one regular expression each, and decline anything else. The
rule is that **fast ≡ reference**: where a fast reader answers, its answer is exactly the
reference reader's. ``seam.READERS`` holds the fast readers; the reference reader asks them
first and never names them; ``seam.reference_only()`` empties the seam, and the test suite
runs every parser test both ways.

Words used in the code: a *lane* is a fast reader's regular expression for one shape (the
Arabic lane, the Chinese lane, the bare 万/亿 lane); a *plan* is what an Arabic number with a
given multiplier and unit word becomes, worked out once at import (``fast._plans``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from licheng._parse.normalize import NormalizedText, normalize
    from licheng._parse.scan import Mention, extract
    from licheng._parse.single import parse_figure
    from licheng._roles import Basis, Role

__all__ = ["Basis", "Mention", "NormalizedText", "Role", "extract", "normalize", "parse_figure"]

# Loaded on first use: ``licheng`` imports ``numerals`` (for periods) at once, and the readers'
# tables only when a figure is first read.
_WHERE = {
    "Basis": "licheng._roles",
    "Mention": "licheng._parse.scan",
    "NormalizedText": "licheng._parse.normalize",
    "Role": "licheng._roles",
    "extract": "licheng._parse.scan",
    "normalize": "licheng._parse.normalize",
    "parse_figure": "licheng._parse.single",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        msg = f"module 'licheng._parse' has no attribute {name!r}"
        raise AttributeError(msg)
    return getattr(importlib.import_module(module), name)
