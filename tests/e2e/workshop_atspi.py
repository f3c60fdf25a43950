#!/usr/bin/python3
"""End to end, as a screen-reader user would: drive the real DriveDeck window through the
accessibility bus (AT-SPI), create a workshop with three people, pick cards for each with the
keyboard, quit, start again, and find every pick with `drivedeck profile`.

Run by tests/e2e/run_workshop_atspi.sh inside Xvfb and a private D-Bus session.
usage: workshop_atspi.py DRIVEDECK_BINARY WORK_DIR
"""
import json
import os
import subprocess
import sys
import time

import pyatspi

BINARY, WORK = sys.argv[1], sys.argv[2]
DATABASE = os.path.join(WORK, "workshop.sqlite")
TITLE = "Screen reader workshop"
PEOPLE = ["Anouk", "Bram", "Chen"]
# Cards each person picks, typed as numbers on the card wall.
CARDS = {"Anouk": [3, 12], "Bram": [7], "Chen": [21, 4, 15]}


def fail(message):
    print("FAIL:", message, flush=True)
    sys.exit(1)


def wait_for(what, probe, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            found = probe()
        except Exception:  # the tree changes under our feet while the window builds
            found = None
        if found:
            return found
        time.sleep(0.2)
    fail("timed out waiting for " + what)


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name and app.name.lower() == "drivedeck":
            return app
    return None


def find(node, role, name=None, showing=False):
    """The first descendant with that role (and name), breadth first."""
    queue = [node]
    while queue:
        current = queue.pop(0)
        for child in current:
            if child is None:
                continue
            try:
                if child.getRoleName() == role and (name is None or child.name == name):
                    if not showing or child.getState().contains(pyatspi.STATE_SHOWING):
                        return child
            except Exception:
                continue
            queue.append(child)
    return None


def find_named(node, name):
    """The first showing descendant with that accessible name, whatever its role."""
    queue = [node]
    while queue:
        current = queue.pop(0)
        for child in current:
            if child is None:
                continue
            try:
                if child.name == name and child.getState().contains(pyatspi.STATE_SHOWING):
                    return child
            except Exception:
                continue
            queue.append(child)
    return None


def find_all(node, role):
    found, queue = [], [node]
    while queue:
        current = queue.pop(0)
        for child in current:
            if child is None:
                continue
            try:
                if child.getRoleName() == role:
                    found.append(child)
            except Exception:
                continue
            queue.append(child)
    return found


def press(node):
    node.queryAction().doAction(0)


def type_keys(text):
    for char in text:
        pyatspi.Registry.generateKeyboardEvent(0, char, pyatspi.KEY_STRING)
        time.sleep(0.15)


def start():
    """DriveDeck, started and on the accessibility bus; one more try when it could not start."""
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    for attempt in range(2):
        process = subprocess.Popen([BINARY, "--database", DATABASE, "--language", "en"], env=env)

        def started():
            if process.poll() is not None:
                return "exited"
            return application()

        app = wait_for("the DriveDeck window on the accessibility bus", started)
        if app != "exited":
            return process, app
        print("DriveDeck exited at start with %s; starting it again" % process.returncode,
              flush=True)
    fail("DriveDeck did not start")


def checked_cards(app):
    wall = find_named(app, "Card wall") or app
    return sorted(box.name for box in find_all(wall, "check box")
                  if box.getState().contains(pyatspi.STATE_CHECKED))


def main():
    process, app = start()
    wait_for("the database", lambda: find(app, "label", "On this computer"))

    press(wait_for("File › New Session…", lambda: find(app, "menu item", "New Session…")))
    title = wait_for("the Title field", lambda: find(app, "text", "Title", showing=True))
    title.queryEditableText().setTextContents(TITLE)
    people = find(app, "text", "Participants, one name per line", showing=True)
    if people is None:
        fail("no participants field")
    people.queryEditableText().setTextContents("\n".join(PEOPLE))
    press(find(app, "push button", "Create and Start", showing=True))

    wait_for("the card wall", lambda: find(app, "label", TITLE + ": all changes saved"))
    wall = wait_for("the card wall", lambda: find_named(app, "Card wall"))
    wall_card = wait_for("the cards", lambda: find(wall, "check box", showing=True))
    names = {}
    for number, person in enumerate(PEOPLE):
        # Focus on a card: typed numbers go to the wall, Page Down to the next person.
        wall_card.queryComponent().grabFocus()
        time.sleep(0.3)
        for card in CARDS[person]:
            type_keys(str(card))
            if card < 3:
                time.sleep(1.0)  # "1" or "2" alone waits for a second digit
        wait_for(person + "'s picks",
                 lambda: len(checked_cards(app)) == len(CARDS[person]))
        names[person] = checked_cards(app)
        if number + 1 < len(PEOPLE):
            # The next person: selected in the list of who is picking, as a screen reader does.
            table = find(app, "list", "Who is picking")
            table.queryTable().addRowSelection(number + 1)
            wait_for("the next person's empty wall", lambda: not checked_cards(app))
    wait_for("everything saved", lambda: find(app, "label", TITLE + ": all changes saved"))

    press(find(app, "menu item", "Quit"))
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        fail("DriveDeck did not quit")

    # Started again: the picks are there, and the command line sees them.
    process, app = start()
    wait_for("the session list", lambda: find(app, "table cell", TITLE))
    press(find(app, "menu item", "Quit"))
    process.wait(timeout=20)

    result = subprocess.run([BINARY, "profile", TITLE, "--database", DATABASE, "--format",
                             "json"], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        fail("drivedeck profile: " + result.stderr)
    profile = json.loads(result.stdout)
    if profile["respondents"] != len(PEOPLE):
        fail("respondents: %s" % profile["respondents"])
    picks = {entry["id"]: entry["picks"] for entry in profile["drives"]}
    expected = {}
    for cards in CARDS.values():
        for card in cards:
            expected[card] = expected.get(card, 0) + 1
    for card in range(1, 25):
        if picks.get(card, 0) != expected.get(card, 0):
            fail("card %d has %s picks, expected %d" % (card, picks.get(card), expected.get(card, 0)))
    print("picked by keyboard:", names)
    print("1 passed, 0 failed")


main()
