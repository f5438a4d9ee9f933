# Varnish in front of the portal (Varnish 7, Debian package `varnish`).
#
#   varnishd -F -a :80 -f /etc/varnish/default.vcl -s malloc,256m
#
# Django decides what may be cached: it sends `Cache-Control: public, …, s-maxage=N` only
# for anonymous pages on a site's own host name (cms.page_cache). Everything else is
# passed. Publishing in Wagtail sends a PURGE per URL (VARNISH_URL=http://127.0.0.1:80)
# and, for changes shown on every page, a BAN of the site's host name.
vcl 4.1;

import std;

backend default {
    # gunicorn, see deploy/gunicorn/; the test (tests/test_varnish.py) replaces these.
    .host = "127.0.0.1";
    .port = "8000";
}

# Only the application server itself may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.X-Portal-Host == " + std.tolower(regsub(req.http.host, ":[0-9]+$", "")));
            return (synth(200, "Banned"));
        }
        return (purge);
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
    # Per site: the host name without the port, so a PURGE naming the site's URL finds
    # what was fetched through any port.
    hash_data(req.url);
    hash_data(std.tolower(regsub(req.http.host, ":[0-9]+$", "")));
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
    # Remembered for BAN (whole site), which can only match on the stored object.
    set beresp.http.X-Portal-Host = std.tolower(regsub(bereq.http.host, ":[0-9]+$", ""));
}

sub vcl_deliver {
    unset resp.http.X-Portal-Host;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
