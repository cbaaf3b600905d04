"""The polite fetcher against a real HTTP server on 127.0.0.1."""

import gzip
import time

import pytest
from werkzeug import Response

from corpus.fetcher import Fetcher
from corpus.sources import CrawlerSettings

SETTINGS = CrawlerSettings(read_timeout=1.0, connect_timeout=1.0, max_seconds=3.0, max_bytes=20_000, retries=2)


@pytest.fixture
def fetcher():
    return Fetcher(SETTINGS)


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private\n")
    return httpserver


def paths(server):
    return [request.path for request, _ in server.log]


def test_user_agent_names_predikat(site, fetcher):
    site.expect_request("/a").respond_with_data("ok")
    fetcher.fetch(site.url_for("/a"))
    assert all("predikat" in request.headers["User-Agent"] for request, _ in site.log)


def test_robots_disallow_is_never_requested(site, fetcher):
    result = fetcher.fetch(site.url_for("/private/page"))
    assert result.refused and result.error == "disallowed by robots.txt"
    assert "/private/page" not in paths(site)


def test_missing_robots_allows_everything(httpserver, fetcher):
    httpserver.expect_request("/a").respond_with_data("ok")
    assert fetcher.fetch(httpserver.url_for("/a")).ok


def test_robots_server_error_disallows_the_host(httpserver, fetcher):
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    result = fetcher.fetch(httpserver.url_for("/a"))
    assert result.error.startswith("robots.txt unreachable")
    assert "/a" not in paths(httpserver)


def test_server_errors_are_retried_until_success(site, fetcher):
    calls = []

    def flaky(request):
        calls.append(1)
        return Response("boom", status=500) if len(calls) <= 2 else Response("fine", status=200)

    site.expect_request("/flaky").respond_with_handler(flaky)
    result = fetcher.fetch(site.url_for("/flaky"))
    assert result.ok and result.body == b"fine" and len(calls) == 3


def test_retry_after_is_honoured(site, fetcher):
    calls = []

    def busy(request):
        calls.append(time.monotonic())
        return Response("slow down", status=429, headers={"Retry-After": "1"}) if len(calls) == 1 else Response("ok")

    site.expect_request("/busy").respond_with_handler(busy)
    assert fetcher.fetch(site.url_for("/busy")).ok
    assert calls[1] - calls[0] >= 0.9


def test_not_found_is_an_error_with_the_status(site, fetcher):
    result = fetcher.fetch(site.url_for("/missing"))
    assert result.status == 404 and result.error.startswith("HTTP 404")


def test_conditional_get_sends_validators_and_takes_304(site, fetcher):
    site.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    result = fetcher.fetch(site.url_for("/feed"), validators={"etag": '"v1"', "last_modified": None})
    assert result.not_modified and result.body is None


def test_slow_response_times_out(site, fetcher):
    def slow(request):
        time.sleep(2.5)
        return Response("late")

    site.expect_request("/slow").respond_with_handler(slow)
    result = fetcher.fetch(site.url_for("/slow"))
    assert not result.ok and "timeout" in result.error


def test_oversized_body_is_abandoned(site, fetcher):
    site.expect_request("/huge").respond_with_data("x" * 50_000)
    result = fetcher.fetch(site.url_for("/huge"))
    assert result.body is None and result.error.startswith("too large")


def test_gzip_bomb_is_abandoned_after_decompression(site, fetcher):
    bomb = gzip.compress(b"\0" * 5_000_000)
    site.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    result = fetcher.fetch(site.url_for("/bomb"))
    assert result.body is None and "after decompression" in result.error


def test_redirect_loop_is_detected(site, fetcher):
    site.expect_request("/loop-a").respond_with_data("", status=302, headers={"Location": "/loop-b"})
    site.expect_request("/loop-b").respond_with_data("", status=302, headers={"Location": "/loop-a"})
    result = fetcher.fetch(site.url_for("/loop-a"))
    assert result.error == "redirect loop"


def test_redirect_to_another_host_is_refused(site, fetcher):
    site.expect_request("/away").respond_with_data("", status=301, headers={"Location": "http://127.0.0.2:9/x"})
    result = fetcher.fetch(site.url_for("/away"), allowed=lambda url: "127.0.0.1" in url)
    assert result.refused and "allowed hosts" in result.error


def test_redirect_within_the_host_is_followed(site, fetcher):
    site.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    site.expect_request("/new").respond_with_data("moved here")
    result = fetcher.fetch(site.url_for("/old"))
    assert result.ok and result.body == b"moved here" and result.redirects == [site.url_for("/new")]


def test_connection_refused_is_reported(fetcher):
    result = fetcher.fetch("http://127.0.0.1:9/nothing-listens-here")
    assert not result.ok and result.error
