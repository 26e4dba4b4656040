"""A throw-away Varnish with the repository's VCL, for tests and benchmarks.

Runs Debian's `varnishd` in the foreground on a free loopback port, in front of one backend,
with its state in a temporary folder; stopped when the `with` block ends.
"""

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from django.conf import settings

VCL = settings.BASE_DIR / "ops" / "varnish" / "depesche.vcl"

BACKEND_VCL = """\
backend default {{
    .host = "{host}";
    .port = "{port}";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .probe = {{
        .url = "/healthz";
        .interval = {probe_interval};
        .timeout = 5s;
        .window = 5;
        .threshold = 2;
        .initial = 5;
    }}
}}
"""


def backend_vcl(*, host: str, port: int, probe_interval: str = "2s") -> str:
    """The `backend default` that ops/varnish/depesche.vcl includes: one app server.

    The probe is lenient (sick after 4 failed checks out of 5, each allowed 5 s): a busy app
    server must not be declared down during a spike, since a sick backend gets no requests at
    all; a real outage is detected within about 10 s, and errors before that are answered
    from grace (the VCL's restart)."""
    return BACKEND_VCL.format(host=host, port=port, probe_interval=probe_interval)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Varnish:
    """`with Varnish(backend_host, backend_port) as varnish:` → `varnish.url`."""

    def __init__(self, backend_host: str, backend_port: int, *, probe_interval: str = "1s"):
        self.backend = (backend_host, backend_port)
        self.probe_interval = probe_interval
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.folder = None

    def __enter__(self):
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        self.folder = Path(tempfile.mkdtemp(prefix="depesche-varnish-"))
        host, port = self.backend
        (self.folder / "backend.vcl").write_text(
            backend_vcl(host=host, port=port, probe_interval=self.probe_interval)
        )
        self.process = subprocess.Popen(  # noqa: S603 (our own command line)
            [
                varnishd,
                "-F",  # foreground: this object owns the process
                "-j",
                "none",  # no privilege separation: runs as the test's user
                "-n",
                str(self.folder / "state"),
                "-a",
                f"127.0.0.1:{self.port}",
                "-f",
                str(VCL),
                "-p",
                f"vcl_path={self.folder}",
                "-s",
                "malloc,64m",
                "-T",
                "none",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd failed: {self.process.stderr.read().decode()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError("varnishd did not start within 20 s")

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
