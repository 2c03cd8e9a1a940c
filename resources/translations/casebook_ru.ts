<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionsField</name>
    <message>
        <source>Actions already taken</source>
        <translation>Уже принятые меры</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Удалить меру</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Добавление партнёра</translation>
    </message>
    <message>
        <source>Digits the partner reads to you (optional)</source>
        <translation>Цифры, которые партнёр прочитает вам (необязательно)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>Их карточка</translation>
    </message>
    <message>
        <source>Fingerprint of the card</source>
        <translation>Отпечаток карточки</translation>
    </message>
    <message>
        <source>Fingerprint they read out</source>
        <translation>Отпечаток, который они прочитали</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language (en, ru, kk...)</source>
        <translation>Язык (en, ru, kk...)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Онлайн-форма</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Save addressee</source>
        <translation>Сохранить адресата</translation>
    </message>
    <message>
        <source>Remove addressee</source>
        <translation>Удалить адресата</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Импорт из файла…</translation>
    </message>
    <message>
        <source>Import addressees</source>
        <translation>Импорт адресатов</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated.</source>
        <translation>Добавлено: {added}, обновлено: {updated}.</translation>
    </message>
</context>
<context>
    <name>AddresseeModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>AddresseesModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record an answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>id of the evidence item holding the reply</source>
        <translation>id доказательства, в котором хранится ответ</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>What they answered</source>
        <translation>Что ответили</translation>
    </message>
    <message>
        <source>Reply kept as evidence</source>
        <translation>Ответ как доказательство</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующее напоминание</translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <source>Urgent appeal</source>
        <translation>Срочное обращение</translation>
    </message>
    <message>
        <source>Update of an earlier appeal</source>
        <translation>Обновление прежнего обращения</translation>
    </message>
    <message>
        <source>UN Special Procedures</source>
        <translation>Специальные процедуры ООН</translation>
    </message>
    <message>
        <source>Letter to an authority</source>
        <translation>Письмо в орган власти</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>следующий свободный номер</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Format of the exported appeal</source>
        <translation>Формат экспортируемого обращения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>The earlier appeal this update follows</source>
        <translation>Прежнее обращение, которое дополняет это обновление</translation>
    </message>
    <message>
        <source>Addressee from the address book</source>
        <translation>Адресат из адресной книги</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Дополняет</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Texts and addressees</source>
        <translation>Тексты и адресаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Sent appeals</source>
        <translation>Отправленные обращения</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Вернуться к черновику</translation>
    </message>
    <message>
        <source>Preview of the appeal</source>
        <translation>Предпросмотр обращения</translation>
    </message>
    <message>
        <source>Texts without a version in this language</source>
        <translation>Тексты без версии на этом языке</translation>
    </message>
    <message>
        <source>Translate the missing texts…</source>
        <translation>Перевести недостающие тексты…</translation>
    </message>
    <message>
        <source>Earlier incidents could not be looked for: {error}</source>
        <translation>Не удалось найти прежние инциденты: {error}</translation>
    </message>
    <message>
        <source>the newest appeal</source>
        <translation>последнее обращение</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of a name that may not be published were replaced by {label}.</source>
        <translation>
            <numerusform>%n упоминание имени, которое нельзя публиковать, заменено на {label}.</numerusform>
            <numerusform>%n упоминания имён, которые нельзя публиковать, заменены на {label}.</numerusform>
            <numerusform>%n упоминаний имён, которые нельзя публиковать, заменены на {label}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No {language} version; the original text is used for: {fields}</source>
        <translation>Нет версии на языке «{language}»; использован исходный текст для: {fields}</translation>
    </message>
    <message>
        <source>Check ({n} to decide)</source>
        <translation>Проверка (решить: {n})</translation>
    </message>
    <message>
        <source>Showing the appeal {ref} kept on {date}, as it was sent.</source>
        <translation>Показано обращение {ref}, сохранённое {date}, в том виде, в каком оно было отправлено.</translation>
    </message>
    <message>
        <source>Settings of the sent appeal loaded; export to regenerate it.</source>
        <translation>Загружены настройки отправленного обращения; чтобы создать его заново, выполните экспорт.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet. The appeal is made from the saved case: save the changes and export?</source>
        <translation>В деле есть несохранённые изменения. Обращение создаётся из сохранённого дела: сохранить изменения и экспортировать?</translation>
    </message>
    <message>
        <source>Save and export</source>
        <translation>Сохранить и экспортировать</translation>
    </message>
    <message>
        <source>Decide on each doubtful finding (Redact or Keep) in the Check tab before exporting.</source>
        <translation>Перед экспортом примите решение по каждой сомнительной находке (Скрыть или Оставить) на вкладке «Проверка».</translation>
    </message>
    <message>
        <source>Internal case</source>
        <translation>Дело «только для своих»</translation>
    </message>
    <message>
        <source>This case is marked “internal only”. Export an appeal from it anyway? Check the preview: every name in it will be readable by anyone who gets the file.</source>
        <translation>Это дело помечено как «только для своих». Всё равно экспортировать по нему обращение? Проверьте предпросмотр: любой, к кому попадёт файл, сможет прочитать каждое имя в нём.</translation>
    </message>
    <message>
        <source>Export appeal</source>
        <translation>Экспорт обращения</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <source>Saved {path}; kept as {ref} (SHA-256 {sha}).</source>
        <translation>Сохранено: {path}; в хранилище под номером {ref} (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>The appeal was not exported: {error}</source>
        <translation>Обращение не экспортировано: {error}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>This vault has never been backed up. Back up now (Vault → Back up now…).</source>
        <translation>Резервная копия этого хранилища ещё ни разу не создавалась. Создайте её сейчас (Хранилище → Создать резервную копию…).</translation>
    </message>
    <message>
        <source>The last backup is more than {days} days old ({when}).</source>
        <translation>Последней резервной копии больше {days} дн. ({when}).</translation>
    </message>
    <message>
        <source>Unexpected error ({name}); nothing was changed.</source>
        <translation>Непредвиденная ошибка ({name}); ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>A folder on a USB stick</source>
        <translation>Папка на USB-накопителе</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Последняя копия</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Куда сохранить</translation>
    </message>
    <message>
        <source>Remind me after</source>
        <translation>Напомнить через</translation>
    </message>
    <message>
        <source>The backup is itself a vault: it opens with the same passphrase and recovery key. Only new evidence is copied when you back up to the same folder again.</source>
        <translation>Резервная копия — это тоже хранилище: она открывается той же парольной фразой и тем же ключом восстановления. При повторном копировании в ту же папку копируются только новые доказательства.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку для резервной копии</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backup complete: {files} evidence files, {copied} copied now.</source>
        <translation>Резервная копия создана. Файлов доказательств: {files}, скопировано сейчас: {copied}.</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Publication: {0}</source>
        <translation>Публикация: {0}</translation>
    </message>
    <message>
        <source>Risk: {0}</source>
        <translation>Риск: {0}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Charts are not available in this build; see the table.</source>
        <translation>В этой сборке нет диаграмм; смотрите таблицу.</translation>
    </message>
    <message>
        <source>Chart of the counted events</source>
        <translation>Диаграмма подсчитанных событий</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Known only to the year</source>
        <translation>Известен только год</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Сохранить дело</translation>
    </message>
    <message>
        <source>&amp;Translate this text</source>
        <translation>&amp;Перевести этот текст</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Appeals will appear here.</source>
        <translation>Здесь появятся обращения.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Отправки</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Choose a case in the list, or create a new one.</source>
        <translation>Выберите дело в списке или создайте новое.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Origin: {where}</source>
        <translation>Происхождение: {where}</translation>
    </message>
    <message>
        <source>{n} proposal(s) from partners wait for your decision (Vault menu).</source>
        <translation>Предложений партнёров, ожидающих вашего решения: {n} (меню «Хранилище»).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), marked in red next to the fields.</source>
        <translation>
            <numerusform>Не сохранено: %n ошибка. Поля с ошибками отмечены красным.</numerusform>
            <numerusform>Не сохранено: %n ошибки. Поля с ошибками отмечены красным.</numerusform>
            <numerusform>Не сохранено: %n ошибок. Поля с ошибками отмечены красным.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Последнее событие</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>Не удалось прочитать список: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Удалить дело…</translation>
    </message>
    <message>
        <source>Reminders due today</source>
        <translation>Напоминания на сегодня</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новый инцидент…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import a bundle received from a partner</source>
        <translation>Импортировать пакет, полученный от партнёра</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Ни одно дело не подходит под поиск и фильтры.</translation>
    </message>
    <message>
        <source>No cases yet. Record what happened with “New incident” (Ctrl+Shift+N), or create a case with File › New case (Ctrl+N).</source>
        <translation>Дел пока нет. Запишите, что произошло, через «Новый инцидент» (Ctrl+Shift+N) или создайте дело: Файл › Новое дело (Ctrl+N).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Passphrase changed. The recovery key stays the same; backups made before open with the old passphrase until you back up again.</source>
        <translation>Парольная фраза изменена. Ключ восстановления остаётся прежним; резервные копии, созданные раньше, открываются старой парольной фразой, пока вы не создадите резервную копию снова.</translation>
    </message>
    <message>
        <source>Casebook — change passphrase</source>
        <translation>Casebook — смена парольной фразы</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. The recovery key stays the same. Nothing else in the vault is re-encrypted.</source>
        <translation>Введите нынешнюю парольную фразу, затем новую — дважды. Ключ восстановления остаётся прежним. Больше ничего в хранилище не перешифровывается.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Нынешняя парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Нынешняя парольная фраза</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Нынешняя парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new passphrase is the one in use now. Choose another one.</source>
        <translation>Новая парольная фраза совпадает с нынешней. Выберите другую.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed ({kind}).</source>
        <translation>Не удалось сменить парольную фразу ({kind}).</translation>
    </message>
