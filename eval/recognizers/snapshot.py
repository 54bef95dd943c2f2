#!/usr/bin/env python3
"""Record or compare what the recognizers suggest, to move rules without changing behaviour.

usage: snapshot.py record FILE [--tool CMD]
       snapshot.py compare FILE [--tool CMD] [--show N]

Runs the recognizers over every text at hand and writes (record) or checks (compare)
one line per text with everything they suggest:
  - the project's own sample articles (resources/samples/*.txt), one case per paragraph;
  - phrases built from snapshot-phrases.json (expressions x leads x frames);
  - when ../shared is there: every recognizers development set, the seed sample, and the
    article bodies of the extraction benchmark (real news, several thousand paragraphs).
The snapshot file holds ids and results only, never the shared texts, so keep it outside
the repository (e.g. /tmp). `compare` prints every case whose suggestions changed and
exits 1 when any did. Python 3 standard library only.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import run  # noqa: E402  (find_data, find_tool)

PUBLISHED = "2026-04-02"


def paragraphs(prefix, text, published=PUBLISHED):
    out = []
    for n, para in enumerate(p.strip() for p in text.split("\n")):
        if para:
            out.append({"id": "%s#%d" % (prefix, n), "text": para, "published": published})
    return out


def cases():
    found = []
    samples = os.path.join(ROOT, "resources", "samples")
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt"):
            with open(os.path.join(samples, name), encoding="utf-8") as fh:
                found += paragraphs("own/" + name, fh.read())
    with open(os.path.join(HERE, "snapshot-phrases.json"), encoding="utf-8") as fh:
        phrases = json.load(fh)
    n = 0
    for expression in phrases["expressions"]:
        for lead in phrases["leads"]:
            for frame in phrases["frames"]:
                text = frame.format(lead + expression)
                found.append({"id": "phrase/%d" % n, "text": text[0].upper() + text[1:], "published": PUBLISHED})
                n += 1
    data = run.find_data(None)
    if not data:
        return found
    shared = os.path.dirname(data)
    for name in run.CASE_FILES:
        path = os.path.join(data, name)
        if not os.path.isfile(path):
            continue
        r = subprocess.run([sys.executable, os.path.join(data, "to_input.py"), path],
                           capture_output=True, text=True, check=True)
        for line in r.stdout.splitlines():
            if line.strip():
                case = json.loads(line)
                case["id"] = "%s/%s" % (name, case["id"])
                found.append(case)
    seed = os.path.join(shared, "samples", "ai-news-microsoft-japan.txt")
    if os.path.isfile(seed):
        with open(seed, encoding="utf-8") as fh:
            found += paragraphs("seed", fh.read())
    truth = os.path.join(shared, "extraction", "ground-truth.json")
    if os.path.isfile(truth):
        with open(truth, encoding="utf-8") as fh:
            pages = json.load(fh)
        for key in sorted(pages):
            body = pages[key].get("articleBody") or ""
            found += paragraphs("extraction/" + key[:12], body)
    return found


def results(tool, found):
    fd, path = tempfile.mkstemp(suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for case in found:
                fh.write(json.dumps(case, ensure_ascii=False) + "\n")
        r = subprocess.run(tool + [path], capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    got = {}
    for line in r.stdout.splitlines():
        if line.strip():
            row = json.loads(line)
            got[row["id"]] = row.get("suggestions", [])
    return got


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["record", "compare"])
    ap.add_argument("file")
    ap.add_argument("--tool")
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    tool = shlex.split(args.tool) if args.tool else run.find_tool()
    if not tool:
        print("snapshot.py: no tool found; build gleaner or pass --tool", file=sys.stderr)
        return 2
    found = cases()
    got = results(tool, found)
    if args.mode == "record":
        with open(args.file, "w", encoding="utf-8") as fh:
            for case in found:
                fh.write(json.dumps({"id": case["id"], "suggestions": got.get(case["id"])},
                                    ensure_ascii=False, sort_keys=True) + "\n")
        print("snapshot.py: recorded %d cases, %d suggestions" %
              (len(found), sum(len(v or []) for v in got.values())))
        return 0
    before = {}
    with open(args.file, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            before[row["id"]] = row["suggestions"]
    texts = {c["id"]: c["text"] for c in found}
    changed = [i for i in texts if json.dumps(before.get(i), sort_keys=True) != json.dumps(got.get(i), sort_keys=True)]
    for i in changed[:args.show]:
        print("--- %s\n    %s" % (i, texts[i][:300]))
        print("    before: %s" % json.dumps(before.get(i), ensure_ascii=False, sort_keys=True))
        print("    after:  %s" % json.dumps(got.get(i), ensure_ascii=False, sort_keys=True))
    print("snapshot.py: %d of %d cases changed" % (len(changed), len(texts)))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
