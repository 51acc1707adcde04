"""No two product modules import each other, directly or through others (function-level and type-only imports
too)."""

from __future__ import annotations

import grimp


def circles(graph: grimp.ImportGraph, package: str) -> list[tuple[str, str]]:
    """Each import ``a → b`` inside ``package`` for which ``b`` also reaches ``a``, sorted."""
    found = []
    for importer in sorted(graph.modules):
        if not importer.startswith(package):
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if imported.startswith(package) and graph.chain_exists(importer=imported, imported=importer):
                found.append((importer, imported))
    return found


def test_a_planted_circle_is_found() -> None:
    graph = grimp.ImportGraph()
    for module in ("app.a", "app.b", "app.c", "app.d"):
        graph.add_module(module)
    graph.add_import(importer="app.a", imported="app.b")
    graph.add_import(importer="app.b", imported="app.c")
    graph.add_import(importer="app.c", imported="app.a")
    graph.add_import(importer="app.a", imported="app.d")
    assert circles(graph, "app.") == [("app.a", "app.b"), ("app.b", "app.c"), ("app.c", "app.a")]


def test_the_product_has_no_import_circle() -> None:
    graph = grimp.build_graph("journeydesk", cache_dir=None)
    assert circles(graph, "journeydesk.") == []
