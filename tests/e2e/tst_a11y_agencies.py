#!/usr/bin/python3
# Two agencies, as a screen-reader user meets them (issue 13): bob belongs to two agencies in the
# devstack, so after signing in the wizard asks which one. Over AT-SPI and the keyboard alone:
# the agency page is named after its title; the agencies are radio buttons in a group named by the
# question, read in order, the focus on the first (checked); the question labels each agency and
# each agency says it is labelled by the question; Down moves to and checks the second, Space
# keeps it, Tab leaves the group and Shift+Tab comes back to it; Return confirms, the focus lands
# in the folder field, and the setup that follows claims the device for the agency chosen.
#
#   tst_a11y_agencies.py --binary FIGESTIO_SYNC --source SOURCE_DIR --lang ca|es|en
# Run by tests/env/run-test --keyring --devstack --tray (see tst_a11y_wizard.py).
import json
import os
import sys
import urllib.request

import pyatspi

from a11y_atspi import (Walk, check, find, focused, main, press, shift_tab, showing, tab_to,
                        type_text, wait_focus, wait_for, walk)

KEY_DOWN = 0xff54


def claims():
    url = os.environ['DEVSTACK_CONTROL_URL'].rstrip('/') + '/claims'
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read())


def targets(obj, relation):
    """Every target of that relation type (Qt 6.4 sends one relation per target)."""
    found = []
    for r in obj.getRelationSet():
        if r.getRelationType() == relation:
            found += [r.getTarget(i) for i in range(r.getNTargets())]
    return found


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

        self.step('the agency page: named, described, read in order; the focus on the first '
                  'agency, checked')
        page = self.assert_page(dialog, 'figestio::AgencyPage', 'Choose your agency',
                                'Your account works with more than one agency.')
        question = T('figestio::AgencyPage',
                     "&Which agency's folder should this computer keep in sync?")
        group = wait_for('the group of agencies', lambda: find(page, pyatspi.ROLE_PANEL, question))
        # The scroll area around the group (a filler in Qt 6.4), named.
        scroll = find(page, pyatspi.ROLE_FILLER, T('figestio::AgencyPage', 'Agencies'))
        check(scroll is not None and group in walk(scroll),
              'the agencies are not in an area named "Agencies"')
        first = wait_focus(app, 'the first agency', lambda f: f.getRole() ==
                           pyatspi.ROLE_RADIO_BUTTON and f.name == 'Gestoria Puig')
        radios = [o for o in walk(group) if o.getRole() == pyatspi.ROLE_RADIO_BUTTON]
        names = [o.name for o in radios]
        check(names == ['Gestoria Puig', 'Assessoria Vidal'], f'the agencies read as {names}')
        check(first.getState().contains(pyatspi.STATE_CHECKED), 'the first agency is not checked')
        check(not radios[1].getState().contains(pyatspi.STATE_CHECKED),
              'the second agency is checked too')

        self.step('the question labels each agency, each agency is labelled by the question')
        check([t.name for t in targets(group, pyatspi.RELATION_LABEL_FOR)] == names,
              'the question is not the label of each agency: '
              f'{[t.name for t in targets(group, pyatspi.RELATION_LABEL_FOR)]}')
        for radio in radios:
            labels = targets(radio, pyatspi.RELATION_LABELLED_BY)
            check([t.name for t in labels] == [question],
                  f'"{radio.name}" is labelled by {[t.name for t in labels]}')
            check(labels[0] == group, f'"{radio.name}" is labelled by another object')

        self.step('Down moves to the second agency and checks it; Space keeps it checked')
        press_key = pyatspi.Registry.generateKeyboardEvent
        press_key(KEY_DOWN, None, pyatspi.KEY_SYM)
        second = wait_focus(app, 'the second agency', lambda f: f.name == 'Assessoria Vidal')
        wait_for('"Assessoria Vidal" checked',
                 lambda: second.getState().contains(pyatspi.STATE_CHECKED))
        check(not first.getState().contains(pyatspi.STATE_CHECKED), 'both agencies are checked')
        press('space')
        wait_focus(app, 'the second agency still', lambda f: f.name == 'Assessoria Vidal')
        check(second.getState().contains(pyatspi.STATE_CHECKED), 'Space unchecked the agency')

        self.step('Tab leaves the group at once; Shift+Tab comes back to the agency checked')
        press('Tab')
        wait_focus(app, 'a control out of the group',
                   lambda f: f.getRole() != pyatspi.ROLE_RADIO_BUTTON)
        shift_tab()
        wait_focus(app, 'the second agency again', lambda f: f.name == 'Assessoria Vidal')

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
