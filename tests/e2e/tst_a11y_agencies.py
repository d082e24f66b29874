#!/usr/bin/python3
# Two agencies, as a screen-reader user meets them (issue 13): bob belongs to two agencies in the
# devstack, so after signing in the wizard asks which one. Over AT-SPI and the keyboard alone:
# the agency page is named after its title, the list is reached by the keyboard with its name,
# its question and its items read in order, the question labels the list (and describes it), the
# arrow keys choose the second agency, Return confirms it, the focus lands in the folder field,
# and the setup that follows claims the device for the agency chosen.
#
#   tst_a11y_agencies.py --binary FIGESTIO_SYNC --source SOURCE_DIR --lang ca|es|en
# Run by tests/env/run-test --keyring --devstack --tray (see tst_a11y_wizard.py).
import json
import os
import sys
import urllib.request

import pyatspi

from a11y_atspi import (Walk, check, children, describe, find, focused, main, press, showing,
                        tab_to, type_text, wait_focus, wait_for, walk)

KEY_DOWN = 0xff54


def claims():
    url = os.environ['DEVSTACK_CONTROL_URL'].rstrip('/') + '/claims'
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read())


def targets(obj, relation):
    for r in obj.getRelationSet():
        if r.getRelationType() == relation:
            return [r.getTarget(i) for i in range(r.getNTargets())]
    return []


class AgenciesWalk(Walk):
    def run(self):
        T = self.T
        self.step('the wizard opens; Next, then sign in as someone with two agencies')
        self.start(user='bob')
        app = self.app
        dialog = wait_for('the wizard window', lambda: find(
            app, pyatspi.ROLE_DIALOG, T('figestio::SetupWizard', 'Set up Figestió Sync')))
        next_name = T('figestio::SetupWizard', '&Next')
        tab_to(app, 'Next', lambda f: f.name == next_name)
        press('space')
        self.assert_page(dialog, 'figestio::SignInPage', 'Sign in')
        sign_in = T('figestio::SignInPage', 'Sign in with the browser')
        tab_to(app, 'Sign in with the browser', lambda f: f.name == sign_in)
        press('space')

        self.step('the agency page: named, described, read in order; the focus in the list')
        page = self.assert_page(dialog, 'figestio::AgencyPage', 'Choose your agency',
                                'Your account works with more than one agency.')
        list_name = T('figestio::AgencyPage', 'Agencies')
        question = T('figestio::AgencyPage',
                     "&Which agency's folder should this computer keep in sync?")
        agency_list = wait_for('the agency list', lambda: find(page, pyatspi.ROLE_LIST, list_name))
        check(agency_list.description == question,
              f'the agency list is described as {agency_list.description!r}')

        def in_list(f):
            return f == agency_list or f.parent == agency_list
        first = wait_focus(app, 'the agency list or its first item', in_list)

        self.step('the items: both agencies, in order, the first one chosen')
        items = [c for c in children(agency_list) if c.getRole() == pyatspi.ROLE_LIST_ITEM]
        names = [c.name for c in items]
        check(names == ['Gestoria Puig', 'Assessoria Vidal'], f'the agencies read as {names}')
        check(items[0].getState().contains(pyatspi.STATE_SELECTED),
              'the first agency is not chosen at first')
        check(first == agency_list or first.name == 'Gestoria Puig', f'focus on {describe(first)}')
        check(items[0].getState().contains(pyatspi.STATE_FOCUSED),
              'the first agency is not the focused item')

        self.step('the question is the label of the list; the list is described by it')
        label = next((o for o in walk(page) if o.getRole() == pyatspi.ROLE_LABEL
                      and o.name == question), None)
        check(label is not None, f'no label "{question}" on the agency page')
        check([t.name for t in targets(label, pyatspi.RELATION_LABEL_FOR)] == [list_name],
              'the question is not the label of the list')
        # The other way (the list "labelled by" the question) Qt 6.4 cannot say for a list view
        # (see AgencyPage::retranslate): the question is the list's description instead.

        self.step('Down chooses the second agency: it has the focus and is selected')
        press_key = pyatspi.Registry.generateKeyboardEvent
        press_key(KEY_DOWN, None, pyatspi.KEY_SYM)
        # The list keeps the focus; its focused item is what a screen reader reads.
        wait_focus(app, 'the agency list', lambda f: f == agency_list)
        second = items[1]
        wait_for('"Assessoria Vidal" focused and selected', lambda: all(
            second.getState().contains(s) for s in (pyatspi.STATE_FOCUSED,
                                                    pyatspi.STATE_SELECTED)))
        check(not items[0].getState().contains(pyatspi.STATE_FOCUSED),
              'both agencies have the focus')
        check(not items[0].getState().contains(pyatspi.STATE_SELECTED),
              'both agencies are selected')

        self.step('Return confirms: the folder page, the focus in the folder field')
        press('Return')
        self.assert_page(dialog, 'figestio::FolderPage', 'Choose a folder')
        field_name = T('figestio::FolderPage', 'Folder to keep in sync')
        wait_focus(app, 'the folder field', lambda f: f.name == field_name)

        self.step('the setup claims this computer for the agency chosen')
        press('End')
        field = focused(app)
        for _ in range(field.queryText().characterCount + 2):
            press('BackSpace')
        type_text(os.path.join(self.tmp, 'Vidal'))
        start_name = T('figestio::FolderPage', 'Start syncing')
        wait_for('the folder accepted', lambda: find(
            dialog, pyatspi.ROLE_PUSH_BUTTON, start_name).getState().contains(
                pyatspi.STATE_SENSITIVE))
        press('Return')
        open_name = T('figestio::DonePage', '&Open folder')
        wait_focus(app, 'Open folder on the done page', lambda f: f.name == open_name, timeout=60)
        agencies = {c.get('agency_id') for c in claims()}
        check(agencies == {'ag_2'}, f'the device was claimed for {agencies}, not ag_2')
        check(showing(dialog), 'the wizard is gone')


if __name__ == '__main__':
    sys.exit(main(AgenciesWalk, 'tst_a11y_agencies'))
