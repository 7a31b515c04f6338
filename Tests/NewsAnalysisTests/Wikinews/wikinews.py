#!/usr/bin/env python3
"""Gold annotations of real Wikinews articles (../shared/corpora/wikinews, CC BY 2.5).

The articles' text is not in this repository: each annotation refers to its article by
row and URL, and to the text by offsets (Unicode code points into the CSV's `text`
field, as Python's str indexes it). See README.md for the format.

Usage:
  python3 wikinews.py split                   which rows are annotated, and their split
  python3 wikinews.py show ROW                the article, each line with its offset, and
                                              every double-quoted span with its offsets
  python3 wikinews.py check [FILE.json ...]   validate (default: dev/*.json and test/*.json)
  python3 wikinews.py review FILE.json        the annotation printed against the text
Corpus location: $NEWSWIRE_CORPORA, else ../../../../shared/corpora from this folder.
"""
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from glob import glob

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../Gold"))
from validate_gold import topic_problem  # noqa: E402

KINDS = {"person", "organization", "unnamed", "unknown"}
OPENING = {'"': '"', "“": "”"}
KEYS = {"row", "url", "text_sha1", "people", "quotes", "not_quotes", "topics"}


def corpus_rows():
    root = os.environ.get("NEWSWIRE_CORPORA") or os.path.normpath(os.path.join(HERE, "../../../../shared/corpora"))
    path = os.path.join(root, "wikinews/wikinews_2019.csv")
    csv.field_size_limit(10 ** 9)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def split_of(row):
    """Every other row is annotated; of those, alternate ones are dev and test."""
    if row % 2:
        return "dev"
    return "dev" if (row // 2) % 2 == 0 else "test"


def quoted_spans(text):
    """(start, end) inside each pair of double quotation marks, line by line. A line that
    opens a quotation without closing it continues into the next non-empty line when that
    line opens with a quotation mark (the newspaper convention): the span then runs from
    inside the first mark to the final closing one. Any other unclosed mark is stray."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    spans, pending = [], None  # pending: (start, closing mark)
    for index, (offset, line) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        i = 0
        if pending is not None:
            if line[:1] not in OPENING:
                pending = None
            else:
                j = line.find(pending[1], 1)
                if j < 0:
                    if following[:1] not in OPENING:
                        pending = None
                    continue
                spans.append((pending[0], offset + j))
                pending, i = None, j + 1
        while i < len(line):
            c = line[i]
            if c in OPENING:
                j = line.find(OPENING[c], i + 1)
                if j >= 0:
                    spans.append((offset + i + 1, offset + j))
                    i = j + 1
                    continue
                if following[:1] in OPENING:
                    pending = (offset + i + 1, OPENING[c])
                    break
            i += 1
    return spans


def show(row):
    rows = corpus_rows()
    r = rows[row]
    text = r["text"]
    print(f"row {row} ({split_of(row) or 'not annotated'}): {r['title']}\n{r['url']}\nsha1 {sha1(text)}\n")
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            print(f"[{offset}] {line}")
        offset += len(line) + 1
    print("\nquoted spans:")
    for s, e in quoted_spans(text):
        print(f"  [{s}, {e}] {text[s:e]!r}")


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def plain(name):
    """Lower case without diacritics: "Brudziński" and "Brudzinski" are one name."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_bounded(text, s, e):
    return (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())


def check(path, rows, problems):
    name = os.path.relpath(path, HERE)
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except ValueError as error:
        problems.append(f"{name}: invalid JSON: {error}")
        return
    if set(gold) != KEYS:
        problems.append(f"{name}: keys must be {sorted(KEYS)}; got {sorted(gold)}")
        return
    row = gold["row"]
    if not isinstance(row, int) or not 0 <= row < len(rows):
        problems.append(f"{name}: bad row {row!r}")
        return
    if split_of(row) != os.path.basename(os.path.dirname(path)) or os.path.basename(path) != f"{row:03d}.json":
        problems.append(f"{name}: row {row} belongs in {split_of(row)}/{row:03d}.json")
    text = rows[row]["text"]
    if rows[row]["url"] != gold["url"]:
        problems.append(f"{name}: url is not row {row}'s")
    if sha1(text) != gold["text_sha1"]:
        problems.append(f"{name}: text_sha1 differs: the corpus text changed")
        return

    def span(value, what):
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)
                and 0 <= value[0] < value[1] <= len(text)):
            problems.append(f"{name}: {what}: bad span {value!r}")
            return None
        return value

    names, claimed = set(), []
    for person in gold["people"]:
        if set(person) != {"name", "mentions"} or not isinstance(person["name"], str) or not person["mentions"]:
            problems.append(f"{name}: person needs name and mentions: {person}")
            continue
        if person["name"] in names:
            problems.append(f"{name}: {person['name']} listed twice")
        names.add(person["name"])
        words = set(re.findall(r"[\w.'’-]+", plain(person["name"])))
        for value in person["mentions"]:
            m = span(value, f"mention of {person['name']}")
            if not m:
                continue
            s, e = m
            surface = text[s:e]
            if not word_bounded(text, s, e):
                problems.append(f"{name}: mention {surface!r} at {s} of {person['name']} is not a whole word")
            if not set(re.findall(r"[\w.'’-]+", plain(surface))) <= words:
                problems.append(f"{name}: mention {surface!r} at {s} has words not in the name {person['name']!r}")
            if any(s < b and a < e for a, b in claimed):
                problems.append(f"{name}: mention {surface!r} at {s} overlaps another")
            claimed.append((s, e))
        starts = [m[0] for m in person["mentions"] if isinstance(m, list) and m]
        if starts != sorted(starts):
            problems.append(f"{name}: mentions of {person['name']} are not in text order")

    scanned = set(quoted_spans(text))
    listed = set()
    for quote in gold["quotes"]:
        if set(quote) != {"start", "end", "speaker", "speaker_kind", "partial"}:
            problems.append(f"{name}: quote keys wrong: {quote}")
            continue
        s, e = quote["start"], quote["end"]
        if (s, e) not in scanned:
            problems.append(f"{name}: quote [{s}, {e}] {text[s:e][:40]!r} is not a double-quoted span (see show)")
        listed.add((s, e))
        kind = quote["speaker_kind"]
        if kind not in KINDS:
            problems.append(f"{name}: bad speaker_kind {kind!r}")
        elif kind == "person" and quote["speaker"] not in names:
            problems.append(f"{name}: person speaker {quote['speaker']!r} is not in people")
        elif kind == "unknown" and quote["speaker"] is not None:
            problems.append(f"{name}: an unknown speaker is null")
        elif kind in {"organization", "unnamed"} and not (isinstance(quote["speaker"], str) and quote["speaker"]):
            problems.append(f"{name}: an {kind} speaker is the phrase that names it")
        if not isinstance(quote["partial"], bool):
            problems.append(f"{name}: partial is true or false")
    for item in gold["not_quotes"]:
        if set(item) != {"start", "end", "why"} or item["why"] not in {"title", "name", "scare", "term", "other"}:
            problems.append(f"{name}: not_quotes entries are start, end, why (title|name|scare|term|other): {item}")
            continue
        listed.add((item["start"], item["end"]))
    for s, e in sorted(scanned - listed):
        problems.append(f"{name}: quoted span [{s}, {e}] {text[s:e][:40]!r} is in neither quotes nor not_quotes")
    starts = [q["start"] for q in gold["quotes"] if "start" in q]
    if starts != sorted(starts):
        problems.append(f"{name}: quotes are not in text order")
    for topic in gold["topics"]:
        problem = topic_problem(topic)
        if problem:
            problems.append(f"{name}: topic {topic!r}: {problem}")


