"""Code point ranges shared by the oracle scripts that tabulate a predicate."""


def ranges(predicate):
    """[[first, last], ...] of the code points (0..0x10FFFF) for which predicate(chr(cp)) holds."""
    out, start = [], None
    for cp in range(0x110000):
        hit = predicate(chr(cp))
        if hit and start is None:
            start = cp
        elif not hit and start is not None:
            out.append([start, cp - 1])
            start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out
