"""Converts janome 0.5.0's bundled IPADIC system dictionary into the engine's binary
dictionary (Sources/IFEvalEngine/TextAnalysis/Japanese/JanomeDictionary+DataN.swift).

Run with the python of a venv that has janome==0.5.0 installed, from the package root:

    /work/oracles/mifeval-ja/venv/bin/python Scripts/janome/convert_ipadic.py [--verify]

Entries are read through janome's own API (`MMapSystemDictionary`, the dictionary the
default `Tokenizer()` uses on 64-bit machines), so every surface, id and cost is what
janome's lattice sees. `--verify` also runs janome's FST matcher on every surface and
checks that it returns exactly the entries whose surfaces are prefixes of it (what the
Swift side computes with a binary search over the sorted surfaces).

Binary layout (all little-endian), base64 in StaticString literals split over files:
  "JNM1"
  u32 nPos, then nPos x (u16 byteLength, UTF-8)             part-of-speech strings
  u32 nIds, then nIds x u16                                  POS index of each context id
  nIds*nIds x i16                                            connections[right][left]
  u32 nSurfaces, u32 nChars, nSurfaces x u8 length, nSurfaces x u8 entryCount,
      nChars x u16                                           surfaces sorted by code point
  nEntries x (u32 num, u16 id, i16 cost)                     grouped by surface, by num
  u32 nCategories, then per category: u8 nameLength, name, u8 invoke, u8 group,
      i32 length, u16 nUnknown, nUnknown x (u16 left, u16 right, i16 cost, u16 pos)
  u32 nRanges, then per range: u32 from, u32 to, u8 category, u8 nCompat, nCompat x u8
"""
import base64
import os
import struct
import sys

from janome.system_dic import MMapSystemDictionary
from janome.sysdic import connections, chardef, unknowns, entries_buckets, all_fstdata
from janome.fst import Matcher

OUT_DIR = "Sources/IFEvalEngine/TextAnalysis/Japanese"
PARTS = 4


def main():
    verify = "--verify" in sys.argv
    dic = MMapSystemDictionary.instance()
    n_entries = entries_buckets.DATA[len(entries_buckets.DATA) - 1][1]
    n_ids = len(connections)
    assert all(len(row) == n_ids for row in connections)

    pos_strings, pos_index = [], {}

    def pos_id(s):
        if s not in pos_index:
            pos_index[s] = len(pos_strings)
            pos_strings.append(s)
        return pos_index[s]

    pos_of_id = [0xFFFF] * n_ids
    by_surface = {}
    for num in range(n_entries):
        surface, left, right, cost = dic._find_entry(num)
        extra = dic.lookup_extra(num)
        # The compact format keeps one id and one POS per id: IPADIC's facts, checked.
        assert left == right, (num, left, right)
        p = pos_id(extra[0])
        assert pos_of_id[left] in (0xFFFF, p), (num, left)
        pos_of_id[left] = p
        assert -32768 <= cost <= 32767
        assert all(ord(c) <= 0xFFFF for c in surface) and 0 < len(surface) < 256
        by_surface.setdefault(surface, []).append((num, left, cost))

    # Sort by code point (UTF-16 order equals code point order inside the BMP).
    surfaces = sorted(by_surface)
    if verify:
        verify_fst(dic, surfaces, by_surface)

    out = bytearray(b"JNM1")
    # Unknown-word POS strings join the table before it is written.
    categories = list(chardef.DATA[0].keys())
    unk_rows = {c: [(l, r, cost, pos_id(p)) for (l, r, cost, p) in unknowns.DATA[c]] for c in categories}
    assert set(unknowns.DATA) <= set(categories)

    out += struct.pack("<I", len(pos_strings))
    for s in pos_strings:
        b = s.encode("utf-8")
        out += struct.pack("<H", len(b)) + b
    out += struct.pack("<I", n_ids)
    out += struct.pack("<%dH" % n_ids, *pos_of_id)
    for row in connections:
        out += struct.pack("<%dh" % n_ids, *row)

    n_chars = sum(len(s) for s in surfaces)
    out += struct.pack("<II", len(surfaces), n_chars)
    out += bytes(len(s) for s in surfaces)
    assert all(len(by_surface[s]) < 256 for s in surfaces)
    out += bytes(len(by_surface[s]) for s in surfaces)
    for s in surfaces:
        out += struct.pack("<%dH" % len(s), *(ord(c) for c in s))
    for s in surfaces:
        for num, ident, cost in sorted(by_surface[s]):
            out += struct.pack("<IHh", num, ident, cost)

    out += struct.pack("<I", len(categories))
    for c in categories:
        d = chardef.DATA[0][c]
        name = c.encode("ascii")
        out += struct.pack("<B", len(name)) + name
        out += struct.pack("<BBi", int(d["INVOKE"]), int(d["GROUP"]), d["LENGTH"])
        rows = unk_rows.get(c, [])
        out += struct.pack("<H", len(rows))
        for row in rows:
            out += struct.pack("<HHhH", *row)
    ranges = chardef.DATA[1]
    out += struct.pack("<I", len(ranges))
    for r in ranges:
        compat = r.get("compat_cates", [])
        out += struct.pack("<IIBB", ord(r["from"]), ord(r["to"]), categories.index(r["cate"]), len(compat))
        out += bytes(categories.index(c) for c in compat)

    encoded = base64.b64encode(bytes(out)).decode("ascii")
    step = -(-len(encoded) // PARTS)
    step += (-step) % 4
    for i in range(PARTS):
        piece = encoded[i * step:(i + 1) * step]
        path = os.path.join(OUT_DIR, "JanomeDictionary+Data%d.swift" % i)
        with open(path, "w") as f:
            f.write("// Generated by Scripts/janome/convert_ipadic.py from janome 0.5.0's IPADIC system\n")
            f.write("// dictionary (see NOTICE). Do not edit. Part %d of %d of the base64 dictionary.\n\n" % (i + 1, PARTS))
            f.write("extension JanomeDictionary {\n")
            f.write("    static let base64Part%d: StaticString = \"%s\"\n" % (i, piece))
            f.write("}\n")
    print("entries %d, surfaces %d, chars %d, ids %d, pos %d, binary %d bytes, base64 %d chars"
          % (n_entries, len(surfaces), n_chars, n_ids, len(pos_strings), len(out), len(encoded)))


def verify_fst(dic, surfaces, by_surface):
    matcher = Matcher(all_fstdata())
    bad = 0
    for k, s in enumerate(surfaces):
        expected = set()
        for i in range(1, len(s) + 1):
            for num, _, _ in by_surface.get(s[:i], []):
                expected.add(num)
        got = {e[0] for e in dic.lookup(s.encode("utf-8"), matcher)}
        if got != expected:
            bad += 1
            if bad < 10:
                print("FST mismatch", repr(s), sorted(got - expected), sorted(expected - got))
        if k % 50000 == 0:
            print("verified", k, file=sys.stderr)
    print("FST verification: %d surfaces, %d mismatches" % (len(surfaces), bad))
    assert bad == 0


if __name__ == "__main__":
    main()
