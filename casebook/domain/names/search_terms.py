"""Words people search for an event type by, besides its labels: the everyday words in
Russian, Kazakh and English (a user types "задержание" for an administrative detention
whose label is "Административный арест")."""

from __future__ import annotations

EVENT_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "arrest": ("задержание", "задержана", "задержан", "арестована", "ұсталды", "ұстау",
               "detained", "detention"),
    "administrative_detention": ("задержание", "задержана", "задержан", "сутки", "ұстау",
                                 "ұсталды", "тәулік", "detained", "detention", "jailed"),
    "fine": ("оштрафована", "оштрафован", "айыппұл", "fined", "penalty"),
    "judicial_harassment": ("суд", "уголовное", "преследование", "сот", "қудалау",
                            "prosecution", "trial", "court"),
    "physical_attack": ("нападение", "избиение", "избили", "шабуыл", "соққы", "beaten",
                        "assault"),
    "verbal_abuse": ("оскорбление", "оскорбления", "қорлау", "insults", "abuse"),
    "threats": ("угрозы", "угроза", "угрожали", "қорқыту", "қоқан", "threatened"),
    "online_harassment": ("травля", "кибербуллинг", "интернетте", "қудалау", "trolling",
                          "cyberbullying"),
    "doxxing": ("доксинг", "слив", "деанон", "деанонимизация", "doxing", "leak"),
    "surveillance": ("слежка", "наблюдение", "аңду", "бақылау", "followed", "monitoring"),
    "defamation": ("клевета", "жала", "smear", "libel", "slander"),
    "event_disruption": ("срыв", "сорвали", "мероприятие", "іс-шара", "бұзу", "disrupted"),
    "venue_cancellation": ("отмена", "площадка", "отказ", "орын", "cancelled", "venue"),
    "raid": ("обыск", "рейд", "тінту", "search", "searched"),
    "denial_of_registration": ("регистрация", "отказ", "тіркеу", "registration", "refused"),
    "travel_ban": ("выезд", "запрет", "шектеу", "шығу", "border", "ban"),
    "ill_treatment": ("пытки", "жестокое", "азаптау", "torture", "ill-treatment"),
}  # fmt: skip
