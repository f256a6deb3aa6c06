#!/usr/bin/env python3
"""The chaos run behind bench/chaos (read that file's header): python3, standard library only."""
import argparse
import base64
import collections
import email.header
import email.policy
import http.client
import http.cookiejar
import gzip
import http.server
import json
import os
import random
import re
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
        try:
            self.converse()
        except ConnectionError:  # a killed server drops its session: the mail was not accepted, it is sent again
            pass

    def converse(self):
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
                headers, in_headers, last, raw = {}, True, None, []
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    raw.append(data[1:] if data.startswith(b"..") else data)
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
                links = claim_links(b"".join(raw))
                with self.server.lock:
                    for recipient in recipients:
                        self.server.messages.append((recipient, headers.get("message-id", ""), subject))
                        self.server.claims[recipient].extend(links)
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
        self.claims = collections.defaultdict(list)  # recipient -> the claim tokens their mails carried
        self.lock = threading.Lock()


def claim_links(message):
    """The claim tokens (/claim/TOKEN) in a mail's text and HTML parts, whatever their transfer encoding."""
    tokens = []
    for part in email.message_from_bytes(message, policy=email.policy.default).walk():
        if part.get_content_maintype() == "text":
            for token in re.findall(r"/claim/([A-Za-z0-9_-]{20,200})", part.get_content()):
                if token not in tokens:
                    tokens.append(token)
    return tokens


class Hook(http.server.BaseHTTPRequestHandler):
    """A webhook receiver: records each delivery's webhook-id, type and subject, answers 204."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        event = json.loads(body)
        data = event.get("data", {})
        subject = data.get("credentialId") or data.get("jobId") or ""
        if event["type"] == "pathway.step_completed":  # one per pathway, step and earner
            subject = "%s/%s/%s" % (data.get("pathwayId"), data.get("stepId"), data.get("recipient", {}).get("email"))
        elif event["type"] == "pathway.completed":  # one per pathway and earner
            subject = "%s/%s" % (data.get("pathwayId"), data.get("recipient", {}).get("email"))
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
            try:
                text = e.read().decode("utf-8", "replace")
            except (OSError, http.client.HTTPException) as cut:
                raise Unavailable(str(cut))
            if e.code >= 500 or e.code == 429:
                raise Unavailable("%d %s" % (e.code, text[:200]))
            return e.code, (json.loads(text) if text.startswith(("{", "[")) else text)
        except (OSError, urllib.error.URLError, http.client.HTTPException) as e:
            raise Unavailable(str(e))  # no answer, or one cut off by the kill

    def until_answered(self, *args, **kwargs):
        """The same request again (same Idempotency-Key) until Laurel answers it: a killed server answers nothing."""
        while True:
            try:
                return self.call(*args, **kwargs)
            except Unavailable:
                time.sleep(0.5)

    def get(self, path):
        return self.until_answered("GET", path)


class Kept(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to look at, not to follow."""

    def redirect_request(self, *args):
        return None


class Earner:
    """An earner's browser: an account made through the sign-up form, a session cookie, the claim page's form."""

    PASSWORD = "chaos-earner-passphrase"

    def __init__(self, base, email):
        self.base, self.email = base, email
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                                  Kept())

    def call(self, method, path, form=None):
        """(status, Location, page) once Laurel answers; a killed server answers nothing, so this asks again."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        while True:
            request = urllib.request.Request(self.base + path, data=data, method=method)
            try:
                with self.opener.open(request, timeout=60) as answer:
                    return answer.status, answer.headers.get("Location", ""), answer.read().decode()
            except urllib.error.HTTPError as e:
                try:
                    page = e.read().decode("utf-8", "replace")
                except (OSError, http.client.HTTPException):
                    page = None  # cut off by the kill: asked again
                if page is not None and e.code < 500 and e.code != 429:
                    return e.code, e.headers.get("Location", ""), page
            except (OSError, urllib.error.URLError, http.client.HTTPException):
                pass  # no answer, or one cut off by the kill
            time.sleep(0.5)

    @staticmethod
    def csrf(page):
        found = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
        return found.group(1) if found else None

    def sign_up(self):
        page = self.call("GET", "/signup")[2]
        status, location, page = self.call("POST", "/signup", {
            "_csrf": self.csrf(page), "name": "Chaos Earner", "email": self.email, "password": self.PASSWORD,
            "confirmation": self.PASSWORD, "continueTo": ""})
        if status != 302 or "/signup/sent" not in location:
            raise SystemExit("chaos: signing up %s: %s %s %s" % (self.email, status, location, page[:300]))

    def log_in(self):
        page = self.call("GET", "/login")[2]
        status, location, _ = self.call("POST", "/login", {
            "_csrf": self.csrf(page), "email": self.email, "password": self.PASSWORD})
        return status == 302 and "error" not in location

    def claim(self, token):
        """Accepts the credential behind a claim link: True once Laurel says it is this earner's."""
        for _ in range(20):
            status, location, page = self.call("GET", "/claim/" + token)
            if status in (404, 410):
                log("claim %s: %s" % (token[:8], status))
                return False
            form = self.csrf(page)  # a logged-in page has one (the log-out form at least)
            if status != 200 or not form:
                if not self.log_in():
                    time.sleep(1)
                continue
            status, location, page = self.call("POST", "/claim/" + token, {"_csrf": form})
            if status == 302 and location.split("?")[0].endswith("/backpack"):
                return True
            if status == 302 and "/login" in location or status == 403:
                self.log_in()
                continue
            log("claim %s: %s %s %s" % (token[:8], status, location, re.sub(r"\s+", " ", page)[:300]))
            return False
        return False


