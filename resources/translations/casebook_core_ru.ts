<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>appeals</name>
    <message>
        <source>{count} doubtful mention(s) of a person who may not be named are not resolved (see &apos;casebook appeal ID --check&apos;; decide with --redact/--keep, or export anyway with --accept-findings, which redacts them)</source>
        <translation>не решено сомнительных упоминаний человека, которого нельзя называть: {count} (см. «casebook appeal ID --check»; решите с помощью --redact/--keep или экспортируйте всё равно с --accept-findings, тогда они будут скрыты)</translation>
    </message>
    <message>
        <source>no {lang} version of: {fields}; nothing was written</source>
        <translation>нет версии на языке {lang}: {fields}; ничего не записано</translation>
    </message>
    <message>
        <source>earlier incident: {field}</source>
        <translation>предыдущий инцидент: {field}</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use one of {formats}</source>
        <translation>неизвестный формат {fmt!r}; используйте один из: {formats}</translation>
    </message>
    <message>
        <source>this case is marked &apos;internal only&apos;; confirm that this appeal may leave the organisation (on the command line: --force)</source>
        <translation>это дело отмечено как «только для своих»; подтвердите, что обращение можно передать за пределы организации (в командной строке: --force)</translation>
    </message>
    <message>
        <source>this kept appeal names {names}, who may not be named now; build it again from the case as it is now (&apos;casebook appeals regenerate&apos;)</source>
        <translation>в сохранённом обращении названы {names}, кого теперь нельзя называть; составьте его заново по делу в нынешнем виде (&apos;casebook appeals regenerate&apos;)</translation>
    </message>
    <message>
        <source>a {type} is written in {langs}, not in {lang}</source>
        <translation>документ «{type}» пишется на языках {langs}, не на {lang}</translation>
    </message>
    <message>
        <source>a UN submission needs at least one victim in the events</source>
        <translation>для сообщения в ООН нужна хотя бы одна пострадавшая сторона в событиях</translation>
    </message>
    <message>
        <source>no UN submission: {names} did not agree that a letter with their name is sent to the government (record the answer on the person first)</source>
        <translation>сообщение в ООН невозможно: {names} не дали согласия на передачу правительству письма с их именем (сначала запишите ответ у человека)</translation>
    </message>
    <message>
        <source>no addressee {name!r} in the address book</source>
        <translation>в адресной книге нет адресата {name!r}</translation>
    </message>
    <message>
        <source>no appeal {ref!r} was produced for this case</source>
        <translation>обращение {ref!r} по этому делу не составлялось</translation>
    </message>
    <message>
        <source>an update follows an earlier appeal, and none was produced for this case</source>
        <translation>обновление дополняет прежнее обращение, а по этому делу обращений ещё не было</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>подкоманды</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>указанное значение %r не принимается</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидается не больше одного значения</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы одно значение</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ожидается %s значение</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (возможны: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a file; restore into a new or empty directory</source>
        <translation>{path} — это файл; восстанавливайте в новую или пустую папку</translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new or empty directory</source>
        <translation>папка {path} не пуста; восстанавливайте в новую или пустую папку</translation>
    </message>
    <message>
        <source>backup cancelled; the previous backup is unchanged</source>
        <translation>резервное копирование отменено; прежняя копия не изменилась</translation>
    </message>
    <message>
        <source>the new snapshot did not verify ({detail}); the backup is unchanged</source>
        <translation>новый снимок не прошёл проверку ({detail}); резервная копия не изменилась</translation>
    </message>
    <message>
        <source>evidence file {name} is missing from the vault; run &apos;casebook verify&apos;</source>
        <translation>в хранилище нет файла доказательства {name}; выполните «casebook verify»</translation>
    </message>
    <message>
        <source>database: page {number} does not authenticate</source>
        <translation>база данных: страница {number} не проходит проверку подлинности</translation>
    </message>
    <message>
        <source>{path} holds a backup that was interrupted while it was written, and its previous state could not be put back ({error}); nothing was written</source>
        <translation>в {path} лежит резервная копия, запись которой была прервана, и её прежнее состояние восстановить не удалось ({error}); ничего не записано</translation>
    </message>
    <message>
        <source>a backup cannot be written into the vault or around it</source>
        <translation>резервную копию нельзя записать внутрь хранилища или в папку, содержащую его</translation>
    </message>
    <message>
        <source>{path} is a file; give a directory for the backup</source>
        <translation>{path} — это файл; укажите папку для резервной копии</translation>
    </message>
    <message>
        <source>{path} is not empty</source>
        <translation>папка {path} не пуста</translation>
    </message>
    <message>
        <source>{path} is not empty and not a Casebook backup; choose an empty directory</source>
        <translation>папка {path} не пуста и не является резервной копией Casebook; выберите пустую папку</translation>
    </message>
    <message>
        <source>{path} holds a backup of another vault; choose another directory</source>
        <translation>в {path} резервная копия другого хранилища; выберите другую папку</translation>
    </message>
    <message>
        <source>{path} has a vault header but no database; choose another directory</source>
        <translation>в {path} есть заголовок хранилища, но нет базы данных; выберите другую папку</translation>
    </message>
    <message>
        <source>the backup reminder must be between 1 and 365 days</source>
        <translation>напоминание о резервной копии — от 1 до 365 дней</translation>
    </message>
    <message>
        <source>database: no schema</source>
        <translation>база данных: нет схемы</translation>
    </message>
    <message>
        <source>evidence file {name} missing</source>
        <translation>нет файла доказательства {name}</translation>
    </message>
    <message>
        <source>{path} holds a newer backup of this vault (generation {theirs}, the vault is at {ours}): this vault may be an old copy. Nothing was written; restore from that backup, or choose another directory</source>
        <translation>{path} содержит более новую резервную копию этого хранилища (поколение {theirs}, у хранилища {ours}): возможно, само хранилище — старая копия. Ничего не записано; восстановите его из этой копии или выберите другую папку</translation>
    </message>
    <message>
        <source>the vault was restored to {path}, but the record of its newest generation on this computer could not be reset ({error}); it will be refused as an older copy until that file can be written</source>
        <translation>хранилище восстановлено в {path}, но запись о его самом новом поколении на этом компьютере не удалось сбросить ({error}); пока этот файл нельзя записать, хранилище будет отклоняться как более старая копия</translation>
    </message>
    <message>
        <source>generation {number} of the backup cannot be rebuilt: the one after it ({onto}) is no longer kept</source>
        <translation>поколение {number} резервной копии нельзя восстановить: следующее за ним ({onto}) больше не хранится</translation>
    </message>
    <message>
        <source>the backup has no generation {number}; it keeps {listed} and the current one</source>
        <translation>в резервной копии нет поколения {number}; в ней хранятся {listed} и текущее</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <source>the bundle was cancelled; no file was written</source>
        <translation>создание пакета отменено; файл не записан</translation>
    </message>
    <message>
        <source>choose at least one case for the bundle</source>
        <translation>выберите для пакета хотя бы одно дело</translation>
    </message>
    <message>
        <source>case(s) {ids} are marked internal; send them only after an explicit confirmation (--force)</source>
        <translation>дела {ids} отмечены как «только для своих»; отправляйте их только после явного подтверждения (--force)</translation>
    </message>
    <message>
        <source>give at least one recipient: a partner&apos;s name or an age recipient</source>
        <translation>укажите хотя бы одного получателя: имя партнёра или получателя age</translation>
    </message>
    <message>
        <source>write the bundle outside the vault directory</source>
        <translation>записывайте пакет за пределами папки хранилища</translation>
    </message>
    <message>
        <source>{path} is a directory; give a file name for the bundle</source>
        <translation>{path} — это папка; укажите имя файла для пакета</translation>
    </message>
    <message>
        <source>an unnamed organisation</source>
        <translation>организация без названия</translation>
    </message>
    <message>
        <source>partner {name!r}</source>
        <translation>партнёр {name!r}</translation>
    </message>
    <message>
        <source>{name!r}, not a known partner (fingerprint {fingerprint})</source>
        <translation>{name!r}, не известный вам партнёр (отпечаток {fingerprint})</translation>
    </message>
    <message>
        <source>the bundle is signed by someone who is not one of your partners (fingerprint {fingerprint}). Compare the fingerprint with them by phone, then add them as a partner or accept it explicitly (--accept-unknown); nothing was imported</source>
        <translation>пакет подписан тем, кто не является вашим партнёром (отпечаток {fingerprint}). Сверьте отпечаток с ним по телефону, затем добавьте его как партнёра или примите пакет явно (--accept-unknown); ничего не импортировано</translation>
    </message>
    <message>
        <source>the bundle is signed with the key of partner {name!r} but names another age recipient than their card: a card changes only by a rotation notice or by removing and adding the partner again; nothing was imported</source>
        <translation>пакет подписан ключом партнёра {name!r}, но называет другого получателя age, чем его карточка: карточка меняется только уведомлением о смене ключа или удалением и повторным добавлением партнёра; ничего не импортировано</translation>
    </message>
    <message>
        <source>the fingerprint of partner {name!r} was never confirmed. Compare {fingerprint} with them by phone, then import with --confirm-fingerprint DIGITS; nothing was imported</source>
        <translation>отпечаток партнёра {name!r} ещё не подтверждён. Сверьте {fingerprint} с ним по телефону, затем импортируйте с --confirm-fingerprint ЦИФРЫ; ничего не импортировано</translation>
    </message>
    <message>
        <source>the fingerprint you gave does not match the card of {name!r}; do not import before you have found out why (nothing was imported)</source>
        <translation>указанный отпечаток не совпадает с карточкой {name!r}; не импортируйте, пока не выясните почему (ничего не импортировано)</translation>
    </message>
    <message>
        <source>this bundle was not addressed to this vault (its signed list of recipients does not name it): it may have been passed on by someone it was sent to; nothing was imported</source>
        <translation>этот пакет адресован не этому хранилищу (в его подписанном списке получателей его нет): возможно, его переслал тот, кому он был отправлен; ничего не импортировано</translation>
    </message>
    <message>
        <source>{name} is not a valid case ({problem})</source>
        <translation>{name} — недопустимое дело ({problem})</translation>
    </message>
    <message>
        <source>{name} holds another case than its manifest says</source>
        <translation>в {name} другое дело, чем указано в манифесте</translation>
    </message>
    <message>
        <source>this bundle was already imported on {time}; nothing was changed</source>
        <translation>этот пакет уже импортирован {time}; ничего не изменилось</translation>
    </message>
    <message>
        <source>this is an older bundle from the same sender (number {sequence}; number {newest} was already imported); nothing was changed</source>
        <translation>это более старый пакет того же отправителя (номер {sequence}; номер {newest} уже импортирован); ничего не изменилось</translation>
    </message>
    <message>
        <source>case {id} in the bundle reuses an id of another case in this vault</source>
        <translation>дело {id} в пакете использует идентификатор другого дела этого хранилища</translation>
    </message>
    <message>
        <source>the bundle file changed after it was checked; nothing was imported</source>
        <translation>файл пакета изменился после проверки; ничего не импортировано</translation>
    </message>
    <message>
        <source>case {case_id} has no conflicting version {version}</source>
        <translation>у дела {case_id} нет конфликтующей версии {version}</translation>
    </message>
    <message>
        <source>evidence {name} is damaged in the vault (it does not match its SHA-256); run &apos;casebook verify&apos;</source>
        <translation>доказательство {name} повреждено в хранилище (не совпадает его SHA-256); выполните «casebook verify»</translation>
    </message>
    <message>
        <source>the sender sent no custody log</source>
        <translation>отправитель не прислал журнал хранения</translation>
    </message>
    <message>
        <source>the sender&apos;s custody log is unreadable</source>
        <translation>журнал хранения отправителя не читается</translation>
    </message>
    <message>
        <source>{name} at {path}: {problem}</source>
        <translation>{name}, {path}: {problem}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation>{name} — недопустимый JSON</translation>
    </message>
    <message>
        <source>{name} is not a Casebook evidence record</source>
        <translation>{name} — не запись доказательства Casebook</translation>
    </message>
    <message>
        <source>{name} belongs to another case than its manifest says</source>
        <translation>{name} относится к другому делу, чем указано в манифесте</translation>
    </message>
    <message>
        <source>{name} does not describe the bytes that come with it</source>
        <translation>{name} не соответствует приложенным к нему данным</translation>
    </message>
    <message>
        <source>{name} has an invalid {key}</source>
        <translation>в {name} недопустимое поле {key}</translation>
    </message>
    <message>
        <source>{name} has invalid metadata</source>
        <translation>в {name} недопустимые метаданные</translation>
    </message>
    <message>
        <source>{name} has an invalid list of events</source>
        <translation>в {name} недопустимый список событий</translation>
    </message>
    <message>
        <source>{name} has an invalid custody log</source>
        <translation>в {name} недопустимый журнал хранения</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>импорт отменён; ничего не импортировано</translation>
    </message>
    <message>
        <source>this file is not an age-encrypted bundle, or its header is damaged</source>
        <translation>этот файл — не пакет, зашифрованный age, или его заголовок повреждён</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match the sender&apos;s key: it was altered after it was signed, or forged</source>
        <translation>подпись пакета не соответствует ключу отправителя: пакет изменён после подписи или подделан</translation>
    </message>
    <message>
        <source>the bundle holds members its manifest does not list</source>
        <translation>в пакете есть части, которых нет в его манифесте</translation>
    </message>
    <message>
        <source>the bundle&apos;s tar headers do not carry its creation time</source>
        <translation>заголовки tar в пакете не содержат время его создания</translation>
    </message>
    <message>
        <source>the bundle&apos;s padding is not what its manifest says</source>
        <translation>заполнение пакета не такое, как указано в его манифесте</translation>
    </message>
    <message>
        <source>the bundle&apos;s padding holds data</source>
        <translation>в заполнении пакета есть данные</translation>
    </message>
    <message>
        <source>this is not a Casebook bundle (it does not start with {name})</source>
        <translation>это не пакет Casebook (он не начинается с {name})</translation>
    </message>
    <message>
        <source>the bundle is incomplete: {name} is missing</source>
        <translation>пакет неполный: нет {name}</translation>
    </message>
    <message>
        <source>the bundle holds {found!r} where its manifest lists {listed!r}</source>
        <translation>в пакете {found!r} там, где в манифесте указано {listed!r}</translation>
    </message>
    <message>
        <source>{name} does not have the size its manifest gives</source>
        <translation>размер {name} не совпадает с указанным в манифесте</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the signed manifest: the bundle was altered</source>
        <translation>{name} не совпадает со своим SHA-256 в подписанном манифесте: пакет изменён</translation>
    </message>
    <message>
        <source>the bundle has a member with a forbidden character: {shown}</source>
        <translation>в пакете есть часть с запрещённым символом: {shown}</translation>
    </message>
    <message>
        <source>the bundle has a member with an absolute path: {shown}</source>
        <translation>в пакете есть часть с абсолютным путём: {shown}</translation>
    </message>
    <message>
        <source>the bundle has a member with &apos;..&apos; in its path: {shown}</source>
        <translation>в пакете есть часть с «..» в пути: {shown}</translation>
    </message>
    <message>
        <source>the bundle has a member Casebook does not write: {shown}</source>
        <translation>в пакете есть часть, которую Casebook не создаёт: {shown}</translation>
    </message>
    <message>
        <source>{name} changed while the bundle was written</source>
        <translation>{name} изменился во время записи пакета</translation>
    </message>
    <message>
        <source>the bundle is truncated (it ends inside a member)</source>
        <translation>пакет обрезан (он обрывается внутри части)</translation>
    </message>
    <message>
        <source>this bundle is not encrypted to this vault&apos;s identity (or its header is damaged)</source>
        <translation>этот пакет зашифрован не для удостоверения этого хранилища (или его заголовок повреждён)</translation>
    </message>
    <message>
        <source>the bundle is damaged or truncated (decryption failed: {detail})</source>
        <translation>пакет повреждён или обрезан (расшифровать не удалось: {detail})</translation>
    </message>
    <message>
        <source>the bundle is truncated inside {name}</source>
        <translation>пакет обрезан внутри {name}</translation>
    </message>
    <message>
        <source>the bundle holds a damaged tar header</source>
        <translation>в пакете повреждённый заголовок tar</translation>
    </message>
    <message>
        <source>the bundle has a link ({shown}); links are not allowed</source>
        <translation>в пакете есть ссылка ({shown}); ссылки не допускаются</translation>
    </message>
    <message>
        <source>the bundle has a member that is not a plain file: {shown}</source>
        <translation>в пакете есть часть, которая не является обычным файлом: {shown}</translation>
    </message>
    <message>
        <source>the bundle has the member {shown} twice</source>
        <translation>часть {shown} есть в пакете дважды</translation>
    </message>
    <message>
        <source>the bundle has too many members</source>
        <translation>в пакете слишком много частей</translation>
    </message>
    <message>
        <source>the member {shown} is larger than Casebook accepts</source>
        <translation>часть {shown} больше, чем принимает Casebook</translation>
    </message>
    <message>
        <source>the tar header of {name} is not the one Casebook writes</source>
        <translation>заголовок tar для {name} не такой, какой пишет Casebook</translation>
    </message>
    <message>
        <source>the bundle has data between its members</source>
        <translation>в пакете есть данные между его частями</translation>
    </message>
    <message>
        <source>the bundle has data after its end</source>
        <translation>в пакете есть данные после его конца</translation>
    </message>
    <message>
        <source>the bundle&apos;s end marker is damaged</source>
        <translation>метка конца пакета повреждена</translation>
    </message>
    <message>
        <source>the manifest does not list {name!r}</source>
        <translation>в манифесте нет {name!r}</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature block is malformed</source>
        <translation>блок подписи пакета повреждён</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest at {path}: {problem}</source>
        <translation>манифест пакета, {path}: {problem}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is not valid JSON</source>
        <translation>манифест пакета — недопустимый JSON</translation>
    </message>
    <message>
        <source>the bundle has format {found!r}; this Casebook reads {known}</source>
        <translation>у пакета формат {found!r}; эта версия Casebook читает {known}</translation>
    </message>
    <message>
        <source>the bundle&apos;s sender card: {problem}</source>
        <translation>карточка отправителя пакета: {problem}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid creation time</source>
        <translation>в манифесте пакета нет допустимого времени создания</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid bundle id</source>
        <translation>в манифесте пакета нет допустимого идентификатора пакета</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has an invalid sequence or padding</source>
        <translation>в манифесте пакета недопустимый номер или размер заполнения</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed recipient</source>
        <translation>в манифесте пакета повреждённая запись получателя</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid version for case {id}</source>
        <translation>в манифесте пакета нет допустимой версии дела {id}</translation>
    </message>
    <message>
        <source>case {id} is not the version its manifest names</source>
        <translation>дело {id} — не та версия, что указана в манифесте</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed tombstone</source>
        <translation>в манифесте пакета повреждённая отметка об удалении</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid list &apos;{what}&apos;</source>
        <translation>в манифесте пакета нет допустимого списка «{what}»</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed member</source>
        <translation>в манифесте пакета неправильно описана часть</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a member without a name</source>
        <translation>в манифесте пакета есть часть без имени</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists {name!r} twice</source>
        <translation>в манифесте пакета {name!r} указан дважды</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest gives {name!r} a size beyond the limits</source>
        <translation>в манифесте пакета для {name!r} указан недопустимый размер</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid SHA-256 for {name!r}</source>
        <translation>в манифесте пакета нет допустимого SHA-256 для {name!r}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed case entry</source>
        <translation>в манифесте пакета неправильно описано дело</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a case without a valid id</source>
        <translation>в манифесте пакета есть дело без допустимого идентификатора</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid member for case {case_id}</source>
        <translation>в манифесте пакета нет допустимой части для дела {case_id}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed history for case {case_id}</source>
        <translation>в манифесте пакета неправильная история дела {case_id}</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed evidence entry</source>
        <translation>в манифесте пакета неправильно описано доказательство</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists members that no entry explains</source>
        <translation>в манифесте пакета есть части, которые ни к чему не относятся</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists a case twice</source>
        <translation>в манифесте пакета одно дело указано дважды</translation>
    </message>
    <message>
        <source>the bundle holds no cases</source>
        <translation>в пакете нет дел</translation>
    </message>
    <message>
        <source>the bundle has evidence for a case it does not hold</source>
        <translation>в пакете есть доказательства для дела, которого в нём нет</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>изменено с обеих сторон</translation>
    </message>
    <message>
        <source>changes protected fields</source>
        <translation>меняет защищённые поля</translation>
    </message>
    <message>
        <source>from an unverified source</source>
        <translation>из непроверенного источника</translation>
    </message>
    <message>
        <source>partner still has this case (deleted here)</source>
        <translation>у партнёра это дело ещё есть (здесь оно удалено)</translation>
    </message>
    <message>
        <source>partner deleted this case</source>
        <translation>партнёр удалил это дело</translation>
    </message>
    <message>
        <source>no single proposal starts with {prefix!r} (see &apos;casebook bundle review&apos;)</source>
        <translation>нет единственного предложения, начинающегося с {prefix!r} (см. «casebook bundle review»)</translation>
    </message>
    <message>
        <source>proposal {id} has no waiting field {fields}; it waits for: {waiting}</source>
        <translation>в предложении {id} нет ожидающего поля {fields}; ожидают решения: {waiting}</translation>
    </message>
    <message>
        <source>these fields cannot be taken alone ({problem}); nothing was changed</source>
        <translation>эти поля нельзя принять по отдельности ({problem}); ничего не изменилось</translation>
    </message>
    <message>
        <source>our own case</source>
        <translation>наше собственное дело</translation>
    </message>
    <message>
        <source>received from {name} on {time}, from an unverified source</source>
        <translation>получено от {name} {time}, из непроверенного источника</translation>
    </message>
    <message>
        <source>received from {name} on {time}</source>
        <translation>получено от {name} {time}</translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>последний обмен {time}</translation>
    </message>
    <message>
        <source>signing key {key}</source>
        <translation>ключ подписи {key}</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>the document is case {found}, not case {wanted}; nothing was changed</source>
        <translation>документ описывает дело {found}, а не дело {wanted}; ничего не изменилось</translation>
    </message>
    <message>
        <source>the document uses ids of people or events of another case; nothing was changed</source>
        <translation>в документе использованы идентификаторы людей или событий другого дела; ничего не изменилось</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Casebook: encrypted case documentation for human rights defenders.</source>
        <translation>Casebook: зашифрованная документация дел для правозащитников.</translation>
    </message>
    <message>
        <source>language of messages (default: $CASEBOOK_LANG, else the system locale)</source>
        <translation>язык сообщений (по умолчанию: $CASEBOOK_LANG, иначе язык системы)</translation>
    </message>
    <message>
        <source>vault directory (default: {path})</source>
        <translation>папка хранилища (по умолчанию: {path})</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>прочитать парольную фразу из первой строки файла FILE</translation>
    </message>
    <message>
        <source>open the vault for reading only (a vault refused as rolled back, say)</source>
        <translation>открыть хранилище только для чтения (например, отклонённое как откат к старой копии)</translation>
    </message>
    <message>
        <source>open the desktop application</source>
        <translation>открыть приложение с окнами</translation>
    </message>
    <message>
        <source>the desktop application cannot start here: {reason}</source>
        <translation>приложение с окнами здесь не запускается: {reason}</translation>
    </message>
    <message>
        <source>expected a passphrase on standard input, found nothing</source>
        <translation>ожидалась парольная фраза на стандартном вводе, но там ничего нет</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} — не текст в UTF-8</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Повторите: </translation>
    </message>
    <message>
        <source>the two entries differ; nothing was changed</source>
        <translation>введённые значения не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (create one with &apos;casebook init&apos;)</source>
        <translation>{path} — не хранилище Casebook (создайте его командой «casebook init»)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>the first line of {path} is longer than {size} bytes: that is not a passphrase or recovery key</source>
        <translation>первая строка {path} длиннее {size} байт: это не парольная фраза и не ключ восстановления</translation>
    </message>
    <message>
        <source>(add --read-only to the command to do so)</source>
        <translation>(для этого добавьте к команде --read-only)</translation>
    </message>
    <message>
        <source>upgrading this vault for this version of Casebook; this is done once and can take minutes on a large vault: do not interrupt it</source>
        <translation>хранилище обновляется для этой версии Casebook; это делается один раз и на большом хранилище может занять несколько минут: не прерывайте</translation>
    </message>
    <message>
        <source>upgrade: step {done} of {total} done</source>
        <translation>обновление: выполнен шаг {done} из {total}</translation>
    </message>
    <message>
        <source>invalid input:</source>
        <translation>ошибки во входных данных:</translation>
    </message>
    <message>
        <source>cannot access {path}: {reason}</source>
        <translation>нет доступа к {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot access a file: {reason}</source>
        <translation>нет доступа к файлу: {reason}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>unexpected {kind}: {message}</source>
        <translation>непредвиденная ошибка {kind}: {message}</translation>
    </message>
    <message>
        <source>casebook: error: {message}</source>
        <translation>casebook: ошибка: {message}</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>ГиБ</translation>
    </message>
    <message>
        <source>this vault&apos;s organisation identity</source>
        <translation>удостоверение организации этого хранилища</translation>
    </message>
    <message>
        <source>print the contact card to give to partners</source>
        <translation>вывести карточку контакта, которую можно передать партнёрам</translation>
    </message>
    <message>
        <source>print only the card line</source>
        <translation>вывести только строку карточки</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <source>partner organisations (their contact cards)</source>
        <translation>организации-партнёры (их карточки контакта)</translation>
    </message>
    <message>
        <source>store a partner&apos;s contact card</source>
        <translation>сохранить карточку контакта партнёра</translation>
    </message>
    <message>
        <source>a name for this partner, your choice</source>
        <translation>имя для этого партнёра, на ваш выбор</translation>
    </message>
    <message>
        <source>the card line, or a file holding it</source>
        <translation>строка карточки или файл с ней</translation>
    </message>
    <message>
        <source>the fingerprint the partner read to you; must match, marks the card confirmed</source>
        <translation>отпечаток, который вам продиктовал партнёр; он должен совпасть, и тогда карточка отмечается как подтверждённая</translation>
    </message>
    <message>
        <source>list partners</source>
        <translation>список партнёров</translation>
    </message>
    <message>
        <source>forget a partner</source>
        <translation>удалить партнёра</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>имя партнёра</translation>
    </message>
    <message>
        <source>confirm a partner&apos;s fingerprint</source>
        <translation>подтвердить отпечаток партнёра</translation>
    </message>
    <message>
        <source>the fingerprint the partner read to you</source>
        <translation>отпечаток, который вам продиктовал партнёр</translation>
    </message>
    <message>
        <source>encrypted case bundles for partners</source>
        <translation>зашифрованные пакеты дел для партнёров</translation>
    </message>
    <message>
        <source>write cases into a bundle for partners</source>
        <translation>записать дела в пакет для партнёров</translation>
    </message>
    <message>
        <source>A bundle carries the full cases (no redaction) to trusted partners.</source>
        <translation>Пакет передаёт доверенным партнёрам дела целиком (без сокрытия имён).</translation>
    </message>
    <message>
        <source>the cases (none: only the deletions the partners should hear of)</source>
        <translation>дела (без них — только удаления, о которых должны узнать партнёры)</translation>
    </message>
    <message>
        <source>partners&apos; names or age recipients to encrypt the bundle to</source>
        <translation>имена партнёров или получатели age, для которых шифруется пакет</translation>
    </message>
    <message>
        <source>the bundle file</source>
        <translation>файл пакета</translation>
    </message>
    <message>
        <source>leave the evidence out</source>
        <translation>не включать доказательства</translation>
    </message>
    <message>
        <source>also send cases marked internal</source>
        <translation>отправить и дела с пометкой «только для своих»</translation>
    </message>
    <message>
        <source>check a bundle and merge it into the vault</source>
        <translation>проверить пакет и добавить его в хранилище</translation>
    </message>
    <message>
        <source>accept a bundle signed by someone who is not a partner</source>
        <translation>принять пакет, подписанный тем, кто не является партнёром</translation>
    </message>
    <message>
        <source>the partner&apos;s fingerprint as they read it to you by phone; confirms them</source>
        <translation>отпечаток партнёра, как он прочитал его вам по телефону; подтверждает партнёра</translation>
    </message>
    <message>
        <source>check and summarise only</source>
        <translation>только проверить и показать сводку</translation>
    </message>
    <message>
        <source>list received changes that wait for your decision</source>
        <translation>перечислить полученные изменения, ожидающие вашего решения</translation>
    </message>
    <message>
        <source>take the partner&apos;s values (all, or --fields)</source>
        <translation>принять значения партнёра (все или --fields)</translation>
    </message>
    <message>
        <source>keep your values (all, or --fields)</source>
        <translation>оставить ваши значения (все или --fields)</translation>
    </message>
    <message>
        <source>the proposal id</source>
        <translation>идентификатор предложения</translation>
    </message>
    <message>
        <source>only these fields (as &apos;bundle review&apos; names them)</source>
        <translation>только эти поля (как их называет «bundle review»)</translation>
    </message>
    <message>
        <source>list cases changed on both sides</source>
        <translation>список дел, изменённых с обеих сторон</translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation>разрешить конфликт</translation>
    </message>
    <message>
        <source>the version (see &apos;bundle conflicts&apos;)</source>
        <translation>версия (см. «bundle conflicts»)</translation>
    </message>
    <message>
        <source>which version to keep: yours (mine) or the partner&apos;s (theirs)</source>
        <translation>какую версию оставить: вашу (mine) или партнёра (theirs)</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation>(название не задано)</translation>
    </message>
    <message>
        <source>Age recipient:</source>
        <translation>Получатель age:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>Give partners this card line; read the fingerprint to them by phone:</source>
        <translation>Передайте партнёрам эту строку карточки, а отпечаток продиктуйте им по телефону:</translation>
    </message>
    <message>
        <source>{text!r} is neither a contact card nor a file holding one</source>
        <translation>{text!r} — не карточка контакта и не файл с ней</translation>
    </message>
    <message>
        <source>{path} is far too large to be a contact card</source>
        <translation>{path} слишком велик для карточки контакта</translation>
    </message>
    <message>
        <source>no organisation name</source>
        <translation>без названия организации</translation>
    </message>
    <message>
        <source>Added partner {name!r} ({organisation}).</source>
        <translation>Добавлен партнёр {name!r} ({organisation}).</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <source>Not confirmed yet: ask them to read their fingerprint to you by phone, then run &apos;casebook partner confirm {name!r} DIGITS&apos;.</source>
        <translation>Ещё не подтверждён: попросите партнёра продиктовать вам свой отпечаток по телефону, затем выполните «casebook partner confirm {name!r} DIGITS».</translation>
    </message>
    <message>
        <source>No partners yet (casebook partner add NAME CARD).</source>
        <translation>Партнёров пока нет (casebook partner add NAME CARD).</translation>
    </message>
    <message>
        <source>confirmed {time}</source>
        <translation>подтверждён {time}</translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <translation>НЕ ПОДТВЕРЖДЁН</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>добавлен {time}</translation>
    </message>
    <message>
        <source>Removed partner {name!r}.</source>
        <translation>Партнёр {name!r} удалён.</translation>
    </message>
    <message>
        <source>The fingerprint of {name!r} matches; marked confirmed.</source>
        <translation>Отпечаток {name!r} совпадает; партнёр отмечен как подтверждённый.</translation>
    </message>
    <message>
        <source>Wrote {path}: {cases}, {evidence}</source>
        <translation>Записан {path}: {cases}, {evidence}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n доказательство</numerusform>
            <numerusform>%n доказательства</numerusform>
            <numerusform>%n доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>  encrypted to: {recipients}</source>
        <translation>  зашифрован для: {recipients}</translation>
    </message>
    <message>
        <source>  it carries the full cases, without the redaction of appeals</source>
        <translation>  в нём дела целиком, без сокрытия имён, как в обращениях</translation>
    </message>
    <message>
        <source>Checked; nothing was imported (--dry-run).</source>
        <translation>Проверено; ничего не импортировано (--dry-run).</translation>
    </message>
    <message>
        <source>The partner&apos;s fingerprint matches; marked confirmed.</source>
        <translation>Отпечаток партнёра совпадает; отмечен как подтверждённый.</translation>
    </message>
    <message>
        <source>The partner&apos;s card was replaced by their key rotation notice (signed with their old and new keys); new fingerprint: {fingerprint}</source>
        <translation>Карточка партнёра заменена по его уведомлению о смене ключей (подписано старым и новым ключом); новый отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <source>The cases are marked as from an unverified source.</source>
        <translation>Дела отмечены как полученные из непроверенного источника.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for your decision: see &apos;casebook bundle review&apos;.</source>
        <translation>
            <numerusform>%n изменение ожидает вашего решения: см. «casebook bundle review».</numerusform>
            <numerusform>%n изменения ожидают вашего решения: см. «casebook bundle review».</numerusform>
            <numerusform>%n изменений ожидают вашего решения: см. «casebook bundle review».</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {cases}, {evidence}.</source>
        <translation>Импортировано: {cases}, {evidence}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation>
            <numerusform>изменено %n дело</numerusform>
            <numerusform>изменено %n дела</numerusform>
            <numerusform>изменено %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added</source>
        <translation>
            <numerusform>добавлено %n доказательство</numerusform>
            <numerusform>добавлено %n доказательства</numerusform>
            <numerusform>добавлено %n доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed on both sides: see &apos;casebook bundle conflicts&apos;.</source>
        <translation>
            <numerusform>%n дело изменено с обеих сторон: см. «casebook bundle conflicts».</numerusform>
            <numerusform>%n дела изменены с обеих сторон: см. «casebook bundle conflicts».</numerusform>
            <numerusform>%n дел изменено с обеих сторон: см. «casebook bundle conflicts».</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>update (changed only by the sender)</source>
        <translation>обновление (изменено только отправителем)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>kept (yours is newer)</source>
        <translation>оставлено (ваша версия новее)</translation>
    </message>
    <message>
        <source>CONFLICT (changed on both sides; both versions kept)</source>
        <translation>КОНФЛИКТ (изменено с обеих сторон; сохранены обе версии)</translation>
    </message>
    <message>
        <source>PROPOSAL (changes consent, names, contacts or sensitivity; not applied)</source>
        <translation>ПРЕДЛОЖЕНИЕ (меняет согласие, имена, контакты или уровень доступа; не применено)</translation>
    </message>
    <message>
        <source>PROPOSAL (from an unverified source; not applied)</source>
        <translation>ПРЕДЛОЖЕНИЕ (из непроверенного источника; не применено)</translation>
    </message>
    <message>
        <source>PROPOSAL (you deleted this case; the partner still has it)</source>
        <translation>ПРЕДЛОЖЕНИЕ (вы удалили это дело; у партнёра оно ещё есть)</translation>
    </message>
    <message>
        <source>PROPOSAL (the partner deleted this case; yours is kept)</source>
        <translation>ПРЕДЛОЖЕНИЕ (партнёр удалил это дело; ваше сохранено)</translation>
    </message>
    <message>
        <source>Bundle from {sender}, made {time}; signature and contents verified.</source>
        <translation>Пакет от: {sender}, создан {time}; подпись и содержимое проверены.</translation>
    </message>
    <message>
        <source>; evidence: {new} new, {held} already held</source>
        <translation>; доказательства: новых — {new}, уже есть — {held}</translation>
    </message>
    <message>
        <source>    custody log NOT verified: {problem}</source>
        <translation>    журнал хранения НЕ подтверждён: {problem}</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Ничто не ожидает вашего решения.</translation>
    </message>
    <message>
        <source>{id}  case {case} {title!r}: {kind}, from {sender}, {time}</source>
        <translation>{id}  дело {case} {title!r}: {kind}, от {sender}, {time}</translation>
    </message>
    <message>
        <source>  {mark} {field}: yours {ours!r} -&gt; theirs {theirs!r}</source>
        <translation>  {mark} {field}: ваше {ours!r} -&gt; их {theirs!r}</translation>
    </message>
    <message>
        <source>Fields marked ! are protected. &apos;casebook bundle accept|reject PROPOSAL [--fields FIELD ...]&apos; decides.</source>
        <translation>Поля с отметкой ! защищены. Решение: «casebook bundle accept|reject PROPOSAL [--fields FIELD ...]».</translation>
    </message>
    <message>
        <source>Taken from the partner: {fields}.</source>
        <translation>Принято от партнёра: {fields}.</translation>
    </message>
    <message>
        <source>Kept yours: {fields}.</source>
        <translation>Оставлено ваше: {fields}.</translation>
    </message>
    <message>
        <source>Still waiting in {id}: {fields}</source>
        <translation>В {id} ещё ожидают решения: {fields}</translation>
    </message>
    <message>
        <source>Proposal {id} is settled.</source>
        <translation>Предложение {id} решено.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>от: {name}</translation>
    </message>
    <message>
        <source>received {time}</source>
        <translation>получено {time}</translation>
    </message>
    <message>
        <source>no single conflicting version of {id} starts with that</source>
        <translation>нет единственной конфликтующей версии {id}, которая начиналась бы так</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваша версия</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>версия партнёра</translation>
    </message>
    <message>
        <source>Conflict settled: kept {version}.</source>
        <translation>Конфликт разрешён, оставлена {version}.</translation>
    </message>
    <message>
        <source>check this installation with a throwaway vault in a temporary directory</source>
        <translation>проверить эту установку на одноразовом хранилище во временной папке</translation>
    </message>
    <message>
        <source>Create a throwaway vault in a temporary directory, import a fictional case, add evidence, export a PDF appeal in Kazakh and verify the vault; one line per check. Your own vault is not opened. Exit code 1 when a check fails.</source>
        <translation>Создать одноразовое хранилище во временной папке, импортировать вымышленное дело, добавить доказательство, экспортировать обращение в PDF на казахском и проверить хранилище; по строке на каждую проверку. Ваше собственное хранилище не открывается. Код выхода 1, если проверка не прошла.</translation>
    </message>
    <message>
        <source>write or update an encrypted backup (a copy that is itself a vault)</source>
        <translation>записать или обновить зашифрованную резервную копию (копия сама является хранилищем)</translation>
    </message>
    <message>
        <source>Write DEST_DIR as a backup of the vault, or bring an earlier backup in DEST_DIR up to date (only new evidence is copied). The backup opens with the same passphrase and recovery key.</source>
        <translation>Записать резервную копию хранилища в DEST_DIR или обновить прежнюю копию в DEST_DIR (копируются только новые доказательства). Копия открывается той же парольной фразой и тем же ключом восстановления.</translation>
    </message>
    <message>
        <source>backup directory (a USB stick)</source>
        <translation>папка резервной копии (например, на флешке)</translation>
    </message>
    <message>
        <source>show when the last backup was made</source>
        <translation>показать, когда была сделана последняя резервная копия</translation>
    </message>
    <message>
        <source>remind after N days</source>
        <translation>напоминать через N дней</translation>
    </message>
    <message>
        <source>create a working vault from a backup</source>
        <translation>создать рабочее хранилище из резервной копии</translation>
    </message>
    <message>
        <source>Check BACKUP_DIR completely, then create a working vault in DIR.</source>
        <translation>Полностью проверить BACKUP_DIR, затем создать рабочее хранилище в DIR.</translation>
    </message>
    <message>
        <source>new or empty directory</source>
        <translation>новая или пустая папка</translation>
    </message>
    <message>
        <source>unlock with the recovery key in F</source>
        <translation>открыть ключом восстановления из файла F</translation>
    </message>
    <message>
        <source>restore one of the older generations the backup keeps</source>
        <translation>восстановить одно из более старых поколений, которые хранит резервная копия</translation>
    </message>
    <message>
        <source>give a backup directory: casebook backup DEST_DIR</source>
        <translation>укажите папку для резервной копии: casebook backup DEST_DIR</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана в {path}</translation>
    </message>
    <message>
        <source>Backup updated: {path}</source>
        <translation>Резервная копия обновлена: {path}</translation>
    </message>
    <message>
        <source>{path} is not a Casebook backup (no header)</source>
        <translation>{path} — не резервная копия Casebook (нет заголовка)</translation>
    </message>
    <message>
        <source>the backup in {path} has problems; nothing was restored</source>
        <translation>в резервной копии {path} есть ошибки; ничего не восстановлено</translation>
    </message>
    <message>
        <source>the restored vault in {path} did not verify</source>
        <translation>восстановленное хранилище в {path} не прошло проверку</translation>
    </message>
    <message>
        <source>Restored a working vault to {path}</source>
        <translation>Рабочее хранилище восстановлено в {path}</translation>
    </message>
    <message>
        <source>It opens with the passphrase and recovery key of the backup.</source>
        <translation>Оно открывается парольной фразой и ключом восстановления резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>скопирован %n</numerusform>
            <numerusform>скопировано %n</numerusform>
            <numerusform>скопировано %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>удалён %n</numerusform>
            <numerusform>удалено %n</numerusform>
            <numerusform>удалено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  evidence files: {count} ({copied}, {size}; {removed})</source>
        <translation>  файлы доказательств: {count} ({copied}, {size}; {removed})</translation>
    </message>
    <message>
        <source>  database snapshot: {size}, verified</source>
        <translation>  снимок базы данных: {size}, проверен</translation>
    </message>
    <message>
        <source>Last backup: {time} to {path}</source>
        <translation>Последняя резервная копия: {time}, в {path}</translation>
    </message>
    <message>
        <source>No backup has been made of this vault yet.</source>
        <translation>Резервных копий этого хранилища ещё не делали.</translation>
    </message>
    <message numerus="yes">
        <source>Reminder after %n days.</source>
        <translation>
            <numerusform>Напоминание через %n день.</numerusform>
            <numerusform>Напоминание через %n дня.</numerusform>
            <numerusform>Напоминание через %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is due: run &apos;casebook backup DEST_DIR&apos;.</source>
        <translation>Пора сделать резервную копию: выполните «casebook backup DEST_DIR».</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
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
        <translation>добавить, перечислить, показать, изменить, экспортировать или удалить доказательства</translation>
    </message>
    <message>
        <source>import files as evidence of a case (prints the new ids)</source>
        <translation>импортировать файлы как доказательства по делу (выводит новые идентификаторы)</translation>
    </message>
    <message>
        <source>what the file shows</source>
        <translation>что показывает файл</translation>
    </message>
    <message>
        <source>where the file came from</source>
        <translation>откуда получен файл</translation>
    </message>
    <message>
        <source>an event of the case it belongs to (repeatable)</source>
        <translation>событие дела, к которому он относится (можно несколько раз)</translation>
    </message>
    <message>
        <source>list the evidence of a case</source>
        <translation>перечислить доказательства по делу</translation>
    </message>
    <message>
        <source>show one item with the metadata found in it</source>
        <translation>показать одно доказательство с найденными в нём метаданными</translation>
    </message>
    <message>
        <source>change the source, description or events of an item (file unchanged)</source>
        <translation>изменить источник, описание или события доказательства (файл не меняется)</translation>
    </message>
    <message>
        <source>where the file came from (&apos;&apos; clears it)</source>
        <translation>откуда получен файл (&apos;&apos; — очистить)</translation>
    </message>
    <message>
        <source>what it shows (&apos;&apos; clears it)</source>
        <translation>что он показывает (&apos;&apos; — очистить)</translation>
    </message>
    <message>
        <source>link it to this event of its case instead (repeatable)</source>
        <translation>связать его с этим событием дела вместо прежних (можно несколько раз)</translation>
    </message>
    <message>
        <source>unlink it from every event</source>
        <translation>отвязать его от всех событий</translation>
    </message>
    <message>
        <source>print the item as &apos;show --json&apos; does</source>
        <translation>вывести доказательство так же, как «show --json»</translation>
    </message>
    <message>
        <source>export the original, or a cleaned copy with --clean</source>
        <translation>экспортировать оригинал или, с --clean, очищенную копию</translation>
    </message>
    <message>
        <source>file or directory</source>
        <translation>файл или папка</translation>
    </message>
    <message>
        <source>without EXIF/GPS/XMP/document info</source>
        <translation>без EXIF, GPS, XMP и сведений о документе</translation>
    </message>
    <message>
        <source>show the custody log of an item</source>
        <translation>показать журнал хранения доказательства</translation>
    </message>
    <message>
        <source>delete an item (its custody log stays)</source>
        <translation>удалить доказательство (журнал хранения остаётся)</translation>
    </message>
    <message>
        <source>who does this, for the custody log (default: $CASEBOOK_ACTOR)</source>
        <translation>кто выполняет действие, для журнала хранения (по умолчанию: $CASEBOOK_ACTOR)</translation>
    </message>
    <message>
        <source>{path} is not a file (or does not exist)</source>
        <translation>{path} — не файл (или не существует)</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>не удаётся прочитать {path}: нет прав доступа</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>доказательств нет</translation>
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
        <translation>дело:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>имя:</translation>
    </message>
    <message>
        <source>media type:</source>
        <translation>тип данных:</translation>
    </message>
    <message>
        <source>size:</source>
        <translation>размер:</translation>
    </message>
    <message>
        <source>imported:</source>
        <translation>импортировано:</translation>
    </message>
    <message>
        <source>source:</source>
        <translation>источник:</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>описание:</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>события:</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>метаданные:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>не найдены</translation>
    </message>
    <message>
        <source>nothing to change: give --source, --description, --event or --no-events</source>
        <translation>менять нечего: укажите --source, --description, --event или --no-events</translation>
    </message>
    <message>
        <source>changed {fields}</source>
        <translation>изменено: {fields}</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ничего не изменилось</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>no cleaned copy: {reason}</source>
        <translation>очищенная копия не создана: {reason}</translation>
    </message>
    <message>
        <source>deleted {id}</source>
        <translation>удалено: {id}</translation>
    </message>
    <message>
        <source>import, export, list, show or delete cases</source>
        <translation>импортировать, экспортировать, перечислить, показать или удалить дела</translation>
    </message>
    <message>
        <source>import a casebook-case/2 (or /1) JSON file</source>
        <translation>импортировать файл JSON в формате casebook-case/2 (или /1)</translation>
    </message>
    <message>
        <source>the casebook-case/2 (or /1) JSON file</source>
        <translation>файл JSON в формате casebook-case/2 (или /1)</translation>
    </message>
    <message>
        <source>apply a casebook-case JSON file as a new version of a case</source>
        <translation>применить файл JSON casebook-case как новую версию дела</translation>
    </message>
    <message>
        <source>where a case came from, and its versions</source>
        <translation>откуда взялось дело и его версии</translation>
    </message>
    <message>
        <source>export a case as casebook-case/2 JSON</source>
        <translation>экспортировать дело в JSON формата casebook-case/2</translation>
    </message>
    <message>
        <source>list cases, most recently updated first</source>
        <translation>перечислить дела, сначала недавно изменённые</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>показать одно дело</translation>
    </message>
    <message>
        <source>show the case&apos;s texts in language L (en, ru, kk, ...); texts without an L version are shown in the original and marked</source>
        <translation>показать тексты дела на языке L (en, ru, kk, ...); тексты без версии на L показываются в оригинале и помечаются</translation>
    </message>
    <message>
        <source>list, per language, the case texts missing or needing review</source>
        <translation>по каждому языку: какие тексты дела отсутствуют или требуют проверки</translation>
    </message>
    <message>
        <source>set the version of one case text in a language</source>
        <translation>задать версию одного текста дела на языке</translation>
    </message>
    <message>
        <source>the text, as &apos;case translations --json&apos; names it (case/summary/)</source>
        <translation>текст, как его называет «case translations --json» (case/summary/)</translation>
    </message>
    <message>
        <source>the translated text</source>
        <translation>переведённый текст</translation>
    </message>
    <message>
        <source>read the translated text from FILE</source>
        <translation>прочитать переведённый текст из FILE</translation>
    </message>
    <message>
        <source>mark the version as needing review</source>
        <translation>отметить версию как требующую проверки</translation>
    </message>
    <message>
        <source>delete a case and its evidence</source>
        <translation>удалить дело и его доказательства</translation>
    </message>
    <message>
        <source>full-text search of the vault</source>
        <translation>полнотекстовый поиск по хранилищу</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>слова, которые нужно найти</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was written.</source>
        <translation>Ничего не изменилось; ничего не записано.</translation>
    </message>
    <message>
        <source>Origin: {where}</source>
        <translation>Происхождение: {where}</translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 639-1 language code (en, ru, kk, ...)</source>
        <translation>{code!r} — не код языка ISO 639-1 (en, ru, kk, ...)</translation>
    </message>
    <message>
        <source>No {lang} version, shown in the original [{original}]: {fields}</source>
        <translation>Нет версии на языке {lang}, показано в оригинале [{original}]: {fields}</translation>
    </message>
    <message>
        <source>Needs review [{lang}?] (the original changed since): {fields}</source>
        <translation>Требует проверки [{lang}?] (оригинал с тех пор изменился): {fields}</translation>
    </message>
    <message>
        <source>original language: {lang}</source>
        <translation>язык оригинала: {lang}</translation>
    </message>
    <message>
        <source>{lang}: complete</source>
        <translation>{lang}: всё переведено</translation>
    </message>
    <message>
        <source>{lang}: {missing} missing, {review} to review</source>
        <translation>{lang}: нет {missing}, проверить {review}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>review</source>
        <translation>проверить</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>статус:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>конфиденциальность:</translation>
    </message>
    <message>
        <source>place:</source>
        <translation>место:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>метки:</translation>
    </message>
    <message>
        <source>updated:</source>
        <translation>обновлено:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <source>risk: {level}</source>
        <translation>риск: {level}</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Организации:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>События:</translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation>Требования:</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <source>produce an urgent appeal from a case</source>
        <translation>подготовить срочное обращение по делу</translation>
    </message>
    <message>
        <source>language of the appeal (default: the case&apos;s setting)</source>
        <translation>язык обращения (по умолчанию: как задано в деле)</translation>
    </message>
    <message>
        <source>refuse (exit 1, nothing written) when a case text has no version in the appeal&apos;s language</source>
        <translation>отказаться (код 1, ничего не записывается), если у какого-либо текста дела нет версии на языке обращения</translation>
    </message>
    <message>
        <source>a demand: a key of &apos;casebook appeals demands&apos; or your own text (repeatable; replaces the case&apos;s chosen demands for this appeal)</source>
        <translation>требование: ключ из «casebook appeals demands» или ваш текст (можно несколько раз; заменяет выбранные в деле требования для этого обращения)</translation>
    </message>
    <message>
        <source>statement of concern for this appeal</source>
        <translation>выражение обеспокоенности для этого обращения</translation>
    </message>
    <message>
        <source>reference number (default: next free)</source>
        <translation>номер обращения (по умолчанию: следующий свободный)</translation>
    </message>
    <message>
        <source>kind of document: an urgent appeal (default), an update of an earlier appeal, a UN Special Procedures submission or a letter to an authority</source>
        <translation>вид документа: срочное обращение (по умолчанию), обновление прежнего обращения, сообщение специальным процедурам ООН или письмо в орган власти</translation>
    </message>
    <message>
        <source>with --type update: the earlier appeal (default: the newest)</source>
        <translation>с --type update: прежнее обращение (по умолчанию: последнее)</translation>
    </message>
    <message>
        <source>an addressee of the address book (a letter is written in their language)</source>
        <translation>адресат из адресной книги (письмо пишется на его языке)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>kept appeals and the demands library</source>
        <translation>сохранённые обращения и библиотека требований</translation>
    </message>
    <message>
        <source>appeals kept for a case, newest first</source>
        <translation>сохранённые обращения по делу, сначала новые</translation>
    </message>
    <message>
        <source>print the text of a kept appeal</source>
        <translation>вывести текст сохранённого обращения</translation>
    </message>
    <message>
        <source>write a kept appeal again, exactly as it was</source>
        <translation>снова записать сохранённое обращение в точности как было</translation>
    </message>
    <message>
        <source>build a kept appeal again from the case as it is now</source>
        <translation>заново собрать сохранённое обращение по текущему состоянию дела</translation>
    </message>
    <message>
        <source>export even with unresolved findings (they are redacted)</source>
        <translation>экспортировать даже с нерешёнными находками (они будут скрыты)</translation>
    </message>
    <message>
        <source>the library of standard demands</source>
        <translation>библиотека типовых требований</translation>
    </message>
    <message>
        <source>language of the demands (default: en)</source>
        <translation>язык требований (по умолчанию: en)</translation>
    </message>
    <message>
        <source>file format (default: from -o)</source>
        <translation>формат файла (по умолчанию: по имени в -o)</translation>
    </message>
    <message>
        <source>list what the pre-publication check finds (names and contacts replaced, doubtful mentions) instead of exporting; exit 1 while any is unresolved</source>
        <translation>вместо экспорта показать находки проверки перед публикацией (заменённые имена и контакты, сомнительные упоминания); код выхода 1, пока есть нерешённые</translation>
    </message>
    <message>
        <source>decide a doubtful finding: always redact TEXT (repeatable; kept)</source>
        <translation>решение по сомнительной находке: всегда скрывать TEXT (можно несколько раз; сохраняется)</translation>
    </message>
    <message>
        <source>decide a doubtful finding: publish TEXT as is (repeatable; kept)</source>
        <translation>решение по сомнительной находке: публиковать TEXT как есть (можно несколько раз; сохраняется)</translation>
    </message>
    <message>
        <source>export even if the case is internal</source>
        <translation>экспортировать, даже если дело «только для своих»</translation>
    </message>
    <message>
        <source>cannot tell the format from {path!r}; give --format ({formats})</source>
        <translation>не удаётся определить формат по {path!r}; укажите --format ({formats})</translation>
    </message>
    <message>
        <source>warning: no {lang} version, the original text was used for: {fields}</source>
        <translation>внимание: нет версии на языке {lang}, использован исходный текст для: {fields}</translation>
    </message>
    <message>
        <source>wrote {path} ({format}, {size})</source>
        <translation>записан {path} ({format}, {size})</translation>
    </message>
    <message>
        <source>kept as appeal {id} ({reference})</source>
        <translation>сохранено как обращение {id} ({reference})</translation>
    </message>
    <message>
        <source>{reason}; nothing was written</source>
        <translation>{reason}; ничего не записано</translation>
    </message>
    <message>
        <source>give -o PATH, or --check</source>
        <translation>укажите -o PATH или --check</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>решено: {decision}</translation>
    </message>
    <message>
        <source>UNRESOLVED</source>
        <translation>НЕ РЕШЕНО</translation>
    </message>
    <message>
        <source>hint: a named person&apos;s profile mentions {word!r}: {context}</source>
        <translation>подсказка: в профиле названного человека упомянуто {word!r}: {context}</translation>
    </message>
    <message>
        <source>{found} finding(s), {unresolved} unresolved</source>
        <translation>находок: {found}, не решено: {unresolved}</translation>
    </message>
    <message>
        <source>no appeals kept for this case</source>
        <translation>по этому делу нет сохранённых обращений</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; write it on paper and keep it apart from the laptop):

    {key}

