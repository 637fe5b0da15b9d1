#!/usr/bin/env python3
"""A misbehaving HTTP server for the fetcher's tests (Python 3 stdlib only).

Usage: http_server.py ROOT LOG

Listens on 127.0.0.1, port chosen by the system, and prints the port as its
first line. Every request is appended to LOG as one JSON object per line:
{"method", "path", "headers" (names lowercase), "time" (epoch seconds)},
written when the request arrives. Paths:

  /etag                   200 with ETag "v1" and a Last-Modified; 304 when
                          If-None-Match or If-Modified-Since matches
  /redirect/CODE/N        N redirects with CODE (301, 302, 307, 308), then 200
  /redirect/chain/C1,C2   one redirect per listed code, then 200
  /redirect/loop          a 302 to itself, forever
  /redirect/to-ftp        a 302 to an ftp:// URL
  /redirect-to-loopback?port=N   a 302 to http://127.0.0.1:N/
  /retry-after/429        429 with Retry-After: 7
  /retry-after/503?at=T   503 with Retry-After: the HTTP-date of epoch T
  /status/N               status N
  /slow                   promises 100 bytes, drips one a second
  /truncated              promises 1000 bytes, sends 10 and closes
  /oversize?bytes=N       N bytes (8 MiB by default); &length=none: no
                          Content-Length, the end of the body is the close
  /endless                an XML-looking body that never ends (no
                          Content-Length, 64 KiB at a time until the
                          client hangs up)
  /gzip                   a gzip-encoded text
  /gzip-bomb              1 MiB of gzip that inflates to 1 GiB of zeros
  /latin1                 Latin-1 bytes labelled charset=utf-8
  /concurrency            sleeps 200 ms, counting requests in progress;
  /concurrency/max        the most seen at once
  anything else           the files below ROOT
"""

import functools
import gzip
import http.server
import json
import struct
import sys
import threading
import time
import zlib
from email.utils import formatdate
from urllib.parse import parse_qs, urlsplit

ETAG = '"v1"'
LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"
GZIP_TEXT = b"hello, decompressed world\n" * 100

lock = threading.Lock()
log_file = None
concurrent = 0
max_concurrent = 0
bomb = None


def gzip_bomb():
    """1 GiB of zeros as gzip, built from one repeated deflate block."""
    global bomb
    with lock:
        if bomb is None:
            mib = bytes(1 << 20)
            deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
            first = deflate.compress(mib) + deflate.flush(zlib.Z_SYNC_FLUSH)
            # With the window full of zeros, every further MiB compresses alike.
            again = deflate.compress(mib) + deflate.flush(zlib.Z_SYNC_FLUSH)
            end = deflate.flush(zlib.Z_FINISH)
            crc = 0
            for _ in range(1024):
                crc = zlib.crc32(mib, crc)
            header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
            trailer = struct.pack("<II", crc, (1 << 30) & 0xFFFFFFFF)
            bomb = header + first + again * 1023 + end + trailer
        return bomb


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, status, location):
        self.send(status, b"", [("Location", location)])

    def do_GET(self):
        record = {
            "method": self.command,
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "time": time.time(),
        }
        with lock:
            log_file.write(json.dumps(record) + "\n")
            log_file.flush()
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        parts = url.path.strip("/").split("/")
        try:
            self.route(parts, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up: fine

    def route(self, parts, query):
        first, rest = parts[0], parts[1:]
        if first == "etag":
            if (self.headers.get("If-None-Match") == ETAG
                    or self.headers.get("If-Modified-Since") == LAST_MODIFIED):
                self.send(304, b"", [("ETag", ETAG)])
            else:
                self.send(200, b"tagged\n", [("ETag", ETAG), ("Last-Modified", LAST_MODIFIED),
                                             ("Content-Type", "text/plain")])
        elif first == "redirect" and rest == ["loop"]:
            self.redirect(302, "/redirect/loop")
        elif first == "redirect" and rest == ["to-ftp"]:
            self.redirect(302, "ftp://127.0.0.1/file.txt")
        elif first == "redirect" and rest[:1] == ["chain"]:
            codes = [c for c in (rest[1] if len(rest) > 1 else "").split(",") if c]
            if codes:
                self.redirect(int(codes[0]), "/redirect/chain/" + ",".join(codes[1:]))
            else:
                self.send(200, b"arrived\n")
        elif first == "redirect" and len(rest) == 2:
            code, left = int(rest[0]), int(rest[1])
            if left > 0:
                self.redirect(code, "/redirect/%d/%d" % (code, left - 1))
            else:
                self.send(200, b"arrived\n")
        elif first == "redirect-to-loopback":
            self.redirect(302, "http://127.0.0.1:%s/" % query["port"])
        elif first == "retry-after" and rest == ["429"]:
            self.send(429, b"slow down\n", [("Retry-After", "7")])
        elif first == "retry-after" and rest == ["503"]:
            self.send(503, b"later\n", [("Retry-After", formatdate(int(query["at"]), usegmt=True))])
        elif first == "status":
            self.send(int(rest[0]), b"status %s\n" % rest[0].encode())
        elif first == "slow":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
        elif first == "truncated":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.close_connection = True
        elif first == "oversize":
            body = b"a" * int(query.get("bytes", 8 << 20))
            if query.get("length") == "none":
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True
            else:
                self.send(200, body)
        elif first == "endless":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<item><title>more</title></item>" * 2048
            try:
                self.wfile.write(b"<rss><channel>")
                while True:
                    self.wfile.write(chunk)
            except OSError:  # the client hung up
                pass
            self.close_connection = True
        elif first == "gzip":
            self.send(200, gzip.compress(GZIP_TEXT),
                      [("Content-Encoding", "gzip"), ("Content-Type", "text/plain")])
        elif first == "gzip-bomb":
            self.send(200, gzip_bomb(), [("Content-Encoding", "gzip")])
        elif first == "latin1":
            self.send(200, "café crème\n".encode("latin-1"),
                      [("Content-Type", "text/plain; charset=utf-8")])
        elif first == "concurrency" and rest == ["max"]:
            self.send(200, str(max_concurrent).encode())
        elif first == "concurrency":
            self.count_concurrency()
        else:
            super().do_GET()

    def count_concurrency(self):
        global concurrent, max_concurrent
        with lock:
            concurrent += 1
            max_concurrent = max(max_concurrent, concurrent)
        time.sleep(0.2)
        with lock:
            concurrent -= 1
        self.send(200, b"ok\n")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # clients hanging up are no news


def main():
    global log_file
    root, log_path = sys.argv[1], sys.argv[2]
    log_file = open(log_path, "a", encoding="utf-8")
    server = Server(
        ("127.0.0.1", 0), functools.partial(Handler, directory=root))
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
