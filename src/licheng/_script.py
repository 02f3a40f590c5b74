"""Names and labels in the script of the output locale: Simplified data, Traditional reports.

Data sets write names in Simplified characters (历城区, 现代医药); a report in ``zh_Hant_TW``
or ``zh_Hant_HK`` must show them in Traditional ones, with the region's own words where they
differ (Taiwan: 人工智慧, 資訊; Hong Kong: 人工智能, 信息). OpenCC does the conversion, with its
phrase dictionaries rather than character tables of our own: ``s2twp`` for Taiwan, ``s2hk``
for Hong Kong and Macao, and ``s2tw`` (Taiwan's standard characters, 為 rather than OpenCC's
爲, without Taiwan's words) for a Traditional locale without a territory, whose CLDR data
is Taiwan's.

OpenCC is the optional extra ``licheng[hant]``. Without it the names stay as the data writes
them and a ``UserWarning`` says so once; the rest of the report (headings, numbers, units)
is Traditional either way, from babel's CLDR data.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable

from licheng._locale import locale_info

__all__ = ["to_locale_script"]

# The OpenCC configuration for a Traditional locale's territory.
_CONFIGS = {"TW": "s2twp", "HK": "s2hk", "MO": "s2hk"}
_DEFAULT_CONFIG = "s2tw"


@functools.cache
def _converter(config: str) -> Callable[[str], str] | None:
    """OpenCC's converter for ``config``, or None (with one warning) when it is not installed."""
    try:
        # an optional extra, loaded on the first Traditional name
        import opencc  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        warnings.warn(
            "names and labels stay in Simplified characters: install licheng[hant] (OpenCC) "
            "to convert them for a Traditional Chinese locale",
            UserWarning,
            stacklevel=4,
        )
        return None
    convert: Callable[[str], str] = opencc.OpenCC(config).convert
    return convert


def to_locale_script(text: str, locale: str) -> str:
    """``text``, written in Simplified characters, in the script and words of ``locale``.

    Unchanged for every locale that is not Traditional Chinese.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.

    >>> to_locale_script("历城区人工智能产业", "zh_Hant_TW")
    '歷城區人工智慧產業'
    >>> to_locale_script("历城区人工智能产业", "zh_Hant_HK")
    '歷城區人工智能產業'
    >>> to_locale_script("历城区人工智能产业", "zh_Hans_CN")
    '历城区人工智能产业'
    """
    info = locale_info(locale)
    if not info.traditional or not text:
        return text
    convert = _converter(_CONFIGS.get(info.locale.territory or "", _DEFAULT_CONFIG))
    return text if convert is None else convert(text)