# --- the run --------------------------------------------------------------------------------------------------------

class Workload:
    def __init__(self, api, achievement, mapping, seed, earner=None, sink=None, pathway=None):
        self.api, self.achievement, self.mapping = api, achievement, mapping
        self.earner, self.sink = earner, sink
        self.pathway = pathway    # {"id", "first", "second", "goal"}: a pathway whose goal needs two badges
        self.random = random.Random(seed)
        self.issued = {}          # recipient email -> credential id
        self.revoked = set()      # credential ids
        self.to_claim = {}        # credential id -> recipient email, issued to be claimed
        self.claimed = set()      # credential ids the earner accepted
        self.used = set()         # claim tokens tried
        self.paths = {}           # pathway earner email -> {achievement id: credential id}
        self.requests = 0
        self.stopping = threading.Event()
        self.failures = []

    def award(self, email, achievement, n):
        """Issues achievement to email (one Idempotency-Key, retried until answered); the credential id or None."""
        key = str(uuid.uuid4())
        body = {"recipient": {"email": email, "name": "Earner %d" % n}, "narrative": "Survived chaos."}
        while True:
            status, answer = self.api.until_answered("POST", "/api/v1/achievements/%s/issue" % achievement,
                                                     body, {"Idempotency-Key": key})
            if status in (200, 201):
                return answer["id"]
            if status == 409:  # the first attempt is still being processed (or was cut off: retried later)
                time.sleep(1)
                continue
            self.failures.append("issue %s to %s: %s %s" % (achievement, email, status, answer))
            return None

    def issue(self, n):
        email = "single%d@chaos.test" % n
        credential = self.award(email, self.achievement, n)
        if credential:
            self.issued[email] = credential

    def issue_to_claim(self, n):
        email = "claim%d@chaos.test" % n
        credential = self.award(email, self.achievement, n)
        if credential:
            self.issued[email] = credential
            self.to_claim[credential] = email

    def claim_one(self):
        """The earner accepts one credential whose claim mail arrived; True when there was one to try."""
        with self.sink.lock:
            waiting = [(c, e, self.sink.claims.get(e, [])) for c, e in self.to_claim.items() if c not in self.claimed]
        for credential, email, tokens in waiting:
            fresh = [t for t in tokens if t not in self.used]
            if not fresh:
                continue
            self.used.add(fresh[0])
            if self.earner.claim(fresh[0]):
                self.claimed.add(credential)
            else:
                self.failures.append("claiming %s (%s) failed" % (credential, email))
            return True
        return False

    def walk_pathway(self, n):
        """A new earner gets the pathway's first badge; now and then an earlier one gets the second."""
        first, second = self.pathway["first"], self.pathway["second"]
        halfway = [e for e, held in self.paths.items() if second not in held]
        if halfway and self.random.random() < 0.6:
            email = self.random.choice(halfway)
            credential = self.award(email, second, n)
            if credential:
                self.paths[email][second] = credential
            return
        email = "path%d@chaos.test" % n
        credential = self.award(email, first, n)
        if credential:
            self.paths[email] = {first: credential}

    def finish(self):
        """After the kills: every earner with the first badge gets the second, every claim mail is claimed."""
        if self.pathway:
            first, second = self.pathway["first"], self.pathway["second"]
            for n, email in enumerate([e for e, held in self.paths.items() if second not in held]):
                if self.random.random() < 0.8:  # some stay halfway: they must not get the goal
                    credential = self.award(email, second, 100000 + n)
                    if credential:
                        self.paths[email][second] = credential
                    self.requests += 1
            credential = self.award("halfway@chaos.test", first, 0)  # one at least stays halfway
            if credential:
                self.paths["halfway@chaos.test"] = {first: credential}
            self.requests += 1
        if self.earner:
            def claimable():
                while self.claim_one():
                    self.requests += 1
                return all(c in self.claimed for c in self.to_claim)
            wait("every credential to claim was claimed", claimable)

    def revoke(self, credential):
        status, answer = self.api.until_answered("POST", "/api/v1/credentials/%s/revoke" % credential,
                                                 {"reason": "chaos"})
        if status == 200 or (status == 409 and self.api.get("/api/v1/credentials/%s" % credential)[1]
                             .get("status") == "revoked"):
            self.revoked.add(credential)
        else:
            self.failures.append("revoke %s: %s %s" % (credential, status, answer))

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

    def run(self):
        n = 0
        while not self.stopping.is_set():
            n += 1
            if self.earner and self.claim_one():
                self.requests += 1
                continue
            choice = self.random.random()
            singles = [c for e, c in self.issued.items() if c not in self.revoked and c not in self.to_claim]
            if choice < 0.15 and singles:
                self.revoke(self.random.choice(singles))
            elif choice < 0.4:
                self.hook(n)
            elif choice < 0.5 and self.earner:
                self.issue_to_claim(n)
            elif choice < 0.7 and self.pathway:
                self.walk_pathway(n)
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
        steps = {}
        for step in ("Chaos Basics", "Chaos Advanced", "Chaos Master"):
            status, made = api.call("POST", "/api/v1/achievements", {
                "name": step, "description": "A step of the chaos pathway.",
                "criteria": {"narrative": "Be issued under chaos."}, "image": picture, "format": "di"})
            assert status == 201, made
            steps[step] = made["id"]
        status, path = api.call("POST", "/api/v1/pathways", {
            "name": "Chaos Path", "description": "Two badges, earned while the server was being killed.",
            "goal": steps["Chaos Master"],
            "steps": {"all": [{"achievement": steps["Chaos Basics"]}, {"achievement": steps["Chaos Advanced"]}]}})
        assert status == 201, path
        status, published = api.call("POST", "/api/v1/pathways/%s/publish" % path["id"], None)
        assert status == 200, published  # only a published pathway is evaluated and awards
        pathway = {"id": path["id"], "first": steps["Chaos Basics"], "second": steps["Chaos Advanced"],
                   "goal": steps["Chaos Master"]}
        earner = Earner(api.base, "earner@chaos.test")
        earner.sign_up()
        if not earner.log_in():
            raise SystemExit("chaos: the earner cannot log in")
        status, endpoint = api.call("POST", "/api/v1/webhooks", {
            "url": "http://127.0.0.1:%d/hook" % receiver.server_address[1], "events": ["*"]})
        assert status == 201, endpoint
        status, mapping = api.call("POST", "/api/v1/hook-mappings", {
            "name": "Chaos events", "achievementId": achievement,
            "pointers": {"eventId": "/id", "recipientEmail": "/email", "recipientName": "/name"}})
        assert status == 201, mapping

        workload = Workload(api, achievement, mapping["id"], seed, earner, sink, pathway)
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
        workload.finish()
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


