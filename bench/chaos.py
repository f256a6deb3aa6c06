#!/usr/bin/env python3
"""The chaos run behind bench/chaos (read that file's header): python3, standard library only."""
import argparse
import base64
import collections
import email.header
import gzip
import http.server
import json
import os
import random
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


def log(*parts):
    print("#", *parts, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the receivers -------------------------------------------------------------------------------------------------

class Mail(socketserver.StreamRequestHandler):
    """A minimal SMTP sink: accepts every message, records its recipients, Message-ID and Subject."""

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 chaos SMTP sink")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 chaos")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>").lower())
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                headers, in_headers, last = {}, True, None
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    text = data.decode("utf-8", "replace").rstrip("\r\n")
                    if in_headers:
                        if text == "":
                            in_headers = False
                        elif text[0] in " \t" and last:
                            headers[last] += " " + text.strip()
                        elif ":" in text:
                            last = text.split(":", 1)[0].lower()
                            headers[last] = text.split(":", 1)[1].strip()
                subject = str(email.header.make_header(email.header.decode_header(headers.get("subject", ""))))
                with self.server.lock:
                    for recipient in recipients:
                        self.server.messages.append((recipient, headers.get("message-id", ""), subject))
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class MailSink(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), Mail)
        self.messages = []
        self.lock = threading.Lock()