With it you can set a new passphrase if you forget yours. Anyone who has it can open the vault.</source>
        <translation>Ключ восстановления (показывается только сейчас; запишите его на бумаге и храните отдельно от ноутбука):

    {key}

С ним можно задать новую парольную фразу, если вы забудете свою. Любой, у кого он есть, может открыть хранилище.</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>создать новое хранилище</translation>
    </message>
    <message>
        <source>your organisation&apos;s name (for bundles)</source>
        <translation>название вашей организации (для пакетов)</translation>
    </message>
    <message>
        <source>change the passphrase (or reset it with the recovery key)</source>
        <translation>сменить парольную фразу (или сбросить её ключом восстановления)</translation>
    </message>
    <message>
        <source>use the recovery key in F</source>
        <translation>использовать ключ восстановления из файла F</translation>
    </message>
    <message>
        <source>replace all keys (after a compromise): new data key, passphrase and recovery key</source>
        <translation>заменить все ключи (после компрометации): новый ключ данных, парольная фраза и ключ восстановления</translation>
    </message>
    <message>
        <source>read the new passphrase from F</source>
        <translation>прочитать новую парольную фразу из файла F</translation>
    </message>
    <message>
        <source>also a new organisation identity, with a rotation notice for partners</source>
        <translation>также новая идентичность организации с уведомлением о смене ключей для партнёров</translation>
    </message>
    <message>
        <source>write the rotation notice to F (with --new-identity)</source>
        <translation>записать уведомление о смене ключей в F (с --new-identity)</translation>
    </message>
    <message>
        <source>replace a partner&apos;s card with the one of their rotation notice</source>
        <translation>заменить карточку партнёра карточкой из его уведомления о смене ключей</translation>
    </message>
    <message>
        <source>the rotation notice line, or a file holding it</source>
        <translation>строка уведомления о смене ключей или файл с ней</translation>
    </message>
    <message>
        <source>cannot read the rotation notice {path}: {reason}</source>
        <translation>не удалось прочитать уведомление о смене ключей {path}: {reason}</translation>
    </message>
    <message>
        <source>Partner {name} now has the new card of the notice; new fingerprint: {fingerprint}</source>
        <translation>У партнёра {name} теперь новая карточка из уведомления; новый отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <source>Current passphrase, again: </source>
        <translation>Нынешняя парольная фраза, ещё раз: </translation>
    </message>
    <message>
        <source>Re-encrypting the database under a new key...</source>
        <translation>Повторное шифрование базы новым ключом...</translation>
    </message>
    <message>
        <source>All keys replaced. The old passphrase and recovery key no longer open this vault.</source>
        <translation>Все ключи заменены. Старая парольная фраза и ключ восстановления больше не открывают это хранилище.</translation>
    </message>
    <message>
        <source>New organisation identity. Send this rotation notice to your partners (casebook partner rotate NOTICE):</source>
        <translation>Новая идентичность организации. Отправьте это уведомление о смене ключей партнёрам (casebook partner rotate NOTICE):</translation>
    </message>
    <message>
        <source>set the duress passphrase to the first line of F: typed instead of the passphrase, it destroys the keys for good and opens an empty vault</source>
        <translation>задать парольную фразу под принуждением из первой строки F: введённая вместо парольной фразы, она навсегда уничтожает ключи и открывает пустое хранилище</translation>
    </message>
    <message>
        <source>remove the duress passphrase</source>
        <translation>удалить парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>destroy the keys after N wrong passphrases in a row (5, 10 or 20; 0 turns it off)</source>
        <translation>уничтожить ключи после N неверных парольных фраз подряд (5, 10 или 20; 0 отключает)</translation>
    </message>
    <message>
        <source>check the integrity of the vault</source>
        <translation>проверить целостность хранилища</translation>
    </message>
    <message>
        <source>also decrypt every page and check that deleted data is wiped (slower)</source>
        <translation>также расшифровать каждую страницу и проверить, что удалённые данные стёрты (медленнее)</translation>
    </message>
    <message>
        <source>also compare every index of the database with its table (SQLite&apos;s integrity_check: slow on a large vault); the daily check runs quick_check</source>
        <translation>также сравнить каждый индекс базы данных с её таблицей (integrity_check SQLite: медленно на большом хранилище); ежедневная проверка выполняет quick_check</translation>
    </message>
    <message>
        <source>create a vault with fictional demo cases</source>
        <translation>создать демо-хранилище с вымышленными делами</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Measuring this computer to set the key derivation (about a second)...</source>
        <translation>Измеряется скорость этого компьютера, чтобы настроить формирование ключа (около секунды)...</translation>
    </message>
    <message>
        <source>Created vault {path}</source>
        <translation>Создано хранилище {path}</translation>
    </message>
    <message>
        <source>travel mode: take the keys off the laptop for a journey</source>
        <translation>режим поездки: увезти ключи с ноутбука на время поездки</translation>
    </message>
    <message>
        <source>move the key slots into a file and leave the vault unopenable here</source>
        <translation>перенести слоты ключей в файл и оставить здесь хранилище, которое нельзя открыть</translation>
    </message>
    <message>
        <source>the travel file (default: travel-DATE.age here)</source>
        <translation>файл поездки (по умолчанию: travel-ДАТА.age здесь)</translation>
    </message>
    <message>
        <source>encrypt the travel file to this partner (name or age1...)</source>
        <translation>зашифровать файл поездки для этого партнёра (имя или age1...)</translation>
    </message>
    <message>
        <source>encrypt the travel file to the recovery key in F</source>
        <translation>зашифровать файл поездки ключом восстановления из F</translation>
    </message>
    <message>
        <source>put the key slots back from a travel file</source>
        <translation>вернуть слоты ключей из файла поездки</translation>
    </message>
    <message>
        <source>the recovery key the travel file is encrypted to</source>
        <translation>ключ восстановления, которым зашифрован файл поездки</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault</source>
        <translation>{path} — не хранилище Casebook</translation>
    </message>
    <message>
        <source>Travel mode: the keys are in {file} (encrypted to {to}); this vault cannot be opened here until &apos;casebook travel end {file}&apos;. Keep the file away from the laptop.</source>
        <translation>Режим поездки: ключи в {file} (зашифрованы: {to}); здесь хранилище не откроется до «casebook travel end {file}». Храните файл не на ноутбуке.</translation>
    </message>
    <message>
        <source>Travel mode ended: the vault opens again with its passphrase.</source>
        <translation>Режим поездки завершён: хранилище снова открывается своей парольной фразой.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays the same.</source>
        <translation>Парольная фраза изменена. Ключ восстановления остаётся прежним.</translation>
    </message>
    <message>
        <source>Duress passphrase set. If it is typed instead of the passphrase, anywhere the passphrase is asked, the keys of this vault are destroyed at once and for good, and an empty vault opens without any message. After that neither the passphrase nor the recovery key opens the cases: only a backup made before brings them back. Keep a backup somewhere else.</source>
        <translation>Парольная фраза под принуждением задана. Если её ввести вместо парольной фразы там, где спрашивается парольная фраза, ключи этого хранилища сразу и навсегда уничтожаются, и без всяких сообщений открывается пустое хранилище. После этого ни парольная фраза, ни ключ восстановления не открывают дела: вернуть их может только резервная копия, сделанная раньше. Храните резервную копию в другом месте.</translation>
    </message>
    <message>
        <source>--wipe-after takes 5, 10 or 20 (0 turns it off), not {n}</source>
        <translation>--wipe-after принимает 5, 10 или 20 (0 отключает), а не {n}</translation>
    </message>
    <message>
        <source>{path} holds no duress passphrase on its first line</source>
        <translation>в первой строке {path} нет парольной фразы под принуждением</translation>
    </message>
    <message>
        <source>Duress passphrase removed.</source>
        <translation>Парольная фраза под принуждением удалена.</translation>
    </message>
    <message>
        <source>This vault has no duress passphrase.</source>
        <translation>У этого хранилища нет парольной фразы под принуждением.</translation>
    </message>
    <message>
        <source>After {n} wrong passphrases in a row the keys of this vault will be destroyed for good; only a backup made before brings the cases back.</source>
        <translation>После {n} неверных парольных фраз подряд ключи этого хранилища будут уничтожены навсегда; вернуть дела сможет только резервная копия, сделанная раньше.</translation>
    </message>
    <message>
        <source>Wrong passphrases no longer destroy the keys.</source>
        <translation>Неверные парольные фразы больше не уничтожают ключи.</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no such directory)</source>
        <translation>{path} — не хранилище Casebook (такой папки нет)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>ok: {path} verified ({checked})</source>
        <translation>ок: {path} проверено ({checked})</translation>
    </message>
    <message>
        <source>give the demo vault a place: casebook demo --vault DIR</source>
        <translation>укажите, где создать демо-хранилище: casebook demo --vault DIR</translation>
    </message>
    <message numerus="yes">
        <source>Created demo vault {path} with %n fictional cases.</source>
        <translation>
            <numerusform>Создано демо-хранилище {path} с %n вымышленным делом.</numerusform>
            <numerusform>Создано демо-хранилище {path} с %n вымышленными делами.</numerusform>
            <numerusform>Создано демо-хранилище {path} с %n вымышленными делами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: {passphrase}</source>
        <translation>Парольная фраза: {passphrase}</translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation>Ключ восстановления: {key}</translation>
    </message>
    <message>
        <source>what is due: release dates and follow-ups</source>
        <translation>что пора сделать: даты освобождения и повторные обращения</translation>
    </message>
    <message>
        <source>the day to count from (default: today)</source>
        <translation>день, от которого считать (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <source>the address book of addressees</source>
        <translation>адресная книга адресатов</translation>
    </message>
    <message>
        <source>add or update addressees from a JSON file (a list of objects)</source>
        <translation>добавить или обновить адресатов из файла JSON (список объектов)</translation>
    </message>
    <message>
        <source>list the addressees</source>
        <translation>показать адресатов</translation>
    </message>
    <message>
        <source>what was sent to whom, and what came back</source>
        <translation>что кому отправлено и что пришло в ответ</translation>
    </message>
    <message>
        <source>record that a kept appeal was sent</source>
        <translation>отметить, что сохранённое обращение отправлено</translation>
    </message>
    <message>
        <source>the appeal&apos;s reference (UA-2025-001) or id</source>
        <translation>номер обращения (UA-2025-001) или его id</translation>
    </message>
    <message>
        <source>the addressee&apos;s name (from the address book, or any name)</source>
        <translation>имя адресата (из адресной книги или любое)</translation>
    </message>
    <message>
        <source>day it was sent</source>
        <translation>день отправки</translation>
    </message>
    <message>
        <source>who sent it</source>
        <translation>кто отправил</translation>
    </message>
    <message>
        <source>day to follow up if no answer came</source>
        <translation>день повторного обращения, если ответа не будет</translation>
    </message>
    <message>
        <source>record the answer to a sending</source>
        <translation>записать ответ на отправку</translation>
    </message>
    <message>
        <source>day of the answer</source>
        <translation>день ответа</translation>
    </message>
    <message>
        <source>what they answered</source>
        <translation>что ответили</translation>
    </message>
    <message>
        <source>the evidence item holding the reply</source>
        <translation>доказательство, в котором хранится ответ</translation>
    </message>
    <message>
        <source>next day to follow up (&apos;&apos; clears it)</source>
        <translation>следующий день повторного обращения (&apos;&apos; убирает его)</translation>
    </message>
    <message>
        <source>list what was sent</source>
        <translation>показать отправленное</translation>
    </message>
    <message>
        <source>only sendings whose follow-up day has come without an answer</source>
        <translation>только отправки без ответа, у которых наступил день повторного обращения</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated</source>
        <translation>добавлено: {added}, обновлено: {updated}</translation>
    </message>
    <message>
        <source>follow up {day}</source>
        <translation>повторить {day}</translation>
    </message>
    <message>
        <source>generate a strong passphrase</source>
        <translation>сгенерировать надёжную парольную фразу</translation>
    </message>
    <message>
        <source>print a passphrase of random words (at least 77 bits)</source>
        <translation>вывести парольную фразу из случайных слов (не меньше 77 бит)</translation>
    </message>
    <message>
        <source>language of the words (default: en)</source>
        <translation>язык слов (по умолчанию: en)</translation>
    </message>
    <message>
        <source>number of words, at least 6 (default: 6)</source>
        <translation>число слов, не меньше 6 (по умолчанию: 6)</translation>
    </message>
    <message>
        <source>rebuild the database so that nothing deleted can be recovered from it</source>
        <translation>перестроить базу, чтобы из неё нельзя было восстановить ничего удалённого</translation>
    </message>
    <message>
        <source>compacted: {before} -&gt; {after} in {seconds:.1f} s</source>
        <translation>сжато: {before} -&gt; {after} за {seconds:.1f} с</translation>
    </message>
    <message>
        <source>evidence files without a database row, kept instead of deleted</source>
        <translation>файлы доказательств без записи в базе, сохранённые вместо удаления</translation>
    </message>
    <message>
        <source>list the quarantined files</source>
        <translation>показать файлы в карантине</translation>
    </message>
    <message>
        <source>put a quarantined file back (when an evidence item refers to it)</source>
        <translation>вернуть файл из карантина (если на него ссылается доказательство)</translation>
    </message>
    <message>
        <source>delete quarantined files for good</source>
        <translation>окончательно удалить файлы из карантина</translation>
    </message>
    <message>
        <source>every quarantined file</source>
        <translation>все файлы в карантине</translation>
    </message>
    <message>
        <source>restorable</source>
        <translation>можно вернуть</translation>
    </message>
    <message>
        <source>the quarantine is empty</source>
        <translation>карантин пуст</translation>
    </message>
    <message>
        <source>restored {name} to the evidence folder</source>
        <translation>{name} возвращён в папку доказательств</translation>
    </message>
    <message>
        <source>deleted {name}</source>
        <translation>удалён {name}</translation>
    </message>
    <message>
        <source>export tables of incidents or a kit for Uwazi</source>
        <translation>экспорт таблиц инцидентов или набора для Uwazi</translation>
    </message>
    <message>
        <source>one row per event, as CSV or XLSX</source>
        <translation>одна строка на событие, в CSV или XLSX</translation>
    </message>
    <message>
        <source>a kit an Uwazi administrator imports, or check one</source>
        <translation>набор для импорта администратором Uwazi или проверка набора</translation>
    </message>
    <message>
        <source>check a kit against Uwazi&apos;s rules</source>
        <translation>проверить набор по правилам Uwazi</translation>
    </message>
    <message>
        <source>languages of the kit, the default language first</source>
        <translation>языки набора, первым — язык по умолчанию</translation>
    </message>
    <message>
        <source>only these cases (ids or id prefixes)</source>
        <translation>только эти дела (идентификаторы или их начала)</translation>
    </message>
    <message>
        <source>include cases of this sensitivity and more open ones ({levels}; default {default})</source>
        <translation>включить дела этой степени закрытости и более открытые ({levels}; по умолчанию {default})</translation>
    </message>
    <message>
        <source>{count} cases left out because of their sensitivity (see --sensitivity)</source>
        <translation>дел не включено из-за их закрытости: {count} (см. --sensitivity)</translation>
    </message>
    <message>
        <source>wrote {rows} incidents of {cases} cases to {path}</source>
        <translation>записано инцидентов: {rows}, дел: {cases}, в {path}</translation>
    </message>
    <message>
        <source>no vault at {path}: names were not checked</source>
        <translation>в {path} нет хранилища: имена не проверены</translation>
    </message>
    <message>
        <source>{path}: {count} problems found</source>
        <translation>{path}: найдено проблем: {count}</translation>
    </message>
    <message>
        <source>{path}: the kit follows Uwazi&apos;s import rules</source>
        <translation>{path}: набор соответствует правилам импорта Uwazi</translation>
    </message>
    <message>
        <source>{path}: the kit&apos;s file name must end in .zip</source>
        <translation>{path}: имя файла набора должно оканчиваться на .zip</translation>
    </message>
    <message>
        <source>wrote a kit of {cases} cases, {events} events, {people} people and {files} files to {path}</source>
        <translation>в {path} записан набор: дел — {cases}, событий — {events}, людей — {people}, файлов — {files}</translation>
    </message>
    <message>
        <source>count events by type, time, place or perpetrator</source>
        <translation>подсчёт событий по типу, времени, месту или нарушителю</translation>
    </message>
    <message>
        <source>what to count by, comma separated: {choices}</source>
        <translation>по чему считать, через запятую: {choices}</translation>
    </message>
    <message>
        <source>only events on or after D (YYYY-MM-DD, YYYY-MM, YYYY)</source>
        <translation>только события не раньше D (ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ)</translation>
    </message>
    <message>
        <source>only events on or before D (YYYY-MM-DD, YYYY-MM, YYYY)</source>
        <translation>только события не позже D (ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ)</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>вывести CSV</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>событий: {count}</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>custody entry {number} ({action}, {time}) does not follow the entry before it (entries removed, inserted or reordered)</source>
        <translation>запись журнала хранения № {number} ({action}, {time}) не продолжает предыдущую (записи удалены, вставлены или переставлены)</translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) was altered (its content does not match its hash)</source>
        <translation>запись журнала хранения № {number} ({action}, {time}) изменена (содержимое не совпадает с её хешем)</translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) has an invalid signature (not written by this vault)</source>
        <translation>у записи журнала хранения № {number} ({action}, {time}) недействительная подпись (записана не этим хранилищем)</translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) names another case than the entries before it</source>
        <translation>запись журнала хранения № {number} ({action}, {time}) относится к другому делу, чем предыдущие записи</translation>
    </message>
    <message>
        <source>custody log has no signed head (the log was removed or inserted by hand)</source>
        <translation>у журнала хранения нет подписанного заголовка (журнал удалён или вставлен вручную)</translation>
    </message>
    <message>
        <source>the signed head of the custody log is unreadable</source>
        <translation>подписанный заголовок журнала хранения не читается</translation>
    </message>
    <message>
        <source>the signed head of the custody log has an invalid signature</source>
        <translation>у подписанного заголовка журнала хранения недействительная подпись</translation>
    </message>
    <message numerus="yes">
        <source>custody log has %n entries but {written} were written (entries removed or added)</source>
        <translation>
            <numerusform>в журнале хранения %n запись, а записано было {written} (записи удалены или добавлены)</numerusform>
            <numerusform>в журнале хранения %n записи, а записано было {written} (записи удалены или добавлены)</numerusform>
            <numerusform>в журнале хранения %n записей, а записано было {written} (записи удалены или добавлены)</numerusform>
        </translation>
    </message>
    <message>
        <source>the last custody entry is not the one last written (entries replaced)</source>
        <translation>последняя запись журнала хранения — не та, что была записана последней (записи подменены)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>a date range needs two full dates, like 2024-10-01/2024-10-11</source>
        <translation>для периода нужны две полные даты, например 2024-10-01/2024-10-11</translation>
    </message>
    <message>
        <source>a date range must not end before it starts</source>
        <translation>период не может закончиться раньше, чем начался</translation>
    </message>
    <message>
        <source>{text!r} is not a date: type it like 2025-03-03, 03.03.2025 or 3 March 2025</source>
        <translation>{text!r} — не дата: введите, например, 2025-03-03, 03.03.2025 или 3 марта 2025</translation>
    </message>
    <message>
        <source>{text!r}: write the year with four digits, like 2025</source>
        <translation>{text!r}: напишите год четырьмя цифрами, например 2025</translation>
    </message>
    <message>
        <source>{text!r} is not a real date (no such month or day)</source>
        <translation>{text!r} — несуществующая дата (нет такого месяца или дня)</translation>
    </message>
    <message>
        <source>no date typed</source>
        <translation>дата не введена</translation>
    </message>
    <message>
        <source>{text!r} is not complete: type a month and a year</source>
        <translation>{text!r} — неполная дата: введите месяц и год</translation>
    </message>
    <message>
        <source>{text!r} is not complete: type a day, month and year</source>
        <translation>{text!r} — неполная дата: введите день, месяц и год</translation>
    </message>
    <message>
        <source>it is in the future</source>
        <translation>она в будущем</translation>
    </message>
    <message>
        <source>it is before 1991</source>
        <translation>она раньше 1991 года</translation>
    </message>
    <message>
        <source>{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B</source>
        <translation>{text!r} — не дата: используйте ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ или период A/B</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>evidence/{name}: a file that belongs to no evidence item</source>
        <translation>evidence/{name}: файл, который не относится ни к одному доказательству</translation>
    </message>
    <message>
        <source>its file is missing (evidence/{name})</source>
        <translation>его файл отсутствует (evidence/{name})</translation>
    </message>
    <message>
        <source>its file is damaged: it is not an age file any more</source>
        <translation>его файл повреждён: это больше не файл age</translation>
    </message>
    <message numerus="yes">
        <source>its file is truncated ({actual} of %n bytes)</source>
        <translation>
            <numerusform>его файл обрезан ({actual} из %n байта)</numerusform>
            <numerusform>его файл обрезан ({actual} из %n байт)</numerusform>
            <numerusform>его файл обрезан ({actual} из %n байт)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its file was altered: %n bytes too many</source>
        <translation>
            <numerusform>его файл изменён: лишний %n байт</numerusform>
            <numerusform>его файл изменён: лишних %n байта</numerusform>
            <numerusform>его файл изменён: лишних %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>its key in the database is damaged; the file cannot be decrypted</source>
        <translation>его ключ в базе данных повреждён; файл нельзя расшифровать</translation>
    </message>
    <message>
        <source>its file was altered: it no longer decrypts</source>
        <translation>его файл изменён: он больше не расшифровывается</translation>
    </message>
    <message numerus="yes">
        <source>its content has %n bytes instead of {recorded}</source>
        <translation>
            <numerusform>в его содержимом %n байт вместо {recorded}</numerusform>
            <numerusform>в его содержимом %n байта вместо {recorded}</numerusform>
            <numerusform>в его содержимом %n байт вместо {recorded}</numerusform>
        </translation>
    </message>
    <message>
        <source>its content was altered: the SHA-256 does not match</source>
        <translation>его содержимое изменено: SHA-256 не совпадает</translation>
    </message>
    <message>
        <source>has no custody log</source>
        <translation>нет журнала хранения</translation>
    </message>
    <message>
        <source>deleted: {name}</source>
        <translation>удалено: {name}</translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation>отсутствует: {name}</translation>
    </message>
    <message>
        <source>custody log starts with {action!r} instead of its import</source>
        <translation>журнал хранения начинается с {action!r}, а не с импорта</translation>
    </message>
    <message>
        <source>custody log records a deletion but the item is still there</source>
        <translation>в журнале хранения записано удаление, но доказательство всё ещё на месте</translation>
    </message>
    <message>
        <source>custody log belongs to another case than the item</source>
        <translation>журнал хранения относится к другому делу, чем доказательство</translation>
    </message>
    <message>
        <source>the item is gone from the database but its custody log records no deletion</source>
        <translation>доказательства нет в базе данных, но в журнале хранения нет записи об удалении</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>положение по GPS</translation>
    </message>
    <message>
        <source>present (no usable position)</source>
        <translation>есть (без пригодных координат)</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} м</translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation>высота по GPS</translation>
    </message>
    <message>
        <source>Identifies: {tag}</source>
        <translation>Может выдать личность: {tag}</translation>
    </message>
    <message>
        <source>Camera {field}</source>
        <translation>Камера: {field}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages}, encrypted</source>
        <translation>{pages}, зашифрован</translation>
    </message>
    <message>
        <source>Document {field}</source>
        <translation>Документ: {field}</translation>
    </message>
    <message>
        <source>Text {field}</source>
        <translation>Текст: {field}</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>Встроено</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: нет такого файла</translation>
    </message>
    <message>
        <source>{path} is not a regular file; only files can be imported</source>
        <translation>{path} — не обычный файл; импортировать можно только файлы</translation>
    </message>
    <message>
        <source>{size} bytes arrived instead of the {expected} announced; nothing was stored</source>
        <translation>получено байт: {size} вместо заявленных {expected}; ничего не сохранено</translation>
    </message>
    <message>
        <source>the content does not match its expected SHA-256 (altered or incomplete); nothing was stored</source>
        <translation>содержимое не совпадает с ожидаемым SHA-256 (изменено или неполное); ничего не сохранено</translation>
    </message>
    <message>
        <source>{given!r} is not an event of case {case_id} (or is ambiguous)</source>
        <translation>{given!r} — не событие дела {case_id} (или неоднозначно)</translation>
    </message>
    <message>
        <source>evidence {id} ({name})</source>
        <translation>доказательство {id} ({name})</translation>
    </message>
    <message>
        <source>{label}: its encrypted file is missing; run &apos;casebook verify&apos;</source>
        <translation>{label}: нет его зашифрованного файла; выполните «casebook verify»</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестного типа</translation>
    </message>
    <message>
        <source>Casebook cannot reliably remove the metadata of {kind} files, so it will not make a &apos;cleaned&apos; copy that might still reveal who, where or when. Cleaning works for JPEG, PNG, WebP, GIF, TIFF and BMP images and for PDF documents.</source>
        <translation>Casebook не может надёжно удалить метаданные из файлов {kind}, поэтому не будет делать «очищенную» копию, которая всё ещё может выдать, кто, где или когда. Очистка работает для изображений JPEG, PNG, WebP, GIF, TIFF и BMP и для документов PDF.</translation>
    </message>
    <message>
        <source>this file is too large to clean ({size} MiB; the limit is {limit} MiB)</source>
        <translation>этот файл слишком велик для очистки ({size} МиБ; предел — {limit} МиБ)</translation>
    </message>
    <message>
        <source>this image has several frames (an animation or a multi-page file); Casebook cleans single images only</source>
        <translation>в этом изображении несколько кадров (анимация или многостраничный файл); Casebook очищает только одиночные изображения</translation>
    </message>
    <message>
        <source>this image cannot be decoded, so it cannot be cleaned ({error})</source>
        <translation>это изображение не декодируется, поэтому его нельзя очистить ({error})</translation>
    </message>
    <message>
        <source>metadata remained after cleaning ({kinds})</source>
        <translation>после очистки остались метаданные ({kinds})</translation>
    </message>
    <message>
        <source>this PDF is encrypted; Casebook cannot clean encrypted PDFs</source>
        <translation>этот PDF зашифрован; Casebook не может очищать зашифрованные PDF</translation>
    </message>
    <message>
        <source>this PDF cannot be read well enough to clean it ({error})</source>
        <translation>этот PDF не удаётся прочитать достаточно хорошо, чтобы очистить ({error})</translation>
    </message>
    <message>
        <source>this PDF holds JPEG images packed in a way Casebook cannot clean ({filters}); their EXIF data could remain</source>
        <translation>в этом PDF изображения JPEG упакованы так, что Casebook не может их очистить ({filters}); их данные EXIF могли бы остаться</translation>
    </message>
    <message>
        <source>metadata remained in the PDF after cleaning</source>
        <translation>после очистки в PDF остались метаданные</translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation>отменено; файл не записан</translation>
    </message>
    <message>
        <source>{label}: cannot be decrypted ({error})</source>
        <translation>{label}: не удаётся расшифровать ({error})</translation>
    </message>
    <message>
        <source>{label}: the decrypted file does not match its recorded SHA-256; nothing was exported. Run &apos;casebook verify&apos;</source>
        <translation>{label}: расшифрованный файл не совпадает с записанным SHA-256; ничего не экспортировано. Выполните «casebook verify»</translation>
    </message>
    <message>
        <source>more bytes arrived than the {size} announced; nothing was stored</source>
        <translation>получено больше байт, чем заявлено ({size}); ничего не сохранено</translation>
    </message>
    <message>
        <source>{item}: the encrypted file cannot be decrypted ({error}); run &apos;casebook verify&apos;</source>
        <translation>{item}: зашифрованный файл не расшифровывается ({error}); выполните «casebook verify»</translation>
    </message>
    <message>
        <source>{item}: the decrypted file does not match its recorded size and SHA-256; run &apos;casebook verify&apos;</source>
        <translation>{item}: расшифрованный файл не совпадает с записанными размером и SHA-256; выполните «casebook verify»</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path}: the file name must end in .csv or .xlsx</source>
        <translation>{path}: имя файла должно оканчиваться на .csv или .xlsx</translation>
    </message>
    <message>
        <source>unknown sensitivity {level!r}: choose from {choices}</source>
        <translation>неизвестная степень закрытости {level!r}: выберите из {choices}</translation>
    </message>
    <message>
        <source>evidence {id}: not included ({reason})</source>
        <translation>доказательство {id}: не включено ({reason})</translation>
    </message>
    <message>
        <source>the kit needs at least one language</source>
        <translation>для набора нужен хотя бы один язык</translation>
    </message>
    <message>
        <source>no case to export (see --cases and --sensitivity)</source>
        <translation>нет дел для экспорта (см. --cases и --sensitivity)</translation>
    </message>
    <message>
        <source>unknown language {lang!r}: choose from {choices}</source>
        <translation>неизвестный язык {lang!r}: выберите из {choices}</translation>
    </message>
    <message>
        <source>contains a name that may not appear</source>
        <translation>содержит имя, которое нельзя публиковать</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>too large to check</source>
        <translation>слишком велик для проверки</translation>
    </message>
    <message>
        <source>starts with a byte order mark</source>
        <translation>начинается с метки порядка байтов (BOM)</translation>
    </message>
    <message>
        <source>is not UTF-8</source>
        <translation>не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>недопустимый CSV ({error})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пуст</translation>
    </message>
    <message>
        <source>has {count} values for {columns} columns</source>
        <translation>значений: {count}, а столбцов: {columns}</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>не удаётся прочитать ({error})</translation>
    </message>
    <message>
        <source>the header row should be {expected}</source>
        <translation>строка заголовков должна быть {expected}</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>a child value before any parent</source>
        <translation>дочернее значение раньше родительского</translation>
    </message>
    <message>
        <source>{value!r} is neither a 12-digit ESF code nor &quot;local&quot;</source>
        <translation>{value!r} — не 12-значный код ESF и не «local»</translation>
    </message>
    <message>
        <source>is not a ZIP file</source>
        <translation>не файл ZIP</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>пустой заголовок (title)</translation>
    </message>
    <message>
        <source>the column {column!r} appears twice</source>
        <translation>столбец {column!r} встречается дважды</translation>
    </message>
    <message>
        <source>the column {column!r} is no property</source>
        <translation>столбец {column!r} не является свойством шаблона</translation>
    </message>
    <message>
        <source>the column {column!r} is in a language the kit does not have</source>
        <translation>столбец {column!r} на языке, которого нет в наборе</translation>
    </message>
    <message>
        <source>the column {column!r} cannot have a language</source>
        <translation>у столбца {column!r} не может быть языка</translation>
    </message>
    <message>
        <source>there is no title column</source>
        <translation>нет столбца title</translation>
    </message>
    <message>
        <source>mixed language columns for {name!r}: with and without a language</source>
        <translation>смешаны языковые столбцы для {name!r}: с языком и без</translation>
    </message>
    <message>
        <source>{name!r} has language columns but none for the default language {lang}</source>
        <translation>у {name!r} есть языковые столбцы, но нет столбца языка по умолчанию {lang}</translation>
    </message>
    <message>
        <source>the attachment {name!r} is not at the root of the ZIP</source>
        <translation>вложения {name!r} нет в корне ZIP</translation>
    </message>
    <message>
        <source>{value!r} is not lat|lon</source>
        <translation>{value!r} — не широта|долгота (lat|lon)</translation>
    </message>
    <message>
        <source>an empty value between separators</source>
        <translation>пустое значение между разделителями</translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{value!r} is not a date range (YYYY-MM-DD:YYYY-MM-DD)</source>
        <translation>{value!r} — не период (ГГГГ-ММ-ДД:ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{value!r} is not a value of the thesaurus {name!r}</source>
        <translation>{value!r} — не значение тезауруса {name!r}</translation>
    </message>
    <message>
        <source>no {template} is titled {title!r}</source>
        <translation>нет записи {template} с заголовком {title!r}</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Detention or arrest</source>
        <translation>Задержание или арест</translation>
    </message>
    <message>
        <source>Attack on an event</source>
        <translation>Нападение на мероприятие</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <source>Threats or doxxing</source>
        <translation>Угрозы или доксинг</translation>
    </message>
    <message>
        <source>Venue cancellation</source>
        <translation>Отмена площадки</translation>
    </message>
    <message>
        <source>add at least one person this happened to</source>
        <translation>добавьте хотя бы одного человека, с которым это произошло</translation>
    </message>
    <message>
        <source>the hearing cannot be before the incident</source>
        <translation>суд не может быть раньше самого инцидента</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} и {b}</translation>
    </message>
    <message>
        <source>{first} and {n} others</source>
        <translation>{first} и ещё {n}</translation>
    </message>
    <message>
        <source>{who} detained</source>
        <translation>Задержаны: {who}</translation>
    </message>
    <message>
        <source>Event attacked</source>
        <translation>На мероприятие напали</translation>
    </message>
    <message>
        <source>{who} fined</source>
        <translation>Оштрафованы: {who}</translation>
    </message>
    <message>
        <source>Threats against {who}</source>
        <translation>Угрозы: {who}</translation>
    </message>
    <message>
        <source>Venue cancelled</source>
        <translation>Площадка отменена</translation>
    </message>
    <message>
        <source>activists</source>
        <translation>активисты</translation>
    </message>
    <message>
        <source>{title} in {place}</source>
        <translation>{title} ({place})</translation>
    </message>
    <message>
        <source>Taken to {station}.</source>
        <translation>Доставлены в {station}.</translation>
    </message>
    <message>
        <source>Sentenced to {term} of administrative detention</source>
        <translation>Назначен административный арест: {term}</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <source>under {article}</source>
        <translation>по статье: {article}</translation>
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
        <translation>больше {size} МиБ: слишком велик для документа casebook-case/1</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>недопустимый JSON (строка {line}, столбец {column}: {error})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>не текст в UTF-8</translation>
    </message>
    <message>
        <source>not a case: arrays or objects nested too deeply</source>
        <translation>не дело: массивы или объекты вложены слишком глубоко</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>ожидается значение</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>ожидается имя свойства в двойных кавычках</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>ожидается разделитель «,»</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>ожидается разделитель «:»</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>лишние данные</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>незакрытая строка</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>недопустимый управляющий символ</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>недопустимая escape-последовательность</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>недопустимая последовательность \uXXXX</translation>
    </message>
    <message>
        <source>unknown field(s): {names}</source>
        <translation>неизвестные поля: {names}</translation>
    </message>
    <message>
        <source>must be of type {expected}, not {found}</source>
        <translation>должно иметь тип {expected}, а не {found}</translation>
    </message>
    <message>
        <source>lacks the required field {name}</source>
        <translation>нет обязательного поля {name}</translation>
    </message>
    <message>
        <source>must be {expected!r}</source>
        <translation>должно быть {expected!r}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>{value!r} does not have the expected form</source>
        <translation>{value!r} не в ожидаемом виде</translation>
    </message>
    <message>
        <source>must name at least one language</source>
        <translation>должен содержать хотя бы один язык</translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 639-1 language code</source>
        <translation>{code!r} — не код языка ISO 639-1</translation>
    </message>
    <message>
        <source>lacks the text in the case&apos;s language {lang!r}</source>
        <translation>нет текста на языке дела {lang!r}</translation>
    </message>
    <message>
        <source>{path!r} names no language version here</source>
        <translation>{path!r} не указывает ни на одну языковую версию в этом документе</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>должно быть объектом (сейчас: {kind})</translation>
    </message>
    <message>
        <source>must be a string, not {kind}</source>
        <translation>должно быть строкой (сейчас: {kind})</translation>
    </message>
    <message>
        <source>must be a string or an object of texts by language, not {kind}</source>
        <translation>должно быть строкой или объектом с текстами по языкам, а не {kind}</translation>
    </message>
    <message>
        <source>must be an array of strings, not {kind}</source>
        <translation>должно быть массивом строк (сейчас: {kind})</translation>
    </message>
    <message>
        <source>must be an array, not {kind}</source>
        <translation>должно быть массивом (сейчас: {kind})</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>is not a field of casebook-case/1</source>
        <translation>не является полем casebook-case/1</translation>
    </message>
    <message>
        <source>must be {expected!r}, not {found!r}</source>
        <translation>должно быть {expected!r}, а не {found!r}</translation>
    </message>
    <message>
        <source>{ref!r} is used twice</source>
        <translation>{ref!r} используется дважды</translation>
    </message>
    <message>
        <source>{ref!r} names no person or organisation of this case</source>
        <translation>{ref!r} не указывает ни на одного человека или организацию этого дела</translation>
    </message>
    <message>
        <source>must be a UUID such as {example}, not {found!r}</source>
        <translation>должен быть UUID, например {example}, а не {found!r}</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>должно быть true, false или null</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>должно быть целым числом дней от 0 до {max}</translation>
    </message>
    <message>
        <source>{id!r} names no event of this case</source>
        <translation>{id!r} не указывает ни на одно событие этого дела</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>должно быть одним из: {choices}</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>должно быть UUID</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <source>arrays or objects nested too deeply (more than {depth} levels)</source>
        <translation>массивы или объекты вложены слишком глубоко (больше {depth} уровней)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>a number of {digits} digits (at most {limit})</source>
        <translation>число из {digits} цифр (не больше {limit})</translation>
    </message>
    <message>
        <source>text with a lone surrogate (\ud800-\udfff), which is no character</source>
        <translation>текст с одиночным суррогатом (\ud800-\udfff), который не является символом</translation>
    </message>