</context>
<context>
    <name>CheckModel</name>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>name in another form or script</source>
        <translation>имя в другой форме или другим алфавитом</translation>
    </message>
    <message>
        <source>initials with name</source>
        <translation>инициалы с фамилией</translation>
    </message>
    <message>
        <source>contact detail</source>
        <translation>контактные данные</translation>
    </message>
    <message>
        <source>close to a name</source>
        <translation>похоже на имя</translation>
    </message>
    <message>
        <source>a name that is also a word</source>
        <translation>имя, которое также обычное слово</translation>
    </message>
    <message>
        <source>looks like a phone number</source>
        <translation>похоже на номер телефона</translation>
    </message>
    <message>
        <source>looks like an e-mail address</source>
        <translation>похоже на адрес эл. почты</translation>
    </message>
    <message>
        <source>hint: a relative or lawyer is mentioned</source>
        <translation>подсказка: упомянут родственник или адвокат</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>подсказка</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
    <message>
        <source>redact</source>
        <translation>скрыть</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>оставить</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>решить</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Findings of the pre-publication check</source>
        <translation>Находки проверки перед публикацией</translation>
    </message>
    <message>
        <source>Context of the selected finding</source>
        <translation>Контекст выбранной находки</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>&amp;Keep as written</source>
        <translation>&amp;Оставить как есть</translation>
    </message>
    <message>
        <source>Replace the selected text in this appeal</source>
        <translation>Заменить выбранный текст в этом обращении</translation>
    </message>
    <message>
        <source>Publish the selected text as it is</source>
        <translation>Опубликовать выбранный текст как есть</translation>
    </message>
    <message>
        <source>Contact details of named people that may be published in this appeal:</source>
        <translation>Контактные данные названных людей, которые можно опубликовать в этом обращении:</translation>
    </message>
    <message>
        <source>Contact details to publish</source>
        <translation>Контактные данные для публикации</translation>
    </message>
    <message>
        <source>{open} doubtful finding(s) to decide before export ({total} in all).</source>
        <translation>Сомнительных находок, по которым нужно решить до экспорта: {open} (всего {total}).</translation>
    </message>
    <message>
        <source>Nothing left to decide ({total} finding(s)).</source>
        <translation>Решать больше нечего (находок: {total}).</translation>
    </message>
    <message>
        <source>Nothing that may not be published was found.</source>
        <translation>Ничего, что нельзя публиковать, не найдено.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Case changed on both sides</source>
        <translation>Дело изменено с обеих сторон</translation>
    </message>
    <message>
        <source>How the two versions differ</source>
        <translation>Чем различаются две версии</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их версию</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>No conflict is left for this case.</source>
        <translation>По этому делу конфликтов больше нет.</translation>
    </message>
    <message>
        <source>Received from {who} on {when}.</source>
        <translation>Получено от {who} ({when}).</translation>
    </message>
    <message>
        <source>Nothing has been overwritten: your version is in use until you decide.</source>
        <translation>Ничего не перезаписано: пока вы не решите, используется ваша версия.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ваша версия:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Их версия:</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Pick where the vault lives and a passphrase to lock it. You will get a recovery key next: keep it apart from this computer.</source>
        <translation>Выберите папку для хранилища и парольную фразу, которой оно будет заперто. Затем вы получите ключ восстановления: храните его отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Optional; shown to partners you send cases to</source>
        <translation>Необязательно; видно партнёрам, которым вы отправляете дела</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Where should the vault be?</source>
        <translation>Где разместить хранилище?</translation>
    </message>
    <message>
        <source>Enter the folder where the vault should be created.</source>
        <translation>Укажите папку, в которой нужно создать хранилище.</translation>
    </message>
    <message>
        <source>There is already a vault in {path}. Open it instead.</source>
        <translation>В папке {path} уже есть хранилище. Откройте его.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>{path} is not empty. Choose an empty or new folder.</source>
        <translation>Папка {path} не пуста. Выберите пустую или новую папку.</translation>
    </message>
    <message>
        <source>The vault cannot be created there: {reason}.</source>
        <translation>Там нельзя создать хранилище: {reason}.</translation>
    </message>
    <message>
        <source>The vault could not be created ({kind}).</source>
        <translation>Не удалось создать хранилище ({kind}).</translation>
    </message>
