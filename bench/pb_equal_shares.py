"""The Method of Equal Shares on 50,000 voters x 100 projects: the engine against pabutools.

The election is generated with a fixed seed: each voter approves about 5 projects (1 to 12,
normal around 5), drawn with a skewed popularity (weight 1 / rank^0.8: the favourite project
gets about 24,000 approvals, the least liked about 800), costs from 10,000 to 800,000 baht in
steps of 1,000, and a budget of 30 % of the total cost (not a whole amount per voter).

Both engines get the same election in one run: ours as a parsed ``Instance`` (the time
includes indexing the ballots), pabutools as its own ``Instance`` and ``ApprovalProfile``
built beforehand (not timed), with the engine's tie-breaking order. Both use exact
arithmetic (pabutools: gmpy2 rationals). The outcomes must be identical, in order.

add1 re-runs MES once per whole currency unit added to each voter's share. On the big
election pabutools would need about 70 runs of ~6.5 s, so add1 is compared on a smaller one
(``--add1-voters`` x ``--add1-projects``, default 2,000 x 30, a whole share per voter, where
pabutools' own ``voter_budget_increment=1`` is the same rule); the engine's add1 on the big
one is timed alone.

pabutools (GPL-3.0) is a test and bench dependency only; without it the script times the
engine alone and says so.

    .venv/bin/python bench/pb_equal_shares.py [--voters 50000] [--projects 100] [--seed 6] [--repeat 3]
        [--mes-only] [--add1-voters 2000] [--add1-projects 30]
"""

import argparse
import json
import random
import statistics
import sys
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))

from pb import Instance, Project, Vote, compute  # noqa: E402
from pb import equal_shares as mes  # noqa: E402
from pb.scores import id_key  # noqa: E402

try:
    from pabutools.election import ApprovalBallot, ApprovalProfile, Cost_Sat
    from pabutools.election import Instance as PabuInstance
    from pabutools.election import Project as PabuProject
    from pabutools.fractions import frac
    from pabutools.rules import method_of_equal_shares
    from pabutools.tiebreaking import TieBreakingRule
except ImportError:  # pabutools is a test/bench dependency (requirements-dev.txt)
    method_of_equal_shares = None


def election(voters, projects, seed, whole_share=False):
    rng = random.Random(seed)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(projects)]
    rng.shuffle(weights)
    ids = [str(j) for j in range(1, projects + 1)]
    items = {
        pid: Project(pid, Fraction(rng.choice([1, 2, 3, 5, 8]) * rng.randint(10, 100) * 1000), f"Project {pid}")
        for pid in ids
    }
    votes = []
    for i in range(1, voters + 1):
        size = min(projects, max(1, round(rng.gauss(5, 2))))
        chosen = set()
        while len(chosen) < size:
            chosen.update(rng.choices(ids, weights, k=size - len(chosen)))
        votes.append(Vote(str(i), tuple(sorted(chosen, key=int))))
    budget = (sum(p.cost for p in items.values()) * Fraction(3, 10)).__floor__()
    if whole_share:
        budget -= budget % voters
    meta = {
        "description": f"bench: {voters} voters, {projects} projects, seed {seed}",
        "num_projects": str(projects),
        "num_votes": str(voters),
        "budget": str(budget),
        "vote_type": "approval",
        "rule": "equalshares",
    }
    return Instance(meta, items, votes, ["project_id", "cost", "name"], ["voter_id", "vote"])


def pabutools_election(inst):
    projects = {pid: PabuProject(pid, frac(p.cost)) for pid, p in inst.projects.items()}
    pinst = PabuInstance(projects.values(), budget_limit=frac(inst.budget))
    profile = ApprovalProfile([ApprovalBallot(projects[pid] for pid in vote.projects) for vote in inst.votes])
    approvals = {}
    for vote in inst.votes:
        for pid in vote.projects:
            approvals[pid] = approvals.get(pid, 0) + 1
    ties = TieBreakingRule(lambda i, prof, proj: (-approvals.get(proj.name, 0), proj.cost, id_key(proj.name)))
    return pinst, profile, ties


