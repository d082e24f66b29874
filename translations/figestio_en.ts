<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AuthCommands</name>
        <message>
            <source>Access expires: %1 (renewed automatically)</source>
            <translation>Access expires: %1 (renewed automatically)</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Agency: %1</translation>
        </message>
        <message>
            <source>Could not open a browser. Open this address to sign in:</source>
            <translation>Could not open a browser. Open this address to sign in:</translation>
        </message>
        <message>
            <source>Figestió Sync is running and holds the session. Quit Figestió Sync first (“Quit Figestió Sync” in its menu), then run this command again.</source>
            <translation>Figestió Sync is running and holds the session. Quit Figestió Sync first (“Quit Figestió Sync” in its menu), then run this command again.</translation>
        </message>
        <message>
            <source>Not signed in. Run figestio-sync --sign-in.</source>
            <translation>Not signed in. Run figestio-sync --sign-in.</translation>
        </message>
        <message>
            <source>Signed in as: %1</source>
            <translation>Signed in as: %1</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Signed out.</translation>
        </message>
        <message>
            <source>Use only one of --sign-in, --whoami and --sign-out.</source>
            <translation>Use only one of --sign-in, --whoami and --sign-out.</translation>
        </message>
        <message>
            <source>You belong to several agencies. Run again with --agency and one of these:</source>
            <translation>You belong to several agencies. Run again with --agency and one of these:</translation>
        </message>
        <message>
            <source>You do not belong to the agency “%1”. Choose one of:</source>
            <translation>You do not belong to the agency “%1”. Choose one of:</translation>
        </message>
        <message>
            <source>Your browser has been opened: sign in there to continue.</source>
            <translation>Your browser has been opened: sign in there to continue.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>BackendConfig</name>
        <message>
            <source>The server address “%1” is not secure (https is required).</source>
            <translation>The server address “%1” is not secure (https is required).</translation>
        </message>
        <message>
            <source>The server address “%1” is not valid.</source>
            <translation>The server address “%1” is not valid.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Ask the running instance to stop syncing and quit; wait until it has exited.</source>
            <translation>Ask the running instance to stop syncing and quit; wait until it has exited.</translation>
        </message>
        <message>
            <source>Delete the stored session and exit.</source>
            <translation>Delete the stored session and exit.</translation>
        </message>
        <message>
            <source>Exit codes:
  0  success
  1  other failure
  2  wrong command line
  3  not signed in, or the session expired
  4  the system keychain is unavailable or locked
  5  the server could not be reached or answered an error
  6  sign-in cancelled, denied or timed out
  7  no agency, or several and --agency missing or wrong
  8  --status, --quit: Figestió Sync is not running
  9  --setup-folder: a setup step failed</source>
            <translation>Exit codes:
  0  success
  1  other failure
  2  wrong command line
  3  not signed in, or the session expired
  4  the system keychain is unavailable or locked
  5  the server could not be reached or answered an error
  6  sign-in cancelled, denied or timed out
  7  no agency, or several and --agency missing or wrong
  8  --status, --quit: Figestió Sync is not running
  9  --setup-folder: a setup step failed</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Keeps your folder in sync with the Figestió server.</source>
            <translation>Keeps your folder in sync with the Figestió server.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PATH</translation>
        </message>
        <message>
            <source>Print the running instance's state as JSON and exit.</source>
            <translation>Print the running instance's state as JSON and exit.</translation>
        </message>
        <message>
            <source>Print the signed-in user, the agency and when the access expires, then exit.</source>
            <translation>Print the signed-in user, the agency and when the access expires, then exit.</translation>
        </message>
        <message>
            <source>Set up syncing of PATH unattended (signed-in user), then keep syncing from the tray.</source>
            <translation>Set up syncing of PATH unattended (signed-in user), then keep syncing from the tray.</translation>
        </message>
        <message>
            <source>Sign in through the browser, store the session in the system keychain, print who is signed in and exit.</source>
            <translation>Sign in through the browser, store the session in the system keychain, print who is signed in and exit.</translation>
        </message>
        <message>
            <source>Start in the tray without opening a window.</source>
            <translation>Start in the tray without opening a window.</translation>
        </message>
        <message>
            <source>With --sign-in or --setup-folder: the agency to use when you belong to several.</source>
            <translation>With --sign-in or --setup-folder: the agency to use when you belong to several.</translation>
        </message>
    </context>
    <context>
        <name>ConflictList</name>
        <message>
            <source>copy of the agency</source>
            <translation>copy of the agency</translation>
        </message>
        <message>
            <source>copy of this computer</source>
            <translation>copy of this computer</translation>
        </message>
        <message>
            <source>“%1” could not be deleted.</source>
            <translation>“%1” could not be deleted.</translation>
        </message>
        <message>
            <source>“%1” could not be renamed.</source>
            <translation>“%1” could not be renamed.</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>“%1” could not be replaced.</translation>
        </message>
        <message>
            <source>“%1” is no longer there: the conflict was already resolved.</source>
            <translation>“%1” is no longer there: the conflict was already resolved.</translation>
        </message>
    </context>
    <context>
        <name>FigestioApi</name>
        <message>
            <source>Getting the Figestió server's details</source>
            <translation>Getting the Figestió server's details</translation>
        </message>
        <message>
            <source>Linking this computer to your agency</source>
            <translation>Linking this computer to your agency</translation>
        </message>
        <message>
            <source>Listing your agencies</source>
            <translation>Listing your agencies</translation>
        </message>
        <message>
            <source>The Figestió server's answer could not be read (%1). Try again later; if it keeps happening, contact Figestió support.</source>
            <translation>The Figestió server's answer could not be read (%1). Try again later; if it keeps happening, contact Figestió support.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's sync identity. Restart Figestió Sync and try again.</source>
            <translation>The server did not accept this computer's sync identity. Restart Figestió Sync and try again.</translation>
        </message>
        <message>
            <source>This computer is already linked to another agency. Ask Figestió support to release it, then try again.</source>
            <translation>This computer is already linked to another agency. Ask Figestió support to release it, then try again.</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>You are not signed in.</translation>
        </message>
        <message>
            <source>agencies: expected a list</source>
            <translation>agencies: expected a list</translation>
        </message>
        <message>
            <source>claim.claimed_at: not a date and time</source>
            <translation>claim.claimed_at: not a date and time</translation>
        </message>
    </context>
    <context>
        <name>FolderCheck</name>
        <message>
            <source>"%1" belongs to the system and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>"%1" belongs to the system and cannot be synced. Choose a folder inside your home folder.</translation>
        </message>
        <message>
            <source>"%1" contains another synced folder ("%2"). Choose a folder that does not.</source>
            <translation>"%1" contains another synced folder ("%2"). Choose a folder that does not.</translation>
        </message>
        <message>
            <source>"%1" contains your home folder and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>"%1" contains your home folder and cannot be synced. Choose a folder inside your home folder.</translation>
        </message>
        <message>
            <source>"%1" holds this app's own data and cannot be synced. Choose another folder.</source>
            <translation>"%1" holds this app's own data and cannot be synced. Choose another folder.</translation>
        </message>
        <message>
            <source>"%1" is a system folder and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>"%1" is a system folder and cannot be synced. Choose a folder inside your home folder.</translation>
        </message>
        <message>
            <source>"%1" is already being synced. Choose another folder.</source>
            <translation>"%1" is already being synced. Choose another folder.</translation>
        </message>
        <message>
            <source>"%1" is inside another synced folder ("%2"). Choose a folder outside it.</source>
            <translation>"%1" is inside another synced folder ("%2"). Choose a folder outside it.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync.</source>
            <translation>Choose the folder to keep in sync.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist. Create it or choose another one.</source>
            <translation>The folder "%1" does not exist. Create it or choose another one.</translation>
        </message>
        <message>
            <source>Write the full location of the folder, or use Browse… to pick it.</source>
            <translation>Write the full location of the folder, or use Browse… to pick it.</translation>
        </message>
        <message>
            <source>You cannot save files in "%1". Choose a folder of your own, for example one inside your Documents.</source>
            <translation>You cannot save files in "%1". Choose a folder of your own, for example one inside your Documents.</translation>
        </message>
        <message>
            <source>Your whole home folder cannot be synced. Create a folder inside it (for example "Figestió") and choose that one.</source>
            <translation>Your whole home folder cannot be synced. Create a folder inside it (for example "Figestió") and choose that one.</translation>
        </message>
    </context>
    <context>
        <name>GuiMain</name>
        <message>
            <source>Figestió Sync is already running. Quit it first, then run --setup-folder again.</source>
            <translation>Figestió Sync is already running. Quit it first, then run --setup-folder again.</translation>
        </message>
    </context>
    <context>
        <name>HttpCall</name>
        <message>
            <source>The Figestió server could not be reached. Check your internet connection and try again.</source>
            <translation>The Figestió server could not be reached. Check your internet connection and try again.</translation>
        </message>
        <message>
            <source>The Figestió server did not answer in time. Try again in a moment.</source>
            <translation>The Figestió server did not answer in time. Try again in a moment.</translation>
        </message>
        <message>
            <source>The Figestió server has a problem right now (error %1). Try again later.</source>
            <translation>The Figestió server has a problem right now (error %1). Try again later.</translation>
        </message>
        <message>
            <source>The Figestió server refused the request (error %1).</source>
            <translation>The Figestió server refused the request (error %1).</translation>
        </message>
        <message>
            <source>The server does not know this request. The app may need an update.</source>
            <translation>The server does not know this request. The app may need an update.</translation>
        </message>
        <message>
            <source>The server said: “%1”</source>
            <translation>The server said: “%1”</translation>
        </message>
        <message>
            <source>This conflicts with what the server already has.</source>
            <translation>This conflicts with what the server already has.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>Your account is not allowed to do this.</translation>
        </message>
        <message>
            <source>Your session has expired. Please sign in again.</source>
            <translation>Your session has expired. Please sign in again.</translation>
        </message>
    </context>
    <context>
        <name>IdToken</name>
        <message>
            <source>The sign-in could not be verified (%1). Please try again.</source>
            <translation>The sign-in could not be verified (%1). Please try again.</translation>
        </message>
        <message>
            <source>The sign-in server sent an identity that could not be read (%1).</source>
            <translation>The sign-in server sent an identity that could not be read (%1).</translation>
        </message>
        <message>
            <source>issued for another application</source>
            <translation>issued for another application</translation>
        </message>
        <message>
            <source>it does not belong to this sign-in attempt</source>
            <translation>it does not belong to this sign-in attempt</translation>
        </message>
        <message>
            <source>not a JSON Web Token</source>
            <translation>not a JSON Web Token</translation>
        </message>
        <message>
            <source>the identity has expired; check the computer's clock</source>
            <translation>the identity has expired; check the computer's clock</translation>
        </message>
        <message>
            <source>the payload is not an object</source>
            <translation>the payload is not an object</translation>
        </message>
        <message>
            <source>unexpected issuer</source>
            <translation>unexpected issuer</translation>
        </message>
    </context>
    <context>
        <name>IgnoreBlock</name>
        <message>
            <source>The list of files not to sync (%1) cannot be read: %2</source>
            <translation>The list of files not to sync (%1) cannot be read: %2</translation>
        </message>
        <message>
            <source>The list of files not to sync (%1) cannot be written: %2</source>
            <translation>The list of files not to sync (%1) cannot be written: %2</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: expected a list</translation>
        </message>
        <message>
            <source>%1: expected a list of strings</source>
            <translation>%1: expected a list of strings</translation>
        </message>
        <message>
            <source>%1: expected a number</source>
            <translation>%1: expected a number</translation>
        </message>
        <message>
            <source>%1: expected a string</source>
            <translation>%1: expected a string</translation>
        </message>
        <message>
            <source>%1: expected an integer</source>
            <translation>%1: expected an integer</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: expected an object</translation>
        </message>
        <message>
            <source>%1: expected true or false</source>
            <translation>%1: expected true or false</translation>
        </message>
        <message>
            <source>%1: missing field</source>
            <translation>%1: missing field</translation>
        </message>
        <message>
            <source>%1: must not be empty</source>
            <translation>%1: must not be empty</translation>
        </message>
        <message>
            <source>%1: no such element</source>
            <translation>%1: no such element</translation>
        </message>
        <message>
            <source>%1: the answer is not valid JSON</source>
            <translation>%1: the answer is not valid JSON</translation>
        </message>
    </context>
    <context>
        <name>LoopbackReceiver</name>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Request refused</source>
            <translation>Request refused</translation>
        </message>
        <message>
            <source>Sign-in cannot start: the ports %1–%2 on this computer are all in use by other programs. Close some programs (or restart the computer) and try again.</source>
            <translation>Sign-in cannot start: the ports %1–%2 on this computer are all in use by other programs. Close some programs (or restart the computer) and try again.</translation>
        </message>
        <message>
            <source>Sign-in not completed</source>
            <translation>Sign-in not completed</translation>
        </message>
        <message>
            <source>Sign-in took too long: no answer came from the browser. Please try again.</source>
            <translation>Sign-in took too long: no answer came from the browser. Please try again.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled or refused in the browser.</source>
            <translation>Sign-in was cancelled or refused in the browser.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Sign-in was cancelled.</translation>
        </message>
        <message>
            <source>Signed in to Figestió Sync</source>
            <translation>Signed in to Figestió Sync</translation>
        </message>
        <message>
            <source>The sign-in link was opened twice, so this sign-in was stopped for safety. Please start the sign-in again.</source>
            <translation>The sign-in link was opened twice, so this sign-in was stopped for safety. Please start the sign-in again.</translation>
        </message>
        <message>
            <source>The sign-in page needs you to log in and approve access. Please try again.</source>
            <translation>The sign-in page needs you to log in and approve access. Please try again.</translation>
        </message>
        <message>
            <source>The sign-in service had a problem. Please try again in a few minutes.</source>
            <translation>The sign-in service had a problem. Please try again in a few minutes.</translation>
        </message>
        <message>
            <source>The sign-in service refused the request (%1).</source>
            <translation>The sign-in service refused the request (%1).</translation>
        </message>
        <message>
            <source>This page does not exist.</source>
            <translation>This page does not exist.</translation>
        </message>
        <message>
            <source>This request does not belong to the sign-in in progress.</source>
            <translation>This request does not belong to the sign-in in progress.</translation>
        </message>
        <message>
            <source>You can close this tab and return to Figestió Sync.</source>
            <translation>You can close this tab and return to Figestió Sync.</translation>
        </message>
    </context>
    <context>
        <name>OidcClient</name>
        <message>
            <source>Completing the sign-in</source>
            <translation>Completing the sign-in</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Sign-in was cancelled.</translation>
        </message>
        <message>
            <source>The sign-in service's answer could not be read (%1).</source>
            <translation>The sign-in service's answer could not be read (%1).</translation>
        </message>
        <message>
            <source>token.expires_in: must be positive</source>
            <translation>token.expires_in: must be positive</translation>
        </message>
    </context>
    <context>
        <name>OidcDiscovery</name>
        <message>
            <source>Connecting to the sign-in service</source>
            <translation>Connecting to the sign-in service</translation>
        </message>
        <message>
            <source>The sign-in service's configuration could not be read (%1).</source>
            <translation>The sign-in service's configuration could not be read (%1).</translation>
        </message>
        <message>
            <source>an endpoint is not a web address</source>
            <translation>an endpoint is not a web address</translation>
        </message>
        <message>
            <source>an endpoint is not secure (https)</source>
            <translation>an endpoint is not secure (https)</translation>
        </message>
        <message>
            <source>it names another issuer</source>
            <translation>it names another issuer</translation>
        </message>
    </context>
    <context>
        <name>QuitCommand</name>
        <message>
            <source>Figestió Sync did not quit in time.</source>
            <translation>Figestió Sync did not quit in time.</translation>
        </message>
        <message>
            <source>Figestió Sync is not running.</source>
            <translation>Figestió Sync is not running.</translation>
        </message>
    </context>
    <context>
        <name>RelativeTime</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>yesterday</translation>
        </message>
    </context>
    <context>
        <name>SafetyText</name>
        <message numerus="yes">
            <source>%1 · %Ln more on their way to this computer</source>
            <translation>
                <numerusform>%1 · %Ln more on its way to this computer</numerusform>
                <numerusform>%1 · %Ln more on their way to this computer</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · checked %2</source>
            <translation>%1 · checked %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files (%1) are still on their way to the server</source>
            <translation>
                <numerusform>%Ln file (%1) is still on its way to the server</numerusform>
                <numerusform>%Ln files (%1) are still on their way to the server</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln files need your choice · %1</source>
            <translation>
                <numerusform>%Ln file needs your choice · %1</numerusform>
                <numerusform>%Ln files need your choice · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln files are safe on the Figestió server</source>
            <translation>
                <numerusform>Your %Ln file is safe on the Figestió server</numerusform>
                <numerusform>All %Ln files are safe on the Figestió server</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking whether your files are safe…</source>
            <translation>Checking whether your files are safe…</translation>
        </message>
        <message>
            <source>Not safe yet: the server has not been reached</source>
            <translation>Not safe yet: the server has not been reached</translation>
        </message>
        <message>
            <source>Not safe: %1</source>
            <translation>Not safe: %1</translation>
        </message>
        <message>
            <source>Not safe: syncing stopped because of a problem</source>
            <translation>Not safe: syncing stopped because of a problem</translation>
        </message>
        <message>
            <source>Not safe: the server has not been reached %1</source>
            <translation>Not safe: the server has not been reached %1</translation>
        </message>
        <message>
            <source>Reconnecting to the Figestió server…</source>
            <translation>Reconnecting to the Figestió server…</translation>
        </message>
        <message>
            <source>Some changes are still on their way to the server</source>
            <translation>Some changes are still on their way to the server</translation>
        </message>
        <message>
            <source>Syncing is paused: new changes stay on this computer until you resume</source>
            <translation>Syncing is paused: new changes stay on this computer until you resume</translation>
        </message>
        <message>
            <source>Your folder is empty and in step with the Figestió server</source>
            <translation>Your folder is empty and in step with the Figestió server</translation>
        </message>
        <message>
            <source>since date %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>since time %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>since weekday %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>since yesterday</source>
            <translation>since yesterday</translation>
        </message>
    </context>
    <context>
        <name>SecureFile</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>Cannot create the folder %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Renewing your session</source>
            <translation>Renewing your session</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Sign-in was cancelled.</translation>
        </message>
        <message>
            <source>The sign-in service's answer could not be read (%1).</source>
            <translation>The sign-in service's answer could not be read (%1).</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>You are not signed in.</translation>
        </message>
        <message>
            <source>You do not belong to the agency “%1”.</source>
            <translation>You do not belong to the agency “%1”.</translation>
        </message>
        <message>
            <source>Your account does not belong to any agency yet. Ask your agency to add you, then sign in again.</source>
            <translation>Your account does not belong to any agency yet. Ask your agency to add you, then sign in again.</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
        <message>
            <source>refresh.expires_in: must be positive</source>
            <translation>refresh.expires_in: must be positive</translation>
        </message>
    </context>
    <context>
        <name>StatusCommand</name>
        <message>
            <source>Figestió Sync is not running.</source>
            <translation>Figestió Sync is not running.</translation>
        </message>
    </context>
    <context>
        <name>SyncthingBinary</name>
        <message>
            <source>FIGESTIO_SYNCTHING names %1, which is not a program.</source>
            <translation>FIGESTIO_SYNCTHING names %1, which is not a program.</translation>
        </message>
        <message>
            <source>Syncthing, the program that copies your files, was not found. Reinstall Figestió Sync or install the "syncthing" package.</source>
            <translation>The program that copies your files (Syncthing) was not found. Reinstall Figestió Sync or install the "syncthing" package.</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>Access to the system keychain was refused. Allow Figestió Sync to use it and try again.</source>
            <translation>Access to the system keychain was refused. Allow Figestió Sync to use it and try again.</translation>
        </message>
        <message>
            <source>The system keychain did not answer. It may be locked: unlock it (or sign in to your desktop session again) and retry.</source>
            <translation>The system keychain did not answer. It may be locked: unlock it (or sign in to your desktop session again) and retry.</translation>
        </message>
        <message>
            <source>The system keychain is not available, so the sign-in cannot be kept safely. Make sure a keychain (such as GNOME Keyring or KWallet) is installed and unlocked, then try again.</source>
            <translation>The system keychain is not available, so the sign-in cannot be kept safely. Make sure a keychain (such as GNOME Keyring or KWallet) is installed and unlocked, then try again.</translation>
        </message>
    </context>
    <context>
        <name>TrayPresenter</name>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>Cannot reach the Figestió server</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Not set up yet</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Pause syncing</source>
            <translation>Pause syncing</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>Resume syncing</source>
            <translation>Resume syncing</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Syncing is paused</source>
            <translation>Syncing is paused</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Syncing… %1%</source>
            <translation>Syncing… %1%</translation>
        </message>
        <message>
            <source>There is a problem with your folder</source>
            <translation>There is a problem with your folder</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
        <message>
            <source>Updating the sync engine…</source>
            <translation>Updating the sync engine…</translation>
        </message>
        <message>
            <source>Your session has expired: sign in again</source>
            <translation>Your session has expired: sign in again</translation>
        </message>
    </context>
    <context>
        <name>UpdateCheck</name>
        <message>
            <source>The update information could not be read. Figestió Sync will try again tomorrow.</source>
            <translation>The update information could not be read. Figestió Sync will try again tomorrow.</translation>
        </message>
    </context>
    <context>
        <name>figestio::AgencyPage</name>
        <message>
            <source>%1 (this computer's agency now)</source>
            <translation>%1 (this computer's agency now)</translation>
        </message>
        <message>
            <source>&amp;Which agency's folder should this computer keep in sync?</source>
            <translation>&amp;Which agency's folder should this computer keep in sync?</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Agencies</translation>
        </message>
        <message>
            <source>Choose your agency</source>
            <translation>Choose your agency</translation>
        </message>
        <message>
            <source>Your account works with more than one agency.</source>
            <translation>Your account works with more than one agency.</translation>
        </message>
    </context>
    <context>
        <name>figestio::AgencySwitch</name>
        <message>
            <source>Nothing was changed: the previous folder keeps syncing.</source>
            <translation>Nothing was changed: the previous folder keeps syncing.</translation>
        </message>
        <message>
            <source>The previous folder could not be brought back yet: use Restart the sync engine; if it keeps failing, contact Figestió support.</source>
            <translation>The previous folder could not be brought back yet: use Restart the sync engine; if it keeps failing, contact Figestió support.</translation>
        </message>
        <message>
            <source>The sync engine is not running. Use Retry in a moment.</source>
            <translation>The sync engine is not running. Use Retry in a moment.</translation>
        </message>
    </context>
    <context>
        <name>figestio::Autostart</name>
        <message>
            <source>Keeps your folder in sync with the Figestió server</source>
            <translation>Keeps your folder in sync with the Figestió server</translation>
        </message>
        <message>
            <source>Start at login could not be changed.</source>
            <translation>Start at login could not be changed.</translation>
        </message>
        <message>
            <source>Start at login could not be turned off.</source>
            <translation>Start at login could not be turned off.</translation>
        </message>
        <message>
            <source>Start at login could not be turned on: %1</source>
            <translation>Start at login could not be turned on: %1</translation>
        </message>
    </context>
    <context>
        <name>figestio::ConflictPanel</name>
        <message>
            <source>%1
Yours: %2 · The agency's: %3</source>
            <translation>%1
Yours: %2 · The agency's: %3</translation>
        </message>
        <message>
            <source>&amp;Needs your attention</source>
            <translation>&amp;Needs your attention</translation>
        </message>
        <message>
            <source>Both versions of “%1” were kept: the second one is now “%2”.</source>
            <translation>Both versions of “%1” were kept: the second one is now “%2”.</translation>
        </message>
        <message>
            <source>Each file was changed here and at the agency at the same time; choose which version to keep</source>
            <translation>Each file was changed here and at the agency at the same time; choose which version to keep</translation>
        </message>
        <message>
            <source>Files changed on both sides</source>
            <translation>Files changed on both sides</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Keep &amp;both</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <source>Keep the agency's</source>
            <translation>Keep the agency's</translation>
        </message>
        <message>
            <source>Keeps both versions: the other one gets a name of its own</source>
            <translation>Keeps both versions: the other one gets a name of its own</translation>
        </message>
        <message>
            <source>Keeps the agency's version of the selected file</source>
            <translation>Keeps the agency's version of the selected file</translation>
        </message>
        <message>
            <source>Keeps this computer's version of the selected file</source>
            <translation>Keeps this computer's version of the selected file</translation>
        </message>
        <message>
            <source>Result of the choice</source>
            <translation>Result of the choice</translation>
        </message>
        <message>
            <source>The agency's version of “%1” was kept.</source>
            <translation>The agency's version of “%1” was kept.</translation>
        </message>
        <message>
            <source>Your version of “%1” was kept.</source>
            <translation>Your version of “%1” was kept.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
    </context>
    <context>
        <name>figestio::DeletionGuard</name>
        <message>
            <source>Changes in this folder are checked every %1 minutes because it is on a network drive, where changes made by other computers cannot be watched continuously.</source>
            <translation>Changes in this folder are checked every %1 minutes because it is on a network drive, where changes made by other computers cannot be watched continuously.</translation>
        </message>
        <message>
            <source>Changes in this folder are checked every %1 minutes because the computer cannot watch all of its subfolders continuously.</source>
            <translation>Changes in this folder are checked every %1 minutes because the computer cannot watch all of its subfolders continuously.</translation>
        </message>
        <message>
            <source>The folder could not be checked.</source>
            <translation>The folder could not be checked.</translation>
        </message>
    </context>
    <context>
        <name>figestio::DeletionWindow</name>
        <message numerus="yes">
            <source>%n file(s) were deleted from your Figestió folder at once (%1 % of the folder).</source>
            <translation>
                <numerusform>%n file was deleted from your Figestió folder at once (%1 % of the folder).</numerusform>
                <numerusform>%n files were deleted from your Figestió folder at once (%1 % of the folder).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) were deleted from your Figestió folder while the app was not running (%1 % of the folder).</source>
            <translation>
                <numerusform>%n file was deleted from your Figestió folder while the app was not running (%1 % of the folder).</numerusform>
                <numerusform>%n files were deleted from your Figestió folder while the app was not running (%1 % of the folder).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete them at the agency too</source>
            <translation>&amp;Delete them at the agency too</translation>
        </message>
        <message>
            <source>&amp;Restore them</source>
            <translation>&amp;Restore them</translation>
        </message>
        <message>
            <source>Bringing the files back from the agency…</source>
            <translation>Bringing the files back from the agency…</translation>
        </message>
        <message>
            <source>Brings the deleted files back into your folder from the agency's copy</source>
            <translation>Brings the deleted files back into your folder from the agency's copy</translation>
        </message>
        <message>
            <source>Delete them at the agency too</source>
            <translation>Delete them at the agency too</translation>
        </message>
        <message>
            <source>Deleted files</source>
            <translation>Deleted files</translation>
        </message>
        <message>
            <source>Deletes the same files from the agency's copy; other devices delete them too</source>
            <translation>Deletes the same files from the agency's copy; other devices delete them too</translation>
        </message>
        <message>
            <source>Deleting the files at the agency…</source>
            <translation>Deleting the files at the agency…</translation>
        </message>
        <message>
            <source>Many files were deleted</source>
            <translation>Many files were deleted</translation>
        </message>
        <message>
            <source>Nothing has been deleted at the agency yet. Do you want them back, or should they be deleted at the agency too?</source>
            <translation>Nothing has been deleted at the agency yet. Do you want them back, or should they be deleted at the agency too?</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>Restore them</translation>
        </message>
        <message>
            <source>Some of the deleted &amp;files:</source>
            <translation>Some of the deleted &amp;files:</translation>
        </message>
        <message>
            <source>Some of the files that were deleted</source>
            <translation>Some of the files that were deleted</translation>
        </message>
        <message>
            <source>That did not work: %1</source>
            <translation>That did not work: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>figestio::DonePage</name>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <source>Everything is set up.</source>
            <translation>Everything is set up.</translation>
        </message>
        <message>
            <source>This folder is now kept in sync with your agency:</source>
            <translation>This folder is now kept in sync with your agency:</translation>
        </message>
        <message>
            <source>You can close this window: Figestió Sync keeps working from its icon in the system tray.</source>
            <translation>You can close this window: Figestió Sync keeps working from its icon in the system tray.</translation>
        </message>
        <message>
            <source>Your folder is syncing</source>
            <translation>Your folder is syncing</translation>
        </message>
    </context>
    <context>
        <name>figestio::FolderIndex</name>
        <message>
            <source>Bringing the deleted files back</source>
            <translation>Bringing the deleted files back</translation>
        </message>
        <message>
            <source>Holding the deletions</source>
            <translation>Holding the deletions</translation>
        </message>
        <message>
            <source>Looking for changes in the folder</source>
            <translation>Looking for changes in the folder</translation>
        </message>
        <message>
            <source>Reading the folder's changes</source>
            <translation>Reading the folder's changes</translation>
        </message>
        <message>
            <source>Reading the folder's index</source>
            <translation>Reading the folder's index</translation>
        </message>
        <message>
            <source>Reading the folder's state</source>
            <translation>Reading the folder's state</translation>
        </message>
        <message>
            <source>Reading what the folder still needs</source>
            <translation>Reading what the folder still needs</translation>
        </message>
        <message>
            <source>Syncing the folder again</source>
            <translation>Syncing the folder again</translation>
        </message>
        <message>
            <source>Syncthing is not running.</source>
            <translation>The sync service is not running.</translation>
        </message>
        <message>
            <source>Syncthing's answer about %1 could not be read.</source>
            <translation>The sync service's answer about %1 could not be read.</translation>
        </message>
    </context>
    <context>
        <name>figestio::FolderPage</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <source>Choose an empty folder or one that only holds your agency's files. Everything in it will be shared with your agency.</source>
            <translation>Choose an empty folder or one that only holds your agency's files. Everything in it will be shared with your agency.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync</source>
            <translation>Choose the folder to keep in sync</translation>
        </message>
        <message>
            <source>Clear the folder</source>
            <translation>Clear the folder</translation>
        </message>
        <message>
            <source>Folder to keep in sync</source>
            <translation>Folder to keep in sync</translation>
        </message>
        <message>
            <source>Start syncing</source>
            <translation>Start syncing</translation>
        </message>
        <message>
            <source>The files of your agency will be kept in this folder.</source>
            <translation>The files of your agency will be kept in this folder.</translation>
        </message>
        <message>
            <source>The folder could not be created. Choose another location.</source>
            <translation>The folder could not be created. Choose another location.</translation>
        </message>
        <message>
            <source>This folder can be used.</source>
            <translation>This folder can be used.</translation>
        </message>
        <message>
            <source>This folder does not exist yet; it will be created.</source>
            <translation>This folder does not exist yet; it will be created.</translation>
        </message>
    </context>
    <context>
        <name>figestio::ProgressPage</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Retry</translation>
        </message>
        <message>
            <source>C&amp;hoose another folder…</source>
            <translation>C&amp;hoose another folder…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>In progress…</source>
            <translation>In progress…</translation>
        </message>
        <message>
            <source>Setting up</source>
            <translation>Setting up</translation>
        </message>
        <message>
            <source>Setup steps</source>
            <translation>Setup steps</translation>
        </message>
        <message>
            <source>The setup could not be completed.</source>
            <translation>The setup could not be completed.</translation>
        </message>
        <message>
            <source>The setup stopped. What went wrong and what to do is below.</source>
            <translation>The setup stopped. What went wrong and what to do is below.</translation>
        </message>
        <message>
            <source>This computer is being connected to the Figestió server.</source>
            <translation>This computer is being connected to the Figestió server.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
    </context>
    <context>
        <name>figestio::RecoverWindow</name>
        <message numerus="yes">
            <source>%Ln of %1 shown</source>
            <translation>
                <numerusform>%Ln of %1 shown</numerusform>
                <numerusform>%Ln of %1 shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) restored. They are back in your folder and travel to the agency.</source>
            <translation>
                <numerusform>%n file restored. It is back in your folder and travels to the agency.</numerusform>
                <numerusform>%n files restored. They are back in your folder and travel to the agency.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n previous version(s).</source>
            <translation>
                <numerusform>%n previous version.</numerusform>
                <numerusform>%n previous versions.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>(main folder)</source>
            <translation>(main folder)</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Deleted and replaced files</source>
            <translation>Deleted and replaced files</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Files shown</source>
            <translation>Files shown</translation>
        </message>
        <message>
            <source>Files that were deleted or replaced from another computer or the agency in the last 30 days. Choose one or several and press Restore: they come back to your folder and to the agency.</source>
            <translation>Files that were deleted or replaced from another computer or the agency in the last 30 days. Choose one or several and press Restore: they come back to your folder and to the agency.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Looking for previous versions…</source>
            <translation>Looking for previous versions…</translation>
        </message>
        <message>
            <source>No file name contains “%1”.</source>
            <translation>No file name contains “%1”.</translation>
        </message>
        <message>
            <source>Nothing to recover: no file was deleted or replaced in the last 30 days.</source>
            <translation>Nothing to recover: no file was deleted or replaced in the last 30 days.</translation>
        </message>
        <message>
            <source>Part of a file name</source>
            <translation>Part of a file name</translation>
        </message>
        <message>
            <source>Previous versions of files, newest first; select one or several to restore</source>
            <translation>Previous versions of files, newest first; select one or several to restore</translation>
        </message>
        <message>
            <source>Puts the selected files back in your folder and sends them to the agency</source>
            <translation>Puts the selected files back in your folder and sends them to the agency</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Reads the list of previous versions again</source>
            <translation>Reads the list of previous versions again</translation>
        </message>
        <message>
            <source>Recover files</source>
            <translation>Recover files</translation>
        </message>
        <message>
            <source>Recovery status</source>
            <translation>Recovery status</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Search files</source>
            <translation>Search files</translation>
        </message>
        <message>
            <source>Shows only the files whose name contains this text</source>
            <translation>Shows only the files whose name contains this text</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>The list could not be read: %1</source>
            <translation>The list could not be read: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>“%1” could not be restored: %2</source>
            <translation>“%1” could not be restored: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::RestClient</name>
        <message>
            <source>%1: Syncthing answered with error %2 (%3).</source>
            <translation>%1: the sync service answered with error %2 (%3).</translation>
        </message>
        <message>
            <source>%1: Syncthing cannot be reached (%2).</source>
            <translation>%1: the sync service cannot be reached (%2).</translation>
        </message>
        <message>
            <source>%1: Syncthing did not answer in time.</source>
            <translation>%1: the sync service did not answer in time.</translation>
        </message>
        <message>
            <source>%1: Syncthing refused the app's key.</source>
            <translation>%1: the sync service refused the app's key.</translation>
        </message>
        <message>
            <source>%1: Syncthing rejected the request (%2).</source>
            <translation>%1: the sync service rejected the request (%2).</translation>
        </message>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: expected a list</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: expected an object</translation>
        </message>
        <message>
            <source>%1: not found (%2).</source>
            <translation>%1: not found (%2).</translation>
        </message>
        <message>
            <source>%1: the answer is not valid JSON</source>
            <translation>%1: the answer is not valid JSON</translation>
        </message>
        <message>
            <source>%1: unexpected answer.</source>
            <translation>%1: unexpected answer.</translation>
        </message>
        <message>
            <source>Adding the server to Syncthing</source>
            <translation>Adding the server to the sync service</translation>
        </message>
        <message>
            <source>Checking Syncthing</source>
            <translation>Checking the sync service</translation>
        </message>
        <message>
            <source>Configuring Syncthing</source>
            <translation>Configuring the sync service</translation>
        </message>
        <message>
            <source>Following Syncthing's events</source>
            <translation>Following the sync service's activity</translation>
        </message>
        <message>
            <source>Keeping previous versions of files</source>
            <translation>Keeping previous versions of files</translation>
        </message>
        <message>
            <source>Locking Syncthing's access</source>
            <translation>Locking access to the sync service</translation>
        </message>
        <message>
            <source>No server device to pause.</source>
            <translation>There is no server to pause.</translation>
        </message>
        <message>
            <source>No server device to resume.</source>
            <translation>There is no server to resume.</translation>
        </message>
        <message>
            <source>Pausing the connection to the server</source>
            <translation>Pausing the connection to the server</translation>
        </message>
        <message>
            <source>Pausing the folder</source>
            <translation>Pausing the folder</translation>
        </message>
        <message>
            <source>Reading Syncthing's access settings</source>
            <translation>Reading the sync service's access settings</translation>
        </message>
        <message>
            <source>Reading Syncthing's connections</source>
            <translation>Reading the sync service's connections</translation>
        </message>
        <message>
            <source>Reading Syncthing's devices</source>
            <translation>Reading the sync service's computers</translation>
        </message>
        <message>
            <source>Reading Syncthing's folders</source>
            <translation>Reading the sync service's folders</translation>
        </message>
        <message>
            <source>Reading Syncthing's options</source>
            <translation>Reading the sync service's options</translation>
        </message>
        <message>
            <source>Reading Syncthing's status</source>
            <translation>Reading the sync service's status</translation>
        </message>
        <message>
            <source>Reading the folder's errors</source>
            <translation>Reading the folder's errors</translation>
        </message>
        <message>
            <source>Reading the folder's history</source>
            <translation>Reading the folder's history</translation>
        </message>
        <message>
            <source>Reading the folder's state</source>
            <translation>Reading the folder's state</translation>
        </message>
        <message>
            <source>Reading the server's progress</source>
            <translation>Reading the server's progress</translation>
        </message>
        <message>
            <source>Reading when the server was last seen</source>
            <translation>Reading when the server was last seen</translation>
        </message>
        <message>
            <source>Removing a device from Syncthing</source>
            <translation>Removing a computer from the sync service</translation>
        </message>
        <message>
            <source>Removing the synced folder</source>
            <translation>Removing the synced folder</translation>
        </message>
        <message>
            <source>Resuming the connection to the server</source>
            <translation>Resuming the connection to the server</translation>
        </message>
        <message>
            <source>Resuming the folder</source>
            <translation>Resuming the folder</translation>
        </message>
        <message>
            <source>Setting the server's addresses</source>
            <translation>Setting the server's addresses</translation>
        </message>
        <message>
            <source>Setting up the synced folder</source>
            <translation>Setting up the synced folder</translation>
        </message>
        <message>
            <source>Stopping Syncthing</source>
            <translation>Stopping the sync service</translation>
        </message>
        <message>
            <source>the connection closed before the answer</source>
            <translation>the connection closed before the answer</translation>
        </message>
    </context>
    <context>
        <name>figestio::SettingsDialog</name>
        <message>
            <source>&amp;Copy diagnostic report</source>
            <translation>&amp;Copy diagnostic report</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Start Figestió Sync when I log in to this computer</source>
            <translation>&amp;Start Figestió Sync when I log in to this computer</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Change &amp;agency…</source>
            <translation>Change &amp;agency…</translation>
        </message>
        <message>
            <source>Change agency</source>
            <translation>Change agency</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Figestió Sync settings</source>
            <translation>Figestió Sync settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>If something does not work, copy the diagnostic report and send it to Figestió support. It contains no passwords.</source>
            <translation>If something does not work, copy the diagnostic report and send it to Figestió support. It contains no passwords.</translation>
        </message>
        <message>
            <source>If you only sign out, your folder keeps syncing with your agency; sign in again whenever you like.

