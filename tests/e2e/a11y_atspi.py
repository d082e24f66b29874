# Shared by the AT-SPI walks (tests/e2e/tst_a11y_*.py, issue 13): reading the accessibility tree
# over AT-SPI (pyatspi), the keyboard synthesised through the AT-SPI registry, waits that poll
# with a deadline, and the app started under openbox with its language, its "browser" (the
# devstack's headless sign-in) and Qt's AT-SPI bridge forced on.
import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET

import pyatspi
from gi.repository import GLib

TIMEOUT = 20.0


class Failure(Exception):
    pass


# --- expected words --------------------------------------------------------------------------

class Words:
    def __init__(self, source, lang):
        self.table = {}
        self.plurals = {}  # (context, source) → [singular, plural]
        root = ET.parse(os.path.join(source, 'translations', f'figestio_{lang}.ts')).getroot()
        for context in root.iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                src = message.findtext('source')
                tr = message.find('translation')
                text = (tr.text if tr is not None and tr.text else None) or src
                if tr is not None and tr.find('numerusform') is not None:
                    self.plurals[(name, src)] = [f.text or src for f in tr.iter('numerusform')]
                    continue
                self.table[(name, src)] = text

    def plural(self, context, source, n):
        """The form for n (Catalan, Spanish and English: one for 1, the other for the rest)."""
        forms = self.plurals.get((context, source))
        if forms is None:
            raise Failure(f'no plural translation for {context} "{source}"')
        return forms[0 if n == 1 else -1].replace('%n', str(n))

    def __call__(self, context, source):
        text = self.table.get((context, source))
        if text is None:
            raise Failure(f'no translation for {context} "{source}"')
        # What AT-SPI reads: Qt strips the mnemonic marker.
        return text.replace('&&', '\0').replace('&', '').replace('\0', '&')


# --- AT-SPI helpers --------------------------------------------------------------------------

events = []


def on_event(event):
    events.append((event.type, event.source))


def pump():
    ctx = GLib.MainContext.default()
    while ctx.pending():
        ctx.iteration(False)


