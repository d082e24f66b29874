#!/usr/bin/python3
# The first run as a screen-reader user meets it: the built app under Xvfb with a window manager
# (openbox, so windows get the focus), its accessibility tree read over AT-SPI (pyatspi, Qt's
# bridge forced on by QT_LINUX_ACCESSIBILITY_ALWAYS_ON) and the keyboard alone (key events
# synthesised through the AT-SPI registry), against the devstack: a cancelled sign-in, a
# failing setup step and Retry, then the status window and Settings. After each transition it
# asserts where the focus is, what the focused control is called and what its description says,
# that pages are named after their title, and that each page reads in the order it is shown.
# Expected words come from translations/figestio_<lang>.ts, so the walk runs in any language;
# in Catalan and Spanish the folder dialog (Qt's own words) must not be in English.
#
#   tst_a11y_wizard.py --binary FIGESTIO_SYNC --source SOURCE_DIR --lang ca|es|en
# Run by tests/env/run-test --keyring --devstack --tray (a D-Bus session, the devstack, an X
# server). Uses Debian's /usr/bin/python3 (python3-pyatspi), not a virtualenv's.
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
        root = ET.parse(os.path.join(source, 'translations', f'figestio_{lang}.ts')).getroot()
        for context in root.iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                src = message.findtext('source')
                tr = message.find('translation')
                text = (tr.text if tr is not None and tr.text else None) or src
                if tr is not None and tr.find('numerusform') is not None:
                    continue
                self.table[(name, src)] = text

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


def focused(app):
    for obj in walk(app):
        state = obj.getState()
        if state.contains(pyatspi.STATE_FOCUSED) and state.contains(pyatspi.STATE_SHOWING):
            return obj
    return None


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


def current_page(dialog):
    """The wizard page shown: the showing filler that carries a name (the page title)."""
    for obj in walk(dialog):
        if obj.getRole() == pyatspi.ROLE_FILLER and obj.name and showing(obj):
            return obj
    return None


# --- the walk --------------------------------------------------------------------------------

