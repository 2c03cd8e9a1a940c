<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>appeals</name>
    <message>
        <source>{count} doubtful mention(s) of a person who may not be named are not resolved (see &apos;casebook appeal ID --check&apos;; decide with --redact/--keep, or export anyway with --accept-findings, which redacts them)</source>
        <translation>есімін атауға болмайтын адам туралы шешілмеген күмәнді атаулар: {count} («casebook appeal ID --check» қараңыз; --redact/--keep арқылы шешіңіз немесе --accept-findings арқылы бәрібір экспорттаңыз, сонда олар жасырылады)</translation>
    </message>
    <message>
        <source>no {lang} version of: {fields}; nothing was written</source>
        <translation>{lang} тіліндегі нұсқасы жоқ: {fields}; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>earlier incident: {field}</source>
        <translation>бұрынғы оқиға: {field}</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use one of {formats}</source>
        <translation>белгісіз пішім {fmt!r}; мыналардың бірін қолданыңыз: {formats}</translation>
    </message>
    <message>
        <source>this case is marked &apos;internal only&apos;; confirm that this appeal may leave the organisation (on the command line: --force)</source>
        <translation>бұл іс «тек ішкі» деп белгіленген; үндеуді ұйымнан тыс жіберуге болатынын растаңыз (командалық жолда: --force)</translation>
    </message>
    <message>
        <source>this kept appeal names {names}, who may not be named now; build it again from the case as it is now (&apos;casebook appeals regenerate&apos;)</source>
        <translation>сақталған үндеуде {names} аталған, оларды енді атауға болмайды; оны істің қазіргі күйі бойынша қайта құрастырыңыз (&apos;casebook appeals regenerate&apos;)</translation>
    </message>
    <message>
        <source>a {type} is written in {langs}, not in {lang}</source>
        <translation>«{type}» құжаты {langs} тілдерінде жазылады, {lang} тілінде емес</translation>
    </message>
    <message>
        <source>a UN submission needs at least one victim in the events</source>
        <translation>БҰҰ-ға хабарлама үшін оқиғаларда кемінде бір жәбірленуші болуы керек</translation>
    </message>
    <message>
        <source>no UN submission: {names} did not agree that a letter with their name is sent to the government (record the answer on the person first)</source>
        <translation>БҰҰ-ға хабарлама жасалмайды: {names} аты көрсетілген хаттың үкіметке жіберілуіне келісім бермеді (алдымен адамның жауабын жазыңыз)</translation>
    </message>
    <message>
        <source>no addressee {name!r} in the address book</source>
        <translation>мекенжай кітабында {name!r} адресаты жоқ</translation>
    </message>
    <message>
        <source>no appeal {ref!r} was produced for this case</source>
        <translation>бұл іс бойынша {ref!r} үндеуі жасалмаған</translation>
    </message>
    <message>
        <source>an update follows an earlier appeal, and none was produced for this case</source>
        <translation>жаңарту бұрынғы үндеуді толықтырады, ал бұл іс бойынша әлі үндеу жасалмаған</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>бағдарлама нұсқасын көрсету және шығу</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>ішкі командалар</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсету және шығу</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>мына міндетті аргументтер жоқ: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірі міндетті</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>көрсетілген %r мәні қабылданбайды</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бір мән күтіледі</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ең көбі бір мән күтіледі</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>кемінде бір мән күтіледі</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s мән күтіледі</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>күтілетін мәндер саны: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>екіұшты параметр: %(option)s мыналардың кез келгені болуы мүмкін: %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>күтілмеген параметр: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>жарамсыз мән (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз мән: %(value)r (мыналардың бірін таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>белгісіз команда %(parser_name)r (мүмкін командалар: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>«%(filename)s» ашылмады: %(error)s</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a file; restore into a new or empty directory</source>
        <translation>{path} — файл; жаңа немесе бос қалтаға қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new or empty directory</source>
        <translation>{path} қалтасы бос емес; жаңа немесе бос қалтаға қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>backup cancelled; the previous backup is unchanged</source>
        <translation>сақтық көшіру тоқтатылды; бұрынғы көшірме өзгерген жоқ</translation>
    </message>
    <message>
        <source>the new snapshot did not verify ({detail}); the backup is unchanged</source>
        <translation>жаңа көшірме тексеруден өтпеді ({detail}); сақтық көшірме өзгерген жоқ</translation>
    </message>
    <message>
        <source>evidence file {name} is missing from the vault; run &apos;casebook verify&apos;</source>
        <translation>қоймада {name} дәлел файлы жоқ; «casebook verify» командасын орындаңыз</translation>
    </message>
    <message>
        <source>database: page {number} does not authenticate</source>
        <translation>дерекқор: {number} беті түпнұсқалық тексеруінен өтпейді</translation>
    </message>
    <message>
        <source>{path} holds a backup that was interrupted while it was written, and its previous state could not be put back ({error}); nothing was written</source>
        <translation>{path} ішінде жазылуы үзілген сақтық көшірме бар, оның бұрынғы күйін қайтару мүмкін болмады ({error}); ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>a backup cannot be written into the vault or around it</source>
        <translation>сақтық көшірмені қойманың ішіне немесе қойманы қамтитын қалтаға жазуға болмайды</translation>
    </message>
    <message>
        <source>{path} is a file; give a directory for the backup</source>
        <translation>{path} — файл; сақтық көшірме үшін қалта көрсетіңіз</translation>
    </message>
    <message>
        <source>{path} is not empty</source>
        <translation>{path} қалтасы бос емес</translation>
    </message>
    <message>
        <source>{path} is not empty and not a Casebook backup; choose an empty directory</source>
        <translation>{path} қалтасы бос емес және Casebook сақтық көшірмесі емес; бос қалта таңдаңыз</translation>
    </message>
    <message>
        <source>{path} holds a backup of another vault; choose another directory</source>
        <translation>{path} ішінде басқа қойманың сақтық көшірмесі бар; басқа қалта таңдаңыз</translation>
    </message>
    <message>
        <source>{path} has a vault header but no database; choose another directory</source>
        <translation>{path} ішінде қойма тақырыпшасы бар, бірақ дерекқор жоқ; басқа қалта таңдаңыз</translation>
    </message>
    <message>
        <source>the backup reminder must be between 1 and 365 days</source>
        <translation>сақтық көшірме туралы еске салу мерзімі 1 мен 365 күн аралығында болуы керек</translation>
    </message>
    <message>
        <source>database: no schema</source>
        <translation>дерекқор: схемасы жоқ</translation>
    </message>
    <message>
        <source>evidence file {name} missing</source>
        <translation>{name} дәлел файлы жоқ</translation>
    </message>
    <message>
        <source>{path} holds a newer backup of this vault (generation {theirs}, the vault is at {ours}): this vault may be an old copy. Nothing was written; restore from that backup, or choose another directory</source>
        <translation>{path} ішінде осы қойманың жаңарақ сақтық көшірмесі бар (буын {theirs}, қоймада {ours}): қойманың өзі ескі көшірме болуы мүмкін. Ештеңе жазылмады; сол көшірмеден қалпына келтіріңіз немесе басқа қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>the vault was restored to {path}, but the record of its newest generation on this computer could not be reset ({error}); it will be refused as an older copy until that file can be written</source>
        <translation>қойма {path} ішіне қалпына келтірілді, бірақ осы компьютердегі оның ең жаңа буыны туралы жазбаны қайта орнату мүмкін болмады ({error}); ол файлды жазу мүмкін болғанша, қойма ескі көшірме ретінде қабылданбайды</translation>
    </message>
    <message>
        <source>generation {number} of the backup cannot be rebuilt: the one after it ({onto}) is no longer kept</source>
        <translation>сақтық көшірменің {number} буынын қайта құру мүмкін емес: одан кейінгі буын ({onto}) енді сақталмайды</translation>
    </message>
    <message>
        <source>the backup has no generation {number}; it keeps {listed} and the current one</source>
        <translation>сақтық көшірмеде {number} буыны жоқ; онда {listed} және қазіргісі сақталған</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <source>the bundle was cancelled; no file was written</source>
        <translation>пакет жасау тоқтатылды; файл жазылған жоқ</translation>
    </message>
    <message>
        <source>choose at least one case for the bundle</source>
        <translation>пакетке кемінде бір іс таңдаңыз</translation>
    </message>
    <message>
        <source>case(s) {ids} are marked internal; send them only after an explicit confirmation (--force)</source>
        <translation>{ids} істері «тек ішкі» деп белгіленген; оларды тек анық растағаннан кейін жіберіңіз (--force)</translation>
    </message>
    <message>
        <source>give at least one recipient: a partner&apos;s name or an age recipient</source>
        <translation>кемінде бір алушыны көрсетіңіз: серіктестің атауын немесе age алушысын</translation>
    </message>
    <message>
        <source>write the bundle outside the vault directory</source>
        <translation>пакетті қойма қалтасынан тыс жазыңыз</translation>
    </message>
    <message>
        <source>{path} is a directory; give a file name for the bundle</source>
        <translation>{path} — қалта; пакет үшін файл атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>an unnamed organisation</source>
        <translation>атауы жоқ ұйым</translation>
    </message>
    <message>
        <source>partner {name!r}</source>
        <translation>{name!r} серіктесі</translation>
    </message>
    <message>
        <source>{name!r}, not a known partner (fingerprint {fingerprint})</source>
        <translation>{name!r}, таныс серіктес емес (саусақ ізі {fingerprint})</translation>
    </message>
    <message>
        <source>the bundle is signed by someone who is not one of your partners (fingerprint {fingerprint}). Compare the fingerprint with them by phone, then add them as a partner or accept it explicitly (--accept-unknown); nothing was imported</source>
        <translation>пакетке серіктесіңіз емес біреу қол қойған (саусақ ізі {fingerprint}). Саусақ ізін онымен телефон арқылы салыстырыңыз, содан кейін оны серіктес ретінде қосыңыз немесе пакетті анық қабылдаңыз (--accept-unknown); ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>the bundle is signed with the key of partner {name!r} but names another age recipient than their card: a card changes only by a rotation notice or by removing and adding the partner again; nothing was imported</source>
        <translation>пакетке {name!r} серіктесінің кілтімен қол қойылған, бірақ онда карточкасындағыдан басқа age алушысы көрсетілген: карточка тек кілт ауыстыру туралы хабарламамен немесе серіктесті өшіріп, қайта қосу арқылы өзгереді; ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>the fingerprint of partner {name!r} was never confirmed. Compare {fingerprint} with them by phone, then import with --confirm-fingerprint DIGITS; nothing was imported</source>
        <translation>{name!r} серіктесінің саусақ ізі әлі расталмаған. {fingerprint} мәнін онымен телефон арқылы салыстырыңыз, содан кейін --confirm-fingerprint САНДАР арқылы импорттаңыз; ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>the fingerprint you gave does not match the card of {name!r}; do not import before you have found out why (nothing was imported)</source>
        <translation>сіз берген саусақ ізі {name!r} карточкасына сәйкес келмейді; себебін анықтамайынша импорттамаңыз (ештеңе импортталған жоқ)</translation>
    </message>
    <message>
        <source>this bundle was not addressed to this vault (its signed list of recipients does not name it): it may have been passed on by someone it was sent to; nothing was imported</source>
        <translation>бұл пакет осы қоймаға арналмаған (оның қол қойылған алушылар тізімінде бұл қойма жоқ): оны пакет жіберілген біреу әрі қарай жөнелткен болуы мүмкін; ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>{name} is not a valid case ({problem})</source>
        <translation>{name} — жарамсыз іс ({problem})</translation>
    </message>
    <message>
        <source>{name} holds another case than its manifest says</source>
        <translation>{name} ішінде манифестте көрсетілгеннен басқа іс бар</translation>
    </message>
    <message>
        <source>this bundle was already imported on {time}; nothing was changed</source>
        <translation>бұл пакет {time} уақытында импортталып қойған; ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>this is an older bundle from the same sender (number {sequence}; number {newest} was already imported); nothing was changed</source>
        <translation>бұл сол жіберушінің ескірек пакеті (нөмірі {sequence}; {newest} нөмірі импортталып қойған); ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>case {id} in the bundle reuses an id of another case in this vault</source>
        <translation>пакеттегі {id} ісі осы қоймадағы басқа істің идентификаторын қолданады</translation>
    </message>
    <message>
        <source>the bundle file changed after it was checked; nothing was imported</source>
        <translation>пакет файлы тексерілгеннен кейін өзгерді; ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>case {case_id} has no conflicting version {version}</source>
        <translation>{case_id} ісінің {version} қайшылықты нұсқасы жоқ</translation>
    </message>
    <message>
        <source>evidence {name} is damaged in the vault (it does not match its SHA-256); run &apos;casebook verify&apos;</source>
        <translation>{name} дәлелі қоймада бүлінген (SHA-256 мәні сәйкес емес); «casebook verify» орындаңыз</translation>
    </message>
    <message>
        <source>the sender sent no custody log</source>
        <translation>жіберуші сақтау журналын жібермеді</translation>
    </message>
    <message>
        <source>the sender&apos;s custody log is unreadable</source>
        <translation>жіберушінің сақтау журналы оқылмайды</translation>
    </message>
    <message>
        <source>{name} at {path}: {problem}</source>
        <translation>{name}, {path}: {problem}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>{name} — жарамсыз JSON</translation>
    </message>
    <message>
        <source>{name} is not a Casebook evidence record</source>
        <translation>{name} — Casebook дәлелінің жазбасы емес</translation>
    </message>
    <message>
        <source>{name} belongs to another case than its manifest says</source>
        <translation>{name} манифестте көрсетілгеннен басқа іске жатады</translation>
    </message>
    <message>
        <source>{name} does not describe the bytes that come with it</source>
        <translation>{name} онымен бірге келген деректерге сәйкес емес</translation>
    </message>
    <message>
        <source>{name} has an invalid {key}</source>
        <translation>{name} ішіндегі {key} өрісі жарамсыз</translation>
    </message>
    <message>
        <source>{name} has invalid metadata</source>
        <translation>{name} ішіндегі метадеректер жарамсыз</translation>
    </message>
    <message>
        <source>{name} has an invalid list of events</source>
        <translation>{name} ішіндегі оқиғалар тізімі жарамсыз</translation>
    </message>
    <message>
        <source>{name} has an invalid custody log</source>
        <translation>{name} ішіндегі сақтау журналы жарамсыз</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>импорт тоқтатылды; ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>this file is not an age-encrypted bundle, or its header is damaged</source>
        <translation>бұл файл age арқылы шифрланған пакет емес немесе оның тақырыпшасы бүлінген</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match the sender&apos;s key: it was altered after it was signed, or forged</source>
        <translation>пакеттің қолтаңбасы жіберушінің кілтіне сәйкес емес: пакет қол қойылғаннан кейін өзгертілген немесе жалған</translation>
    </message>
    <message>
        <source>the bundle holds members its manifest does not list</source>
        <translation>пакетте манифестте жоқ бөліктер бар</translation>
    </message>
    <message>
        <source>the bundle&apos;s tar headers do not carry its creation time</source>
        <translation>пакеттің tar тақырыпшаларында оның жасалған уақыты жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s padding is not what its manifest says</source>
        <translation>пакеттің толтырмасы манифестте көрсетілгендей емес</translation>
    </message>
    <message>
        <source>the bundle&apos;s padding holds data</source>
        <translation>пакеттің толтырмасында деректер бар</translation>
    </message>
    <message>
        <source>this is not a Casebook bundle (it does not start with {name})</source>
        <translation>бұл Casebook пакеті емес (ол {name} бөлігінен басталмайды)</translation>
    </message>
    <message>
        <source>the bundle is incomplete: {name} is missing</source>
        <translation>пакет толық емес: {name} жоқ</translation>
    </message>
    <message>
        <source>the bundle holds {found!r} where its manifest lists {listed!r}</source>
        <translation>манифестте {listed!r} көрсетілген жерде пакетте {found!r} тұр</translation>
    </message>
    <message>
        <source>{name} does not have the size its manifest gives</source>
        <translation>{name} өлшемі манифестте көрсетілгенге сәйкес емес</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the signed manifest: the bundle was altered</source>
        <translation>{name} қол қойылған манифесттегі өз SHA-256 мәніне сәйкес емес: пакет өзгертілген</translation>
    </message>
    <message>
        <source>the bundle has a member with a forbidden character: {shown}</source>
        <translation>пакетте тыйым салынған таңбасы бар бөлік бар: {shown}</translation>
    </message>
    <message>
        <source>the bundle has a member with an absolute path: {shown}</source>
        <translation>пакетте абсолютті жолы бар бөлік бар: {shown}</translation>
    </message>
    <message>
        <source>the bundle has a member with &apos;..&apos; in its path: {shown}</source>
        <translation>пакетте жолында «..» бар бөлік бар: {shown}</translation>
    </message>
    <message>
        <source>the bundle has a member Casebook does not write: {shown}</source>
        <translation>пакетте Casebook жасамайтын бөлік бар: {shown}</translation>
    </message>
    <message>
        <source>{name} changed while the bundle was written</source>
        <translation>пакет жазылып жатқанда {name} өзгерді</translation>
    </message>
    <message>
        <source>the bundle is truncated (it ends inside a member)</source>
        <translation>пакет қысқартылған (ол бір бөліктің ортасында үзіледі)</translation>
    </message>
    <message>
        <source>this bundle is not encrypted to this vault&apos;s identity (or its header is damaged)</source>
        <translation>бұл пакет осы қойманың куәлігіне шифрланбаған (немесе оның тақырыпшасы бүлінген)</translation>
    </message>
    <message>
        <source>the bundle is damaged or truncated (decryption failed: {detail})</source>
        <translation>пакет бүлінген немесе қысқартылған (шифрдан шығару сәтсіз аяқталды: {detail})</translation>
    </message>
    <message>
        <source>the bundle is truncated inside {name}</source>
        <translation>пакет {name} ішінде қысқартылған</translation>
    </message>
    <message>
        <source>the bundle holds a damaged tar header</source>
        <translation>пакеттегі tar тақырыпшасы бүлінген</translation>
    </message>
    <message>
        <source>the bundle has a link ({shown}); links are not allowed</source>
        <translation>пакетте сілтеме бар ({shown}); сілтемелерге рұқсат жоқ</translation>
    </message>
    <message>
        <source>the bundle has a member that is not a plain file: {shown}</source>
        <translation>пакетте қарапайым файл емес бөлік бар: {shown}</translation>
    </message>
    <message>
        <source>the bundle has the member {shown} twice</source>
        <translation>{shown} бөлігі пакетте екі рет кездеседі</translation>
    </message>
    <message>
        <source>the bundle has too many members</source>
        <translation>пакетте бөліктер тым көп</translation>
    </message>
    <message>
        <source>the member {shown} is larger than Casebook accepts</source>
        <translation>{shown} бөлігі Casebook қабылдайтын өлшемнен үлкен</translation>
    </message>
    <message>
        <source>the tar header of {name} is not the one Casebook writes</source>
        <translation>{name} үшін tar тақырыпшасы Casebook жазатындай емес</translation>
    </message>
    <message>
        <source>the bundle has data between its members</source>
        <translation>пакеттің бөліктерінің арасында деректер бар</translation>
    </message>
    <message>
        <source>the bundle has data after its end</source>
        <translation>пакеттің соңынан кейін де деректер бар</translation>
    </message>
    <message>
        <source>the bundle&apos;s end marker is damaged</source>
        <translation>пакеттің соңғы белгісі бүлінген</translation>
    </message>
    <message>
        <source>the manifest does not list {name!r}</source>
        <translation>манифестте {name!r} жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature block is malformed</source>
        <translation>пакеттің қолтаңба блогы бүлінген</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest at {path}: {problem}</source>
        <translation>пакет манифесі, {path}: {problem}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is not valid JSON</source>
        <translation>пакеттегі манифест жарамсыз JSON</translation>
    </message>
    <message>
        <source>the bundle has format {found!r}; this Casebook reads {known}</source>
        <translation>пакет пішімі {found!r}; Casebook-тың бұл нұсқасы {known} пішімін оқиды</translation>
    </message>
    <message>
        <source>the bundle&apos;s sender card: {problem}</source>
        <translation>пакет жіберушісінің карточкасы: {problem}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid creation time</source>
        <translation>пакеттегі манифестте жарамды жасалу уақыты жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid bundle id</source>
        <translation>пакет манифестінде жарамды пакет идентификаторы жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has an invalid sequence or padding</source>
        <translation>пакет манифестінде нөмір немесе толтырма өлшемі жарамсыз</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed recipient</source>
        <translation>пакет манифестінде алушы жазбасы бүлінген</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid version for case {id}</source>
        <translation>пакет манифестінде {id} ісінің жарамды нұсқасы жоқ</translation>
    </message>
    <message>
        <source>case {id} is not the version its manifest names</source>
        <translation>{id} ісі манифестте көрсетілген нұсқа емес</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed tombstone</source>
        <translation>пакет манифестінде өшіру белгісі бүлінген</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid list &apos;{what}&apos;</source>
        <translation>пакеттегі манифестте жарамды «{what}» тізімі жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed member</source>
        <translation>пакеттегі манифестте бөлік дұрыс сипатталмаған</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a member without a name</source>
        <translation>пакеттегі манифестте атауы жоқ бөлік бар</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists {name!r} twice</source>
        <translation>пакеттегі манифестте {name!r} екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest gives {name!r} a size beyond the limits</source>
        <translation>пакеттегі манифестте {name!r} үшін рұқсат етілмеген өлшем көрсетілген</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid SHA-256 for {name!r}</source>
        <translation>пакеттегі манифестте {name!r} үшін жарамды SHA-256 жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed case entry</source>
        <translation>пакеттегі манифестте іс дұрыс сипатталмаған</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a case without a valid id</source>
        <translation>пакеттегі манифестте жарамды идентификаторы жоқ іс бар</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid member for case {case_id}</source>
        <translation>пакеттегі манифестте {case_id} ісі үшін жарамды бөлік жоқ</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed history for case {case_id}</source>
        <translation>пакеттегі манифестте {case_id} ісінің тарихы дұрыс емес</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed evidence entry</source>
        <translation>пакеттегі манифестте дәлел дұрыс сипатталмаған</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists members that no entry explains</source>
        <translation>пакеттегі манифестте ешбір жазбаға жатпайтын бөліктер бар</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists a case twice</source>
        <translation>пакеттегі манифестте бір іс екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the bundle holds no cases</source>
        <translation>пакетте істер жоқ</translation>
    </message>
    <message>
        <source>the bundle has evidence for a case it does not hold</source>
        <translation>пакетте өзінде жоқ іске қатысты дәлелдер бар</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>екі жақта да өзгертілген</translation>
    </message>
    <message>
        <source>changes protected fields</source>
        <translation>қорғалған өрістерді өзгертеді</translation>
    </message>
    <message>
        <source>from an unverified source</source>
        <translation>тексерілмеген көзден</translation>
    </message>
    <message>
        <source>partner still has this case (deleted here)</source>
        <translation>бұл іс серіктесте әлі бар (мұнда өшірілген)</translation>
    </message>
    <message>
        <source>partner deleted this case</source>
        <translation>серіктес бұл істі өшірді</translation>
    </message>
    <message>
        <source>no single proposal starts with {prefix!r} (see &apos;casebook bundle review&apos;)</source>
        <translation>{prefix!r} деп басталатын жалғыз ұсыныс жоқ («casebook bundle review» қараңыз)</translation>
    </message>
    <message>
        <source>proposal {id} has no waiting field {fields}; it waits for: {waiting}</source>
        <translation>{id} ұсынысында шешім күтетін {fields} өрісі жоқ; шешім күтетіндер: {waiting}</translation>
    </message>
    <message>
        <source>these fields cannot be taken alone ({problem}); nothing was changed</source>
        <translation>бұл өрістерді жеке қабылдауға болмайды ({problem}); ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>our own case</source>
        <translation>өз ісіміз</translation>
    </message>
    <message>
        <source>received from {name} on {time}, from an unverified source</source>
        <translation>{name} жіберген, {time} алынды, тексерілмеген көзден</translation>
    </message>
    <message>
        <source>received from {name} on {time}</source>
        <translation>{name} жіберген, {time} алынды</translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>соңғы алмасу: {time}</translation>
    </message>
    <message>
        <source>signing key {key}</source>
        <translation>қолтаңба кілті {key}</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>the document is case {found}, not case {wanted}; nothing was changed</source>
        <translation>құжат {wanted} ісін емес, {found} ісін сипаттайды; ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>the document uses ids of people or events of another case; nothing was changed</source>
        <translation>құжатта басқа істің адамдарының немесе оқиғаларының идентификаторлары қолданылған; ештеңе өзгерген жоқ</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Casebook: encrypted case documentation for human rights defenders.</source>
        <translation>Casebook: құқық қорғаушыларға арналған істерді шифрланған түрде құжаттау.</translation>
    </message>
    <message>
        <source>language of messages (default: $CASEBOOK_LANG, else the system locale)</source>
        <translation>хабарламалар тілі (әдепкі: $CASEBOOK_LANG, болмаса жүйенің тілі)</translation>
    </message>
    <message>
        <source>vault directory (default: {path})</source>
        <translation>қойма қалтасы (әдепкі: {path})</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>құпия фразаны FILE файлының бірінші жолынан оқу</translation>
    </message>
    <message>
        <source>open the vault for reading only (a vault refused as rolled back, say)</source>
        <translation>қойманы тек оқу үшін ашу (мысалы, ескі көшірмеге қайтарылған деп қабылданбаған қойма)</translation>
    </message>
    <message>
        <source>open the desktop application</source>
        <translation>терезелі қолданбаны ашу</translation>
    </message>
    <message>
        <source>the desktop application cannot start here: {reason}</source>
        <translation>терезелі қолданба мұнда іске қосылмайды: {reason}</translation>
    </message>
    <message>
        <source>expected a passphrase on standard input, found nothing</source>
        <translation>стандартты енгізуде құпия фраза күтілген еді, бірақ онда ештеңе жоқ</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} — UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} оқылмады: {reason}</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Қайталаңыз: </translation>
    </message>
    <message>
        <source>the two entries differ; nothing was changed</source>
        <translation>енгізілген екі мән сәйкес емес; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (create one with &apos;casebook init&apos;)</source>
        <translation>{path} — Casebook қоймасы емес (оны «casebook init» командасымен жасаңыз)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Құпия фраза: </translation>
    </message>
    <message>
        <source>the first line of {path} is longer than {size} bytes: that is not a passphrase or recovery key</source>
        <translation>{path} файлының бірінші жолы {size} байттан ұзын: бұл құпия фраза да, қалпына келтіру кілті де емес</translation>
    </message>
    <message>
        <source>(add --read-only to the command to do so)</source>
        <translation>(ол үшін командаға --read-only қосыңыз)</translation>
    </message>
    <message>
        <source>upgrading this vault for this version of Casebook; this is done once and can take minutes on a large vault: do not interrupt it</source>
        <translation>қойма Casebook-тың осы нұсқасы үшін жаңартылуда; бұл бір рет жасалады және үлкен қоймада бірнеше минутқа созылуы мүмкін: үзбеңіз</translation>
    </message>
    <message>
        <source>upgrade: step {done} of {total} done</source>
        <translation>жаңарту: {total} қадамның {done}-қадамы орындалды</translation>
    </message>
    <message>
        <source>invalid input:</source>
        <translation>енгізілген деректерде қателер бар:</translation>
    </message>
    <message>
        <source>cannot access {path}: {reason}</source>
        <translation>{path} қолжетімсіз: {reason}</translation>
    </message>
    <message>
        <source>cannot access a file: {reason}</source>
        <translation>файл қолжетімсіз: {reason}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>үзілді</translation>
    </message>
    <message>
        <source>unexpected {kind}: {message}</source>
        <translation>күтпеген қате {kind}: {message}</translation>
    </message>
    <message>
        <source>casebook: error: {message}</source>
        <translation>casebook: қате: {message}</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>this vault&apos;s organisation identity</source>
        <translation>осы қойма ұйымының куәлігі</translation>
    </message>
    <message>
        <source>print the contact card to give to partners</source>
        <translation>серіктестерге беретін байланыс карточкасын шығару</translation>
    </message>
    <message>
        <source>print only the card line</source>
        <translation>тек карточка жолын шығару</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON түрінде шығару</translation>
    </message>
    <message>
        <source>partner organisations (their contact cards)</source>
        <translation>серіктес ұйымдар (олардың байланыс карточкалары)</translation>
    </message>
    <message>
        <source>store a partner&apos;s contact card</source>
        <translation>серіктестің байланыс карточкасын сақтау</translation>
    </message>
    <message>
        <source>a name for this partner, your choice</source>
        <translation>осы серіктестің атауы, өз қалауыңызша</translation>
    </message>
    <message>
        <source>the card line, or a file holding it</source>
        <translation>карточка жолы немесе ол жазылған файл</translation>
    </message>
    <message>
        <source>the fingerprint the partner read to you; must match, marks the card confirmed</source>
        <translation>серіктес сізге оқып берген саусақ ізі; ол сәйкес келуі тиіс, сонда карточка расталған деп белгіленеді</translation>
    </message>
    <message>
        <source>list partners</source>
        <translation>серіктестер тізімі</translation>
    </message>
    <message>
        <source>forget a partner</source>
        <translation>серіктесті жою</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>серіктестің атауы</translation>
    </message>
    <message>
        <source>confirm a partner&apos;s fingerprint</source>
        <translation>серіктестің саусақ ізін растау</translation>
    </message>
    <message>
        <source>the fingerprint the partner read to you</source>
        <translation>серіктес сізге оқып берген саусақ ізі</translation>
    </message>
    <message>
        <source>encrypted case bundles for partners</source>
        <translation>серіктестерге арналған істердің шифрланған пакеттері</translation>
    </message>
    <message>
        <source>write cases into a bundle for partners</source>
        <translation>істерді серіктестерге арналған пакетке жазу</translation>
    </message>
    <message>
        <source>A bundle carries the full cases (no redaction) to trusted partners.</source>
        <translation>Пакет сенімді серіктестерге істерді толық күйінде жеткізеді (аттар жасырылмайды).</translation>
    </message>
    <message>
        <source>the cases (none: only the deletions the partners should hear of)</source>
        <translation>істер (оларсыз — серіктестер білуі тиіс өшірулер ғана)</translation>
    </message>
    <message>
        <source>partners&apos; names or age recipients to encrypt the bundle to</source>
        <translation>пакет шифрланатын серіктестердің атаулары немесе age алушылары</translation>
    </message>
    <message>
        <source>the bundle file</source>
        <translation>пакет файлы</translation>
    </message>
    <message>
        <source>leave the evidence out</source>
        <translation>дәлелдерді қоспау</translation>
    </message>
    <message>
        <source>also send cases marked internal</source>
        <translation>«тек ішкі» деп белгіленген істерді де жіберу</translation>
    </message>
    <message>
        <source>check a bundle and merge it into the vault</source>
        <translation>пакетті тексеріп, қоймаға қосу</translation>
    </message>
    <message>
        <source>accept a bundle signed by someone who is not a partner</source>
        <translation>серіктес емес адам қол қойған пакетті қабылдау</translation>
    </message>
    <message>
        <source>the partner&apos;s fingerprint as they read it to you by phone; confirms them</source>
        <translation>серіктестің сізге телефон арқылы оқып берген саусақ ізі; серіктесті растайды</translation>
    </message>
    <message>
        <source>check and summarise only</source>
        <translation>тек тексеріп, қорытындысын көрсету</translation>
    </message>
    <message>
        <source>list received changes that wait for your decision</source>
        <translation>сіздің шешіміңізді күтіп тұрған алынған өзгерістерді тізіп шығу</translation>
    </message>
    <message>
        <source>take the partner&apos;s values (all, or --fields)</source>
        <translation>серіктестің мәндерін қабылдау (барлығын немесе --fields)</translation>
    </message>
    <message>
        <source>keep your values (all, or --fields)</source>
        <translation>өз мәндеріңізді қалдыру (барлығын немесе --fields)</translation>
    </message>
    <message>
        <source>the proposal id</source>
        <translation>ұсыныстың идентификаторы</translation>
    </message>
    <message>
        <source>only these fields (as &apos;bundle review&apos; names them)</source>
        <translation>тек осы өрістер («bundle review» атағандай)</translation>
    </message>
    <message>
        <source>list cases changed on both sides</source>
        <translation>екі жақта да өзгертілген істер тізімі</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>қайшылықты шешу</translation>
    </message>
    <message>
        <source>the version (see &apos;bundle conflicts&apos;)</source>
        <translation>нұсқа («bundle conflicts» қараңыз)</translation>
    </message>
    <message>
        <source>which version to keep: yours (mine) or the partner&apos;s (theirs)</source>
        <translation>қай нұсқаны қалдыру керек: сіздікін (mine) немесе серіктестікін (theirs)</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation>(атауы берілмеген)</translation>
    </message>
    <message>
        <source>Age recipient:</source>
        <translation>age алушысы:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Қолтаңба кілті:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Саусақ ізі:</translation>
    </message>
    <message>
        <source>Give partners this card line; read the fingerprint to them by phone:</source>
        <translation>Серіктестерге осы карточка жолын беріңіз, ал саусақ ізін телефон арқылы оқып беріңіз:</translation>
    </message>
    <message>
        <source>{text!r} is neither a contact card nor a file holding one</source>
        <translation>{text!r} — байланыс карточкасы да, ол жазылған файл да емес</translation>
    </message>
    <message>
        <source>{path} is far too large to be a contact card</source>
        <translation>{path} байланыс карточкасы болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>no organisation name</source>
        <translation>ұйым атауы жоқ</translation>
    </message>
    <message>
        <source>Added partner {name!r} ({organisation}).</source>
        <translation>{name!r} серіктесі қосылды ({organisation}).</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <source>Not confirmed yet: ask them to read their fingerprint to you by phone, then run &apos;casebook partner confirm {name!r} DIGITS&apos;.</source>
        <translation>Әлі расталмаған: серіктестен өз саусақ ізін телефон арқылы оқып беруін сұраңыз, содан кейін «casebook partner confirm {name!r} DIGITS» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>No partners yet (casebook partner add NAME CARD).</source>
        <translation>Әзірге серіктестер жоқ (casebook partner add NAME CARD).</translation>
    </message>
    <message>
        <source>confirmed {time}</source>
        <translation>расталды: {time}</translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <translation>РАСТАЛМАҒАН</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>қосылды: {time}</translation>
    </message>
    <message>
        <source>Removed partner {name!r}.</source>
        <translation>{name!r} серіктесі жойылды.</translation>
    </message>
    <message>
        <source>The fingerprint of {name!r} matches; marked confirmed.</source>
        <translation>{name!r} саусақ ізі сәйкес келеді; серіктес расталған деп белгіленді.</translation>
    </message>
    <message>
        <source>Wrote {path}: {cases}, {evidence}</source>
        <translation>{path} жазылды: {cases}, {evidence}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n дәлел</numerusform>
            <numerusform>%n дәлел</numerusform>
        </translation>
    </message>
    <message>
        <source>  encrypted to: {recipients}</source>
        <translation>  кімге шифрланды: {recipients}</translation>
    </message>
    <message>
        <source>  it carries the full cases, without the redaction of appeals</source>
        <translation>  онда істер толық күйінде, үндеулердегідей аттар жасырылмаған</translation>
    </message>
    <message>
        <source>Checked; nothing was imported (--dry-run).</source>
        <translation>Тексерілді; ештеңе импортталған жоқ (--dry-run).</translation>
    </message>
    <message>
        <source>The partner&apos;s fingerprint matches; marked confirmed.</source>
        <translation>Серіктестің саусақ ізі сәйкес келеді; расталған деп белгіленді.</translation>
    </message>
    <message>
        <source>The partner&apos;s card was replaced by their key rotation notice (signed with their old and new keys); new fingerprint: {fingerprint}</source>
        <translation>Серіктестің карточкасы оның кілт ауыстыру хабарламасы бойынша ауыстырылды (ескі және жаңа кілтпен қол қойылған); жаңа саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <source>The cases are marked as from an unverified source.</source>
        <translation>Істер тексерілмеген көзден алынған деп белгіленді.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for your decision: see &apos;casebook bundle review&apos;.</source>
        <translation>
            <numerusform>%n өзгеріс сіздің шешіміңізді күтуде: «casebook bundle review» қараңыз.</numerusform>
            <numerusform>%n өзгеріс сіздің шешіміңізді күтуде: «casebook bundle review» қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {cases}, {evidence}.</source>
        <translation>Импортталды: {cases}, {evidence}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation>
            <numerusform>%n іс өзгерді</numerusform>
            <numerusform>%n іс өзгерді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added</source>
        <translation>
            <numerusform>%n дәлел қосылды</numerusform>
            <numerusform>%n дәлел қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed on both sides: see &apos;casebook bundle conflicts&apos;.</source>
        <translation>
            <numerusform>%n іс екі жақта да өзгертілген: «casebook bundle conflicts» қараңыз.</numerusform>
            <numerusform>%n іс екі жақта да өзгертілген: «casebook bundle conflicts» қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>update (changed only by the sender)</source>
        <translation>жаңарту (тек жіберуші өзгерткен)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>kept (yours is newer)</source>
        <translation>қалдырылды (сіздегі нұсқа жаңарақ)</translation>
    </message>
    <message>
        <source>CONFLICT (changed on both sides; both versions kept)</source>
        <translation>ҚАЙШЫЛЫҚ (екі жақта да өзгертілген; екі нұсқа да сақталды)</translation>
    </message>
    <message>
        <source>PROPOSAL (changes consent, names, contacts or sensitivity; not applied)</source>
        <translation>ҰСЫНЫС (келісімді, аттарды, байланыстарды немесе құпиялылық деңгейін өзгертеді; қолданылмады)</translation>
    </message>
    <message>
        <source>PROPOSAL (from an unverified source; not applied)</source>
        <translation>ҰСЫНЫС (тексерілмеген көзден; қолданылмады)</translation>
    </message>
    <message>
        <source>PROPOSAL (you deleted this case; the partner still has it)</source>
        <translation>ҰСЫНЫС (сіз бұл істі өшірдіңіз; серіктесте ол әлі бар)</translation>
    </message>
    <message>
        <source>PROPOSAL (the partner deleted this case; yours is kept)</source>
        <translation>ҰСЫНЫС (серіктес бұл істі өшірді; сіздікі сақталды)</translation>
    </message>
    <message>
        <source>Bundle from {sender}, made {time}; signature and contents verified.</source>
        <translation>Пакет жіберушісі: {sender}, жасалған уақыты: {time}; қолтаңба мен мазмұны тексерілді.</translation>
    </message>
    <message>
        <source>; evidence: {new} new, {held} already held</source>
        <translation>; дәлелдер: жаңасы — {new}, бұрыннан бары — {held}</translation>
    </message>
    <message>
        <source>    custody log NOT verified: {problem}</source>
        <translation>    сақтау журналы РАСТАЛМАДЫ: {problem}</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Сіздің шешіміңізді ештеңе күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <source>{id}  case {case} {title!r}: {kind}, from {sender}, {time}</source>
        <translation>{id}  іс {case} {title!r}: {kind}, жіберген: {sender}, {time}</translation>
    </message>
    <message>
        <source>  {mark} {field}: yours {ours!r} -&gt; theirs {theirs!r}</source>
        <translation>  {mark} {field}: сіздікі {ours!r} -&gt; олардікі {theirs!r}</translation>
    </message>
    <message>
        <source>Fields marked ! are protected. &apos;casebook bundle accept|reject PROPOSAL [--fields FIELD ...]&apos; decides.</source>
        <translation>! белгісі бар өрістер қорғалған. Шешім: «casebook bundle accept|reject PROPOSAL [--fields FIELD ...]».</translation>
    </message>
    <message>
        <source>Taken from the partner: {fields}.</source>
        <translation>Серіктестен қабылданды: {fields}.</translation>
    </message>
    <message>
        <source>Kept yours: {fields}.</source>
        <translation>Сіздікі қалдырылды: {fields}.</translation>
    </message>
    <message>
        <source>Still waiting in {id}: {fields}</source>
        <translation>{id} ішінде әлі шешім күтуде: {fields}</translation>
    </message>
    <message>
        <source>Proposal {id} is settled.</source>
        <translation>{id} ұсынысы шешілді.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>нұсқа {version}</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>жіберуші: {name}</translation>
    </message>
    <message>
        <source>received {time}</source>
        <translation>алынды: {time}</translation>
    </message>
    <message>
        <source>no single conflicting version of {id} starts with that</source>
        <translation>{id} ісінің осылай басталатын жалғыз қайшылықты нұсқасы жоқ</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>сіздің нұсқаңыз</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>серіктестің нұсқасы</translation>
    </message>
    <message>
        <source>Conflict settled: kept {version}.</source>
        <translation>Қайшылық шешілді, қалдырылғаны: {version}.</translation>
    </message>
    <message>
        <source>check this installation with a throwaway vault in a temporary directory</source>
        <translation>осы орнатылымды уақытша қалтадағы бір реттік қоймамен тексеру</translation>
    </message>
    <message>
        <source>Create a throwaway vault in a temporary directory, import a fictional case, add evidence, export a PDF appeal in Kazakh and verify the vault; one line per check. Your own vault is not opened. Exit code 1 when a check fails.</source>
        <translation>Уақытша қалтада бір реттік қойма жасау, ойдан шығарылған істі импорттау, дәлел қосу, қазақ тіліндегі үндеуді PDF түрінде экспорттау және қойманы тексеру; әр тексеруге бір жол. Өз қоймаңыз ашылмайды. Тексеру сәтсіз болса, шығу коды 1.</translation>
    </message>
    <message>
        <source>write or update an encrypted backup (a copy that is itself a vault)</source>
        <translation>шифрланған сақтық көшірмені жазу немесе жаңарту (көшірменің өзі де қойма болып табылады)</translation>
    </message>
    <message>
        <source>Write DEST_DIR as a backup of the vault, or bring an earlier backup in DEST_DIR up to date (only new evidence is copied). The backup opens with the same passphrase and recovery key.</source>
        <translation>Қойманың сақтық көшірмесін DEST_DIR қалтасына жазу немесе DEST_DIR ішіндегі бұрынғы көшірмені жаңарту (тек жаңа дәлелдер көшіріледі). Көшірме сол құпия фразамен және сол қалпына келтіру кілтімен ашылады.</translation>
    </message>
    <message>
        <source>backup directory (a USB stick)</source>
        <translation>сақтық көшірме қалтасы (мысалы, флешкада)</translation>
    </message>
    <message>
        <source>show when the last backup was made</source>
        <translation>соңғы сақтық көшірме қашан жасалғанын көрсету</translation>
    </message>
    <message>
        <source>remind after N days</source>
        <translation>N күннен кейін еске салу</translation>
    </message>
    <message>
        <source>create a working vault from a backup</source>
        <translation>сақтық көшірмеден жұмыс қоймасын жасау</translation>
    </message>
    <message>
        <source>Check BACKUP_DIR completely, then create a working vault in DIR.</source>
        <translation>BACKUP_DIR қалтасын толық тексеріп, содан кейін DIR ішінде жұмыс қоймасын жасау.</translation>
    </message>
    <message>
        <source>new or empty directory</source>
        <translation>жаңа немесе бос қалта</translation>
    </message>
    <message>
        <source>unlock with the recovery key in F</source>
        <translation>F файлындағы қалпына келтіру кілтімен ашу</translation>
    </message>
    <message>
        <source>restore one of the older generations the backup keeps</source>
        <translation>сақтық көшірме сақтайтын ескірек буындардың бірін қалпына келтіру</translation>
    </message>
    <message>
        <source>give a backup directory: casebook backup DEST_DIR</source>
        <translation>сақтық көшірме қалтасын көрсетіңіз: casebook backup DEST_DIR</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
        <source>Backup updated: {path}</source>
        <translation>Сақтық көшірме жаңартылды: {path}</translation>
    </message>
    <message>
        <source>{path} is not a Casebook backup (no header)</source>
        <translation>{path} — Casebook сақтық көшірмесі емес (тақырыпшасы жоқ)</translation>
    </message>
    <message>
        <source>the backup in {path} has problems; nothing was restored</source>
        <translation>{path} сақтық көшірмесінде қателер бар; ештеңе қалпына келтірілген жоқ</translation>
    </message>
    <message>
        <source>the restored vault in {path} did not verify</source>
        <translation>{path} ішіндегі қалпына келтірілген қойма тексеруден өтпеді</translation>
    </message>
    <message>
        <source>Restored a working vault to {path}</source>
        <translation>Жұмыс қоймасы қалпына келтірілді: {path}</translation>
    </message>
    <message>
        <source>It opens with the passphrase and recovery key of the backup.</source>
        <translation>Ол сақтық көшірменің құпия фразасымен және қалпына келтіру кілтімен ашылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n көшірілді</numerusform>
            <numerusform>%n көшірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n жойылды</numerusform>
            <numerusform>%n жойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>  evidence files: {count} ({copied}, {size}; {removed})</source>
        <translation>  дәлел файлдары: {count} ({copied}, {size}; {removed})</translation>
    </message>
    <message>
        <source>  database snapshot: {size}, verified</source>
        <translation>  дерекқордың көшірмесі: {size}, тексерілді</translation>
    </message>
    <message>
        <source>Last backup: {time} to {path}</source>
        <translation>Соңғы сақтық көшірме: {time}, орны: {path}</translation>
    </message>
    <message>
        <source>No backup has been made of this vault yet.</source>
        <translation>Бұл қойманың сақтық көшірмесі әлі жасалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>Reminder after %n days.</source>
        <translation>
            <numerusform>%n күннен кейін еске салынады.</numerusform>
            <numerusform>%n күннен кейін еске салынады.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is due: run &apos;casebook backup DEST_DIR&apos;.</source>
        <translation>Сақтық көшірме жасайтын уақыт келді: «casebook backup DEST_DIR» командасын орындаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>КиБ</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>МиБ</translation>
    </message>
    <message>
        <source>add, list, show, edit, export or delete evidence</source>
        <translation>дәлелдерді қосу, тізімдеу, көрсету, өзгерту, экспорттау немесе жою</translation>
    </message>
    <message>
        <source>import files as evidence of a case (prints the new ids)</source>
        <translation>файлдарды іс бойынша дәлел ретінде импорттау (жаңа идентификаторларды шығарады)</translation>
    </message>
    <message>
        <source>what the file shows</source>
        <translation>файлда не көрсетілген</translation>
    </message>
    <message>
        <source>where the file came from</source>
        <translation>файл қайдан алынған</translation>
    </message>
    <message>
        <source>an event of the case it belongs to (repeatable)</source>
        <translation>файл қатысты іс оқиғасы (бірнеше рет беруге болады)</translation>
    </message>
    <message>
        <source>list the evidence of a case</source>
        <translation>іс бойынша дәлелдерді тізімдеу</translation>
    </message>
    <message>
        <source>show one item with the metadata found in it</source>
        <translation>бір дәлелді ішінен табылған метадеректерімен көрсету</translation>
    </message>
    <message>
        <source>change the source, description or events of an item (file unchanged)</source>
        <translation>дәлелдің дереккөзін, сипаттамасын немесе оқиғаларын өзгерту (файл өзгермейді)</translation>
    </message>
    <message>
        <source>where the file came from (&apos;&apos; clears it)</source>
        <translation>файл қайдан алынған (&apos;&apos; — тазарту)</translation>
    </message>
    <message>
        <source>what it shows (&apos;&apos; clears it)</source>
        <translation>онда не көрсетілген (&apos;&apos; — тазарту)</translation>
    </message>
    <message>
        <source>link it to this event of its case instead (repeatable)</source>
        <translation>оны бұрынғылардың орнына ісінің осы оқиғасына байланыстыру (бірнеше рет беруге болады)</translation>
    </message>
    <message>
        <source>unlink it from every event</source>
        <translation>оны барлық оқиғалардан ажырату</translation>
    </message>
    <message>
        <source>print the item as &apos;show --json&apos; does</source>
        <translation>дәлелді «show --json» сияқты шығару</translation>
    </message>
    <message>
        <source>export the original, or a cleaned copy with --clean</source>
        <translation>түпнұсқаны немесе --clean арқылы тазартылған көшірмені экспорттау</translation>
    </message>
    <message>
        <source>file or directory</source>
        <translation>файл немесе қалта</translation>
    </message>
    <message>
        <source>without EXIF/GPS/XMP/document info</source>
        <translation>EXIF, GPS, XMP және құжат туралы мәліметтерсіз</translation>
    </message>
    <message>
        <source>show the custody log of an item</source>
        <translation>дәлелдің сақтау журналын көрсету</translation>
    </message>
    <message>
        <source>delete an item (its custody log stays)</source>
        <translation>дәлелді жою (сақтау журналы қалады)</translation>
    </message>
    <message>
        <source>who does this, for the custody log (default: $CASEBOOK_ACTOR)</source>
        <translation>әрекетті кім орындайды, сақтау журналы үшін (әдепкі: $CASEBOOK_ACTOR)</translation>
    </message>
    <message>
        <source>{path} is not a file (or does not exist)</source>
        <translation>{path} — файл емес (немесе жоқ)</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>{path} оқылмады: рұқсат жоқ</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>дәлелдер жоқ</translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation>{n} Б</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>идентификатор:</translation>
    </message>
    <message>
        <source>case:</source>
        <translation>іс:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>аты:</translation>
    </message>
    <message>
        <source>media type:</source>
        <translation>дерек түрі:</translation>
    </message>
    <message>
        <source>size:</source>
        <translation>өлшемі:</translation>
    </message>
    <message>
        <source>imported:</source>
        <translation>импортталды:</translation>
    </message>
    <message>
        <source>source:</source>
        <translation>дереккөз:</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>сипаттамасы:</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>оқиғалар:</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>метадеректер:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>nothing to change: give --source, --description, --event or --no-events</source>
        <translation>өзгертетін ештеңе жоқ: --source, --description, --event немесе --no-events көрсетіңіз</translation>
    </message>
    <message>
        <source>changed {fields}</source>
        <translation>өзгертілді: {fields}</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <source>events</source>
        <translation>оқиғалар</translation>
    </message>
    <message>
        <source>no cleaned copy: {reason}</source>
        <translation>тазартылған көшірме жасалмады: {reason}</translation>
    </message>
    <message>
        <source>deleted {id}</source>
        <translation>жойылды: {id}</translation>
    </message>
    <message>
        <source>import, export, list, show or delete cases</source>
        <translation>істерді импорттау, экспорттау, тізімдеу, көрсету немесе жою</translation>
    </message>
    <message>
        <source>import a casebook-case/2 (or /1) JSON file</source>
        <translation>casebook-case/2 (немесе /1) пішіміндегі JSON файлын импорттау</translation>
    </message>
    <message>
        <source>the casebook-case/2 (or /1) JSON file</source>
        <translation>casebook-case/2 (немесе /1) пішіміндегі JSON файлы</translation>
    </message>
    <message>
        <source>apply a casebook-case JSON file as a new version of a case</source>
        <translation>casebook-case JSON файлын істің жаңа нұсқасы ретінде қолдану</translation>
    </message>
    <message>
        <source>where a case came from, and its versions</source>
        <translation>істің қайдан келгені және оның нұсқалары</translation>
    </message>
    <message>
        <source>export a case as casebook-case/2 JSON</source>
        <translation>істі casebook-case/2 пішіміндегі JSON ретінде экспорттау</translation>
    </message>
    <message>
        <source>list cases, most recently updated first</source>
        <translation>істерді тізімдеу, алдымен жақында өзгертілгендері</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>бір істі көрсету</translation>
    </message>
    <message>
        <source>show the case&apos;s texts in language L (en, ru, kk, ...); texts without an L version are shown in the original and marked</source>
        <translation>іс мәтіндерін L тілінде көрсету (en, ru, kk, ...); L нұсқасы жоқ мәтіндер түпнұсқада белгіленіп көрсетіледі</translation>
    </message>
    <message>
        <source>list, per language, the case texts missing or needing review</source>
        <translation>әр тіл бойынша: іс мәтіндерінің қайсысы жоқ немесе тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>set the version of one case text in a language</source>
        <translation>іс мәтінінің бірінің тілдегі нұсқасын белгілеу</translation>
    </message>
    <message>
        <source>the text, as &apos;case translations --json&apos; names it (case/summary/)</source>
        <translation>мәтін, «case translations --json» оны қалай атайды (case/summary/)</translation>
    </message>
    <message>
        <source>the translated text</source>
        <translation>аударылған мәтін</translation>
    </message>
    <message>
        <source>read the translated text from FILE</source>
        <translation>аударылған мәтінді FILE файлынан оқу</translation>
    </message>
    <message>
        <source>mark the version as needing review</source>
        <translation>нұсқаны тексеруді қажет етеді деп белгілеу</translation>
    </message>
    <message>
        <source>delete a case and its evidence</source>
        <translation>істі және оның дәлелдерін жою</translation>
    </message>
    <message>
        <source>full-text search of the vault</source>
        <translation>қойма бойынша толық мәтіндік іздеу</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>ізделетін сөздер</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was written.</source>
        <translation>Ештеңе өзгерген жоқ; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Origin: {where}</source>
        <translation>Шығу тегі: {where}</translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 639-1 language code (en, ru, kk, ...)</source>
        <translation>{code!r} — ISO 639-1 тіл коды емес (en, ru, kk, ...)</translation>
    </message>
    <message>
        <source>No {lang} version, shown in the original [{original}]: {fields}</source>
        <translation>{lang} тіліндегі нұсқасы жоқ, түпнұсқада көрсетілді [{original}]: {fields}</translation>
    </message>
    <message>
        <source>Needs review [{lang}?] (the original changed since): {fields}</source>
        <translation>Тексеруді қажет етеді [{lang}?] (түпнұсқа содан бері өзгерді): {fields}</translation>
    </message>
    <message>
        <source>original language: {lang}</source>
        <translation>түпнұсқа тілі: {lang}</translation>
    </message>
    <message>
        <source>{lang}: complete</source>
        <translation>{lang}: бәрі аударылған</translation>
    </message>
    <message>
        <source>{lang}: {missing} missing, {review} to review</source>
        <translation>{lang}: жоқ {missing}, тексеру керек {review}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>review</source>
        <translation>тексеру</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>күйі:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>құпиялылық:</translation>
    </message>
    <message>
        <source>place:</source>
        <translation>орны:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>белгілер:</translation>
    </message>
    <message>
        <source>updated:</source>
        <translation>жаңартылды:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Адамдар:</translation>
    </message>
    <message>
        <source>risk: {level}</source>
        <translation>қауіп: {level}</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Ұйымдар:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Оқиғалар:</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>Талаптар:</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>ештеңе табылмады</translation>
    </message>
    <message>
        <source>produce an urgent appeal from a case</source>
        <translation>іс бойынша шұғыл үндеу дайындау</translation>
    </message>
    <message>
        <source>language of the appeal (default: the case&apos;s setting)</source>
        <translation>үндеу тілі (әдепкі: істе көрсетілгендей)</translation>
    </message>
    <message>
        <source>refuse (exit 1, nothing written) when a case text has no version in the appeal&apos;s language</source>
        <translation>іс мәтінінің үндеу тіліндегі нұсқасы болмаса, бас тарту (код 1, ештеңе жазылмайды)</translation>
    </message>
    <message>
        <source>a demand: a key of &apos;casebook appeals demands&apos; or your own text (repeatable; replaces the case&apos;s chosen demands for this appeal)</source>
        <translation>талап: «casebook appeals demands» тізіміндегі кілт немесе өз мәтініңіз (бірнеше рет беруге болады; осы үндеу үшін істе таңдалған талаптарды ауыстырады)</translation>
    </message>
    <message>
        <source>statement of concern for this appeal</source>
        <translation>осы үндеудегі алаңдаушылық білдіру мәтіні</translation>
    </message>
    <message>
        <source>reference number (default: next free)</source>
        <translation>үндеу нөмірі (әдепкі: келесі бос нөмір)</translation>
    </message>
    <message>
        <source>kind of document: an urgent appeal (default), an update of an earlier appeal, a UN Special Procedures submission or a letter to an authority</source>
        <translation>құжат түрі: шұғыл үндеу (әдепкі), бұрынғы үндеудің жаңартуы, БҰҰ арнайы рәсімдеріне хабарлама немесе билік органына хат</translation>
    </message>
    <message>
        <source>with --type update: the earlier appeal (default: the newest)</source>
        <translation>--type update бірге: бұрынғы үндеу (әдепкі: ең соңғысы)</translation>
    </message>
    <message>
        <source>an addressee of the address book (a letter is written in their language)</source>
        <translation>мекенжай кітабындағы адресат (хат оның тілінде жазылады)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>нәтижені JSON түрінде шығару</translation>
    </message>
    <message>
        <source>kept appeals and the demands library</source>
        <translation>сақталған үндеулер және талаптар кітапханасы</translation>
    </message>
    <message>
        <source>appeals kept for a case, newest first</source>
        <translation>іс бойынша сақталған үндеулер, алдымен жаңалары</translation>
    </message>
    <message>
        <source>print the text of a kept appeal</source>
        <translation>сақталған үндеудің мәтінін шығару</translation>
    </message>
    <message>
        <source>write a kept appeal again, exactly as it was</source>
        <translation>сақталған үндеуді бұрынғы күйінде қайта жазу</translation>
    </message>
    <message>
        <source>build a kept appeal again from the case as it is now</source>
        <translation>сақталған үндеуді істің қазіргі күйі бойынша қайта құрастыру</translation>
    </message>
    <message>
        <source>export even with unresolved findings (they are redacted)</source>
        <translation>шешілмеген табылғандар болса да экспорттау (олар жасырылады)</translation>
    </message>
    <message>
        <source>the library of standard demands</source>
        <translation>үлгі талаптар кітапханасы</translation>
    </message>
    <message>
        <source>language of the demands (default: en)</source>
        <translation>талаптар тілі (әдепкі: en)</translation>
    </message>
    <message>
        <source>file format (default: from -o)</source>
        <translation>файл пішімі (әдепкі: -o ішіндегі атау бойынша)</translation>
    </message>
    <message>
        <source>list what the pre-publication check finds (names and contacts replaced, doubtful mentions) instead of exporting; exit 1 while any is unresolved</source>
        <translation>экспорттаудың орнына жариялау алдындағы тексеру тапқанын көрсету (ауыстырылған есімдер мен байланыстар, күмәнді атаулар); шешілмегені болса, шығу коды 1</translation>
    </message>
    <message>
        <source>decide a doubtful finding: always redact TEXT (repeatable; kept)</source>
        <translation>күмәнді табылған бойынша шешім: TEXT әрқашан жасырылады (бірнеше рет беруге болады; сақталады)</translation>
    </message>
    <message>
        <source>decide a doubtful finding: publish TEXT as is (repeatable; kept)</source>
        <translation>күмәнді табылған бойынша шешім: TEXT сол күйінде жарияланады (бірнеше рет беруге болады; сақталады)</translation>
    </message>
    <message>
        <source>export even if the case is internal</source>
        <translation>іс «тек ішкі» болса да экспорттау</translation>
    </message>
    <message>
        <source>cannot tell the format from {path!r}; give --format ({formats})</source>
        <translation>{path!r} бойынша пішімді анықтау мүмкін емес; --format көрсетіңіз ({formats})</translation>
    </message>
    <message>
        <source>warning: no {lang} version, the original text was used for: {fields}</source>
        <translation>назар аударыңыз: {lang} тіліндегі нұсқасы жоқ, түпнұсқа мәтін қолданылды: {fields}</translation>
    </message>
    <message>
        <source>wrote {path} ({format}, {size})</source>
        <translation>{path} жазылды ({format}, {size})</translation>
    </message>
    <message>
        <source>kept as appeal {id} ({reference})</source>
        <translation>{id} үндеуі ретінде сақталды ({reference})</translation>
    </message>
    <message>
        <source>{reason}; nothing was written</source>
        <translation>{reason}; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <source>give -o PATH, or --check</source>
        <translation>-o PATH немесе --check көрсетіңіз</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>шешілді: {decision}</translation>
    </message>
    <message>
        <source>UNRESOLVED</source>
        <translation>ШЕШІЛМЕГЕН</translation>
    </message>
    <message>
        <source>hint: a named person&apos;s profile mentions {word!r}: {context}</source>
        <translation>кеңес: аты аталған адамның профилінде {word!r} аталған: {context}</translation>
    </message>
    <message>
        <source>{found} finding(s), {unresolved} unresolved</source>
        <translation>табылғандар: {found}, шешілмегені: {unresolved}</translation>
    </message>
    <message>
        <source>no appeals kept for this case</source>
        <translation>бұл іс бойынша сақталған үндеулер жоқ</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; write it on paper and keep it apart from the laptop):

    {key}

