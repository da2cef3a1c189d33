"""Shared fixtures: a throw-away project folder with the real templates and seeds written per test."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_7ba18eed09b21b25.txt"


def write_seed(folder: Path, name: str, title="A title", date="20220322",
               url="https://example.org/a", body=("First sentence.",)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join([title, date, url, *body]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project root with templates/, empty seeds/ and content/."""
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content").mkdir()
    return tmp_path