def review(path):
    rows = corpus_rows()
    gold = json.load(open(path, encoding="utf-8"))
    text = rows[gold["row"]]["text"]
    print(rows[gold["row"]]["title"])
    for person in gold["people"]:
        print(f"person {person['name']}: {[text[s:e] for s, e in person['mentions']]}")
    for q in gold["quotes"]:
        print(f"quote {'partial' if q['partial'] else 'full'} {q['speaker_kind']} {q['speaker']}: {text[q['start']:q['end']][:70]!r}")
    for q in gold["not_quotes"]:
        print(f"not a quote ({q['why']}): {text[q['start']:q['end']][:70]!r}")
    print(f"topics: {gold['topics']}")


def main():
    args = sys.argv[1:]
    if args[:1] == ["show"] and len(args) == 2:
        show(int(args[1]))
    elif args[:1] == ["review"] and len(args) == 2:
        review(args[1])
    elif args[:1] == ["split"]:
        rows = corpus_rows()
        for row in range(len(rows)):
            if split_of(row):
                print(f"{row:03d} {split_of(row)} {rows[row]['title']}")
    elif args[:1] == ["check"]:
        rows = corpus_rows()
        files = args[1:] or sorted(glob(os.path.join(HERE, "dev/*.json")) + glob(os.path.join(HERE, "test/*.json")))
        problems = []
        for path in files:
            check(path, rows, problems)
        if problems:
            print("\n".join(problems))
            sys.exit(1)
        print(f"{len(files)} annotations valid")
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
