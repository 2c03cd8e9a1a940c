<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionsField</name>
    <message>
        <source>Actions already taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Шара қосу</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Шараны жою</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Серіктес қосу</translation>
    </message>
    <message>
        <source>Digits the partner reads to you (optional)</source>
        <translation>Серіктес сізге оқып беретін цифрлар (міндетті емес)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>Олардың карточкасы</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Карточканың саусақ ізі</translation>
    </message>
    <message>
        <source>Fingerprint they read out</source>
        <translation>Олар оқыған саусақ ізі</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>Мекенжай кітабы</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаттар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Language (en, ru, kk...)</source>
        <translation>Тілі (en, ru, kk...)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошта мекенжайы</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Онлайн нысан</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Құрметті сөз</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Save addressee</source>
        <translation>Адресатты сақтау</translation>
    </message>
    <message>
        <source>Remove addressee</source>
        <translation>Адресатты жою</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Файлдан импорттау…</translation>
    </message>
    <message>
        <source>Import addressees</source>
        <translation>Адресаттарды импорттау</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated.</source>
        <translation>Қосылды: {added}, жаңартылды: {updated}.</translation>
    </message>
</context>
<context>
    <name>AddresseeModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>AddresseesModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошталық мекенжай</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record an answer</source>
        <translation>Жауапты жазу</translation>
    </message>
    <message>
        <source>id of the evidence item holding the reply</source>
        <translation>жауап сақталған дәлелдің id-і</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Жауап күні</translation>
    </message>
    <message>
        <source>What they answered</source>
        <translation>Не деп жауап берді</translation>
    </message>
    <message>
        <source>Reply kept as evidence</source>
        <translation>Дәлел ретінде сақталған жауап</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі еске салу</translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <source>Urgent appeal</source>
        <translation>Шұғыл үндеу</translation>
    </message>
    <message>
        <source>Update of an earlier appeal</source>
        <translation>Бұрынғы үндеудің жаңартуы</translation>
    </message>
    <message>
        <source>UN Special Procedures</source>
        <translation>БҰҰ арнайы рәсімдері</translation>
    </message>
    <message>
        <source>Letter to an authority</source>
        <translation>Билік органына хат</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>келесі бос нөмір</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Format of the exported appeal</source>
        <translation>Экспортталатын үндеудің пішімі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>The earlier appeal this update follows</source>
        <translation>Осы жаңарту толықтыратын бұрынғы үндеу</translation>
    </message>
    <message>
        <source>Addressee from the address book</source>
        <translation>Мекенжай кітабындағы адресат</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Толықтырады</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Texts and addressees</source>
        <translation>Мәтіндер мен адресаттар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Sent appeals</source>
        <translation>Жіберілген үндеулер</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Жобаға оралу</translation>
    </message>
    <message>
        <source>Preview of the appeal</source>
        <translation>Үндеуді алдын ала қарау</translation>
    </message>
    <message>
        <source>Texts without a version in this language</source>
        <translation>Бұл тілде нұсқасы жоқ мәтіндер</translation>
    </message>
    <message>
        <source>Translate the missing texts…</source>
        <translation>Жетіспейтін мәтіндерді аудару…</translation>
    </message>
    <message>
        <source>Earlier incidents could not be looked for: {error}</source>
        <translation>Бұрынғы оқиғаларды іздеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>the newest appeal</source>
        <translation>ең соңғы үндеу</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of a name that may not be published were replaced by {label}.</source>
        <translation>
            <numerusform>Жариялауға болмайтын есімнің %n рет аталуы {label} деп ауыстырылды.</numerusform>
            <numerusform>Жариялауға болмайтын есімдердің %n рет аталуы {label} деп ауыстырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No {language} version; the original text is used for: {fields}</source>
        <translation>«{language}» тіліндегі нұсқасы жоқ; түпнұсқа мәтін қолданылды: {fields}</translation>
    </message>
    <message>
        <source>Check ({n} to decide)</source>
        <translation>Тексеру (шешу керек: {n})</translation>
    </message>
    <message>
        <source>Showing the appeal {ref} kept on {date}, as it was sent.</source>
        <translation>{date} сақталған {ref} үндеуі жіберілген күйінде көрсетілген.</translation>
    </message>
    <message>
        <source>Settings of the sent appeal loaded; export to regenerate it.</source>
        <translation>Жіберілген үндеудің баптаулары жүктелді; оны қайта жасау үшін экспорттаңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet. The appeal is made from the saved case: save the changes and export?</source>
        <translation>Істе әлі сақталмаған өзгерістер бар. Үндеу сақталған істен жасалады: өзгерістерді сақтап, экспорттау керек пе?</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Сақтау және экспорттау</translation>
    </message>
    <message>
        <source>Decide on each doubtful finding (Redact or Keep) in the Check tab before exporting.</source>
        <translation>Экспорттау алдында «Тексеру» қойындысында әр күмәнді табылған мәтін бойынша шешім қабылдаңыз (Жасыру немесе Қалдыру).</translation>
    </message>
    <message>
        <source>Internal case</source>
        <translation>«Тек ішкі» іс</translation>
    </message>
    <message>
        <source>This case is marked “internal only”. Export an appeal from it anyway? Check the preview: every name in it will be readable by anyone who gets the file.</source>
        <translation>Бұл іс «тек ішкі» деп белгіленген. Бәрібір ол бойынша үндеу экспорттау керек пе? Алдын ала қарауды тексеріңіз: файл кімнің қолына тисе де, ондағы әрбір есімді оқи алады.</translation>
    </message>
    <message>
        <source>Export appeal</source>
        <translation>Үндеуді экспорттау</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Saved {path}; kept as {ref} (SHA-256 {sha}).</source>
        <translation>Сақталды: {path}; қоймада {ref} нөмірімен тіркелді (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>The appeal was not exported: {error}</source>
        <translation>Үндеу экспортталмады: {error}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>This vault has never been backed up. Back up now (Vault → Back up now…).</source>
        <translation>Бұл қойманың сақтық көшірмесі әлі бірде-бір рет жасалмаған. Оны қазір жасаңыз (Қойма → Сақтық көшірме жасау…).</translation>
    </message>
    <message>
        <source>The last backup is more than {days} days old ({when}).</source>
        <translation>Соңғы сақтық көшірме {days} күннен бұрын жасалған ({when}).</translation>
    </message>
    <message>
        <source>Unexpected error ({name}); nothing was changed.</source>
        <translation>Күтпеген қате ({name}); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Тоқтатылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесі</translation>
    </message>
    <message>
        <source>A folder on a USB stick</source>
        <translation>USB жинақтауыштағы қалта</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Соңғы көшірме</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Қайда сақтау</translation>
    </message>
    <message>
        <source>Remind me after</source>
        <translation>Еске салу мерзімі</translation>
    </message>
    <message>
        <source>The backup is itself a vault: it opens with the same passphrase and recovery key. Only new evidence is copied when you back up to the same folder again.</source>
        <translation>Сақтық көшірменің өзі де қойма: ол сол құпия фразамен және сол қалпына келтіру кілтімен ашылады. Сол қалтаға қайта көшіргенде тек жаңа дәлелдер көшіріледі.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Көшірме жасау</translation>
    </message>
    <message>
        <source>never</source>
        <translation>әлі жасалмаған</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Сақтық көшірме қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backup complete: {files} evidence files, {copied} copied now.</source>
        <translation>Сақтық көшірме дайын. Дәлел файлдары: {files}, қазір көшірілгені: {copied}.</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Publication: {0}</source>
        <translation>Жариялау: {0}</translation>
    </message>
    <message>
        <source>Risk: {0}</source>
        <translation>Қауіп: {0}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Charts are not available in this build; see the table.</source>
        <translation>Бұл жинақта диаграммалар жоқ; кестені қараңыз.</translation>
    </message>
    <message>
        <source>Chart of the counted events</source>
        <translation>Саналған оқиғалар диаграммасы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Known only to the year</source>
        <translation>Тек жылы белгілі</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Save case</source>
        <translation>Істі &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Translate this text</source>
        <translation>Осы мәтінді &amp;аудару</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Адамдар мен ұйымдар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Appeals will appear here.</source>
        <translation>Үндеулер осында шығады.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Үндеулер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Жіберілімдер</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Сақтау күйі</translation>
    </message>
    <message>
        <source>Choose a case in the list, or create a new one.</source>
        <translation>Тізімнен істі таңдаңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Сақталмады: {0}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Origin: {where}</source>
        <translation>Шығу тегі: {where}</translation>
    </message>
    <message>
        <source>{n} proposal(s) from partners wait for your decision (Vault menu).</source>
        <translation>Серіктестердің сіздің шешіміңізді күтіп тұрған ұсыныстары: {n} («Қойма» мәзірі).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), marked in red next to the fields.</source>
        <translation>
            <numerusform>Сақталмады: %n қате. Қатесі бар өрістер қызылмен белгіленген.</numerusform>
            <numerusform>Сақталмады: %n қате. Қатесі бар өрістер қызылмен белгіленген.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Соңғы оқиға</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>Тізімді оқу мүмкін болмады: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Істі жою…</translation>
    </message>
    <message>
        <source>Reminders due today</source>
        <translation>Бүгінгі еске салулар</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Жаңа оқиға…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Import a bundle received from a partner</source>
        <translation>Серіктестен алынған пакетті импорттау</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сәйкес келетін іс жоқ.</translation>
    </message>
    <message>
        <source>No cases yet. Record what happened with “New incident” (Ctrl+Shift+N), or create a case with File › New case (Ctrl+N).</source>
        <translation>Әзірге іс жоқ. Болған оқиғаны «Жаңа оқиға» арқылы жазыңыз (Ctrl+Shift+N) немесе іс жасаңыз: Файл › Жаңа іс (Ctrl+N).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Passphrase changed. The recovery key stays the same; backups made before open with the old passphrase until you back up again.</source>
        <translation>Құпия фраза ауыстырылды. Қалпына келтіру кілті өзгермейді; бұрын жасалған сақтық көшірмелер жаңа сақтық көшірме жасалғанша ескі құпия фразамен ашылады.</translation>
    </message>
    <message>
        <source>Casebook — change passphrase</source>
        <translation>Casebook — құпия фразаны ауыстыру</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. The recovery key stays the same. Nothing else in the vault is re-encrypted.</source>
        <translation>Қазір қолданып жүрген құпия фразаны, содан кейін жаңасын екі рет енгізіңіз. Қалпына келтіру кілті өзгермейді. Қоймадағы басқа ештеңе қайта шифрланбайды.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Құпия фразаны ауыстыру</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Қазіргі құпия фраза дұрыс емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The new passphrase is the one in use now. Choose another one.</source>
        <translation>Жаңа құпия фраза қазіргімен бірдей. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed ({kind}).</source>
        <translation>Құпия фразаны ауыстыру мүмкін болмады ({kind}).</translation>
    </message>
