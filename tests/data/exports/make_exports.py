"""Rebuild the export fixtures in this folder: files shaped as real tools write them.

Run ``python tests/data/exports/make_exports.py`` from the repository root. Every file comes from
its own fixed random seed, so a rebuild gives the same bytes. Each file copies the public export
format of one tool (column names, header rows, quoting, encoding, line endings, date formats,
preambles) and the mess that tool really produces; see the notes above each writer.

Touchpoint and stage names partly match the ecommerce template (its stages Awareness …
Post-purchase, its touchpoint cards' texts and channels); the others do not, so that matching
and creating missing names are both exercised.
"""

from __future__ import annotations

import csv
import io
import json
import random
import string
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _csv_text(rows: list[list[str]], *, delimiter: str = ",", newline: str = "\r\n",
              quoting: int = csv.QUOTE_MINIMAL) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerows(rows)
    return out.getvalue()


def _nps_answer(rng: random.Random, mood: float) -> int:
    """A 0–10 answer; ``mood`` (0…1) shifts the answers up."""
    base = rng.gauss(4.5 + 5.5 * mood, 2.2)
    return max(0, min(10, round(base)))


def _scale_answer(rng: random.Random, mood: float) -> int:
    """A 1–5 answer; ``mood`` (0…1) shifts the answers up."""
    return max(1, min(5, round(rng.gauss(1.8 + 3.0 * mood, 1.0))))


