"""Numbers as readers write them: 9,861; 10 million; 1.5 billion; 25%."""
from __future__ import annotations

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(value: float, unit: str | None = None) -> str:
    if unit == "fraction" and 0 < value < 1:
        return f"{value * 100:g}%"
    for scale, word in _SCALES:
        if abs(value) >= scale and (value / scale * 10).is_integer():
            return f"{value / scale:g} {word}"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text}%" if unit == "%" else text
