"""The stable machine interface: an article's annotations as one JSON object (annotate --json, data/)."""
from __future__ import annotations

import datetime as dt
import json

from .model import Annotations, Figure


def safe_json(data, compact: bool = True) -> str:
    """JSON that stays inert even pasted into HTML: '<', '>' and '&' written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":") if compact else None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def article_json(file: str, title: str, date: dt.date, source: str | None, notes: Annotations) -> dict:
    return {
        "file": file,
        "title": title,
        "date": date.isoformat(),
        "source": source,
        "people": [{"name": p.name, "aliases": list(p.aliases), "role": p.role} for p in notes.people],
        "quotes": [{"text": q.text, "speaker": q.speaker, "sentence": q.sentence, "kind": q.kind}
                   for q in notes.quotations()],
        "figures": [figure_json(f) for f in notes.figures],
        "dates": [{"text": d.text, "date": d.date, "sentence": d.sentence} for d in notes.dates],
        "claims": [{"text": c.text, "claimant": c.claimant, "sentence": c.sentence}
                   for c in notes.claims],
    }


def figure_json(figure: Figure) -> dict:
    return {"text": figure.text, "value": _number(figure.value), "qualifier": figure.qualifier,
            "counts": figure.counts, "claimed_by": figure.claimed_by, "sentence": figure.sentence,
            "as_of": figure.as_of, "unit": figure.unit}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
