#!/usr/bin/env python3
"""OLID sub-task A quality and one-core speed of the offensive-language model, beside alt-profanity-check.

    .venv/bin/python bench/olid_eval.py            # reads ../shared/data (or $SAFESOCIAL_SHARED_DIR/data)
    .venv/bin/python bench/olid_eval.py --data ../shared/data --json bench/results/olid.json

Needs the `bench` extra for the peer (`.venv/bin/pip install -e '.[bench]'`); without it the peer's row says
so and the rest still runs.

Table 1, on the official OLID test set (860 tweets, labels-levela.csv), every system in the same run:
- fast stage: the plain-Python stage alone, at its own held-out threshold;
- encoder: the int8 MiniLM alone (ONNX Runtime, one thread), at its own held-out threshold;
- cascade: the shipped model (`score` / `is_offensive`), what the screener calls, with each of its two
  tuned presets (quality, the default, and speed);
- alt-profanity-check: `predict_prob([post]) >= 0.5`, one post a call.
Each post is timed on its own call; posts/s is 1 / mean time. The process pins itself to one core.

Table 2, the cascade's speed on other mixes, for each preset: OLID test; the screening benchmark's generated
posts (bench/screening_bench.py, about half of them risky); benign school posts written for this benchmark;
a school mix (those, the screener's evaluation sample and one OLID offensive tweet in twenty); then
bounded-time checks on long inputs.

Speed targets are read from these tables by people; nothing here fails a build.
"""

from __future__ import annotations

import os

# One core, one thread everywhere: set before numpy, onnxruntime or scikit-learn load.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from safesocial.screening.offensive import DATA_DIR, OffensiveModel  # noqa: E402

DEFAULT_SHARED = Path(os.environ.get("SAFESOCIAL_SHARED_DIR", REPO.parent / "shared"))