If you also stop syncing, this computer is unlinked from your agency and nothing more is synced. The files already in your folder stay on this computer.</source>
            <translation>If you only sign out, your folder keeps syncing with your agency; sign in again whenever you like.

If you also stop syncing, this computer is unlinked from your agency and nothing more is synced. The files already in your folder stay on this computer.</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Not signed in.</translation>
        </message>
        <message>
            <source>Only sign out</source>
            <translation>Only sign out</translation>
        </message>
        <message>
            <source>Open the logs &amp;folder</source>
            <translation>Open the logs &amp;folder</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>Sign &amp;out…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Sign out and stop syncing</source>
            <translation>Sign out and stop syncing</translation>
        </message>
        <message>
            <source>Sign out of Figestió Sync?</source>
            <translation>Sign out of Figestió Sync?</translation>
        </message>
        <message>
            <source>Signed in as %1, for %2.</source>
            <translation>Signed in as %1, for %2.</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>Signed in as %1.</translation>
        </message>
        <message>
            <source>Sync the folder of another of your agencies instead. The current folder stops syncing; its files stay on this computer.</source>
            <translation>Sync the folder of another of your agencies instead. The current folder stops syncing; its files stay on this computer.</translation>
        </message>
        <message>
            <source>The report was copied. Paste it into your message to support.</source>
            <translation>The report was copied. Paste it into your message to support.</translation>
        </message>
        <message>
            <source>Your session has expired. Sign in again from the tray menu.</source>
            <translation>Your session has expired. Sign in again from the tray menu.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SetupFlow</name>
        <message>
            <source>Connecting to the server</source>
            <translation>Connecting to the server</translation>
        </message>
        <message>
            <source>Contacting the Figestió server</source>
            <translation>Contacting the Figestió server</translation>
        </message>
        <message>
            <source>No folder was chosen.</source>
            <translation>No folder was chosen.</translation>
        </message>
        <message>
            <source>Registering this computer</source>
            <translation>Registering this computer</translation>
        </message>
        <message>
            <source>Reinstall Figestió Sync, then use Retry.</source>
            <translation>Reinstall Figestió Sync, then use Retry.</translation>
        </message>
        <message>
            <source>Setting up your folder</source>
            <translation>Setting up your folder</translation>
        </message>
        <message>
            <source>Starting the sync engine</source>
            <translation>Starting the sync engine</translation>
        </message>
        <message>
            <source>The Figestió server could not be contacted.</source>
            <translation>The Figestió server could not be contacted.</translation>
        </message>
        <message>
            <source>The Figestió server did not give an address this computer can connect to (tcp:// or quic://). Contact Figestió support.</source>
            <translation>The Figestió server did not give an address this computer can connect to (tcp:// or quic://). Contact Figestió support.</translation>
        </message>
        <message>
            <source>The app is closing.</source>
            <translation>The app is closing.</translation>
        </message>
        <message>
            <source>The connection to the server could not be prepared.</source>
            <translation>The connection to the server could not be prepared.</translation>
        </message>
        <message>
            <source>The server's answer was not for this computer.</source>
            <translation>The server's answer was not for this computer.</translation>
        </message>
        <message>
            <source>The sync engine could not start.</source>
            <translation>The sync engine could not start.</translation>
        </message>
        <message>
            <source>The sync engine did not start in time.</source>
            <translation>The sync engine did not start in time.</translation>
        </message>
        <message>
            <source>The sync engine's identity could not be changed (%1).</source>
            <translation>The sync engine's identity could not be changed (%1).</translation>
        </message>
        <message>
            <source>This computer could not be registered.</source>
            <translation>This computer could not be registered.</translation>
        </message>
        <message>
            <source>Use Retry. If it keeps failing, contact Figestió support.</source>
            <translation>Use Retry. If it keeps failing, contact Figestió support.</translation>
        </message>
        <message>
            <source>Your account cannot register computers for this agency. Ask your agency's Figestió administrator, then use Retry.</source>
            <translation>Your account cannot register computers for this agency. Ask your agency's Figestió administrator, then use Retry.</translation>
        </message>
        <message>
            <source>Your folder could not be set up.</source>
            <translation>Your folder could not be set up.</translation>
        </message>
        <message>
            <source>Your folder is ready</source>
            <translation>Your folder is ready</translation>
        </message>
    </context>
    <context>
        <name>figestio::SetupWizard</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the setup?</source>
            <translation>Close the setup?</translation>
        </message>
        <message>
            <source>Continue the setup</source>
            <translation>Continue the setup</translation>
        </message>
        <message>
            <source>Figestió Sync is not set up yet.</source>
            <translation>Figestió Sync is not set up yet.</translation>
        </message>
        <message>
            <source>Keep %1</source>
            <translation>Keep %1</translation>
        </message>
        <message>
            <source>Set up %1</source>
            <translation>Set up %1</translation>
        </message>
        <message>
            <source>Set up Figestió Sync</source>
            <translation>Set up Figestió Sync</translation>
        </message>
        <message>
            <source>Set up another agency?</source>
            <translation>Set up another agency?</translation>
        </message>
        <message>
            <source>The folder of %1 stops syncing with Figestió. Its files stay on this computer.</source>
            <translation>The folder of %1 stops syncing with Figestió. Its files stay on this computer.</translation>
        </message>
        <message>
            <source>The folder of %1 stops syncing.</source>
            <translation>The folder of %1 stops syncing.</translation>
        </message>
        <message>
            <source>This computer syncs the folder of %1. Do you want to sync the folder of %2 instead?</source>
            <translation>This computer syncs the folder of %1. Do you want to sync the folder of %2 instead?</translation>
        </message>
        <message>
            <source>To finish it later, choose “Set up…” in the menu of the Figestió Sync icon in the system tray.</source>
            <translation>To finish it later, choose “Set up…” in the menu of the Figestió Sync icon in the system tray.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SidecarProcess</name>
        <message>
            <source>Syncthing keeps stopping unexpectedly (%1 times in a row), so the app gave up restarting it. Its log is in %2.</source>
            <translation>The sync service keeps stopping unexpectedly (%1 times in a row), so the app gave up restarting it. Its log is in %2.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SignInPage</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Copy the sign-in link</source>
            <translation>Copy the sign-in link</translation>
        </message>
        <message>
            <source>Link copied</source>
            <translation>Link copied</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Sign in with the browser</source>
            <translation>Sign in with the browser</translation>
        </message>
        <message>
            <source>Signing in</source>
            <translation>Signing in</translation>
        </message>
        <message>
            <source>The sign-in did not succeed.</source>
            <translation>The sign-in did not succeed.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Use your Figestió account, the same one you use on the website.</source>
            <translation>Use your Figestió account, the same one you use on the website.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in…</source>
            <translation>Waiting for you to sign in…</translation>
        </message>
        <message>
            <source>Waiting for your browser…
Finish signing in on the page that opened, then come back here.</source>
            <translation>Waiting for your browser…
Finish signing in on the page that opened, then come back here.</translation>
        </message>
        <message>
            <source>Your browser did not open by itself. Copy the sign-in link and paste it into your browser's address bar.</source>
            <translation>Your browser did not open by itself. Copy the sign-in link and paste it into your browser's address bar.</translation>
        </message>
        <message>
            <source>Your web browser will open the Figestió sign-in page. Sign in there, then come back to this window.</source>
            <translation>Your web browser will open the Figestió sign-in page. Sign in there, then come back to this window.</translation>
        </message>
    </context>
    <context>
        <name>figestio::StatusWindow</name>
        <message>
            <source>%1
%2 · %3</source>
            <translation>%1
%2 · %3</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>&amp;Recent files</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Agency:</translation>
        </message>
        <message>
            <source>Are my files safe?</source>
            <translation>Are my files safe?</translation>
        </message>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>Cannot reach the Figestió server</translation>
        </message>
        <message>
            <source>Connected to the Figestió server</source>
            <translation>Connected to the Figestió server</translation>
        </message>
        <message>
            <source>Could not be synced</source>
            <translation>Could not be synced</translation>
        </message>
        <message>
            <source>Could not be synced: %1</source>
            <translation>Could not be synced: %1</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Figestió Sync status</source>
            <translation>Figestió Sync status</translation>
        </message>
        <message>
            <source>Files deleted or replaced in the last 30 days, to bring back</source>
            <translation>Files deleted or replaced in the last 30 days, to bring back</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>How changes are noticed</source>
            <translation>How changes are noticed</translation>
        </message>
        <message>
            <source>Last sync:</source>
            <translation>Last sync:</translation>
        </message>
        <message>
            <source>No files synced yet.</source>
            <translation>No files synced yet.</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>None chosen</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Not connected</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Not set up yet</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Received from your agency</source>
            <translation>Received from your agency</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <source>Reco&amp;ver files…</source>
            <translation>Reco&amp;ver files…</translation>
        </message>
        <message>
            <source>Restart the sync &amp;engine</source>
            <translation>Restart the sync &amp;engine</translation>
        </message>
        <message>
            <source>Restart the sync engine</source>
            <translation>Restart the sync engine</translation>
        </message>
        <message>
            <source>Sent to your agency</source>
            <translation>Sent to your agency</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Sign &amp;in again…</source>
            <translation>Sign &amp;in again…</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Signed in as:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Sync progress</translation>
        </message>
        <message>
            <source>The app stopped restarting the sync engine after it failed several times in a row: try again</source>
            <translation>The app stopped restarting the sync engine after it failed several times in a row: try again</translation>
        </message>
        <message>
            <source>Whether every file of the folder is on the Figestió server, and when that was last checked</source>
            <translation>Whether every file of the folder is on the Figestió server, and when that was last checked</translation>
        </message>
        <message>
            <source>Your session has expired: sign in again</source>
            <translation>Your session has expired: sign in again</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncState</name>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Not set up yet</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Server offline</source>
            <translation>Server offline</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Syncing</translation>
        </message>
        <message>
            <source>Syncing (%1%)</source>
            <translation>Syncing (%1%)</translation>
        </message>
        <message>
            <source>The app has no permission to write or read this file.</source>
            <translation>The app has no permission to write or read this file.</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>The disk is full.</translation>
        </message>
        <message>
            <source>The disk is read-only.</source>
            <translation>The disk is read-only.</translation>
        </message>
        <message>
            <source>The file changed while it was being synced; it will be retried.</source>
            <translation>The file changed while it was being synced; it will be retried.</translation>
        </message>
        <message>
            <source>The file name has characters the server cannot store.</source>
            <translation>The file name has characters the server cannot store.</translation>
        </message>
        <message>
            <source>The file name is too long.</source>
            <translation>The file name is too long.</translation>
        </message>
        <message>
            <source>The file or folder no longer exists.</source>
            <translation>The file or folder no longer exists.</translation>
        </message>
        <message>
            <source>The folder was moved, deleted or its disk is not connected.</source>
            <translation>The folder was moved, deleted or its disk is not connected.</translation>
        </message>
        <message>
            <source>The server does not have this file's latest version yet.</source>
            <translation>The server does not have this file's latest version yet.</translation>
        </message>
        <message>
            <source>The server went offline while the file was being copied.</source>
            <translation>The server went offline while the file was being copied.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk.</source>
            <translation>There is not enough free space on the disk.</translation>
        </message>
        <message>
            <source>Unknown error.</source>
            <translation>Unknown error.</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
        <message>
            <source>Updating the sync engine…</source>
            <translation>Updating the sync engine…</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncthingHome</name>
        <message>
            <source>Cannot create Syncthing's folder %1.</source>
            <translation>Cannot create the sync service's folder %1.</translation>
        </message>
        <message>
            <source>Syncthing could not prepare its settings in %1.</source>
            <translation>The sync service could not prepare its settings in %1.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncthingService</name>
        <message>
            <source>Syncthing could not be configured: %1</source>
            <translation>The sync service could not be configured: %1</translation>
        </message>
        <message>
            <source>Syncthing is not running.</source>
            <translation>The sync service is not running.</translation>
        </message>
        <message>
            <source>The server is not set up yet.</source>
            <translation>The server is not set up yet.</translation>
        </message>
        <message>
            <source>The sync engine is not responding</source>
            <translation>The sync engine is not responding</translation>
        </message>
    </context>
    <context>
        <name>figestio::TrayIcon</name>
        <message numerus="yes">
            <source>%n file(s) could not be synced. Open the status window to see which.</source>
            <translation>
                <numerusform>%n file could not be synced. Open the status window to see which.</numerusform>
                <numerusform>%n files could not be synced. Open the status window to see which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) disappeared from your folder at once. Nothing has been deleted at the agency yet: click to choose what to do.</source>
            <translation>
                <numerusform>%n file disappeared from your folder at once. Nothing has been deleted at the agency yet: click to choose what to do.</numerusform>
                <numerusform>%n files disappeared from your folder at once. Nothing has been deleted at the agency yet: click to choose what to do.</numerusform>
            </translation>
        </message>
        <message>
            <source>A file could not be synced</source>
            <translation>A file could not be synced</translation>
        </message>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>Cannot reach the Figestió server</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Close the notice</translation>
        </message>
        <message>
            <source>Many files were deleted</source>
            <translation>Many files were deleted</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Please sign in again</source>
            <translation>Please sign in again</translation>
        </message>
        <message>
            <source>Quit Figestió Sync</source>
            <translation>Quit Figestió Sync</translation>
        </message>
        <message>
            <source>Recover files…</source>
            <translation>Recover files…</translation>
        </message>
        <message>
            <source>Restart the sync engine</source>
            <translation>Restart the sync engine</translation>
        </message>
        <message>
            <source>Set up…</source>
            <translation>Set up…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Sign in again…</source>
            <translation>Sign in again…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Some files could not be synced</source>
            <translation>Some files could not be synced</translation>
        </message>
        <message>
            <source>Status…</source>
            <translation>Status…</translation>
        </message>
        <message numerus="yes">
            <source>This computer has not been able to reach the Figestió server for %n minute(s). Check the Internet connection; your files will be synced as soon as it is back.</source>
            <translation>
                <numerusform>This computer has not been able to reach the Figestió server for %n minute. Check the Internet connection; your files will be synced as soon as it is back.</numerusform>
                <numerusform>This computer has not been able to reach the Figestió server for %n minutes. Check the Internet connection; your files will be synced as soon as it is back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Two versions of a file</source>
            <translation>Two versions of a file</translation>
        </message>
        <message>
            <source>Version %1 is available: download…</source>
            <translation>Version %1 is available: download…</translation>
        </message>
        <message>
            <source>Your Figestió session has expired. Your folder keeps syncing; sign in again to keep everything working.</source>
            <translation>Your Figestió session has expired. Your folder keeps syncing; sign in again to keep everything working.</translation>
        </message>
        <message>
            <source>Your folder is not syncing</source>
            <translation>Your folder is not syncing</translation>
        </message>
        <message>
            <source>“%1” was changed here and at your agency at the same time. Both versions were kept: open the status window to choose which one to keep.</source>
            <translation>“%1” was changed here and at your agency at the same time. Both versions were kept: open the status window to choose which one to keep.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::UnattendedSetup</name>
        <message>
            <source>No agency is chosen. Sign in again with --agency.</source>
            <translation>No agency is chosen. Sign in again with --agency.</translation>
        </message>
        <message>
            <source>Setting up %1 for %2</source>
            <translation>Setting up %1 for %2</translation>
        </message>
        <message>
            <source>Switching to agency %1…</source>
            <translation>Switching to agency %1…</translation>
        </message>
        <message>
            <source>The agency %1 cannot be used: %2</source>
            <translation>The agency %1 cannot be used: %2</translation>
        </message>
        <message>
            <source>You are not signed in. Run "figestio-sync --sign-in" first.</source>
            <translation>You are not signed in. Run "figestio-sync --sign-in" first.</translation>
        </message>
        <message>
            <source>Your folder is set up and syncing.</source>
            <translation>Your folder is set up and syncing.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Sign in again.</source>
            <translation>Your sign-in has expired. Sign in again.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
    </context>
    <context>
        <name>figestio::UpdateCheck</name>
        <message>
            <source>Could not check for updates. Figestió Sync will try again tomorrow.</source>
            <translation>Could not check for updates. Figestió Sync will try again tomorrow.</translation>
        </message>
    </context>
    <context>
        <name>figestio::UpdateNoticeLabel</name>
        <message>
            <source>A newer version is available, with its download link.</source>
            <translation>A newer version is available, with its download link.</translation>
        </message>
        <message>
            <source>Download it</source>
            <translation>Download it</translation>
        </message>
        <message>
            <source>Figestió Sync %1</source>
            <translation>Figestió Sync %1</translation>
        </message>
        <message>
            <source>Help and support</source>
            <translation>Help and support</translation>
        </message>
        <message>
            <source>This version of Figestió Sync and where to get help.</source>
            <translation>This version of Figestió Sync and where to get help.</translation>
        </message>
        <message>
            <source>Version %1 is available.</source>
            <translation>Version %1 is available.</translation>
        </message>
        <message>
            <source>Version and updates</source>
            <translation>Version and updates</translation>
        </message>
    </context>
    <context>
        <name>figestio::VersionsClient</name>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: expected a list</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: expected an object</translation>
        </message>
        <message>
            <source>Reading the previous versions of files</source>
            <translation>Reading the previous versions of files</translation>
        </message>
        <message>
            <source>Restoring files</source>
            <translation>Restoring files</translation>
        </message>
        <message>
            <source>The sync service is not running.</source>
            <translation>The sync service is not running.</translation>
        </message>
        <message>
            <source>Unknown error.</source>
            <translation>Unknown error.</translation>
        </message>
    </context>
    <context>
        <name>figestio::WelcomePage</name>
        <message>
            <source>After that, Figestió Sync works quietly from its icon in the system tray.</source>
            <translation>After that, Figestió Sync works quietly from its icon in the system tray.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync.</source>
            <translation>Choose the folder to keep in sync.</translation>
        </message>
        <message>
            <source>Figestió Sync keeps a folder on this computer identical to your agency's folder on the Figestió server. Files you save there reach your agency, and the files your agency shares with you appear there.

Setting it up takes a minute:</source>
            <translation>Figestió Sync keeps a folder on this computer identical to your agency's folder on the Figestió server. Files you save there reach your agency, and the files your agency shares with you appear there.

Setting it up takes a minute:</translation>
        </message>
        <message>
            <source>Keep a folder on this computer in sync with your agency.</source>
            <translation>Keep a folder on this computer in sync with your agency.</translation>
        </message>
        <message>
            <source>Sign in with your Figestió account, in your web browser.</source>
            <translation>Sign in with your Figestió account, in your web browser.</translation>
        </message>
        <message>
            <source>That's all: your files stay up to date by themselves.</source>
            <translation>That's all: your files stay up to date by themselves.</translation>
        </message>
        <message>
            <source>Welcome to Figestió Sync</source>
            <translation>Welcome to Figestió Sync</translation>
        </message>
    </context>
</TS>