</context>
<context>
    <name>DemandsPanel</name>
    <message>
        <source>Demands of the appeal</source>
        <translation>Требования обращения</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Your own demand</source>
        <translation>Своё требование</translation>
    </message>
    <message>
        <source>Add the demand from the library</source>
        <translation>Добавить требование из библиотеки</translation>
    </message>
    <message>
        <source>Add your own demand</source>
        <translation>Добавить своё требование</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>From the library:</source>
        <translation>Из библиотеки:</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Save details</source>
        <translation>Сохранить сведения</translation>
    </message>
    <message>
        <source>Also saved with the case (Ctrl+S)</source>
        <translation>Сохраняются и вместе с делом (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Not saved: see the messages next to the fields.</source>
        <translation>Не сохранено: см. сообщения рядом с полями.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Сведения сохранены.</translation>
    </message>
</context>
<context>
    <name>DetentionField</name>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Legal basis (article)</source>
        <translation>Правовое основание (статья)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Term in days (0: not known)</source>
        <translation>Срок в сутках (0: неизвестен)</translation>
    </message>
    <message>
        <source>Expected release: {date} (the reminder shows from the day before)</source>
        <translation>Ожидаемое освобождение: {date} (напоминание появится за день)</translation>
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
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet.</source>
        <translation>В деле есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Сохранить их, прежде чем продолжить?</translation>
    </message>
</context>
<context>
    <name>EventDateField</name>
    <message>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>This date is right</source>
        <translation>Эта дата верна</translation>
    </message>
    <message>
        <source>{date}: {reasons}. Is it right?</source>
        <translation>{date}: {reasons}. Это верно?</translation>
    </message>
    <message>
        <source>is unusual: tick &quot;This date is right&quot; to keep it</source>
        <translation>необычна: отметьте «Эта дата верна», чтобы сохранить её</translation>
    </message>
</context>
<context>
    <name>EventLinksField</name>
    <message>
        <source>The case has no saved events yet.</source>
        <translation>В деле пока нет сохранённых событий.</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Events in the chronology</source>
        <translation>События в хронологии</translation>
    </message>
    <message>
        <source>Earlier incidents (other cases with the same people)</source>
        <translation>Прежние инциденты (другие дела с теми же людьми)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Filter events</source>
        <translation>Фильтр событий</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>No event chosen. Add one or choose one in the timeline.</source>
        <translation>Событие не выбрано. Добавьте новое или выберите в хронологии.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <source>Name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Показать предпросмотр</translation>
    </message>
    <message>
        <source>Decrypts the file in memory; logged as viewed.</source>
        <translation>Файл расшифровывается в памяти; просмотр записывается в журнал.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <source>Choose an item to see its details, preview and custody log.</source>
        <translation>Выберите файл, чтобы увидеть сведения о нём, предпросмотр и журнал хранения.</translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0} ({1} байт)</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Изображение предпросмотра</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Filter evidence</source>
        <translation>Фильтр доказательств</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Export original…</source>
        <translation>Экспорт оригинала…</translation>
    </message>
    <message>
        <source>Export cleaned copy…</source>
        <translation>Экспорт очищенной копии…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Save the case first; then you can add evidence to it.</source>
        <translation>Сначала сохраните дело; после этого к нему можно добавлять доказательства.</translation>
    </message>
    <message>
        <source>A copy without hidden metadata (location, camera, author)</source>
        <translation>Копия без скрытых метаданных (место съёмки, камера, автор)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <source>Only files can be added, not folders.</source>
        <translation>Добавлять можно только файлы, не папки.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Импортирован %n файл.</numerusform>
            <numerusform>Импортировано %n файла.</numerusform>
            <numerusform>Импортировано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) skipped.</source>
        <translation>
            <numerusform>Пропущена %n папка.</numerusform>
            <numerusform>Пропущено %n папки.</numerusform>
            <numerusform>Пропущено %n папок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. Files finished before are kept: %n.</source>
        <translation>
            <numerusform>Импорт отменён. Уже импортированные файлы сохранены: %n.</numerusform>
            <numerusform>Импорт отменён. Уже импортированные файлы сохранены: %n.</numerusform>
            <numerusform>Импорт отменён. Уже импортированные файлы сохранены: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden metadata in %n imported file(s) can place or name someone:</source>
        <translation>
            <numerusform>Скрытые метаданные в %n импортированном файле могут указать место или имя человека:</numerusform>
            <numerusform>Скрытые метаданные в %n импортированных файлах могут указать место или имя человека:</numerusform>
            <numerusform>Скрытые метаданные в %n импортированных файлах могут указать место или имя человека:</numerusform>
        </translation>
    </message>
    <message>
        <source>The originals stay as they are in the vault (they are evidence). Share only a cleaned copy, without this metadata.</source>
        <translation>Оригиналы остаются в хранилище без изменений (это доказательства). Передавайте другим только очищенную копию, без этих метаданных.</translation>
    </message>
    <message>
        <source>Location or name in the files</source>
        <translation>Место или имя в файлах</translation>
    </message>
    <message>
        <source>Too large to preview here. Export it to look at it.</source>
        <translation>Файл слишком велик для предпросмотра. Экспортируйте его, чтобы посмотреть.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <source>Export original</source>
        <translation>Экспорт оригинала</translation>
    </message>
    <message>
        <source>Export cleaned copy</source>
        <translation>Экспорт очищенной копии</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Экспортировано в {0}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <source>Delete {0} from the vault? The encrypted file is destroyed; the log keeps a record.</source>
        <translation>Удалить {0} из хранилища? Зашифрованный файл будет уничтожен; в журнале останется запись.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Удаление доказательства</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>Удалено: {0}.</translation>
    </message>
</context>
<context>
    <name>FieldChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Protected: consent, names, contacts, sensitivity or a deletion. A partner cannot change it without your decision.</source>
        <translation>Защищено: согласие, имена, контакты, уровень доступа или удаление. Партнёр не может изменить это без вашего решения.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, people, places, events…</source>
        <translation>Поиск по названиям, людям, местам, событиям…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any event type</source>
        <translation>Любой тип события</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Type of an event in the case</source>
        <translation>Тип события в деле</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>События с</translation>
    </message>
    <message>
        <source>Events until</source>
        <translation>События по</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Дел: {count}</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Reset the passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Enter the recovery key you were given when the vault was created, and choose a new passphrase. The recovery key stays the same.</source>
        <translation>Введите ключ восстановления, который вы получили при создании хранилища, и выберите новую парольную фразу. Ключ восстановления останется прежним.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Открыть и задать новую парольную фразу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Этот ключ восстановления не открывает это хранилище.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Sent appeals</source>
        <translation>Отправленные обращения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Создать заново</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your organisation&apos;s identity</source>
        <translation>Удостоверение вашей организации</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Ваша контактная карточка</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Получатель age</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Give partners the card below. Then read the fingerprint to them over the phone: if it matches what they see, nobody swapped the card on the way.</source>
        <translation>Передайте партнёрам карточку ниже. Затем прочитайте им отпечаток по телефону: если он совпадает с тем, что видят они, карточку по дороге никто не подменил.</translation>
    </message>
    <message>
        <source>Copy card</source>
        <translation>Копировать карточку</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Копировать отпечаток</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>or drop files here.</source>
        <translation>или перетащите файлы сюда.</translation>
    </message>
    <message>
        <source>Who gave them, how they arrived</source>
        <translation>Кто передал, как они поступили</translation>
    </message>
    <message>
        <source>Recorded as the source of each file added next</source>
        <translation>Записывается как источник каждого следующего добавленного файла</translation>
    </message>
    <message>
        <source>Source of new files:</source>
        <translation>Источник новых файлов:</translation>
    </message>
    <message>
        <source>Link new files to:</source>
        <translation>Событие для новых файлов:</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>без события</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the sender by phone; accept the bundle</source>
        <translation>Отпечаток сверен с отправителем по телефону; принять пакет</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Содержимое пакета</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>&amp;Review proposals…</source>
        <translation>&amp;Рассмотреть предложения…</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>Casebook bundles (*.age)</source>
        <translation>Пакеты Casebook (*.age)</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Идёт импорт…</translation>
    </message>
    <message>
        <source>Checked. Nothing has been imported yet.</source>
        <translation>Проверено. Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported. {n} change(s) wait for your decision.</source>
        <translation>Импортировано. Изменений, ожидающих вашего решения: {n}.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>I compared the fingerprint {fp} with {name} by phone and it matches; confirm them</source>
        <translation>Я сверил(а) отпечаток {fp} с {name} по телефону, он совпадает; подтвердить партнёра</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>новое дело</translation>
    </message>
    <message>
        <source>update (changed only by the sender)</source>
        <translation>обновление (изменено только отправителем)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>your version is newer; kept</source>
        <translation>ваша версия новее; оставлена</translation>
    </message>
    <message>
        <source>CONFLICT: changed on both sides; both versions kept</source>
        <translation>КОНФЛИКТ: изменено с обеих сторон; сохранены обе версии</translation>
    </message>
    <message>
        <source>PROPOSAL: changes consent, names, contacts or sensitivity; not applied</source>
        <translation>ПРЕДЛОЖЕНИЕ: меняет согласие, имена, контакты или уровень доступа; не применено</translation>
    </message>
    <message>
        <source>PROPOSAL: from an unverified source; not applied</source>
        <translation>ПРЕДЛОЖЕНИЕ: из непроверенного источника; не применено</translation>
    </message>
    <message>
        <source>PROPOSAL: you deleted this case; it stays deleted</source>
        <translation>ПРЕДЛОЖЕНИЕ: вы удалили это дело; оно остаётся удалённым</translation>
    </message>
    <message>
        <source>PROPOSAL: the partner deleted this case; kept</source>
        <translation>ПРЕДЛОЖЕНИЕ: партнёр удалил это дело; оно сохранено</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>От: {sender}</translation>
    </message>
    <message>
        <source>Fingerprint: {fp}</source>
        <translation>Отпечаток: {fp}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Создан: {when}</translation>
    </message>
    <message>
        <source>The cases will be marked as from an unverified source.</source>
        <translation>Дела будут отмечены как полученные из непроверенного источника.</translation>
    </message>
    <message>
        <source>The partner&apos;s fingerprint will be marked confirmed.</source>
        <translation>Отпечаток партнёра будет отмечен как подтверждённый.</translation>
    </message>
    <message>
        <source>The partner changed their keys: their card will be replaced by their rotation notice, signed with the old and the new key.</source>
        <translation>Партнёр сменил ключи: его карточка будет заменена по уведомлению о смене ключей, подписанному старым и новым ключом.</translation>
    </message>
    <message>
        <source>Signature and every file checked.</source>
        <translation>Подпись и все файлы проверены.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортировано:</translation>
    </message>
    <message>
        <source>; evidence: {new} new, {held} already held</source>
        <translation>; доказательства: новых {new}, уже были {held}</translation>
    </message>
    <message>
        <source>custody log NOT verified: {problem}</source>
        <translation>журнал хранения НЕ подтверждён: {problem}</translation>
    </message>