def holders(api, achievement):
    """Recipient email -> the credentials of achievement, through the API's list."""
    held = collections.defaultdict(list)
    cursor = ""
    while True:
        page = api.get("/api/v1/credentials?achievement=%s&limit=200%s" % (achievement, cursor))[1]
        for credential in page["items"] if "items" in page else page["data"]:
            held[credential["recipient"]["email"].lower()].append(credential)
        if not page.get("nextCursor"):
            break
        cursor = "&cursor=" + urllib.parse.quote(page["nextCursor"])
    return held


def check(api, workload, achievement, job, rows, sink, receiver):
    problems = []
    if not wait("the bulk job completed", lambda: api.get("/api/v1/bulk-jobs/%s" % job)[1]["state"] == "completed"):
        problems.append("bulk job %s is stuck: %s" % (job, api.get("/api/v1/bulk-jobs/%s" % job)[1]))
    state = api.get("/api/v1/bulk-jobs/%s" % job)[1]
    if state.get("issued") != rows:
        problems.append("bulk job %s issued %s of %d rows" % (job, state.get("issued"), rows))

    # credentials: one per recipient and badge
    held = holders(api, achievement)
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

    # claims: every credential the earner accepted shows accepted, and only those
    for credential, email in workload.to_claim.items():
        claim = next((c.get("claim") for c in held.get(email, []) if c["id"] == credential), None)
        if (claim == "accepted") != (credential in workload.claimed):
            problems.append("credential %s: claimed %s, the API says %s" % (
                credential, credential in workload.claimed, claim))
            lost += 1
    others = [c["id"] for cs in held.values() for c in cs if c["id"] not in workload.to_claim and
              c.get("claim") != "pending"]
    if others:
        problems.append("credentials no one claimed are not pending: %s" % others[:5])
        duplicated += len(others)

    # the pathway: everyone holding both badges holds the goal once, no one else holds it
    path, complete = workload.pathway, []
    if path:
        first, second = holders(api, path["first"]), holders(api, path["second"])
        complete = sorted(e for e, badges in workload.paths.items() if path["second"] in badges)
        wait("every pathway goal was awarded", lambda: set(complete) <= set(holders(api, path["goal"])))
        goals = holders(api, path["goal"])
        for email, badges in workload.paths.items():
            for badge, found in ((path["first"], first), (path["second"], second)):
                ids = [c["id"] for c in found.get(email, [])]
                if badge in badges and badges[badge] not in ids:
                    lost += 1
                duplicated += max(0, len(ids) - 1)
            awarded = len(goals.get(email, []))
            if email in complete and awarded == 0:
                problems.append("%s holds both badges but not the goal" % email)
                lost += 1
            duplicated += max(0, awarded - (1 if email in complete else 0))
        for email in [e for e in set(first) | set(second) | set(goals) if e not in workload.paths]:
            problems.append("pathway badges for %s, whom no accepted request named" % email)
            duplicated += 1
        for email in complete[:40]:
            progress = api.get("/api/v1/pathways/%s/progress?recipient=%s" % (path["id"], urllib.parse.quote(email)))[1]
            goal = [c["id"] for c in goals.get(email, [])]
            if not progress.get("completed") or progress.get("goalCredential") not in goal:
                problems.append("%s: the progress (%s, %s) disagrees with the goal credentials %s" % (
                    email, progress.get("completed"), progress.get("goalCredential"), goal))
        log("pathway: %d earners, %d with both badges, %d goal credentials" % (
            len(workload.paths), len(complete), sum(len(c) for c in goals.values())))
        pathway_credentials = {e: first.get(e, []) + second.get(e, []) + goals.get(e, []) for e in workload.paths}
    else:
        goals, pathway_credentials = {}, {}

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
    earners = set(held) | set(pathway_credentials)
    wait("every earner's mail arrived", lambda: all(e in {m[0] for m in mails()} for e in earners))
    kinds = collections.defaultdict(set)
    copies = 0
    seen = set()
    for recipient, message_id, subject in mails():
        if (recipient, message_id) in seen:
            copies += 1
        seen.add((recipient, message_id))
        kinds[(recipient, subject)].add(message_id)
    missing = [e for e in earners if not any(r == e for r, _ in kinds)]
    lost += len(missing)
    duplicated += sum(len(ids) - 1 for ids in kinds.values())
    log("%d mails, %d kinds of mail per earner at most, %d redelivered with the same Message-ID" % (
        len(seen), max(collections.Counter(r for r, _ in kinds).values() or [0]), copies))

    # webhooks: one event per effect, told apart by webhook-id (at-least-once delivery, deduplicated by id)
    wanted = {("credential.issued", c[0]["id"]) for c in held.values()}
    wanted |= {("credential.revoked", c) for c in workload.revoked}
    wanted.add(("bulk.completed", job))
    wanted |= {("credential.claimed", c) for c in workload.claimed}
    wanted |= {("credential.issued", c["id"]) for cs in pathway_credentials.values() for c in cs}
    wanted |= {("pathway.completed", "%s/%s" % (path["id"], e)) for e in complete}

    def events():
        with receiver.lock:
            return list(receiver.deliveries)
    wait("every webhook event arrived", lambda: wanted <= {(t, s) for _, t, s in events()})
    by_effect = collections.defaultdict(set)
    for webhook_id, kind, subject in events():
        by_effect[(kind, subject)].add(webhook_id)
    lost += len(wanted - set(by_effect))
    if wanted - set(by_effect):
        problems.append("webhook events that never arrived: %s" % sorted(wanted - set(by_effect))[:5])
    duplicated += sum(len(ids) - 1 for ids in by_effect.values())
    log("%d webhook deliveries, %d events" % (len(events()), len(by_effect)))
    log("%d credentials (%d bulk), %d revoked, %d claimed" % (len(held), rows, len(workload.revoked),
                                                               len(workload.claimed)))
    return lost, duplicated, problems


if __name__ == "__main__":
    sys.exit(main())