</context>
<context>
    <name>CheckModel</name>
    <message>
        <source>name</source>
        <translation>есім</translation>
    </message>
    <message>
        <source>name in another form or script</source>
        <translation>басқа түрдегі немесе басқа әліпбидегі есім</translation>
    </message>
    <message>
        <source>initials with name</source>
        <translation>тегімен бірге аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <source>contact detail</source>
        <translation>байланыс деректері</translation>
    </message>
    <message>
        <source>close to a name</source>
        <translation>есімге ұқсас</translation>
    </message>
    <message>
        <source>a name that is also a word</source>
        <translation>кәдімгі сөз де болатын есім</translation>
    </message>
    <message>
        <source>looks like a phone number</source>
        <translation>телефон нөміріне ұқсайды</translation>
    </message>
    <message>
        <source>looks like an e-mail address</source>
        <translation>эл. пошта мекенжайына ұқсайды</translation>
    </message>
    <message>
        <source>hint: a relative or lawyer is mentioned</source>
        <translation>кеңес: туысқан немесе адвокат аталған</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>кеңес</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <source>redact</source>
        <translation>жасыру</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>қалдыру</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>шешу керек</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылғаны</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Мәнмәтін</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Findings of the pre-publication check</source>
        <translation>Жариялау алдындағы тексерудің нәтижелері</translation>
    </message>
    <message>
        <source>Context of the selected finding</source>
        <translation>Таңдалған табылғанның мәнмәтіні</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Жасыру</translation>
    </message>
    <message>
        <source>&amp;Keep as written</source>
        <translation>&amp;Жазылғандай қалдыру</translation>
    </message>
    <message>
        <source>Replace the selected text in this appeal</source>
        <translation>Осы үндеудегі таңдалған мәтінді ауыстыру</translation>
    </message>
    <message>
        <source>Publish the selected text as it is</source>
        <translation>Таңдалған мәтінді сол күйінде жариялау</translation>
    </message>
    <message>
        <source>Contact details of named people that may be published in this appeal:</source>
        <translation>Осы үндеуде жариялауға болатын, аты аталған адамдардың байланыс деректері:</translation>
    </message>
    <message>
        <source>Contact details to publish</source>
        <translation>Жариялауға болатын байланыс деректері</translation>
    </message>
    <message>
        <source>{open} doubtful finding(s) to decide before export ({total} in all).</source>
        <translation>Экспорттау алдында шешілуі тиіс күмәнді табылғандар: {open} (барлығы {total}).</translation>
    </message>
    <message>
        <source>Nothing left to decide ({total} finding(s)).</source>
        <translation>Шешетін ештеңе қалмады (табылғандар: {total}).</translation>
    </message>
    <message>
        <source>Nothing that may not be published was found.</source>
        <translation>Жариялауға болмайтын ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Case changed on both sides</source>
        <translation>Іс екі жақта да өзгертілген</translation>
    </message>
    <message>
        <source>How the two versions differ</source>
        <translation>Екі нұсқаның айырмашылығы</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менің нұсқамды қалдыру</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Олардың нұсқасын алу</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Кейін шешу</translation>
    </message>
    <message>
        <source>No conflict is left for this case.</source>
        <translation>Бұл іс бойынша қайшылық қалмады.</translation>
    </message>
    <message>
        <source>Received from {who} on {when}.</source>
        <translation>Жіберуші: {who}, алынған уақыты: {when}.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten: your version is in use until you decide.</source>
        <translation>Ештеңе қайта жазылмады: сіз шешкенше сіздің нұсқаңыз қолданылады.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Сіздің нұсқаңыз:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Олардың нұсқасы:</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <source>Pick where the vault lives and a passphrase to lock it. You will get a recovery key next: keep it apart from this computer.</source>
        <translation>Қойма орналасатын қалтаны және оны құлыптайтын құпия фразаны таңдаңыз. Содан кейін қалпына келтіру кілтін аласыз: оны осы компьютерден бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Optional; shown to partners you send cases to</source>
        <translation>Міндетті емес; іс жіберетін серіктестеріңізге көрінеді</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Қойманы жасау</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Where should the vault be?</source>
        <translation>Қойма қай жерде болады?</translation>
    </message>
    <message>
        <source>Enter the folder where the vault should be created.</source>
        <translation>Қойма жасалатын қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is already a vault in {path}. Open it instead.</source>
        <translation>{path} қалтасында қойма бұрыннан бар. Соны ашыңыз.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — қалта емес, файл.</translation>
    </message>
    <message>
        <source>{path} is not empty. Choose an empty or new folder.</source>
        <translation>{path} қалтасы бос емес. Бос немесе жаңа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>The vault cannot be created there: {reason}.</source>
        <translation>Ол жерде қойма жасау мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The vault could not be created ({kind}).</source>
        <translation>Қойма жасалмады ({kind}).</translation>
    </message>
