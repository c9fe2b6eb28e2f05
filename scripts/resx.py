#!/usr/bin/env python3
"""Writes Resources/*.resx from a strings table: python3 scripts/resx.py src/Events.Web/Resources/SharedResource.strings.tsv

The table has the columns key, en, fr, es separated by tabs; the key is the English text itself
unless it starts with '@'. Edit the table, run this, commit both."""
import sys, os
from xml.sax.saxutils import escape

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n  <resheader name="version"><value>2.0</value></resheader>\n  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n'

def main(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                sys.exit(f"{path}:{n}: expected 4 tab-separated columns, got {len(cols)}")
            rows.append(cols)
    base = path[: -len(".strings.tsv")]
    for index, suffix in ((1, ""), (2, ".fr"), (3, ".es")):
        with open(base + suffix + ".resx", "w", encoding="utf-8") as out:
            out.write(HEAD)
            for cols in rows:
                out.write(f'  <data name="{escape(cols[0], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(cols[index])}</value></data>\n')
            out.write("</root>\n")

if __name__ == "__main__":
    main(sys.argv[1])
