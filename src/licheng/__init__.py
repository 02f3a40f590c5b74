"""licheng: Chinese regional industrial statistics as typed, unit-safe Python objects.

>>> import licheng
>>> licheng.Figure("52.2", "亿元").value.to("元")
<Quantity(5.22e+09, 'yuan')>
>>> licheng.parse_figure("约4.287亿美元")
Figure('4.287', '亿美元', 'approx')
"""

from __future__ import annotations

from licheng import exceptions
from licheng._figures import Figure
from licheng._normalize import NormalizedText, normalize
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._text import Basis, Mention, Role, extract, parse_figure
from licheng._units import Q_, ureg

__all__ = [
    "Q_",
    "Basis",
    "Figure",
    "Mention",
    "NormalizedText",
    "Period",
    "Qualifier",
    "Role",
    "exceptions",
    "extract",
    "normalize",
    "parse_figure",
    "ureg",
]

__version__ = "0.1.0"