# Everyday posts by school staff and parents, written for this benchmark (none is from OLID).
SCHOOL_POSTS = [
    "Well done to Year 6 for a brilliant sports day, thank you to all the parents who came along!",
    "Reminder: the school will be closed on Monday for staff training.",
    "Our harvest festival raised £240 for the local food bank, thank you everyone.",
    "Looking forward to the summer fair next week, the cake stall still needs volunteers.",
    "Lovely frosty morning for a run along the river.",
    "Year 3 had a fantastic time at the Roman museum today. Ask them about the mosaics!",
    "Please remember PE kits on Tuesdays and Thursdays.",
    "The library will be open after school on Wednesday for book swaps.",
    "So proud of our choir, they sang beautifully at the carol service last night.",
    "Parents' evening bookings open tomorrow at 9am via the usual link.",
    "Nursery places for September: applications close on 15 January.",
    "Our new reading scheme starts next term. Information letter coming home in book bags.",
    "Huge thanks to the PTA for the new playground equipment!",
    "Just finished marking 30 science books, time for a cup of tea.",
    "Anyone got recommendations for a good walking route in the Peak District?",
    "Happy retirement to Mrs Patel after 25 years of teaching. You will be missed!",
    "Netball team won 12-4 against Oakfield this afternoon. Great teamwork, girls.",
    "World Book Day costumes were amazing this year, so many Gruffalos!",
    "Snow day! The school is closed today, stay safe everyone.",
    "Weekend plans: painting the spare room and a long walk with the dog.",
    "Reception are learning about minibeasts this half term.",
    "Can't believe it's nearly the end of term already, where has the year gone?",
    "The bake sale raised £312 for Children in Need. Thank you for all the cakes!",
    "Cricket club starts again after Easter, sign-up sheet is in the office.",
    "Reading with my own kids tonight after a long day of reading with everyone else's.",
    "Tired but happy after the Year 5 residential. What a week!",
    "Please can parents avoid parking on the zig-zag lines at drop-off.",
    "Flu vaccinations for all year groups will take place on 8 October.",
    "Ten years at this school today. Grateful for every one of them.",
    "Really disappointed the trip to the coast was cancelled because of the weather.",
    "Monday again... need more coffee.",
    "Great to see so many families at the open evening.",
    "Our eco council planted 40 trees on the field this morning.",
    "Homework club runs every Thursday until 4.30pm in the ICT suite.",
    "Delighted to share that we have been awarded the Silver Arts Mark.",
    "Half term starts Friday. Have a restful break, everyone.",
    "Watching the rugby with a pizza, perfect evening.",
    "Year 2 made bread today, the whole corridor smells amazing.",
    "Lost property is overflowing! Please name all uniform.",
    "Thank you to the fire brigade for visiting Reception today.",
    "Anyone else find report writing takes twice as long as they expect?",
    "Our school council met the local MP to talk about road safety.",
    "Christmas jumper day on Friday, donations to Save the Children.",
    "Lovely to bump into former pupils at the graduation ceremony, all grown up now.",
    "The swimming gala has been moved to the 14th.",
    "First day back tomorrow, lanyard and planner ready.",
    "Delicious Sunday roast at the pub in the village.",
    "The new outdoor classroom is finished, thank you to everyone who helped build it.",
    "Sports day has been postponed to next Wednesday due to the forecast.",
    "Year 4 have been writing poems about autumn, some of them are really moving.",
    "We're hiring! A teaching assistant post is advertised on the county website.",
    "Bore da! Croeso nôl i bawb ar ôl y gwyliau.",
    "Diolch yn fawr i'r rhieni am eu cefnogaeth yn y ffair haf.",
    "Happy Diwali to all our families celebrating this week ✨",
    "Eid Mubarak to everyone in our school community.",
    "Our Year 1 phonics screening results are in, so pleased with everyone's hard work.",
    "Running the Great North Run for the hospice this year, training starts now!",
    "Dreading the dentist tomorrow 😬",
    "This heatwave is no joke, classrooms were 29 degrees today.",
    "Met up with old uni friends in York, such a lovely weekend.",
    "Science week was brilliant, the egg drop challenge was the highlight.",
    "Uniform shop will be open on the last Saturday of August from 10 until 2.",
    "Exam season is here, good luck to all our Year 11s.",
    "Shout out to the kitchen team who cooked 400 Christmas dinners today!",
    "Mock exam timetable is on the website under Key Stage 4.",
    "My garden is finally looking like a garden again after all that rain.",
    "Just booked a week in Cornwall for the summer holidays!",
    "Well done to everyone who completed the sponsored walk, you raised over £1,000.",
    "The Year 6 production of Oliver was a triumph, standing ovation on both nights.",
    "Attendance matters: every day counts. Our whole-school attendance this term is 96.4%.",
    "Frustrating morning, the printer jammed three times before 8am.",
    "Governors' meeting tonight, minutes will be on the website next week.",
    "Can anyone recommend a good book on teaching early reading?",
    "What a game! Couldn't believe that last-minute goal.",
    "We are collecting old mobile phones for recycling, drop them in the box at reception.",
    "Our class guinea pigs need a home for the summer holidays, any volunteers?",
    "Feeling very lucky to work with such a kind and hardworking team.",
    "Road closure on Church Lane on Friday, please allow extra time for drop-off.",
    "Year 5 swimming lessons start on Monday, please send a towel and a named bag. Costumes must be "
    "one-piece "
    "and long hair tied back. Goggles are fine if your child needs them. Any questions, catch Mrs Hughes at "
    "the gate or ring the office.",
    "Had the best time at the Year 6 leavers' disco tonight. So many of them came up to say thank you and "
    "goodbye, and I may have shed a tear. They are going to do brilliantly at secondary school.",
]  # fmt: skip


@dataclass
class Row:
    system: str
    macro_f1: float | None
    off_f1: float | None
    not_f1: float | None
    posts_per_s: float
    p50_us: float
    p99_us: float
    max_us: float
    note: str = ""


def read_olid_test(data: Path) -> tuple[list[str], list[int]]:
    olid = data / "olid"
    with (olid / "labels-levela.csv").open(encoding="utf-8") as handle:
        gold = {row["id"]: int(row["label"] == "OFF") for row in csv.DictReader(handle)}
    with (olid / "testset-levela.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [r[1] for r in rows], [gold[r[0]] for r in rows]


def f1s(gold: Sequence[int], predicted: Sequence[int]) -> tuple[float, float, float]:
    """(macro-F1, OFF F1, NOT F1)."""
    per = []
    for cls in (1, 0):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p == cls)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != cls and p == cls)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p != cls)
        per.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return (per[0] + per[1]) / 2, per[0], per[1]