def wait_for(what, check, timeout=TIMEOUT):
    """Polls check() (an AT-SPI read) until it returns something true; the value, or Failure."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        pump()
        try:
            value = check()
            if value:
                return value
        except Failure:
            raise
        except Exception as e:  # an object gone while reading it: try again
            last_error = e
        time.sleep(0.05)
    raise Failure(f'timed out waiting for {what}' + (f' ({last_error})' if last_error else ''))


def children(obj):
    out = []
    for i in range(obj.childCount):
        child = obj.getChildAtIndex(i)
        if child is not None:
            out.append(child)
    return out


def walk(obj):
    yield obj
    for child in children(obj):
        yield from walk(child)


def showing(obj):
    return obj.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role=None, name=None, visible=True):
    for obj in walk(root):
        if role is not None and obj.getRole() != role:
            continue
        if name is not None and obj.name != name:
            continue
        if visible and not showing(obj):
            continue
        return obj
    return None


ITEM_ROLES = (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM)


def focused(app):
    """The focused control among those showing: the view, not its items. Qt 6.4 marks a view's
    current item "focused" whether or not the view has the focus, and still "showing" on a
    hidden wizard page (both from the current index and the geometry); a screen reader follows
    focus events, which come from the view."""
    def search(obj):
        for child in children(obj):
            state = child.getState()
            if not state.contains(pyatspi.STATE_SHOWING) or child.getRole() in ITEM_ROLES:
                continue
            if state.contains(pyatspi.STATE_FOCUSED):
                return child
            found = search(child)
            if found is not None:
                return found
        return None
    return search(app)


def describe(obj):
    if obj is None:
        return 'nothing'
    return f'{obj.getRoleName()} "{obj.name}" ({obj.description!r})'


def key(sym):
    pyatspi.Registry.generateKeyboardEvent(sym, None, pyatspi.KEY_SYM)


def type_text(text):
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)


KEYS = {'Tab': 0xff09, 'ISO_Left_Tab': 0xfe20, 'Return': 0xff0d, 'Escape': 0xff1b,
        'space': 0x20, 'End': 0xff57, 'BackSpace': 0xff08}


def press(name):
    key(KEYS[name])


def shift_tab():
    # Shift+Tab: the Shift keycode held around the Tab.
    shift = 50  # XK_Shift_L on Xvfb's default keymap (evdev)
    pyatspi.Registry.generateKeyboardEvent(shift, None, pyatspi.KEY_PRESS)
    press('Tab')
    pyatspi.Registry.generateKeyboardEvent(shift, None, pyatspi.KEY_RELEASE)


def check(condition, message):
    if not condition:
        raise Failure(message)


def wait_focus(app, what, pred, timeout=TIMEOUT):
    try:
        return wait_for(what, lambda: (lambda f: f if f is not None and pred(f) else None)(
            focused(app)), timeout)
    except Failure:
        raise Failure(f'focus: expected {what}, found {describe(focused(app))}')


def tab_to(app, what, pred, limit=15):
    for _ in range(limit):
        f = focused(app)
        if f is not None and pred(f):
            return f
        press('Tab')
        focus_left(app, f)
    raise Failure(f'Tab never reached {what} (focus on {describe(focused(app))})')


def focus_left(app, previous, timeout=2):
    """Waits until a key press has moved the focus off `previous`; False if it stayed (a
    window with one control keeps it)."""
    try:
        return wait_for('the focus to move', lambda: (lambda f: f is not None and f != previous)(
            focused(app)), timeout)
    except Failure:
        return False


def follow_focus(app, after, target, allowed, timeout=60, record=False):
    """Samples the focus after a key press until `target` has it: it may rest only on the
    `allowed` controls on the way, and never be lost (a silent screen reader) longer than a
    page switch takes."""
    deadline = time.monotonic() + timeout
    lost_since = None
    seen = {}  # seconds the focus spent on each control on the way
    last = time.monotonic()
    while True:
        pump()
        f = focused(app)
        now = time.monotonic()
        if f is not None:
            seen[f.name] = seen.get(f.name, 0) + now - last
        last = now
        if f is not None and f.name == target:
            return seen if record else f
        if f is None:
            lost_since = lost_since or time.monotonic()
            check(time.monotonic() - lost_since < 0.4, f'the focus was lost after {after}')
        else:
            lost_since = None
            check(f.name in allowed, f'focus on {describe(f)} after {after}')
        check(time.monotonic() < deadline, f'{target} never got the focus after {after}')
        time.sleep(0.05)


def reading_order_problem(container):
    """The first pair of showing leaves read in another order than shown, or ''."""
    leaves = []

    def collect(obj):
        for child in children(obj):
            if not showing(child):
                continue
            ext = child.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            if ext.width <= 0 or ext.height <= 0:
                continue
            if child.childCount == 0 or child.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_TEXT):
                leaves.append((child, ext))
            else:
                collect(child)

    collect(container)
    if not leaves:
        return 'nothing to read'
    for (prev, p), (cur, c) in zip(leaves, leaves[1:]):
        same_row = c.y < p.y + p.height and p.y < c.y + c.height
        in_order = c.x >= p.x if same_row else c.y >= p.y + p.height - 2
        if not in_order:
            return f'"{cur.name}" is read after "{prev.name}" but shown before it'
    return ''


def check_named(container, roles, where):
    for obj in walk(container):
        if obj.getRole() in roles and showing(obj):
            check(obj.name, f'an unnamed {obj.getRoleName()} in {where}')


def check_reading_order(container, where):
    problem = reading_order_problem(container)
    check(not problem, f'{where}: {problem}')


def current_page(dialog):
    """The wizard page shown: the showing filler that carries a name (the page title)."""
    for obj in walk(dialog):
        if obj.getRole() == pyatspi.ROLE_FILLER and obj.name and showing(obj):
            return obj
    return None


# --- the devstack and the app ----------------------------------------------------------------

def devstack_post(control, payload):
    url = os.environ['DEVSTACK_CONTROL_URL'].rstrip('/') + '/' + control
    req = urllib.request.Request(url, json.dumps(payload).encode(),
                                 {'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=10) as answer:
        check(answer.status == 200, f'devstack /{control} answered {answer.status}')
        return json.loads(answer.read() or b'null')


def devstack_fail_next(count, status):
    devstack_post('fail', {'count': count, 'status': status})


class Walk:
    """The app under test as a screen-reader user meets it; subclasses write run()."""

    def __init__(self, args):
        self.args = args
        self.tr = Words(args.source, args.lang)
        self.tmp = os.environ.get('FIGESTIO_TEST_TMP') or os.environ['TMPDIR']
        self.processes = []
        self.steps = 0

    def step(self, text):
        self.steps += 1
        print(f'--- {self.steps}. {text}', flush=True)

    def start(self, *app_args, user='alice'):
        """openbox, the language, the "browser" (signing in as `user`), then the app."""
        self.processes.append(subprocess.Popen(['openbox', '--sm-disable'],
                                               stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL))
        # The UI language, as Settings saves it.
        config = os.path.join(os.environ['XDG_CONFIG_HOME'], 'Figestio')
        os.makedirs(config, exist_ok=True)
        with open(os.path.join(config, 'figestio-sync.conf'), 'w') as f:
            f.write(f'[ui]\nlanguage={self.args.lang}\n')
        # The "browser": the devstack's headless sign-in, approving or cancelling as told.
        bindir = os.path.join(self.tmp, 'a11y-bin')
        os.makedirs(bindir, exist_ok=True)
        self.mode_file = os.path.join(self.tmp, 'signin-mode')
        devstack_open = os.path.join(os.path.dirname(os.environ['DEVSTACK_SIGNIN']), 'xdg-open')
        with open(os.path.join(bindir, 'xdg-open'), 'w') as f:
            f.write('#!/bin/sh\n'
                    f'DEVSTACK_SIGNIN_MODE=$(cat "{self.mode_file}" 2>/dev/null || echo approve)\n'
                    f'export DEVSTACK_SIGNIN_MODE\nexec "{devstack_open}" "$@"\n')
        os.chmod(os.path.join(bindir, 'xdg-open'), 0o755)
        self.env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON='1', QT_ACCESSIBILITY='1',
                        PATH=bindir + os.pathsep + os.environ['PATH'], DEVSTACK_USER=user)
        self.env.pop('QT_QPA_PLATFORM', None)
        self.before_launch()
        # Listen before the app starts: Qt's bridge asks the registry once which events anyone
        # listens to, then subscribes to "listener registered" (AtSpiAdaptor's constructor); a
        # listener registered in between is never told to the app, which then sends no
        # description-changed events at all (seen once under load, issue 13).
        pyatspi.Registry.registerEventListener(on_event,
                                               'object:property-change:accessible-description')
        self.app_process = subprocess.Popen([self.args.binary, *app_args], env=self.env)
        self.processes.append(self.app_process)

        def find_app():
            desktop = pyatspi.Registry.getDesktop(0)
            for app in children(desktop):
                if app.name == 'figestio-sync':
                    return app
            return None
        self.app = wait_for('the app on the accessibility bus', find_app, 30)

    def stop(self):
        for p in reversed(self.processes):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(20)
                except subprocess.TimeoutExpired:
                    p.kill()

    def before_launch(self):
        """What a walk needs done (with self.env) before the app starts."""

    def T(self, context, source):
        return self.tr(context, source)

    def open_status_window(self):
        """A second launch shows the running app's status window: focused, every button and
        list named, read in the order shown."""
        subprocess.run([self.args.binary], env=self.env, timeout=20, check=True)
        title = self.T('figestio::StatusWindow', 'Figestió Sync status')
        status = wait_for('the status window', lambda: next(
            (w for w in children(self.app) if w.name == title and showing(w)), None))
        wait_focus(self.app, 'a control of the status window', lambda f: True)
        check_named(status, (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_LIST), 'the status window')
        check_reading_order(status, 'the status window')
        return status

    def open_settings(self):
        """Settings… from the status window by the keyboard: focused, named, read in order."""
        name = self.T('figestio::StatusWindow', '&Settings…')
        tab_to(self.app, 'Settings…', lambda f: f.name == name, limit=40)
        press('space')
        title = self.T('figestio::SettingsDialog', 'Figestió Sync settings')
        settings = wait_for('the Settings dialog', lambda: find(
            self.app, pyatspi.ROLE_DIALOG, title))
        wait_focus(self.app, 'a control of Settings', lambda f: True)
        check_named(settings, (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX,
                               pyatspi.ROLE_COMBO_BOX), 'Settings')
        check_reading_order(settings, 'Settings')
        return settings

    def close_settings(self):
        """Escape closes Settings; the focus is back on Settings… in the status window."""
        press('Escape')
        title = self.T('figestio::SettingsDialog', 'Figestió Sync settings')
        wait_for('Settings to close', lambda: find(self.app, pyatspi.ROLE_DIALOG, title) is None)
        name = self.T('figestio::StatusWindow', '&Settings…')
        wait_focus(self.app, 'Settings… again', lambda f: f.name == name)

    def assert_page(self, dialog, title_ctx, title, subtitle=None):
        page = wait_for(f'page "{title}"', lambda: (lambda p: p if p and p.name == self.T(
            title_ctx, title) else None)(current_page(dialog)))
        if subtitle is not None:
            check(page.description == self.T(title_ctx, subtitle),
                  f'page "{page.name}" described as {page.description!r}')
        else:
            check(page.description, f'page "{page.name}" has no description (subtitle)')
        problem = reading_order_problem(page)
        check(not problem, f'page "{page.name}": {problem}')
        return page


def dump(app):
    """What is showing, for the failure report."""
    if app is None:
        return
    def show(obj, depth):
        try:
            if not showing(obj):
                return
            print('  ' * depth + describe(obj), file=sys.stderr)
            for child in children(obj):
                show(child, depth + 1)
        except Exception:
            pass
    show(app, 0)




def main(walk_class, name):
    parser = argparse.ArgumentParser()
    parser.add_argument('--binary', required=True)
    parser.add_argument('--source', required=True)
    parser.add_argument('--lang', default='en', choices=['ca', 'es', 'en'])
    args = parser.parse_args()
    walk_ = walk_class(args)
    try:
        walk_.run()
        print(f'{name} ({args.lang}): {walk_.steps} steps passed', flush=True)
        return 0
    except Failure as e:
        print(f'FAIL: step {walk_.steps}: {e}', file=sys.stderr, flush=True)
        dump(getattr(walk_, 'app', None))
        return 1
    finally:
        walk_.stop()
