"""A real S3-protocol server on 127.0.0.1 for tests: moto's, in a thread of this process.

Nothing is mocked: boto3 (and django-storages through it) speaks HTTP to the server as
to MinIO or AWS. Each pytest-xdist worker is its own process, so each starts its own
server on a free port; the buckets live in that process's memory and vanish with it.

Use in a test module or conftest:

    from tests.support.s3_server import s3_server  # noqa: F401  (registers the fixture)

    def test_something(s3_server):
        s3_server.create_bucket("media")
        client = s3_server.client()
        ...

`s3_server` is session-scoped: one server per worker, started by the first test that
asks for it. Bucket names should be unique per test (`s3_server.new_bucket("media")`
adds a counter), since the server outlives the tests. Outside pytest,
`start_s3_server()` returns a listening `S3Server`; call `.stop()` when done.

The credentials are throwaway (moto accepts any); `storage_options(bucket)` gives the
OPTIONS of a django-storages S3 backend pointed at the server, `s3_url(bucket, ...)` the
S3_URL to start an installation (a subprocess server, say) on its buckets with.
"""

import itertools
import json
from dataclasses import dataclass, field
from threading import Thread

import pytest

ACCESS_KEY = "test-access-key"
SECRET_KEY = "test-secret-key"
REGION = "eu-central-1"


@dataclass
class S3Server:
    endpoint_url: str
    _server: object = field(repr=False)
    _counter: itertools.count = field(default_factory=itertools.count, repr=False)

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
        )

    def create_bucket(self, name: str) -> str:
        self.client().create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        return name

    def new_bucket(self, prefix: str) -> str:
        """A bucket no earlier test of this process used."""
        return self.create_bucket(f"{prefix}-{next(self._counter)}")

    def allow_public_read(self, bucket: str, prefixes=("images", "original_images")) -> None:
        """Let anybody read the objects under `prefixes` (each "location/images", say), by
        a bucket policy as the README asks operators to. moto, as S3, refuses anonymous
        reads of everything else: a media URL outside them answers 403."""
        resources = [f"arn:aws:s3:::{bucket}/{prefix.strip('/')}/*" for prefix in prefixes]
        statement = {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}
        policy = {"Version": "2012-10-17", "Statement": [{**statement, "Resource": resources}]}
        self.client().put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))

    def keys(self, bucket: str) -> list[str]:
        """Every object key in the bucket, sorted."""
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(obj["Key"] for page in pages for obj in page.get("Contents", []))

    def storage_options(self, bucket: str, **extra) -> dict:
        return {
            "bucket_name": bucket,
            "endpoint_url": self.endpoint_url,
            "access_key": ACCESS_KEY,
            "secret_key": SECRET_KEY,
            "region_name": REGION,
            **extra,
        }

    def s3_url(self, bucket: str, **parameters) -> str:
        """The S3_URL an installation using `bucket` is started with (cms/settings/storage.py),
        e.g. s3_url(media, private_bucket=receipts, location="office-a") for a server's
        environment."""
        host = self.endpoint_url.removeprefix("http://")
        query = "&".join(
            f"{key}={value}" for key, value in {"region": REGION, **parameters}.items()
        )
        return f"s3+http://{ACCESS_KEY}:{SECRET_KEY}@{host}/{bucket}?{query}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def start_s3_server() -> S3Server:
    """Start moto's S3 server on 127.0.0.1 and return it; it listens on return."""
    from moto.moto_server.werkzeug_app import (
        DomainDispatcherApplication,
        MotoRequestHandler,
        create_backend_app,
    )
    from werkzeug.serving import make_server

    class QuietHandler(MotoRequestHandler):
        # A line on stderr per request would bury a failing test's output.
        def log_request(self, *args, **kwargs):
            pass

    # What moto's ThreadedMotoServer does, but bound here, before the thread starts:
    # port 0 lets the system pick a free port at bind time, so workers cannot race
    # for one, and a bind error is raised here instead of hanging the start.
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    Thread(target=server.serve_forever, daemon=True, name="s3-server").start()
    return S3Server(endpoint_url=f"http://127.0.0.1:{server.server_port}", _server=server)


@pytest.fixture(scope="session")
def s3_server():
    """One S3 server for this process (xdist worker), stopped at the end of the session."""
    server = start_s3_server()
    yield server
    server.stop()
