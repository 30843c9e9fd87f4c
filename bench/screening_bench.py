#!/usr/bin/env python3
"""Screening benchmark: our whole pipeline against two peers, on one core, then bounded-time checks.

    .venv/bin/python bench/screening_bench.py                  # 10,000 posts, 2,000-person roster
    .venv/bin/python bench/screening_bench.py --quick          # a smoke run in well under a minute
    .venv/bin/python bench/screening_bench.py --posts 20000 --roster 5000 --json bench/results/run.json

What it runs, on the same generated posts (seeded, so every run sees the same posts):
1. SafeSocial: `Screener.for_policy(policy, profile).screen(post)` for all five bundled policies, with a
   generated school profile of N people; posts are spread over the policies in turn.
2. Presidio's AnalyzerEngine with its pattern recognizers only (and the rule-based phone recognizer) over a
   blank spaCy pipeline: no model is downloaded, ever. Twice: as it comes (every pattern recognizer runs)
   and asked only for the seven entities our contact-details check also looks for.
3. alt-profanity-check's `predict_prob`, one post a call.
Then each engine on adversarial inputs (a 1 MB post, long runs of one character, repeated name fragments,
100k emoji, regex bait), each in a child process with a time limit, so a pathological input shows as a
time-out instead of hanging the run.

Speed targets are read from this table by people; nothing here fails a build. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import multiprocessing as mp
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

POLICIES = ("bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre")
# Presidio twice: as it comes (every pattern recognizer it loads for English), and limited to the seven
# entities our contact-details check also looks for.
PRESIDIO_ALL = "presidio (all patterns)"
PRESIDIO_SHARED = "presidio (7 entities)"
PRESIDIO_ENTITIES = [
    "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "UK_NHS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
]  # fmt: skip

# ----------------------------------------------------------------------------------------------------
# Generated data
# ----------------------------------------------------------------------------------------------------

FIRST_EN = (
    "Oliver George Harry Jack Noah Leo Arthur Muhammad Oscar Charlie Jacob Thomas Henry William James "
    "Alfie Freddie Theo Archie Joshua Isaac Daniel Samuel Mohammed Ethan Logan Liam Ryan Tyler Callum "
    "Dylan Kai Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella Grace "
    "Daisy Sienna Poppy Elsie Emily Ella Evie Phoebe Harper Chloe Ruby Summer Hope Rose Holly Amber "
    "Jasmine Priya Aisha Zara Mark Bill Will Helen Claire Sarah Karen Gillian Dean Craig Paul Andrew "
    "Angela Janet Susan Martin"
).split()
FIRST_CY = (
    "Dafydd Gethin Iwan Osian Cai Elis Tomos Gruffudd Rhys Huw Emyr Aled Siôn Llew Deio Ifan Guto Macsen "
    "Gwenllian Ffion Eleri Megan Sioned Rhian Bethan Mererid Haf Eira Seren Alaw Nia Cerys Lowri Elin "
    "Manon Heledd Nest Awel Efa"
).split()
SURNAMES = (
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson "
    "Wood Thompson White Watson Jackson Wright Green Harris Cooper King Lee Martin Clarke James Morgan "
    "Hughes Edwards Hill Moore Clark Harrison Scott Young Morris Hall Ward Turner Carter Phillips "
    "Mitchell Patel Adams Campbell Anderson Allen Cook Bailey Parker Miller Davis Murphy Price Bell Baker "
    "Griffiths Kelly Simpson Marshall Collins Bennett Cox Richardson Fox Gray Rose Chapman Hunt Robertson "
    "Shaw Reynolds Lloyd Ellis Richards Russell Wilkinson Khan Graham Stewart Reid Murray Powell Palmer "
    "Holmes Rogers Stevens Walsh Hunter Thomson Matthews Ross Owen Mason Knight Kennedy Butler Saunders "
    "Pritchard Rhys Parry Owens Jenkins Latham Okafor Adeyemi Nair Kaur Osei Chen Nowak Kowalski"
).split()

SCHOOL_NAMES = ("Thornbury Park School", "Thornbury Park", "TPS")
SCHOOL: dict[str, Any] = {
    "name": SCHOOL_NAMES[0],
    "aliases": list(SCHOOL_NAMES[1:]),
    "handles": ["@ThornburyParkSch"],
    "domains": ["thornburypark.example.sch.uk"],
}


def make_profile(n: int, rng: random.Random) -> dict[str, Any]:
    """A school profile with n people: 60% pupils, 15% staff, 20% parents, 5% governors."""
    people: list[dict[str, Any]] = []
    seen: set[str] = set()
    roles = ["pupil"] * 60 + ["staff"] * 15 + ["parent"] * 20 + ["governor"] * 5
    while len(people) < n:
        first = rng.choice(FIRST_CY if rng.random() < 0.25 else FIRST_EN)
        name = f"{first} {rng.choice(SURNAMES)}"
        if name in seen:
            name = f"{first} {rng.choice(SURNAMES)}-{rng.choice(SURNAMES)}"
            if name in seen:
                continue
        seen.add(name)
        role = rng.choice(roles)
        person: dict[str, Any] = {"name": name, "role": role}
        if role == "pupil":
            person["year_group"] = f"Year {rng.randint(1, 13)}"
            if rng.random() < 0.03:
                person["no_publish"] = True
        elif role == "staff":
            person["job"] = rng.choice(["Teacher", "Teaching Assistant", "Headteacher", "Business Manager"])
        if rng.random() < 0.15 and len(first) > 4:
            person["known_as"] = [first[:3] if rng.random() < 0.5 else first[:4]]
        people.append(person)
    return {
        "school": SCHOOL,
        "trust": {"name": "Vale Learning Trust", "aliases": ["VLT", "the Trust"]},
        "timezone": "Europe/London",
        "working_hours": {
            "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
            "start": "08:40",
            "end": "15:20",
            "breaks": [["10:30", "10:45"], ["12:00", "13:00"]],
        },
        "people": people,
    }


# Sentences with slots: {pupil} {staff} {parent} {first} {school} {phone} {email} {url} {price} {date} {score}
BENIGN_EN = [
    "Lovely walk along the canal this morning.", "I could murder a curry right now.",
    "Absolutely killing it at the gym today.", "The zoo animals were wild, the kids loved the penguins.",
    "Tickets are {price} each, doors open at 7.", "Final score {score}, what a game!",
    "Booked our holiday for {date}, can't wait.", "Anyone know a good plumber near Frome?",
    "Hope the rain holds off for the weekend.", "My daughter's first swimming badge today, so proud.",
    "Electricity bill came in at {price}, ouch.", "Summer can't come soon enough.",
    "Mark my words, we'll win the league this year.", "Reading a brilliant book about the Tudors.",
    "New sourdough recipe turned out perfectly.", "Happy birthday to my amazing sister!",
    "Grace period on the parking ended, {price} fine, unbelievable.", "This traffic is criminal.",
    "Finally finished painting the spare room.", "Bake sale at church on Saturday, all welcome.",
    "Ran 10k in 49:12, new personal best.", "Great article on the science of reading: {url}",
]  # fmt: skip
BENIGN_CY = [
    "Noson braf ar y traeth heno.", "Diwrnod gwych yn y mynyddoedd efo'r teulu.",
    "Llongyfarchiadau i'r tîm rygbi ar ennill {score}!", "Dw i'n gallu bwyta ceffyl ar ôl y daith gerdded.",
    "Haf o'r diwedd!", "Eira ar yr Wyddfa bore 'ma.", "Amser paned a chacen.",
    "Pwy sy'n dod i'r gig nos Sadwrn?", "Mae'r tywydd yn ofnadwy heddiw, glaw trwy'r dydd.",
]  # fmt: skip
RISKY_EN = [
    "Add me on Snapchat, my number is {phone}.", "Email me on {email} if you get stuck.",
    "{pupil} was an absolute nightmare in class today.", "{staff} thinks he runs the place. Pathetic.",
    "{parent} is a liar and everyone at the school gate knows it.",
    "Between us, {school} is going to close the sixth form next year.",
    "The new homework policy is the worst idea SLT have had.", "Great trip to the zoo with Year 4 today!",
    "{pupil}'s parents are splitting up, poor kid, that explains the grades.",
    "{first} has just been diagnosed with diabetes, keep an eye on her in PE.",
    "What a fucking shit week.", "Those people are animals and should be shipped out.",
    "Selling knock-off designer bags, message me.", "I'll smash the windows of that school.",
    "He sends me pictures and asks me to keep it secret, is that normal?",
    "Join the fight to take our country back from the invaders.", "Highly recommend {staff} for any role.",
    "A journalist asked me about the exclusions story so I told them everything.",
    "Here's the whole revision guide scanned as a PDF, enjoy.", "Vote Green, kids, tell your parents!",
    "Ofsted came in, we got Requires Improvement, not public yet.", "Proud to teach at {school}!",
]  # fmt: skip
RISKY_CY = [
    "Mae'r pennaeth yn anobeithiol, dydi hi'n gwrando ar neb.", "Ysgol ffycin da i ddim.",
    "Rhwng ni, mae'r ysgol am gau'r uned feithrin ym mis Medi.",
    "Mae dyn ar-lein yn gofyn i mi anfon lluniau a chadw'r peth yn gyfrinach.",
    "Wedi dilyn rhai o'r plant ar Instagram.",
    "Os ydi'r ysgol yn gwahardd fy mab eto, dw i'n mynd i roi cweir i'r pennaeth.",
]  # fmt: skip
ACTIONS = ["post"] * 12 + [
    "message",
    "comment",
    "friend_request",
    "follow",
    "share",
    "profile_update",
    "recommendation",
]
PLATFORMS = [
    "facebook",
    "x",
    "instagram",
    "linkedin",
    "whatsapp",
    "tiktok",
    "youtube",
    "blog",
    "forum",
    "other",
]
BIOS = [
    "",
    "Views my own.",
    "Teacher. Runner.",
    "Fy marn i fy hun.",
    "Mum of two, coffee, books",
    "Thornbury Park teacher",
]


def _fill(sentence: str, rng: random.Random, names: dict[str, list[str]]) -> str:
    def person(role: str) -> str:
        pool = names.get(role) or ["Sam Smith"]
        return rng.choice(pool)

    return (
        sentence.replace("{pupil}", person("pupil"))
        .replace("{staff}", person("staff"))
        .replace("{parent}", person("parent"))
        .replace("{first}", person("pupil").split()[0])
        .replace("{school}", rng.choice(SCHOOL_NAMES))
        .replace("{phone}", f"07700 9{rng.randint(0, 99999):05d}")
        .replace("{email}", f"{rng.choice(FIRST_EN).lower()}.{rng.randint(1, 99)}@gmail.com")
        .replace("{url}", f"https://example.org/{rng.randint(1000, 9999)}")
        .replace("{price}", f"£{rng.randint(1, 400)}.{rng.randint(0, 99):02d}")
        .replace("{date}", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026")
        .replace("{score}", f"{rng.randint(0, 5)}-{rng.randint(0, 5)}")
    )


def make_posts(n: int, profile: dict[str, Any], rng: random.Random) -> tuple[list[dict[str, Any]], int]:
    """n varied posts (about half benign, about an eighth Welsh, from a few words to a few paragraphs) and how
    many are Welsh."""
    names: dict[str, list[str]] = {}
    for p in profile["people"]:
        names.setdefault(p["role"], []).append(p["name"])
    posts = []
    n_welsh = 0
    start = dt.datetime(2026, 3, 9, 6, 0)
    for i in range(n):
        welsh = rng.random() < 0.12
        n_welsh += welsh
        benign_pool, risky_pool = (BENIGN_CY, RISKY_CY) if welsh else (BENIGN_EN, RISKY_EN)
        shape = rng.random()
        sentences = 1 if shape < 0.35 else rng.randint(2, 6) if shape < 0.9 else rng.randint(12, 40)
        risky = rng.random() < 0.5
        parts = [_fill(rng.choice(benign_pool), rng, names) for _ in range(sentences)]
        if risky:
            parts.insert(rng.randrange(len(parts) + 1), _fill(rng.choice(risky_pool), rng, names))
        if sentences >= 12:  # paragraphs
            text = "\n\n".join(" ".join(parts[j : j + 5]) for j in range(0, len(parts), 5))
        else:
            text = " ".join(parts)
        if shape < 0.08:  # a few words only
            text = " ".join(text.split()[: rng.randint(2, 5)])
        action = rng.choice(ACTIONS)
        direct = action in ("message", "friend_request", "follow") or rng.random() < 0.05
        post: dict[str, Any] = {
            "id": f"b{i}",
            "text": text,
            "account": "school" if rng.random() < 0.05 else "personal",
            "author_role": rng.choices(["staff", "parent", "pupil", "governor", "public"], [70, 18, 5, 3, 4])[
                0
            ],
            "platform": rng.choice(PLATFORMS),
            "audience": "direct" if direct else rng.choice(["public", "friends"]),
            "action": action,
            "posted_at": (start + dt.timedelta(minutes=rng.randint(0, 7 * 24 * 60))).isoformat(),
            "device": "school" if rng.random() < 0.1 else "personal",
            "profile": {
                "display_name": rng.choice(["", "Mr T", "Miss Jones", "Thornbury Park PE"]),
                "bio": rng.choice(BIOS),
            },
        }
        if direct or action in ("comment", "recommendation"):
            post["recipient_role"] = rng.choice(["staff", "parent", "pupil", "public"])
        if rng.random() < 0.1:
            people = rng.sample(names.get("pupil", ["Sam Smith"]), k=1) if rng.random() < 0.5 else ["pupils"]
            post["images"] = [
                {"description": "children at a school event", "people": people, "consent": rng.random() < 0.5}
            ]
        posts.append(post)
    return posts, n_welsh


def adversarial_inputs(
    profile: dict[str, Any], posts: list[dict[str, Any]], scale: float
) -> list[tuple[str, str]]:
    """Inputs chosen to make a careless regex or matcher go quadratic or worse."""
    mb = int(1_048_576 * scale)
    corpus = "\n".join(p["text"] for p in posts)
    realistic = (corpus * (mb // max(1, len(corpus)) + 1)).encode("utf-8")[:mb].decode("utf-8", "ignore")
    name = profile["people"][0]["name"]
    k = int(100_000 * scale)
    return [
        (f"{mb / 1_048_576:.1f} MB of ordinary posts", realistic),
        (f"'a' x {k} + '!'", "a" * k + "!"),
        (f"'!' x {2 * k}", "!" * (2 * k)),
        (f"space x {2 * k}", " " * (2 * k)),
        (f"'0' x {k} (digits)", "0" * k),
        (f"name fragment x {k // 10}", (name.split()[0] + " " + name.split()[-1][:3] + " ") * (k // 10)),
        (f"'{name.split()[0]}' x {k // 5}", (name.split()[0] + " ") * (k // 5)),
        (f"emoji x {k}", "😂" * k),
        (f"'@' x {k}", "@" * k),
        (f"'a@b.' x {k // 4}", "a@b." * (k // 4)),
        (f"'.@' x {k // 2}", ".@" * (k // 2)),
        (f"'x.' x {k // 2} + '@'", "x." * (k // 2) + "@"),
        (f"'http://' x {k // 7}", "http://" * (k // 7)),
        (f"'07700 ' x {k // 6}", "07700 " * (k // 6)),
        (f"'f u c k ' x {k // 8}", "f u c k " * (k // 8)),
    ]


# ----------------------------------------------------------------------------------------------------
# Engines
# ----------------------------------------------------------------------------------------------------


@dataclass
class Result:
    engine: str
    posts: int = 0
    seconds: float = 0.0
    setup_seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    note: str = ""
    error: str = ""

    @property
    def throughput(self) -> float:
        return self.posts / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies_ms:
            return math.nan
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]

    def summary(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if k != "latencies_ms"}
        d.update(
            throughput=self.throughput, p50_ms=self.pct(0.5), p99_ms=self.pct(0.99), max_ms=self.pct(1.0)
        )
        return d


def make_ours(profile: dict[str, Any]) -> Callable[[dict[str, Any]], Any]:
    from safesocial.screening import Screener

    screeners = [Screener.for_policy(policy, profile) for policy in POLICIES]
    state = {"i": 0}

    def screen(post: dict[str, Any]) -> Any:
        state["i"] += 1
        return screeners[state["i"] % len(screeners)].screen(post)

    return screen


def make_presidio(entities: list[str] | None = None) -> Callable[[dict[str, Any]], Any]:
    """Presidio's analyzer with its pattern recognizers on a blank spaCy pipeline. `entities=None` is its
    default: every loaded pattern recognizer runs; a list runs only the recognizers for those entities."""
    import tldextract

    # The e-mail recognizer would otherwise fetch the public suffix list from the network.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())  # type: ignore[assignment]
    import spacy
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    model_dir = tempfile.mkdtemp(prefix="safesocial-bench-spacy-")
    spacy.blank("en").to_disk(model_dir)  # a blank pipeline: tokenizer only, nothing downloaded
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model_dir}],
        }
    )
    nlp_engine = provider.create_engine()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    registry.recognizers = [
        r for r in registry.recognizers if isinstance(r, PatternRecognizer | PhoneRecognizer)
    ]  # patterns and libphonenumber rules only: no NER
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])

    def analyze(post: dict[str, Any]) -> Any:
        return analyzer.analyze(text=post["text"], language="en", entities=entities)

    return analyze


def make_profanity() -> Callable[[dict[str, Any]], Any]:
    from profanity_check import predict_prob

    def predict(post: dict[str, Any]) -> Any:
        return predict_prob([post["text"]])

    return predict


def run_engine(
    name: str,
    factory: Callable[[], Callable[[dict[str, Any]], Any]],
    posts: list[dict[str, Any]],
    warmup: int,
) -> tuple[Result, Callable[[dict[str, Any]], Any] | None, list[Any]]:
    result = Result(engine=name)
    try:
        t0 = time.perf_counter()
        fn = factory()
        result.setup_seconds = time.perf_counter() - t0
    except Exception as exc:  # a missing peer is reported in the table, not fatal
        result.error = f"{type(exc).__name__}: {exc}"
        return result, None, []
    for post in posts[:warmup]:
        fn(post)
    # Only a label of each answer is kept (our verdict): holding 10,000 whole answers alive would make the
    # garbage collector's work grow with the run and measure the harness, not the engine.
    outputs = []
    clock = time.perf_counter_ns
    start = clock()
    for post in posts:
        t = clock()
        outputs.append(getattr(fn(post), "verdict", None))
        result.latencies_ms.append((clock() - t) / 1e6)
    result.seconds = (clock() - start) / 1e9
    result.posts = len(posts)
    return result, fn, outputs


def _describe(out: Any) -> str:
    if hasattr(out, "verdict"):
        return str(out.verdict)
    if isinstance(out, list):
        return f"{len(out)} found"
    try:
        return f"prob {float(out[0]):.2f}"
    except (TypeError, IndexError, ValueError):
        return ""


def _timed_child(fn: Callable[[dict[str, Any]], Any], post: dict[str, Any], queue: Any) -> None:
    t = time.perf_counter()
    try:
        out = fn(post)
        queue.put((time.perf_counter() - t, _describe(out)))
    except Exception as exc:
        queue.put((time.perf_counter() - t, f"error {type(exc).__name__}"))


def time_bounded(
    fn: Callable[[dict[str, Any]], Any], post: dict[str, Any], limit: float
) -> tuple[float | None, str]:
    """Seconds taken (None on time-out) and a short description, measured in a forked child."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_timed_child, args=(fn, post, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None, f"(> {limit:.0f} s)"
    try:
        seconds, detail = queue.get(timeout=5)
    except Exception:
        return None, f"child exited {child.exitcode}"
    return seconds, detail


