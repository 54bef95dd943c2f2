#!/usr/bin/env python3
"""Evaluate the cleaning engine on ../shared/extraction (when present).

    python3 eval/extraction/run.py [--tool build-clean/bench/cleaner_bench] [--per-page]

Runs the tool over the development pages (`TOOL --out-dir DIR FILE...`, the command
line of `gleaner clean --out-dir`), scores the output with ../shared/extraction/evaluate.py
and prints F1 / precision / recall, the mean time per page (one thread, parsing
included, as the tool measures it) and the peak memory (RSS) of the batch. Then checks
the plain-text sample ../shared/samples/ai-news-microsoft-japan.txt.
Python standard library only.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / 'shared'


def find_tool(arg):
    if arg:
        return Path(arg)
    for b in ('build-clean', 'build', 'build-ci'):
        p = ROOT / b / 'bench' / 'cleaner_bench'
        if p.exists():
            return p
    sys.exit('cleaner_bench not found: build it (ninja -C build-clean cleaner_bench) or pass --tool')


def run_tool(tool, out_dir, files, fmt='text'):
    cmd = [str(tool)] + (['--out-dir', str(out_dir)] if out_dir else []) + ['--format', fmt] + [str(f) for f in files]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(cmd, capture_output=True, text=True)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    mean_ms = None
    for line in proc.stderr.splitlines():
        if line.startswith('pages '):
            parts = line.split()
            mean_ms = float(parts[parts.index('mean_ms') + 1])
        else:
            print('  tool:', line, file=sys.stderr)
    return mean_ms, max(peak_kb, before) / 1024.0, proc.returncode


def check_sample(tool):
    sample = SHARED / 'samples' / 'ai-news-microsoft-japan.txt'
    if not sample.exists():
        print('sample: skipped (no ../shared/samples)')
        return True
    with tempfile.TemporaryDirectory() as d:
        run_tool(tool, d, [sample], 'json')
        art = json.loads((Path(d) / 'ai-news-microsoft-japan.json').read_text(encoding='utf-8'))
    text = art['text']
    problems = []
    if art['title'] != 'A Strategic Leap: Microsoft Commits $10 Billion to Japan\u2019s AI Future':
        problems.append('title is %r' % art['title'])
    if art['site'] != 'AI News':
        problems.append('site is %r' % art['site'])
    if not text.startswith('In a move that signals'):
        problems.append('body starts with %r' % text[:60])
    if not text.rstrip().endswith('modern society.'):
        problems.append('body ends with %r' % text[-60:])
    for listing in ('ThumbnailCreator.com', 'Featured', 'FalcoCut', 'Microsoft Commits $10 Billion to Japan for AI'):
        if listing in text:
            problems.append('body contains the listing line %r' % listing)
    # The three pillars the text announces sit under the heading that lists them.
    headings = [('Pillars of the Investment: Infrastructure, Security, and Talent', 2),
                ('Expanding Hyperscale AI Infrastructure', 3), ('Strengthening National Cybersecurity', 3),
                ('Cultivating the Next Generation of AI Talent', 3),
                ('The Macro-Economic Rationale: Why Japan?', 2), ('Looking Ahead: A Sustained Commitment', 2)]
    html = art['html']
    for h, level in headings:
        if '<h%d>%s</h%d>' % (level, h.replace('&', '&amp;'), level) not in html:
            problems.append('heading %r is not a level-%d heading' % (h, level))
    # The "Investment Breakdown" table, pasted as text with wrapped rows, is a
    # table again: header cells, and each row's wrapped line in its last cell.
    if '<th>Investment Focus</th><th>Primary Objective</th><th>Expected Impact by 2029</th>' not in html:
        problems.append('the table header is missing')
    if ('<td>AI Infrastructure</td><td>Deployment of high-performance data centers</td>'
            '<td>Reduced latency and increased AI workload capacity</td>') not in html:
        problems.append('the table rows are missing or split')
    if not art['description'].startswith('Microsoft announced a four-year'):
        problems.append('description is %r' % art['description'][:60])
    print('sample (plain text): ' + ('OK' if not problems else 'FAILED'))
    for p in problems:
        print('  - ' + p)
    return not problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tool')
    ap.add_argument('--per-page', action='store_true')
    ap.add_argument('--keep', help='write the predictions to this directory and keep them')
    ap.add_argument('--timing-runs', type=int, default=5,
                    help='time the whole batch this many more times and report the median '
                         '(a shared machine is noisy; one run can be 30%% off)')
    args = ap.parse_args()
    tool = find_tool(args.tool)
    ext = SHARED / 'extraction'
    if not (ext / 'evaluate.py').exists():
        print('extraction evaluation: skipped (no %s)' % ext)
        return 0
    ids = (ext / 'ids.txt').read_text().split()
    files = [ext / 'pages' / (i + '.html.gz') for i in ids]
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix='gleaner-eval-'))
    out.mkdir(parents=True, exist_ok=True)
    mean_ms, peak_mb, rc = run_tool(tool, out, files)
    cmd = [sys.executable, str(ext / 'evaluate.py'), str(out), '--ids', str(ext / 'ids.txt'),
           '--n-bootstrap', '100']
    if args.per_page:
        cmd.append('--per-page')
    score = subprocess.run(cmd, capture_output=True, text=True)
    print(score.stdout.strip())
    if score.returncode:
        print(score.stderr, file=sys.stderr)
    times = [mean_ms or -1]
    for _ in range(max(0, args.timing_runs)):
        t, _, _ = run_tool(tool, None, files)
        times.append(t or -1)
    times.sort()
    print('time: %.2f ms/page median of %d runs (min %.2f, max %.2f; one thread, gzip and parsing '
          'included); peak RSS %.1f MB' % (statistics.median(times), len(times), times[0], times[-1], peak_mb))
    ok = check_sample(tool)
    if not args.keep:
        for f in out.iterdir():
            f.unlink()
        out.rmdir()
    return 0 if ok and rc == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
