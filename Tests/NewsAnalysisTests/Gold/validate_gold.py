#!/usr/bin/env python3
"""Check the hand-written gold set in this folder (see README.md).

Usage: python3 validate_gold.py [GOLD_DIR ...] [--seeds DIR]   (default: dev/ and test/)

For every NNN-slug.txt / NNN-slug.json pair (and 000-example.json, whose story is
read from the seeds folder when it is there) it checks:
  - the story follows the wire format (header, category, title twice, byline, dateline);
  - the JSON has exactly the keys people / quotes / topics with the right types;
  - every mention occurs in the body, as a whole word, in the listed order and as often
    as listed (longer mentions are matched first, so "Chen" inside "Chen Wei-lun" is not
    counted twice);
  - every quote text occurs in the body (each "\n"-separated part of a multi-paragraph
    quote), quotes are listed in body order, and the list equals the quotations found
    by a simple scanner of the body's double quotation marks;
  - speaker kinds are valid, person speakers are listed people, unknown speakers are null;
  - topics are "A–B relations" for two countries of Data/gazetteers/countries.tsv, with
    the curated name of Data/topics/relations.tsv when the pair is curated.
Exits 1 and prints the problems when anything fails; prints counts otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from glob import glob

KINDS = {"person", "organization", "unnamed", "unknown"}
DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../Data"))


def load_topics():
    """Country names (countries.tsv) and the curated pair names (relations.tsv), by pair."""
    countries = set()
    for line in open(os.path.join(DATA, "gazetteers/countries.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            countries.add(line.split("\t")[0].strip())
    curated = {}
    for line in open(os.path.join(DATA, "topics/relations.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            a, b, name = [f.strip() for f in line.rstrip("\n").split("\t")]
            curated[frozenset((a, b))] = name
    return countries, curated


COUNTRIES, CURATED = load_topics()


def topic_problem(topic):
    """None when `topic` is "A–B relations" for two countries of countries.tsv, named as
    relations.tsv names the pair when it is curated; else what is wrong."""
    if not topic.endswith(" relations") or topic.count("–") != 1:
        return "not 'A–B relations' (EN DASH)"
    a, b = topic[: -len(" relations")].split("–")
    for country in (a, b):
        if country not in COUNTRIES:
            return f"{country!r} is not a country name of countries.tsv"
    curated = CURATED.get(frozenset((a, b)))
    if curated and curated != topic:
        return f"the curated name is {curated!r}"
    return None


DATELINE = re.compile(r"^ ?\S.* \([A-Za-z]+\) [A-Z][a-z]{2} \d{1,2}, \d{4}$")
HEADER = re.compile(r"^ date \d{4}-\d{2}-\d{2} \S.*$")
OPEN = {'"': '"', "“": "”"}


def parse_story(text, problems, name):
    lines = text.split("\n")
    if len(lines) < 10:
        problems.append(f"{name}: story too short")
        return []
    if not HEADER.match(lines[0]):
        problems.append(f"{name}: bad header line {lines[0]!r}")
    if not lines[1].strip() or lines[1] != lines[1].upper():
        problems.append(f"{name}: category line is not upper case: {lines[1]!r}")
    if not lines[2].startswith(" ") or lines[2].strip() != lines[4].strip() or lines[3] or lines[5]:
        problems.append(f"{name}: title lines do not follow the format")
    if not lines[6].startswith("by "):
        problems.append(f"{name}: byline missing: {lines[6]!r}")
    if not DATELINE.match(lines[7]):
        problems.append(f"{name}: bad dateline {lines[7]!r}")
    paragraphs = [l for l in lines[8:] if l.strip()]
    for i, l in enumerate(lines[8:]):
        if i % 2 == 0 and l.strip():
            problems.append(f"{name}: paragraphs must be separated by blank lines")
            break
    return paragraphs


def scan_quotes(paragraphs):
    """Double-quoted spans in body order; a paragraph left open that is followed by a
    paragraph opening with a quote mark continues the same quotation."""
    quotes, pending = [], None
    for para in paragraphs:
        i = 0
        if pending is not None:
            if para[:1] in OPEN:
                j = para.find(OPEN[para[0]], 1)
                if j < 0:
                    pending += "\n" + para[1:]
                    continue
                quotes.append(pending + "\n" + para[1:j])
                pending, i = None, j + 1
            else:
                quotes.append(pending)
                pending = None
        while i < len(para):
            if para[i] in OPEN:
                j = para.find(OPEN[para[i]], i + 1)
                if j < 0:
                    pending = para[i + 1:]
                    break
                quotes.append(para[i + 1:j])
                i = j + 1
            else:
                i += 1
    if pending is not None:
        quotes.append(pending)
    return quotes


def word_re(s):
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def check_pair(name, story_text, gold, problems, counts, strict=True):
    paragraphs = parse_story(story_text, problems, name)
    body = "\n".join(paragraphs)
    if set(gold) != {"people", "quotes", "topics"}:
        problems.append(f"{name}: keys must be people, quotes, topics; got {sorted(gold)}")
        return
    people = gold["people"]
    names = set()
    claimed = []  # (start, end)
    found = []    # (pos, mention, person)
    for p in people:
        if set(p) != {"name", "role", "mentions"}:
            problems.append(f"{name}: person keys wrong: {p}")
            continue
        if not isinstance(p["name"], str) or not (p["role"] is None or isinstance(p["role"], str)):
            problems.append(f"{name}: bad name/role types in {p['name']}")
        names.add(p["name"])
        if not p["mentions"]:
            problems.append(f"{name}: {p['name']} has no mentions")
        for m in set(p["mentions"]):
            occ = len(word_re(m).findall(body))
            if occ == 0:
                problems.append(f"{name}: mention {m!r} not in body")
            elif occ < p["mentions"].count(m):
                problems.append(f"{name}: mention {m!r} listed {p['mentions'].count(m)}x, body has {occ}")
        counts["mentions"] += len(p["mentions"])
    if strict:
        # exact order/count check, longest strings first across all people
        allm = sorted({(m, p["name"]) for p in people for m in p["mentions"]}, key=lambda x: -len(x[0]))
        for m, who in allm:
            for mo in word_re(m).finditer(body):
                if any(mo.start() < e and s < mo.end() for s, e in claimed):
                    continue
                claimed.append((mo.start(), mo.end()))
                found.append((mo.start(), m, who))
        found.sort()
        for p in people:
            seq = [m for _, m, who in found if who == p["name"]]
            if seq != p["mentions"]:
                problems.append(f"{name}: mentions of {p['name']} in body are {seq}, gold {p['mentions']}")
    counts["people"] += len(people)

    last = -1
    texts = []
    for q in gold["quotes"]:
        if set(q) != {"text", "speaker", "speaker_kind", "partial"}:
            problems.append(f"{name}: quote keys wrong: {q}")
            continue
        texts.append(q["text"])
        parts = q["text"].split("\n")
        pos = body.find(parts[0], last + 1) if parts[0] else -1
        for part in parts:
            if part not in body:
                problems.append(f"{name}: quote text not in body: {part!r}")
        if pos < 0:
            problems.append(f"{name}: quote out of order or missing: {parts[0][:50]!r}")
        else:
            last = pos
        kind = q["speaker_kind"]
        if kind not in KINDS:
            problems.append(f"{name}: bad speaker_kind {kind!r}")
        if kind == "person" and q["speaker"] not in names:
            problems.append(f"{name}: person speaker {q['speaker']!r} not in people")
        if kind == "unknown" and q["speaker"] is not None:
            problems.append(f"{name}: unknown speaker must be null")
        if kind in {"organization", "unnamed"} and not (isinstance(q["speaker"], str) and q["speaker"]):
            problems.append(f"{name}: {kind} speaker must be a non-empty string")
        if not isinstance(q["partial"], bool):
            problems.append(f"{name}: partial must be true or false")
        counts["quotes"] += 1
        counts["kind_" + str(kind)] += 1
        counts["partial"] += bool(q["partial"])
        counts["multi_paragraph"] += "\n" in q["text"]
    if strict:
        scanned = scan_quotes(paragraphs)
        if scanned != texts:
            problems.append(f"{name}: quotes found by the scanner differ from gold:\n  scanned {scanned}\n  gold    {texts}")
    for t in gold["topics"]:
        problem = topic_problem(t)
        if problem:
            problems.append(f"{name}: topic {t!r}: {problem}")
        counts["topic " + t] += 1
    if not gold["topics"]:
        counts["topic (none)"] += 1


def check_folder(gold_dir, seeds, counts, problems):
    stories = 0
    for js in sorted(glob(os.path.join(gold_dir, "[0-9][0-9][0-9]-*.json"))):
        base = os.path.basename(js)[:-5]
        try:
            gold = json.load(open(js, encoding="utf-8"))
        except ValueError as e:
            problems.append(f"{base}: invalid JSON: {e}")
            continue
        txt = js[:-5] + ".txt"
        if base == "000-example":
            cands = sorted(glob(os.path.join(seeds, "000_*.txt")))
            if not cands:
                print(f"note: {seeds} has no 000_*.txt; 000-example.json checked for shape only")
                check_pair(base, "\n" * 10, gold, [], Counter(), strict=False)
                continue
            txt = cands[0]
        elif not os.path.exists(txt):
            problems.append(f"{base}: no .txt beside the .json")
            continue
        check_pair(base, open(txt, encoding="utf-8").read(), gold, problems, counts)
        stories += 1
    for txt in sorted(glob(os.path.join(gold_dir, "[0-9][0-9][0-9]-*.txt"))):
        if not os.path.exists(txt[:-4] + ".json"):
            problems.append(f"{os.path.basename(txt)}: no .json beside the .txt")
    return stories


def main():
    args = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    seeds = os.path.normpath(os.path.join(here, "../../../../shared/seeds"))
    if "--seeds" in args:
        i = args.index("--seeds")
        seeds = args[i + 1]
        del args[i:i + 2]
    folders = args or [os.path.join(here, "dev"), os.path.join(here, "test")]
    problems = []
    for folder in folders:
        counts = Counter()
        stories = check_folder(folder, seeds, counts, problems)
        print(f"== {os.path.basename(os.path.normpath(folder))}: stories: {stories}")
        for k in sorted(counts):
            print(f"  {k}: {counts[k]}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