With it you can set a new passphrase if you forget yours. Anyone who has it can open the vault.</source>
        <translation>Қалпына келтіру кілті (тек қазір бір рет көрсетіледі; оны қағазға жазып, ноутбуктан бөлек сақтаңыз):

    {key}

Оның көмегімен құпия фразаңызды ұмытсаңыз, жаңасын орната аласыз. Кілті бар кез келген адам қойманы аша алады.</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>жаңа қойма жасау</translation>
    </message>
    <message>
        <source>your organisation&apos;s name (for bundles)</source>
        <translation>ұйымыңыздың атауы (пакеттер үшін)</translation>
    </message>
    <message>
        <source>change the passphrase (or reset it with the recovery key)</source>
        <translation>құпия фразаны өзгерту (немесе қалпына келтіру кілтімен жаңадан орнату)</translation>
    </message>
    <message>
        <source>use the recovery key in F</source>
        <translation>F файлындағы қалпына келтіру кілтін қолдану</translation>
    </message>
    <message>
        <source>replace all keys (after a compromise): new data key, passphrase and recovery key</source>
        <translation>барлық кілтті ауыстыру (қауіп төнгеннен кейін): жаңа деректер кілті, құпия фраза және қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>read the new passphrase from F</source>
        <translation>жаңа құпия фразаны F файлынан оқу</translation>
    </message>
    <message>
        <source>also a new organisation identity, with a rotation notice for partners</source>
        <translation>сондай-ақ серіктестерге арналған кілт ауысымы туралы хабарламасы бар ұйымның жаңа сәйкестігі</translation>
    </message>
    <message>
        <source>write the rotation notice to F (with --new-identity)</source>
        <translation>кілт ауысымы туралы хабарламаны F файлына жазу (--new-identity бірге)</translation>
    </message>
    <message>
        <source>replace a partner&apos;s card with the one of their rotation notice</source>
        <translation>серіктестің карточкасын оның кілт ауысымы туралы хабарламасындағы карточкамен ауыстыру</translation>
    </message>
    <message>
        <source>the rotation notice line, or a file holding it</source>
        <translation>кілт ауысымы туралы хабарлама жолы немесе оны қамтитын файл</translation>
    </message>
    <message>
        <source>cannot read the rotation notice {path}: {reason}</source>
        <translation>кілт ауысымы туралы {path} хабарламасын оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Partner {name} now has the new card of the notice; new fingerprint: {fingerprint}</source>
        <translation>{name} серіктесінде енді хабарламадағы жаңа карточка бар; жаңа саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <source>Current passphrase, again: </source>
        <translation>Қазіргі құпия фраза, тағы бір рет: </translation>
    </message>
    <message>
        <source>Re-encrypting the database under a new key...</source>
        <translation>Дерекқор жаңа кілтпен қайта шифрлануда...</translation>
    </message>
    <message>
        <source>All keys replaced. The old passphrase and recovery key no longer open this vault.</source>
        <translation>Барлық кілт ауыстырылды. Ескі құпия фраза мен қалпына келтіру кілті бұл қойманы енді ашпайды.</translation>
    </message>
    <message>
        <source>New organisation identity. Send this rotation notice to your partners (casebook partner rotate NOTICE):</source>
        <translation>Ұйымның жаңа сәйкестігі. Кілт ауысымы туралы осы хабарламаны серіктестеріңізге жіберіңіз (casebook partner rotate NOTICE):</translation>
    </message>
    <message>
        <source>set the duress passphrase to the first line of F: typed instead of the passphrase, it destroys the keys for good and opens an empty vault</source>
        <translation>мәжбүрлеу кезіндегі құпия фразаны F файлының бірінші жолынан орнату: құпия фраза орнына терілсе, ол кілттерді біржола жойып, бос қойманы ашады</translation>
    </message>
    <message>
        <source>remove the duress passphrase</source>
        <translation>мәжбүрлеу кезіндегі құпия фразаны өшіру</translation>
    </message>
    <message>
        <source>destroy the keys after N wrong passphrases in a row (5, 10 or 20; 0 turns it off)</source>
        <translation>қатарынан N қате құпия фразадан кейін кілттерді жою (5, 10 немесе 20; 0 өшіреді)</translation>
    </message>
    <message>
        <source>check the integrity of the vault</source>
        <translation>қойманың тұтастығын тексеру</translation>
    </message>
    <message>
        <source>also decrypt every page and check that deleted data is wiped (slower)</source>
        <translation>сондай-ақ әр бетті шифрдан шығарып, өшірілген деректердің тазартылғанын тексеру (баяуырақ)</translation>
    </message>
    <message>
        <source>also compare every index of the database with its table (SQLite&apos;s integrity_check: slow on a large vault); the daily check runs quick_check</source>
        <translation>дерекқордың әр индексін оның кестесімен де салыстыру (SQLite integrity_check: үлкен қоймада баяу); күнделікті тексеру quick_check орындайды</translation>
    </message>
    <message>
        <source>create a vault with fictional demo cases</source>
        <translation>ойдан шығарылған істері бар демо-қойма жасау</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Жаңа құпия фраза: </translation>
    </message>
    <message>
        <source>Measuring this computer to set the key derivation (about a second)...</source>
        <translation>Кілт шығаруды баптау үшін осы компьютердің жылдамдығы өлшенуде (шамамен бір секунд)...</translation>
    </message>
    <message>
        <source>Created vault {path}</source>
        <translation>Қойма жасалды: {path}</translation>
    </message>
    <message>
        <source>travel mode: take the keys off the laptop for a journey</source>
        <translation>сапар режимі: сапар кезінде кілттерді ноутбуктан алып кету</translation>
    </message>
    <message>
        <source>move the key slots into a file and leave the vault unopenable here</source>
        <translation>кілт ұяшықтарын файлға көшіріп, мұнда ашылмайтын қойма қалдыру</translation>
    </message>
    <message>
        <source>the travel file (default: travel-DATE.age here)</source>
        <translation>сапар файлы (әдепкі: осында travel-КҮН.age)</translation>
    </message>
    <message>
        <source>encrypt the travel file to this partner (name or age1...)</source>
        <translation>сапар файлын осы серіктес үшін шифрлау (аты немесе age1...)</translation>
    </message>
    <message>
        <source>encrypt the travel file to the recovery key in F</source>
        <translation>сапар файлын F ішіндегі қалпына келтіру кілтімен шифрлау</translation>
    </message>
    <message>
        <source>put the key slots back from a travel file</source>
        <translation>кілт ұяшықтарын сапар файлынан қайтару</translation>
    </message>
    <message>
        <source>the recovery key the travel file is encrypted to</source>
        <translation>сапар файлы шифрланған қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault</source>
        <translation>{path} — Casebook қоймасы емес</translation>
    </message>
    <message>
        <source>Travel mode: the keys are in {file} (encrypted to {to}); this vault cannot be opened here until &apos;casebook travel end {file}&apos;. Keep the file away from the laptop.</source>
        <translation>Сапар режимі: кілттер {file} файлында (шифрланған: {to}); «casebook travel end {file}» орындалғанша бұл қойма мұнда ашылмайды. Файлды ноутбуктан бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Travel mode ended: the vault opens again with its passphrase.</source>
        <translation>Сапар режимі аяқталды: қойма қайтадан өз құпия фразасымен ашылады.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Қазіргі құпия фраза: </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays the same.</source>
        <translation>Құпия фраза өзгертілді. Қалпына келтіру кілті бұрынғыдай қалады.</translation>
    </message>
    <message>
        <source>Duress passphrase set. If it is typed instead of the passphrase, anywhere the passphrase is asked, the keys of this vault are destroyed at once and for good, and an empty vault opens without any message. After that neither the passphrase nor the recovery key opens the cases: only a backup made before brings them back. Keep a backup somewhere else.</source>
        <translation>Мәжбүрлеу кезіндегі құпия фраза орнатылды. Құпия фраза сұралған кез келген жерде ол құпия фразаның орнына терілсе, осы қойманың кілттері бірден әрі біржола жойылады да, ешқандай хабарсыз бос қойма ашылады. Содан кейін істерді құпия фраза да, қалпына келтіру кілті де ашпайды: оларды тек бұрын жасалған сақтық көшірме ғана қайтарады. Сақтық көшірмені басқа жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>--wipe-after takes 5, 10 or 20 (0 turns it off), not {n}</source>
        <translation>--wipe-after мәні 5, 10 немесе 20 болады (0 өшіреді), {n} емес</translation>
    </message>
    <message>
        <source>{path} holds no duress passphrase on its first line</source>
        <translation>{path} файлының бірінші жолында мәжбүрлеу кезіндегі құпия фраза жоқ</translation>
    </message>
    <message>
        <source>Duress passphrase removed.</source>
        <translation>Мәжбүрлеу кезіндегі құпия фраза өшірілді.</translation>
    </message>
    <message>
        <source>This vault has no duress passphrase.</source>
        <translation>Бұл қойманың мәжбүрлеу кезіндегі құпия фразасы жоқ.</translation>
    </message>
    <message>
        <source>After {n} wrong passphrases in a row the keys of this vault will be destroyed for good; only a backup made before brings the cases back.</source>
        <translation>Қатарынан {n} рет қате құпия фраза терілсе, осы қойманың кілттері біржола жойылады; істерді тек бұрын жасалған сақтық көшірме ғана қайтарады.</translation>
    </message>
    <message>
        <source>Wrong passphrases no longer destroy the keys.</source>
        <translation>Қате құпия фразалар енді кілттерді жоймайды.</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no such directory)</source>
        <translation>{path} — Casebook қоймасы емес (мұндай қалта жоқ)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>тақырыпша</translation>
    </message>
    <message>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <source>ok: {path} verified ({checked})</source>
        <translation>ок: {path} тексерілді ({checked})</translation>
    </message>
    <message>
        <source>give the demo vault a place: casebook demo --vault DIR</source>
        <translation>демо-қойманы қайда жасау керектігін көрсетіңіз: casebook demo --vault DIR</translation>
    </message>
    <message numerus="yes">
        <source>Created demo vault {path} with %n fictional cases.</source>
        <translation>
            <numerusform>Ойдан шығарылған %n ісі бар демо-қойма жасалды: {path}.</numerusform>
            <numerusform>Ойдан шығарылған %n ісі бар демо-қойма жасалды: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: {passphrase}</source>
        <translation>Құпия фраза: {passphrase}</translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation>Қалпына келтіру кілті: {key}</translation>
    </message>
    <message>
        <source>what is due: release dates and follow-ups</source>
        <translation>мерзімі жеткендер: босату күндері және қайта жүгіну</translation>
    </message>
    <message>
        <source>the day to count from (default: today)</source>
        <translation>есептелетін күн (әдепкі: бүгін)</translation>
    </message>
    <message>
        <source>the address book of addressees</source>
        <translation>адресаттардың мекенжай кітабы</translation>
    </message>
    <message>
        <source>add or update addressees from a JSON file (a list of objects)</source>
        <translation>JSON файлынан адресаттарды қосу немесе жаңарту (нысандар тізімі)</translation>
    </message>
    <message>
        <source>list the addressees</source>
        <translation>адресаттарды көрсету</translation>
    </message>
    <message>
        <source>what was sent to whom, and what came back</source>
        <translation>кімге не жіберілді және қандай жауап келді</translation>
    </message>
    <message>
        <source>record that a kept appeal was sent</source>
        <translation>сақталған үндеу жіберілгенін белгілеу</translation>
    </message>
    <message>
        <source>the appeal&apos;s reference (UA-2025-001) or id</source>
        <translation>үндеудің нөмірі (UA-2025-001) немесе id</translation>
    </message>
    <message>
        <source>the addressee&apos;s name (from the address book, or any name)</source>
        <translation>адресаттың аты (мекенжай кітабынан немесе кез келген)</translation>
    </message>
    <message>
        <source>day it was sent</source>
        <translation>жіберілген күні</translation>
    </message>
    <message>
        <source>who sent it</source>
        <translation>кім жіберді</translation>
    </message>
    <message>
        <source>day to follow up if no answer came</source>
        <translation>жауап келмесе, қайта жүгінетін күн</translation>
    </message>
    <message>
        <source>record the answer to a sending</source>
        <translation>жіберілімге келген жауапты жазу</translation>
    </message>
    <message>
        <source>day of the answer</source>
        <translation>жауап күні</translation>
    </message>
    <message>
        <source>what they answered</source>
        <translation>не деп жауап берді</translation>
    </message>
    <message>
        <source>the evidence item holding the reply</source>
        <translation>жауап сақталған дәлел</translation>
    </message>
    <message>
        <source>next day to follow up (&apos;&apos; clears it)</source>
        <translation>келесі қайта жүгіну күні (&apos;&apos; оны алып тастайды)</translation>
    </message>
    <message>
        <source>list what was sent</source>
        <translation>жіберілгендерді көрсету</translation>
    </message>
    <message>
        <source>only sendings whose follow-up day has come without an answer</source>
        <translation>тек жауапсыз, қайта жүгіну күні келген жіберілімдер</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated</source>
        <translation>қосылды: {added}, жаңартылды: {updated}</translation>
    </message>
    <message>
        <source>follow up {day}</source>
        <translation>қайта жүгіну {day}</translation>
    </message>
    <message>
        <source>generate a strong passphrase</source>
        <translation>берік құпия фраза жасау</translation>
    </message>
    <message>
        <source>print a passphrase of random words (at least 77 bits)</source>
        <translation>кездейсоқ сөздерден тұратын құпия фразаны шығару (кемінде 77 бит)</translation>
    </message>
    <message>
        <source>language of the words (default: en)</source>
        <translation>сөздердің тілі (әдепкі: en)</translation>
    </message>
    <message>
        <source>number of words, at least 6 (default: 6)</source>
        <translation>сөз саны, кемінде 6 (әдепкі: 6)</translation>
    </message>
    <message>
        <source>rebuild the database so that nothing deleted can be recovered from it</source>
        <translation>дерекқорды одан өшірілген ештеңені қалпына келтіруге болмайтындай етіп қайта құру</translation>
    </message>
    <message>
        <source>compacted: {before} -&gt; {after} in {seconds:.1f} s</source>
        <translation>ықшамдалды: {before} -&gt; {after}, {seconds:.1f} с ішінде</translation>
    </message>
    <message>
        <source>evidence files without a database row, kept instead of deleted</source>
        <translation>дерекқорда жазбасы жоқ дәлел файлдары, өшірудің орнына сақталған</translation>
    </message>
    <message>
        <source>list the quarantined files</source>
        <translation>карантиндегі файлдарды көрсету</translation>
    </message>
    <message>
        <source>put a quarantined file back (when an evidence item refers to it)</source>
        <translation>файлды карантиннен қайтару (оған дәлел жазбасы сілтейтін болса)</translation>
    </message>
    <message>
        <source>delete quarantined files for good</source>
        <translation>карантиндегі файлдарды біржола өшіру</translation>
    </message>
    <message>
        <source>every quarantined file</source>
        <translation>карантиндегі барлық файл</translation>
    </message>
    <message>
        <source>restorable</source>
        <translation>қайтаруға болады</translation>
    </message>
    <message>
        <source>the quarantine is empty</source>
        <translation>карантин бос</translation>
    </message>
    <message>
        <source>restored {name} to the evidence folder</source>
        <translation>{name} дәлелдер қалтасына қайтарылды</translation>
    </message>
    <message>
        <source>deleted {name}</source>
        <translation>{name} өшірілді</translation>
    </message>
    <message>
        <source>export tables of incidents or a kit for Uwazi</source>
        <translation>оқиғалар кестесін немесе Uwazi жинағын экспорттау</translation>
    </message>
    <message>
        <source>one row per event, as CSV or XLSX</source>
        <translation>әр оқиғаға бір жол, CSV немесе XLSX түрінде</translation>
    </message>
    <message>
        <source>a kit an Uwazi administrator imports, or check one</source>
        <translation>Uwazi әкімшісі импорттайтын жинақ немесе жинақты тексеру</translation>
    </message>
    <message>
        <source>check a kit against Uwazi&apos;s rules</source>
        <translation>жинақты Uwazi ережелері бойынша тексеру</translation>
    </message>
    <message>
        <source>languages of the kit, the default language first</source>
        <translation>жинақтың тілдері, әдепкі тіл бірінші</translation>
    </message>
    <message>
        <source>only these cases (ids or id prefixes)</source>
        <translation>тек осы істер (сәйкестендіргіштер немесе олардың басы)</translation>
    </message>
    <message>
        <source>include cases of this sensitivity and more open ones ({levels}; default {default})</source>
        <translation>осы құпиялық деңгейіндегі және ашығырақ істерді қосу ({levels}; әдепкі {default})</translation>
    </message>
    <message>
        <source>{count} cases left out because of their sensitivity (see --sensitivity)</source>
        <translation>құпиялығына байланысты қосылмаған істер: {count} (--sensitivity қараңыз)</translation>
    </message>
    <message>
        <source>wrote {rows} incidents of {cases} cases to {path}</source>
        <translation>{path} ішіне жазылды: {rows} оқиға, {cases} іс</translation>
    </message>
    <message>
        <source>no vault at {path}: names were not checked</source>
        <translation>{path} ішінде қойма жоқ: есімдер тексерілмеді</translation>
    </message>
    <message>
        <source>{path}: {count} problems found</source>
        <translation>{path}: табылған ақаулар саны: {count}</translation>
    </message>
    <message>
        <source>{path}: the kit follows Uwazi&apos;s import rules</source>
        <translation>{path}: жинақ Uwazi импорт ережелеріне сәйкес</translation>
    </message>
    <message>
        <source>{path}: the kit&apos;s file name must end in .zip</source>
        <translation>{path}: жинақ файлының аты .zip деп аяқталуы керек</translation>
    </message>
    <message>
        <source>wrote a kit of {cases} cases, {events} events, {people} people and {files} files to {path}</source>
        <translation>{path} ішіне жинақ жазылды: істер — {cases}, оқиғалар — {events}, адамдар — {people}, файлдар — {files}</translation>
    </message>
    <message>
        <source>count events by type, time, place or perpetrator</source>
        <translation>оқиғаларды түрі, уақыты, орны немесе құқық бұзушы бойынша санау</translation>
    </message>
    <message>
        <source>what to count by, comma separated: {choices}</source>
        <translation>неге қарап санау керек, үтір арқылы: {choices}</translation>
    </message>
    <message>
        <source>only events on or after D (YYYY-MM-DD, YYYY-MM, YYYY)</source>
        <translation>тек D күнінен бастап болған оқиғалар (ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА, ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>only events on or before D (YYYY-MM-DD, YYYY-MM, YYYY)</source>
        <translation>тек D күніне дейін болған оқиғалар (ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА, ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>CSV шығару</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>оқиғалар саны: {count}</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>custody entry {number} ({action}, {time}) does not follow the entry before it (entries removed, inserted or reordered)</source>
        <translation>сақтау журналының № {number} жазбасы ({action}, {time}) алдыңғы жазбаның жалғасы емес (жазбалар жойылған, қосылған немесе орны ауыстырылған)</translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) was altered (its content does not match its hash)</source>
        <translation>сақтау журналының № {number} жазбасы ({action}, {time}) өзгертілген (мазмұны өз хешіне сәйкес емес)</translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) has an invalid signature (not written by this vault)</source>
        <translation>сақтау журналының № {number} жазбасының ({action}, {time}) қолтаңбасы жарамсыз (оны бұл қойма жазбаған)</translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) names another case than the entries before it</source>
        <translation>сақтау журналының № {number} жазбасы ({action}, {time}) алдыңғы жазбалардағыдан басқа іске қатысты</translation>
    </message>
    <message>
        <source>custody log has no signed head (the log was removed or inserted by hand)</source>
        <translation>сақтау журналының қол қойылған тақырыпшасы жоқ (журнал қолмен жойылған немесе қосылған)</translation>
    </message>
    <message>
        <source>the signed head of the custody log is unreadable</source>
        <translation>сақтау журналының қол қойылған тақырыпшасы оқылмайды</translation>
    </message>
    <message>
        <source>the signed head of the custody log has an invalid signature</source>
        <translation>сақтау журналының қол қойылған тақырыпшасындағы қолтаңба жарамсыз</translation>
    </message>
    <message numerus="yes">
        <source>custody log has %n entries but {written} were written (entries removed or added)</source>
        <translation>
            <numerusform>сақтау журналында %n жазба бар, бірақ {written} жазба жазылған еді (жазбалар жойылған немесе қосылған)</numerusform>
            <numerusform>сақтау журналында %n жазба бар, бірақ {written} жазба жазылған еді (жазбалар жойылған немесе қосылған)</numerusform>
        </translation>
    </message>
    <message>
        <source>the last custody entry is not the one last written (entries replaced)</source>
        <translation>сақтау журналының соңғы жазбасы соңғы жазылған жазба емес (жазбалар ауыстырылған)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>a date range needs two full dates, like 2024-10-01/2024-10-11</source>
        <translation>кезең үшін екі толық күн керек, мысалы 2024-10-01/2024-10-11</translation>
    </message>
    <message>
        <source>a date range must not end before it starts</source>
        <translation>кезең басталмай тұрып аяқтала алмайды</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it like 2025-03-03, 03.03.2025 or 3 March 2025</source>
        <translation>{text!r} — күн емес: мысалы, 2025-03-03, 03.03.2025 немесе 2025 жылғы 3 наурыз деп жазыңыз</translation>
    </message>
    <message>
        <source>{text!r}: write the year with four digits, like 2025</source>
        <translation>{text!r}: жылды төрт цифрмен жазыңыз, мысалы 2025</translation>
    </message>
    <message>
        <source>{text!r} is not a real date (no such month or day)</source>
        <translation>{text!r} — мүмкін емес күн (мұндай ай немесе күн жоқ)</translation>
    </message>
    <message>
        <source>no date typed</source>
        <translation>күн енгізілмеген</translation>
    </message>
    <message>
        <source>{text!r} is not complete: type a month and a year</source>
        <translation>{text!r} — толық емес: айы мен жылын жазыңыз</translation>
    </message>
    <message>
        <source>{text!r} is not complete: type a day, month and year</source>
        <translation>{text!r} — толық емес: күнін, айын және жылын жазыңыз</translation>
    </message>
    <message>
        <source>it is in the future</source>
        <translation>ол болашақта</translation>
    </message>
    <message>
        <source>it is before 1991</source>
        <translation>ол 1991 жылдан бұрын</translation>
    </message>
    <message>
        <source>{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B</source>
        <translation>{text!r} — күн емес: ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА, ЖЖЖЖ немесе A/B кезеңін қолданыңыз</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>evidence/{name}: a file that belongs to no evidence item</source>
        <translation>evidence/{name}: ешбір дәлелге жатпайтын файл</translation>
    </message>
    <message>
        <source>its file is missing (evidence/{name})</source>
        <translation>оның файлы жоқ (evidence/{name})</translation>
    </message>
    <message>
        <source>its file is damaged: it is not an age file any more</source>
        <translation>оның файлы бүлінген: ол енді age файлы емес</translation>
    </message>
    <message numerus="yes">
        <source>its file is truncated ({actual} of %n bytes)</source>
        <translation>
            <numerusform>оның файлы қысқартылған (%n байттың {actual} байты ғана бар)</numerusform>
            <numerusform>оның файлы қысқартылған (%n байттың {actual} байты ғана бар)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its file was altered: %n bytes too many</source>
        <translation>
            <numerusform>оның файлы өзгертілген: %n байт артық</numerusform>
            <numerusform>оның файлы өзгертілген: %n байт артық</numerusform>
        </translation>
    </message>
    <message>
        <source>its key in the database is damaged; the file cannot be decrypted</source>
        <translation>оның дерекқордағы кілті бүлінген; файлды шифрдан шығару мүмкін емес</translation>
    </message>
    <message>
        <source>its file was altered: it no longer decrypts</source>
        <translation>оның файлы өзгертілген: ол енді шифрдан шықпайды</translation>
    </message>
    <message numerus="yes">
        <source>its content has %n bytes instead of {recorded}</source>
        <translation>
            <numerusform>оның мазмұнында {recorded} байттың орнына %n байт бар</numerusform>
            <numerusform>оның мазмұнында {recorded} байттың орнына %n байт бар</numerusform>
        </translation>
    </message>
    <message>
        <source>its content was altered: the SHA-256 does not match</source>
        <translation>оның мазмұны өзгертілген: SHA-256 сәйкес емес</translation>
    </message>
    <message>
        <source>has no custody log</source>
        <translation>сақтау журналы жоқ</translation>
    </message>
    <message>
        <source>deleted: {name}</source>
        <translation>жойылған: {name}</translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation>жоқ: {name}</translation>
    </message>
    <message>
        <source>custody log starts with {action!r} instead of its import</source>
        <translation>сақтау журналы импорттан емес, {action!r} әрекетінен басталады</translation>
    </message>
    <message>
        <source>custody log records a deletion but the item is still there</source>
        <translation>сақтау журналында жою жазылған, бірақ дәлел әлі де бар</translation>
    </message>
    <message>
        <source>custody log belongs to another case than the item</source>
        <translation>сақтау журналы дәлелдің ісінен басқа іске жатады</translation>
    </message>
    <message>
        <source>the item is gone from the database but its custody log records no deletion</source>
        <translation>дәлел дерекқордан жоғалған, бірақ сақтау журналында жою туралы жазба жоқ</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS бойынша орны</translation>
    </message>
    <message>
        <source>present (no usable position)</source>
        <translation>бар (жарамды координаттары жоқ)</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} м</translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation>GPS бойынша биіктігі</translation>
    </message>
    <message>
        <source>Identifies: {tag}</source>
        <translation>Тұлғаны анықтауы мүмкін: {tag}</translation>
    </message>
    <message>
        <source>Camera {field}</source>
        <translation>Камера: {field}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Түсірілген уақыты</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages}, encrypted</source>
        <translation>{pages}, шифрланған</translation>
    </message>
    <message>
        <source>Document {field}</source>
        <translation>Құжат: {field}</translation>
    </message>
    <message>
        <source>Text {field}</source>
        <translation>Мәтін: {field}</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>Ендірілген</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>{path} is not a regular file; only files can be imported</source>
        <translation>{path} — қарапайым файл емес; тек файлдарды импорттауға болады</translation>
    </message>
    <message>
        <source>{size} bytes arrived instead of the {expected} announced; nothing was stored</source>
        <translation>мәлімделген {expected} байттың орнына {size} байт келді; ештеңе сақталған жоқ</translation>
    </message>
    <message>
        <source>the content does not match its expected SHA-256 (altered or incomplete); nothing was stored</source>
        <translation>мазмұны күтілген SHA-256 мәніне сәйкес емес (өзгертілген немесе толық емес); ештеңе сақталған жоқ</translation>
    </message>
    <message>
        <source>{given!r} is not an event of case {case_id} (or is ambiguous)</source>
        <translation>{given!r} — {case_id} ісінің оқиғасы емес (немесе екіұшты)</translation>
    </message>
    <message>
        <source>evidence {id} ({name})</source>
        <translation>{id} дәлелі ({name})</translation>
    </message>
    <message>
        <source>{label}: its encrypted file is missing; run &apos;casebook verify&apos;</source>
        <translation>{label}: оның шифрланған файлы жоқ; «casebook verify» командасын орындаңыз</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз түрдегі</translation>
    </message>
    <message>
        <source>Casebook cannot reliably remove the metadata of {kind} files, so it will not make a &apos;cleaned&apos; copy that might still reveal who, where or when. Cleaning works for JPEG, PNG, WebP, GIF, TIFF and BMP images and for PDF documents.</source>
        <translation>Casebook {kind} файлдарының метадеректерін сенімді түрде жоя алмайды, сондықтан кім, қайда немесе қашан екенін әлі де әшкерелеуі мүмкін «тазартылған» көшірмені жасамайды. Тазарту JPEG, PNG, WebP, GIF, TIFF және BMP суреттері мен PDF құжаттары үшін жұмыс істейді.</translation>
    </message>
    <message>
        <source>this file is too large to clean ({size} MiB; the limit is {limit} MiB)</source>
        <translation>бұл файл тазарту үшін тым үлкен ({size} МиБ; шегі — {limit} МиБ)</translation>
    </message>
    <message>
        <source>this image has several frames (an animation or a multi-page file); Casebook cleans single images only</source>
        <translation>бұл суретте бірнеше кадр бар (анимация немесе көп беттік файл); Casebook тек жеке суреттерді тазартады</translation>
    </message>
    <message>
        <source>this image cannot be decoded, so it cannot be cleaned ({error})</source>
        <translation>бұл сурет ашылмайды, сондықтан оны тазарту мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>metadata remained after cleaning ({kinds})</source>
        <translation>тазартудан кейін метадеректер қалды ({kinds})</translation>
    </message>
    <message>
        <source>this PDF is encrypted; Casebook cannot clean encrypted PDFs</source>
        <translation>бұл PDF шифрланған; Casebook шифрланған PDF файлдарын тазарта алмайды</translation>
    </message>
    <message>
        <source>this PDF cannot be read well enough to clean it ({error})</source>
        <translation>бұл PDF файлын тазартуға жеткілікті дәрежеде оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>this PDF holds JPEG images packed in a way Casebook cannot clean ({filters}); their EXIF data could remain</source>
        <translation>бұл PDF ішіндегі JPEG суреттері Casebook тазарта алмайтындай етіп қапталған ({filters}); олардың EXIF деректері қалып қоюы мүмкін</translation>
    </message>
    <message>
        <source>metadata remained in the PDF after cleaning</source>
        <translation>тазартудан кейін PDF ішінде метадеректер қалды</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>тоқтатылды; файл жазылған жоқ</translation>
    </message>
    <message>
        <source>{label}: cannot be decrypted ({error})</source>
        <translation>{label}: шифрдан шығару мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>{label}: the decrypted file does not match its recorded SHA-256; nothing was exported. Run &apos;casebook verify&apos;</source>
        <translation>{label}: шифрдан шығарылған файл жазылған SHA-256 мәніне сәйкес емес; ештеңе экспортталған жоқ. «casebook verify» командасын орындаңыз</translation>
    </message>
    <message>
        <source>more bytes arrived than the {size} announced; nothing was stored</source>
        <translation>мәлімделген {size} байттан көп дерек келді; ештеңе сақталған жоқ</translation>
    </message>
    <message>
        <source>{item}: the encrypted file cannot be decrypted ({error}); run &apos;casebook verify&apos;</source>
        <translation>{item}: шифрланған файл шифрдан шықпайды ({error}); «casebook verify» командасын орындаңыз</translation>
    </message>
    <message>
        <source>{item}: the decrypted file does not match its recorded size and SHA-256; run &apos;casebook verify&apos;</source>
        <translation>{item}: шифрдан шығарылған файл жазылған өлшем мен SHA-256 мәніне сәйкес емес; «casebook verify» командасын орындаңыз</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path}: the file name must end in .csv or .xlsx</source>
        <translation>{path}: файл аты .csv немесе .xlsx деп аяқталуы керек</translation>
    </message>
    <message>
        <source>unknown sensitivity {level!r}: choose from {choices}</source>
        <translation>белгісіз құпиялық деңгейі {level!r}: мыналардан таңдаңыз {choices}</translation>
    </message>
    <message>
        <source>evidence {id}: not included ({reason})</source>
        <translation>{id} дәлелі: қосылмады ({reason})</translation>
    </message>
    <message>
        <source>the kit needs at least one language</source>
        <translation>жинаққа кемінде бір тіл қажет</translation>
    </message>
    <message>
        <source>no case to export (see --cases and --sensitivity)</source>
        <translation>экспорттайтын іс жоқ (--cases және --sensitivity қараңыз)</translation>
    </message>
    <message>
        <source>unknown language {lang!r}: choose from {choices}</source>
        <translation>белгісіз тіл {lang!r}: мыналардан таңдаңыз {choices}</translation>
    </message>
    <message>
        <source>contains a name that may not appear</source>
        <translation>жариялауға болмайтын есім бар</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>too large to check</source>
        <translation>тексеру үшін тым үлкен</translation>
    </message>
    <message>
        <source>starts with a byte order mark</source>
        <translation>байт реті белгісімен (BOM) басталады</translation>
    </message>
    <message>
        <source>is not UTF-8</source>
        <translation>UTF-8 кодтауында емес</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>жарамсыз CSV ({error})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>has {count} values for {columns} columns</source>
        <translation>мәндер саны: {count}, ал бағандар саны: {columns}</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>the header row should be {expected}</source>
        <translation>тақырып жолы {expected} болуы керек</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>бос мән</translation>
    </message>
    <message>
        <source>a child value before any parent</source>
        <translation>ата-ана мәнінен бұрын еншілес мән тұр</translation>
    </message>
    <message>
        <source>{value!r} is neither a 12-digit ESF code nor &quot;local&quot;</source>
        <translation>{value!r} — 12 таңбалы ESF коды да, «local» белгісі де емес</translation>
    </message>
    <message>
        <source>is not a ZIP file</source>
        <translation>ZIP файлы емес</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>тақырып (title) бос</translation>
    </message>
    <message>
        <source>the column {column!r} appears twice</source>
        <translation>{column!r} бағаны екі рет кездеседі</translation>
    </message>
    <message>
        <source>the column {column!r} is no property</source>
        <translation>{column!r} бағаны үлгінің қасиеті емес</translation>
    </message>
    <message>
        <source>the column {column!r} is in a language the kit does not have</source>
        <translation>{column!r} бағаны жинақта жоқ тілде</translation>
    </message>
    <message>
        <source>the column {column!r} cannot have a language</source>
        <translation>{column!r} бағанының тілі болмайды</translation>
    </message>
    <message>
        <source>there is no title column</source>
        <translation>title бағаны жоқ</translation>
    </message>
    <message>
        <source>mixed language columns for {name!r}: with and without a language</source>
        <translation>{name!r} үшін тіл бағандары аралас: тілмен де, тілсіз де</translation>
    </message>
    <message>
        <source>{name!r} has language columns but none for the default language {lang}</source>
        <translation>{name!r} үшін тіл бағандары бар, бірақ әдепкі {lang} тілінің бағаны жоқ</translation>
    </message>
    <message>
        <source>the attachment {name!r} is not at the root of the ZIP</source>
        <translation>{name!r} тіркемесі ZIP түбірінде жоқ</translation>
    </message>
    <message>
        <source>{value!r} is not lat|lon</source>
        <translation>{value!r} ендік|бойлық (lat|lon) емес</translation>
    </message>
    <message>
        <source>an empty value between separators</source>
        <translation>бөлгіштер арасында бос мән</translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>{value!r} is not a date range (YYYY-MM-DD:YYYY-MM-DD)</source>
        <translation>{value!r} кезең емес (ЖЖЖЖ-АА-КК:ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>{value!r} is not a value of the thesaurus {name!r}</source>
        <translation>{value!r} — {name!r} тезаурусының мәні емес</translation>
    </message>
    <message>
        <source>no {template} is titled {title!r}</source>
        <translation>{title!r} тақырыбы бар {template} жазбасы жоқ</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Detention or arrest</source>
        <translation>Ұстау немесе қамауға алу</translation>
    </message>
    <message>
        <source>Attack on an event</source>
        <translation>Іс-шараға шабуыл</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Айыппұл</translation>
    </message>
    <message>
        <source>Threats or doxxing</source>
        <translation>Қоқан-лоқы немесе доксинг</translation>
    </message>
    <message>
        <source>Venue cancellation</source>
        <translation>Өтетін орыннан бас тарту</translation>
    </message>
    <message>
        <source>add at least one person this happened to</source>
        <translation>бұл оқиға болған кем дегенде бір адамды қосыңыз</translation>
    </message>
    <message>
        <source>the hearing cannot be before the incident</source>
        <translation>сот отырысы оқиғадан бұрын бола алмайды</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} және {b}</translation>
    </message>
    <message>
        <source>{first} and {n} others</source>
        <translation>{first} және тағы {n} адам</translation>
    </message>
    <message>
        <source>{who} detained</source>
        <translation>Ұсталғандар: {who}</translation>
    </message>
    <message>
        <source>Event attacked</source>
        <translation>Іс-шараға шабуыл жасалды</translation>
    </message>
    <message>
        <source>{who} fined</source>
        <translation>Айыппұл салынғандар: {who}</translation>
    </message>
    <message>
        <source>Threats against {who}</source>
        <translation>Қоқан-лоқы: {who}</translation>
    </message>
    <message>
        <source>Venue cancelled</source>
        <translation>Өтетін орын бас тартты</translation>
    </message>
    <message>
        <source>activists</source>
        <translation>белсенділер</translation>
    </message>
    <message>
        <source>{title} in {place}</source>
        <translation>{title} ({place})</translation>
    </message>
    <message>
        <source>Taken to {station}.</source>
        <translation>{station} жеткізілді.</translation>
    </message>
    <message>
        <source>Sentenced to {term} of administrative detention</source>
        <translation>Әкімшілік қамаққа алу тағайындалды: {term}</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <source>under {article}</source>
        <translation>бап бойынша: {article}</translation>
    </message>
    <message>
        <source>Lawyer: {name}.</source>
        <translation>Адвокат: {name}.</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <source>larger than {size} MiB: far too large to be a casebook-case/1 document</source>
        <translation>{size} МиБ-тан үлкен: casebook-case/1 құжаты бола алмайтындай тым үлкен</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>жарамсыз JSON ({line}-жол, {column}-баған: {error})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>not a case: arrays or objects nested too deeply</source>
        <translation>іс емес: массивтер немесе нысандар тым терең салынған</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>мән күтіледі</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>қос тырнақшадағы қасиет атауы күтіледі</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>«,» бөлгіші күтіледі</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>«:» бөлгіші күтіледі</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>артық деректер</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>жабылмаған жол</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>жарамсыз басқару таңбасы</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>жарамсыз escape-тізбегі</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>жарамсыз \uXXXX тізбегі</translation>
    </message>
    <message>
        <source>unknown field(s): {names}</source>
        <translation>белгісіз өрістер: {names}</translation>
    </message>
    <message>
        <source>must be of type {expected}, not {found}</source>
        <translation>түрі {found} емес, {expected} болуы керек</translation>
    </message>
    <message>
        <source>lacks the required field {name}</source>
        <translation>міндетті {name} өрісі жоқ</translation>
    </message>
    <message>
        <source>must be {expected!r}</source>
        <translation>мәні {expected!r} болуы керек</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>{value!r} does not have the expected form</source>
        <translation>{value!r} күтілген түрде емес</translation>
    </message>
    <message>
        <source>must name at least one language</source>
        <translation>кемінде бір тілді қамтуы керек</translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 639-1 language code</source>
        <translation>{code!r} — ISO 639-1 тіл коды емес</translation>
    </message>
    <message>
        <source>lacks the text in the case&apos;s language {lang!r}</source>
        <translation>іс тіліндегі мәтін жоқ {lang!r}</translation>
    </message>
    <message>
        <source>{path!r} names no language version here</source>
        <translation>{path!r} бұл құжаттағы ешбір тілдік нұсқаны көрсетпейді</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>объект болуы керек (қазір: {kind})</translation>
    </message>
    <message>
        <source>must be a string, not {kind}</source>
        <translation>жол болуы керек (қазір: {kind})</translation>
    </message>
    <message>
        <source>must be a string or an object of texts by language, not {kind}</source>
        <translation>жол немесе тілдер бойынша мәтіндер нысаны болуы керек, {kind} емес</translation>
    </message>
    <message>
        <source>must be an array of strings, not {kind}</source>
        <translation>жолдар жиымы болуы керек (қазір: {kind})</translation>
    </message>
    <message>
        <source>must be an array, not {kind}</source>
        <translation>жиым болуы керек (қазір: {kind})</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>жиым</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логикалық мән</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>is not a field of casebook-case/1</source>
        <translation>casebook-case/1 өрісі емес</translation>
    </message>
    <message>
        <source>must be {expected!r}, not {found!r}</source>
        <translation>{found!r} емес, {expected!r} болуы керек</translation>
    </message>
    <message>
        <source>{ref!r} is used twice</source>
        <translation>{ref!r} екі рет қолданылған</translation>
    </message>
    <message>
        <source>{ref!r} names no person or organisation of this case</source>
        <translation>{ref!r} осы істегі ешбір адамды немесе ұйымды көрсетпейді</translation>
    </message>
    <message>
        <source>must be a UUID such as {example}, not {found!r}</source>
        <translation>{example} сияқты UUID болуы керек, {found!r} емес</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>true, false немесе null болуы керек</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>0-ден {max}-ге дейінгі бүтін күн саны болуы керек</translation>
    </message>
    <message>
        <source>{id!r} names no event of this case</source>
        <translation>{id!r} бұл істің ешбір оқиғасын көрсетпейді</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>UUID болуы керек</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>міндетті</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <source>arrays or objects nested too deeply (more than {depth} levels)</source>
        <translation>массивтер немесе объектілер тым терең салынған ({depth} деңгейден көп)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>тым терең салынған</translation>
    </message>
    <message>
        <source>a number of {digits} digits (at most {limit})</source>
        <translation>{digits} цифрлы сан (ең көбі {limit})</translation>
    </message>
    <message>
        <source>text with a lone surrogate (\ud800-\udfff), which is no character</source>
        <translation>жалғыз суррогаты бар мәтін (\ud800-\udfff), ол таңба емес</translation>
    </message>
