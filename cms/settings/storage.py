"""Where uploaded files are kept: media (images, their renditions, documents) and the
volunteers' receipts.

Without any of the variables below, both stay on the local disk: media under MEDIA_ROOT,
served at MEDIA_URL, receipts under PRIVATE_MEDIA_ROOT (home.storage.PrivateStorage).

With S3-compatible object storage (AWS S3, MinIO, Ceph RGW, …), several nodes share the
files. Either one URL says it all:

    S3_URL=s3://ACCESS_KEY:SECRET_KEY@s3.example.org/portal-media?private_bucket=portal-receipts&region=eu-central-1&location=luebeck

(`s3+http://` for a server without TLS; key and secret percent-encoded; query
parameters: private_bucket, region, location, addressing_style=path|virtual), or the
variables django-storages knows, which win over what S3_URL says:

- AWS_STORAGE_BUCKET_NAME: the bucket of media;
- AWS_PRIVATE_STORAGE_BUCKET_NAME: the bucket of receipts, another one; unset, receipts
  stay under PRIVATE_MEDIA_ROOT (one node only);
- AWS_S3_ENDPOINT_URL: the server, for anything but AWS itself;
- AWS_S3_REGION_NAME, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (unset, boto3 finds
  credentials itself: instance role, ~/.aws);
- AWS_LOCATION: a key prefix per installation, so that the offices of one shared hosting
  can share buckets (both buckets use it);
- AWS_S3_ADDRESSING_STYLE: "path" (the default with an endpoint URL, as MinIO wants) or
  "virtual";
- AWS_DEFAULT_ACL: the ACL of media objects; unset, none is sent and the bucket's policy
  decides. Nothing is made public by this code: give the bucket (or the CDN in front of
  it) read access to the prefixes `images/` and `original_images/`;
- AWS_S3_CACHE_CONTROL: the Cache-Control of media objects (default: a day, public).

MEDIA_URL, when it is an absolute URL (https://media.example.org/), is where browsers
fetch media: a CDN or custom domain in front of the bucket; the object keys, with
AWS_LOCATION, follow it. Otherwise media URLs point at the bucket on the endpoint (or at
AWS), and MEDIA_URL is set to that. These URLs are never signed, so they stay the same
and Varnish and browsers can cache them; the content security policy admits their host.

Documents are then always handed out by Wagtail's view (WAGTAILDOCS_SERVE_METHOD =
"serve_view"), which checks a restricted collection's rules on every download: the
`documents/` prefix need not, and must not, be readable by the public.
Receipts' objects are private, have no URL, and are read only through the admin view.
"""

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from cms.settings.environment import MEDIA_URL, env

S3_VARIABLES = {
    "AWS_STORAGE_BUCKET_NAME": "bucket",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "private_bucket",
    "AWS_S3_ENDPOINT_URL": "endpoint_url",
    "AWS_S3_REGION_NAME": "region",
    "AWS_ACCESS_KEY_ID": "access_key",
    "AWS_SECRET_ACCESS_KEY": "secret_key",
    "AWS_LOCATION": "location",
    "AWS_S3_ADDRESSING_STYLE": "addressing_style",
    "AWS_DEFAULT_ACL": "default_acl",
    "AWS_S3_CACHE_CONTROL": "cache_control",
}
S3_URL_PARAMETERS = {"private_bucket", "region", "location", "addressing_style"}
DEFAULT_CACHE_CONTROL = "public, max-age=86400"


def parse_s3_url(url):
    """The settings an S3_URL names (keys as in S3_VARIABLES' values)."""
    parts = urlsplit(url)
    schemes = {"s3": "https", "s3+https": "https", "s3+http": "http"}
    if parts.scheme not in schemes or not parts.hostname:
        raise ImproperlyConfigured(
            "S3_URL must look like s3://KEY:SECRET@host[:port]/bucket?private_bucket=…"
        )
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if unknown := sorted(set(query) - S3_URL_PARAMETERS):
        raise ImproperlyConfigured(f"S3_URL has unknown parameters: {', '.join(unknown)}.")
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    found = {
        "endpoint_url": f"{schemes[parts.scheme]}://{host}",
        "bucket": parts.path.strip("/"),
        "access_key": unquote(parts.username or ""),
        "secret_key": unquote(parts.password or ""),
        **query,
    }
    return {key: value for key, value in found.items() if value}