</context>
<context>
    <name>oserror</name>
    <message>
        <source>no such file or directory</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>операция не разрешена</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <source>directory not empty</source>
        <translation>папка не пуста</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>на устройстве не осталось места</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>файловая система только для чтения</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
</context>
<context>
    <name>outreach</name>
    <message>
        <source>{text!r} is not a date in the form YYYY-MM-DD</source>
        <translation>{text!r} — не дата в виде ГГГГ-ММ-ДД (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the calendar</source>
        <translation>{text!r} — такой даты нет в календаре</translation>
    </message>
    <message>
        <source>{days}-day detention ends {date}: check release</source>
        <translation>арест на {days} сут. заканчивается {date}: проверьте освобождение</translation>
    </message>
    <message>
        <source>follow up on {reference} sent to {addressee} on {sent}</source>
        <translation>повторно обратиться по {reference}, отправленному адресату {addressee} {sent}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>is not a field of an addressee</source>
        <translation>не является полем адресата</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a two-letter language code</source>
        <translation>должно быть двухбуквенным кодом языка</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>файл больше 4 МиБ</translation>
    </message>
    <message>
        <source>not JSON: {reason}</source>
        <translation>не JSON: {reason}</translation>
    </message>
    <message>
        <source>must be an array of addressees</source>
        <translation>должно быть массивом адресатов</translation>
    </message>
    <message>
        <source>{name!r} is named twice</source>
        <translation>{name!r} указан дважды</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>должно быть одним из: {choices}</translation>
    </message>
    <message>
        <source>is before the day it was sent</source>
        <translation>раньше дня отправки</translation>
    </message>
    <message>
        <source>that evidence item is not of this case</source>
        <translation>это доказательство не относится к этому делу</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <source>give the partner a name</source>
        <translation>дайте партнёру имя</translation>
    </message>
    <message>
        <source>the partner&apos;s name is too long (200 characters at most)</source>
        <translation>имя партнёра слишком длинное (не больше 200 символов)</translation>
    </message>
    <message>
        <source>a partner&apos;s name cannot start with &apos;age1&apos; (recipients begin so)</source>
        <translation>имя партнёра не может начинаться с «age1» (так начинаются получатели age)</translation>
    </message>
    <message>
        <source>the fingerprint does not match this card; do not use it before you have found out why (nothing was saved)</source>
        <translation>отпечаток не совпадает с этой карточкой; не используйте её, пока не выясните почему (ничего не сохранено)</translation>
    </message>
    <message>
        <source>that is this vault&apos;s own card</source>
        <translation>это карточка самого этого хранилища</translation>
    </message>
    <message>
        <source>a partner named {name!r} or with this card already exists</source>
        <translation>партнёр с именем {name!r} или с этой карточкой уже есть</translation>
    </message>
    <message>
        <source>there is already a partner named {name!r}</source>
        <translation>партнёр с именем {name!r} уже есть</translation>
    </message>
    <message>
        <source>this card is already stored as partner {name!r}</source>
        <translation>эта карточка уже сохранена как партнёр {name!r}</translation>
    </message>
    <message>
        <source>no partner named {name!r} (see &apos;casebook partner list&apos;)</source>
        <translation>нет партнёра с именем {name!r} (см. «casebook partner list»)</translation>
    </message>
    <message>
        <source>the fingerprint does not match the card of {name!r}</source>
        <translation>отпечаток не совпадает с карточкой {name!r}</translation>
    </message>
    <message>
        <source>{text!r} is not a valid age recipient</source>
        <translation>{text!r} — недопустимый получатель age</translation>
    </message>
    <message>
        <source>this is not a Casebook key rotation notice</source>
        <translation>это не уведомление Casebook о смене ключей</translation>
    </message>
    <message>
        <source>the rotation notice has a damaged signature</source>
        <translation>в уведомлении о смене ключей повреждена подпись</translation>
    </message>
    <message>
        <source>no partner has the old card this rotation notice names</source>
        <translation>ни у одного партнёра нет старой карточки, указанной в уведомлении</translation>
    </message>
    <message>
        <source>the rotation notice is not signed by both the old and the new key; the card of {name!r} stays as it was</source>
        <translation>уведомление о смене ключей не подписано и старым, и новым ключом; карточка {name!r} не изменилась</translation>
    </message>
    <message>
        <source>the new card already belongs to a partner</source>
        <translation>новая карточка уже принадлежит партнёру</translation>
    </message>
    <message>
        <source>the contact card is not an object</source>
        <translation>карточка контакта — не объект</translation>
    </message>
    <message>
        <source>the contact card has no valid organisation name</source>
        <translation>в карточке контакта нет допустимого названия организации</translation>
    </message>
    <message>
        <source>the contact card has no age recipient</source>
        <translation>в карточке контакта нет получателя age</translation>
    </message>
    <message>
        <source>the contact card&apos;s age recipient is not valid</source>
        <translation>получатель age в карточке контакта недопустим</translation>
    </message>
    <message>
        <source>the contact card&apos;s signing key is not 64 hexadecimal digits</source>
        <translation>ключ подписи в карточке контакта — не 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>the contact card&apos;s signing key is not valid</source>
        <translation>ключ подписи в карточке контакта недопустим</translation>
    </message>
    <message>
        <source>that is far too long to be a contact card</source>
        <translation>это слишком длинно для карточки контакта</translation>
    </message>
    <message>
        <source>no contact card found: a card starts with {prefix!r}</source>
        <translation>карточка контакта не найдена: карточка начинается с {prefix!r}</translation>
    </message>
    <message>
        <source>more than one contact card found; give one</source>
        <translation>найдено несколько карточек контакта; укажите одну</translation>
    </message>
    <message>
        <source>the contact card is too long</source>
        <translation>карточка контакта слишком длинная</translation>
    </message>
    <message>
        <source>the contact card is damaged (it may have been cut when copied)</source>
        <translation>карточка контакта повреждена (возможно, её обрезали при копировании)</translation>
    </message>
    <message>
        <source>the rotation notice is damaged</source>
        <translation>уведомление о смене ключей повреждено</translation>
    </message>
    <message>
        <source>the rotation notice is not signed by both the old and the new key; do not use it</source>
        <translation>уведомление о смене ключей не подписано и старым, и новым ключом; не используйте его</translation>
    </message>
    <message>
        <source>this rotation notice was imported already</source>
        <translation>это уведомление о смене ключей уже импортировано</translation>
    </message>
    <message>
        <source>no partner has the old card of this rotation notice</source>
        <translation>ни у одного партнёра нет старой карточки из этого уведомления</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>less than a second</source>
        <translation>меньше секунды</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>века</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>One or two words with digits or signs added are easy to guess.</source>
        <translation>Одно-два слова с добавленными цифрами или знаками легко угадать.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Используйте не меньше {count} символов.</translation>
    </message>
    <message>
        <source>Typed on the keyboard, this is an easy pattern or a common word.</source>
        <translation>На клавиатуре это простой узор или распространённое слово.</translation>
    </message>
    <message>
        <source>With a Russian or Kazakh layout, these keys type a common word.</source>
        <translation>В русской или казахской раскладке эти клавиши набирают распространённое слово.</translation>
    </message>
    <message>
        <source>Written in Latin letters, this is a common word or name.</source>
        <translation>Латиницей это распространённое слово или имя.</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess: {advice} Try four or five unrelated words.</source>
        <translation>эту парольную фразу слишком легко угадать: {advice} Попробуйте четыре-пять не связанных между собой слов.</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess. Try four or five unrelated words.</source>
        <translation>эту парольную фразу слишком легко угадать. Попробуйте четыре-пять не связанных между собой слов.</translation>
    </message>
    <message>
        <source>no word list for {lang!r}; choose one of {langs}</source>
        <translation>нет списка слов для {lang!r}; выберите один из: {langs}</translation>
    </message>
    <message>
        <source>a generated passphrase has {low} to 40 words, not {n}</source>
        <translation>в сгенерированной парольной фразе от {low} до 40 слов, а не {n}</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one</source>
        <translation>новая парольная фраза совпадает с текущей</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>no evidence item of this vault refers to {name}; restore the database it belongs to first (from the newest backup), or purge it</source>
        <translation>ни одно доказательство этого хранилища не ссылается на {name}; сначала восстановите базу, к которой он относится (из самой новой резервной копии), или удалите его</translation>
    </message>
    <message>
        <source>evidence/{name} already exists; the quarantined copy was left where it is</source>
        <translation>evidence/{name} уже существует; копия в карантине оставлена на месте</translation>
    </message>
    <message>
        <source>no file {name} in quarantine</source>
        <translation>в карантине нет файла {name}</translation>
    </message>
    <message>
        <source>quarantine/{name}: an evidence file without a database row, kept encrypted; restore or purge it with &apos;casebook evidence quarantine&apos;</source>
        <translation>quarantine/{name}: файл доказательства без записи в базе, хранится зашифрованным; верните или удалите его командой &apos;casebook evidence quarantine&apos;</translation>
    </message>
</context>
<context>
    <name>rekey</name>
    <message>
        <source>Backups made before now still open with the old passphrase and the old recovery key: destroy them, or keep them apart from this vault. The next backup to your backup folder is a full one under the new keys.</source>
        <translation>Резервные копии, сделанные до этого момента, по-прежнему открываются старой парольной фразой и старым ключом восстановления: уничтожьте их или храните отдельно от этого хранилища. Следующая резервная копия в вашу папку копий будет полной, под новыми ключами.</translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>missing resource: {name} (the installation is incomplete)</source>
        <translation>не найден ресурс: {name} (установка неполная)</translation>
    </message>
    <message>
        <source>the bundled font {name} could not be loaded</source>
        <translation>не удалось загрузить встроенный шрифт {name}</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>starting Qt widgets</source>
        <translation>запуск виджетов Qt</translation>
    </message>
    <message>
        <source>no open vault (an earlier step did not finish)</source>
        <translation>нет открытого хранилища (предыдущий шаг не завершился)</translation>
    </message>
    <message>
        <source>selftest: {passed} passed, {failed} failed, {skipped} skipped</source>
        <translation>самопроверка: успешно — {passed}, с ошибкой — {failed}, пропущено — {skipped}</translation>
    </message>
    <message>
        <source>ok: {what}</source>
        <translation>ок: {what}</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>пропущено: {reason}</translation>
    </message>
    <message>
        <source>failed: {step}: {kind}: {message}</source>
        <translation>ошибка: {step}: {kind}: {message}</translation>
    </message>
    <message>
        <source>closing the vault</source>
        <translation>закрытие хранилища</translation>
    </message>
    <message>
        <source>failed: removing the temporary directory {path}: {reason}</source>
        <translation>ошибка: удаление временной папки {path}: {reason}</translation>
    </message>
    <message>
        <source>ok: removed the temporary directory and everything in it</source>
        <translation>ок: временная папка удалена со всем содержимым</translation>
    </message>
    <message>
        <source>evidence store not available in this build</source>
        <translation>хранилище доказательств в этой сборке недоступно</translation>
    </message>
    <message>
        <source>PDF appeals not available in this build</source>
        <translation>обращения в PDF в этой сборке недоступны</translation>
    </message>
    <message>
        <source>the SQLite library here is not SQLCipher</source>
        <translation>библиотека SQLite здесь — не SQLCipher</translation>
    </message>
    <message>
        <source>age (pyrage) did not give back what it encrypted</source>
        <translation>age (pyrage) вернул не то, что было зашифровано</translation>
    </message>
    <message>
        <source>frozen build</source>
        <translation>собранное приложение</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>из исходного кода</translation>
    </message>
    <message>
        <source>native parts load ({build}): SQLCipher {sqlcipher}, {openssl}, age encryption round trip (pyrage)</source>
        <translation>машинные компоненты загружаются ({build}): SQLCipher {sqlcipher}, {openssl}, шифрование age туда и обратно (pyrage)</translation>
    </message>
    <message>
        <source>country names are not translated (pycountry data): {names}</source>
        <translation>названия стран не переведены (данные pycountry): {names}</translation>
    </message>
    <message>
        <source>resources in {path}; country names in Kazakh and Russian ({example})</source>
        <translation>ресурсы в {path}; названия стран на казахском и русском ({example})</translation>
    </message>
    <message>
        <source>created a vault in a temporary directory (Argon2id {mib} MiB, {passes} passes: the floor users get at the least)</source>
        <translation>создано хранилище во временной папке (Argon2id {mib} МиБ, проходов: {passes} — минимум, который получают пользователи)</translation>
    </message>
    <message>
        <source>locked it and unlocked it with the passphrase, then with the recovery key</source>
        <translation>хранилище заблокировано и открыто парольной фразой, затем ключом восстановления</translation>
    </message>
    <message>
        <source>the stored case differs from the imported one</source>
        <translation>сохранённое дело отличается от импортированного</translation>
    </message>
    <message>
        <source>imported a case from JSON (casebook-case/1, checked against its JSON Schema)</source>
        <translation>дело импортировано из JSON (casebook-case/1, проверено по JSON Schema)</translation>
    </message>
    <message>
        <source>searching for {word!r} did not find the case</source>
        <translation>поиск {word!r} не нашёл дело</translation>
    </message>
    <message>
        <source>full-text search finds the case by a Kazakh word in capitals ({word})</source>
        <translation>полнотекстовый поиск находит дело по казахскому слову заглавными буквами ({word})</translation>
    </message>
    <message>
        <source>stored as {media_type}, SHA-256 {sha}…</source>
        <translation>сохранено как {media_type}, SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>the evidence decrypted from the vault differs from the file</source>
        <translation>доказательство, расшифрованное из хранилища, отличается от файла</translation>
    </message>
    <message>
        <source>the custody log starts with {first}, not &apos;imported&apos;</source>
        <translation>журнал хранения начинается с {first}, а не с «imported»</translation>
    </message>
    <message>
        <source>added evidence (a JPEG photo, SHA-256 {sha}…), decrypted it back unchanged; custody log: {actions}</source>
        <translation>добавлено доказательство (фото JPEG, SHA-256 {sha}…), расшифровано обратно без изменений; журнал хранения: {actions}</translation>
    </message>
    <message>
        <source>the appeal came out in {lang!r}, not Kazakh</source>
        <translation>обращение получилось на {lang!r}, а не на казахском</translation>
    </message>
    <message>
        <source>{name} is not the PDF the vault recorded</source>
        <translation>{name} — не тот PDF, который записан в хранилище</translation>
    </message>
    <message>
        <source>the PDF&apos;s text lacks {words} (fonts or Kazakh letters)</source>
        <translation>в тексте PDF нет {words} (шрифты или казахские буквы)</translation>
    </message>
    <message>
        <source>the DOCX rendering of the appeal lacks the name</source>
        <translation>в DOCX-версии обращения нет имени</translation>
    </message>
    <message>
        <source>exported a PDF appeal in Kazakh ({kib} KiB, reference {reference}); its text has the Kazakh letters and the name; DOCX too</source>
        <translation>экспортировано обращение в PDF на казахском ({kib} КиБ, номер {reference}); в тексте есть казахские буквы и имя; в DOCX тоже</translation>
    </message>
    <message>
        <source>casebook verify finds no problem in the vault</source>
        <translation>casebook verify не находит в хранилище ошибок</translation>
    </message>
    <message>
        <source>{name} is an unencrypted SQLite database</source>
        <translation>{name} — незашифрованная база данных SQLite</translation>
    </message>
    <message>
        <source>{name} holds case text in the clear</source>
        <translation>в {name} текст дела в открытом виде</translation>
    </message>
    <message>
        <source>no file in the vault holds case text in the clear, the database is encrypted</source>
        <translation>ни в одном файле хранилища нет текста дела в открытом виде, база данных зашифрована</translation>
    </message>
    <message>
        <source>the Russian dictionary (pymorphy3) is missing</source>
        <translation>нет русского словаря (pymorphy3)</translation>
    </message>
    <message>
        <source>the name matcher missed a name: {text}</source>
        <translation>поиск имён пропустил имя: {text}</translation>
    </message>
    <message>
        <source>names found across scripts and word forms (Russian dictionary loaded)</source>
        <translation>имена находятся в любом алфавите и любой форме слова (русский словарь загружен)</translation>
    </message>
    <message>
        <source>loading the native parts</source>
        <translation>загрузка машинных компонентов</translation>
    </message>
    <message>
        <source>finding the bundled data</source>
        <translation>поиск встроенных данных</translation>
    </message>
    <message>
        <source>creating a vault</source>
        <translation>создание хранилища</translation>
    </message>
    <message>
        <source>locking and unlocking the vault</source>
        <translation>блокировка и открытие хранилища</translation>
    </message>
    <message>
        <source>importing a case from JSON</source>
        <translation>импорт дела из JSON</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>matching names across scripts</source>
        <translation>поиск имён в разных алфавитах</translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation>добавление доказательства</translation>
    </message>
    <message>
        <source>exporting a PDF appeal in Kazakh</source>
        <translation>экспорт обращения в PDF на казахском</translation>
    </message>
    <message>
        <source>verifying the vault</source>
        <translation>проверка хранилища</translation>
    </message>
    <message>
        <source>checking that nothing in the vault is readable</source>
        <translation>проверка того, что в хранилище ничего нельзя прочитать</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>individual</source>
        <translation>частное лицо</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>cannot count by {name!r}: choose from {choices}</source>
        <translation>нельзя считать по {name!r}: выберите из {choices}</translation>
    </message>
    <message>
        <source>--by needs at least one of {choices}</source>
        <translation>для --by нужно хотя бы одно из {choices}</translation>
    </message>
    <message>
        <source>the span ends ({end}) before it starts ({start})</source>
        <translation>период заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>location</source>
        <translation>местонахождение</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>о ситуации</translation>
    </message>
    <message>
        <source>background</source>
        <translation>предыстория</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>требование</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <source>anonymous description</source>
        <translation>анонимное описание</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>demand {n}</source>
        <translation>требование {n}</translation>
    </message>
    <message>
        <source>event {date}: {field}</source>
        <translation>событие {date}: {field}</translation>
    </message>
    <message>
        <source>person {n}: {field}</source>
        <translation>человек {n}: {field}</translation>
    </message>
    <message>
        <source>organisation {n}: {field}</source>
        <translation>организация {n}: {field}</translation>
    </message>
    <message>
        <source>evidence {n}: description</source>
        <translation>доказательство {n}: описание</translation>
    </message>
    <message>
        <source>{key!r} is not a text of this case; its texts are: {known}</source>
        <translation>{key!r} — не текст этого дела; его тексты: {known}</translation>
    </message>
</context>
<context>
    <name>travel</name>
    <message>
        <source>encrypt the travel file to the recovery key or to a partner</source>
        <translation>зашифруйте файл поездки ключом восстановления или для партнёра</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <source>{file} is encrypted: give the recovery key (a file encrypted to a partner is decrypted by the partner with &apos;age -d&apos; first)</source>
        <translation>{file} зашифрован: укажите ключ восстановления (файл, зашифрованный для партнёра, сначала расшифровывает партнёр командой «age -d»)</translation>
    </message>
    <message>
        <source>the recovery key does not open {file}</source>
        <translation>ключ восстановления не открывает {file}</translation>
    </message>
    <message>
        <source>{file} is not a Casebook travel file</source>
        <translation>{file} — не файл поездки Casebook</translation>
    </message>
    <message>
        <source>{file} is damaged; nothing was changed</source>
        <translation>{file} повреждён; ничего не изменено</translation>
    </message>
    <message>
        <source>{path} has no vault database; nothing was changed</source>
        <translation>в {path} нет базы данных хранилища; ничего не изменено</translation>
    </message>
    <message>
        <source>this travel file belongs to another vault; nothing was changed</source>
        <translation>этот файл поездки от другого хранилища; ничего не изменено</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} — не одно из: {allowed}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message numerus="yes">
        <source>is too long (%n characters, at most {limit})</source>
        <translation>
            <numerusform>слишком длинно (%n символ, можно не больше {limit})</numerusform>
            <numerusform>слишком длинно (%n символа, можно не больше {limit})</numerusform>
            <numerusform>слишком длинно (%n символов, можно не больше {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>a person needs a name or a pseudonym</source>
        <translation>у человека должно быть имя или псевдоним</translation>
    </message>
    <message>
        <source>consent is &apos;pseudonym&apos; but none is given</source>
        <translation>согласие — «псевдоним», но псевдоним не указан</translation>
    </message>
    <message>
        <source>{time!r} is not a time like 14:30</source>
        <translation>{time!r} — не время вида 14:30</translation>
    </message>
    <message>
        <source>{ref!r} is no person or organisation</source>
        <translation>{ref!r} — не человек и не организация</translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 3166 country code</source>
        <translation>{code!r} — не код страны ISO 3166</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>используется дважды</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>должно быть текстом (сейчас: {kind})</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>no evidence item with id {id!r}</source>
        <translation>нет доказательства с идентификатором {id!r}</translation>
    </message>
    <message>
        <source>case id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>начало идентификатора дела {prefix!r} неоднозначно; укажите больше символов</translation>
    </message>
    <message>
        <source>no case with id {id!r}</source>
        <translation>нет дела с идентификатором {id!r}</translation>
    </message>
    <message>
        <source>evidence id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>начало идентификатора доказательства {prefix!r} неоднозначно; укажите больше символов</translation>
    </message>
    <message>
        <source>no appeal with id {id!r}</source>
        <translation>нет обращения с идентификатором {id!r}</translation>
    </message>
    <message>
        <source>appeal id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>начало идентификатора обращения {prefix!r} неоднозначно; укажите больше символов</translation>
    </message>
    <message>
        <source>the vault database cannot be read ({error}); run &apos;casebook verify&apos; or restore from a backup</source>
        <translation>базу данных хранилища не удаётся прочитать ({error}); выполните «casebook verify» или восстановите из резервной копии</translation>
    </message>
    <message>
        <source>this vault was written by a newer Casebook (schema {schema}); update Casebook</source>
        <translation>это хранилище записано более новой версией Casebook (схема {schema}); обновите Casebook</translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation>база данных: {problem}</translation>
    </message>
    <message>
        <source>broken reference in table {table}</source>
        <translation>нарушенная ссылка в таблице {table}</translation>
    </message>
    <message>
        <source>database: cannot be read ({error})</source>
        <translation>база данных: не читается ({error})</translation>
    </message>
    <message>
        <source>that is not a recovery key: it has 32 letters and digits in groups of four</source>
        <translation>это не ключ восстановления: в нём 32 буквы и цифры группами по четыре</translation>
    </message>
    <message>
        <source>the vault header is too large to be a Casebook header</source>
        <translation>заголовок хранилища слишком велик для заголовка Casebook</translation>
    </message>
    <message>
        <source>the vault header is damaged (its sealed part)</source>
        <translation>заголовок хранилища повреждён (его запечатанная часть)</translation>
    </message>
    <message>
        <source>the vault header is damaged (truncated or altered); restore it from a backup</source>
        <translation>заголовок хранилища повреждён (обрезан или изменён); восстановите его из резервной копии</translation>
    </message>
    <message>
        <source>this directory is not a Casebook vault (unknown header)</source>
        <translation>эта папка — не хранилище Casebook (неизвестный заголовок)</translation>
    </message>
    <message>
        <source>the vault header has version {found!r}; this Casebook reads version {known}</source>
        <translation>у заголовка хранилища версия {found!r}; эта версия Casebook читает версию {known}</translation>
    </message>
    <message>
        <source>the vault header is damaged (checksum mismatch)</source>
        <translation>заголовок хранилища повреждён (контрольная сумма не совпадает)</translation>
    </message>
    <message>
        <source>the vault header has a malformed key slot</source>
        <translation>в заголовке хранилища повреждён слот ключа</translation>
    </message>
    <message>
        <source>the vault header has no {kind} slot</source>
        <translation>в заголовке хранилища нет слота {kind}</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no header)</source>
        <translation>{path} — не хранилище Casebook (нет заголовка)</translation>
    </message>
    <message>
        <source>unknown key derivation {name!r} in the vault header</source>
        <translation>неизвестный способ формирования ключа {name!r} в заголовке хранилища</translation>
    </message>
    <message>
        <source>the vault header has malformed key derivation parameters</source>
        <translation>в заголовке хранилища повреждены параметры формирования ключа</translation>
    </message>
    <message>
        <source>the vault header asks for key derivation parameters beyond the safe limits</source>
        <translation>заголовок хранилища требует параметров формирования ключа за безопасными пределами</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>неверная парольная фраза</translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation>неверный ключ восстановления</translation>
    </message>
    <message>
        <source>this backup was interrupted while it was written, and its previous state could not be put back ({error}); open it where it can be written</source>
        <translation>запись этой резервной копии была прервана, и её прежнее состояние восстановить не удалось ({error}); откройте её там, где в неё можно записывать</translation>
    </message>
    <message>
        <source>this vault must be upgraded before use, which a read-only opening cannot do; restore the newest backup instead</source>
        <translation>это хранилище нужно обновить перед использованием, а при открытии только для чтения это невозможно; восстановите самую новую резервную копию</translation>
    </message>
    <message>
        <source>refusing to export into the vault directory; choose a place outside it</source>
        <translation>экспорт в папку хранилища не выполняется; выберите место за её пределами</translation>
    </message>
    <message>
        <source>{path} already holds a vault</source>
        <translation>в {path} уже есть хранилище</translation>
    </message>
    <message>
        <source>{path} is not empty; choose an empty or new directory</source>
        <translation>папка {path} не пуста; выберите пустую или новую папку</translation>
    </message>
    <message>
        <source>{path} has a header but no database ({name} is missing)</source>
        <translation>в {path} есть заголовок, но нет базы данных (нет {name})</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>хранилище заблокировано</translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no such directory)</source>
        <translation>{path} — не хранилище Casebook (такой папки нет)</translation>
    </message>
    <message>
        <source>{path} is empty: the vault&apos;s database was lost (cut short by a crash or an incomplete copy); nothing was changed. Restore it from a backup</source>
        <translation>{path} пуст: база данных хранилища потеряна (обрезана при сбое или неполном копировании); ничего не изменено. Восстановите её из резервной копии</translation>
    </message>
    <message>
        <source>no outreach entry with id {id!r}</source>
        <translation>нет записи об отправке с id {id!r}</translation>
    </message>
    <message>
        <source>outreach entry id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation>начало id записи об отправке {prefix!r} неоднозначно; укажите больше символов</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the passphrase</source>
        <translation>парольная фраза под принуждением должна отличаться от парольной фразы</translation>
    </message>
    <message>
        <source>the number of attempts must be one of {choices}</source>
        <translation>число попыток должно быть одним из: {choices}</translation>
    </message>
    <message>
        <source>the new passphrase is the duress passphrase; choose another</source>
        <translation>новая парольная фраза совпадает с фразой под принуждением; выберите другую</translation>
    </message>
    <message>
        <source>the vault is open read-only; nothing can be changed</source>
        <translation>хранилище открыто только для чтения; ничего нельзя изменить</translation>
    </message>
    <message>
        <source>the generation recorded in the vault header does not match this vault&apos;s key (the header was altered or belongs to another copy); nothing was changed</source>
        <translation>поколение, записанное в заголовке хранилища, не соответствует его ключу (заголовок изменён или принадлежит другой копии); ничего не изменено</translation>
    </message>
    <message>
        <source>the vault header has lost its generation record: it was replaced by an older or altered copy. Nothing was changed or deleted. You can open the vault read-only to look at it, or restore the newest backup</source>
        <translation>в заголовке хранилища пропала запись о поколении: его заменили более старой или изменённой копией. Ничего не изменено и не удалено. Можно открыть хранилище только для чтения, чтобы посмотреть, или восстановить самую новую резервную копию</translation>
    </message>
    <message>
        <source>the vault database is older than its header (generation {db} of {header}): it may have been replaced with an old copy. Nothing was changed or deleted. You can open the vault read-only to look at it, or restore the newest backup</source>
        <translation>база хранилища старше его заголовка (поколение {db} из {header}): возможно, её заменили старой копией. Ничего не изменено и не удалено. Можно открыть хранилище только для чтения, чтобы посмотреть, или восстановить самую новую резервную копию</translation>
    </message>
    <message>
        <source>the first page of the database does not decrypt</source>
        <translation>первая страница базы не расшифровывается</translation>
    </message>
    <message>
        <source>the keys of this vault are being replaced right now; wait until that has finished, then open it again</source>
        <translation>ключи этого хранилища сейчас заменяются; дождитесь окончания и откройте его снова</translation>
    </message>
    <message>
        <source>the keys of this vault are already being replaced</source>
        <translation>ключи этого хранилища уже заменяются</translation>
    </message>
    <message>
        <source>key replacement cancelled; the old keys stay</source>
        <translation>замена ключей отменена; старые ключи остаются</translation>
    </message>
    <message>
        <source>the database could not be copied under the new key ({error})</source>
        <translation>не удалось скопировать базу под новым ключом ({error})</translation>
    </message>
    <message>
        <source>the vault is older than the newest state this computer has seen of it (generation {db} of {newest}): it may have been put back from an old copy. Nothing was changed or deleted. You can open the vault read-only to look at it, or restore the newest backup</source>
        <translation>хранилище старше самого нового его состояния, которое видел этот компьютер (поколение {db} из {newest}): возможно, его вернули из старой копии. Ничего не изменено и не удалено. Можно открыть хранилище только для чтения, чтобы посмотреть, или восстановить самую новую резервную копию</translation>
    </message>
    <message>
        <source>{path}: this drive cannot hold an unfinished file safely, and the vault is open read-only, so it cannot note one to remove after a crash. Export to a folder on this computer&apos;s own disk</source>
        <translation>{path}: на этом диске нельзя безопасно держать недописанный файл, а хранилище открыто только для чтения и не может записать его, чтобы удалить после сбоя. Экспортируйте в папку на собственном диске этого компьютера</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>evidence files and custody logs</source>
        <translation>файлы доказательств и журналы хранения</translation>
    </message>
    <message>
        <source>header: {problem}</source>
        <translation>заголовок: {problem}</translation>
    </message>
    <message>
        <source>every page decrypted, deleted data wiped</source>
        <translation>каждая страница расшифрована, удалённые данные стёрты</translation>
    </message>
    <message>
        <source>database page {number}: does not decrypt (altered or damaged)</source>
        <translation>страница базы {number}: не расшифровывается (изменена или повреждена)</translation>
    </message>
    <message>
        <source>database pages {numbers}: deleted data is not wiped; run &apos;casebook compact&apos;</source>
        <translation>страницы базы {numbers}: удалённые данные не стёрты; выполните &apos;casebook compact&apos;</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Используйте несколько слов, избегайте распространённых фраз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Добавьте ещё одно-два слова. Лучше редкие.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Клавиши подряд в одном ряду легко угадать.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткие узоры на клавиатуре легко угадать.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Используйте более длинный узор на клавиатуре, с большим числом поворотов.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повторы вроде «aaa» легко угадать.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повторы вроде «abcabcabc» угадать лишь немногим труднее, чем «abc».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко угадать.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко угадать.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних лет.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Избегайте лет, связанных с вами.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко угадать.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Избегайте дат и лет, связанных с вами.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Это один из 10 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Это один из 100 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Это очень распространённый пароль.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Это похоже на распространённый пароль.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Одно слово само по себе легко угадать.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Имена и фамилии сами по себе легко угадать.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространённые имена и фамилии легко угадать.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Заглавные буквы мало помогают.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Текст из одних заглавных букв угадать почти так же легко, как из одних строчных.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова задом наперёд угадать ненамного труднее.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Предсказуемые замены вроде «@» вместо «a» мало помогают.</translation>
    </message>
</context>
</TS>
