"""Profile one build of ours in a single process: python benchmarks/profile_build.py PROJECT OUT.prof

Rendering normally forks workers, which cProfile cannot see; here it stays in this process, so the
profile holds the whole build. Prints the 30 entries with the most cumulative time.
"""
from __future__ import annotations

import contextlib
import cProfile
import io
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    project, out = sys.argv[1], sys.argv[2]
    sys.path.insert(0, str(ROOT))
    profiler = cProfile.Profile()
    profiler.enable()
    from generator import pipeline
    pipeline.PARALLEL_FROM = sys.maxsize  # serial rendering: the work stays where the profiler is
    import build
    with contextlib.redirect_stdout(io.StringIO()):  # one line per article: not what we came for
        build.main(["--root", project])
    profiler.disable()
    profiler.dump_stats(out)
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(30)
    print(text.getvalue())


if __name__ == "__main__":
    main()
