<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES" sourcelanguage="en">
    <context>
        <name>AuthCommands</name>
        <message>
            <source>Access expires: %1 (renewed automatically)</source>
            <translation>L'accés caduca: %1 (es renova automàticament)</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Gestoria: %1</translation>
        </message>
        <message>
            <source>Could not open a browser. Open this address to sign in:</source>
            <translation>No s'ha pogut obrir el navegador. Obriu aquesta adreça per iniciar la sessió:</translation>
        </message>
        <message>
            <source>Figestió Sync is running and holds the session. Quit Figestió Sync first (“Quit Figestió Sync” in its menu), then run this command again.</source>
            <translation>El Figestió Sync s'està executant i té la sessió. Tanqueu primer el Figestió Sync («Surt del Figestió Sync» al seu menú) i torneu a executar aquesta ordre.</translation>
        </message>
        <message>
            <source>Not signed in. Run figestio-sync --sign-in.</source>
            <translation>No heu iniciat la sessió. Executeu figestio-sync --sign-in.</translation>
        </message>
        <message>
            <source>Signed in as: %1</source>
            <translation>Sessió iniciada com a: %1</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>S'ha tancat la sessió.</translation>
        </message>
        <message>
            <source>Use only one of --sign-in, --whoami and --sign-out.</source>
            <translation>Feu servir només una de les opcions --sign-in, --whoami i --sign-out.</translation>
        </message>
        <message>
            <source>You belong to several agencies. Run again with --agency and one of these:</source>
            <translation>Pertanyeu a diverses gestories. Torneu a executar l'ordre amb --agency i una d'aquestes:</translation>
        </message>
        <message>
            <source>You do not belong to the agency “%1”. Choose one of:</source>
            <translation>No pertanyeu a la gestoria «%1». Trieu-ne una d'aquestes:</translation>
        </message>
        <message>
            <source>Your browser has been opened: sign in there to continue.</source>
            <translation>S'ha obert el navegador: inicieu-hi la sessió per continuar.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>cap</translation>
        </message>
    </context>
    <context>
        <name>BackendConfig</name>
        <message>
            <source>The server address “%1” is not secure (https is required).</source>
            <translation>L'adreça del servidor «%1» no és segura (cal https).</translation>
        </message>
        <message>
            <source>The server address “%1” is not valid.</source>
            <translation>L'adreça del servidor «%1» no és vàlida.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Ask the running instance to stop syncing and quit; wait until it has exited.</source>
            <translation>Demana a la instància en execució que deixi de sincronitzar i es tanqui; espera que s'hagi tancat.</translation>
        </message>
        <message>
            <source>Delete the stored session and exit.</source>
            <translation>Esborra la sessió desada i surt.</translation>
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
            <translation>Codis de sortida:
  0  correcte
  1  un altre error
  2  ordre incorrecta
  3  sessió no iniciada o caducada
  4  el clauer del sistema no està disponible o està bloquejat
  5  no s'ha pogut contactar amb el servidor o ha respost amb un error
  6  inici de sessió cancel·lat, denegat o esgotat el temps
  7  cap gestoria, o diverses i --agency falta o és incorrecta
  8  --status, --quit: el Figestió Sync no s'està executant
  9  --setup-folder: ha fallat un pas de la configuració</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Keeps your folder in sync with the Figestió server.</source>
            <translation>Manté la vostra carpeta sincronitzada amb el servidor de Figestió.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>CAMÍ</translation>
        </message>
        <message>
            <source>Print the running instance's state as JSON and exit.</source>
            <translation>Mostra l'estat de l'aplicació en execució en JSON i surt.</translation>
        </message>
        <message>
            <source>Print the signed-in user, the agency and when the access expires, then exit.</source>
            <translation>Mostra l'usuari que ha iniciat la sessió, la gestoria i quan caduca l'accés, i surt.</translation>
        </message>
        <message>
            <source>Set up syncing of PATH unattended (signed-in user), then keep syncing from the tray.</source>
            <translation>Configura la sincronització de CAMÍ sense intervenció (usuari amb la sessió iniciada) i continua sincronitzant des de la safata.</translation>
        </message>
        <message>
            <source>Sign in through the browser, store the session in the system keychain, print who is signed in and exit.</source>
            <translation>Inicia la sessió amb el navegador, desa la sessió al clauer del sistema, mostra qui l'ha iniciada i surt.</translation>
        </message>
        <message>
            <source>Start in the tray without opening a window.</source>
            <translation>Comença a la safata sense obrir cap finestra.</translation>
        </message>
        <message>
            <source>With --sign-in or --setup-folder: the agency to use when you belong to several.</source>
            <translation>Amb --sign-in o --setup-folder: la gestoria que cal fer servir quan en teniu diverses.</translation>
        </message>
    </context>
    <context>
        <name>ConflictList</name>
        <message>
            <source>copy of the agency</source>
            <translation>còpia de la gestoria</translation>
        </message>
        <message>
            <source>copy of this computer</source>
            <translation>còpia de l'ordinador</translation>
        </message>
        <message>
            <source>“%1” could not be deleted.</source>
            <translation>No s'ha pogut esborrar «%1».</translation>
        </message>
        <message>
            <source>“%1” could not be renamed.</source>
            <translation>No s'ha pogut canviar el nom de «%1».</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>No s'ha pogut substituir «%1».</translation>
        </message>
        <message>
            <source>“%1” is no longer there: the conflict was already resolved.</source>
            <translation>«%1» ja no hi és: el conflicte ja s'ha resolt.</translation>
        </message>
    </context>
    <context>
        <name>FigestioApi</name>
        <message>
            <source>Getting the Figestió server's details</source>
            <translation>Obtenint les dades del servidor de Figestió</translation>
        </message>
        <message>
            <source>Linking this computer to your agency</source>
            <translation>Vinculant aquest ordinador a la vostra gestoria</translation>
        </message>
        <message>
            <source>Listing your agencies</source>
            <translation>Obtenint les vostres gestories</translation>
        </message>
        <message>
            <source>The Figestió server's answer could not be read (%1). Try again later; if it keeps happening, contact Figestió support.</source>
            <translation>No s'ha pogut llegir la resposta del servidor de Figestió (%1). Torneu-ho a provar més tard; si continua passant, contacteu amb el suport de Figestió.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's sync identity. Restart Figestió Sync and try again.</source>
            <translation>El servidor no ha acceptat la identitat de sincronització d'aquest ordinador. Reinicieu el Figestió Sync i torneu-ho a provar.</translation>
        </message>
        <message>
            <source>This computer is already linked to another agency. Ask Figestió support to release it, then try again.</source>
            <translation>Aquest ordinador ja està vinculat a una altra gestoria. Demaneu al suport de Figestió que l'alliberi i torneu-ho a provar.</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>No heu iniciat la sessió.</translation>
        </message>
        <message>
            <source>agencies: expected a list</source>
            <translation>agencies: s'esperava una llista</translation>
        </message>
        <message>
            <source>claim.claimed_at: not a date and time</source>
            <translation>claim.claimed_at: no és una data i hora</translation>
        </message>
    </context>
    <context>
        <name>FolderCheck</name>
        <message>
            <source>"%1" belongs to the system and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>«%1» és del sistema i no es pot sincronitzar. Trieu una carpeta dins de la vostra carpeta personal.</translation>
        </message>
        <message>
            <source>"%1" contains another synced folder ("%2"). Choose a folder that does not.</source>
            <translation>«%1» conté una altra carpeta sincronitzada («%2»). Trieu una carpeta que no en contingui cap.</translation>
        </message>
        <message>
            <source>"%1" contains your home folder and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>«%1» conté la vostra carpeta personal i no es pot sincronitzar. Trieu una carpeta dins de la carpeta personal.</translation>
        </message>
        <message>
            <source>"%1" holds this app's own data and cannot be synced. Choose another folder.</source>
            <translation>«%1» conté les dades pròpies de l'aplicació i no es pot sincronitzar. Trieu una altra carpeta.</translation>
        </message>
        <message>
            <source>"%1" is a system folder and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>«%1» és una carpeta del sistema i no es pot sincronitzar. Trieu una carpeta dins de la vostra carpeta personal.</translation>
        </message>
        <message>
            <source>"%1" is already being synced. Choose another folder.</source>
            <translation>«%1» ja s'està sincronitzant. Trieu una altra carpeta.</translation>
        </message>
        <message>
            <source>"%1" is inside another synced folder ("%2"). Choose a folder outside it.</source>
            <translation>«%1» és dins d'una altra carpeta sincronitzada («%2»). Trieu una carpeta que en quedi fora.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync.</source>
            <translation>Trieu la carpeta que voleu sincronitzar.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist. Create it or choose another one.</source>
            <translation>La carpeta «%1» no existeix. Creeu-la o trieu-ne una altra.</translation>
        </message>
        <message>
            <source>Write the full location of the folder, or use Browse… to pick it.</source>
            <translation>Escriviu la ubicació completa de la carpeta, o feu servir «Navega…» per triar-la.</translation>
        </message>
        <message>
            <source>You cannot save files in "%1". Choose a folder of your own, for example one inside your Documents.</source>
            <translation>No podeu desar fitxers a «%1». Trieu una carpeta vostra, per exemple una dins de Documents.</translation>
        </message>
        <message>
            <source>Your whole home folder cannot be synced. Create a folder inside it (for example "Figestió") and choose that one.</source>
            <translation>No es pot sincronitzar tota la carpeta personal. Creeu-hi una carpeta a dins (per exemple «Figestió») i trieu aquesta.</translation>
        </message>
    </context>
    <context>
        <name>GuiMain</name>
        <message>
            <source>Figestió Sync is already running. Quit it first, then run --setup-folder again.</source>
            <translation>El Figestió Sync ja s'està executant. Tanqueu-lo primer i torneu a executar --setup-folder.</translation>
        </message>
    </context>
    <context>
        <name>HttpCall</name>
        <message>
            <source>The Figestió server could not be reached. Check your internet connection and try again.</source>
            <translation>No s'ha pogut contactar amb el servidor de Figestió. Comproveu la connexió a Internet i torneu-ho a provar.</translation>
        </message>
        <message>
            <source>The Figestió server did not answer in time. Try again in a moment.</source>
            <translation>El servidor de Figestió no ha respost a temps. Torneu-ho a provar d'aquí a un moment.</translation>
        </message>
        <message>
            <source>The Figestió server has a problem right now (error %1). Try again later.</source>
            <translation>El servidor de Figestió té un problema ara mateix (error %1). Torneu-ho a provar més tard.</translation>
        </message>
        <message>
            <source>The Figestió server refused the request (error %1).</source>
            <translation>El servidor de Figestió ha rebutjat la petició (error %1).</translation>
        </message>
        <message>
            <source>The server does not know this request. The app may need an update.</source>
            <translation>El servidor no reconeix aquesta petició. Potser cal actualitzar l'aplicació.</translation>
        </message>
        <message>
            <source>The server said: “%1”</source>
            <translation>El servidor ha dit: «%1»</translation>
        </message>
        <message>
            <source>This conflicts with what the server already has.</source>
            <translation>Això entra en conflicte amb el que ja té el servidor.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>El vostre compte no té permís per fer això.</translation>
        </message>
        <message>
            <source>Your session has expired. Please sign in again.</source>
            <translation>La sessió ha caducat. Torneu a iniciar la sessió.</translation>
        </message>
    </context>
    <context>
        <name>IdToken</name>
        <message>
            <source>The sign-in could not be verified (%1). Please try again.</source>
            <translation>No s'ha pogut verificar l'inici de sessió (%1). Torneu-ho a provar.</translation>
        </message>
        <message>
            <source>The sign-in server sent an identity that could not be read (%1).</source>
            <translation>El servidor d'inici de sessió ha enviat una identitat que no s'ha pogut llegir (%1).</translation>
        </message>
        <message>
            <source>issued for another application</source>
            <translation>emesa per a una altra aplicació</translation>
        </message>
        <message>
            <source>it does not belong to this sign-in attempt</source>
            <translation>no correspon a aquest intent d'inici de sessió</translation>
        </message>
        <message>
            <source>not a JSON Web Token</source>
            <translation>no és un testimoni web JSON</translation>
        </message>
        <message>
            <source>the identity has expired; check the computer's clock</source>
            <translation>la identitat ha caducat; comproveu el rellotge de l'ordinador</translation>
        </message>
        <message>
            <source>the payload is not an object</source>
            <translation>el contingut no és un objecte</translation>
        </message>
        <message>
            <source>unexpected issuer</source>
            <translation>emissor inesperat</translation>
        </message>
    </context>
    <context>
        <name>IgnoreBlock</name>
        <message>
            <source>The list of files not to sync (%1) cannot be read: %2</source>
            <translation>No es pot llegir la llista de fitxers que no se sincronitzen (%1): %2</translation>
        </message>
        <message>
            <source>The list of files not to sync (%1) cannot be written: %2</source>
            <translation>No es pot desar la llista de fitxers que no se sincronitzen (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: s'esperava una llista</translation>
        </message>
        <message>
            <source>%1: expected a list of strings</source>
            <translation>%1: s'esperava una llista de textos</translation>
        </message>
        <message>
            <source>%1: expected a number</source>
            <translation>%1: s'esperava un nombre</translation>
        </message>
        <message>
            <source>%1: expected a string</source>
            <translation>%1: s'esperava un text</translation>
        </message>
        <message>
            <source>%1: expected an integer</source>
            <translation>%1: s'esperava un nombre enter</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: s'esperava un objecte</translation>
        </message>
        <message>
            <source>%1: expected true or false</source>
            <translation>%1: s'esperava cert o fals</translation>
        </message>
        <message>
            <source>%1: missing field</source>
            <translation>%1: falta el camp</translation>
        </message>
        <message>
            <source>%1: must not be empty</source>
            <translation>%1: no pot estar buit</translation>
        </message>
        <message>
            <source>%1: no such element</source>
            <translation>%1: l'element no existeix</translation>
        </message>
        <message>
            <source>%1: the answer is not valid JSON</source>
            <translation>%1: la resposta no és JSON vàlid</translation>
        </message>
    </context>
    <context>
        <name>LoopbackReceiver</name>
        <message>
            <source>Not found</source>
            <translation>No s'ha trobat</translation>
        </message>
        <message>
            <source>Request refused</source>
            <translation>Petició rebutjada</translation>
        </message>
        <message>
            <source>Sign-in cannot start: the ports %1–%2 on this computer are all in use by other programs. Close some programs (or restart the computer) and try again.</source>
            <translation>No es pot iniciar la sessió: els ports %1–%2 d'aquest ordinador els fan servir altres programes. Tanqueu alguns programes (o reinicieu l'ordinador) i torneu-ho a provar.</translation>
        </message>
        <message>
            <source>Sign-in not completed</source>
            <translation>L'inici de sessió no s'ha completat</translation>
        </message>
        <message>
            <source>Sign-in took too long: no answer came from the browser. Please try again.</source>
            <translation>L'inici de sessió ha trigat massa: no ha arribat cap resposta del navegador. Torneu-ho a provar.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled or refused in the browser.</source>
            <translation>L'inici de sessió s'ha cancel·lat o s'ha rebutjat al navegador.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>S'ha cancel·lat l'inici de sessió.</translation>
        </message>
        <message>
            <source>Signed in to Figestió Sync</source>
            <translation>Sessió iniciada al Figestió Sync</translation>
        </message>
        <message>
            <source>The sign-in link was opened twice, so this sign-in was stopped for safety. Please start the sign-in again.</source>
            <translation>L'enllaç d'inici de sessió s'ha obert dues vegades i, per seguretat, s'ha aturat aquest inici de sessió. Torneu a començar l'inici de sessió.</translation>
        </message>
        <message>
            <source>The sign-in page needs you to log in and approve access. Please try again.</source>
            <translation>La pàgina d'inici de sessió necessita que hi entreu i aproveu l'accés. Torneu-ho a provar.</translation>
        </message>
        <message>
            <source>The sign-in service had a problem. Please try again in a few minutes.</source>
            <translation>El servei d'inici de sessió ha tingut un problema. Torneu-ho a provar d'aquí a uns minuts.</translation>
        </message>
        <message>
            <source>The sign-in service refused the request (%1).</source>
            <translation>El servei d'inici de sessió ha rebutjat la petició (%1).</translation>
        </message>
        <message>
            <source>This page does not exist.</source>
            <translation>Aquesta pàgina no existeix.</translation>
        </message>
        <message>
            <source>This request does not belong to the sign-in in progress.</source>
            <translation>Aquesta petició no correspon a l'inici de sessió en curs.</translation>
        </message>
        <message>
            <source>You can close this tab and return to Figestió Sync.</source>
            <translation>Ja podeu tancar aquesta pestanya i tornar al Figestió Sync.</translation>
        </message>
    </context>
    <context>
        <name>OidcClient</name>
        <message>
            <source>Completing the sign-in</source>
            <translation>Completant l'inici de sessió</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>S'ha cancel·lat l'inici de sessió.</translation>
        </message>
        <message>
            <source>The sign-in service's answer could not be read (%1).</source>
            <translation>No s'ha pogut llegir la resposta del servei d'inici de sessió (%1).</translation>
        </message>
        <message>
            <source>token.expires_in: must be positive</source>
            <translation>token.expires_in: ha de ser positiu</translation>
        </message>
    </context>
    <context>
        <name>OidcDiscovery</name>
        <message>
            <source>Connecting to the sign-in service</source>
            <translation>Connectant amb el servei d'inici de sessió</translation>
        </message>
        <message>
            <source>The sign-in service's configuration could not be read (%1).</source>
            <translation>No s'ha pogut llegir la configuració del servei d'inici de sessió (%1).</translation>
        </message>
        <message>
            <source>an endpoint is not a web address</source>
            <translation>un punt d'accés no és una adreça web</translation>
        </message>
        <message>
            <source>an endpoint is not secure (https)</source>
            <translation>un punt d'accés no és segur (https)</translation>
        </message>
        <message>
            <source>it names another issuer</source>
            <translation>indica un altre emissor</translation>
        </message>
    </context>
    <context>
        <name>QuitCommand</name>
        <message>
            <source>Figestió Sync did not quit in time.</source>
            <translation>El Figestió Sync no s'ha tancat a temps.</translation>
        </message>
        <message>
            <source>Figestió Sync is not running.</source>
            <translation>El Figestió Sync no s'està executant.</translation>
        </message>
    </context>
    <context>
        <name>RelativeTime</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>fa %n dia</numerusform>
                <numerusform>fa %n dies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>fa %n hora</numerusform>
                <numerusform>fa %n hores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>fa %n minut</numerusform>
                <numerusform>fa %n minuts</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>ara mateix</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ahir</translation>
        </message>
    </context>
    <context>
        <name>SafetyText</name>
        <message numerus="yes">
            <source>%1 · %Ln more on their way to this computer</source>
            <translation>
                <numerusform>%1 · %Ln més de camí cap a aquest ordinador</numerusform>
                <numerusform>%1 · %Ln més de camí cap a aquest ordinador</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · checked %2</source>
            <translation>%1 · comprovat %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files (%1) are still on their way to the server</source>
            <translation>
                <numerusform>%Ln fitxer (%1) encara va de camí cap al servidor</numerusform>
                <numerusform>%Ln fitxers (%1) encara van de camí cap al servidor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln files need your choice · %1</source>
            <translation>
                <numerusform>%Ln fitxer espera que trieu · %1</numerusform>
                <numerusform>%Ln fitxers esperen que trieu · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln files are safe on the Figestió server</source>
            <translation>
                <numerusform>%Ln fitxer és a bon recer al servidor de Figestió</numerusform>
                <numerusform>Els %Ln fitxers són a bon recer al servidor de Figestió</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking whether your files are safe…</source>
            <translation>Comprovant si els fitxers són a bon recer…</translation>
        </message>
        <message>
            <source>Not safe yet: the server has not been reached</source>
            <translation>Encara no és a bon recer: no s'ha pogut contactar amb el servidor</translation>
        </message>
        <message>
            <source>Not safe: %1</source>
            <translation>No és a bon recer: %1</translation>
        </message>
        <message>
            <source>Not safe: syncing stopped because of a problem</source>
            <translation>No és a bon recer: la sincronització s'ha aturat per un problema</translation>
        </message>
        <message>
            <source>Not safe: the server has not been reached %1</source>
            <translation>No és a bon recer: no s'ha contactat amb el servidor %1</translation>
        </message>
        <message>
            <source>Reconnecting to the Figestió server…</source>
            <translation>Tornant a connectar amb el servidor de Figestió…</translation>
        </message>
        <message>
            <source>Some changes are still on their way to the server</source>
            <translation>Alguns canvis encara van de camí cap al servidor</translation>
        </message>
        <message>
            <source>Syncing is paused: new changes stay on this computer until you resume</source>
            <translation>La sincronització està en pausa: els canvis nous es queden en aquest ordinador fins que la reprengueu</translation>
        </message>
        <message>
            <source>Your folder is empty and in step with the Figestió server</source>
            <translation>La carpeta és buida i està al dia amb el servidor de Figestió</translation>
        </message>
        <message>
            <source>since date %1</source>
            <translation>des del %1</translation>
        </message>
        <message>
            <source>since time %1</source>
            <translation>des de les %1</translation>
        </message>
        <message>
            <source>since weekday %1</source>
            <translation>des de %1</translation>
        </message>
        <message>
            <source>since yesterday</source>
            <translation>des d'ahir</translation>
        </message>
    </context>
    <context>
        <name>SecureFile</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>No es pot crear la carpeta %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No es pot escriure %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Renewing your session</source>
            <translation>Renovant la sessió</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>S'ha cancel·lat l'inici de sessió.</translation>
        </message>
        <message>
            <source>The sign-in service's answer could not be read (%1).</source>
            <translation>No s'ha pogut llegir la resposta del servei d'inici de sessió (%1).</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>No heu iniciat la sessió.</translation>
        </message>
        <message>
            <source>You do not belong to the agency “%1”.</source>
            <translation>No pertanyeu a la gestoria «%1».</translation>
        </message>
        <message>
            <source>Your account does not belong to any agency yet. Ask your agency to add you, then sign in again.</source>
            <translation>El vostre compte encara no pertany a cap gestoria. Demaneu a la vostra gestoria que us hi afegeixi i torneu a iniciar la sessió.</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>La sessió s'ha acabat. Torneu a iniciar la sessió.</translation>
        </message>
        <message>
            <source>refresh.expires_in: must be positive</source>
            <translation>refresh.expires_in: ha de ser positiu</translation>
        </message>
    </context>
    <context>
        <name>StatusCommand</name>
        <message>
            <source>Figestió Sync is not running.</source>
            <translation>El Figestió Sync no s'està executant.</translation>
        </message>
    </context>
    <context>
        <name>SyncthingBinary</name>
        <message>
            <source>FIGESTIO_SYNCTHING names %1, which is not a program.</source>
            <translation>FIGESTIO_SYNCTHING indica %1, que no és un programa.</translation>
        </message>
        <message>
            <source>Syncthing, the program that copies your files, was not found. Reinstall Figestió Sync or install the "syncthing" package.</source>
            <translation>No s'ha trobat el programa que copia els vostres fitxers (Syncthing). Torneu a instal·lar el Figestió Sync o instal·leu el paquet «syncthing».</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>Access to the system keychain was refused. Allow Figestió Sync to use it and try again.</source>
            <translation>S'ha denegat l'accés al clauer del sistema. Permeteu que el Figestió Sync el faci servir i torneu-ho a provar.</translation>
        </message>
        <message>
            <source>The system keychain did not answer. It may be locked: unlock it (or sign in to your desktop session again) and retry.</source>
            <translation>El clauer del sistema no ha respost. Potser està bloquejat: desbloquegeu-lo (o torneu a entrar a la sessió de l'escriptori) i torneu-ho a provar.</translation>
        </message>
        <message>
            <source>The system keychain is not available, so the sign-in cannot be kept safely. Make sure a keychain (such as GNOME Keyring or KWallet) is installed and unlocked, then try again.</source>
            <translation>El clauer del sistema no està disponible i la sessió no es pot desar de manera segura. Assegureu-vos que hi ha un clauer (com GNOME Keyring o KWallet) instal·lat i desbloquejat, i torneu-ho a provar.</translation>
        </message>
    </context>
    <context>
        <name>TrayPresenter</name>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>No es pot contactar amb el servidor de Figestió</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronització: %1</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Encara no està configurat</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Sessió no iniciada</translation>
        </message>
        <message>
            <source>Pause syncing</source>
            <translation>Posa en pausa la sincronització</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problema: %1</translation>
        </message>
        <message>
            <source>Resume syncing</source>
            <translation>Reprèn la sincronització</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>S'està iniciant la sessió…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>S'està iniciant…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Aturat</translation>
        </message>
        <message>
            <source>Syncing is paused</source>
            <translation>La sincronització està en pausa</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>S'està sincronitzant…</translation>
        </message>
        <message>
            <source>Syncing… %1%</source>
            <translation>S'està sincronitzant… %1%</translation>
        </message>
        <message>
            <source>There is a problem with your folder</source>
            <translation>Hi ha un problema amb la vostra carpeta</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Al dia</translation>
        </message>
        <message>
            <source>Updating the sync engine…</source>
            <translation>S'està actualitzant el motor de sincronització…</translation>
        </message>
        <message>
            <source>Your session has expired: sign in again</source>
            <translation>La sessió ha caducat: torneu a iniciar la sessió</translation>
        </message>
    </context>
    <context>
        <name>UpdateCheck</name>
        <message>
            <source>The update information could not be read. Figestió Sync will try again tomorrow.</source>
            <translation>No s'ha pogut llegir la informació d'actualitzacions. El Figestió Sync ho tornarà a provar demà.</translation>
        </message>
    </context>
    <context>
        <name>figestio::AgencyPage</name>
        <message>
            <source>%1 (this computer's agency now)</source>
            <translation>%1 (la que sincronitza ara aquest ordinador)</translation>
        </message>
        <message>
            <source>&amp;Which agency's folder should this computer keep in sync?</source>
            <translation>&amp;Quina carpeta de gestoria ha de sincronitzar aquest ordinador?</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Gestories</translation>
        </message>
        <message>
            <source>Choose your agency</source>
            <translation>Trieu la vostra gestoria</translation>
        </message>
        <message>
            <source>Your account works with more than one agency.</source>
            <translation>El vostre compte treballa amb més d'una gestoria.</translation>
        </message>
    </context>
    <context>
        <name>figestio::AgencySwitch</name>
        <message>
            <source>Nothing was changed: the previous folder keeps syncing.</source>
            <translation>No s'ha canviat res: la carpeta anterior es continua sincronitzant.</translation>
        </message>
        <message>
            <source>The previous folder could not be brought back yet: use Restart the sync engine; if it keeps failing, contact Figestió support.</source>
            <translation>Encara no s'ha pogut recuperar la carpeta anterior: feu servir «Reinicia el motor de sincronització»; si continua fallant, contacteu amb el suport de Figestió.</translation>
        </message>
        <message>
            <source>The sync engine is not running. Use Retry in a moment.</source>
            <translation>El motor de sincronització no està en marxa. Feu servir «Torna-ho a provar» d'aquí a un moment.</translation>
        </message>
    </context>
    <context>
        <name>figestio::Autostart</name>
        <message>
            <source>Keeps your folder in sync with the Figestió server</source>
            <translation>Manté la vostra carpeta sincronitzada amb el servidor de Figestió</translation>
        </message>
        <message>
            <source>Start at login could not be changed.</source>
            <translation>No s'ha pogut canviar l'inici automàtic en entrar.</translation>
        </message>
        <message>
            <source>Start at login could not be turned off.</source>
            <translation>No s'ha pogut desactivar l'inici automàtic en entrar.</translation>
        </message>
        <message>
            <source>Start at login could not be turned on: %1</source>
            <translation>No s'ha pogut activar l'inici automàtic en entrar: %1</translation>
        </message>
    </context>
    <context>
        <name>figestio::ConflictPanel</name>
        <message>
            <source>%1
Yours: %2 · The agency's: %3</source>
            <translation>%1
La vostra: %2 · La de la gestoria: %3</translation>
        </message>
        <message>
            <source>&amp;Needs your attention</source>
            <translation>&amp;Necessita la vostra atenció</translation>
        </message>
        <message>
            <source>Both versions of “%1” were kept: the second one is now “%2”.</source>
            <translation>S'han conservat les dues versions de «%1»: la segona ara és «%2».</translation>
        </message>
        <message>
            <source>Each file was changed here and at the agency at the same time; choose which version to keep</source>
            <translation>Cada fitxer s'ha modificat aquí i a la gestoria alhora; trieu quina versió voleu conservar</translation>
        </message>
        <message>
            <source>Files changed on both sides</source>
            <translation>Fitxers modificats als dos costats</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Conserva les &amp;dues</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Conserva la &amp;meva</translation>
        </message>
        <message>
            <source>Keep the agency's</source>
            <translation>Conserva la de la &amp;gestoria</translation>
        </message>
        <message>
            <source>Keeps both versions: the other one gets a name of its own</source>
            <translation>Conserva les dues versions: l'altra rep un nom propi</translation>
        </message>
        <message>
            <source>Keeps the agency's version of the selected file</source>
            <translation>Conserva la versió de la gestoria del fitxer seleccionat</translation>
        </message>
        <message>
            <source>Keeps this computer's version of the selected file</source>
            <translation>Conserva la versió d'aquest ordinador del fitxer seleccionat</translation>
        </message>
        <message>
            <source>Result of the choice</source>
            <translation>Resultat de l'elecció</translation>
        </message>
        <message>
            <source>The agency's version of “%1” was kept.</source>
            <translation>S'ha conservat la versió de la gestoria de «%1».</translation>
        </message>
        <message>
            <source>Your version of “%1” was kept.</source>
            <translation>S'ha conservat la vostra versió de «%1».</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconeguda</translation>
        </message>
    </context>
    <context>
        <name>figestio::DeletionGuard</name>
        <message>
            <source>Changes in this folder are checked every %1 minutes because it is on a network drive, where changes made by other computers cannot be watched continuously.</source>
            <translation>Els canvis d'aquesta carpeta es revisen cada %1 minuts perquè és en una unitat de xarxa, on els canvis que fan altres ordinadors no es poden vigilar contínuament.</translation>
        </message>
        <message>
            <source>Changes in this folder are checked every %1 minutes because the computer cannot watch all of its subfolders continuously.</source>
            <translation>Els canvis d'aquesta carpeta es revisen cada %1 minuts perquè l'ordinador no pot vigilar contínuament totes les seves subcarpetes.</translation>
        </message>
        <message>
            <source>The folder could not be checked.</source>
            <translation>No s'ha pogut revisar la carpeta.</translation>
        </message>
    </context>
    <context>
        <name>figestio::DeletionWindow</name>
        <message numerus="yes">
            <source>%n file(s) were deleted from your Figestió folder at once (%1 % of the folder).</source>
            <translation>
                <numerusform>S'ha esborrat %n fitxer de la carpeta de Figestió de cop (el %1 % de la carpeta).</numerusform>
                <numerusform>S'han esborrat %n fitxers de la carpeta de Figestió de cop (el %1 % de la carpeta).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) were deleted from your Figestió folder while the app was not running (%1 % of the folder).</source>
            <translation>
                <numerusform>S'ha esborrat %n fitxer de la carpeta de Figestió mentre l'aplicació no s'executava (el %1 % de la carpeta).</numerusform>
                <numerusform>S'han esborrat %n fitxers de la carpeta de Figestió mentre l'aplicació no s'executava (el %1 % de la carpeta).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete them at the agency too</source>
            <translation>&amp;Esborra'ls també a la gestoria</translation>
        </message>
        <message>
            <source>&amp;Restore them</source>
            <translation>&amp;Recupera'ls</translation>
        </message>
        <message>
            <source>Bringing the files back from the agency…</source>
            <translation>Recuperant els fitxers de la gestoria…</translation>
        </message>
        <message>
            <source>Brings the deleted files back into your folder from the agency's copy</source>
            <translation>Torna els fitxers esborrats a la carpeta a partir de la còpia de la gestoria</translation>
        </message>
        <message>
            <source>Delete them at the agency too</source>
            <translation>Esborra'ls també a la gestoria</translation>
        </message>
        <message>
            <source>Deleted files</source>
            <translation>Fitxers esborrats</translation>
        </message>
        <message>
            <source>Deletes the same files from the agency's copy; other devices delete them too</source>
            <translation>Esborra els mateixos fitxers de la còpia de la gestoria; els altres dispositius també els esborren</translation>
        </message>
        <message>
            <source>Deleting the files at the agency…</source>
            <translation>Esborrant els fitxers a la gestoria…</translation>
        </message>
        <message>
            <source>Many files were deleted</source>
            <translation>S'han esborrat molts fitxers</translation>
        </message>
        <message>
            <source>Nothing has been deleted at the agency yet. Do you want them back, or should they be deleted at the agency too?</source>
            <translation>Encara no s'ha esborrat res a la gestoria. Els voleu recuperar o s'han d'esborrar també a la gestoria?</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progrés</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>Recupera'ls</translation>
        </message>
        <message>
            <source>Some of the deleted &amp;files:</source>
            <translation>Alguns dels &amp;fitxers esborrats:</translation>
        </message>
        <message>
            <source>Some of the files that were deleted</source>
            <translation>Alguns dels fitxers que s'han esborrat</translation>
        </message>
        <message>
            <source>That did not work: %1</source>
            <translation>No ha funcionat: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Què ha passat</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… i %n més</numerusform>
                <numerusform>… i %n més</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>figestio::DonePage</name>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Obre la carpeta</translation>
        </message>
        <message>
            <source>Everything is set up.</source>
            <translation>Tot està configurat.</translation>
        </message>
        <message>
            <source>This folder is now kept in sync with your agency:</source>
            <translation>Aquesta carpeta ara es manté sincronitzada amb la vostra gestoria:</translation>
        </message>
        <message>
            <source>You can close this window: Figestió Sync keeps working from its icon in the system tray.</source>
            <translation>Podeu tancar aquesta finestra: el Figestió Sync continua funcionant des de la seva icona a la safata del sistema.</translation>
        </message>
        <message>
            <source>Your folder is syncing</source>
            <translation>La vostra carpeta s'està sincronitzant</translation>
        </message>
    </context>
    <context>
        <name>figestio::FolderIndex</name>
        <message>
            <source>Bringing the deleted files back</source>
            <translation>Recuperant els fitxers esborrats</translation>
        </message>
        <message>
            <source>Holding the deletions</source>
            <translation>Retenint els esborraments</translation>
        </message>
        <message>
            <source>Looking for changes in the folder</source>
            <translation>Buscant canvis a la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's changes</source>
            <translation>Llegint els canvis de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's index</source>
            <translation>Llegint l'índex de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's state</source>
            <translation>Llegint l'estat de la carpeta</translation>
        </message>
        <message>
            <source>Reading what the folder still needs</source>
            <translation>Llegint què falta a la carpeta</translation>
        </message>
        <message>
            <source>Syncing the folder again</source>
            <translation>Tornant a sincronitzar la carpeta</translation>
        </message>
        <message>
            <source>Syncthing is not running.</source>
            <translation>El servei de sincronització no s'està executant.</translation>
        </message>
        <message>
            <source>Syncthing's answer about %1 could not be read.</source>
            <translation>No s'ha pogut llegir la resposta del servei de sincronització sobre %1.</translation>
        </message>
    </context>
    <context>
        <name>figestio::FolderPage</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Navega…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Carpeta:</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Trieu una carpeta</translation>
        </message>
        <message>
            <source>Choose an empty folder or one that only holds your agency's files. Everything in it will be shared with your agency.</source>
            <translation>Trieu una carpeta buida o una que només contingui fitxers de la vostra gestoria. Tot el que hi hagi es compartirà amb la gestoria.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync</source>
            <translation>Trieu la carpeta que voleu sincronitzar</translation>
        </message>
        <message>
            <source>Clear the folder</source>
            <translation>Esborra la carpeta</translation>
        </message>
        <message>
            <source>Folder to keep in sync</source>
            <translation>Carpeta que es manté sincronitzada</translation>
        </message>
        <message>
            <source>Start syncing</source>
            <translation>Comença a sincronitzar</translation>
        </message>
        <message>
            <source>The files of your agency will be kept in this folder.</source>
            <translation>Els fitxers de la vostra gestoria es desaran en aquesta carpeta.</translation>
        </message>
        <message>
            <source>The folder could not be created. Choose another location.</source>
            <translation>No s'ha pogut crear la carpeta. Trieu una altra ubicació.</translation>
        </message>
        <message>
            <source>This folder can be used.</source>
            <translation>Aquesta carpeta es pot fer servir.</translation>
        </message>
        <message>
            <source>This folder does not exist yet; it will be created.</source>
            <translation>Aquesta carpeta encara no existeix; es crearà.</translation>
        </message>
    </context>
    <context>
        <name>figestio::ProgressPage</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Torna-ho a provar</translation>
        </message>
        <message>
            <source>C&amp;hoose another folder…</source>
            <translation>Tria una &amp;altra carpeta…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fet</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Ha fallat</translation>
        </message>
        <message>
            <source>In progress…</source>
            <translation>En curs…</translation>
        </message>
        <message>
            <source>Setting up</source>
            <translation>Configuració en curs</translation>
        </message>
        <message>
            <source>Setup steps</source>
            <translation>Passos de la configuració</translation>
        </message>
        <message>
            <source>The setup could not be completed.</source>
            <translation>No s'ha pogut completar la configuració.</translation>
        </message>
        <message>
            <source>The setup stopped. What went wrong and what to do is below.</source>
            <translation>La configuració s'ha aturat. A continuació trobareu què ha fallat i què cal fer.</translation>
        </message>
        <message>
            <source>This computer is being connected to the Figestió server.</source>
            <translation>S'està connectant aquest ordinador amb el servidor de Figestió.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Pendent</translation>
        </message>
    </context>
    <context>
        <name>figestio::RecoverWindow</name>
        <message numerus="yes">
            <source>%Ln of %1 shown</source>
            <translation>
                <numerusform>%Ln de %1 visible</numerusform>
                <numerusform>%Ln de %1 visibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) restored. They are back in your folder and travel to the agency.</source>
            <translation>
                <numerusform>S'ha recuperat %n fitxer. Torna a ser a la carpeta i viatja cap a la gestoria.</numerusform>
                <numerusform>S'han recuperat %n fitxers. Tornen a ser a la carpeta i viatgen cap a la gestoria.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n previous version(s).</source>
            <translation>
                <numerusform>%n versió anterior.</numerusform>
                <numerusform>%n versions anteriors.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tanca</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaura</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cerca:</translation>
        </message>
        <message>
            <source>(main folder)</source>
            <translation>(carpeta principal)</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Esborrat</translation>
        </message>
        <message>
            <source>Deleted and replaced files</source>
            <translation>Fitxers esborrats i substituïts</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fitxer</translation>
        </message>
        <message>
            <source>Files shown</source>
            <translation>Fitxers visibles</translation>
        </message>
        <message>
            <source>Files that were deleted or replaced from another computer or the agency in the last 30 days. Choose one or several and press Restore: they come back to your folder and to the agency.</source>
            <translation>Fitxers que s'han esborrat o substituït des d'un altre ordinador o des de la gestoria en els darrers 30 dies. Trieu-ne un o més i premeu Restaura: tornaran a la carpeta i a la gestoria.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Looking for previous versions…</source>
            <translation>Cercant versions anteriors…</translation>
        </message>
        <message>
            <source>No file name contains “%1”.</source>
            <translation>Cap nom de fitxer no conté «%1».</translation>
        </message>
        <message>
            <source>Nothing to recover: no file was deleted or replaced in the last 30 days.</source>
            <translation>No hi ha res a recuperar: no s'ha esborrat ni substituït cap fitxer en els darrers 30 dies.</translation>
        </message>
        <message>
            <source>Part of a file name</source>
            <translation>Part del nom d'un fitxer</translation>
        </message>
        <message>
            <source>Previous versions of files, newest first; select one or several to restore</source>
            <translation>Versions anteriors dels fitxers, les més recents primer; seleccioneu-ne una o més per restaurar-les</translation>
        </message>
        <message>
            <source>Puts the selected files back in your folder and sends them to the agency</source>
            <translation>Torna els fitxers seleccionats a la carpeta i els envia a la gestoria</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualitza</translation>
        </message>
        <message>
            <source>Reads the list of previous versions again</source>
            <translation>Torna a llegir la llista de versions anteriors</translation>
        </message>
        <message>
            <source>Recover files</source>
            <translation>Recupera fitxers</translation>
        </message>
        <message>
            <source>Recovery status</source>
            <translation>Estat de la recuperació</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Substituït</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurant…</translation>
        </message>
        <message>
            <source>Search files</source>
            <translation>Cerca fitxers</translation>
        </message>
        <message>
            <source>Shows only the files whose name contains this text</source>
            <translation>Mostra només els fitxers el nom dels quals conté aquest text</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Mida</translation>
        </message>
        <message>
            <source>The list could not be read: %1</source>
            <translation>No s'ha pogut llegir la llista: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Què ha passat</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quan</translation>
        </message>
        <message>
            <source>“%1” could not be restored: %2</source>
            <translation>No s'ha pogut restaurar «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::RestClient</name>
        <message>
            <source>%1: Syncthing answered with error %2 (%3).</source>
            <translation>%1: el servei de sincronització ha respost amb l'error %2 (%3).</translation>
        </message>
        <message>
            <source>%1: Syncthing cannot be reached (%2).</source>
            <translation>%1: no es pot contactar amb el servei de sincronització (%2).</translation>
        </message>
        <message>
            <source>%1: Syncthing did not answer in time.</source>
            <translation>%1: el servei de sincronització no ha respost a temps.</translation>
        </message>
        <message>
            <source>%1: Syncthing refused the app's key.</source>
            <translation>%1: el servei de sincronització ha rebutjat la clau de l'aplicació.</translation>
        </message>
        <message>
            <source>%1: Syncthing rejected the request (%2).</source>
            <translation>%1: el servei de sincronització ha rebutjat la petició (%2).</translation>
        </message>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: s'esperava una llista</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: s'esperava un objecte</translation>
        </message>
        <message>
            <source>%1: not found (%2).</source>
            <translation>%1: no s'ha trobat (%2).</translation>
        </message>
        <message>
            <source>%1: the answer is not valid JSON</source>
            <translation>%1: la resposta no és JSON vàlid</translation>
        </message>
        <message>
            <source>%1: unexpected answer.</source>
            <translation>%1: resposta inesperada.</translation>
        </message>
        <message>
            <source>Adding the server to Syncthing</source>
            <translation>Afegint el servidor al servei de sincronització</translation>
        </message>
        <message>
            <source>Checking Syncthing</source>
            <translation>Comprovant el servei de sincronització</translation>
        </message>
        <message>
            <source>Configuring Syncthing</source>
            <translation>Configurant el servei de sincronització</translation>
        </message>
        <message>
            <source>Following Syncthing's events</source>
            <translation>Seguint l'activitat del servei de sincronització</translation>
        </message>
        <message>
            <source>Keeping previous versions of files</source>
            <translation>Activant les versions anteriors dels fitxers</translation>
        </message>
        <message>
            <source>Locking Syncthing's access</source>
            <translation>Tancant l'accés al servei de sincronització</translation>
        </message>
        <message>
            <source>No server device to pause.</source>
            <translation>No hi ha cap servidor per posar en pausa.</translation>
        </message>
        <message>
            <source>No server device to resume.</source>
            <translation>No hi ha cap servidor per reprendre.</translation>
        </message>
        <message>
            <source>Pausing the connection to the server</source>
            <translation>Posant en pausa la connexió amb el servidor</translation>
        </message>
        <message>
            <source>Pausing the folder</source>
            <translation>Posant en pausa la carpeta</translation>
        </message>
        <message>
            <source>Reading Syncthing's access settings</source>
            <translation>Llegint els permisos d'accés del servei de sincronització</translation>
        </message>
        <message>
            <source>Reading Syncthing's connections</source>
            <translation>Llegint les connexions del servei de sincronització</translation>
        </message>
        <message>
            <source>Reading Syncthing's devices</source>
            <translation>Llegint els equips del servei de sincronització</translation>
        </message>
        <message>
            <source>Reading Syncthing's folders</source>
            <translation>Llegint les carpetes del servei de sincronització</translation>
        </message>
        <message>
            <source>Reading Syncthing's options</source>
            <translation>Llegint les opcions del servei de sincronització</translation>
        </message>
        <message>
            <source>Reading Syncthing's status</source>
            <translation>Llegint l'estat del servei de sincronització</translation>
        </message>
        <message>
            <source>Reading the folder's errors</source>
            <translation>Llegint els errors de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's history</source>
            <translation>Llegint l'historial de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's state</source>
            <translation>Llegint l'estat de la carpeta</translation>
        </message>
        <message>
            <source>Reading the server's progress</source>
            <translation>Llegint el progrés del servidor</translation>
        </message>
        <message>
            <source>Reading when the server was last seen</source>
            <translation>Llegint quan es va veure el servidor per última vegada</translation>
        </message>
        <message>
            <source>Removing a device from Syncthing</source>
            <translation>Traient un equip del servei de sincronització</translation>
        </message>
        <message>
            <source>Removing the synced folder</source>
            <translation>Traient la carpeta sincronitzada</translation>
        </message>
        <message>
            <source>Resuming the connection to the server</source>
            <translation>Reprenent la connexió amb el servidor</translation>
        </message>
        <message>
            <source>Resuming the folder</source>
            <translation>Reprenent la carpeta</translation>
        </message>
        <message>
            <source>Setting the server's addresses</source>
            <translation>Establint les adreces del servidor</translation>
        </message>
        <message>
            <source>Setting up the synced folder</source>
            <translation>Configurant la carpeta sincronitzada</translation>
        </message>
        <message>
            <source>Stopping Syncthing</source>
            <translation>Aturant el servei de sincronització</translation>
        </message>
        <message>
            <source>the connection closed before the answer</source>
            <translation>la connexió s'ha tancat abans de la resposta</translation>
        </message>
    </context>
    <context>
        <name>figestio::SettingsDialog</name>
        <message>
            <source>&amp;Copy diagnostic report</source>
            <translation>&amp;Copia l'informe de diagnòstic</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Llengua:</translation>
        </message>
        <message>
            <source>&amp;Start Figestió Sync when I log in to this computer</source>
            <translation>&amp;Inicia el Figestió Sync quan entri en aquest ordinador</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel·la</translation>
        </message>
        <message>
            <source>Change &amp;agency…</source>
            <translation>Canvia de &amp;gestoria…</translation>
        </message>
        <message>
            <source>Change agency</source>
            <translation>Canvia de gestoria</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tanca</translation>
        </message>
        <message>
            <source>Figestió Sync settings</source>
            <translation>Configuració del Figestió Sync</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>If something does not work, copy the diagnostic report and send it to Figestió support. It contains no passwords.</source>
            <translation>Si alguna cosa no funciona, copieu l'informe de diagnòstic i envieu-lo al suport de Figestió. No conté cap contrasenya.</translation>
        </message>
        <message>
            <source>If you only sign out, your folder keeps syncing with your agency; sign in again whenever you like.

If you also stop syncing, this computer is unlinked from your agency and nothing more is synced. The files already in your folder stay on this computer.</source>
            <translation>Si només tanqueu la sessió, la carpeta continua sincronitzant-se amb la vostra gestoria; podeu tornar a iniciar la sessió quan vulgueu.

Si també deixeu de sincronitzar, aquest ordinador es desvincula de la gestoria i ja no se sincronitza res més. Els fitxers que ja són a la carpeta es queden en aquest ordinador.</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Sessió no iniciada.</translation>
        </message>
        <message>
            <source>Only sign out</source>
            <translation>Només tanca la sessió</translation>
        </message>
        <message>
            <source>Open the logs &amp;folder</source>
            <translation>Obre la carpeta de &amp;registres</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>&amp;Tanca la sessió…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Tanca la sessió</translation>
        </message>
        <message>
            <source>Sign out and stop syncing</source>
            <translation>Tanca la sessió i deixa de sincronitzar</translation>
        </message>
        <message>
            <source>Sign out of Figestió Sync?</source>
            <translation>Voleu tancar la sessió del Figestió Sync?</translation>
        </message>
        <message>
            <source>Signed in as %1, for %2.</source>
            <translation>Sessió iniciada com a %1, per a %2.</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>Sessió iniciada com a %1.</translation>
        </message>
        <message>
            <source>Sync the folder of another of your agencies instead. The current folder stops syncing; its files stay on this computer.</source>
            <translation>Sincronitza la carpeta d'una altra de les vostres gestories. La carpeta actual deixa de sincronitzar-se; els seus fitxers es queden en aquest ordinador.</translation>
        </message>
        <message>
            <source>The report was copied. Paste it into your message to support.</source>
            <translation>S'ha copiat l'informe. Enganxeu-lo al vostre missatge per al suport.</translation>
        </message>
        <message>
            <source>Your session has expired. Sign in again from the tray menu.</source>
            <translation>La sessió ha caducat. Torneu a iniciar la sessió des del menú de la safata.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SetupFlow</name>
        <message>
            <source>Connecting to the server</source>
            <translation>Connexió amb el servidor</translation>
        </message>
        <message>
            <source>Contacting the Figestió server</source>
            <translation>Contacte amb el servidor de Figestió</translation>
        </message>
        <message>
            <source>No folder was chosen.</source>
            <translation>No s'ha triat cap carpeta.</translation>
        </message>
        <message>
            <source>Registering this computer</source>
            <translation>Registre d'aquest ordinador</translation>
        </message>
        <message>
            <source>Reinstall Figestió Sync, then use Retry.</source>
            <translation>Torneu a instal·lar el Figestió Sync i feu servir «Torna-ho a provar».</translation>
        </message>
        <message>
            <source>Setting up your folder</source>
            <translation>Preparació de la vostra carpeta</translation>
        </message>
        <message>
            <source>Starting the sync engine</source>
            <translation>Inici del servei de sincronització</translation>
        </message>
        <message>
            <source>The Figestió server could not be contacted.</source>
            <translation>No s'ha pogut contactar amb el servidor de Figestió.</translation>
        </message>
        <message>
            <source>The Figestió server did not give an address this computer can connect to (tcp:// or quic://). Contact Figestió support.</source>
            <translation>El servidor de Figestió no ha donat cap adreça a la qual aquest ordinador es pugui connectar (tcp:// o quic://). Poseu-vos en contacte amb el suport de Figestió.</translation>
        </message>
        <message>
            <source>The app is closing.</source>
            <translation>L'aplicació s'està tancant.</translation>
        </message>
        <message>
            <source>The connection to the server could not be prepared.</source>
            <translation>No s'ha pogut preparar la connexió amb el servidor.</translation>
        </message>
        <message>
            <source>The server's answer was not for this computer.</source>
            <translation>La resposta del servidor no era per a aquest ordinador.</translation>
        </message>
        <message>
            <source>The sync engine could not start.</source>
            <translation>El servei de sincronització no s'ha pogut iniciar.</translation>
        </message>
        <message>
            <source>The sync engine did not start in time.</source>
            <translation>El servei de sincronització no s'ha iniciat a temps.</translation>
        </message>
        <message>
            <source>The sync engine's identity could not be changed (%1).</source>
            <translation>No s'ha pogut canviar la identitat del motor de sincronització (%1).</translation>
        </message>
        <message>
            <source>This computer could not be registered.</source>
            <translation>No s'ha pogut registrar aquest ordinador.</translation>
        </message>
        <message>
            <source>Use Retry. If it keeps failing, contact Figestió support.</source>
            <translation>Feu servir «Torna-ho a provar». Si continua fallant, contacteu amb el suport de Figestió.</translation>
        </message>
        <message>
            <source>Your account cannot register computers for this agency. Ask your agency's Figestió administrator, then use Retry.</source>
            <translation>El vostre compte no pot registrar ordinadors per a aquesta gestoria. Demaneu-ho a l'administrador de Figestió de la gestoria i feu servir «Torna-ho a provar».</translation>
        </message>
        <message>
            <source>Your folder could not be set up.</source>
            <translation>No s'ha pogut configurar la vostra carpeta.</translation>
        </message>
        <message>
            <source>Your folder is ready</source>
            <translation>La vostra carpeta està a punt</translation>
        </message>
    </context>
    <context>
        <name>figestio::SetupWizard</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Enrere</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finalitza</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Següent</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tanca</translation>
        </message>
        <message>
            <source>Close the setup?</source>
            <translation>Voleu tancar la configuració?</translation>
        </message>
        <message>
            <source>Continue the setup</source>
            <translation>Continua la configuració</translation>
        </message>
        <message>
            <source>Figestió Sync is not set up yet.</source>
            <translation>El Figestió Sync encara no està configurat.</translation>
        </message>
        <message>
            <source>Keep %1</source>
            <translation>Mantén %1</translation>
        </message>
        <message>
            <source>Set up %1</source>
            <translation>Configura %1</translation>
        </message>
        <message>
            <source>Set up Figestió Sync</source>
            <translation>Posada en marxa del Figestió Sync</translation>
        </message>
        <message>
            <source>Set up another agency?</source>
            <translation>Voleu configurar una altra gestoria?</translation>
        </message>
        <message>
            <source>The folder of %1 stops syncing with Figestió. Its files stay on this computer.</source>
            <translation>La carpeta de %1 deixa de sincronitzar-se amb Figestió. Els seus fitxers es queden en aquest ordinador.</translation>
        </message>
        <message>
            <source>The folder of %1 stops syncing.</source>
            <translation>La carpeta de %1 deixa de sincronitzar-se.</translation>
        </message>
        <message>
            <source>This computer syncs the folder of %1. Do you want to sync the folder of %2 instead?</source>
            <translation>Aquest ordinador sincronitza la carpeta de %1. Voleu sincronitzar la carpeta de %2 en lloc seu?</translation>
        </message>
        <message>
            <source>To finish it later, choose “Set up…” in the menu of the Figestió Sync icon in the system tray.</source>
            <translation>Per acabar-la més tard, trieu «Configura…» al menú de la icona del Figestió Sync a la safata del sistema.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SidecarProcess</name>
        <message>
            <source>Syncthing keeps stopping unexpectedly (%1 times in a row), so the app gave up restarting it. Its log is in %2.</source>
            <translation>El servei de sincronització s'atura inesperadament una vegada i una altra (%1 vegades seguides) i l'aplicació ha deixat de reiniciar-lo. El registre és a %2.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SignInPage</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel·la</translation>
        </message>
        <message>
            <source>Copy the sign-in link</source>
            <translation>Copia l'enllaç d'inici de sessió</translation>
        </message>
        <message>
            <source>Link copied</source>
            <translation>S'ha copiat l'enllaç</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Inici de sessió</translation>
        </message>
        <message>
            <source>Sign in with the browser</source>
            <translation>Inicia la sessió amb el navegador</translation>
        </message>
        <message>
            <source>Signing in</source>
            <translation>S'està iniciant la sessió</translation>
        </message>
        <message>
            <source>The sign-in did not succeed.</source>
            <translation>No s'ha pogut iniciar la sessió.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Torna-ho a provar</translation>
        </message>
        <message>
            <source>Use your Figestió account, the same one you use on the website.</source>
            <translation>Feu servir el vostre compte de Figestió, el mateix que al web.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in…</source>
            <translation>S'espera que inicieu la sessió…</translation>
        </message>
        <message>
            <source>Waiting for your browser…
Finish signing in on the page that opened, then come back here.</source>
            <translation>S'espera el navegador…
Acabeu d'iniciar la sessió a la pàgina que s'ha obert i torneu aquí.</translation>
        </message>
        <message>
            <source>Your browser did not open by itself. Copy the sign-in link and paste it into your browser's address bar.</source>
            <translation>El navegador no s'ha obert sol. Copieu l'enllaç d'inici de sessió i enganxeu-lo a la barra d'adreces del navegador.</translation>
        </message>
        <message>
            <source>Your web browser will open the Figestió sign-in page. Sign in there, then come back to this window.</source>
            <translation>El navegador obrirà la pàgina d'inici de sessió de Figestió. Inicieu-hi la sessió i torneu a aquesta finestra.</translation>
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
            <translation>&amp;Tanca</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Obre la carpeta</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>Fitxers &amp;recents</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuració…</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Gestoria:</translation>
        </message>
        <message>
            <source>Are my files safe?</source>
            <translation>Els meus fitxers són a bon recer?</translation>
        </message>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>No es pot contactar amb el servidor de Figestió</translation>
        </message>
        <message>
            <source>Connected to the Figestió server</source>
            <translation>Connectat al servidor de Figestió</translation>
        </message>
        <message>
            <source>Could not be synced</source>
            <translation>No s'ha pogut sincronitzar</translation>
        </message>
        <message>
            <source>Could not be synced: %1</source>
            <translation>No s'ha pogut sincronitzar: %1</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Esborrat</translation>
        </message>
        <message>
            <source>Figestió Sync status</source>
            <translation>Estat del Figestió Sync</translation>
        </message>
        <message>
            <source>Files deleted or replaced in the last 30 days, to bring back</source>
            <translation>Fitxers esborrats o substituïts en els darrers 30 dies, per recuperar-los</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>How changes are noticed</source>
            <translation>Com es detecten els canvis</translation>
        </message>
        <message>
            <source>Last sync:</source>
            <translation>Última sincronització:</translation>
        </message>
        <message>
            <source>No files synced yet.</source>
            <translation>Encara no s'ha sincronitzat cap fitxer.</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>Cap de triada</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>No connectat</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Encara no està configurat</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Sessió no iniciada</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemes</translation>
        </message>
        <message>
            <source>Received from your agency</source>
            <translation>Rebut de la vostra gestoria</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Fitxers recents</translation>
        </message>
        <message>
            <source>Reco&amp;ver files…</source>
            <translation>Recu&amp;pera fitxers…</translation>
        </message>
        <message>
            <source>Restart the sync &amp;engine</source>
            <translation>Reinicia el &amp;motor de sincronització</translation>
        </message>
        <message>
            <source>Restart the sync engine</source>
            <translation>Reinicia el motor de sincronització</translation>
        </message>
        <message>
            <source>Sent to your agency</source>
            <translation>Enviat a la vostra gestoria</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <source>Sign &amp;in again…</source>
            <translation>Torna a &amp;iniciar la sessió…</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Sessió iniciada com a:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estat</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Progrés de la sincronització</translation>
        </message>
        <message>
            <source>The app stopped restarting the sync engine after it failed several times in a row: try again</source>
            <translation>L'aplicació ha deixat de reiniciar el motor de sincronització perquè ha fallat diverses vegades seguides: torneu-ho a provar</translation>
        </message>
        <message>
            <source>Whether every file of the folder is on the Figestió server, and when that was last checked</source>
            <translation>Si tots els fitxers de la carpeta són al servidor de Figestió, i quan es va comprovar per última vegada</translation>
        </message>
        <message>
            <source>Your session has expired: sign in again</source>
            <translation>La sessió ha caducat: torneu a iniciar la sessió</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncState</name>
        <message>
            <source>Needs attention</source>
            <translation>Cal revisar-ho</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Encara no està configurat</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Server offline</source>
            <translation>Servidor no disponible</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>S'està iniciant…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Aturat</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sincronitzant</translation>
        </message>
        <message>
            <source>Syncing (%1%)</source>
            <translation>Sincronitzant (%1%)</translation>
        </message>
        <message>
            <source>The app has no permission to write or read this file.</source>
            <translation>L'aplicació no té permís per llegir o escriure aquest fitxer.</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>El disc és ple.</translation>
        </message>
        <message>
            <source>The disk is read-only.</source>
            <translation>El disc és només de lectura.</translation>
        </message>
        <message>
            <source>The file changed while it was being synced; it will be retried.</source>
            <translation>El fitxer ha canviat mentre es sincronitzava; es tornarà a provar.</translation>
        </message>
        <message>
            <source>The file name has characters the server cannot store.</source>
            <translation>El nom del fitxer té caràcters que el servidor no pot desar.</translation>
        </message>
        <message>
            <source>The file name is too long.</source>
            <translation>El nom del fitxer és massa llarg.</translation>
        </message>
        <message>
            <source>The file or folder no longer exists.</source>
            <translation>El fitxer o la carpeta ja no existeix.</translation>
        </message>
        <message>
            <source>The folder was moved, deleted or its disk is not connected.</source>
            <translation>La carpeta s'ha mogut o esborrat, o el seu disc no està connectat.</translation>
        </message>
        <message>
            <source>The server does not have this file's latest version yet.</source>
            <translation>El servidor encara no té la darrera versió d'aquest fitxer.</translation>
        </message>
        <message>
            <source>The server went offline while the file was being copied.</source>
            <translation>El servidor s'ha desconnectat mentre es copiava el fitxer.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk.</source>
            <translation>No hi ha prou espai lliure al disc.</translation>
        </message>
        <message>
            <source>Unknown error.</source>
            <translation>Error desconegut.</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Al dia</translation>
        </message>
        <message>
            <source>Updating the sync engine…</source>
            <translation>S'està actualitzant el motor de sincronització…</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncthingHome</name>
        <message>
            <source>Cannot create Syncthing's folder %1.</source>
            <translation>No es pot crear la carpeta del servei de sincronització %1.</translation>
        </message>
        <message>
            <source>Syncthing could not prepare its settings in %1.</source>
            <translation>El servei de sincronització no ha pogut preparar la configuració a %1.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncthingService</name>
        <message>
            <source>Syncthing could not be configured: %1</source>
            <translation>No s'ha pogut configurar el servei de sincronització: %1</translation>
        </message>
        <message>
            <source>Syncthing is not running.</source>
            <translation>El servei de sincronització no s'està executant.</translation>
        </message>
        <message>
            <source>The server is not set up yet.</source>
            <translation>El servidor encara no està configurat.</translation>
        </message>
        <message>
            <source>The sync engine is not responding</source>
            <translation>El motor de sincronització no respon</translation>
        </message>
    </context>
    <context>
        <name>figestio::TrayIcon</name>
        <message numerus="yes">
            <source>%n file(s) could not be synced. Open the status window to see which.</source>
            <translation>
                <numerusform>No s'ha pogut sincronitzar %n fitxer. Obriu la finestra d'estat per veure quin.</numerusform>
                <numerusform>No s'han pogut sincronitzar %n fitxers. Obriu la finestra d'estat per veure quins.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) disappeared from your folder at once. Nothing has been deleted at the agency yet: click to choose what to do.</source>
            <translation>
                <numerusform>%n fitxer ha desaparegut de la carpeta de cop. Encara no s'ha esborrat res a la gestoria: feu clic per triar què fer.</numerusform>
                <numerusform>%n fitxers han desaparegut de la carpeta de cop. Encara no s'ha esborrat res a la gestoria: feu clic per triar què fer.</numerusform>
            </translation>
        </message>
        <message>
            <source>A file could not be synced</source>
            <translation>No s'ha pogut sincronitzar un fitxer</translation>
        </message>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>No es pot contactar amb el servidor de Figestió</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Tanca l'avís</translation>
        </message>
        <message>
            <source>Many files were deleted</source>
            <translation>S'han esborrat molts fitxers</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Obre la carpeta</translation>
        </message>
        <message>
            <source>Please sign in again</source>
            <translation>Torneu a iniciar la sessió</translation>
        </message>
        <message>
            <source>Quit Figestió Sync</source>
            <translation>Surt del Figestió Sync</translation>
        </message>
        <message>
            <source>Recover files…</source>
            <translation>Recupera fitxers…</translation>
        </message>
        <message>
            <source>Restart the sync engine</source>
            <translation>Reinicia el motor de sincronització</translation>
        </message>
        <message>
            <source>Set up…</source>
            <translation>Configura…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuració…</translation>
        </message>
        <message>
            <source>Sign in again…</source>
            <translation>Torna a iniciar la sessió…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Tanca la sessió</translation>
        </message>
        <message>
            <source>Some files could not be synced</source>
            <translation>No s'han pogut sincronitzar alguns fitxers</translation>
        </message>
        <message>
            <source>Status…</source>
            <translation>Estat…</translation>
        </message>
        <message numerus="yes">
            <source>This computer has not been able to reach the Figestió server for %n minute(s). Check the Internet connection; your files will be synced as soon as it is back.</source>
            <translation>
                <numerusform>Fa %n minut que aquest ordinador no pot contactar amb el servidor de Figestió. Comproveu la connexió a Internet; els fitxers se sincronitzaran tan bon punt torni.</numerusform>
                <numerusform>Fa %n minuts que aquest ordinador no pot contactar amb el servidor de Figestió. Comproveu la connexió a Internet; els fitxers se sincronitzaran tan bon punt torni.</numerusform>
            </translation>
        </message>
        <message>
            <source>Two versions of a file</source>
            <translation>Dues versions d'un fitxer</translation>
        </message>
        <message>
            <source>Version %1 is available: download…</source>
            <translation>La versió %1 ja està disponible: baixa-la…</translation>
        </message>
        <message>
            <source>Your Figestió session has expired. Your folder keeps syncing; sign in again to keep everything working.</source>
            <translation>La vostra sessió de Figestió ha caducat. La carpeta continua sincronitzant-se; torneu a iniciar la sessió perquè tot continuï funcionant.</translation>
        </message>
        <message>
            <source>Your folder is not syncing</source>
            <translation>La vostra carpeta no s'està sincronitzant</translation>
        </message>
        <message>
            <source>“%1” was changed here and at your agency at the same time. Both versions were kept: open the status window to choose which one to keep.</source>
            <translation>«%1» s'ha modificat aquí i a la vostra gestoria alhora. S'han conservat les dues versions: obriu la finestra d'estat per triar quina voleu conservar.</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::UnattendedSetup</name>
        <message>
            <source>No agency is chosen. Sign in again with --agency.</source>
            <translation>No s'ha triat cap gestoria. Torneu a iniciar la sessió amb --agency.</translation>
        </message>
        <message>
            <source>Setting up %1 for %2</source>
            <translation>Configurant %1 per a %2</translation>
        </message>
        <message>
            <source>Switching to agency %1…</source>
            <translation>Canviant a la gestoria %1…</translation>
        </message>
        <message>
            <source>The agency %1 cannot be used: %2</source>
            <translation>No es pot fer servir la gestoria %1: %2</translation>
        </message>
        <message>
            <source>You are not signed in. Run "figestio-sync --sign-in" first.</source>
            <translation>No heu iniciat la sessió. Executeu primer «figestio-sync --sign-in».</translation>
        </message>
        <message>
            <source>Your folder is set up and syncing.</source>
            <translation>La carpeta està configurada i s'està sincronitzant.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Sign in again.</source>
            <translation>La sessió ha caducat. Torneu a iniciar la sessió.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fet</translation>
        </message>
    </context>
    <context>
        <name>figestio::UpdateCheck</name>
        <message>
            <source>Could not check for updates. Figestió Sync will try again tomorrow.</source>
            <translation>No s'ha pogut comprovar si hi ha actualitzacions. El Figestió Sync ho tornarà a provar demà.</translation>
        </message>
    </context>
    <context>
        <name>figestio::UpdateNoticeLabel</name>
        <message>
            <source>A newer version is available, with its download link.</source>
            <translation>Hi ha una versió més nova disponible, amb l'enllaç per baixar-la.</translation>
        </message>
        <message>
            <source>Download it</source>
            <translation>Baixeu-la</translation>
        </message>
        <message>
            <source>Figestió Sync %1</source>
            <translation>Figestió Sync %1</translation>
        </message>
        <message>
            <source>Help and support</source>
            <translation>Ajuda i assistència</translation>
        </message>
        <message>
            <source>This version of Figestió Sync and where to get help.</source>
            <translation>Aquesta versió del Figestió Sync i on trobar ajuda.</translation>
        </message>
        <message>
            <source>Version %1 is available.</source>
            <translation>La versió %1 ja està disponible.</translation>
        </message>
        <message>
            <source>Version and updates</source>
            <translation>Versió i actualitzacions</translation>
        </message>
    </context>
    <context>
        <name>figestio::VersionsClient</name>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: s'esperava una llista</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: s'esperava un objecte</translation>
        </message>
        <message>
            <source>Reading the previous versions of files</source>
            <translation>Llegint les versions anteriors dels fitxers</translation>
        </message>
        <message>
            <source>Restoring files</source>
            <translation>Restaurant fitxers</translation>
        </message>
        <message>
            <source>The sync service is not running.</source>
            <translation>El servei de sincronització no s'està executant.</translation>
        </message>
        <message>
            <source>Unknown error.</source>
            <translation>Error desconegut.</translation>
        </message>
    </context>
    <context>
        <name>figestio::WelcomePage</name>
        <message>
            <source>After that, Figestió Sync works quietly from its icon in the system tray.</source>
            <translation>Després, el Figestió Sync treballa discretament des de la seva icona a la safata del sistema.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync.</source>
            <translation>Trieu la carpeta que voleu sincronitzar.</translation>
        </message>
        <message>
            <source>Figestió Sync keeps a folder on this computer identical to your agency's folder on the Figestió server. Files you save there reach your agency, and the files your agency shares with you appear there.

Setting it up takes a minute:</source>
            <translation>El Figestió Sync manté una carpeta d'aquest ordinador idèntica a la carpeta de la vostra gestoria al servidor de Figestió. Els fitxers que hi deseu arriben a la gestoria, i els fitxers que la gestoria comparteix amb vós hi apareixen.

Configurar-lo només costa un minut:</translation>
        </message>
        <message>
            <source>Keep a folder on this computer in sync with your agency.</source>
            <translation>Mantingueu una carpeta d'aquest ordinador sincronitzada amb la vostra gestoria.</translation>
        </message>
        <message>
            <source>Sign in with your Figestió account, in your web browser.</source>
            <translation>Inicieu la sessió amb el vostre compte de Figestió, al navegador web.</translation>
        </message>
        <message>
            <source>That's all: your files stay up to date by themselves.</source>
            <translation>I ja està: els fitxers es mantenen al dia sols.</translation>
        </message>
        <message>
            <source>Welcome to Figestió Sync</source>
            <translation>Us donem la benvinguda al Figestió Sync</translation>
        </message>
    </context>
</TS>