</context>
<context>
    <name>DemandsPanel</name>
    <message>
        <source>Demands of the appeal</source>
        <translation>Үндеу талаптары</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Your own demand</source>
        <translation>Өз талабыңыз</translation>
    </message>
    <message>
        <source>Add the demand from the library</source>
        <translation>Кітапханадағы талапты қосу</translation>
    </message>
    <message>
        <source>Add your own demand</source>
        <translation>Өз талабыңызды қосу</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>From the library:</source>
        <translation>Кітапханадан:</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Save details</source>
        <translation>Мәліметтерді сақтау</translation>
    </message>
    <message>
        <source>Also saved with the case (Ctrl+S)</source>
        <translation>Іспен бірге де сақталады (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <source>Not saved: see the messages next to the fields.</source>
        <translation>Сақталмады: өрістердің жанындағы хабарларды қараңыз.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Сақталмады: {0}</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Мәліметтер сақталды.</translation>
    </message>
</context>
<context>
    <name>DetentionField</name>
    <message>
        <source>Place of detention</source>
        <translation>Ұсталған орны</translation>
    </message>
    <message>
        <source>Legal basis (article)</source>
        <translation>Құқықтық негіз (бап)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күні</translation>
    </message>
    <message>
        <source>Term in days (0: not known)</source>
        <translation>Мерзімі тәулікпен (0: белгісіз)</translation>
    </message>
    <message>
        <source>Expected release: {date} (the reminder shows from the day before)</source>
        <translation>Күтілетін босату: {date} (еске салу бір күн бұрын көрсетіледі)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet.</source>
        <translation>Істе әлі сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Жалғастырмас бұрын оларды сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>EventDateField</name>
    <message>
        <source>Date precision</source>
        <translation>Күннің дәлдігі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>This date is right</source>
        <translation>Бұл күн дұрыс</translation>
    </message>
    <message>
        <source>{date}: {reasons}. Is it right?</source>
        <translation>{date}: {reasons}. Бұл дұрыс па?</translation>
    </message>
    <message>
        <source>is unusual: tick &quot;This date is right&quot; to keep it</source>
        <translation>әдеттен тыс: сақтау үшін «Бұл күн дұрыс» белгісін қойыңыз</translation>
    </message>
</context>
<context>
    <name>EventLinksField</name>
    <message>
        <source>The case has no saved events yet.</source>
        <translation>Істе әлі сақталған оқиғалар жоқ.</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events in the chronology</source>
        <translation>Хронологиядағы оқиғалар</translation>
    </message>
    <message>
        <source>Earlier incidents (other cases with the same people)</source>
        <translation>Бұрынғы оқиғалар (сол адамдар қатысқан басқа істер)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Filter events</source>
        <translation>Оқиғаларды сүзу</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Оқиғаны алып тастау</translation>
    </message>
    <message>
        <source>No event chosen. Add one or choose one in the timeline.</source>
        <translation>Оқиға таңдалмаған. Жаңасын қосыңыз немесе хронологиядан таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <source>Name</source>
        <translation>Файл аты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Алдын ала көрінісін көрсету</translation>
    </message>
    <message>
        <source>Decrypts the file in memory; logged as viewed.</source>
        <translation>Файл жадта шифрдан шешіледі; қарау журналға жазылады.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Сақтау журналы</translation>
    </message>
    <message>
        <source>Choose an item to see its details, preview and custody log.</source>
        <translation>Мәліметтерін, алдын ала көрінісін және сақтау журналын көру үшін файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0} ({1} байт)</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Алдын ала қарау суреті</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Filter evidence</source>
        <translation>Дәлелдерді сүзу</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Export original…</source>
        <translation>Түпнұсқаны экспорттау…</translation>
    </message>
    <message>
        <source>Export cleaned copy…</source>
        <translation>Тазартылған көшірмені экспорттау…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Save the case first; then you can add evidence to it.</source>
        <translation>Алдымен істі сақтаңыз; содан кейін оған дәлелдер қоса аласыз.</translation>
    </message>
    <message>
        <source>A copy without hidden metadata (location, camera, author)</source>
        <translation>Жасырын метадеректерсіз көшірме (орны, камера, авторы)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Дәлелдер қосу</translation>
    </message>
    <message>
        <source>Only files can be added, not folders.</source>
        <translation>Тек файлдарды қосуға болады, қалталарды емес.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n файл импортталды.</numerusform>
            <numerusform>%n файл импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) skipped.</source>
        <translation>
            <numerusform>%n қалта өткізіліп жіберілді.</numerusform>
            <numerusform>%n қалта өткізіліп жіберілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. Files finished before are kept: %n.</source>
        <translation>
            <numerusform>Импорт тоқтатылды. Бұған дейін импортталған файлдар сақталды: %n.</numerusform>
            <numerusform>Импорт тоқтатылды. Бұған дейін импортталған файлдар сақталды: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n файл импортталуда…</numerusform>
            <numerusform>%n файл импортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden metadata in %n imported file(s) can place or name someone:</source>
        <translation>
            <numerusform>Импортталған %n файлдағы жасырын метадеректер орынды немесе адамның атын көрсетуі мүмкін:</numerusform>
            <numerusform>Импортталған %n файлдағы жасырын метадеректер орынды немесе адамның атын көрсетуі мүмкін:</numerusform>
        </translation>
    </message>
    <message>
        <source>The originals stay as they are in the vault (they are evidence). Share only a cleaned copy, without this metadata.</source>
        <translation>Түпнұсқалар қоймада өзгеріссіз қалады (олар — дәлел). Басқаларға тек осы метадеректерсіз тазартылған көшірмені беріңіз.</translation>
    </message>
    <message>
        <source>Location or name in the files</source>
        <translation>Файлдардағы орын немесе есім</translation>
    </message>
    <message>
        <source>Too large to preview here. Export it to look at it.</source>
        <translation>Файл алдын ала қарау үшін тым үлкен. Көру үшін оны экспорттаңыз.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала көрініс дайындалуда…</translation>
    </message>
    <message>
        <source>Export original</source>
        <translation>Түпнұсқаны экспорттау</translation>
    </message>
    <message>
        <source>Export cleaned copy</source>
        <translation>Тазартылған көшірмені экспорттау</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Экспортталды: {0}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Delete {0} from the vault? The encrypted file is destroyed; the log keeps a record.</source>
        <translation>{0} файлын қоймадан жою керек пе? Шифрланған файл жойылады; журналда жазба қалады.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Дәлелді жою</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>Жойылды: {0}.</translation>
    </message>
</context>
<context>
    <name>FieldChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Protected: consent, names, contacts, sensitivity or a deletion. A partner cannot change it without your decision.</source>
        <translation>Қорғалған: келісім, аттар, байланыстар, құпиялылық деңгейі немесе өшіру. Серіктес мұны сіздің шешіміңізсіз өзгерте алмайды.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, people, places, events…</source>
        <translation>Атаулардан, адамдардан, орындардан, оқиғалардан іздеу…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Any event type</source>
        <translation>Кез келген оқиға түрі</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Кез келген белгі</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Істің күйі</translation>
    </message>
    <message>
        <source>Type of an event in the case</source>
        <translation>Істегі оқиға түрі</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Оқиғалар кезеңі</translation>
    </message>
    <message>
        <source>Events until</source>
        <translation>Оқиғалар кезеңінің соңы</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Істер: {count}</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Reset the passphrase</source>
        <translation>Жаңа құпия фраза орнату</translation>
    </message>
    <message>
        <source>Enter the recovery key you were given when the vault was created, and choose a new passphrase. The recovery key stays the same.</source>
        <translation>Қойма жасалған кезде берілген қалпына келтіру кілтін енгізіп, жаңа құпия фраза таңдаңыз. Қалпына келтіру кілті өзгермейді.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Ашу және жаңа құпия фраза орнату</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Бұл қалпына келтіру кілті осы қойманы ашпайды.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Sent appeals</source>
        <translation>Жіберілген үндеулер</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Қайта жасау</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your organisation&apos;s identity</source>
        <translation>Ұйымыңыздың куәлігі</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Сіздің байланыс карточкаңыз</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>age алушысы</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <source>Give partners the card below. Then read the fingerprint to them over the phone: if it matches what they see, nobody swapped the card on the way.</source>
        <translation>Төмендегі карточканы серіктестерге беріңіз. Содан кейін саусақ ізін оларға телефон арқылы оқып беріңіз: егер ол олар көріп тұрғанмен сәйкес келсе, карточканы жолда ешкім ауыстырмаған.</translation>
    </message>
    <message>
        <source>Copy card</source>
        <translation>Карточканы көшіру</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Саусақ ізін көшіру</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>or drop files here.</source>
        <translation>немесе файлдарды осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Who gave them, how they arrived</source>
        <translation>Кім берді, қалай келіп түсті</translation>
    </message>
    <message>
        <source>Recorded as the source of each file added next</source>
        <translation>Келесі қосылатын әр файлдың көзі ретінде жазылады</translation>
    </message>
    <message>
        <source>Source of new files:</source>
        <translation>Жаңа файлдардың көзі:</translation>
    </message>
    <message>
        <source>Link new files to:</source>
        <translation>Жаңа файлдарға арналған оқиға:</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>оқиғасыз</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the sender by phone; accept the bundle</source>
        <translation>Бұл саусақ ізін жіберушімен телефон арқылы салыстырдым; пакетті қабылдау</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Пакеттің мазмұны</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>&amp;Review proposals…</source>
        <translation>Ұсыныстарды &amp;қарау…</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Пакетті таңдаңыз</translation>
    </message>
    <message>
        <source>Casebook bundles (*.age)</source>
        <translation>Casebook пакеттері (*.age)</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Пакет тексерілуде…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Checked. Nothing has been imported yet.</source>
        <translation>Тексерілді. Әзірге ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Imported. {n} change(s) wait for your decision.</source>
        <translation>Импортталды. Сіздің шешіміңізді күтетін өзгерістер саны: {n}.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message>
        <source>I compared the fingerprint {fp} with {name} by phone and it matches; confirm them</source>
        <translation>Мен {fp} саусақ ізін {name} серіктесімен телефон арқылы салыстырдым, ол сәйкес келеді; серіктесті растау</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>жаңа іс</translation>
    </message>
    <message>
        <source>update (changed only by the sender)</source>
        <translation>жаңарту (тек жіберуші өзгерткен)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>өзгеріс жоқ</translation>
    </message>
    <message>
        <source>your version is newer; kept</source>
        <translation>сіздің нұсқаңыз жаңарақ; сақталды</translation>
    </message>
    <message>
        <source>CONFLICT: changed on both sides; both versions kept</source>
        <translation>ҚАЙШЫЛЫҚ: екі жақта да өзгертілген; екі нұсқа да сақталды</translation>
    </message>
    <message>
        <source>PROPOSAL: changes consent, names, contacts or sensitivity; not applied</source>
        <translation>ҰСЫНЫС: келісімді, аттарды, байланыстарды немесе құпиялылық деңгейін өзгертеді; қолданылмады</translation>
    </message>
    <message>
        <source>PROPOSAL: from an unverified source; not applied</source>
        <translation>ҰСЫНЫС: тексерілмеген көзден; қолданылмады</translation>
    </message>
    <message>
        <source>PROPOSAL: you deleted this case; it stays deleted</source>
        <translation>ҰСЫНЫС: сіз бұл істі өшірдіңіз; ол өшірілген күйінде қалады</translation>
    </message>
    <message>
        <source>PROPOSAL: the partner deleted this case; kept</source>
        <translation>ҰСЫНЫС: серіктес бұл істі өшірді; ол сақталды</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>Жіберуші: {sender}</translation>
    </message>
    <message>
        <source>Fingerprint: {fp}</source>
        <translation>Саусақ ізі: {fp}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Жасалған уақыты: {when}</translation>
    </message>
    <message>
        <source>The cases will be marked as from an unverified source.</source>
        <translation>Істер тексерілмеген көзден алынған деп белгіленеді.</translation>
    </message>
    <message>
        <source>The partner&apos;s fingerprint will be marked confirmed.</source>
        <translation>Серіктестің саусақ ізі расталған деп белгіленеді.</translation>
    </message>
    <message>
        <source>The partner changed their keys: their card will be replaced by their rotation notice, signed with the old and the new key.</source>
        <translation>Серіктес кілттерін ауыстырды: оның карточкасы ескі және жаңа кілтпен қол қойылған кілт ауыстыру хабарламасы бойынша ауыстырылады.</translation>
    </message>
    <message>
        <source>Signature and every file checked.</source>
        <translation>Қолтаңба мен барлық файл тексерілді.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортталды:</translation>
    </message>
    <message>
        <source>; evidence: {new} new, {held} already held</source>
        <translation>; дәлелдер: жаңа {new}, бұрыннан бар {held}</translation>
    </message>
    <message>
        <source>custody log NOT verified: {problem}</source>
        <translation>сақтау журналы РАСТАЛМАДЫ: {problem}</translation>
    </message>
