//! Blind holdouts 21 to 26 (2026-12-05).

use super::*;

pub(super) fn twenty_first_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout21-bg-cb-stage2-cyrillic-annex-letter",
            origin: "holdout 21, written for this holdout: a Bulgarian certification body's list of findings from a stage 2 certification audit (Списък на установените несъответствия, наблюдения и възможности за подобрение), only in Bulgarian, under a merged title and a merged line of audit details naming the standard as the Bulgarian national adoption БДС EN ISO/IEC 27001:2023 (the European edition of ISO/IEC 27001:2022, so its clause and control numbers are the 2022 ones). Headers: № по ред (running number, number cells), Номер (the finding number, with Cyrillic prefixes: НС-1..НС-3 for несъответствие, Н-1 for наблюдение, ВП-1 for възможност за подобрение), Точка от стандарта, Категория (Голямо несъответствие / Малко несъответствие / Наблюдение / Възможност за подобрение, the terms of the Bulgarian ISO/IEC 17021-1), Описание (the statement), Обективно доказателство, Причина and Коригиращо действие (filled for the two nonconformities the client answered at the closing meeting), Отговорник, Срок (\"30.04.2026 г.\" as text, with the Bulgarian г. for година). Requirements as Bulgarian texts write them: \"т. 9.2\" (т. for точка, clause), \"т. 6.1.3 г)\" with the Cyrillic list letter г (the fourth letter, so d)), \"т. 7.2 и т. 7.3\" (и, and), and Annex A as \"Приложение А, т. А.8.8\" and \"А.5.15, А.5.18\" typed on a Bulgarian keyboard, so the A of the annex and of the control numbers is the CYRILLIC letter А (U+0410), which looks exactly like the Latin A; a reader sees A.8.8, A.5.15 and A.5.18. Owners: a user's name, a user's email, a Bulgarian name no user has, a Bulgarian role no user has (Ръководител отдел „Финанси“, with Bulgarian quotes) and a user's name. Under the table, the Bulgarian signature lines \"Водещ одитор: ......... /Георги Петров/\" and \"За организацията: ......... /Badr Karim/\" (names in slashes as Bulgarian forms sign), a user's name among them; none of it is a finding",
            file_name: "Списък_несъответствия_етап2_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Несъответствия",
                0,
                0,
                &[
                    &["СПИСЪК НА УСТАНОВЕНИТЕ НЕСЪОТВЕТСТВИЯ, НАБЛЮДЕНИЯ И ВЪЗМОЖНОСТИ ЗА ПОДОБРЕНИЕ"],
                    &["Организация: „Акме Софтуер“ ЕООД, гр. София   |   Стандарт: БДС EN ISO/IEC 27001:2023   |   Вид на одита: сертифициращ одит – етап 2   |   Дати: 10–12.03.2026 г.   |   Водещ одитор: Георги Петров"],
                    &[""],
                    &["№ по ред", "Номер", "Точка от стандарта", "Категория", "Описание", "Обективно доказателство", "Причина", "Коригиращо действие", "Отговорник", "Срок"],
                    &["#n 1", "НС-1", "т. 9.2", "Голямо несъответствие", "Не са проведени вътрешни одити на СУСИ през 2025 г. съгласно утвърдената програма за вътрешни одити.", "Програма за вътрешни одити 2025 г., рев. 1 – планирани два одита; не са представени одитни доклади.", "Вътрешният одитор напусна организацията през май 2025 г. и не е определен заместник.", "Обучение и назначаване на двама вътрешни одитори; провеждане на вътрешен одит на цялата СУСИ до 30.04.2026 г.", "Badr Karim", "30.04.2026 г."],
                    &["#n 2", "НС-2", "Приложение \u{410}, т. \u{410}.8.8", "Малко несъответствие", "Критичните уязвимости, открити при сканирането от януари 2026 г., не са отстранени в срока от 30 дни, определен в процедурата за управление на уязвимостите.", "Доклад от сканиране от 14.01.2026 г. – пет критични уязвимости са все още отворени.", "Не е определен отговорник за проследяване на резултатите от сканирането.", "Въвеждане на седмичен преглед на отворените уязвимости с отговорник и срокове.", "lena.fischer@acme.test", "31.05.2026 г."],
                    &["#n 3", "НС-3", "т. 6.1.3 г)", "Малко несъответствие", "Декларацията за приложимост не съдържа обосновка за изключените контроли.", "Декларация за приложимост, версия 2.1 от 05.09.2025 г.", "", "", "Иван Георгиев", "31.05.2026 г."],
                    &["#n 4", "Н-1", "\u{410}.5.15, \u{410}.5.18", "Наблюдение", "Правата за достъп до счетоводната система не се преглеждат периодично; в извадката не са открити неправомерни достъпи.", "Списък на потребителите на счетоводната система към 11.03.2026 г.", "", "", "Ръководител отдел „Финанси“", ""],
                    &["#n 5", "ВП-1", "т. 7.2 и т. 7.3", "Възможност за подобрение", "Програмата за обучение по информационна сигурност би могла да включва симулирани фишинг атаки.", "", "", "", "Martín Lombardi", ""],
                    &[""],
                    &["", "Водещ одитор:", "", "", "........................................ /Георги Петров/"],
                    &["", "За организацията:", "", "", "........................................ /Badr Karim/"],
                    &["", "Дата:", "", "", "12.03.2026 г."],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)]),
            expected: vec![
                finding("НС-1", "major", "9.2", "Не са проведени вътрешни одити")
                    .owner("badr@acme.test")
                    .plan(true),
                // Приложение А and А.8.8 are written with the Cyrillic letter А: Annex A, control A.8.8.
                finding("НС-2", "minor", "A.8.8", "Критичните уязвимости, открити")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // г) is the fourth list item, d), of clause 6.1.3.
                finding("НС-3", "minor", "6.1.3", "Декларацията за приложимост не съдържа")
                    .pending(&["Иван Георгиев"])
                    .plan(false),
                finding("Н-1", "observation", "A.5.15, A.5.18", "Правата за достъп до счетоводната")
                    .pending(&["Ръководител отдел „Финанси“"])
                    .plan(false),
                finding("ВП-1", "ofi", "7.2, 7.3", "Програмата за обучение по информационна")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout21-he-internal-audit-rlm-vav-prefix",
            origin: "holdout 21, written for this holdout: an Israeli software company's internal ISMS audit findings report (דוח ממצאי מבדק פנימי), only in Hebrew apart from the control numbers, the running finding ids (IA-26-01 ...) and two owners' names, under a merged title and a merged line (company, lead internal auditor, audit dates). Headers with the Hebrew abbreviation marks typed as ASCII quotes: מס\"ד (running number, number cells), מס' ממצא (the finding id), תאריך, מחלקה, סעיף בתקן, סיווג, תיאור הממצא, ראיות, גורם שורש, פעולה מתקנת, אחראי לביצוע, תאריך יעד, סטטוס. Grades in the Hebrew of Israeli audit reports: אי-התאמה מהותית (major), אי-התאמה משנית (minor), הערה (a remark: the observation) and הזדמנות לשיפור (OFI). Requirements: \"סעיף 8.2\" (סעיף, clause), \"סעיפים 7.2, 7.3\" (the plural), \"נספח A, בקרה 8.13\" (Annex A, control 8.13, so A.8.13), a bare A.8.28, and a cell copied from the Hebrew Word report that starts with an invisible right-to-left mark (U+200F) and joins the second control with the Hebrew conjunction ו (and) glued to it by a hyphen, as Hebrew writes and before Latin text: \"A.5.15 ו-A.5.18\"; a reader sees A.5.15 and A.5.18. Dates day first as text (30/04/2026). Root cause and corrective action filled for the major and the first minor. Owners: a user's name, a user's email, a Hebrew role no user has (מנהלת משאבי אנוש, HR manager), a Hebrew name no user has and a user's name",
            file_name: "ממצאי_מבדק_פנימי_ISMS_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "ממצאי מבדק",
                0,
                0,
                &[
                    &["דוח ממצאי מבדק פנימי – מערכת ניהול אבטחת מידע (ISO/IEC 27001:2022)"],
                    &["אקמה תוכנה בע\"מ | מבקרת ראשית: מיכל אברהם | תאריכי המבדק: 16/03/2026–18/03/2026"],
                    &[""],
                    &["מס\"ד", "מס' ממצא", "תאריך", "מחלקה", "סעיף בתקן", "סיווג", "תיאור הממצא", "ראיות", "גורם שורש", "פעולה מתקנת", "אחראי לביצוע", "תאריך יעד", "סטטוס"],
                    &["#n 1", "IA-26-01", "16/03/2026", "מערכות מידע", "סעיף 8.2", "אי-התאמה מהותית", "הערכת הסיכונים לא עודכנה לאחר המעבר לספק הענן החדש בנובמבר 2025.", "מסמך הערכת סיכונים גרסה 3.0 מיום 12/06/2025; לא בוצע עדכון לאחר השינוי.", "נוהל ניהול השינויים אינו מחייב הערכת סיכונים מחודשת בשינוי מהותי.", "עדכון הערכת הסיכונים ותוכנית הטיפול בסיכונים, ועדכון נוהל ניהול השינויים.", "Lena Fischer", "30/04/2026", "פתוח"],
                    &["#n 2", "IA-26-02", "16/03/2026", "מערכות מידע", "\u{200f}A.5.15 ו-A.5.18", "אי-התאמה משנית", "הרשאות הגישה למערכת ה-CRM אינן נסקרות אחת לרבעון כנדרש בנוהל בקרת גישה.", "סקירת ההרשאות האחרונה תועדה בספטמבר 2025.", "לא הוגדר בעלים לסקירת ההרשאות.", "מינוי בעל מערכת ותיעוד סקירת הרשאות רבעונית.", "ops@acme.test", "31/05/2026", "בטיפול"],
                    &["#n 3", "IA-26-03", "17/03/2026", "משאבי אנוש", "סעיפים 7.2, 7.3", "אי-התאמה משנית", "לא נמצאו רשומות הדרכת מודעות לאבטחת מידע לשישה עובדים שנקלטו ברבעון האחרון של 2025.", "תיקי עובדים שנקלטו באוקטובר–דצמבר 2025.", "", "", "מנהלת משאבי אנוש", "31/05/2026", "פתוח"],
                    &["#n 4", "IA-26-04", "17/03/2026", "תפעול", "נספח A, בקרה 8.13", "הערה", "בדיקות השחזור מגיבויים מתועדות באופן חלקי בלבד עבור המערכות שאינן קריטיות.", "יומן בדיקות השחזור לשנת 2025.", "", "", "דנה לוי", "", "פתוח"],
                    &["#n 5", "IA-26-05", "18/03/2026", "פיתוח", "A.8.28", "הזדמנות לשיפור", "ניתן לשלב כלי לסריקת קוד סטטית (SAST) בצנרת ה-CI כדי לאתר חולשות בשלב מוקדם.", "", "", "", "Badr Karim", "", "פתוח"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)]),
            expected: vec![
                finding("IA-26-01", "major", "8.2", "הערכת הסיכונים לא עודכנה")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // The cell starts with a right-to-left mark; ו- is Hebrew for and.
                finding("IA-26-02", "minor", "A.5.15, A.5.18", "הרשאות הגישה למערכת")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IA-26-03", "minor", "7.2, 7.3", "לא נמצאו רשומות הדרכת מודעות")
                    .pending(&["מנהלת משאבי אנוש"])
                    .plan(false),
                finding("IA-26-04", "observation", "A.8.13", "בדיקות השחזור מגיבויים")
                    .pending(&["דנה לוי"])
                    .plan(false),
                finding("IA-26-05", "ofi", "A.8.28", "ניתן לשלב כלי לסריקת קוד")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout21-lt-sheet-per-department-summary-first",
            origin: "holdout 21, written for this holdout: a Lithuanian company's internal ISMS audit workbook (vidaus audito radiniai), only in Lithuanian, with one sheet per audited department after a summary sheet. Sheet \"Suvestinė\" (summary) counts the findings per department under the grade words in the plural (Didelės neatitiktys, Mažos neatitiktys, Pastebėjimai, Tobulinimo galimybės, Iš viso) as number cells, with a total row; none of it is a finding. Then \"IT skyrius\" (three findings), \"Personalo skyrius\" (one) and \"Pirkimų skyrius\" (one), each with its own merged title naming the department and the standard as the Lithuanian adoption LST EN ISO/IEC 27001:2023, a line naming the auditor and the date, and the same header: Eil. Nr. (running number restarting at 1 on every sheet), Radinio Nr. (the finding id, IT-01, PS-01, PK-01: unique), Standarto reikalavimas, Radinio tipas (Didelė neatitiktis / Maža neatitiktis / Pastebėjimas / Tobulinimo galimybė), Radinio aprašymas (the statement), Įrodymai, Priežastis and Korekciniai veiksmai (filled for the major only), Atsakingas asmuo, Įvykdymo terminas (ISO dates as text, 2026-04-30, the Lithuanian date order), Būsena. Requirements the Lithuanian way, the abbreviation p. (punktas, clause) AFTER the number and Annex A in the genitive: \"A priedo 8.8 kontrolė\" (control 8.8 of Annex A), \"8.1 p.; A priedo 8.32 kontrolė\", \"7.2 ir 7.3 p.\" (ir, and; one p. for both), \"A priedo 5.19 ir 5.20 kontrolės\" (the plural) and a bare A.8.15. Owners: users' names and a user's email, a Lithuanian name no user has and a Lithuanian role no user has (Personalo skyriaus vedėja, head of HR)",
            file_name: "Vidaus_audito_radiniai_2026-03.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Suvestinė",
                    0,
                    0,
                    &[
                        &["Vidaus ISMS audito radinių suvestinė – 2026 m. kovas"],
                        &[""],
                        &["Skyrius", "Didelės neatitiktys", "Mažos neatitiktys", "Pastebėjimai", "Tobulinimo galimybės", "Iš viso"],
                        &["IT skyrius", "#n 1", "#n 1", "#n 0", "#n 1", "#n 3"],
                        &["Personalo skyrius", "#n 0", "#n 1", "#n 0", "#n 0", "#n 1"],
                        &["Pirkimų skyrius", "#n 0", "#n 0", "#n 1", "#n 0", "#n 1"],
                        &["Iš viso", "#n 1", "#n 2", "#n 1", "#n 1", "#n 5"],
                    ],
                )
                .merged(0, 0, 0, 5),
                sheet(
                    "IT skyrius",
                    0,
                    0,
                    &[
                        &["Vidaus audito radiniai – IT skyrius (LST EN ISO/IEC 27001:2023)"],
                        &["Auditą atliko: Jonas Kazlauskas, 2026-03-17"],
                        &[""],
                        &["Eil. Nr.", "Radinio Nr.", "Standarto reikalavimas", "Radinio tipas", "Radinio aprašymas", "Įrodymai", "Priežastis", "Korekciniai veiksmai", "Atsakingas asmuo", "Įvykdymo terminas", "Būsena"],
                        &["#n 1", "IT-01", "A priedo 8.8 kontrolė", "Didelė neatitiktis", "Išoriniuose serveriuose neatliekamas pažeidžiamumų skenavimas, o kritiniai saugumo atnaujinimai įdiegiami vidutiniškai per 90 dienų.", "Atnaujinimų diegimo ataskaita, 2026-03-10.", "Nepaskirtas už pažeidžiamumų valdymą atsakingas asmuo.", "Įdiegti savaitinį pažeidžiamumų skenavimą ir paskirti atsakingą asmenį.", "Badr Karim", "2026-04-30", "Vykdoma"],
                        &["#n 2", "IT-02", "8.1 p.; A priedo 8.32 kontrolė", "Maža neatitiktis", "Ugniasienės taisyklių pakeitimai atliekami be užregistruoto patvirtinimo: trys iš penkių 2026 m. vasario mėn. pakeitimų neturi pakeitimo užklausos.", "Ugniasienės pakeitimų žurnalas, 2026 m. vasaris.", "", "", "Tomas Petrauskas", "2026-05-31", "Atvira"],
                        &["#n 3", "IT-03", "A.8.15", "Tobulinimo galimybė", "Serverių žurnalus būtų galima kaupti centralizuotai SIEM sistemoje.", "", "", "", "martin@acme.test", "", "Atvira"],
                    ],
                )
                .merged(0, 0, 0, 10)
                .merged(1, 0, 1, 10),
                sheet(
                    "Personalo skyrius",
                    0,
                    0,
                    &[
                        &["Vidaus audito radiniai – Personalo skyrius (LST EN ISO/IEC 27001:2023)"],
                        &["Auditą atliko: Jonas Kazlauskas, 2026-03-18"],
                        &[""],
                        &["Eil. Nr.", "Radinio Nr.", "Standarto reikalavimas", "Radinio tipas", "Radinio aprašymas", "Įrodymai", "Priežastis", "Korekciniai veiksmai", "Atsakingas asmuo", "Įvykdymo terminas", "Būsena"],
                        &["#n 1", "PS-01", "7.2 ir 7.3 p.", "Maža neatitiktis", "Nėra įrodymų, kad keturi 2025 m. priimti darbuotojai baigė informacijos saugumo sąmoningumo mokymus.", "Darbuotojų mokymų registras, 2026-03-18.", "", "", "Personalo skyriaus vedėja", "2026-05-31", "Atvira"],
                    ],
                )
                .merged(0, 0, 0, 10)
                .merged(1, 0, 1, 10),
                sheet(
                    "Pirkimų skyrius",
                    0,
                    0,
                    &[
                        &["Vidaus audito radiniai – Pirkimų skyrius (LST EN ISO/IEC 27001:2023)"],
                        &["Auditą atliko: Jonas Kazlauskas, 2026-03-18"],
                        &[""],
                        &["Eil. Nr.", "Radinio Nr.", "Standarto reikalavimas", "Radinio tipas", "Radinio aprašymas", "Įrodymai", "Priežastis", "Korekciniai veiksmai", "Atsakingas asmuo", "Įvykdymo terminas", "Būsena"],
                        &["#n 1", "PK-01", "A priedo 5.19 ir 5.20 kontrolės", "Pastebėjimas", "Sutartyse su debesijos paslaugų teikėjais ne visada aiškiai nurodyti informacijos saugumo reikalavimai.", "Sutartis Nr. PS-2025/044 su debesijos paslaugų teikėju.", "", "", "Lena Fischer", "", "Atvira"],
                    ],
                )
                .merged(0, 0, 0, 10)
                .merged(1, 0, 1, 10),
            ]),
            expected: vec![
                // A priedo 8.8 kontrolė: control 8.8 of Annex A.
                finding("IT-01", "major", "A.8.8", "Išoriniuose serveriuose neatliekamas")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("IT-02", "minor", "8.1, A.8.32", "Ugniasienės taisyklių pakeitimai")
                    .pending(&["Tomas Petrauskas"])
                    .plan(false),
                finding("IT-03", "ofi", "A.8.15", "Serverių žurnalus būtų galima")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("PS-01", "minor", "7.2, 7.3", "Nėra įrodymų, kad keturi")
                    .pending(&["Personalo skyriaus vedėja"])
                    .plan(false),
                finding("PK-01", "observation", "A.5.19, A.5.20", "Sutartyse su debesijos paslaugų")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout21-ms-ncr-serial-number-dates",
            origin: "holdout 21, written for this holdout: a Malaysian company's internal ISMS audit nonconformity report list (Laporan Ketakakuran (NCR) Audit Dalaman ISMS), only in Malay (Bahasa Malaysia, not the Indonesian of holdouts 11 and 16: ketakakuran, not ketidaksesuaian; Klausa and Kawalan, not Klausul and Kontrol), under a merged title and a merged line (organisation, MS ISO/IEC 27001:2022, scope, lead auditor). Headers: Bil. (bilangan, the running number, number cells), No. Rujukan NCR (NCR/ISMS/2026/001 ... every row of the list numbered as an NCR, the observation and the OFI too, as the form is the NCR list), Tarikh Audit, Bahagian, Klausa / Kawalan (\"Klausa 9.3\", \"Kawalan A.5.15 & A.8.5\", \"Klausa 7.5.3\", \"Kawalan A.7.4\", \"Kawalan A.8.16\"), Kategori Penemuan (Ketakakuran Major / Ketakakuran Minor / Pemerhatian / Peluang Penambahbaikan, as Malaysian public-sector ISMS documents write them), Butiran Penemuan (the statement), Bukti Audit, Punca Utama and Tindakan Pembetulan (filled for the major and the first minor), Pegawai Bertanggungjawab, Tarikh Sasaran, Status (Dalam Tindakan / Belum Selesai). Both date columns hold Excel serial numbers as plain number cells with no date format (46097 for 16 March 2026, 46142 for 30 April 2026), because the columns were pasted as values from the audit plan workbook and lost their format; they sit beside the running number, which is also a number cell. Owners with Malaysian honorifics before users' names (En. for Encik, Pn. for Puan, Ts. for the professional technologist title), a Malay name with binti that no user has and a role no user has (Ketua Unit Keselamatan Fizikal). Under the table, a line \"Disediakan oleh: Siti Hajar binti Osman (Ketua Juruaudit Dalaman)\" and its date; not a finding",
            file_name: "Laporan_NCR_Audit_Dalaman_ISMS_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NCR 2026",
                0,
                0,
                &[
                    &["LAPORAN KETAKAKURAN (NCR) AUDIT DALAMAN SISTEM PENGURUSAN KESELAMATAN MAKLUMAT (ISMS)"],
                    &["Organisasi: Acme Digital Sdn. Bhd.   |   Standard: MS ISO/IEC 27001:2022   |   Skop: Pusat Data dan Operasi ICT   |   Ketua Juruaudit: Siti Hajar binti Osman"],
                    &[""],
                    &["Bil.", "No. Rujukan NCR", "Tarikh Audit", "Bahagian", "Klausa / Kawalan", "Kategori Penemuan", "Butiran Penemuan", "Bukti Audit", "Punca Utama", "Tindakan Pembetulan", "Pegawai Bertanggungjawab", "Tarikh Sasaran", "Status"],
                    &["#n 1", "NCR/ISMS/2026/001", "#n 46097", "Bahagian Teknologi Maklumat", "Klausa 9.3", "Ketakakuran Major", "Mesyuarat Kajian Semula Pengurusan (MKSP) ISMS tidak diadakan bagi tahun 2025.", "Tiada minit mesyuarat atau laporan MKSP bagi tahun 2025.", "Mesyuarat MKSP tidak dimasukkan ke dalam takwim pengurusan tahunan.", "Mengadakan MKSP sebelum 30 April 2026 dan memasukkannya ke dalam takwim tahunan.", "En. Badr Karim", "#n 46142", "Dalam Tindakan"],
                    &["#n 2", "NCR/ISMS/2026/002", "#n 46097", "Bahagian Teknologi Maklumat", "Kawalan A.5.15 & A.8.5", "Ketakakuran Minor", "Akaun pengguna generik masih digunakan untuk log masuk ke pelayan pangkalan data tanpa pengesahan berbilang faktor.", "Senarai akaun pelayan DB01 dan DB02 bertarikh 16 Mac 2026.", "Prosedur kawalan capaian tidak melarang penggunaan akaun generik.", "Mengemas kini prosedur kawalan capaian dan menggantikan akaun generik dengan akaun individu.", "Pn. Lena Fischer", "#n 46173", "Dalam Tindakan"],
                    &["#n 3", "NCR/ISMS/2026/003", "#n 46098", "Bahagian Sumber Manusia", "Klausa 7.5.3", "Ketakakuran Minor", "Prosedur keselamatan maklumat yang digunakan di bahagian ini adalah versi lama yang telah dibatalkan.", "Salinan bercetak Prosedur Pengurusan Insiden versi 1.2 (versi semasa 2.0).", "", "", "Nurul Aisyah binti Ahmad", "#n 46173", "Belum Selesai"],
                    &["#n 4", "NCR/ISMS/2026/004", "#n 46098", "Bahagian Pentadbiran", "Kawalan A.7.4", "Pemerhatian", "Rakaman CCTV di pintu masuk pusat data hanya disimpan selama 14 hari berbanding 30 hari seperti yang ditetapkan.", "Tetapan perakam video rangkaian (NVR) pada 17 Mac 2026.", "", "", "Ketua Unit Keselamatan Fizikal", "", "Belum Selesai"],
                    &["#n 5", "NCR/ISMS/2026/005", "#n 46099", "Bahagian Teknologi Maklumat", "Kawalan A.8.16", "Peluang Penambahbaikan", "Pemantauan trafik rangkaian boleh diautomasikan dengan amaran masa nyata kepada pasukan operasi.", "", "", "", "Ts. Martín Lombardi", "", "Belum Selesai"],
                    &[""],
                    &["", "", "", "", "", "", "Disediakan oleh: Siti Hajar binti Osman (Ketua Juruaudit Dalaman)"],
                    &["", "", "", "", "", "", "Tarikh: 20 Mac 2026"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)]),
            expected: vec![
                finding("NCR/ISMS/2026/001", "major", "9.3", "Mesyuarat Kajian Semula Pengurusan")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NCR/ISMS/2026/002", "minor", "A.5.15, A.8.5", "Akaun pengguna generik")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("NCR/ISMS/2026/003", "minor", "7.5.3", "Prosedur keselamatan maklumat yang")
                    .pending(&["Nurul Aisyah binti Ahmad"])
                    .plan(false),
                // Numbered as an NCR like every row of the list, but graded Pemerhatian.
                finding("NCR/ISMS/2026/004", "observation", "A.7.4", "Rakaman CCTV di pintu masuk")
                    .pending(&["Ketua Unit Keselamatan Fizikal"])
                    .plan(false),
                finding("NCR/ISMS/2026/005", "ofi", "A.8.16", "Pemantauan trafik rangkaian")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout21-fa-persian-digits-solar-hijri",
            origin: "holdout 21, written for this holdout: an Iranian software company's internal ISMS audit findings list (فهرست یافته‌های ممیزی داخلی), only in Persian apart from the finding ids and three owners, typed on a Persian keyboard, so the words hold zero-width non-joiners (یافته‌ها) and most numbers are PERSIAN digits (U+06F0–U+06F9): dates in the Solar Hijri calendar (۱۴۰۴/۱۲/۲۵, 16 March 2026) and the clause numbers themselves, \"بند ۹٫۲\" written with the Arabic decimal separator ٫ (U+066B) that the Persian keyboard types for a point, \"بندهای ۷.۲ و ۷.۳\" (the plural, و for and) and Annex A as \"پیوست الف – کنترل ۸.۸\" (پیوست الف, annex alef, is how Persian names Annex A); two cells are Latin, \"کنترل A.5.9\" and a bare A.8.13. A reader sees 9.2, 7.2 and 7.3, A.8.8, A.5.9 and A.8.13. Under a merged title and a merged line (company, audit dates in Esfand 1404, lead auditor). Headers: ردیف (running number, number cells), شماره یافته (IA-1404-01 ...), تاریخ ممیزی, واحد ممیزی‌شده, بند / کنترل, نوع یافته (عدم انطباق عمده / عدم انطباق جزئی / مشاهده / فرصت بهبود), شرح یافته (the statement), شواهد عینی, علت ریشه‌ای and اقدام اصلاحی (filled for the major and the first minor), مسئول اقدام, مهلت اجرا, وضعیت (باز / در حال اقدام). Owners: users' names in Latin script (staff of the group's head office), a user's email, a Persian name no user has and a Persian role no user has (مدیر فناوری اطلاعات, IT manager)",
            file_name: "یافته‌های_ممیزی_داخلی_۱۴۰۴.xlsx",
            bytes: xlsx(vec![sheet(
                "یافته‌ها",
                0,
                0,
                &[
                    &["فهرست یافته‌های ممیزی داخلی سیستم مدیریت امنیت اطلاعات (ISO/IEC 27001:2022)"],
                    &["شرکت آکمه نرم‌افزار پارس – دوره ممیزی: ۲۵ تا ۲۷ اسفند ۱۴۰۴ – سرممیز: رضا احمدی"],
                    &[""],
                    &["ردیف", "شماره یافته", "تاریخ ممیزی", "واحد ممیزی‌شده", "بند / کنترل", "نوع یافته", "شرح یافته", "شواهد عینی", "علت ریشه‌ای", "اقدام اصلاحی", "مسئول اقدام", "مهلت اجرا", "وضعیت"],
                    &["#n 1", "IA-1404-01", "۱۴۰۴/۱۲/۲۵", "فناوری اطلاعات", "بند ۹\u{66b}۲", "عدم انطباق عمده", "برنامه ممیزی داخلی سال ۱۴۰۳ اجرا نشده و هیچ گزارش ممیزی داخلی وجود ندارد.", "برنامه ممیزی داخلی مصوب ۱۴۰۳؛ هیچ گزارش ممیزی ارائه نشد.", "ممیز داخلی سازمان در سال ۱۴۰۳ استعفا داده و جایگزینی تعیین نشده است.", "آموزش و انتصاب دو ممیز داخلی جدید و اجرای ممیزی داخلی تا پایان اردیبهشت ۱۴۰۵.", "Badr Karim", "۱۴۰۵/۰۲/۳۱", "در حال اقدام"],
                    &["#n 2", "IA-1404-02", "۱۴۰۴/۱۲/۲۵", "فناوری اطلاعات", "پیوست الف – کنترل ۸.۸", "عدم انطباق جزئی", "وصله‌های امنیتی بحرانی سرورهای وب بیش از ۶۰ روز پس از انتشار نصب شده‌اند.", "گزارش وضعیت وصله‌ها مورخ ۱۴۰۴/۱۲/۲۰.", "مسئولیت پیگیری وصله‌ها مشخص نشده است.", "تعیین مسئول و بازنگری ماهانه وضعیت وصله‌ها.", "lena.fischer@acme.test", "۱۴۰۵/۰۳/۱۵", "در حال اقدام"],
                    &["#n 3", "IA-1404-03", "۱۴۰۴/۱۲/۲۶", "منابع انسانی", "بندهای ۷.۲ و ۷.۳", "عدم انطباق جزئی", "سوابق آموزش آگاهی امنیت اطلاعات برای پنج کارمند جدید در دسترس نیست.", "پرونده پرسنلی کارکنان جذب‌شده در پاییز ۱۴۰۴.", "", "", "سارا محمدی", "۱۴۰۵/۰۳/۱۵", "باز"],
                    &["#n 4", "IA-1404-04", "۱۴۰۴/۱۲/۲۶", "فروش", "کنترل A.5.9", "مشاهده", "فهرست دارایی‌های اطلاعاتی شامل سرویس‌های ابری مورد استفاده واحد فروش نیست.", "فهرست دارایی‌ها، نسخه ۲٫۱.", "", "", "مدیر فناوری اطلاعات", "", "باز"],
                    &["#n 5", "IA-1404-05", "۱۴۰۴/۱۲/۲۷", "فناوری اطلاعات", "A.8.13", "فرصت بهبود", "می‌توان آزمون بازیابی نسخه‌های پشتیبان را به‌صورت خودکار و ماهانه انجام داد.", "", "", "", "Martín Lombardi", "", "باز"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)]),
            expected: vec![
                // ۹٫۲ is 9.2 in Persian digits with the Arabic decimal separator.
                finding("IA-1404-01", "major", "9.2", "برنامه ممیزی داخلی سال")
                    .owner("badr@acme.test")
                    .plan(true),
                // پیوست الف is Annex A.
                finding("IA-1404-02", "minor", "A.8.8", "وصله‌های امنیتی بحرانی")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("IA-1404-03", "minor", "7.2, 7.3", "سوابق آموزش آگاهی")
                    .pending(&["سارا محمدی"])
                    .plan(false),
                finding("IA-1404-04", "observation", "A.5.9", "فهرست دارایی‌های اطلاعاتی")
                    .pending(&["مدیر فناوری اطلاعات"])
                    .plan(false),
                finding("IA-1404-05", "ofi", "A.8.13", "می‌توان آزمون بازیابی")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout21-notion-database-csv-emoji-selects",
            origin: "holdout 21, written for this holdout: a Notion database of audit findings exported with \"Export > Markdown & CSV\" (the _all.csv of the full export, file named after the database with Notion's 32-hex page id), UTF-8 with a BOM. Columns in the view's order, the title property first: Finding (the title, holding the whole statement), ID (Notion's unique ID property with its prefix, FND-7 ... FND-11, continuing the numbering of earlier audits, so the prefix says nothing of the grade), Type (a select whose options carry coloured-circle emoji before the grade: \"🔴 Major NC\", \"🟠 Minor NC\", \"🔵 Observation\", \"🟢 OFI\"), Clauses (a multi-select whose options are the number followed by the requirement's title, \"9.2 Internal audit\", \"A.8.13 Information backup\"; two options exported joined by a comma, \"A.5.15 Access control, A.8.2 Privileged access rights\"), Owner (a person property exported as the display name; one a guest who is no user, one empty), Status (Not started / In progress / Done; an OFI already Done), Due date (\"April 30, 2026\", Notion's date format), Audit (a relation exported as the related page's title followed by its notion.so URL in brackets), Root cause and Corrective action (text, filled for the major and the first minor), Evidence, Created time (\"March 12, 2026 4:41 PM\")",
            file_name: "ISMS Audit Findings 1f3c8a2b9d6e4f70a1b2c3d4e5f60718_all.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &["Finding", "ID", "Type", "Clauses", "Owner", "Status", "Due date", "Audit", "Root cause", "Corrective action", "Evidence", "Created time"],
                        &["The 2025 internal audit programme covered only the Annex A themes 5 and 8; clauses 4 to 10 were never audited.", "FND-7", "🔴 Major NC", "9.2 Internal audit", "Badr Karim", "In progress", "April 30, 2026", "Stage 2 certification audit – March 2026 (https://www.notion.so/Stage-2-certification-audit-March-2026-4b7e2c91d0a34f5e8c6b1a2d3e4f5a6b?pvs=21)", "The audit programme was built from the SoA only; nobody owned the clause-level plan.", "Re-plan the 2026 programme to cover clauses 4 to 10 and all Annex A themes over three years; audit clauses 4 to 10 by May 2026.", "Audit programme 2025 v1.1; reports IA-25-01 to IA-25-03", "March 12, 2026 4:41 PM"],
                        &["Privileged access to the production Kubernetes cluster is granted through one shared admin kubeconfig.", "FND-8", "🟠 Minor NC", "A.5.15 Access control, A.8.2 Privileged access rights", "Lena Fischer", "In progress", "May 31, 2026", "Stage 2 certification audit – March 2026 (https://www.notion.so/Stage-2-certification-audit-March-2026-4b7e2c91d0a34f5e8c6b1a2d3e4f5a6b?pvs=21)", "The cluster was set up before the access control policy existed.", "Issue personal kubeconfigs through SSO and revoke the shared one.", "kubectl config on the jump host; interview with the platform lead", "March 12, 2026 4:58 PM"],
                        &["Restore tests of the customer database are not recorded.", "FND-9", "🟠 Minor NC", "A.8.13 Information backup", "Priya Natarajan", "Not started", "May 31, 2026", "Stage 2 certification audit – March 2026 (https://www.notion.so/Stage-2-certification-audit-March-2026-4b7e2c91d0a34f5e8c6b1a2d3e4f5a6b?pvs=21)", "", "", "Backup runbook v2; no test log", "March 12, 2026 5:10 PM"],
                        &["Visitors to the office are not asked to sign the visitor log on Saturdays, when reception is closed.", "FND-10", "🔵 Observation", "A.7.2 Physical entry", "Martín Lombardi", "Not started", "", "Stage 2 certification audit – March 2026 (https://www.notion.so/Stage-2-certification-audit-March-2026-4b7e2c91d0a34f5e8c6b1a2d3e4f5a6b?pvs=21)", "", "", "", "March 13, 2026 9:15 AM"],
                        &["Dependabot alerts could be triaged in the weekly engineering meeting instead of ad hoc.", "FND-11", "🟢 OFI", "A.8.8 Management of technical vulnerabilities", "", "Done", "", "Stage 2 certification audit – March 2026 (https://www.notion.so/Stage-2-certification-audit-March-2026-4b7e2c91d0a34f5e8c6b1a2d3e4f5a6b?pvs=21)", "", "", "", "March 13, 2026 9:22 AM"],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("FND-7", "major", "9.2", "The 2025 internal audit programme")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("FND-8", "minor", "A.5.15, A.8.2", "Privileged access to the production")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("FND-9", "minor", "A.8.13", "Restore tests of the customer database")
                    .pending(&["Priya Natarajan"])
                    .plan(false),
                finding("FND-10", "observation", "A.7.2", "Visitors to the office are not asked")
                    .owner("martin@acme.test")
                    .plan(false),
                // Unassigned: no owner and nobody pending.
                finding("FND-11", "ofi", "A.8.8", "Dependabot alerts could be triaged")
                    .pending(&[])
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn twenty_second_holdout_layouts() -> Vec<Layout> {
    vec![
        // The statement is the Issue Description, not the short Issue Title (as in the GitLab
        // export of holdout 16 and the five-Cs layout of holdout 19). The grade is the Issue
        // Type; the Risk Rating is the tool's own scale and disagrees with it once (a minor rated
        // 1 - High). Each Mapped Requirements cell lists the ISO 27001 controls first, then the
        // SOC 2 and NIST SP 800-53 ids, which are other references.
        Layout {
            id: "holdout22-auditboard-issues-mixed-framework-controls",
            origin: "holdout 22, written for this holdout: an AuditBoard-like (OpsAudit) issue export to Excel from an in-house ISMS internal audit run in the tool, on a sheet named Issues with the header in row 1 and no title, in the tool's column names: Issue ID (ISS-0217 ...), Issue Title (a short title), Issue Description (the statement), Project (the same audit on every row, \"FY26 ISMS Internal Audit\"), Issue Type holding the company's configured grades \"NC - Major\", \"NC - Minor\", Observation and OFI (hyphen with spaces), Risk Rating on the tool's numbered scale (\"1 - High\", \"2 - Medium\", \"3 - Low\") that is no grade and disagrees once (a minor rated 1 - High), Status in the tool's workflow words (Open, In Remediation, Pending Validation, Closed; the closed OFI is still a finding), Mapped Requirements mixing frameworks in one cell separated by slashes, ISO first and bare (\"A.5.18 / SOC2 CC6.2 / NIST AC-2\", \"A.5.15, A.8.2 / SOC2 CC6.1, CC6.3 / NIST AC-2, AC-6\", \"A.8.15 / NIST AU-6\"), Root Cause and Management Action Plan (filled for the three nonconformities, empty for the observation and the OFI), Issue Owner (users' names, a user's role name, a role no user has), Due Date and Date Identified as date cells, and Identified By naming the internal auditor (a name no user has, not the owner)",
            file_name: "AuditBoard_Issues_Export_FY26_ISMS_Internal_Audit.xlsx",
            bytes: xlsx(vec![sheet(
                "Issues",
                0,
                0,
                &[
                    &["Issue ID", "Issue Title", "Issue Description", "Project", "Issue Type", "Risk Rating", "Status", "Mapped Requirements", "Root Cause", "Management Action Plan", "Issue Owner", "Due Date", "Identified By", "Date Identified"],
                    &["ISS-0217", "Leaver access not revoked", "Access of three leavers to the Okta tenant and to GitHub was still active 12 to 40 days after their last working day.", "FY26 ISMS Internal Audit", "NC - Minor", "1 - High", "In Remediation", "A.5.18 / SOC2 CC6.2 / NIST AC-2", "The HR offboarding ticket does not create tasks for applications outside Okta single sign-on.", "Add GitHub and the other non-SSO applications to the offboarding workflow; reconcile active accounts against the HR leavers report every month.", "Lena Fischer", "#d 2026-05-29", "Rachel Okafor", "#d 2026-03-10"],
                    &["ISS-0218", "Privileged access reviews not performed", "No review of administrator rights in AWS and Entra ID was performed in Q3 and Q4 2025, although the access control standard requires a quarterly review.", "FY26 ISMS Internal Audit", "NC - Major", "1 - High", "Open", "A.5.15, A.8.2 / SOC2 CC6.1, CC6.3 / NIST AC-2, AC-6", "The reviewer role was left vacant when the security engineer left in July 2025.", "Assign the quarterly review to the cloud platform lead and track it as a recurring control test in AuditBoard.", "Head of IT Operations", "#d 2026-04-30", "Rachel Okafor", "#d 2026-03-10"],
                    &["ISS-0219", "Vulnerability SLA breaches", "Twelve critical vulnerabilities on internet-facing hosts remained open beyond the 15-day remediation SLA of the vulnerability management standard.", "FY26 ISMS Internal Audit", "NC - Minor", "2 - Medium", "Pending Validation", "A.8.8 / SOC2 CC7.1 / NIST RA-5, SI-2", "Patching of the legacy payment hosts needs a vendor maintenance window that was never scheduled.", "Agree a monthly maintenance window with the vendor and alert the team when a critical finding passes 10 days.", "Martín Lombardi", "#d 2026-05-29", "Rachel Okafor", "#d 2026-03-11"],
                    &["ISS-0220", "Supplier security reviews after signature", "Security reviews of two SaaS suppliers onboarded in January 2026 were completed only after their contracts had been signed.", "FY26 ISMS Internal Audit", "Observation", "3 - Low", "Open", "A.5.19 / SOC2 CC9.2", "", "", "Procurement Lead", "", "Rachel Okafor", "#d 2026-03-11"],
                    &["ISS-0221", "Log source coverage dashboard", "A dashboard of log source coverage in the SIEM would help show that every in-scope system sends its logs.", "FY26 ISMS Internal Audit", "OFI", "3 - Low", "Closed", "A.8.15 / NIST AU-6", "", "", "Badr Karim", "", "Rachel Okafor", "#d 2026-03-12"],
                ],
            )]),
            expected: vec![
                finding("ISS-0217", "minor", "A.5.18", "Access of three leavers to the Okta")
                    .owner("lena.fischer@acme.test")
                    .plan(true)
                    .others(&["CC6.2", "AC-2"]),
                finding("ISS-0218", "major", "A.5.15, A.8.2", "No review of administrator rights")
                    .owner("ops@acme.test")
                    .plan(true)
                    .others(&["CC6.1", "CC6.3", "AC-2", "AC-6"]),
                finding("ISS-0219", "minor", "A.8.8", "Twelve critical vulnerabilities")
                    .owner("martin@acme.test")
                    .plan(true)
                    .others(&["CC7.1", "RA-5", "SI-2"]),
                finding("ISS-0220", "observation", "A.5.19", "Security reviews of two SaaS suppliers")
                    .pending(&["Procurement Lead"])
                    .plan(false)
                    .others(&["CC9.2"]),
                finding("ISS-0221", "ofi", "A.8.15", "A dashboard of log source coverage")
                    .owner("badr@acme.test")
                    .plan(false)
                    .others(&["AU-6"]),
            ],
        },
        // Owners are Confluence user mentions: "@Lena Fischer" is Lena Fischer, and the mention
        // of a Confluence user who is no Closeout user is pending under his name without the @.
        // The "#" column is Confluence's numbered-rows column; the Jira keys are no references.
        // AS1-03's statement names two controls (A.7.4, A.8.23) whose exclusion the SoA fails to
        // justify; its requirement is clause 6.1.3 alone, as the Exigence cell says.
        Layout {
            id: "holdout22-fr-confluence-table-pasted-mentions-lozenges",
            origin: "holdout 22, written for this holdout: a French team's Confluence page tracking the findings of its first surveillance audit, copied from the page and pasted into Excel, only in French. Above the table what came with the selection: the page title (\"Suivi des écarts – Audit de surveillance n°1 ISO/IEC 27001 (mars 2026)\"), the page byline (\"Créé par Lena Fischer, dernière modification le 24 mars 2026\", naming a user who owns nothing) and the text of an info panel; nothing merged, as pasting makes no merges. The table keeps Confluence's numbered-rows column (header empty, 1 to 5 as numbers) before Réf. (AS1-01 ...), then Type d'écart (Écart majeur, Écart mineur, Point d'attention for an observation, Opportunité d'amélioration), Exigence (\"§ 9.2.2\", \"A.8.8 – Gestion des vulnérabilités techniques\" with its French title, \"§ 6.1.3 d) – DdA\", a bare A.5.23 and A.6.3), Constat (the statement; one names controls A.7.4 and A.8.23 in passing), Cause racine and Action corrective (filled for the first two only), Pilote holding user mentions as they paste (\"@Badr Karim\", \"@Martín Lombardi\", \"@Lena Fischer\", and \"@Thomas Girard\", a Confluence user who is no Closeout user) and one role typed as text (Responsable des achats), Échéance as the text of Confluence date lozenges in French (\"30 avr. 2026\"), Statut as the capitalised text of status lozenges (EN COURS, À FAIRE, TERMINÉ; the finished OFI is still a finding) and Ticket Jira holding Jira keys (SECU-142 ...), which are not the findings' references",
            file_name: "Suivi des écarts - Audit de surveillance 1 (copie Confluence).xlsx",
            bytes: xlsx(vec![sheet(
                "Feuil1",
                0,
                0,
                &[
                    &["Suivi des écarts – Audit de surveillance n°1 ISO/IEC 27001 (mars 2026)"],
                    &["Créé par Lena Fischer, dernière modification le 24 mars 2026"],
                    &[""],
                    &["Cette page est tenue à jour par le RSSI après chaque comité sécurité. Les actions sont suivies dans le projet Jira SECU."],
                    &[""],
                    &["", "Réf.", "Type d'écart", "Exigence", "Constat", "Cause racine", "Action corrective", "Pilote", "Échéance", "Statut", "Ticket Jira"],
                    &["#n 1", "AS1-01", "Écart majeur", "§ 9.2.2", "Le programme d'audit interne 2025 n'a pas été réalisé : seul l'audit du service RH a eu lieu, les périmètres infogérance et développement n'ont pas été audités.", "Un seul auditeur interne, indisponible au second semestre 2025.", "Former deux auditeurs internes supplémentaires et replanifier les audits non réalisés avant fin juin 2026.", "@Badr Karim", "30 avr. 2026", "EN COURS", "SECU-142"],
                    &["#n 2", "AS1-02", "Écart mineur", "A.8.8 – Gestion des vulnérabilités techniques", "Les correctifs de sécurité critiques ne sont pas appliqués dans le délai de 15 jours fixé par la politique de gestion des correctifs : 9 serveurs sur 40 échantillonnés avaient plus de 45 jours de retard.", "Les serveurs de l'ancien ERP sont exclus de l'outil de déploiement des correctifs.", "Intégrer les serveurs de l'ERP dans l'outil de déploiement et suivre les retards en comité sécurité.", "@Martín Lombardi", "29 mai 2026", "À FAIRE", "SECU-143"],
                    &["#n 3", "AS1-03", "Écart mineur", "§ 6.1.3 d) – DdA", "La déclaration d'applicabilité ne justifie pas l'exclusion des mesures A.7.4 et A.8.23.", "", "", "@Lena Fischer", "29 mai 2026", "À FAIRE", "SECU-144"],
                    &["#n 4", "AS1-04", "Point d'attention", "A.5.23", "Les exigences de sécurité applicables aux services cloud ne sont pas reprises dans le contrat du nouvel hébergeur de messagerie.", "", "", "Responsable des achats", "30 juin 2026", "EN COURS", "SECU-145"],
                    &["#n 5", "AS1-05", "Opportunité d'amélioration", "A.6.3", "Les campagnes de sensibilisation pourraient inclure des exercices d'hameçonnage simulé.", "", "", "@Thomas Girard", "", "TERMINÉ", "SECU-146"],
                ],
            )]),
            expected: vec![
                finding("AS1-01", "major", "9.2.2", "Le programme d'audit interne 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("AS1-02", "minor", "A.8.8", "Les correctifs de sécurité critiques")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("AS1-03", "minor", "6.1.3", "La déclaration d'applicabilité ne justifie")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("AS1-04", "observation", "A.5.23", "Les exigences de sécurité applicables")
                    .pending(&["Responsable des achats"])
                    .plan(false),
                finding("AS1-05", "ofi", "A.6.3", "Les campagnes de sensibilisation")
                    .pending(&["Thomas Girard"])
                    .plan(false),
            ],
        },
        // The standard of each finding is only in its Requisito cell ("27001:2022 cl. 8.1",
        // "9001:2015 cl. 7.1.5", "27701:2019 cl. 7.2.8"). Only ISO/IEC 27001 references are
        // requirements: the ISO 9001 and ISO/IEC 27701 findings have none, and IA26-03, which
        // cites "9001:2015 cl. 7.2 / 27001:2022 cl. 7.3", has 7.3 only (7.2 is ISO 9001's).
        Layout {
            id: "holdout22-es-consultant-ims-standard-in-requirement-cell",
            origin: "holdout 22, written for this holdout: a Spanish consultancy's internal audit of a client's integrated management system (ISO 9001, ISO/IEC 27001 and ISO/IEC 27701 audited together), only in Spanish, under a merged title naming the three standards and a merged line naming the consultancy, the client (S.L.), the dates and the auditor. No Norma column: the standard of each finding is written only inside the Requisito cell, in the consultant's short form \"27001:2022 cl. 8.1\", \"27001:2022 cl. 6.1.2 c)\", \"27001:2022 A.5.19 y A.5.20\" (two controls joined by y), \"9001:2015 cl. 7.1.5\" (measuring resources, a QMS finding), \"27701:2019 cl. 7.2.8\" (records of PII processing, a PIMS finding) and one shared finding \"9001:2015 cl. 7.2 / 27001:2022 cl. 7.3\" where ISO 9001's competence clause comes first and ISO 27001's awareness clause second. Headers Código (IA26-01 ...), Área / proceso, Requisito, Tipo de hallazgo (NC mayor, NC menor, Observación, Oportunidad de mejora), Descripción del hallazgo, Evidencia, Responsable, Fecha compromiso (date cells). Owners: users' names, a user's email and two roles no user has (Responsable de Calidad, Delegado de Protección de Datos). Under the table, after a blank row, a merged note on how the QMS and PIMS findings are handled and a totals row (Total hallazgos with 6 as a number), neither a finding",
            file_name: "Registro_hallazgos_AI_SIG_2026_Meridiano.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &["REGISTRO DE HALLAZGOS – AUDITORÍA INTERNA DEL SISTEMA INTEGRADO DE GESTIÓN (ISO 9001:2015 · ISO/IEC 27001:2022 · ISO/IEC 27701:2019)"],
                    &["Consultora Meridiano S.L. para Acme Soluciones Logísticas S.L. – Auditoría del 3 al 5 de marzo de 2026 – Auditora jefe: Marta Ruiz Calvo"],
                    &[""],
                    &["Código", "Área / proceso", "Requisito", "Tipo de hallazgo", "Descripción del hallazgo", "Evidencia", "Responsable", "Fecha compromiso"],
                    &["IA26-01", "Desarrollo de software", "27001:2022 cl. 8.1", "NC menor", "Los cambios en el entorno de producción del portal de clientes no siguen el procedimiento de control operacional: 3 de 10 despliegues revisados no tienen aprobación registrada.", "Registro de despliegues de febrero de 2026 en GitLab.", "Martín Lombardi", "#d 2026-05-29"],
                    &["IA26-02", "Almacén y expediciones", "9001:2015 cl. 7.1.5", "NC menor", "La báscula de expediciones tiene la calibración vencida desde diciembre de 2025 y se sigue utilizando para facturar por peso.", "Etiqueta de calibración y certificado n.º 2024/1187.", "Responsable de Calidad", "#d 2026-04-30"],
                    &["IA26-03", "Recursos Humanos", "9001:2015 cl. 7.2 / 27001:2022 cl. 7.3", "NC menor", "Los registros de formación de las seis incorporaciones de 2025 no evidencian la formación en el puesto ni la sesión de concienciación en seguridad de la información.", "Expedientes de personal de las altas de julio a diciembre de 2025.", "Lena Fischer", "#d 2026-05-29"],
                    &["IA26-04", "Gestión de riesgos", "27001:2022 cl. 6.1.2 c)", "NC mayor", "No se han identificado los propietarios de los riesgos en la evaluación de riesgos de 2025: todas las filas del registro de riesgos tienen vacío el campo «Propietario».", "Registro de riesgos v3.2 de noviembre de 2025.", "Badr Karim", "#d 2026-04-15"],
                    &["IA26-05", "Atención al cliente", "27701:2019 cl. 7.2.8", "Observación", "El registro de actividades de tratamiento no incluye el nuevo chat de soporte implantado en enero de 2026.", "Registro de actividades de tratamiento, versión de enero de 2026.", "Delegado de Protección de Datos", ""],
                    &["IA26-06", "Compras", "27001:2022 A.5.19 y A.5.20", "Oportunidad de mejora", "Se podría incluir un cuestionario de seguridad de la información en la homologación de los proveedores de servicios TI.", "", "ops@acme.test", ""],
                    &[""],
                    &["Nota: los hallazgos de ISO 9001 e ISO/IEC 27701 se tratan en el mismo plan de acciones; solo los de ISO/IEC 27001 se trasladan a la herramienta del SGSI."],
                    &["Total hallazgos", "#n 6"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)
            .merged(11, 0, 11, 7)]),
            expected: vec![
                finding("IA26-01", "minor", "8.1", "Los cambios en el entorno de producción")
                    .owner("martin@acme.test"),
                finding("IA26-02", "minor", "", "La báscula de expediciones tiene")
                    .pending(&["Responsable de Calidad"]),
                finding("IA26-03", "minor", "7.3", "Los registros de formación de las seis")
                    .owner("lena.fischer@acme.test"),
                finding("IA26-04", "major", "6.1.2", "No se han identificado los propietarios")
                    .owner("badr@acme.test"),
                finding("IA26-05", "observation", "", "El registro de actividades de tratamiento")
                    .pending(&["Delegado de Protección de Datos"]),
                finding("IA26-06", "ofi", "A.5.19, A.5.20", "Se podría incluir un cuestionario")
                    .owner("ops@acme.test"),
            ],
        },
        // The Bezug Vorbefund column names last year's findings (ÜA1-...) and their grades; the
        // findings are those of this audit (ÜA2-...), graded by the Bewertung column: ÜA2-01 is
        // a Hauptabweichung although its cell beside it says Nebenabweichung (last year's grade).
        // ÜA2-04, closed during the audit, is still a finding. The follow-up line under the table
        // restates last year's findings and is no finding.
        Layout {
            id: "holdout22-de-surveillance-previous-finding-column",
            origin: "holdout 22, written for this holdout: a German certification body's second surveillance audit report, annex of findings (Anlage 2: Feststellungen), only in German, under a merged title and a merged line of audit details (Kunde GmbH, Zertifikat-Nr., Auditdatum 16.–17.03.2026, Auditteam). Headers Lfd. Nr. (1 to 6 as numbers), Befund-Nr. (ÜA2-01 ..., with the umlaut), Bezug Vorbefund (the follow-up of a previous finding: \"ÜA1-03 (Nebenabweichung 2025) – Korrektur nicht wirksam\" on the repeated finding now raised as a major, \"ÜA1-02 (Hinweis 2025) – nicht umgesetzt\" on an observation that became a minor, a dash elsewhere), Normforderung (\"A.8.8\", \"Kap. 9.3.2\", \"Kap. 6.2\", bare A.-controls), Bewertung (Hauptabweichung, Nebenabweichung, Hinweis, Verbesserungspotenzial), Feststellung, Objektiver Nachweis, Verantwortlich (Kunde) (a German role no user has, a user's name, a user's email, a German name no user has), Status (Offen, and \"Geschlossen – Korrektur während des Audits verifiziert\" on one finding, still a finding) and Frist Maßnahmenplan (dd.mm.yyyy text). Under the table, after a blank row, a merged follow-up line on the three findings of the first surveillance audit (ÜA1-01 closed, ÜA1-02 and ÜA1-03 raised again) and a merged key line of the grades; neither is a finding",
            file_name: "ÜA2_2026_Acme_Logistik_Anlage2_Feststellungen.xlsx",
            bytes: xlsx(vec![sheet(
                "Anlage 2",
                0,
                0,
                &[
                    &["Überwachungsaudit 2 (ÜA2) nach ISO/IEC 27001:2022 – Anlage 2: Feststellungen"],
                    &["Kunde: Acme Logistik GmbH, Nürnberg  |  Zertifikat-Nr. 2024-ISMS-0781  |  Auditdatum: 16.–17.03.2026  |  Auditteam: Dr. J. Hartmann (Auditleitung), S. Yilmaz"],
                    &[""],
                    &["Lfd. Nr.", "Befund-Nr.", "Bezug Vorbefund", "Normforderung", "Bewertung", "Feststellung", "Objektiver Nachweis", "Verantwortlich (Kunde)", "Status", "Frist Maßnahmenplan"],
                    &["#n 1", "ÜA2-01", "ÜA1-03 (Nebenabweichung 2025) – Korrektur nicht wirksam", "A.8.8", "Hauptabweichung", "Technische Schwachstellen werden weiterhin nicht fristgerecht behoben: 14 kritische Schwachstellen auf Servern im Internet sind älter als 30 Tage. Die Korrekturmaßnahme zu ÜA1-03 war nicht wirksam.", "Schwachstellenbericht vom 02.03.2026; Patchrichtlinie v2.1, Abschnitt 3.", "Leiter IT-Betrieb", "Offen", "16.04.2026"],
                    &["#n 2", "ÜA2-02", "—", "Kap. 9.3.2", "Nebenabweichung", "Die Managementbewertung 2025 enthält keine Aussagen zu Änderungen bei externen und internen Themen und zu Rückmeldungen interessierter Parteien.", "Protokoll der Managementbewertung vom 11.12.2025.", "Badr Karim", "Offen", "15.05.2026"],
                    &["#n 3", "ÜA2-03", "ÜA1-02 (Hinweis 2025) – nicht umgesetzt", "A.5.18", "Nebenabweichung", "Die halbjährliche Überprüfung der Zugriffsrechte im ERP-System wurde 2025 nicht durchgeführt; bereits im Vorjahr als Hinweis festgehalten.", "Berechtigungskonzept ERP v1.4; keine Prüfprotokolle für 2025.", "lena.fischer@acme.test", "Offen", "15.05.2026"],
                    &["#n 4", "ÜA2-04", "—", "A.7.10", "Nebenabweichung", "Im Lager Nürnberg lagen zwei unverschlüsselte USB-Datenträger mit Kundendaten ungesichert im Versandbüro.", "Begehung Lager am 17.03.2026.", "Stefan Brandt", "Geschlossen – Korrektur während des Audits verifiziert", ""],
                    &["#n 5", "ÜA2-05", "—", "A.5.7", "Hinweis", "Informationen über Bedrohungen werden gesammelt, aber nicht systematisch ausgewertet und an die Fachbereiche weitergegeben.", "CERT-Newsletter im Postfach der IT-Sicherheit.", "Martín Lombardi", "Offen", ""],
                    &["#n 6", "ÜA2-06", "—", "Kap. 6.2", "Verbesserungspotenzial", "Die Informationssicherheitsziele könnten mit messbaren Kennzahlen und Zielwerten hinterlegt werden.", "", "Badr Karim", "Offen", ""],
                    &[""],
                    &["Verfolgung der Feststellungen aus ÜA1 (2025): ÜA1-01 (Nebenabweichung, Kap. 7.5.3) geschlossen, Wirksamkeit bestätigt. ÜA1-02 (Hinweis, A.5.18) nicht umgesetzt, siehe ÜA2-03. ÜA1-03 (Nebenabweichung, A.8.8) Korrektur nicht wirksam, erneut erhoben als ÜA2-01."],
                    &["Bewertung: Hauptabweichung / Nebenabweichung – Korrekturmaßnahmenplan erforderlich; Hinweis und Verbesserungspotenzial – keine Stellungnahme erforderlich."],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(11, 0, 11, 9)
            .merged(12, 0, 12, 9)]),
            expected: vec![
                finding("ÜA2-01", "major", "A.8.8", "Technische Schwachstellen werden weiterhin")
                    .pending(&["Leiter IT-Betrieb"]),
                finding("ÜA2-02", "minor", "9.3.2", "Die Managementbewertung 2025 enthält")
                    .owner("badr@acme.test"),
                finding("ÜA2-03", "minor", "A.5.18", "Die halbjährliche Überprüfung der")
                    .owner("lena.fischer@acme.test"),
                finding("ÜA2-04", "minor", "A.7.10", "Im Lager Nürnberg lagen zwei")
                    .pending(&["Stefan Brandt"]),
                finding("ÜA2-05", "observation", "A.5.7", "Informationen über Bedrohungen werden")
                    .owner("martin@acme.test"),
                finding("ÜA2-06", "ofi", "6.2", "Die Informationssicherheitsziele könnten")
                    .owner("badr@acme.test"),
            ],
        },
        // The statements are long and quote the standard and the company's own procedures
        // ("PR-SGSI-04 § 3.2", "IO-IT-07 § 4.1", which are no ISO requirements). AI-2026-03 has
        // an empty Rif. norma: its requirement is the clause its statement says it is contrary
        // to, 9.2.2. Elsewhere the Rif. norma cell and the statement agree.
        Layout {
            id: "holdout22-it-csv-1252-multiline-quoted-clauses",
            origin: "holdout 22, written for this holdout: an Italian company's internal ISMS audit findings list (Elenco rilievi audit interno SGSI) saved by an Italian Excel as \"CSV (delimitato dal separatore di elenco)\", so `;`-separated in Windows-1252 with CRLF and no BOM, header in the first line, only in Italian: ID rilievo (AI-2026-01 ...), Data (dd/mm/yyyy), Processo, Rif. norma (\"6.1.2 c)\", \"A.8.13\", \"A.6.3\", \"A.5.20, A.5.21\", and empty on one row), Classificazione (Non conformità maggiore / minore, Osservazione, Opportunità di miglioramento), Descrizione del rilievo (a wide column of long statements on two or three lines, quoted, that quote the standard in Italian guillemets «...» and cite the company's procedures by section, \"in contrasto con il punto 6.1.2 c) della norma\", \"contrariamente a quanto previsto dal controllo A.8.13 dell'Allegato A\"; the row with no Rif. norma says only in its statement that it is contrary to \"punto 9.2.2 della ISO/IEC 27001:2022\"), Causa and Azione correttiva (filled for the first two), Responsabile (users' names, Martín with its accent in Windows-1252, a user's email, two roles no user has), Scadenza and Stato (Aperta, In corso)",
            file_name: "Elenco_rilievi_AI_SGSI_2026.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["ID rilievo", "Data", "Processo", "Rif. norma", "Classificazione", "Descrizione del rilievo", "Causa", "Azione correttiva", "Responsabile", "Scadenza", "Stato"],
                        &["AI-2026-01", "10/03/2026", "Gestione del rischio", "6.1.2 c)", "Non conformità maggiore", "Non è stata condotta la valutazione dei rischi per i tre servizi cloud attivati nel secondo semestre 2025.\nCiò è in contrasto con il punto 6.1.2 c) della norma («identificare i rischi associati alla perdita di riservatezza, integrità e disponibilità delle informazioni») e con la procedura PR-SGSI-04 § 3.2.\nEvidenza: registro dei rischi rev. 5 del 12/01/2026, nessuna voce per i servizi cloud.", "La procedura PR-SGSI-04 non prevede la rivalutazione dei rischi quando si attiva un nuovo servizio.", "Aggiornare la PR-SGSI-04 e ripetere la valutazione dei rischi per i servizi cloud entro aprile 2026.", "Badr Karim", "30/04/2026", "In corso"],
                        &["AI-2026-02", "10/03/2026", "Sistemi informativi", "A.8.13", "Non conformità minore", "I test di ripristino dei backup non sono eseguiti con la frequenza trimestrale stabilita dall'istruzione operativa IO-IT-07 § 4.1.\nL'ultimo test registrato risale al 18/09/2025, contrariamente a quanto previsto dal controllo A.8.13 dell'Allegato A («le copie di backup devono essere [...] verificate regolarmente»).", "Il test è assegnato a un solo tecnico, assente da ottobre a dicembre 2025.", "Nominare un sostituto e pianificare i test nel calendario del reparto IT.", "Martín Lombardi", "29/05/2026", "Aperta"],
                        &["AI-2026-03", "11/03/2026", "Audit interno", "", "Non conformità minore", "Il programma di audit interno 2025 non comprende i processi di sviluppo software e di gestione dei fornitori,\nin contrasto con quanto richiesto dal punto 9.2.2 della ISO/IEC 27001:2022 («il programma di audit deve tenere conto dell'importanza dei processi interessati e dei risultati degli audit precedenti»).", "", "", "Responsabile Qualità e Sicurezza", "29/05/2026", "Aperta"],
                        &["AI-2026-04", "11/03/2026", "Risorse umane", "A.6.3", "Osservazione", "Il 20% dei neoassunti del 2025 non ha completato il corso di sensibilizzazione entro i 30 giorni previsti dal piano di formazione.\nSi raccomanda di monitorare il completamento tramite la piattaforma e-learning.", "", "", "lena.fischer@acme.test", "", "Aperta"],
                        &["AI-2026-05", "12/03/2026", "Acquisti", "A.5.20, A.5.21", "Opportunità di miglioramento", "I contratti con i fornitori ICT potrebbero includere un allegato standard sui requisiti di sicurezza delle informazioni.\nRif. controlli «Indirizzare la sicurezza delle informazioni negli accordi con i fornitori» e «Gestire la sicurezza delle informazioni nella filiera ICT».", "", "", "Ufficio Acquisti", "", "Aperta"],
                    ],
                    ';',
                )
            )),
            expected: vec![
                finding("AI-2026-01", "major", "6.1.2", "Non è stata condotta la valutazione")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("AI-2026-02", "minor", "A.8.13", "I test di ripristino dei backup")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("AI-2026-03", "minor", "9.2.2", "Il programma di audit interno 2025")
                    .pending(&["Responsabile Qualità e Sicurezza"])
                    .plan(false),
                finding("AI-2026-04", "observation", "A.6.3", "Il 20% dei neoassunti")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("AI-2026-05", "ofi", "A.5.20, A.5.21", "I contratti con i fornitori ICT")
                    .pending(&["Ufficio Acquisti"])
                    .plan(false),
            ],
        },
        // One finding card per sheet. The owner is Odpowiedzialny in part II; the auditor and
        // the auditee's signature in part III (Badr Karim on every card) are not owners. The
        // requirement cell cites the Polish edition PN-EN ISO/IEC 27001:2023-08 (the 2022
        // edition adopted in Poland), whose year is no requirement.
        Layout {
            id: "holdout22-pl-finding-cards-plan-section",
            origin: "holdout 22, written for this holdout: a Polish company's internal ISMS audit finding cards (Karta ustalenia z audytu wewnętrznego SZBI, form F-SZBI-10.2-01), only in Polish, one card per sheet on five sheets (Ustalenie 1 to Ustalenie 5). Each card: a merged title and a merged form line, then two label/value pairs per row (Nr ustalenia: AW/2026/01 ... beside Data audytu:, Obszar audytowany: beside Audytor:), Wymaganie normy: citing the Polish national edition (\"PN-EN ISO/IEC 27001:2023-08, pkt 9.2.2\", \"PN-EN ISO/IEC 27001:2023-08, załącznik A, pkt 8.13\", \"... pkt A.5.15, A.5.18\", \"... pkt A.7.7\", \"... pkt A.5.7\"), Kategoria ustalenia: (Niezgodność duża, Niezgodność mała, Spostrzeżenie, Obszar do doskonalenia), Opis ustalenia: (the statement) and Dowody:; then a merged section row \"CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)\" with Przyczyna:, Korekcja:, Działania korygujące: (filled on the first two cards only), Odpowiedzialny: beside Termin:; then a merged \"CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI\" with empty verification fields and the signatures (Podpis audytora: the internal auditor, a name no user has; Podpis audytowanego: a user's name on every card, not the owner). Owners: users' names, a user's email, a Polish role and a Polish name no user has",
            file_name: "Karty_ustalen_AW_2026_SZBI.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Ustalenie 1",
                    0,
                    0,
                    &[
                        &["KARTA USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI"],
                        &["Formularz F-SZBI-10.2-01, wydanie 3"],
                        &[""],
                        &["Nr ustalenia:", "AW/2026/01", "Data audytu:", "17.03.2026"],
                        &["Obszar audytowany:", "Pełnomocnik ds. SZBI – audyty wewnętrzne", "Audytor:", "Katarzyna Nowak"],
                        &["Wymaganie normy:", "PN-EN ISO/IEC 27001:2023-08, pkt 9.2.2"],
                        &["Kategoria ustalenia:", "Niezgodność duża"],
                        &["Opis ustalenia:", "Program audytów wewnętrznych na 2025 r. nie został zrealizowany: przeprowadzono 1 z 5 zaplanowanych audytów, a audytów działu IT i działu kadr nie przesunięto na inny termin."],
                        &["Dowody:", "Program audytów wewnętrznych 2025, wersja 1.0; raport z audytu AW/2025/01 jako jedyny raport."],
                        &[""],
                        &["CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)"],
                        &["Przyczyna:", "Jedyny audytor wewnętrzny przebywał na urlopie długoterminowym od czerwca 2025 r."],
                        &["Korekcja:", "Przeprowadzenie zaległego audytu działu IT w kwietniu 2026 r."],
                        &["Działania korygujące:", "Przeszkolenie dwóch dodatkowych audytorów wewnętrznych i przegląd realizacji programu audytów co kwartał."],
                        &["Odpowiedzialny:", "Badr Karim", "Termin:", "30.06.2026"],
                        &[""],
                        &["CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI"],
                        &["Data weryfikacji:", "", "Weryfikujący:", ""],
                        &["Podpis audytora:", "Katarzyna Nowak", "Podpis audytowanego:", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 3)
                .merged(1, 0, 1, 3)
                .merged(10, 0, 10, 3)
                .merged(16, 0, 16, 3),
                sheet(
                    "Ustalenie 2",
                    0,
                    0,
                    &[
                        &["KARTA USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI"],
                        &["Formularz F-SZBI-10.2-01, wydanie 3"],
                        &[""],
                        &["Nr ustalenia:", "AW/2026/02", "Data audytu:", "17.03.2026"],
                        &["Obszar audytowany:", "Dział IT – infrastruktura", "Audytor:", "Katarzyna Nowak"],
                        &["Wymaganie normy:", "PN-EN ISO/IEC 27001:2023-08, załącznik A, pkt 8.13"],
                        &["Kategoria ustalenia:", "Niezgodność mała"],
                        &["Opis ustalenia:", "Nie wykonuje się testów odtwarzania kopii zapasowych serwera plików, wymaganych raz na kwartał przez procedurę P-IT-05; ostatni test odnotowano we wrześniu 2025 r."],
                        &["Dowody:", "Rejestr testów odtwarzania kopii zapasowych; procedura P-IT-05, pkt 4."],
                        &[""],
                        &["CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)"],
                        &["Przyczyna:", "Testy nie zostały ujęte w harmonogramie prac działu IT."],
                        &["Korekcja:", "Wykonanie testu odtwarzania serwera plików do 15.04.2026."],
                        &["Działania korygujące:", "Dodanie kwartalnych testów odtwarzania do harmonogramu i systemu zgłoszeń."],
                        &["Odpowiedzialny:", "Martín Lombardi", "Termin:", "29.05.2026"],
                        &[""],
                        &["CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI"],
                        &["Data weryfikacji:", "", "Weryfikujący:", ""],
                        &["Podpis audytora:", "Katarzyna Nowak", "Podpis audytowanego:", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 3)
                .merged(1, 0, 1, 3)
                .merged(10, 0, 10, 3)
                .merged(16, 0, 16, 3),
                sheet(
                    "Ustalenie 3",
                    0,
                    0,
                    &[
                        &["KARTA USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI"],
                        &["Formularz F-SZBI-10.2-01, wydanie 3"],
                        &[""],
                        &["Nr ustalenia:", "AW/2026/03", "Data audytu:", "18.03.2026"],
                        &["Obszar audytowany:", "Dział kadr", "Audytor:", "Katarzyna Nowak"],
                        &["Wymaganie normy:", "PN-EN ISO/IEC 27001:2023-08, pkt A.5.15, A.5.18"],
                        &["Kategoria ustalenia:", "Niezgodność mała"],
                        &["Opis ustalenia:", "Uprawnienia dwóch pracowników przeniesionych w styczniu 2026 r. do działu sprzedaży nie zostały odebrane w systemie kadrowo-płacowym."],
                        &["Dowody:", "Lista użytkowników systemu kadrowo-płacowego z 18.03.2026; decyzje o przeniesieniu."],
                        &[""],
                        &["CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)"],
                        &["Przyczyna:", ""],
                        &["Korekcja:", ""],
                        &["Działania korygujące:", ""],
                        &["Odpowiedzialny:", "Kierownik Działu Kadr", "Termin:", ""],
                        &[""],
                        &["CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI"],
                        &["Data weryfikacji:", "", "Weryfikujący:", ""],
                        &["Podpis audytora:", "Katarzyna Nowak", "Podpis audytowanego:", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 3)
                .merged(1, 0, 1, 3)
                .merged(10, 0, 10, 3)
                .merged(16, 0, 16, 3),
                sheet(
                    "Ustalenie 4",
                    0,
                    0,
                    &[
                        &["KARTA USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI"],
                        &["Formularz F-SZBI-10.2-01, wydanie 3"],
                        &[""],
                        &["Nr ustalenia:", "AW/2026/04", "Data audytu:", "18.03.2026"],
                        &["Obszar audytowany:", "Księgowość", "Audytor:", "Katarzyna Nowak"],
                        &["Wymaganie normy:", "PN-EN ISO/IEC 27001:2023-08, pkt A.7.7"],
                        &["Kategoria ustalenia:", "Spostrzeżenie"],
                        &["Opis ustalenia:", "W pokoju księgowości po godzinach pracy pozostawiono na biurkach wydruki list płac z danymi osobowymi pracowników."],
                        &["Dowody:", "Obchód biura 17.03.2026, godz. 18:30."],
                        &[""],
                        &["CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)"],
                        &["Przyczyna:", ""],
                        &["Korekcja:", ""],
                        &["Działania korygujące:", ""],
                        &["Odpowiedzialny:", "lena.fischer@acme.test", "Termin:", ""],
                        &[""],
                        &["CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI"],
                        &["Data weryfikacji:", "", "Weryfikujący:", ""],
                        &["Podpis audytora:", "Katarzyna Nowak", "Podpis audytowanego:", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 3)
                .merged(1, 0, 1, 3)
                .merged(10, 0, 10, 3)
                .merged(16, 0, 16, 3),
                sheet(
                    "Ustalenie 5",
                    0,
                    0,
                    &[
                        &["KARTA USTALENIA Z AUDYTU WEWNĘTRZNEGO SZBI"],
                        &["Formularz F-SZBI-10.2-01, wydanie 3"],
                        &[""],
                        &["Nr ustalenia:", "AW/2026/05", "Data audytu:", "19.03.2026"],
                        &["Obszar audytowany:", "Bezpieczeństwo IT", "Audytor:", "Katarzyna Nowak"],
                        &["Wymaganie normy:", "PN-EN ISO/IEC 27001:2023-08, pkt A.5.7"],
                        &["Kategoria ustalenia:", "Obszar do doskonalenia"],
                        &["Opis ustalenia:", "Informacje o zagrożeniach z komunikatów CERT Polska mogłyby być co miesiąc podsumowywane i przekazywane właścicielom systemów."],
                        &["Dowody:", ""],
                        &[""],
                        &["CZĘŚĆ II – DZIAŁANIA (wypełnia właściciel procesu)"],
                        &["Przyczyna:", ""],
                        &["Korekcja:", ""],
                        &["Działania korygujące:", ""],
                        &["Odpowiedzialny:", "Tomasz Wiśniewski", "Termin:", ""],
                        &[""],
                        &["CZĘŚĆ III – WERYFIKACJA SKUTECZNOŚCI"],
                        &["Data weryfikacji:", "", "Weryfikujący:", ""],
                        &["Podpis audytora:", "Katarzyna Nowak", "Podpis audytowanego:", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 3)
                .merged(1, 0, 1, 3)
                .merged(10, 0, 10, 3)
                .merged(16, 0, 16, 3),
            ]),
            expected: vec![
                finding("AW/2026/01", "major", "9.2.2", "Program audytów wewnętrznych na 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("AW/2026/02", "minor", "A.8.13", "Nie wykonuje się testów odtwarzania")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("AW/2026/03", "minor", "A.5.15, A.5.18", "Uprawnienia dwóch pracowników")
                    .pending(&["Kierownik Działu Kadr"])
                    .plan(false),
                finding("AW/2026/04", "observation", "A.7.7", "W pokoju księgowości po godzinach")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("AW/2026/05", "ofi", "A.5.7", "Informacje o zagrożeniach z komunikatów")
                    .pending(&["Tomasz Wiśniewski"])
                    .plan(false),
            ],
        },
    ]
}

/// Blind holdout 23 (spreadsheet structure quirks): a header over two rows, a tick matrix, grade
/// symbols with a legend, findings over several rows, the reference last under `#`, a table at C6
/// beside notes, label-prefixed values, a drop-down lists sheet first, Spanish (Argentina) and
/// full-width Japanese.
pub(super) fn twenty_third_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout23-ja-fullwidth-symbol-grades-legend",
            origin: "holdout 23, written for this holdout: a Japanese software company's internal ISMS audit findings list (ISMS内部監査 指摘事項一覧), only in Japanese apart from the finding ids and three owners, typed with the IME left in full-width mode, so most numbers and Latin letters are FULL-WIDTH characters (U+FF10–U+FF5A): the running number Ｎｏ. with １ to ５ as text, audit dates ２０２６／３／１６, deadlines ２０２６年４月３０日, and the requirements \"箇条８．２\" (箇条, clause), \"附属書Ａ　Ａ．８．８\" (Annex A, with an ideographic space U+3000), \"Ａ．５．１５、Ａ．５．１８\" (the Japanese comma 、), \"箇条７．２及び７．３\" (及び, and) and \"Ａ．８．１３\"; a reader sees 8.2, A.8.8, A.5.15 and A.5.18, 7.2 and 7.3, A.8.13. Under a merged title, a merged line (audit dates, lead auditor) and a merged legend line \"【判定の凡例】　●：重大な不適合　　▲：軽微な不適合　　○：観察事項　　◇：改善の機会\", the grade column 判定 holds ONLY the symbols ● (major), ▲ (minor), ○ (observation) and ◇ (OFI), so the grade can be read only through the legend. Headers: Ｎｏ．, 指摘番号 (IA-26-01 ... in half-width), 監査日, 被監査部門, 該当箇条・管理策, 判定, 指摘内容 (the statement), 客観的証拠, 原因 and 是正処置 (filled for the major and the first minor), 担当者, 回答期限, 状況 (対応中 / 未着手). Owners: a user's name typed in full-width letters with an ideographic space (Ｂａｄｒ　Ｋａｒｉｍ), a user's email, a Japanese role no user has (人事部長, head of HR), a Japanese name no user has (佐藤健一) and a user's name",
            file_name: "ISMS内部監査_指摘事項一覧_2026年3月.xlsx",
            bytes: xlsx(vec![sheet(
                "指摘事項一覧",
                0,
                0,
                &[
                    &["ISMS内部監査　指摘事項一覧（JIS Q 27001:2023 / ISO/IEC 27001:2022）"],
                    &["株式会社アクメ・ソリューションズ　監査期間：２０２６年３月１６日～１８日　監査責任者：山本直樹"],
                    &["【判定の凡例】　●：重大な不適合　　▲：軽微な不適合　　○：観察事項　　◇：改善の機会"],
                    &[""],
                    &["Ｎｏ．", "指摘番号", "監査日", "被監査部門", "該当箇条・管理策", "判定", "指摘内容", "客観的証拠", "原因", "是正処置", "担当者", "回答期限", "状況"],
                    &["１", "IA-26-01", "２０２６／３／１６", "情報システム部", "箇条８．２", "●", "クラウド基盤の移行（２０２５年１１月）後、情報セキュリティリスクアセスメントが再実施されていない。", "リスクアセスメント結果一覧（２０２５年４月版）。移行後の更新記録なし。", "変更管理規程に、重要な変更時のリスク再評価の要否判断が含まれていない。", "変更管理規程を改訂し、クラウド基盤を対象にリスクアセスメントを再実施する。", "Ｂａｄｒ　Ｋａｒｉｍ", "２０２６年４月３０日", "対応中"],
                    &["２", "IA-26-02", "２０２６／３／１６", "情報システム部", "附属書Ａ　Ａ．８．８", "▲", "脆弱性診断で検出された緊急度「高」の脆弱性が、規程で定める３０日以内に修正されていない。", "脆弱性診断報告書（２０２６年１月１４日）。５件が未修正。", "修正状況を追跡する担当者が決められていない。", "担当者を任命し、未修正の脆弱性を週次でレビューする。", "lena.fischer@acme.test", "２０２６年５月３１日", "対応中"],
                    &["３", "IA-26-03", "２０２６／３／１７", "人事部", "Ａ．５．１５、Ａ．５．１８", "▲", "退職者の業務システムのアカウント２件が、退職後４０日以上有効なまま残っていた。", "アカウント一覧（２０２６年３月１７日時点）と退職者名簿の照合。", "", "", "人事部長", "２０２６年５月３１日", "未着手"],
                    &["４", "IA-26-04", "２０２６／３／１７", "人事部", "箇条７．２及び７．３", "○", "情報セキュリティ教育の受講記録が、２０２５年度入社の社員３名について保管されていない。", "教育受講記録台帳（２０２５年度）。", "", "", "佐藤健一", "", "未着手"],
                    &["５", "IA-26-05", "２０２６／３／１８", "情報システム部", "Ａ．８．１３", "◇", "バックアップからの復旧テストを自動化し、結果を毎月記録することが望ましい。", "", "", "", "Martín Lombardi", "", "未着手"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)
            .merged(2, 0, 2, 12)]),
            expected: vec![
                // ● is 重大な不適合 in the legend; 箇条８．２ is clause 8.2 in full-width digits.
                // Ｂａｄｒ　Ｋａｒｉｍ is the user Badr Karim typed in full-width letters.
                finding("IA-26-01", "major", "8.2", "クラウド基盤の移行")
                    .owner("badr@acme.test")
                    .plan(true),
                // ▲ is 軽微な不適合; 附属書Ａ is Annex A.
                finding("IA-26-02", "minor", "A.8.8", "脆弱性診断で検出された")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("IA-26-03", "minor", "A.5.15, A.5.18", "退職者の業務システムのアカウント")
                    .pending(&["人事部長"])
                    .plan(false),
                // ○ is 観察事項 (observation) in the legend, not a tick.
                finding("IA-26-04", "observation", "7.2, 7.3", "情報セキュリティ教育の受講記録")
                    .pending(&["佐藤健一"])
                    .plan(false),
                // ◇ is 改善の機会 (opportunity for improvement).
                finding("IA-26-05", "ofi", "A.8.13", "バックアップからの復旧テスト")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout23-es-ar-tick-matrix-grouped-header",
            origin: "holdout 23, written for this holdout: an Argentine certification body's first surveillance audit report annex (Anexo B – Registro de hallazgos), only in Latin-American Spanish, under a merged title and a merged line of audit details (organisation in Buenos Aires, ISO/IEC 27001:2022, audit dates, lead auditor). The header is written over two rows: the upper row has N.º, Requisito, Descripción del hallazgo and Evidencia objetiva each merged down over both rows, a caption Clasificación merged across four columns and a caption Respuesta de la organización merged across four more; the lower row names them: NC mayor, NC menor, Obs., OM under Clasificación, and Análisis de causa, Acción correctiva, Responsable, Fecha compromiso under the response caption. There is NO grade column: the grade is a tick matrix, a check mark (✓ U+2713, once ✔ U+2714 pasted from another report) in the one of the four Clasificación columns that applies, the other three empty. Under the table, a footnote line spelling out the abbreviations (NC mayor = no conformidad mayor; NC menor = no conformidad menor; Obs. = observación; OM = oportunidad de mejora) and a line on the 30-day deadline; none of it is a finding. References S1-H01 to S1-H05 (seguimiento 1, hallazgo). Requirements \"Cláusula 9.3\", \"Anexo A – 5.23\" (an en dash), \"A.8.15 y A.8.16\" (y, and), \"Requisito 7.5.3\" and \"Cláusula 6.1.3 d)\". Root cause and corrective action filled by the organisation for the major and the first minor. Dates day first as text (30/04/2026). Owners: a user's name, a user's email, a Spanish role no user has (Jefe de Infraestructura), a Spanish name no user has and a user's name",
            file_name: "Anexo_B_Registro_de_hallazgos_Seguimiento1_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &["INFORME DE AUDITORÍA – ANEXO B: REGISTRO DE HALLAZGOS"],
                    &["Organización: Acme Software S.A. (C.A.B.A.)   |   Norma: ISO/IEC 27001:2022   |   Tipo de auditoría: 1.ª auditoría de seguimiento   |   Fechas: 17 y 18 de marzo de 2026   |   Auditora líder: Carolina Ruiz"],
                    &[""],
                    &["N.º", "Requisito", "Descripción del hallazgo", "Evidencia objetiva", "Clasificación", "", "", "", "Respuesta de la organización", "", "", ""],
                    &["", "", "", "", "NC mayor", "NC menor", "Obs.", "OM", "Análisis de causa", "Acción correctiva", "Responsable", "Fecha compromiso"],
                    &["S1-H01", "Cláusula 9.3", "La revisión por la dirección de 2025 no consideró los resultados de la auditoría interna ni el estado de las acciones correctivas.", "Acta de revisión por la dirección del 12/11/2025.", "✓", "", "", "", "La plantilla del acta no incluye todas las entradas que exige la norma.", "Actualizar la plantilla del acta y realizar una revisión por la dirección extraordinaria.", "Badr Karim", "30/04/2026"],
                    &["S1-H02", "Anexo A – 5.23", "No se evaluaron los riesgos de seguridad de la información del nuevo proveedor de servicios en la nube antes de su contratación.", "Contrato con el proveedor firmado el 03/02/2026; no hay evaluación de riesgos previa.", "", "✓", "", "", "El procedimiento de compras no prevé la participación del área de seguridad.", "Incorporar la evaluación de seguridad de proveedores al procedimiento de compras.", "martin@acme.test", "29/05/2026"],
                    &["S1-H03", "A.8.15 y A.8.16", "Los registros de eventos de los firewalls se conservan solo 7 días y nadie los revisa.", "Configuración del firewall perimetral al 17/03/2026.", "", "✔", "", "", "", "", "Jefe de Infraestructura", "29/05/2026"],
                    &["S1-H04", "Requisito 7.5.3", "En el área de soporte se encontraron procedimientos impresos que no corresponden a la versión vigente.", "Procedimiento de gestión de incidentes impreso, versión 1.2 (vigente: 2.0).", "", "", "✓", "", "", "", "Valeria Gómez", ""],
                    &["S1-H05", "Cláusula 6.1.3 d)", "Se podría vincular la declaración de aplicabilidad con el inventario de riesgos en la herramienta GRC para mantenerlas alineadas.", "", "", "", "", "✓", "", "", "Lena Fischer", ""],
                    &[""],
                    &["Referencias: NC mayor = no conformidad mayor; NC menor = no conformidad menor; Obs. = observación; OM = oportunidad de mejora."],
                    &["La organización debe presentar el plan de acciones correctivas de las no conformidades dentro de los 30 días corridos."],
                ],
            )
            .merged(0, 0, 0, 11)
            .merged(1, 0, 1, 11)
            .merged(3, 0, 4, 0)
            .merged(3, 1, 4, 1)
            .merged(3, 2, 4, 2)
            .merged(3, 3, 4, 3)
            .merged(3, 4, 3, 7)
            .merged(3, 8, 3, 11)]),
            expected: vec![
                // The tick is under NC mayor.
                finding("S1-H01", "major", "9.3", "La revisión por la dirección de 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("S1-H02", "minor", "A.5.23", "No se evaluaron los riesgos")
                    .owner("martin@acme.test")
                    .plan(true),
                // Ticked with ✔ rather than ✓, still under NC menor.
                finding("S1-H03", "minor", "A.8.15, A.8.16", "Los registros de eventos de los firewalls")
                    .pending(&["Jefe de Infraestructura"])
                    .plan(false),
                finding("S1-H04", "observation", "7.5.3", "En el área de soporte se encontraron")
                    .pending(&["Valeria Gómez"])
                    .plan(false),
                // 6.1.3 d) is list item d) of clause 6.1.3.
                finding("S1-H05", "ofi", "6.1.3", "Se podría vincular la declaración")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout23-ie-c6-notes-column-a-wrapped-header-rows",
            origin: "holdout 23, written for this holdout: an Irish company's internal ISMS audit findings register whose table starts at C6: a title in C2 and an audit line in C3 (audit id, areas, lead auditor, report date), column B empty as a narrow spacer, and column A used for the sheet's notes, a heading \"Notes\" in A5 and numbered notes in A6 to A10 then a line \"Sheet maintained by Lena Fischer (ISMS Manager)\" in A11, so the notes sit on the same rows as the header and the findings (the note beside the header's second row lists the grade words, and the maintainer line naming a user sits on the row of a finding owned by someone else). The header is typed over two rows without merging, each column name broken where the narrow column wraps it, upper row over lower row: \"Finding\" over \"ref.\", \"Date\" over \"raised\", \"Area /\" over \"process\", \"ISO 27001\" over \"clause\", \"Grade\" (upper row only), \"Finding\" over \"description\", \"Objective\" over \"evidence\", \"Root\" over \"cause\", \"Corrective\" over \"action\", \"Action\" over \"owner\", \"Due\" over \"date\", \"Status\" (upper row only); so \"Finding\" heads both the reference and the statement column, and \"action\" appears under two columns. Grades Major / Minor / Observation / OFI, bare clauses and A.-prefixed controls, raised and due dates as date cells. Root cause and corrective action filled for the first finding, only a corrective action for the second. Owners: a user's name, a user's name that is a role (Head of IT Operations), a role no user has (HR Business Partner), an Irish name no user has and a user's email",
            file_name: "IA-2026-Q1 Findings Register.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings Register",
                0,
                0,
                &[
                    &[""],
                    &["", "", "ISMS Internal Audit Programme 2026 – Findings Register"],
                    &["", "", "Audit IA-2026-Q1 (Finance, IT Operations, HR, Facilities)  |  Lead auditor: Ciarán Walsh  |  Report issued 20/02/2026"],
                    &[""],
                    &["Notes"],
                    &["1. Do not edit the Finding ref. column (C).", "", "Finding", "Date", "Area /", "ISO 27001", "Grade", "Finding", "Objective", "Root", "Corrective", "Action", "Due", "Status"],
                    &["2. Grades as defined in ISMS-PR-09: Major / Minor / Observation / OFI.", "", "ref.", "raised", "process", "clause", "", "description", "evidence", "cause", "action", "owner", "date", ""],
                    &["3. Action owners update Status by the 1st of each month.", "", "IA26-01", "#d 2026-02-10", "Finance", "A.5.15", "Minor", "One shared login is used by three finance clerks for the bank payment portal.", "Observed at the clerks' desks; the portal user list shows one account, finance1.", "The bank portal licence was bought for a single user.", "Buy named user licences and retire the shared account.", "Martín Lombardi", "#d 2026-04-30", "Open"],
                    &["4. Closure evidence goes to the ISMS SharePoint folder.", "", "IA26-02", "#d 2026-02-11", "IT Operations", "A.8.32", "Major", "Emergency changes to production are not reviewed after the event; none of the 9 emergency changes in Q4 2025 had a post-implementation review.", "Change log Q4 2025, emergency change category.", "", "Add emergency changes to the weekly CAB agenda for retrospective review.", "Head of IT Operations", "#d 2026-03-31", "In progress"],
                    &["5. Findings are verified and closed at the next internal audit.", "", "IA26-03", "#d 2026-02-12", "HR", "7.3", "Observation", "Two of ten staff interviewed could not say how to report a suspected phishing email.", "Interviews in the HR and payroll teams.", "", "", "HR Business Partner", "", "Open"],
                    &["Sheet maintained by Lena Fischer (ISMS Manager)", "", "IA26-04", "#d 2026-02-12", "Facilities", "A.7.2", "Minor", "Visitor badges are not collected at reception when visitors leave.", "Visitor log of 03/02/2026: four badges not returned.", "", "", "Aoife Byrne", "#d 2026-05-29", "Open"],
                    &["", "", "IA26-05", "#d 2026-02-13", "IT Operations", "A.8.13", "OFI", "Backup restore tests could be scheduled and recorded in the ITSM tool.", "", "", "", "lena.fischer@acme.test", "", "Open"],
                ],
            )]),
            expected: vec![
                finding("IA26-01", "minor", "A.5.15", "One shared login is used")
                    .owner("martin@acme.test")
                    .plan(true),
                // Only a corrective action, no root cause: still a draft plan.
                finding("IA26-02", "major", "A.8.32", "Emergency changes to production")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IA26-03", "observation", "7.3", "Two of ten staff interviewed")
                    .pending(&["HR Business Partner"])
                    .plan(false),
                // The note in column A of this row names Lena Fischer; the owner is Aoife Byrne.
                finding("IA26-04", "minor", "A.7.2", "Visitor badges are not collected")
                    .pending(&["Aoife Byrne"])
                    .plan(false),
                finding("IA26-05", "ofi", "A.8.13", "Backup restore tests could be")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout23-za-cb-finding-over-several-rows",
            origin: "holdout 23, written for this holdout: a South African certification body's stage 2 findings report (report R0142) on one sheet, under a merged title and a merged line of audit details (client in Cape Town, ISO/IEC 27001:2022, audit dates, lead auditor), where one finding runs over several rows as the auditor typed it, one line of evidence and one corrective action per row: the first row of a finding holds Finding No. (R0142-NC1 ... R0142-OBS1, R0142-OFI1), Category (Major / Minor / Observation / Opportunity for Improvement), Standard ref., Finding (the statement), the first line of Objective evidence, Root cause (client), the first numbered action of Corrective action(s) (client), Responsible and Target date (a date cell); the rows below it hold only a further evidence line and/or the next numbered action (\"2. Outsource ...\", \"3. Add ...\"), every other cell empty and nothing merged. The major runs over three rows (three evidence lines, three actions), the first minor over two (a second evidence line only), the second minor over two (a second evidence line, no root cause or action), the observation and the OFI over one row each. Requirements \"Cl. 9.2\", a bare A.8.8, \"A.5.19, A.5.20\", a bare clause 7.5.3 and A.8.16. Below the table, after a blank row, a line saying the findings were accepted at the closing meeting; not a finding. Owners on the first row only: a user's name, a user's email, a role no user has (Procurement Manager), a South African name no user has and a user's name",
            file_name: "R0142 Stage 2 Findings - Acme Software (Pty) Ltd.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Stage 2 Certification Audit – Findings Report R0142"],
                    &["Client: Acme Software (Pty) Ltd, Cape Town   |   Standard: ISO/IEC 27001:2022   |   Audit dates: 16–18 March 2026   |   Lead auditor: Pieter van der Merwe"],
                    &[""],
                    &["Finding No.", "Category", "Standard ref.", "Finding", "Objective evidence", "Root cause (client)", "Corrective action(s) (client)", "Responsible", "Target date"],
                    &["R0142-NC1", "Major", "Cl. 9.2", "No internal audit of the ISMS has been carried out since the certification audit in 2024.", "Internal audit programme 2025 lists two audits; neither took place.", "The only trained internal auditor left the company in March 2025 and was not replaced.", "1. Train two staff members as internal auditors.", "Badr Karim", "#d 2026-04-30"],
                    &["", "", "", "", "Management review minutes of 14/11/2025 record both audits as postponed.", "", "2. Outsource the first 2026 internal audit to an external consultant.", "", ""],
                    &["", "", "", "", "No audit reports or records of audit results could be produced.", "", "3. Add the internal audit programme status to the monthly ISMS meeting agenda.", "", ""],
                    &["R0142-NC2", "Minor", "A.8.8", "Critical vulnerabilities found in the January 2026 scan were still open after the 30 days set by the patch management policy.", "Vulnerability scan report of 14/01/2026: five critical findings open on 16/03/2026.", "No owner was assigned to follow up scan results.", "1. Assign a vulnerability owner and review open items weekly.", "ops@acme.test", "#d 2026-05-29"],
                    &["", "", "", "", "Patch management policy ISP-08, section 4.2: critical patches within 30 days.", "", "", "", ""],
                    &["R0142-NC3", "Minor", "A.5.19, A.5.20", "The contract with the payroll service provider contains no information security requirements.", "Contract PS-2024-07 signed 02/05/2024.", "", "", "Procurement Manager", "#d 2026-05-29"],
                    &["", "", "", "", "The supplier register rates the payroll provider as critical.", "", "", "", ""],
                    &["R0142-OBS1", "Observation", "7.5.3", "Two printed copies of superseded procedures were found in the warehouse office.", "Incident management procedure v1.2 (current version 2.0).", "", "", "Thabo Nkosi", ""],
                    &["R0142-OFI1", "Opportunity for Improvement", "A.8.16", "Monitoring alerts could be correlated in the existing SIEM to reduce duplicate alerts.", "", "", "", "Lena Fischer", ""],
                    &[""],
                    &["Findings presented and accepted by the client at the closing meeting on 18 March 2026."],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)]),
            expected: vec![
                // Three rows: the two rows below add evidence lines and actions 2 and 3.
                finding("R0142-NC1", "major", "9.2", "No internal audit of the ISMS")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("R0142-NC2", "minor", "A.8.8", "Critical vulnerabilities found")
                    .owner("ops@acme.test")
                    .plan(true),
                // The row below adds evidence only; no root cause or action.
                finding("R0142-NC3", "minor", "A.5.19, A.5.20", "The contract with the payroll")
                    .pending(&["Procurement Manager"])
                    .plan(false),
                finding("R0142-OBS1", "observation", "7.5.3", "Two printed copies of superseded")
                    .pending(&["Thabo Nkosi"])
                    .plan(false),
                finding("R0142-OFI1", "ofi", "A.8.16", "Monitoring alerts could be correlated")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout23-en-label-prefixed-cells-power-query-csv",
            origin: "holdout 23, written for this holdout: a company's first surveillance audit findings taken from the lead auditor's closing-meeting email, where each finding was one line of \"Label: value\" fields joined by \" | \"; the ISMS manager pasted the lines into Excel, split them with Power Query's Split Column by Delimiter on \"|\" (which named the columns Column1.1 to Column1.8 and did not trim, so every cell after the first starts with a space) and saved the table as CSV UTF-8 (comma-separated, with a BOM). So the header row says nothing (Column1.1 ... Column1.8) and every value carries its field name: \"Ref: SA1-NC-01\", \" Grade: Major\", \" Clause: 9.3\", \" Finding: ...\" (the statement, quoted when it holds a comma), \" Root cause: ...\", \" Action: ...\", \" Owner: ...\", \" Due: 30/04/2026\"; where the auditor had nothing to say the label stands alone (\" Root cause:\", \" Action:\", \" Due:\"). Grades Major, Minor, Observation and \"Opportunity for improvement\" written out; requirements a bare clause per finding or an A.-prefixed control, one \"6.1.3 and A.5.1\". Root cause and action filled for the two first nonconformities. Owners: a user's name, a user's email, a role no user has (Compliance Officer), a name no user has and a user's name",
            file_name: "SA1-2026-findings-from-email.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &["Column1.1", "Column1.2", "Column1.3", "Column1.4", "Column1.5", "Column1.6", "Column1.7", "Column1.8"],
                        &["Ref: SA1-NC-01", " Grade: Major", " Clause: 9.3", " Finding: No management review has been held since the certification audit in June 2025, so the ISMS performance was never reviewed by top management.", " Root cause: Management review is not in the annual governance calendar.", " Action: Hold a management review by the end of April and add it to the governance calendar.", " Owner: Badr Karim", " Due: 30/04/2026"],
                        &["Ref: SA1-NC-02", " Grade: Minor", " Clause: A.5.18", " Finding: Access rights were not removed for 2 of 12 leavers sampled, one account still active 45 days after the leaving date.", " Root cause: HR leaver notifications go to a shared mailbox nobody monitors.", " Action: Send leaver notifications to the IT service desk queue and check leavers monthly.", " Owner: ops@acme.test", " Due: 29/05/2026"],
                        &["Ref: SA1-NC-03", " Grade: Minor", " Clause: 6.1.3 and A.5.1", " Finding: The Statement of Applicability and the information security policy still refer to the 2013 Annex A controls.", " Root cause:", " Action:", " Owner: Compliance Officer", " Due: 29/05/2026"],
                        &["Ref: SA1-OBS-01", " Grade: Observation", " Clause: A.7.7", " Finding: Printed payroll reports were left on desks in the finance office at lunchtime.", " Root cause:", " Action:", " Owner: Priya Nair", " Due:"],
                        &["Ref: SA1-OFI-01", " Grade: Opportunity for improvement", " Clause: A.6.3", " Finding: Awareness training could include short phishing simulations each quarter.", " Root cause:", " Action:", " Owner: Martín Lombardi", " Due:"],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                // Every value carries its label: the reference is what follows "Ref:".
                finding("SA1-NC-01", "major", "9.3", "No management review has been held")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("SA1-NC-02", "minor", "A.5.18", "Access rights were not removed")
                    .owner("ops@acme.test")
                    .plan(true),
                // "Root cause:" and "Action:" hold only their labels: no plan.
                finding("SA1-NC-03", "minor", "6.1.3, A.5.1", "The Statement of Applicability")
                    .pending(&["Compliance Officer"])
                    .plan(false),
                finding("SA1-OBS-01", "observation", "A.7.7", "Printed payroll reports")
                    .pending(&["Priya Nair"])
                    .plan(false),
                finding("SA1-OFI-01", "ofi", "A.6.3", "Awareness training could include")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout23-en-lists-sheet-first-statement-first-hash-ref-last",
            origin: "holdout 23, written for this holdout: a company's rolling ISMS findings log (internal and certification audits together) built from a template whose drop-down values live on a sheet named \"lists\" in lower case that comes FIRST in the workbook (meant to be hidden, but left visible): its row 1 heads five lists, Grade (Major NC, Minor NC, Observation, Opportunity for improvement), Status (Open, In progress, Awaiting verification, Closed), Owner (Badr Karim, Lena Fischer, Head of IT Operations, Martín Lombardi, DPO, Facilities Manager), Area and Source, of different lengths; none of it is a finding. The second sheet \"Findings log\" has a one-line title, a blank row and the header, with its columns in an unusual order: the statement first (\"What we found\"), then Clause / control, Grade (the drop-down values), Area, Source, Agreed action, Owner, Target (date cells), Status, and the reference LAST in a column headed only \"#\" that holds ids F-26-07 to F-26-11 (the log continues from earlier audits). Requirements a bare clause 5.2 and A.-prefixed controls. An agreed action on the first two findings. Owners from the drop-down: users' names (one of them the role-named user Head of IT Operations) and two roles no user has (DPO, Facilities Manager), although both appear in the lists sheet",
            file_name: "ISMS Findings Log 2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "lists",
                    0,
                    0,
                    &[
                        &["Grade", "Status", "Owner", "Area", "Source"],
                        &["Major NC", "Open", "Badr Karim", "Finance", "Internal audit"],
                        &["Minor NC", "In progress", "Lena Fischer", "HR", "Surveillance audit"],
                        &["Observation", "Awaiting verification", "Head of IT Operations", "IT", "Certification audit"],
                        &["Opportunity for improvement", "Closed", "Martín Lombardi", "Facilities", "Customer audit"],
                        &["", "", "DPO", "Legal", ""],
                        &["", "", "Facilities Manager", "Sales", ""],
                    ],
                ),
                sheet(
                    "Findings log",
                    0,
                    0,
                    &[
                        &["ISMS findings log 2026 – internal and external audits"],
                        &[""],
                        &["What we found", "Clause / control", "Grade", "Area", "Source", "Agreed action", "Owner", "Target", "Status", "#"],
                        &["The information security policy was last reviewed in January 2024; the two-yearly review is overdue.", "5.2", "Minor NC", "Legal", "Internal audit", "Review and re-approve the policy at the April board meeting.", "Badr Karim", "#d 2026-04-30", "Open", "F-26-07"],
                        &["Firewall rule changes are made without a change request; 4 of 6 changes sampled in February 2026 had none.", "A.8.32", "Major NC", "IT", "Surveillance audit", "Route all firewall changes through the change process and review the rule base monthly.", "Head of IT Operations", "#d 2026-03-31", "In progress", "F-26-08"],
                        &["The data protection impact assessment for the new HR system was not completed before go-live.", "A.5.34", "Minor NC", "HR", "Surveillance audit", "", "DPO", "#d 2026-05-29", "Open", "F-26-09"],
                        &["Visitors are not always escorted in the corridor to the server room.", "A.7.2", "Observation", "Facilities", "Internal audit", "", "Facilities Manager", "", "Open", "F-26-10"],
                        &["Supplier security reviews could be scheduled in the contract management tool.", "A.5.22", "Opportunity for improvement", "Finance", "Surveillance audit", "", "Lena Fischer", "", "Open", "F-26-11"],
                    ],
                )
                .merged(0, 0, 0, 9),
            ]),
            expected: vec![
                // The reference is the last column, headed only #.
                finding("F-26-07", "minor", "5.2", "The information security policy was last")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("F-26-08", "major", "A.8.32", "Firewall rule changes are made")
                    .owner("ops@acme.test")
                    .plan(true),
                // DPO and Facilities Manager are in the lists sheet's Owner list, but no user.
                finding("F-26-09", "minor", "A.5.34", "The data protection impact assessment")
                    .pending(&["DPO"])
                    .plan(false),
                finding("F-26-10", "observation", "A.7.2", "Visitors are not always escorted")
                    .pending(&["Facilities Manager"])
                    .plan(false),
                finding("F-26-11", "ofi", "A.5.22", "Supplier security reviews could be")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn twenty_fourth_holdout_layouts() -> Vec<Layout> {
    vec![
        // Jira's default order is newest first, so the three Sub-task rows (the corrective
        // actions, children of ISMS-201 and ISMS-202 by their Parent issue id) come before the
        // findings: they are no findings (no severity, no control). The statement is the
        // Description, not the short Summary. Reporter and Watchers name users who are no
        // owners; ISMS-205 is unassigned, so it has no owner at all. Priority is no grade (the
        // major is Medium). The ISO Control options carry the control's title after the number.
        Layout {
            id: "holdout24-jira-cloud-subtasks-first",
            origin: "holdout 24, written for this holdout: a UK company's Jira Cloud project for its ISMS, exported with Export > Export Excel CSV (current fields): comma CSV, UTF-8 without a BOM, header in the first line, in the filter's default order ORDER BY created DESC, so the newest issues come first. Columns: Issue Type (Audit Finding, and Sub-task for the corrective action tasks raised under two findings), Issue key (ISMS-201 ...), Issue id (numeric), Parent (the parent's numeric Issue id on sub-tasks, empty on findings, as Atlassian's KB on CSV parent-child mapping describes; found via search) and Parent summary, Summary (a short title), Status, Priority (Highest ... Low, no grade, Medium on the major), Assignee (display names: users, a name no user has, one unassigned), Reporter (the ISMS manager, a user, on every row), Created and Due date in Jira's format (24/Mar/26 9:15 AM, 30/Apr/26), Components and Labels and Watchers each repeated as two columns (Jira's way with multi-value fields; watchers are users' names), Custom field (Finding Severity) (Major Non-Conformity, Minor Non-Conformity, Observation, Opportunity for Improvement, empty on sub-tasks), Custom field (ISO Control) repeated twice, holding select options that write the number and the title (\"A.5.18 Access rights\", \"9.3.2 Management review inputs\", \"7.3 Awareness\"), and Description last (the statement, with Jira wiki markup after it on two findings). The three sub-tasks, first in the file, are actions (\"Correction: disabled the six VPN accounts ...\"), not findings",
            file_name: "Jira Export CSV (current fields) 20260324.csv",
            bytes: delimited(
                &[
                    &["Issue Type", "Issue key", "Issue id", "Parent", "Parent summary", "Summary", "Status", "Priority", "Assignee", "Reporter", "Created", "Due date", "Components", "Components", "Labels", "Labels", "Watchers", "Watchers", "Custom field (Finding Severity)", "Custom field (ISO Control)", "Custom field (ISO Control)", "Description"],
                    &["Sub-task", "ISMS-208", "18741", "18735", "Management review inputs incomplete", "Add risk status to the management review agenda template", "To Do", "Medium", "Badr Karim", "Badr Karim", "24/Mar/26 9:15 AM", "30/Apr/26", "ISMS Governance", "", "ISO27001", "", "", "", "", "", "", "Update the management review agenda template so that the results of risk assessment and the status of the risk treatment plan are standing inputs."],
                    &["Sub-task", "ISMS-207", "18740", "18734", "Leavers retain VPN access", "Automate VPN deprovisioning from the HR leaver ticket", "In Progress", "High", "Martín Lombardi", "Badr Karim", "24/Mar/26 9:09 AM", "29/May/26", "Identity & Access", "", "ISO27001", "", "Lena Fischer", "", "", "", "", "Corrective action: remove VPN and SSO access automatically when HR closes the leaver ticket. Root cause: VPN removal is a manual step of the offboarding checklist and was skipped."],
                    &["Sub-task", "ISMS-206", "18739", "18734", "Leavers retain VPN access", "Disable VPN accounts of the six leavers", "Done", "Highest", "Head of IT Operations", "Badr Karim", "24/Mar/26 9:02 AM", "25/Mar/26", "Identity & Access", "", "ISO27001", "", "Lena Fischer", "", "", "", "", "Correction: disabled the six VPN accounts on 24 March 2026 and reviewed the VPN logs for connections after the leaving dates."],
                    &["Audit Finding", "ISMS-205", "18738", "", "", "Role-based awareness refreshers", "Backlog", "Low", "", "Badr Karim", "23/Mar/26 4:47 PM", "", "People", "", "ISO27001", "SA1-2026", "Badr Karim", "", "Opportunity for Improvement", "7.3 Awareness", "", "Security awareness refreshers could be tailored by role, for example invoice-fraud scenarios for the finance team and privileged-access scenarios for administrators.\n\n_Raised by the external auditor at the closing meeting._"],
                    &["Audit Finding", "ISMS-204", "18737", "", "", "Firewall log retention not defined", "To Do", "Medium", "Martín Lombardi", "Badr Karim", "23/Mar/26 4:41 PM", "30/Jun/26", "IT Operations", "", "ISO27001", "SA1-2026", "Badr Karim", "", "Observation", "A.8.15 Logging", "", "Firewall logs are kept for 30 days only and the logging standard does not define a retention period for network devices, so it could not be confirmed that enough history is kept to investigate incidents."],
                    &["Audit Finding", "ISMS-203", "18736", "", "", "Payroll provider onboarded without security review", "To Do", "High", "Priya Raman", "Badr Karim", "23/Mar/26 4:36 PM", "29/May/26", "Procurement", "HR", "ISO27001", "SA1-2026", "Badr Karim", "Lena Fischer", "Minor Non-Conformity", "A.5.19 Information security in supplier relationships", "A.5.20 Addressing information security within supplier agreements", "The new payroll provider was onboarded in January 2026 without the supplier security assessment required by the supplier management procedure, and its contract contains no information security schedule."],
                    &["Audit Finding", "ISMS-202", "18735", "", "", "Management review inputs incomplete", "In Progress", "Medium", "Badr Karim", "Badr Karim", "23/Mar/26 4:30 PM", "30/Apr/26", "ISMS Governance", "", "ISO27001", "SA1-2026", "", "", "Minor Non-Conformity", "9.3.2 Management review inputs", "", "The minutes of the December 2025 management review do not record the results of risk assessment or the status of the risk treatment plan as inputs."],
                    &["Audit Finding", "ISMS-201", "18734", "", "", "Leavers retain VPN access", "In Progress", "Medium", "Lena Fischer", "Badr Karim", "23/Mar/26 4:22 PM", "24/Apr/26", "Identity & Access", "IT Operations", "ISO27001", "SA1-2026", "Badr Karim", "Head of IT Operations", "Major Non-Conformity", "A.5.18 Access rights", "", "VPN accounts of 6 of the 20 leavers sampled since September 2025 were still active on the day of the audit, and one of them was used to connect 12 days after the employee left.\n\n*Auditor:* J. McAllister (certification body)"],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("ISMS-201", "major", "A.5.18", "VPN accounts of 6 of the 20 leavers")
                    .owner("lena.fischer@acme.test"),
                finding("ISMS-202", "minor", "9.3.2", "The minutes of the December 2025")
                    .owner("badr@acme.test"),
                finding("ISMS-203", "minor", "A.5.19, A.5.20", "The new payroll provider was onboarded")
                    .pending(&["Priya Raman"]),
                finding("ISMS-204", "observation", "A.8.15", "Firewall logs are kept for 30 days")
                    .owner("martin@acme.test"),
                finding("ISMS-205", "ofi", "7.3", "Security awareness refreshers could be")
                    .pending(&[]),
            ],
        },
        // The primary column (first) is a short title; the statement is Description. Health
        // (Red / Yellow / Green / Gray balls) and Progress (Harvey balls) are no grades. The
        // grade is Finding Type, an emoji before the word, and "💡 Improvement" is an OFI. The
        // multi-select ISO 27001 Ref cells hold one value per line: "6.1.2" over "8.2" (clause
        // 8.2, bare because this column writes controls with A.). Created By is a user's email
        // on every row, not the owner.
        Layout {
            id: "holdout24-smartsheet-xlsx-symbols-multiselect",
            origin: "holdout 24, written for this holdout: a US company's Smartsheet sheet \"ISMS Audit Findings Log\" exported with File > Export > Export to Microsoft Excel, so one sheet named after the Smartsheet sheet, header in the first row, no title. Columns in the sheet's order: Finding Title (the primary column, a short title of a few words), Finding # (an auto-number column, AF-0031 ..., continuing earlier audits), Audit (\"2026 Stage 2 - Certification (Denver)\"), Finding Type (a dropdown whose options start with an emoji: \"⛔ Major NC\", \"⚠️ Minor NC\", \"🔍 Observation\", \"💡 Improvement\"), ISO 27001 Ref (a multi-select dropdown exported with one value per line inside the cell: \"6.1.2\" over \"8.2\", \"A.5.15\" over \"A.8.2\"), Description (the statement), Assigned To (a contact column: users' names, a user's email, a name no user has), Health (Smartsheet's RYG symbol column exported as the words Red, Yellow, Green, Gray), Progress (Harvey balls exported as Empty, Quarter, Half, Three Quarter, Full), Due Date (date cells, empty on two rows), Created By (the ISMS manager's email, a user, on every row) and Modified (\"03/24/26 4:12 PM\" as text). The observation is Full and Green, still a finding",
            file_name: "ISMS Audit Findings Log.xlsx",
            bytes: xlsx(vec![sheet(
                "ISMS Audit Findings Log",
                0,
                0,
                &[
                    &["Finding Title", "Finding #", "Audit", "Finding Type", "ISO 27001 Ref", "Description", "Assigned To", "Health", "Progress", "Due Date", "Created By", "Modified"],
                    &["Cloud platform not risk assessed", "AF-0031", "2026 Stage 2 - Certification (Denver)", "⛔ Major NC", "6.1.2\n8.2", "No information security risk assessment was performed for the customer data platform migrated to Azure in November 2025, although the migration changed where customer data is processed.", "Badr Karim", "Red", "Quarter", "#d 2026-04-30", "badr@acme.test", "03/24/26 4:12 PM"],
                    &["Shared DBA account", "AF-0032", "2026 Stage 2 - Certification (Denver)", "⚠️ Minor NC", "A.5.15\nA.8.2", "The three database administrators share one privileged account on the production PostgreSQL cluster, and privileged access to it has not been reviewed since it was created.", "ops@acme.test", "Yellow", "Half", "#d 2026-05-29", "badr@acme.test", "03/24/26 4:15 PM"],
                    &["Laptop encryption gaps", "AF-0033", "2026 Stage 2 - Certification (Denver)", "⚠️ Minor NC", "A.8.1", "BitLocker was switched off on 2 of the 12 laptops sampled in the Denver office, and the endpoint compliance report did not flag them.", "Olivia Tran", "Yellow", "Empty", "#d 2026-05-29", "badr@acme.test", "03/24/26 4:19 PM"],
                    &["Lessons learned not captured", "AF-0034", "2026 Stage 2 - Certification (Denver)", "🔍 Observation", "A.5.27", "The incident log holds 14 security incidents for 2025 but lessons learned are recorded for only two of them.", "Lena Fischer", "Green", "Full", "", "badr@acme.test", "03/25/26 9:02 AM"],
                    &["Capacity alerting", "AF-0035", "2026 Stage 2 - Certification (Denver)", "💡 Improvement", "A.8.6", "Capacity dashboards for the customer portal could raise alerts at 80% utilization instead of being checked by hand each week.", "Martín Lombardi", "Gray", "Empty", "", "badr@acme.test", "03/24/26 4:26 PM"],
                ],
            )]),
            expected: vec![
                finding("AF-0031", "major", "6.1.2, 8.2", "No information security risk assessment")
                    .owner("badr@acme.test"),
                finding("AF-0032", "minor", "A.5.15, A.8.2", "The three database administrators share")
                    .owner("ops@acme.test"),
                finding("AF-0033", "minor", "A.8.1", "BitLocker was switched off on 2")
                    .pending(&["Olivia Tran"]),
                finding("AF-0034", "observation", "A.5.27", "The incident log holds 14")
                    .owner("lena.fischer@acme.test"),
                finding("AF-0035", "ofi", "A.8.6", "Capacity dashboards for the customer")
                    .owner("martin@acme.test"),
            ],
        },
        // The row under the header is the template's instructions, no finding. RAG (R / A / G)
        // is the action's status, not a grade; % complete holds fractions (0.5 = 50%) and T-019
        // is 100% and G, still a finding. The grade is Category. The Lists sheet behind the
        // tracker holds the dropdown values (grade words among them) and no findings; the
        // counts line under the table is no finding either.
        Layout {
            id: "holdout24-uk-tracker-rag-percent-lists-sheet",
            origin: "holdout 24, written for this holdout: a UK retailer's Excel \"Audit Findings Tracker\" kept by its information security manager for findings from every source, on a sheet Tracker under a merged title (ACME RETAIL LTD - ISMS AUDIT FINDINGS TRACKER) and a merged line naming the tracker's owner role, the date it was last updated and the RAG key (\"R = overdue / at risk, A = in progress with issues, G = on track or closed\"). Header in row 4: Ref (T-014 ... T-019, a running number across sources), Date raised (date cells), Source (Internal audit, External audit, Self-identified), Category (Major NC, Minor NC, Obs, OFI), Clause / Control (9.2.2, A.8.8, A.5.31, A.5.10, A.7.4, 7.4), Finding, Action owner (users' names, a user's email, a role and a name no user has), Due date (date cells), % complete (number cells 0 to 1), RAG (the letters R, A, G), Days open (numbers from a formula) and Comments / update. Directly under the header a row of grey instructions for each column (\"Auto (T-nnn)\", \"Select from list\", \"e.g. 9.2.2 or A.5.15\", \"0% - 100%\", \"R / A / G\", \"Formula - do not edit\"). After the table a blank row and a counts line (Open 5, Closed 1, Overdue 1, average % complete). A second sheet Lists holds the dropdown values of Source, Category and RAG in three columns; no findings",
            file_name: "Audit Findings Tracker v3.2.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Tracker",
                    0,
                    0,
                    &[
                        &["ACME RETAIL LTD - ISMS AUDIT FINDINGS TRACKER"],
                        &["Tracker owner: Information Security Manager  |  Last updated: 20/03/2026  |  RAG: R = overdue / at risk, A = in progress with issues, G = on track or closed"],
                        &[""],
                        &["Ref", "Date raised", "Source", "Category", "Clause / Control", "Finding", "Action owner", "Due date", "% complete", "RAG", "Days open", "Comments / update"],
                        &["Auto (T-nnn)", "dd/mm/yyyy", "Select from list", "Select from list", "e.g. 9.2.2 or A.5.15", "One finding per row: the requirement and what was found", "Name or email", "dd/mm/yyyy", "0% - 100%", "R / A / G", "Formula - do not edit", "Latest update first"],
                        &["T-014", "#d 2026-01-14", "Internal audit", "Minor NC", "9.2.2", "The 2026 internal audit programme has not been approved and does not cover the two stores opened in 2025.", "Badr Karim", "#d 2026-04-30", "#n 0.5", "A", "#n 65", "18/03: draft programme with the CFO for sign-off."],
                        &["T-015", "#d 2026-01-14", "Internal audit", "Major NC", "A.8.8", "Vulnerability scanning of the store network has not run since the scanner licence expired in October 2025, so there are no scan results for Q4 2025.", "ops@acme.test", "#d 2026-02-28", "#n 0.25", "R", "#n 65", "Overdue - licence renewal waiting for a purchase order."],
                        &["T-016", "#d 2026-02-03", "External audit", "Minor NC", "A.5.31", "The register of legal and contractual requirements does not include the UK GDPR, the Data Protection Act 2018 or the card acquirer's PCI DSS obligations.", "Martín Lombardi", "#d 2026-03-31", "#n 0.75", "A", "#n 45", "Legal reviewing the draft register."],
                        &["T-017", "#d 2026-02-03", "External audit", "Obs", "A.5.10", "Acceptable use acknowledgements are collected from employees but not from agency staff working in the distribution centre.", "Distribution Centre Manager", "", "#n 0", "G", "#n 45", ""],
                        &["T-018", "#d 2026-02-20", "Self-identified", "Minor NC", "A.7.4", "CCTV recordings at the Leeds store are overwritten after 7 days instead of the 31 days the physical security standard requires.", "Gareth Hughes", "#d 2026-04-17", "#n 0", "R", "#n 28", "Supplier visit booked for 02/04."],
                        &["T-019", "#d 2026-03-06", "Internal audit", "OFI", "7.4", "Security messages could be added to the weekly store huddle briefing to reach staff who have no company email.", "Lena Fischer", "#d 2026-03-20", "#n 1", "G", "#n 14", "Closed 19/03 - added to the huddle template."],
                        &[""],
                        &["Open: 5   Closed: 1   Overdue: 1   Average % complete: 42%"],
                    ],
                )
                .merged(0, 0, 0, 11)
                .merged(1, 0, 1, 11)
                .merged(12, 0, 12, 5),
                sheet(
                    "Lists",
                    0,
                    0,
                    &[
                        &["Source", "Category", "RAG"],
                        &["Internal audit", "Major NC", "R"],
                        &["External audit", "Minor NC", "A"],
                        &["Self-identified", "Obs", "G"],
                        &["Management review", "OFI", ""],
                    ],
                ),
            ]),
            expected: vec![
                finding("T-014", "minor", "9.2.2", "The 2026 internal audit programme")
                    .owner("badr@acme.test"),
                finding("T-015", "major", "A.8.8", "Vulnerability scanning of the store")
                    .owner("ops@acme.test"),
                finding("T-016", "minor", "A.5.31", "The register of legal and contractual")
                    .owner("martin@acme.test"),
                finding("T-017", "observation", "A.5.10", "Acceptable use acknowledgements are")
                    .pending(&["Distribution Centre Manager"]),
                finding("T-018", "minor", "A.7.4", "CCTV recordings at the Leeds store")
                    .pending(&["Gareth Hughes"]),
                finding("T-019", "ofi", "7.4", "Security messages could be added")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        // The grade is the ISO classification column (how the consultant expects a
        // certification body to grade the gap), not the 1-5 risk score, which disagrees with it
        // twice (the major scored 3, a minor scored 5). "Cl. 6.1.3(d)" is clause 6.1.3. The
        // reviewed-with line under the table names a user who owns nothing there.
        Layout {
            id: "holdout24-au-gap-to-certification-risk-score",
            origin: "holdout 24, written for this holdout: an Australian consultancy's Stage 2 readiness \"Gap to Certification Register\" for a Brisbane healthcare client, one sheet under a merged title and a merged line (client Pty Ltd, consultancy Pty Ltd, readiness assessment 9-11 March 2026, Stage 1 booked for July 2026, Version 1.1 DRAFT). Headers: Gap ID (GAP-03, GAP-07, GAP-11, GAP-12, GAP-19: numbered over all the controls assessed, so with gaps), Domain (Context, Planning, Organisational controls, Technological controls), ISO 27001 ref. (\"Cl. 4.3\", \"Cl. 6.1.3(d)\", A.5.23, A.5.34, \"A.8.13, A.8.14\"), Gap identified (the statement), Risk score (1-5) (number cells, the consultancy's risk rating, no grade, disagreeing with the classification: the major scored 3, a minor 5), ISO classification (if audited today) (Major NC, Minor NC, Observation, OFI), Recommendation, Client owner (a user's name, a user's email, a role, a doctor no user is, a user's role), Target (Australian planning words as text: \"End of April\", \"Q2 2026\", \"End of June\", \"Q1 FY27\", \"Before Stage 1\") and Effort (S/M/L). Under the table, after a blank row, a merged key line for the risk score and the classification, and a merged line \"Reviewed with client: Badr Karim (ISMS Manager), 11/03/2026\"; neither is a finding",
            file_name: "Acme Health - ISO 27001 Gap to Certification Register v1.1 DRAFT.xlsx",
            bytes: xlsx(vec![sheet(
                "Gap Register",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 - Gap to Certification Register"],
                    &["Client: Acme Health Pty Ltd (Brisbane QLD)  |  Prepared by: Southern Cross Assurance Pty Ltd  |  Readiness assessment: 9-11 March 2026  |  Stage 1 booked: July 2026  |  Version 1.1 DRAFT"],
                    &[""],
                    &["Gap ID", "Domain", "ISO 27001 ref.", "Gap identified", "Risk score (1-5)", "ISO classification (if audited today)", "Recommendation", "Client owner", "Target", "Effort (S/M/L)"],
                    &["GAP-03", "Context", "Cl. 4.3", "The ISMS scope statement does not say whether the telehealth platform hosted by a third party is in scope, and the scope diagram pre-dates the move to AWS Sydney.", "#n 3", "Major NC", "Rewrite the scope statement and diagram and name the interfaces with the telehealth vendor.", "Badr Karim", "End of April", "S"],
                    &["GAP-07", "Planning", "Cl. 6.1.3(d)", "The Statement of Applicability marks all 93 Annex A controls as applicable but gives no justification for their inclusion and no implementation status.", "#n 2", "Minor NC", "Add the justification and implementation status for each control.", "lena.fischer@acme.test", "Q2 2026", "M"],
                    &["GAP-11", "Organisational controls", "A.5.23", "There is no process for acquiring, using and exiting cloud services; the clinical imaging SaaS was contracted by the radiology team without IT involvement.", "#n 5", "Minor NC", "Define a cloud services procedure and assess the imaging SaaS against it.", "Practice Manager", "End of June", "L"],
                    &["GAP-12", "Organisational controls", "A.5.34", "Patient records exported for research are de-identified, but the procedure depends on one analyst and is not documented.", "#n 4", "Observation", "Document the de-identification steps and train a second analyst.", "Dr Anika Shah", "Q1 FY27", "M"],
                    &["GAP-19", "Technological controls", "A.8.13, A.8.14", "Backups of the practice management system are replicated to a second AWS region, but restore times have never been measured against the 4-hour RTO.", "#n 2", "OFI", "Time a full restore once a quarter and record it against the RTO.", "Head of IT Operations", "Before Stage 1", "S"],
                    &[""],
                    &["Key: Risk score 1 = very low to 5 = extreme (SCA risk matrix v4). ISO classification is our view of how a certification body would likely grade the gap if it were still open at Stage 2."],
                    &["Reviewed with client: Badr Karim (ISMS Manager), 11/03/2026"],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(10, 0, 10, 9)
            .merged(11, 0, 11, 9)]),
            expected: vec![
                finding("GAP-03", "major", "4.3", "The ISMS scope statement does not say")
                    .owner("badr@acme.test"),
                finding("GAP-07", "minor", "6.1.3", "The Statement of Applicability marks")
                    .owner("lena.fischer@acme.test"),
                finding("GAP-11", "minor", "A.5.23", "There is no process for acquiring")
                    .pending(&["Practice Manager"]),
                finding("GAP-12", "observation", "A.5.34", "Patient records exported for research")
                    .pending(&["Dr Anika Shah"]),
                finding("GAP-19", "ofi", "A.8.13, A.8.14", "Backups of the practice management")
                    .owner("ops@acme.test"),
            ],
        },
        // No grade column and no requirement column: each finding says in its own words what it
        // is raised as and against what. FU-01 is the follow-up of last year's minor
        // nonconformity against A.7.2, verified and closed: no finding, although its text holds
        // a grade and a control. PF-04 says "rather than a nonconformity": an observation.
        // "section 2.3 of the Recruitment and Screening Procedure" is the company's procedure,
        // no ISO requirement. PF-02 is raised against clause 7.2 and control A.6.3.
        Layout {
            id: "holdout24-nz-prose-grade-in-sentence-follow-up",
            origin: "holdout 24, written for this holdout: a New Zealand freight company's internal ISMS audit of its people and facilities processes, written up by a contract auditor in plain prose on one sheet, under a merged title (company Ltd, audit IA-2026-02) and a merged line of audit dates, auditor and auditees. Only five columns: Ref (FU-01, PF-01 ... PF-05), Area, Auditor's findings (a paragraph each, in the first person: what was found, then in a sentence of its own what it is raised as and against which requirement, worded differently every time: \"This is raised as a minor nonconformity against A.6.1.\", \"I am raising it as a major nonconformity against clause 7.2 and control A.6.3.\", \"This is raised as a minor nonconformity against A.5.9.\", \"so I have recorded this as an observation against A.7.7 rather than a nonconformity\", \"As an opportunity for improvement, ... (clause 7.4, communication).\"), Responsible (a role with an ampersand, users' names, a user's email, a depot role) and Agreed completion (\"30 April 2026\", and a dash on the observation and the OFI). The first row, FU-01, is the follow-up of the previous audit's minor nonconformity against A.7.2, verified as effective and closed, with no one responsible: no finding. One statement cites a section of the company's own procedure (\"section 2.3 of the Recruitment and Screening Procedure (HR-PR-03)\"), which is no ISO requirement",
            file_name: "IA-2026-02 People and Facilities - Findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Acme Freight NZ Ltd - Internal ISMS Audit IA-2026-02: People & Facilities"],
                    &["Audit dates: 3-4 March 2026  |  Auditor: Grace Whitfield (contract auditor)  |  Auditees: People & Culture, Facilities, IT Service Desk"],
                    &[""],
                    &["Ref", "Area", "Auditor's findings", "Responsible", "Agreed completion"],
                    &["FU-01", "Follow-up", "Follow-up of last year's minor nonconformity against A.7.2 (visitor sign-in at the Christchurch depot): the electronic sign-in kiosk is in use and the visitor records for February 2026 were complete. Verified as effective and closed; no new finding.", "", ""],
                    &["PF-01", "Recruitment", "For 3 of the 10 new starters sampled (hired between October 2025 and February 2026), no reference check or criminal record check was on file before their start date, contrary to section 2.3 of the Recruitment and Screening Procedure (HR-PR-03). This is raised as a minor nonconformity against A.6.1.", "People & Culture Manager", "30 April 2026"],
                    &["PF-02", "Induction", "Security induction training has not been delivered to any of the 14 drivers hired since the induction module moved to the new learning platform in September 2025, and nobody monitors completion. Because this affects a whole staff group and went unnoticed for six months, I am raising it as a major nonconformity against clause 7.2 and control A.6.3.", "Lena Fischer", "31 March 2026"],
                    &["PF-03", "Asset management", "The asset inventory in the service desk tool does not include the 22 handheld scanners used at the Auckland depot, nor the two loan laptops kept by reception. This is raised as a minor nonconformity against A.5.9.", "badr@acme.test", "29 May 2026"],
                    &["PF-04", "Clear desk", "Printed consignment notes with customer names and addresses were left on desks in the unlocked dispatch office overnight on 3 March. Only business contact details were seen, so I have recorded this as an observation against A.7.7 rather than a nonconformity.", "Auckland Depot Supervisor", "-"],
                    &["PF-05", "Awareness", "The monthly security tips are only sent by email, which most warehouse staff do not read. As an opportunity for improvement, the depot noticeboards and toolbox talks could be used as well (clause 7.4, communication).", "Martín Lombardi", "-"],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(1, 0, 1, 4)]),
            expected: vec![
                finding("PF-01", "minor", "A.6.1", "For 3 of the 10 new starters sampled")
                    .pending(&["People & Culture Manager"]),
                finding("PF-02", "major", "7.2, A.6.3", "Security induction training has not")
                    .owner("lena.fischer@acme.test"),
                finding("PF-03", "minor", "A.5.9", "The asset inventory in the service desk")
                    .owner("badr@acme.test"),
                finding("PF-04", "observation", "A.7.7", "Printed consignment notes with customer")
                    .pending(&["Auckland Depot Supervisor"]),
                finding("PF-05", "ofi", "7.4", "The monthly security tips are only")
                    .owner("martin@acme.test"),
            ],
        },
        // 2025-IA-002 (Good practice) and 2025-IA-005 (Noteworthy) are positive items numbered
        // in the same run as the findings, with a control and a text each: no findings. Plans:
        // root cause and corrective action are filled for 001 and 003 only. Target dates are
        // words ("End of June", "Q2 2026", "TBC"), no dates.
        Layout {
            id: "holdout24-ca-findings-log-positive-items-1252",
            origin: "holdout 24, written for this holdout: a Canadian analytics company's internal audit findings log saved by Excel as \"CSV (Comma delimited)\", so Windows-1252 with CRLF and no BOM, header in the first line. Columns: Finding Ref (2025-IA-001 to 2025-IA-007, year, audit type and number), Audit (\"IA-2025-Q4 ISMS (Toronto)\"), Finding Type (Major NC, Minor NC, Obs, OFI, and on two rows Good practice and Noteworthy: positive items the auditor numbered in the same run, each with a control or clause and a paragraph, no owner and N/A dates; a reader does not record them as findings), ISO 27001:2022 Clause/Control (A.8.32, 8.3 bare in a column that writes controls with A., A.5.12, A.5.30, 9.1, and A.5.24 and 7.3 on the positive rows), Finding Detail (the statement), Root Cause and Corrective Action (filled on the minor and the major the auditee answered, empty elsewhere), Action Owner (users' names, a user's email, a role no user has, a user's role; N/A on the positive rows), Target Date (planning words, not dates: \"End of June\", \"Q2 2026\", \"Q3 2026\", \"End of Sept 2026\", \"TBC\"), Status (Open, In progress, N/A)",
            file_name: "2025 Internal Audit - Findings Log.csv",
            bytes: windows_1252(&delimited(
                &[
                    &["Finding Ref", "Audit", "Finding Type", "ISO 27001:2022 Clause/Control", "Finding Detail", "Root Cause", "Corrective Action", "Action Owner", "Target Date", "Status"],
                    &["2025-IA-001", "IA-2025-Q4 ISMS (Toronto)", "Minor NC", "A.8.32", "Two of the 25 production changes sampled from October 2025 were deployed before the change advisory board approved them.", "The emergency change route was used for routine changes and the pipeline does not check for approval.", "Add an approval gate to the deployment pipeline and report emergency changes to the CAB every month.", "Martín Lombardi", "End of June", "In progress"],
                    &["2025-IA-002", "IA-2025-Q4 ISMS (Toronto)", "Good practice", "A.5.24", "Incident response playbooks are tested every quarter in table-top exercises that include the outsourced SOC, and lessons learned are tracked to closure.", "", "", "N/A", "N/A", "N/A"],
                    &["2025-IA-003", "IA-2025-Q4 ISMS (Toronto)", "Major NC", "8.3", "The risk treatment plan has not been updated since March 2024, and 9 of the 31 risks above appetite have neither a treatment nor the risk owner's acceptance.", "The risk owner role was vacant from May to November 2025 and nobody covered it.", "Appoint risk owners, update and re-approve the risk treatment plan, and review it quarterly at the ISMS committee.", "Badr Karim", "Q2 2026", "Open"],
                    &["2025-IA-004", "IA-2025-Q4 ISMS (Toronto)", "Obs", "A.5.12", "Classification labels are applied to documents in SharePoint but not to the data warehouse extracts shared with clients.", "", "", "lena.fischer@acme.test", "Q3 2026", "Open"],
                    &["2025-IA-005", "IA-2025-Q4 ISMS (Toronto)", "Noteworthy", "7.3", "Phishing simulation click rates fell from 14% to 3% during 2025 after the targeted training for the finance and sales teams.", "", "", "N/A", "N/A", "N/A"],
                    &["2025-IA-006", "IA-2025-Q4 ISMS (Toronto)", "Minor NC", "A.5.30", "The ICT continuity plan for the analytics platform has not been tested since 2023, and that test used the decommissioned data centre.", "", "", "Cloud Operations Director", "End of Sept 2026", "Open"],
                    &["2025-IA-007", "IA-2025-Q4 ISMS (Toronto)", "OFI", "9.1", "ISMS metrics could show trends and targets, so that the ISMS committee can see whether controls are improving.", "", "", "Head of IT Operations", "TBC", "Open"],
                ],
                ',',
            )),
            expected: vec![
                finding("2025-IA-001", "minor", "A.8.32", "Two of the 25 production changes")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("2025-IA-003", "major", "8.3", "The risk treatment plan has not been")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("2025-IA-004", "observation", "A.5.12", "Classification labels are applied")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("2025-IA-006", "minor", "A.5.30", "The ICT continuity plan for the")
                    .pending(&["Cloud Operations Director"])
                    .plan(false),
                finding("2025-IA-007", "ofi", "9.1", "ISMS metrics could show trends")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn twenty_fifth_holdout_layouts() -> Vec<Layout> {
    vec![
        // One row per finding, but every field of the finding is stacked in ONE cell, one
        // "Label: value" line each, as the CB's audit software prints them; the response cell
        // stacks the client's answer the same way. The reference is the "Finding ref:" line,
        // not the running No.; the statement is the "Finding:" line, not the quoted
        // "Requirement:" text. R24118-03's response only promises a root cause and an action
        // later ("to follow"): no plan, but its Responsible line names the owner. R24118-04
        // has no response at all: no owner. "Standard: ISO/IEC 27001:2022" is no requirement.
        Layout {
            id: "holdout25-cb-tool-annex-stacked-fields-one-cell",
            origin: "holdout 25, written for this holdout: a UK certification body's report annex (Annex C - Findings and organisation's responses, report R-24118) exported to Excel from its audit management software for a first surveillance audit against ISO/IEC 27001:2022, as CB report annexes are sent: a merged title, a merged line of audit details (report number, client, standard, dates, lead auditor, the CB), then a header of only four columns: No. (running number, number cells), Finding, Organisation's response, CB review of response. The Finding cell holds all the finding's fields stacked with line breaks, one \"Label: value\" per line, in the tool's fixed order: \"Finding ref: R24118-01\", \"Type: Major nonconformity\" (Minor nonconformity, Observation, Opportunity for improvement), \"Standard: ISO/IEC 27001:2022\", \"Clause: 9.2.2\" (\"Clause: A.5.15, A.8.2\" for two controls; the tool labels controls Clause too), \"Requirement: ...\" (the standard's wording quoted), \"Finding: ...\" (the statement) and \"Objective evidence: ...\". The response cell stacks the client's answer the same way (Correction:, Root cause:, Corrective action:, Responsible:, Target date:) for the two nonconformities answered in full; the third nonconformity's response names who is responsible and a date but says the root cause analysis and corrective action plan are \"to follow\"; the observation has no response; the OFI's response is \"Noted; will be considered for the 2026 awareness plan.\" and a Responsible line. Responsible: a user's name, a user's email, a role no user has, a user's name. CB review: Response accepted, Awaiting root cause and corrective action plan, No response required. Under the table, after a blank row, the software's footer line (generated on, page 1 of 1); not a finding",
            file_name: "R-24118 Annex C - Findings and Responses.xlsx",
            bytes: xlsx(vec![sheet(
                "Annex C Findings",
                0,
                0,
                &[
                    &["ANNEX C – FINDINGS AND ORGANISATION'S RESPONSES"],
                    &["Report R-24118  |  Acme Cloud Services Ltd  |  ISO/IEC 27001:2022 Surveillance audit 1  |  17–18 March 2026  |  Lead auditor: Helen Marsh  |  Northgate Certification Services Ltd"],
                    &[""],
                    &["No.", "Finding", "Organisation's response", "CB review of response"],
                    &[
                        "#n 1",
                        "Finding ref: R24118-01\nType: Major nonconformity\nStandard: ISO/IEC 27001:2022\nClause: 9.2.2\nRequirement: The organization shall plan, establish, implement and maintain an audit programme(s), including the frequency, methods, responsibilities, planning requirements and reporting.\nFinding: No internal audit of the ISMS has been carried out since the certification audit in March 2025; none of the four audits in the 2025 audit programme took place.\nObjective evidence: Internal audit programme 2025 v1.0; no audit plans, reports or records were available.",
                        "Correction: Internal audit of clauses 4 to 10 booked with an external auditor for 14/04/2026.\nRoot cause: The only trained internal auditor left in April 2025 and nobody else was trained to take over the programme.\nCorrective action: Train two further internal auditors and have the ISMS committee check the audit programme's progress every quarter.\nResponsible: Badr Karim\nTarget date: 30/06/2026",
                        "Response accepted",
                    ],
                    &[
                        "#n 2",
                        "Finding ref: R24118-02\nType: Minor nonconformity\nStandard: ISO/IEC 27001:2022\nClause: A.5.15, A.8.2\nRequirement: The allocation and use of privileged access rights shall be restricted and managed.\nFinding: Six developers hold the Global Administrator role in the production Microsoft Entra ID tenant although their roles do not require it.\nObjective evidence: Entra ID role assignments exported on 17/03/2026; job descriptions of the platform team.",
                        "Correction: Global Administrator role removed from the six developers on 18/03/2026.\nRoot cause: Administrator roles were granted during the 2024 tenant migration and were never reviewed afterwards.\nCorrective action: Use just-in-time elevation for administrator roles and review privileged role assignments every quarter.\nResponsible: lena.fischer@acme.test\nTarget date: 29/05/2026",
                        "Response accepted",
                    ],
                    &[
                        "#n 3",
                        "Finding ref: R24118-03\nType: Minor nonconformity\nStandard: ISO/IEC 27001:2022\nClause: 8.2\nRequirement: The organization shall perform information security risk assessments at planned intervals or when significant changes are proposed or occur.\nFinding: The information security risk assessment was not repeated when customer support was outsourced to a provider in Manila in November 2025.\nObjective evidence: Risk register v4 dated 02/06/2025; outsourcing contract signed 14/11/2025.",
                        "Responsible: Chief Operating Officer\nTarget date: 31/05/2026\nRoot cause analysis and corrective action plan to follow by 17/04/2026.",
                        "Awaiting root cause and corrective action plan",
                    ],
                    &[
                        "#n 4",
                        "Finding ref: R24118-04\nType: Observation\nStandard: ISO/IEC 27001:2022\nClause: A.8.13\nRequirement: Backup copies of information, software and systems shall be maintained and regularly tested in accordance with the agreed topic-specific policy on backup.\nFinding: Restore tests are performed every quarter, but their duration is not compared with the recovery time objectives in the business continuity plan.\nObjective evidence: Restore test logs Q4 2025 and Q1 2026.",
                        "",
                        "No response required",
                    ],
                    &[
                        "#n 5",
                        "Finding ref: R24118-05\nType: Opportunity for improvement\nStandard: ISO/IEC 27001:2022\nClause: 7.3\nRequirement: Persons doing work under the organization's control shall be aware of the information security policy and their contribution to the effectiveness of the ISMS.\nFinding: Awareness sessions could draw on examples from the organisation's own incident log to make them more relevant to support staff.\nObjective evidence: Awareness training slides 2025.",
                        "Noted; will be considered for the 2026 awareness plan.\nResponsible: Martín Lombardi",
                        "No response required",
                    ],
                    &[""],
                    &["Generated by the Northgate audit management system on 20/03/2026 14:02. Page 1 of 1."],
                ],
            )
            .merged(0, 0, 0, 3)
            .merged(1, 0, 1, 3)]),
            expected: vec![
                finding("R24118-01", "major", "9.2.2", "No internal audit of the ISMS has been")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("R24118-02", "minor", "A.5.15, A.8.2", "Six developers hold the Global Administrator")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // Root cause and corrective action are only promised ("to follow"): no plan.
                finding("R24118-03", "minor", "8.2", "The information security risk assessment was not")
                    .pending(&["Chief Operating Officer"])
                    .plan(false),
                // No response: no owner.
                finding("R24118-04", "observation", "A.8.13", "Restore tests are performed every quarter")
                    .pending(&[])
                    .plan(false),
                finding("R24118-05", "ofi", "7.3", "Awareness sessions could draw on examples")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // A surveillance audit still run against ISO/IEC 27001:2013 (February 2025, before the
        // transition deadline), so the controls are the 2013 Annex A ids, each followed by its
        // 2013 title. A reader records the 2022 control each became: A.12.6.1 -> A.8.8, A.9.2.3
        // -> A.8.2 and A.9.2.6 -> A.5.18 (both in one cell, in that order), A.16.1.5 -> A.5.26,
        // A.12.4.1 -> A.8.15, A.11.2.7 -> A.7.14. Clause 9.3 is the same in both editions. No
        // owner column: the Auditor column names the CB's auditors, who own nothing. The cover
        // sheet is no finding.
        Layout {
            id: "holdout25-iso2013-surveillance-cover-sheet-auditor-column",
            origin: "holdout 25, written for this holdout: a certification body's second surveillance audit report for an engineering company still certified to ISO/IEC 27001:2013, audited in February 2025 before the 31 October 2025 transition deadline, sent as a workbook of two sheets. Sheet \"Audit summary\": a title and label/value pairs in two columns (Client, Certificate no., Standard ISO/IEC 27001:2013, Audit type Surveillance 2, Audit dates, Audit team, \"Findings raised: Major 1, Minor 3, Observation 1, OFI 1\", a Transition line about moving to ISO/IEC 27001:2022 with the recertification in September 2025, the recommendation); no findings. Sheet \"Findings\": header in the first row, Item (running number, number cells), Finding No. (SV2-01 ... SV2-06), Classification (Major NC, Minor NC, Observation, Opportunity for improvement), \"ISO/IEC 27001:2013 ref.\" holding the 2013 ids followed by their 2013 titles (\"A.12.6.1 Management of technical vulnerabilities\", \"A.9.2.3 Management of privileged access rights; A.9.2.6 Removal or adjustment of access rights\" in one cell, \"Clause 9.3 Management review\", \"A.16.1.5 Response to information security incidents\", \"A.12.4.1 Event logging\", \"A.11.2.7 Secure disposal or re-use of equipment\"), Finding (the statement), Objective evidence, Auditor (the two CB auditors' full names, no users). No owner, root cause or action columns: the CB's report leaves those to the client. A reader records the 2022 controls the 2013 ids map to",
            file_name: "SV2 2025 Acme Engineering - ISO 27001-2013 surveillance findings.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Audit summary",
                    0,
                    0,
                    &[
                        &["Surveillance audit report – summary"],
                        &[""],
                        &["Client", "Acme Engineering Ltd, Coventry"],
                        &["Certificate no.", "IS 640219"],
                        &["Standard", "ISO/IEC 27001:2013"],
                        &["Audit type", "Surveillance 2"],
                        &["Audit dates", "11–12 February 2025"],
                        &["Audit team", "Ruth Okafor (lead auditor), Stefan Lindqvist"],
                        &["Findings raised", "Major 1, Minor 3, Observation 1, OFI 1"],
                        &["Transition", "The certificate must be transitioned to ISO/IEC 27001:2022 by 31 October 2025. The transition audit will be combined with the recertification audit in September 2025."],
                        &["Recommendation", "Continued certification, subject to acceptance of a corrective action plan for the major nonconformity within 30 days."],
                    ],
                ),
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &["Item", "Finding No.", "Classification", "ISO/IEC 27001:2013 ref.", "Finding", "Objective evidence", "Auditor"],
                        &["#n 1", "SV2-01", "Minor NC", "A.12.6.1 Management of technical vulnerabilities", "Critical security updates for the engineering file servers were installed 60 to 90 days after release, against the 14 days required by the patch management procedure.", "WSUS compliance report of 10/02/2025 for FS01 to FS04.", "Ruth Okafor"],
                        &["#n 2", "SV2-02", "Major NC", "A.9.2.3 Management of privileged access rights; A.9.2.6 Removal or adjustment of access rights", "The Domain Admins group holds 11 accounts, three of them belonging to engineers who left in 2024, and privileged accounts have not been reviewed since the certification audit.", "Active Directory group export of 11/02/2025; HR leavers list 2024.", "Stefan Lindqvist"],
                        &["#n 3", "SV2-03", "Minor NC", "Clause 9.3 Management review", "The management review of November 2024 did not consider the results of the risk assessment or the status of the risk treatment plan.", "Management review minutes of 21/11/2024.", "Ruth Okafor"],
                        &["#n 4", "SV2-04", "Minor NC", "A.16.1.5 Response to information security incidents", "The ransomware infection of a CAD workstation on 9 December 2024 was handled without following the incident response procedure: no incident record, no containment log and no notification to the ISMS manager.", "Service desk ticket 48213; interview with the IT technician.", "Stefan Lindqvist"],
                        &["#n 5", "SV2-05", "Observation", "A.12.4.1 Event logging", "Firewall logs are kept for 14 days only, which may be too short to investigate incidents discovered later.", "Firewall log settings seen on 12/02/2025.", "Ruth Okafor"],
                        &["#n 6", "SV2-06", "Opportunity for improvement", "A.11.2.7 Secure disposal or re-use of equipment", "The disposal certificates from the IT recycling company could be matched against the asset register so that every disposed drive is accounted for.", "Disposal certificates 2024.", "Stefan Lindqvist"],
                    ],
                ),
            ]),
            expected: vec![
                // A.12.6.1 (2013) is A.8.8 (2022).
                finding("SV2-01", "minor", "A.8.8", "Critical security updates for the engineering")
                    .pending(&[]),
                // A.9.2.3 is A.8.2, A.9.2.6 is A.5.18, in the order of the cell.
                finding("SV2-02", "major", "A.8.2, A.5.18", "The Domain Admins group holds 11")
                    .pending(&[]),
                finding("SV2-03", "minor", "9.3", "The management review of November 2024")
                    .pending(&[]),
                // A.16.1.5 is A.5.26.
                finding("SV2-04", "minor", "A.5.26", "The ransomware infection of a CAD")
                    .pending(&[]),
                // A.12.4.1 is A.8.15.
                finding("SV2-05", "observation", "A.8.15", "Firewall logs are kept for 14 days")
                    .pending(&[]),
                // A.11.2.7 is A.7.14.
                finding("SV2-06", "ofi", "A.7.14", "The disposal certificates from the IT")
                    .pending(&[]),
            ],
        },
        // One table for a three-site certificate, a Site column, and the NC numbers restart per
        // site with the site's code (HQ-01, HQ-02, DC-01, DC-02, GL-01): unique references. The
        // grade column is headed "Grade (Major/Minor)" and holds only the form's abbreviations
        // Mi and Ma. "6.1.3 d)" is clause 6.1.3. The sign-off line under the table is no finding.
        Layout {
            id: "holdout25-multisite-one-table-site-numbering-ma-mi",
            origin: "holdout 25, written for this holdout: a certification body's nonconformity summary form (F-27-11 rev. 3) from a surveillance audit of a multi-site certificate (one certificate covering a head office with the central function in Leeds, a data centre in Slough and an office in Glasgow), all sites in ONE table: a merged title, a merged line of form number, client, certificate and the sites visited with their dates, then the header Site (\"Leeds (HQ)\", \"Slough DC\", \"Glasgow\"), NC No. (numbered per site with the site's code: HQ-01, HQ-02, DC-01, DC-02, GL-01), Process / area, Clause (\"6.1.3 d)\", \"A.5.9\", \"A.7.2, A.7.4\", \"A.8.13\", \"A.7.7\"), \"Grade (Major/Minor)\" holding only the form's abbreviations Mi and Ma, Nonconformity (the statement), Objective evidence, Action by (a user's name, a user's email, the user whose name is a role, a site role no user has, a name no user has). Only nonconformities: the form has no place for observations. Under the table, after a blank row, the lead auditor's sign-off line (name, signature blank, date); not a finding",
            file_name: "F-27-11 NC summary - Acme Data Services - multi-site SA1 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC summary",
                0,
                0,
                &[
                    &["MULTI-SITE SURVEILLANCE AUDIT – NONCONFORMITY SUMMARY"],
                    &["Form F-27-11 rev. 3  |  Client: Acme Data Services Ltd  |  Certificate IS 771203 (3 sites)  |  Sites visited: Leeds (HQ, central function) 9–10/03/2026, Slough data centre 11/03/2026, Glasgow office 12/03/2026"],
                    &[""],
                    &["Site", "NC No.", "Process / area", "Clause", "Grade (Major/Minor)", "Nonconformity", "Objective evidence", "Action by"],
                    &["Leeds (HQ)", "HQ-01", "ISMS management", "6.1.3 d)", "Mi", "The Statement of Applicability gives no justification for excluding A.8.30 (outsourced development) although the customer portal is developed by a contractor.", "SoA v3.2 dated 04/11/2025; contractor agreement with PortalWorks Ltd.", "Badr Karim"],
                    &["Leeds (HQ)", "HQ-02", "Asset management", "A.5.9", "Mi", "The asset inventory does not include the 40 laptops issued to the Glasgow office in January 2026.", "Asset register export of 09/03/2026; Glasgow laptop issue log.", "lena.fischer@acme.test"],
                    &["Slough DC", "DC-01", "Physical security", "A.7.2, A.7.4", "Ma", "The door to data hall 2 was propped open during the site visit, and the access control system logged 37 door-held-open alarms in February 2026 that nobody reviewed.", "Observed on 11/03/2026 at 10:40; door alarm report for February 2026.", "Head of IT Operations"],
                    &["Slough DC", "DC-02", "Backup", "A.8.13", "Mi", "Backup tapes sent off site to the vaulting provider are not encrypted, contrary to the backup policy.", "Tape manifest for week 9 of 2026; backup job settings.", "Slough Site Manager"],
                    &["Glasgow", "GL-01", "Clear desk", "A.7.7", "Mi", "Printed customer letters with account numbers were left on unattended desks overnight in the open-plan office.", "Observed on 12/03/2026 at 08:15.", "Fiona Campbell"],
                    &[""],
                    &["Lead auditor: Priya Sharma", "", "Signature:", "", "Date: 12/03/2026"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                finding("HQ-01", "minor", "6.1.3", "The Statement of Applicability gives no")
                    .owner("badr@acme.test"),
                finding("HQ-02", "minor", "A.5.9", "The asset inventory does not include")
                    .owner("lena.fischer@acme.test"),
                finding("DC-01", "major", "A.7.2, A.7.4", "The door to data hall 2 was propped")
                    .owner("ops@acme.test"),
                finding("DC-02", "minor", "A.8.13", "Backup tapes sent off site")
                    .pending(&["Slough Site Manager"]),
                finding("GL-01", "minor", "A.7.7", "Printed customer letters with account")
                    .pending(&["Fiona Campbell"]),
            ],
        },
        // Québec French: "occasion d'amélioration" is the OFI (not the "piste de progrès" of
        // France), "Article" a clause and "mesure" an Annex A control; "A.5.15 et A.5.18" is two
        // controls (et, and), "Annexe A, mesures 8.13 et 8.14" two controls. Cause fondamentale
        // and Action corrective proposée are filled for the first two.
        Layout {
            id: "holdout25-quebec-fr-surveillance-semicolon-1252",
            origin: "holdout 25, written for this holdout: a Québec certification body's first surveillance audit findings annex (Annexe B - Constats de l'audit de surveillance no 1) for a Montréal software company, only in Québec French, saved by a French-Canadian Excel as CSV (séparateur : point-virgule), so `;`-separated Windows-1252 with CRLF and no BOM; a title line and a line naming the CB, the lead auditor and the audit dates, each padded with semicolons to the table's width, and an empty line before the header. Headers: N° du constat (S1-2026-01 ...), Type de constat (Non-conformité majeure, Non-conformité mineure, Observation, Occasion d'amélioration, the OQLF term Québec uses for an OFI), Article ou mesure (\"Article 9.3\", \"Annexe A, mesure 8.8\", \"A.5.15 et A.5.18\", \"Art. 7.2\", \"Annexe A, mesures 8.13 et 8.14\": article for a clause and mesure for a control as the French edition of ISO/IEC 27001:2022 says, et for and), Description du constat (the statement), Preuves objectives (one holding a semicolon, so quoted), Cause fondamentale and Action corrective proposée (filled for the major and the first minor), Responsable (a user's name, a user's email, a Québec role no user has, a Québec name no user has, a user's name), Échéance (ISO dates 2026-04-30 as Québec writes them, empty for the observation and the OFI). Under the table, after an empty line, a padded note line on the 30-day deadline for corrective action plans; not a finding",
            file_name: "Annexe B - Constats audit de surveillance 1 - Acme Logiciels.csv",
            bytes: windows_1252(&delimited(
                &[
                    &["Annexe B - Constats de l'audit de surveillance no 1 - ISO/CEI 27001:2022 - Acme Logiciels inc. (Montréal)", "", "", "", "", "", "", "", ""],
                    &["Organisme de certification : Certification Boréal inc. - Auditrice principale : Isabelle Gagnon - Dates de l'audit : 2026-03-10 au 2026-03-11", "", "", "", "", "", "", "", ""],
                    &["", "", "", "", "", "", "", "", ""],
                    &["N° du constat", "Type de constat", "Article ou mesure", "Description du constat", "Preuves objectives", "Cause fondamentale", "Action corrective proposée", "Responsable", "Échéance"],
                    &["S1-2026-01", "Non-conformité majeure", "Article 9.3", "Aucune revue de direction du SMSI n'a été tenue depuis l'audit de certification de mars 2025.", "Aucun procès-verbal de revue de direction; calendrier de gouvernance 2025.", "La revue de direction n'est inscrite à aucun calendrier et personne n'a été désigné pour la convoquer.", "Tenir une revue de direction complète d'ici le 30 avril 2026 et l'inscrire au calendrier annuel du comité de direction.", "Badr Karim", "2026-04-30"],
                    &["S1-2026-02", "Non-conformité mineure", "Annexe A, mesure 8.8", "Les correctifs de sécurité critiques des serveurs Web exposés à Internet ont été appliqués en moyenne 54 jours après leur publication, alors que la procédure exige 14 jours.", "Rapport de conformité des correctifs du 2026-03-06.", "Aucune fenêtre de maintenance n'est réservée pour les serveurs de production.", "Réserver une fenêtre de maintenance hebdomadaire et suivre chaque mois le délai d'application des correctifs.", "lena.fischer@acme.test", "2026-05-29"],
                    &["S1-2026-03", "Non-conformité mineure", "A.5.15 et A.5.18", "Les droits d'accès au progiciel de gestion intégré (PGI) n'ont pas été revus depuis 2024 et quatre comptes d'employés partis sont encore actifs.", "Extraction des comptes du PGI du 2026-03-10.", "", "", "Directrice des technologies de l'information", "2026-05-29"],
                    &["S1-2026-04", "Observation", "Art. 7.2", "Les dossiers de formation des deux nouveaux analystes ne démontrent pas leur compétence en réponse aux incidents.", "Dossiers de formation des ressources humaines.", "", "", "Geneviève Tremblay", ""],
                    &["S1-2026-05", "Occasion d'amélioration", "Annexe A, mesures 8.13 et 8.14", "Les essais de restauration pourraient être automatisés et leurs résultats comparés aux délais de rétablissement visés.", "", "", "", "Martín Lombardi", ""],
                    &["", "", "", "", "", "", "", "", ""],
                    &["Note : un plan d'action corrective doit être transmis à l'organisme de certification dans les 30 jours suivant la réception du rapport.", "", "", "", "", "", "", "", ""],
                ],
                ';',
            )),
            expected: vec![
                finding("S1-2026-01", "major", "9.3", "Aucune revue de direction du SMSI")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("S1-2026-02", "minor", "A.8.8", "Les correctifs de sécurité critiques")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("S1-2026-03", "minor", "A.5.15, A.5.18", "Les droits d'accès au progiciel")
                    .pending(&["Directrice des technologies de l'information"])
                    .plan(false),
                finding("S1-2026-04", "observation", "7.2", "Les dossiers de formation des deux")
                    .pending(&["Geneviève Tremblay"])
                    .plan(false),
                // Occasion d'amélioration is Québec's opportunity for improvement.
                finding("S1-2026-05", "ofi", "A.8.13, A.8.14", "Les essais de restauration pourraient")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // Graded only as Category 1 / 2 / 3, explained by the definitions box above the table:
        // Category 1 = major, Category 2 = minor, Category 3 = observation. The box and the
        // totals line under the table are no findings. 6.1.2 c) is clause 6.1.2. SA2-F05 has no
        // responsible person: no owner.
        Layout {
            id: "holdout25-category-1-2-3-definitions-box",
            origin: "holdout 25, written for this holdout: an Irish certification body's report of findings from a second surveillance audit of a Dublin payments company (ISO/IEC 27001:2022), graded in the CB's own scheme of categories rather than in grade words: a merged title, a merged line of client, certificate, dates and lead auditor, then a definitions box of four rows merged across the table (\"FINDING CATEGORIES\", \"Category 1 = Major nonconformity: ...\", \"Category 2 = Minor nonconformity: ...\", \"Category 3 = Observation: not a nonconformity ...\", each with the CB's deadline for a response), a blank row, and the table: Finding ID (SA2-F01 ...), Category (\"Category 1\", \"Category 2\", \"Category 3\" only), Standard reference (7.5.3, \"6.1.2 c)\", A.8.9, A.5.7, \"A.6.7, A.8.1\"), Description of finding (the statement), Objective evidence, Root cause (client) and Corrective action (client) filled for the first two findings, Responsible person (the user whose name is a role, a user's name, a name no user has, a role with an ampersand no user has, and empty on the last row), Target date (date cells). Under the table, after a blank row, a merged totals line (\"Totals: Category 1 - 1; Category 2 - 2; Category 3 - 2\"); not a finding",
            file_name: "ACME-PAY SA2 2026 Report of Findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 SURVEILLANCE AUDIT 2 – REPORT OF FINDINGS"],
                    &["Client: Acme Payments Ltd, Dublin  |  Certificate: ISMS 50817  |  Audit dates: 2–3 March 2026  |  Lead auditor: Declan Murphy"],
                    &[""],
                    &["FINDING CATEGORIES"],
                    &["Category 1 = Major nonconformity: the absence or total breakdown of a system to meet a requirement, or any situation that raises significant doubt that the ISMS will achieve its intended results. Correction and corrective action must be verified within 60 days."],
                    &["Category 2 = Minor nonconformity: a failure to meet a requirement that does not affect the capability of the ISMS to achieve its intended results. A corrective action plan is required within 30 days."],
                    &["Category 3 = Observation: not a nonconformity; a situation that could lead to a nonconformity if it is not addressed. No response is required."],
                    &[""],
                    &["Finding ID", "Category", "Standard reference", "Description of finding", "Objective evidence", "Root cause (client)", "Corrective action (client)", "Responsible person", "Target date"],
                    &["SA2-F01", "Category 2", "7.5.3", "Three superseded versions of the access control policy are still published on the intranet next to the current version, and staff could not say which one applies.", "Intranet policy page on 02/03/2026; interviews with two service desk analysts.", "Document owners publish new versions themselves and the intranet has no archiving step.", "Move policy publishing to the document controller and archive superseded versions automatically.", "Head of IT Operations", "#d 2026-04-30"],
                    &["SA2-F02", "Category 1", "6.1.2 c)", "None of the 64 risks in the risk register has a risk owner, so nobody has approved the risk treatment plan or accepted the residual risks.", "Risk register v5 of 14/01/2026 in the GRC tool.", "The risk register was migrated to the new GRC tool in 2025 and the risk owner field was not carried over.", "Assign and confirm a risk owner for every risk and have the owners approve the treatment plan and the residual risks.", "Badr Karim", "#d 2026-04-03"],
                    &["SA2-F03", "Category 2", "A.8.9", "The Linux hardening baseline is not applied to the 12 servers built since October 2025, whose SSH configuration still allows password logins.", "sshd_config of app-07 to app-18; hardening baseline v2.1.", "", "", "Olumide Adeyemi", "#d 2026-05-29"],
                    &["SA2-F04", "Category 3", "A.5.7", "Threat intelligence is gathered from the national CSIRT's advisories, but nobody records how it was analysed or acted on.", "Interview with the security analyst.", "", "", "Quality & Compliance Lead", ""],
                    &["SA2-F05", "Category 3", "A.6.7, A.8.1", "Staff working from home may use personal printers, and the remote working policy says nothing about printed customer data.", "Remote working policy v1.3.", "", "", "", ""],
                    &[""],
                    &["Totals: Category 1 - 1; Category 2 - 2; Category 3 - 2"],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)
            .merged(3, 0, 3, 8)
            .merged(4, 0, 4, 8)
            .merged(5, 0, 5, 8)
            .merged(6, 0, 6, 8)
            .merged(15, 0, 15, 8)]),
            expected: vec![
                finding("SA2-F01", "minor", "7.5.3", "Three superseded versions of the access")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("SA2-F02", "major", "6.1.2", "None of the 64 risks in the risk register")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("SA2-F03", "minor", "A.8.9", "The Linux hardening baseline is not")
                    .pending(&["Olumide Adeyemi"])
                    .plan(false),
                finding("SA2-F04", "observation", "A.5.7", "Threat intelligence is gathered from")
                    .pending(&["Quality & Compliance Lead"])
                    .plan(false),
                finding("SA2-F05", "observation", "A.6.7, A.8.1", "Staff working from home may use")
                    .pending(&[])
                    .plan(false),
            ],
        },
        // A stage 1 report raises no nonconformities: its areas of concern are recorded as
        // observations, whatever the "Stage 2 risk" column says they could become ("Major NC if
        // not resolved" is a warning, not a grade). The grade comes only from the two section
        // rows. Statements mention 9.3.2 and A.8.30 in passing; the requirement is the Clause /
        // Control column. No owner column; the client comments name nobody.
        Layout {
            id: "holdout25-stage1-areas-of-concern-utf16-sections",
            origin: "holdout 25, written for this holdout: section 6 of a certification body's stage 1 audit report for a UK telehealth company (ISO/IEC 27001:2022), copied from the report into Excel and saved as Unicode Text, so UTF-16 LE with a BOM, tab-separated, every line padded with tabs to five columns. A title line, a line of five label/value cells (client, standard, stage 1 dates, stage 2 dates planned, lead auditor), an empty line, the header Ref, Clause / Control, Description, Stage 2 risk, Client comment, then two section rows: \"AREAS OF CONCERN – to be addressed before Stage 2; any still open at Stage 2 may be raised as nonconformities\" over AoC-01 to AoC-04, and \"OPPORTUNITIES FOR IMPROVEMENT\" over OFI-01 and OFI-02. The Stage 2 risk column says what an area of concern could become (\"Major NC if not resolved\", \"Minor NC if not resolved\", and an en dash for the OFIs); it is no grade, since stage 1 raises no nonconformities, and a reader records the areas of concern as observations. Clause / Control: 9.2, 9.3, \"6.1.3 d)\", A.5.31, A.5.24, 7.4; two descriptions cite other requirements in passing (\"the inputs required by 9.3.2\", \"excludes A.8.30\"). Client comments on three areas of concern (dates booked), none naming a person. Under the table, after an empty line, the auditor's conclusion on readiness for stage 2 naming AoC-01 and AoC-02; not a finding",
            file_name: "Stage 1 report - section 6 - Acme Telehealth.txt",
            bytes: utf16le_with_bom(&delimited(
                &[
                    &["Stage 1 Audit Report – Section 6: Areas of Concern and Opportunities for Improvement", "", "", "", ""],
                    &["Client: Acme Telehealth Ltd", "Standard: ISO/IEC 27001:2022", "Stage 1: 24–25 February 2026 (remote)", "Stage 2 planned: 20–22 April 2026", "Lead auditor: Margaret Okonkwo"],
                    &["", "", "", "", ""],
                    &["Ref", "Clause / Control", "Description", "Stage 2 risk", "Client comment"],
                    &["AREAS OF CONCERN – to be addressed before Stage 2; any still open at Stage 2 may be raised as nonconformities", "", "", "", ""],
                    &["AoC-01", "9.2", "No internal audit covering the whole ISMS has been completed; the only audit planned is in the week before Stage 2, which leaves no time to act on its results.", "Major NC if not resolved", "Internal audit brought forward to 16–18 March 2026."],
                    &["AoC-02", "9.3", "Top management has not yet held a management review of the ISMS, and the review agenda template omits several of the inputs required by 9.3.2.", "Major NC if not resolved", "Management review booked for 26 March 2026."],
                    &["AoC-03", "6.1.3 d)", "The Statement of Applicability excludes A.8.30 (outsourced development) although the video consultation app is built by an external developer.", "Minor NC if not resolved", "Agreed; the SoA will be revised before Stage 2."],
                    &["AoC-04", "A.5.31", "The register of legal and contractual requirements does not include the health records legislation or the data processing terms agreed with the two NHS trusts the company serves.", "Minor NC if not resolved", ""],
                    &["OPPORTUNITIES FOR IMPROVEMENT", "", "", "", ""],
                    &["OFI-01", "A.5.24", "Incident response roles could be rehearsed in a tabletop exercise with the outsourced SOC before the new platform goes live.", "–", ""],
                    &["OFI-02", "7.4", "The communication plan could name who speaks to patients and the press during a security incident.", "–", ""],
                    &["", "", "", "", ""],
                    &["Conclusion: the organisation is ready for Stage 2, provided AoC-01 and AoC-02 are addressed. Areas of concern will be verified at the opening of Stage 2.", "", "", "", ""],
                ],
                '\t',
            )),
            expected: vec![
                // Areas of concern from stage 1 are observations, whatever their Stage 2 risk.
                finding("AoC-01", "observation", "9.2", "No internal audit covering the whole ISMS"),
                finding("AoC-02", "observation", "9.3", "Top management has not yet held"),
                finding("AoC-03", "observation", "6.1.3", "The Statement of Applicability excludes"),
                finding("AoC-04", "observation", "A.5.31", "The register of legal and contractual"),
                finding("OFI-01", "ofi", "A.5.24", "Incident response roles could be rehearsed"),
                finding("OFI-02", "ofi", "7.4", "The communication plan could name"),
            ],
        },
    ]
}

pub(super) fn twenty_sixth_holdout_layouts() -> Vec<Layout> {
    vec![
        // The ISMS manager's own register. Column A is the template's row-number column (number
        // cells pre-filled 1 to 12, so six rows hold only a number: no findings). Column E is
        // an empty spacer with no header. The grade column "NC/OFI" mixes Major, minor NC,
        // MINOR, Mn (minor), OFI and Obs (observation). "cl.9.2" is clause 9.2, "A 8.15" and
        // "A.8 .13" are A.8.15 and A.8.13, "A.5.15 / A 5.18" two controls, "A7.7" is A.7.7.
        // Owners: job titles in brackets after a user's name; two owners no user has. The
        // "Printed on" line and the Chart data sheet are no findings. No plan columns.
        Layout {
            id: "holdout26-uk-logistics-prenumbered-rows-blank-column-chart-sheet",
            origin: "holdout 26, written for this holdout: a UK mid-size logistics company's own ISMS internal audit findings register, kept in Excel by its ISMS manager. Sheet \"Findings\": a title merged across the table (Harbourline Logistics - ISMS internal audit findings 2026) and a line naming the audit (IA-2026-Q1, warehouse and transport systems), the external auditor (Priya Nair, Kestrel Assurance) and the last update, a blank row, then the header: # (the template's row-number column, kept frozen in the workbook; number cells pre-filled 1 to 12 down the sheet, so rows 7 to 12 hold only their number), Ref # (HL-IA-01 ...), NC/OFI (the grade, written as the ISMS manager and a colleague typed it in one column: Major, minor NC, MINOR, Mn, OFI, Obs), Std clause (\"cl.9.2\", \"A 8.15\" with a space for the dot, \"A.8 .13\" with a stray space, \"A.5.15 / A 5.18\", \"cl. 7.3\", \"A7.7\" without the dot), an empty spacer column with no header and no values, What needs fixing (the statement), Evidence, Who (users' names with their job titles in brackets, \"Lena Fischer (CISO)\", \"Martín Lombardi (Portal PO)\", a user's email, a user's name that reads like a role, Head of IT Operations, and two owners no user has: Depot managers, Facilities Coordinator), By when (date cells, free text \"end of May\" and blanks), Status (free text mixing dates: open, \"closed 12/04\", \"in progress - restore test booked 22/04\", not started, \"closed 03/04 (desk check done)\"). Under the pre-numbered rows, after a blank row, a footer \"Printed on 14/04/2026 15:32 - Page 1 of 1\". A second sheet \"Chart data\" holds the counts behind the register's pie charts (Grade/Count with Major, Minor, Observation, OFI; Status/Count with Open, In progress, Closed); none of it is a finding",
            file_name: "HL ISMS findings register 2026 Q1.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &["Harbourline Logistics - ISMS internal audit findings 2026"],
                        &["Internal audit IA-2026-Q1 (warehouse & transport systems) | Auditor: Priya Nair, Kestrel Assurance | Last updated 14/04/2026"],
                        &[""],
                        &["#", "Ref #", "NC/OFI", "Std clause", "", "What needs fixing", "Evidence", "Who", "By when", "Status"],
                        &["#n 1", "HL-IA-01", "Major", "cl.9.2", "", "No internal audit of the warehouse management system was carried out in 2025, although the audit programme planned two.", "Audit programme 2025 v2; no audit reports for the WMS scope.", "Lena Fischer (CISO)", "#d 2026-05-31", "open"],
                        &["#n 2", "HL-IA-02", "minor NC", "A 8.15", "", "Logs from the depot firewalls are overwritten after 7 days; the logging standard asks for 90 days.", "Firewall log settings at the Felixstowe and Daventry depots.", "badr@acme.test", "#d 2026-04-30", "closed 12/04"],
                        &["#n 3", "HL-IA-03", "MINOR", "A.8 .13", "", "Restore tests of the transport planning database have not been done since the move to the new backup tool in October 2025.", "Backup console job history; restore test log ends 09/2025.", "Head of IT Operations", "#d 2026-05-15", "in progress - restore test booked 22/04"],
                        &["#n 4", "HL-IA-04", "Mn", "A.5.15 / A 5.18", "", "Leavers' accounts in the customer portal stay active for up to three weeks after their leaving date.", "Portal user export 02/03/2026 against the HR leavers list.", "Martín Lombardi (Portal PO)", "end of May", "open"],
                        &["#n 5", "HL-IA-05", "OFI", "cl. 7.3", "", "Toolbox talks at the depots could include a five-minute security awareness item.", "", "Depot managers", "", "not started"],
                        &["#n 6", "HL-IA-06", "Obs", "A7.7", "", "Printed delivery manifests were left on several desks in the planning office overnight.", "Walk-round of the planning office, 10/03/2026 07:30.", "Facilities Coordinator", "#d 2026-04-03", "closed 03/04 (desk check done)"],
                        &["#n 7"],
                        &["#n 8"],
                        &["#n 9"],
                        &["#n 10"],
                        &["#n 11"],
                        &["#n 12"],
                        &[""],
                        &["Printed on 14/04/2026 15:32 - Page 1 of 1"],
                    ],
                )
                .merged(0, 0, 0, 9),
                sheet(
                    "Chart data",
                    0,
                    0,
                    &[
                        &["Grade", "Count"],
                        &["Major", "#n 1"],
                        &["Minor", "#n 3"],
                        &["Observation", "#n 1"],
                        &["OFI", "#n 1"],
                        &[""],
                        &["Status", "Count"],
                        &["Open", "#n 3"],
                        &["In progress", "#n 1"],
                        &["Closed", "#n 2"],
                    ],
                ),
            ]),
            expected: vec![
                // "Lena Fischer (CISO)": a user's name with her job title.
                finding("HL-IA-01", "major", "9.2", "No internal audit of the warehouse")
                    .owner("lena.fischer@acme.test"),
                // "A 8.15": a space instead of the dot.
                finding("HL-IA-02", "minor", "A.8.15", "Logs from the depot firewalls")
                    .owner("badr@acme.test"),
                // "A.8 .13": a stray space.
                finding("HL-IA-03", "minor", "A.8.13", "Restore tests of the transport planning")
                    .owner("ops@acme.test"),
                // Mn is minor.
                finding("HL-IA-04", "minor", "A.5.15, A.5.18", "Leavers' accounts in the customer portal")
                    .owner("martin@acme.test"),
                finding("HL-IA-05", "ofi", "7.3", "Toolbox talks at the depots")
                    .pending(&["Depot managers"]),
                // Obs is an observation; "A7.7" is A.7.7.
                finding("HL-IA-06", "observation", "A.7.7", "Printed delivery manifests were left")
                    .pending(&["Facilities Coordinator"]),
            ],
        },
        // A German Excel's "CSV (Trennzeichen-getrennt)": `;`, Windows-1252, every line padded
        // to the table's width, and the empty but formatted rows under the table saved as lines
        // of bare semicolons. Requirements typed with the German decimal comma: "9,2" is clause
        // 9.2, "Kap. 7,2" clause 7.2, "Kap. 10,1" clause 10.1 (not lists of two numbers);
        // "A 8.8" is A.8.8; "A.5.15 u. A.5.18" two controls (u. = und). Grades: HA and NA are
        // Hauptabweichung and Nebenabweichung, as the legend line under the table says;
        // Neben-Abw. is minor, Hinweis an observation, Verbesserungspotenzial an OFI. Ursache
        // and Maßnahme filled for the first two rows only. The legend and the "Gedruckt am"
        // line are no findings.
        Layout {
            id: "holdout26-de-semicolon-csv-decimal-comma-ha-na-legend",
            origin: "holdout 26, written for this holdout: a German mid-size machine builder's list of measures from its internal ISMS audits (Maßnahmenliste ISMS), saved by a German Excel as \"CSV (Trennzeichen-getrennt)\": `;`-separated, Windows-1252, no BOM, every line padded with semicolons to the table's ten columns. A title line (Maßnahmenliste ISMS - interne Audits 2026), a line \"Stand: 14.04.2026 / erstellt von: ISB\", an empty line, then the header: Lfd. (running number), Nr. (IA26-01 ...), Art (the grade, mixed: HA, Nebenabweichung, NA, Neben-Abw., Hinweis, Verbesserungspotenzial), Norm-Kap. (requirements typed with the German decimal comma because German Excel turns 9.2 into a date: \"9,2\", \"Kap. 7,2\", \"Kap. 10,1\"; and \"A 8.8\", \"A.5.15 u. A.5.18\", \"A.8.13\"), Feststellung (the statement), Ursache and Maßnahme (filled for the first two findings), Verantwortlich (\"Lena Fischer (CISO)\", a user's email, a German name no user has, the role IT-Leitung, \"Badr Karim (ISB)\", and one left empty), Termin (dd.mm.yyyy), Status (offen, in Arbeit, \"erledigt 12.04.\"). Under the table two lines of bare semicolons (formatted empty rows), the legend line \"Legende Art: HA = Hauptabweichung, NA = Nebenabweichung\", the line \"Gedruckt am 14.04.2026 um 09:41\" and two more lines of bare semicolons",
            file_name: "Massnahmenliste_ISMS_Audit_2026.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Maßnahmenliste ISMS - interne Audits 2026", "", "", "", "", "", "", "", "", ""],
                        &["Stand: 14.04.2026 / erstellt von: ISB", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", ""],
                        &["Lfd.", "Nr.", "Art", "Norm-Kap.", "Feststellung", "Ursache", "Maßnahme", "Verantwortlich", "Termin", "Status"],
                        &["1", "IA26-01", "HA", "9,2", "Für das Jahr 2025 wurde kein internes ISMS-Audit des Standorts Villingen durchgeführt; das Auditprogramm sah zwei Audits vor.", "Der interne Auditor ist im Juni 2025 ausgeschieden, eine Vertretung war nicht benannt.", "Zwei Mitarbeiter zu internen Auditoren schulen; Audit Villingen bis 30.06.2026 durchführen.", "Lena Fischer (CISO)", "30.06.2026", "in Arbeit"],
                        &["2", "IA26-02", "Nebenabweichung", "A 8.8", "Kritische Sicherheitsupdates für die Fertigungs-PCs (Windows 10) wurden seit Dezember 2025 nicht eingespielt.", "Mit der Fertigung ist kein Wartungsfenster vereinbart.", "Monatliches Wartungsfenster festlegen und den Patchstand im ISMS-Jour-fixe berichten.", "ops@acme.test", "31.05.2026", "erledigt 12.04."],
                        &["3", "IA26-03", "NA", "Kap. 7,2", "Für drei neue Schichtleiter fehlen Nachweise der Unterweisung zur Informationssicherheit.", "", "", "Thomas Wagner", "31.05.2026", "offen"],
                        &["4", "IA26-04", "Neben-Abw.", "A.5.15 u. A.5.18", "Zugriffsrechte auf das ERP-System werden nicht regelmäßig überprüft; zwei ausgeschiedene Mitarbeiter hatten noch aktive Konten.", "", "", "IT-Leitung", "30.04.2026", "offen"],
                        &["5", "IA26-05", "Hinweis", "A.8.13", "Rücksicherungstests werden durchgeführt, aber nicht dokumentiert.", "", "", "Badr Karim (ISB)", "", "offen"],
                        &["6", "IA26-06", "Verbesserungspotenzial", "Kap. 10,1", "Erkenntnisse aus Sicherheitsvorfällen könnten systematisch in den KVP der Fertigung einfließen.", "", "", "", "", "offen"],
                        &["", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", ""],
                        &["Legende Art: HA = Hauptabweichung, NA = Nebenabweichung", "", "", "", "", "", "", "", "", ""],
                        &["Gedruckt am 14.04.2026 um 09:41", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", ""],
                    ],
                    ';',
                )
            )),
            expected: vec![
                // "9,2": clause 9.2 with a decimal comma. HA = Hauptabweichung (legend).
                finding("IA26-01", "major", "9.2", "Für das Jahr 2025 wurde kein internes")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("IA26-02", "minor", "A.8.8", "Kritische Sicherheitsupdates für die")
                    .owner("ops@acme.test")
                    .plan(true),
                // NA = Nebenabweichung (legend), not "not applicable".
                finding("IA26-03", "minor", "7.2", "Für drei neue Schichtleiter fehlen")
                    .pending(&["Thomas Wagner"])
                    .plan(false),
                finding("IA26-04", "minor", "A.5.15, A.5.18", "Zugriffsrechte auf das ERP-System")
                    .pending(&["IT-Leitung"])
                    .plan(false),
                finding("IA26-05", "observation", "A.8.13", "Rücksicherungstests werden durchgeführt")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("IA26-06", "ofi", "10.1", "Erkenntnisse aus Sicherheitsvorfällen")
                    .pending(&[])
                    .plan(false),
            ],
        },
        // A Spanish company's own register. Grades mixed in one column headed NC/OM: NC MAYOR,
        // NC menor, Menor, nc menor, Obs. (observación) and OM (oportunidad de mejora).
        // "6.1.2 c)" is clause 6.1.2, "A.8 .9" is A.8.9, "Cl.7.5.3" clause 7.5.3, "A8.16" is
        // A.8.16. Causa raíz and Acción correctiva filled for the first two. The second sheet is
        // the data of the register's charts.
        Layout {
            id: "holdout26-es-internal-nc-om-mixed-grades-chart-sheet",
            origin: "holdout 26, written for this holdout: a Spanish mid-size e-commerce logistics company's register of nonconformities and improvement opportunities from its internal ISMS audit (Registro de no conformidades y oportunidades de mejora - SGSI), only in Spanish. Sheet \"Registro NC\": a title merged across the table, a line naming the internal audit, the external auditor (Julia Moreno) and the last update, a blank row, then the header: Nº (running number, number cells), Ref. (AI26-01 ...), NC/OM (the grade, typed differently row by row: NC MAYOR, NC menor, Menor, nc menor, Obs., OM), Req. norma (\"6.1.2 c)\", \"A 5.23\", \"A.8 .9\" with a stray space, \"Cl.7.5.3\", \"A8.16\" without the dot, \"A.6.3\"), Descripción (the statement), Causa raíz and Acción correctiva (filled for the first two findings), Responsable (\"Martín Lombardi (Resp. Sistemas)\", a user's email, a Spanish name no user has, the role Responsable de RRHH, a user's name, one empty), Plazo (date cells and one date as text), Estado (free text: en curso, \"cerrada 12/04\", abierta, pendiente valorar). A second sheet \"Datos gráfico\" holds the counts behind the register's charts (Tipo/Nº with NC mayor, NC menor, Observación, OM; Estado/Nº); none of it is a finding",
            file_name: "Registro NC-OM SGSI 2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Registro NC",
                    0,
                    0,
                    &[
                        &["Registro de no conformidades y oportunidades de mejora - SGSI (ISO/IEC 27001:2022)"],
                        &["Auditoría interna 2026 · Auditora: Julia Moreno (externa) · Actualizado: 14/04/2026"],
                        &[""],
                        &["Nº", "Ref.", "NC/OM", "Req. norma", "Descripción", "Causa raíz", "Acción correctiva", "Responsable", "Plazo", "Estado"],
                        &["#n 1", "AI26-01", "NC MAYOR", "6.1.2 c)", "La evaluación de riesgos no incluye el nuevo almacén de Sagunto ni los sistemas de radiofrecuencia de sus muelles.", "El procedimiento PR-06 no exige reevaluar los riesgos al abrir un nuevo centro.", "Reevaluar los riesgos del almacén de Sagunto y añadir la apertura de centros como disparador en el PR-06.", "Martín Lombardi (Resp. Sistemas)", "#d 2026-05-15", "en curso"],
                        &["#n 2", "AI26-02", "NC menor", "A 5.23", "Se utilizan dos servicios en la nube (Trello y WeTransfer) sin evaluación de seguridad del proveedor.", "Los departamentos contratan herramientas con la tarjeta corporativa sin pasar por Sistemas.", "Inventariar los servicios en la nube y bloquear el pago con tarjeta de herramientas no aprobadas.", "lena.fischer@acme.test", "#d 2026-04-30", "cerrada 12/04"],
                        &["#n 3", "AI26-03", "Menor", "A.8 .9", "La configuración base de los portátiles no está documentada; cada técnico los instala según su criterio.", "", "", "Carmen Ruiz", "#d 2026-06-30", "abierta"],
                        &["#n 4", "AI26-04", "nc menor", "Cl.7.5.3", "En la intranet circulan dos versiones distintas de la política de uso aceptable.", "", "", "Responsable de RRHH", "30/06/2026", "abierta"],
                        &["#n 5", "AI26-05", "Obs.", "A8.16", "Las alertas del antivirus solo se revisan cuando un usuario avisa de un problema.", "", "", "Badr Karim", "", "abierta"],
                        &["#n 6", "AI26-06", "OM", "A.6.3", "Se podría incluir una simulación de phishing en la formación anual de concienciación.", "", "", "", "", "pendiente valorar"],
                    ],
                )
                .merged(0, 0, 0, 9),
                sheet(
                    "Datos gráfico",
                    0,
                    0,
                    &[
                        &["Tipo", "Nº"],
                        &["NC mayor", "#n 1"],
                        &["NC menor", "#n 3"],
                        &["Observación", "#n 1"],
                        &["OM", "#n 1"],
                        &[""],
                        &["Estado", "Nº"],
                        &["Abierta", "#n 3"],
                        &["En curso", "#n 1"],
                        &["Cerrada", "#n 1"],
                        &["Pendiente valorar", "#n 1"],
                    ],
                ),
            ]),
            expected: vec![
                // "6.1.2 c)": clause 6.1.2.
                finding("AI26-01", "major", "6.1.2", "La evaluación de riesgos no incluye")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("AI26-02", "minor", "A.5.23", "Se utilizan dos servicios en la nube")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("AI26-03", "minor", "A.8.9", "La configuración base de los portátiles")
                    .pending(&["Carmen Ruiz"])
                    .plan(false),
                finding("AI26-04", "minor", "7.5.3", "En la intranet circulan dos versiones")
                    .pending(&["Responsable de RRHH"])
                    .plan(false),
                finding("AI26-05", "observation", "A.8.16", "Las alertas del antivirus solo")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("AI26-06", "ofi", "A.6.3", "Se podría incluir una simulación")
                    .pending(&[])
                    .plan(false),
            ],
        },
        // Header in the first row, no title. Grades: Závažná neshoda (major), menší neshoda,
        // Menší NS, MENŠÍ (minor), Pozorování (observation). "čl. 9,3" is clause 9.3 with the
        // Czech decimal comma, "A 8.8" is A.8.8, "A.8 .32" A.8.32, "čl.7.2" clause 7.2,
        // "příl. A 5.15" (příloha, annex) A.5.15. The single action column "Nápravné opatření"
        // is filled for the first two findings: a plan. The "Vytištěno" line is no finding.
        Layout {
            id: "holdout26-cz-header-first-row-typo-clauses-action-column",
            origin: "holdout 26, written for this holdout: a Czech mid-size software company's list of nonconformities from its internal ISMS audit, only in Czech, on one sheet \"Neshody 2026\" with the header in the first row and no title. Columns: Ř. (the row number, number cells, the frozen first column), Ozn. (IA-01 ...), Typ (the grade, typed three ways for minor: Závažná neshoda, menší neshoda, Menší NS, MENŠÍ, Pozorování), Čl. normy (\"čl. 9,3\" with the Czech decimal comma, \"A 8.8\", \"A.8 .32\" with a stray space, \"čl.7.2\" without a space, \"příl. A 5.15\" with příloha abbreviated), Popis zjištění (the statement), Nápravné opatření (the corrective action, filled for the first two findings; there is no root cause column), Kdo (\"Badr Karim (manažer ISMS)\", a user's email, a Czech name no user has, the role personální oddělení, a user's name), Do kdy (d.m.yyyy as text), Stav / pozn. (otevřeno, \"uzavřeno 12.4.\"). After a blank row the footer \"Vytištěno: 14.04.2026 10:12\"; not a finding",
            file_name: "neshody_interni_audit_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Neshody 2026",
                0,
                0,
                &[
                    &["Ř.", "Ozn.", "Typ", "Čl. normy", "Popis zjištění", "Nápravné opatření", "Kdo", "Do kdy", "Stav / pozn."],
                    &["#n 1", "IA-01", "Závažná neshoda", "čl. 9,3", "Přezkoumání systému vedením za rok 2025 neproběhlo; poslední zápis je z listopadu 2024.", "Svolat přezkoumání vedením do 15.5.2026 a zařadit je do ročního plánu porad vedení.", "Badr Karim (manažer ISMS)", "15.5.2026", "otevřeno"],
                    &["#n 2", "IA-02", "menší neshoda", "A 8.8", "Kritické záplaty VPN brány nebyly nainstalovány ani 45 dní po jejich vydání.", "Zavést týdenní kontrolu záplat síťových prvků s odpovědnou osobou.", "ops@acme.test", "30.4.2026", "uzavřeno 12.4."],
                    &["#n 3", "IA-03", "Menší NS", "A.8 .32", "Změny pravidel firewallu se provádějí bez schválené žádosti o změnu (3 z 5 vzorků).", "", "Petr Svoboda", "31.5.2026", "otevřeno"],
                    &["#n 4", "IA-04", "MENŠÍ", "čl.7.2", "U dvou nově přijatých správců chybí záznam o školení informační bezpečnosti.", "", "personální oddělení", "31.5.2026", "otevřeno"],
                    &["#n 5", "IA-05", "Pozorování", "příl. A 5.15", "Přístupová práva do účetního systému se přezkoumávají pouze jednou ročně.", "", "Lena Fischer", "", "otevřeno"],
                    &[""],
                    &["Vytištěno: 14.04.2026 10:12"],
                ],
            )]),
            expected: vec![
                // "čl. 9,3": clause 9.3 with a decimal comma.
                finding("IA-01", "major", "9.3", "Přezkoumání systému vedením za rok 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("IA-02", "minor", "A.8.8", "Kritické záplaty VPN brány")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IA-03", "minor", "A.8.32", "Změny pravidel firewallu se provádějí")
                    .pending(&["Petr Svoboda"])
                    .plan(false),
                finding("IA-04", "minor", "7.2", "U dvou nově přijatých správců")
                    .pending(&["personální oddělení"])
                    .plan(false),
                finding("IA-05", "observation", "A.5.15", "Přístupová práva do účetního systému")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        // Simplified Chinese. Grades: 严重不符合 (major), 一般不符合, 一般, 一般不符合项 (minor),
        // 观察项 (observation), 改进建议 (OFI). "条款9.2" is clause 9.2; "A 8.15" A.8.15;
        // "A.8 .8" A.8.8; "附录A 5.15、A.5.18" two controls joined by the enumeration comma 、;
        // "7.2，7.3" two clauses joined by a full-width comma. "Lena Fischer（CISO）" has her
        // title in full-width brackets. 原因分析 and 纠正措施 filled for the first two.
        Layout {
            id: "holdout26-zh-fullwidth-brackets-enumeration-comma",
            origin: "holdout 26, written for this holdout: a mainland Chinese mid-size SaaS company's tracking sheet of its first-quarter internal ISMS audit findings (2026年第一季度 ISMS 内部审核发现跟踪表), only in Simplified Chinese apart from the ids and some owners. Sheet \"内审发现\": the title merged across the table, then the header: 序号 (running number, number cells), 编号 (NC-01 ..., OBS-01, OFI-01), 类型 (the grade: 严重不符合, 一般不符合, 一般, 一般不符合项, 观察项, 改进建议), 标准条款 (\"条款9.2\", \"A 8.15\", \"A.8 .8\" with a stray space, \"附录A 5.15、A.5.18\" with the Chinese enumeration comma, \"7.2，7.3\" with a full-width comma, \"A.8.28\"), 问题描述 (the statement), 原因分析 and 纠正措施 (filled for the first two findings), 责任人 (\"Lena Fischer（CISO）\" with full-width brackets, a user's email, a department no user is (运维部), a Chinese name no user has, a user's name, Head of IT Operations), 完成期限 (ISO dates as text), 状态 (整改中, \"已关闭（4月12日）\", 未开始, 待评估). After a blank row the footer \"打印日期：2026年4月14日\". A second sheet \"图表数据\" holds the counts behind the charts (类型/数量 and 状态/数量); none of it is a finding",
            file_name: "2026Q1_ISMS内审发现跟踪表.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "内审发现",
                    0,
                    0,
                    &[
                        &["2026年第一季度 ISMS 内部审核发现跟踪表"],
                        &["序号", "编号", "类型", "标准条款", "问题描述", "原因分析", "纠正措施", "责任人", "完成期限", "状态"],
                        &["#n 1", "NC-01", "严重不符合", "条款9.2", "2025年度未按内审方案完成对研发中心的内部审核。", "内审员离职后未及时补充和培训新的内审员。", "新培训两名内审员，并于5月底前完成研发中心的内部审核。", "Lena Fischer（CISO）", "2026-05-31", "整改中"],
                        &["#n 2", "NC-02", "一般不符合", "A 8.15", "生产环境数据库的审计日志仅保留7天，不满足日志管理制度要求的180天。", "日志平台存储容量规划不足。", "扩容日志平台，并将日志保留期调整为180天。", "badr@acme.test", "2026-04-30", "已关闭（4月12日）"],
                        &["#n 3", "NC-03", "一般", "A.8 .8", "漏洞扫描发现的3个高危漏洞超过30天仍未修复。", "", "", "运维部", "2026-05-15", "未开始"],
                        &["#n 4", "NC-04", "一般不符合项", "附录A 5.15、A.5.18", "离职员工的VPN账号平均在离职10天后才被禁用。", "", "", "张伟", "2026-05-31", "整改中"],
                        &["#n 5", "OBS-01", "观察项", "7.2，7.3", "新员工信息安全培训记录不完整，部分培训签到表缺失。", "", "", "Martín Lombardi", "", "未开始"],
                        &["#n 6", "OFI-01", "改进建议", "A.8.28", "建议在CI流水线中引入静态代码扫描工具，尽早发现安全缺陷。", "", "", "Head of IT Operations", "", "待评估"],
                        &[""],
                        &["打印日期：2026年4月14日"],
                    ],
                )
                .merged(0, 0, 0, 9),
                sheet(
                    "图表数据",
                    0,
                    0,
                    &[
                        &["类型", "数量"],
                        &["严重不符合", "#n 1"],
                        &["一般不符合", "#n 3"],
                        &["观察项", "#n 1"],
                        &["改进建议", "#n 1"],
                        &[""],
                        &["状态", "数量"],
                        &["整改中", "#n 2"],
                        &["未开始", "#n 2"],
                        &["已关闭", "#n 1"],
                        &["待评估", "#n 1"],
                    ],
                ),
            ]),
            expected: vec![
                // Full-width brackets around the job title.
                finding("NC-01", "major", "9.2", "2025年度未按内审方案完成")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("NC-02", "minor", "A.8.15", "生产环境数据库的审计日志")
                    .owner("badr@acme.test")
                    .plan(true),
                // 一般 alone is the minor grade (一般不符合) shortened.
                finding("NC-03", "minor", "A.8.8", "漏洞扫描发现的3个高危漏洞")
                    .pending(&["运维部"])
                    .plan(false),
                // 、 is the enumeration comma: two controls.
                finding("NC-04", "minor", "A.5.15, A.5.18", "离职员工的VPN账号")
                    .pending(&["张伟"])
                    .plan(false),
                finding("OBS-01", "observation", "7.2, 7.3", "新员工信息安全培训记录不完整")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("OFI-01", "ofi", "A.8.28", "建议在CI流水线中引入")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // Dutch. Grades: Grote afwijking (major), Kleine afwijking, kleine afw., KLEIN (minor),
        // Observatie, Verbeterpunt (OFI). "§ 6.1.3 d)" is clause 6.1.3, "A 5.23" A.5.23,
        // "A.5 .17" A.5.17, "hfst. 9.1" (hoofdstuk, clause) 9.1, "bijlage A 8.12" A.8.12.
        // "Oorzaak" and "Wat gaan we doen" (what we will do: the corrective action) filled for
        // the first two. The three rows under the table hold only the Status drop-down's
        // default "Open", copied down by the template: no findings.
        Layout {
            id: "holdout26-nl-dropdown-default-status-rows",
            origin: "holdout 26, written for this holdout: a Dutch mid-size healthcare IT provider's list of findings from its spring internal ISMS audit (Bevindingenlijst ISMS - interne audit voorjaar 2026), only in Dutch. Sheet \"Bevindingen\": a title merged across the table, a blank row, then the header: Nr (ZN-IA-01 ...), Soort (the grade, typed as it came: Grote afwijking, Kleine afwijking, kleine afw., KLEIN, Observatie, Verbeterpunt), Norm/Annex A (\"§ 6.1.3 d)\", \"A 5.23\", \"A.5 .17\" with a stray space, \"hfst. 9.1\" with hoofdstuk abbreviated, \"bijlage A 8.12\", \"A.6.3\"), Bevinding (the statement), Oorzaak and Wat gaan we doen (root cause and the action in plain words, filled for the first two findings), Wie (\"Badr Karim (ISMS-manager)\", a Dutch name no user has, the role Teamleider Servicedesk, \"lena.fischer@acme.test (CISO)\", a user's name, the team Functioneel beheer), Wanneer klaar (date cells and blanks), Status (Open, \"Gesloten 10-04\"). Under the findings, three rows that hold only \"Open\" in the Status column: the drop-down's default, copied down the template's formatted rows; no findings",
            file_name: "Bevindingenlijst ISMS IA voorjaar 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Bevindingen",
                0,
                0,
                &[
                    &["Bevindingenlijst ISMS - interne audit voorjaar 2026"],
                    &[""],
                    &["Nr", "Soort", "Norm/Annex A", "Bevinding", "Oorzaak", "Wat gaan we doen", "Wie", "Wanneer klaar", "Status"],
                    &["ZN-IA-01", "Grote afwijking", "§ 6.1.3 d)", "De Verklaring van Toepasselijkheid is sinds de overstap naar ISO/IEC 27001:2022 niet bijgewerkt en verwijst nog naar de oude Annex A.", "De transitie is als project gestart maar nooit afgerond.", "VvT herzien tegen Annex A van de 2022-versie en laten vaststellen door het MT.", "Badr Karim (ISMS-manager)", "#d 2026-05-31", "Open"],
                    &["ZN-IA-02", "Kleine afwijking", "A 5.23", "Voor de nieuwe cloudtelefonie is geen beoordeling van de leverancier op informatiebeveiliging uitgevoerd.", "Inkoop kende de leveranciersprocedure niet.", "Inkoop instrueren en de beoordeling alsnog uitvoeren.", "Sanne de Jong", "#d 2026-04-30", "Gesloten 10-04"],
                    &["ZN-IA-03", "kleine afw.", "A.5 .17", "Servicedeskmedewerkers resetten wachtwoorden zonder de identiteit van de beller te controleren.", "", "", "Teamleider Servicedesk", "#d 2026-06-15", "Open"],
                    &["ZN-IA-04", "KLEIN", "hfst. 9.1", "De KPI's voor informatiebeveiliging worden verzameld maar niet geanalyseerd of besproken in het MT.", "", "", "lena.fischer@acme.test (CISO)", "#d 2026-06-30", "Open"],
                    &["ZN-IA-05", "Observatie", "bijlage A 8.12", "Het doorsturen van patiëntgegevens naar externe e-mailadressen wordt niet gelogd of gecontroleerd.", "", "", "Martín Lombardi", "", "Open"],
                    &["ZN-IA-06", "Verbeterpunt", "A.6.3", "De jaarlijkse awareness-training kan worden aangevuld met korte e-learnings per kwartaal.", "", "", "Functioneel beheer", "", "Open"],
                    &["", "", "", "", "", "", "", "", "Open"],
                    &["", "", "", "", "", "", "", "", "Open"],
                    &["", "", "", "", "", "", "", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                // "§ 6.1.3 d)": clause 6.1.3.
                finding("ZN-IA-01", "major", "6.1.3", "De Verklaring van Toepasselijkheid")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("ZN-IA-02", "minor", "A.5.23", "Voor de nieuwe cloudtelefonie")
                    .pending(&["Sanne de Jong"])
                    .plan(true),
                finding("ZN-IA-03", "minor", "A.5.17", "Servicedeskmedewerkers resetten wachtwoorden")
                    .pending(&["Teamleider Servicedesk"])
                    .plan(false),
                // "hfst." is hoofdstuk: clause 9.1. A user's email with her title in brackets.
                finding("ZN-IA-04", "minor", "9.1", "De KPI's voor informatiebeveiliging")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("ZN-IA-05", "observation", "A.8.12", "Het doorsturen van patiëntgegevens")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("ZN-IA-06", "ofi", "A.6.3", "De jaarlijkse awareness-training")
                    .pending(&["Functioneel beheer"])
                    .plan(false),
            ],
        },
    ]
}
