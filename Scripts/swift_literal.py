"""Writes Python text as a Swift string literal (shared by the data generators)."""


def swift_literal(text):
    """A double-quoted Swift literal for `text`: backslash, quote, newline and tab
    escaped; other control and non-ASCII characters as \\u{...}."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u{%X}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