</context>
<context>
    <name>InvolvementsField</name>
    <message>
        <source>Who was involved</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Person or organisation to add</source>
        <translation>Қосылатын адам немесе ұйым</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Атын жазыңыз…</translation>
    </message>
    <message>
        <source>Role of the person or organisation to add</source>
        <translation>Қосылатын адамның немесе ұйымның рөлі</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Add new person</source>
        <translation>Жаңа адам қосу</translation>
    </message>
    <message>
        <source>(no longer in this case)</source>
        <translation>(бұл істе енді жоқ)</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Жаңа іс</translation>
    </message>
    <message>
        <source>D&amp;uplicate case</source>
        <translation>Істің &amp;көшірмесі</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Істі жою…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>&amp;Hide and lock</source>
        <translation>Ж&amp;асыру және құлыптау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>&amp;All cases</source>
        <translation>&amp;Барлық істер</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Іздеу мен сүзгілерді &amp;тазарту</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>Casebook &amp;туралы</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Жаңа &amp;оқиға…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>New incident (quick intake)</source>
        <translation>Жаңа оқиға (жылдам жазу)</translation>
    </message>
    <message>
        <source>Duplicate the case</source>
        <translation>Істің көшірмесін жасау</translation>
    </message>
    <message>
        <source>Delete the case (in the list)</source>
        <translation>Істі жою (тізімде)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Істі сақтау</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <source>Back to the list from the editor</source>
        <translation>Редактордан тізімге оралу</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Қойманы құлыптау</translation>
    </message>
    <message>
        <source>Panic: hide every window and lock</source>
        <translation>Дабыл: барлық терезені жасырып, құлыптау</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>Casebook туралы</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase was shown when it was made.</source>
        <translation>Бұл демо-қойма; оның құпия фразасы жасалған кезде көрсетілген.</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо-қойма</translation>
    </message>
    <message>
        <source>The demo vault holds four fictional cases. To open it again later, use this passphrase:

{passphrase}</source>
        <translation>Демо-қоймада ойдан шығарылған төрт іс бар. Кейін оны қайта ашу үшін мына құпия фразаны пайдаланыңыз:

{passphrase}</translation>
    </message>
    <message>
        <source>The demo vault could not be created: {reason}</source>
        <translation>Демо-қойма жасалмады: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) without a database row were kept in quarantine, not deleted; see &apos;casebook evidence quarantine list&apos;.</source>
        <translation>
            <numerusform>Дерекқорда жазбасы жоқ %n дәлел файлы өшірілмей, карантинде сақталды; &apos;casebook evidence quarantine list&apos; қараңыз.</numerusform>
            <numerusform>Дерекқорда жазбасы жоқ %n дәлел файлы өшірілмей, карантинде сақталды; &apos;casebook evidence quarantine list&apos; қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only: this copy of the vault is older than its header. Nothing can be changed; restore the newest backup to go on working.</source>
        <translation>Тек оқу үшін ашылды: қойманың бұл көшірмесі оның тақырыбынан ескі. Ештеңені өзгертуге болмайды; жұмысты жалғастыру үшін ең жаңа сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Өзгерістер сақталмады</translation>
    </message>
    <message>
        <source>When Casebook locked, a case had changes that were not valid yet, so they could not be saved. Open the case to enter them again.</source>
        <translation>Casebook құлыпталған кезде істе әлі дұрыс толтырылмаған өзгерістер болды, сондықтан олар сақталмады. Істі ашып, оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>Travel mode ended. Unlock the vault with its passphrase.</source>
        <translation>Сапар режимі аяқталды. Қойманы өз құпия фразасымен ашыңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet. What is sent is the saved case: save the changes first?</source>
        <translation>Істе әлі сақталмаған өзгерістер бар. Сақталған іс жіберіледі: алдымен өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сақтап, жалғастыру</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebook {version}&lt;/h3&gt;&lt;p&gt;Encrypted case documentation and urgent appeals for human rights defenders. Everything stays in the encrypted vault on this computer unless you export it.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook {version}&lt;/h3&gt;&lt;p&gt;Құқық қорғаушыларға арналған: істерді шифрланған түрде құжаттау және шұғыл үндеулер. Өзіңіз экспорттамасаңыз, бәрі осы компьютердегі шифрланған қоймада қалады.&lt;/p&gt;&lt;p&gt;Лицензия: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetail</name>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time, like 14:30</source>
        <translation>Уақыты, мысалы 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>This date is right</source>
        <translation>Бұл күн дұрыс</translation>
    </message>
    <message>
        <source>City, street or building</source>
        <translation>Қала, көше немесе ғимарат</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>Не болғанын бірнеше сөйлеммен жазыңыз</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Сот отырысының күні</translation>
    </message>
    <message>
        <source>e.g. Article 488 of the Code of Administrative Offences</source>
        <translation>мысалы, ӘҚБтК 488-бабы</translation>
    </message>
    <message>
        <source>e.g. 10 days</source>
        <translation>мысалы, 10 тәулік</translation>
    </message>
    <message>
        <source>One demand per line (optional)</source>
        <translation>Әр жолға бір талап (міндетті емес)</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Іс жасау</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Не болды</translation>
    </message>
    <message>
        <source>Wh&amp;en *</source>
        <translation>Қа&amp;шан *</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>Қ&amp;айда</translation>
    </message>
    <message>
        <source>W&amp;ho (consent asked) *</source>
        <translation>К&amp;ім (келісімімен) *</translation>
    </message>
    <message>
        <source>Wh&amp;at</source>
        <translation>&amp;Сипаттама</translation>
    </message>
    <message>
        <source>Who &amp;did it</source>
        <translation>Кім &amp;жасады</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <source>&amp;Police station</source>
        <translation>&amp;Полиция бөлімі</translation>
    </message>
    <message>
        <source>&amp;Lawyer</source>
        <translation>&amp;Адвокат</translation>
    </message>
    <message>
        <source>&amp;Hearing date</source>
        <translation>Сот &amp;күні</translation>
    </message>
    <message>
        <source>Legal a&amp;rticle</source>
        <translation>&amp;Бап</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>De&amp;mands</source>
        <translation>&amp;Талаптар</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Ата&amp;уы</translation>
    </message>
    <message>
        <source>Optional; else “{title}”</source>
        <translation>Міндетті емес; әйтпесе «{title}»</translation>
    </message>
    <message>
        <source>Type the date of the incident.</source>
        <translation>Оқиғаның күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The date is unusual ({reasons}): tick “This date is right”.</source>
        <translation>Күн әдеттен тыс ({reasons}): «Бұл күн дұрыс» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>Press Enter to add “{name}”, or clear the field.</source>
        <translation>«{name}» қосу үшін Enter басыңыз немесе өрісті тазартыңыз.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Four or five unrelated words work well</source>
        <translation>Бір-бірімен байланыссыз төрт-бес сөз жақсы келеді</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember and nobody can guess. Without it or the recovery key, nobody can open the vault: not even you.</source>
        <translation>Өзіңіз есте сақтай алатын, бірақ ешкім таба алмайтын құпия фраза таңдаңыз. Онсыз немесе қалпына келтіру кілтінсіз қойманы ешкім аша алмайды — тіпті сіз де.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Бұл құпия фразаны табу тым оңай.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Енгізілген екі фраза сәйкес емес.</translation>
    </message>
    <message>
        <source>Good. Now type it again.</source>
        <translation>Жақсы. Енді оны қайта теріңіз.</translation>
    </message>
    <message>
        <source>Time to guess it offline: {time}.</source>
        <translation>Офлайн табуға кететін уақыт: {time}.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Өте әлсіз</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Әлсіз</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Мықты</translation>
    </message>
