"""Run one command and measure it: wall time, peak memory of its process tree, exit code, output.

Peak memory is measured two ways, and the larger is reported:
- the largest single process's peak RSS, exact, from the kernel (os.wait4's ru_maxrss, which covers
  every descendant the command waited for);
- the whole tree's proportional set size (PSS: a page shared by k processes counts 1/k in each), sampled
  every 50 ms from /proc. This is what a build that forks workers adds up to without double-counting
  the pages they share with their parent.
"""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_EVERY = 0.05  # seconds


@dataclass(frozen=True)
class Measurement:
    seconds: float
    user_seconds: float  # CPU time of the whole tree, from the kernel
    system_seconds: float
    peak_process_mb: float  # largest single process's RSS
    peak_tree_mb: float  # whole tree's PSS, sampled
    exit_code: int
    timed_out: bool
    output: str  # stdout and stderr, interleaved

    @property
    def peak_mb(self) -> float:
        return max(self.peak_process_mb, self.peak_tree_mb)

    def tail(self, lines: int = 15) -> str:
        return "\n".join(self.output.rstrip().splitlines()[-lines:])


def run_measured(command: list[str], cwd: str | Path | None = None, timeout: float = 3600.0,
                 env: dict[str, str] | None = None) -> Measurement:
    """Run command to its end (or kill its whole process group after timeout seconds) and measure it."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        sampler = TreeMemorySampler(process.pid)
        watchdog = Watchdog(process.pid, timeout)
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
            sampler.stop()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
        _kill_group(process.pid)  # leftovers a killed or careless command left behind
        log.seek(0)
        output = log.read().decode("utf-8", errors="replace")
    return Measurement(seconds, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024, sampler.peak_kb / 1024, process.returncode,
                       watchdog.fired, output)


class Watchdog:
    """Kills a process group when its time is up."""

    def __init__(self, pid: int, timeout: float):
        self.pid, self.fired = pid, False
        self.timer = threading.Timer(timeout, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        self.fired = True
        _kill_group(self.pid)

    def cancel(self) -> None:
        self.timer.cancel()


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is already gone


class TreeMemorySampler:
    """Samples the summed PSS of a process and all its descendants, in a thread, until stopped."""

    def __init__(self, root_pid: int):
        self.root_pid, self.peak_kb = root_pid, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = sum(pss_kb(pid) for pid in descendants(self.root_pid))
            self.peak_kb = max(self.peak_kb, total)
            self._stop.wait(SAMPLE_EVERY)


def descendants(root: int) -> list[int]:
    """root and every process below it, from the parent pids in /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            parent = _parent_pid(entry.name)
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _parent_pid(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None  # the process ended while we looked
    # The command name (field 2) may hold spaces and parentheses: fields after the last ')' are safe.
    return int(stat[stat.rindex(b")") + 2:].split()[1])


def pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass  # ended while we read it, or a kernel without smaps_rollup: it counts as nothing
    return 0


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of every regular file below folder; hard links to one file count once."""
    seen, total, files = set(), 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            info = os.lstat(os.path.join(root, name))
            if not stat.S_ISREG(info.st_mode) or (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            total, files = total + info.st_size, files + 1
    return total, files
