"""``licheng.report``: the district report as text, from Python, without the command line."""

from __future__ import annotations

from licheng._model import District
from licheng._report import FORMATS, build_report

__all__ = ["report"]


def report(district: District, *, locale: str, format: str = "text", width: int = 80) -> str:  # noqa: A002 - the CLI's own word for it
    """The report ``licheng report`` prints, as a string: text, Markdown, JSON or CSV.

    Args:
        district: the district to report on.
        locale: e.g. ``zh_Hans_CN``, ``zh_Hant_TW``, ``en_US``.
        format: ``text`` (an aligned table), ``markdown``, ``json`` or ``csv``.
        width: the text table's width in columns (``text`` only).

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.
        ValueError: ``format`` is none of the four.

    Examples:
        >>> import licheng
        >>> district = licheng.datasets.licheng_2025h1()
        >>> print(licheng.report(district, locale="en_US", format="markdown").splitlines()[0])
        # Licheng District, Jinan, Shandong: industry profile, H1 2025
        >>> print(licheng.report(district, locale="zh_Hans_CN").splitlines()[0])
        历城区（济南市，山东省）2025年上半年产业概况
        >>> licheng.report(district, locale="en_US", format="pdf")
        Traceback (most recent call last):
        ...
        ValueError: unknown report format 'pdf'; expected one of text, markdown, json, csv
    """
    if format not in FORMATS:
        msg = f"unknown report format {format!r}; expected one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    return build_report(district, locale).render(format, width=width)
