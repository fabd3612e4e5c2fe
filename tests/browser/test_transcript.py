"""The transcript follows the recording and seeks it, by mouse and by keyboard."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PLAYER = "#recording"
SEGMENT = ".transcript .segment"


@pytest.fixture
def story(visit):
    page = visit("story", "fr")
    page.evaluate(f"document.querySelector('{PLAYER}').muted = true")
    page.wait_for_function(f"document.querySelector('{PLAYER}').readyState >= 1")
    return page


def segment_times(page):
    return page.locator(SEGMENT).evaluate_all(
        "els => els.map(el => [parseFloat(el.dataset.start), parseFloat(el.dataset.end)])"
    )


def current_segments(page):
    return page.locator(SEGMENT).evaluate_all(
        "els => els.map((el, i) => el.getAttribute('aria-current') === 'true' "
        "&& el.classList.contains('is-current') ? i : -1).filter(i => i >= 0)"
    )


def current_time(page):
    return page.evaluate(f"document.querySelector('{PLAYER}').currentTime")


def test_the_segment_being_heard_is_marked_current(story):
    times = segment_times(story)
    assert len(times) >= 3
    assert (
        story.evaluate(f"document.querySelector('{PLAYER}').duration") >= times[-1][0]
    )

    for index in (1, len(times) - 1, 0):
        start, end = times[index]
        story.evaluate(
            """([selector, at]) => {
                const player = document.querySelector(selector);
                player.currentTime = at;
                player.dispatchEvent(new Event('timeupdate'));
            }""",
            [PLAYER, (start + end) / 2],
        )
        story.wait_for_function(
            f"""() => {{
                const current = document.querySelectorAll('{SEGMENT}[aria-current="true"]');
                return current.length === 1 && current[0] === document.querySelectorAll('{SEGMENT}')[{index}];
            }}"""
        )
        assert current_segments(story) == [index]


def test_playback_moves_the_current_segment(story):
    times = segment_times(story)
    story.evaluate(f"document.querySelector('{PLAYER}').play()")
    story.wait_for_function(f"document.querySelector('{PLAYER}').currentTime > 0.3")
    story.evaluate(f"document.querySelector('{PLAYER}').pause()")
    now = current_time(story)
    expected = [i for i, (start, end) in enumerate(times) if start <= now < end]
    story.wait_for_function(
        f"document.querySelectorAll('{SEGMENT}[aria-current=\"true\"]').length === {len(expected)}"
    )
    assert current_segments(story) == expected


def test_clicking_a_time_seeks_the_recording(story):
    times = segment_times(story)
    index = len(times) - 2
    story.locator(SEGMENT).nth(index).locator(".seek").click()

    story.wait_for_function(
        f"Math.abs(document.querySelector('{PLAYER}').currentTime - {times[index][0]}) < 0.3"
    )
    story.evaluate(f"document.querySelector('{PLAYER}').pause()")
    assert current_time(story) == pytest.approx(times[index][0], abs=0.3)
    story.wait_for_function(
        f"document.querySelectorAll('{SEGMENT}')[{index}].getAttribute('aria-current') === 'true'"
    )


def tab_to(page, predicate, limit=80):
    """Press Tab until ``predicate`` (JS, on document.activeElement) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached an element where {predicate}")


def test_player_and_transcript_work_from_the_keyboard(story):
    times = segment_times(story)
    story.evaluate("document.activeElement && document.activeElement.blur()")
    story.evaluate("window.scrollTo(0, 0)")

    tab_to(story, "el.id === 'recording'")
    # The native controls take the keyboard: Space plays and pauses.
    story.keyboard.press("Space")
    story.wait_for_function(f"document.querySelector('{PLAYER}').currentTime > 0")
    story.evaluate(f"document.querySelector('{PLAYER}').pause()")

    tab_to(
        story,
        "el.matches('.transcript .seek') && el.closest('.segment') === "
        "document.querySelectorAll('.transcript .segment')[2]",
    )
    story.keyboard.press("Enter")
    story.wait_for_function(
        f"Math.abs(document.querySelector('{PLAYER}').currentTime - {times[2][0]}) < 0.3"
    )
    story.evaluate(f"document.querySelector('{PLAYER}').pause()")
    assert current_time(story) == pytest.approx(times[2][0], abs=0.3)
    # Focus stays on the link the listener pressed, to keep their place.
    assert story.evaluate("document.activeElement.matches('.transcript .seek')")
