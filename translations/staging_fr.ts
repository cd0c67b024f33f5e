<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Staging::Application</name>
    <message>
        <source>Training mode: nothing is sent to a real Wazo portal.</source>
        <translation>Mode formation&#xa0;: rien n&apos;est envoyé à un vrai portail Wazo.</translation>
    </message>
    <message>
        <source>The job log: a SQLite file or a postgresql://user@host:port/dbname URL (default: the settings&apos; value, else %1).</source>
        <translation>Le journal&#xa0;: un fichier SQLite ou une URL postgresql://utilisateur@hôte:port/base (par défaut&#xa0;: la valeur des paramètres, sinon %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>The language of the workbench: fr or en.</source>
        <translation>La langue de l&apos;atelier&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Guided, recorded, resumable staging of Wazo telephony orders.</source>
        <translation>Préparation guidée, tracée et reprenable des commandes de téléphonie Wazo.</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Staging Workbench</source>
        <translation>Staging Workbench</translation>
    </message>
    <message>
        <source>The job log cannot be opened, and the workbench records everything in it.

%1</source>
        <translation>Impossible d&apos;ouvrir le journal, or l&apos;atelier y enregistre tout.

%1</translation>
    </message>
    <message>
        <source>With --training: go through a sample order, write one PNG per wizard page, the main window and the history into DIR, then exit (a temporary job log unless --joblog).</source>
        <translation>Avec --training : parcourt une commande d&apos;exemple, enregistre un PNG par page de l&apos;assistant, la fenêtre principale et l&apos;historique dans DOSSIER, puis quitte (journal temporaire sauf avec --joblog).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>--screenshot needs --training: pictures are taken of the training sample order.</source>
        <translation>--screenshot demande --training : les captures sont prises sur la commande d&apos;exemple de formation.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
</context>
<context>
    <name>Staging::BarcodeEncoder</name>
    <message>
        <source>Out of memory while encoding a barcode.</source>
        <translation>Mémoire insuffisante pour encoder un code-barres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be encoded as a %2: %3</source>
        <translation>« %1 » ne peut pas être encodé en %2 : %3</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>code QR</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
</context>
<context>
    <name>Staging::BenchDiscovery</name>
    <message>
        <source>On the bench&apos;s DHCP server, give the phones option 66 (TFTP server name) with the value:
  %1
For ISC dhcpd: option tftp-server-name &quot;%1&quot;;
For dnsmasq: dhcp-option=66,&quot;%1&quot;
Yealink phones ask that address for their files when they boot in factory settings.</source>
        <translation>Sur le serveur DHCP de l&apos;établi, donnez aux téléphones l&apos;option 66 (nom du serveur TFTP) avec la valeur :
  %1
Pour ISC dhcpd : option tftp-server-name &quot;%1&quot;;
Pour dnsmasq : dhcp-option=66,&quot;%1&quot;
Les téléphones Yealink demandent leurs fichiers à cette adresse quand ils démarrent en configuration d&apos;usine.</translation>
    </message>
    <message>
        <source>Or, on each phone&apos;s web interface: Settings &gt; Auto Provision &gt; Server URL: %1, then Confirm and Auto Provision Now.</source>
        <translation>Ou, dans l&apos;interface web de chaque téléphone : Settings &gt; Auto Provision &gt; Server URL : %1, puis Confirm et Auto Provision Now.</translation>
    </message>
</context>
<context>
    <name>Staging::BenchKey</name>
    <message>
        <source>The bench SSH key in the keychain (%1) cannot be read.</source>
        <translation>La clé SSH de l&apos;établi dans le trousseau (%1) ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The keychain does not give back the bench SSH key (%1) made earlier: unlock the keychain. No new key is made, because the Shuttles installed with this one would refuse it.</source>
        <translation>Le trousseau ne rend pas la clé SSH de l&apos;établi (%1) créée auparavant : déverrouillez le trousseau. Aucune nouvelle clé n&apos;est créée, car les Shuttles installés avec celle-ci la refuseraient.</translation>
    </message>
</context>
<context>
    <name>Staging::BenchProvisioningService</name>
    <message>
        <source>The bench provisioning service cannot listen on %1 port %2 (address not on this machine, or port taken).</source>
        <translation>Le service de provisionnement de l&apos;établi ne peut pas écouter sur %1 port %2 (adresse absente de cette machine, ou port déjà pris).</translation>
    </message>
</context>
<context>
    <name>Staging::BenchSecretsJob</name>
    <message>
        <source>The keychain has no entry %1, but the phones of order %2 already got an admin password (%3). Unlock the keychain, or restore the entry; no new password is made.</source>
        <translation>Le trousseau n&apos;a pas d&apos;entrée %1, mais les téléphones de la commande %2 ont déjà reçu un mot de passe administrateur (%3). Déverrouillez le trousseau, ou restaurez l&apos;entrée ; aucun nouveau mot de passe n&apos;est créé.</translation>
    </message>
    <message>
        <source>No VPN profile for customer %1 in the keychain: import it first (stagingctl phones vpn-import --customer %1 FILE).</source>
        <translation>Aucun profil VPN pour le client %1 dans le trousseau : importez-le d&apos;abord (stagingctl phones vpn-import --customer %1 FICHIER).</translation>
    </message>
    <message>
        <source>The keychain has no entry %1, but the phones of order %2 already got a user password (%3). Unlock the keychain, or restore the entry; no new password is made.</source>
        <translation>Le trousseau n&apos;a pas d&apos;entrée %1, mais les téléphones de la commande %2 ont déjà reçu un mot de passe utilisateur (%3). Déverrouillez le trousseau ou restaurez l&apos;entrée ; aucun nouveau mot de passe n&apos;est créé.</translation>
    </message>
