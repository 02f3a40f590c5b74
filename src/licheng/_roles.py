"""What a figure in a sentence reports, and what a growth rate compares with.

A leaf module: the parser sets them on each ``Mention``, the model on each ``Indicator``.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Basis", "Role"]


class Role(StrEnum):
    """What a figure in a sentence reports.

    Examples:
        >>> Role("growth")
        <Role.GROWTH: 'growth'>
    """

    VALUE = "value"
    """A plain amount, area, count, duration … (产值52.2亿元)."""
    SHARE = "share"
    """A share of a whole (占全部规上工业总产值的28%)."""
    GROWTH = "growth"
    """A growth rate, signed (同比增长10% → +10%; 下降3.2% → −3.2%)."""
    CHANGE_PP = "change_pp"
    """A change in percentage points, signed (提高2个百分点)."""


class Basis(StrEnum):
    """What a growth rate compares with.

    Examples:
        >>> Basis.YOY.value, Basis.MOM.value
        ('yoy', 'mom')
    """

    YOY = "yoy"
    """Year on year (同比, 比上年): the same period a year earlier."""
    MOM = "mom"
    """Period on period (环比, 比上月): the period just before."""