</context>
<context>
    <name>InvolvementsField</name>
    <message>
        <source>Who was involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Person or organisation to add</source>
        <translation>Добавляемый человек или организация</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Введите имя…</translation>
    </message>
    <message>
        <source>Role of the person or organisation to add</source>
        <translation>Роль добавляемого человека или организации</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Add new person</source>
        <translation>Добавить нового человека</translation>
    </message>
    <message>
        <source>(no longer in this case)</source>
        <translation>(больше нет в этом деле)</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>D&amp;uplicate case</source>
        <translation>Создать &amp;копию дела</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Удалить дело…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Hide and lock</source>
        <translation>С&amp;прятать и заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;All cases</source>
        <translation>&amp;Все дела</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Очистить поиск и фильтры</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;О программе Casebook</translation>
    </message>
    <message>
        <source>New &amp;incident…</source>
        <translation>Новый &amp;инцидент…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>New incident (quick intake)</source>
        <translation>Новый инцидент (быстрая запись)</translation>
    </message>
    <message>
        <source>Duplicate the case</source>
        <translation>Создать копию дела</translation>
    </message>
    <message>
        <source>Delete the case (in the list)</source>
        <translation>Удалить дело (в списке)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Back to the list from the editor</source>
        <translation>Из редактора обратно к списку</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>Panic: hide every window and lock</source>
        <translation>Тревога: скрыть все окна и заблокировать</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>О программе Casebook</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase was shown when it was made.</source>
        <translation>Это демо-хранилище; его парольная фраза была показана при создании.</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо-хранилище</translation>
    </message>
    <message>
        <source>The demo vault holds four fictional cases. To open it again later, use this passphrase:

{passphrase}</source>
        <translation>В демо-хранилище четыре вымышленных дела. Чтобы потом открыть его снова, используйте эту парольную фразу:

{passphrase}</translation>
    </message>
    <message>
        <source>The demo vault could not be created: {reason}</source>
        <translation>Не удалось создать демо-хранилище: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) without a database row were kept in quarantine, not deleted; see &apos;casebook evidence quarantine list&apos;.</source>
        <translation>
            <numerusform>%n файл доказательств без записи в базе сохранён в карантине, а не удалён; см. &apos;casebook evidence quarantine list&apos;.</numerusform>
            <numerusform>%n файла доказательств без записи в базе сохранены в карантине, а не удалены; см. &apos;casebook evidence quarantine list&apos;.</numerusform>
            <numerusform>%n файлов доказательств без записи в базе сохранены в карантине, а не удалены; см. &apos;casebook evidence quarantine list&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only: this copy of the vault is older than its header. Nothing can be changed; restore the newest backup to go on working.</source>
        <translation>Открыто только для чтения: эта копия хранилища старше его заголовка. Ничего нельзя изменить; чтобы продолжить работу, восстановите самую новую резервную копию.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>When Casebook locked, a case had changes that were not valid yet, so they could not be saved. Open the case to enter them again.</source>
        <translation>Когда Casebook заблокировался, в деле были изменения с ошибками, поэтому их не удалось сохранить. Откройте дело и внесите их снова.</translation>
    </message>
    <message>
        <source>Travel mode ended. Unlock the vault with its passphrase.</source>
        <translation>Режим поездки завершён. Откройте хранилище его парольной фразой.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet. What is sent is the saved case: save the changes first?</source>
        <translation>В деле есть несохранённые изменения. Отправляется сохранённое дело: сначала сохранить изменения?</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сохранить и продолжить</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casebook {version}&lt;/h3&gt;&lt;p&gt;Encrypted case documentation and urgent appeals for human rights defenders. Everything stays in the encrypted vault on this computer unless you export it.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook {version}&lt;/h3&gt;&lt;p&gt;Зашифрованное документирование дел и срочные обращения для правозащитников. Всё остаётся в зашифрованном хранилище на этом компьютере, пока вы сами это не экспортируете.&lt;/p&gt;&lt;p&gt;Лицензия: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MasterDetail</name>
    <message>
        <source>Remove</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time, like 14:30</source>
        <translation>Время, например 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>This date is right</source>
        <translation>Эта дата верна</translation>
    </message>
    <message>
        <source>City, street or building</source>
        <translation>Город, улица или здание</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>Что произошло, в нескольких предложениях</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Дата суда</translation>
    </message>
    <message>
        <source>e.g. Article 488 of the Code of Administrative Offences</source>
        <translation>например, статья 488 КоАП</translation>
    </message>
    <message>
        <source>e.g. 10 days</source>
        <translation>например, 10 суток</translation>
    </message>
    <message>
        <source>One demand per line (optional)</source>
        <translation>По одному требованию в строке (необязательно)</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Создать дело</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <source>Wh&amp;en *</source>
        <translation>&amp;Когда *</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Где</translation>
    </message>
    <message>
        <source>W&amp;ho (consent asked) *</source>
        <translation>К&amp;то (с согласием) *</translation>
    </message>
    <message>
        <source>Wh&amp;at</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Who &amp;did it</source>
        <translation>Кто &amp;виноват</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>&amp;Police station</source>
        <translation>&amp;Отдел полиции</translation>
    </message>
    <message>
        <source>&amp;Lawyer</source>
        <translation>&amp;Адвокат</translation>
    </message>
    <message>
        <source>&amp;Hearing date</source>
        <translation>Дата &amp;суда</translation>
    </message>
    <message>
        <source>Legal a&amp;rticle</source>
        <translation>Ст&amp;атья</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <source>De&amp;mands</source>
        <translation>&amp;Требования</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Optional; else “{title}”</source>
        <translation>Необязательно; иначе «{title}»</translation>
    </message>
    <message>
        <source>Type the date of the incident.</source>
        <translation>Введите дату инцидента.</translation>
    </message>
    <message>
        <source>The date is unusual ({reasons}): tick “This date is right”.</source>
        <translation>Необычная дата ({reasons}): отметьте «Эта дата верна».</translation>
    </message>
    <message>
        <source>Press Enter to add “{name}”, or clear the field.</source>
        <translation>Нажмите Enter, чтобы добавить «{name}», или очистите поле.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Four or five unrelated words work well</source>
        <translation>Хорошо подходят четыре-пять не связанных между собой слов</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember and nobody can guess. Without it or the recovery key, nobody can open the vault: not even you.</source>
        <translation>Выберите парольную фразу, которую вы запомните и никто не угадает. Без неё или ключа восстановления хранилище не откроет никто — даже вы.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess.</source>
        <translation>Эту парольную фразу слишком легко угадать.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Введённые фразы не совпадают.</translation>
    </message>
    <message>
        <source>Good. Now type it again.</source>
        <translation>Хорошо. Теперь введите её ещё раз.</translation>
    </message>
    <message>
        <source>Time to guess it offline: {time}.</source>
        <translation>Время подбора офлайн: {time}.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