</context>
<context>
    <name>OrganisationPickField</name>
    <message>
        <source>Add to the case&apos;s organisations</source>
        <translation>Істің ұйымдарына қосу</translation>
    </message>
</context>
<context>
    <name>OutreachModel</name>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Үндеу</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <source>post</source>
        <translation>пошта</translation>
    </message>
    <message>
        <source>online form</source>
        <translation>онлайн нысан</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>қолма-қол</translation>
    </message>
    <message>
        <source>What was sent to whom</source>
        <translation>Кімге не жіберілді</translation>
    </message>
    <message>
        <source>Record a sending…</source>
        <translation>Жіберілімді жазу…</translation>
    </message>
    <message>
        <source>Record an answer…</source>
        <translation>Жауапты жазу…</translation>
    </message>
    <message>
        <source>Reminders due across all cases</source>
        <translation>Барлық істер бойынша еске салулар</translation>
    </message>
    <message>
        <source>Due across all cases</source>
        <translation>Барлық істер бойынша мерзімі жеткендер</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Бүгінге ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Filter people</source>
        <translation>Адамдарды сүзу</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Адамды алып тастау</translation>
    </message>
    <message>
        <source>No person chosen. Add one or choose one in the list.</source>
        <translation>Адам таңдалмаған. Жаңасын қосыңыз немесе тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Ұйымдарды сүзу</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ұйым қосу</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Ұйымды алып тастау</translation>
    </message>
    <message>
        <source>No organisation chosen.</source>
        <translation>Ұйым таңдалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) name {0}. Remove them from those events too?</source>
        <translation>
            <numerusform>{0} %n оқиғада аталған. Сол оқиғалардан да алып тастау керек пе?</numerusform>
            <numerusform>{0} %n оқиғада аталған. Сол оқиғалардан да алып тастау керек пе?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerChoiceModel</name>
    <message>
        <source>(fingerprint not confirmed)</source>
        <translation>(саусақ ізі расталмаған)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Count events by</source>
        <translation>Оқиғаларды санау негізі</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <source>Every type of event</source>
        <translation>Оқиғаның барлық түрлері</translation>
    </message>
    <message>
        <source>Months from</source>
        <translation>Айлар, басы</translation>
    </message>
    <message>
        <source>Counted events</source>
        <translation>Саналған оқиғалар</translation>
    </message>
    <message>
        <source>Cases behind the chosen row</source>
        <translation>Таңдалған жолдың артындағы істер</translation>
    </message>
    <message>
        <source>Click a bar or a row to list its cases.</source>
        <translation>Істерін көру үшін бағанды немесе жолды басыңыз.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Kind of perpetrator</source>
        <translation>Құқық бұзушының түрі</translation>
    </message>
    <message>
        <source>Victims&apos; organisation</source>
        <translation>Жәбірленушілердің ұйымы</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>Санау негізі</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Санау…</translation>
    </message>
    <message>
        <source>Counting failed: {error}</source>
        <translation>Санау сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>оқиғалар саны: {count}</translation>
    </message>
    <message>
        <source>Cases with events counted under “{value}”: {count}</source>
        <translation>«{value}» жолында саналған оқиғалары бар істер: {count}</translation>
    </message>
</context>
<context>
    <name>PeopleEntry</name>
    <message>
        <source>Name, then Enter</source>
        <translation>Аты-жөні, содан кейін Enter</translation>
    </message>
    <message>
        <source>Name of a person this happened to</source>
        <translation>Оқиға болған адамның аты-жөні</translation>
    </message>
    <message>
        <source>May the name be published?</source>
        <translation>Есімін жариялауға бола ма?</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>People this happened to</source>
        <translation>Оқиға болған адамдар</translation>
    </message>
