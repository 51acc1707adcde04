"""The PDF's dates: the project's last edit, or SOURCE_DATE_EPOCH when it is set, as reportlab stamps them."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from journeydesk.i18n import t
from journeydesk.report.options import ReportError, ReportOptions

UNKNOWN = 946684800  # reportlab's invariant date, 2000-01-01, for a report whose project time is not known


@dataclass(frozen=True, slots=True)
class PdfTime:
    """What reportlab's ``PDFDate`` reads from a document's time stamp: a UTC time, no offset."""

    t: int
    YMDhms: tuple[int, ...]
    dhh: int = 0
    dmm: int = 0


def pdf_seconds(options: ReportOptions) -> int:
    """Seconds since 1970 (UTC) for the PDF's creation and modification dates.

    ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) wins over ``options.edited_at``.
    """
    written = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if written:
        if not written.isdigit() or int(written) > 253402300799:
            raise ReportError(t("SOURCE_DATE_EPOCH is '{value}', which is not a time in whole seconds since "
                                "1970 (UTC). Correct it or unset it.", value=written[:40]))
        return int(written)
    return UNKNOWN if options.edited_at is None else options.edited_at


def pdf_time(seconds: int) -> PdfTime:
    return PdfTime(seconds, tuple(time.gmtime(seconds))[:6])