</context>
<context>
    <name>OrganisationPickField</name>
    <message>
        <source>Add to the case&apos;s organisations</source>
        <translation>Добавить в организации дела</translation>
    </message>
</context>
<context>
    <name>OutreachModel</name>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>post</source>
        <translation>почта</translation>
    </message>
    <message>
        <source>online form</source>
        <translation>онлайн-форма</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>What was sent to whom</source>
        <translation>Что кому отправлено</translation>
    </message>
    <message>
        <source>Record a sending…</source>
        <translation>Записать отправку…</translation>
    </message>
    <message>
        <source>Record an answer…</source>
        <translation>Записать ответ…</translation>
    </message>
    <message>
        <source>Reminders due across all cases</source>
        <translation>Напоминания по всем делам</translation>
    </message>
    <message>
        <source>Due across all cases</source>
        <translation>Пора сделать по всем делам</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>На сегодня ничего нет.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Filter people</source>
        <translation>Фильтр людей</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <source>No person chosen. Add one or choose one in the list.</source>
        <translation>Человек не выбран. Добавьте нового или выберите в списке.</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Фильтр организаций</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <source>No organisation chosen.</source>
        <translation>Организация не выбрана.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) name {0}. Remove them from those events too?</source>
        <translation>
            <numerusform>{0} упоминается в %n событии. Убрать и оттуда?</numerusform>
            <numerusform>{0} упоминается в %n событиях. Убрать и оттуда?</numerusform>
            <numerusform>{0} упоминается в %n событиях. Убрать и оттуда?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerChoiceModel</name>
    <message>
        <source>(fingerprint not confirmed)</source>
        <translation>(отпечаток не подтверждён)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Count events by</source>
        <translation>Считать события по</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Every type of event</source>
        <translation>Все типы событий</translation>
    </message>
    <message>
        <source>Months from</source>
        <translation>Месяцы с</translation>
    </message>
    <message>
        <source>Counted events</source>
        <translation>Подсчитанные события</translation>
    </message>
    <message>
        <source>Cases behind the chosen row</source>
        <translation>Дела за выбранной строкой</translation>
    </message>
    <message>
        <source>Click a bar or a row to list its cases.</source>
        <translation>Нажмите на столбец или строку, чтобы увидеть их дела.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind of perpetrator</source>
        <translation>Вид нарушителя</translation>
    </message>
    <message>
        <source>Victims&apos; organisation</source>
        <translation>Организация пострадавших</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>Считать по</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Counting failed: {error}</source>
        <translation>Подсчёт не удался: {error}</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>событий: {count}</translation>
    </message>
    <message>
        <source>Cases with events counted under “{value}”: {count}</source>
        <translation>Дела с событиями в строке «{value}»: {count}</translation>
    </message>
</context>
<context>
    <name>PeopleEntry</name>
    <message>
        <source>Name, then Enter</source>
        <translation>Имя, затем Enter</translation>
    </message>
    <message>
        <source>Name of a person this happened to</source>
        <translation>Имя человека, с которым это произошло</translation>
    </message>
    <message>
        <source>May the name be published?</source>
        <translation>Можно ли публиковать имя?</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>People this happened to</source>
        <translation>Люди, с которыми это произошло</translation>
    </message>