</context>
<context>
    <name>PerpetratorsEntry</name>
    <message>
        <source>Police unit, official, group… then Enter</source>
        <translation>Полиция бөлімі, шенеунік, топ… содан кейін Enter</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кім жасады</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ол кім</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Құқық бұзушылар</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <source>{title} — {kind} — from {sender}, {when}</source>
        <translation>{title} — {kind} — жіберген: {sender}, {when}</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Changes proposed by partners</source>
        <translation>Серіктестер ұсынған өзгерістер</translation>
    </message>
    <message>
        <source>Waiting proposals</source>
        <translation>Шешім күтетін ұсыныстар</translation>
    </message>
    <message>
        <source>Fields: yours and theirs</source>
        <translation>Өрістер: сіздікі және олардікі</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Олардікін &amp;қабылдау</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>Біздікін қа&amp;лдыру</translation>
    </message>
    <message>
        <source>Take &amp;all theirs</source>
        <translation>Олардікінің &amp;бәрін қабылдау</translation>
    </message>
    <message>
        <source>Keep all &amp;ours</source>
        <translation>Біздікінің бәрін қ&amp;алдыру</translation>
    </message>
    <message>
        <source>Nothing here has been applied: your version is in use until you decide. Fields marked ⚠ are protected.</source>
        <translation>Мұнда ештеңе қолданылмаған: сіз шешім қабылдағанша сіздің нұсқаңыз қолданылады. ⚠ белгісі бар өрістер қорғалған.</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Сіздің шешіміңізді ештеңе күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <source>{kind}. Received from {sender} on {when}.</source>
        <translation>{kind}. {sender} жіберген, {when} алынды.</translation>
    </message>
    <message>
        <source>Taken from the partner.</source>
        <translation>Серіктестен қабылданды.</translation>
    </message>
    <message>
        <source>Kept yours.</source>
        <translation>Сіздікі қалдырылды.</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Protection</source>
        <translation>Қорғаныс</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Мәжбүрлеу фразасы</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Мәжбүрлеу фразасын қайталаңыз</translation>
    </message>
    <message>
        <source>I understand: then only a backup brings the cases back</source>
        <translation>Түсінемін: сонда істерді тек сақтық көшірме қайтарады</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>Мәжбүрлеу фразасын &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;Remove duress passphrase</source>
        <translation>Мәжбүрлеу фразасын ө&amp;шіру</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Қайталаңыз</translation>
    </message>
    <message>
        <source>A second passphrase for when you are forced to open the vault. Typed instead of your passphrase, anywhere the passphrase is asked, it destroys the keys of this vault at once and opens an empty vault, with no message. From then on neither your passphrase nor the recovery key opens the cases: only a backup made before and kept somewhere else brings them back.</source>
        <translation>Сізді қойманы ашуға мәжбүрлеген жағдайға арналған екінші құпия фраза. Құпия фраза сұралған кез келген жерде өз құпия фразаңыздың орнына терілсе, ол осы қойманың кілттерін бірден жояды да, ешқандай хабарсыз бос қойманы ашады. Содан кейін істерді сіздің құпия фразаңыз да, қалпына келтіру кілті де ашпайды: оларды тек бұрын жасалып, басқа жерде сақталған сақтық көшірме ғана қайтарады.</translation>
    </message>
    <message>
        <source>Wrong passphrases</source>
        <translation>Қате құпия фразалар</translation>
    </message>
    <message>
        <source>Destroy the keys after</source>
        <translation>Кілттерді жою</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <source>After {n} wrong passphrases in a row</source>
        <translation>Қатарынан {n} қате құпия фразадан кейін</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Destroy the keys of this vault after several wrong passphrases in a row, as if the duress passphrase had been typed. The unlock screen says how many tries are left after the first mistake. A good unlock starts the count again. Only a backup made before brings the cases back.</source>
        <translation>Қатарынан бірнеше қате құпия фразадан кейін осы қойманың кілттерін мәжбүрлеу фразасы терілгендей жою. Алғашқы қатеден кейін ашу экраны неше әрекет қалғанын көрсетеді. Сәтті ашу санауды қайта бастайды. Істерді тек бұрын жасалған сақтық көшірме ғана қайтарады.</translation>
    </message>
    <message>
        <source>Panic key</source>
        <translation>Дабыл пернесі</translation>
    </message>
    <message>
        <source>The panic key also destroys the keys</source>
        <translation>Дабыл пернесі кілттерді де жояды</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Қ&amp;олдану</translation>
    </message>
    <message>
        <source>The panic key (Ctrl+Shift+L) hides every window and locks the vault. With this on, it also destroys the keys, at once and without asking: only a backup made before brings the cases back.</source>
        <translation>Дабыл пернесі (Ctrl+Shift+L) барлық терезені жасырып, қойманы құлыптайды. Бұл қосулы болса, ол кілттерді де бірден әрі сұрамай жояды: істерді тек бұрын жасалған сақтық көшірме ғана қайтарады.</translation>
    </message>
    <message>
        <source>Type the passphrase you use now to change any of these protections.</source>
        <translation>Осы қорғаныстардың кез келгенін өзгерту үшін қазір қолданып жүрген құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Мәжбүрлеу кезіндегі құпия фраза орнатылған.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Мәжбүрлеу кезіндегі құпия фраза орнатылмаған.</translation>
    </message>
    <message>
        <source>Now: the keys are destroyed after {n} wrong passphrases in a row.</source>
        <translation>Қазір: кілттер қатарынан {n} қате құпия фразадан кейін жойылады.</translation>
    </message>
    <message>
        <source>Now: wrong passphrases never destroy the keys.</source>
        <translation>Қазір: қате құпия фразалар кілттерді ешқашан жоймайды.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Keep a backup somewhere else.</source>
        <translation>Мәжбүрлеу кезіндегі құпия фраза орнатылды. Сақтық көшірмені басқа жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>The duress passphrase is removed.</source>
        <translation>Мәжбүрлеу кезіндегі құпия фраза өшірілді.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Дабыл кезінде жою</translation>
    </message>
    <message>
        <source>From now on the panic key destroys the keys of this vault at once, without asking. Only a backup made before brings the cases back. Turn it on?</source>
        <translation>Енді дабыл пернесі осы қойманың кілттерін бірден әрі сұрамай жояды. Істерді тек бұрын жасалған сақтық көшірме ғана қайтарады. Қосу керек пе?</translation>
    </message>
    <message>
        <source>Turn on panic wipe</source>
        <translation>Дабыл кезінде жоюды қосу</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Қазіргі құпия фраза дұрыс емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. It is shown only now. Write it on paper or save it as a PDF on a USB stick, and keep it apart from this computer: anyone who has it can open the vault.</source>
        <translation>Құпия фразаны ұмытсаңыз, қоймаға қайта кірудің жалғыз жолы — осы кілт. Ол тек қазір көрсетіледі. Оны қағазға жазып алыңыз немесе USB жинақтауышқа PDF ретінде сақтаңыз да, осы компьютерден бөлек ұстаңыз: кілті бар кез келген адам қойманы аша алады.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Қалпына келтіру кілтін қауіпсіз жерге сақтадым</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Көшірілді. Алмасу буфері {seconds} секундтан кейін тазартылады.</translation>
    </message>
    <message>
        <source>A removable drive is connected: {path}.</source>
        <translation>Алынбалы диск қосылған: {path}.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Қалпына келтіру кілтін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Synchronised folder</source>
        <translation>Синхрондалатын қалта</translation>
    </message>
    <message>
        <source>{path} is in a folder synchronised with {service}: the recovery key would be copied to its servers, where anyone who gets into that account can read it. Save it on a USB stick or print it instead.</source>
        <translation>{path} {service} қызметімен синхрондалатын қалтада орналасқан: қалпына келтіру кілті оның серверлеріне көшіріледі, сол тіркелгіге кірген кез келген адам оны оқи алады. Оның орнына USB-жинақтағышқа сақтаңыз немесе басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Бәрібір сонда сақтау</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}.</source>
        <translation>PDF сақталмады: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Сақталды: {path}.</translation>
    </message>
    <message>
        <source>Casebook recovery key</source>
        <translation>Casebook қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Created on {day}</source>
        <translation>Жасалған күні: {day}</translation>
    </message>
    <message>
        <source>If the passphrase of the vault is forgotten, choose “Forgot the passphrase?” on the unlock screen and enter this key to set a new passphrase.</source>
        <translation>Қойманың құпия фразасы ұмытылса, кіру экранында «Құпия фразаны ұмыттыңыз ба?» түймесін басып, жаңа құпия фраза орнату үшін осы кілтті енгізіңіз.</translation>
    </message>
    <message>
        <source>Keep this page apart from the computer. Anyone who has this key can open the vault.</source>
        <translation>Бұл парақты компьютерден бөлек сақтаңыз. Бұл кілті бар кез келген адам қойманы аша алады.</translation>
    </message>
</context>
<context>
    <name>ReplaceKeysDialog</name>
    <message>
        <source>All keys replaced. Backups made before still open with the old passphrase: destroy them or keep them apart.</source>
        <translation>Барлық кілт ауыстырылды. Бұрын жасалған сақтық көшірмелер әлі де ескі құпия фразамен ашылады: оларды жойыңыз немесе бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Casebook — replace all keys</source>
        <translation>Casebook — барлық кілтті ауыстыру</translation>
    </message>
    <message>
        <source>Rotation notice for partners</source>
        <translation>Серіктестерге арналған кілт ауысымы туралы хабарлама</translation>
    </message>
    <message>
        <source>New organisation identity. Send this rotation notice to your partners; they import it with &apos;casebook partner rotate&apos;:</source>
        <translation>Ұйымның жаңа сәйкестігі. Кілт ауысымы туралы осы хабарламаны серіктестеріңізге жіберіңіз; олар оны &apos;casebook partner rotate&apos; командасымен импорттайды:</translation>
    </message>
    <message>
        <source>Use this when someone may have copied the vault or seen the passphrase: the database is re-encrypted under a new key, with a new passphrase and a new recovery key. A copy taken before cannot read anything written after. Close Casebook everywhere else first; this takes a while on a large vault.</source>
        <translation>Біреу қойманы көшіріп алған немесе құпия фразаны көрген болуы мүмкін болса, осыны қолданыңыз: дерекқор жаңа кілтпен, жаңа құпия фразамен және жаңа қалпына келтіру кілтімен қайта шифрланады. Бұрын алынған көшірме кейін жазылғанның ешқайсысын оқи алмайды. Алдымен Casebook-ты басқа жерлердің бәрінде жабыңыз; үлкен қоймада бұл біраз уақыт алады.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>Also a new organisation &amp;identity (partners get a signed notice)</source>
        <translation>Сондай-ақ ұйымның жаңа &amp;сәйкестігі (серіктестер қол қойылған хабарлама алады)</translation>
    </message>
    <message>
        <source>Re-encryption progress</source>
        <translation>Қайта шифрлау барысы</translation>
    </message>
    <message>
        <source>Replace all keys</source>
        <translation>Барлық кілтті ауыстыру</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Қазіргі құпия фраза дұрыс емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The old keys stay in use.</source>
        <translation>Ескі кілттер күшінде қалады.</translation>
    </message>
    <message>
        <source>The keys could not be replaced ({kind}).</source>
        <translation>Кілттерді ауыстыру мүмкін болмады ({kind}).</translation>
    </message>
    <message>
        <source>Cancelled. The old keys stay in use.</source>
        <translation>Тоқтатылды. Ескі кілттер күшінде қалады.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>SendToPartnerDialog</name>
    <message>
        <source>Send to partner</source>
        <translation>Серіктеске жіберу</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… және тағы {n}</translation>
    </message>
    <message>
        <source>A bundle carries the full cases, with names, contacts and private notes, to a trusted partner: the redaction of appeals does not apply. Only the partners chosen here can open it.</source>
        <translation>Пакет сенімді серіктеске істерді толығымен — есімдерімен, байланыс деректерімен және жеке жазбаларымен — жеткізеді: үндеулердегідей есімдерді жасыру мұнда қолданылмайды. Пакетті тек осында таңдалған серіктестер аша алады.</translation>
    </message>
    <message>
        <source>or an age recipient: age1…</source>
        <translation>немесе age алушысы: age1…</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>age алушысы</translation>
    </message>
    <message>
        <source>Include the evidence files</source>
        <translation>Дәлел файлдарын қосу</translation>
    </message>
    <message>
        <source>Send {n} case(s) marked internal as well</source>
        <translation>«Тек ішкі» деп белгіленген істерді де жіберу ({n})</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Пакетті сақтау орны</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Пакетті сақтау</translation>
    </message>
    <message>
        <source>Casebook bundles (*.age)</source>
        <translation>Casebook пакеттері (*.age)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <source>Bundle written to {path} for {to}.</source>
        <translation>{to} үшін пакет жазылды: {path}.</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <source>Record a sending</source>
        <translation>Жіберілімді жазу</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>ЖЖЖЖ-АА-КК, міндетті емес</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Үндеу</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Кім жіберді</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Еске салу күні</translation>
    </message>
    <message>
        <source>Export an appeal of this case first.</source>
        <translation>Алдымен осы іс бойынша үндеуді экспорттаңыз.</translation>
    </message>
