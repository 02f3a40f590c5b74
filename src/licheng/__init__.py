"""licheng: Chinese regional industrial statistics as typed, unit-safe Python objects.

>>> import licheng
>>> licheng.Figure("52.2", "亿元").value.to("元")
<Quantity(5.22e+09, 'yuan')>
>>> district = licheng.datasets.licheng_2025h1()
>>> district.industry("现代医药").indicator("output_value").figure.value
<Quantity(52.2, '亿yuan')>
>>> licheng.parse_figure("约4.287亿美元")
Figure('4.287', '亿美元', 'approx')
"""

from __future__ import annotations

from licheng import datasets, exceptions
from licheng._figures import Figure
from licheng._formatting import format_figure, format_growth, format_indicator, format_quantity
from licheng._io import from_json, to_frame, to_json
from licheng._metrics import (
    Derivation,
    DerivationKind,
    Finding,
    FindingKind,
    cagr,
    check,
    contribution,
    derive,
    implied_total,
    percentage_point_change,
    previous_value,
    share,
    yoy_growth,
)
from licheng._model import (
    Accumulation,
    District,
    Enterprise,
    EnterpriseRole,
    Fact,
    Indicator,
    Industry,
    IndustryRole,
    Measure,
    Park,
    ParkKind,
    Project,
    ProjectKind,
    Scope,
    Source,
    Term,
)
from licheng._normalize import NormalizedText, normalize
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._text import Basis, Mention, Role, extract, parse_figure
from licheng._units import Q_, ureg
from licheng._vectorised import FigureArray

__all__ = [
    "Q_",
    "Accumulation",
    "Basis",
    "Derivation",
    "DerivationKind",
    "District",
    "Enterprise",
    "EnterpriseRole",
    "Fact",
    "Figure",
    "FigureArray",
    "Finding",
    "FindingKind",
    "Indicator",
    "Industry",
    "IndustryRole",
    "Measure",
    "Mention",
    "NormalizedText",
    "Park",
    "ParkKind",
    "Period",
    "Project",
    "ProjectKind",
    "Qualifier",
    "Role",
    "Scope",
    "Source",
    "Term",
    "cagr",
    "check",
    "contribution",
    "datasets",
    "derive",
    "exceptions",
    "extract",
    "format_figure",
    "format_growth",
    "format_indicator",
    "format_quantity",
    "from_json",
    "implied_total",
    "normalize",
    "parse_figure",
    "percentage_point_change",
    "previous_value",
    "share",
    "to_frame",
    "to_json",
    "ureg",
    "yoy_growth",
]

__version__ = "0.1.0"