</context>
<context>
    <name>PerpetratorsEntry</name>
    <message>
        <source>Police unit, official, group… then Enter</source>
        <translation>Отдел полиции, чиновник, группа… затем Enter</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это за сторона</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <source>{title} — {kind} — from {sender}, {when}</source>
        <translation>{title} — {kind} — от {sender}, {when}</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Changes proposed by partners</source>
        <translation>Изменения, предложенные партнёрами</translation>
    </message>
    <message>
        <source>Waiting proposals</source>
        <translation>Ожидающие предложения</translation>
    </message>
    <message>
        <source>Fields: yours and theirs</source>
        <translation>Поля: ваши и их</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Принять их</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Оставить наше</translation>
    </message>
    <message>
        <source>Take &amp;all theirs</source>
        <translation>Принять &amp;все их</translation>
    </message>
    <message>
        <source>Keep all &amp;ours</source>
        <translation>Оставить всё &amp;наше</translation>
    </message>
    <message>
        <source>Nothing here has been applied: your version is in use until you decide. Fields marked ⚠ are protected.</source>
        <translation>Здесь ничего не применено: пока вы не решите, действует ваша версия. Поля с отметкой ⚠ защищены.</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Ничто не ожидает вашего решения.</translation>
    </message>
    <message>
        <source>{kind}. Received from {sender} on {when}.</source>
        <translation>{kind}. Получено от {sender} {when}.</translation>
    </message>
    <message>
        <source>Taken from the partner.</source>
        <translation>Принято от партнёра.</translation>
    </message>
    <message>
        <source>Kept yours.</source>
        <translation>Оставлено ваше.</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Фраза под принуждением</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Повторите фразу под принуждением</translation>
    </message>
    <message>
        <source>I understand: then only a backup brings the cases back</source>
        <translation>Я понимаю: тогда дела вернёт только резервная копия</translation>
    </message>
    <message>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Задать фразу под принуждением</translation>
    </message>
    <message>
        <source>&amp;Remove duress passphrase</source>
        <translation>&amp;Удалить фразу под принуждением</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <source>A second passphrase for when you are forced to open the vault. Typed instead of your passphrase, anywhere the passphrase is asked, it destroys the keys of this vault at once and opens an empty vault, with no message. From then on neither your passphrase nor the recovery key opens the cases: only a backup made before and kept somewhere else brings them back.</source>
        <translation>Вторая парольная фраза на случай, если вас заставляют открыть хранилище. Если ввести её вместо вашей парольной фразы там, где спрашивается парольная фраза, она сразу уничтожает ключи этого хранилища и открывает пустое хранилище без всяких сообщений. После этого ни ваша парольная фраза, ни ключ восстановления не открывают дела: вернуть их может только резервная копия, сделанная раньше и хранящаяся в другом месте.</translation>
    </message>
    <message>
        <source>Wrong passphrases</source>
        <translation>Неверные парольные фразы</translation>
    </message>
    <message>
        <source>Destroy the keys after</source>
        <translation>Уничтожить ключи</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>After {n} wrong passphrases in a row</source>
        <translation>После {n} неверных парольных фраз подряд</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Destroy the keys of this vault after several wrong passphrases in a row, as if the duress passphrase had been typed. The unlock screen says how many tries are left after the first mistake. A good unlock starts the count again. Only a backup made before brings the cases back.</source>
        <translation>Уничтожить ключи этого хранилища после нескольких неверных парольных фраз подряд, как если бы была введена фраза под принуждением. После первой ошибки экран входа показывает, сколько попыток осталось. Удачный вход начинает счёт заново. Вернуть дела сможет только резервная копия, сделанная раньше.</translation>
    </message>
    <message>
        <source>Panic key</source>
        <translation>Тревожная клавиша</translation>
    </message>
    <message>
        <source>The panic key also destroys the keys</source>
        <translation>Тревожная клавиша также уничтожает ключи</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>П&amp;рименить</translation>
    </message>
    <message>
        <source>The panic key (Ctrl+Shift+L) hides every window and locks the vault. With this on, it also destroys the keys, at once and without asking: only a backup made before brings the cases back.</source>
        <translation>Тревожная клавиша (Ctrl+Shift+L) прячет все окна и запирает хранилище. Если это включено, она ещё и уничтожает ключи, сразу и без вопросов: вернуть дела сможет только резервная копия, сделанная раньше.</translation>
    </message>
    <message>
        <source>Type the passphrase you use now to change any of these protections.</source>
        <translation>Чтобы изменить любую из этих защит, введите парольную фразу, которой вы пользуетесь сейчас.</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением задана.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message>
        <source>Now: the keys are destroyed after {n} wrong passphrases in a row.</source>
        <translation>Сейчас: ключи уничтожаются после {n} неверных парольных фраз подряд.</translation>
    </message>
    <message>
        <source>Now: wrong passphrases never destroy the keys.</source>
        <translation>Сейчас: неверные парольные фразы никогда не уничтожают ключи.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Keep a backup somewhere else.</source>
        <translation>Парольная фраза под принуждением задана. Храните резервную копию в другом месте.</translation>
    </message>
    <message>
        <source>The duress passphrase is removed.</source>
        <translation>Парольная фраза под принуждением удалена.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Уничтожение по тревоге</translation>
    </message>
    <message>
        <source>From now on the panic key destroys the keys of this vault at once, without asking. Only a backup made before brings the cases back. Turn it on?</source>
        <translation>Теперь тревожная клавиша будет сразу и без вопросов уничтожать ключи этого хранилища. Вернуть дела сможет только резервная копия, сделанная раньше. Включить?</translation>
    </message>
    <message>
        <source>Turn on panic wipe</source>
        <translation>Включить уничтожение по тревоге</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back into the vault. It is shown only now. Write it on paper or save it as a PDF on a USB stick, and keep it apart from this computer: anyone who has it can open the vault.</source>
        <translation>Если вы забудете парольную фразу, только этот ключ позволит снова открыть хранилище. Он показывается только сейчас. Запишите его на бумаге или сохраните как PDF на USB-накопителе и храните отдельно от этого компьютера: любой, у кого он есть, может открыть хранилище.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>Ключ восстановления сохранён в надёжном месте</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Скопировано. Буфер обмена будет очищен через {seconds} с.</translation>
    </message>
    <message>
        <source>A removable drive is connected: {path}.</source>
        <translation>Подключён съёмный диск: {path}.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Сохранить ключ восстановления как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Synchronised folder</source>
        <translation>Синхронизируемая папка</translation>
    </message>
    <message>
        <source>{path} is in a folder synchronised with {service}: the recovery key would be copied to its servers, where anyone who gets into that account can read it. Save it on a USB stick or print it instead.</source>
        <translation>{path} находится в папке, которая синхронизируется с {service}: ключ восстановления будет скопирован на его серверы, и его сможет прочитать любой, кто получит доступ к этой учётной записи. Лучше сохраните его на USB-накопитель или распечатайте.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Всё равно сохранить туда</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}.</source>
        <translation>Не удалось сохранить PDF: {reason}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Сохранено в {path}.</translation>
    </message>
    <message>
        <source>Casebook recovery key</source>
        <translation>Ключ восстановления Casebook</translation>
    </message>
    <message>
        <source>Created on {day}</source>
        <translation>Создан {day}</translation>
    </message>
    <message>
        <source>If the passphrase of the vault is forgotten, choose “Forgot the passphrase?” on the unlock screen and enter this key to set a new passphrase.</source>
        <translation>Если парольная фраза хранилища забыта, нажмите «Забыли парольную фразу?» на экране входа и введите этот ключ, чтобы задать новую парольную фразу.</translation>
    </message>
    <message>
        <source>Keep this page apart from the computer. Anyone who has this key can open the vault.</source>
        <translation>Храните этот лист отдельно от компьютера. Любой, у кого есть этот ключ, может открыть хранилище.</translation>
    </message>
</context>
<context>
    <name>ReplaceKeysDialog</name>
    <message>
        <source>All keys replaced. Backups made before still open with the old passphrase: destroy them or keep them apart.</source>
        <translation>Все ключи заменены. Резервные копии, сделанные раньше, по-прежнему открываются старой парольной фразой: уничтожьте их или храните отдельно.</translation>
    </message>
    <message>
        <source>Casebook — replace all keys</source>
        <translation>Casebook — замена всех ключей</translation>
    </message>
    <message>
        <source>Rotation notice for partners</source>
        <translation>Уведомление о смене ключей для партнёров</translation>
    </message>
    <message>
        <source>New organisation identity. Send this rotation notice to your partners; they import it with &apos;casebook partner rotate&apos;:</source>
        <translation>Новая идентичность организации. Отправьте это уведомление о смене ключей партнёрам; они импортируют его командой &apos;casebook partner rotate&apos;:</translation>
    </message>
    <message>
        <source>Use this when someone may have copied the vault or seen the passphrase: the database is re-encrypted under a new key, with a new passphrase and a new recovery key. A copy taken before cannot read anything written after. Close Casebook everywhere else first; this takes a while on a large vault.</source>
        <translation>Используйте это, если кто-то мог скопировать хранилище или увидеть парольную фразу: база заново шифруется новым ключом, с новой парольной фразой и новым ключом восстановления. Копия, снятая раньше, не сможет прочитать ничего, что записано после. Сначала закройте Casebook во всех других местах; на большом хранилище это займёт время.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Нынешняя парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Нынешняя парольная фраза</translation>
    </message>
    <message>
        <source>Also a new organisation &amp;identity (partners get a signed notice)</source>
        <translation>Также новая &amp;идентичность организации (партнёры получат подписанное уведомление)</translation>
    </message>
    <message>
        <source>Re-encryption progress</source>
        <translation>Ход повторного шифрования</translation>
    </message>
    <message>
        <source>Replace all keys</source>
        <translation>Заменить все ключи</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Нынешняя парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The old keys stay in use.</source>
        <translation>Старые ключи остаются в силе.</translation>
    </message>
    <message>
        <source>The keys could not be replaced ({kind}).</source>
        <translation>Не удалось заменить ключи ({kind}).</translation>
    </message>
    <message>
        <source>Cancelled. The old keys stay in use.</source>
        <translation>Отменено. Старые ключи остаются в силе.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>SendToPartnerDialog</name>
    <message>
        <source>Send to partner</source>
        <translation>Отправить партнёру</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>A bundle carries the full cases, with names, contacts and private notes, to a trusted partner: the redaction of appeals does not apply. Only the partners chosen here can open it.</source>
        <translation>Пакет передаёт доверенному партнёру дела целиком, с именами, контактами и личными заметками: скрытие имён, как в обращениях, здесь не применяется. Открыть пакет смогут только выбранные здесь партнёры.</translation>
    </message>
    <message>
        <source>or an age recipient: age1…</source>
        <translation>или получатель age: age1…</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Получатель age</translation>
    </message>
    <message>
        <source>Include the evidence files</source>
        <translation>Включить файлы доказательств</translation>
    </message>
    <message>
        <source>Send {n} case(s) marked internal as well</source>
        <translation>Отправить и дела «только для своих» ({n})</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Сохранить пакет в</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Сохранение пакета</translation>
    </message>
    <message>
        <source>Casebook bundles (*.age)</source>
        <translation>Пакеты Casebook (*.age)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Bundle written to {path} for {to}.</source>
        <translation>Пакет для {to} записан в {path}.</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <source>Record a sending</source>
        <translation>Записать отправку</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>ГГГГ-ММ-ДД, необязательно</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Кто отправил</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Export an appeal of this case first.</source>
        <translation>Сначала экспортируйте обращение по этому делу.</translation>
    </message>