def timed(fn: Callable[[str], float], texts: Sequence[str], repeat: int) -> tuple[list[float], list[float]]:
    """Scores and per-post times in µs (the best of `repeat` passes for each post, so that another
    process taking the core for a moment does not count against the post)."""
    scores: list[float] = []
    best = [float("inf")] * len(texts)
    for r in range(repeat):
        for i, text in enumerate(texts):
            t0 = time.perf_counter_ns()
            score = fn(text)
            elapsed = (time.perf_counter_ns() - t0) / 1000
            if r == 0:
                scores.append(score)
            best[i] = min(best[i], elapsed)
    return scores, best


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def speed_row(
    system: str, times: Sequence[float], quality: tuple[float, float, float] | None, note: str
) -> Row:
    mean = statistics.fmean(times)
    macro, off, not_ = quality if quality else (None, None, None)
    return Row(
        system,
        macro,
        off,
        not_,
        1e6 / mean,
        percentile(times, 0.5),
        percentile(times, 0.99),
        max(times),
        note,
    )


def encoded_share(model: OffensiveModel, texts: Sequence[str]) -> float:
    """Share of posts whose fast-stage score falls in the uncertain band (they reach the encoder)."""
    s = model.settings
    return sum(1 for t in texts if s.low < model.fast_score(t) < s.high) / len(texts)


def peer() -> tuple[Callable[[str], float] | None, str]:
    try:
        from importlib import metadata

        from profanity_check import predict_prob
    except ImportError as exc:
        return None, f"not installed ({exc.name}); pip install -e '.[bench]'"

    def score(text: str) -> float:
        return float(predict_prob([text])[0])

    return score, f"alt-profanity-check {metadata.version('alt-profanity-check')}"


def benchmark_mix(n: int, seed: int) -> tuple[list[str], str]:
    try:
        from screening_bench import make_posts, make_profile  # type: ignore[import-not-found]
    except ImportError:
        return [], "bench/screening_bench.py not importable"
    rng = random.Random(seed)
    posts, _ = make_posts(n, make_profile(300, rng), rng)
    return [p["text"] for p in posts], f"{n} generated posts (seed {seed})"


