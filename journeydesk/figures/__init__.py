"""Every figure the command line, charts, map overlay and report show, computed from the store's sums (no
Qt)."""

from journeydesk.figures.emotion import EMOTION_KINDS, EmotionComparison, emotion_comparison
from journeydesk.figures.frozen import metric_records
from journeydesk.figures.groups import BY, by_channel, by_stage, by_touchpoint, card_order, figures
from journeydesk.figures.journey import (
    FUNNEL_KINDS,
    Funnel,
    JourneyFigures,
    MetricFigures,
    funnel,
    journey_figures,
)
from journeydesk.figures.kpis import KpiFigure, KpiStatus, journey_kpis, kpi_status, scorecard
from journeydesk.figures.metric import (
    Figure,
    Metric,
    datasets_for,
    emotion_scale,
    format_value,
    metric_kind,
    metrics_in,
    resolve_metric,
    value_of,
)
from journeydesk.figures.places import Places, folded
from journeydesk.figures.time import PERIODS, Series, over_time, with_gaps
from journeydesk.figures.trends import Trends, emotion_comparisons, series, trends

__all__ = [
    "BY",
    "EMOTION_KINDS",
    "FUNNEL_KINDS",
    "PERIODS",
    "EmotionComparison",
    "Figure",
    "Funnel",
    "JourneyFigures",
    "KpiFigure",
    "KpiStatus",
    "Metric",
    "MetricFigures",
    "Places",
    "Series",
    "Trends",
    "by_channel",
    "by_stage",
    "by_touchpoint",
    "card_order",
    "datasets_for",
    "emotion_comparison",
    "emotion_comparisons",
    "emotion_scale",
    "figures",
    "folded",
    "format_value",
    "funnel",
    "journey_figures",
    "journey_kpis",
    "kpi_status",
    "metric_kind",
    "metric_records",
    "metrics_in",
    "over_time",
    "resolve_metric",
    "scorecard",
    "series",
    "trends",
    "value_of",
    "with_gaps",
]
