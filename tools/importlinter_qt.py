"""An import-linter contract type: which PySide6 modules a layer may use, even indirectly.

import-linter's own ``forbidden`` contract sees an external package only as a
whole (``PySide6``), but the layers differ by Qt module: the model may use
``QtCore`` (signals), the drawing vocabulary and the page ``QtGui``, and
nothing below the window may use ``QtWidgets``. This contract reads the
import lines themselves::

    [[tool.importlinter.contracts]]
    name = "..."
    type = "qt_modules"
    source_modules = ["stakeholders.model"]
    allowed_qt_modules = ["QtCore"]

It is broken when a module of a source package, or a module of the project
that it imports (even indirectly), imports a PySide6 module that is not in
``allowed_qt_modules`` (empty: no Qt at all). Registered in pyproject.toml
under ``contract_types``; ``lint-imports`` runs from the repository root, so
``tools.importlinter_qt`` is importable.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output

QT_PACKAGE = "PySide6"
_FROM = re.compile(r"^\s*from\s+PySide6(?:\.(\w+))?\s+import\s+(.*)$")
_IMPORT = re.compile(r"^\s*import\s+PySide6(?:\.(\w+))?")


def qt_modules_of(line: str) -> set[str]:
    """The PySide6 modules an import line names (``"PySide6"`` when it cannot tell)."""
    match = _FROM.match(line)
    if match:
        if match.group(1):
            return {match.group(1)}
        names = re.findall(r"\b(Qt\w+)\b", match.group(2))
        return set(names) or {QT_PACKAGE}
    match = _IMPORT.match(line)
    if match:
        return {match.group(1) or QT_PACKAGE}
    return {QT_PACKAGE}


class QtModulesContract(Contract):
    """Source packages (and what they import) use only the allowed PySide6 modules."""

    type_name = "qt_modules"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    allowed_qt_modules = fields.ListField(subfield=fields.StringField(), required=False)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        allowed = set(self.allowed_qt_modules or [])  # type: ignore[arg-type]
        offences = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            name = source.name
            if name not in graph.modules:
                raise ValueError(f"Module '{name}' does not exist.")
            own = {name} | graph.find_descendants(name)
            reached = own | {m for m in graph.find_upstream_modules(name, as_package=True)
                             if not graph.is_module_squashed(m) and m != QT_PACKAGE}
            for module in sorted(reached):
                for detail in graph.get_import_details(importer=module, imported=QT_PACKAGE):
                    used = qt_modules_of(detail["line_contents"]) - allowed
                    if not used:
                        continue
                    chain = () if module in own else graph.find_shortest_chain(
                        importer=name, imported=module, as_packages=True) or ()
                    offences.append({"source": name, "module": module, "qt": sorted(used),
                                     "line": detail["line_number"], "chain": list(chain)})
        return ContractCheck(kept=not offences, metadata={"offences": offences})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(self.allowed_qt_modules or []) or "none"  # type: ignore[arg-type]
        for offence in check.metadata["offences"]:
            qt = ", ".join(f"PySide6.{m}" for m in offence["qt"])
            output.print_error(f"{offence['source']} may use Qt modules: {allowed}; "
                               f"{offence['module']} imports {qt} (l.{offence['line']})")
            if offence["chain"]:
                output.indent_cursor()
                output.print_error("via " + " -> ".join(offence["chain"]), bold=False)
            output.new_line()
