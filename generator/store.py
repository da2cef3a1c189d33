"""Write generated content files without ever losing an editor's change.

A manifest (content/.generated.json) keeps, for each file the generator wrote, the seed it came from
and the SHA-256 of what was written. A file is rewritten only while it still has that hash; a file
edited since (or never written by us) is left alone and reported, unless --force, which keeps a
backup first.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .slugs import slugify

MANIFEST = ".generated.json"
BACKUPS = ".backups"


@dataclass(frozen=True)
class WriteResult:
    path: str
    status: str  # created | updated | unchanged | kept-edited | forced
    backup: str | None = None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write through a temporary file and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes it private; a content file is not
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's umask, read without changing it where Linux tells it (other threads write files)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class ContentStore:
    """The content folder as the generator sees it: which file belongs to which seed, and its hash."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self._manifest_path = self.folder / MANIFEST
        self._files: dict[str, dict] = self._read_manifest()
        self._by_seed = {entry.get("seed"): name for name, entry in sorted(self._files.items(), reverse=True)}
        self._dirty = False

    def _read_manifest(self) -> dict[str, dict]:
        try:
            return json.loads(self._manifest_path.read_text(encoding="utf-8")).get("files", {})
        except FileNotFoundError:
            return {}
        except (ValueError, AttributeError):
            # A damaged manifest only means we no longer know what we wrote: treat every file as edited.
            return {}

    def file_for(self, seed_name: str, date: dt.date, title: str) -> Path:
        """The content file of a seed: the one it had before, else a new date-slug name that is free."""
        if seed_name in self._by_seed:
            return self.folder / self._by_seed[seed_name]
        base = f"{date.isoformat()}-{slugify(title)}"
        name, n = f"{base}.md", 2
        while (self.folder / name).exists() or name in self._files:
            name, n = f"{base}-{n}.md", n + 1
        return self.folder / name

    def stamp_of(self, seed_name: str, stamps: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
        """The stamp of the seed's content file among the folder's files' stamps; None if it has none."""
        name = self._by_seed.get(seed_name)
        return stamps.get(os.path.join(self.folder, name)) if name else None

    def status_of(self, seed_name: str) -> WriteResult:
        """What writing the seed's text again would do to its existing content file, without the text:
        keep it if an editor changed it, else nothing."""
        path = self.folder / self._by_seed[seed_name]
        return WriteResult(str(path), "kept-edited" if self._edited(path, path.read_bytes()) else "unchanged")

    def write(self, path: Path, text: str, seed_name: str, force: bool = False) -> WriteResult:
        data = text.encode("utf-8")
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            current = None
        if current is not None and self._edited(path, current):
            if not force:
                return WriteResult(str(path), "kept-edited")
            backup = self._backup(path)
            self._write(path, data, seed_name)
            return WriteResult(str(path), "forced", str(backup))
        if current == data:
            return WriteResult(str(path), "unchanged")
        self._write(path, data, seed_name)
        return WriteResult(str(path), "created" if current is None else "updated")

    def _edited(self, path: Path, current: bytes) -> bool:
        """The file no longer holds what the generator wrote there: an editor changed it."""
        return sha256(current) != self._files.get(path.name, {}).get("sha256")

    def _write(self, path: Path, data: bytes, seed_name: str) -> None:
        atomic_write(path, data)
        self._files[path.name] = {"seed": seed_name, "sha256": sha256(data)}
        self._by_seed[seed_name] = path.name
        self._dirty = True

    def _backup(self, path: Path) -> Path:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        backup = self.folder / BACKUPS / f"{path.stem}.{stamp}{path.suffix}"
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, backup)
        return backup

    def save(self) -> None:
        if self._dirty:
            payload = {"about": "Hashes of the files the generator wrote; an edited file no longer "
                                "matches and is never overwritten. Without this file, every file counts as edited.",
                       "files": dict(sorted(self._files.items()))}
            atomic_write(self._manifest_path, (json.dumps(payload, indent=1) + "\n").encode())
            self._dirty = False
