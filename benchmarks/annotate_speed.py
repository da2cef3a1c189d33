#!/usr/bin/env python3
"""Words per second of annotation alone (no reading, no writing), on real seeds and on synthetic text.

    python benchmarks/annotate_speed.py [FOLDER] [--words 1000000] [--huge]

FOLDER defaults to ../shared/eval/polnear-dev/seeds; the repo's seeds/ are added. The seeds are annotated
over and over until at least --words words have gone through; the synthetic articles come from
benchmarks/corpus.py. --huge also times one 5 MB single-line article (the hostile-input case).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator.annotate import annotate  # noqa: E402
from generator.seeds import parse_seed, read_seed  # noqa: E402


def words_per_second(seeds, at_least: int) -> tuple[int, float]:
    """Annotate the seeds round after round until at_least words are done; (words, seconds)."""
    sizes = [sum(len(s.split()) for s in seed.sentences) for seed in seeds]
    done, elapsed = 0, 0.0
    while done < at_least:
        start = time.perf_counter()
        for seed in seeds:
            annotate(seed, {})
        elapsed += time.perf_counter() - start
        done += sum(sizes)
    return done, elapsed


def synthetic_seeds(count: int):
    import corpus
    with tempfile.TemporaryDirectory() as folder:
        corpus.write_seeds(corpus.generate(count), Path(folder))
        return [read_seed(path) for path in sorted(Path(folder).glob("*.txt"))]


def huge_seed():
    line = " ".join(['Officials said 9,861 soldiers died, "a lot" said Jane Doe.'] * 90_000)
    return parse_seed(("Huge\n20220322\nhttps://example.org/huge\n" + line + "\n").encode(), "huge.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "polnear-dev" / "seeds"))
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--huge", action="store_true", help="also time a 5 MB one-line article")
    args = parser.parse_args()
    real = [read_seed(p) for p in sorted(Path(args.folder).glob("*.txt"))]
    real += [read_seed(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for label, seeds in (("real seeds", real), ("synthetic", synthetic_seeds(200))):
        words, seconds = words_per_second(seeds, args.words)
        print(f"{label:<11} {len(seeds):>4} articles  {words:>9,} words  {seconds:6.2f} s  "
              f"{words / seconds:>9,.0f} words/s")
    if args.huge:
        seed = huge_seed()
        start = time.perf_counter()
        annotate(seed, {})
        seconds = time.perf_counter() - start
        words = len(seed.sentences[1].split())
        print(f"{'5 MB line':<11} {1:>4} article   {words:>9,} words  {seconds:6.2f} s  {words / seconds:>9,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
