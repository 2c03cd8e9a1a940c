"""Schema 11: what the statistics count, kept on each event, with covering indexes.

`casebook stats` and the Patterns view count events by type, time, place, the kind of
each perpetrator and the organisation of each victim, filtered by day and case status.
Read from the joined tables, a recount of 1,000,000 events took many seconds
(involvements joined to people and organisations, events to cases). Each event row now
also holds:

  month         YYYYMM of its first day, or YYYY for an event known only to a year
  case_status   the status of its case
  perpetrators  the kinds of its perpetrators, distinct, joined by ","; an organisation's
                kind, "individual" for a person, "unknown" for a party not found or an
                event without perpetrators
  victim_orgs   the organisations of its victims, distinct, joined by U+001F: a person's
                organisation, an organisation's name, "" for neither (and "" alone for
                an event without victims)

save_case writes them with the event (casebook/vault/cases.py, event_stats), so they
change with the case; deleting a case deletes its events. One index per counted key
(place, perpetrators, victims' organisations), each followed by type, month, status and
day, answers a recount from the index alone, in key order, without a sort. (The place
is indexed as written: an index on trim(place) would not cover a query; counting trims.)
The index of perpetrators also holds place and organisations, and that of organisations
the place, so that counting by two keys at once is one ordered pass too.
"""

from __future__ import annotations

from casebook.vault.db import Connection

SEP = "\x1f"

INDEXES = """
CREATE INDEX events_stats_place ON events(place, type, month, case_status, date_start);
CREATE INDEX events_stats_perpetrators ON events(perpetrators, type, month, case_status,
                                                 date_start, place, victim_orgs);
CREATE INDEX events_stats_orgs ON events(victim_orgs, type, month, case_status, date_start,
                                         place);
"""


def apply(conn: Connection) -> None:
    for column, default in (("month", "0"), ("case_status", "''"),
                            ("perpetrators", "'unknown'"), ("victim_orgs", "''")):  # fmt: skip
        conn.execute(f"ALTER TABLE events ADD COLUMN {column} NOT NULL DEFAULT {default}")
    backfill(conn)
    for statement in INDEXES.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def backfill(conn: Connection) -> None:
    """The four columns of every event, from the tables (the same values as
    casebook.vault.cases.event_stats gives a saved case), in one pass over the events."""
    conn.execute(
        "CREATE TEMP TABLE stat_parties AS SELECT DISTINCT i.event_id, i.role,"
        " CASE WHEN i.role = 'perpetrator' THEN (CASE WHEN o.id IS NOT NULL THEN o.kind"
        " WHEN p.id IS NOT NULL THEN 'individual' ELSE 'unknown' END)"
        " ELSE replace(trim(COALESCE(NULLIF(trim(p.organisation), ''), o.name, '')),"
        " char(31), ' ') END AS value"
        " FROM involvements i JOIN events e ON e.id = i.event_id"
        " LEFT JOIN organisations o ON o.id = i.party_id AND o.case_id = e.case_id"
        " LEFT JOIN people p ON p.id = i.party_id AND p.case_id = e.case_id"
        " WHERE i.role IN ('perpetrator', 'victim') ORDER BY i.event_id, i.role, value"
    )
    conn.execute("CREATE INDEX temp.stat_parties_event ON stat_parties(event_id, role)")
    conn.execute(
        "UPDATE events SET"
        " month = CASE WHEN length(date_text) = 4 THEN CAST(date_text AS INTEGER)"
        " ELSE CAST(substr(date_start, 1, 4) || substr(date_start, 6, 2) AS INTEGER) END,"
        " case_status = (SELECT c.status FROM cases c WHERE c.id = events.case_id),"
        " perpetrators = COALESCE((SELECT group_concat(value, ',') FROM temp.stat_parties s"
        " WHERE s.event_id = events.id AND s.role = 'perpetrator'), 'unknown'),"
        " victim_orgs = COALESCE((SELECT group_concat(value, char(31)) FROM"
        " temp.stat_parties s WHERE s.event_id = events.id AND s.role = 'victim'), '')"
    )
    conn.execute("DROP TABLE temp.stat_parties")