</context>
<context>
    <name>SessionWatcher</name>
    <message>
        <source>This system does not tell Casebook when the screen locks or the computer sleeps: lock the vault yourself (Ctrl+L) before you leave the computer.</source>
        <translation>Бұл жүйе экран құлыпталғанын немесе компьютер ұйқыға кеткенін Casebook-ке хабарламайды: компьютерден кетер алдында қойманы өзіңіз құлыптаңыз (Ctrl+L).</translation>
    </message>
    <message>
        <source>the screen saver starts</source>
        <translation>скринсейвер қосылады</translation>
    </message>
    <message>
        <source>the computer goes to sleep</source>
        <translation>компьютер ұйқыға кетеді</translation>
    </message>
    <message>
        <source>the session is locked</source>
        <translation>сеанс құлыпталады</translation>
    </message>
    <message>
        <source>Watched here: {events}.</source>
        <translation>Мұнда бақыланады: {events}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Әрекетсіз тұрғанда құлыптау уақыты</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock when the screen locks, the screen saver starts or the computer sleeps</source>
        <translation>Экран құлыпталғанда, скринсейвер қосылғанда немесе компьютер ұйқыға кеткенде құлыптау</translation>
    </message>
    <message>
        <source>Remember where the last vault was opened</source>
        <translation>Соңғы ашылған қойманың орнын есте сақтау</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Жүйедегідей</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Casebook settings</source>
        <translation>Casebook баптаулары</translation>
    </message>
    <message>
        <source>&amp;Protection of this vault…</source>
        <translation>Осы қойманың &amp;қорғанысы…</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Қорғаныс</translation>
    </message>
    <message>
        <source>Settings are kept on this computer and never contain case data.</source>
        <translation>Баптаулар осы компьютерде сақталады, оларда істердің деректері ешқашан болмайды.</translation>
    </message>
</context>
<context>
    <name>ShowAndSuggest</name>
    <message>
        <source>S&amp;uggest one</source>
        <translation>&amp;Ұсыну</translation>
    </message>
    <message>
        <source>Six random words from a list of 7776: about 78 bits. Write them down until you know them by heart.</source>
        <translation>7776 сөз тізімінен кездейсоқ алты сөз: шамамен 78 бит. Жатқа білгенше оларды жазып қойыңыз.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Кө&amp;рсету</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <source>the organisation of this vault</source>
        <translation>осы қойманың ұйымы</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Әдепкі мәтінге қайтару</translation>
    </message>
    <message>
        <source>Organisation, contact person, e-mail, phone</source>
        <translation>Ұйым, байланыс жасайтын адам, эл. пошта, телефон</translation>
    </message>
    <message>
        <source>Add addressee</source>
        <translation>Адресат қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кімнің атынан</translation>
    </message>
    <message>
        <source>Statement of concern</source>
        <translation>Алаңдаушылық білдіру</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаттар</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>Жаңа адресат</translation>
    </message>
</context>
<context>
    <name>TranslationsTab</name>
    <message>
        <source>Only missing or to review</source>
        <translation>Тек жетіспейтіндер немесе тексерілетіндер</translation>
    </message>
    <message>
        <source>What this language lacks</source>
        <translation>Бұл тілде не жетіспейді</translation>
    </message>
    <message>
        <source>Texts of the case</source>
        <translation>Іс мәтіндері</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Түпнұсқа мәтін</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Аударылған мәтін</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>Ticked by itself when the original changed after this version was written.</source>
        <translation>Осы нұсқа жазылғаннан кейін түпнұсқа өзгерсе, өздігінен белгіленеді.</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Түпнұсқа тілі</translation>
    </message>
    <message>
        <source>&amp;Translate into</source>
        <translation>&amp;Аударма тілі</translation>
    </message>
    <message>
        <source>{language}: every text is translated.</source>
        <translation>{language}: барлық мәтін аударылған.</translation>
    </message>
    <message>
        <source>{language}: {missing} missing, {review} to review.</source>
        <translation>{language}: жоқ {missing}, тексеру керек {review}.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Түпнұсқа</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Original ({language}): {field}</source>
        <translation>Түпнұсқа ({language}): {field}</translation>
    </message>
    <message>
        <source>Version ({language})</source>
        <translation>Нұсқа ({language})</translation>
    </message>
</context>
<context>
    <name>TravelEndDialog</name>
    <message>
        <source>End travel mode</source>
        <translation>Сапар режимін аяқтау</translation>
    </message>
    <message>
        <source>Travel file</source>
        <translation>Сапар файлы</translation>
    </message>
    <message>
        <source>Not needed for a file a partner decrypted</source>
        <translation>Серіктес шифрын ашқан файлға керек емес</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Choose the travel file</source>
        <translation>Сапар файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Put the keys back</source>
        <translation>Кілттерді қайтару</translation>
    </message>
    <message>
        <source>Choose the travel file, type the recovery key it is encrypted to (not needed for the file a partner decrypted and sent back), and the passphrase of the vault.</source>
        <translation>Сапар файлын таңдап, ол шифрланған қалпына келтіру кілтін (серіктес шифрын ашып, қайта жіберген файлға керек емес) және қойманың құпия фразасын теріңіз.</translation>
    </message>
    <message>
        <source>Travel mode could not end ({kind}).</source>
        <translation>Сапар режимін аяқтау мүмкін болмады ({kind}).</translation>
    </message>
</context>
<context>
    <name>TravelStartDialog</name>
    <message>
        <source>Travel mode</source>
        <translation>Сапар режимі</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Кім үшін шифрлау</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Travel file</source>
        <translation>Сапар файлы</translation>
    </message>
    <message>
        <source>&amp;Encrypt to</source>
        <translation>&amp;Кім үшін шифрлау</translation>
    </message>
    <message>
        <source>Save the travel file as</source>
        <translation>Сапар файлын былай сақтау</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Start travel mode</source>
        <translation>Сапар режимін бастау</translation>
    </message>
    <message>
        <source>For a border or a trip: the keys of this vault go into a travel file, encrypted to your recovery key or to a partner, and this laptop keeps only a vault that nobody can open, not even with your passphrase. Send the file to the partner or keep it somewhere else, not on this laptop. Back home, end travel mode from the unlock screen with the file (and the recovery key, or the file the partner decrypted for you).</source>
        <translation>Шекара немесе сапар үшін: осы қойманың кілттері қалпына келтіру кілтіңізбен немесе серіктес үшін шифрланған сапар файлына көшеді, ал ноутбукта ешкім, тіпті сіздің құпия фразаңызбен де аша алмайтын қойма ғана қалады. Файлды серіктеске жіберіңіз немесе осы ноутбукта емес, басқа жерде сақтаңыз. Оралған соң сапар режимін ашу экранында осы файлмен (және қалпына келтіру кілтімен немесе серіктес сіз үшін шифрын ашқан файлмен) аяқтаңыз.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>Бұл қалпына келтіру кілті қойманы ашпайды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Travel mode could not start ({kind}).</source>
        <translation>Сапар режимін бастау мүмкін болмады ({kind}).</translation>
    </message>
