"""How a figure's wording narrows or opens its interval."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Qualifier"]


class Qualifier(StrEnum):
    """The wording around a reported number.

    >>> Qualifier("nearly")
    <Qualifier.NEARLY: 'nearly'>
    >>> Qualifier.MORE_THAN.bounded_below, Qualifier.MORE_THAN.bounded_above
    (True, False)
    """

    EXACT = "exact"
    """As written: exact to one unit of the last written digit."""
    APPROX = "approx"
    """约, 左右, 上下: the written interval, marked approximate."""
    NEARLY = "nearly"
    """近, 将近, 接近: just under N; N is the upper bound, no lower bound."""
    MORE_THAN = "more_than"
    """超, 超过, 逾, 多于: above N, no upper bound.

    余/多/几 after N (400余亩) is also more than N, but below N plus one unit of N's last
    non-zero digit.
    """
    AT_LEAST = "at_least"
    """以上, 及以上, 不少于, 不低于, 至少: N or more."""
    LESS_THAN = "less_than"
    """不到, 不足, 以下, 低于: below N."""
    AT_MOST = "at_most"
    """不超过, 最多, 以内: N or less."""
    RANGE = "range"
    """5至10亿元, 3～5万元: between two written bounds, inclusive."""

    @property
    def negated(self) -> Qualifier:
        """The wording of the negated figure: −(more than 3%) is less than −3%.

        >>> Qualifier.MORE_THAN.negated, Qualifier.NEARLY.negated
        (<Qualifier.LESS_THAN: 'less_than'>, <Qualifier.MORE_THAN: 'more_than'>)
        """
        return _NEGATED.get(self, self)

    @classmethod
    def of_bounds(cls, *, bounded_below: bool, bounded_above: bool) -> Qualifier:
        """The wording of a computed interval: open above is more than, open below is nearly.

        >>> Qualifier.of_bounds(bounded_below=True, bounded_above=False)
        <Qualifier.MORE_THAN: 'more_than'>
        """
        if bounded_below and not bounded_above:
            return cls.MORE_THAN
        if bounded_above and not bounded_below:
            return cls.NEARLY
        return cls.EXACT

    @property
    def bounded_below(self) -> bool:
        """Whether a figure with this wording has a lower bound."""
        return self not in {Qualifier.NEARLY, Qualifier.LESS_THAN, Qualifier.AT_MOST}

    @property
    def bounded_above(self) -> bool:
        """Whether this wording alone gives an upper bound (余/多 after N adds one)."""
        return self not in {Qualifier.MORE_THAN, Qualifier.AT_LEAST}


# "Nearly N" is below N, so its negation is above −N.
_NEGATED = {
    Qualifier.MORE_THAN: Qualifier.LESS_THAN,
    Qualifier.AT_LEAST: Qualifier.AT_MOST,
    Qualifier.LESS_THAN: Qualifier.MORE_THAN,
    Qualifier.AT_MOST: Qualifier.AT_LEAST,
    Qualifier.NEARLY: Qualifier.MORE_THAN,
}