</context>
<context>
    <name>SessionWatcher</name>
    <message>
        <source>This system does not tell Casebook when the screen locks or the computer sleeps: lock the vault yourself (Ctrl+L) before you leave the computer.</source>
        <translation>Эта система не сообщает Casebook, когда блокируется экран или компьютер засыпает: блокируйте хранилище сами (Ctrl+L), прежде чем отойти от компьютера.</translation>
    </message>
    <message>
        <source>the screen saver starts</source>
        <translation>включается заставка</translation>
    </message>
    <message>
        <source>the computer goes to sleep</source>
        <translation>компьютер засыпает</translation>
    </message>
    <message>
        <source>the session is locked</source>
        <translation>сеанс блокируется</translation>
    </message>
    <message>
        <source>Watched here: {events}.</source>
        <translation>Здесь отслеживается: {events}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Блокировать при бездействии через</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock when the screen locks, the screen saver starts or the computer sleeps</source>
        <translation>Блокировать, когда блокируется экран, включается заставка или компьютер засыпает</translation>
    </message>
    <message>
        <source>Remember where the last vault was opened</source>
        <translation>Запоминать, где было открыто последнее хранилище</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Casebook settings</source>
        <translation>Настройки Casebook</translation>
    </message>
    <message>
        <source>&amp;Protection of this vault…</source>
        <translation>&amp;Защита этого хранилища…</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Settings are kept on this computer and never contain case data.</source>
        <translation>Настройки хранятся на этом компьютере и никогда не содержат данных дел.</translation>
    </message>
</context>
<context>
    <name>ShowAndSuggest</name>
    <message>
        <source>S&amp;uggest one</source>
        <translation>&amp;Предложить</translation>
    </message>
    <message>
        <source>Six random words from a list of 7776: about 78 bits. Write them down until you know them by heart.</source>
        <translation>Шесть случайных слов из списка в 7776 слов: около 78 бит. Запишите их, пока не выучите наизусть.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>По&amp;казать</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <source>the organisation of this vault</source>
        <translation>организация этого хранилища</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Вернуть стандартный текст</translation>
    </message>
    <message>
        <source>Organisation, contact person, e-mail, phone</source>
        <translation>Организация, контактное лицо, эл. почта, телефон</translation>
    </message>
    <message>
        <source>Add addressee</source>
        <translation>Добавить адресата</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>От имени</translation>
    </message>
    <message>
        <source>Statement of concern</source>
        <translation>Выражение обеспокоенности</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>Новый адресат</translation>
    </message>
</context>
<context>
    <name>TranslationsTab</name>
    <message>
        <source>Only missing or to review</source>
        <translation>Только недостающие или на проверку</translation>
    </message>
    <message>
        <source>What this language lacks</source>
        <translation>Чего не хватает на этом языке</translation>
    </message>
    <message>
        <source>Texts of the case</source>
        <translation>Тексты дела</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Translated text</source>
        <translation>Переведённый текст</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Ticked by itself when the original changed after this version was written.</source>
        <translation>Отмечается само, если оригинал изменился после того, как была написана эта версия.</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Язык оригинала</translation>
    </message>
    <message>
        <source>&amp;Translate into</source>
        <translation>&amp;Перевод на</translation>
    </message>
    <message>
        <source>{language}: every text is translated.</source>
        <translation>{language}: все тексты переведены.</translation>
    </message>
    <message>
        <source>{language}: {missing} missing, {review} to review.</source>
        <translation>{language}: нет {missing}, проверить {review}.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Original ({language}): {field}</source>
        <translation>Оригинал ({language}): {field}</translation>
    </message>
    <message>
        <source>Version ({language})</source>
        <translation>Версия ({language})</translation>
    </message>
</context>
<context>
    <name>TravelEndDialog</name>
    <message>
        <source>End travel mode</source>
        <translation>Завершить режим поездки</translation>
    </message>
    <message>
        <source>Travel file</source>
        <translation>Файл поездки</translation>
    </message>
    <message>
        <source>Not needed for a file a partner decrypted</source>
        <translation>Не нужен для файла, расшифрованного партнёром</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Choose the travel file</source>
        <translation>Выберите файл поездки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Put the keys back</source>
        <translation>Вернуть ключи</translation>
    </message>
    <message>
        <source>Choose the travel file, type the recovery key it is encrypted to (not needed for the file a partner decrypted and sent back), and the passphrase of the vault.</source>
        <translation>Выберите файл поездки, введите ключ восстановления, которым он зашифрован (не нужен для файла, который партнёр расшифровал и прислал обратно), и парольную фразу хранилища.</translation>
    </message>
    <message>
        <source>Travel mode could not end ({kind}).</source>
        <translation>Не удалось завершить режим поездки ({kind}).</translation>
    </message>
</context>
<context>
    <name>TravelStartDialog</name>
    <message>
        <source>Travel mode</source>
        <translation>Режим поездки</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Зашифровать для</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>ключа восстановления</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Travel file</source>
        <translation>Файл поездки</translation>
    </message>
    <message>
        <source>&amp;Encrypt to</source>
        <translation>&amp;Зашифровать для</translation>
    </message>
    <message>
        <source>Save the travel file as</source>
        <translation>Сохранить файл поездки как</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Start travel mode</source>
        <translation>Включить режим поездки</translation>
    </message>
    <message>
        <source>For a border or a trip: the keys of this vault go into a travel file, encrypted to your recovery key or to a partner, and this laptop keeps only a vault that nobody can open, not even with your passphrase. Send the file to the partner or keep it somewhere else, not on this laptop. Back home, end travel mode from the unlock screen with the file (and the recovery key, or the file the partner decrypted for you).</source>
        <translation>Для границы или поездки: ключи этого хранилища переносятся в файл поездки, зашифрованный вашим ключом восстановления или для партнёра, а на ноутбуке остаётся хранилище, которое никто не может открыть, даже с вашей парольной фразой. Отправьте файл партнёру или храните его в другом месте, не на этом ноутбуке. Вернувшись, завершите режим поездки на экране входа с этим файлом (и ключом восстановления или с файлом, который партнёр для вас расшифровал).</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed.</source>
        <translation>Этот ключ восстановления не открывает хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Travel mode could not start ({kind}).</source>
        <translation>Не удалось включить режим поездки ({kind}).</translation>
    </message>
