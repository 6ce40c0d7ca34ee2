"""Read an XML file from another program safely: a size limit, no entities, no DTD fetching.

GraphML and GEXF files come from other programs and other people, so they are read as
untrusted input. :func:`read_xml` refuses a file above :data:`MAX_XML_BYTES` before
reading it, and parses it with ``defusedxml``: entity declarations (the "billion laughs"
expansion bomb, external entities that would read other files or fetch URLs) and external
references are refused, never expanded. Every refusal is a
:class:`~stakeholders.io.problems.MapLoadError` with one Dutch message, never a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import fromstring

from stakeholders.i18n import translator
from stakeholders.io.problems import MapLoadError, Problem

log = logging.getLogger(__name__)

#: The largest XML file read (50 MB: a map of 10,000 parties takes a few MB).
MAX_XML_BYTES = 50 * 1024 * 1024

_t = translator("safexml")


def refuse(code: str, message: str, path: Path) -> MapLoadError:
    """A load error of the whole file (no place inside it)."""
    return MapLoadError([Problem(code, message)], str(path))


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; a file larger than ``limit`` is refused before it is read."""
    size = path.stat().st_size
    if size > limit:
        raise refuse("E-FILE-TOO-LARGE", _t(
            "{bestand} is te groot om te lezen ({grootte} MB; de grens is {grens} MB)").format(
                bestand=path.name, grootte=_megabytes(size), grens=_megabytes(limit)), path)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since stat()
    if len(data) > limit:
        raise refuse("E-FILE-TOO-LARGE", _t(
            "{bestand} is te groot om te lezen (meer dan {grens} MB)").format(
                bestand=path.name, grens=_megabytes(limit)), path)
    return data


def parse_xml(data: bytes, path: Path) -> Element:
    """The root element of ``data``; entities and external references are refused."""
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        log.warning("refused XML entity %r in %s", exc.name, path)
        raise refuse("E-XML-UNSAFE", _t(
            "{bestand} wordt niet gelezen: het bestand declareert een XML-entiteit ('{naam}'). "
            "Zo'n entiteit kan andere bestanden op deze computer uitlezen of het geheugen "
            "vullen, en hoort niet in een GraphML- of GEXF-bestand. Sla het bestand opnieuw "
            "op vanuit het programma dat het maakte.").format(bestand=path.name, naam=exc.name),
            path) from exc
    except DefusedXmlException as exc:
        log.warning("refused XML in %s: %r", path, exc)
        raise refuse("E-XML-UNSAFE", _t(
            "{bestand} wordt niet gelezen: het bestand verwijst naar een extern XML-bestand "
            "(DTD of entiteit); dat wordt om veiligheidsredenen niet opgehaald.").format(
                bestand=path.name), path) from exc
    except ParseError as exc:
        line, column = exc.position
        raise refuse("E-XML-INVALID", _t(
            "{bestand} is geen geldig XML-bestand (regel {regel}, kolom {kolom}: {reden})"
        ).format(bestand=path.name, regel=line, kolom=column + 1,
                 reden=str(exc).split(":")[0]), path) from exc
    except (LookupError, ValueError) as exc:  # e.g. encoding="uvf-8" in the declaration
        raise refuse("E-XML-INVALID", _t(
            "{bestand} is geen geldig XML-bestand ({reden})").format(
                bestand=path.name, reden=str(exc)[:120]), path) from exc


def read_xml(path: Path, *, limit: int | None = None) -> Element:
    """Read and parse an XML file safely (see the module docstring); ``limit`` in bytes,
    :data:`MAX_XML_BYTES` when not given."""
    return parse_xml(read_limited(path, MAX_XML_BYTES if limit is None else limit), path)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")
