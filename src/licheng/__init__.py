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
from licheng._units import Q_, ureg, use_as_application_registry

if TYPE_CHECKING:
    from licheng import datasets
    from licheng._assemble import district_from_indicators
    from licheng._checks import Finding, FindingKind, check
    from licheng._derive import Derivation, DerivationKind, derive
    from licheng._formatting import format_figure, format_growth, format_quantity
    from licheng._frames import (
        FigureColumn,
        FigureTable,
        Header,
        UnreadCell,
        from_frame,
        read_header,
    )
    from licheng._indicators import format_indicator
    from licheng._io import from_json, to_json
    from licheng._metrics import (
        cagr,
        contribution,
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
    from licheng._panel import Panel
    from licheng._panel_entry import PanelEntry
    from licheng._parse.normalize import NormalizedText, normalize
    from licheng._parse.region import Region
    from licheng._parse.scan import Mention, extract
    from licheng._parse.single import parse_figure
    from licheng._read import Reading, Unread, UnreadReason, read
    from licheng._report_api import report
    from licheng._roles import Basis, Role
    from licheng._to_frame import to_frame
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
    "Region",
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
    "use_as_application_registry",
    "yoy_growth",
]

__version__ = "0.1.0"

# Everything but the foundation loads on first use, so that ``import licheng`` costs little
# more than pint itself: the model, I/O, metrics, formatting (babel's CLDR data) and the
# parser's tables are imported when a name from them is first asked for.
_LAZY_MODULES: dict[str, tuple[str, ...]] = {
    "licheng._assemble": ("district_from_indicators",),
    "licheng._checks": (
        "Finding",
        "FindingKind",
        "check",
    ),
    "licheng._derive": (
        "Derivation",
        "DerivationKind",
        "derive",
    ),
    "licheng._formatting": (
        "format_figure",
        "format_growth",
        "format_quantity",
    ),
    "licheng._frames": (
        "FigureColumn",
        "FigureTable",
        "Header",
        "UnreadCell",
        "from_frame",
        "read_header",
    ),
    "licheng._indicators": ("format_indicator",),
    "licheng._io": (
        "from_json",
        "to_json",
    ),
    "licheng._metrics": (
        "cagr",
        "contribution",
        "implied_total",
        "percentage_point_change",
        "previous_value",
        "share",
        "yoy_growth",
    ),
    "licheng._panel": ("Panel",),
    "licheng._panel_entry": ("PanelEntry",),
    "licheng._model": (
        "Accumulation",
        "District",
        "Enterprise",
        "EnterpriseRole",
        "Fact",
        "Indicator",
        "Industry",
        "IndustryRole",
        "Level",
        "Measure",
        "OtherMeasure",
        "Park",
        "ParkKind",
        "Project",
        "ProjectKind",
        "Scope",
        "Source",
        "SubjectKind",
        "Term",
        "parse_measure",
    ),
    "licheng._parse.normalize": (
        "NormalizedText",
        "normalize",
    ),
    "licheng._parse.region": ("Region",),
    "licheng._parse.scan": (
        "Mention",
        "extract",
    ),
    "licheng._parse.single": ("parse_figure",),
    "licheng._read": (
        "Reading",
        "Unread",
        "UnreadReason",
        "read",
    ),
    "licheng._report_api": ("report",),
    "licheng._roles": (
        "Basis",
        "Role",
    ),
    "licheng._to_frame": ("to_frame",),
    "licheng._vectorised": ("FigureArray",),
    "licheng.datasets": ("datasets",),
}
_LAZY: dict[str, str] = {name: module for module, names in _LAZY_MODULES.items() for name in names}


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