def s3_config(environ):
    """S3_URL and the AWS_* variables of `environ`, merged; {} when none is set."""
    config = parse_s3_url(environ["S3_URL"]) if environ.get("S3_URL") else {}
    for variable, key in S3_VARIABLES.items():
        if environ.get(variable):
            config[key] = environ[variable]
    if config and not (config.get("bucket") or config.get("private_bucket")):
        raise ImproperlyConfigured("Object storage needs AWS_STORAGE_BUCKET_NAME (or S3_URL).")
    if config.get("bucket") and config.get("bucket") == config.get("private_bucket"):
        raise ImproperlyConfigured(
            "Receipts need a bucket of their own: AWS_PRIVATE_STORAGE_BUCKET_NAME must "
            "differ from AWS_STORAGE_BUCKET_NAME."
        )
    return config


def _connection(config):
    """The options both buckets share."""
    options = {
        "location": config.get("location", "").strip("/"),
        "file_overwrite": False,
    }
    names = {"endpoint_url": "endpoint_url", "region_name": "region"}
    names |= {"access_key": "access_key", "secret_key": "secret_key"}
    options |= {option: config[key] for option, key in names.items() if config.get(key)}
    style = config.get("addressing_style") or ("path" if config.get("endpoint_url") else None)
    if style:
        options["addressing_style"] = style
    return options


def public_media_base(config, media_url):
    """(protocol, host and path) under which browsers fetch the media bucket's objects."""
    public = urlsplit(media_url)
    if public.scheme and public.netloc:
        return f"{public.scheme}:", public.netloc + public.path.rstrip("/")
    bucket, endpoint = config["bucket"], config.get("endpoint_url")
    if not endpoint:
        region = config.get("region")
        return (
            "https:",
            f"{bucket}.s3.{region}.amazonaws.com" if region else f"{bucket}.s3.amazonaws.com",
        )
    endpoint = urlsplit(endpoint)
    if _connection(config).get("addressing_style") == "virtual":
        return f"{endpoint.scheme}:", f"{bucket}.{endpoint.netloc}"
    return f"{endpoint.scheme}:", f"{endpoint.netloc}/{bucket}"


def media_storage(config, media_url):
    """STORAGES["default"] for the media bucket, and the MEDIA_URL its objects have."""
    protocol, domain = public_media_base(config, media_url)
    options = _connection(config) | {
        "bucket_name": config["bucket"],
        "default_acl": config.get("default_acl"),
        # Stable URLs: a signed one changes with every page, so nothing could cache it.
        "querystring_auth": False,
        "object_parameters": {"CacheControl": config.get("cache_control", DEFAULT_CACHE_CONTROL)},
        "custom_domain": domain,
        "url_protocol": protocol,
    }
    location = f"{options['location']}/" if options["location"] else ""
    storage = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
    return storage, f"{protocol}//{domain}/{location}"


def private_storage(config):
    """STORAGES["private"] for the receipts' bucket."""
    options = _connection(config) | {"bucket_name": config["private_bucket"]}
    return {"BACKEND": "home.storage_s3.PrivateS3Storage", "OPTIONS": options}


def storages(config, media_url):
    """The STORAGES entries for media ("default") and receipts ("private"), and MEDIA_URL."""
    found = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {"BACKEND": "home.storage.PrivateStorage"},
    }
    if config.get("bucket"):
        found["default"], media_url = media_storage(config, media_url)
    if config.get("private_bucket"):
        found["private"] = private_storage(config)
    return found, media_url


S3_CONFIG = s3_config(env.ENVIRON)
MEDIA_ON_OBJECT_STORAGE = bool(S3_CONFIG.get("bucket"))
FILE_STORAGES, MEDIA_URL = storages(S3_CONFIG, MEDIA_URL)
# Wagtail would redirect document downloads to the bucket's URL, checking a restricted
# collection's rules once and then handing out an address that works for anybody.
WAGTAILDOCS_SERVE_METHOD = "serve_view" if MEDIA_ON_OBJECT_STORAGE else None
