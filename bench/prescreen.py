"""Screen 10,000 citizen texts of realistic length; report the time per text.

Texts are built from the sentences of the Thai test set (clean, offensive, campaigning,
personal gain, personal data, and innocent near-misses such as "พรรคพวก" and "สัสดี"), joined
with spaces to lengths drawn from a mix like a consultation's: most comments short, some long.
Each text is screened with the DLA's starter list (portal/snippets/data/starter_screening_words.csv)
through ``screen_against``, which is ``screen()`` without its one cache lookup (the version
token of the word lists: microseconds in process memory, a Redis round trip in production).

    .venv/bin/python bench/prescreen.py [--texts 10000] [--seed 2569]
"""

import argparse
import csv
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SENTENCES = ROOT / "tests" / "snippets" / "data" / "prescreen_th.csv"
STARTER_LIST = ROOT / "portal" / "snippets" / "data" / "starter_screening_words.csv"
# (share of texts, shortest, longest) in characters.
LENGTH_MIX = [(0.60, 60, 300), (0.30, 300, 1000), (0.10, 1000, 2000)]
# Share of texts given one sentence to hold (it may be cut off by the length).
FLAGGED_SHARE = 0.10


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def length_range(share):
    """The (shortest, longest) of the LENGTH_MIX band that ``share`` (0 to 1) falls in."""
    for weight, shortest, longest in LENGTH_MIX:
        if share < weight:
            return shortest, longest
        share -= weight
    return LENGTH_MIX[-1][1:]


def make_texts(count, rng):
    rows = read_csv(SENTENCES)
    clean = [row["text"] for row in rows if row["held"] == "no"]
    flagged = [row["text"] for row in rows if row["held"] == "yes"]
    texts = []
    for _ in range(count):
        target = rng.randint(*length_range(rng.random()))
        parts, length = [], 0
        while length < target:
            sentence = rng.choice(clean)
            parts.append(sentence)
            length += len(sentence) + 1
        if rng.random() < FLAGGED_SHARE:
            parts.insert(rng.randrange(len(parts)), rng.choice(flagged))
        texts.append(" ".join(parts)[:target])
    return texts


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2569)
    args = parser.parse_args()
    setup_django()
    from portal.snippets.prescreen import WordList, screen_against, warm_up

    word_list = WordList.from_rows((row["word"], row["category"]) for row in read_csv(STARTER_LIST))
    texts = make_texts(args.texts, random.Random(args.seed))
    warm_up()  # PyThaiNLP loads its dictionary once per process (about a second)

    timings, held = [], 0
    for text in texts:
        start = time.perf_counter()
        verdict = screen_against(text, [word_list])
        timings.append((time.perf_counter() - start) * 1000)
        held += verdict.held
    long_texts = [t for t, text in zip(timings, texts, strict=True) if len(text) >= 1800]
    result = {
        "texts": len(texts),
        "median_chars": int(statistics.median(len(text) for text in texts)),
        "held_share": round(held / len(texts), 3),
        "median_ms": round(statistics.median(timings), 3),
        "p95_ms": round(percentile(timings, 0.95), 3),
        "max_ms": round(max(timings), 3),
        "median_ms_1800_to_2000_chars": round(statistics.median(long_texts), 3) if long_texts else None,
        "total_s": round(sum(timings) / 1000, 2),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"prescreen-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
