#!/usr/bin/env python3
"""Checks samples/expected.json against the files and measures word-shingle overlap.

SYNTHETIC SAMPLE tooling for the Uncrowned Guard test corpus (see samples/README.md).

Reads every article-bearing document in every format with a deliberately naive extractor (the article
paragraphs and subheadings only; headlines are left out), then
  * checks that the documents listed in expected.json are exactly those found in the files,
  * computes the Jaccard similarity of lower-cased 5-word shingles for every pair of documents,
  * checks that exact duplicates have identical body text, near duplicates score >= 0.7, and every
    other pair scores < 0.5 (articles of one story must not be templated copies of each other).
Prints the pairs and the highest score among unrelated pairs. Exit status 1 on any failure.

Usage: python3 samples/tools/check-corpus.py   (standard library only)
"""
import gzip
import html
import json
import re
import sys
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BODY_CLASSES = {"story-body", "article-text", "article-body", "entry-content"}


class BodyText(HTMLParser):
    """Collects <p> and <h2> text, inside a known body container when whole_page is set."""

    def __init__(self, whole_page):
        super().__init__(convert_charrefs=True)
        self.depth = 0 if whole_page else 1  # >0 while inside the article body container
        self.stack = []
        self.block = None
        self.blocks = []

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "div":
            self.stack.append(bool(classes & BODY_CLASSES))
            if self.stack[-1]:
                self.depth += 1
        if tag in ("p", "h2") and self.depth > 0:
            self.block = []

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            if self.stack.pop():
                self.depth -= 1
        if tag in ("p", "h2") and self.block is not None:
            self.blocks.append("".join(self.block).strip())
            self.block = None

    def handle_data(self, data):
        if self.block is not None:
            self.block.append(data)


def html_text(markup, whole_page=True):
    parser = BodyText(whole_page)
    parser.feed(markup)
    return "\n\n".join(b for b in parser.blocks if b)


def charset_of(raw):
    m = re.search(rb'<meta charset="([^"]+)"', raw[:2000])
    return m.group(1).decode("ascii") if m else "utf-8"


def warc_pages(path):
    data = gzip.decompress(path.read_bytes())  # concatenated members decompress as one stream
    pos, pages = 0, []
    while pos < len(data):
        head_end = data.index(b"\r\n\r\n", pos)
        head = data[pos:head_end].decode("utf-8")
        fields = dict(l.split(": ", 1) for l in head.split("\r\n")[1:])
        start = head_end + 4
        block = data[start:start + int(fields["Content-Length"])]
        pos = start + len(block) + 4
        if fields["WARC-Type"] == "response":
            payload = block[block.index(b"\r\n\r\n") + 4:]
            pages.append((fields["WARC-Target-URI"], payload))
    return pages


def brief_text(text):
    lines = [l.strip() for l in text.splitlines()]
    start = next(i for i, l in enumerate(lines) if l.startswith("TL;DR:")) + 1
    end = next(i for i, l in enumerate(lines) if l.startswith("Image Credit:"))
    return "\n\n".join(l for l in lines[start:end] if l)


def read_all():
    docs = {}
    for f in sorted((CORPUS / "html").glob("*.html")):
        raw = f.read_bytes()
        docs["html/" + f.name] = html_text(raw.decode(charset_of(raw)))
    rss = (CORPUS / "feeds" / "meridian-policy-review.rss.xml").read_text(encoding="utf-8")
    for i, m in enumerate(re.findall(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", rss, re.S), 1):
        docs[f"feeds/meridian-policy-review.rss.xml#{i}"] = html_text(m, whole_page=False)
    atom = (CORPUS / "feeds" / "northline-dispatch.atom.xml").read_text(encoding="utf-8")
    for i, m in enumerate(re.findall(r'<content type="html">(.*?)</content>', atom, re.S), 1):
        docs[f"feeds/northline-dispatch.atom.xml#{i}"] = html_text(html.unescape(m), whole_page=False)
    for url, payload in warc_pages(CORPUS / "warc" / "sample.warc.gz"):
        docs["warc/sample.warc.gz#" + url] = html_text(payload.decode("utf-8"))
    for i, line in enumerate((CORPUS / "jsonl" / "wire.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        docs[f"jsonl/wire.jsonl#{i}"] = rec["text"] if "text" in rec else html_text(rec["html"], whole_page=False)
    for f in sorted((CORPUS / "briefs").glob("*.txt")):
        docs["briefs/" + f.name] = brief_text(f.read_text(encoding="utf-8"))
    return docs


def shingles(text, k=5):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 1.0


def main():
    expected = json.loads((CORPUS.parent / "expected.json").read_text(encoding="utf-8"))
    docs = read_all()
    failures = []
    listed = {item["locator"] for item in expected["items"]}
    if set(docs) != listed or len(docs) != expected["documents"]:
        failures.append(f"documents differ: files-only {sorted(set(docs) - listed)}, expected-only {sorted(listed - set(docs))}")
    for loc, text in docs.items():
        words = len(re.findall(r"\w+", text))
        if not 150 <= words <= 400:
            failures.append(f"{loc}: {words} words, outside 150-400")
    sh = {loc: shingles(t) for loc, t in docs.items()}
    pairs = {}
    for kind in ("exactDuplicates", "nearDuplicates"):
        for p in expected[kind]:
            a, b = p["duplicate"], p["original"]
            score = jaccard(sh[a], sh[b])
            pairs[frozenset((a, b))] = score
            same = docs[a] == docs[b]
            print(f"{kind[:5]}  J5={score:.3f}  identical={same}  {a}  <-  {b}")
            if kind == "exactDuplicates" and not same:
                failures.append(f"exact duplicate bodies differ: {a} {b}")
            if kind == "nearDuplicates" and (same or score < 0.7):
                failures.append(f"near duplicate out of range ({score:.3f}): {a} {b}")
    worst = (0.0, ("", ""))
    for a, b in combinations(sorted(docs), 2):
        if frozenset((a, b)) in pairs:
            continue
        score = jaccard(sh[a], sh[b])
        worst = max(worst, (score, (a, b)))
        if score >= 0.5:
            failures.append(f"unlisted pair too similar ({score:.3f}): {a} {b}")
    print(f"highest J5 among the {len(docs) * (len(docs) - 1) // 2 - len(pairs)} other pairs: {worst[0]:.3f} {worst[1]}")
    counts = [len(re.findall(r"\w+", t)) for t in docs.values()]
    print(f"{len(docs)} documents; words per document {min(counts)}-{max(counts)}")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
