"""The ``snapshot`` and ``snapshots`` commands: freeze a journey inside its project, and list what is
frozen."""

from __future__ import annotations

import argparse

from journeydesk.cli.data import DataCommandError, find_journey, open_project
from journeydesk.cli.terminal import printable, printable_json
from journeydesk.i18n import t


def add_parsers(sub: argparse._SubParsersAction) -> None:
    snap = sub.add_parser("snapshot",
                          help=t("freeze a journey, with the figures of its data, inside the project"))
    snap.add_argument("file", help=t("the .journey project"))
    snap.add_argument("--journey", required=True, metavar="NAME", help=t("the journey to freeze, by name"))
    snap.add_argument("--name", required=True, metavar="LABEL",
                      help=t("the snapshot's name (unique in the project)"))
    snap.add_argument("--note", default="", metavar="TEXT", help=t("a note kept with the snapshot"))
    listing = sub.add_parser("snapshots", help=t("list the snapshots of a project"))
    listing.add_argument("file", help=t("the .journey project (opened read-only)"))
    listing.add_argument("--json", action="store_true", help=t("print JSON"))


def snapshot_summaries(document) -> list[dict]:
    """Each snapshot as ``snapshots --json`` and ``info --json`` show it, oldest first."""
    from journeydesk.compare import iso_time
    from journeydesk.core.document import EditRefused
    from journeydesk.core.model import Journey
    from journeydesk.core.snapshot_commands import read_snapshot

    found = []
    for snapshot in document.snapshots():
        journey = document.get(Journey, snapshot.journey_id)
        entry = {"name": snapshot.name, "journey": journey.name if journey else None, "note": snapshot.note,
                 "taken_at": iso_time(snapshot.taken_at), "journey_deleted": journey is None}
        try:
            state = read_snapshot(snapshot)
        except EditRefused as error:
            entry.update({"damaged": str(error)})
        else:
            entry.update({"journey": entry["journey"] or state.journey.name, "damaged": None,
                          "stages": len(state.stages), "cards": len(state.cards),
                          "emotion_markers": len(state.markers), "links": len(state.links),
                          "metrics": [m.name for m in state.figures]})
        found.append(entry)
    return found


def snapshot_problems(document) -> list[str]:
    """What ``check`` says of each snapshot that cannot be read."""
    from journeydesk.core.snapshot import SnapshotDamaged, decode_state

    problems = []
    for snapshot in document.snapshots():
        try:
            decode_state(snapshot.content)
        except SnapshotDamaged as error:
            problems.append(t("the snapshot “{name}” cannot be read: {reason}", name=snapshot.name,
                              reason=error))
    return problems


def take_snapshot(options: argparse.Namespace) -> int:
    from journeydesk.core import commands
    from journeydesk.core.document import EditRefused
    from journeydesk.core.history import History
    from journeydesk.figures import metric_records
    from journeydesk.store.store import StoreError

    store = open_project(options.file, edit=True)
    try:
        document = store.load()
        journey_id = find_journey(document, options.journey)
        figures = metric_records(document, store.data, journey_id)
        History(document, store).do(commands.take_snapshot(document, journey_id, options.name, options.note,
                                                           figures=figures))
    except (StoreError, EditRefused) as error:
        raise DataCommandError(t("No snapshot was taken: {reason}", reason=error)) from None
    finally:
        store.close()
    (entry,) = [s for s in snapshot_summaries(document) if s["name"] == options.name.strip()]
    print(printable(t("Took the snapshot “{name}” of “{journey}”: {stages} stages, {cards} cards, {markers} "
                      "emotion markers, {links} links.", name=entry["name"], journey=entry["journey"],
                      stages=entry["stages"], cards=entry["cards"], markers=entry["emotion_markers"],
                      links=entry["links"])))
    if entry["metrics"]:
        print(printable(t("Figures frozen with it: {metrics}.", metrics=", ".join(entry["metrics"]))))
    return 0


def shown_time(iso: str | None) -> str:
    """A time as ``iso_time`` writes it (2026-12-06T10:15:00Z), as the commands print it: 2026-12-06 10:15
    UTC."""
    return f"{iso[:10]} {iso[11:16]} UTC" if iso else ""


def snapshot_line(entry: dict) -> str:
    """One snapshot as ``snapshots`` and ``info`` print it."""
    when = shown_time(entry["taken_at"])
    journey = entry["journey"] if not entry["journey_deleted"] else t("{name} (deleted)",
                                                                      name=entry["journey"])
    head = t("“{name}” of “{journey}”, taken {when}", name=entry["name"], journey=journey, when=when)
    if entry["damaged"]:
        return printable(t("{head}: {problem}", head=head, problem=entry["damaged"]))
    return printable(t("{head}: {stages} stages, {cards} cards, {markers} emotion markers", head=head,
                       stages=entry["stages"], cards=entry["cards"], markers=entry["emotion_markers"]))


def list_snapshots(options: argparse.Namespace) -> int:
    from journeydesk.store.store import StoreError

    try:
        with open_project(options.file) as store:
            entries = snapshot_summaries(store.load())
    except StoreError as error:
        raise DataCommandError(str(error)) from None
    if options.json:
        print(printable_json({"path": str(options.file), "snapshots": entries}))
        return 0
    if not entries:
        print(printable(t("{path} holds no snapshots. Take one with: journeydesk snapshot FILE --journey "
                          "NAME --name LABEL", path=options.file)))
        return 0
    for entry in entries:
        print(snapshot_line(entry))
        if entry["note"]:
            print("    " + printable(entry["note"]))
    return 0
