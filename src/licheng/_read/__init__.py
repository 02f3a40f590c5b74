"""Reading a release: each figure of a text as a statistic of someone, for some period.

The public names are re-exported from :mod:`licheng`: :func:`licheng.read`,
:class:`licheng.Reading`, :class:`licheng.Unread` and :class:`licheng.UnreadReason`; the
indicators a reading holds are :class:`licheng.Indicator` objects.
"""

from __future__ import annotations

from licheng._read._reader import read
from licheng._read._records import Reading, Unread, UnreadReason

__all__ = ["Reading", "Unread", "UnreadReason", "read"]
