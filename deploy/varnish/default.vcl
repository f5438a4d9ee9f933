# Varnish in front of the portal (Varnish 7, Debian packages `varnish` and `varnish-modules`:
# this file imports the latter's xkey vmod and does not load without it).
#
#   varnishd -F -a :80 -f /etc/varnish/default.vcl -s malloc,256m
#
# Django decides what may be cached: it sends `Cache-Control: public, …, s-maxage=N` only
# for anonymous pages on a site's own host name (cms.pagecache), with an `xkey` header
# naming what the response shows: the page that served it (p<page id>), the site
# (s<site id>) and the path (u<digest>). Everything else is passed. Publishing in Wagtail
# (VARNISH_URL=http://127.0.0.1:80) sends one PURGE with the keys of every page the change
# shows on, in `xkey-purge`, which takes every stored copy of those pages: query variants
# and routes included. With VARNISH_PURGE=urls it sends a PURGE per URL instead and, for
# changes shown on every page, a BAN of the site's host name; both still work here.
#
# Several application nodes: deploy/varnish/cluster.py makes their VCL from this file
# (deploy/README.md).
vcl 4.1;

import std;
import xkey;

backend default {
    # gunicorn, see deploy/gunicorn/; the test (tests/cms/test_varnish.py) replaces these.
    .host = "127.0.0.1";
    .port = "8000";
}

# Only the application server itself may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

# The TLS terminator in front (hitch, nginx, haproxy on this host) says the visitor came
# over https in X-Forwarded-Proto; from anybody else that header is not believed.
acl tls_terminators {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # One spelling of every address before anything is looked up: the host name in lower
    # case without a port (sites are configured on 80 or 443), the scheme as "http" or
    # "https". A forged port would otherwise put its links into a page kept for everyone.
    set req.http.host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));
    if (!(client.ip ~ tls_terminators && req.http.X-Forwarded-Proto == "https")) {
        set req.http.X-Forwarded-Proto = "http";
    }
    # Bodies over 40 MB are refused before they are read (Django refuses them too, but
    # only after the proxy has passed them on).
    if (std.integer(req.http.Content-Length, 0) > 41943040) {
        return (synth(413, "Payload Too Large"));
    }
    if (req.method == "PURGE" || req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE" && req.http.xkey-purge) {
            # Hard: a soft purge would keep serving the old page while it is fetched anew.
            set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.X-Purged));
        }
        if (req.method == "BAN") {
            ban("obj.http.X-Portal-Host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        # Both schemes' copies of the URL: the purge request itself names neither.
        ban("obj.http.X-Portal-Host == " + req.http.host + " && obj.http.X-Portal-Url == " + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, previews and everyone logged in (or with a pending message) go to Django.
    if (req.url ~ "^/admin/" || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Anonymous visitors: keep only the CSRF cookie (a form page needs it back) and the
    # language choice; Django marks any page that sets a cookie as not cacheable.
    if (req.http.Cookie) {
        set req.http.Cookie = ";" + req.http.Cookie;
        set req.http.Cookie = regsuball(req.http.Cookie, "; +", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(csrftoken|django_language)=", "; \1=");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    # Cookies left (CSRF, language) do not change a cached page: look it up anyway.
    return (hash);
}

sub vcl_hash {
    # Per site and scheme (both normalised in vcl_recv).
    hash_data(req.url);
    hash_data(req.http.host);
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # Only what Django declared shareable, and never a response that sets a cookie.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "s-maxage" ||
        beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Remembered for BAN and PURGE, which match on the stored object.
    set beresp.http.X-Portal-Host = bereq.http.host;
    set beresp.http.X-Portal-Url = bereq.url;
}

sub vcl_backend_error {
    # The worker died or the connection broke before an answer (a killed or restarted
    # gunicorn worker): a GET or HEAD is safe to ask again, twice at most.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.X-Portal-Host;
    unset resp.http.X-Portal-Url;
    unset resp.http.xkey;
    # Which server software answers is nobody's business.
    unset resp.http.Server;
    unset resp.http.Via;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
