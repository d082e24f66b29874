#!/usr/bin/python3
# The windows after setup as a screen-reader user meets them (issue 13): the status window, its
# "Needs your attention" panel with a real conflict, Recover files with a file the agency
# deleted, and Settings. The app is signed in and set up from the command line against the
# devstack; the conflict is made as Syncthing makes them (the folder paused here, the same file
# edited on both sides, resumed) and the deleted file by deleting it on the server. Then over
# AT-SPI and the keyboard alone: names, descriptions and reading order, where the focus is after
# each action, and that each action's result reaches the focused control (its description).
#
#   tst_a11y_windows.py --binary FIGESTIO_SYNC --source SOURCE_DIR --lang ca|es|en
# Run by tests/env/run-test --keyring --devstack --tray (see tst_a11y_wizard.py).
import glob
import json
import os
import subprocess
import sys
import time
import urllib.request

import pyatspi

from a11y_atspi import (Walk, check, check_named, check_reading_order, children, describe, find,
                        focused, main, press, showing, tab_to, wait_focus, wait_for, walk)

FOLDER_ID = 'figestio-ag_1'


def rest(base, key, method, path, body=None):
    req = urllib.request.Request(base.rstrip('/') + path, method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={'X-API-Key': key, 'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=15) as answer:
        check(answer.status == 200, f'{method} {path} answered {answer.status}')
        return answer.read()


def read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except OSError:
        return None


def write(path, data, age=0):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)
    if age:
        t = time.time() - age
        os.utime(path, (t, t))


def named(role, name):
    return lambda f: f.getRole() == role and f.name == name


class WindowsWalk(Walk):
    def before_launch(self):
        self.folder = os.path.join(self.tmp, 'Carpeta')
        os.makedirs(self.folder, exist_ok=True)
        self.server = os.path.join(os.environ['DEVSTACK_SERVER_DIR'], 'ag_1')
        signed = subprocess.run([self.args.binary, '--sign-in'], env=self.env, timeout=60,
                                stdout=subprocess.DEVNULL)
        check(signed.returncode == 0, f'--sign-in ended with {signed.returncode}')

    def status(self):
        answer = subprocess.run([self.args.binary, '--status'], env=self.env, timeout=20,
                                capture_output=True)
        return json.loads(answer.stdout) if answer.returncode == 0 else {}

    def client_rest(self, method, path, body=None):
        found = glob.glob(os.path.join(os.environ['XDG_DATA_HOME'], '**', 'sidecar.json'),
                          recursive=True)
        check(len(found) == 1, f'sidecar.json: {found}')
        with open(found[0]) as f:
            sidecar = json.load(f)
        return rest(f'http://127.0.0.1:{sidecar["guiPort"]}', sidecar['apiKey'], method, path,
                    body)

    def make_a_deleted_file(self):
        write(os.path.join(self.folder, 'esborrat.txt'), b'per recuperar\n')
        wait_for('esborrat.txt on the server',
                 lambda: read(os.path.join(self.server, 'esborrat.txt')), 60)
        os.remove(os.path.join(self.server, 'esborrat.txt'))
        wait_for('esborrat.txt gone here',
                 lambda: not os.path.exists(os.path.join(self.folder, 'esborrat.txt')), 60)

    def make_a_conflict(self):
        mine = os.path.join(self.folder, 'conflicte.txt')
        theirs = os.path.join(self.server, 'conflicte.txt')
        write(mine, b'v0\n')
        wait_for('conflicte.txt on the server', lambda: read(theirs) == b'v0\n', 60)
        # Paused here, the agency edits (and its Syncthing scans), then this computer edits an
        # older version: resumed, Syncthing keeps the agency's and makes a conflict copy of mine.
        folder_path = f'/rest/config/folders/{FOLDER_ID}'
        self.client_rest('PATCH', folder_path, {'paused': True})
        write(theirs, b'agency\n')
        rest(os.environ['DEVSTACK_SYNCTHING_URL'], os.environ['DEVSTACK_SYNCTHING_API_KEY'],
             'POST', f'/rest/db/scan?folder={FOLDER_ID}')
        write(mine, b'mine\n', age=120)
        self.client_rest('PATCH', folder_path, {'paused': False})
        wait_for("the agency's version here", lambda: read(mine) == b'agency\n', 60)
        wait_for('a conflict copy', lambda: glob.glob(
            os.path.join(self.folder, 'conflicte.sync-conflict-*')), 30)

    def run(self):
        T = self.T
        self.step('signed in and set up from the command line; a deleted file and a conflict')
        self.start('--setup-folder', os.path.join(self.tmp, 'Carpeta'))
        app = self.app

        def set_up():
            check(self.app_process.poll() is None, 'the app ended during --setup-folder')
            s = self.status()
            return s.get('setUp') and s.get('server', {}).get('connected')
        wait_for('the app set up and connected', set_up, 60)
        self.make_a_deleted_file()
        self.make_a_conflict()

        self.step("the conflict's notice (Qt's own balloon with an XEmbed tray): buttons named")
        notice_title = T('figestio::TrayIcon', 'Two versions of a file')
        notice = wait_for('the notice', lambda: next((w for w in children(app) if showing(w) and any(
            o.name == notice_title for o in walk(w))), None), 15)
        buttons = [o for o in walk(notice) if o.getRole() == pyatspi.ROLE_PUSH_BUTTON]
        check(buttons and all(b.name for b in buttons),
              f'the notice has unnamed buttons: {[describe(b) for b in buttons]}')

        self.step('the status window: focused, named controls, read in order')
        status = self.open_status_window()

        self.step('"Needs your attention": the conflict is listed, reached by Tab, described')
        conflicts_name = T('figestio::ConflictPanel', 'Files changed on both sides')
        conflicts = wait_for('the conflict list', lambda: (lambda c: c if c is not None and any(
            i.name.startswith('conflicte.txt') for i in children(c)) else None)(
                find(status, pyatspi.ROLE_LIST, conflicts_name)), 30)
        check_reading_order(status, 'the status window')
        check(conflicts.description == T(
            'figestio::ConflictPanel', 'Each file was changed here and at the agency at the same '
            'time; choose which version to keep'),
            f'the conflict list is described as {conflicts.description!r}')
        caption = next((o for o in walk(status) if o.getRole() == pyatspi.ROLE_LABEL
                        and o.name == T('figestio::ConflictPanel', '&Needs your attention')),
                       None)
        check(caption is not None, 'no "Needs your attention" caption')
        tab_to(app, 'the conflict list', lambda f: f == conflicts, limit=40)
        item = children(conflicts)[0]
        for source in ('Keep &mine', "Keep the agency's", 'Keep &both'):
            button = find(status, pyatspi.ROLE_PUSH_BUTTON, T('figestio::ConflictPanel', source))
            check(button is not None and button.description,
                  f'"{source}" missing or without a description: {describe(button)}')
        check('\n' in item.name or len(item.name) > len('conflicte.txt'),
              f'the conflict reads only as {item.name!r}: not whose copy is whose')

        self.step('Keep both: the result is read on the focused control, the conflict goes')
        keep_both = T('figestio::ConflictPanel', 'Keep &both')
        tab_to(app, 'Keep both', named(pyatspi.ROLE_PUSH_BUTTON, keep_both))
        press('space')
        result_name = T('figestio::ConflictPanel', 'Result of the choice')
        result = wait_focus(app, 'the result of the choice',
                            lambda f: f.name == result_name and f.description)
        kept = f"conflicte ({T('ConflictList', 'copy of this computer')}).txt"
        check(kept in result.description, f'the result reads {result.description!r}')
        wait_for(f'"{kept}" here', lambda: os.path.exists(os.path.join(self.folder, kept)), 20)
        # Syncthing may have made a second copy on the server's side: keep the agency's there.
        while True:
            conflicts = find(status, pyatspi.ROLE_LIST, conflicts_name)
            left = [i for i in children(conflicts)] if conflicts is not None else []
            if not left:
                break
            keep_theirs = T('figestio::ConflictPanel', "Keep the agency's")
            tab_to(app, "Keep the agency's", named(pyatspi.ROLE_PUSH_BUTTON, keep_theirs),
                   limit=40)
            press('space')
            wait_focus(app, 'the result of the choice', lambda f: f.name == result_name)
            wait_for('one conflict fewer', lambda: (lambda c: len(
                children(c)) if c is not None else 0)(find(status, pyatspi.ROLE_LIST,
                                                           conflicts_name)) < len(left))
        settle = time.monotonic() + 1.0
        while time.monotonic() < settle:  # the focus stays on the result, not lost
            f = focused(app)
            check(f is not None and f.name == result_name, f'focus moved to {describe(f)}')
            time.sleep(0.1)

        self.step('Recover files…: the window, focused in the search, the deleted file listed')
        recover_button = T('figestio::StatusWindow', 'Reco&ver files…')
        tab_to(app, 'Recover files…', named(pyatspi.ROLE_PUSH_BUTTON, recover_button), limit=40)
        press('space')
        recover_title = T('figestio::RecoverWindow', 'Recover files')
        recover = wait_for('the Recover files window', lambda: next(
            (w for w in children(app) if w.name == recover_title and showing(w)), None))
        search = wait_focus(app, 'the search field', lambda f: f.name == T(
            'figestio::RecoverWindow', 'Search files'))
        check(search.description, 'the search field has no description')
        labelled = [r.getTarget(0).name for r in search.getRelationSet()
                    if r.getRelationType() == pyatspi.RELATION_LABELLED_BY]
        check(labelled == [T('figestio::RecoverWindow', '&Search:')],
              f'the search field is labelled by {labelled}')
        versions_name = T('figestio::RecoverWindow', 'Deleted and replaced files')
        versions = wait_for('the deleted file in the list', lambda: (lambda v: v if v is not None
                            and any(c.name == 'esborrat.txt' for c in walk(v)) else None)(
                                find(recover, None, versions_name)), 30)
        check(versions.description, 'the list of versions has no description')
        check_reading_order(recover, 'Recover files')
        check_named(recover, (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TEXT), 'Recover files')

        self.step('choose it with the keyboard, Restore: the result read where the focus is')
        tab_to(app, 'the list of versions', lambda f: f == versions)
        restore_name = T('figestio::RecoverWindow', '&Restore')
        restore = find(recover, pyatspi.ROLE_PUSH_BUTTON, restore_name)
        # The focus on the list makes its first row current; Space selects it.
        press('space')
        wait_for('Restore enabled', lambda: restore.getState().contains(pyatspi.STATE_SENSITIVE))
        tab_to(app, 'Restore', named(pyatspi.ROLE_PUSH_BUTTON, restore_name))
        press('space')
        status_name = T('figestio::RecoverWindow', 'Recovery status')
        wait_for('esborrat.txt back here',
                 lambda: os.path.exists(os.path.join(self.folder, 'esborrat.txt')), 30)
        restored = self.tr.plural('figestio::RecoverWindow', '%n file(s) restored. They are '
                                  'back in your folder and travel to the agency.', 1)
        wait_focus(app, 'the recovery status, saying what came back',
                   lambda f: f.name == status_name and f.description.startswith(restored))

        self.step('Close: back in the status window on Recover files…')
        close_name = T('figestio::RecoverWindow', '&Close')
        tab_to(app, 'Close', named(pyatspi.ROLE_PUSH_BUTTON, close_name))
        press('space')
        wait_for('Recover files to close', lambda: not showing(recover))
        wait_focus(app, 'Recover files… again', lambda f: f.name == recover_button)

        self.step('Settings: named controls in order; Copy report says it was copied; the '
                  'sign-out question, Escape back; Escape')
        self.open_settings()
        copy_name = T('figestio::SettingsDialog', '&Copy diagnostic report')
        tab_to(app, 'Copy diagnostic report', named(pyatspi.ROLE_PUSH_BUTTON, copy_name))
        press('space')
        copied = T('figestio::SettingsDialog',
                   'The report was copied. Paste it into your message to support.')
        wait_focus(app, 'Copy diagnostic report, saying it was copied',
                   lambda f: f.name == copy_name and f.description == copied)
        sign_out = T('figestio::SettingsDialog', 'Sign &out…')
        tab_to(app, 'Sign out…', named(pyatspi.ROLE_PUSH_BUTTON, sign_out))
        press('space')
        cancel = T('figestio::SettingsDialog', 'Cancel')
        wait_focus(app, 'Cancel in the sign-out question', named(pyatspi.ROLE_PUSH_BUTTON, cancel))
        question = wait_for('the sign-out question', lambda: next(
            (w for w in walk(app) if w.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT)
             and w.name == T('figestio::SettingsDialog', 'Sign out') and showing(w)), None))
        texts = ' '.join(o.name for o in walk(question))
        check(T('figestio::SettingsDialog', 'Sign out of Figestió Sync?') in texts,
              f'the question is not read: {texts}')
        press('Escape')
        wait_focus(app, 'Sign out… again', named(pyatspi.ROLE_PUSH_BUTTON, sign_out))
        self.close_settings()

        self.step('Pause syncing: the focus stays on the button, which now says Resume syncing')
        pause = T('TrayPresenter', 'Pause syncing')
        resume = T('TrayPresenter', 'Resume syncing')
        tab_to(app, 'Pause syncing', named(pyatspi.ROLE_PUSH_BUTTON, pause), limit=40)
        press('space')
        wait_focus(app, 'Resume syncing', named(pyatspi.ROLE_PUSH_BUTTON, resume))
        press('space')
        wait_focus(app, 'Pause syncing', named(pyatspi.ROLE_PUSH_BUTTON, pause))


if __name__ == '__main__':
    sys.exit(main(WindowsWalk, 'tst_a11y_windows'))