</context>
<context>
    <name>UnConsentField</name>
    <message>
        <source>Name may be sent to the government</source>
        <translation>Имя можно сообщить правительству</translation>
    </message>
    <message>
        <source>Name may appear in the UN&apos;s public report</source>
        <translation>Имя может появиться в публичном докладе ООН</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Эта парольная фраза не открывает хранилище. Проверьте Caps Lock и раскладку клавиатуры и попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать хранилище: {reason}.</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>Не удалось открыть хранилище ({kind}).</translation>
    </message>
    <message>
        <source>Unlock Casebook</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Look at this copy without changing anything in it</source>
        <translation>Посмотреть эту копию, ничего в ней не меняя</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>End travel mode…</source>
        <translation>Завершить режим поездки…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Хранилище: {path}</translation>
    </message>
    <message>
        <source>Enter the passphrase of this vault.</source>
        <translation>Введите парольную фразу этого хранилища.</translation>
    </message>
    <message>
        <source>Upgrading this vault for this version of Casebook: step {step} of {total}. This is done once and can take a few minutes on a large vault. Do not close Casebook.</source>
        <translation>Хранилище обновляется для этой версии Casebook: шаг {step} из {total}. Это делается один раз и на большом хранилище может занять несколько минут. Не закрывайте Casebook.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong passphrase(s) more and the keys of this vault are destroyed.</source>
        <translation>
            <numerusform>Ещё %n неверная парольная фраза — и ключи этого хранилища будут уничтожены.</numerusform>
            <numerusform>Ещё %n неверные парольные фразы — и ключи этого хранилища будут уничтожены.</numerusform>
            <numerusform>Ещё %n неверных парольных фраз — и ключи этого хранилища будут уничтожены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Подождите {seconds} с</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Создать резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Identity and partners…</source>
        <translation>&amp;Удостоверение и партнёры…</translation>
    </message>
    <message>
        <source>&amp;Add a partner…</source>
        <translation>&amp;Добавить партнёра…</translation>
    </message>
    <message>
        <source>&amp;Send to partner…</source>
        <translation>&amp;Отправить партнёру…</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <source>Re&amp;view partners&apos; proposals…</source>
        <translation>&amp;Рассмотреть предложения партнёров…</translation>
    </message>
    <message>
        <source>A&amp;ddress book…</source>
        <translation>&amp;Адресная книга…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
    </message>
    <message>
        <source>Replace all &amp;keys…</source>
        <translation>Заменить все &amp;ключи…</translation>
    </message>
    <message>
        <source>P&amp;rotection…</source>
        <translation>&amp;Защита…</translation>
    </message>
    <message>
        <source>&amp;Travel mode…</source>
        <translation>Режим &amp;поездки…</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Пока недоступно</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>Добро пожаловать в Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps your cases and evidence in an encrypted vault on this computer. Nothing readable is written anywhere else unless you export it.</source>
        <translation>Casebook сохраняет ваши дела и доказательства в зашифрованном хранилище на этом компьютере. Ничего в открытом виде никуда больше не записывается, если вы сами это не экспортируете.</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Открыть существующее хранилище…</translation>
    </message>
    <message>
        <source>Try the demo vault (fictional cases)</source>
        <translation>Попробовать демо-хранилище (вымышленные дела)</translation>
    </message>
    <message>
        <source>Open a Casebook vault</source>
        <translation>Открыть хранилище Casebook</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (it has no header file).</source>
        <translation>{path} — не хранилище Casebook (в папке нет файла заголовка).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>← All cases</source>
        <translation>← Все дела</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Назад к списку дел (Alt+Left)</translation>
    </message>
    <message>
        <source>Patterns: events of the cases the list shows</source>
        <translation>Закономерности: события дел, показанных в списке</translation>
    </message>
    <message>
        <source>Patterns ▸</source>
        <translation>Закономерности ▸</translation>
    </message>
    <message>
        <source>Counts of events by type, time, place and perpetrator (Ctrl+Shift+P)</source>
        <translation>Число событий по типу, времени, месту и нарушителю (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Закономерности</translation>
    </message>
    <message>
        <source>New case: give it a title, then save (Ctrl+S).</source>
        <translation>Новое дело: дайте ему название и сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <source>Case created. Add evidence and details here.</source>
        <translation>Дело создано. Добавьте здесь доказательства и подробности.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>Case duplicated (evidence is not copied).</source>
        <translation>Создана копия дела (доказательства не копируются).</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with its people, events and evidence? This cannot be undone.</source>
        <translation>Удалить дело «{title}» вместе с людьми, событиями и доказательствами? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Case deleted.</source>
        <translation>Дело удалено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>_Answer</name>
    <message>
        <source>Not asked yet</source>
        <translation>Ещё не спрашивали</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>_ShowHide</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <source>received from a partner</source>
        <translation>получено от партнёра</translation>
    </message>
    <message>
        <source>described</source>
        <translation>описано</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <source>put in a bundle</source>
        <translation>добавлено в пакет</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Optional, like 14:30</source>
        <translation>Необязательно, например 14:30</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <source>For an arrest or detention: where, on what basis and for how long.</source>
        <translation>Для задержания или ареста: где, на каком основании и на какой срок.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Что произошло, в одной строке</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type a country name or code</source>
        <translation>Введите название или код страны</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Город или регион</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Who may see this case: only us, partners, or anyone.</source>
        <translation>Кто может видеть это дело: только мы, партнёры или все.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>About the situation</source>
        <translation>О ситуации</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Предыстория</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Через запятую</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>What the appeal urges, in order. F2 edits one.</source>
        <translation>К чему призывает обращение, по порядку. F2 — изменить требование.</translation>
    </message>
    <message>
        <source>Actions already taken</source>
        <translation>Уже принятые меры</translation>
    </message>
    <message>
        <source>Complaints to the police, the prosecutor or a court, with their reference and outcome (a UN submission asks for them).</source>
        <translation>Жалобы в полицию, прокуратуру или суд с номером и результатом (их требует сообщение в ООН).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Other spellings and scripts, short forms, nicknames, maiden names, social media handles. Unless the person is named, none of them appears in an appeal.</source>
        <translation>Другие написания и алфавиты, краткие формы, прозвища, девичьи фамилии, имена в соцсетях. Если человек не согласился на имя, ни одно из них не попадёт в обращение.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Publication consent</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <source>How this person agreed to appear in anything published.</source>
        <translation>В каком виде этот человек согласился фигурировать в публикациях.</translation>
    </message>
    <message>
        <source>Description when anonymous</source>
        <translation>Описание при анонимности</translation>
    </message>
    <message>
        <source>For example: a young woman activist</source>
        <translation>Например: молодая активистка</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Gender or pronouns</source>
        <translation>Гендер или местоимения</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Публичный профиль</translation>
    </message>
    <message>
        <source>About the defender, as it may appear in an appeal</source>
        <translation>О человеке — так, как это может появиться в обращении</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <source>Town or region</source>
        <translation>Город или область</translation>
    </message>
    <message>
        <source>UN communications</source>
        <translation>Сообщения в ООН</translation>
    </message>
    <message>
        <source>Asked of a victim before a UN submission: the UN does not act on anonymous communications.</source>
        <translation>Спрашивается у пострадавших перед сообщением в ООН: ООН не рассматривает анонимные сообщения.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Phones, e-mail addresses, messenger handles, home address: one per line. They are removed from every appeal, in any notation.</source>
        <translation>Телефоны, адреса эл. почты, имена в мессенджерах, домашний адрес: по одному на строку. Они удаляются из каждого обращения, в любой записи.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Languages of this text: click (or Ctrl+Shift+T in the field) to translate it</source>
        <translation>Языки этого текста: нажмите (или Ctrl+Shift+T в поле), чтобы перевести его</translation>
    </message>
    <message>
        <source>Languages of {field}</source>
        <translation>Языки: {field}</translation>
    </message>
    <message>
        <source>private, never published</source>
        <translation>личное, никогда не публикуется</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Private: never published.</source>
        <translation>Личное: никогда не публикуется.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Who gave it, how it arrived</source>
        <translation>Кто передал, как он поступил</translation>
    </message>
    <message>
        <source>Where the file came from: a person, a chat, a phone.</source>
        <translation>Откуда файл: от человека, из чата, с телефона.</translation>
    </message>
    <message>
        <source>What it shows, when and where it was made</source>
        <translation>Что на нём, когда и где он сделан</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>First page.</source>
        <translation>Первая страница.</translation>
    </message>
    <message>
        <source>The first page could not be drawn; its text is shown.</source>
        <translation>Не удалось отрисовать первую страницу; показан её текст.</translation>
    </message>
    <message>
        <source>Install poppler (pdftoppm) to see pages; the text of the first page is shown.</source>
        <translation>Чтобы видеть страницы, установите poppler (pdftoppm); показан текст первой страницы.</translation>
    </message>
    <message>
        <source>This PDF could not be read.</source>
        <translation>Не удалось прочитать этот PDF.</translation>
    </message>
    <message>
        <source>This image could not be decoded.</source>
        <translation>Не удалось декодировать это изображение.</translation>
    </message>
    <message>
        <source>There is no preview for this kind of file.</source>
        <translation>Для файлов этого типа предпросмотр недоступен.</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Missing</source>
        <translation>Нет перевода</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Переведено</translation>
    </message>
</context>
</TS>
