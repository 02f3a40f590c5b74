"""Where ``parse_figure``, ``extract`` and ``Mention`` lived before ``licheng._parse``."""

from __future__ import annotations

from licheng._parse.scan import Mention, extract
from licheng._parse.single import parse_figure
from licheng._roles import Basis, Role

__all__ = ["Basis", "Mention", "Role", "extract", "parse_figure"]
