"""Where ``normalize`` lived before ``licheng._parse.normalize``."""

from __future__ import annotations

from licheng._parse.normalize import NormalizedText, normalize, translate

__all__ = ["NormalizedText", "normalize", "translate"]