def devstack_fail_next(count, status):
    url = os.environ['DEVSTACK_CONTROL_URL'].rstrip('/') + '/fail'
    body = json.dumps({'count': count, 'status': status}).encode()
    req = urllib.request.Request(url, body, {'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=10) as answer:
        check(answer.status == 200, f'devstack /fail answered {answer.status}')


class Walk:
    def __init__(self, args):
        self.args = args
        self.tr = Words(args.source, args.lang)
        self.tmp = os.environ.get('FIGESTIO_TEST_TMP') or os.environ['TMPDIR']
        self.processes = []
        self.steps = 0

    def step(self, text):
        self.steps += 1
        print(f'--- {self.steps}. {text}', flush=True)

    def start(self):
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
                        PATH=bindir + os.pathsep + os.environ['PATH'])
        self.env.pop('QT_QPA_PLATFORM', None)
        self.app_process = subprocess.Popen([self.args.binary], env=self.env)
        self.processes.append(self.app_process)
        pyatspi.Registry.registerEventListener(on_event,
                                               'object:property-change:accessible-description')

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

    def T(self, context, source):
        return self.tr(context, source)

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

    def run(self):
        T = self.T
        self.step('the wizard opens, focused, named')
        self.start()
        app = self.app
        dialog = wait_for('the wizard window',
                          lambda: find(app, pyatspi.ROLE_DIALOG,
                                       T('figestio::SetupWizard', 'Set up Figestió Sync')))
        wait_focus(app, 'a control of the wizard', lambda f: True)

        self.step('welcome: named after its title, steps read with their number, in order')
        page = self.assert_page(dialog, 'figestio::WelcomePage', 'Welcome to Figestió Sync',
                                'Keep a folder on this computer in sync with your agency.')
        labels = [o.name for o in walk(page) if o.getRole() == pyatspi.ROLE_LABEL and showing(o)]
        check(labels[1].startswith('1. ') and labels[3].startswith('3. '),
              f'welcome steps read as {labels}')
        check(not any(n in ('1', '2', '3') for n in labels), 'a step number is read on its own')

        self.step('Close asks, says where the setup is found again; Escape goes back')
        close_name = T('figestio::SetupWizard', 'Close')
        tab_to(app, 'Close', lambda f: f.getRole() == pyatspi.ROLE_PUSH_BUTTON
               and f.name == close_name)
        press('space')
        question = wait_for('the close question', lambda: find(
            app, None, T('figestio::SetupWizard', 'Close the setup?')))
        wait_focus(app, 'Continue the setup', lambda f: f.name == T(
            'figestio::SetupWizard', 'Continue the setup'))
        texts = ' '.join(o.name for o in walk(question))
        check(T('figestio::TrayIcon', 'Set up…') in texts,
              f'the question does not say where to find the setup again: {texts}')
        press('Escape')
        wait_for('the question to go', lambda: find(
            app, None, T('figestio::SetupWizard', 'Close the setup?')) is None)
        wait_focus(app, 'a control of the wizard again', lambda f: True)
        check(showing(dialog), 'the wizard closed although the user chose to continue')

        self.step('Next by the keyboard: the sign-in page')
        next_name = T('figestio::SetupWizard', '&Next')
        tab_to(app, 'Next', lambda f: f.name == next_name)
        press('space')
        self.assert_page(dialog, 'figestio::SignInPage', 'Sign in')

        self.step('a sign-in cancelled in the browser: Try again, described by the error')
        with open(self.mode_file, 'w') as f:
            f.write('deny\n')
        sign_in = T('figestio::SignInPage', 'Sign in with the browser')
        tab_to(app, 'Sign in with the browser', lambda f: f.name == sign_in)
        press('space')
        try_again = T('figestio::SignInPage', 'Try again')
        cancelled = T('LoopbackReceiver', 'Sign-in was cancelled or refused in the browser.')
        button = wait_focus(app, 'Try again after the cancelled sign-in',
                            lambda f: f.name == try_again and f.description)
        check(cancelled in button.description, f'Try again described as {button.description!r}')
        check('End-User' not in button.description and 'Details' not in button.description,
              f"the provider's English detail reached the user: {button.description!r}")
        self.assert_page(dialog, 'figestio::SignInPage', 'Sign in')

        self.step('Try again signs in: the folder page, focus in the field')
        with open(self.mode_file, 'w') as f:
            f.write('approve\n')
        press('space')
        self.assert_page(dialog, 'figestio::FolderPage', 'Choose a folder')
        field_name = T('figestio::FolderPage', 'Folder to keep in sync')
        field = wait_focus(app, 'the folder field', lambda f: f.name == field_name)
        labelled = [r for r in field.getRelationSet()
                    if r.getRelationType() == pyatspi.RELATION_LABELLED_BY]
        check(labelled and labelled[0].getTarget(0).name == T('figestio::FolderPage', '&Folder:'),
              'the folder field is not labelled by "Folder:"')

        self.step('a relative path: the problem is the field\'s description, and announced')
        text = field.queryText()
        press('End')
        for _ in range(text.characterCount + 2):
            press('BackSpace')
        del events[:]
        type_text('relative')
        problem = T('FolderCheck',
                    'Write the full location of the folder, or use Browse… to pick it.')
        wait_for('the problem as the field\'s description', lambda: field.description == problem)
        wait_for('a description-changed event from the field',
                 lambda: any(e[1].name == field_name for e in events))
        start_name = T('figestio::FolderPage', 'Start syncing')
        start = find(dialog, pyatspi.ROLE_PUSH_BUTTON, start_name)
        check(start is not None, 'no Start syncing button')
        check(not start.getState().contains(pyatspi.STATE_SENSITIVE), 'Start syncing enabled')
        check(start.description == problem, f'disabled Start syncing says {start.description!r}')

        self.step("Browse…: the folder dialog speaks the user's language; Escape comes back")
        browse = T('figestio::FolderPage', '&Browse…')
        tab_to(app, 'Browse…', lambda f: f.name == browse)
        press('space')
        chooser = wait_for('the folder dialog', lambda: find(
            app, pyatspi.ROLE_DIALOG, T('figestio::FolderPage',
                                        'Choose the folder to keep in sync')))
        wait_for('the folder dialog to be filled', lambda: len(list(walk(chooser))) > 10)
        names = {o.name for o in walk(chooser) if showing(o)}
        if self.args.lang != 'en':
            english = {'Look in:', 'Directory:', 'Choose', 'Cancel', 'Back', 'Forward',
                       'Create New Folder', 'Detail View', 'List View'}
            check(not (names & english), f'the folder dialog speaks English: {names & english}')
        press('Escape')
        wait_for('the folder dialog to go', lambda: find(
            app, pyatspi.ROLE_DIALOG, T('figestio::FolderPage',
                                        'Choose the folder to keep in sync')) is None)
        wait_focus(app, 'Browse… again', lambda f: f.name == browse)

        self.step('a real folder, Return: focus goes to the steps, then to Retry with the failure')
        shift_tab()
        field = wait_focus(app, 'the folder field', lambda f: f.name == field_name)
        press('End')
        for _ in range(field.queryText().characterCount + 2):
            press('BackSpace')
        folder = os.path.join(self.tmp, 'Carpeta')
        type_text(folder)
        wait_for('the folder accepted', lambda: find(
            dialog, pyatspi.ROLE_PUSH_BUTTON, start_name).getState().contains(
                pyatspi.STATE_SENSITIVE))
        check(field.description == T('figestio::FolderPage',
                                     'This folder does not exist yet; it will be created.'),
              f'folder field described as {field.description!r}')
        devstack_fail_next(1, 403)
        press('Return')
        retry_name = T('figestio::ProgressPage', '&Retry')
        steps_name = T('figestio::ProgressPage', 'Setup steps')
        # The focus is never lost on the way, nor anywhere but the steps.
        retry = follow_focus(app, 'Start syncing', retry_name,
                             (field_name, start_name, steps_name))
        failure = [o for o in walk(current_page(dialog)) if o.getRole() == pyatspi.ROLE_LABEL
                   and showing(o) and o.name and o.name in retry.description]
        check(failure, f'Retry described as {retry.description!r}, not the failure shown')
        page = self.assert_page(dialog, 'figestio::ProgressPage', 'Setting up',
                                'The setup stopped. What went wrong and what to do is below.')
        pending = [o for o in walk(page) if o.getRole() == pyatspi.ROLE_LABEL and showing(o)
                   and not o.getState().contains(pyatspi.STATE_ENABLED)]
        check(not pending, f'steps read as unavailable: {[o.name for o in pending]}')
        images = [o for o in walk(page) if o.getRole() == pyatspi.ROLE_IMAGE and o.name]
        check(not images, f'step marks read twice: {[o.name for o in images]}')

        self.step('Retry, the server slow to answer: the focus rests on the steps, which tell '
                  'their progress; then the done page, focus on Open folder and staying')
        devstack_fail_next(3, 503)  # retried with backoff: seconds of "in progress"
        del events[:]
        press('space')
        open_name = T('figestio::DonePage', '&Open folder')
        seen = follow_focus(app, 'Retry', open_name, (retry_name, steps_name), record=True)
        check(seen.get(steps_name, 0) >= 0.5,
              f'the steps did not keep the focus while setup ran: {seen}')
        check(any(e[1].name == steps_name for e in events),
              'the steps never told their progress (description-changed)')
        self.assert_page(dialog, 'figestio::DonePage', 'Your folder is syncing',
                         'Everything is set up.')
        settle = time.monotonic() + 1.0
        while time.monotonic() < settle:
            f = focused(app)
            check(f is not None and f.name == open_name, f'focus moved to {describe(f)}')
            time.sleep(0.1)

        self.step('the status window (a second launch shows it): named controls, in order')
        subprocess.run([self.args.binary], env=self.env, timeout=20, check=True)
        status_title = T('figestio::StatusWindow', 'Figestió Sync status')
        status = wait_for('the status window', lambda: next(
            (w for w in children(app) if w.name == status_title and showing(w)), None))
        wait_focus(app, 'a control of the status window', lambda f: True)
        problem = reading_order_problem(status)
        check(not problem, f'status window: {problem}')
        for obj in walk(status):
            if obj.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_LIST) and showing(obj):
                check(obj.name, f'an unnamed {obj.getRoleName()} in the status window')
        settings_name = T('figestio::StatusWindow', '&Settings…')
        tab_to(app, 'Settings…', lambda f: f.name == settings_name, limit=25)
        press('space')
        settings = wait_for('the Settings dialog', lambda: find(
            app, pyatspi.ROLE_DIALOG, T('figestio::SettingsDialog', 'Figestió Sync settings')))
        wait_focus(app, 'a control of Settings', lambda f: True)
        for obj in walk(settings):
            if obj.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX,
                                 pyatspi.ROLE_COMBO_BOX) and showing(obj):
                check(obj.name, f'an unnamed {obj.getRoleName()} in Settings')
        problem = reading_order_problem(settings)
        check(not problem, f'Settings: {problem}')
        press('Escape')
        wait_for('Settings to close', lambda: find(
            app, pyatspi.ROLE_DIALOG, T('figestio::SettingsDialog', 'Figestió Sync settings'))
            is None)
        print(f'tst_a11y_wizard ({self.args.lang}): {self.steps} steps passed', flush=True)


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--binary', required=True)
    parser.add_argument('--source', required=True)
    parser.add_argument('--lang', default='en', choices=['ca', 'es', 'en'])
    args = parser.parse_args()
    walk_ = Walk(args)
    try:
        walk_.run()
        return 0
    except Failure as e:
        print(f'FAIL: step {walk_.steps}: {e}', file=sys.stderr, flush=True)
        dump(getattr(walk_, 'app', None))
        return 1
    finally:
        walk_.stop()


if __name__ == '__main__':
    sys.exit(main())
