<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>appeals</name>
    <message>
        <source>unknown format {fmt!r}; use one of {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case is marked &apos;internal only&apos;; confirm that this appeal may leave the organisation (on the command line: --force)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a file; restore into a new or empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new or empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup cancelled; the previous backup is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new snapshot did not verify ({detail}); the backup is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file {name} is missing from the vault; run &apos;casebook verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup cannot be written into the vault or around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file; give a directory for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty and not a Casebook backup; choose an empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds a backup of another vault; choose another directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a vault header but no database; choose another directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup reminder must be between 1 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file {name} missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <source>the bundle was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one case for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case(s) {ids} are marked internal; send them only after an explicit confirmation (--force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one recipient: a partner&apos;s name or an age recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the bundle outside the vault directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a directory; give a file name for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r}, not a known partner (fingerprint {fingerprint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is signed by {who!r}, who is not one of your partners (fingerprint {fingerprint}). Compare the fingerprint with them by phone, then add them as a partner or accept it explicitly (--accept-unknown); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid case ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds another case than its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {id} in the bundle reuses an id of another case in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle file changed after it was checked; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {case_id} has no conflicting version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Casebook evidence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} belongs to another case than its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not describe the bytes that come with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an invalid {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has invalid metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an invalid list of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an invalid custody log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match the sender&apos;s key: it was altered after it was signed, or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds members its manifest does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Casebook bundle (it does not start with {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is incomplete: {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds {found!r} where its manifest lists {listed!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not have the size its manifest gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the signed manifest: the bundle was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has a member with a forbidden character: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has a member with an absolute path: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has a member with &apos;..&apos; in its path: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has a member Casebook does not write: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while the bundle was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is truncated (it ends inside a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is truncated inside {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds a damaged tar header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has a link ({shown}); links are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has a member that is not a plain file: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has the member {shown} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has too many members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member {shown} is larger than Casebook accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has data after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest does not list {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has format {found!r}; this Casebook reads {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s sender card: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid list &apos;{what}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a member without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists {name!r} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest gives {name!r} a size beyond the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid SHA-256 for {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed case entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a case without a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has no valid member for case {case_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed history for case {case_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest has a malformed evidence entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists members that no entry explains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lists a case twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds no cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has evidence for a case it does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Casebook: encrypted case documentation for human rights defenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages (default: $CASEBOOK_LANG, else the system locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault directory (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the desktop application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop application cannot start here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a passphrase on standard input, found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two entries differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (create one with &apos;casebook init&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot access {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot access a file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected {kind}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault&apos;s organisation identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the contact card to give to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print only the card line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner organisations (their contact cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a partner&apos;s contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for this partner, your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card line, or a file holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint the partner read to you; must match, marks the card confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm a partner&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint the partner read to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted case bundles for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write cases into a bundle for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle carries the full cases (no redaction) to trusted partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners&apos; names or age recipients to encrypt the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the evidence out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also send cases marked internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a bundle and merge it into the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a bundle signed by someone who is not a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and summarise only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version (see &apos;bundle conflicts&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which version to keep: yours (mine) or the partner&apos;s (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give partners this card line; read the fingerprint to them by phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is neither a contact card nor a file holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is far too large to be a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added partner {name!r} ({organisation}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet: ask them to read their fingerprint to you by phone, then run &apos;casebook partner confirm {name!r} DIGITS&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partners yet (casebook partner add NAME CARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed partner {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of {name!r} matches; marked confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}: {cases}, {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  encrypted to: {recipients}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  it carries the full cases, without the redaction of appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked; nothing was imported (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {cases}, {evidence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed on both sides: see &apos;casebook bundle conflicts&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update (changed only by the sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (yours is newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT (changed on both sides; both versions kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle from {sender}, made {time}; signature and contents verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; evidence: {new} new, {held} already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single conflicting version of {id} starts with that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: kept {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation with a throwaway vault in a temporary directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a throwaway vault in a temporary directory, import a fictional case, add evidence, export a PDF appeal in Kazakh and verify the vault; one line per check. Your own vault is not opened. Exit code 1 when a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write or update an encrypted backup (a copy that is itself a vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write DEST_DIR as a backup of the vault, or bring an earlier backup in DEST_DIR up to date (only new evidence is copied). The backup opens with the same passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup directory (a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show when the last backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind after N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a working vault from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check BACKUP_DIR completely, then create a working vault in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new or empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key in F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a backup directory: casebook backup DEST_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup updated: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Casebook backup (no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup in {path} has problems; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored vault in {path} did not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a working vault to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with the passphrase and recovery key of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  evidence files: {count} ({copied}, {size}; {removed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  database snapshot: {size}, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {time} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made of this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reminder after %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is due: run &apos;casebook backup DEST_DIR&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show, export or delete evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import files as evidence of a case (prints the new ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the file shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the file came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event of the case it belongs to (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the evidence of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one item with the metadata found in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the original, or a cleaned copy with --clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without EXIF/GPS/XMP/document info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the custody log of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete an item (its custody log stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who does this, for the custody log (default: $CASEBOOK_ACTOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file (or does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cleaned copy: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, export, list, show or delete cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a casebook-case/1 JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a case as casebook-case/1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases, most recently updated first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a case and its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produce an urgent appeal from a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the appeal (default: the case&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a demand: a key of &apos;casebook appeals demands&apos; or your own text (repeatable; replaces the case&apos;s chosen demands for this appeal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement of concern for this appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference number (default: next free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept appeals and the demands library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeals kept for a case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the text of a kept appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a kept appeal again, exactly as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build a kept appeal again from the case as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library of standard demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the demands (default: en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format (default: from -o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export even if the case is internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from {path!r}; give --format ({formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path} ({format}, {size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as appeal {id} ({reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appeals kept for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; write it on paper and keep it apart from the laptop):

    {key}

With it you can set a new passphrase if you forget yours. Anyone who has it can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s name (for bundles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase (or reset it with the recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the recovery key in F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new passphrase from F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the integrity of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a vault with fictional demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring this computer to set the key derivation (about a second)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created vault {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no such directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: {path} verified ({checked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the demo vault a place: casebook demo --vault DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created demo vault {path} with %n fictional cases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <source>custody entry {number} ({action}, {time}) does not follow the entry before it (entries removed, inserted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) was altered (its content does not match its hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) has an invalid signature (not written by this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody entry {number} ({action}, {time}) names another case than the entries before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody log has no signed head (the log was removed or inserted by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed head of the custody log is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed head of the custody log has an invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>custody log has %n entries but {written} were written (entries removed or added)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the last custody entry is not the one last written (entries replaced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>a date range needs two full dates, like 2024-10-01/2024-10-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date range must not end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a real date (no such month or day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>evidence/{name}: a file that belongs to no evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file is missing (evidence/{name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file is damaged: it is not an age file any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its file is truncated ({actual} of %n bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its file was altered: %n bytes too many</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its key in the database is damaged; the file cannot be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file was altered: it no longer decrypts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its content has %n bytes instead of {recorded}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its content was altered: the SHA-256 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no custody log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody log starts with {action!r} instead of its import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody log records a deletion but the item is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody log belongs to another case than the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is gone from the database but its custody log records no deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present (no usable position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{pages}, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file; only files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes arrived instead of the {expected} announced; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content does not match its expected SHA-256 (altered or incomplete); nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given!r} is not an event of case {case_id} (or is ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {id} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: its encrypted file is missing; run &apos;casebook verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook cannot reliably remove the metadata of {kind} files, so it will not make a &apos;cleaned&apos; copy that might still reveal who, where or when. Cleaning works for JPEG, PNG, WebP, GIF, TIFF and BMP images and for PDF documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is too large to clean ({size} MiB; the limit is {limit} MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this image has several frames (an animation or a multi-page file); Casebook cleans single images only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this image cannot be decoded, so it cannot be cleaned ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata remained after cleaning ({kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF is encrypted; Casebook cannot clean encrypted PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF cannot be read well enough to clean it ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF holds JPEG images packed in a way Casebook cannot clean ({filters}); their EXIF data could remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata remained in the PDF after cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to export into the vault directory; choose a place outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: cannot be decrypted ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the decrypted file does not match its recorded SHA-256; nothing was exported. Run &apos;casebook verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more bytes arrived than the {size} announced; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: the encrypted file cannot be decrypted ({error}); run &apos;casebook verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: the decrypted file does not match its recorded size and SHA-256; run &apos;casebook verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be of type {expected}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks the required field {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {expected!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} does not have the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of casebook-case/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {expected!r}, not {found!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref!r} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref!r} names no person or organisation of this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oserror</name>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <source>give the partner a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner&apos;s name is too long (200 characters at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner&apos;s name cannot start with &apos;age1&apos; (recipients begin so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint does not match this card; do not use it before you have found out why (nothing was saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is this vault&apos;s own card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner named {name!r} or with this card already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a partner named {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card is already stored as partner {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partner named {name!r} (see &apos;casebook partner list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint does not match the card of {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a valid age recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card has no valid organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card has no age recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card&apos;s age recipient is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card&apos;s signing key is not 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card&apos;s signing key is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is far too long to be a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact card found: a card starts with {prefix!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one contact card found; give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact card is damaged (it may have been cut when copied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess: {advice} Try four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess. Try four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>resources</name>
    <message>
        <source>missing resource: {name} (the installation is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled font {name} could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>starting Qt widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open vault (an earlier step did not finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selftest: {passed} passed, {failed} failed, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {step}: {kind}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: removing the temporary directory {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: removed the temporary directory and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence store not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF appeals not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite library here is not SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age (pyrage) did not give back what it encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native parts load ({build}): SQLCipher {sqlcipher}, {openssl}, age encryption round trip (pyrage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country names are not translated (pycountry data): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources in {path}; country names in Kazakh and Russian ({example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created a vault in a temporary directory (Argon2id {mib} MiB, {passes} passes: the floor users get at the least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked it and unlocked it with the passphrase, then with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored case differs from the imported one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported a case from JSON (casebook-case/1, checked against its JSON Schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching for {word!r} did not find the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search finds the case by a Kazakh word in capitals ({word})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as {media_type}, SHA-256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence decrypted from the vault differs from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custody log starts with {first}, not &apos;imported&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added evidence (a JPEG photo, SHA-256 {sha}…), decrypted it back unchanged; custody log: {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal came out in {lang!r}, not Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not the PDF the vault recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s text lacks {words} (fonts or Kazakh letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DOCX rendering of the appeal lacks the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported a PDF appeal in Kazakh ({kib} KiB, reference {reference}); its text has the Kazakh letters and the name; DOCX too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook verify finds no problem in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an unencrypted SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds case text in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file in the vault holds case text in the clear, the database is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the native parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locking and unlocking the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing a case from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting a PDF appeal in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking that nothing in the vault is readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>is too long (%n characters, at most {limit})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a person needs a name or a pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent is &apos;pseudonym&apos; but none is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time!r} is not a time like 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref!r} is no person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code!r} is not an ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>no evidence item with id {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case with id {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appeal with id {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal id prefix {prefix!r} is ambiguous; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault database cannot be read ({error}); run &apos;casebook verify&apos; or restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault was written by a newer Casebook (schema {schema}); update Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken reference in table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not a recovery key: it has 32 letters and digits in groups of four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header is too large to be a Casebook header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header is damaged (truncated or altered); restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this directory is not a Casebook vault (unknown header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header has version {found!r}; this Casebook reads version {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header is damaged (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header has a malformed key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header has no {kind} slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key derivation {name!r} in the vault header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header has malformed key derivation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header asks for key derivation parameters beyond the safe limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty; choose an empty or new directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a header but no database ({name} is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Casebook vault (no such directory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <source>evidence files and custody logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
