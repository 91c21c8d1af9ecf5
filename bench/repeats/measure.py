#!/usr/bin/env python3
"""Measures repeat linking on a linked record (run `./upright link-repeats --data-dir DIR` first; SQLite only).

1. Precision: reads bench/repeats/judged-links.tsv (links judged by hand, with both texts) and prints the share judged
   "repeat" in each score band and overall, weighted by how many links of the record fall in each band.
2. Recall on near-identical repeats, found independently by an exact method: for every state, every pair of
   recommendations from different cycles whose normalised word sets overlap by at least 0.9 (shared words / words of
   the longer) is a near-identical repeat; recall is the share of those pairs the record links (later → earlier, not
   rejected), and, more leniently, the share whose later recommendation is linked to an earlier one with the same
   normalised words as the pair's earlier one (the same text made twice in one review by different states).
3. Coverage, to compare with the field's hand count (18.8 % of cycle-1 recommendations linked to a cycle-2 one): the
   share of cycle-1 recommendations, of states with recommendations in both cycles, linked from a cycle-2 one.

Usage: bench/repeats/measure.py DATA_DIR
"""
import csv, os, re, sqlite3, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def words(text):
    t = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return frozenset(re.findall(r"[a-z0-9]+", t))


def overlap(a, b):
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def main(data_dir):
    db = sqlite3.connect(os.path.join(data_dir, "upright.sqlite"))
    links = {}
    for e, l, score, decision in db.execute("select earlier_id, later_id, score, decision from repeat_link"):
        if decision != "rejected":
            links[(e, l)] = score
    print(f"links in the record (not rejected): {len(links):,}")

    # 1. precision from the hand judgements
    bands = [(0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]
    size = {b: sum(1 for s in links.values() if b[0] <= s < b[1]) for b in bands}
    judged = defaultdict(lambda: [0, 0])
    with open(os.path.join(HERE, "judged-links.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            s = float(row["score"])
            band = next(b for b in bands if b[0] <= s < b[1])
            judged[band][0] += row["repeat"] == "yes"
            judged[band][1] += 1
    total = sum(n for _, n in judged.values())
    weighted = sum(size[b] * judged[b][0] / judged[b][1] for b in bands if judged[b][1]) / max(1, sum(size.values()))
    print(f"\nprecision, {total} links judged by hand:")
    print("| score band | links in the record | judged | repeats | precision |\n|---|---:|---:|---:|---:|")
    for b in bands:
        y, n = judged[b]
        print(f"| {b[0]:.1f}–{min(b[1], 1.0):.1f} | {size[b]:,} | {n} | {y} | {100 * y / n:.1f} % |")
    print(f"| all (weighted by the band sizes) | {sum(size.values()):,} | {total} | {sum(y for y, _ in judged.values())} | {100 * weighted:.1f} % |")

    # 2. recall on near-identical repeats
    recs = defaultdict(list)
    for rid, state, cycle, text in db.execute("""select r.id, v.state_code, s.cycle, r.text from recommendation r
            join review v on v.id = r.review_id join session s on s.number = v.session_number where r.pledge = 0"""):
        w = words(text)
        if len(w) >= 3:
            recs[state].append((rid, cycle, w))
    pairs = found = lenient = 0
    linked_from = defaultdict(set)
    for (e, l) in links:
        linked_from[l].add(e)
    by_id = {rid: w for rs in recs.values() for rid, _, w in rs}
    for state, rs in recs.items():
        for rid_l, cyc_l, w_l in rs:
            for rid_e, cyc_e, w_e in rs:
                if cyc_e >= cyc_l or overlap(w_e, w_l) < 0.9:
                    continue
                pairs += 1
                if (rid_e, rid_l) in links:
                    found += 1
                    lenient += 1
                elif any(by_id.get(x) == w_e for x in linked_from[rid_l]):
                    lenient += 1
    print(f"\nrecall on near-identical repeats (word overlap >= 0.9, exact pairwise method over every state): {pairs:,} pairs")
    print(f"- linked exactly: {found:,} ({100 * found / max(1, pairs):.1f} %)")
    print(f"- linked to the pair's earlier one or to a copy of its text in the same cycle: {lenient:,} ({100 * lenient / max(1, pairs):.1f} %)")

    # 3. coverage against the field's 18.8 %
    cycles = defaultdict(set)
    for state, rs in recs.items():
        for _, c, _ in rs:
            cycles[state].add(c)
    both = {s for s, cs in cycles.items() if 1 in cs and 2 in cs}
    cycle1 = [rid for s in both for rid, c, _ in recs[s] if c == 1]
    cycle2 = {rid for s in both for rid, c, _ in recs[s] if c == 2}
    linked1 = {e for (e, l) in links if l in cycle2}
    covered = sum(1 for rid in cycle1 if rid in linked1)
    print(f"\ncycle-1 recommendations of the {len(both)} states with recommendations in cycles 1 and 2: {len(cycle1):,};"
          f" linked from a cycle-2 one: {covered:,} ({100 * covered / max(1, len(cycle1)):.1f} %; the field's hand count: 18.8 %)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