def timed(function, repeat):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=50_000)
    parser.add_argument("--projects", type=int, default=100)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the engine (median); pabutools runs once")
    parser.add_argument("--mes-only", action="store_true", help="skip the add1 measurements")
    parser.add_argument("--add1-voters", type=int, default=2_000)
    parser.add_argument("--add1-projects", type=int, default=30)
    args = parser.parse_args()
    report = {"voters": args.voters, "projects": args.projects, "seed": args.seed}

    inst = election(args.voters, args.projects, args.seed)
    approvals = sum(len(v.projects) for v in inst.votes)
    print(
        f"election: {args.voters:,} voters, {args.projects} projects, {approvals / args.voters:.2f} approvals "
        f"per voter, budget {int(inst.budget):,} of {int(sum(p.cost for p in inst.projects.values())):,}"
    )
    ours_s, ours = timed(lambda: compute(inst, "equalshares"), args.repeat)
    print(f"MES, engine:    {ours_s:7.3f} s (median of {args.repeat}), {len(ours)} projects")
    report["mes_engine_s"] = round(ours_s, 4)
    if method_of_equal_shares is None:
        print("pabutools is not installed: engine only (pip install -r requirements-dev.txt)")
    else:
        pinst, profile, ties = pabutools_election(inst)
        start = time.perf_counter()
        theirs = [p.name for p in method_of_equal_shares(pinst, profile, sat_class=Cost_Sat, tie_breaking=ties)]
        pabu_s = time.perf_counter() - start
        same = theirs == ours
        print(f"MES, pabutools: {pabu_s:7.3f} s, {len(theirs)} projects")
        print(f"ratio {pabu_s / ours_s:.1f}x, identical outcome (same order): {same}")
        report.update(mes_pabutools_s=round(pabu_s, 4), mes_ratio=round(pabu_s / ours_s, 1), mes_identical=same)
        if not same:
            print("OUTCOMES DIFFER", ours, theirs)

    if not args.mes_only:
        add1_figures(inst, args, report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "pb_equal_shares.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(ROOT)}")


def add1_figures(inst, args, report):
    # add1 on the big election: the engine alone.
    approvals_index = mes.Approvals.of(inst)
    start = time.perf_counter()
    result = mes.add1(approvals_index, inst.budget)
    add1_s = time.perf_counter() - start
    print(
        f"add1, engine:   {add1_s:7.3f} s, {result.steps} raised shares, {result.runs} runs, "
        f"{len(result.selected)} projects, spent {int(sum(inst.projects[p].cost for p in result.selected)):,}"
    )
    report.update(add1_engine_s=round(add1_s, 3), add1_steps=result.steps, add1_runs=result.runs)

    # add1 against pabutools' iterated MES on a smaller election with a whole share per voter.
    small_n, small_m = args.add1_voters, args.add1_projects
    small = election(small_n, small_m, args.seed, whole_share=True)
    start = time.perf_counter()
    small_result = mes.add1(mes.Approvals.of(small), small.budget)
    small_s = time.perf_counter() - start
    print(
        f"add1 on {small_n:,} x {small_m} (share {small.budget // small_n} per voter), engine: {small_s:7.3f} s, "
        f"{small_result.steps} raised shares, {small_result.runs} runs"
    )
    report.update(
        add1_small=f"{small_n}x{small_m}", add1_small_engine_s=round(small_s, 3), add1_small_steps=small_result.steps
    )
    if method_of_equal_shares is not None:
        pinst, profile, ties = pabutools_election(small)
        start = time.perf_counter()
        theirs = method_of_equal_shares(
            pinst, profile, sat_class=Cost_Sat, tie_breaking=ties, voter_budget_increment=1
        )
        pabu_small_s = time.perf_counter() - start
        same = [p.name for p in theirs] == small_result.selected
        print(
            f"add1 on {small_n:,} x {small_m}, pabutools: {pabu_small_s:7.3f} s, ratio {pabu_small_s / small_s:.1f}x, "
            f"identical outcome: {same}"
        )
        report.update(
            add1_small_pabutools_s=round(pabu_small_s, 3),
            add1_small_ratio=round(pabu_small_s / small_s, 1),
            add1_small_identical=same,
        )


if __name__ == "__main__":
    main()
