# depesche's edge cache (docs/operations.md, «Varnish»). Varnish 7 (Debian) with the xkey vmod
# (Debian's varnish-modules).
#
# - Every reader gets the same cached bytes: cookies are dropped on public pages, whose HTML
#   never depends on the reader (docs/design.md §3; a logged-in reader's name and token come from
#   /engagement/). The admin, the reader's account (/konto/), the engagement endpoints
#   (/engagement/) and every method but GET/HEAD pass straight to the app.
# - Pages stay as long as the app's Surrogate-Control says (core.http); a change purges them
#   by cache tag or path (edge.purge sends PURGE; only from the purgers ACL). The purge is
#   soft: a purged page is fetched anew by its next reader, yet kept for grace, so that it is
#   still there when that fetch fails.
# - Grace: while the app or its database is down (health probe, or a 5xx), readers get the
#   last good copy, purged or expired, for as long as the page's stale-if-error allows (24
#   hours). While the app is healthy, no reader gets a copy that is expired or purged: an
#   editor's change is never hidden behind a stale copy. Readers of one page wait for one
#   fetch together (Varnish coalesces them).
vcl 4.1;

import std;
import xkey;

# The app servers: `backend default { … }` with its health probe, written by ops/prod.sh
# (and by the tests) beside this file, so that this file names no address.
include "backend.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.restarts == 0) {
        unset req.http.X-Depesche-Fallback;  # ours alone (vcl_deliver, vcl_synth)
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # Tags as the app names them (core.http), paths of pages; each cached object has
        # the keys of its tags, "path:<its path>" and "all" (vcl_backend_response).
        if (req.http.X-Purge-Tags !~ "^[a-z0-9 -]*$") {
            return (synth(400, "Bad tags"));
        }
        if (req.http.X-Purge-Paths !~ "^(/[A-Za-z0-9/_-]* *)*$") {
            return (synth(400, "Bad paths"));
        }
        set req.http.X-Purge-Keys = req.http.X-Purge-Tags + " "
            + regsuball(req.http.X-Purge-Paths, "(^| )/", "\1path:/");
        return (synth(200, "Purged " + xkey.softpurge(req.http.X-Purge-Keys)));
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

    if (req.http.X-Depesche-Fallback || !std.healthy(req.backend_hint)) {
        # The app failed or is down: any copy within its stale-if-error window will do.
        set req.grace = 24h;
    } else {
        # An expired or purged copy is fetched anew before it is served.
        set req.grace = 0s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # The object's purge keys (vcl_recv, PURGE): the app's cache tags, its path and "all".
    set beresp.http.xkey = "all path:" + regsub(bereq.url, "\?.*$", "") + " "
        + beresp.http.X-Cache-Tags;
    unset beresp.http.X-Cache-Tags;

    if (beresp.status >= 500) {
        call keep_the_stale_copy;
        # Passed (a POST, the admin) or no copy to fall back on: the app's own answer.
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        return (deliver);
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
    call keep_the_stale_copy;
}

# A failed fetch of a cacheable page is abandoned, so that its stale copy stays: a delivered
# 5xx would replace it, and a backend error is even kept for a second while readers wait. In
# the foreground, vcl_synth then restarts to find the copy (fall_back_to_grace).
sub keep_the_stale_copy {
    if (bereq.is_bgfetch || !(bereq.uncacheable || bereq.http.X-Depesche-Fallback)) {
        return (abandon);
    }
}

# Once, with a long grace (vcl_recv): a stale copy beats an error page.
sub fall_back_to_grace {
    if (resp.status >= 500 && !req.http.X-Depesche-Fallback
            && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-Depesche-Fallback = "1";
        return (restart);
    }
}

sub vcl_deliver {
    call fall_back_to_grace;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Control;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    call fall_back_to_grace;
}
