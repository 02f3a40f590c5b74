"""licheng: Chinese regional industrial statistics as typed, unit-safe Python objects.

>>> import licheng
>>> licheng.Figure("52.2", "亿元").value.to("元")
<Quantity(5.22e+09, '元')>
>>> district = licheng.datasets.licheng_2025h1()
>>> district.industry("现代医药").indicator("output_value").figure.value
<Quantity(52.2, '亿元')>
>>> licheng.parse_figure("约4.287亿美元")
Figure('4.287', '亿美元', 'approx')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from licheng import exceptions
from licheng._figures import Figure
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._units import Q_, ureg

if TYPE_CHECKING:
    from licheng import datasets
    from licheng._assemble import district_from_indicators
    from licheng._formatting import format_figure, format_growth, format_indicator, format_quantity
    from licheng._frames import (
        FigureColumn,
        FigureTable,
        Header,
        UnreadCell,
        from_frame,
        read_header,
        to_frame,
    )
    from licheng._io import from_json, to_json
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
        Level,
        Measure,
        OtherMeasure,
        Park,
        ParkKind,
        Project,
        ProjectKind,
        Scope,
        Source,
        SubjectKind,
        Term,
        parse_measure,
    )
    from licheng._normalize import NormalizedText, normalize
    from licheng._panel import Panel, PanelEntry
    from licheng._read import Reading, Unread, UnreadReason, read
    from licheng._report_api import report
    from licheng._text import Basis, Mention, Role, extract, parse_figure
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
    "FigureColumn",
    "FigureTable",
    "Finding",
    "FindingKind",
    "Header",
    "Indicator",
    "Industry",
    "IndustryRole",
    "Level",
    "Measure",
    "Mention",
    "NormalizedText",
    "OtherMeasure",
    "Panel",
    "PanelEntry",
    "Park",
    "ParkKind",
    "Period",
    "Project",
    "ProjectKind",
    "Qualifier",
    "Reading",
    "Role",
    "Scope",
    "Source",
    "SubjectKind",
    "Term",
    "Unread",
    "UnreadCell",
    "UnreadReason",
    "cagr",
    "check",
    "contribution",
    "datasets",
    "derive",
    "district_from_indicators",
    "exceptions",
    "extract",
    "format_figure",
    "format_growth",
    "format_indicator",
    "format_quantity",
    "from_frame",
    "from_json",
    "implied_total",
    "normalize",
    "parse_figure",
    "parse_measure",
    "percentage_point_change",
    "previous_value",
    "read",
    "read_header",
    "report",
    "share",
    "to_frame",
    "to_json",
    "ureg",
    "yoy_growth",
]

__version__ = "0.1.0"

# Everything but the foundation loads on first use, so that ``import licheng`` costs little
# more than pint itself: the model, I/O, metrics, formatting (babel's CLDR data) and the
# parser's tables are imported when a name from them is first asked for.
_LAZY: dict[str, str] = {
    "Accumulation": "licheng._model",
    "Basis": "licheng._text",
    "Derivation": "licheng._metrics",
    "DerivationKind": "licheng._metrics",
    "District": "licheng._model",
    "Enterprise": "licheng._model",
    "EnterpriseRole": "licheng._model",
    "Fact": "licheng._model",
    "FigureArray": "licheng._vectorised",
    "FigureColumn": "licheng._frames",
    "FigureTable": "licheng._frames",
    "Finding": "licheng._metrics",
    "FindingKind": "licheng._metrics",
    "Header": "licheng._frames",
    "Indicator": "licheng._model",
    "Industry": "licheng._model",
    "IndustryRole": "licheng._model",
    "Level": "licheng._model",
    "Measure": "licheng._model",
    "Mention": "licheng._text",
    "NormalizedText": "licheng._normalize",
    "OtherMeasure": "licheng._model",
    "Panel": "licheng._panel",
    "PanelEntry": "licheng._panel",
    "Park": "licheng._model",
    "ParkKind": "licheng._model",
    "Project": "licheng._model",
    "ProjectKind": "licheng._model",
    "Reading": "licheng._read",
    "Role": "licheng._text",
    "Scope": "licheng._model",
    "Source": "licheng._model",
    "SubjectKind": "licheng._model",
    "Term": "licheng._model",
    "Unread": "licheng._read",
    "UnreadCell": "licheng._frames",
    "UnreadReason": "licheng._read",
    "cagr": "licheng._metrics",
    "check": "licheng._metrics",
    "contribution": "licheng._metrics",
    "datasets": "licheng.datasets",
    "derive": "licheng._metrics",
    "district_from_indicators": "licheng._assemble",
    "extract": "licheng._text",
    "format_figure": "licheng._formatting",
    "format_growth": "licheng._formatting",
    "format_indicator": "licheng._formatting",
    "format_quantity": "licheng._formatting",
    "from_frame": "licheng._frames",
    "from_json": "licheng._io",
    "implied_total": "licheng._metrics",
    "normalize": "licheng._normalize",
    "parse_figure": "licheng._text",
    "parse_measure": "licheng._model",
    "percentage_point_change": "licheng._metrics",
    "previous_value": "licheng._metrics",
    "read_header": "licheng._frames",
    "report": "licheng._report_api",
    "read": "licheng._read",
    "share": "licheng._metrics",
    "to_frame": "licheng._frames",
    "to_json": "licheng._io",
    "yoy_growth": "licheng._metrics",
}


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is None:
        msg = f"module 'licheng' has no attribute {name!r}"
        raise AttributeError(msg)
    module = importlib.import_module(module_name)
    value = module if module_name == f"licheng.{name}" else getattr(module, name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