</context>
<context>
    <name>oserror</name>
    <message>
        <source>no such file or directory</source>
        <translation>мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>әрекетке рұқсат етілмеген</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>бұл қалта</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>бұл қалта емес</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>бұрыннан бар</translation>
    </message>
    <message>
        <source>directory not empty</source>
        <translation>қалта бос емес</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>құрылғыда бос орын қалмады</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>файлдық жүйе тек оқуға арналған</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>енгізу-шығару қатесі</translation>
    </message>
</context>
<context>
    <name>outreach</name>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD</source>
        <translation>{text!r} ЖЖЖЖ-АА-КК (YYYY-MM-DD) түріндегі күн емес</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the calendar</source>
        <translation>{text!r} күнтізбеде мұндай күн жоқ</translation>
    </message>
    <message>
        <source>{days}-day detention ends {date}: check release</source>
        <translation>{days} тәулікке қамау {date} күні аяқталады: босатылғанын тексеріңіз</translation>
    </message>
    <message>
        <source>follow up on {reference} sent to {addressee} on {sent}</source>
        <translation>{sent} күні {addressee} адресатына жіберілген {reference} бойынша қайта жүгіну</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>нысан болуы керек</translation>
    </message>
    <message>
        <source>is not a field of an addressee</source>
        <translation>адресаттың өрісі емес</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>жол болуы керек</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>must be a two-letter language code</source>
        <translation>екі әріпті тіл коды болуы керек</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>файл 4 МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>not JSON: {reason}</source>
        <translation>JSON емес: {reason}</translation>
    </message>
    <message>
        <source>must be an array of addressees</source>
        <translation>адресаттар жиымы болуы керек</translation>
    </message>
    <message>
        <source>{name!r} is named twice</source>
        <translation>{name!r} екі рет көрсетілген</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>is before the day it was sent</source>
        <translation>жіберілген күннен бұрын</translation>
    </message>
    <message>
        <source>that evidence item is not of this case</source>
        <translation>бұл дәлел осы іске жатпайды</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <source>give the partner a name</source>
        <translation>серіктеске атау беріңіз</translation>
    </message>
    <message>
        <source>the partner&apos;s name is too long (200 characters at most)</source>
        <translation>серіктестің атауы тым ұзын (ең көбі 200 таңба)</translation>
    </message>
    <message>
        <source>a partner&apos;s name cannot start with &apos;age1&apos; (recipients begin so)</source>
        <translation>серіктестің атауы «age1» деп басталмауы керек (age алушылары осылай басталады)</translation>
    </message>
    <message>
        <source>the fingerprint does not match this card; do not use it before you have found out why (nothing was saved)</source>
        <translation>саусақ ізі бұл карточкаға сәйкес емес; себебін анықтамайынша оны қолданбаңыз (ештеңе сақталған жоқ)</translation>
    </message>
    <message>
        <source>that is this vault&apos;s own card</source>
        <translation>бұл осы қойманың өз карточкасы</translation>
    </message>
    <message>
        <source>a partner named {name!r} or with this card already exists</source>
        <translation>{name!r} атаулы немесе осы карточкасы бар серіктес бұрыннан бар</translation>
    </message>
    <message>
        <source>there is already a partner named {name!r}</source>
        <translation>{name!r} атаулы серіктес бұрыннан бар</translation>
    </message>
    <message>
        <source>this card is already stored as partner {name!r}</source>
        <translation>бұл карточка {name!r} серіктесі ретінде бұрыннан сақталған</translation>
    </message>
    <message>
        <source>no partner named {name!r} (see &apos;casebook partner list&apos;)</source>
        <translation>{name!r} атаулы серіктес жоқ («casebook partner list» қараңыз)</translation>
    </message>
    <message>
        <source>the fingerprint does not match the card of {name!r}</source>
        <translation>саусақ ізі {name!r} карточкасына сәйкес емес</translation>
    </message>
    <message>
        <source>{text!r} is not a valid age recipient</source>
        <translation>{text!r} — жарамсыз age алушысы</translation>
    </message>
    <message>
        <source>this is not a Casebook key rotation notice</source>
        <translation>бұл Casebook кілт ауыстыру туралы хабарламасы емес</translation>
    </message>
    <message>
        <source>the rotation notice has a damaged signature</source>
        <translation>кілт ауыстыру туралы хабарламадағы қолтаңба бүлінген</translation>
    </message>
    <message>
        <source>no partner has the old card this rotation notice names</source>
        <translation>хабарламада аталған ескі карточка ешбір серіктесте жоқ</translation>
    </message>
    <message>
        <source>the rotation notice is not signed by both the old and the new key; the card of {name!r} stays as it was</source>
        <translation>кілт ауыстыру туралы хабарламаға ескі кілт пен жаңа кілттің екеуі де қол қоймаған; {name!r} карточкасы өзгерген жоқ</translation>
    </message>
    <message>
        <source>the new card already belongs to a partner</source>
        <translation>жаңа карточка бір серіктеске тиесілі</translation>
    </message>
    <message>
        <source>the contact card is not an object</source>
        <translation>байланыс карточкасы объект емес</translation>
    </message>
    <message>
        <source>the contact card has no valid organisation name</source>
        <translation>байланыс карточкасында жарамды ұйым атауы жоқ</translation>
    </message>
    <message>
        <source>the contact card has no age recipient</source>
        <translation>байланыс карточкасында age алушысы жоқ</translation>
    </message>
    <message>
        <source>the contact card&apos;s age recipient is not valid</source>
        <translation>байланыс карточкасындағы age алушысы жарамсыз</translation>
    </message>
    <message>
        <source>the contact card&apos;s signing key is not 64 hexadecimal digits</source>
        <translation>байланыс карточкасындағы қолтаңба кілті 64 оналтылық цифрдан тұрмайды</translation>
    </message>
    <message>
        <source>the contact card&apos;s signing key is not valid</source>
        <translation>байланыс карточкасындағы қолтаңба кілті жарамсыз</translation>
    </message>
    <message>
        <source>that is far too long to be a contact card</source>
        <translation>бұл байланыс карточкасы болу үшін тым ұзын</translation>
    </message>
    <message>
        <source>no contact card found: a card starts with {prefix!r}</source>
        <translation>байланыс карточкасы табылмады: карточка {prefix!r} деп басталады</translation>
    </message>
    <message>
        <source>more than one contact card found; give one</source>
        <translation>бірнеше байланыс карточкасы табылды; біреуін беріңіз</translation>
    </message>
    <message>
        <source>the contact card is too long</source>
        <translation>байланыс карточкасы тым ұзын</translation>
    </message>
    <message>
        <source>the contact card is damaged (it may have been cut when copied)</source>
        <translation>байланыс карточкасы бүлінген (көшіргенде қиылып қалған болуы мүмкін)</translation>
    </message>
    <message>
        <source>the rotation notice is damaged</source>
        <translation>кілт ауысымы туралы хабарлама бүлінген</translation>
    </message>
    <message>
        <source>the rotation notice is not signed by both the old and the new key; do not use it</source>
        <translation>кілт ауысымы туралы хабарламаға ескі кілт те, жаңа кілт те қол қоймаған; оны қолданбаңыз</translation>
    </message>
    <message>
        <source>this rotation notice was imported already</source>
        <translation>кілт ауысымы туралы бұл хабарлама бұрын импортталған</translation>
    </message>
    <message>
        <source>no partner has the old card of this rotation notice</source>
        <translation>ешбір серіктесте осы хабарламадағы ескі карточка жоқ</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>less than a second</source>
        <translation>бір секундтан аз</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунд</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n сағат</numerusform>
            <numerusform>%n сағат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>ғасырлар</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>One or two words with digits or signs added are easy to guess.</source>
        <translation>Цифрлар не белгілер қосылған бір-екі сөзді табу оңай.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Кемінде {count} таңба қолданыңыз.</translation>
    </message>
    <message>
        <source>Typed on the keyboard, this is an easy pattern or a common word.</source>
        <translation>Пернетақтада бұл оңай өрнек немесе жиі кездесетін сөз.</translation>
    </message>
    <message>
        <source>With a Russian or Kazakh layout, these keys type a common word.</source>
        <translation>Орыс немесе қазақ пернетақтасында бұл пернелер жиі кездесетін сөзді тереді.</translation>
    </message>
    <message>
        <source>Written in Latin letters, this is a common word or name.</source>
        <translation>Латын әріптерімен бұл жиі кездесетін сөз немесе есім.</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess: {advice} Try four or five unrelated words.</source>
        <translation>бұл құпия фразаны табу тым оңай: {advice} Бір-бірімен байланыссыз төрт-бес сөзді қолданып көріңіз.</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess. Try four or five unrelated words.</source>
        <translation>бұл құпия фразаны табу тым оңай. Бір-бірімен байланыссыз төрт-бес сөзді қолданып көріңіз.</translation>
    </message>
    <message>
        <source>no word list for {lang!r}; choose one of {langs}</source>
        <translation>{lang!r} үшін сөз тізімі жоқ; мыналардың бірін таңдаңыз: {langs}</translation>
    </message>
    <message>
        <source>a generated passphrase has {low} to 40 words, not {n}</source>
        <translation>жасалған құпия фразада {low}-ден 40-қа дейін сөз болады, {n} емес</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one</source>
        <translation>жаңа құпия фраза қазіргісімен бірдей</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>no evidence item of this vault refers to {name}; restore the database it belongs to first (from the newest backup), or purge it</source>
        <translation>бұл қойманың ешбір дәлелі {name} файлына сілтемейді; алдымен ол тиесілі дерекқорды (ең жаңа сақтық көшірмеден) қалпына келтіріңіз немесе оны өшіріңіз</translation>
    </message>
    <message>
        <source>evidence/{name} already exists; the quarantined copy was left where it is</source>
        <translation>evidence/{name} бұрыннан бар; карантиндегі көшірме орнында қалдырылды</translation>
    </message>
    <message>
        <source>no file {name} in quarantine</source>
        <translation>карантинде {name} файлы жоқ</translation>
    </message>
    <message>
        <source>quarantine/{name}: an evidence file without a database row, kept encrypted; restore or purge it with &apos;casebook evidence quarantine&apos;</source>
        <translation>quarantine/{name}: дерекқорда жазбасы жоқ дәлел файлы, шифрланған күйде сақталған; оны &apos;casebook evidence quarantine&apos; командасымен қайтарыңыз немесе өшіріңіз</translation>
    </message>
