# depesche's edge cache (docs/operations.md, «Varnish»). Varnish 7 (Debian), no vmods.
#
# - Every reader gets the same cached bytes: cookies are dropped on public pages, whose HTML
#   never depends on the reader (DESIGN.md §3; a logged-in reader's name and token come from
#   /engagement/). The admin, the reader's account (/konto/), the engagement endpoints
#   (/engagement/) and every method but GET/HEAD pass straight to the app.
# - Pages stay as long as the app's Surrogate-Control says (core.http); a change purges them
#   by cache tag or path prefix (edge.purge sends BAN; only from the purgers ACL).
# - Grace: while the app or its database is down (health probe, or a 5xx), readers get the
#   last good copy for as long as the page's stale-if-error allows (24 hours).
vcl 4.1;

import std;

# The app servers: `backend default { … }` with its health probe, written by ops/prod.sh
# (and by the tests) beside this file, so that this file names no address.
include "backend.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.X-Ban-Tags) {
            if (req.http.X-Ban-Tags !~ "^[a-z0-9 -]+$") {
                return (synth(400, "Bad tags"));
            }
            # ban() takes the regex unquoted, so it may hold no space: tags are stored as
            # ",tag1,tag2," (vcl_backend_response).
            ban("obj.http.X-Cache-Tags ~ ,(" + regsuball(req.http.X-Ban-Tags, " +", "|") + "),");
        }
        if (req.http.X-Ban-Prefixes) {
            if (req.http.X-Ban-Prefixes !~ "^[A-Za-z0-9/_ -]+$") {
                return (synth(400, "Bad prefixes"));
            }
            ban("obj.http.X-Url ~ ^(" + regsuball(req.http.X-Ban-Prefixes, " +", "|") + ")");
        }
        return (synth(200, "Banned"));
    }

    # Behind a TLS terminator it says https; straight to Varnish it is http.
    if (!req.http.X-Forwarded-Proto) {
        set req.http.X-Forwarded-Proto = "http";
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|konto|engagement|healthz)(/|\?|$)" || req.http.Authorization) {
        return (pass);
    }
    unset req.http.Cookie;

    # Tracking parameters do not change a page: one cached copy for all of them.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    if (req.restarts > 0 || !std.healthy(req.backend_hint)) {
        # The app failed or is down: any copy within its stale-if-error window will do.
        set req.grace = 24h;
    } else {
        # stale-while-revalidate: an expired copy is served while a fresh one is fetched.
        set req.grace = 60s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Lets the ban lurker purge by path prefix (feeds, sitemaps) without the request.
    set beresp.http.X-Url = bereq.url;
    if (beresp.http.X-Cache-Tags) {
        set beresp.http.X-Cache-Tags = "," + regsuball(beresp.http.X-Cache-Tags, " +", ",") + ",";
    }

    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);  # keep the stale copy
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        return (deliver);  # vcl_deliver restarts to look for a stale copy
    }
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(javascript|json|xml|rss\+xml|atom\+xml)|image/svg)") {
        set beresp.do_gzip = true;
    }
    if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
        # Public pages (core.http): TTL and grace from Surrogate-Control.
        set beresp.ttl = std.duration(
            regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 60s);
        set beresp.grace = std.duration(
            regsub(beresp.http.Surrogate-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 24h);
        return (deliver);
    }
    if (bereq.url ~ "^/media/" && beresp.status == 200) {
        # Pictures and renditions: a new picture gets a new file name.
        set beresp.ttl = 1d;
        set beresp.grace = 7d;
        return (deliver);
    }
    if (bereq.url ~ "^/static/") {
        set beresp.grace = 7d;  # hashed names, a year in Cache-Control (whitenoise)
    } else {
        set beresp.grace = 24h;
    }
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        return (abandon);  # the app is down: keep serving the stale copy
    }
}

sub vcl_deliver {
    if (resp.status >= 500 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);  # once, with a long grace: a stale copy beats an error page
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Cache-Tags;
    unset resp.http.X-Url;
    unset resp.http.Surrogate-Control;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    if (resp.status >= 500 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
}
