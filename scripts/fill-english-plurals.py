#!/usr/bin/env python3
"""Fills the plural-only English catalogue: "%n day(s)" -> "%n day" / "%n days".

English needs no translation except plural forms; lupdate -pluralonly leaves them empty.
"""
import re
import sys
import xml.etree.ElementTree as ET

# Where "(s)" alone does not make the singular: the verb and pronoun follow the count.
SINGULAR_WORDS = [
    ("expire within", "expires within"),
    ("renew themselves", "renew itself"),
    ("are not on hold and are left out", "is not on hold and is left out"),
    ("could not be read and were skipped", "could not be read and was skipped"),
]

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
root.set("language", "en")
for message in root.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    singular = re.sub(r"\(s\)", "", source)
    for plural_words, singular_words in SINGULAR_WORDS:
        singular = singular.replace(plural_words, singular_words)
    # "proxy(s)" -> "proxies"; every other "(s)" -> "s".
    plural = re.sub(r"([^aeiou])y\(s\)", r"\1ies", source)
    plural = re.sub(r"\(s\)", "s", plural)
    forms[0].text = singular
    forms[1].text = plural
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