</context>
<context>
    <name>rekey</name>
    <message>
        <source>Backups made before now still open with the old passphrase and the old recovery key: destroy them, or keep them apart from this vault. The next backup to your backup folder is a full one under the new keys.</source>
        <translation>Осы сәтке дейін жасалған сақтық көшірмелер әлі де ескі құпия фразамен және ескі қалпына келтіру кілтімен ашылады: оларды жойыңыз немесе осы қоймадан бөлек сақтаңыз. Сақтық көшірме қалтаңызға келесі көшірме жаңа кілттермен толық жасалады.</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>missing resource: {name} (the installation is incomplete)</source>
        <translation>ресурс табылмады: {name} (орнатылым толық емес)</translation>
    </message>
    <message>
        <source>the bundled font {name} could not be loaded</source>
        <translation>кірістірілген {name} қарпі жүктелмеді</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>starting Qt widgets</source>
        <translation>Qt виджеттерін іске қосу</translation>
    </message>
    <message>
        <source>no open vault (an earlier step did not finish)</source>
        <translation>ашық қойма жоқ (алдыңғы қадам аяқталмады)</translation>
    </message>
    <message>
        <source>selftest: {passed} passed, {failed} failed, {skipped} skipped</source>
        <translation>өзін-өзі тексеру: сәтті — {passed}, қатемен — {failed}, өткізілді — {skipped}</translation>
    </message>
    <message>
        <source>ok: {what}</source>
        <translation>ок: {what}</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>өткізілді: {reason}</translation>
    </message>
    <message>
        <source>failed: {step}: {kind}: {message}</source>
        <translation>қате: {step}: {kind}: {message}</translation>
    </message>
    <message>
        <source>closing the vault</source>
        <translation>қойманы жабу</translation>
    </message>
    <message>
        <source>failed: removing the temporary directory {path}: {reason}</source>
        <translation>қате: {path} уақытша қалтасын жою: {reason}</translation>
    </message>
    <message>
        <source>ok: removed the temporary directory and everything in it</source>
        <translation>ок: уақытша қалта ішіндегінің бәрімен бірге жойылды</translation>
    </message>
    <message>
        <source>evidence store not available in this build</source>
        <translation>бұл жинақта дәлелдер қоймасы жоқ</translation>
    </message>
    <message>
        <source>PDF appeals not available in this build</source>
        <translation>бұл жинақта PDF үндеулері жоқ</translation>
    </message>
    <message>
        <source>the SQLite library here is not SQLCipher</source>
        <translation>мұндағы SQLite кітапханасы SQLCipher емес</translation>
    </message>
    <message>
        <source>age (pyrage) did not give back what it encrypted</source>
        <translation>age (pyrage) шифрлағанын өзгеріссіз қайтармады</translation>
    </message>
    <message>
        <source>frozen build</source>
        <translation>жиналған қолданба</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>бастапқы кодтан</translation>
    </message>
    <message>
        <source>native parts load ({build}): SQLCipher {sqlcipher}, {openssl}, age encryption round trip (pyrage)</source>
        <translation>машиналық құрамдас бөліктер жүктеледі ({build}): SQLCipher {sqlcipher}, {openssl}, age арқылы шифрлау және кері шифрдан шығару (pyrage)</translation>
    </message>
    <message>
        <source>country names are not translated (pycountry data): {names}</source>
        <translation>елдердің атаулары аударылмаған (pycountry деректері): {names}</translation>
    </message>
    <message>
        <source>resources in {path}; country names in Kazakh and Russian ({example})</source>
        <translation>ресурстар {path} ішінде; елдердің атаулары қазақ және орыс тілдерінде ({example})</translation>
    </message>
    <message>
        <source>created a vault in a temporary directory (Argon2id {mib} MiB, {passes} passes: the floor users get at the least)</source>
        <translation>уақытша қалтада қойма жасалды (Argon2id {mib} МиБ, {passes} өту: пайдаланушыларға берілетін ең төменгі деңгей)</translation>
    </message>
    <message>
        <source>locked it and unlocked it with the passphrase, then with the recovery key</source>
        <translation>қойма құлыпталып, құпия фразамен, содан кейін қалпына келтіру кілтімен ашылды</translation>
    </message>
    <message>
        <source>the stored case differs from the imported one</source>
        <translation>сақталған іс импортталған істен өзгеше</translation>
    </message>
    <message>
        <source>imported a case from JSON (casebook-case/1, checked against its JSON Schema)</source>
        <translation>іс JSON-нан импортталды (casebook-case/1, JSON Schema бойынша тексерілді)</translation>
    </message>
    <message>
        <source>searching for {word!r} did not find the case</source>
        <translation>{word!r} бойынша іздеу істі таппады</translation>
    </message>
    <message>
        <source>full-text search finds the case by a Kazakh word in capitals ({word})</source>
        <translation>толық мәтіндік іздеу істі бас әріптермен жазылған қазақ сөзі бойынша табады ({word})</translation>
    </message>
    <message>
        <source>stored as {media_type}, SHA-256 {sha}…</source>
        <translation>{media_type} ретінде сақталды, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>the evidence decrypted from the vault differs from the file</source>
        <translation>қоймадан шифрдан шығарылған дәлел файлдан өзгеше</translation>
    </message>
    <message>
        <source>the custody log starts with {first}, not &apos;imported&apos;</source>
        <translation>сақтау журналы «imported» емес, {first} жазбасынан басталады</translation>
    </message>
    <message>
        <source>added evidence (a JPEG photo, SHA-256 {sha}…), decrypted it back unchanged; custody log: {actions}</source>
        <translation>дәлел қосылды (JPEG фотосы, SHA-256 {sha}…), кері шифрдан өзгеріссіз шығарылды; сақтау журналы: {actions}</translation>
    </message>
    <message>
        <source>the appeal came out in {lang!r}, not Kazakh</source>
        <translation>үндеу қазақ тілінде емес, {lang!r} тілінде шықты</translation>
    </message>
    <message>
        <source>{name} is not the PDF the vault recorded</source>
        <translation>{name} — қоймада жазылған PDF емес</translation>
    </message>
    <message>
        <source>the PDF&apos;s text lacks {words} (fonts or Kazakh letters)</source>
        <translation>PDF мәтінінде {words} жоқ (қаріптер немесе қазақ әріптері)</translation>
    </message>
    <message>
        <source>the DOCX rendering of the appeal lacks the name</source>
        <translation>үндеудің DOCX нұсқасында есім жоқ</translation>
    </message>
    <message>
        <source>exported a PDF appeal in Kazakh ({kib} KiB, reference {reference}); its text has the Kazakh letters and the name; DOCX too</source>
        <translation>қазақ тіліндегі PDF үндеу экспортталды ({kib} КиБ, нөмірі {reference}); мәтінінде қазақ әріптері мен есім бар; DOCX-та да</translation>
    </message>
    <message>
        <source>casebook verify finds no problem in the vault</source>
        <translation>casebook verify қоймадан ешқандай қате таппайды</translation>
    </message>
    <message>
        <source>{name} is an unencrypted SQLite database</source>
        <translation>{name} — шифрланбаған SQLite дерекқоры</translation>
    </message>
    <message>
        <source>{name} holds case text in the clear</source>
        <translation>{name} ішінде іс мәтіні ашық түрде тұр</translation>
    </message>
    <message>
        <source>no file in the vault holds case text in the clear, the database is encrypted</source>
        <translation>қойманың ешбір файлында іс мәтіні ашық түрде жоқ, дерекқор шифрланған</translation>
    </message>
    <message>
        <source>the Russian dictionary (pymorphy3) is missing</source>
        <translation>орыс тілінің сөздігі (pymorphy3) жоқ</translation>
    </message>
    <message>
        <source>the name matcher missed a name: {text}</source>
        <translation>есімдерді іздеу бір есімді өткізіп алды: {text}</translation>
    </message>
    <message>
        <source>names found across scripts and word forms (Russian dictionary loaded)</source>
        <translation>есімдер кез келген әліпбиде және сөздің кез келген түрінде табылады (орыс сөздігі жүктелді)</translation>
    </message>
    <message>
        <source>loading the native parts</source>
        <translation>машиналық құрамдас бөліктерді жүктеу</translation>
    </message>
    <message>
        <source>finding the bundled data</source>
        <translation>кірістірілген деректерді табу</translation>
    </message>
    <message>
        <source>creating a vault</source>
        <translation>қойма жасау</translation>
    </message>
    <message>
        <source>locking and unlocking the vault</source>
        <translation>қойманы құлыптау және ашу</translation>
    </message>
    <message>
        <source>importing a case from JSON</source>
        <translation>істі JSON-нан импорттау</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>matching names across scripts</source>
        <translation>әртүрлі әліпбилердегі есімдерді іздеу</translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation>дәлел қосу</translation>
    </message>
    <message>
        <source>exporting a PDF appeal in Kazakh</source>
        <translation>қазақ тіліндегі PDF үндеуді экспорттау</translation>
    </message>
    <message>
        <source>verifying the vault</source>
        <translation>қойманы тексеру</translation>
    </message>
    <message>
        <source>checking that nothing in the vault is readable</source>
        <translation>қоймада ештеңе оқылмайтынын тексеру</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>individual</source>
        <translation>жеке тұлға</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>cannot count by {name!r}: choose from {choices}</source>
        <translation>{name!r} бойынша санауға болмайды: мыналардан таңдаңыз {choices}</translation>
    </message>
    <message>
        <source>--by needs at least one of {choices}</source>
        <translation>--by үшін мыналардың кемінде біреуі керек: {choices}</translation>
    </message>
    <message>
        <source>the span ends ({end}) before it starts ({start})</source>
        <translation>кезең басталмай ({start}) тұрып аяқталады ({end})</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>title</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>location</source>
        <translation>орналасқан жері</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>жағдай туралы</translation>
    </message>
    <message>
        <source>background</source>
        <translation>алғышарттар</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>талап</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөлі</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профилі</translation>
    </message>
    <message>
        <source>anonymous description</source>
        <translation>жасырын сипаттама</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>demand {n}</source>
        <translation>{n}-талап</translation>
    </message>
    <message>
        <source>event {date}: {field}</source>
        <translation>{date} оқиғасы: {field}</translation>
    </message>
    <message>
        <source>person {n}: {field}</source>
        <translation>{n}-адам: {field}</translation>
    </message>
    <message>
        <source>organisation {n}: {field}</source>
        <translation>{n}-ұйым: {field}</translation>
    </message>
    <message>
        <source>evidence {n}: description</source>
        <translation>{n}-дәлел: сипаттамасы</translation>
    </message>
    <message>
        <source>{key!r} is not a text of this case; its texts are: {known}</source>
        <translation>{key!r} — бұл істің мәтіні емес; оның мәтіндері: {known}</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <source>encrypt the travel file to the recovery key or to a partner</source>
        <translation>сапар файлын қалпына келтіру кілтімен немесе серіктес үшін шифрлаңыз</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>{file} is encrypted: give the recovery key (a file encrypted to a partner is decrypted by the partner with &apos;age -d&apos; first)</source>
        <translation>{file} шифрланған: қалпына келтіру кілтін беріңіз (серіктес үшін шифрланған файлдың шифрын алдымен серіктес «age -d» арқылы ашады)</translation>
    </message>
    <message>
        <source>the recovery key does not open {file}</source>
        <translation>қалпына келтіру кілті {file} файлын ашпайды</translation>
    </message>
    <message>
        <source>{file} is not a Casebook travel file</source>
        <translation>{file} — Casebook сапар файлы емес</translation>
    </message>
    <message>
        <source>{file} is damaged; nothing was changed</source>
        <translation>{file} зақымдалған; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>{path} has no vault database; nothing was changed</source>
        <translation>{path} ішінде қойма дерекқоры жоқ; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>this travel file belongs to another vault; nothing was changed</source>
        <translation>бұл сапар файлы басқа қоймаға тиесілі; ештеңе өзгертілген жоқ</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} мыналардың бірі емес: {allowed}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>міндетті өріс</translation>
    </message>
    <message numerus="yes">
        <source>is too long (%n characters, at most {limit})</source>
        <translation>
            <numerusform>тым ұзын (%n таңба, ең көбі {limit} болуы керек)</numerusform>
            <numerusform>тым ұзын (%n таңба, ең көбі {limit} болуы керек)</numerusform>
        </translation>
    </message>
    <message>
        <source>a person needs a name or a pseudonym</source>
        <translation>адамның аты немесе бүркеншік аты болуы керек</translation>
    </message>
    <message>
        <source>consent is &apos;pseudonym&apos; but none is given</source>
        <translation>келісім — «бүркеншік ат», бірақ бүркеншік ат көрсетілмеген</translation>
    </message>
    <message>
        <source>{time!r} is not a time like 14:30</source>
        <translation>{time!r} — 14:30 түріндегі уақыт емес</translation>
    </message>
    <message>
        <source>{ref!r} is no person or organisation</source>
        <translation>{ref!r} — адам да, ұйым да емес</translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 3166 country code</source>
        <translation>{code!r} — ISO 3166 ел коды емес</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>екі рет қолданылған</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>белгісіз өріс</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>мәтін болуы керек (қазір: {kind})</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>тізім болуы керек</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>объект болуы керек</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>no evidence item with id {id!r}</source>
        <translation>{id!r} идентификаторы бар дәлел жоқ</translation>
    </message>
    <message>
        <source>case id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>іс идентификаторының басы {prefix!r} екіұшты; көбірек таңба көрсетіңіз</translation>
    </message>
    <message>
        <source>no case with id {id!r}</source>
        <translation>{id!r} идентификаторы бар іс жоқ</translation>
    </message>
    <message>
        <source>evidence id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>дәлел идентификаторының басы {prefix!r} екіұшты; көбірек таңба көрсетіңіз</translation>
    </message>
    <message>
        <source>no appeal with id {id!r}</source>
        <translation>{id!r} идентификаторы бар үндеу жоқ</translation>
    </message>
    <message>
        <source>appeal id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>үндеу идентификаторының басы {prefix!r} екіұшты; көбірек таңба көрсетіңіз</translation>
    </message>
    <message>
        <source>the vault database cannot be read ({error}); run &apos;casebook verify&apos; or restore from a backup</source>
        <translation>қойманың дерекқоры оқылмайды ({error}); «casebook verify» командасын орындаңыз немесе сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>this vault was written by a newer Casebook (schema {schema}); update Casebook</source>
        <translation>бұл қойманы Casebook-тың жаңарақ нұсқасы жазған ({schema} схемасы); Casebook-ты жаңартыңыз</translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation>дерекқор: {problem}</translation>
    </message>
    <message>
        <source>broken reference in table {table}</source>
        <translation>{table} кестесінде бұзылған сілтеме</translation>
    </message>
    <message>
        <source>database: cannot be read ({error})</source>
        <translation>дерекқор: оқылмайды ({error})</translation>
    </message>
    <message>
        <source>that is not a recovery key: it has 32 letters and digits in groups of four</source>
        <translation>бұл қалпына келтіру кілті емес: онда төрттен топталған 32 әріп пен цифр болады</translation>
    </message>
    <message>
        <source>the vault header is too large to be a Casebook header</source>
        <translation>қойма тақырыпшасы Casebook тақырыпшасы болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>the vault header is damaged (its sealed part)</source>
        <translation>қойма тақырыбы зақымдалған (оның мөрленген бөлігі)</translation>
    </message>
    <message>
        <source>the vault header is damaged (truncated or altered); restore it from a backup</source>
        <translation>қойма тақырыпшасы бүлінген (қысқартылған немесе өзгертілген); оны сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>this directory is not a Casebook vault (unknown header)</source>
        <translation>бұл қалта Casebook қоймасы емес (белгісіз тақырыпша)</translation>
    </message>
    <message>
        <source>the vault header has version {found!r}; this Casebook reads version {known}</source>
        <translation>қойма тақырыпшасының нұсқасы {found!r}; Casebook-тың бұл нұсқасы {known} нұсқасын оқиды</translation>
    </message>
    <message>
        <source>the vault header is damaged (checksum mismatch)</source>
        <translation>қойма тақырыпшасы бүлінген (бақылау сомасы сәйкес емес)</translation>
    </message>
    <message>
        <source>the vault header has a malformed key slot</source>
        <translation>қойма тақырыпшасындағы кілт ұясы бүлінген</translation>
    </message>
    <message>
        <source>the vault header has no {kind} slot</source>
        <translation>қойма тақырыпшасында {kind} ұясы жоқ</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no header)</source>
        <translation>{path} — Casebook қоймасы емес (тақырыпшасы жоқ)</translation>
    </message>
    <message>
        <source>unknown key derivation {name!r} in the vault header</source>
        <translation>қойма тақырыпшасында кілт шығарудың белгісіз әдісі: {name!r}</translation>
    </message>
    <message>
        <source>the vault header has malformed key derivation parameters</source>
        <translation>қойма тақырыпшасындағы кілт шығару параметрлері бүлінген</translation>
    </message>
    <message>
        <source>the vault header asks for key derivation parameters beyond the safe limits</source>
        <translation>қойма тақырыпшасы қауіпсіз шектен тыс кілт шығару параметрлерін талап етеді</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>құпия фраза қате</translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation>қалпына келтіру кілті қате</translation>
    </message>
    <message>
        <source>this backup was interrupted while it was written, and its previous state could not be put back ({error}); open it where it can be written</source>
        <translation>бұл сақтық көшірменің жазылуы үзілді, оның бұрынғы күйін қайтару мүмкін болмады ({error}); оны жазуға болатын жерде ашыңыз</translation>
    </message>
    <message>
        <source>this vault must be upgraded before use, which a read-only opening cannot do; restore the newest backup instead</source>
        <translation>бұл қойманы қолданар алдында жаңарту керек, ал тек оқу үшін ашқанда бұл мүмкін емес; оның орнына ең жаңа сақтық көшірмені қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>refusing to export into the vault directory; choose a place outside it</source>
        <translation>қойма қалтасына экспорттауға болмайды; одан тыс орын таңдаңыз</translation>
    </message>
    <message>
        <source>{path} already holds a vault</source>
        <translation>{path} ішінде қойма бұрыннан бар</translation>
    </message>
    <message>
        <source>{path} is not empty; choose an empty or new directory</source>
        <translation>{path} қалтасы бос емес; бос немесе жаңа қалта таңдаңыз</translation>
    </message>
    <message>
        <source>{path} has a header but no database ({name} is missing)</source>
        <translation>{path} ішінде тақырыпша бар, бірақ дерекқор жоқ ({name} жоқ)</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>қойма құлыптаулы</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no such directory)</source>
        <translation>{path} — Casebook қоймасы емес (мұндай қалта жоқ)</translation>
    </message>
    <message>
        <source>{path} is empty: the vault&apos;s database was lost (cut short by a crash or an incomplete copy); nothing was changed. Restore it from a backup</source>
        <translation>{path} бос: қойманың дерекқоры жоғалған (ақаулық немесе толық емес көшіру кезінде қысқартылған); ештеңе өзгертілмеді. Оны сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>no outreach entry with id {id!r}</source>
        <translation>id {id!r} жіберілім жазбасы жоқ</translation>
    </message>
    <message>
        <source>outreach entry id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>жіберілім жазбасы id-інің басы {prefix!r} бірмәнді емес; көбірек таңба беріңіз</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the passphrase</source>
        <translation>мәжбүрлеу кезіндегі құпия фраза құпия фразадан өзгеше болуы керек</translation>
    </message>
    <message>
        <source>the number of attempts must be one of {choices}</source>
        <translation>әрекет саны мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>the new passphrase is the duress passphrase; choose another</source>
        <translation>жаңа құпия фраза мәжбүрлеу фразасымен бірдей; басқасын таңдаңыз</translation>
    </message>
    <message>
        <source>the vault is open read-only; nothing can be changed</source>
        <translation>қойма тек оқу үшін ашылған; ештеңені өзгертуге болмайды</translation>
    </message>
    <message>
        <source>the generation recorded in the vault header does not match this vault&apos;s key (the header was altered or belongs to another copy); nothing was changed</source>
        <translation>қойма тақырыбында жазылған буын осы қойманың кілтіне сәйкес келмейді (тақырып өзгертілген немесе басқа көшірмеге тиесілі); ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>the vault header has lost its generation record: it was replaced by an older or altered copy. Nothing was changed or deleted. You can open the vault read-only to look at it, or restore the newest backup</source>
        <translation>қойма тақырыбында буын жазбасы жоғалған: ол ескірек немесе өзгертілген көшірмемен ауыстырылған. Ештеңе өзгертілмеді және өшірілмеді. Қойманы қарау үшін тек оқуға ашуға немесе ең жаңа сақтық көшірмені қалпына келтіруге болады</translation>
    </message>
    <message>
        <source>the vault database is older than its header (generation {db} of {header}): it may have been replaced with an old copy. Nothing was changed or deleted. You can open the vault read-only to look at it, or restore the newest backup</source>
        <translation>қойманың дерекқоры оның тақырыбынан ескі (буын {db}, тақырыпта {header}): оны ескі көшірмемен ауыстырған болуы мүмкін. Ештеңе өзгертілмеді және өшірілмеді. Қойманы қарау үшін тек оқуға ашуға немесе ең жаңа сақтық көшірмені қалпына келтіруге болады</translation>
    </message>
    <message>
        <source>the first page of the database does not decrypt</source>
        <translation>дерекқордың бірінші беті шифрдан шықпайды</translation>
    </message>
    <message>
        <source>the keys of this vault are being replaced right now; wait until that has finished, then open it again</source>
        <translation>бұл қойманың кілттері дәл қазір ауыстырылуда; аяқталғанын күтіп, қайта ашыңыз</translation>
    </message>
    <message>
        <source>the keys of this vault are already being replaced</source>
        <translation>бұл қойманың кілттері қазір ауыстырылып жатыр</translation>
    </message>
    <message>
        <source>key replacement cancelled; the old keys stay</source>
        <translation>кілттерді ауыстыру тоқтатылды; ескі кілттер қалады</translation>
    </message>
    <message>
        <source>the database could not be copied under the new key ({error})</source>
        <translation>дерекқорды жаңа кілтпен көшіру мүмкін болмады ({error})</translation>
    </message>
    <message>
        <source>the vault is older than the newest state this computer has seen of it (generation {db} of {newest}): it may have been put back from an old copy. Nothing was changed or deleted. You can open the vault read-only to look at it, or restore the newest backup</source>
        <translation>қойма осы компьютер көрген ең жаңа күйінен ескі (буын {db}, ең жаңасы {newest}): оны ескі көшірмеден қайтарған болуы мүмкін. Ештеңе өзгертілмеді және өшірілмеді. Қойманы қарау үшін тек оқуға ашуға немесе ең жаңа сақтық көшірмені қалпына келтіруге болады</translation>
    </message>
    <message>
        <source>{path}: this drive cannot hold an unfinished file safely, and the vault is open read-only, so it cannot note one to remove after a crash. Export to a folder on this computer&apos;s own disk</source>
        <translation>{path}: бұл дискіде аяқталмаған файлды қауіпсіз ұстау мүмкін емес, ал қойма тек оқуға ашық, сондықтан ақаудан кейін өшіру үшін оны белгілей алмайды. Осы компьютердің өз дискісіндегі қалтаға экспорттаңыз</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>evidence files and custody logs</source>
        <translation>дәлел файлдары мен сақтау журналдары</translation>
    </message>
    <message>
        <source>header: {problem}</source>
        <translation>тақырыпша: {problem}</translation>
    </message>
    <message>
        <source>every page decrypted, deleted data wiped</source>
        <translation>әр бет шифрдан шығарылды, өшірілген деректер тазартылған</translation>
    </message>
    <message>
        <source>database page {number}: does not decrypt (altered or damaged)</source>
        <translation>дерекқор беті {number}: шифрдан шықпайды (өзгертілген немесе бүлінген)</translation>
    </message>
    <message>
        <source>database pages {numbers}: deleted data is not wiped; run &apos;casebook compact&apos;</source>
        <translation>дерекқор беттері {numbers}: өшірілген деректер тазартылмаған; &apos;casebook compact&apos; іске қосыңыз</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Бірнеше сөз қолданыңыз, жиі кездесетін тіркестерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Таңбалар, цифрлар немесе бас әріптер міндетті емес.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Тағы бір-екі сөз қосыңыз. Сирек сөздер жақсырақ.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Пернетақтадағы қатар тұрған пернелерді табу оңай.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Пернетақтадағы қысқа өрнектерді табу оңай.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Бұрылыстары көп, ұзынырақ пернетақта өрнегін қолданыңыз.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>«aaa» сияқты қайталауларды табу оңай.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>«abcabcabc» сияқты қайталауларды табу «abc» дегеннен сәл ғана қиынырақ.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Қайталанатын сөздер мен таңбалардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>«abc» немесе «6543» сияқты тізбектерді табу оңай.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Тізбектерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Соңғы жылдарды табу оңай.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Соңғы жылдарды қолданбаңыз.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Өзіңізбен байланысты жылдарды қолданбаңыз.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Күндерді көбінесе табу оңай.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Өзіңізбен байланысты күндер мен жылдарды қолданбаңыз.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Бұл ең жиі қолданылатын 10 құпиясөздің бірі.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Бұл ең жиі қолданылатын 100 құпиясөздің бірі.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Бұл өте жиі қолданылатын құпиясөз.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Бұл жиі қолданылатын құпиясөзге ұқсас.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Жалғыз сөзді табу оңай.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Жеке тұрған аттар мен тектерді табу оңай.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Көп тараған аттар мен тектерді табу оңай.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Бас әріптер онша көмектеспейді.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Тек бас әріптермен жазылғанды тек кіші әріптермен жазылғандай дерлік оңай табуға болады.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Кері жазылған сөздерді табу онша қиын емес.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>«a» орнына «@» сияқты болжамды алмастырулар онша көмектеспейді.</translation>
    </message>
</context>
</TS>
