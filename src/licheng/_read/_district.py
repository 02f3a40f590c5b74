"""What a reporting place such as "历城区 / 济南市 / 山东省" tells a District draft."""

from __future__ import annotations

__all__ = ["place_fields"]


def place_fields(place: str | None) -> dict[str, str]:
    """The name, city and province a place such as "历城区 / 济南市 / 山东省" gives."""
    parts = [part.strip() for part in (place or "").split("/") if part.strip()]
    fields: dict[str, str] = {"name": parts[0] if parts else "全区"}
    for part in parts[1:]:
        if part.endswith(("省", "自治区")) or part in {"台湾", "臺灣", "香港", "澳门"}:
            fields.setdefault("province", part)
        elif part.endswith("市"):
            fields.setdefault("city", part)
    return fields