</context>
<context>
    <name>Staging::BenchServicePanel</name>
    <message>
        <source>Bench provisioning service</source>
        <translation>Service de provisionnement de l&apos;établi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>&amp;Start the service</source>
        <translation>&amp;Démarrer le service</translation>
    </message>
    <message>
        <source>Bench interface:</source>
        <translation>Interface de l&apos;établi :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Agency provisioning server:</source>
        <translation>Serveur de provisionnement de l&apos;agence :</translation>
    </message>
    <message>
        <source>Agency provisioning server: &quot;%1&quot; is not a URL.</source>
        <translation>Serveur de provisionnement de l&apos;agence : « %1 » n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>En écoute sur %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>This machine (127.0.0.1), training</source>
        <translation>Cette machine (127.0.0.1), formation</translation>
    </message>
    <message>
        <source>The folder of the vendor&apos;s firmware files</source>
        <translation>Le dossier des micrologiciels du fabricant</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Training: no firmware to serve</source>
        <translation>Formation : aucun micrologiciel à servir</translation>
    </message>
    <message>
        <source>Firmware folder</source>
        <translation>Dossier des micrologiciels</translation>
    </message>
    <message>
        <source>Firmware folder:</source>
        <translation>Dossier des micrologiciels :</translation>
    </message>
    <message>
        <source>Training: once the service is started, the rehearsal&apos;s phones fetch their files from it, then come up on the simulated agency stack.</source>
        <translation>Formation : une fois le service démarré, les téléphones de l&apos;exercice y prennent leurs fichiers, puis apparaissent sur la stack simulée de l&apos;agence.</translation>
    </message>
    <message>
        <source>Not in the firmware folder: %1. Phones of those models cannot upgrade, so they cannot be done.</source>
        <translation>Absents du dossier des micrologiciels : %1. Les téléphones de ces modèles ne peuvent pas être mis à jour, ils ne pourront donc pas être terminés.</translation>
    </message>
    <message>
        <source>Import the customer&apos;s VPN profile…</source>
        <translation>Importer le profil VPN du client…</translation>
    </message>
    <message>
        <source>The customer&apos;s OpenVPN profile</source>
        <translation>Le profil OpenVPN du client</translation>
    </message>
    <message>
        <source>OpenVPN profiles (*.ovpn *.conf)</source>
        <translation>Profils OpenVPN (*.ovpn *.conf)</translation>
    </message>
    <message>
        <source>VPN:</source>
        <translation>VPN :</translation>
    </message>
    <message>
        <source>The VPN profile of customer %1 is in the keychain.</source>
        <translation>Le profil VPN du client %1 est dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Staging::CsvReader</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is too large for a numbering plan.</source>
        <translation>%1 est trop volumineux pour un plan de numérotation.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: it is neither text (CSV) nor an XLSX workbook.</source>
        <translation>%1 n&apos;est pas un tableur&#xa0;: ce n&apos;est ni du texte (CSV) ni un classeur XLSX.</translation>
    </message>
    <message>
        <source>%1 mixes two text encodings (UTF-8 and Windows-1252), so accented names would come out garbled. Open it in the spreadsheet and save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 mélange deux encodages de texte (UTF-8 et Windows-1252)&#xa0;: les noms accentués seraient illisibles. Ouvrez-le dans le tableur et enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>more than %1 columns.</source>
        <translation>plus de %1 colonnes.</translation>
    </message>
    <message>
        <source>more than %1 rows; a numbering plan is far smaller.</source>
        <translation>plus de %1 lignes&#xa0;; un plan de numérotation est bien plus petit.</translation>
    </message>
    <message>
        <source>a cell longer than %1 characters.</source>
        <translation>une cellule de plus de %1 caractères.</translation>
    </message>
    <message>
        <source>%1, row %2: a quote opens a cell and is never closed.</source>
        <translation>%1, ligne %2&#xa0;: un guillemet ouvre une cellule et n&apos;est jamais refermé.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl</name>
    <message>
        <source>The phones&apos; language, one of %1 (default %2).</source>
        <translation>La langue des téléphones, parmi %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALE</translation>
    </message>
    <message>
        <source>The phones&apos; time zone (default %1).</source>
        <translation>Le fuseau horaire des téléphones (par défaut %1).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>The phones&apos; time server (default %1).</source>
        <translation>Le serveur de temps des téléphones (par défaut %1).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>--%1: a saved order keeps the region it was saved with.</source>
        <translation>--%1 : une commande enregistrée garde la région avec laquelle elle l&apos;a été.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an https://host[:port] address.</source>
        <translation>--%1 : « %2 » n&apos;est pas une adresse https://hôte[:port].</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::HistoryCommand</name>
    <message>
        <source>Prints the job log: one order&apos;s history, or every event matching the filters.</source>
        <translation>Affiche le journal&#xa0;: l&apos;historique d&apos;une commande, ou tous les événements qui correspondent aux filtres.</translation>
    </message>
    <message>
        <source>The order id (optional).</source>
        <translation>La référence de la commande (facultative).</translation>
    </message>
    <message>
        <source>[ORDER]</source>
        <translation>[COMMANDE]</translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Format de sortie&#xa0;: text, csv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The job log: a SQLite file or a postgresql:// URL (default: the workbench&apos;s settings, else %1).</source>
        <translation>Le journal&#xa0;: un fichier SQLite ou une URL postgresql:// (par défaut&#xa0;: les paramètres de l&apos;atelier, sinon %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>Only this technician&apos;s events.</source>
        <translation>Seulement les événements de ce technicien.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only this bench&apos;s events.</source>
        <translation>Seulement les événements de cet établi.</translation>
    </message>
    <message>
        <source>Only orders whose customer name contains TEXT.</source>
        <translation>Seulement les commandes dont le nom du client contient TEXTE.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Only events with this result (ok, failed, ...).</source>
        <translation>Seulement les événements de ce résultat (ok, failed...).</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>At most N events (default 10000).</source>
        <translation>Au plus N événements (10000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: stagingctl history [ORDER] [--format text|csv|json] [--joblog LOCATION]</source>
        <translation>Utilisation&#xa0;: stagingctl history [COMMANDE] [--format text|csv|json] [--joblog EMPLACEMENT]</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>No event.</source>
        <translation>Aucun événement.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::LabelsCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Prints an order&apos;s labels to a PDF, a ZPL file or a Zebra printer.
Exit status: 0 printed, 1 some labels lack data (nothing printed), 2 bad options, unreadable input or printer unreachable.</source>
        <translation>Imprime les étiquettes d&apos;une commande dans un PDF, un fichier ZPL ou sur une imprimante Zebra.
Code de sortie : 0 imprimé, 1 des étiquettes manquent de données (rien n&apos;est imprimé), 2 options incorrectes, entrée illisible ou imprimante injoignable.</translation>
    </message>
    <message>
        <source>Labels from a numbering plan (CSV or XLSX).</source>
        <translation>Étiquettes d&apos;après un plan de numérotation (CSV ou XLSX).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Labels of an order saved in the job log.</source>
        <translation>Étiquettes d&apos;une commande enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>handset, box, shuttle-ports or shuttle-box (default: every kind, the whole order).</source>
        <translation>handset, box, shuttle-ports ou shuttle-box (par défaut : toutes les sortes, toute la commande).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SORTE</translation>
    </message>
    <message>
        <source>Only the label of this station (extension or name), to reprint it.</source>
        <translation>Seulement l&apos;étiquette de ce poste (numéro interne ou nom), pour la réimprimer.</translation>
    </message>
    <message>
        <source>STATION</source>
        <translation>POSTE</translation>
    </message>
    <message>
        <source>The labels&apos; medium, remembered for this destination: %1.</source>
        <translation>Le support des étiquettes, mémorisé pour cette destination : %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation>Écrire un PDF.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>Write ZPL II to a file.</source>
        <translation>Écrire du ZPL II dans un fichier.</translation>
    </message>
    <message>
        <source>Send ZPL II to a Zebra printer (port 9100 by default).</source>
        <translation>Envoyer du ZPL II à une imprimante Zebra (port 9100 par défaut).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HÔTE:PORT</translation>
    </message>
    <message>
        <source>The job log: a SQLite file or a postgresql:// URL (default: the workbench&apos;s settings, else %1).</source>
        <translation>Le journal : un fichier SQLite ou une URL postgresql:// (par défaut : les réglages de l&apos;établi, sinon %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>Usage: stagingctl labels --plan FILE | --order ID [--kind KIND] [--media NAME] (--out FILE.pdf | --zpl FILE | --zpl-host HOST:PORT)</source>
        <translation>Usage : stagingctl labels --plan FICHIER | --order ID [--kind SORTE] [--media NOM] (--out FICHIER.pdf | --zpl FICHIER | --zpl-host HÔTE:PORT)</translation>
    </message>
    <message>
        <source>--zpl-host: %1</source>
        <translation>--zpl-host : %1</translation>
    </message>
    <message>
        <source>--media: unknown medium &quot;%1&quot;; known: %2.</source>
        <translation>--media : support « %1 » inconnu ; supports connus : %2.</translation>
    </message>
    <message>
        <source>--media: %1 is not a Zebra medium; ZPL needs one of the zebra-* media.</source>
        <translation>--media : %1 n&apos;est pas un support Zebra ; le ZPL demande un des supports zebra-*.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>There is no label of this kind to print.</source>
        <translation>Il n&apos;y a aucune étiquette de cette sorte à imprimer.</translation>
    </message>
    <message>
        <source>No station &quot;%1&quot; with a phone.</source>
        <translation>Aucun poste « %1 » avec un téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n étiquette sur %1 vers %2.</numerusform>
            <numerusform>%n étiquettes sur %1 vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>key-sheet: the keys of the receptionists&apos; phones, printed only when asked for.</source>
        <translation>key-sheet&#xa0;: les touches des postes des standardistes, imprimées seulement sur demande.</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not a label kind; use one of: %2.</source>
        <translation>--kind&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;étiquette&#xa0;; utilisez l&apos;un de&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::MigrateCommand</name>
    <message>
        <source>The numbering plan (CSV or XLSX), with the phones&apos; IP column.</source>
        <translation>Le plan de numérotation (CSV ou XLSX), avec la colonne d&apos;adresse IP des téléphones.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The agency stack, https://host[:port].</source>
        <translation>La stack de l&apos;agence, https://hôte[:port].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the stack&apos;s certificate (hex, colons allowed).</source>
        <translation>Empreinte SHA-256 du certificat de la stack (hexadécimal, deux-points acceptés).</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The portal user.</source>
        <translation>L&apos;utilisateur du portail.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>Le nom du client.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The customer id (SIRET).</source>
        <translation>L&apos;identifiant du client (SIRET).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The customer&apos;s extension range (default 8000-8020).</source>
        <translation>La plage de numéros internes du client (par défaut 8000-8020).</translation>
    </message>
    <message>
        <source>START-END</source>
        <translation>DÉBUT-FIN</translation>
    </message>
    <message>
        <source>The order reference for the job log and the phones&apos; passwords (default: order apply&apos;s, apply-CUSTOMER-ID).</source>
        <translation>La référence de la commande pour le journal et les mots de passe des téléphones (par défaut&#xa0;: celle d&apos;order apply, apply-ID-CLIENT).</translation>
    </message>
    <message>
        <source>The provisioning server URL typed on each phone: the stack&apos;s, as the phones reach it through the VPN (required, also with --dry-run).</source>
        <translation>L&apos;URL du serveur de provisionnement à saisir sur chaque téléphone&#xa0;: celle de la stack, telle que les téléphones la joignent par le VPN (obligatoire, même avec --dry-run).</translation>
    </message>
    <message>
        <source>Where the VPN tar the phones take is written, as ORDER-vpn.tar, when the customer has a VPN profile in the keychain (default: the current directory).</source>
        <translation>Où écrire le tar VPN que prennent les téléphones, sous le nom COMMANDE-vpn.tar, quand le profil VPN du client est dans le trousseau (par défaut&#xa0;: le dossier courant).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>How long a phone may take to reach the stack and be configured (default 600).</source>
        <translation>Le temps laissé à un téléphone pour joindre la stack et être configuré (par défaut 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>How often the stack is asked whether the phone is there (default 3, fractions allowed).</source>
        <translation>L&apos;intervalle entre deux demandes à la stack pour savoir si le téléphone est là (par défaut 3, décimales acceptées).</translation>
    </message>
    <message>
        <source>Only print each phone&apos;s instructions and what would be done; nothing is sent to the stack.</source>
        <translation>Seulement afficher les instructions de chaque téléphone et ce qui serait fait&#xa0;; rien n&apos;est envoyé à la stack.</translation>
    </message>
    <message>
        <source>The job log (a SQLite file or a postgresql:// URL).</source>
        <translation>Le journal (un fichier SQLite ou une URL postgresql://).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>--timeout-per-phone: &quot;%1&quot; is not a number of seconds above 0 (at most 86400).</source>
        <translation>--timeout-per-phone&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes supérieur à 0 (86400 au plus).</translation>
    </message>
    <message>
        <source>--poll-interval: &quot;%1&quot; is not a number of seconds above 0 (at most 600).</source>
        <translation>--poll-interval&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes supérieur à 0 (600 au plus).</translation>
    </message>
    <message>
        <source>--provisioning-url: &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>--provisioning-url&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>--customer-id: %1</source>
        <translation>--customer-id&#xa0;: %1</translation>
    </message>
    <message>
        <source>--range: %1</source>
        <translation>--range&#xa0;: %1</translation>
    </message>
    <message>
        <source>--vpn-dir: cannot write %1: %2</source>
        <translation>--vpn-dir&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>phone %1/%2  row %3  %4  %5  %6</source>
        <translation>téléphone %1/%2  ligne %3  %4  %5  %6</translation>
    </message>
    <message>
        <source>  %1. Open its web interface: IP unknown: find it on the phone&apos;s screen, then open http://that-address.</source>
        <translation>  %1. Ouvrez son interface web&#xa0;: IP inconnue&#xa0;: lisez-la sur l&apos;écran du téléphone, puis ouvrez http://cette-adresse.</translation>
    </message>
    <message>
        <source>  %1. Open its web interface:</source>
        <translation>  %1. Ouvrez son interface web&#xa0;:</translation>
    </message>
    <message>
        <source>  %1. Reset it to its factory settings, then open its web interface again (the vendor&apos;s default admin password).</source>
        <translation>  %1. Remettez-le en configuration d&apos;usine, puis rouvrez son interface web (mot de passe administrateur par défaut du fabricant).</translation>
    </message>
    <message>
        <source>  %1. Upload the VPN tar, made from the customer&apos;s VPN profile, and turn the VPN on:</source>
        <translation>  %1. Téléversez le tar VPN, fait à partir du profil VPN du client, et activez le VPN&#xa0;:</translation>
    </message>
    <message>
        <source>  %1. Type the provisioning server URL and start the provisioning:</source>
        <translation>  %1. Saisissez l&apos;URL du serveur de provisionnement et lancez le provisionnement&#xa0;:</translation>
    </message>
    <message>
        <source>  Once provisioned, its admin password is the order&apos;s phone admin password, kept in the keychain as &quot;%1&quot; (not shown here).</source>
        <translation>  Une fois provisionné, son mot de passe administrateur est celui des téléphones de la commande, gardé dans le trousseau sous «&#xa0;%1&#xa0;» (non affiché ici).</translation>
    </message>
    <message>
        <source>  configured in an earlier run: skipped</source>
        <translation>  configuré lors d&apos;un lancement précédent&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>  left on the old server in an earlier run: skipped</source>
        <translation>  laissé sur l&apos;ancien serveur lors d&apos;un lancement précédent&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>Moves an existing customer&apos;s phones onto the agency stack, one at a time: for each phone, in plan order, what to do on it, then its progress until the stack says it is configured.
Exit status: 0 every phone is configured, 1 one timed out or was refused (the phones after it are untouched), 2 bad input.</source>
        <translation>Déplace les téléphones d&apos;un client existant sur la stack de l&apos;agence, un par un&#xa0;: pour chaque téléphone, dans l&apos;ordre du plan, ce qu&apos;il faut y faire, puis sa progression jusqu&apos;à ce que la stack le dise configuré.
Code de sortie&#xa0;: 0 chaque téléphone est configuré, 1 l&apos;un a dépassé son délai ou a été refusé (les téléphones suivants restent intacts), 2 entrée incorrecte.</translation>
    </message>
    <message>
        <source>%1: no phone to move (a row with a MAC and a phone model).</source>
        <translation>%1&#xa0;: aucun téléphone à déplacer (une ligne avec une MAC et un modèle de téléphone).</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent to the stack. A run would put the order&apos;s users and lines on %1 (customer %2) first, then move the phones one at a time.</source>
        <translation>Simulation&#xa0;: rien n&apos;est envoyé à la stack. Un vrai lancement mettrait d&apos;abord les utilisateurs et les lignes de la commande sur %1 (client %2), puis déplacerait les téléphones un par un.</translation>
    </message>
    <message>
        <source>  would wait up to %1 for %2 on the stack, claim it, attach it to its line and wait until the stack says it is configured</source>
        <translation>  attendrait au plus %1 que %2 apparaisse sur la stack, le réclamerait, le rattacherait à sa ligne et attendrait que la stack le dise configuré</translation>
    </message>
    <message>
        <source>The VPN tar would be written to %1.</source>
        <translation>Le tar VPN serait écrit dans %1.</translation>
    </message>
    <message>
        <source>Putting the order&apos;s users and lines on the stack...</source>
        <translation>Mise en place des utilisateurs et des lignes de la commande sur la stack...</translation>
    </message>
    <message>
        <source>The order&apos;s users and lines are on the stack.</source>
        <translation>Les utilisateurs et les lignes de la commande sont sur la stack.</translation>
    </message>
    <message>
        <source>  seen</source>
        <translation>  vu</translation>
    </message>
    <message>
        <source>  attaching</source>
        <translation>  rattachement</translation>
    </message>
    <message>
        <source>  synchronized, waiting for the stack&apos;s word</source>
        <translation>  synchronisé, en attente de la réponse de la stack</translation>
    </message>
    <message>
        <source>  configured</source>
        <translation>  configuré</translation>
    </message>
    <message>
        <source>  waiting for the stack&apos;s word on %1 (%2 of %3)</source>
        <translation>  en attente de la réponse de la stack sur %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>  waiting for %1 on the stack (%2 of %3)</source>
        <translation>  en attente de %1 sur la stack (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 of %2 phone(s) configured on the stack</source>
        <translation>%1 téléphone(s) sur %2 configuré(s) sur la stack</translation>
    </message>
    <message numerus="yes">
        <source>, %n left on the old server</source>
        <translation>
            <numerusform>, %n laissé sur l&apos;ancien serveur</numerusform>
            <numerusform>, %n laissés sur l&apos;ancien serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>what to check: %1</source>
        <translation>à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: the phones not configured yet are untouched on the stack.</source>
        <translation>Annulé&#xa0;: les téléphones pas encore configurés restent intacts sur la stack.</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>  what to check: %1</source>
        <translation>  à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled at phone %1/%2 (row %3, %4).</source>
        <translation>Annulé au téléphone %1/%2 (ligne %3, %4).</translation>
    </message>
    <message>
        <source>The migration stopped at phone %1/%2 (row %3, %4).</source>
        <translation>La migration s&apos;est arrêtée au téléphone %1/%2 (ligne %3, %4).</translation>
    </message>
    <message>
        <source>The phones after it are untouched on the stack; run the same command again to resume from this phone.</source>
        <translation>Les téléphones suivants restent intacts sur la stack&#xa0;; relancez la même commande pour reprendre à partir de ce téléphone.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::OrderApplyCommand</name>
    <message>
        <source>Provisions a customer&apos;s numbering plan on a Wazo stack, resumably.
Exit status: 0 the stack matches the plan, 1 it does not, 2 bad input.</source>
        <translation>Provisionne le plan de numérotation d&apos;un client sur une stack Wazo, avec reprise possible.
Code de sortie : 0 la stack correspond au plan, 1 elle n&apos;y correspond pas, 2 entrée incorrecte.</translation>
    </message>
    <message>
        <source>The numbering plan (CSV or XLSX).</source>
        <translation>Le plan de numérotation (CSV ou XLSX).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The stack, https://host[:port].</source>
        <translation>La stack, https://hôte[:port].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the stack&apos;s certificate (hex, colons allowed).</source>
        <translation>Empreinte SHA-256 du certificat de la stack (hexadécimal, deux-points acceptés).</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The portal user.</source>
        <translation>L&apos;utilisateur du portail.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>Le nom du client.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The customer id (SIRET).</source>
        <translation>L&apos;identifiant du client (SIRET).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The customer&apos;s extension range (default 8000-8020).</source>
        <translation>La plage de numéros internes du client (par défaut 8000-8020).</translation>
    </message>
    <message>
        <source>START-END</source>
        <translation>DÉBUT-FIN</translation>
    </message>
    <message>
        <source>The order reference for the job log.</source>
        <translation>La référence de la commande pour le journal.</translation>
    </message>
    <message>
        <source>Only compare with the stack: create, already there or conflict.</source>
        <translation>Seulement comparer avec la stack : à créer, déjà présent ou en conflit.</translation>
    </message>
    <message>
        <source>Complete an order the stack already holds part of.</source>
        <translation>Compléter une commande dont la stack contient déjà une partie.</translation>
    </message>
    <message>
        <source>Requests in flight at most (default 8).</source>
        <translation>Nombre maximal de requêtes en cours (par défaut 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The job log (a SQLite file or a postgresql:// URL).</source>
        <translation>Le journal (un fichier SQLite ou une URL postgresql://).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>--window: a number from 1 to 64.</source>
        <translation>--window : un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>--range: %1</source>
        <translation>--range : %1</translation>
    </message>
    <message>
        <source>--customer-id: %1</source>
        <translation>--customer-id : %1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n problem(s): nothing was sent (see stagingctl plan check).</source>
        <translation>
            <numerusform>Le plan a %n problème : rien n&apos;a été envoyé (voir stagingctl plan check).</numerusform>
            <numerusform>Le plan a %n problèmes : rien n&apos;a été envoyé (voir stagingctl plan check).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1 : %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>The stack already holds %n resource(s) of this order: run again with --resume to complete it, or --dry-run to see the difference.</source>
        <translation>
            <numerusform>La stack contient déjà %n ressource de cette commande : relancez avec --resume pour la compléter, ou --dry-run pour voir la différence.</numerusform>
            <numerusform>La stack contient déjà %n ressources de cette commande : relancez avec --resume pour la compléter, ou --dry-run pour voir la différence.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 to create, %4 conflicts, %5 failed, %6 skipped; %7 requests</source>
        <translation>%1 créé(s), %2 déjà présent(s), %3 à créer, %4 conflit(s), %5 en échec, %6 ignoré(s) ; %7 requêtes</translation>
    </message>
    <message>
        <source>The customer&apos;s Shuttle on its LAN: the phones&apos; provisioning host, phonebook address and the network allowed to query it.</source>
        <translation>Le Shuttle du client sur son réseau local : l&apos;hôte de provisionnement des téléphones, l&apos;adresse de l&apos;annuaire et le réseau autorisé à l&apos;interroger.</translation>
    </message>
    <message>
        <source>ADDRESS/NETMASK</source>
        <translation>ADRESSE/MASQUE</translation>
    </message>
    <message>
        <source>--shuttle-lan: &quot;%1&quot; is not an IPv4 address and netmask, e.g. 192.168.1.2/255.255.255.0 or 192.168.1.2/24.</source>
        <translation>--shuttle-lan : « %1 » n&apos;est pas une adresse IPv4 et un masque, par exemple 192.168.1.2/255.255.255.0 ou 192.168.1.2/24.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>The STUN server the customer&apos;s Shuttle stack gives its media (on-premise).</source>
        <translation>Le serveur STUN que la stack du Shuttle du client donne à ses médias (sur site).</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>Turn ICE on for it (needs --stun-server).</source>
        <translation>Y activer ICE (demande --stun-server).</translation>
    </message>
    <message>
        <source>No password for %1 on %2: set %3, store it in the keychain as &quot;%4&quot;, or run from a terminal.</source>
        <translation>Pas de mot de passe pour %1 sur %2 : définissez %3, rangez-le dans le trousseau sous « %4 », ou lancez depuis un terminal.</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s network interface that holds its LAN address, where its DHCP server serves the phones (needs --shuttle-lan).</source>
        <translation>L&apos;interface réseau du Shuttle qui porte son adresse sur le réseau local, où son serveur DHCP sert les téléphones (demande --shuttle-lan).</translation>
    </message>
    <message>
        <source>--dhcp-interface: &quot;%1&quot; is not a network interface name.</source>
        <translation>--dhcp-interface : « %1 » n&apos;est pas un nom d&apos;interface réseau.</translation>
    </message>
    <message>
        <source>--dhcp-interface needs --shuttle-lan: the phones&apos; pool is planned in the Shuttle&apos;s network.</source>
        <translation>--dhcp-interface demande --shuttle-lan : la plage d&apos;adresses des téléphones est prévue dans le réseau du Shuttle.</translation>
    </message>
    <message>
        <source>Stopped before the apply ended: run the same command again to resume.</source>
        <translation>Arrêté avant la fin de l&apos;application&#xa0;: relancez la même commande pour reprendre.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::OrderTeamCommand</name>
    <message>
        <source>Claims an order for a bench, or reserves a MAC, a DID or a Shuttle serial for an order, in the job log the team of benches shares.</source>
        <translation>Prend en charge une commande pour un établi, ou réserve une adresse MAC, une SDA ou un numéro de série de Shuttle pour une commande, dans le journal partagé par l&apos;équipe d&apos;établis.</translation>
    </message>
    <message>
        <source>claim, release, takeover, reserve or unreserve.</source>
        <translation>claim, release, takeover, reserve ou unreserve.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The order id.</source>
        <translation>L&apos;identifiant de la commande.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>For reserve and unreserve: mac, did or serial, then the value.</source>
        <translation>Pour reserve et unreserve : mac, did ou serial, puis la valeur.</translation>
    </message>
    <message>
        <source>[KIND VALUE]</source>
        <translation>[SORTE VALEUR]</translation>
    </message>
    <message>
        <source>The job log: a SQLite file or a postgresql:// URL (default: the workbench&apos;s settings, else %1).</source>
        <translation>Le journal : un fichier SQLite ou une URL postgresql:// (par défaut : les réglages de l&apos;établi, sinon %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>This bench&apos;s name.</source>
        <translation>Le nom de cet établi.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The technician (the supervisor for takeover).</source>
        <translation>Le technicien (le superviseur pour takeover).</translation>
    </message>
    <message>
        <source>How long a claim lasts unless renewed (default %1).</source>
        <translation>Durée d&apos;une prise en charge, sauf renouvellement (par défaut %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: stagingctl order claim|release|takeover ORDER --bench NAME --technician NAME [--lease-minutes N] [--joblog LOCATION]
       stagingctl order reserve|unreserve ORDER mac|did|serial VALUE --bench NAME --technician NAME [--joblog LOCATION]</source>
        <translation>Usage : stagingctl order claim|release|takeover COMMANDE --bench NOM --technician NOM [--lease-minutes N] [--joblog EMPLACEMENT]
        stagingctl order reserve|unreserve COMMANDE mac|did|serial VALEUR --bench NOM --technician NOM [--joblog EMPLACEMENT]</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: expected mac, did or serial.</source>
        <translation>Sorte « %1 » inconnue : mac, did ou serial attendu.</translation>
    </message>
    <message>
        <source>Order %1 is claimed by %2 on bench %3 until %4.</source>
        <translation>La commande %1 est prise en charge par %2 sur l&apos;établi %3 jusqu&apos;à %4.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PhonesConfigCommand</name>
    <message>
        <source>Prints the file a phone of an on-cloud order receives from the bench, secrets masked unless --reveal.</source>
        <translation>Affiche le fichier qu&apos;un téléphone d&apos;une commande cloud reçoit de l&apos;établi, secrets masqués sauf avec --reveal.</translation>
    </message>
    <message>
        <source>The order&apos;s numbering plan (CSV or XLSX).</source>
        <translation>Le plan de numérotation de la commande (CSV ou XLSX).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>An order saved in the job log.</source>
        <translation>Une commande enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC.</source>
        <translation>L&apos;adresse MAC du téléphone.</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>The agency stack&apos;s provisioning server, as the phones reach it through the VPN.</source>
        <translation>Le serveur de provisionnement de la stack de l&apos;agence, tel que les téléphones le joignent par le VPN.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where the bench service answers (default 127.0.0.1:8080).</source>
        <translation>Où le service de l&apos;établi répond (par défaut 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Print the phone model&apos;s common file instead of the phone&apos;s own.</source>
        <translation>Afficher le fichier commun du modèle plutôt que celui du téléphone.</translation>
    </message>
    <message>
        <source>Show the admin password from the keychain (needs --order).</source>
        <translation>Montrer le mot de passe administrateur du trousseau (demande --order).</translation>
    </message>
    <message>
        <source>The job log (for --order).</source>
        <translation>Le journal (pour --order).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>No phone of the order has the MAC %1.</source>
        <translation>Aucun téléphone de la commande n&apos;a l&apos;adresse MAC %1.</translation>
    </message>
    <message>
        <source>Usage: stagingctl phones config --plan FILE | --order ID --mac MAC --provisioning-url URL [--listen ADDR:PORT] [--common] [--reveal (with --order)] [--locale L --timezone Z --ntp-server H (with --plan)]</source>
        <translation>Usage : stagingctl phones config --plan FICHIER | --order ID --mac MAC --provisioning-url URL [--listen ADRESSE:PORT] [--common] [--reveal (avec --order)] [--locale L --timezone F --ntp-server H (avec --plan)]</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PhonesServeCommand</name>
    <message>
        <source>Serves the phones of an on-cloud order their files at the bench, until killed. Every fetch goes into the order&apos;s job log.</source>
        <translation>Sert leurs fichiers aux téléphones d&apos;une commande cloud sur l&apos;établi, jusqu&apos;à l&apos;arrêt. Chaque téléchargement est inscrit au journal de la commande.</translation>
    </message>
    <message>
        <source>The order, saved in the job log.</source>
        <translation>La commande, enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The bench network address and port to answer on (e.g. 192.168.50.1:8080).</source>
        <translation>L&apos;adresse et le port du réseau de l&apos;établi où répondre (par exemple 192.168.50.1:8080).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>The agency stack&apos;s provisioning server, as the phones reach it through the VPN.</source>
        <translation>Le serveur de provisionnement de la stack de l&apos;agence, tel que les téléphones le joignent par le VPN.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The folder holding the vendor&apos;s firmware files.</source>
        <translation>Le dossier des fichiers de micrologiciel du fabricant.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The job log.</source>
        <translation>Le journal.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>Usage: stagingctl phones serve --order ID --listen ADDR:PORT --provisioning-url URL [--firmware DIR] [--joblog LOCATION]</source>
        <translation>Usage : stagingctl phones serve --order ID --listen ADRESSE:PORT --provisioning-url URL [--firmware DOSSIER] [--joblog EMPLACEMENT]</translation>
    </message>
    <message>
        <source>The firmware folder %1 does not exist.</source>
        <translation>Le dossier de micrologiciels %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Order %1 is on-premise: its phones are staged through the Shuttle, not the bench service.</source>
        <translation>La commande %1 est sur site : ses téléphones sont préparés par le Shuttle, pas par le service de l&apos;établi.</translation>
    </message>
    <message>
        <source>%1 (%2, firmware %3) fetched %4</source>
        <translation>%1 (%2, micrologiciel %3) a téléchargé %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not in the firmware folder: %1. Phones of those models cannot upgrade.</source>
        <translation>Absents du dossier des micrologiciels : %1. Les téléphones de ces modèles ne peuvent pas être mis à jour.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PhonesSupport</name>
    <message>
        <source>--listen: &quot;%1&quot; is not ADDRESS:PORT (e.g. 192.168.50.1:8080).</source>
        <translation>--listen : « %1 » n&apos;est pas ADRESSE:PORT (par exemple 192.168.50.1:8080).</translation>
    </message>
    <message>
        <source>Stopped before the phones&apos; passwords were read.</source>
        <translation>Arrêté avant la lecture des mots de passe des téléphones.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PhonesVpnImportCommand</name>
    <message>
        <source>Stores a customer&apos;s OpenVPN client profile (.ovpn with the CA, certificate and key inline) in the keychain, for the phones of its on-cloud orders.</source>
        <translation>Enregistre dans le trousseau le profil client OpenVPN d&apos;un client (.ovpn avec l&apos;AC, le certificat et la clé intégrés), pour les téléphones de ses commandes cloud.</translation>
    </message>
    <message>
        <source>The .ovpn profile.</source>
        <translation>Le profil .ovpn.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The customer id (SIRET) of the orders.</source>
        <translation>L&apos;identifiant client (SIRET) des commandes.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage: stagingctl phones vpn-import --customer ID FILE</source>
        <translation>Usage : stagingctl phones vpn-import --customer ID FICHIER</translation>
    </message>
    <message>
        <source>The VPN profile of customer %1 is in the keychain (%2).</source>
        <translation>Le profil VPN du client %1 est dans le trousseau (%2).</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PlanCheckCommand</name>
    <message>
        <source>Reads a customer&apos;s numbering plan (CSV or XLSX) and reports its problems.
Exit status: 0 valid, 1 problems found, 2 file unreadable.</source>
        <translation>Lit le plan de numérotation d&apos;un client (CSV ou XLSX) et en signale les problèmes.
Code de sortie&#xa0;: 0 valide, 1 problèmes trouvés, 2 fichier illisible.</translation>
    </message>
    <message>
        <source>The plan, as the customer sent it.</source>
        <translation>Le plan, tel que le client l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>The customer&apos;s extension range (default 8000-8020).</source>
        <translation>La plage de numéros internes du client (8000-8020 par défaut).</translation>
    </message>
    <message>
        <source>START-END</source>
        <translation>DÉBUT-FIN</translation>
    </message>
    <message>
        <source>Also check the customer id (SIRET).</source>
        <translation>Vérifier aussi l&apos;identifiant client (SIRET).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Usage: stagingctl plan check FILE [--range START-END] [--format text|json]</source>
        <translation>Utilisation&#xa0;: stagingctl plan check FICHIER [--range DÉBUT-FIN] [--format text|json]</translation>
    </message>
    <message>
        <source>--range: %1</source>
        <translation>--range&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 stations, header on row %3 (%4%5)</source>
        <translation>%1&#xa0;: %2 postes, en-tête à la ligne %3 (%4%5)</translation>
    </message>
    <message>
        <source> + module</source>
        <translation> + module</translation>
    </message>
    <message>
        <source>(new number)</source>
        <translation>(numéro à créer)</translation>
    </message>
    <message>
        <source>  * extension assigned by the workbench</source>
        <translation>  * numéro interne attribué par l&apos;atelier</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3)</source>
        <translation>ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>ring group &quot;%1&quot; (%2): %3</source>
        <translation>groupe d&apos;appel «&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PreseedRenderCommand</name>
    <message>
        <source>Prints a Shuttle&apos;s Debian 12 preseed on stdout (root password locked; no installer callback, which only the preseed server can receive).</source>
        <translation>Affiche sur la sortie standard le preseed Debian 12 d&apos;un Shuttle (mot de passe root verrouillé ; sans rappel de l&apos;installeur, que seul le serveur de preseed peut recevoir).</translation>
    </message>
    <message>
        <source>Warning: no --public-key, so no key is installed for root and root&apos;s password is locked.</source>
        <translation>Attention : sans --public-key, aucune clé n&apos;est installée pour root et le mot de passe de root est verrouillé.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PreseedServeCommand</name>
    <message>
        <source>Serves a Shuttle&apos;s Debian 12 preseed to its installer on the bench network until killed; once the installer has called back with the new host keys the preseed is no longer served. With --order every fetch and the callback go into the order&apos;s job log.</source>
        <translation>Sert le preseed Debian 12 d&apos;un Shuttle à son installeur sur le réseau de l&apos;établi jusqu&apos;à l&apos;arrêt ; une fois que l&apos;installeur a rappelé avec les nouvelles clés d&apos;hôte, le preseed n&apos;est plus servi. Avec --order, chaque téléchargement et le rappel sont inscrits au journal de la commande.</translation>
    </message>
    <message>
        <source>The bench&apos;s address on the Shuttle&apos;s network and the port (e.g. 192.168.50.1:8080).</source>
        <translation>L&apos;adresse de l&apos;établi sur le réseau du Shuttle et le port (par ex. 192.168.50.1:8080).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>The order the Shuttle belongs to, for the job log.</source>
        <translation>La commande à laquelle appartient le Shuttle, pour le journal.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The job log.</source>
        <translation>Le journal.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>--listen is required.</source>
        <translation>--listen est obligatoire.</translation>
    </message>
    <message>
        <source>Warning: no --order, so the fetches and the callback are not recorded in a job log.</source>
        <translation>Attention : pas de --order, donc les téléchargements et le rappel ne sont inscrits dans aucun journal.</translation>
    </message>
    <message>
        <source>Warning: no --public-key, so no key is installed for root and root&apos;s password is locked.</source>
        <translation>Attention : pas de --public-key, donc aucune clé n&apos;est installée pour root et le mot de passe de root est verrouillé.</translation>
    </message>
    <message>
        <source>%1 fetched the preseed.</source>
        <translation>%1 a téléchargé le preseed.</translation>
    </message>
    <message>
        <source>%1 sent a callback that was refused: %2</source>
        <translation>%1 a envoyé un rappel qui a été refusé : %2</translation>
    </message>
    <message>
        <source>%1 called back; its host keys:</source>
        <translation>%1 a rappelé ; ses clés d&apos;hôte :</translation>
    </message>
    <message>
        <source>The installation is done; the preseed is no longer served. Stop with Ctrl+C.</source>
        <translation>L&apos;installation est terminée ; le preseed n&apos;est plus servi. Arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::PreseedSupport</name>
    <message>
        <source>The Shuttle&apos;s serial (required).</source>
        <translation>Le numéro de série du Shuttle (obligatoire).</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SÉRIE</translation>
    </message>
    <message>
        <source>How the hostname is made from the serial (default %1).</source>
        <translation>Comment le nom d&apos;hôte est formé à partir du numéro de série (par défaut %1).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s internal disk (default /dev/sda).</source>
        <translation>Le disque interne du Shuttle (par défaut /dev/sda).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>PÉRIPHÉRIQUE</translation>
    </message>
    <message>
        <source>The bench&apos;s OpenSSH public key, installed for root.</source>
        <translation>La clé publique OpenSSH de l&apos;établi, installée pour root.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--serial is required.</source>
        <translation>--serial est obligatoire.</translation>
    </message>
    <message>
        <source>--public-key: cannot read %1: %2</source>
        <translation>--public-key : impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::ShuttleBenchKeyCommand</name>
    <message>
        <source>Prints the bench&apos;s public SSH key (for preseed render/serve --public-key). The key pair is made the first time; its private key stays in the keychain.</source>
        <translation>Affiche la clé SSH publique de l&apos;établi (pour preseed render/serve --public-key). La paire de clés est créée la première fois ; sa clé privée reste dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::ShuttlePostInstallCommand</name>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Runs the post-install steps on an installed Shuttle over SSH with the bench key: hostname, network, certificate, Wazo, hardware facts. Each step looks first and reports &quot;already done&quot; when nothing is to change. Exit 0 done, 1 when the hardware differs from the order, 2 on failure.</source>
        <translation>Exécute les étapes de post-installation sur un Shuttle installé, par SSH avec la clé de l&apos;établi : nom d&apos;hôte, réseau, certificat, Wazo, caractéristiques matérielles. Chaque étape vérifie d&apos;abord et indique « déjà fait » quand rien n&apos;est à changer. Code de sortie : 0 terminé, 1 si le matériel diffère de la commande, 2 en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s address.</source>
        <translation>L&apos;adresse du Shuttle.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>Port SSH (par défaut 22).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>SSH user (default root).</source>
        <translation>Utilisateur SSH (par défaut root).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Apply under this folder instead of / (rehearsal).</source>
        <translation>Appliquer sous ce dossier au lieu de / (répétition).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The order: the job log, its checklist&apos;s serial and the installer&apos;s host keys.</source>
        <translation>La commande : le journal, le numéro de série de sa liste de contrôle et les clés d&apos;hôte de l&apos;installeur.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s serial (else the order&apos;s checklist).</source>
        <translation>Le numéro de série du Shuttle (sinon celui de la liste de contrôle de la commande).</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SÉRIE</translation>
    </message>
    <message>
        <source>How the hostname is made from the serial.</source>
        <translation>Comment le nom d&apos;hôte est formé à partir du numéro de série.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s IPv4 address at the customer&apos;s.</source>
        <translation>L&apos;adresse IPv4 du Shuttle chez le client.</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Netmask (default 255.255.255.0).</source>
        <translation>Masque de sous-réseau (par défaut 255.255.255.0).</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASQUE</translation>
    </message>
    <message>
        <source>Default gateway.</source>
        <translation>Passerelle par défaut.</translation>
    </message>
    <message>
        <source>DNS servers, comma-separated.</source>
        <translation>Serveurs DNS, séparés par des virgules.</translation>
    </message>
    <message>
        <source>IP[,IP]</source>
        <translation>IP[,IP]</translation>
    </message>
    <message>
        <source>The Wazo installation command (default: the workbench&apos;s setting).</source>
        <translation>La commande d&apos;installation de Wazo (par défaut : le paramètre de l&apos;atelier).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>RAM the order expects (default 8; 0: not compared).</source>
        <translation>RAM attendue par la commande (par défaut 8 ; 0 : non comparée).</translation>
    </message>
    <message>
        <source>GIB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>Trust this SSH host key (SHA256:...) when it is not known yet (default: the installer&apos;s, with --order).</source>
        <translation>Faire confiance à cette clé d&apos;hôte SSH (SHA256:...) quand elle n&apos;est pas encore connue (par défaut : celle de l&apos;installeur, avec --order).</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>The job log.</source>
        <translation>Le journal.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>Usage: stagingctl shuttle postinstall --host H [--port P] [--user root] [--prefix DIR] --order ID|--serial S --address IP --gateway IP --dns IP[,IP] [--netmask M] [--interface N] [--wazo-command C] [--ram-gib N] [--host-fingerprint SHA256:...] [--joblog L]</source>
        <translation>Usage : stagingctl shuttle postinstall --host H [--port P] [--user root] [--prefix DOSSIER] --order ID|--serial S --address IP --gateway IP --dns IP[,IP] [--netmask M] [--interface N] [--wazo-command C] [--ram-gib N] [--host-fingerprint SHA256:...] [--joblog L]</translation>
    </message>
    <message>
        <source>Order %1 has no scanned serial: give --serial.</source>
        <translation>La commande %1 n&apos;a pas de numéro de série scanné : indiquez --serial.</translation>
    </message>
    <message>
        <source>Compare it with the Shuttle&apos;s console, then give it with --host-fingerprint.</source>
        <translation>Comparez-la avec la console du Shuttle, puis indiquez-la avec --host-fingerprint.</translation>
    </message>
    <message>
        <source>Connected to %1@%2, host key %3.</source>
        <translation>Connecté à %1@%2, clé d&apos;hôte %3.</translation>
    </message>
    <message>
        <source>Network interface (default: the Shuttle&apos;s wired one).</source>
        <translation>Interface réseau (par défaut : celle, filaire, du Shuttle).</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::SimServeCommand</name>
    <message>
        <source>Runs a simulated Wazo stack (wazo-auth, wazo-confd) over HTTPS on 127.0.0.1.
The first output line gives the URL and the certificate&apos;s SHA-256 fingerprint.</source>
        <translation>Lance une stack Wazo simulée (wazo-auth, wazo-confd) en HTTPS sur 127.0.0.1.
La première ligne affichée donne l&apos;URL et l&apos;empreinte SHA-256 du certificat.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one.</source>
        <translation>Port sur 127.0.0.1&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Delay added to every API answer.</source>
        <translation>Délai ajouté à chaque réponse de l&apos;API.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Login of the admin account.</source>
        <translation>Identifiant du compte administrateur.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Password of the admin account.</source>
        <translation>Mot de passe du compte administrateur.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>MOT_DE_PASSE</translation>
    </message>
    <message>
        <source>Cannot install the signal handlers.</source>
        <translation>Impossible d&apos;installer les gestionnaires de signaux.</translation>
    </message>
    <message>
        <source>Offer HTTP/1.1 only (no HTTP/2), like a stack behind a proxy without it: clients then re-send a request whose connection dropped unanswered.</source>
        <translation>N&apos;offrir que HTTP/1.1 (pas de HTTP/2), comme une stack derrière un proxy qui ne le parle pas : les clients renvoient alors une requête dont la connexion a été coupée sans réponse.</translation>
    </message>
    <message>
        <source>How long wazo-confd takes to learn of a tenant created in wazo-auth (its SIP templates come with it).</source>
        <translation>Le temps que met wazo-confd à apprendre l&apos;existence d&apos;un tenant créé dans wazo-auth (ses modèles SIP arrivent avec).</translation>
    </message>
    <message>
        <source>A provd plugin installed from the start; repeat for several (e.g. wazo-yealink-v85).</source>
        <translation>Un plugin provd installé dès le départ ; à répéter pour plusieurs (par ex. wazo-yealink-v85).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>provd cannot reach its plugin server: plugin list updates fail and nothing can be installed.</source>
        <translation>provd ne joint pas son serveur de plugins : les mises à jour de la liste échouent et rien ne peut être installé.</translation>
    </message>
    <message>
        <source>The host&apos;s network interfaces, comma-separated, which PUT /dhcp accepts.</source>
        <translation>Les interfaces réseau de l&apos;hôte, séparées par des virgules, que PUT /dhcp accepte.</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMS</translation>
    </message>
    <message>
        <source>Scale of what users and imports cost the stack (1 = the real services&apos; measured figures; above 0).</source>
        <translation>Échelle de ce que coûtent au serveur Wazo les utilisateurs et les imports (1 = les valeurs mesurées sur les vrais services ; supérieure à 0).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTEUR</translation>
    </message>
    <message>
        <source>Usage: stagingctl sim serve [--port P] [--latency-ms N] [--user U] [--password W] [--http1] [--tenant-propagation-ms N] [--preinstalled-plugin ID]... [--plugin-server-unreachable] [--network-interfaces A,B] [--cost-scale FACTOR]</source>
        <translation>Usage : stagingctl sim serve [--port P] [--latency-ms N] [--user U] [--password W] [--http1] [--tenant-propagation-ms N] [--preinstalled-plugin ID]... [--plugin-server-unreachable] [--network-interfaces A,B] [--cost-scale FACTEUR]</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::StackRegisterCommand</name>
    <message>
        <source>Registers an on-premise stack on the agency portal, once, by name.
Exit status: 0 the portal holds the stack as given, 1 it does not, 2 bad input.</source>
        <translation>Enregistre une stack sur site sur le portail de l&apos;agence, une seule fois, par son nom.
Code de sortie : 0 le portail a la stack telle que donnée, 1 non, 2 entrée invalide.</translation>
    </message>
    <message>
        <source>The agency portal, https://host[:port].</source>
        <translation>Le portail de l&apos;agence, https://hôte[:port].</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the portal&apos;s certificate (hex, colons allowed).</source>
        <translation>Empreinte SHA-256 du certificat du portail (hexadécimal, deux-points acceptés).</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>The portal user.</source>
        <translation>L&apos;utilisateur du portail.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>The stack&apos;s name (the Shuttle&apos;s hostname).</source>
        <translation>Le nom de la stack (le nom d&apos;hôte du Shuttle).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The stack&apos;s address on the customer&apos;s LAN.</source>
        <translation>L&apos;adresse de la stack sur le réseau local du client.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>Its HTTPS port there (default 443).</source>
        <translation>Son port HTTPS à cette adresse (443 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The customer&apos;s public name or address for the stack (default: none).</source>
        <translation>Le nom ou l&apos;adresse publique du client pour la stack (par défaut : aucun).</translation>
    </message>
    <message>
        <source>How the portal reaches the stack: public, private or any (default private).</source>
        <translation>Comment le portail joint la stack : public, private ou any (private par défaut).</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>VOIE</translation>
    </message>
    <message>
        <source>The stack&apos;s admin user the portal logs in with (default: the portal user).</source>
        <translation>L&apos;administrateur de la stack avec lequel le portail se connecte (par défaut : l&apos;utilisateur du portail).</translation>
    </message>
    <message>
        <source>The order reference for the job log.</source>
        <translation>La référence de commande pour le journal.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only compare with the portal: register, update or already there.</source>
        <translation>Seulement comparer avec le portail : à enregistrer, à mettre à jour ou déjà là.</translation>
    </message>
    <message>
        <source>The job log (a SQLite file or a postgresql:// URL).</source>
        <translation>Le journal (un fichier SQLite ou une URL postgresql://).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>--name: &quot;%1&quot;: %2</source>
        <translation>--name : « %1 » : %2</translation>
    </message>
    <message>
        <source>--private-host: &quot;%1&quot;: %2</source>
        <translation>--private-host : « %1 » : %2</translation>
    </message>
    <message>
        <source>--private-port and --public-port: numbers from 1 to 65535.</source>
        <translation>--private-port et --public-port : des nombres de 1 à 65535.</translation>
    </message>
    <message>
        <source>--preferred-connection: &quot;%1&quot; is not one of public, private, any.</source>
        <translation>--preferred-connection : « %1 » n&apos;est pas public, private ni any.</translation>
    </message>
    <message>
        <source>Stack %1 is registered on the portal as given (%2).</source>
        <translation>La stack %1 est enregistrée sur le portail telle que donnée (%2).</translation>
    </message>
    <message>
        <source>Stack %1 registered on the portal (%2).</source>
        <translation>Stack %1 enregistrée sur le portail (%2).</translation>
    </message>
    <message>
        <source>Stack %1 is not on the portal: it would be registered.</source>
        <translation>La stack %1 n&apos;est pas sur le portail : elle serait enregistrée.</translation>
    </message>
    <message>
        <source>Stack %1 updated on the portal (%2).</source>
        <translation>Stack %1 mise à jour sur le portail (%2).</translation>
    </message>
    <message>
        <source>Stack %1 is on the portal with other addresses: they would be updated.</source>
        <translation>La stack %1 est sur le portail avec d&apos;autres adresses : elles seraient mises à jour.</translation>
    </message>
</context>
<context>
    <name>Staging::Ctl::StackStatusCommand</name>
    <message>
        <source>The stack, https://host[:port].</source>
        <translation>La stack, https://hôte[:port].</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the stack&apos;s certificate (hex, colons allowed).</source>
        <translation>Empreinte SHA-256 du certificat de la stack (hexadécimal, deux-points acceptés).</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Name to check the certificate against, when not the URL&apos;s host.</source>
        <translation>Nom auquel le certificat doit correspondre, s&apos;il diffère de l&apos;hôte de l&apos;URL.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Give up on a service after this long without an answer.</source>
        <translation>Abandonner un service après ce délai sans réponse.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Usage: stagingctl stack status https://HOST[:PORT] [--pin-sha256 HEX] [--peer-name NAME] [--timeout-ms N]</source>
        <translation>Utilisation&#xa0;: stagingctl stack status https://HÔTE[:PORT] [--pin-sha256 HEX] [--peer-name NOM] [--timeout-ms N]</translation>
    </message>
    <message>
        <source>ok (HTTP %1)</source>
        <translation>ok (HTTP %1)</translation>
    </message>
    <message>
        <source>answers, needs a token (HTTP %1)</source>
        <translation>répond, jeton requis (HTTP %1)</translation>
    </message>
    <message>
        <source>DOWN: %1</source>
        <translation>EN PANNE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checks that each service of a Wazo stack answers (its /status).</source>
        <translation>Vérifie que chaque service d&apos;une stack Wazo répond (son /status).</translation>
    </message>
</context>
<context>
    <name>Staging::DebianInstallPage</name>
    <message>
        <source>Debian installed from the bench&apos;s preseed.</source>
        <translation>Debian installé à partir du preseed de l&apos;établi.</translation>
    </message>
    <message>
        <source>Preseed server</source>
        <translation>Serveur de preseed</translation>
    </message>
    <message>
        <source>The bench&apos;s address on the network the Shuttle is plugged into.</source>
        <translation>L&apos;adresse de l&apos;établi sur le réseau auquel le Shuttle est branché.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>&amp;Serve the preseed</source>
        <translation>&amp;Servir le preseed</translation>
    </message>
    <message>
        <source>S&amp;top serving</source>
        <translation>&amp;Arrêter de servir</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>At the installer</source>
        <translation>Sur l&apos;installeur</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>No Shuttle serial yet: scan it on the hardware page.</source>
        <translation>Pas encore de numéro de série du Shuttle : scannez-le sur la page du matériel.</translation>
    </message>
    <message>
        <source>Shuttle %1, hostname %2, Debian on %3.</source>
        <translation>Shuttle %1, nom d&apos;hôte %2, Debian sur %3.</translation>
    </message>
    <message>
        <source>Installed earlier: the installer reported from %1.</source>
        <translation>Installé auparavant : l&apos;installeur a rappelé depuis %1.</translation>
    </message>
    <message>
        <source>Scan the Shuttle&apos;s serial on the hardware page first.</source>
        <translation>Scannez d&apos;abord le numéro de série du Shuttle sur la page du matériel.</translation>
    </message>
    <message>
        <source>Reading the bench&apos;s SSH key from the keychain…</source>
        <translation>Lecture de la clé SSH de l&apos;établi dans le trousseau…</translation>
    </message>
    <message>
        <source>A new bench SSH key was made and kept in the keychain.</source>
        <translation>Une nouvelle clé SSH de l&apos;établi a été créée et conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Serving the preseed of %1 on %2 port %3.</source>
        <translation>Preseed de %1 servi sur %2 port %3.</translation>
    </message>
    <message>
        <source>Training: the simulated Shuttle boots its installer.</source>
        <translation>Formation : le Shuttle simulé démarre son installeur.</translation>
    </message>
    <message>
        <source>The preseed is no longer served.</source>
        <translation>Le preseed n&apos;est plus servi.</translation>
    </message>
    <message>
        <source>The installer at %1 fetched the preseed: Debian is installing.</source>
        <translation>L&apos;installeur à %1 a téléchargé le preseed : Debian s&apos;installe.</translation>
    </message>
    <message numerus="yes">
        <source>The installer at %1 reported %n host key(s): Debian is installed.</source>
        <translation>
            <numerusform>L&apos;installeur à %1 a indiqué %n clé d&apos;hôte : Debian est installé.</numerusform>
            <numerusform>L&apos;installeur à %1 a indiqué %n clés d&apos;hôte : Debian est installé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused a callback from %1: %2</source>
        <translation>Rappel de %1 refusé : %2</translation>
    </message>
    <message>
        <source>Debian is installing; waiting for the installer&apos;s callback.</source>
        <translation>Debian s&apos;installe ; en attente du rappel de l&apos;installeur.</translation>
    </message>
    <message>
        <source>Armed: waiting for the installer to fetch the preseed.</source>
        <translation>Armé : en attente du téléchargement du preseed par l&apos;installeur.</translation>
    </message>
    <message>
        <source>Installed: the host keys are known.</source>
        <translation>Installé : les clés d&apos;hôte sont connues.</translation>
    </message>
    <message>
        <source>Not serving: choose the address and serve the preseed.</source>
        <translation>Non servi : choisissez l&apos;adresse et servez le preseed.</translation>
    </message>
    <message>
        <source>Install &amp;again</source>
        <translation>&amp;Réinstaller</translation>
    </message>
</context>
<context>
    <name>Staging::DisplayLabels</name>
    <message>
        <source>On-premise</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>On-cloud</source>
        <translation>Dans le cloud</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Unified communication</source>
        <translation>Communication unifiée</translation>
    </message>
    <message>
        <source>Customer relationship</source>
        <translation>Relation client</translation>
    </message>
    <message>
        <source>Post-install</source>
        <translation>Post-installation</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shuttle hardware</source>
        <translation>Matériel du Shuttle</translation>
    </message>
    <message>
        <source>Debian install</source>
        <translation>Installation de Debian</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencé</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>plan imported</source>
        <translation>plan importé</translation>
    </message>
    <message>
        <source>step done</source>
        <translation>étape terminée</translation>
    </message>
    <message>
        <source>checklist item ticked</source>
        <translation>point de contrôle coché</translation>
    </message>
    <message>
        <source>checklist item unticked</source>
        <translation>point de contrôle décoché</translation>
    </message>
    <message>
        <source>installer answers ready</source>
        <translation>réponses de l&apos;installeur prêtes</translation>
    </message>
    <message>
        <source>installer answers fetched</source>
        <translation>réponses de l&apos;installeur récupérées</translation>
    </message>
    <message>
        <source>installer reported</source>
        <translation>compte rendu de l&apos;installeur</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>Wazo installation</source>
        <translation>installation de Wazo</translation>
    </message>
    <message>
        <source>hardware check</source>
        <translation>contrôle du matériel</translation>
    </message>
    <message>
        <source>order applied</source>
        <translation>commande appliquée</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>association</translation>
    </message>
    <message>
        <source>install</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>link</source>
        <translation>liaison</translation>
    </message>
    <message>
        <source>synchronize</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>stack registered</source>
        <translation>stack enregistrée</translation>
    </message>
    <message>
        <source>stack registration updated</source>
        <translation>enregistrement de la stack mis à jour</translation>
    </message>
    <message>
        <source>stack copy removed</source>
        <translation>copie de la stack supprimée</translation>
    </message>
    <message>
        <source>MAC scanned</source>
        <translation>MAC scannée</translation>
    </message>
    <message>
        <source>phone skipped</source>
        <translation>téléphone passé</translation>
    </message>
    <message>
        <source>phone fetched its files</source>
        <translation>fichiers récupérés par le téléphone</translation>
    </message>
    <message>
        <source>phone synchronized</source>
        <translation>téléphone synchronisé</translation>
    </message>
    <message>
        <source>VPN profile imported</source>
        <translation>profil VPN importé</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>étiquettes imprimées</translation>
    </message>
    <message>
        <source>supervisor approval</source>
        <translation>validation du superviseur</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>rapport écrit</translation>
    </message>
    <message>
        <source>order released</source>
        <translation>commande libérée</translation>
    </message>
    <message>
        <source>order taken over</source>
        <translation>commande reprise</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>reservation released</source>
        <translation>réservation libérée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>private address preferred</source>
        <translation>adresse privée de préférence</translation>
    </message>
    <message>
        <source>public address preferred</source>
        <translation>adresse publique de préférence</translation>
    </message>
    <message>
        <source>either address</source>
        <translation>l&apos;une ou l&apos;autre adresse</translation>
    </message>
    <message>
        <source>phone replaced</source>
        <translation>téléphone remplacé</translation>
    </message>
    <message>
        <source>phone released</source>
        <translation>téléphone libéré</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant (client)</translation>
    </message>
    <message>
        <source>internal context</source>
        <translation>contexte interne</translation>
    </message>
    <message>
        <source>incoming calls context</source>
        <translation>contexte des appels entrants</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP du serveur</translation>
    </message>
    <message>
        <source>provisioning network</source>
        <translation>réseau de provisionnement</translation>
    </message>
    <message>
        <source>access rule</source>
        <translation>règle d&apos;accès</translation>
    </message>
    <message>
        <source>RTP settings</source>
        <translation>réglages RTP</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>registrar SIP</translation>
    </message>
    <message>
        <source>phone plugin</source>
        <translation>plugin des téléphones</translation>
    </message>
    <message>
        <source>default phone settings</source>
        <translation>réglages par défaut des téléphones</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>compte SIP</translation>
    </message>
    <message>
        <source>SIP line</source>
        <translation>ligne SIP</translation>
    </message>
    <message>
        <source>WebRTC line</source>
        <translation>ligne WebRTC</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>numéro interne</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>appel entrant</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>phone on its line</source>
        <translation>téléphone sur sa ligne</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>stack Wazo</translation>
    </message>
    <message>
        <source>phone keys</source>
        <translation>touches du poste</translation>
    </message>
    <message>
        <source>ring group</source>
        <translation>groupe d&apos;appel</translation>
    </message>
    <message>
        <source>ring group&apos;s members</source>
        <translation>membres du groupe d&apos;appel</translation>
    </message>
    <message>
        <source>Phone migration (existing customer)</source>
        <translation>Migration des téléphones (client existant)</translation>
    </message>
    <message>
        <source>Phone migration</source>
        <translation>Migration des téléphones</translation>
    </message>
</context>
<context>
    <name>Staging::ExtensionRange</name>
    <message>
        <source>Extension range &quot;%1&quot; is not of the form START-END, for example 8000-8099.</source>
        <translation>La plage de numéros internes «&#xa0;%1&#xa0;» n&apos;est pas de la forme DÉBUT-FIN, par exemple 8000-8099.</translation>
    </message>
    <message>
        <source>Extension range &quot;%1&quot; ends before it starts.</source>
        <translation>La plage de numéros internes «&#xa0;%1&#xa0;» finit avant de commencer.</translation>
    </message>
</context>
<context>
    <name>Staging::GroupsModel</name>
    <message>
        <source>One after the other</source>
        <translation>L&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Tous en même temps</translation>
    </message>
    <message>
        <source>Not in the customer&apos;s file: the workbench gave the next free extension of the range.</source>
        <translation>Absent du fichier du client&#xa0;: l&apos;atelier a attribué le prochain numéro interne libre de la plage.</translation>
    </message>
    <message>
        <source>Stations join a ring group in their Groups column.</source>
        <translation>Les postes rejoignent un groupe d&apos;appel dans leur colonne Groupe.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numéro interne</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>SDA</translation>
    </message>
    <message>
        <source>Ring strategy</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>Staging::HardwareChecklist</name>
    <message>
        <source>Serial scanned</source>
        <translation>Numéro de série scanné</translation>
    </message>
    <message>
        <source>Scan the serial barcode under the Shuttle, or type it.</source>
        <translation>Scannez le code-barres du numéro de série sous le Shuttle, ou saisissez-le.</translation>
    </message>
    <message>
        <source>Seat the module until both clips close.</source>
        <translation>Enfoncez la barrette jusqu&apos;à ce que les deux clips se ferment.</translation>
    </message>
    <message>
        <source>SSD fitted</source>
        <translation>SSD installé</translation>
    </message>
    <message>
        <source>Screw the SSD in; it is the disk Debian goes on.</source>
        <translation>Vissez le SSD ; c&apos;est le disque où Debian s&apos;installe.</translation>
    </message>
    <message>
        <source>BIOS &quot;power on after AC loss&quot; set</source>
        <translation>BIOS « redémarrage après coupure secteur » réglé</translation>
    </message>
    <message>
        <source>Look for &quot;Restore on AC Power Loss&quot; in the setup menu.</source>
        <translation>Cherchez « Restore on AC Power Loss » dans le menu de configuration.</translation>
    </message>
    <message>
        <source>Pull-the-plug test passed</source>
        <translation>Test de débranchement réussi</translation>
    </message>
    <message>
        <source>Unplug the power while it runs, plug it back: it must start by itself.</source>
        <translation>Débranchez l&apos;alimentation pendant qu&apos;il tourne, rebranchez : il doit redémarrer tout seul.</translation>
    </message>
    <message>
        <source>Ethernet and USB-backup port stickers applied</source>
        <translation>Autocollants des ports Ethernet et USB de sauvegarde posés</translation>
    </message>
    <message>
        <source>Stick the labels on the Ethernet port and on the USB port used for backups.</source>
        <translation>Collez les étiquettes sur le port Ethernet et sur le port USB utilisé pour les sauvegardes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a checklist step that can be confirmed this way.</source>
        <translation>« %1 » n&apos;est pas une étape de la liste qui peut être confirmée ainsi.</translation>
    </message>
    <message>
        <source>Shuttle %1 belongs to order %2: one Shuttle, one order. Scan the serial of this order&apos;s Shuttle.</source>
        <translation>Le Shuttle %1 appartient à la commande %2 : un Shuttle, une commande. Scannez le numéro de série du Shuttle de cette commande.</translation>
    </message>
    <message>
        <source>8 GiB RAM fitted</source>
        <translation>8 Gio de RAM installés</translation>
    </message>
</context>
<context>
    <name>Staging::HardwarePage</name>
    <message>
        <source>The Shuttle: model, serial and checklist.</source>
        <translation>Le Shuttle : modèle, numéro de série et liste de contrôle.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Scan the barcode under the Shuttle, or type the serial and press Enter</source>
        <translation>Scannez le code-barres sous le Shuttle, ou saisissez le numéro de série et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Use this serial</source>
        <translation>&amp;Utiliser ce numéro de série</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>Nom d&apos;hôte :</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>(scan the serial first)</source>
        <translation>(scannez d&apos;abord le numéro de série)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sized for up to %n station(s), %2 GiB RAM, Debian on %3.</source>
        <translation>
            <numerusform>%1 — dimensionné pour %n poste au plus, %2 Gio de RAM, Debian sur %3.</numerusform>
            <numerusform>%1 — dimensionné pour %n postes au plus, %2 Gio de RAM, Debian sur %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Staging::HistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Établi</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Staging::HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>any order</source>
        <translation>toute commande</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>any bench</source>
        <translation>tout établi</translation>
    </message>
    <message>
        <source>any customer</source>
        <translation>tout client</translation>
    </message>
    <message>
        <source>any result</source>
        <translation>tout résultat</translation>
    </message>
    <message>
        <source>Order, customer, technician, bench:</source>
        <translation>Commande, client, technicien, établi :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>Result, dates:</source>
        <translation>Résultat, dates :</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read</source>
        <translation>
            <numerusform>%n événement lu</numerusform>
            <numerusform>%n événements lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>History report</source>
        <translation>Rapport d&apos;historique</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>History of order %1</source>
        <translation>Historique de la commande %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n event(s) written</source>
        <translation>
            <numerusform>Export… %n événement écrit</numerusform>
            <numerusform>Export… %n événements écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staging Workbench — history</source>
        <translation>Établi de préparation — historique</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>établi</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message numerus="yes">
        <source>The report holds the %n event(s) read so far; export to CSV for all of them.</source>
        <translation>
            <numerusform>Le rapport contient l&apos;événement lu jusqu&apos;ici ; exportez en CSV pour les avoir tous.</numerusform>
            <numerusform>Le rapport contient les %n événements lus jusqu&apos;ici ; exportez en CSV pour les avoir tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF report written to %1.</source>
        <translation>Rapport PDF écrit dans %1.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Établi</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>A date such as %1, or empty for any</source>
        <translation>Une date comme %1, ou vide pour toutes</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date sur un calendrier</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>sans date de début</translation>
    </message>
    <message>
        <source>until any date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>to, inclusive</source>
        <translation>au (inclus)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; type it as %3, or leave it empty for any date.</source>
        <translation>%1 : « %2 » n&apos;est pas une date ; tapez-la comme %3, ou laissez le champ vide pour toutes les dates.</translation>
    </message>
</context>
<context>
    <name>Staging::InstallerCallback</name>
    <message>
        <source>The installer callback is refused: %1</source>
        <translation>Le rappel de l&apos;installeur est refusé : %1</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation>il dépasse %1 octets.</translation>
    </message>
    <message>
        <source>it holds a byte that is not printable ASCII.</source>
        <translation>il contient un octet qui n&apos;est pas de l&apos;ASCII imprimable.</translation>
    </message>
    <message>
        <source>line %1 is not &quot;BITS SHA256:FINGERPRINT COMMENT (TYPE)&quot;.</source>
        <translation>la ligne %1 n&apos;est pas « BITS SHA256:EMPREINTE COMMENTAIRE (TYPE) ».</translation>
    </message>
    <message>
        <source>line %1 repeats the %2 key.</source>
        <translation>la ligne %1 répète la clé %2.</translation>
    </message>
    <message>
        <source>it has %1 host keys, expected 1 to %2.</source>
        <translation>il a %1 clés d&apos;hôte, 1 à %2 attendues.</translation>
    </message>
</context>
<context>
    <name>Staging::JobLog</name>
    <message>
        <source>The job log %1 is a folder, not a file.</source>
        <translation>Le journal %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the job log.</source>
        <translation>Impossible de créer le dossier %1 du journal.</translation>
    </message>
    <message>
        <source>Could not create the job log %1.</source>
        <translation>Impossible de créer le journal %1.</translation>
    </message>
    <message>
        <source>Could not open the job log %1: the Qt SQLite driver is not installed.</source>
        <translation>Impossible d&apos;ouvrir le journal %1&#xa0;: le pilote SQLite de Qt n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Could not open the job log %1.</source>
        <translation>Impossible d&apos;ouvrir le journal %1.</translation>
    </message>
    <message>
        <source>The job log %1 is damaged or is not a SQLite database.</source>
        <translation>Le journal %1 est endommagé ou n&apos;est pas une base SQLite.</translation>
    </message>
    <message>
        <source>The job log %1 is damaged.</source>
        <translation>Le journal %1 est endommagé.</translation>
    </message>
    <message>
        <source>Could not prepare the job log %1.</source>
        <translation>Impossible de préparer le journal %1.</translation>
    </message>
    <message>
        <source>The job log address %1 is not of the form postgresql://user@host:port/database.</source>
        <translation>L&apos;adresse du journal %1 n&apos;est pas de la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The schema &quot;%1&quot; of the job log %2 is not a plain SQL name.</source>
        <translation>Le schéma «&#xa0;%1&#xa0;» du journal %2 n&apos;est pas un simple nom SQL.</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; of the job log address %2 is not supported.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» de l&apos;adresse du journal %2 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Could not open the job log %1: the Qt PostgreSQL driver is not installed.</source>
        <translation>Impossible d&apos;ouvrir le journal %1&#xa0;: le pilote PostgreSQL de Qt n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Could not connect to the job log %1.</source>
        <translation>Impossible de se connecter au journal %1.</translation>
    </message>
    <message>
        <source>Could not use the schema %1 of the job log %2.</source>
        <translation>Impossible d&apos;utiliser le schéma %1 du journal %2.</translation>
    </message>
    <message>
        <source>Could not read the schema version of the job log %1.</source>
        <translation>Impossible de lire la version du schéma du journal %1.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a job log.</source>
        <translation>Le fichier %1 est une base de données d&apos;un autre programme, pas un journal.</translation>
    </message>
    <message>
        <source>The job log %1 has schema version %2: it was written by a newer Staging Workbench. This program reads schema version %3 or older; please update it.</source>
        <translation>Le journal %1 a la version de schéma %2&#xa0;: il a été écrit par une version plus récente de Staging Workbench. Ce programme lit la version %3 ou antérieure&#xa0;; mettez-le à jour.</translation>
    </message>
    <message>
        <source>Could not prepare the job log %1 (schema version %2); nothing was changed.</source>
        <translation>Impossible de préparer le journal %1 (version de schéma %2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No job log location was given.</source>
        <translation>Aucun emplacement de journal n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Could not save order %1 in the job log %2.</source>
        <translation>Impossible d&apos;enregistrer la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>Could not read order %1 from the job log %2.</source>
        <translation>Impossible de lire la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>There is no order %1 in the job log %2.</source>
        <translation>Il n&apos;y a pas de commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>The saved order %1 in the job log %2 is not readable.</source>
        <translation>La commande %1 enregistrée dans le journal %2 est illisible.</translation>
    </message>
    <message>
        <source>Could not list the orders of the job log %1.</source>
        <translation>Impossible de lister les commandes du journal %1.</translation>
    </message>
    <message>
        <source>Could not record the event %1 of order %2 in the job log %3.</source>
        <translation>Impossible d&apos;enregistrer l&apos;événement %1 de la commande %2 dans le journal %3.</translation>
    </message>
    <message numerus="yes">
        <source>Could not record %n event(s) in the job log %1; none was recorded.</source>
        <translation>
            <numerusform>Impossible d&apos;enregistrer %n événement dans le journal %1&#xa0;; rien n&apos;a été enregistré.</numerusform>
            <numerusform>Impossible d&apos;enregistrer %n événements dans le journal %1&#xa0;; aucun n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the history of order %1 from the job log %2.</source>
        <translation>Impossible de lire l&apos;historique de la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>Could not search the job log %1.</source>
        <translation>Impossible de rechercher dans le journal %1.</translation>
    </message>
    <message>
        <source>The job log %1 holds event %2 with a result this workbench does not know: %3.</source>
        <translation>Le journal %1 contient l&apos;événement %2 avec un résultat que cet atelier ne connaît pas&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Staging::KeychainSecretJob</name>
    <message>
        <source>Access to the keychain was refused for %1.</source>
        <translation>L&apos;accès au trousseau a été refusé pour %1.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to %1. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou refuse l&apos;accès à %1. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available to store %1: is a Secret Service (such as GNOME Keyring or KWallet) running?</source>
        <translation>Aucun trousseau n&apos;est disponible pour enregistrer %1&#xa0;: un service Secret Service (GNOME Keyring ou KWallet par exemple) est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret for %1.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le secret de %1.</translation>
    </message>
    <message>
        <source>The keychain is unavailable or failed for %1.</source>
        <translation>Le trousseau est indisponible ou a échoué pour %1.</translation>
    </message>
</context>
<context>
    <name>Staging::LabelDataBuilder</name>
    <message>
        <source>the order</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Module %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, sheet %2 of %3</source>
        <translation>%1, feuille %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Staging::LabelLayout</name>
    <message>
        <source>Cannot print the %1 label for %2: %3 is not known.</source>
        <translation>Impossible d&apos;imprimer l&apos;étiquette %1 pour %2 : %3 n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>Cannot print the %1 label for %2: %3</source>
        <translation>Impossible d&apos;imprimer l&apos;étiquette %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>The %1 label for %2 does not fit on %3: the barcode of &quot;%4&quot; needs %5 dots and the box has %6.</source>
        <translation>L&apos;étiquette %1 pour %2 ne tient pas sur %3 : le code-barres de « %4 » demande %5 points et la zone en a %6.</translation>
    </message>
</context>
<context>
    <name>Staging::LabelPrinter</name>
    <message>
        <source>There is no label to print.</source>
        <translation>Il n&apos;y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Cannot print on %1: %2</source>
        <translation>Impossible d&apos;imprimer sur %1 : %2</translation>
    </message>
    <message>
        <source>The printer %1 reported an error.</source>
        <translation>L&apos;imprimante %1 a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>Staging::LabelRenderer</name>
    <message>
        <source>There is no label to print.</source>
        <translation>Il n&apos;y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The printer or the file could not be started.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>Staging::LabelTemplate</name>
    <message>
        <source>The label template %1 is not valid JSON: %2</source>
        <translation>Le modèle d&apos;étiquette %1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The label template %1, field &quot;%2&quot;: %3</source>
        <translation>Le modèle d&apos;étiquette %1, champ « %2 » : %3</translation>
    </message>
    <message>
        <source>must be handset, box, shuttle-ports or shuttle-box.</source>
        <translation>doit valoir handset, box, shuttle-ports ou shuttle-box.</translation>
    </message>
    <message>
        <source>a name is required.</source>
        <translation>un nom est obligatoire.</translation>
    </message>
    <message>
        <source>a length between 10 and 500 mm is required.</source>
        <translation>une longueur entre 10 et 500 mm est obligatoire.</translation>
    </message>
    <message>
        <source>a list of stickers is required when for_each is sticker.</source>
        <translation>une liste d&apos;autocollants est obligatoire quand for_each vaut sticker.</translation>
    </message>
    <message>
        <source>must be text and must not replace a field of the order.</source>
        <translation>doit être du texte et ne doit pas remplacer un champ de la commande.</translation>
    </message>
    <message>
        <source>must have the same fields as the first sticker.</source>
        <translation>doit avoir les mêmes champs que le premier autocollant.</translation>
    </message>
    <message>
        <source>at least one element is required.</source>
        <translation>au moins un élément est obligatoire.</translation>
    </message>
    <message>
        <source>must be text, code128 or qr.</source>
        <translation>doit valoir text, code128 ou qr.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>est obligatoire.</translation>
    </message>
    <message>
        <source>unknown field {%1}; known fields: %2</source>
        <translation>champ {%1} inconnu ; champs connus : %2</translation>
    </message>
    <message>
        <source>must be [x, y, width, height] as fractions of the label, inside it (0 to 1).</source>
        <translation>doit être [x, y, largeur, hauteur] en fractions de l&apos;étiquette, à l&apos;intérieur (0 à 1).</translation>
    </message>
    <message>
        <source>must be left or center.</source>
        <translation>doit valoir left ou center.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this element.</source>
        <translation>« %1 » n&apos;est pas un champ de cet élément.</translation>
    </message>
    <message>
        <source>overlaps elements[%1]; nothing may overlap a barcode.</source>
        <translation>chevauche elements[%1] ; rien ne doit chevaucher un code-barres.</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3, and only on a text.</source>
        <translation>doit valoir 1, 2 ou 3, et seulement sur un texte.</translation>
    </message>
    <message>
        <source>must be phone, order, sticker or receptionist.</source>
        <translation>doit valoir phone, order, sticker ou receptionist.</translation>
    </message>
    <message>
        <source>a key sheet must print every key line, {key_1} to {key_%1}; %2 is missing.</source>
        <translation>une feuille de touches doit imprimer chaque ligne de touche, de {key_1} à {key_%1}&#xa0;; %2 manque.</translation>
    </message>
</context>
<context>
    <name>Staging::LabelsPage</name>
    <message>
        <source>Handset</source>
        <translation>Combiné</translation>
    </message>
    <message>
        <source>Phone box</source>
        <translation>Boîte du téléphone</translation>
    </message>
    <message>
        <source>Shuttle ports</source>
        <translation>Ports du Shuttle</translation>
    </message>
    <message>
        <source>Shuttle box</source>
        <translation>Boîte du Shuttle</translation>
    </message>
    <message>
        <source>Labels for every handset, box and port.</source>
        <translation>Les étiquettes de chaque combiné, boîte et port.</translation>
    </message>
    <message>
        <source>Zebra printer: host or host:port</source>
        <translation>Imprimante Zebra : hôte ou hôte:port</translation>
    </message>
    <message>
        <source>Print &amp;all</source>
        <translation>&amp;Tout imprimer</translation>
    </message>
    <message>
        <source>Print this &amp;kind</source>
        <translation>Imprimer ce t&amp;ype</translation>
    </message>
    <message>
        <source>Print the &amp;selected label</source>
        <translation>Imprimer l&apos;étiquette &amp;sélectionnée</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>Support :</translation>
    </message>
    <message>
        <source>Zebra printer:</source>
        <translation>Imprimante Zebra :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These labels cannot be printed yet:</source>
        <translation>Ces étiquettes ne peuvent pas encore être imprimées :</translation>
    </message>
    <message>
        <source>No medium is chosen.</source>
        <translation>Aucun support n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Zebra printer: %1</source>
        <translation>Imprimante Zebra : %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to %1.</source>
        <translation>
            <numerusform>%n étiquette envoyée à %1.</numerusform>
            <numerusform>%n étiquettes envoyées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key sheet</source>
        <translation>Feuille de touches</translation>
    </message>
    <message>
        <source>Key sheets of the receptionists&apos; phones, for keys labelled on paper</source>
        <translation>Feuilles de touches des postes des standardistes, pour les touches étiquetées sur papier</translation>
    </message>
</context>
<context>
    <name>Staging::LocalShuttleShell</name>
    <message>
        <source>The training shell cannot start.</source>
        <translation>Le shell de formation ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>La commande a été annulée.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s.</source>
        <translation>La commande ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>The command ended without an exit status.</source>
        <translation>La commande s&apos;est terminée sans code de sortie.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot set the mode of %1.</source>
        <translation>Impossible de définir le mode de %1.</translation>
    </message>
</context>
<context>
    <name>Staging::MainWindow</name>
    <message>
        <source>Search orders, customers, technicians, benches…</source>
        <translation>Rechercher commandes, clients, techniciens, établis…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>Take in a customer&apos;s order and numbering plan</source>
        <translation>Prendre en charge la commande d&apos;un client et son plan de numérotation</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the orders again from the job log (other benches may have added some)</source>
        <translation>Relire les commandes du journal (d&apos;autres établis ont pu en ajouter)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>TRAINING — no Wazo portal is configured: nothing is sent to a customer&apos;s stack.</source>
        <translation>FORMATION — aucun portail Wazo n&apos;est configuré&#xa0;: rien n&apos;est envoyé à la stack d&apos;un client.</translation>
    </message>
    <message>
        <source>Staging Workbench — TRAINING</source>
        <translation>Staging Workbench — FORMATION</translation>
    </message>
    <message>
        <source>Staging Workbench</source>
        <translation>Staging Workbench</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>no technician set</source>
        <translation>aucun technicien renseigné</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 · bench %2 · job log %3</source>
        <translation>%1 · établi %2 · journal %3</translation>
    </message>
    <message>
        <source>%1 Copy the file aside and ask for help before recording more work in it.</source>
        <translation>%1 Copiez le fichier à part et demandez de l&apos;aide avant d&apos;y enregistrer d&apos;autre travail.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Every event of the selected order, or of all orders, with filters and export</source>
        <translation>Tous les événements de la commande choisie, ou de toutes les commandes, avec filtres et export</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>R&amp;eprendre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Go on with the selected order at its current step</source>
        <translation>Poursuivre la commande sélectionnée à son étape en cours</translation>
    </message>
</context>
<context>
    <name>Staging::MediaCatalog</name>
    <message>
        <source>The label media file %1 is not valid JSON: %2</source>
        <translation>Le fichier de supports d&apos;étiquettes %1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The label media file %1 has no &quot;media&quot; list.</source>
        <translation>Le fichier de supports d&apos;étiquettes %1 n&apos;a pas de liste « media ».</translation>
    </message>
    <message>
        <source>The label media file %1, entry %2, field &quot;%3&quot;: %4</source>
        <translation>Le fichier de supports d&apos;étiquettes %1, entrée %2, champ « %3 » : %4</translation>
    </message>
    <message>
        <source>a size in millimetres between 0 and 1000 is required.</source>
        <translation>une taille en millimètres entre 0 et 1000 est obligatoire.</translation>
    </message>
    <message>
        <source>an id is required.</source>
        <translation>un identifiant est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>a name is required.</source>
        <translation>un nom est obligatoire.</translation>
    </message>
    <message>
        <source>the printer&apos;s resolution in dots per inch (100 to 1200) is required.</source>
        <translation>la résolution de l&apos;imprimante en points par pouce (100 à 1200) est obligatoire.</translation>
    </message>
    <message>
        <source>the margins leave nothing to print on.</source>
        <translation>les marges ne laissent rien où imprimer.</translation>
    </message>
    <message>
        <source>columns and rows must be at least 1.</source>
        <translation>il faut au moins 1 colonne et 1 rangée.</translation>
    </message>
    <message>
        <source>the labels do not fit on the page.</source>
        <translation>les étiquettes ne tiennent pas sur la page.</translation>
    </message>
</context>
<context>
    <name>Staging::MigrationPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The customer&apos;s phones moved onto the agency stack, one at a time.</source>
        <translation>Les téléphones du client déplacés sur la stack de l&apos;agence, un par un.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Current IP</source>
        <translation>IP actuelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>S&amp;tart the migration</source>
        <translation>&amp;Démarrer la migration</translation>
    </message>
    <message>
        <source>&amp;Retry this phone</source>
        <translation>&amp;Réessayer ce téléphone</translation>
    </message>
    <message>
        <source>&amp;Leave this phone on the old server and continue</source>
        <translation>&amp;Laisser ce téléphone sur l&apos;ancien serveur et continuer</translation>
    </message>
    <message>
        <source>The phone keeps working on the customer&apos;s old server; the job log says so.</source>
        <translation>Le téléphone continue de fonctionner sur l&apos;ancien serveur du client&#xa0;; le journal l&apos;indique.</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>Sur le téléphone</translation>
    </message>
    <message>
        <source>Reset it to its factory settings (Yealink: Settings &gt; Upgrade &gt; Reset to Factory Setting, or hold OK for ten seconds), then open its web interface again: after the reset its admin password is the factory one, and its address may have changed (read it on its screen, Menu &gt; Status).</source>
        <translation>Remettez-le en configuration d&apos;usine (Yealink&#xa0;: Settings &gt; Upgrade &gt; Reset to Factory Setting, ou maintenez OK appuyé dix secondes), puis rouvrez son interface web&#xa0;: après la remise en configuration d&apos;usine, son mot de passe administrateur est celui d&apos;usine, et son adresse a pu changer (lisez-la sur son écran, Menu &gt; Status).</translation>
    </message>
    <message>
        <source>Import the customer&apos;s VPN profile…</source>
        <translation>Importer le profil VPN du client…</translation>
    </message>
    <message>
        <source>The customer&apos;s OpenVPN profile</source>
        <translation>Le profil OpenVPN du client</translation>
    </message>
    <message>
        <source>OpenVPN profiles (*.ovpn *.conf)</source>
        <translation>Profils OpenVPN (*.ovpn *.conf)</translation>
    </message>
    <message>
        <source>Once provisioned, the phone&apos;s web interface takes the rehearsal&apos;s admin password, not the factory one.</source>
        <translation>Une fois provisionné, l&apos;interface web du téléphone prend le mot de passe administrateur de l&apos;exercice, et non plus celui d&apos;usine.</translation>
    </message>
    <message>
        <source>Once provisioned, the phone&apos;s web interface takes the order&apos;s phone admin password, kept in the keychain and not shown here, not the factory one.</source>
        <translation>Une fois provisionné, l&apos;interface web du téléphone prend le mot de passe administrateur des téléphones de la commande, gardé dans le trousseau et non affiché ici, et non plus celui d&apos;usine.</translation>
    </message>
    <message>
        <source>1. Web interface:</source>
        <translation>1. Interface web&#xa0;:</translation>
    </message>
    <message>
        <source>2. Factory reset:</source>
        <translation>2. Retour en configuration d&apos;usine&#xa0;:</translation>
    </message>
    <message>
        <source>3. VPN file to upload
(Network &gt; Advanced &gt; VPN):</source>
        <translation>3. Fichier VPN à téléverser
(Network &gt; Advanced &gt; VPN)&#xa0;:</translation>
    </message>
    <message>
        <source>4. Provisioning server
(Settings &gt; Auto Provision):</source>
        <translation>4. Serveur de provisionnement
(Settings &gt; Auto Provision)&#xa0;:</translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation>Mot de passe administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>No agency stack is configured: set the portal in the settings.</source>
        <translation>Aucune stack d&apos;agence n&apos;est configurée&#xa0;: indiquez le portail dans les paramètres.</translation>
    </message>
    <message>
        <source>The order has no phone with a MAC to move: give each phone its MAC in the plan.</source>
        <translation>La commande n&apos;a aucun téléphone avec une MAC à déplacer&#xa0;: indiquez la MAC de chaque téléphone dans le plan.</translation>
    </message>
    <message>
        <source>Untouched</source>
        <translation>Non traité</translation>
    </message>
    <message>
        <source>Waiting for it on the stack</source>
        <translation>En attente sur la stack</translation>
    </message>
    <message>
        <source>Attaching</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <source>Configuring</source>
        <translation>Configuration en cours</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configuré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Left on the old server</source>
        <translation>Laissé sur l&apos;ancien serveur</translation>
    </message>
    <message>
        <source>The VPN profile of customer %1 is in the keychain.</source>
        <translation>Le profil VPN du client %1 est dans le trousseau.</translation>
    </message>
    <message>
        <source>The VPN file could not be written: %1</source>
        <translation>Le fichier VPN n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the phones&apos; passwords from the keychain…</source>
        <translation>Lecture des mots de passe des téléphones dans le trousseau…</translation>
    </message>
    <message>
        <source>Connecting to the agency stack…</source>
        <translation>Connexion à la stack de l&apos;agence…</translation>
    </message>
    <message>
        <source>Putting the customer&apos;s users and lines on the stack…</source>
        <translation>Mise en place des utilisateurs et des lignes du client sur la stack…</translation>
    </message>
    <message>
        <source>The customer&apos;s users and lines are on the stack.</source>
        <translation>Les utilisateurs et les lignes du client sont sur la stack.</translation>
    </message>
    <message>
        <source>%1 (%2): do what is said above on the phone, then wait for it here.</source>
        <translation>%1 (%2)&#xa0;: faites sur le téléphone ce qui est indiqué ci-dessus, puis attendez-le ici.</translation>
    </message>
    <message>
        <source>%1 is on the stack: claimed and attached to its line…</source>
        <translation>%1 est sur la stack&#xa0;: réclamé et rattaché à sa ligne…</translation>
    </message>
    <message>
        <source>%1 is attached: waiting for the stack to say it is configured…</source>
        <translation>%1 est rattaché&#xa0;: en attente que la stack le dise configuré…</translation>
    </message>
    <message>
        <source>%1 is configured on the agency stack.</source>
        <translation>%1 est configuré sur la stack de l&apos;agence.</translation>
    </message>
    <message numerus="yes">
        <source>Every phone is on the agency stack: %n configured.</source>
        <translation>
            <numerusform>Chaque téléphone est sur la stack de l&apos;agence&#xa0;: %n configuré.</numerusform>
            <numerusform>Tous les téléphones sont sur la stack de l&apos;agence&#xa0;: %n configurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration over: %1 configured, %2 left on the old server.</source>
        <translation>Migration terminée&#xa0;: %1 configuré(s), %2 laissé(s) sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>Migration stopped: start it again to resume at the phone it stopped at.</source>
        <translation>Migration arrêtée&#xa0;: relancez-la pour reprendre au téléphone où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The migration stopped: the phones after this one are untouched.</source>
        <translation>La migration s&apos;est arrêtée&#xa0;: les téléphones après celui-ci restent intacts.</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 stays on the old server; every other phone is done.</source>
        <translation>%1 reste sur l&apos;ancien serveur&#xa0;; tous les autres téléphones sont terminés.</translation>
    </message>
    <message numerus="yes">
        <source>Training: it comes up on the simulated stack through the VPN in %n second(s).</source>
        <translation>
            <numerusform>Formation&#xa0;: il apparaît sur la stack simulée par le VPN dans %n seconde.</numerusform>
            <numerusform>Formation&#xa0;: il apparaît sur la stack simulée par le VPN dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last attempt on %1 (%2) failed: the phones after it are untouched.</source>
        <translation>La dernière tentative sur %1 (%2) a échoué&#xa0;: les téléphones suivants restent intacts.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Every phone is done.</source>
        <translation>Tous les téléphones sont terminés.</translation>
    </message>
    <message>
        <source>Phone %1 of %2: %3, %4 %5 (row %6).</source>
        <translation>Téléphone %1 sur %2&#xa0;: %3, %4 %5 (ligne %6).</translation>
    </message>
    <message>
        <source>IP unknown: read it on the phone&apos;s screen (Menu &gt; Status)</source>
        <translation>IP inconnue&#xa0;: lisez-la sur l&apos;écran du téléphone (Menu &gt; Status)</translation>
    </message>
    <message>
        <source>Waiting for the phone on the stack: %1 of %2</source>
        <translation>En attente du téléphone sur la stack&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Waiting for the stack to configure the phone: %1 of %2</source>
        <translation>En attente de la configuration du téléphone par la stack&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Staging::ModelCatalog</name>
    <message>
        <source>The model catalog %1 is not valid JSON: %2</source>
        <translation>Le catalogue de modèles %1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The model catalog %1 has an invalid entry %2 (id, model and kind are required).</source>
        <translation>Le catalogue de modèles %1 a une entrée %2 invalide (id, model et kind sont obligatoires).</translation>
    </message>
    <message>
        <source>The model catalog %1: DECT base %2 needs dect_slots.</source>
        <translation>Catalogue de modèles %1&#xa0;: la base DECT %2 doit indiquer dect_slots.</translation>
    </message>
    <message>
        <source>The model catalog %1 lists %2 twice.</source>
        <translation>Le catalogue de modèles %1 cite %2 deux fois.</translation>
    </message>
</context>
<context>
    <name>Staging::OpenVpnBundle</name>
    <message>
        <source>%1: &lt;%2&gt; is not closed.</source>
        <translation>%1 : &lt;%2&gt; n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>%1 has no %2 part: the profile must carry the CA, the client certificate and its key inline.</source>
        <translation>%1 n&apos;a pas de partie %2 : le profil doit contenir l&apos;AC, le certificat client et sa clé.</translation>
    </message>
    <message>
        <source>%1 names no VPN server (remote).</source>
        <translation>%1 ne nomme aucun serveur VPN (remote).</translation>
    </message>
    <message>
        <source>%1, line %2: the inline part &lt;%3&gt; is not one Yealink phones take (only &lt;ca&gt;, &lt;cert&gt;, &lt;key&gt; and &lt;tls-auth&gt;).</source>
        <translation>%1, ligne %2 : la partie intégrée &lt;%3&gt; n&apos;est pas acceptée par les téléphones Yealink (seulement &lt;ca&gt;, &lt;cert&gt;, &lt;key&gt; et &lt;tls-auth&gt;).</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; needs a file or a prompt Yealink phones do not take.</source>
        <translation>%1, ligne %2 : « %3 » demande un fichier ou une saisie que les téléphones Yealink n&apos;acceptent pas.</translation>
    </message>
    <message>
        <source>%1: key-direction must be 0 or 1.</source>
        <translation>%1 : key-direction doit valoir 0 ou 1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: not an OpenVPN client profile.</source>
        <translation>%1 fait %2 octets : ce n&apos;est pas un profil client OpenVPN.</translation>
    </message>
</context>
<context>
    <name>Staging::Order</name>
    <message>
        <source>The saved order has document version %1; this program reads version %2 or older.</source>
        <translation>La commande enregistrée est au format de version %1&#xa0;; ce programme lit la version %2 ou antérieure.</translation>
    </message>
    <message>
        <source>The saved order %1 has an unreadable mode or range.</source>
        <translation>La commande enregistrée %1 a un mode ou une plage illisible.</translation>
    </message>
    <message>
        <source>The saved order %1: %2</source>
        <translation>La commande enregistrée %1 : %2</translation>
    </message>
</context>
<context>
    <name>Staging::OrderPage</name>
    <message>
        <source>The customer, the numbering plan and the extensions.</source>
        <translation>Le client, le plan de numérotation et les numéros internes.</translation>
    </message>
    <message>
        <source>No technician name is set (Settings…): the job log will not say who took this order in.</source>
        <translation>Aucun nom de technicien n&apos;est défini (Paramètres…) : le journal ne dira pas qui a pris en charge cette commande.</translation>
    </message>
    <message>
        <source>e.g. CMD-2024-0153</source>
        <translation>par ex. CMD-2024-0153</translation>
    </message>
    <message>
        <source>SIRET, 14 digits</source>
        <translation>SIRET, 14 chiffres</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>No plan chosen yet</source>
        <translation>Pas encore de plan choisi</translation>
    </message>
    <message>
        <source>Choose plan…</source>
        <translation>Choisir un plan…</translation>
    </message>
    <message>
        <source>Use the training sample plan</source>
        <translation>Utiliser le plan d&apos;exemple de formation</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cl&amp;ient :</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>I&amp;dentifiant client :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>E&amp;xtension range:</source>
        <translation>Plage de &amp;numéros internes :</translation>
    </message>
    <message>
        <source>Numbering plan:</source>
        <translation>Plan de numérotation :</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>The workbench did not recognize every header of the file: say what each column holds. Columns left unmapped are kept as notes on each station.</source>
        <translation>L&apos;atelier n&apos;a pas reconnu chaque en-tête du fichier : indiquez ce que contient chaque colonne. Les colonnes non associées sont conservées en note sur chaque poste.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it.</source>
        <translation>Double-cliquez sur une cellule pour la corriger.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>Saved order, %n station(s)</source>
        <translation>
            <numerusform>Commande enregistrée, %n poste</numerusform>
            <numerusform>Commande enregistrée, %n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan: %1 could not be read</source>
        <translation>Pas de plan : %1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1 Choose below which column holds which field.</source>
        <translation>%1 Choisissez ci-dessous quelle colonne contient quel champ.</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV, %1</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, feuille « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) read from %1 (%2).</source>
        <translation>
            <numerusform>%n poste lu dans %1 (%2).</numerusform>
            <numerusform>%n postes lus dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported: kept as a note)</source>
        <translation>(non importée : conservée en note)</translation>
    </message>
    <message>
        <source>Column %1, &quot;%2&quot;:</source>
        <translation>Colonne %1, « %2 » :</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s numbering plan</source>
        <translation>Choisissez le plan de numérotation du client</translation>
    </message>
    <message>
        <source>Numbering plans (*.csv *.xlsx);;All files (*)</source>
        <translation>Plans de numérotation (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>TRAINING-%1</source>
        <translation>FORMATION-%1</translation>
    </message>
    <message>
        <source>Training sample plan</source>
        <translation>Plan d&apos;exemple de formation</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s numbering plan to see its stations.</source>
        <translation>Choisissez le plan de numérotation du client pour voir ses postes.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>fix the errors (in the table, the file or the fields above) to go on</source>
        <translation>corrigez les erreurs (dans le tableau, le fichier ou les champs ci-dessus) pour continuer</translation>
    </message>
    <message>
        <source>Order %1 is already in the job log (customer %2): open it from the orders list, or give this one another order id.</source>
        <translation>La commande %1 est déjà dans le journal (client %2) : ouvrez-la depuis la liste des commandes, ou donnez à celle-ci une autre référence de commande.</translation>
    </message>
    <message>
        <source>Order %1 was saved, but the job log could not record the import: %2</source>
        <translation>La commande %1 a été enregistrée, mais le journal n&apos;a pas pu inscrire l&apos;import : %2</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Téléphones :</translation>
    </message>
    <message>
        <source>Stac&amp;k:</source>
        <translation>Pi&amp;le :</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Ring groups</source>
        <translation>Groupes d&apos;appel</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it; members join a group in their Groups column.</source>
        <translation>Double-cliquez sur une cellule pour la corriger&#xa0;; les membres rejoignent un groupe dans leur colonne Groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n ring group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;appel</numerusform>
            <numerusform>%n groupes d&apos;appel</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was saved, but its voicemail codes could not be kept in the keychain: %2</source>
        <translation>La commande %1 est enregistrée, mais ses codes de messagerie n&apos;ont pas pu être gardés dans le trousseau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Staging::OrderWizard</name>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>TRAINING — simulated portal, Shuttle and phones.</source>
        <translation>FORMATION — portail, Shuttle et téléphones simulés.</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Commande %1 — %2</translation>
    </message>
    <message>
        <source> — TRAINING</source>
        <translation> — FORMATION</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source> — signed off</source>
        <translation> — clôturée</translation>
    </message>
</context>
<context>
    <name>Staging::OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Établi</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>%1
in the step %2</source>
        <translation>%1
à l&apos;étape %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : fait</translation>
    </message>
    <message>
        <source>%1: to do</source>
        <translation>%1 : à faire</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
</context>
<context>
    <name>Staging::PdfReport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>Staging::PhoneAssignment</name>
    <message>
        <source>This station has no phone to scan.</source>
        <translation>Ce poste n&apos;a pas de téléphone à scanner.</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>ligne %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (12 hex digits).</source>
        <translation>« %1 » n&apos;est pas une adresse MAC (12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>%1: the phone %2 is already on row %3 (%4).</source>
        <translation>%1 : le téléphone %2 est déjà sur la ligne %3 (%4).</translation>
    </message>
    <message>
        <source>to scan</source>
        <translation>à scanner</translation>
    </message>
    <message>
        <source>not on the network yet</source>
        <translation>pas encore sur le réseau</translation>
    </message>
    <message>
        <source>autoprov</source>
        <translation>autoprov</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <source>synchronized</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>Staging::PhoneMigration</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Check on the phone&apos;s web interface that it was reset to factory settings, that the VPN file was uploaded and the VPN is on (Network &gt; Advanced &gt; VPN), and that the provisioning server URL was typed exactly; then retry, or leave this phone on the old server.</source>
        <translation>Vérifiez dans l&apos;interface web du téléphone qu&apos;il a été remis en configuration d&apos;usine, que le fichier VPN a été téléversé et que le VPN est activé (Network &gt; Advanced &gt; VPN), et que l&apos;URL du serveur de provisionnement a été saisie exactement&#xa0;; puis réessayez, ou laissez ce téléphone sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>The phone that answered is not the model the order names: check the MAC on the phone&apos;s label and the plan&apos;s row, correct the plan, then retry.</source>
        <translation>Le téléphone qui a répondu n&apos;est pas du modèle indiqué par la commande&#xa0;: vérifiez la MAC sur l&apos;étiquette du téléphone et la ligne du plan, corrigez le plan, puis réessayez.</translation>
    </message>
    <message>
        <source>The stack refused the phone: read its answer above; check that the phone is not another customer&apos;s, then retry, or leave this phone on the old server.</source>
        <translation>La stack a refusé le téléphone&#xa0;: lisez sa réponse ci-dessus&#xa0;; vérifiez que le téléphone n&apos;est pas celui d&apos;un autre client, puis réessayez, ou laissez ce téléphone sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>The customer&apos;s users and lines could not be put on the stack: read the stack&apos;s answer above, correct the order or the stack, then retry.</source>
        <translation>Les utilisateurs et les lignes du client n&apos;ont pas pu être mis sur la stack&#xa0;: lisez la réponse de la stack ci-dessus, corrigez la commande ou la stack, puis réessayez.</translation>
    </message>
    <message>
        <source>Row %1 (%2): phone %3 did not show on the stack within %4.</source>
        <translation>Ligne %1 (%2)&#xa0;: le téléphone %3 n&apos;est pas apparu sur la stack dans le délai de %4.</translation>
    </message>
    <message>
        <source>Row %1 (%2): phone %3 was attached but the stack did not say it is configured within %4.</source>
        <translation>Ligne %1 (%2)&#xa0;: le téléphone %3 a été rattaché, mais la stack ne l&apos;a pas dit configuré dans le délai de %4.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the phone with MAC %3 is a %4 %5, but the order expects a %6; it was not claimed.</source>
        <translation>Ligne %1 (%2)&#xa0;: le téléphone de MAC %3 est un %4 %5, mais la commande attend un %6&#xa0;; il n&apos;a pas été réclamé.</translation>
    </message>
    <message>
        <source>Row %1 (%2): phone %3 was not attached to its line.</source>
        <translation>Ligne %1 (%2)&#xa0;: le téléphone %3 n&apos;a pas été rattaché à sa ligne.</translation>
    </message>
</context>
<context>
    <name>Staging::PhoneRegion</name>
    <message>
        <source>German (Germany)</source>
        <translation>Allemand (Allemagne)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Espagnol (Espagne)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Français (France)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Français (Canada)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italien (Italie)</translation>
    </message>
    <message>
        <source>Phone language: &quot;%1&quot; is not one of %2.</source>
        <translation>Langue des téléphones : « %1 » n&apos;est pas parmi %2.</translation>
    </message>
    <message>
        <source>Phone time server &quot;%1&quot;: %2</source>
        <translation>Serveur de temps des téléphones « %1 » : %2</translation>
    </message>
    <message>
        <source>Phone time zone: &quot;%1&quot; is not a time zone name such as Europe/Paris.</source>
        <translation>Fuseau horaire des téléphones : « %1 » n&apos;est pas un nom de fuseau comme Europe/Paris.</translation>
    </message>
</context>
<context>
    <name>Staging::PhoneRegionEditor</name>
    <message>
        <source>The language of the phones&apos; screens and web pages</source>
        <translation>La langue des écrans et des pages web des téléphones</translation>
    </message>
    <message>
        <source>The phones&apos; time zone; summer time follows it</source>
        <translation>Le fuseau horaire des téléphones ; l&apos;heure d&apos;été le suit</translation>
    </message>
    <message>
        <source>The time server the phones set their clock from: a host name or an IPv4 address</source>
        <translation>Le serveur de temps sur lequel les téléphones règlent leur horloge : un nom d&apos;hôte ou une adresse IPv4</translation>
    </message>
</context>
<context>
    <name>Staging::PhoneReleaseJob</name>
    <message>
        <source>The stack gave no id for phone %1.</source>
        <translation>La stack n&apos;a donné aucun identifiant pour le téléphone %1.</translation>
    </message>
    <message>
        <source>The lines of phone %1 could not be read: %2</source>
        <translation>Les lignes du téléphone %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>Phone %1 could not be detached from line %2: %3</source>
        <translation>Le téléphone %1 n&apos;a pas pu être détaché de la ligne %2 : %3</translation>
    </message>
    <message>
        <source>Phone %1 was detached but could not be sent back to autoprov: %2</source>
        <translation>Le téléphone %1 a été détaché mais n&apos;a pas pu être remis en autoprov : %2</translation>
    </message>
</context>
<context>
    <name>Staging::PhoneStateTracker</name>
    <message>
        <source>waiting for the phone</source>
        <translation>en attente du téléphone</translation>
    </message>
    <message>
        <source>file fetched</source>
        <translation>fichier téléchargé</translation>
    </message>
    <message>
        <source>expected firmware</source>
        <translation>micrologiciel attendu</translation>
    </message>
    <message>
        <source>configured on the stack</source>
        <translation>configuré sur la stack</translation>
    </message>
</context>
<context>
    <name>Staging::PhonesModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numéro interne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>DECT slot</source>
        <translation>Emplacement DECT</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bench service</source>
        <translation>Service de l&apos;établi</translation>
    </message>
</context>
<context>
    <name>Staging::PhonesPage</name>
    <message>
        <source>Each phone claimed and attached to its station.</source>
        <translation>Chaque téléphone réclamé et rattaché à son poste.</translation>
    </message>
    <message>
        <source>Scan the MAC on the phone&apos;s box</source>
        <translation>Scannez la MAC sur la boîte du téléphone</translation>
    </message>
    <message>
        <source>S&amp;kip this phone</source>
        <translation>&amp;Ignorer ce téléphone</translation>
    </message>
    <message>
        <source>The selected station goes without its phone; the job log says so.</source>
        <translation>Le poste sélectionné reste sans téléphone ; le journal l&apos;indique.</translation>
    </message>
    <message>
        <source>MAC:</source>
        <translation>MAC :</translation>
    </message>
    <message>
        <source>Every station already has its phone: select one to give it this phone instead.</source>
        <translation>Chaque poste a déjà son téléphone : sélectionnez-en un pour lui donner plutôt ce téléphone.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The stack&apos;s devices could not be read: %1</source>
        <translation>Les appareils de la stack n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Attaching the phones seen on the stack…</source>
        <translation>Rattachement des téléphones vus sur la stack…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The next scan goes to %1 (selected).</source>
        <translation>Le prochain scan va à %1 (sélectionné).</translation>
    </message>
    <message>
        <source>The next scan goes to row %1, %2.</source>
        <translation>Le prochain scan va à la ligne %1, %2.</translation>
    </message>
    <message>
        <source>Every station has its phone; select a station to change its phone or a DECT handset to give it its base.</source>
        <translation>Chaque poste a son téléphone ; sélectionnez un poste pour changer son téléphone, ou un combiné DECT pour lui donner sa base.</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>On the network, not scanned yet: %1</source>
        <translation>Sur le réseau, pas encore scannés : %1</translation>
    </message>
    <message>
        <source>Skip this phone</source>
        <translation>Ignorer ce téléphone</translation>
    </message>
    <message>
        <source>%1 will go without its phone; the job log records it. Skip it?</source>
        <translation>%1 restera sans son téléphone ; le journal l&apos;enregistre. L&apos;ignorer ?</translation>
    </message>
    <message>
        <source>%1 is a %2 %3, but row %4 (%5) expects a %6: nothing attached; scan the %6&apos;s box.</source>
        <translation>%1 est un %2 %3, mais la ligne %4 (%5) attend un %6 : rien n&apos;est rattaché ; scannez la boîte du %6.</translation>
    </message>
    <message>
        <source>Replace the phone</source>
        <translation>Remplacer le téléphone</translation>
    </message>
    <message>
        <source>%1 has phone %2, synchronized. Replace it with %3? %2 is detached from the stack and sent back to autoprov; %3 takes the station; the labels of %1 are to be printed again.</source>
        <translation>%1 a le téléphone %2, synchronisé. Le remplacer par %3 ? %2 est détaché de la stack et remis en autoprov ; %3 prend le poste ; les étiquettes de %1 sont à réimprimer.</translation>
    </message>
    <message>
        <source>Releasing %1 on the stack…</source>
        <translation>Libération de %1 sur la stack…</translation>
    </message>
</context>
<context>
    <name>Staging::PlanColumns</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>SDA</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numéro interne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Ring strategy</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Voicemail code</source>
        <translation>Code messagerie</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
</context>
<context>
    <name>Staging::PlanImporter</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: a numbering plan is never larger than %3 MB. Is it the right file?</source>
        <translation>%1 fait %2&#xa0;Mo&#xa0;: un plan de numérotation ne dépasse jamais %3&#xa0;Mo. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no header row found in the first %2 rows. Expected columns such as Site, Nom Prénom Utilisateur, Type profil, Matériel, Numéro de ligne, Extension, Email, MAC.</source>
        <translation>%1&#xa0;: aucune ligne d&apos;en-tête dans les %2 premières lignes. Colonnes attendues&#xa0;: Site, Nom Prénom Utilisateur, Type profil, Matériel, Numéro de ligne, Extension, Email, MAC.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not one the workbench knows; its values are kept with each station.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas connue de l&apos;atelier&#xa0;; ses valeurs sont conservées avec chaque poste.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; repeats column %2 (%3); remove one of them.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» répète la colonne %2 (%3)&#xa0;; supprimez l&apos;une des deux.</translation>
    </message>
    <message>
        <source>No profile given; the station gets a Voice subscription.</source>
        <translation>Aucun profil indiqué&#xa0;; le poste reçoit un abonnement Voix.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not known: use STANDARDISTE, POSTE FIXE or SOFTPHONE / UC.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est inconnu&#xa0;: utilisez STANDARDISTE, POSTE FIXE ou SOFTPHONE / UC.</translation>
    </message>
    <message>
        <source>%1: the header is on row %2 but no station follows it.</source>
        <translation>%1&#xa0;: l&apos;en-tête est à la ligne %2 mais aucun poste ne suit.</translation>
    </message>
    <message>
        <source>%1: no header row to read the stations under.</source>
        <translation>%1 : aucune ligne d&apos;en-tête sous laquelle lire les postes.</translation>
    </message>
    <message>
        <source>%1: say which column holds which field for at least %2 of them (e.g. name, hardware, extension).</source>
        <translation>%1 : indiquez quelle colonne contient quel champ pour au moins %2 d&apos;entre eux (par ex. nom, matériel, numéro interne).</translation>
    </message>
    <message>
        <source>A ring group (profile GROUPE) has no %1: empty this cell, or give the row a station&apos;s profile.</source>
        <translation>Un groupe d&apos;appel (profil GROUPE) n&apos;a pas de %1&#xa0;: videz cette cellule, ou donnez à la ligne le profil d&apos;un poste.</translation>
    </message>
    <message>
        <source>Ring strategy &quot;%1&quot; is not known: write &quot;linear&quot; (one phone after the other) or leave it empty (all phones ring at once).</source>
        <translation>La sonnerie «&#xa0;%1&#xa0;» est inconnue&#xa0;: écrivez «&#xa0;linéaire&#xa0;» (un poste après l&apos;autre) ou laissez-la vide (tous les postes sonnent en même temps).</translation>
    </message>
    <message>
        <source>Only a ring group&apos;s row (profile GROUPE) has a ring strategy: empty this cell on a station&apos;s row.</source>
        <translation>Seule la ligne d&apos;un groupe d&apos;appel (profil GROUPE) a une sonnerie&#xa0;: videz cette cellule sur la ligne d&apos;un poste.</translation>
    </message>
</context>
<context>
    <name>Staging::PlanValidator</name>
    <message>
        <source>The customer id is missing: enter the customer&apos;s SIRET (14 digits).</source>
        <translation>L&apos;identifiant client manque&#xa0;: saisissez le SIRET du client (14 chiffres).</translation>
    </message>
    <message>
        <source>Customer id &quot;%1&quot; is not a SIRET (14 digits); it is kept as given.</source>
        <translation>L&apos;identifiant client «&#xa0;%1&#xa0;» n&apos;est pas un SIRET (14 chiffres)&#xa0;; il est conservé tel quel.</translation>
    </message>
    <message>
        <source>SIRET %1 fails its checksum: a digit is wrong or two are swapped.</source>
        <translation>Le SIRET %1 a une clé de contrôle fausse&#xa0;: un chiffre est erroné ou deux sont inversés.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>station &quot;%1&quot;</source>
        <translation>le poste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The station has no name: give the user&apos;s or the location&apos;s name.</source>
        <translation>Le poste n&apos;a pas de nom&#xa0;: indiquez le nom de l&apos;utilisateur ou de l&apos;emplacement.</translation>
    </message>
    <message>
        <source>No hardware given: name a phone model (e.g. YEALINK T54W) or SOFTPHONE.</source>
        <translation>Aucun matériel indiqué&#xa0;: donnez un modèle de téléphone (p. ex. YEALINK T54W) ou SOFTPHONE.</translation>
    </message>
    <message>
        <source>Hardware &quot;%1&quot; is not in the model catalog.</source>
        <translation>Le matériel «&#xa0;%1&#xa0;» n&apos;est pas dans le catalogue de modèles.</translation>
    </message>
    <message>
        <source>No free extension is left in the range %1 for this station.</source>
        <translation>Il ne reste aucun numéro interne libre dans la plage %1 pour ce poste.</translation>
    </message>
    <message>
        <source>Extension &quot;%1&quot; is not a number.</source>
        <translation>Le numéro interne «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Extension %1 is outside the customer&apos;s range %2.</source>
        <translation>Le numéro interne %1 est hors de la plage du client %2.</translation>
    </message>
    <message>
        <source>Extension %1 is already used on %2.</source>
        <translation>Le numéro interne %1 est déjà utilisé sur %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French phone number (10 digits, e.g. 04 91 23 00 00).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone français (10 chiffres, p. ex. 04 91 23 00 00).</translation>
    </message>
    <message>
        <source>Number %1 is already given to %2; a number can reach only one user.</source>
        <translation>Le numéro %1 est déjà attribué sur %2&#xa0;; un numéro ne peut joindre qu&apos;un seul utilisateur.</translation>
    </message>
    <message>
        <source>A unified-communication user needs an email address to sign in to the Wazo app.</source>
        <translation>Un utilisateur en communication unifiée a besoin d&apos;une adresse e-mail pour se connecter à l&apos;application Wazo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (12 hexadecimal digits, e.g. 80:5e:c0:2a:00:01).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse MAC (12 chiffres hexadécimaux, p. ex. 80:5e:c0:2a:00:01).</translation>
    </message>
    <message>
        <source>MAC %1 is already on %2.</source>
        <translation>L&apos;adresse MAC %1 figure déjà sur %2.</translation>
    </message>
    <message>
        <source>Handset %1 of %2 on site &quot;%3&quot;: a DECT base takes %4 handsets. Give each base&apos;s MAC so handsets can be spread over several bases.</source>
        <translation>Combiné %1 sur %2 du site «&#xa0;%3&#xa0;»&#xa0;: une base DECT accepte %4 combinés. Indiquez l&apos;adresse MAC de chaque base pour répartir les combinés sur plusieurs bases.</translation>
    </message>
    <message>
        <source>Handset %1 of %2 on base %3: a DECT base takes %4 handsets.</source>
        <translation>Combiné %1 sur %2 de la base %3&#xa0;: une base DECT accepte %4 combinés.</translation>
    </message>
    <message>
        <source>The phone label is %1 characters long: a phone shows at most %2.</source>
        <translation>L&apos;étiquette du poste fait %1 caractères&#xa0;: un poste en affiche au plus %2.</translation>
    </message>
    <message>
        <source>The voicemail code must be 4 to 8 digits.</source>
        <translation>Le code de messagerie doit compter de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>ring group &quot;%1&quot;</source>
        <translation>groupe d&apos;appel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No free extension is left in the range %1 for this ring group.</source>
        <translation>Il ne reste aucun numéro interne libre dans la plage %1 pour ce groupe d&apos;appel.</translation>
    </message>
    <message>
        <source>The ring group&apos;s extension %1 is outside the customer&apos;s range %2.</source>
        <translation>Le numéro interne %1 du groupe d&apos;appel est hors de la plage du client %2.</translation>
    </message>
    <message>
        <source>The ring group has no name: its members name it in their Groupe column.</source>
        <translation>Le groupe d&apos;appel n&apos;a pas de nom&#xa0;: ses membres le nomment dans leur colonne Groupe.</translation>
    </message>
    <message>
        <source>Ring group &quot;%1&quot; is already defined on %2.</source>
        <translation>Le groupe d&apos;appel «&#xa0;%1&#xa0;» est déjà défini en %2.</translation>
    </message>
    <message>
        <source>Ring group &quot;%1&quot; is defined by no row: add a row with the profile GROUPE and that name.</source>
        <translation>Aucune ligne ne définit le groupe d&apos;appel «&#xa0;%1&#xa0;»&#xa0;: ajoutez une ligne de profil GROUPE portant ce nom.</translation>
    </message>
    <message>
        <source>Nobody rings in ring group &quot;%1&quot;: name it in the Groupe column of its members.</source>
        <translation>Personne ne sonne dans le groupe d&apos;appel «&#xa0;%1&#xa0;»&#xa0;: nommez-le dans la colonne Groupe de ses membres.</translation>
    </message>
    <message>
        <source>The workbench does not know how many keys a %1 has: this receptionist gets no supervision key.</source>
        <translation>L&apos;atelier ne sait pas combien de touches a un %1&#xa0;: ce poste de standardiste n&apos;aura aucune touche de supervision.</translation>
    </message>
    <message numerus="yes">
        <source>%n colleague(s) of the site get no supervision key on this phone (more colleagues than keys): %1.</source>
        <translation>
            <numerusform>%n collègue du site n&apos;a pas de touche de supervision sur ce poste (plus de collègues que de touches)&#xa0;: %1.</numerusform>
            <numerusform>%n collègues du site n&apos;ont pas de touche de supervision sur ce poste (plus de collègues que de touches)&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone label cannot hold a double quote (&quot;).</source>
        <translation>L&apos;étiquette du poste ne peut pas contenir de guillemet droit (&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers from 0 to 255, e.g. 192.168.1.20).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 (quatre nombres de 0 à 255, p. ex. 192.168.1.20).</translation>
    </message>
    <message>
        <source>IP address %1 is already the phone of %2.</source>
        <translation>L&apos;adresse IP %1 est déjà celle du téléphone de %2.</translation>
    </message>
</context>
<context>
    <name>Staging::PortStickerDiagram</name>
    <message>
        <source>Rear panel: the LAN sticker above the Ethernet port, the BACKUP sticker above the USB port for the backup disk.</source>
        <translation>Face arrière : l&apos;étiquette LAN au-dessus du port Ethernet, l&apos;étiquette BACKUP au-dessus du port USB du disque de sauvegarde.</translation>
    </message>
    <message>
        <source>Rear panel</source>
        <translation>Face arrière</translation>
    </message>
    <message>
        <source>LAN</source>
        <comment>text printed on the Ethernet port sticker</comment>
        <translation>LAN</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <comment>text printed on the backup USB port sticker</comment>
        <translation>BACKUP</translation>
    </message>
</context>
<context>
    <name>Staging::PortalPage</name>
    <message>
        <source>The order on the Wazo stack.</source>
        <translation>La commande sur la stack Wazo.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Compare with the stack</source>
        <translation>&amp;Comparer avec la stack</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stops what is in flight; Resume compares with the stack again and creates only what is missing.</source>
        <translation>Arrête ce qui est en cours ; Reprendre compare de nouveau avec la stack et ne crée que ce qui manque.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation>Stack :</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <source>An earlier apply of this order did not finish. Apply again to complete it: the stack is compared first and only what is missing is created.</source>
        <translation>Une application précédente de cette commande ne s&apos;est pas terminée. Appliquez de nouveau pour la compléter : la stack est d&apos;abord comparée et seul ce qui manque est créé.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Comparing with the stack…</source>
        <translation>Comparaison avec la stack…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>%1 to create, %2 created, %3 already there, %4 conflicts, %5 failed, %6 skipped.</source>
        <translation>%1 à créer, %2 créés, %3 déjà présents, %4 conflits, %5 en échec, %6 ignorés.</translation>
    </message>
    <message>
        <source>Paused. </source>
        <translation>En pause. </translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <source>What was in flight was stopped. Resume compares with the stack again and creates only what is missing: nothing is created twice.</source>
        <translation>Ce qui était en cours a été arrêté. Reprendre compare de nouveau avec la stack et ne crée que ce qui manque : rien n&apos;est créé deux fois.</translation>
    </message>
    <message>
        <source>Its certificate&apos;s SHA-256 is %1: compare it with the stack&apos;s, then put it in the settings.</source>
        <translation>Le SHA-256 de son certificat est %1 : comparez-le avec celui de la stack, puis inscrivez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>The stack already holds the whole order.</source>
        <translation>La stack contient déjà toute la commande.</translation>
    </message>
    <message>
        <source>The stack holds the whole order.</source>
        <translation>La stack contient toute la commande.</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>hors service : %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (checked at %2)</source>
        <translation>%1 (vérifié à %2)</translation>
    </message>
    <message>
        <source>Reading the phones&apos; passwords from the keychain…</source>
        <translation>Lecture des mots de passe des téléphones dans le trousseau…</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s hostname or its address on the customer&apos;s network is not known yet (post-install records them): the stack is not registered on the agency portal.</source>
        <translation>Le nom d&apos;hôte du Shuttle ou son adresse sur le réseau du client n&apos;est pas encore connu (la post-installation les enregistre) : la stack n&apos;est pas enregistrée sur le portail de l&apos;agence.</translation>
    </message>
    <message>
        <source>Connecting to the agency portal…</source>
        <translation>Connexion au portail de l&apos;agence…</translation>
    </message>
    <message>
        <source>Comparing with the agency portal…</source>
        <translation>Comparaison avec le portail de l&apos;agence…</translation>
    </message>
    <message>
        <source>Registering the stack on the agency portal…</source>
        <translation>Enregistrement de la stack sur le portail de l&apos;agence…</translation>
    </message>
    <message>
        <source>Registered with other addresses, to be updated: %1</source>
        <translation>Enregistrée avec d&apos;autres adresses, à mettre à jour : %1</translation>
    </message>
    <message>
        <source>To be registered on the agency portal.</source>
        <translation>À enregistrer sur le portail de l&apos;agence.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mise à jour : %1</translation>
    </message>
    <message>
        <source>Registered on the agency portal.</source>
        <translation>Enregistrée sur le portail de l&apos;agence.</translation>
    </message>
    <message>
        <source>Agency portal:</source>
        <translation>Portail de l&apos;agence :</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s stack is not registered yet.</source>
        <translation>La stack du Shuttle n&apos;est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Signed off: the stack is not contacted again from this order.</source>
        <translation>Clôturée : la stack n&apos;est plus contactée depuis cette commande.</translation>
    </message>
    <message>
        <source>%1 registered on %2, reached at %3 (%4).</source>
        <translation>%1 enregistrée le %2, jointe à %3 (%4).</translation>
    </message>
</context>
<context>
    <name>Staging::PortalResult</name>
    <message>
        <source>The server closed the connection without an answer.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <source>The server refused the connection: check the address and port.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON.</source>
        <translation>Le serveur a répondu autre chose que du JSON.</translation>
    </message>
    <message>
        <source>The server refused the credentials or the session (HTTP %1).%2</source>
        <translation>Le serveur a refusé les identifiants ou la session (HTTP %1).%2</translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404).%1</source>
        <translation>Introuvable sur le serveur (HTTP 404).%1</translation>
    </message>
    <message>
        <source>Conflict with what exists on the server (HTTP 409).%1</source>
        <translation>Conflit avec ce qui existe sur le serveur (HTTP 409).%1</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).%2</source>
        <translation>Le serveur a refusé la requête (HTTP %1).%2</translation>
    </message>
    <message>
        <source>The service is not available right now (HTTP %1); try again later.%2</source>
        <translation>Le service n&apos;est pas disponible pour le moment (HTTP %1)&#xa0;; réessayez plus tard.%2</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).%2</source>
        <translation>Le serveur est en erreur (HTTP %1).%2</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Réponse inattendue du serveur (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server presents a certificate this workbench does not know yet. Compare its SHA-256 fingerprint with the one shown on the server before trusting it: %1</source>
        <translation>Le serveur présente un certificat que cet atelier ne connaît pas encore. Comparez son empreinte SHA-256 avec celle affichée sur le serveur avant de lui faire confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server presents another certificate than the trusted one; nothing was sent. Expected SHA-256 %1, got %2.</source>
        <translation>Le serveur présente un autre certificat que celui approuvé&#xa0;; rien n&apos;a été envoyé. SHA-256 attendu&#xa0;: %1, reçu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The authentication service answered without a token.</source>
        <translation>Le service d&apos;authentification a répondu sans jeton.</translation>
    </message>
</context>
<context>
    <name>Staging::PostInstallPage</name>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The installed Shuttle configured over SSH.</source>
        <translation>Le Shuttle installé, configuré par SSH.</translation>
    </message>
    <message>
        <source>The Shuttle at the customer&apos;s</source>
        <translation>Le Shuttle chez le client</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>par ex. 192.168.1.10</translation>
    </message>
    <message>
        <source>e.g. 255.255.255.0</source>
        <translation>par ex. 255.255.255.0</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.1</source>
        <translation>par ex. 192.168.1.1</translation>
    </message>
    <message>
        <source>one or more, separated by spaces</source>
        <translation>un ou plusieurs, séparés par des espaces</translation>
    </message>
    <message>
        <source>the bench&apos;s Wazo installation command</source>
        <translation>la commande d&apos;installation de Wazo de l&apos;établi</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Netmask:</source>
        <translation>Masque de sous-réseau :</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Passerelle :</translation>
    </message>
    <message>
        <source>DNS:</source>
        <translation>DNS :</translation>
    </message>
    <message>
        <source>Wazo installation:</source>
        <translation>Installation de Wazo :</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>&amp;Run the post-install</source>
        <translation>&amp;Lancer la post-installation</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Shuttle %1 (serial %2), installed, reachable at %3.</source>
        <translation>Shuttle %1 (numéro de série %2), installé, joignable à %3.</translation>
    </message>
    <message>
        <source>The Shuttle has not reported an installation yet: install Debian first.</source>
        <translation>Le Shuttle n&apos;a pas encore signalé d&apos;installation : installez d&apos;abord Debian.</translation>
    </message>
    <message>
        <source>The simulated Shuttle&apos;s folder could not be made.</source>
        <translation>Le dossier du Shuttle simulé n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Training: the simulated Shuttle works in %1.</source>
        <translation>Formation : le Shuttle simulé travaille dans %1.</translation>
    </message>
    <message>
        <source>Reading the bench&apos;s SSH key from the keychain…</source>
        <translation>Lecture de la clé SSH de l&apos;établi dans le trousseau…</translation>
    </message>
    <message>
        <source>Connecting to root@%1…</source>
        <translation>Connexion à root@%1…</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s host key is not the one the installer reported.</source>
        <translation>La clé d&apos;hôte du Shuttle n&apos;est pas celle que l&apos;installeur a indiquée.</translation>
    </message>
    <message>
        <source>Connected; host key %1.</source>
        <translation>Connecté ; clé d&apos;hôte %1.</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>The Shuttle at %1 port %2 presents a host key the installer did not report:

%3

Trust it only if you can check this fingerprint on the Shuttle&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>Le Shuttle à %1 port %2 présente une clé d&apos;hôte que l&apos;installeur n&apos;a pas indiquée :

%3

Ne lui faites confiance que si vous pouvez vérifier cette empreinte sur la console du Shuttle (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>The host key %1 was refused: nothing was changed on the Shuttle.</source>
        <translation>La clé d&apos;hôte %1 a été refusée : rien n&apos;a été modifié sur le Shuttle.</translation>
    </message>
    <message>
        <source>Host key %1 trusted by %2.</source>
        <translation>Clé d&apos;hôte %1 approuvée par %2.</translation>
    </message>
    <message>
        <source>The hardware differs from the order: %1</source>
        <translation>Le matériel diffère de la commande : %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled before any step ran: nothing was changed on the Shuttle.</source>
        <translation>Annulé avant toute étape : rien n&apos;a été modifié sur le Shuttle.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
</context>
<context>
    <name>Staging::PostInstallSettings</name>
    <message>
        <source>prefix: &quot;%1&quot; is not &quot;/&quot; nor an absolute path of plain names.</source>
        <translation>préfixe : « %1 » n&apos;est ni « / » ni un chemin absolu fait de noms simples.</translation>
    </message>
    <message>
        <source>hostname: %1</source>
        <translation>nom d&apos;hôte : %1</translation>
    </message>
    <message>
        <source>interface: &quot;%1&quot; is not an interface name (lowercase letters and digits).</source>
        <translation>interface : « %1 » n&apos;est pas un nom d&apos;interface (lettres minuscules et chiffres).</translation>
    </message>
    <message>
        <source>address: &quot;%1&quot; is not an IPv4 address.</source>
        <translation>adresse : « %1 » n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>netmask: &quot;%1&quot; is not a netmask (e.g. 255.255.255.0).</source>
        <translation>masque : « %1 » n&apos;est pas un masque de sous-réseau (par ex. 255.255.255.0).</translation>
    </message>
    <message>
        <source>gateway: &quot;%1&quot; is not an IPv4 address.</source>
        <translation>passerelle : « %1 » n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>gateway: %1 is not in the network of %2/%3.</source>
        <translation>passerelle : %1 n&apos;est pas dans le réseau de %2/%3.</translation>
    </message>
    <message>
        <source>dns: at least one DNS server is needed.</source>
        <translation>dns : au moins un serveur DNS est nécessaire.</translation>
    </message>
    <message>
        <source>dns: &quot;%1&quot; is not an IPv4 address.</source>
        <translation>dns : « %1 » n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>certificate: &quot;%1&quot; is not an absolute path of plain names.</source>
        <translation>certificat : « %1 » n&apos;est pas un chemin absolu fait de noms simples.</translation>
    </message>
    <message>
        <source>certificate: %1 days is not a validity.</source>
        <translation>certificat : %1 jours n&apos;est pas une durée de validité.</translation>
    </message>
    <message>
        <source>Wazo: no installation command is set.</source>
        <translation>Wazo : aucune commande d&apos;installation n&apos;est définie.</translation>
    </message>
    <message>
        <source>serial: &quot;%1&quot; is not a serial number.</source>
        <translation>numéro de série : « %1 » n&apos;est pas un numéro de série.</translation>
    </message>
</context>
<context>
    <name>Staging::PostInstallSteps</name>
    <message>
        <source>Hostname and /etc/hosts</source>
        <translation>Nom d&apos;hôte et /etc/hosts</translation>
    </message>
    <message>
        <source>Network (/etc/network/interfaces)</source>
        <translation>Réseau (/etc/network/interfaces)</translation>
    </message>
    <message>
        <source>Self-signed certificate of the stack</source>
        <translation>Certificat autosigné de la stack</translation>
    </message>
    <message>
        <source>Wazo installation</source>
        <translation>Installation de Wazo</translation>
    </message>
    <message>
        <source>Hardware facts</source>
        <translation>Caractéristiques matérielles</translation>
    </message>
    <message>
        <source>Cancelled before &quot;%1&quot;.</source>
        <translation>Annulé avant « %1 ».</translation>
    </message>
    <message>
        <source>There is no post-install step &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;étape de post-installation « %1 ».</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>Renaming %1</source>
        <translation>Renommage de %1</translation>
    </message>
    <message>
        <source>Reading the hostname</source>
        <translation>Lecture du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Setting the hostname</source>
        <translation>Définition du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The hostname is already %1.</source>
        <translation>Le nom d&apos;hôte est déjà %1.</translation>
    </message>
    <message>
        <source>The hostname is now %1.</source>
        <translation>Le nom d&apos;hôte est maintenant %1.</translation>
    </message>
    <message>
        <source>The network is already set to %1 on %2.</source>
        <translation>Le réseau est déjà configuré en %1 sur %2.</translation>
    </message>
    <message>
        <source>The network is set to %1 on %2; it applies when the Shuttle restarts.</source>
        <translation>Le réseau est configuré en %1 sur %2 ; cela s&apos;applique au redémarrage du Shuttle.</translation>
    </message>
    <message>
        <source>Making the certificate with openssl</source>
        <translation>Création du certificat avec openssl</translation>
    </message>
    <message>
        <source>The certificate made on the Shuttle cannot be read back.</source>
        <translation>Le certificat créé sur le Shuttle ne peut pas être relu.</translation>
    </message>
    <message>
        <source>Certificate made; SHA-256 %1.</source>
        <translation>Certificat créé ; SHA-256 %1.</translation>
    </message>
    <message>
        <source>The certificate is already there; SHA-256 %1.</source>
        <translation>Le certificat est déjà présent ; SHA-256 %1.</translation>
    </message>
    <message>
        <source>Wazo is already installed.</source>
        <translation>Wazo est déjà installé.</translation>
    </message>
    <message>
        <source>The Wazo installation</source>
        <translation>L&apos;installation de Wazo</translation>
    </message>
    <message>
        <source>Wazo is installed.</source>
        <translation>Wazo est installé.</translation>
    </message>
    <message>
        <source>RAM: unknown (no MemTotal in /proc/meminfo).</source>
        <translation>RAM : inconnue (pas de MemTotal dans /proc/meminfo).</translation>
    </message>
    <message>
        <source>RAM: %1 GiB found, %2 GiB expected.</source>
        <translation>RAM : %1 Gio trouvés, %2 Gio attendus.</translation>
    </message>
    <message>
        <source>Disks: lsblk failed (%1).</source>
        <translation>Disques : lsblk a échoué (%1).</translation>
    </message>
    <message>
        <source>Disks: no internal SSD found.</source>
        <translation>Disques : aucun SSD interne trouvé.</translation>
    </message>
    <message>
        <source>Serial: unknown (neither dmidecode nor /sys/class/dmi gave it).</source>
        <translation>Numéro de série : inconnu (ni dmidecode ni /sys/class/dmi ne l&apos;ont donné).</translation>
    </message>
    <message>
        <source>Serial: %1 found, %2 scanned on the checklist.</source>
        <translation>Numéro de série : %1 trouvé, %2 scanné sur la liste de contrôle.</translation>
    </message>
    <message>
        <source>The hardware matches the order.</source>
        <translation>Le matériel correspond à la commande.</translation>
    </message>
    <message>
        <source>The hardware differs from the order: %1</source>
        <translation>Le matériel diffère de la commande : %1</translation>
    </message>
    <message>
        <source>Listing the Shuttle&apos;s network interfaces</source>
        <translation>Lecture des interfaces réseau du Shuttle</translation>
    </message>
    <message>
        <source>The Shuttle has no wired interface %1 (it has: %2).</source>
        <translation>Le Shuttle n&apos;a pas d&apos;interface filaire %1 (il a : %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The Shuttle has no wired network interface: check its network card.</source>
        <translation>Le Shuttle n&apos;a aucune interface réseau filaire : vérifiez sa carte réseau.</translation>
    </message>
    <message>
        <source>The Shuttle has several wired interfaces (%1) and none is its way out: choose one.</source>
        <translation>Le Shuttle a plusieurs interfaces filaires (%1) et aucune n&apos;est sa sortie : choisissez-en une.</translation>
    </message>
</context>
<context>
    <name>Staging::PreseedBuilder</name>
    <message>
        <source>hostname &quot;%1&quot;: %2</source>
        <translation>nom d&apos;hôte « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid in a preseed.</source>
        <translation>%1 « %2 » n&apos;est pas valide dans un preseed.</translation>
    </message>
    <message>
        <source>The root password hash is not a SHA-512 crypt hash.</source>
        <translation>L&apos;empreinte du mot de passe root n&apos;est pas une empreinte crypt SHA-512.</translation>
    </message>
    <message>
        <source>The generated preseed is invalid: %1</source>
        <translation>Le preseed produit n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The root password is empty.</source>
        <translation>Le mot de passe root est vide.</translation>
    </message>
    <message>
        <source>The system&apos;s crypt library cannot make SHA-512 hashes.</source>
        <translation>La bibliothèque crypt du système ne sait pas produire d&apos;empreintes SHA-512.</translation>
    </message>
</context>
<context>
    <name>Staging::PreseedLinter</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>not &quot;owner question type value&quot; with single spaces</source>
        <translation>pas de la forme « propriétaire question type valeur » avec des espaces simples</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type « %1 » inconnu</translation>
    </message>
    <message>
        <source>continuation lines are not used</source>
        <translation>les lignes de continuation ne sont pas utilisées</translation>
    </message>
    <message>
        <source>the value of %1 has leading or trailing whitespace</source>
        <translation>la valeur de %1 commence ou finit par un blanc</translation>
    </message>
    <message>
        <source>%1 is a boolean but its value is not true or false</source>
        <translation>%1 est un booléen mais sa valeur n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 would put a password in clear text</source>
        <translation>%1 mettrait un mot de passe en clair</translation>
    </message>
    <message>
        <source>%1 is not a SHA-512 or yescrypt hash</source>
        <translation>%1 n&apos;est pas une empreinte SHA-512 ni yescrypt</translation>
    </message>
    <message>
        <source>%1 is set twice</source>
        <translation>%1 est défini deux fois</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
</context>
<context>
    <name>Staging::PreseedServer</name>
    <message>
        <source>The preseed server needs the bench&apos;s IPv4 address on the Shuttle&apos;s network, not %1.</source>
        <translation>Le serveur de preseed a besoin de l&apos;adresse IPv4 de l&apos;établi sur le réseau du Shuttle, pas de %1.</translation>
    </message>
    <message>
        <source>The preseed server cannot listen on %1 port %2 (address not on this machine, or port taken).</source>
        <translation>Le serveur de preseed ne peut pas écouter sur %1 port %2 (adresse absente de cette machine, ou port déjà pris).</translation>
    </message>
    <message>
        <source>The preseed server must listen before it is armed.</source>
        <translation>Le serveur de preseed doit écouter avant d&apos;être armé.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Shift+M</source>
        <translation>Maj+M</translation>
    </message>
    <message>
        <source>At the Debian installer&apos;s boot menu choose &quot;Advanced options&quot; &gt; &quot;Automated install&quot;, press Tab and add at the end of the line:
    %1
The installer&apos;s keyboard is QWERTY at that point. On an AZERTY keyboard press these keys (digits on the number row without Shift):
    %2</source>
        <translation>Au menu de démarrage de l&apos;installeur Debian, choisissez « Advanced options » &gt; « Automated install », appuyez sur Tab et ajoutez en fin de ligne :
    %1
À ce moment le clavier de l&apos;installeur est QWERTY. Sur un clavier AZERTY, tapez ces touches (chiffres de la rangée du haut sans Maj) :
    %2</translation>
    </message>
</context>
<context>
    <name>Staging::ProblemsModel</name>
    <message>
        <source>Column %1 of the file</source>
        <translation>Colonne %1 du fichier</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Staging::ProvisioningExecutor</name>
    <message>
        <source>the phone %1 has not been seen on the stack&apos;s network yet: power it on in the customer&apos;s LAN, then resume.</source>
        <translation>le téléphone %1 n&apos;a pas encore été vu sur le réseau de la stack : allumez-le sur le réseau local du client, puis reprenez.</translation>
    </message>
    <message>
        <source>Row %1 (%2): </source>
        <translation>Ligne %1 (%2) : </translation>
    </message>
    <message>
        <source>the job log refused the entry; nothing was sent.</source>
        <translation>le journal a refusé l&apos;entrée ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>not made because %1 could not be.</source>
        <translation>non créé parce que %1 n&apos;a pas pu l&apos;être.</translation>
    </message>
    <message>
        <source>provd accepted the request but did not say where to follow it (no Location).</source>
        <translation>provd a accepté la demande sans dire où la suivre (pas d&apos;en-tête Location).</translation>
    </message>
    <message>
        <source>provd could not refresh its plugin list from its plugin server (%1).</source>
        <translation>provd n&apos;a pas pu mettre à jour sa liste de plugins depuis son serveur de plugins (%1).</translation>
    </message>
    <message>
        <source>provd could not install the plugin %1 (%2).</source>
        <translation>provd n&apos;a pas pu installer le plugin %1 (%2).</translation>
    </message>
    <message>
        <source>provd did not finish installing the plugin %1 in time (%2).</source>
        <translation>provd n&apos;a pas fini d&apos;installer le plugin %1 à temps (%2).</translation>
    </message>
    <message>
        <source>Waiting for wazo-confd to learn of the new tenant %1 (it hears of it from wazo-auth through the bus)…</source>
        <translation>En attente que wazo-confd apprenne l&apos;existence du nouveau tenant %1 (wazo-auth le lui annonce par le bus)…</translation>
    </message>
    <message numerus="yes">
        <source>wazo-confd did not learn of the new tenant within %n second(s): is its bus consumer running?</source>
        <translation>
            <numerusform>wazo-confd n&apos;a pas appris l&apos;existence du nouveau tenant en %n seconde : son consommateur du bus tourne-t-il ?</numerusform>
            <numerusform>wazo-confd n&apos;a pas appris l&apos;existence du nouveau tenant en %n secondes : son consommateur du bus tourne-t-il ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Staging::ProvisioningItemsModel</name>
    <message>
        <source>to create</source>
        <translation>à créer</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Le service a répondu : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Staging::ProvisioningPlanner</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>station &quot;%1&quot;</source>
        <translation>le poste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no extension: it is left out of the plan.</source>
        <translation>%1 n&apos;a pas de numéro interne et reste hors du plan.</translation>
    </message>
    <message>
        <source>%1: hardware &quot;%2&quot; is not in the catalog; the line is planned without a phone.</source>
        <translation>%1&#xa0;: le matériel «&#xa0;%2&#xa0;» n&apos;est pas dans le catalogue&#xa0;; la ligne est prévue sans téléphone.</translation>
    </message>
    <message>
        <source>%1: base %2 has no free handset slot (it takes %3); the handset is not attached.</source>
        <translation>%1&#xa0;: la base %2 n&apos;a plus d&apos;emplacement libre (elle accepte %3 combinés)&#xa0;; le combiné n&apos;est pas rattaché.</translation>
    </message>
    <message>
        <source>%1 has no MAC yet: the phone is attached once it is scanned.</source>
        <translation>%1 n&apos;a pas encore d&apos;adresse MAC&#xa0;: le téléphone sera rattaché une fois scanné.</translation>
    </message>
    <message>
        <source>%1 asks for a new number: its incall is planned once the operator assigns the DID.</source>
        <translation>%1 demande un nouveau numéro&#xa0;: son appel entrant sera prévu quand l&apos;opérateur aura attribué la SDA.</translation>
    </message>
    <message numerus="yes">
        <source>The Shuttle&apos;s network %1 has no room for %n phone address(es) beside the Shuttle: the DHCP server is left as it is.</source>
        <translation>
            <numerusform>Le réseau %1 du Shuttle n&apos;a pas la place pour %n adresse de téléphone à côté du Shuttle : le serveur DHCP est laissé tel quel.</numerusform>
            <numerusform>Le réseau %1 du Shuttle n&apos;a pas la place pour %n adresses de téléphones à côté du Shuttle : le serveur DHCP est laissé tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shuttle&apos;s network &quot;%1/%2&quot; is not an IPv4 address and netmask: the provisioning host and the phonebook access are left as they are.</source>
        <translation>Le réseau du Shuttle « %1/%2 » n&apos;est pas une adresse IPv4 et un masque : l&apos;hôte de provisionnement et l&apos;accès à l&apos;annuaire sont laissés tels quels.</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s address on the customer&apos;s network is not known yet (post-install records it): the phones&apos; DHCP pool, provisioning host and phonebook access are not planned.</source>
        <translation>L&apos;adresse du Shuttle sur le réseau du client n&apos;est pas encore connue (la post-installation l&apos;enregistre) : la plage DHCP des téléphones, l&apos;hôte de provisioning et l&apos;accès à l&apos;annuaire ne sont pas prévus.</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s network interface on the customer&apos;s network is not known (post-install records it; stagingctl order apply --dhcp-interface NAME): the DHCP server is left as it is.</source>
        <translation>L&apos;interface réseau du Shuttle sur le réseau du client n&apos;est pas connue (la post-installation l&apos;enregistre ; stagingctl order apply --dhcp-interface NOM) : le serveur DHCP est laissé tel quel.</translation>
    </message>
    <message>
        <source>Ring group %1 asks for a new number: its incall is planned once the operator assigns the DID.</source>
        <translation>Le groupe d&apos;appel %1 demande un nouveau numéro&#xa0;: son appel entrant sera planifié quand l&apos;opérateur aura attribué la SDA.</translation>
    </message>
</context>
<context>
    <name>Staging::ProvisioningReconciler</name>
    <message>
        <source>a line without user</source>
        <translation>une ligne sans utilisateur</translation>
    </message>
    <message>
        <source>The user exists but differs from the order (%1 is missing).</source>
        <translation>L&apos;utilisateur existe mais diffère de la commande (%1 manque).</translation>
    </message>
    <message>
        <source>Extension %1 already exists on the stack.</source>
        <translation>Le numéro interne %1 existe déjà sur la stack.</translation>
    </message>
    <message>
        <source>Extension %1 is already used by %2.</source>
        <translation>Le numéro interne %1 est déjà utilisé par %2.</translation>
    </message>
    <message>
        <source>%1 contexts are labelled &quot;%2&quot;: keep one.</source>
        <translation>%1 contextes portent le libellé « %2 » : n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <source>Several users match this station: keep one.</source>
        <translation>Plusieurs utilisateurs correspondent à ce poste : n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <source>The phonebook access for %1 exists but is disabled: enable it on the stack.</source>
        <translation>L&apos;accès à l&apos;annuaire pour %1 existe mais il est désactivé : activez-le sur la stack.</translation>
    </message>
    <message>
        <source>%1 incalls without a number are described &quot;%2&quot;: keep one.</source>
        <translation>%1 appels entrants sans numéro sont décrits « %2 » : n&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <source>Wazo&apos;s setup wizard has not been run on this stack (wazo-provd has no default device config): run it first (wazo-setupd, or the web interface&apos;s wizard).</source>
        <translation>L&apos;assistant de configuration de Wazo n&apos;a pas été lancé sur cette stack (wazo-provd n&apos;a pas de configuration par défaut des téléphones) : lancez-le d&apos;abord (wazo-setupd, ou l&apos;assistant de l&apos;interface web).</translation>
    </message>
    <message>
        <source>%1 ring groups are labelled &quot;%2&quot;: keep one.</source>
        <translation>%1 groupes d&apos;appel s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;: gardez-en un.</translation>
    </message>
</context>
<context>
    <name>Staging::ResourceText</name>
    <message>
        <source>Brother QL, 62 mm continuous tape</source>
        <translation>Brother QL, ruban continu de 62 mm</translation>
    </message>
    <message>
        <source>Brother QL, 62 × 29 mm die-cut</source>
        <translation>Brother QL, étiquettes prédécoupées 62 × 29 mm</translation>
    </message>
    <message>
        <source>Zebra, 4 × 2 in</source>
        <translation>Zebra, 4 × 2 pouces</translation>
    </message>
    <message>
        <source>Zebra, 2 × 1 in</source>
        <translation>Zebra, 2 × 1 pouces</translation>
    </message>
    <message>
        <source>A4 sheet, 3 × 8 labels of 70 × 37 mm</source>
        <translation>Feuille A4, 3 × 8 étiquettes de 70 × 37 mm</translation>
    </message>
    <message>
        <source>Del at power-on, Advanced &gt; Chipset Configuration &gt; Power Failure: Power On</source>
        <translation>Touche Suppr à l&apos;allumage, puis Advanced &gt; Chipset Configuration &gt; Power Failure : Power On</translation>
    </message>
    <message>
        <source>Del at power-on, Advanced &gt; Power Management &gt; Restore on AC Power Loss: Power On</source>
        <translation>Touche Suppr à l&apos;allumage, puis Advanced &gt; Power Management &gt; Restore on AC Power Loss : Power On</translation>
    </message>
</context>
<context>
    <name>Staging::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1 for the screenshots.</source>
        <translation>Impossible de créer le dossier %1 pour les captures d&apos;écran.</translation>
    </message>
    <message>
        <source>Screenshots are taken in training mode only (--training).</source>
        <translation>Les captures d&apos;écran ne se prennent qu&apos;en mode formation (--training).</translation>
    </message>
    <message>
        <source>The sample order %1 could not be opened.</source>
        <translation>La commande d&apos;exemple %1 n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The wizard was closed before every screenshot was taken.</source>
        <translation>L&apos;assistant a été fermé avant que toutes les captures d&apos;écran soient prises.</translation>
    </message>
    <message>
        <source>The history window did not open.</source>
        <translation>La fenêtre d&apos;historique ne s&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1.</translation>
    </message>
</context>
<context>
    <name>Staging::SecretResult</name>
    <message>
        <source>No secret is stored for %1 in the keychain, or the keychain is locked.</source>
        <translation>Aucun secret n&apos;est enregistré pour %1 dans le trousseau, ou le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds for %2.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 secondes pour %2.</translation>
    </message>
    <message>
        <source>The keychain operation for %1 was cancelled.</source>
        <translation>L&apos;opération du trousseau pour %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>Staging::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>La langue change au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technicien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bench:</source>
        <translation>Éta&amp;bli&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The stack certificate&apos;s SHA-256, hex</source>
        <translation>Le SHA-256 du certificat de la stack, en hexadécimal</translation>
    </message>
    <message>
        <source>Agency &amp;stack:</source>
        <translation>&amp;Stack de l&apos;agence :</translation>
    </message>
    <message>
        <source>Stack &amp;user:</source>
        <translation>&amp;Utilisateur de la stack :</translation>
    </message>
    <message>
        <source>Stack &amp;certificate:</source>
        <translation>&amp;Certificat de la stack :</translation>
    </message>
    <message>
        <source>New orders&apos; &amp;phones:</source>
        <translation>Téléphones des &amp;nouvelles commandes :</translation>
    </message>
</context>
<context>
    <name>Staging::ShuttleCatalog</name>
    <message>
        <source>The Shuttle catalog %1 is not valid JSON: %2</source>
        <translation>Le catalogue des Shuttle %1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The Shuttle catalog %1 lists %2 twice.</source>
        <translation>Le catalogue des Shuttle %1 cite %2 deux fois.</translation>
    </message>
    <message>
        <source>The Shuttle catalog %1 lists no model.</source>
        <translation>Le catalogue des Shuttle %1 ne cite aucun modèle.</translation>
    </message>
    <message>
        <source>The order has %1 stations but the largest Shuttle, %2, is sized for %3: split the order or choose other hardware.</source>
        <translation>La commande a %1 postes mais le plus grand Shuttle, %2, est prévu pour %3 : scindez la commande ou choisissez un autre matériel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the serial of a %2: its serial label has 6 to 20 letters and digits (hyphens inside), at least one letter. Scan the barcode marked S/N.</source>
        <translation>« %1 » ne peut pas être le numéro de série d&apos;un %2 : son étiquette de série porte 6 à 20 lettres et chiffres (tirets à l&apos;intérieur), dont au moins une lettre. Scannez le code-barres marqué S/N.</translation>
    </message>
    <message>
        <source>The Shuttle catalog %1 has an invalid entry %2 (id, name, max_stations &gt; 0, a /dev/ disk and a valid serial_pattern are required).</source>
        <translation>Le catalogue des Shuttle %1 a une entrée %2 invalide (id, name, max_stations &gt; 0, un disque /dev/ et un serial_pattern valide sont requis).</translation>
    </message>
</context>
<context>
    <name>Staging::ShuttleHostname</name>
    <message>
        <source>The hostname pattern &quot;%1&quot; must contain {serial} exactly once.</source>
        <translation>Le modèle de nom d&apos;hôte « %1 » doit contenir {serial} exactement une fois.</translation>
    </message>
    <message>
        <source>The Shuttle serial is empty.</source>
        <translation>Le numéro de série du Shuttle est vide.</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; made from serial &quot;%2&quot; and pattern &quot;%3&quot; is not valid: %4</source>
        <translation>Le nom d&apos;hôte « %1 » formé à partir du numéro de série « %2 » et du modèle « %3 » n&apos;est pas valide : %4</translation>
    </message>
    <message>
        <source>a hostname has 1 to 63 characters, this one has %1.</source>
        <translation>un nom d&apos;hôte a de 1 à 63 caractères, celui-ci en a %1.</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not a lower-case letter, a digit or &quot;-&quot;.</source>
        <translation>le caractère %1 (« %2 ») n&apos;est ni une lettre minuscule, ni un chiffre, ni « - ».</translation>
    </message>
    <message>
        <source>a hostname cannot start or end with &quot;-&quot;.</source>
        <translation>un nom d&apos;hôte ne peut pas commencer ni finir par « - ».</translation>
    </message>
    <message>
        <source>only an IPv4 address or a host name is accepted</source>
        <translation>seule une adresse IPv4 ou un nom d&apos;hôte est accepté</translation>
    </message>
    <message>
        <source>a host name has 1 to 253 characters</source>
        <translation>un nom d&apos;hôte a de 1 à 253 caractères</translation>
    </message>
</context>
<context>
    <name>Staging::SignOffPage</name>
    <message>
        <source>Every step&apos;s result, and the supervisor&apos;s approval.</source>
        <translation>Le résultat de chaque étape, et l&apos;approbation du superviseur.</translation>
    </message>
    <message>
        <source>Differences from the order</source>
        <translation>Écarts par rapport à la commande</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Nom du superviseur</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Approbation du superviseur</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 — %2 (%3) — %4 — %n station(s)</source>
        <translation>
            <numerusform>Commande %1 — %2 (%3) — %4 — %n poste</numerusform>
            <numerusform>Commande %1 — %2 (%3) — %4 — %n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>None: the order was staged as the customer asked.</source>
        <translation>Aucun : la commande a été préparée comme le client l&apos;a demandé.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Approuvée par %1 le %2.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Pas encore approuvée.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>staging-%1.pdf</source>
        <translation>staging-%1.pdf</translation>
    </message>
    <message>
        <source>Staging report — order %1</source>
        <translation>Rapport de préparation — commande %1</translation>
    </message>
    <message>
        <source>Customer: %1 (%2) — %3</source>
        <translation>Client : %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Technician: %1 — bench: %2</source>
        <translation>Technicien : %1 — établi : %2</translation>
    </message>
    <message>
        <source>TRAINING — nothing of this order reached a real portal or phone.</source>
        <translation>FORMATION — rien de cette commande n&apos;a atteint un vrai portail ni un vrai téléphone.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numéro interne</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>SDA</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>The report was written to %1, but the job log could not record it: %2</source>
        <translation>Le rapport a été écrit dans %1, mais le journal n&apos;a pas pu l&apos;inscrire : %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Shuttle: serial %1 — host name %2 — customer LAN address %3</source>
        <translation>Shuttle : numéro de série %1 — nom d’hôte %2 — adresse sur le réseau du client %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>%1 · %2 %3: %4</source>
        <translation>%1 · %2 %3 : %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Tick each warning (or select it and press Space) to accept it.</source>
        <translation>Cochez chaque avertissement (ou sélectionnez-le et appuyez sur Espace) pour l&apos;accepter.</translation>
    </message>
    <message>
        <source>Warnings to accept</source>
        <translation>Avertissements à accepter</translation>
    </message>
    <message>
        <source>Save the &amp;PDF report…</source>
        <translation>Enregistrer le rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation>Clôturée par %1 le %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not approved yet: accept each warning first (%n left).</source>
        <translation>
            <numerusform>Pas encore validée : acceptez d&apos;abord chaque avertissement (%n restant).</numerusform>
            <numerusform>Pas encore validée : acceptez d&apos;abord chaque avertissement (%n restants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report for the technician</source>
        <translation>Enregistrer le rapport pour le technicien</translation>
    </message>
    <message>
        <source>The report is written once the order is signed off: it holds the sign-off.</source>
        <translation>Le rapport est écrit une fois la commande clôturée : il contient la clôture.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>%1 — accepted by %2</source>
        <translation>%1 — accepté par %2</translation>
    </message>
    <message>
        <source>%1 — NOT ACCEPTED (found after the approval)</source>
        <translation>%1 — NON ACCEPTÉ (apparu après la validation)</translation>
    </message>
    <message>
        <source>Cannot make the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Sign off order %1? The job log closes it as staged and it can only be looked at from then on. The report for the technician is then written to %2.</source>
        <translation>Clôturer la commande %1 ? Le journal la ferme comme préparée, elle ne peut ensuite qu&apos;être consultée. Le rapport pour le technicien est alors écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>Staging::SignOffStepsModel</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
</context>
<context>
    <name>Staging::SignOffSummary</name>
    <message>
        <source>%1 (extension %2): no phone, skipped at the phones step.</source>
        <translation>%1 (numéro interne %2) : pas de téléphone, ignoré à l&apos;étape des téléphones.</translation>
    </message>
    <message>
        <source>%1 (extension %2): no phone, no MAC was scanned.</source>
        <translation>%1 (numéro interne %2) : pas de téléphone, aucune MAC n&apos;a été scannée.</translation>
    </message>
    <message>
        <source>%1 (extension %2): phone %3 was never seen synchronized.</source>
        <translation>%1 (numéro interne %2) : le téléphone %3 n&apos;a jamais été vu synchronisé.</translation>
    </message>
    <message>
        <source>No label was printed.</source>
        <translation>Aucune étiquette n&apos;a été imprimée.</translation>
    </message>
    <message>
        <source>%1: its phone was replaced after the labels were printed; print its labels again.</source>
        <translation>%1 : son téléphone a été remplacé après l&apos;impression des étiquettes ; réimprimez ses étiquettes.</translation>
    </message>
    <message>
        <source>%1 (extension %2): phone %3 was left on the old server.</source>
        <translation>%1 (numéro interne %2)&#xa0;: le téléphone %3 a été laissé sur l&apos;ancien serveur.</translation>
    </message>
</context>
<context>
    <name>Staging::SimCertificate</name>
    <message>
        <source>Cannot create the simulator&apos;s TLS certificate.</source>
        <translation>Impossible de créer le certificat TLS du simulateur.</translation>
    </message>
</context>
<context>
    <name>Staging::SimulatedInstaller</name>
    <message>
        <source>The simulated installation was cancelled.</source>
        <translation>L&apos;installation simulée a été annulée.</translation>
    </message>
    <message>
        <source>The simulated installer could not fetch %1: %2</source>
        <translation>L&apos;installeur simulé n&apos;a pas pu télécharger %1 : %2</translation>
    </message>
    <message>
        <source>The preseed names no installer callback.</source>
        <translation>Le preseed n&apos;indique aucun rappel de l&apos;installeur.</translation>
    </message>
    <message>
        <source>The bench refused the simulated installer&apos;s callback (HTTP %1).</source>
        <translation>L&apos;établi a refusé le rappel de l&apos;installeur simulé (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Staging::SshSession</name>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh n&apos;a pas pu créer de session.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation>Impossible de se connecter à %1 port %2.</translation>
    </message>
    <message>
        <source>The host key of %1 port %2 has changed (now %3); the connection was stopped.</source>
        <translation>La clé d&apos;hôte de %1 port %2 a changé (maintenant %3) ; la connexion a été arrêtée.</translation>
    </message>
    <message>
        <source>The host key of %1 port %2 (%3) is not trusted.</source>
        <translation>La clé d&apos;hôte de %1 port %2 (%3) n&apos;est pas approuvée.</translation>
    </message>
    <message>
        <source>Cannot write the known hosts file %1.</source>
        <translation>Impossible d&apos;écrire le fichier des hôtes connus %1.</translation>
    </message>
    <message>
        <source>Cannot read the known hosts file %1.</source>
        <translation>Impossible de lire le fichier des hôtes connus %1.</translation>
    </message>
    <message>
        <source>The bench key cannot be read.</source>
        <translation>La clé de l&apos;établi est illisible.</translation>
    </message>
    <message>
        <source>%1 refused the login of %2.</source>
        <translation>%1 a refusé la connexion de %2.</translation>
    </message>
    <message>
        <source>The login on %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Pas connecté à %1.</translation>
    </message>
    <message>
        <source>Cannot start a command on %1.</source>
        <translation>Impossible de lancer une commande sur %1.</translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 s.</source>
        <translation>La commande sur %1 ne s&apos;est pas terminée en %2 s.</translation>
    </message>
    <message>
        <source>The connection to %1 broke.</source>
        <translation>La connexion à %1 a été coupée.</translation>
    </message>
    <message>
        <source>The command on %1 ended without an exit status.</source>
        <translation>La commande sur %1 s&apos;est terminée sans code de sortie.</translation>
    </message>
    <message>
        <source>Cannot write %1 on %2.</source>
        <translation>Impossible d&apos;écrire %1 sur %2.</translation>
    </message>
    <message>
        <source>libssh could not generate an ed25519 key.</source>
        <translation>libssh n&apos;a pas pu générer de clé ed25519.</translation>
    </message>
    <message>
        <source>libssh could not export the bench key.</source>
        <translation>libssh n&apos;a pas pu exporter la clé de l&apos;établi.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled.</source>
        <translation>La commande sur %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>Staging::StackAccess</name>
    <message>
        <source>The training simulator did not start: %1</source>
        <translation>Le simulateur de formation n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>training simulator at %1</source>
        <translation>simulateur de formation à %1</translation>
    </message>
    <message>
        <source>No agency stack is configured: set the portal&apos;s https address, user and certificate fingerprint in the settings.</source>
        <translation>Aucune stack d&apos;agence n&apos;est configurée : indiquez dans les paramètres l&apos;adresse https du portail, l&apos;utilisateur et l&apos;empreinte du certificat.</translation>
    </message>
    <message>
        <source>The Shuttle&apos;s address or its stack&apos;s certificate is not known yet: post-install records them; finish that step first.</source>
        <translation>L&apos;adresse du Shuttle ou le certificat de sa stack n&apos;est pas encore connu : la post-installation les enregistre ; terminez d&apos;abord cette étape.</translation>
    </message>
    <message>
        <source>No portal user is configured: set it in the settings.</source>
        <translation>Aucun utilisateur du portail n&apos;est configuré : indiquez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>No password in the keychain for &quot;%1&quot;: store it there first.</source>
        <translation>Pas de mot de passe dans le trousseau pour « %1 » : enregistrez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>Staging::StackProfile</name>
    <message>
        <source>Stack public host &quot;%1&quot;: %2</source>
        <translation>Hôte public de la stack « %1 » : %2</translation>
    </message>
    <message>
        <source>Stack public port: %1 is not a port (1 to 65535).</source>
        <translation>Port public de la stack : %1 n&apos;est pas un port (1 à 65535).</translation>
    </message>
    <message>
        <source>Stack private port: %1 is not a port (1 to 65535).</source>
        <translation>Port privé de la stack : %1 n&apos;est pas un port (1 à 65535).</translation>
    </message>
    <message>
        <source>Stack preferred connection: &quot;public&quot; needs the stack&apos;s public host.</source>
        <translation>Connexion préférée de la stack : « public » demande l&apos;hôte public de la stack.</translation>
    </message>
    <message>
        <source>STUN server &quot;%1&quot;: %2</source>
        <translation>Serveur STUN « %1 » : %2</translation>
    </message>
    <message>
        <source>STUN server &quot;%1&quot;: the port after &quot;:&quot; must be 1 to 65535.</source>
        <translation>Serveur STUN « %1 » : le port après « : » doit être de 1 à 65535.</translation>
    </message>
    <message>
        <source>ICE needs a STUN server.</source>
        <translation>ICE demande un serveur STUN.</translation>
    </message>
    <message>
        <source>Stack preferred connection: &quot;%1&quot; is not one of public, private, any.</source>
        <translation>Connexion préférée de la stack : « %1 » n&apos;est pas public, private ni any.</translation>
    </message>
</context>
<context>
    <name>Staging::StackProfileEditor</name>
    <message>
        <source>Public host, empty for none</source>
        <translation>Hôte public, vide si aucun</translation>
    </message>
    <message>
        <source>The customer&apos;s public name or address the agency portal may reach the stack on; empty: none, the portal uses the private address</source>
        <translation>Le nom ou l&apos;adresse publique du client par lequel le portail de l&apos;agence peut joindre la stack ; vide : aucun, le portail utilise l&apos;adresse privée</translation>
    </message>
    <message>
        <source>The stack&apos;s HTTPS port on the public host</source>
        <translation>Le port HTTPS de la stack sur l&apos;hôte public</translation>
    </message>
    <message>
        <source>The stack&apos;s HTTPS port on the Shuttle&apos;s address in the customer&apos;s network</source>
        <translation>Le port HTTPS de la stack à l&apos;adresse du Shuttle sur le réseau du client</translation>
    </message>
    <message>
        <source>Which address the agency portal uses first</source>
        <translation>L&apos;adresse que le portail de l&apos;agence essaie en premier</translation>
    </message>
    <message>
        <source>STUN server: host or host:port, empty for none</source>
        <translation>Serveur STUN : hôte ou hôte:port, vide si aucun</translation>
    </message>
    <message>
        <source>The STUN server the stack&apos;s media find their public address with, behind the customer&apos;s NAT</source>
        <translation>Le serveur STUN grâce auquel les médias de la stack trouvent leur adresse publique derrière le NAT du client</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>The stack&apos;s media use ICE; it needs a STUN server</source>
        <translation>Les médias de la stack utilisent ICE ; il faut un serveur STUN</translation>
    </message>
    <message>
        <source>public port</source>
        <translation>port public</translation>
    </message>
    <message>
        <source>private port</source>
        <translation>port privé</translation>
    </message>
</context>
<context>
    <name>Staging::StackRegistrationJob</name>
    <message>
        <source>Registering the stack on the portal was cancelled.</source>
        <translation>L&apos;enregistrement de la stack sur le portail a été annulé.</translation>
    </message>
    <message>
        <source>The portal&apos;s stacks could not be read: %1</source>
        <translation>Les stacks du portail n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The portal has %1 stacks named &quot;%2&quot;: none was changed; the agency must keep one of them.</source>
        <translation>Le portail a %1 stacks nommées « %2 » : aucune n&apos;a été modifiée ; l&apos;agence doit n&apos;en garder qu&apos;une.</translation>
    </message>
    <message>
        <source>Stack &quot;%1&quot; was registered, but a copy made by a re-sent request (%2) could not be removed: %3</source>
        <translation>La stack « %1 » a été enregistrée, mais une copie créée par une requête renvoyée (%2) n&apos;a pas pu être supprimée : %3</translation>
    </message>
    <message>
        <source>Registering stack &quot;%1&quot; on the portal may not have been done: %2</source>
        <translation>L&apos;enregistrement de la stack « %1 » sur le portail n&apos;a peut-être pas eu lieu : %2</translation>
    </message>
    <message>
        <source>The portal refused stack &quot;%1&quot;: %2</source>
        <translation>Le portail a refusé la stack « %1 » : %2</translation>
    </message>
    <message>
        <source>The portal&apos;s stack &quot;%1&quot; was registered by order %2: this order does not change it. Check the Shuttle&apos;s serial and hostname; if this order really replaces that Shuttle, the agency removes the old stack first.</source>
        <translation>La stack « %1 » du portail a été enregistrée par la commande %2 : cette commande ne la modifie pas. Vérifiez le numéro de série et le nom d&apos;hôte du Shuttle ; si cette commande remplace vraiment ce Shuttle, l&apos;agence supprime d&apos;abord l&apos;ancienne stack.</translation>
    </message>
</context>
<context>
    <name>Staging::StationsModel</name>
    <message>
        <source>Not in the customer&apos;s file: the workbench gave the next free extension of the range.</source>
        <translation>Absent du fichier du client&#xa0;: l&apos;atelier a attribué le prochain numéro interne libre de la plage.</translation>
    </message>
    <message>
        <source>In the customer&apos;s file: %1</source>
        <translation>Dans le fichier du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 + expansion module</source>
        <translation>%1 + module d&apos;extension</translation>
    </message>
    <message>
        <source>new number</source>
        <translation>numéro à créer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Numéro interne</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>SDA</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a number to create, as typed in a plan cell: must stay a word the importer knows (new, nouveau, création)</comment>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <comment>a receptionist&apos;s supervision keys</comment>
        <translation>
            <numerusform>%n touche</numerusform>
            <numerusform>%n touches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (expansion module)</source>
        <translation>%1&#xa0;: %2 (module d&apos;extension)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Without a key: %1</source>
        <translation>Sans touche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Voicemail code</source>
        <translation>Code messagerie</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
</context>
<context>
    <name>Staging::TarWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be a member of the archive: a relative path of at most 100 printable ASCII characters is needed.</source>
        <translation>« %1 » ne peut pas être un membre de l&apos;archive : il faut un chemin relatif d&apos;au plus 100 caractères ASCII imprimables.</translation>
    </message>
</context>
<context>
    <name>Staging::TeamLedger</name>
    <message>
        <source>&quot;%1&quot; is not a phone&apos;s MAC address.</source>
        <translation>« %1 » n&apos;est pas l&apos;adresse MAC d&apos;un téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (DID).</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone (SDA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a serial number.</source>
        <translation>« %1 » n&apos;est pas un numéro de série.</translation>
    </message>
    <message>
        <source>Unknown kind of reservation.</source>
        <translation>Sorte de réservation inconnue.</translation>
    </message>
    <message>
        <source>Could not read who holds order %1 in the job log %2.</source>
        <translation>Impossible de lire qui détient la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>A claim needs an order, a bench, a technician and a lease longer than zero.</source>
        <translation>Une prise en charge demande une commande, un établi, un technicien et un bail de durée non nulle.</translation>
    </message>
    <message>
        <source>Could not claim order %1 in the job log %2.</source>
        <translation>Impossible de prendre en charge la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>Order %1 changed hands meanwhile; please try again.</source>
        <translation>La commande %1 a changé de mains entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>Order %1 is claimed by %2 on bench %3 until %4.</source>
        <translation>La commande %1 est prise en charge par %2 sur l&apos;établi %3 jusqu&apos;à %4.</translation>
    </message>
    <message>
        <source>Could not release order %1 in the job log %2.</source>
        <translation>Impossible de libérer la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>Order %1 is not claimed.</source>
        <translation>La commande %1 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Order %1 is claimed by %2 on bench %3, not by %4 on bench %5.</source>
        <translation>La commande %1 est prise en charge par %2 sur l&apos;établi %3, pas par %4 sur l&apos;établi %5.</translation>
    </message>
    <message>
        <source>A take-over needs an order, a bench, a supervisor and a lease longer than zero.</source>
        <translation>Une reprise demande une commande, un établi, un superviseur et un bail de durée non nulle.</translation>
    </message>
    <message>
        <source>Could not take over order %1 in the job log %2.</source>
        <translation>Impossible de reprendre la commande %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>Could not read the reservation of %1 in the job log %2.</source>
        <translation>Impossible de lire la réservation de %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>A reservation needs an order.</source>
        <translation>Une réservation demande une commande.</translation>
    </message>
    <message>
        <source>Could not reserve %1 in the job log %2.</source>
        <translation>Impossible de réserver %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>%1 changed hands meanwhile; please try again.</source>
        <translation>%1 a changé de mains entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>%1 is already reserved for order %2.</source>
        <translation>%1 est déjà réservé pour la commande %2.</translation>
    </message>
    <message>
        <source>Could not release %1 in the job log %2.</source>
        <translation>Impossible de libérer %1 dans le journal %2.</translation>
    </message>
    <message>
        <source>%1 is not reserved.</source>
        <translation>%1 n&apos;est pas réservé.</translation>
    </message>
    <message>
        <source>%1 is reserved for order %2, not %3.</source>
        <translation>%1 est réservé pour la commande %2, pas %3.</translation>
    </message>
</context>
<context>
    <name>Staging::TrainingEnvironment</name>
    <message>
        <source>Fromagerie des Essais (training)</source>
        <translation>Fromagerie des Essais (formation)</translation>
    </message>
    <message>
        <source>The training VPN profile is missing from this build.</source>
        <translation>Le profil VPN de formation manque à cette version.</translation>
    </message>
</context>
<context>
    <name>Staging::WazoSimulator</name>
    <message>
        <source>The Wazo simulator cannot listen on 127.0.0.1 port %1.</source>
        <translation>Le simulateur Wazo ne peut pas écouter sur 127.0.0.1, port %1.</translation>
    </message>
</context>
<context>
    <name>Staging::WizardPage</name>
    <message>
        <source>Step not recorded</source>
        <translation>Étape non enregistrée</translation>
    </message>
</context>
<context>
    <name>Staging::XlsxReader</name>
    <message>
        <source>%1 is not a valid XLSX workbook: %2, line %3: %4</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: %2, ligne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: %2 declares a DTD, which spreadsheets never do.</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: %2 déclare une DTD, ce que les tableurs ne font jamais.</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: %2 nests elements too deeply.</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: %2 imbrique des éléments trop profondément.</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: the part %2 is missing.</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: la partie %2 manque.</translation>
    </message>
    <message>
        <source>%1: the part %2 would inflate to more than %3 MB; the file is damaged or hostile.</source>
        <translation>%1&#xa0;: la partie %2 ferait plus de %3&#xa0;Mo une fois décompressée&#xa0;; le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: cannot read %2.</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: impossible de lire %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: %2 is damaged (%3).</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: %2 est endommagé (%3).</translation>
    </message>
    <message>
        <source>%1: the part %2 inflates to more than %3 MB; the file is damaged or hostile.</source>
        <translation>%1&#xa0;: la partie %2 fait plus de %3&#xa0;Mo une fois décompressée&#xa0;; le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: %2 fails its checksum.</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: la somme de contrôle de %2 est fausse.</translation>
    </message>
    <message>
        <source>%1: a text of the workbook is longer than %2 characters.</source>
        <translation>%1&#xa0;: un texte du classeur dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 holds a value beyond what a numbering plan holds (%4 rows, %5 columns).</source>
        <translation>%1&#xa0;: la ligne %2, colonne %3 contient une valeur au-delà de ce que contient un plan de numérotation (%4 lignes, %5 colonnes).</translation>
    </message>
    <message>
        <source>%1: %2 has rows out of order (row %3).</source>
        <translation>%1&#xa0;: %2 a des lignes dans le désordre (ligne %3).</translation>
    </message>
    <message>
        <source>%1: %2 has an invalid cell reference &quot;%3&quot;.</source>
        <translation>%1&#xa0;: %2 a une référence de cellule invalide «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: cell %2 refers to shared text %3, which the workbook does not have.</source>
        <translation>%1&#xa0;: la cellule %2 renvoie au texte partagé %3, que le classeur ne contient pas.</translation>
    </message>
    <message>
        <source>%1: a cell is longer than %2 characters.</source>
        <translation>%1&#xa0;: une cellule dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1: the merged cells cover too much of the sheet.</source>
        <translation>%1&#xa0;: les cellules fusionnées couvrent une trop grande partie de la feuille.</translation>
    </message>
    <message>
        <source>%1 has %2 parts; a workbook has a few dozen. The file is damaged or hostile.</source>
        <translation>%1 a %2 parties&#xa0;; un classeur en a quelques dizaines. Le fichier est endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>%1 is an XLSX workbook without any sheet.</source>
        <translation>%1 est un classeur XLSX sans aucune feuille.</translation>
    </message>
    <message>
        <source>%1 is not a valid XLSX workbook: sheet &quot;%2&quot; has no part.</source>
        <translation>%1 n&apos;est pas un classeur XLSX valide&#xa0;: la feuille «&#xa0;%2&#xa0;» n&apos;a pas de partie.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: the zip container is damaged or truncated.</source>
        <translation>%1 n&apos;est pas un classeur XLSX&#xa0;: l&apos;archive zip est endommagée ou tronquée.</translation>
    </message>
</context>
<context>
    <name>Staging::YealinkConfig</name>
    <message>
        <source>&quot;%1&quot; is not a Yealink configuration key.</source>
        <translation>« %1 » n&apos;est pas une clé de configuration Yealink.</translation>
    </message>
    <message>
        <source>The Yealink configuration key %1 is set twice.</source>
        <translation>La clé de configuration Yealink %1 est définie deux fois.</translation>
    </message>
    <message>
        <source>The value of %1 holds a line break or a control character, which a Yealink file cannot carry.</source>
        <translation>La valeur de %1 contient un saut de ligne ou un caractère de contrôle, qu&apos;un fichier Yealink ne peut pas porter.</translation>
    </message>
    <message>
        <source>The value of %1 starts or ends with a blank, which the phone would drop.</source>
        <translation>La valeur de %1 commence ou finit par un blanc, que le téléphone supprimerait.</translation>
    </message>
    <message>
        <source>%1, line 1: a Yealink configuration file starts with %2.</source>
        <translation>%1, ligne 1 : un fichier de configuration Yealink commence par %2.</translation>
    </message>
    <message>
        <source>%1, line %2: expected key = value.</source>
        <translation>%1, ligne %2 : clé = valeur attendu.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>Staging::YealinkConfigGenerator</name>
    <message>
        <source>The model catalog gives %1 no configuration file or firmware.</source>
        <translation>Le catalogue des modèles ne donne à %1 aucun fichier de configuration ni micrologiciel.</translation>
    </message>
    <message>
        <source>No phone of order %1 has the MAC %2.</source>
        <translation>Aucun téléphone de la commande %1 n&apos;a l&apos;adresse MAC %2.</translation>
    </message>
    <message>
        <source>The phones of order %1 have no admin password.</source>
        <translation>Les téléphones de la commande %1 n&apos;ont pas de mot de passe administrateur.</translation>
    </message>
    <message>
        <source>The agency stack&apos;s provisioning server URL is missing.</source>
        <translation>L&apos;URL du serveur de provisionnement de la stack de l&apos;agence manque.</translation>
    </message>
</context>
<context>
    <name>Staging::YealinkRegion</name>
    <message>
        <source>Yealink phones have no language for the locale %1.</source>
        <translation>Les téléphones Yealink n&apos;ont pas de langue pour la locale %1.</translation>
    </message>
</context>
<context>
    <name>Staging::ZplSender</name>
    <message>
        <source>The printer %1 did not take the labels in time; check that it is on and online.</source>
        <translation>L&apos;imprimante %1 n&apos;a pas pris les étiquettes à temps ; vérifiez qu&apos;elle est allumée et en ligne.</translation>
    </message>
    <message>
        <source>The printer %1 closed the connection before it took every label.</source>
        <translation>L&apos;imprimante %1 a fermé la connexion avant d&apos;avoir pris toutes les étiquettes.</translation>
    </message>
    <message>
        <source>Cannot send the labels to the printer %1: %2</source>
        <translation>Impossible d&apos;envoyer les étiquettes à l&apos;imprimante %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address; write HOST or HOST:PORT, e.g. 192.0.2.10:9100.</source>
        <translation>« %1 » n&apos;est pas une adresse d&apos;imprimante ; écrivez HÔTE ou HÔTE:PORT, par exemple 192.0.2.10:9100.</translation>
    </message>
</context>
<context>
    <name>stagingctl</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: stagingctl COMMAND [OPTIONS]

Commands:
  plan check FILE      check a customer&apos;s numbering plan (CSV or XLSX)
  history [ORDER]      print the job log
  sim serve [--port P] run the Wazo simulator on 127.0.0.1 until killed
  stack status URL --pin-sha256 HEX   check that each service of a Wazo stack answers
  stack register --portal URL --name NAME --private-host HOST ...  register a stack on the agency portal
  order apply --plan FILE --portal URL ...  provision a plan on a Wazo stack (--dry-run, --resume)
  order claim|release|takeover ORDER --bench B --technician T   an order&apos;s lease in a shared job log
  order reserve|unreserve ORDER mac|did|serial VALUE ...   one order&apos;s MAC, DID or serial across benches
  migrate --plan FILE --portal URL ...  move a customer&apos;s phones onto the stack, one at a time
  labels --plan FILE | --order ID ...  print labels to a PDF, a ZPL file or a Zebra printer
  phones serve --order ID --listen ADDR:PORT --provisioning-url URL   serve an on-cloud order&apos;s phones
  phones config --plan FILE | --order ID --mac MAC --provisioning-url URL   print a phone&apos;s file
  phones vpn-import --customer ID FILE   keep a customer&apos;s OpenVPN profile in the keychain
  preseed render --serial SERIAL [--hostname-pattern P] [--disk DEV]   print a Shuttle&apos;s preseed
  preseed serve --serial SERIAL --listen ADDR:PORT [--order ID]   serve it to the Shuttle&apos;s installer
  shuttle bench-key    print the bench&apos;s public SSH key (made once, kept in the keychain)
  shuttle postinstall --host H --order ID|--serial S --address IP ...   configure an installed Shuttle

  stagingctl COMMAND --help   options of a command
  stagingctl --version        version
</source>
        <translation>Usage : stagingctl COMMANDE [OPTIONS]

Commandes :
  plan check FICHIER   vérifier le plan de numérotation d&apos;un client (CSV ou XLSX)
  history [COMMANDE]   afficher le journal
  sim serve [--port P] lancer le simulateur Wazo sur 127.0.0.1 jusqu&apos;à l&apos;arrêt
  stack status URL --pin-sha256 HEX   vérifier que chaque service d&apos;une stack Wazo répond
  stack register --portal URL --name NOM --private-host HÔTE ...  enregistrer une stack sur le portail de l&apos;agence
  order apply --plan FICHIER --portal URL ...  provisionner un plan sur une stack Wazo (--dry-run, --resume)
  order claim|release|takeover COMMANDE --bench B --technician T   le bail d&apos;une commande dans un journal partagé
  order reserve|unreserve COMMANDE mac|did|serial VALEUR ...   MAC, SDA ou numéro de série d&apos;une seule commande entre établis
  migrate --plan FICHIER --portal URL ...  déplacer les téléphones d&apos;un client sur la stack, un par un
  labels --plan FICHIER | --order ID ...  imprimer des étiquettes dans un PDF, un fichier ZPL ou sur une Zebra
  phones serve --order ID --listen ADRESSE:PORT --provisioning-url URL   servir les téléphones d&apos;une commande cloud
  phones config --plan FICHIER | --order ID --mac MAC --provisioning-url URL   afficher le fichier d&apos;un téléphone
  phones vpn-import --customer ID FICHIER   garder le profil OpenVPN d&apos;un client dans le trousseau
  preseed render --serial SÉRIE [--hostname-pattern M] [--disk PÉRIPH]   afficher le preseed d&apos;un Shuttle
  preseed serve --serial SÉRIE --listen ADRESSE:PORT [--order ID]   le servir à l&apos;installeur du Shuttle
  shuttle bench-key    afficher la clé SSH publique de l&apos;établi (créée une fois, gardée dans le trousseau)
  shuttle postinstall --host H --order ID|--serial S --address IP ...   configurer un Shuttle installé

  stagingctl COMMANDE --help   options d&apos;une commande
  stagingctl --version         version
</translation>
    </message>
</context>
</TS>
