"""licheng: Chinese regional industrial statistics as typed, unit-safe Python objects.

>>> import licheng
>>> licheng.Figure("52.2", "亿元").value.to("元")
<Quantity(5.22e+09, 'yuan')>
"""

from __future__ import annotations

from licheng import exceptions
from licheng._figures import Figure
from licheng._formatting import format_figure, format_growth, format_indicator, format_quantity
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._units import Q_, ureg

__all__ = [
    "Q_",
    "Figure",
    "Period",
    "Qualifier",
    "exceptions",
    "format_figure",
    "format_growth",
    "format_indicator",
    "format_quantity",
    "ureg",
]

__version__ = "0.1.0"
