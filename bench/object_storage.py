"""Media on the local disk and on S3-compatible object storage: what each storage
operation the portal makes costs, and how fast backup reads and restore writes files.

    .venv/bin/python bench/object_storage.py [--files 300] [--kib 60]

The S3 server is moto's, in a thread of this process on 127.0.0.1
(tests/support/s3_server.py): no network, no disk behind it, so the figures show the
protocol's and boto3's own cost per request, a floor for MinIO or AWS, not their speed.
No database is needed: the storages are driven directly, as the portal's upload,
rendition, download and backup code drives them. Prints a table; it asserts nothing.
"""

import argparse
import os
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def timed(action, names):
    """Milliseconds per call of action(name) over names."""
    start = time.perf_counter()
    for name in names:
        action(name)
    return (time.perf_counter() - start) * 1000 / len(names)


def measure(storage, files, size):
    from django.core.files.base import ContentFile

    from cms.ops.backup.archive import _walk
    from cms.ops.backup.write import _size_and_time

    data = os.urandom(size)
    names = [f"images/bench/{i:05d}.jpg" for i in range(files)]
    row = {"save": timed(lambda n: storage.save(n, ContentFile(data)), names)}
    row["exists"] = timed(storage.exists, names)
    row["read"] = timed(lambda n: storage.open(n, "rb").read(), names)
    row["url"] = timed(storage.url, names)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        with tarfile.open(fileobj=out, mode="w") as tar:
            for name in _walk(storage, lambda folder: True):
                with storage.open(name, "rb") as f:
                    info = tarfile.TarInfo(name)
                    info.size, info.mtime = _size_and_time(storage, name, f)
                    tar.addfile(info, f)
        seconds = time.perf_counter() - start
    row["backup MB/s"] = files * size / 1e6 / seconds
    row["delete"] = timed(storage.delete, names)
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--kib", type=int, default=60, help="size of each file")
    options = parser.parse_args()

    import django

    django.setup()
    from django.core.files.storage import FileSystemStorage
    from storages.backends.s3 import S3Storage

    from cms.settings.storage import media_storage, s3_config
    from tests.support.s3_server import ACCESS_KEY, SECRET_KEY, start_s3_server

    server = start_s3_server()
    bucket = server.create_bucket("bench-media")
    host = server.endpoint_url.removeprefix("http://")
    config = s3_config({"S3_URL": f"s3+http://{ACCESS_KEY}:{SECRET_KEY}@{host}/{bucket}"})
    config["location"] = "office-a"
    size = options.kib * 1024
    with tempfile.TemporaryDirectory() as folder:
        storages = {
            "local disk": FileSystemStorage(location=folder),
            # The options the portal's settings make of an S3_URL (cms/settings/storage.py).
            "S3 (moto)": S3Storage(**media_storage(config, "/media/")[0]["OPTIONS"]),
        }
        rows = {label: measure(storage, options.files, size) for label, storage in storages.items()}
    server.stop()
    columns = ["save", "exists", "read", "url", "delete", "backup MB/s"]
    print(f"{options.files} files of {options.kib} KiB; ms per call, backup in MB/s")
    print(f"| storage | {' | '.join(columns)} |")
    print("|---" * (len(columns) + 1) + "|")
    for label, row in rows.items():
        cells = [f"{row[c]:.2f}" if c != "backup MB/s" else f"{row[c]:.0f}" for c in columns]
        print(f"| {label} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
