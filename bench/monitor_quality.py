"""Quality of the monitor's detectors on the gold corpus.

Run: python bench/monitor_quality.py  (from the repository root; PYTHONPATH=. if not installed)

For every corpus article, `detect` runs on the body as a reader sees it ("\n\n".join of
`body_paragraphs()`), with the title, the publication date as reference and the portal's province.
Printed, separately for held-out articles, the others, and all:

* sessions: precision / recall / F1 matching (body, number, date, role), and a looser score
  on (body, number);
* figures: precision / recall / F1 matching (raw, value, kind);
* metric keys: over the gold figures that were found, pairs of figures are "same" when their gold
  metric_group is equal; pairwise precision / recall / F1 of "same metric key" against that;
* every seed article's held session (number and date) found or not.

Held-out articles were never used to tune the rules: their numbers are the honest estimate.
The differences from gold are listed for the other articles only (pass --all-differences to list
those of held-out articles too: reading them is tuning on them).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reformcrawl.mirror.corpus import CorpusArticle, load_corpus  # noqa: E402
from reformcrawl.core.detect import Detected, detect  # noqa: E402
from reformcrawl.portals import get_portal  # noqa: E402


def run(article: CorpusArticle) -> Detected:
    text = "\n\n".join(article.body_paragraphs())
    province = get_portal(article.portal).province
    return detect(article.title, text, reference=article.published_at.date(), province=province)


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: Counter, gold: Counter) -> None:
        self.tp += sum((predicted & gold).values())
        self.fp += sum((predicted - gold).values())
        self.fn += sum((gold - predicted).values())

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"  {name:<28} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def session_keys(sessions, strict: bool) -> Counter:
    if strict:
        return Counter((s.body, s.number, s.date if isinstance(s.date, (str, type(None))) else
                        s.date.isoformat(), s.role) for s in sessions)
    return Counter((s.body, s.number) for s in sessions)


def figure_key(f) -> tuple:
    return (f.raw, round(f.value, 6), f.kind)


def main(argv: list[str]) -> int:
    show_all = "--all-differences" in argv
    articles = load_corpus()
    started = time.perf_counter()
    results = {a.key: run(a) for a in articles}
    elapsed = time.perf_counter() - started
    subsets = {
        "held_out=true": [a for a in articles if a.held_out],
        "held_out=false": [a for a in articles if not a.held_out],
        "all": list(articles),
    }
    print(f"monitor quality on {len(articles)} corpus articles ({elapsed * 1000:.0f} ms for all detect calls)")
    misses: list[str] = []
    key_errors: list[str] = []
    for name, subset in subsets.items():
        strict, loose, figs = Score(), Score(), Score()
        pairs_same_gold = pairs_same_pred = pairs_both = 0
        matched: list[tuple[str, str]] = []  # (gold metric_group, predicted metric) per found figure
        for a in subset:
            found = results[a.key]
            strict.add(session_keys(found.sessions, True), session_keys(a.sessions, True))
            loose.add(session_keys(found.sessions, False), session_keys(a.sessions, False))
            figs.add(Counter(figure_key(f) for f in found.figures), Counter(figure_key(f) for f in a.figures))
            predicted = {}
            for f in found.figures:
                predicted.setdefault(figure_key(f), []).append(f.metric)
            for g in a.figures:
                options = predicted.get(figure_key(g))
                if options:
                    matched.append((g.metric_group, options.pop(0)))
            if name == "all" and (show_all or not a.held_out):
                for k in session_keys(a.sessions, True) - session_keys(found.sessions, True):
                    misses.append(f"    {a.key}: missed session {k}")
                for k in session_keys(found.sessions, True) - session_keys(a.sessions, True):
                    misses.append(f"    {a.key}: extra session {k}")
                for k in Counter(figure_key(f) for f in a.figures) - Counter(figure_key(f) for f in found.figures):
                    misses.append(f"    {a.key}: missed figure {k}")
                for k in Counter(figure_key(f) for f in found.figures) - Counter(figure_key(f) for f in a.figures):
                    misses.append(f"    {a.key}: extra figure {k}")
        for (g1, p1), (g2, p2) in combinations(matched, 2):
            same_gold, same_pred = g1 == g2, p1 == p2
            if name == "held_out=false" and same_gold != same_pred:
                key_errors.append(f"    {'split' if same_gold else 'merged'}: {g1} / {g2} -> {p1} / {p2}")
            pairs_same_gold += same_gold
            pairs_same_pred += same_pred
            pairs_both += same_gold and same_pred
        kp = pairs_both / pairs_same_pred if pairs_same_pred else 1.0
        kr = pairs_both / pairs_same_gold if pairs_same_gold else 1.0
        kf = 2 * kp * kr / (kp + kr) if kp + kr else 0.0
        groups = {g for g, _ in matched}
        keys = {p for _, p in matched}
        print(f"\n{name} ({len(subset)} articles)")
        print(strict.line("sessions body+number+date+role"))
        print(loose.line("sessions body+number"))
        print(figs.line("figures raw+value+kind"))
        print(f"  {'metric keys (pairwise)':<28} P={kp:.3f} R={kr:.3f} F1={kf:.3f}  "
              f"(same-group pairs={pairs_same_gold}, same-key pairs={pairs_same_pred}, both={pairs_both}; "
              f"{len(matched)} figures, {len(groups)} gold groups, {len(keys)} keys)")

    revised = [a for a in articles if a.revision is not None]
    if revised:
        print("\nrevised articles, 'after' state (what the monitor sees when an article is edited)")
        for a in revised:
            text = "\n\n".join(a.body_paragraphs("after"))
            after = detect(a.title_in("after"), text, reference=a.published_at.date(),
                           province=get_portal(a.portal).province)
            gold = a.revision.figures if a.revision.figures is not None else a.figures
            score = Score()
            score.add(Counter(figure_key(f) for f in after.figures), Counter(figure_key(f) for f in gold))
            before_metrics = {f.metric: f.value for f in results[a.key].figures}
            moved = [f"{f.metric}: {before_metrics[f.metric]} -> {f.value}" for f in after.figures
                     if f.metric in before_metrics and before_metrics[f.metric] != f.value]
            print(score.line(a.key))
            print(f"    figures that moved: {moved or 'none'}")

    print("\nseed articles: held session found with the right number and date")
    all_ok = True
    for a in articles:
        if not a.key.endswith("/seed"):
            continue
        held = [s for s in a.sessions if s.role == "held"]
        found = [s for s in results[a.key].sessions if s.role == "held"]
        for g in held:
            ok = any(s.number == g.number and s.date is not None and s.date.isoformat() == g.date
                     and s.body == g.body for s in found)
            all_ok &= ok
            print(f"  {a.key:<22} session {g.number} {g.date}: {'ok' if ok else 'MISSED'}")
        if not held:
            extra = [s for s in found]
            print(f"  {a.key:<22} no session in gold; found {len(extra)}")
    if key_errors:
        print("\nmetric key disagreements (articles not held out)")
        print("\n".join(key_errors))
    if misses:
        print("\ndifferences from gold (" + ("all articles" if show_all else "articles not held out") + ")")
        print("\n".join(misses))
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