# ----------------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Screening benchmark (prints a table; not a test).")
    ap.add_argument(
        "--posts", type=int, default=None, help="generated posts (default 10000; 600 with --quick)"
    )
    ap.add_argument(
        "--roster", type=int, default=None, help="people in the profile (default 2000; 300 with --quick)"
    )
    ap.add_argument("--quick", action="store_true", help="small sizes and 1/10-size adversarial inputs")
    ap.add_argument("--seed", type=int, default=20260310)
    ap.add_argument("--limit", type=float, default=30.0, help="seconds allowed per adversarial input")
    ap.add_argument("--no-peers", action="store_true", help="run our pipeline only")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = ap.parse_args(argv)
    n_posts = args.posts if args.posts is not None else (600 if args.quick else 10_000)
    n_roster = args.roster if args.roster is not None else (300 if args.quick else 2_000)
    scale = 0.1 if args.quick else 1.0

    pinned = "not pinned"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
        pinned = "pinned to core 0"
    rng = random.Random(args.seed)
    profile = make_profile(n_roster, rng)
    posts, n_welsh = make_posts(n_posts, profile, rng)
    sizes = [len(p["text"]) for p in posts]
    from safesocial.screening._native_guard import compiled_state

    build = {"compiled": "compiled screener", "none": "screener from source"}.get(
        compiled_state()[1], "screener from source (compiled build stale or switched off)"
    )
    print(
        f"SafeSocial screening benchmark  {dt.datetime.now().isoformat(timespec='seconds')}  "
        f"Python {platform.python_version()}  {pinned}  {build}"
    )
    print(
        f"{len(posts)} posts (seed {args.seed}; {min(sizes)}-{max(sizes)} chars, "
        f"median {statistics.median(sizes):.0f}; {n_welsh} in Welsh), roster of {n_roster} people"
    )

    engines: list[tuple[str, Callable[[], Callable[[dict[str, Any]], Any]]]] = [
        ("safesocial (5 packs)", lambda: make_ours(profile))
    ]
    if not args.no_peers:
        engines += [
            (PRESIDIO_ALL, make_presidio),
            (PRESIDIO_SHARED, lambda: make_presidio(PRESIDIO_ENTITIES)),
            ("alt-profanity-check", make_profanity),
        ]

    results: list[Result] = []
    fns: dict[str, Callable[[dict[str, Any]], Any]] = {}
    verdicts: Counter[str] = Counter()
    for name, factory in engines:
        result, fn, outputs = run_engine(name, factory, posts, warmup=min(50, len(posts)))
        results.append(result)
        if fn is not None:
            fns[name] = fn
        if name.startswith("safesocial"):
            verdicts = Counter(str(o) for o in outputs)

    print()
    header = ("engine", "posts", "setup s", "posts/s", "p50 ms", "p99 ms", "max ms")
    print(
        f"{header[0]:24s} "
        + " ".join(f"{h:>{w}s}" for h, w in zip(header[1:], (7, 8, 9, 8, 8, 8), strict=True))
    )
    for r in results:
        if r.error:
            print(f"{r.engine:24s}  not run: {r.error}")
            continue
        print(
            f"{r.engine:24s} {r.posts:7d} {r.setup_seconds:8.2f} {r.throughput:9.1f} "
            f"{r.pct(0.5):8.3f} {r.pct(0.99):8.3f} {r.pct(1.0):8.2f}"
        )
    by_name = {r.engine: r for r in results if not r.error}
    ours = by_name.get("safesocial (5 packs)")
    for peer in (PRESIDIO_ALL, PRESIDIO_SHARED):
        presidio = by_name.get(peer)
        if ours and presidio:
            print(
                f"ratio ours/{peer}: throughput {ours.throughput / presidio.throughput:.2f}x, "
                f"p50 latency {ours.pct(0.5) / presidio.pct(0.5):.2f}x, "
                f"p99 latency {ours.pct(0.99) / presidio.pct(0.99):.2f}x"
            )
    if verdicts:
        print("our verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))

    print()
    print(f"bounded-time checks (each in a child process, limit {args.limit:.0f} s):")
    names = list(fns)
    print(f"  {'input':32s} {'chars':>9s}  " + "  ".join(f"{n[:28]:>28s}" for n in names))
    adversarial = []
    for label, text in adversarial_inputs(profile, posts, scale):
        post = {
            "id": "adv", "text": text, "account": "personal", "author_role": "staff",
            "platform": "facebook", "audience": "public", "posted_at": "2026-03-10T19:40:00",
        }  # fmt: skip
        cells, row = [], {"input": label, "chars": len(text)}
        for name in names:
            seconds, detail = time_bounded(fns[name], post, args.limit)
            row[name] = {"seconds": seconds, "detail": detail}
            took = "TIMEOUT" if seconds is None else f"{seconds * 1000:.1f} ms"
            cells.append(f"{took} {detail[:16]}")
        adversarial.append(row)
        print(f"  {label:32s} {len(text):9d}  " + "  ".join(f"{c:>28s}" for c in cells))

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "posts": len(posts), "roster": n_roster, "seed": args.seed, "pinned": pinned, "build": build,
            "results": [r.summary() for r in results], "verdicts": dict(verdicts), "adversarial": adversarial,
        }  # fmt: skip
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