def school_mix(shared: Path, olid_texts: Sequence[str], olid_gold: Sequence[int]) -> list[str]:
    texts = list(SCHOOL_POSTS)
    sample = shared / "eval" / "sample.jsonl"
    if sample.is_file():
        with sample.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["post"]["text"] for line in handle if line.strip()]
    offensive = [t for t, g in zip(olid_texts, olid_gold, strict=True) if g == 1]
    texts += random.Random(3).sample(offensive, k=max(1, len(texts) // 20))
    return texts


def markdown(rows: Sequence[Row], quality: bool) -> str:
    def fmt(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    if quality:
        head = (
            "| system | macro-F1 | OFF F1 | NOT F1 | posts/s (one core) | p50 µs | p99 µs |\n"
            + "|---" * 7
            + "|"
        )
        lines = [
            f"| {r.system} | {fmt(r.macro_f1)} | {fmt(r.off_f1)} | {fmt(r.not_f1)} | {r.posts_per_s:,.0f} | "
            f"{r.p50_us:,.0f} | {r.p99_us:,.0f} |"
            for r in rows
        ]
    else:
        head = (
            "| posts | posts/s (one core) | mean µs | p50 µs | p99 µs | max µs | note |\n" + "|---" * 7 + "|"
        )
        lines = [
            f"| {r.system} | {r.posts_per_s:,.0f} | {1e6 / r.posts_per_s:,.0f} | {r.p50_us:,.0f} | "
            f"{r.p99_us:,.0f} | {r.max_us:,.0f} | {r.note} |"
            for r in rows
        ]
    return "\n".join([head, *lines])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_SHARED / "data", help="folder holding olid/")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over each set (best per post)")
    parser.add_argument(
        "--mix", type=int, default=2000, help="posts from the screening benchmark's generator"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--artifacts", type=Path, default=None, help="model folder (default: shipped)")
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts, gold = read_olid_test(args.data)
    started = time.perf_counter()
    models = {name: OffensiveModel.load(args.artifacts or DATA_DIR, name) for name in ("quality", "speed")}
    load_ms = (time.perf_counter() - started) * 1000 / len(models)
    model = models["quality"]
    heldout = model.manifest.get("heldout", {})
    fast_t = float(heldout.get("fast_threshold", model.threshold))
    enc_t = float(heldout.get("encoder_threshold", 0.5))

    rows: list[Row] = []
    scores, times = timed(model.fast_score, texts, args.repeat)
    rows.append(speed_row("fast stage alone", times, f1s(gold, [int(s >= fast_t) for s in scores]), ""))
    scores, times = timed(model.encoder_score, texts, args.repeat)
    rows.append(
        speed_row("encoder alone (MiniLM int8)", times, f1s(gold, [int(s >= enc_t) for s in scores]), "")
    )
    olid_times: dict[str, list[float]] = {}
    for name, m in models.items():
        scores, times = timed(m.score, texts, args.repeat)
        olid_times[name] = times
        label = f"cascade, preset {name}" + (" (default)" if name == m.manifest["default_preset"] else "")
        rows.append(speed_row(label, times, f1s(gold, [int(s >= m.threshold) for s in scores]), ""))
    peer_fn, peer_name = peer()
    if peer_fn is not None:
        scores, times = timed(peer_fn, texts, args.repeat)
        rows.append(speed_row(peer_name, times, f1s(gold, [int(s >= 0.5) for s in scores]), ""))

    print(f"## OLID sub-task A, official test set ({len(texts)} tweets, {sum(gold)} OFF), one core\n")
    print(markdown(rows, quality=True))
    if peer_fn is None:
        print(f"\nalt-profanity-check: {peer_name}")
    for name, m in models.items():
        st = m.settings
        print(
            f"\n{name}: band {st.low:.3f}–{st.high:.3f}, threshold {st.threshold:.2f}, encoder weight "
            f"{st.encoder_weight:.2f}; {encoded_share(m, texts):.0%} of OLID posts reach the encoder"
        )
    print(f"fast stage alone at {fast_t:.2f}, encoder alone at {enc_t:.2f}; model loaded in {load_ms:.0f} ms")

    generated, note = benchmark_mix(args.mix, seed=7)
    school = school_mix(args.data.parent, texts, gold)
    mixes: list[Row] = []
    for name, m in models.items():
        mixes.append(
            speed_row(f"[{name}] OLID test", olid_times[name], None, f"{encoded_share(m, texts):.0%} encoded")
        )
        if generated:
            _, times = timed(m.score, generated, args.repeat)
            typical = [t for t, x in zip(times, generated, strict=True) if len(x) <= 300]
            share = encoded_share(m, generated)
            mixes.append(
                speed_row(f"[{name}] screening benchmark mix", times, None, f"{note}; {share:.0%} encoded")
            )
            mixes.append(
                speed_row(f"[{name}]   of which ≤ 300 characters", typical, None, f"{len(typical)} posts")
            )
        for label, posts in [("benign school posts", SCHOOL_POSTS), ("school mix", school)]:
            _, times = timed(m.score, posts, args.repeat)
            note_ = f"{len(posts)} posts, {encoded_share(m, posts):.0%} encoded"
            mixes.append(speed_row(f"[{name}] {label}", times, None, note_))
    for label, text in [
        ("1 MB benign text", "The children planted bulbs and wrote about the weather. " * 18_000),
        (
            "1 MB text, one insult",
            "We went to the park. " * 25_000 + "You are a fucking idiot. " + "Nice day. " * 45_000,
        ),
        ("1 MB of one character", "a" * 1_000_000),
    ]:
        _, times = timed(model.score, [text[:1_000_000]], 1)
        mixes.append(speed_row(f"[quality] {label}", times, None, f"{len(text[:1_000_000]):,} characters"))
    print("\n## Cascade speed on other inputs, one core\n")
    print(markdown(mixes, quality=False))

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"olid": [asdict(r) for r in rows], "mixes": [asdict(r) for r in mixes]}, indent=2)
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