class Hook(http.server.BaseHTTPRequestHandler):
    """A webhook receiver: records each delivery's webhook-id, type and subject, answers 204."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        event = json.loads(body)
        data = event.get("data", {})
        subject = data.get("credentialId") or data.get("jobId") or ""
        with self.server.lock:
            self.server.deliveries.append((self.headers.get("webhook-id"), event["type"], subject))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


class HookReceiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), Hook)
        self.deliveries = []
        self.lock = threading.Lock()


# --- Laurel ---------------------------------------------------------------------------------------------------------

class Laurel:
    def __init__(self, args, work, smtp_port):
        self.args, self.work = args, work
        self.port, self.management = free_port(), free_port()
        self.smtp_port = smtp_port
        self.process = None
        self.log = open(os.path.join(work, "chaos-server.log"), "ab")

    def start(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith("LAUREL_")}
        env.update(LAUREL_SMTP_HOST="127.0.0.1", LAUREL_SMTP_PORT=str(self.smtp_port),
                   LAUREL_MANAGEMENT_PORT=str(self.management))
        self.process = subprocess.Popen(
            [self.args.java, "-Xmx768m", "-jar", self.args.jar, "start-dev", "--port", str(self.port),
             "--logging.level.root=WARN"],
            cwd=self.work, env=env, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        started = time.time()
        while time.time() - started < 900:
            if self.process.poll() is not None:
                raise SystemExit("chaos: the server did not start (see %s)" % self.log.name)
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/actuator/health/readiness" % self.management,
                                            timeout=2) as answer:
                    if answer.status == 200:
                        return time.time() - started
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.2)
        raise SystemExit("chaos: the server was not ready within 900 s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(90)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Unavailable(Exception):
    pass


class Api:
    def __init__(self, base, key):
        self.base, self.key = base, key

    def call(self, method, path, body=None, headers=None, content_type="application/json", timeout=60):
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + self.key)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                text = answer.read().decode()
                return answer.status, (json.loads(text) if text.startswith(("{", "[")) else text)
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            if e.code >= 500 or e.code == 429:
                raise Unavailable("%d %s" % (e.code, text[:200]))
            return e.code, (json.loads(text) if text.startswith(("{", "[")) else text)
        except (OSError, urllib.error.URLError) as e:
            raise Unavailable(str(e))

    def until_answered(self, *args, **kwargs):
        """The same request again (same Idempotency-Key) until Laurel answers it: a killed server answers nothing."""
        while True:
            try:
                return self.call(*args, **kwargs)
            except Unavailable:
                time.sleep(0.5)

    def get(self, path):
        return self.until_answered("GET", path)


# --- the run --------------------------------------------------------------------------------------------------------

class Workload:
    def __init__(self, api, achievement, mapping, seed):
        self.api, self.achievement, self.mapping = api, achievement, mapping
        self.random = random.Random(seed)
        self.issued = {}          # recipient email -> credential id
        self.revoked = set()      # credential ids
        self.requests = 0
        self.stopping = threading.Event()
        self.failures = []

    def issue(self, n):
        email = "single%d@chaos.test" % n
        key = str(uuid.uuid4())
        body = {"recipient": {"email": email, "name": "Single %d" % n}, "narrative": "Survived chaos."}
        while True:
            status, answer = self.api.until_answered("POST", "/api/v1/achievements/%s/issue" % self.achievement,
                                                     body, {"Idempotency-Key": key})
            if status in (200, 201):
                self.issued[email] = answer["id"]
                return
            if status == 409:  # the first attempt is still being processed (or was cut off: retried later)
                time.sleep(1)
                continue
            self.failures.append("issue %s: %s %s" % (email, status, answer))
            return

    def hook(self, n):
        email = "hook%d@chaos.test" % n
        body = {"id": "evt-%d" % n, "email": email, "name": "Hooked %d" % n}
        while True:
            status, answer = self.api.until_answered("POST", "/api/v1/hooks/%s" % self.mapping, body)
            if status in (200, 201) and answer.get("id"):
                self.issued[email] = answer["id"]
                return
            if status == 409:
                time.sleep(1)
                continue
            self.failures.append("hook %s: %s %s" % (email, status, answer))
            return

    def revoke(self, credential):
        status, answer = self.api.until_answered("POST", "/api/v1/credentials/%s/revoke" % credential,
                                                 {"reason": "chaos"})
        if status == 200 or (status == 409 and self.api.get("/api/v1/credentials/%s" % credential)[1]
                             .get("status") == "revoked"):
            self.revoked.add(credential)
        else:
            self.failures.append("revoke %s: %s %s" % (credential, status, answer))

    def run(self):
        n = 0
        while not self.stopping.is_set():
            n += 1
            choice = self.random.random()
            singles = [c for e, c in self.issued.items() if c not in self.revoked]
            if choice < 0.2 and singles:
                self.revoke(self.random.choice(singles))
            elif choice < 0.5:
                self.hook(n)
            else:
                self.issue(n)
            self.requests += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--java", required=True)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--image", required=True)
    args = parser.parse_args()
    seed = int(os.environ.get("CHAOS_SEED", str(random.randrange(1 << 30))))
    rows = int(os.environ.get("CHAOS_BULK", "1000"))
    chance = random.Random(seed)
    log("%s, %d cores, load average %.2f %.2f %.2f, seed %d" % (
        (time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()), os.cpu_count()) + os.getloadavg() + (seed,)))

    work = tempfile.mkdtemp(prefix="laurel-chaos-")
    sink = MailSink(free_port())
    receiver = HookReceiver(free_port())
    for server in (sink, receiver):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    laurel = Laurel(args, work, sink.server_address[1])
    passed = False
    try:
        log("starting Laurel in %s: ready in %.1f s" % (work, laurel.start()))
        bootstrap = subprocess.run(
            [args.java, "-jar", args.jar, "admin", "bootstrap", "--data-dir", "laurel-data", "--org",
             "Chaos University", "--email", "registrar@chaos.test"],
            cwd=work, capture_output=True, text=True, check=True)
        key = json.loads(bootstrap.stdout)["apiKey"]
        api = Api("http://localhost:%d" % laurel.port, key)
        with open(args.image, "rb") as image:
            picture = "data:image/png;base64," + base64.b64encode(image.read()).decode()
        status, badge = api.call("POST", "/api/v1/achievements", {
            "name": "Chaos Survivor", "description": "Issued while the server was being killed.",
            "criteria": {"narrative": "Be issued under chaos."}, "image": picture, "format": "di"})
        assert status == 201, badge
        achievement = badge["id"]
        status, endpoint = api.call("POST", "/api/v1/webhooks", {
            "url": "http://127.0.0.1:%d/hook" % receiver.server_address[1], "events": ["*"]})
        assert status == 201, endpoint
        status, mapping = api.call("POST", "/api/v1/hook-mappings", {
            "name": "Chaos events", "achievementId": achievement,
            "pointers": {"eventId": "/id", "recipientEmail": "/email", "recipientName": "/name"}})
        assert status == 201, mapping

        workload = Workload(api, achievement, mapping["id"], seed)
        csv = "email,name\n" + "".join("bulk%d@chaos.test,Bulk %d\n" % (i, i) for i in range(rows))
        status, job = api.until_answered("POST", "/api/v1/achievements/%s/bulk" % achievement, csv.encode(),
                                         {"Idempotency-Key": str(uuid.uuid4())}, content_type="text/csv")
        assert status == 202, job
        workload.requests += 1
        worker = threading.Thread(target=workload.run, daemon=True)
        worker.start()

        for kill in range(1, args.kills + 1):
            time.sleep(chance.uniform(2, 10))
            laurel.kill()
            log("kill %d at %d requests, %d credentials: %s" % (
                kill, workload.requests, len(workload.issued), "started again, ready in %.1f s" % laurel.start()))
        time.sleep(3)
        workload.stopping.set()
        worker.join()
        log("workload stopped: %d requests accepted" % workload.requests)

        lost, duplicated, problems = check(api, workload, achievement, job["id"], rows, sink, receiver)
        for problem in problems + workload.failures:
            log(problem)
        print("chaos: %d kills, %d requests, %d lost, %d duplicated" % (args.kills, workload.requests, lost,
                                                                         duplicated))
        passed = lost == 0 and duplicated == 0 and not problems and not workload.failures
        return 0 if passed else 1
    finally:
        laurel.stop()
        sink.shutdown()
        receiver.shutdown()
        if passed:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log("the data directory and the server's log (chaos-server.log) are kept in %s" % work)


def wait(what, done, within=420):
    started = time.time()
    while not done():
        if time.time() - started > within:
            log("%s: not within %d s" % (what, within))
            return False
        time.sleep(2)
    log("%s after %.0f s" % (what, time.time() - started))
    return True


def check(api, workload, achievement, job, rows, sink, receiver):
    problems = []
    if not wait("the bulk job completed", lambda: api.get("/api/v1/bulk-jobs/%s" % job)[1]["state"] == "completed"):
        problems.append("bulk job %s is stuck: %s" % (job, api.get("/api/v1/bulk-jobs/%s" % job)[1]))
    state = api.get("/api/v1/bulk-jobs/%s" % job)[1]
    if state.get("issued") != rows:
        problems.append("bulk job %s issued %s of %d rows" % (job, state.get("issued"), rows))

    # credentials: one per recipient and badge
    held = collections.defaultdict(list)
    cursor = ""
    while True:
        page = api.get("/api/v1/credentials?achievement=%s&limit=200%s" % (achievement, cursor))[1]
        for credential in page["items"] if "items" in page else page["data"]:
            held[credential["recipient"]["email"].lower()].append(credential)
        if not page.get("nextCursor"):
            break
        cursor = "&cursor=" + urllib.parse.quote(page["nextCursor"])
    expected = set(workload.issued) | {"bulk%d@chaos.test" % i for i in range(rows)}
    lost = sum(1 for e in expected if e not in held)
    for email, credential in workload.issued.items():
        if email in held and credential not in {c["id"] for c in held[email]}:
            problems.append("%s: the credential the API answered (%s) is not the one it holds" % (email, credential))
            lost += 1
    duplicated = sum(len(c) - 1 for c in held.values())
    strays = [e for e in held if e not in expected]
    if strays:
        problems.append("credentials for recipients no accepted request asked for: %s" % strays[:5])
        duplicated += len(strays)

    # revocations: the API, the status list and the public page agree
    lists = {}
    for credentials in held.values():
        credential = credentials[0]
        revoked = credential["id"] in workload.revoked
        document = credential["credential"]
        status = document["credentialStatus"]
        status = status[0] if isinstance(status, list) else status
        url = status["statusListCredential"]
        if url not in lists:
            encoded = api.get(url.split("localhost:%s" % api.base.rsplit(":", 1)[1], 1)[1])[1]
            encoded = encoded["credentialSubject"]["encodedList"]
            lists[url] = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
        index = int(status["statusListIndex"])
        bit = (lists[url][index // 8] >> (7 - index % 8)) & 1
        if (credential["status"] == "revoked") != revoked or bool(bit) != revoked:
            problems.append("credential %s: revoked %s, the API says %s, its status bit is %d" % (
                credential["id"], revoked, credential["status"], bit))
            lost += 1
    for credential in list(workload.revoked)[:50]:
        page = urllib.request.urlopen(urllib.request.Request(api.base + "/c/" + credential)).read().decode()
        if "revoked" not in page.lower():
            problems.append("the public page of revoked credential %s does not say so" % credential)
            lost += 1

    # mails: one per credential per kind, told apart by Message-ID (a second delivery keeps it)
    def mails():
        with sink.lock:
            return list(sink.messages)
    wait("every earner's mail arrived", lambda: all(e in {m[0] for m in mails()} for e in held))
    kinds = collections.defaultdict(set)
    copies = 0
    seen = set()
    for recipient, message_id, subject in mails():
        if (recipient, message_id) in seen:
            copies += 1
        seen.add((recipient, message_id))
        kinds[(recipient, subject)].add(message_id)
    missing = [e for e in held if not any(r == e for r, _ in kinds)]
    lost += len(missing)
    duplicated += sum(len(ids) - 1 for ids in kinds.values())
    log("%d mails, %d kinds of mail per earner at most, %d redelivered with the same Message-ID" % (
        len(seen), max(collections.Counter(r for r, _ in kinds).values() or [0]), copies))

    # webhooks: one event per effect, told apart by webhook-id (at-least-once delivery, deduplicated by id)
    wanted = {("credential.issued", c[0]["id"]) for c in held.values()}
    wanted |= {("credential.revoked", c) for c in workload.revoked}
    wanted.add(("bulk.completed", job))

    def events():
        with receiver.lock:
            return list(receiver.deliveries)
    wait("every webhook event arrived", lambda: wanted <= {(t, s) for _, t, s in events()})
    by_effect = collections.defaultdict(set)
    for webhook_id, kind, subject in events():
        by_effect[(kind, subject)].add(webhook_id)
    lost += len(wanted - set(by_effect))
    duplicated += sum(len(ids) - 1 for ids in by_effect.values())
    log("%d webhook deliveries, %d events" % (len(events()), len(by_effect)))
    log("%d credentials (%d bulk), %d revoked" % (len(held), rows, len(workload.revoked)))
    return lost, duplicated, problems


if __name__ == "__main__":
    sys.exit(main())