def _minutes_apart(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    span = int((end - start).total_seconds())
    return sorted(start + timedelta(seconds=rng.randrange(span)) for _ in range(count))


# --------------------------------------------------------------------------------------------
# Qualtrics: "Download data table" as CSV, "Use choice text". UTF-8 with BOM, CRLF. Three header
# rows: the export tags (StartDate … Q1, Q2, Q3), the question texts, the ImportId JSON. Metadata columns
# first. Q1 is a 0–10 multiple-choice question with an extra "n/a" choice and no forced response (so some
# cells are empty); Q2 is forced; Q3 is an open text box, some answers with commas, quotes and line breaks.
QUALTRICS_META = (
    ("StartDate", "Start Date", {"ImportId": "startDate", "timeZone": "Europe/London"}),
    ("EndDate", "End Date", {"ImportId": "endDate", "timeZone": "Europe/London"}),
    ("Status", "Response Type", {"ImportId": "status"}),
    ("IPAddress", "IP Address", {"ImportId": "ipAddress"}),
    ("Progress", "Progress", {"ImportId": "progress"}),
    ("Duration (in seconds)", "Duration (in seconds)", {"ImportId": "duration"}),
    ("Finished", "Finished", {"ImportId": "finished"}),
    ("RecordedDate", "Recorded Date", {"ImportId": "recordedDate", "timeZone": "Europe/London"}),
    ("ResponseId", "Response ID", {"ImportId": "_recordId"}),
    ("RecipientLastName", "Recipient Last Name", {"ImportId": "recipientLastName"}),
    ("RecipientFirstName", "Recipient First Name", {"ImportId": "recipientFirstName"}),
    ("RecipientEmail", "Recipient Email", {"ImportId": "recipientEmail"}),
    ("ExternalReference", "External Data Reference", {"ImportId": "externalDataReference"}),
    ("LocationLatitude", "Location Latitude", {"ImportId": "locationLatitude"}),
    ("LocationLongitude", "Location Longitude", {"ImportId": "locationLongitude"}),
    ("DistributionChannel", "Distribution Channel", {"ImportId": "distributionChannel"}),
    ("UserLanguage", "User Language", {"ImportId": "userLanguage"}),
)
QUALTRICS_QUESTIONS = (
    ("Q1", "How likely are you to recommend us to a friend or colleague?", {"ImportId": "QID1"}),
    ("Q2", "Which channel did you last use?", {"ImportId": "QID2"}),
    ("Q3", "What is the main reason for your score?", {"ImportId": "QID3_TEXT"}),
)
QUALTRICS_CHANNELS = {"Website": 0.62, "Mobile app": 0.7, "Store": 0.8, "Call centre": 0.35,
                      "Live chat": 0.55}
QUALTRICS_REASONS = (
    "Quick delivery", "Great range of sizes", "Checkout was easy", "Staff were really helpful",
    "Too expensive", "Shipping cost was a surprise", "Had to wait on hold for ages",
    "Good, but the app keeps logging me out", "Sizes run small, had to exchange",
    'The "free returns" were not free', "Fine, nothing special", "Love the loyalty points",
    "Couldn't find my size in store, ordered online instead",
    "Chat agent sorted it out in 5 minutes.\nWould use again.",
    "Delivery was late.\nNobody told me why, and the tracking page said \"delivered\".",
)
QUALTRICS_ROWS = 241
QUALTRICS_NA = 4       # answers "n/a"
QUALTRICS_EMPTY = 6    # Q1 left blank


def qualtrics() -> bytes:
    rng = random.Random(20240301)
    starts = _minutes_apart(rng, datetime(2024, 3, 1, 7), datetime(2024, 3, 31, 22), QUALTRICS_ROWS)
    specials = rng.sample(range(QUALTRICS_ROWS), QUALTRICS_NA + QUALTRICS_EMPTY)
    na_rows, empty_rows = set(specials[:QUALTRICS_NA]), set(specials[QUALTRICS_NA:])
    rows = [[c[0] for c in QUALTRICS_META + QUALTRICS_QUESTIONS],
            [c[1] for c in QUALTRICS_META + QUALTRICS_QUESTIONS],
            [json.dumps(c[2], separators=(",", ":")) for c in QUALTRICS_META + QUALTRICS_QUESTIONS]]
    alnum = string.ascii_letters + string.digits
    for i, start in enumerate(starts):
        duration = rng.randrange(28, 900)
        end = start + timedelta(seconds=duration)
        by_email = rng.random() < 0.3
        channel = rng.choices(list(QUALTRICS_CHANNELS), weights=(40, 22, 20, 10, 8))[0]
        score = _nps_answer(rng, QUALTRICS_CHANNELS[channel])
        q1 = "n/a" if i in na_rows else "" if i in empty_rows else str(score)
        reason = rng.choice(QUALTRICS_REASONS) if rng.random() < 0.55 else ""
        first, last = rng.choice((("Olivia", "Hughes"), ("Liam", "Patel"), ("Amelia", "Jones"),
                                  ("Noah", "Wright"), ("Isla", "Campbell"), ("Jack", "O'Brien")))
        rows.append([
            start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), "IP Address",
            f"{rng.choice(('203.0.113', '198.51.100', '192.0.2'))}.{rng.randrange(1, 255)}",
            "100", str(duration), "True", (end + timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S"),
            "R_" + "".join(rng.choice(alnum) for _ in range(15)),
            last if by_email else "", first if by_email else "",
            f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.com" if by_email else "", "",
            f"{rng.uniform(50.7, 53.8):.4f}", f"{rng.uniform(-3.2, -0.1):.4f}",
            "email" if by_email else "anonymous", "EN", q1, channel, reason,
        ])
    return b"\xef\xbb\xbf" + _csv_text(rows).encode("utf-8")


def qualtrics_in_progress() -> bytes:
    """Data & Analysis ▸ Responses in progress ▸ Export: the same three header rows; respondents
    who opened the survey and have answered nothing yet (Finished False, low Progress, every
    question empty)."""
    rng = random.Random(20240311)
    rows = [[c[0] for c in QUALTRICS_META + QUALTRICS_QUESTIONS],
            [c[1] for c in QUALTRICS_META + QUALTRICS_QUESTIONS],
            [json.dumps(c[2], separators=(",", ":")) for c in QUALTRICS_META + QUALTRICS_QUESTIONS]]
    alnum = string.ascii_letters + string.digits
    for start in _minutes_apart(rng, datetime(2024, 4, 2, 8), datetime(2024, 4, 3, 20), 14):
        duration = rng.randrange(3, 120)
        end = start + timedelta(seconds=duration)
        rows.append([
            start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S"), "IP Address",
            f"203.0.113.{rng.randrange(1, 255)}", str(rng.choice((0, 0, 5))), str(duration), "False",
            end.strftime("%Y-%m-%d %H:%M:%S"), "R_" + "".join(rng.choice(alnum) for _ in range(15)),
            "", "", "", "", f"{rng.uniform(50.7, 53.8):.4f}", f"{rng.uniform(-3.2, -0.1):.4f}",
            "anonymous", "EN", "", "", "",
        ])
    return b"\xef\xbb\xbf" + _csv_text(rows).encode("utf-8")


# --------------------------------------------------------------------------------------------
# SurveyMonkey: "All responses data", CSV, condensed columns, "Actual answer text". UTF-8, CRLF.
# Two header rows: the question texts (metadata columns named in row 1), then the sub-answer row
# ("Response", "Open-Ended Response"; empty under the metadata columns). Dates MM/DD/YYYY
# hh:mm:ss AM/PM. One web-link collector; skipped questions are empty cells.
SURVEYMONKEY_QUESTIONS = (
    ("How likely is it that you would recommend Northfield Running to a friend or colleague?",
     "Response"),
    ("Overall, how satisfied or dissatisfied are you with Northfield Running?", "Response"),
    ("Which of these did you use most recently?", "Response"),
    ("Is there anything else you would like to tell us?", "Open-Ended Response"),
)
SURVEYMONKEY_LABELS = ("Very dissatisfied", "Somewhat dissatisfied",
                       "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Very satisfied")
# The answers of the "used most recently" question: four are touchpoint cards of the ecommerce
# template word for word, two are not on the map.
SURVEYMONKEY_TOUCHPOINTS = {"Cart and checkout form": 0.45, "Order confirmation email": 0.7,
                            "Customer reviews and star ratings": 0.75, "Review request email": 0.6,
                            "Gift card": 0.8, "Mobile app": 0.5}
SURVEYMONKEY_ROWS = 187


def surveymonkey() -> bytes:
    rng = random.Random(20240302)
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
            "First Name", "Last Name", "Custom Data 1"]
    rows = [meta + [q for q, _ in SURVEYMONKEY_QUESTIONS],
            [""] * len(meta) + [sub for _, sub in SURVEYMONKEY_QUESTIONS]]
    starts = _minutes_apart(rng, datetime(2024, 3, 1, 6), datetime(2024, 3, 29, 23), SURVEYMONKEY_ROWS)
    respondent = 114_683_220_145
    comments = ("", "", "", "Great shoes!", "Please show delivery costs earlier",
                "The size guide, again, was confusing", "Fast delivery, thanks",
                "I'd like to pay with PayPal")
    for start in starts:
        respondent += rng.randrange(3, 4000)
        touchpoint = rng.choices(list(SURVEYMONKEY_TOUCHPOINTS), weights=(30, 22, 18, 12, 8, 10))[0]
        mood = SURVEYMONKEY_TOUCHPOINTS[touchpoint]
        nps = "" if rng.random() < 0.03 else str(_nps_answer(rng, mood))
        csat = "" if rng.random() < 0.05 else SURVEYMONKEY_LABELS[_scale_answer(rng, mood) - 1]
        end = start + timedelta(seconds=rng.randrange(40, 600))
        rows.append([
            str(respondent), "431876215", start.strftime("%m/%d/%Y %I:%M:%S %p"),
            end.strftime("%m/%d/%Y %I:%M:%S %p"),
            f"{rng.choice(('203.0.113', '198.51.100'))}.{rng.randrange(1, 255)}", "", "", "", "",
            nps, csat, touchpoint, rng.choice(comments),
        ])
    return _csv_text(rows).encode("utf-8")