</context>
<context>
    <name>UnConsentField</name>
    <message>
        <source>Name may be sent to the government</source>
        <translation>Атын үкіметке жіберуге болады</translation>
    </message>
    <message>
        <source>Name may appear in the UN&apos;s public report</source>
        <translation>Аты БҰҰ-ның жария баяндамасында көрсетілуі мүмкін</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Бұл құпия фраза қойманы ашпайды. Caps Lock пен пернетақта тілін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The vault cannot be read: {reason}.</source>
        <translation>Қойманы оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>Қойма ашылмады ({kind}).</translation>
    </message>
    <message>
        <source>Unlock Casebook</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <source>Look at this copy without changing anything in it</source>
        <translation>Бұл көшірмені ештеңесін өзгертпей қарау</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Құпия фразаны ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Басқа қойманы ашу…</translation>
    </message>
    <message>
        <source>End travel mode…</source>
        <translation>Сапар режимін аяқтау…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Қойма: {path}</translation>
    </message>
    <message>
        <source>Enter the passphrase of this vault.</source>
        <translation>Осы қойманың құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Upgrading this vault for this version of Casebook: step {step} of {total}. This is done once and can take a few minutes on a large vault. Do not close Casebook.</source>
        <translation>Қойма Casebook-тың осы нұсқасы үшін жаңартылуда: {total} қадамның {step}-қадамы. Бұл бір рет жасалады және үлкен қоймада бірнеше минутқа созылуы мүмкін. Casebook-ты жаппаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passphrase(s) more and the keys of this vault are destroyed.</source>
        <translation>
            <numerusform>Тағы %n қате құпия фраза терілсе, осы қойманың кілттері жойылады.</numerusform>
            <numerusform>Тағы %n қате құпия фраза терілсе, осы қойманың кілттері жойылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>{seconds} с күтіңіз</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <source>&amp;Identity and partners…</source>
        <translation>&amp;Куәлік және серіктестер…</translation>
    </message>
    <message>
        <source>&amp;Add a partner…</source>
        <translation>Серіктес &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Send to partner…</source>
        <translation>Серіктеске &amp;жіберу…</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>&amp;Пакетті импорттау…</translation>
    </message>
    <message>
        <source>Re&amp;view partners&apos; proposals…</source>
        <translation>Серіктестердің ұсыныстарын қа&amp;рау…</translation>
    </message>
    <message>
        <source>A&amp;ddress book…</source>
        <translation>&amp;Мекенжай кітабы…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Құпия фразаны ау&amp;ыстыру…</translation>
    </message>
    <message>
        <source>Replace all &amp;keys…</source>
        <translation>Барлық кілтті &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>P&amp;rotection…</source>
        <translation>Қ&amp;орғаныс…</translation>
    </message>
    <message>
        <source>&amp;Travel mode…</source>
        <translation>Сапар р&amp;ежимі…</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Әзірге қолжетімсіз</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>Casebook-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>Casebook keeps your cases and evidence in an encrypted vault on this computer. Nothing readable is written anywhere else unless you export it.</source>
        <translation>Casebook істеріңіз бен дәлелдеріңізді осы компьютердегі шифрланған қоймада сақтайды. Өзіңіз экспорттамасаңыз, оқуға болатын ештеңе басқа жерге жазылмайды.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Жаңа қойма жасау</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Бар қойманы ашу…</translation>
    </message>
    <message>
        <source>Try the demo vault (fictional cases)</source>
        <translation>Демо-қойманы қолданып көру (ойдан шығарылған істер)</translation>
    </message>
    <message>
        <source>Open a Casebook vault</source>
        <translation>Casebook қоймасын ашу</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (it has no header file).</source>
        <translation>{path} — Casebook қоймасы емес (онда тақырыптама файлы жоқ).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>← All cases</source>
        <translation>← Барлық істер</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Істер тізіміне оралу (Alt+Left)</translation>
    </message>
    <message>
        <source>Patterns: events of the cases the list shows</source>
        <translation>Заңдылықтар: тізімде көрсетілген істердің оқиғалары</translation>
    </message>
    <message>
        <source>Patterns ▸</source>
        <translation>Заңдылықтар ▸</translation>
    </message>
    <message>
        <source>Counts of events by type, time, place and perpetrator (Ctrl+Shift+P)</source>
        <translation>Оқиғалар саны түрі, уақыты, орны және құқық бұзушысы бойынша (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Заңдылықтар</translation>
    </message>
    <message>
        <source>New case: give it a title, then save (Ctrl+S).</source>
        <translation>Жаңа іс: оған атау беріп, сақтаңыз (Ctrl+S).</translation>
    </message>
    <message>
        <source>Case created. Add evidence and details here.</source>
        <translation>Іс жасалды. Дәлелдер мен толығырақ мәліметтерді осында қосыңыз.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (көшірме)</translation>
    </message>
    <message>
        <source>Case duplicated (evidence is not copied).</source>
        <translation>Істің көшірмесі жасалды (дәлелдер көшірілмейді).</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with its people, events and evidence? This cannot be undone.</source>
        <translation>«{title}» ісін адамдарымен, оқиғаларымен және дәлелдерімен бірге жою керек пе? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Case deleted.</source>
        <translation>Іс жойылды.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>_Answer</name>
    <message>
        <source>Not asked yet</source>
        <translation>Әлі сұралмаған</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>_ShowHide</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Құпия фразаны жасыру</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <source>received from a partner</source>
        <translation>серіктестен алынды</translation>
    </message>
    <message>
        <source>described</source>
        <translation>сипатталды</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ашылды</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортталды</translation>
    </message>
    <message>
        <source>put in a bundle</source>
        <translation>пакетке салынды</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Optional, like 14:30</source>
        <translation>Міндетті емес, мысалы 14:30</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Қамауда ұстау</translation>
    </message>
    <message>
        <source>For an arrest or detention: where, on what basis and for how long.</source>
        <translation>Ұстау немесе қамау үшін: қайда, қандай негізде және қанша мерзімге.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Не болғаны, бір жолмен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Type a country name or code</source>
        <translation>Ел атауын не кодын теріңіз</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Қала немесе өңір</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>Who may see this case: only us, partners, or anyone.</source>
        <translation>Бұл істі кім көре алады: тек біз, серіктестер немесе кез келген адам.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>About the situation</source>
        <translation>Жағдай туралы</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Мән-жайы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Үтір арқылы</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>What the appeal urges, in order. F2 edits one.</source>
        <translation>Үндеу неге шақырады, ретімен. F2 — талапты өңдеу.</translation>
    </message>
    <message>
        <source>Actions already taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Complaints to the police, the prosecutor or a court, with their reference and outcome (a UN submission asks for them).</source>
        <translation>Полицияға, прокуратураға немесе сотқа шағымдар, нөмірі мен нәтижесімен (БҰҰ-ға хабарлама оларды талап етеді).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Басқа есімдері</translation>
    </message>
    <message>
        <source>Other spellings and scripts, short forms, nicknames, maiden names, social media handles. Unless the person is named, none of them appears in an appeal.</source>
        <translation>Басқа жазылулары мен әліпбилері, қысқа түрлері, лақап аттары, қыз кезіндегі тегі, әлеуметтік желідегі аттары. Адам есімін атауға келіспесе, олардың ешқайсысы үндеуге түспейді.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Publication consent</source>
        <translation>Жариялауға келісім</translation>
    </message>
    <message>
        <source>How this person agreed to appear in anything published.</source>
        <translation>Бұл адам жарияланымдарда қандай түрде көрінуге келісті.</translation>
    </message>
    <message>
        <source>Description when anonymous</source>
        <translation>Жасырын болғандағы сипаттама</translation>
    </message>
    <message>
        <source>For example: a young woman activist</source>
        <translation>Мысалы: жас белсенді әйел</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Gender or pronouns</source>
        <translation>Гендер немесе есімдіктер</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Жария профиль</translation>
    </message>
    <message>
        <source>About the defender, as it may appear in an appeal</source>
        <translation>Құқық қорғаушы туралы — үндеуде көрсетілуі мүмкін түрде</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Тұрғылықты жері</translation>
    </message>
    <message>
        <source>Town or region</source>
        <translation>Қала немесе облыс</translation>
    </message>
    <message>
        <source>UN communications</source>
        <translation>БҰҰ-ға хабарламалар</translation>
    </message>
    <message>
        <source>Asked of a victim before a UN submission: the UN does not act on anonymous communications.</source>
        <translation>БҰҰ-ға хабарлама алдында жәбірленушіден сұралады: БҰҰ жасырын хабарламаларды қарамайды.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <source>Phones, e-mail addresses, messenger handles, home address: one per line. They are removed from every appeal, in any notation.</source>
        <translation>Телефондар, эл. пошта мекенжайлары, мессенджердегі аттары, үй мекенжайы: әр жолға біреуден. Олар кез келген жазылуда әр үндеуден алынып тасталады.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Жеке жазбалар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Languages of this text: click (or Ctrl+Shift+T in the field) to translate it</source>
        <translation>Осы мәтіннің тілдері: аудару үшін басыңыз (немесе өрісте Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Languages of {field}</source>
        <translation>Тілдері: {field}</translation>
    </message>
    <message>
        <source>private, never published</source>
        <translation>жеке, ешқашан жарияланбайды</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <source>Private: never published.</source>
        <translation>Жеке: ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <source>Who gave it, how it arrived</source>
        <translation>Кім берді, қалай келіп түсті</translation>
    </message>
    <message>
        <source>Where the file came from: a person, a chat, a phone.</source>
        <translation>Файл қайдан алынды: адамнан, чаттан, телефоннан.</translation>
    </message>
    <message>
        <source>What it shows, when and where it was made</source>
        <translation>Онда не көрсетілген, қашан және қайда жасалған</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Түпнұсқа</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>First page.</source>
        <translation>Бірінші бет.</translation>
    </message>
    <message>
        <source>The first page could not be drawn; its text is shown.</source>
        <translation>Бірінші бетті салу мүмкін болмады; оның мәтіні көрсетілген.</translation>
    </message>
    <message>
        <source>Install poppler (pdftoppm) to see pages; the text of the first page is shown.</source>
        <translation>Беттерді көру үшін poppler (pdftoppm) орнатыңыз; бірінші беттің мәтіні көрсетілген.</translation>
    </message>
    <message>
        <source>This PDF could not be read.</source>
        <translation>Бұл PDF оқылмады.</translation>
    </message>
    <message>
        <source>This image could not be decoded.</source>
        <translation>Бұл суретті ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no preview for this kind of file.</source>
        <translation>Мұндай файл түріне алдын ала қарау жоқ.</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Missing</source>
        <translation>Аудармасы жоқ</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Аударылған</translation>
    </message>
</context>
</TS>
