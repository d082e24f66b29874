<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AuthCommands</name>
        <message>
            <source>Access expires: %1 (renewed automatically)</source>
            <translation>El acceso caduca: %1 (se renueva automáticamente)</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Gestoría: %1</translation>
        </message>
        <message>
            <source>Could not open a browser. Open this address to sign in:</source>
            <translation>No se ha podido abrir el navegador. Abra esta dirección para iniciar sesión:</translation>
        </message>
        <message>
            <source>Figestió Sync is running and holds the session. Quit Figestió Sync first (“Quit Figestió Sync” in its menu), then run this command again.</source>
            <translation>Figestió Sync se está ejecutando y tiene la sesión. Cierre primero Figestió Sync («Salir de Figestió Sync» en su menú) y vuelva a ejecutar esta orden.</translation>
        </message>
        <message>
            <source>Not signed in. Run figestio-sync --sign-in.</source>
            <translation>No ha iniciado sesión. Ejecute figestio-sync --sign-in.</translation>
        </message>
        <message>
            <source>Signed in as: %1</source>
            <translation>Sesión iniciada como: %1</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Se ha cerrado la sesión.</translation>
        </message>
        <message>
            <source>Use only one of --sign-in, --whoami and --sign-out.</source>
            <translation>Use solo una de las opciones --sign-in, --whoami y --sign-out.</translation>
        </message>
        <message>
            <source>You belong to several agencies. Run again with --agency and one of these:</source>
            <translation>Pertenece a varias gestorías. Vuelva a ejecutar la orden con --agency y una de estas:</translation>
        </message>
        <message>
            <source>You do not belong to the agency “%1”. Choose one of:</source>
            <translation>No pertenece a la gestoría «%1». Elija una de estas:</translation>
        </message>
        <message>
            <source>Your browser has been opened: sign in there to continue.</source>
            <translation>Se ha abierto el navegador: inicie sesión en él para continuar.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
    </context>
    <context>
        <name>BackendConfig</name>
        <message>
            <source>The server address “%1” is not secure (https is required).</source>
            <translation>La dirección del servidor «%1» no es segura (se requiere https).</translation>
        </message>
        <message>
            <source>The server address “%1” is not valid.</source>
            <translation>La dirección del servidor «%1» no es válida.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Ask the running instance to stop syncing and quit; wait until it has exited.</source>
            <translation>Pide a la instancia en ejecución que deje de sincronizar y se cierre; espera a que se haya cerrado.</translation>
        </message>
        <message>
            <source>Delete the stored session and exit.</source>
            <translation>Borra la sesión guardada y sale.</translation>
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
            <translation>Códigos de salida:
  0  correcto
  1  otro error
  2  orden incorrecta
  3  sesión no iniciada o caducada
  4  el llavero del sistema no está disponible o está bloqueado
  5  no se ha podido contactar con el servidor o ha respondido con un error
  6  inicio de sesión cancelado, denegado o agotado el tiempo
  7  ninguna gestoría, o varias y --agency falta o es incorrecta
  8  --status, --quit: Figestió Sync no se está ejecutando
  9  --setup-folder: ha fallado un paso de la configuración</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Keeps your folder in sync with the Figestió server.</source>
            <translation>Mantiene su carpeta sincronizada con el servidor de Figestió.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>RUTA</translation>
        </message>
        <message>
            <source>Print the running instance's state as JSON and exit.</source>
            <translation>Muestra el estado de la aplicación en ejecución en JSON y sale.</translation>
        </message>
        <message>
            <source>Print the signed-in user, the agency and when the access expires, then exit.</source>
            <translation>Muestra el usuario que ha iniciado sesión, la gestoría y cuándo caduca el acceso, y sale.</translation>
        </message>
        <message>
            <source>Set up syncing of PATH unattended (signed-in user), then keep syncing from the tray.</source>
            <translation>Configura la sincronización de RUTA sin intervención (usuario con la sesión iniciada) y sigue sincronizando desde la bandeja.</translation>
        </message>
        <message>
            <source>Sign in through the browser, store the session in the system keychain, print who is signed in and exit.</source>
            <translation>Inicia sesión con el navegador, guarda la sesión en el llavero del sistema, muestra quién la ha iniciado y sale.</translation>
        </message>
        <message>
            <source>Start in the tray without opening a window.</source>
            <translation>Se inicia en la bandeja sin abrir ninguna ventana.</translation>
        </message>
        <message>
            <source>With --sign-in or --setup-folder: the agency to use when you belong to several.</source>
            <translation>Con --sign-in o --setup-folder: la gestoría que se usará cuando pertenezca a varias.</translation>
        </message>
    </context>
    <context>
        <name>ConflictList</name>
        <message>
            <source>copy of the agency</source>
            <translation>copia de la gestoría</translation>
        </message>
        <message>
            <source>copy of this computer</source>
            <translation>copia del ordenador</translation>
        </message>
        <message>
            <source>“%1” could not be deleted.</source>
            <translation>No se ha podido eliminar «%1».</translation>
        </message>
        <message>
            <source>“%1” could not be renamed.</source>
            <translation>No se ha podido cambiar el nombre de «%1».</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>No se ha podido sustituir «%1».</translation>
        </message>
        <message>
            <source>“%1” is no longer there: the conflict was already resolved.</source>
            <translation>«%1» ya no está: el conflicto ya se ha resuelto.</translation>
        </message>
    </context>
    <context>
        <name>FigestioApi</name>
        <message>
            <source>Getting the Figestió server's details</source>
            <translation>Obteniendo los datos del servidor de Figestió</translation>
        </message>
        <message>
            <source>Linking this computer to your agency</source>
            <translation>Vinculando este ordenador a su gestoría</translation>
        </message>
        <message>
            <source>Listing your agencies</source>
            <translation>Obteniendo sus gestorías</translation>
        </message>
        <message>
            <source>The Figestió server's answer could not be read (%1). Try again later; if it keeps happening, contact Figestió support.</source>
            <translation>No se ha podido leer la respuesta del servidor de Figestió (%1). Vuelva a intentarlo más tarde; si sigue ocurriendo, contacte con el soporte de Figestió.</translation>
        </message>
        <message>
            <source>The server did not accept this computer's sync identity. Restart Figestió Sync and try again.</source>
            <translation>El servidor no ha aceptado la identidad de sincronización de este ordenador. Reinicie Figestió Sync y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This computer is already linked to another agency. Ask Figestió support to release it, then try again.</source>
            <translation>Este ordenador ya está vinculado a otra gestoría. Pida al soporte de Figestió que lo libere y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>No ha iniciado sesión.</translation>
        </message>
        <message>
            <source>agencies: expected a list</source>
            <translation>agencies: se esperaba una lista</translation>
        </message>
        <message>
            <source>claim.claimed_at: not a date and time</source>
            <translation>claim.claimed_at: no es una fecha y hora</translation>
        </message>
    </context>
    <context>
        <name>FolderCheck</name>
        <message>
            <source>"%1" belongs to the system and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>«%1» pertenece al sistema y no se puede sincronizar. Elija una carpeta dentro de su carpeta personal.</translation>
        </message>
        <message>
            <source>"%1" contains another synced folder ("%2"). Choose a folder that does not.</source>
            <translation>«%1» contiene otra carpeta sincronizada («%2»). Elija una carpeta que no contenga ninguna.</translation>
        </message>
        <message>
            <source>"%1" contains your home folder and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>«%1» contiene su carpeta personal y no se puede sincronizar. Elija una carpeta dentro de su carpeta personal.</translation>
        </message>
        <message>
            <source>"%1" holds this app's own data and cannot be synced. Choose another folder.</source>
            <translation>«%1» contiene los datos propios de la aplicación y no se puede sincronizar. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>"%1" is a system folder and cannot be synced. Choose a folder inside your home folder.</source>
            <translation>«%1» es una carpeta del sistema y no se puede sincronizar. Elija una carpeta dentro de su carpeta personal.</translation>
        </message>
        <message>
            <source>"%1" is already being synced. Choose another folder.</source>
            <translation>«%1» ya se está sincronizando. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>"%1" is inside another synced folder ("%2"). Choose a folder outside it.</source>
            <translation>«%1» está dentro de otra carpeta sincronizada («%2»). Elija una carpeta que quede fuera.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync.</source>
            <translation>Elija la carpeta que desea sincronizar.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist. Create it or choose another one.</source>
            <translation>La carpeta «%1» no existe. Créela o elija otra.</translation>
        </message>
        <message>
            <source>Write the full location of the folder, or use Browse… to pick it.</source>
            <translation>Escriba la ubicación completa de la carpeta, o use «Examinar…» para elegirla.</translation>
        </message>
        <message>
            <source>You cannot save files in "%1". Choose a folder of your own, for example one inside your Documents.</source>
            <translation>No puede guardar archivos en «%1». Elija una carpeta propia, por ejemplo una dentro de Documentos.</translation>
        </message>
        <message>
            <source>Your whole home folder cannot be synced. Create a folder inside it (for example "Figestió") and choose that one.</source>
            <translation>No se puede sincronizar toda la carpeta personal. Cree una carpeta dentro (por ejemplo «Figestió») y elija esa.</translation>
        </message>
    </context>
    <context>
        <name>GuiMain</name>
        <message>
            <source>Figestió Sync is already running. Quit it first, then run --setup-folder again.</source>
            <translation>Figestió Sync ya se está ejecutando. Ciérrelo primero y vuelva a ejecutar --setup-folder.</translation>
        </message>
    </context>
    <context>
        <name>HttpCall</name>
        <message>
            <source>The Figestió server could not be reached. Check your internet connection and try again.</source>
            <translation>No se ha podido contactar con el servidor de Figestió. Compruebe la conexión a Internet y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The Figestió server did not answer in time. Try again in a moment.</source>
            <translation>El servidor de Figestió no ha respondido a tiempo. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The Figestió server has a problem right now (error %1). Try again later.</source>
            <translation>El servidor de Figestió tiene un problema en este momento (error %1). Vuelva a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>The Figestió server refused the request (error %1).</source>
            <translation>El servidor de Figestió ha rechazado la solicitud (error %1).</translation>
        </message>
        <message>
            <source>The server does not know this request. The app may need an update.</source>
            <translation>El servidor no reconoce esta solicitud. Puede que haya que actualizar la aplicación.</translation>
        </message>
        <message>
            <source>The server said: “%1”</source>
            <translation>El servidor ha dicho: «%1»</translation>
        </message>
        <message>
            <source>This conflicts with what the server already has.</source>
            <translation>Esto entra en conflicto con lo que ya tiene el servidor.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>Su cuenta no tiene permiso para hacer esto.</translation>
        </message>
        <message>
            <source>Your session has expired. Please sign in again.</source>
            <translation>La sesión ha caducado. Vuelva a iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>IdToken</name>
        <message>
            <source>The sign-in could not be verified (%1). Please try again.</source>
            <translation>No se ha podido verificar el inicio de sesión (%1). Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The sign-in server sent an identity that could not be read (%1).</source>
            <translation>El servidor de inicio de sesión ha enviado una identidad que no se ha podido leer (%1).</translation>
        </message>
        <message>
            <source>issued for another application</source>
            <translation>emitida para otra aplicación</translation>
        </message>
        <message>
            <source>it does not belong to this sign-in attempt</source>
            <translation>no corresponde a este intento de inicio de sesión</translation>
        </message>
        <message>
            <source>not a JSON Web Token</source>
            <translation>no es un token web JSON</translation>
        </message>
        <message>
            <source>the identity has expired; check the computer's clock</source>
            <translation>la identidad ha caducado; compruebe el reloj del ordenador</translation>
        </message>
        <message>
            <source>the payload is not an object</source>
            <translation>el contenido no es un objeto</translation>
        </message>
        <message>
            <source>unexpected issuer</source>
            <translation>emisor inesperado</translation>
        </message>
    </context>
    <context>
        <name>IgnoreBlock</name>
        <message>
            <source>The list of files not to sync (%1) cannot be read: %2</source>
            <translation>No se puede leer la lista de archivos que no se sincronizan (%1): %2</translation>
        </message>
        <message>
            <source>The list of files not to sync (%1) cannot be written: %2</source>
            <translation>No se puede guardar la lista de archivos que no se sincronizan (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: se esperaba una lista</translation>
        </message>
        <message>
            <source>%1: expected a list of strings</source>
            <translation>%1: se esperaba una lista de textos</translation>
        </message>
        <message>
            <source>%1: expected a number</source>
            <translation>%1: se esperaba un número</translation>
        </message>
        <message>
            <source>%1: expected a string</source>
            <translation>%1: se esperaba un texto</translation>
        </message>
        <message>
            <source>%1: expected an integer</source>
            <translation>%1: se esperaba un número entero</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: se esperaba un objeto</translation>
        </message>
        <message>
            <source>%1: expected true or false</source>
            <translation>%1: se esperaba verdadero o falso</translation>
        </message>
        <message>
            <source>%1: missing field</source>
            <translation>%1: falta el campo</translation>
        </message>
        <message>
            <source>%1: must not be empty</source>
            <translation>%1: no puede estar vacío</translation>
        </message>
        <message>
            <source>%1: no such element</source>
            <translation>%1: el elemento no existe</translation>
        </message>
        <message>
            <source>%1: the answer is not valid JSON</source>
            <translation>%1: la respuesta no es JSON válido</translation>
        </message>
    </context>
    <context>
        <name>LoopbackReceiver</name>
        <message>
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
        <message>
            <source>Request refused</source>
            <translation>Solicitud rechazada</translation>
        </message>
        <message>
            <source>Sign-in cannot start: the ports %1–%2 on this computer are all in use by other programs. Close some programs (or restart the computer) and try again.</source>
            <translation>No se puede iniciar sesión: los puertos %1–%2 de este ordenador los están usando otros programas. Cierre algunos programas (o reinicie el ordenador) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Sign-in not completed</source>
            <translation>El inicio de sesión no se ha completado</translation>
        </message>
        <message>
            <source>Sign-in took too long: no answer came from the browser. Please try again.</source>
            <translation>El inicio de sesión ha tardado demasiado: no ha llegado ninguna respuesta del navegador. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled or refused in the browser.</source>
            <translation>El inicio de sesión se ha cancelado o rechazado en el navegador.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Se ha cancelado el inicio de sesión.</translation>
        </message>
        <message>
            <source>Signed in to Figestió Sync</source>
            <translation>Sesión iniciada en Figestió Sync</translation>
        </message>
        <message>
            <source>The sign-in link was opened twice, so this sign-in was stopped for safety. Please start the sign-in again.</source>
            <translation>El enlace de inicio de sesión se ha abierto dos veces y, por seguridad, se ha detenido este inicio de sesión. Vuelva a empezar el inicio de sesión.</translation>
        </message>
        <message>
            <source>The sign-in page needs you to log in and approve access. Please try again.</source>
            <translation>La página de inicio de sesión necesita que entre y apruebe el acceso. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The sign-in service had a problem. Please try again in a few minutes.</source>
            <translation>El servicio de inicio de sesión ha tenido un problema. Vuelva a intentarlo dentro de unos minutos.</translation>
        </message>
        <message>
            <source>The sign-in service refused the request (%1).</source>
            <translation>El servicio de inicio de sesión ha rechazado la solicitud (%1).</translation>
        </message>
        <message>
            <source>This page does not exist.</source>
            <translation>Esta página no existe.</translation>
        </message>
        <message>
            <source>This request does not belong to the sign-in in progress.</source>
            <translation>Esta solicitud no corresponde al inicio de sesión en curso.</translation>
        </message>
        <message>
            <source>You can close this tab and return to Figestió Sync.</source>
            <translation>Ya puede cerrar esta pestaña y volver a Figestió Sync.</translation>
        </message>
    </context>
    <context>
        <name>OidcClient</name>
        <message>
            <source>Completing the sign-in</source>
            <translation>Completando el inicio de sesión</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Se ha cancelado el inicio de sesión.</translation>
        </message>
        <message>
            <source>The sign-in service's answer could not be read (%1).</source>
            <translation>No se ha podido leer la respuesta del servicio de inicio de sesión (%1).</translation>
        </message>
        <message>
            <source>token.expires_in: must be positive</source>
            <translation>token.expires_in: debe ser positivo</translation>
        </message>
    </context>
    <context>
        <name>OidcDiscovery</name>
        <message>
            <source>Connecting to the sign-in service</source>
            <translation>Conectando con el servicio de inicio de sesión</translation>
        </message>
        <message>
            <source>The sign-in service's configuration could not be read (%1).</source>
            <translation>No se ha podido leer la configuración del servicio de inicio de sesión (%1).</translation>
        </message>
        <message>
            <source>an endpoint is not a web address</source>
            <translation>un punto de acceso no es una dirección web</translation>
        </message>
        <message>
            <source>an endpoint is not secure (https)</source>
            <translation>un punto de acceso no es seguro (https)</translation>
        </message>
        <message>
            <source>it names another issuer</source>
            <translation>indica otro emisor</translation>
        </message>
    </context>
    <context>
        <name>QuitCommand</name>
        <message>
            <source>Figestió Sync did not quit in time.</source>
            <translation>Figestió Sync no se ha cerrado a tiempo.</translation>
        </message>
        <message>
            <source>Figestió Sync is not running.</source>
            <translation>Figestió Sync no se está ejecutando.</translation>
        </message>
    </context>
    <context>
        <name>RelativeTime</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>hace %n hora</numerusform>
                <numerusform>hace %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>hace %n minuto</numerusform>
                <numerusform>hace %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
    </context>
    <context>
        <name>SafetyText</name>
        <message numerus="yes">
            <source>%1 · %Ln more on their way to this computer</source>
            <translation>
                <numerusform>%1 · %Ln más de camino a este ordenador</numerusform>
                <numerusform>%1 · %Ln más de camino a este ordenador</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · checked %2</source>
            <translation>%1 · comprobado %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln files (%1) are still on their way to the server</source>
            <translation>
                <numerusform>%Ln archivo (%1) aún va de camino al servidor</numerusform>
                <numerusform>%Ln archivos (%1) aún van de camino al servidor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln files need your choice · %1</source>
            <translation>
                <numerusform>%Ln archivo espera que elija · %1</numerusform>
                <numerusform>%Ln archivos esperan que elija · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln files are safe on the Figestió server</source>
            <translation>
                <numerusform>%Ln archivo está a salvo en el servidor de Figestió</numerusform>
                <numerusform>Los %Ln archivos están a salvo en el servidor de Figestió</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking whether your files are safe…</source>
            <translation>Comprobando si los archivos están a salvo…</translation>
        </message>
        <message>
            <source>Not safe yet: the server has not been reached</source>
            <translation>Aún no está a salvo: no se ha podido contactar con el servidor</translation>
        </message>
        <message>
            <source>Not safe: %1</source>
            <translation>No está a salvo: %1</translation>
        </message>
        <message>
            <source>Not safe: syncing stopped because of a problem</source>
            <translation>No está a salvo: la sincronización se ha detenido por un problema</translation>
        </message>
        <message>
            <source>Not safe: the server has not been reached %1</source>
            <translation>No está a salvo: no se ha contactado con el servidor %1</translation>
        </message>
        <message>
            <source>Reconnecting to the Figestió server…</source>
            <translation>Volviendo a conectar con el servidor de Figestió…</translation>
        </message>
        <message>
            <source>Some changes are still on their way to the server</source>
            <translation>Algunos cambios aún van de camino al servidor</translation>
        </message>
        <message>
            <source>Syncing is paused: new changes stay on this computer until you resume</source>
            <translation>La sincronización está en pausa: los cambios nuevos se quedan en este ordenador hasta que la reanude</translation>
        </message>
        <message>
            <source>Your folder is empty and in step with the Figestió server</source>
            <translation>La carpeta está vacía y al día con el servidor de Figestió</translation>
        </message>
        <message>
            <source>since date %1</source>
            <translation>desde el %1</translation>
        </message>
        <message>
            <source>since time %1</source>
            <translation>desde las %1</translation>
        </message>
        <message>
            <source>since weekday %1</source>
            <translation>desde el %1</translation>
        </message>
        <message>
            <source>since yesterday</source>
            <translation>desde ayer</translation>
        </message>
    </context>
    <context>
        <name>SecureFile</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>No se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Renewing your session</source>
            <translation>Renovando la sesión</translation>
        </message>
        <message>
            <source>Sign-in was cancelled.</source>
            <translation>Se ha cancelado el inicio de sesión.</translation>
        </message>
        <message>
            <source>The sign-in service's answer could not be read (%1).</source>
            <translation>No se ha podido leer la respuesta del servicio de inicio de sesión (%1).</translation>
        </message>
        <message>
            <source>You are not signed in.</source>
            <translation>No ha iniciado sesión.</translation>
        </message>
        <message>
            <source>You do not belong to the agency “%1”.</source>
            <translation>No pertenece a la gestoría «%1».</translation>
        </message>
        <message>
            <source>Your account does not belong to any agency yet. Ask your agency to add you, then sign in again.</source>
            <translation>Su cuenta todavía no pertenece a ninguna gestoría. Pida a su gestoría que le añada y vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>La sesión ha terminado. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>refresh.expires_in: must be positive</source>
            <translation>refresh.expires_in: debe ser positivo</translation>
        </message>
    </context>
    <context>
        <name>StatusCommand</name>
        <message>
            <source>Figestió Sync is not running.</source>
            <translation>Figestió Sync no se está ejecutando.</translation>
        </message>
    </context>
    <context>
        <name>SyncthingBinary</name>
        <message>
            <source>FIGESTIO_SYNCTHING names %1, which is not a program.</source>
            <translation>FIGESTIO_SYNCTHING indica %1, que no es un programa.</translation>
        </message>
        <message>
            <source>Syncthing, the program that copies your files, was not found. Reinstall Figestió Sync or install the "syncthing" package.</source>
            <translation>No se ha encontrado el programa que copia sus archivos (Syncthing). Vuelva a instalar Figestió Sync o instale el paquete «syncthing».</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <source>Access to the system keychain was refused. Allow Figestió Sync to use it and try again.</source>
            <translation>Se ha denegado el acceso al llavero del sistema. Permita que Figestió Sync lo use y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The system keychain did not answer. It may be locked: unlock it (or sign in to your desktop session again) and retry.</source>
            <translation>El llavero del sistema no ha respondido. Puede que esté bloqueado: desbloquéelo (o vuelva a entrar en la sesión del escritorio) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The system keychain is not available, so the sign-in cannot be kept safely. Make sure a keychain (such as GNOME Keyring or KWallet) is installed and unlocked, then try again.</source>
            <translation>El llavero del sistema no está disponible y la sesión no se puede guardar de forma segura. Asegúrese de que haya un llavero (como GNOME Keyring o KWallet) instalado y desbloqueado, y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>TrayPresenter</name>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>No se puede contactar con el servidor de Figestió</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronización: %1</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Todavía no está configurado</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Sesión no iniciada</translation>
        </message>
        <message>
            <source>Pause syncing</source>
            <translation>Pausar la sincronización</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problema: %1</translation>
        </message>
        <message>
            <source>Resume syncing</source>
            <translation>Reanudar la sincronización</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenido</translation>
        </message>
        <message>
            <source>Syncing is paused</source>
            <translation>La sincronización está en pausa</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Syncing… %1%</source>
            <translation>Sincronizando… %1%</translation>
        </message>
        <message>
            <source>There is a problem with your folder</source>
            <translation>Hay un problema con su carpeta</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Al día</translation>
        </message>
        <message>
            <source>Updating the sync engine…</source>
            <translation>Actualizando el motor de sincronización…</translation>
        </message>
        <message>
            <source>Your session has expired: sign in again</source>
            <translation>La sesión ha caducado: vuelva a iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>UpdateCheck</name>
        <message>
            <source>The update information could not be read. Figestió Sync will try again tomorrow.</source>
            <translation>No se ha podido leer la información de actualizaciones. Figestió Sync lo volverá a intentar mañana.</translation>
        </message>
    </context>
    <context>
        <name>figestio::AgencyPage</name>
        <message>
            <source>%1 (this computer's agency now)</source>
            <translation>%1 (la que sincroniza ahora este ordenador)</translation>
        </message>
        <message>
            <source>&amp;Which agency's folder should this computer keep in sync?</source>
            <translation>¿&amp;Qué carpeta de gestoría debe sincronizar este ordenador?</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Gestorías</translation>
        </message>
        <message>
            <source>Choose your agency</source>
            <translation>Elija su gestoría</translation>
        </message>
        <message>
            <source>Your account works with more than one agency.</source>
            <translation>Su cuenta trabaja con más de una gestoría.</translation>
        </message>
    </context>
    <context>
        <name>figestio::AgencySwitch</name>
        <message>
            <source>Nothing was changed: the previous folder keeps syncing.</source>
            <translation>No se ha cambiado nada: la carpeta anterior se sigue sincronizando.</translation>
        </message>
        <message>
            <source>The previous folder could not be brought back yet: use Restart the sync engine; if it keeps failing, contact Figestió support.</source>
            <translation>Todavía no se ha podido recuperar la carpeta anterior: use «Reiniciar el motor de sincronización»; si sigue fallando, contacte con el soporte de Figestió.</translation>
        </message>
        <message>
            <source>The sync engine is not running. Use Retry in a moment.</source>
            <translation>El motor de sincronización no está en marcha. Use «Reintentar» dentro de un momento.</translation>
        </message>
    </context>
    <context>
        <name>figestio::Autostart</name>
        <message>
            <source>Keeps your folder in sync with the Figestió server</source>
            <translation>Mantiene su carpeta sincronizada con el servidor de Figestió</translation>
        </message>
        <message>
            <source>Start at login could not be changed.</source>
            <translation>No se ha podido cambiar el inicio automático al entrar.</translation>
        </message>
        <message>
            <source>Start at login could not be turned off.</source>
            <translation>No se ha podido desactivar el inicio automático al entrar.</translation>
        </message>
        <message>
            <source>Start at login could not be turned on: %1</source>
            <translation>No se ha podido activar el inicio automático al entrar: %1</translation>
        </message>
    </context>
    <context>
        <name>figestio::ConflictPanel</name>
        <message>
            <source>%1
Yours: %2 · The agency's: %3</source>
            <translation>%1
La suya: %2 · La de la gestoría: %3</translation>
        </message>
        <message>
            <source>&amp;Needs your attention</source>
            <translation>&amp;Necesita su atención</translation>
        </message>
        <message>
            <source>Both versions of “%1” were kept: the second one is now “%2”.</source>
            <translation>Se han conservado las dos versiones de «%1»: la segunda ahora es «%2».</translation>
        </message>
        <message>
            <source>Each file was changed here and at the agency at the same time; choose which version to keep</source>
            <translation>Cada archivo se ha modificado aquí y en la gestoría a la vez; elija qué versión conservar</translation>
        </message>
        <message>
            <source>Files changed on both sides</source>
            <translation>Archivos modificados en los dos lados</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Conservar am&amp;bas</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Conservar la &amp;mía</translation>
        </message>
        <message>
            <source>Keep the agency's</source>
            <translation>Conservar la de la &amp;gestoría</translation>
        </message>
        <message>
            <source>Keeps both versions: the other one gets a name of its own</source>
            <translation>Conserva las dos versiones: la otra recibe un nombre propio</translation>
        </message>
        <message>
            <source>Keeps the agency's version of the selected file</source>
            <translation>Conserva la versión de la gestoría del archivo seleccionado</translation>
        </message>
        <message>
            <source>Keeps this computer's version of the selected file</source>
            <translation>Conserva la versión de este ordenador del archivo seleccionado</translation>
        </message>
        <message>
            <source>Result of the choice</source>
            <translation>Resultado de la elección</translation>
        </message>
        <message>
            <source>The agency's version of “%1” was kept.</source>
            <translation>Se ha conservado la versión de la gestoría de «%1».</translation>
        </message>
        <message>
            <source>Your version of “%1” was kept.</source>
            <translation>Se ha conservado su versión de «%1».</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocida</translation>
        </message>
    </context>
    <context>
        <name>figestio::DeletionGuard</name>
        <message>
            <source>Changes in this folder are checked every %1 minutes because it is on a network drive, where changes made by other computers cannot be watched continuously.</source>
            <translation>Los cambios de esta carpeta se revisan cada %1 minutos porque está en una unidad de red, donde los cambios que hacen otros ordenadores no se pueden vigilar continuamente.</translation>
        </message>
        <message>
            <source>Changes in this folder are checked every %1 minutes because the computer cannot watch all of its subfolders continuously.</source>
            <translation>Los cambios de esta carpeta se revisan cada %1 minutos porque el ordenador no puede vigilar continuamente todas sus subcarpetas.</translation>
        </message>
        <message>
            <source>The folder could not be checked.</source>
            <translation>No se ha podido revisar la carpeta.</translation>
        </message>
    </context>
    <context>
        <name>figestio::DeletionWindow</name>
        <message numerus="yes">
            <source>%n file(s) were deleted from your Figestió folder at once (%1 % of the folder).</source>
            <translation>
                <numerusform>Se ha borrado %n archivo de la carpeta de Figestió de golpe (el %1 % de la carpeta).</numerusform>
                <numerusform>Se han borrado %n archivos de la carpeta de Figestió de golpe (el %1 % de la carpeta).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) were deleted from your Figestió folder while the app was not running (%1 % of the folder).</source>
            <translation>
                <numerusform>Se ha borrado %n archivo de la carpeta de Figestió mientras la aplicación no se ejecutaba (el %1 % de la carpeta).</numerusform>
                <numerusform>Se han borrado %n archivos de la carpeta de Figestió mientras la aplicación no se ejecutaba (el %1 % de la carpeta).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete them at the agency too</source>
            <translation>&amp;Bórralos también en la gestoría</translation>
        </message>
        <message>
            <source>&amp;Restore them</source>
            <translation>&amp;Recupéralos</translation>
        </message>
        <message>
            <source>Bringing the files back from the agency…</source>
            <translation>Recuperando los archivos de la gestoría…</translation>
        </message>
        <message>
            <source>Brings the deleted files back into your folder from the agency's copy</source>
            <translation>Devuelve los archivos borrados a la carpeta a partir de la copia de la gestoría</translation>
        </message>
        <message>
            <source>Delete them at the agency too</source>
            <translation>Bórralos también en la gestoría</translation>
        </message>
        <message>
            <source>Deleted files</source>
            <translation>Archivos borrados</translation>
        </message>
        <message>
            <source>Deletes the same files from the agency's copy; other devices delete them too</source>
            <translation>Borra los mismos archivos de la copia de la gestoría; los demás dispositivos también los borran</translation>
        </message>
        <message>
            <source>Deleting the files at the agency…</source>
            <translation>Borrando los archivos en la gestoría…</translation>
        </message>
        <message>
            <source>Many files were deleted</source>
            <translation>Se han borrado muchos archivos</translation>
        </message>
        <message>
            <source>Nothing has been deleted at the agency yet. Do you want them back, or should they be deleted at the agency too?</source>
            <translation>Todavía no se ha borrado nada en la gestoría. ¿Quiere recuperarlos o hay que borrarlos también en la gestoría?</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Restore them</source>
            <translation>Recupéralos</translation>
        </message>
        <message>
            <source>Some of the deleted &amp;files:</source>
            <translation>Algunos de los &amp;archivos borrados:</translation>
        </message>
        <message>
            <source>Some of the files that were deleted</source>
            <translation>Algunos de los archivos que se han borrado</translation>
        </message>
        <message>
            <source>That did not work: %1</source>
            <translation>No ha funcionado: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>figestio::DonePage</name>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir carpeta</translation>
        </message>
        <message>
            <source>Everything is set up.</source>
            <translation>Todo está configurado.</translation>
        </message>
        <message>
            <source>This folder is now kept in sync with your agency:</source>
            <translation>Esta carpeta ahora se mantiene sincronizada con su gestoría:</translation>
        </message>
        <message>
            <source>You can close this window: Figestió Sync keeps working from its icon in the system tray.</source>
            <translation>Puede cerrar esta ventana: Figestió Sync sigue funcionando desde su icono en la bandeja del sistema.</translation>
        </message>
        <message>
            <source>Your folder is syncing</source>
            <translation>Su carpeta se está sincronizando</translation>
        </message>
    </context>
    <context>
        <name>figestio::FolderIndex</name>
        <message>
            <source>Bringing the deleted files back</source>
            <translation>Recuperando los archivos borrados</translation>
        </message>
        <message>
            <source>Holding the deletions</source>
            <translation>Reteniendo los borrados</translation>
        </message>
        <message>
            <source>Looking for changes in the folder</source>
            <translation>Buscando cambios en la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's changes</source>
            <translation>Leyendo los cambios de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's index</source>
            <translation>Leyendo el índice de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's state</source>
            <translation>Leyendo el estado de la carpeta</translation>
        </message>
        <message>
            <source>Reading what the folder still needs</source>
            <translation>Leyendo qué le falta a la carpeta</translation>
        </message>
        <message>
            <source>Syncing the folder again</source>
            <translation>Volviendo a sincronizar la carpeta</translation>
        </message>
        <message>
            <source>Syncthing is not running.</source>
            <translation>El servicio de sincronización no se está ejecutando.</translation>
        </message>
        <message>
            <source>Syncthing's answer about %1 could not be read.</source>
            <translation>No se ha podido leer la respuesta del servicio de sincronización sobre %1.</translation>
        </message>
    </context>
    <context>
        <name>figestio::FolderPage</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Carpeta:</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Elija una carpeta</translation>
        </message>
        <message>
            <source>Choose an empty folder or one that only holds your agency's files. Everything in it will be shared with your agency.</source>
            <translation>Elija una carpeta vacía o una que solo contenga archivos de su gestoría. Todo lo que haya en ella se compartirá con la gestoría.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync</source>
            <translation>Elija la carpeta que desea sincronizar</translation>
        </message>
        <message>
            <source>Clear the folder</source>
            <translation>Borrar la carpeta</translation>
        </message>
        <message>
            <source>Folder to keep in sync</source>
            <translation>Carpeta que se mantiene sincronizada</translation>
        </message>
        <message>
            <source>Start syncing</source>
            <translation>Empezar a sincronizar</translation>
        </message>
        <message>
            <source>The files of your agency will be kept in this folder.</source>
            <translation>Los archivos de su gestoría se guardarán en esta carpeta.</translation>
        </message>
        <message>
            <source>The folder could not be created. Choose another location.</source>
            <translation>No se ha podido crear la carpeta. Elija otra ubicación.</translation>
        </message>
        <message>
            <source>This folder can be used.</source>
            <translation>Esta carpeta se puede usar.</translation>
        </message>
        <message>
            <source>This folder does not exist yet; it will be created.</source>
            <translation>Esta carpeta todavía no existe; se creará.</translation>
        </message>
    </context>
    <context>
        <name>figestio::ProgressPage</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>C&amp;hoose another folder…</source>
            <translation>&amp;Elegir otra carpeta…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Ha fallado</translation>
        </message>
        <message>
            <source>In progress…</source>
            <translation>En curso…</translation>
        </message>
        <message>
            <source>Setting up</source>
            <translation>Configurando</translation>
        </message>
        <message>
            <source>Setup steps</source>
            <translation>Pasos de la configuración</translation>
        </message>
        <message>
            <source>The setup could not be completed.</source>
            <translation>No se ha podido completar la configuración.</translation>
        </message>
        <message>
            <source>The setup stopped. What went wrong and what to do is below.</source>
            <translation>La configuración se ha detenido. A continuación encontrará qué ha fallado y qué hacer.</translation>
        </message>
        <message>
            <source>This computer is being connected to the Figestió server.</source>
            <translation>Se está conectando este ordenador con el servidor de Figestió.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Pendiente</translation>
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
                <numerusform>Se ha recuperado %n archivo. Vuelve a estar en la carpeta y viaja a la gestoría.</numerusform>
                <numerusform>Se han recuperado %n archivos. Vuelven a estar en la carpeta y viajan a la gestoría.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n previous version(s).</source>
            <translation>
                <numerusform>%n versión anterior.</numerusform>
                <numerusform>%n versiones anteriores.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>(main folder)</source>
            <translation>(carpeta principal)</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Deleted and replaced files</source>
            <translation>Archivos eliminados y sustituidos</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Files shown</source>
            <translation>Archivos visibles</translation>
        </message>
        <message>
            <source>Files that were deleted or replaced from another computer or the agency in the last 30 days. Choose one or several and press Restore: they come back to your folder and to the agency.</source>
            <translation>Archivos que se han eliminado o sustituido desde otro ordenador o desde la gestoría en los últimos 30 días. Elija uno o varios y pulse Restaurar: volverán a la carpeta y a la gestoría.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Looking for previous versions…</source>
            <translation>Buscando versiones anteriores…</translation>
        </message>
        <message>
            <source>No file name contains “%1”.</source>
            <translation>Ningún nombre de archivo contiene «%1».</translation>
        </message>
        <message>
            <source>Nothing to recover: no file was deleted or replaced in the last 30 days.</source>
            <translation>No hay nada que recuperar: no se ha eliminado ni sustituido ningún archivo en los últimos 30 días.</translation>
        </message>
        <message>
            <source>Part of a file name</source>
            <translation>Parte del nombre de un archivo</translation>
        </message>
        <message>
            <source>Previous versions of files, newest first; select one or several to restore</source>
            <translation>Versiones anteriores de los archivos, las más recientes primero; seleccione una o varias para restaurarlas</translation>
        </message>
        <message>
            <source>Puts the selected files back in your folder and sends them to the agency</source>
            <translation>Devuelve los archivos seleccionados a la carpeta y los envía a la gestoría</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Reads the list of previous versions again</source>
            <translation>Vuelve a leer la lista de versiones anteriores</translation>
        </message>
        <message>
            <source>Recover files</source>
            <translation>Recuperar archivos</translation>
        </message>
        <message>
            <source>Recovery status</source>
            <translation>Estado de la recuperación</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Sustituido</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>Search files</source>
            <translation>Buscar archivos</translation>
        </message>
        <message>
            <source>Shows only the files whose name contains this text</source>
            <translation>Muestra solo los archivos cuyo nombre contiene este texto</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>The list could not be read: %1</source>
            <translation>No se ha podido leer la lista: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>“%1” could not be restored: %2</source>
            <translation>No se ha podido restaurar «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>figestio::RestClient</name>
        <message>
            <source>%1: Syncthing answered with error %2 (%3).</source>
            <translation>%1: el servicio de sincronización ha respondido con el error %2 (%3).</translation>
        </message>
        <message>
            <source>%1: Syncthing cannot be reached (%2).</source>
            <translation>%1: no se puede contactar con el servicio de sincronización (%2).</translation>
        </message>
        <message>
            <source>%1: Syncthing did not answer in time.</source>
            <translation>%1: el servicio de sincronización no ha respondido a tiempo.</translation>
        </message>
        <message>
            <source>%1: Syncthing refused the app's key.</source>
            <translation>%1: el servicio de sincronización ha rechazado la clave de la aplicación.</translation>
        </message>
        <message>
            <source>%1: Syncthing rejected the request (%2).</source>
            <translation>%1: el servicio de sincronización ha rechazado la solicitud (%2).</translation>
        </message>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: se esperaba una lista</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: se esperaba un objeto</translation>
        </message>
        <message>
            <source>%1: not found (%2).</source>
            <translation>%1: no se ha encontrado (%2).</translation>
        </message>
        <message>
            <source>%1: the answer is not valid JSON</source>
            <translation>%1: la respuesta no es JSON válido</translation>
        </message>
        <message>
            <source>%1: unexpected answer.</source>
            <translation>%1: respuesta inesperada.</translation>
        </message>
        <message>
            <source>Adding the server to Syncthing</source>
            <translation>Añadiendo el servidor al servicio de sincronización</translation>
        </message>
        <message>
            <source>Checking Syncthing</source>
            <translation>Comprobando el servicio de sincronización</translation>
        </message>
        <message>
            <source>Configuring Syncthing</source>
            <translation>Configurando el servicio de sincronización</translation>
        </message>
        <message>
            <source>Following Syncthing's events</source>
            <translation>Siguiendo la actividad del servicio de sincronización</translation>
        </message>
        <message>
            <source>Keeping previous versions of files</source>
            <translation>Activando las versiones anteriores de los archivos</translation>
        </message>
        <message>
            <source>Locking Syncthing's access</source>
            <translation>Cerrando el acceso al servicio de sincronización</translation>
        </message>
        <message>
            <source>No server device to pause.</source>
            <translation>No hay ningún servidor que pausar.</translation>
        </message>
        <message>
            <source>No server device to resume.</source>
            <translation>No hay ningún servidor que reanudar.</translation>
        </message>
        <message>
            <source>Pausing the connection to the server</source>
            <translation>Pausando la conexión con el servidor</translation>
        </message>
        <message>
            <source>Pausing the folder</source>
            <translation>Pausando la carpeta</translation>
        </message>
        <message>
            <source>Reading Syncthing's access settings</source>
            <translation>Leyendo los permisos de acceso del servicio de sincronización</translation>
        </message>
        <message>
            <source>Reading Syncthing's connections</source>
            <translation>Leyendo las conexiones del servicio de sincronización</translation>
        </message>
        <message>
            <source>Reading Syncthing's devices</source>
            <translation>Leyendo los equipos del servicio de sincronización</translation>
        </message>
        <message>
            <source>Reading Syncthing's folders</source>
            <translation>Leyendo las carpetas del servicio de sincronización</translation>
        </message>
        <message>
            <source>Reading Syncthing's options</source>
            <translation>Leyendo las opciones del servicio de sincronización</translation>
        </message>
        <message>
            <source>Reading Syncthing's status</source>
            <translation>Leyendo el estado del servicio de sincronización</translation>
        </message>
        <message>
            <source>Reading the folder's errors</source>
            <translation>Leyendo los errores de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's history</source>
            <translation>Leyendo el historial de la carpeta</translation>
        </message>
        <message>
            <source>Reading the folder's state</source>
            <translation>Leyendo el estado de la carpeta</translation>
        </message>
        <message>
            <source>Reading the server's progress</source>
            <translation>Leyendo el progreso del servidor</translation>
        </message>
        <message>
            <source>Reading when the server was last seen</source>
            <translation>Leyendo cuándo se vio el servidor por última vez</translation>
        </message>
        <message>
            <source>Removing a device from Syncthing</source>
            <translation>Quitando un equipo del servicio de sincronización</translation>
        </message>
        <message>
            <source>Removing the synced folder</source>
            <translation>Quitando la carpeta sincronizada</translation>
        </message>
        <message>
            <source>Resuming the connection to the server</source>
            <translation>Reanudando la conexión con el servidor</translation>
        </message>
        <message>
            <source>Resuming the folder</source>
            <translation>Reanudando la carpeta</translation>
        </message>
        <message>
            <source>Setting the server's addresses</source>
            <translation>Estableciendo las direcciones del servidor</translation>
        </message>
        <message>
            <source>Setting up the synced folder</source>
            <translation>Configurando la carpeta sincronizada</translation>
        </message>
        <message>
            <source>Stopping Syncthing</source>
            <translation>Deteniendo el servicio de sincronización</translation>
        </message>
        <message>
            <source>the connection closed before the answer</source>
            <translation>la conexión se cerró antes de la respuesta</translation>
        </message>
    </context>
    <context>
        <name>figestio::SettingsDialog</name>
        <message>
            <source>&amp;Copy diagnostic report</source>
            <translation>&amp;Copiar el informe de diagnóstico</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Start Figestió Sync when I log in to this computer</source>
            <translation>Iniciar Figestió Sync al &amp;entrar en este ordenador</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Change &amp;agency…</source>
            <translation>Cambiar de &amp;gestoría…</translation>
        </message>
        <message>
            <source>Change agency</source>
            <translation>Cambiar de gestoría</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Figestió Sync settings</source>
            <translation>Configuración de Figestió Sync</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>If something does not work, copy the diagnostic report and send it to Figestió support. It contains no passwords.</source>
            <translation>Si algo no funciona, copie el informe de diagnóstico y envíelo al soporte de Figestió. No contiene ninguna contraseña.</translation>
        </message>
        <message>
            <source>If you only sign out, your folder keeps syncing with your agency; sign in again whenever you like.

If you also stop syncing, this computer is unlinked from your agency and nothing more is synced. The files already in your folder stay on this computer.</source>
            <translation>Si solo cierra la sesión, la carpeta sigue sincronizándose con su gestoría; puede volver a iniciar sesión cuando quiera.

Si también deja de sincronizar, este ordenador se desvincula de la gestoría y ya no se sincroniza nada más. Los archivos que ya están en la carpeta se quedan en este ordenador.</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Sesión no iniciada.</translation>
        </message>
        <message>
            <source>Only sign out</source>
            <translation>Solo cerrar sesión</translation>
        </message>
        <message>
            <source>Open the logs &amp;folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>Cerrar &amp;sesión…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Sign out and stop syncing</source>
            <translation>Cerrar sesión y dejar de sincronizar</translation>
        </message>
        <message>
            <source>Sign out of Figestió Sync?</source>
            <translation>¿Desea cerrar la sesión de Figestió Sync?</translation>
        </message>
        <message>
            <source>Signed in as %1, for %2.</source>
            <translation>Sesión iniciada como %1, para %2.</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>Sesión iniciada como %1.</translation>
        </message>
        <message>
            <source>Sync the folder of another of your agencies instead. The current folder stops syncing; its files stay on this computer.</source>
            <translation>Sincroniza la carpeta de otra de sus gestorías. La carpeta actual deja de sincronizarse; sus archivos se quedan en este ordenador.</translation>
        </message>
        <message>
            <source>The report was copied. Paste it into your message to support.</source>
            <translation>Se ha copiado el informe. Péguelo en su mensaje al soporte.</translation>
        </message>
        <message>
            <source>Your session has expired. Sign in again from the tray menu.</source>
            <translation>La sesión ha caducado. Vuelva a iniciar sesión desde el menú de la bandeja.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SetupFlow</name>
        <message>
            <source>Connecting to the server</source>
            <translation>Conexión con el servidor</translation>
        </message>
        <message>
            <source>Contacting the Figestió server</source>
            <translation>Contacto con el servidor de Figestió</translation>
        </message>
        <message>
            <source>No folder was chosen.</source>
            <translation>No se ha elegido ninguna carpeta.</translation>
        </message>
        <message>
            <source>Registering this computer</source>
            <translation>Registro de este ordenador</translation>
        </message>
        <message>
            <source>Reinstall Figestió Sync, then use Retry.</source>
            <translation>Vuelva a instalar Figestió Sync y use «Reintentar».</translation>
        </message>
        <message>
            <source>Setting up your folder</source>
            <translation>Preparación de su carpeta</translation>
        </message>
        <message>
            <source>Starting the sync engine</source>
            <translation>Inicio del servicio de sincronización</translation>
        </message>
        <message>
            <source>The Figestió server could not be contacted.</source>
            <translation>No se ha podido contactar con el servidor de Figestió.</translation>
        </message>
        <message>
            <source>The Figestió server did not give an address this computer can connect to (tcp:// or quic://). Contact Figestió support.</source>
            <translation>El servidor de Figestió no ha dado ninguna dirección a la que este ordenador pueda conectarse (tcp:// o quic://). Póngase en contacto con el soporte de Figestió.</translation>
        </message>
        <message>
            <source>The app is closing.</source>
            <translation>La aplicación se está cerrando.</translation>
        </message>
        <message>
            <source>The connection to the server could not be prepared.</source>
            <translation>No se ha podido preparar la conexión con el servidor.</translation>
        </message>
        <message>
            <source>The server's answer was not for this computer.</source>
            <translation>La respuesta del servidor no era para este ordenador.</translation>
        </message>
        <message>
            <source>The sync engine could not start.</source>
            <translation>El servicio de sincronización no se ha podido iniciar.</translation>
        </message>
        <message>
            <source>The sync engine did not start in time.</source>
            <translation>El servicio de sincronización no se ha iniciado a tiempo.</translation>
        </message>
        <message>
            <source>The sync engine's identity could not be changed (%1).</source>
            <translation>No se ha podido cambiar la identidad del motor de sincronización (%1).</translation>
        </message>
        <message>
            <source>This computer could not be registered.</source>
            <translation>No se ha podido registrar este ordenador.</translation>
        </message>
        <message>
            <source>Use Retry. If it keeps failing, contact Figestió support.</source>
            <translation>Use «Reintentar». Si sigue fallando, contacte con el soporte de Figestió.</translation>
        </message>
        <message>
            <source>Your account cannot register computers for this agency. Ask your agency's Figestió administrator, then use Retry.</source>
            <translation>Su cuenta no puede registrar ordenadores para esta gestoría. Pídalo al administrador de Figestió de la gestoría y use «Reintentar».</translation>
        </message>
        <message>
            <source>Your folder could not be set up.</source>
            <translation>No se ha podido configurar su carpeta.</translation>
        </message>
        <message>
            <source>Your folder is ready</source>
            <translation>Su carpeta está lista</translation>
        </message>
    </context>
    <context>
        <name>figestio::SetupWizard</name>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finalizar</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the setup?</source>
            <translation>¿Cerrar la configuración?</translation>
        </message>
        <message>
            <source>Continue the setup</source>
            <translation>Continuar la configuración</translation>
        </message>
        <message>
            <source>Figestió Sync is not set up yet.</source>
            <translation>Figestió Sync aún no está configurado.</translation>
        </message>
        <message>
            <source>Keep %1</source>
            <translation>Mantener %1</translation>
        </message>
        <message>
            <source>Set up %1</source>
            <translation>Configurar %1</translation>
        </message>
        <message>
            <source>Set up Figestió Sync</source>
            <translation>Puesta en marcha de Figestió Sync</translation>
        </message>
        <message>
            <source>Set up another agency?</source>
            <translation>¿Configurar otra gestoría?</translation>
        </message>
        <message>
            <source>The folder of %1 stops syncing with Figestió. Its files stay on this computer.</source>
            <translation>La carpeta de %1 deja de sincronizarse con Figestió. Sus archivos se quedan en este ordenador.</translation>
        </message>
        <message>
            <source>The folder of %1 stops syncing.</source>
            <translation>La carpeta de %1 deja de sincronizarse.</translation>
        </message>
        <message>
            <source>This computer syncs the folder of %1. Do you want to sync the folder of %2 instead?</source>
            <translation>Este ordenador sincroniza la carpeta de %1. ¿Quiere sincronizar la carpeta de %2 en su lugar?</translation>
        </message>
        <message>
            <source>To finish it later, choose “Set up…” in the menu of the Figestió Sync icon in the system tray.</source>
            <translation>Para terminarla más tarde, elija «Configurar…» en el menú del icono de Figestió Sync en la bandeja del sistema.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SidecarProcess</name>
        <message>
            <source>Syncthing keeps stopping unexpectedly (%1 times in a row), so the app gave up restarting it. Its log is in %2.</source>
            <translation>El servicio de sincronización se detiene inesperadamente una y otra vez (%1 veces seguidas) y la aplicación ha dejado de reiniciarlo. El registro está en %2.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SignInPage</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Copy the sign-in link</source>
            <translation>Copiar el enlace de inicio de sesión</translation>
        </message>
        <message>
            <source>Link copied</source>
            <translation>Enlace copiado</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Sign in with the browser</source>
            <translation>Iniciar sesión con el navegador</translation>
        </message>
        <message>
            <source>Signing in</source>
            <translation>Iniciando sesión</translation>
        </message>
        <message>
            <source>The sign-in did not succeed.</source>
            <translation>No se ha podido iniciar sesión.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Volver a intentarlo</translation>
        </message>
        <message>
            <source>Use your Figestió account, the same one you use on the website.</source>
            <translation>Use su cuenta de Figestió, la misma que en la web.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in…</source>
            <translation>Esperando a que inicie sesión…</translation>
        </message>
        <message>
            <source>Waiting for your browser…
Finish signing in on the page that opened, then come back here.</source>
            <translation>Esperando al navegador…
Termine de iniciar sesión en la página que se ha abierto y vuelva aquí.</translation>
        </message>
        <message>
            <source>Your browser did not open by itself. Copy the sign-in link and paste it into your browser's address bar.</source>
            <translation>El navegador no se ha abierto solo. Copie el enlace de inicio de sesión y péguelo en la barra de direcciones del navegador.</translation>
        </message>
        <message>
            <source>Your web browser will open the Figestió sign-in page. Sign in there, then come back to this window.</source>
            <translation>El navegador abrirá la página de inicio de sesión de Figestió. Inicie sesión allí y vuelva a esta ventana.</translation>
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
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir carpeta</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>Archivos &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Gestoría:</translation>
        </message>
        <message>
            <source>Are my files safe?</source>
            <translation>¿Mis archivos están a salvo?</translation>
        </message>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>No se puede contactar con el servidor de Figestió</translation>
        </message>
        <message>
            <source>Connected to the Figestió server</source>
            <translation>Conectado al servidor de Figestió</translation>
        </message>
        <message>
            <source>Could not be synced</source>
            <translation>No se ha podido sincronizar</translation>
        </message>
        <message>
            <source>Could not be synced: %1</source>
            <translation>No se ha podido sincronizar: %1</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borrado</translation>
        </message>
        <message>
            <source>Figestió Sync status</source>
            <translation>Estado de Figestió Sync</translation>
        </message>
        <message>
            <source>Files deleted or replaced in the last 30 days, to bring back</source>
            <translation>Archivos eliminados o sustituidos en los últimos 30 días, para recuperarlos</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>How changes are noticed</source>
            <translation>Cómo se detectan los cambios</translation>
        </message>
        <message>
            <source>Last sync:</source>
            <translation>Última sincronización:</translation>
        </message>
        <message>
            <source>No files synced yet.</source>
            <translation>Todavía no se ha sincronizado ningún archivo.</translation>
        </message>
        <message>
            <source>None chosen</source>
            <translation>Ninguna elegida</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>No conectado</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Todavía no está configurado</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Sesión no iniciada</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Received from your agency</source>
            <translation>Recibido de su gestoría</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Archivos recientes</translation>
        </message>
        <message>
            <source>Reco&amp;ver files…</source>
            <translation>Recu&amp;perar archivos…</translation>
        </message>
        <message>
            <source>Restart the sync &amp;engine</source>
            <translation>Reiniciar el &amp;motor de sincronización</translation>
        </message>
        <message>
            <source>Restart the sync engine</source>
            <translation>Reiniciar el motor de sincronización</translation>
        </message>
        <message>
            <source>Sent to your agency</source>
            <translation>Enviado a su gestoría</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <source>Sign &amp;in again…</source>
            <translation>&amp;Volver a iniciar sesión…</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Sesión iniciada como:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Progreso de la sincronización</translation>
        </message>
        <message>
            <source>The app stopped restarting the sync engine after it failed several times in a row: try again</source>
            <translation>La aplicación ha dejado de reiniciar el motor de sincronización porque ha fallado varias veces seguidas: vuelva a intentarlo</translation>
        </message>
        <message>
            <source>Whether every file of the folder is on the Figestió server, and when that was last checked</source>
            <translation>Si todos los archivos de la carpeta están en el servidor de Figestió, y cuándo se comprobó por última vez</translation>
        </message>
        <message>
            <source>Your session has expired: sign in again</source>
            <translation>La sesión ha caducado: vuelva a iniciar sesión</translation>
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
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Not set up yet</source>
            <translation>Todavía no está configurado</translation>
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
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenido</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sincronizando</translation>
        </message>
        <message>
            <source>Syncing (%1%)</source>
            <translation>Sincronizando (%1%)</translation>
        </message>
        <message>
            <source>The app has no permission to write or read this file.</source>
            <translation>La aplicación no tiene permiso para leer o escribir este archivo.</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>El disco está lleno.</translation>
        </message>
        <message>
            <source>The disk is read-only.</source>
            <translation>El disco es de solo lectura.</translation>
        </message>
        <message>
            <source>The file changed while it was being synced; it will be retried.</source>
            <translation>El archivo ha cambiado mientras se sincronizaba; se volverá a intentar.</translation>
        </message>
        <message>
            <source>The file name has characters the server cannot store.</source>
            <translation>El nombre del archivo tiene caracteres que el servidor no puede guardar.</translation>
        </message>
        <message>
            <source>The file name is too long.</source>
            <translation>El nombre del archivo es demasiado largo.</translation>
        </message>
        <message>
            <source>The file or folder no longer exists.</source>
            <translation>El archivo o la carpeta ya no existe.</translation>
        </message>
        <message>
            <source>The folder was moved, deleted or its disk is not connected.</source>
            <translation>La carpeta se ha movido o borrado, o su disco no está conectado.</translation>
        </message>
        <message>
            <source>The server does not have this file's latest version yet.</source>
            <translation>El servidor todavía no tiene la última versión de este archivo.</translation>
        </message>
        <message>
            <source>The server went offline while the file was being copied.</source>
            <translation>El servidor se ha desconectado mientras se copiaba el archivo.</translation>
        </message>
        <message>
            <source>There is not enough free space on the disk.</source>
            <translation>No hay suficiente espacio libre en el disco.</translation>
        </message>
        <message>
            <source>Unknown error.</source>
            <translation>Error desconocido.</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Al día</translation>
        </message>
        <message>
            <source>Updating the sync engine…</source>
            <translation>Actualizando el motor de sincronización…</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncthingHome</name>
        <message>
            <source>Cannot create Syncthing's folder %1.</source>
            <translation>No se puede crear la carpeta del servicio de sincronización %1.</translation>
        </message>
        <message>
            <source>Syncthing could not prepare its settings in %1.</source>
            <translation>El servicio de sincronización no ha podido preparar la configuración en %1.</translation>
        </message>
    </context>
    <context>
        <name>figestio::SyncthingService</name>
        <message>
            <source>Syncthing could not be configured: %1</source>
            <translation>No se ha podido configurar el servicio de sincronización: %1</translation>
        </message>
        <message>
            <source>Syncthing is not running.</source>
            <translation>El servicio de sincronización no se está ejecutando.</translation>
        </message>
        <message>
            <source>The server is not set up yet.</source>
            <translation>El servidor todavía no está configurado.</translation>
        </message>
        <message>
            <source>The sync engine is not responding</source>
            <translation>El motor de sincronización no responde</translation>
        </message>
    </context>
    <context>
        <name>figestio::TrayIcon</name>
        <message numerus="yes">
            <source>%n file(s) could not be synced. Open the status window to see which.</source>
            <translation>
                <numerusform>No se ha podido sincronizar %n archivo. Abra la ventana de estado para ver cuál.</numerusform>
                <numerusform>No se han podido sincronizar %n archivos. Abra la ventana de estado para ver cuáles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) disappeared from your folder at once. Nothing has been deleted at the agency yet: click to choose what to do.</source>
            <translation>
                <numerusform>%n archivo ha desaparecido de la carpeta de golpe. Todavía no se ha borrado nada en la gestoría: haga clic para elegir qué hacer.</numerusform>
                <numerusform>%n archivos han desaparecido de la carpeta de golpe. Todavía no se ha borrado nada en la gestoría: haga clic para elegir qué hacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>A file could not be synced</source>
            <translation>No se ha podido sincronizar un archivo</translation>
        </message>
        <message>
            <source>Cannot reach the Figestió server</source>
            <translation>No se puede contactar con el servidor de Figestió</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Cerrar el aviso</translation>
        </message>
        <message>
            <source>Many files were deleted</source>
            <translation>Se han borrado muchos archivos</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Please sign in again</source>
            <translation>Vuelva a iniciar sesión</translation>
        </message>
        <message>
            <source>Quit Figestió Sync</source>
            <translation>Salir de Figestió Sync</translation>
        </message>
        <message>
            <source>Recover files…</source>
            <translation>Recuperar archivos…</translation>
        </message>
        <message>
            <source>Restart the sync engine</source>
            <translation>Reiniciar el motor de sincronización</translation>
        </message>
        <message>
            <source>Set up…</source>
            <translation>Configurar…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuración…</translation>
        </message>
        <message>
            <source>Sign in again…</source>
            <translation>Volver a iniciar sesión…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Some files could not be synced</source>
            <translation>No se han podido sincronizar algunos archivos</translation>
        </message>
        <message>
            <source>Status…</source>
            <translation>Estado…</translation>
        </message>
        <message numerus="yes">
            <source>This computer has not been able to reach the Figestió server for %n minute(s). Check the Internet connection; your files will be synced as soon as it is back.</source>
            <translation>
                <numerusform>Hace %n minuto que este ordenador no puede contactar con el servidor de Figestió. Compruebe la conexión a Internet; los archivos se sincronizarán en cuanto vuelva.</numerusform>
                <numerusform>Hace %n minutos que este ordenador no puede contactar con el servidor de Figestió. Compruebe la conexión a Internet; los archivos se sincronizarán en cuanto vuelva.</numerusform>
            </translation>
        </message>
        <message>
            <source>Two versions of a file</source>
            <translation>Dos versiones de un archivo</translation>
        </message>
        <message>
            <source>Version %1 is available: download…</source>
            <translation>La versión %1 ya está disponible: descargarla…</translation>
        </message>
        <message>
            <source>Your Figestió session has expired. Your folder keeps syncing; sign in again to keep everything working.</source>
            <translation>Su sesión de Figestió ha caducado. La carpeta sigue sincronizándose; vuelva a iniciar sesión para que todo siga funcionando.</translation>
        </message>
        <message>
            <source>Your folder is not syncing</source>
            <translation>Su carpeta no se está sincronizando</translation>
        </message>
        <message>
            <source>“%1” was changed here and at your agency at the same time. Both versions were kept: open the status window to choose which one to keep.</source>
            <translation>«%1» se ha modificado aquí y en su gestoría a la vez. Se han conservado las dos versiones: abra la ventana de estado para elegir cuál conservar.</translation>
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
            <translation>No se ha elegido ninguna gestoría. Vuelva a iniciar sesión con --agency.</translation>
        </message>
        <message>
            <source>Setting up %1 for %2</source>
            <translation>Configurando %1 para %2</translation>
        </message>
        <message>
            <source>Switching to agency %1…</source>
            <translation>Cambiando a la gestoría %1…</translation>
        </message>
        <message>
            <source>The agency %1 cannot be used: %2</source>
            <translation>No se puede usar la gestoría %1: %2</translation>
        </message>
        <message>
            <source>You are not signed in. Run "figestio-sync --sign-in" first.</source>
            <translation>No ha iniciado sesión. Ejecute primero «figestio-sync --sign-in».</translation>
        </message>
        <message>
            <source>Your folder is set up and syncing.</source>
            <translation>La carpeta está configurada y se está sincronizando.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Sign in again.</source>
            <translation>La sesión ha caducado. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
    </context>
    <context>
        <name>figestio::UpdateCheck</name>
        <message>
            <source>Could not check for updates. Figestió Sync will try again tomorrow.</source>
            <translation>No se ha podido comprobar si hay actualizaciones. Figestió Sync lo volverá a intentar mañana.</translation>
        </message>
    </context>
    <context>
        <name>figestio::UpdateNoticeLabel</name>
        <message>
            <source>A newer version is available, with its download link.</source>
            <translation>Hay una versión más nueva disponible, con el enlace para descargarla.</translation>
        </message>
        <message>
            <source>Download it</source>
            <translation>Descárguela</translation>
        </message>
        <message>
            <source>Figestió Sync %1</source>
            <translation>Figestió Sync %1</translation>
        </message>
        <message>
            <source>Help and support</source>
            <translation>Ayuda y asistencia</translation>
        </message>
        <message>
            <source>This version of Figestió Sync and where to get help.</source>
            <translation>Esta versión de Figestió Sync y dónde encontrar ayuda.</translation>
        </message>
        <message>
            <source>Version %1 is available.</source>
            <translation>La versión %1 ya está disponible.</translation>
        </message>
        <message>
            <source>Version and updates</source>
            <translation>Versión y actualizaciones</translation>
        </message>
    </context>
    <context>
        <name>figestio::VersionsClient</name>
        <message>
            <source>%1: expected a list</source>
            <translation>%1: se esperaba una lista</translation>
        </message>
        <message>
            <source>%1: expected an object</source>
            <translation>%1: se esperaba un objeto</translation>
        </message>
        <message>
            <source>Reading the previous versions of files</source>
            <translation>Leyendo las versiones anteriores de los archivos</translation>
        </message>
        <message>
            <source>Restoring files</source>
            <translation>Restaurando archivos</translation>
        </message>
        <message>
            <source>The sync service is not running.</source>
            <translation>El servicio de sincronización no se está ejecutando.</translation>
        </message>
        <message>
            <source>Unknown error.</source>
            <translation>Error desconocido.</translation>
        </message>
    </context>
    <context>
        <name>figestio::WelcomePage</name>
        <message>
            <source>After that, Figestió Sync works quietly from its icon in the system tray.</source>
            <translation>Después, Figestió Sync trabaja discretamente desde su icono en la bandeja del sistema.</translation>
        </message>
        <message>
            <source>Choose the folder to keep in sync.</source>
            <translation>Elija la carpeta que desea sincronizar.</translation>
        </message>
        <message>
            <source>Figestió Sync keeps a folder on this computer identical to your agency's folder on the Figestió server. Files you save there reach your agency, and the files your agency shares with you appear there.

Setting it up takes a minute:</source>
            <translation>Figestió Sync mantiene una carpeta de este ordenador idéntica a la carpeta de su gestoría en el servidor de Figestió. Los archivos que guarde en ella llegan a su gestoría, y los archivos que su gestoría comparte con usted aparecen en ella.

Configurarlo solo lleva un minuto:</translation>
        </message>
        <message>
            <source>Keep a folder on this computer in sync with your agency.</source>
            <translation>Mantenga una carpeta de este ordenador sincronizada con su gestoría.</translation>
        </message>
        <message>
            <source>Sign in with your Figestió account, in your web browser.</source>
            <translation>Inicie sesión con su cuenta de Figestió, en el navegador web.</translation>
        </message>
        <message>
            <source>That's all: your files stay up to date by themselves.</source>
            <translation>Y listo: los archivos se mantienen al día solos.</translation>
        </message>
        <message>
            <source>Welcome to Figestió Sync</source>
            <translation>Le damos la bienvenida a Figestió Sync</translation>
        </message>
    </context>
</TS>