# --------------------------------------------------------------------------------------------
# Google Forms: "Download responses (.csv)" from the Responses tab. UTF-8 without BOM, CRLF, one
# header row of question texts; Timestamp as "2024/03/05 9:14:22 AM GMT+9". A 1–5 linear scale,
# a 0–10 linear scale, a multiple-choice question with satisfaction labels, optional answers empty.
GOOGLE_HEADER = ("Timestamp", "Which channel did you use?",
                 "How satisfied were you with your visit overall?",
                 "How likely are you to recommend us to a friend or colleague?",
                 "How satisfied are you with our staff?", "Any other comments?")
GOOGLE_LABELS = ("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied")
GOOGLE_CHANNELS = {"Website": 0.6, "Mobile app": 0.55, "Store": 0.8, "Phone": 0.4}
GOOGLE_ROWS = 152


def _google_timestamp(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return (f"{moment:%Y/%m/%d} {hour}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'} GMT+9")


def google_forms() -> bytes:
    rng = random.Random(20240303)
    rows = [list(GOOGLE_HEADER)]
    for moment in _minutes_apart(rng, datetime(2024, 3, 4, 8), datetime(2024, 3, 30, 21), GOOGLE_ROWS):
        channel = rng.choices(list(GOOGLE_CHANNELS), weights=(35, 25, 30, 10))[0]
        mood = GOOGLE_CHANNELS[channel]
        overall = "" if rng.random() < 0.04 else str(_scale_answer(rng, mood))
        nps = "" if rng.random() < 0.06 else str(_nps_answer(rng, mood))
        staff = "" if rng.random() < 0.1 else GOOGLE_LABELS[_scale_answer(rng, mood + 0.05) - 1]
        comment = rng.choice(("", "", "", "Friendly staff", "Parking was difficult",
                              "App crashed at checkout, had to use the website",
                              "Could not find a size 9.5, please restock"))
        rows.append([_google_timestamp(moment), channel, overall, nps, staff, comment])
    return _csv_text(rows).encode("utf-8")


def google_forms_no_responses() -> bytes:
    """The same form's download before anyone answered: the header row only."""
    return _csv_text([list(GOOGLE_HEADER)]).encode("utf-8")


# --------------------------------------------------------------------------------------------
# GA4 Explore ▸ Funnel exploration ▸ Download (CSV). UTF-8, LF. A "#" preamble naming the
# exploration, the segment and the dates as YYYYMMDD, then the step table: steps numbered
# "1. …", Active users, completion and abandonment rates as "34.17%"; the last step has no
# completion or abandonment.
GA4_STEPS = ("1. Awareness", "2. Consideration", "3. Purchase", "4. Post-purchase")
GA4_FIRST = 48213
GA4_COMPLETION = (0.3417, 0.2268, 0.8107)


def ga4_funnel() -> bytes:
    users = [GA4_FIRST]
    for rate in GA4_COMPLETION:
        users.append(round(users[-1] * rate))
    lines = ["# ----------------------------------------", "# Funnel exploration",
             "# Purchase journey funnel", "# ----------------------------------------", "#",
             "# All Users", "# Start date: 20240301", "# End date: 20240331",
             "Step,Active users,Completion rate,Abandonments,Abandonment rate"]
    for i, step in enumerate(GA4_STEPS):
        if i + 1 < len(GA4_STEPS):
            done = users[i + 1] / users[i]
            lines.append(f"{step},{users[i]},{done * 100:.2f}%,{users[i] - users[i + 1]},"
                         f"{(1 - done) * 100:.2f}%")
        else:
            lines.append(f"{step},{users[i]},,,")
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# Zendesk Support: a view exported as CSV. UTF-8, LF, one header row; Channel is the ticket's
# via channel (web / email / chat / voice); Satisfaction Score good / bad / offered / unoffered.
# Two rows are really broken: one cut short (its last two fields missing) and one whose
# "Created at" is the impossible 2024-02-30.
ZENDESK_HEADER = ("Id", "Requester", "Requester id", "Assignee", "Group", "Subject", "Status",
                  "Priority", "Channel", "Ticket type", "Created at", "Updated at",
                  "Satisfaction Score", "Tags")
ZENDESK_ROWS = 326
ZENDESK_SHORT_ROW = 117      # 0-based data row cut short
ZENDESK_BAD_DATE_ROW = 41    # 0-based data row with Created at 2024-02-30
ZENDESK_SUBJECTS = ("Where is my order?", "Wrong size delivered", "Refund not received",
                    "Can I change my delivery address?", "Discount code doesn't work",
                    "Question about sizing, width and fit", 'Order #{n} says "delivered" but nothing came',
                    "Cancel my order", "Damaged box", "Loyalty points missing")
ZENDESK_CHANNELS = {"web": (0.62, 30), "email": (0.5, 34), "chat": (0.72, 22), "voice": (0.4, 14)}


def zendesk() -> bytes:
    rng = random.Random(20240304)
    rows = [list(ZENDESK_HEADER)]
    created = _minutes_apart(rng, datetime(2024, 2, 5, 8), datetime(2024, 3, 28, 18), ZENDESK_ROWS)
    ticket = 10231
    people = ("Olivia Hughes", "Liam Patel", "Amelia Jones", "Noah Wright", "Isla Campbell",
              "Jack O'Brien", "Sophie Müller", "Harry Evans", "Mia Thompson", "George Davies")
    for i, moment in enumerate(created):
        ticket += rng.randrange(1, 6)
        channel = rng.choices(list(ZENDESK_CHANNELS), weights=[w for _, w in ZENDESK_CHANNELS.values()])[0]
        good_share = ZENDESK_CHANNELS[channel][0]
        status = rng.choices(("solved", "closed", "open", "pending"), weights=(45, 35, 12, 8))[0]
        if status in ("open", "pending"):
            score = "unoffered"
        else:
            roll = rng.random()
            score = ("unoffered" if roll < 0.3 else "offered" if roll < 0.55 else
                     "good" if rng.random() < good_share else "bad")
        updated = moment + timedelta(minutes=rng.randrange(5, 60 * 72))
        created_at = f"{moment:%Y-%m-%d %H:%M}"
        if i == ZENDESK_BAD_DATE_ROW:
            created_at = f"2024-02-30 {moment:%H:%M}"
        row = [str(ticket), rng.choice(people), str(rng.randrange(360000000000, 399999999999)),
               rng.choice(("Priya Shah", "Tom Baker", "Chloe Martin", "")),
               rng.choice(("Support", "Returns", "Billing")),
               rng.choice(ZENDESK_SUBJECTS).format(n=rng.randrange(100000, 999999)), status,
               rng.choice(("low", "normal", "normal", "high", "urgent")), channel,
               rng.choice(("question", "incident", "problem", "task")), created_at,
               f"{updated:%Y-%m-%d %H:%M}", score,
               " ".join(rng.sample(("delivery", "refund", "sizing", "vip", "web_order", "store"),
                                   rng.randrange(0, 3)))]
        if i == ZENDESK_SHORT_ROW:
            row = row[:-2]
        rows.append(row)
    return _csv_text(rows, newline="\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# Freshdesk: Tickets ▸ Export (CSV), default fields plus the customer satisfaction rating.
# UTF-8, CRLF, every field quoted; "Created time" as "2024-03-05 10:14:03"; Resolved time empty
# for unresolved tickets; the rating blank when the customer did not answer the survey.
FRESHDESK_HEADER = ("Ticket ID", "Subject", "Status", "Priority", "Source", "Type", "Agent", "Group",
                    "Created time", "Resolved time", "Customer satisfaction rating", "Tags")
FRESHDESK_RATINGS = ("Extremely unhappy", "Unhappy", "Neutral", "Happy", "Extremely happy")
FRESHDESK_ROWS = 258


def freshdesk() -> bytes:
    rng = random.Random(20240305)
    rows = [list(FRESHDESK_HEADER)]
    for i, moment in enumerate(_minutes_apart(rng, datetime(2024, 3, 1, 7), datetime(2024, 3, 31, 20),
                                              FRESHDESK_ROWS)):
        status = rng.choices(("Closed", "Resolved", "Open", "Pending", "Waiting on Customer"),
                             weights=(50, 25, 12, 8, 5))[0]
        done = status in ("Closed", "Resolved")
        resolved = moment + timedelta(minutes=rng.randrange(20, 60 * 96)) if done else None
        source = rng.choices(("Email", "Portal", "Phone", "Chat"), weights=(40, 25, 20, 15))[0]
        mood = {"Email": 0.55, "Portal": 0.6, "Phone": 0.45, "Chat": 0.75}[source]
        rating = (FRESHDESK_RATINGS[_scale_answer(rng, mood) - 1]
                  if done and rng.random() < 0.45 else "")
        rows.append([
            str(2001 + i), rng.choice(("Order not delivered", "Return label request",
                                       "Payment failed, charged twice", "Size exchange",
                                       "Question about the loyalty programme", "Product defect")),
            status, rng.choice(("Low", "Medium", "Medium", "High", "Urgent")), source,
            rng.choice(("Question", "Incident", "Problem", "Refund", "")),
            rng.choice(("Priya Shah", "Tom Baker", "Chloe Martin", "")),
            rng.choice(("Customer Support", "Returns & Refunds")), f"{moment:%Y-%m-%d %H:%M:%S}",
            f"{resolved:%Y-%m-%d %H:%M:%S}" if resolved else "", rating,
            ",".join(rng.sample(("delivery", "refund", "sizing", "vip"), rng.randrange(0, 3))),
        ])
    return _csv_text(rows, quoting=csv.QUOTE_ALL).encode("utf-8")


# --------------------------------------------------------------------------------------------
# Japanese Excel: a sheet of daily figures saved as "CSV (コンマ区切り)". CP932, CRLF. Dates as
# the sheet shows them (2024/3/1), visits formatted with thousands separators (so Excel writes
# them quoted: "22,262"), the average satisfaction in the General format (4.3, 3.7 … and 4 for a
# whole number). 60 days × 5 touchpoints, three of them cards of the Japanese ecommerce template.
JAPANESE_HEADER = ("日付", "タッチポイント", "訪問数", "満足度(CSAT平均)")
JAPANESE_TOUCHPOINTS = {  # name: (typical daily visits, typical satisfaction)
    "カートと購入手続きフォーム": (22000, 3.6),
    "注文確認メール": (5200, 4.1),
    "サイズ交換の電話サポート": (310, 3.3),
    "公式アプリ": (14000, 4.0),
    "店舗レジ": (860, 4.4),
}
JAPANESE_DAYS = 60


def japanese_daily() -> bytes:
    rng = random.Random(20240306)
    rows = [list(JAPANESE_HEADER)]
    first = date(2024, 3, 1)
    for d in range(JAPANESE_DAYS):
        day = first + timedelta(days=d)
        for name, (visits, csat) in JAPANESE_TOUCHPOINTS.items():
            count = max(1, round(rng.gauss(visits, visits * 0.12)))
            mean = round(max(1.0, min(5.0, rng.gauss(csat, 0.25))), 1)
            rows.append([f"{day.year}/{day.month}/{day.day}", name, f"{count:,}",
                         f"{mean:g}"])
    return _csv_text(rows).encode("cp932")


# --------------------------------------------------------------------------------------------
# A German shop's order survey from German Excel ("CSV (Trennzeichen-getrennt)"): semicolons,
# decimal comma with dot thousands ("1.234,50"), dates dd.mm.yyyy, Latin-1, CRLF, no quoting.
EUROPEAN_HEADER = ("Datum", "Kanal", "Berührungspunkt", "Zufriedenheit", "Umsatz")
EUROPEAN_TOUCHPOINTS = {  # touchpoint: (channel, mood, typical revenue)
    "Cart and checkout form": ("Website", 0.45, 140.0),
    "Order confirmation email": ("E-Mail", 0.7, 120.0),
    "Live chat with staff about sizing": ("Live-Chat", 0.75, 160.0),
    "Übersicht Bestellungen": ("Website", 0.55, 95.0),
    "Café-Theke in der Filiale": ("Filiale", 0.85, 18.5),
}
EUROPEAN_ROWS = 214


def _german_number(value: float) -> str:
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", ".") + "," + cents


def european() -> bytes:
    rng = random.Random(20240307)
    rows = [list(EUROPEAN_HEADER)]
    first = date(2024, 3, 1)
    days = sorted(first + timedelta(days=rng.randrange(31)) for _ in range(EUROPEAN_ROWS))
    for day in days:
        touchpoint = rng.choices(list(EUROPEAN_TOUCHPOINTS), weights=(30, 20, 15, 20, 15))[0]
        channel, mood, revenue = EUROPEAN_TOUCHPOINTS[touchpoint]
        answer = "" if rng.random() < 0.06 else str(_scale_answer(rng, mood))
        amount = max(4.5, rng.lognormvariate(0, 0.8) * revenue)
        rows.append([f"{day:%d.%m.%Y}", channel, touchpoint, answer, _german_number(amount)])
    return _csv_text(rows, delimiter=";").encode("latin-1")


# --------------------------------------------------------------------------------------------
# Excel "Unicode Text (*.txt)": UTF-16 LE with BOM, tab-separated, CRLF, fields quoted only when
# they hold a tab, quote or line break. US Excel writes dates as m/d/yyyy; this sheet covers the
# 1st to the 12th of March, so every date could be read either way.
UTF16_HEADER = ("Date", "Touchpoint", "Channel", "NPS")
UTF16_TOUCHPOINTS = {
    "Delivery status and ready-for-pickup notice by text message": ("Text message", 0.4),
    "Pick-up counter: show the QR code from the app": ("Store", 0.7),
    "Follow-up email with running tips": ("Email", 0.6),
    "Loyalty programme: app points usable online and in store": ("App", 0.8),
    "Self-checkout kiosk": ("Store", 0.5),
}
UTF16_ROWS = 223


def utf16_unicode_text() -> bytes:
    rng = random.Random(20240308)
    rows = [list(UTF16_HEADER)]
    days = sorted(date(2024, 3, 1) + timedelta(days=rng.randrange(12)) for _ in range(UTF16_ROWS))
    for day in days:
        touchpoint = rng.choices(list(UTF16_TOUCHPOINTS), weights=(25, 25, 20, 15, 15))[0]
        channel, mood = UTF16_TOUCHPOINTS[touchpoint]
        nps = "" if rng.random() < 0.05 else str(_nps_answer(rng, mood))
        rows.append([f"{day.month}/{day.day}/{day.year}", touchpoint, channel, nps])
    return b"\xff\xfe" + _csv_text(rows, delimiter="\t").encode("utf-16-le")


FILES = {
    "qualtrics_responses.csv": qualtrics,
    "qualtrics_responses_in_progress.csv": qualtrics_in_progress,
    "surveymonkey_responses.csv": surveymonkey,
    "google_forms_responses.csv": google_forms,
    "google_forms_no_responses.csv": google_forms_no_responses,
    "ga4_funnel_exploration.csv": ga4_funnel,
    "zendesk_tickets.csv": zendesk,
    "freshdesk_tickets.csv": freshdesk,
    "excel_japanese_daily_cp932.csv": japanese_daily,
    "german_orders_latin1.csv": european,
    "excel_unicode_text_utf16.txt": utf16_unicode_text,
}


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for name, make in FILES.items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
