"""Harmonized System codes at the six-digit (subheading) level."""

# Chapter 77 is reserved for future use in the HS nomenclature; 98 and 99 are national chapters
# and never appear in a six-digit international code.
VALID_CHAPTERS = frozenset(f"{n:02d}" for n in range(1, 98) if n != 77)


def hs_problem(code: str) -> str | None:
    """Why code is not a valid HS6 subheading, or None when it is."""
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return f"HS code {code!r} must be exactly six digits"
    if code[:2] not in VALID_CHAPTERS:
        return f"HS code {code!r} names chapter {code[:2]}, which does not exist"
    return None


def normalise_hs(raw: str) -> str:
    """Strip the dots and spaces people write in HS codes (0806.20 -> 080620)."""
    return raw.replace(".", "").replace(" ", "").strip()


def format_hs(code: str) -> str:
    """Write an HS6 code the way officers read it (080620 -> 0806.20)."""
    return f"{code[:4]}.{code[4:]}" if len(code) == 6 else code
