"""Comments as readers and moderators use them, in headless Chromium through Playwright."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from comments.pipeline import text_clean
from comments.services import comment_create, comments_moderate
from engagement.identity import Reader
from engagement.proof_of_work import challenge_create, challenge_solve

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESULTS = Path(__file__).resolve().parents[2] / "test-results"

# Script, event handler, URL, markup and encoding tricks. Each would show a dialog or leave an
# element marked "xss" in the page if the text were ever parsed as HTML.
XSS_PAYLOADS = [
    "<script>alert('xss-1')</script>",
    "<img src=x onerror=alert('xss-2')>",
    "<svg onload=alert('xss-3')>",
    "<svg><script>alert('xss-4')</script></svg>",
    "<iframe src=\"javascript:alert('xss-5')\"></iframe>",
    "<body onload=alert('xss-6')>",
    "<a href=\"javascript:alert('xss-7')\" class=xss>klick</a>",
    "<div class=xss onmouseover=alert('xss-8')>hover</div>",
    "\"><script>alert('xss-9')</script>",
    "'><img src=x onerror=alert('xss-10')>",
    "</textarea><script>alert('xss-11')</script>",
    "</template><img src=x onerror=alert('xss-12')>",
    "<details open ontoggle=alert('xss-13')>",
    "<input autofocus onfocus=alert('xss-14')>",
    "<select autofocus onfocus=alert('xss-15')></select>",
    "<video><source onerror=alert('xss-16')></video>",
    "<audio src=x onerror=alert('xss-17')>",
    "<marquee onstart=alert('xss-18')>x</marquee>",
    "<object data=\"javascript:alert('xss-19')\"></object>",
    "<embed src=\"javascript:alert('xss-20')\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-21')>",
    "<form action=\"javascript:alert('xss-22')\"><button class=xss>go</button></form>",
    "<isindex action=javascript:alert('xss-23') type=image>",
    '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(\'xss-24\')">',
    "<img src=x onerror=eval(atob('YWxlcnQoJ3hzcy0yNScp'))>",
    "<scr<script>ipt>alert('xss-26')</scr</script>ipt>",
    "<SCRIPT SRC=//127.0.0.1/xss-27.js></SCRIPT>",
    "<img src=`x` onerror=alert('xss-28')>",
    "<svg/onload=alert('xss-29')>",
    "<style>@import 'javascript:alert(\"xss-30\")';</style>",
    "<link rel=stylesheet href=\"javascript:alert('xss-31')\">",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss-32\')">',
    "<base href=\"javascript:alert('xss-33')//\">",
    "<table background=\"javascript:alert('xss-34')\"></table>",
    "<div style=\"background:url(javascript:alert('xss-35'))\" class=xss>",
    "javascript:alert('xss-36')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTM3Jyk8L3NjcmlwdD4=",
    "{{constructor.constructor('alert(\"xss-38\")')()}}",
    "${alert('xss-39')}",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('xss-40')>\">",
    "<a id=xss href=#>dom clobbering</a><form name=xss></form>",
    "%3Cscript%3Ealert('xss-42')%3C/script%3E",
    "&lt;script&gt;alert('xss-43')&lt;/script&gt;",
    "<img src=x:alert(alt) onerror=eval(src) alt='xss-44'>",
    "<svg><animate onbegin=alert('xss-45') attributeName=x dur=1s>",
    "<keygen autofocus onfocus=alert('xss-46')>",
    "<frameset onload=alert('xss-47')>",
    "<xss id=xss onpointerover=alert('xss-48')>style me</xss>",
    "<!--<img src=\"--><img src=x onerror=alert('xss-49')//\">",
    "<template><img src=x onerror=alert('xss-50')></template>\nZeile zwei\n<b class=xss>fett</b>",
    "\u202e<script>alert('xss-51')</script>",
    '<img srcset="x" onerror="alert(\'xss-52\')">',
]


@pytest.fixture
def article_url(live_server, newsroom):
    article = newsroom(1).pages[0]
    return article, live_server.url + article.url


def _comment(article, body, number, **kwargs):
    return comment_create(
        article=article,
        reader=Reader(user=None, guest=None, ip=f"192.0.2.{number}"),
        body=body,
        proof_of_work=challenge_solve(challenge_create()),
        **kwargs,
    )


@pytest.fixture
def xss_comments(article_url):
    article, url = article_url
    ids = [_comment(article, payload, n).pk for n, payload in enumerate(XSS_PAYLOADS)]
    comments_moderate(comment_ids=ids, action="approve", moderator=None)
    return url, article.pk


def test_fifty_xss_payloads_render_as_inert_text(xss_comments, browser_page):
    assert len(XSS_PAYLOADS) >= 50
    url, article_id = xss_comments
    page = browser_page
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector(".comment-list .comment")
    bodies = page.locator(".comment-list .comment__body")
    while page.locator("[data-more]").is_visible():
        shown_before = bodies.count()
        page.locator("[data-more]").click()
        page.wait_for_function(
            "(n) => document.querySelectorAll('.comment-list .comment__body').length > n",
            arg=shown_before,
        )
    assert bodies.count() == len(XSS_PAYLOADS)
    shown = bodies.evaluate_all("(nodes) => nodes.map((n) => [n.childElementCount, n.textContent])")
    assert all(children == 0 for children, _text in shown)
    assert sorted(text for _c, text in shown) == sorted(text_clean(p) for p in XSS_PAYLOADS)
    # Hover and focus everything once: handlers that would need a reader's gesture.
    for body in bodies.all()[:10]:
        body.hover()
    injected = page.evaluate(
        "() => document.querySelectorAll('.xss, #xss, xss, iframe, object, embed, "
        ".comments img, .comments svg, .comments script').length"
    )
    assert injected == 0 and dialogs == [] and errors == []

    # The plain page for readers without JavaScript shows them as text too.
    page.goto(f"{url.split('/', 3)[0]}//{url.split('/', 3)[2]}/kommentare/{article_id}/")
    plain = page.locator(".comment__body")
    assert plain.count() == 50  # a page of the plain list
    assert plain.evaluate_all(
        "(nodes) => nodes.every((n) => n.querySelectorAll(':not(br)').length === 0)"
    )
    assert page.evaluate("() => document.querySelectorAll('.xss, #xss, xss, iframe').length") == 0
    assert dialogs == [] and errors == []


@pytest.fixture
def moderator(db):
    User.objects.create_superuser("moderatorin", "m@example.org", "Kommentare-2026")
    return "moderatorin", "Kommentare-2026"


def test_a_guest_comments_a_moderator_approves_readers_see_it(article_url, moderator, browser_page):
    _article, url = article_url
    page = browser_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # A guest writes; the page solves the proof of work and says the comment waits.
    page.goto(url)
    form = page.locator("form[data-form]")
    form.wait_for(state="visible")
    page.locator("[data-as]", has_text="Sie schreiben als Gast, ohne Konto.").wait_for()
    page.get_by_label("Ihr Kommentar").fill("Endlich eine sichere Route\nfür Schulkinder!")
    page.get_by_role("button", name="Kommentar senden").click()
    status = page.locator("[data-status]")
    status.filter(has_text="wird geprüft").wait_for()
    assert status.inner_text() == "Danke! Ihr Kommentar wird geprüft, bevor er erscheint."
    # Readers do not see it yet.
    other = page.context.browser.new_context()
    reader = other.new_page()
    reader.goto(url)
    reader.locator("[data-list] li").first.wait_for()
    assert "Endlich eine sichere Route" not in reader.locator("[data-list]").inner_text()

    # The moderator approves it in the admin.
    admin = page.context.browser.new_context().new_page()
    base = url.split("/", 3)
    admin.goto(f"{base[0]}//{base[2]}/admin/login/")
    admin.locator("input[name=username]").fill(moderator[0])
    admin.locator("input[name=password]").fill(moderator[1])
    admin.locator("input[name=password]").press("Enter")
    admin.wait_for_url("**/admin/")
    assert "1 Kommentar wartet" in admin.locator("main").inner_text()
    admin.goto(f"{base[0]}//{base[2]}/admin/comments/")
    row = admin.locator("tr", has_text="Endlich eine sichere Route")
    assert "Von einem Gast geschrieben" in row.inner_text()
    row.locator("input[type=checkbox]").check()
    admin.get_by_label("Aktion für die ausgewählten Kommentare").select_option("approve")
    admin.get_by_role("button", name="Ausführen").click()
    admin.get_by_text("1 Kommentar ist jetzt «Freigegeben».").wait_for()

    # Readers now see it, with the guest's name.
    reader.goto(url)
    comment = reader.locator(".comment", has_text="Endlich eine sichere Route")
    comment.wait_for()
    author = comment.locator(".comment__author").inner_text()
    assert author.startswith("User #") and author.endswith("(nicht angemeldet)")
    assert comment.locator(".comment__body").inner_text() == (
        "Endlich eine sichere Route\nfür Schulkinder!"
    )
    assert reader.locator("[data-count=comments]").first.inner_text() == "1"
    RESULTS.mkdir(exist_ok=True)
    reader.locator("#kommentare").screenshot(path=RESULTS / "comments.png")
    admin.screenshot(path=RESULTS / "comments-admin.png", full_page=True)
    assert errors == []
    other.close()


def test_the_plain_comments_page_and_the_account_pages_pass_axe(article_url, browser_page):
    from axe_playwright_python.sync_playwright import Axe

    article, url = article_url
    base = "/".join(url.split("/", 3)[:3])
    for path in (f"/kommentare/{article.pk}/", "/konto/login/", "/konto/signup/"):
        browser_page.goto(base + path)
        results = Axe().run(browser_page)
        assert results.violations_count == 0, (path, results.generate_report())


def test_commenters_know_where_they_stand(article_url, browser_page):
    """A guest's waiting comment stays visible to them alone; a logged-in reader sees their
    login state in the header of cached pages and the heading's count follow their comment."""
    from allauth.account.models import EmailAddress

    _article, url = article_url
    base = "/".join(url.split("/", 3)[:3])
    page = browser_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # A guest writes, reloads: the comment is still there, marked, without buttons.
    page.goto(url)
    page.locator("form[data-form]").wait_for(state="visible")
    page.get_by_label("Ihr Kommentar").fill("Bitte mehr Veloständer am Bahnhof.")
    page.get_by_role("button", name="Kommentar senden").click()
    page.locator("[data-status]").filter(has_text="wird geprüft").wait_for()
    page.reload()
    own = page.locator(".comment", has_text="Bitte mehr Veloständer am Bahnhof.")
    own.wait_for()
    assert "wartet auf Prüfung" in own.inner_text()
    assert own.locator("button").count() == 0
    assert page.locator("[data-count=comments]").first.inner_text() == "0"
    # Another browser does not see it.
    other = page.context.browser.new_context()
    stranger = other.new_page()
    stranger.goto(url)
    stranger.locator("[data-list] li").first.wait_for()
    assert "Veloständer" not in stranger.locator("[data-list]").inner_text()
    assert stranger.locator(".login-link").is_visible()
    assert not stranger.locator("[data-member-links]").is_visible()

    # A reader logs in: cached pages (the same bytes as for everyone) name the account.
    user = User.objects.create_user("leserin", "leserin@example.org", "Velo-Route-2027!")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    member = page.context.browser.new_context().new_page()
    member.on("pageerror", lambda error: errors.append(str(error)))
    member.goto(base + "/konto/login/")
    member.locator("input[name=login]").fill("leserin@example.org")
    member.locator("input[name=password]").fill("Velo-Route-2027!")
    member.locator("input[name=password]").press("Enter")
    member.wait_for_url(lambda address: "/login/" not in address)
    for address in (base + "/", url):
        member.goto(address)
        member.get_by_role("link", name="Mein Konto").wait_for()
        assert member.get_by_role("link", name="Abmelden").is_visible()
        assert not member.locator(".login-link").is_visible()

    # Their comment is published at once: the heading's count follows without a reload.
    member.locator("form[data-form]").wait_for(state="visible")
    member.get_by_label("Ihr Kommentar").fill("Ich fahre jeden Tag diese Strecke.")
    member.get_by_role("button", name="Kommentar senden").click()
    member.locator("[data-status]").filter(has_text="veröffentlicht").wait_for()
    assert member.locator("[data-count=comments]").first.inner_text() == "1"
    assert member.locator(".comment", has_text="Ich fahre jeden Tag").is_visible()

    # Logged out: the header says «Anmelden» again.
    member.goto(base + "/konto/logout/")
    member.locator("main").get_by_role("button", name="Abmelden").click()
    member.goto(base + "/")
    member.locator(".login-link").wait_for()
    assert not member.locator("[data-member-links]").is_visible()
    assert errors == []
    other.close()
