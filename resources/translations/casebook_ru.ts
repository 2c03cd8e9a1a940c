<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>AppealsTab</name>
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
        <source>Back to the draft</source>
        <translation>Вернуться к черновику</translation>
    </message>
    <message>
        <source>Preview of the appeal</source>
        <translation>Предпросмотр обращения</translation>
    </message>
    <message>
        <source>Earlier incidents could not be looked for: {error}</source>
        <translation>Не удалось найти прежние инциденты: {error}</translation>
    </message>
    <message>
        <source>{n} mention(s) of a name that may not be published were replaced by {label}.</source>
        <translation>Упоминания имён, которые нельзя публиковать, заменены на {label}: {n}.</translation>
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
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Сохранить дело</translation>
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
        <source>No case matches the search and filters.</source>
        <translation>Ни одно дело не подходит под поиск и фильтры.</translation>
    </message>
    <message>
        <source>No cases yet. Create the first one with File › New case (Ctrl+N).</source>
        <translation>Дел пока нет. Создайте первое: Файл › Новое дело (Ctrl+N).</translation>
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
        <source>Imported.</source>
        <translation>Импортировано.</translation>
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
    <message>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <source>When Casebook locked, a case had changes that were not valid yet, so they could not be saved. Open the case to enter them again.</source>
        <translation>Когда Casebook заблокировался, в деле были изменения с ошибками, поэтому их не удалось сохранить. Откройте дело и внесите их снова.</translation>
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
        <source>Save the recovery key as PDF</source>
        <translation>Сохранить ключ восстановления как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
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
        <source>Settings are kept on this computer and never contain case data.</source>
        <translation>Настройки хранятся на этом компьютере и никогда не содержат данных дел.</translation>
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
        <source>Forgot the passphrase?</source>
        <translation>Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
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
        <source>&amp;Change passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
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
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
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
        <source>Contact</source>
        <translation>Контакты</translation>
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
</TS>
