import calendar, datetime as dt, json, re, sys
from decimal import Decimal

def d(s): return dt.date.fromisoformat(s)
def add_months(pub, n):
    p = d(pub); m = p.month - 1 + n; y = p.year + m // 12; m = m % 12 + 1
    day = min(p.day, calendar.monthrange(y, m)[1]); return dt.date(y, m, day).isoformat()
def add_years(pub, n): return add_months(pub, 12 * n)
def add_days(pub, n): return (d(pub) + dt.timedelta(days=n)).isoformat()

def u16(s): return len(s.encode('utf-16-le')) // 2

def locate(text, span, occ):
    n = text.count(span)
    if n == 0: raise SystemExit('span %r not in %r' % (span, text))
    if n > 1 and occ is None: raise SystemExit('span %r ambiguous (%d) in %r' % (span, n, text))
    i = -1
    for _ in range((occ or 0) + 1):
        i = text.index(span, i + 1)
    return u16(text[:i]), u16(text[:i]) + u16(span)

# item constructors (offsets filled later)
def M(span, amount, cur, amax=None, occ=None, strict=True):
    it = {"kind": "amount", "text": span, "amount": amount, "currency": cur,
          "currency_strict": cur if strict else None, "unit": None}
    if amax: it["amount_max"] = amax
    it["_occ"] = occ; return it
def Q(span, amount, unit, alt=None, amax=None, occ=None):
    it = {"kind": "amount", "text": span, "amount": amount, "currency": None, "unit": unit}
    if alt: it["unit_alt"] = alt
    if amax: it["amount_max"] = amax
    it["_occ"] = occ; return it
def D(span, due, prec, alt=None, occ=None):
    it = {"kind": "deadline", "text": span, "due": due, "precision": prec}
    if alt: it["due_alt"] = alt
    it["_occ"] = occ; return it
def I(span, reason, occ=None): return {"text": span, "reason": reason, "_occ": occ}
def X(span, typ, occ=None): return {"text": span, "type": typ, "_occ": occ}

def place(text, it, order):
    occ = it.pop("_occ"); s, e = locate(text, it["text"], occ)
    out = {}
    for k in order:
        if k == "start": out["start"] = s
        elif k == "end": out["end"] = e
        elif k in it: out[k] = it[k]
    for k in it:
        if k not in out: out[k] = it[k]
    return out

EN_WORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|trillion|half|quarter|decade|year|years|month|months|week|weeks|day|days|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept|oct|nov|dec|spring|summer|autumn|fall|winter|annual|annually)\b"

def build(specs, prefix, source, kinds=("amount", "deadline"), lang="en"):
    rows = []
    for n, sp in enumerate(specs, 1):
        text, pub = sp["text"], sp["pub"]
        exp = [place(text, dict(it), ["kind", "start", "end", "text"]) for it in sp.get("E", [])]
        exp.sort(key=lambda x: x["start"])
        ign = [place(text, dict(it), ["start", "end", "text", "reason"]) for it in sp.get("I", [])]
        dis = [place(text, dict(it), ["start", "end", "text", "type"]) for it in sp.get("X", [])]
        for it in exp:
            if it["kind"] == "deadline":
                assert it["due"] > pub, (prefix, n, it)
                assert it["precision"] in ("day", "month", "quarter", "year")
            else:
                Decimal(it["amount"])
        # coverage check: digits and number/calendar words
        spans = [(x["start"], x["end"]) for x in exp + ign + dis]
        def covered(a, b): return any(s <= a and b <= e for s, e in spans)
        # overlaps between expect items and distractors/ignores
        for x in exp:
            for y in dis:
                if x["start"] < y["end"] and y["start"] < x["end"]:
                    print("WARN overlap expect/distractor", prefix, n, x["text"], y["text"], file=sys.stderr)
        pats = [r"[0-9０-９]+(?:[.,][0-9０-９]+)*"]
        if lang == "en": pats.append(EN_WORDS)
        else: pats.append(r"[一二三四五六七八九十百千万億兆]+|昨年|今年|来年|前年|先月|来月|今月|年度|年内|来春|今春|上期|下期|上半期|下半期|前期|通期|今期|来期")
        for pat in pats:
            for m in re.finditer(pat, text, flags=re.I):
                a, b = u16(text[:m.start()]), u16(text[:m.end()])
                if not covered(a, b):
                    print("UNCOVERED %s-%03d: %r in %s" % (prefix, n, m.group(0), text[max(0, m.start()-25):m.end()+25]), file=sys.stderr)
        case = {"id": "%s-%03d" % (prefix, n), "text": text, "published": pub, "kinds": list(kinds),
                "expect": exp, "ignore": ign, "distractors": dis, "source": source,
                "region": sp.get("region"), "tags": sp.get("tags", [])}
        rows.append(case)
    return rows

def write(rows, path, predpath):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if predpath:
        with open(predpath, "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps({"id": r["id"], "suggestions": []}) + "\n")
