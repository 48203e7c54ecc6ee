#!/usr/bin/env python3
"""Builds samples/corpus/warc/sample.warc.gz from the pages in samples/warc-src/.

SYNTHETIC SAMPLE tooling for the Uncrowned Guard test corpus. The pages are invented news articles on
invented publications (.example domains); see samples/README.md.

The output is a WARC/1.1 file with one gzip member per record (as crawlers write them, so a reader can
seek to any record): a warcinfo record, then a request and a response record for every page listed in
warc-src/manifest.tsv, in manifest order. Record ids, dates and gzip headers are derived from the
manifest, so rebuilding from unchanged sources gives byte-identical output and a clean git diff.

Usage: python3 samples/tools/build-warc.py  (no arguments; paths are relative to this script)
Standard library only.
"""
import base64
import gzip
import hashlib
import io
import uuid
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

SAMPLES = Path(__file__).resolve().parent.parent
SRC = SAMPLES / "warc-src"
OUT = SAMPLES / "corpus" / "warc" / "sample.warc.gz"
# A fixed namespace, so record ids are stable across rebuilds but unique per URL and record type.
NAMESPACE = uuid.UUID("6f1d9c52-3a7e-4c1b-9d0e-5b2f8a41c7e3")
CRLF = b"\r\n"


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(NAMESPACE, "|".join(parts))


def sha1_label(data):
    # WARC digests are conventionally SHA-1 in base32, as Heritrix and wget write them.
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(headers, block):
    """One complete record: version line, named fields, blank line, block, two CRLFs."""
    fields = [("Content-Length", str(len(block)))]
    lines = [b"WARC/1.1"]
    for name, value in list(headers) + fields:
        lines.append(("%s: %s" % (name, value)).encode("utf-8"))
    return CRLF.join(lines) + CRLF + CRLF + block + CRLF + CRLF


def gzip_member(data):
    buf = io.BytesIO()
    # mtime=0 and no file name keep the output reproducible.
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return buf.getvalue()


def read_manifest():
    rows = []
    for line in (SRC / "manifest.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, url, date = line.split("\t")
            rows.append((name, url, date))
    return rows


def warcinfo(first_date):
    info = (
        "software: samples/tools/build-warc.py (Python standard library)\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "description: SYNTHETIC SAMPLE for the Uncrowned Guard test corpus. Invented publications, people and "
        "organisations; real places. Not real news; never fetched from the network.\r\n"
        "isPartOf: uncrowned-guard-samples\r\n"
    ).encode("utf-8")
    headers = [
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", record_id("warcinfo")),
        ("WARC-Date", first_date),
        ("WARC-Filename", OUT.name),
        ("Content-Type", "application/warc-fields"),
    ]
    return warc_record(headers, info)


def http_request(url):
    parts = urlsplit(url)
    lines = [
        "GET %s HTTP/1.1" % (parts.path or "/"),
        "Host: %s" % parts.netloc,
        "User-Agent: uncrowned-guard-sample-builder/1.0 (synthetic)",
        "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
        "Accept-Language: en",
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def http_response(payload, date):
    when = format_datetime(datetime.strptime(date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
    lines = [
        "HTTP/1.1 200 OK",
        "Date: %s" % when,
        "Server: nginx",
        "Content-Type: text/html; charset=utf-8",
        "Content-Length: %d" % len(payload),
        "Cache-Control: max-age=300",
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + payload


def page_records(name, url, date):
    payload = (SRC / name).read_bytes()
    response_id = record_id("response", url)
    request_id = record_id("request", url)
    response_block = http_response(payload, date)
    request_block = http_request(url)
    response = warc_record([
        ("WARC-Type", "response"),
        ("WARC-Record-ID", response_id),
        ("WARC-Date", date),
        ("WARC-Target-URI", url),
        ("WARC-Warcinfo-ID", record_id("warcinfo")),
        ("WARC-Block-Digest", sha1_label(response_block)),
        ("WARC-Payload-Digest", sha1_label(payload)),
        ("Content-Type", "application/http;msgtype=response"),
    ], response_block)
    request = warc_record([
        ("WARC-Type", "request"),
        ("WARC-Record-ID", request_id),
        ("WARC-Date", date),
        ("WARC-Target-URI", url),
        ("WARC-Warcinfo-ID", record_id("warcinfo")),
        ("WARC-Concurrent-To", response_id),
        ("WARC-Block-Digest", sha1_label(request_block)),
        ("Content-Type", "application/http;msgtype=request"),
    ], request_block)
    # Crawlers write the request first; readers must not rely on the order.
    return [request, response]


def main():
    rows = read_manifest()
    records = [warcinfo(min(date for _, _, date in rows))]
    for name, url, date in rows:
        records.extend(page_records(name, url, date))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(b"".join(gzip_member(r) for r in records))
    print("wrote %s: %d records, %d pages" % (OUT.relative_to(SAMPLES.parent), len(records), len(rows)))


if __name__ == "__main__":
    main()
