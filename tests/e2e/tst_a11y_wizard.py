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
import os
import sys
import time

import pyatspi

from a11y_atspi import (Walk, check, current_page, describe, events, devstack_fail_next, find,
                        focused, follow_focus, main, press, shift_tab, showing, tab_to, type_text,
                        wait_focus, wait_for, walk)


class WizardWalk(Walk):
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

        self.step('the status window (a second launch shows it), Settings: named, in order')
        self.open_status_window()
        self.open_settings()
        self.close_settings()

if __name__ == '__main__':
    sys.exit(main(WizardWalk, 'tst_a11y_wizard'))
