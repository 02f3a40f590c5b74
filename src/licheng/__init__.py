"""licheng: Chinese regional industrial statistics as typed, unit-safe Python objects.

>>> import licheng
>>> licheng.Figure("52.2", "亿元").value.to("元")
<Quantity(5.22e+09, 'yuan')>
"""

from __future__ import annotations

from licheng import exceptions
from licheng._figures import Figure
from licheng._metrics import (
    cagr,
    contribution,
    implied_total,
    percentage_point_change,
    previous_value,
    share,
    yoy_growth,
)
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._units import Q_, ureg
from licheng._vectorised import FigureArray

__all__ = [
    "Q_",
    "Figure",
    "FigureArray",
    "Period",
    "Qualifier",
    "cagr",
    "contribution",
    "exceptions",
    "implied_total",
    "percentage_point_change",
    "previous_value",
    "share",
    "ureg",
    "yoy_growth",
]

__version__ = "0.1.0"
