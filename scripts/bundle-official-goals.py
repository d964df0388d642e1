#!/usr/bin/env python3
"""Writes Veiviser's bundled goal catalogs (src/main/resources/catalog/) from Lovdata's open data.

Usage: scripts/bundle-official-goals.py <directory with alm.csv, sam.csv, lis1_kommune.csv, fkm.csv,
       fkm_old_del1_LM.csv and goals_meta.csv>

The goal text is the regulation's wording, copied unchanged; the theme is the heading the goal stands
under in vedlegg 2. Nothing is added: no level numbers, no short titles. Where Helsedirektoratet names
an activity for a goal (ALM-063, ALM-068), it goes into the description with its source.
Source and licence: Lovdata, NLOD 2.0 (docs/catalogs.md).
"""
import csv
import sys
from pathlib import Path

HEADER = ["kode", "tittel", "tema", "beskrivelse", "kompetansetype", "læringsaktiviteter", "kilde"]


def read(directory, name):
    with open(directory / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(target, rows, themes, keep):
    with open(target, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(HEADER)
        for row in rows:
            if keep(row["code"]):
                out.writerow([row["code"], row["text"].strip(), themes.get(row["code"], ""),
                              row["activities"].strip(), "", "", row["source_url"]])


def main():
    source = Path(sys.argv[1])
    target = Path(__file__).resolve().parent.parent / "src/main/resources/catalog"
    themes = {row["code"]: row["theme_heading_in_regulation"] for row in read(source, "goals_meta.csv")}
    write(target / "ALM.csv", read(source, "alm.csv"), themes, lambda code: True)
    write(target / "SAM.csv", read(source, "sam.csv"), themes, lambda code: True)
    write(target / "KLK.csv", read(source, "lis1_kommune.csv"), themes, lambda code: code.startswith("KLK-"))
    write(target / "FKMK.csv", read(source, "lis1_kommune.csv"), themes, lambda code: code.startswith("FKMK-"))
    write(target / "FKMK-LM.csv", read(source, "fkm_old_del1_LM.csv"), themes, lambda code: True)
    write(target / "FKM.csv", read(source, "fkm.csv"), themes, lambda code: code.startswith("FKM-"))


if __name__ == "__main__":
    main()
