"""Numbers as readers write them: 9,861; 10 million; 1.5 billion; 25%; $40 billion."""
from __future__ import annotations

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "UAH": "₴", "RUB": "₽"}  # the figures' currency codes


def format_number(value: float, unit: str | None = None) -> str:
    """The value as the text would write it, with its unit: a currency's symbol before it, a share's
    percent sign after it, any other unit named after it."""
    if unit == "fraction" and 0 < value < 1:
        return f"{value * 100:g}%"
    if unit in _SYMBOLS:  # -$200, $1,234.50
        sign = "-" if value < 0 else ""
        return sign + _SYMBOLS[unit] + _digits(abs(value), cents=True)
    text = _digits(value)
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit and unit != "fraction" else text


def _digits(value: float, cents: bool = False) -> str:
    for scale, word in _SCALES:
        if abs(value) >= scale and (value / scale * 10).is_integer():
            return f"{value / scale:g} {word}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}" if cents else f"{value:,.2f}".rstrip("0").rstrip(".")
