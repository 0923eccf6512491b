"""Bytes to text: UTF-8 first, then a declared or detected encoding.

Binary data is refused here, so no format reader sees it.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from veilleur.errors import InputError

#: Byte order marks of the encodings that can't be told apart without one.
#: UTF-32 comes first: its little-endian mark starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Control characters other than tab, newline, vertical tab, form feed, return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

#: Share of control characters above which decoded "text" is taken as binary.
#: Text has none besides whitespace; random bytes are about 13% C0 controls.
#: 5% lets a short article keep a stray escape code or two.
CONTROL_SHARE = 0.05

#: The HTML standard's prescan for a `<meta charset>` reads the first 1024 bytes.
_PRESCAN = 1024
_DECLARED = re.compile(
    rb"""<meta\b[^<>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml\b[^<>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)

#: The HTML standard reads these labels as windows-1252, a superset of them.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"})

#: Python's names for the encodings of the HTML standard (utf-16/32 aside: a
#: page that declares them in ASCII isn't in them). Any other declared codec
#: (`base64`, `rot13`, EBCDIC...) is ignored and the encoding detected instead.
_PAGE_ENCODINGS = frozenset(
    {
        "utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
        "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
        "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
        "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr",
    }
)  # fmt: skip


def decode(data: bytes, source: str, *, markup: bool = False) -> str:
    """Decode an input's bytes, with newlines normalised to `\\n`.

    Order: a UTF-16/32 byte order mark; UTF-8 (a UTF-8 mark is dropped); for
    markup, the page's own `<meta charset>` or XML declaration; then the
    encoding charset-normalizer detects. Raises `InputError` for binary data
    and for bytes no encoding explains.
    """
    text = _decode(data, source, markup=markup)
    share = len(_CONTROL.findall(text)) / len(text) if text else 0.0
    if share > CONTROL_SHARE:
        raise InputError(source, f"binary file, not text ({share:.0%} control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, source: str, *, markup: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _attempt(data[len(bom) :], encoding)
            if text is None:
                raise InputError(source, f"not valid {encoding} despite its byte order mark")
            return text
    if b"\x00" in data:
        raise InputError(source, "binary file, not text (found NUL bytes)")
    text = _attempt(data, "utf-8-sig")
    declared = declared_encoding(data) if markup and text is None else None
    if text is None and declared is not None:
        text = _attempt(data, declared)
    if text is None:
        text = _detect(data)
    if text is None:
        raise InputError(source, "not valid UTF-8 and no text encoding could be detected")
    return text


def _attempt(data: bytes, encoding: str) -> str | None:
    """The bytes decoded with `encoding`, or None if they aren't in it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> str | None:
    """The bytes decoded with the encoding charset-normalizer finds, or None.

    On a tie (same chaos and coherence, common for short French text, where
    cp1250 reads "à" as "ŕ" just as plausibly) windows-1252 wins: it is the
    legacy encoding of both languages veilleur reads, and the web's default.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    cp1252_ties = any(
        match.chaos == best.chaos and match.coherence == best.coherence and "cp1252" in match.could_be_from_charset
        for match in matches
    )
    text = _attempt(data, "cp1252") if cp1252_ties else None
    return text if text is not None else str(best)


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes, if it is a page encoding."""
    match = _DECLARED.search(data[:_PRESCAN])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return name if name in _PAGE_ENCODINGS else None


__all__ = ["CONTROL_SHARE", "declared_encoding", "decode"]
