"""What makes the faults of the fault pass (bench/faults.py): a server that hangs, and
gunicorn's workers killed one after another."""

import os
import random
import signal
import socket
import threading
import time

KILL_EVERY = 10


class SilentListener:
    """A TCP port that accepts every connection and never sends a byte: a server that
    hangs. The kernel completes the handshake, so a client's connect succeeds and its
    first read waits."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while not self.stopped.is_set():
            try:
                conn, _address = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.held.append(conn)

    @property
    def connections(self):
        return len(self.held)

    def stop(self):
        self.stopped.set()
        self.thread.join()
        self.sock.close()
        for conn in self.held:
            conn.close()


class WorkerKiller:
    """SIGKILL to one of gunicorn's workers every `every` seconds, the first after half of
    that, until stopped."""

    def __init__(self, gunicorn, every=KILL_EVERY):
        self.gunicorn = gunicorn
        self.every = every
        self.kills = []
        self.stopped = threading.Event()
        self.random = random.Random(0)
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.started = time.monotonic()
        self.thread.start()

    def run(self):
        wait = self.every / 2
        while not self.stopped.wait(wait):
            pids = self.gunicorn.workers()
            if pids:
                pid = self.random.choice(pids)
                try:
                    os.kill(pid, signal.SIGKILL)
                    self.kills.append((round(time.monotonic() - self.started, 1), pid))
                except ProcessLookupError:
                    pass
            wait = self.every

    def stop(self):
        self.stopped.set()
        self.thread.join()
        return self.kills
