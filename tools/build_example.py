"""Rebuild resources/example.journey, the bundled example project, from the built-in templates, with some
research evidence and KPIs on the e-commerce journeys."""

from __future__ import annotations

import sys
from pathlib import Path

from journeydesk.core import commands
from journeydesk.core.history import History
from journeydesk.store.store import Store

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "example.journey"
JOURNEYS = (("ecommerce", "en"), ("saas-onboarding", "en"), ("support", "en"), ("ecommerce", "ja"))


def build(path: Path = EXAMPLE) -> Path:
    path.unlink(missing_ok=True)
    with Store.create(path) as store:
        document = store.load()
        history = History(document, store)
        history.do(commands.update_project(
            document, title="JourneyDesk example project", client="Example Outdoor Co.",
            author="JourneyDesk",
        ))
        for name, lang in JOURNEYS:
            history.do(commands.add_template(document, name, lang))
        for journey_name, items, kpis, observed in (EVIDENCE_EN, EVIDENCE_JA):
            _research(history, journey_name, items, kpis, observed)
    return path


# (card text or stage name, quote or finding, source, kind of source, date, participant)
Item = tuple[str, str, str, str, str, str]
# (stage name or None for the journey, name, typed value, baseline, target, direction, owner, data source)
KpiRow = tuple[str | None, str, float, float | None, float, str, str, str]

EVIDENCE_EN: tuple[str, tuple[Item, ...], tuple[KpiRow, ...], tuple[str, ...]] = (
    "E-commerce purchase journey",
    (
        ("Shipping cost shown only at the last step", "I only saw the delivery fee on the very last screen, "
         "so I closed the tab.", "Interview – Emma (P1)", "interview", "2024-03-05", "P1 (first-time buyer)"),
        ("Shipping cost shown only at the last step", "62 % of mobile sessions leave the checkout at the "
         "shipping step.", "GA4 funnel exploration, March", "analytics", "2024-03-11", "All mobile visitors"),
        ("Shipping cost shown only at the last step",
         "Four of five testers were surprised by the delivery fee.", "Checkout usability test, round 2",
         "usability_test", "2024-03-07", "Round 2 testers"),
        ("Size guide is hard to read on a phone",
         "People zoom into the size table and scroll sideways on phones.", "Store and phone observation",
         "observation", "2024-03-08", "Walk-in shoppers"),
        ("Size guide is hard to read on a phone", "Size questions are the top chat topic before a first "
         "order (31 % of chats).", "Zendesk chat tags, Q1", "support_ticket", "2024-03-12", "Chat customers"),
        ("Exchanges only by phone during office hours", "I wanted to swap the size but could only call on a "
         "weekday.", "Interview – Daniel (P2)", "interview", "2024-03-06", "P2 (returning buyer)"),
        ("Purchase", "Industry studies put checkout abandonment near 70 % on average.",
         "Baymard checkout benchmark", "desk_research", "2024-02-20", ""),
    ),
    (
        (None, "Conversion rate (%)", 2.1, 1.8, 2.0, "up", "E-commerce lead", "GA4"),
        ("Purchase", "Checkout completion (%)", 38, 30, 45, "up", "Web team", "GA4 funnel"),
        ("Post-purchase", "Exchanges by phone per 100 orders", 6, 7, 4, "down", "Customer service",
         "Call log"),
    ),
    ("Shipping cost shown only at the last step", "Size guide is hard to read on a phone",
     "Exchanges only by phone during office hours"),
)
EVIDENCE_JA: tuple[str, tuple[Item, ...], tuple[KpiRow, ...], tuple[str, ...]] = (
    "ECサイト購入ジャーニー",
    (
        ("送料が最終画面で初めて表示される", "送料が最後の画面で出てきて、そこでやめました。",
         "インタビュー記録 #3", "interview", "2024-04-12", "参加者C（30代女性・初回購入）"),
        ("送料が最終画面で初めて表示される", "スマホでは配送方法の選択画面で離脱が最も多い。",
         "GA4 探索レポート", "analytics", "2024-04-22", "モバイル訪問者"),
        ("通知が遅れる上、昼時は受け取りカウンターが混雑する",
         "昼の12時台、受け取りカウンターに平均6人が並んでいた。", "店頭観察メモ", "observation", "2024-04-16",
         "来店客"),
    ),
    (
        ("購入", "購入完了率（%）", 36, 30, 45, "up", "EC チーム", "GA4 ファネル"),
    ),
    ("送料が最終画面で初めて表示される",),
)


def _research(history: History, journey_name: str, items: tuple[Item, ...], kpis: tuple[KpiRow, ...],
              observed: tuple[str, ...]) -> None:
    """Evidence on cards and stages, the cards it backs marked observed, and KPIs, each as the app makes
    them."""
    document = history.document
    journey = next(j for j in document.journeys() if j.name == journey_name)
    stages = {s.name: s.id for s in document.stages(journey.id)}
    cards = {c.text: c.id for c in document.cards(journey.id)}
    for place, text, source, kind, day, participant in items:
        history.do(commands.add_evidence(document, cards.get(place) or stages[place], text, source=source,
                                         source_type=kind, date=day, participant=participant))
    history.do(commands.set_evidence_status(document, [cards[text] for text in observed], "observed"))
    for stage, name, value, baseline, target, direction, owner, data_source in kpis:
        history.do(commands.set_kpi(document, journey.id, name, stage_id=stages[stage] if stage else None,
                                    value=value, baseline=baseline, target=target, direction=direction,
                                    owner=owner, data_source=data_source))


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE))
