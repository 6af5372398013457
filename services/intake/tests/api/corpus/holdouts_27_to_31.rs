//! Blind holdouts 27 to 31 (2026-12-05).

use super::*;

pub(super) fn twenty_seventh_holdout_layouts() -> Vec<Layout> {
    vec![
        // A UK insurer's own register. The logo is text in A1 (merged over three cells) beside
        // the form number; the title and an audit line follow. Unusual header words: Item (the
        // reference), Audit point (the requirement, often with its title), Non-compliance (the
        // statement), Rating (the grade), Action owner / dept, ETA, Evidence of closure. The
        // grades are mixed and mistyped: Major, Minro (minor), mjr (major), minor, Minor NC,
        // Obsevation (observation). "9.2 - Internal audit;" is clause 9.2 with a stray
        // semicolon; "A.5.15;A.5.18" two controls; "A.8.8 (Tech vuln mgmt)" A.8.8; "Clause
        // 6.1.3(d)" clause 6.1.3 (the controls named in its statement are not its
        // requirements); "8.2/8.3" clauses 8.2 and 8.3; "A.7.7 - Clear desk and clear screen"
        // A.7.7. Owners: "Lena - Information Security" is Lena Fischer (the only user called
        // Lena), "Badr Karim - IT", "Martín - Digital"; "Compliance team" and "Tom Ellery" are
        // no users. Root cause and corrective action filled for the first two. The note merged
        // across the table between the second and third findings is no finding, and the three
        // helper columns at the far right (sort, days_open, flag) hold only numbers.
        Layout {
            id: "holdout27-en-insurer-audit-point-rating-typos-helper-columns",
            origin: "holdout 27, written for this holdout: a UK mid-size home insurer's own ISMS nonconformity register, kept in Excel by its information security manager. Sheet \"NC register\": the company logo as text (BRIGHTWATER HOME INSURANCE) in A1 merged over three cells with the form number \"Form ISMS-F-021 v4\" in I1, the title \"ISMS Nonconformity Register - Internal Audit 2026\" merged across the table, a line naming the audit dates, the external lead auditor (R. Okafor) and the last update, a blank row, then the header: Item (BW-NC-01 ..., BW-OBS-01), Audit point (the requirement with clause titles and odd punctuation: \"9.2 - Internal audit;\", \"A.5.15;A.5.18\", \"A.8.8 (Tech vuln mgmt)\", \"Clause 6.1.3(d)\", \"8.2/8.3\", \"A.7.7 - Clear desk and clear screen\"), Non-compliance (the statement), Rating (the grade, mixed and mistyped within the column: Major, Minro, mjr, minor, Minor NC, Obsevation), Root cause and Corrective action (filled for the first two findings), Action owner / dept (\"Lena - Information Security\" with a first name only, \"Badr Karim - IT\", a user's email, the team Compliance team, \"Martín - Digital\", a name no user has), ETA (dates as text in five formats: 30/06/2026, 2026-05-15, 15-May-26, \"end of June\", 31.07.2026, and a blank), Evidence of closure (filled for one closed finding), Status, and at the far right three helper columns headed sort, days_open and flag holding only number cells. Between the second and third findings a note merged across the table (\"Note: BW-NC-03 and BW-NC-04 were raised during the follow-up visit ...\"); not a finding",
            file_name: "Brightwater ISMS NC register 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC register",
                0,
                0,
                &[
                    &["BRIGHTWATER HOME INSURANCE", "", "", "", "", "", "", "", "Form ISMS-F-021 v4"],
                    &["ISMS Nonconformity Register - Internal Audit 2026"],
                    &["Audit dates: 9-11 March 2026 | Lead auditor: R. Okafor (external) | Last updated 14/04/2026"],
                    &[""],
                    &["Item", "Audit point", "Non-compliance", "Rating", "Root cause", "Corrective action", "Action owner / dept", "ETA", "Evidence of closure", "Status", "sort", "days_open", "flag"],
                    &["BW-NC-01", "9.2 - Internal audit;", "The 2025 internal audit programme covered only 4 of the 9 in-scope processes; claims handling and broker onboarding were never audited.", "Major", "The audit programme was not re-planned after the lead internal auditor left in July 2025.", "Re-plan the 2026 programme to cover all 9 processes and train two more internal auditors.", "Lena - Information Security", "30/06/2026", "", "Open", "#n 1", "#n 41", "#n 1"],
                    &["BW-NC-02", "A.5.15;A.5.18", "Access rights to the claims platform are not reviewed; 6 leavers from Q4 2025 still had active accounts on 3 March 2026.", "Minro", "Leaver notifications from HR go to a shared mailbox that nobody in IT monitors.", "Route leaver tickets from the HR system straight to the service desk queue and review access quarterly.", "Badr Karim - IT", "2026-05-15", "Service desk routing rule screenshot and Q1 access review sign-off, 10/04/2026", "Closed", "#n 2", "#n 30", "#n 0"],
                    &["Note: BW-NC-03 and BW-NC-04 were raised during the follow-up visit on 18 March 2026 and agreed with the auditor at the closing call."],
                    &["BW-NC-03", "A.8.8 (Tech vuln mgmt)", "Critical vulnerabilities on four internet-facing servers stayed open for more than 60 days against a 14-day patch target.", "mjr", "", "", "ops@acme.test", "15-May-26", "", "In progress", "#n 1", "#n 27", "#n 1"],
                    &["BW-NC-04", "Clause 6.1.3(d)", "The Statement of Applicability gives no justification for excluding A.7.5 and A.8.30.", "minor", "", "", "Compliance team", "end of June", "", "Open", "#n 2", "#n 27", "#n 1"],
                    &["BW-NC-05", "8.2/8.3", "Risk assessment and risk treatment were not repeated after the policy administration system moved to Azure in November 2025.", "Minor NC", "", "", "Martín - Digital", "31.07.2026", "", "Open", "#n 2", "#n 27", "#n 1"],
                    &["BW-OBS-01", "A.7.7 - Clear desk and clear screen", "Unlocked, unattended screens were seen in the claims office on both audit days.", "Obsevation", "", "", "Tom Ellery", "", "", "Open", "#n 3", "#n 41", "#n 1"],
                ],
            )
            .merged(0, 0, 0, 2)
            .merged(1, 0, 1, 9)
            .merged(7, 0, 7, 9)]),
            expected: vec![
                // "9.2 - Internal audit;": clause 9.2. "Lena - Information Security": the
                // only user called Lena, with her department.
                finding("BW-NC-01", "major", "9.2", "The 2025 internal audit programme covered")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // Minro is minor mistyped.
                finding("BW-NC-02", "minor", "A.5.15, A.5.18", "Access rights to the claims platform")
                    .owner("badr@acme.test")
                    .plan(true),
                // mjr is major.
                finding("BW-NC-03", "major", "A.8.8", "Critical vulnerabilities on four")
                    .owner("ops@acme.test")
                    .plan(false),
                // "Clause 6.1.3(d)": clause 6.1.3 only; A.7.5 and A.8.30 are named in the text.
                finding("BW-NC-04", "minor", "6.1.3", "The Statement of Applicability gives")
                    .pending(&["Compliance team"])
                    .plan(false),
                // "8.2/8.3": two clauses.
                finding("BW-NC-05", "minor", "8.2, 8.3", "Risk assessment and risk treatment")
                    .owner("martin@acme.test")
                    .plan(false),
                // Obsevation is observation mistyped.
                finding("BW-OBS-01", "observation", "A.7.7", "Unlocked, unattended screens")
                    .pending(&["Tom Ellery"])
                    .plan(false),
            ],
        },
        // An Italian packaging manufacturer's own register. Logo text in A1 with the form
        // number at the right, the title merged across, then the header. Scostamento
        // (deviation) is the statement, Classe the grade: NC Maggiore, Minore, Minroe (minore
        // mistyped), NC min., Osservazone (osservazione mistyped), OdM (opportunità di
        // miglioramento). "Cl. 9.3 - Riesame di direzione;" is clause 9.3; "A.5.23 (Sicurezza
        // servizi cloud)" A.5.23; "A.7.2;A.7.4" two controls; "A.8.13 - Backup delle
        // informazioni" A.8.13; "Clausola 7.3" clause 7.3; "A.8.16 (Monitoraggio)" A.8.16.
        // Owners: "Badr - Direzione Sistemi" (the only Badr), "Lena F." (Lena Fischer), a
        // user's email, the user Head of IT Operations; Ufficio Acquisti and the plant manager
        // are no users. Causa and Azione correttiva filled for the first two; AI-2026/04 has
        // only evidence of closure, so its plan is not checked. The merged NOTA row and the
        // Legenda line are no findings; the two columns at the far right have no header and
        // hold only numbers.
        Layout {
            id: "holdout27-it-packaging-scostamento-classe-typos-unheaded-helpers",
            origin: "holdout 27, written for this holdout: an Italian mid-size packaging manufacturer's register of internal ISMS audit findings (Registro non conformità e osservazioni - Audit interno SGSI 2026), only in Italian. Sheet \"Registro NC\": the logo as text (ROSSETTI IMBALLAGGI S.p.A.) in A1 with \"MOD-SGSI-10.2 rev. 2\" in J1, the title merged across the table, a blank row, then the header: N° (running number, number cells), Rif. rilievo (AI-2026/01 ...), Punto norma (\"Cl. 9.3 - Riesame di direzione;\", \"A.5.23 (Sicurezza servizi cloud)\", \"A.7.2;A.7.4\", \"A.8.13 - Backup delle informazioni\", \"Clausola 7.3\", \"A.8.16 (Monitoraggio)\"), Scostamento (the statement), Classe (the grade, mixed and mistyped: NC Maggiore, Minore, Minroe, NC min., Osservazone, OdM), Causa and Azione correttiva (filled for the first two findings), Resp. azione / funzione (\"Badr - Direzione Sistemi\" with a first name only, the office Ufficio Acquisti, the role Responsabile Stabilimento Lumezzane, a user's email, \"Lena F.\", Head of IT Operations), Scadenza (dates as text: 30/06/2026, 15-mag-26, 2026-05-31, \"entro il 30/04/2026\", \"giugno 2026\", a blank), Evidenza di chiusura (filled for one closed finding), Stato (Aperta, In corso, Chiusa, Da valutare), and two columns at the far right with no header holding number cells (an order and a 0/1 flag). Between the second and third findings a note merged across the table (\"NOTA: i rilievi AI-2026/03 e AI-2026/04 riguardano lo stabilimento di Lumezzane ...\"); after a blank row the line \"Legenda classe: NC Maggiore / NC min. / Oss. / OdM = opportunità di miglioramento\"; neither is a finding",
            file_name: "Registro NC SGSI 2026 - Rossetti.xlsx",
            bytes: xlsx(vec![sheet(
                "Registro NC",
                0,
                0,
                &[
                    &["ROSSETTI IMBALLAGGI S.p.A.", "", "", "", "", "", "", "", "", "MOD-SGSI-10.2 rev. 2"],
                    &["Registro non conformità e osservazioni - Audit interno SGSI 2026"],
                    &[""],
                    &["N°", "Rif. rilievo", "Punto norma", "Scostamento", "Classe", "Causa", "Azione correttiva", "Resp. azione / funzione", "Scadenza", "Evidenza di chiusura", "Stato", "", ""],
                    &["#n 1", "AI-2026/01", "Cl. 9.3 - Riesame di direzione;", "Il riesame di direzione 2025 non ha considerato i risultati dell'audit interno né lo stato delle azioni correttive.", "NC Maggiore", "Il modello di verbale del riesame non prevede tutti gli elementi in ingresso richiesti dalla norma.", "Aggiornare il modello di verbale e ripetere il riesame di direzione entro giugno 2026.", "Badr - Direzione Sistemi", "30/06/2026", "", "Aperta", "#n 1", "#n 1"],
                    &["#n 2", "AI-2026/02", "A.5.23 (Sicurezza servizi cloud)", "Per il nuovo gestionale in cloud non è stata svolta alcuna valutazione di sicurezza del fornitore.", "Minore", "L'acquisto è stato gestito dall'Ufficio Acquisti senza coinvolgere i Sistemi Informativi.", "Inserire il parere dei Sistemi Informativi nella procedura di acquisto e valutare il fornitore.", "Ufficio Acquisti", "15-mag-26", "", "In corso", "#n 2", "#n 1"],
                    &["NOTA: i rilievi AI-2026/03 e AI-2026/04 riguardano lo stabilimento di Lumezzane (audit del 19/03/2026)."],
                    &["#n 3", "AI-2026/03", "A.7.2;A.7.4", "Il cancello carraio dello stabilimento resta aperto senza sorveglianza durante il cambio turno e le telecamere non inquadrano l'ingresso merci.", "Minroe", "", "", "Responsabile Stabilimento Lumezzane", "2026-05-31", "", "Aperta", "#n 3", "#n 1"],
                    &["#n 4", "AI-2026/04", "A.8.13 - Backup delle informazioni", "Le prove di ripristino dei backup del server di produzione non sono registrate dal 2024.", "NC min.", "", "", "martin@acme.test", "entro il 30/04/2026", "Verbale della prova di ripristino dell'08/04/2026", "Chiusa", "#n 4", "#n 0"],
                    &["#n 5", "AI-2026/05", "Clausola 7.3", "Alcuni operatori di magazzino non conoscono la politica di sicurezza né sanno a chi segnalare un incidente.", "Osservazone", "", "", "Lena F.", "giugno 2026", "", "Aperta", "#n 5", "#n 1"],
                    &["#n 6", "AI-2026/06", "A.8.16 (Monitoraggio)", "Si suggerisce di raccogliere gli allarmi del firewall e dell'antivirus in un'unica console.", "OdM", "", "", "Head of IT Operations", "", "", "Da valutare", "#n 6", "#n 1"],
                    &[""],
                    &["Legenda classe: NC Maggiore / NC min. / Oss. / OdM = opportunità di miglioramento"],
                ],
            )
            .merged(1, 0, 1, 10)
            .merged(6, 0, 6, 10)]),
            expected: vec![
                // "Badr - Direzione Sistemi": the only user called Badr.
                finding("AI-2026/01", "major", "9.3", "Il riesame di direzione 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("AI-2026/02", "minor", "A.5.23", "Per il nuovo gestionale in cloud")
                    .pending(&["Ufficio Acquisti"])
                    .plan(true),
                // Minroe is minore mistyped.
                finding("AI-2026/03", "minor", "A.7.2, A.7.4", "Il cancello carraio dello stabilimento")
                    .pending(&["Responsabile Stabilimento Lumezzane"])
                    .plan(false),
                // Only evidence of closure, no cause or action: the plan is not checked.
                finding("AI-2026/04", "minor", "A.8.13", "Le prove di ripristino dei backup")
                    .owner("martin@acme.test"),
                // Osservazone is osservazione mistyped; "Lena F." is Lena Fischer.
                finding("AI-2026/05", "observation", "7.3", "Alcuni operatori di magazzino")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("AI-2026/06", "ofi", "A.8.16", "Si suggerisce di raccogliere gli allarmi")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A Portuguese clinic group's register saved by a Portuguese Excel as `;` CSV in
        // Windows-1252. Desvio (deviation) is the statement, Classif. the grade: NC Maior,
        // Menor, men., Nc Menor, Observaçao (without its tilde), OM (oportunidade de
        // melhoria). "cl. 5.3 - Funções, responsabilidades e autoridades;" is clause 5.3;
        // "A.8.8 (Gestão vulnerab. técnicas)" A.8.8; "A.6.1;A.6.3" two controls; "8.2/8.3" two
        // clauses; "A.5.17 - Informação de autenticação" A.5.17. Owners are initials, which the
        // "Legenda (responsáveis)" line under the table spells out: LF = Lena Fischer, BK =
        // Badr Karim, ML = Martín Lombardi. Recursos Humanos and Inês Carvalho are no users.
        // The note line (a merged cell in the workbook, saved in its first cell) and the key
        // line are no findings; ord and dias are helper columns. No plan columns.
        Layout {
            id: "holdout27-pt-clinics-semicolon-csv-initials-key-line",
            origin: "holdout 27, written for this holdout: a Portuguese (Portugal) mid-size private clinic group's register of deviations from its internal ISMS audit (Registo de desvios - Auditoria interna SGSI), only in European Portuguese, saved by a Portuguese Excel as CSV (separado por ponto e vírgula): `;`-separated, Windows-1252, no BOM, every line padded to the table's ten columns. The logo as text (LUSOMED | clínicas integradas) on the first line, the title, a line \"Atualizado em 14-04-2026 por: Segurança da Informação\", an empty line, then the header: Ref.ª (LM-AI-01 ...), Requisito / controlo (\"cl. 5.3 - Funções, responsabilidades e autoridades;\", \"A.8.8 (Gestão vulnerab. técnicas)\", \"A.6.1;A.6.3\", \"8.2/8.3\", \"A.5.17 - Informação de autenticação\", \"A.5.24\"), Desvio (the statement), Classif. (the grade, mixed: NC Maior, Menor, men., Nc Menor, Observaçao without its tilde, OM), Resp. ação / área (initials LF, BK, ML for users, the department Recursos Humanos, a name no user has, a user's email), Data prevista (dates as text: 30-06-2026, 15/05/2026, 2026/05/31, \"31 mai 2026\", blanks), Evidência de fecho (filled for one closed finding), Estado (Aberto, Fechado), ord and dias (helper columns of numbers). Between the second and third findings the line \"Nota: os desvios LM-AI-03 e LM-AI-04 foram identificados na auditoria à clínica de Braga (17-03-2026).\" (a merged cell in the workbook, saved in the first cell); after an empty line the key \"Legenda (responsáveis): LF = Lena Fischer (Segurança da Informação) | BK = Badr Karim (Sistemas de Informação) | ML = Martín Lombardi (Transformação Digital)\"; neither is a finding",
            file_name: "Registo_Desvios_SGSI_2026.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["LUSOMED | clínicas integradas", "", "", "", "", "", "", "", "", ""],
                        &["Registo de desvios - Auditoria interna SGSI (ISO/IEC 27001:2022)", "", "", "", "", "", "", "", "", ""],
                        &["Atualizado em 14-04-2026 por: Segurança da Informação", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", ""],
                        &["Ref.ª", "Requisito / controlo", "Desvio", "Classif.", "Resp. ação / área", "Data prevista", "Evidência de fecho", "Estado", "ord", "dias"],
                        &["LM-AI-01", "cl. 5.3 - Funções, responsabilidades e autoridades;", "As responsabilidades pelo SGSI nas três clínicas não estão atribuídas; o organograma de 2024 ainda indica o antigo responsável de segurança.", "NC Maior", "LF", "30-06-2026", "", "Aberto", "1", "38"],
                        &["LM-AI-02", "A.8.8 (Gestão vulnerab. técnicas)", "O servidor do sistema de imagiologia (PACS) corre o Windows Server 2012, sem suporte, sem medidas compensatórias documentadas.", "Menor", "BK", "15/05/2026", "Migração para Windows Server 2022 concluída (pedido 4471, 09-04-2026)", "Fechado", "2", "38"],
                        &["Nota: os desvios LM-AI-03 e LM-AI-04 foram identificados na auditoria à clínica de Braga (17-03-2026).", "", "", "", "", "", "", "", "", ""],
                        &["LM-AI-03", "A.6.1;A.6.3", "Não há evidência da verificação de antecedentes nem da formação de sensibilização para 3 dos 5 colaboradores admitidos em 2026.", "men.", "Recursos Humanos", "2026/05/31", "", "Aberto", "3", "28"],
                        &["LM-AI-04", "8.2/8.3", "A avaliação e o tratamento dos riscos não foram revistos após a abertura da clínica de Braga em janeiro de 2026.", "Nc Menor", "ML", "31 mai 2026", "", "Aberto", "4", "28"],
                        &["LM-AI-05", "A.5.17 - Informação de autenticação", "Foram vistas palavras-passe escritas em papéis colados nos monitores de dois postos da receção.", "Observaçao", "Inês Carvalho", "", "", "Aberto", "5", "38"],
                        &["LM-AI-06", "A.5.24", "Poderia ser realizado um exercício anual de simulação de incidente com as equipas clínicas.", "OM", "ops@acme.test", "", "", "Aberto", "6", "38"],
                        &["", "", "", "", "", "", "", "", "", ""],
                        &["Legenda (responsáveis): LF = Lena Fischer (Segurança da Informação) | BK = Badr Karim (Sistemas de Informação) | ML = Martín Lombardi (Transformação Digital)", "", "", "", "", "", "", "", "", ""],
                    ],
                    ';',
                )
            )),
            expected: vec![
                // LF = Lena Fischer, as the key under the table says.
                finding("LM-AI-01", "major", "5.3", "As responsabilidades pelo SGSI")
                    .owner("lena.fischer@acme.test"),
                // BK = Badr Karim (key).
                finding("LM-AI-02", "minor", "A.8.8", "O servidor do sistema de imagiologia")
                    .owner("badr@acme.test"),
                // men. is menor abbreviated.
                finding("LM-AI-03", "minor", "A.6.1, A.6.3", "Não há evidência da verificação")
                    .pending(&["Recursos Humanos"]),
                // ML = Martín Lombardi (key); "8.2/8.3" two clauses.
                finding("LM-AI-04", "minor", "8.2, 8.3", "A avaliação e o tratamento dos riscos")
                    .owner("martin@acme.test"),
                // Observaçao is observação without its tilde.
                finding("LM-AI-05", "observation", "A.5.17", "Foram vistas palavras-passe")
                    .pending(&["Inês Carvalho"]),
                // OM = oportunidade de melhoria.
                finding("LM-AI-06", "ofi", "A.5.24", "Poderia ser realizado um exercício")
                    .owner("ops@acme.test"),
            ],
        },
        // A Swedish regional energy company's log. Logo text and document id on the first row,
        // the title merged across. Avvikelse (deviation) is the statement, Grad the grade:
        // Större avvikelse, Mindre, mindre avv., Mindr (cut short), Observaton (mistyped),
        // Förb.förslag (förbättringsförslag). "9.2 - Internrevision;" is clause 9.2; "A.8.8
        // (Hantering av tekniska sårbarheter)" A.8.8; "A.5.15;A.5.18" two controls; "Kap.
        // 6.1.3(d)" clause 6.1.3; "A.7.4 - Fysisk säkerhetsövervakning" A.7.4; "7.4
        // Kommunikation" clause 7.4. The single action column Åtgärd is filled for the first
        // two: a plan. Owners: "Lena" and "Martin" (first names only: Lena Fischer, Martín
        // Lombardi), Head of IT Operations, a user's email; Kundtjänstchef and Erik Lindqvist
        // are no users. The note merged across the table starts with "Obs!" (Swedish for
        // "note") and is no finding, nor an observation. dagar and prio at the far right are
        // helper numbers; the sheet Listor holds the drop-down values.
        Layout {
            id: "holdout27-sv-energy-avvikelse-obs-note-row-lists-sheet",
            origin: "holdout 27, written for this holdout: a Swedish mid-size regional energy company's log of deviations from its spring internal ISMS audit (Avvikelselogg ISMS - internrevision våren 2026), only in Swedish. Sheet \"Avvikelser\": the logo as text (NORRVIK ENERGI) in A1 with \"Dokument-ID: LS-ISMS-034\" in H1, the title merged across the table, a blank row, then the header: Nr (IR26-01 ...), Krav / kapitel (\"9.2 - Internrevision;\", \"A.8.8 (Hantering av tekniska sårbarheter)\", \"A.5.15;A.5.18\", \"Kap. 6.1.3(d)\", \"A.7.4 - Fysisk säkerhetsövervakning\", \"7.4 Kommunikation\"), Avvikelse (the statement), Grad (the grade, mixed: Större avvikelse, Mindre, mindre avv., Mindr cut short, Observaton mistyped, Förb.förslag), Åtgärd (a single action column, filled for the first two findings), Ansvarig / avd. (first names only, \"Lena\" and \"Martin\" without the accent, Head of IT Operations, the role Kundtjänstchef, a user's email, a name no user has), Klart senast (dates as text: 2026-06-30, \"31 maj 2026\", \"v. 23\", 30/6-2026, blanks), Bevis på stängning (filled for one closed finding), Status (Pågår, Stängd, Öppen), then two helper columns headed dagar and prio holding number cells. Between the second and third findings a note merged across the table starting \"Obs! Avvikelse IR26-03 flyttades hit från revisionen av kundtjänst\" (Obs! is Swedish for note); not a finding. A second sheet \"Listor\" holds the drop-down values (Grad: Större avvikelse, Mindre avvikelse, Observation, Förbättringsförslag; Status: Öppen, Pågår, Stängd); none of it is a finding",
            file_name: "Avvikelselogg ISMS IR vår 2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Avvikelser",
                    0,
                    0,
                    &[
                        &["NORRVIK ENERGI", "", "", "", "", "", "", "Dokument-ID: LS-ISMS-034"],
                        &["Avvikelselogg ISMS - internrevision våren 2026"],
                        &[""],
                        &["Nr", "Krav / kapitel", "Avvikelse", "Grad", "Åtgärd", "Ansvarig / avd.", "Klart senast", "Bevis på stängning", "Status", "dagar", "prio"],
                        &["IR26-01", "9.2 - Internrevision;", "Internrevisionsprogrammet för 2025 genomfördes inte; endast en av fyra planerade revisioner har en rapport.", "Större avvikelse", "Ledningen fastställer en ny revisionsplan för 2026 och en extern revisor anlitas för två av revisionerna.", "Lena", "2026-06-30", "", "Pågår", "#n 35", "#n 1"],
                        &["IR26-02", "A.8.8 (Hantering av tekniska sårbarheter)", "Driftcentralens operatörsstationer för styrsystemet har inte fått säkerhetsuppdateringar sedan 2024.", "Mindre", "Införa ett kvartalsvis patchfönster i samråd med driftcentralen.", "Head of IT Operations", "31 maj 2026", "Patchrapport för operatörsstationerna 2026-04-09", "Stängd", "#n 35", "#n 2"],
                        &["Obs! Avvikelse IR26-03 flyttades hit från revisionen av kundtjänst (se protokoll 2026-03-12)."],
                        &["IR26-03", "A.5.15;A.5.18", "Behörigheter i kundsystemet tas inte bort när personal byter roll; 9 av 25 stickprov hade kvar sina gamla behörigheter.", "mindre avv.", "", "Kundtjänstchef", "v. 23", "", "Öppen", "#n 33", "#n 2"],
                        &["IR26-04", "Kap. 6.1.3(d)", "Uttalandet om tillämplighet saknar motivering för de säkerhetsåtgärder som har valts bort.", "Mindr", "", "badr@acme.test", "30/6-2026", "", "Öppen", "#n 35", "#n 2"],
                        &["IR26-05", "A.7.4 - Fysisk säkerhetsövervakning", "Larmloggen för ställverket i Sörby granskas inte regelbundet.", "Observaton", "", "Erik Lindqvist", "", "", "Öppen", "#n 35", "#n 3"],
                        &["IR26-06", "7.4 Kommunikation", "Informationssäkerhet kan bli en stående punkt på arbetsplatsträffarna.", "Förb.förslag", "", "Martin", "", "", "Öppen", "#n 35", "#n 4"],
                    ],
                )
                .merged(1, 0, 1, 8)
                .merged(6, 0, 6, 8),
                sheet(
                    "Listor",
                    0,
                    0,
                    &[
                        &["Grad", "", "Status"],
                        &["Större avvikelse", "", "Öppen"],
                        &["Mindre avvikelse", "", "Pågår"],
                        &["Observation", "", "Stängd"],
                        &["Förbättringsförslag"],
                    ],
                ),
            ]),
            expected: vec![
                // "Lena": the only user of that first name.
                finding("IR26-01", "major", "9.2", "Internrevisionsprogrammet för 2025")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("IR26-02", "minor", "A.8.8", "Driftcentralens operatörsstationer")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IR26-03", "minor", "A.5.15, A.5.18", "Behörigheter i kundsystemet")
                    .pending(&["Kundtjänstchef"])
                    .plan(false),
                // Mindr is mindre cut short; "Kap. 6.1.3(d)" is clause 6.1.3.
                finding("IR26-04", "minor", "6.1.3", "Uttalandet om tillämplighet saknar")
                    .owner("badr@acme.test")
                    .plan(false),
                // Observaton is observation mistyped.
                finding("IR26-05", "observation", "A.7.4", "Larmloggen för ställverket")
                    .pending(&["Erik Lindqvist"])
                    .plan(false),
                // Förb.förslag is förbättringsförslag; "Martin" is Martín Lombardi.
                finding("IR26-06", "ofi", "7.4", "Informationssäkerhet kan bli en stående")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // A Polish logistics company's register. Logo text merged over A1:C1 with the form
        // number at the right, the title merged across, an audit line, then the header.
        // Niezgodność is the statement, Kat. the grade: NZ duża (major), mała, Niezgodność
        // mała, Mała, Obserwcja (obserwacja mistyped), Możl. doskonalenia (OFI). "pkt 9.2 -
        // Audyt wewnętrzny;" is clause 9.2; "A.5.15;A.5.18" two controls; "Zał. A 8.8
        // (zarządzanie podatnościami)" (załącznik A) A.8.8; "8.2/8.3" two clauses; "A.7.1 -
        // Fizyczne granice bezpieczeństwa" A.7.1; "pkt 7.3 Świadomość" clause 7.3. Owners:
        // "Lena Fischer - Bezpieczeństwo IT", "Badr" (first name only), "Martín Lombardi -
        // Transformacja cyfrowa"; the branch manager and Piotr Mazur are no users, one owner
        // is empty. Przyczyna and Działanie korygujące filled for the first two. The merged
        // Uwaga row is no finding; waga and zam. are helper columns.
        Layout {
            id: "holdout27-pl-logistics-niezgodnosc-kat-merged-uwaga-row",
            origin: "holdout 27, written for this holdout: a Polish mid-size logistics company's register of nonconformities and corrective actions from its internal ISMS audit (Rejestr niezgodności i działań korygujących SZBI - audyt wewnętrzny 2026), only in Polish. Sheet \"Rejestr\": the logo as text (WISŁA LOGISTYKA) merged over A1:C1 with \"F-SZBI-10-01 wyd. 3\" in K1, the title merged across the table, a line naming the lead auditor (Katarzyna Zielińska) and the audit dates, a blank row, then the header: Lp. (running number, number cells), Nr ustalenia (AW/2026/01 ...), Punkt normy (\"pkt 9.2 - Audyt wewnętrzny;\", \"A.5.15;A.5.18\", \"Zał. A 8.8 (zarządzanie podatnościami)\", \"8.2/8.3\", \"A.7.1 - Fizyczne granice bezpieczeństwa\", \"pkt 7.3 Świadomość\"), Niezgodność (the statement), Kat. (the grade, mixed: NZ duża, mała, Niezgodność mała, Mała, Obserwcja mistyped, Możl. doskonalenia), Przyczyna and Działanie korygujące (filled for the first two findings), Odpowiedzialny / dział (\"Lena Fischer - Bezpieczeństwo IT\", \"Badr\" with a first name only, the role Kierownik oddziału Poznań, \"Martín Lombardi - Transformacja cyfrowa\", a name no user has, one empty), Termin (dates as text: 30.06.2026, 2026-05-15, \"31 maja 2026\", \"do 15.06\", blanks), Dowód zamknięcia (filled for one closed finding), Status (otwarta, zamknięta), then two helper columns headed waga and zam. holding number cells. Between the second and third findings a note merged across the table (\"Uwaga: ustalenia AW/2026/03 do AW/2026/05 dotyczą oddziału w Poznaniu ...\"); not a finding",
            file_name: "Rejestr_NZ_SZBI_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Rejestr",
                0,
                0,
                &[
                    &["WISŁA LOGISTYKA", "", "", "", "", "", "", "", "", "", "F-SZBI-10-01 wyd. 3"],
                    &["Rejestr niezgodności i działań korygujących SZBI - audyt wewnętrzny 2026"],
                    &["Audytor wiodący: Katarzyna Zielińska | Audyt: 10-12.03.2026 | Stan na: 14.04.2026"],
                    &[""],
                    &["Lp.", "Nr ustalenia", "Punkt normy", "Niezgodność", "Kat.", "Przyczyna", "Działanie korygujące", "Odpowiedzialny / dział", "Termin", "Dowód zamknięcia", "Status", "waga", "zam."],
                    &["#n 1", "AW/2026/01", "pkt 9.2 - Audyt wewnętrzny;", "W 2025 r. nie przeprowadzono audytu wewnętrznego magazynu w Gdańsku, choć przewidywał go program audytów.", "NZ duża", "Brak zastępstwa za audytora wewnętrznego, który odszedł z firmy w maju 2025 r.", "Przeszkolić dwóch audytorów wewnętrznych i przeprowadzić audyt magazynu w Gdańsku do 30.06.2026.", "Lena Fischer - Bezpieczeństwo IT", "30.06.2026", "", "otwarta", "#n 3", "#n 0"],
                    &["#n 2", "AW/2026/02", "A.5.15;A.5.18", "Konta zwolnionych pracowników w systemie WMS pozostają aktywne średnio przez 12 dni.", "mała", "Dział kadr nie informuje działu IT o odejściach pracowników.", "Automatyczne zgłoszenie z systemu kadrowego do helpdesku IT w dniu odejścia.", "Badr", "2026-05-15", "Zrzut ekranu reguły w helpdesku, 09.04.2026", "zamknięta", "#n 2", "#n 1"],
                    &["Uwaga: ustalenia AW/2026/03 do AW/2026/05 dotyczą oddziału w Poznaniu (audyt 12.03.2026)."],
                    &["#n 3", "AW/2026/03", "Zał. A 8.8 (zarządzanie podatnościami)", "Skaner wykazał 7 krytycznych podatności na serwerach oddziału w Poznaniu, nieusuniętych od ponad 90 dni.", "Niezgodność mała", "", "", "Kierownik oddziału Poznań", "31 maja 2026", "", "otwarta", "#n 2", "#n 0"],
                    &["#n 4", "AW/2026/04", "8.2/8.3", "Ocena ryzyka i postępowanie z ryzykiem nie zostały zaktualizowane po uruchomieniu nowej sortowni w Poznaniu.", "Mała", "", "", "Martín Lombardi - Transformacja cyfrowa", "do 15.06", "", "otwarta", "#n 2", "#n 0"],
                    &["#n 5", "AW/2026/05", "A.7.1 - Fizyczne granice bezpieczeństwa", "Brama wjazdowa na plac manewrowy bywa w nocy pozostawiana otwarta.", "Obserwcja", "", "", "Piotr Mazur", "", "", "otwarta", "#n 1", "#n 0"],
                    &["#n 6", "AW/2026/06", "pkt 7.3 Świadomość", "Warto rozważyć krótkie szkolenia e-learningowe z bezpieczeństwa informacji dla kierowców.", "Możl. doskonalenia", "", "", "", "", "", "otwarta", "#n 1", "#n 0"],
                ],
            )
            .merged(0, 0, 0, 2)
            .merged(1, 0, 1, 10)
            .merged(7, 0, 7, 10)]),
            expected: vec![
                finding("AW/2026/01", "major", "9.2", "W 2025 r. nie przeprowadzono audytu")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "Badr": the only user of that first name.
                finding("AW/2026/02", "minor", "A.5.15, A.5.18", "Konta zwolnionych pracowników")
                    .owner("badr@acme.test")
                    .plan(true),
                // "Zał. A 8.8": załącznik (annex) A, control 8.8.
                finding("AW/2026/03", "minor", "A.8.8", "Skaner wykazał 7 krytycznych")
                    .pending(&["Kierownik oddziału Poznań"])
                    .plan(false),
                finding("AW/2026/04", "minor", "8.2, 8.3", "Ocena ryzyka i postępowanie")
                    .owner("martin@acme.test")
                    .plan(false),
                // Obserwcja is obserwacja mistyped.
                finding("AW/2026/05", "observation", "A.7.1", "Brama wjazdowa na plac")
                    .pending(&["Piotr Mazur"])
                    .plan(false),
                finding("AW/2026/06", "ofi", "7.3", "Warto rozważyć krótkie szkolenia")
                    .pending(&[])
                    .plan(false),
            ],
        },
        // A Turkish food manufacturer's tracking list saved by Excel as Unicode text (UTF-16
        // LE with a BOM, tab-separated), every line padded to the table's width. Logo text,
        // title and form line above the header. Sapma (deviation) is the statement, Derece the
        // grade: Majör, minör, Minor UYG (uygunsuzluk), Mınör (typed with a dotless ı),
        // Gözlm (gözlem mistyped), İyileştirme fırsatı (OFI). "Madde 9.3 - Yönetimin gözden
        // geçirmesi;" is clause 9.3; "A.8.13;A.8.14" two controls; "A.7.2 (Fiziksel giriş)"
        // A.7.2; "Madde 6.1.3(d)" clause 6.1.3; "A.8.8 (Tek. açıklık yönetimi)" A.8.8;
        // "7.2/7.3" two clauses. Owners: "Badr Karim - Bilgi İşlem", "Lena" (first name
        // only), a user's email, Head of IT Operations; İdari İşler Müdürü and Kalite Müdürü
        // are no users. The "Not:" line (a merged cell, saved in its first cell) is no
        // finding; x and gün are helper columns. No plan columns.
        Layout {
            id: "holdout27-tr-food-unicode-text-sapma-derece-dotless-i",
            origin: "holdout 27, written for this holdout: a Turkish mid-size food manufacturer's tracking list of internal ISMS audit nonconformities (BGYS İç Denetim Uygunsuzluk Takip Listesi - 2026), only in Turkish, saved by a Turkish Excel as Unicode text (UTF-16 LE with a BOM, tab-separated), every line padded with tabs to the table's eleven columns. The logo as text (AKDENİZ GIDA San. ve Tic. A.Ş.), the title, a form line \"Form No: BGYS-F-17 / Rev. 02 / Güncelleme: 14.04.2026\", an empty line, then the header: Sıra (running number), Bulgu No (ID-26-01 ...), Madde / Kontrol (\"Madde 9.3 - Yönetimin gözden geçirmesi;\", \"A.8.13;A.8.14\", \"A.7.2 (Fiziksel giriş)\", \"Madde 6.1.3(d)\", \"A.8.8 (Tek. açıklık yönetimi)\", \"7.2/7.3\"), Sapma (the statement), Derece (the grade, mixed: Majör, minör, Minor UYG, Mınör typed with a dotless ı, Gözlm mistyped, İyileştirme fırsatı), Sorumlu / birim (\"Badr Karim - Bilgi İşlem\", \"Lena\" with a first name only, the role İdari İşler Müdürü, a user's email, Head of IT Operations, the role Kalite Müdürü), Hedef tarih (dates as text: 30.06.2026, 15/05/2026, 2026-05-31, \"31 Mayıs 2026\", \"Haziran sonu\", a blank), Kapanış kanıtı (filled for one closed finding), Durum (Açık, Kapandı), then two helper columns headed x and gün holding numbers. Between the second and third findings the line \"Not: ID-26-03 ve ID-26-04 Mersin fabrikasında 18.03.2026 tarihinde tespit edilmiştir.\" (a merged cell in the workbook, saved in the first cell); not a finding",
            file_name: "BGYS_ic_denetim_uygunsuzluk_takip_2026.txt",
            bytes: utf16le_with_bom(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["AKDENİZ GIDA San. ve Tic. A.Ş.", "", "", "", "", "", "", "", "", "", ""],
                        &["BGYS İç Denetim Uygunsuzluk Takip Listesi - 2026", "", "", "", "", "", "", "", "", "", ""],
                        &["Form No: BGYS-F-17 / Rev. 02 / Güncelleme: 14.04.2026", "", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", "", ""],
                        &["Sıra", "Bulgu No", "Madde / Kontrol", "Sapma", "Derece", "Sorumlu / birim", "Hedef tarih", "Kapanış kanıtı", "Durum", "x", "gün"],
                        &["1", "ID-26-01", "Madde 9.3 - Yönetimin gözden geçirmesi;", "2025 yılına ait yönetimin gözden geçirme toplantısı yapılmamış; son kayıt Kasım 2024 tarihlidir.", "Majör", "Badr Karim - Bilgi İşlem", "30.06.2026", "", "Açık", "1", "37"],
                        &["2", "ID-26-02", "A.8.13;A.8.14", "ERP yedeklerinin geri yükleme testleri yapılmıyor ve yedekler yalnızca fabrikadaki sistem odasında tutuluyor.", "minör", "Lena", "15/05/2026", "", "Açık", "2", "37"],
                        &["Not: ID-26-03 ve ID-26-04 Mersin fabrikasında 18.03.2026 tarihinde tespit edilmiştir.", "", "", "", "", "", "", "", "", "", ""],
                        &["3", "ID-26-03", "A.7.2 (Fiziksel giriş)", "Fabrika sahasına giren ziyaretçiler kayıt altına alınmıyor; ziyaretçi kartları çıkışta geri alınmıyor.", "Minor UYG", "İdari İşler Müdürü", "2026-05-31", "", "Açık", "2", "27"],
                        &["4", "ID-26-04", "Madde 6.1.3(d)", "Uygulanabilirlik bildirgesinde kapsam dışı bırakılan kontroller için gerekçe bulunmuyor.", "Mınör", "martin@acme.test", "31 Mayıs 2026", "Güncellenmiş uygulanabilirlik bildirgesi rev. 5, 08.04.2026", "Kapandı", "2", "27"],
                        &["5", "ID-26-05", "A.8.8 (Tek. açıklık yönetimi)", "Üretim hattı operatör panellerinin yama durumu takip edilmiyor.", "Gözlm", "Head of IT Operations", "Haziran sonu", "", "Açık", "3", "37"],
                        &["6", "ID-26-06", "7.2/7.3", "Vardiya amirleri için bilgi güvenliği farkındalık eğitimi kısa ve yüz yüze yapılabilir.", "İyileştirme fırsatı", "Kalite Müdürü", "", "", "Açık", "4", "37"],
                    ],
                    '\t',
                )
            )),
            expected: vec![
                // "Badr Karim - Bilgi İşlem": a user's name with the IT department.
                finding("ID-26-01", "major", "9.3", "2025 yılına ait yönetimin gözden geçirme")
                    .owner("badr@acme.test"),
                // "Lena": the only user of that first name.
                finding("ID-26-02", "minor", "A.8.13, A.8.14", "ERP yedeklerinin geri yükleme")
                    .owner("lena.fischer@acme.test"),
                // Minor UYG: minor uygunsuzluk.
                finding("ID-26-03", "minor", "A.7.2", "Fabrika sahasına giren ziyaretçiler")
                    .pending(&["İdari İşler Müdürü"]),
                // Mınör is minör typed with a dotless ı.
                finding("ID-26-04", "minor", "6.1.3", "Uygulanabilirlik bildirgesinde kapsam")
                    .owner("martin@acme.test"),
                // Gözlm is gözlem mistyped.
                finding("ID-26-05", "observation", "A.8.8", "Üretim hattı operatör panellerinin")
                    .owner("ops@acme.test"),
                finding("ID-26-06", "ofi", "7.2, 7.3", "Vardiya amirleri için bilgi güvenliği")
                    .pending(&["Kalite Müdürü"]),
            ],
        },
    ]
}

pub(super) fn twenty_eighth_holdout_layouts() -> Vec<Layout> {
    vec![
        // Indian certification body's annexure. "Major NC - Category A" is a major and "Minor
        // NC - Category B" a minor (the note line above the header gives the key). The
        // references are written with spaces around the slash ("NC 01 / 2026") and kept as
        // written. "ISO/IEC 27001:2022 Cl. 8.1 & Annex A 8.32" is clause 8.1 and control A.8.32;
        // "A 5.7" is A.5.7. Auditee holds the audited department, not a person: the owner is
        // Responsibility. Correction, root cause and corrective action were filled by the
        // auditee for the first two NCs only. The signature line under the table is no finding.
        Layout {
            id: "holdout28-in-cb-annexure-category-a-b-nc-raised",
            origin: "holdout 28, written for this holdout: an Indian certification body's surveillance audit report annexure for a Pune IT services company (Annexure - II : Summary of Non-conformities / Observations / OFI), on one sheet \"Annexure-II\" under three merged lines: the title in capitals, a line of audit details (organisation Pvt. Ltd., ISO/IEC 27001:2022, Surveillance Audit - 1, audit dates 10-Mar-2026 to 12-Mar-2026, lead auditor with the title Mr.), and a note giving the category key as Indian CB reports write it (\"Category A = Major NC, Category B = Minor NC\", CAPA within 30 / 60 days of the closing meeting). After a blank row the header in the words of Indian reports: Sl. No. (number cells 1-5), NC No. (\"NC 01 / 2026\", \"NC 02 / 2026\", \"NC 03 / 2026\", \"OBS 01 / 2026\", \"OFI 01 / 2026\", with spaces around the slash), Clause no. (\"ISO/IEC 27001:2022 Cl. 8.1 & Annex A 8.32\", \"Annex A 5.18\", \"ISO/IEC 27001:2022 Cl. 7.2\", \"Annex-A 8.13\", \"A 5.7\"), Auditee (the audited department: IT - Application Support, HR & Admin, SOC, IT - Infrastructure, Information Security; no person), NC raised (the statement), Objective Evidence, Category (\"Major NC - Category A\", \"Minor NC - Category B\", Observation, OFI), Correction, Root Cause and Corrective Action (filled by the auditee for NC 01 and NC 02 only), Responsibility (the owner: a user's name that reads like a role, a user's email, a name no user has, a user's name, and the role CISO, which no user has), Target Closure Date as text in Indian style (\"11-Apr-2026\") and Remarks (\"CA plan accepted by Lead Auditor on 20-Mar-2026...\", \"Auditee to submit correction, RCA and CA within 60 days\"). After a blank row a signature line for the auditee representative and the lead auditor with the date; not a finding",
            file_name: "Annexure-II NC Summary - SA1 - Acme Infotech Pvt Ltd.xlsx",
            bytes: xlsx(vec![sheet(
                "Annexure-II",
                0,
                0,
                &[
                    &["ANNEXURE - II : SUMMARY OF NON-CONFORMITIES / OBSERVATIONS / OPPORTUNITIES FOR IMPROVEMENT (OFI)"],
                    &["Organisation: Acme Infotech Pvt. Ltd., Pune   |   Standard: ISO/IEC 27001:2022   |   Audit Type: Surveillance Audit - 1   |   Audit Date(s): 10-Mar-2026 to 12-Mar-2026   |   Lead Auditor: Mr. R. Venkatesh"],
                    &["Note: Category A = Major NC, Category B = Minor NC. Correction, root cause analysis and corrective action to be submitted within 30 days for Category A and within 60 days for Category B NCs from the date of closing meeting."],
                    &[""],
                    &["Sl. No.", "NC No.", "Clause no.", "Auditee", "NC raised", "Objective Evidence", "Category", "Correction", "Root Cause", "Corrective Action", "Responsibility", "Target Closure Date", "Remarks"],
                    &["#n 1", "NC 01 / 2026", "ISO/IEC 27001:2022 Cl. 8.1 & Annex A 8.32", "IT - Application Support", "Change management process not followed: 9 out of 15 production releases of the loan management system (LMS) deployed between Oct-2025 and Feb-2026 had no approved change request (CR) or CAB approval.", "Release register LMS-REL-2025-26; CR tracker (ServiceDesk Plus); CAB minutes dated 14-Nov-2025 and 19-Jan-2026.", "Major NC - Category A", "All 9 releases reviewed retrospectively and approved by CAB on 18-Mar-2026.", "Emergency release route was used for routine releases; no check in the CI/CD pipeline for an approved CR.", "CR number made mandatory in the deployment pipeline; emergency changes to be ratified by CAB within 2 working days; monthly compliance report to ISMS steering committee.", "Head of IT Operations", "11-Apr-2026", "CA plan accepted by Lead Auditor on 20-Mar-2026. Effectiveness to be verified in SA-2."],
                    &["#n 2", "NC 02 / 2026", "Annex A 5.18", "HR & Admin", "User IDs of 4 out of 25 employees separated during Jul-2025 to Dec-2025 were found active in Active Directory at the time of audit.", "AD user export dated 11-Mar-2026; HR separation list Jul-Dec 2025 (Emp. codes AIPL0412, AIPL0587, AIPL0613, AIPL0650).", "Minor NC - Category B", "4 IDs disabled on 12-Mar-2026.", "Separation intimation from HR to IT is sent by e-mail; closure is not tracked.", "Exit clearance form linked to IT ticket; ID deactivation on last working day; monthly reconciliation of AD with HRMS.", "lena.fischer@acme.test", "10-May-2026", ""],
                    &["#n 3", "NC 03 / 2026", "ISO/IEC 27001:2022 Cl. 7.2", "Security Operations Centre (SOC)", "Evidence of competence (training certificates / skill assessment) for 2 newly inducted SOC analysts was not available.", "Personnel files of SOC-L1 analysts joined in Jan-2026.", "Minor NC - Category B", "", "", "", "Suresh Iyer", "10-May-2026", "Auditee to submit correction, RCA and CA within 60 days."],
                    &["#n 4", "OBS 01 / 2026", "Annex-A 8.13", "IT - Infrastructure", "Restoration testing of backups is planned half-yearly; last restoration test record for the LMS database is dated 18-Aug-2025.", "Backup policy AIPL-ISMS-P-12 ver 2.0; restoration test log.", "Observation", "", "", "", "Badr Karim", "30-Jun-2026", "To be reviewed in next audit."],
                    &["#n 5", "OFI 01 / 2026", "A 5.7", "Information Security", "Threat intelligence from CERT-In advisories may be integrated with SIEM use cases for faster detection.", "", "OFI", "", "", "", "CISO", "", ""],
                    &[""],
                    &["For Acme Infotech Pvt. Ltd. (Auditee Representative): ____________________", "", "", "", "", "", "", "", "", "For the Certification Body (Lead Auditor): R. Venkatesh", "", "", "Date: 12-Mar-2026"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)
            .merged(2, 0, 2, 12)]),
            expected: vec![
                finding("NC 01 / 2026", "major", "8.1, A.8.32", "Change management process not followed")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("NC 02 / 2026", "minor", "A.5.18", "User IDs of 4 out of 25 employees")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // Auditee is the department (SOC); the owner is Responsibility.
                finding("NC 03 / 2026", "minor", "7.2", "Evidence of competence (training")
                    .pending(&["Suresh Iyer"])
                    .plan(false),
                finding("OBS 01 / 2026", "observation", "A.8.13", "Restoration testing of backups")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("OFI 01 / 2026", "ofi", "A.5.7", "Threat intelligence from CERT-In")
                    .pending(&["CISO"])
                    .plan(false),
            ],
        },
        // Every header cell and the title are Arabic over English in one cell (a line break
        // between them); every grade and status is Arabic / English in one cell. The UAE IA
        // Control column holds the national standard's control ids (T3.2.1, M2.2.1 ...): no ISO
        // requirements. "Annex-A 5.12, 5.13" is A.5.12 and A.5.13. Root cause and corrective
        // action filled for the first two NCs.
        Layout {
            id: "holdout28-ae-bilingual-arabic-english-cells-uae-ia-column",
            origin: "holdout 28, written for this holdout: an Abu Dhabi semi-government port authority's CAPA register from its ISMS internal audit, carried out by a Dubai consultancy (FZ-LLC), on one sheet \"CAPA Register\" under a merged bilingual title (Arabic line, then the English line in the same cell: \"CAPA Register – ISMS Internal Audit 2026\") and a merged line of audit details with bilingual labels (الجهة / Entity, المدقق / Auditor, تاريخ التدقيق / Audit date). After a blank row the header, every cell Arabic over English separated by a line break as bilingual UAE templates write them: م / S/N (number cells), رقم الملاحظة / Finding Ref. (IA-2026-NC-01 ... IA-2026-OBS-01, IA-2026-OFI-01), بند المعيار / ISO 27001 Clause (\"Annex-A 5.23\", \"Cl. 6.1.2\", \"Annex-A 5.12, 5.13\", \"Annex-A 8.16\", \"Annex-A 6.3\"), ضوابط معيار ضمان المعلومات / UAE IA Control (the UAE Information Assurance Standard's control ids T3.2.1, M2.2.1, M1.3.1, T3.6.2, M3.3.1: another framework, no ISO requirement, and not checked), التصنيف / Classification (Arabic and English in one cell with a slash: \"عدم مطابقة رئيسية / Major NC\", \"عدم مطابقة ثانوية / Minor NC\", \"ملاحظة / Observation\", \"فرصة للتحسين / OFI\"), وصف الملاحظة / Finding Description (statements in English), السبب الجذري / Root Cause and الإجراء التصحيحي / Corrective Action (filled for the first two NCs), المسؤول / Action Owner (in English: users' names, a user's email, a user's role name, and a section head role no user has), تاريخ الإغلاق المستهدف / Target Closure Date (date cells, empty for the OFI) and الحالة / Status (\"مفتوحة / Open\", \"قيد التنفيذ / In Progress\")",
            file_name: "CAPA Register - ISMS Internal Audit 2026 - APA.xlsx",
            bytes: xlsx(vec![sheet(
                "CAPA Register",
                0,
                0,
                &[
                    &["سجل الإجراءات التصحيحية – التدقيق الداخلي لنظام إدارة أمن المعلومات 2026\nCAPA Register – ISMS Internal Audit 2026"],
                    &["الجهة / Entity: Acme Ports Authority – Abu Dhabi   |   المدقق / Auditor: Gulf Assurance Consultants FZ-LLC, Dubai   |   تاريخ التدقيق / Audit date: 02/03/2026 – 05/03/2026"],
                    &[""],
                    &["م\nS/N", "رقم الملاحظة\nFinding Ref.", "بند المعيار\nISO 27001 Clause", "ضوابط معيار ضمان المعلومات\nUAE IA Control", "التصنيف\nClassification", "وصف الملاحظة\nFinding Description", "السبب الجذري\nRoot Cause", "الإجراء التصحيحي\nCorrective Action", "المسؤول\nAction Owner", "تاريخ الإغلاق المستهدف\nTarget Closure Date", "الحالة\nStatus"],
                    &["#n 1", "IA-2026-NC-01", "Annex-A 5.23", "T3.2.1", "عدم مطابقة رئيسية / Major NC", "The Microsoft 365 and Azure tenants holding port community data were adopted without an information security assessment of the cloud services, and the cloud service agreement defines no security requirements.", "Cloud adoption was run as a procurement project without involving the ISMS team.", "Define cloud security requirements, assess Microsoft 365 and Azure against them, and add an ISMS review step to the procurement workflow.", "Badr Karim", "#d 2026-05-31", "مفتوحة / Open"],
                    &["#n 2", "IA-2026-NC-02", "Cl. 6.1.2", "M2.2.1", "عدم مطابقة ثانوية / Minor NC", "The risk register was last updated in February 2025; risks of the new terminal operating system, live since October 2025, have not been assessed.", "Risk owners were not informed of the annual risk review cycle.", "Assess the terminal operating system risks and send the risk review calendar to all risk owners each January.", "martin@acme.test", "#d 2026-04-30", "قيد التنفيذ / In Progress"],
                    &["#n 3", "IA-2026-NC-03", "Annex-A 5.12, 5.13", "M1.3.1", "عدم مطابقة ثانوية / Minor NC", "Classification labels are not applied to documents shared with the Federal Customs Authority; 7 of the 10 e-mails sampled carried unlabelled attachments.", "", "", "Records Management Section Head", "#d 2026-06-30", "مفتوحة / Open"],
                    &["#n 4", "IA-2026-OBS-01", "Annex-A 8.16", "T3.6.2", "ملاحظة / Observation", "SIEM alerts on privileged logins outside working hours are reviewed weekly rather than daily.", "", "", "Head of IT Operations", "#d 2026-06-30", "مفتوحة / Open"],
                    &["#n 5", "IA-2026-OFI-01", "Annex-A 6.3", "M3.3.1", "فرصة للتحسين / OFI", "Awareness sessions could be given in Arabic as well as English to reach operations staff at the terminals.", "", "", "Lena Fischer", "", "مفتوحة / Open"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)]),
            expected: vec![
                finding("IA-2026-NC-01", "major", "A.5.23", "The Microsoft 365 and Azure tenants")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("IA-2026-NC-02", "minor", "6.1.2", "The risk register was last updated")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("IA-2026-NC-03", "minor", "A.5.12, A.5.13", "Classification labels are not applied")
                    .pending(&["Records Management Section Head"])
                    .plan(false),
                finding("IA-2026-OBS-01", "observation", "A.8.16", "SIEM alerts on privileged logins")
                    .owner("ops@acme.test")
                    .plan(false),
                finding("IA-2026-OFI-01", "ofi", "A.6.3", "Awareness sessions could be given")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        // Thai / English in one header cell and in one grade cell (English first). Dates are
        // Buddhist Era with dots (30.04.2569 is 30 April 2026), and the year 2569 is in the
        // references too. "ข้อ 9.3" is clause 9.3 (ข้อ = clause), "ภาคผนวก A 5.30" is A.5.30
        // (ภาคผนวก = annex). Each statement is Thai, then its English translation on a second
        // line of the same cell. The note under the table is no finding.
        Layout {
            id: "holdout28-th-bilingual-utf16-buddhist-dotted-dates",
            origin: "holdout 28, written for this holdout: a Bangkok private hospital's internal ISMS audit findings, bilingual Thai / English, copied from the Excel sheet and saved as Unicode Text (UTF-16 LE with a BOM, tab-separated, every line padded with tabs to eight columns). A title line (รายงานข้อบกพร่องจากการตรวจติดตามภายใน ระบบ ISMS ครั้งที่ 1/2569 / ISMS Internal Audit Findings No. 1/2569), a line of three label/value cells (hospital, audit date in the Buddhist Era with dots, \"10.03.2569 - 12.03.2569\", lead auditor), an empty line and the header, each cell Thai / English: ลำดับ / No. (1-5), เลขที่ / Ref. (IA-2569/01 ... IA-2569/05, the Buddhist year in the reference), ข้อกำหนด / Requirement (\"ข้อ 9.3\" with the Thai word for clause, \"ภาคผนวก A 5.30\" with the Thai word for annex, \"ข้อ 7.5.3\", \"A.8.7\", \"ภาคผนวก A 8.12\"), ระดับ / Grade with both languages in one cell, English first (\"Major NC / ข้อบกพร่องหลัก\", \"Minor NC / ข้อบกพร่องย่อย\", \"Observation / ข้อสังเกต\", \"OFI / โอกาสในการปรับปรุง\"), รายละเอียดข้อบกพร่อง / Finding (the Thai statement, written without spaces between words, and its English translation on a second line of the quoted cell), ผู้รับผิดชอบ / Responsible (a user's name, a user's email, a Thai role no user has, a Thai name no user has, a user's name), กำหนดแล้วเสร็จ / Due Date (Buddhist Era dates with dots, 30.04.2569) and สถานะ / Status (เปิด / Open). After an empty line a note that dates are in the Buddhist Era (B.E. 2569 = 2026); not a finding",
            file_name: "ISMS IA 1-2569 findings.txt",
            bytes: utf16le_with_bom(&delimited(
                &[
                    &["รายงานข้อบกพร่องจากการตรวจติดตามภายใน ระบบ ISMS ครั้งที่ 1/2569 / ISMS Internal Audit Findings No. 1/2569", "", "", "", "", "", "", ""],
                    &["โรงพยาบาลเอคมี / Acme Hospital", "วันที่ตรวจ / Audit date: 10.03.2569 - 12.03.2569", "หัวหน้าผู้ตรวจ / Lead auditor: ศิริพร วงศ์ใหญ่", "", "", "", "", ""],
                    &["", "", "", "", "", "", "", ""],
                    &["ลำดับ / No.", "เลขที่ / Ref.", "ข้อกำหนด / Requirement", "ระดับ / Grade", "รายละเอียดข้อบกพร่อง / Finding", "ผู้รับผิดชอบ / Responsible", "กำหนดแล้วเสร็จ / Due Date", "สถานะ / Status"],
                    &["1", "IA-2569/01", "ข้อ 9.3", "Major NC / ข้อบกพร่องหลัก", "ไม่มีการประชุมทบทวนฝ่ายบริหารสำหรับระบบ ISMS ในปี 2568 ตามที่กำหนดในขั้นตอนการทบทวนฝ่ายบริหาร\nNo management review of the ISMS was held in 2568 (2025) as required by the management review procedure.", "Badr Karim", "30.04.2569", "เปิด / Open"],
                    &["2", "IA-2569/02", "ภาคผนวก A 5.30", "Minor NC / ข้อบกพร่องย่อย", "แผนความต่อเนื่องของระบบสารสนเทศโรงพยาบาล (HIS) ไม่ได้รับการทดสอบตั้งแต่ปี 2566\nThe continuity plan of the hospital information system (HIS) has not been tested since 2566 (2023).", "ops@acme.test", "29.05.2569", "เปิด / Open"],
                    &["3", "IA-2569/03", "ข้อ 7.5.3", "Minor NC / ข้อบกพร่องย่อย", "แผนกเภสัชกรรมยังใช้นโยบายความมั่นคงปลอดภัยสารสนเทศฉบับเก่า (Rev.02) ซึ่งถูกยกเลิกแล้ว\nThe pharmacy department still uses the withdrawn revision (Rev.02) of the information security policy.", "หัวหน้าแผนกเภสัชกรรม", "15.04.2569", "เปิด / Open"],
                    &["4", "IA-2569/04", "A.8.7", "Observation / ข้อสังเกต", "เครื่องคอมพิวเตอร์ 3 เครื่องในห้องฉุกเฉินมีฐานข้อมูลไวรัสที่ไม่ได้ปรับปรุงเกิน 30 วัน\nAntivirus signatures on 3 PCs in the emergency room were more than 30 days old.", "สมชาย ใจดี", "30.04.2569", "เปิด / Open"],
                    &["5", "IA-2569/05", "ภาคผนวก A 8.12", "OFI / โอกาสในการปรับปรุง", "ควรพิจารณานำระบบป้องกันข้อมูลรั่วไหล (DLP) มาใช้กับอีเมลที่มีข้อมูลผู้ป่วย\nA data loss prevention (DLP) tool could be considered for e-mails containing patient data.", "Lena Fischer", "", "เปิด / Open"],
                    &["", "", "", "", "", "", "", ""],
                    &["หมายเหตุ / Note: วันที่ในรายงานนี้เป็นปีพุทธศักราช (พ.ศ.) / dates in this report are in the Buddhist Era (B.E. 2569 = 2026)", "", "", "", "", "", "", ""],
                ],
                '\t',
            )),
            expected: vec![
                finding("IA-2569/01", "major", "9.3", "ไม่มีการประชุมทบทวนฝ่ายบริหาร")
                    .owner("badr@acme.test"),
                finding("IA-2569/02", "minor", "A.5.30", "แผนความต่อเนื่องของระบบสารสนเทศโรงพยาบาล")
                    .owner("ops@acme.test"),
                finding("IA-2569/03", "minor", "7.5.3", "แผนกเภสัชกรรมยังใช้นโยบาย")
                    .pending(&["หัวหน้าแผนกเภสัชกรรม"]),
                finding("IA-2569/04", "observation", "A.8.7", "เครื่องคอมพิวเตอร์ 3 เครื่องในห้องฉุกเฉิน")
                    .pending(&["สมชาย ใจดี"]),
                finding("IA-2569/05", "ofi", "A.8.12", "ควรพิจารณานำระบบป้องกันข้อมูลรั่วไหล")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        // Two header lines, Portuguese over English (the template's two header rows), under two
        // bilingual title lines. Grades are Portuguese / English in one cell ("NC Maior / Major
        // NC", "Oportunidade de Melhoria / OFI"). "Cláusula / Clause 6.1.3 d)" is clause 6.1.3;
        // RNC 001's statement names A.8.30 in passing, its requirement is 6.1.3 alone. The
        // LGPD / Bacen column cites Brazilian law and the central bank's resolution: no ISO
        // requirement. Root cause and corrective action filled for RNC 001 and RNC 002.
        Layout {
            id: "holdout28-br-semicolon-cp1252-two-header-lines-pt-en",
            origin: "holdout 28, written for this holdout: a Brazilian certification body's nonconformity report for a São Paulo payments fintech (Stage 2 certification audit against ABNT NBR ISO/IEC 27001:2022, the Brazilian national edition), kept by the client as its action plan and saved by a Brazilian Excel as CSV (separado por ponto e vírgula): `;`-separated, Windows-1252, no BOM, every line padded to ten fields. Two bilingual title lines (Relatório de Não Conformidades / Nonconformity Report; organisation, standard, dates 09/03/2026 a 11/03/2026, Auditor Líder / Lead Auditor), an empty line, then TWO header lines, Portuguese over English, as the template's two header rows: Nº RNC / NCR No. (\"RNC 001/2026\", \"RNC 002/2026\", \"RNC 003/2026\", \"OBS 001/2026\", \"OM 001/2026\"), Requisito / Requirement (\"Cláusula / Clause 6.1.3 d)\", \"Anexo A / Annex A 5.34\", \"A.8.24\", \"Cláusula / Clause 9.1\", \"Anexo A / Annex A 8.16\"), Classificação / Grading with both languages in one cell (\"NC Maior / Major NC\", \"NC Menor / Minor NC\", \"Observação / Observation\", \"Oportunidade de Melhoria / OFI\"), Descrição da constatação / Finding description (Portuguese only; RNC 001 names control A.8.30 in passing), Evidência / Evidence, Causa raiz / Root cause and Ação corretiva / Corrective action (filled for RNC 001 and RNC 002), Responsável / Owner (users' names, a user's role name, a user's email, the role Coordenador da Qualidade no user has), Prazo / Due date (dd/mm/yyyy text) and LGPD / Bacen (\"LGPD art. 37; art. 46\", \"Res. CMN 4.893/2021 art. 3º\": Brazilian law and central bank references, no ISO requirement, not checked)",
            file_name: "RNC Fase 2 - Acme Pagamentos - plano de acao.csv",
            bytes: windows_1252(&delimited(
                &[
                    &["Relatório de Não Conformidades / Nonconformity Report - Auditoria de Certificação Fase 2 / Stage 2 Certification Audit", "", "", "", "", "", "", "", "", ""],
                    &["Organização / Organisation: Acme Pagamentos Ltda. (São Paulo/SP)", "Norma / Standard: ABNT NBR ISO/IEC 27001:2022", "Datas / Dates: 09/03/2026 a 11/03/2026", "Auditor Líder / Lead Auditor: Fernanda Albuquerque", "", "", "", "", "", ""],
                    &["", "", "", "", "", "", "", "", "", ""],
                    &["Nº RNC", "Requisito", "Classificação", "Descrição da constatação", "Evidência", "Causa raiz", "Ação corretiva", "Responsável", "Prazo", "LGPD / Bacen"],
                    &["NCR No.", "Requirement", "Grading", "Finding description", "Evidence", "Root cause", "Corrective action", "Owner", "Due date", "LGPD / Central Bank ref."],
                    &["RNC 001/2026", "Cláusula / Clause 6.1.3 d)", "NC Maior / Major NC", "A Declaração de Aplicabilidade (v3, jan/2026) exclui o controle A.8.30 (desenvolvimento terceirizado) sem justificativa, embora o aplicativo de pagamentos seja desenvolvido por fornecedor externo.", "SoA v3 de 15/01/2026; contrato com a DevSul Tecnologia.", "A SoA foi revisada sem consulta à área de Produtos Digitais.", "Revisar a SoA incluindo o controle A.8.30 e estabelecer requisitos de segurança no contrato com o fornecedor.", "Badr Karim", "10/04/2026", "Res. CMN 4.893/2021 art. 3º"],
                    &["RNC 002/2026", "Anexo A / Annex A 5.34", "NC Menor / Minor NC", "O inventário de dados pessoais não contempla os dados de clientes tratados pelo parceiro de onboarding digital (biometria facial).", "Inventário de dados pessoais rev. 5; contrato de onboarding.", "O parceiro foi contratado após a última atualização do inventário.", "Atualizar o inventário e incluir a revisão do inventário no processo de contratação de fornecedores.", "Lena Fischer", "30/04/2026", "LGPD art. 37; art. 46"],
                    &["RNC 003/2026", "A.8.24", "NC Menor / Minor NC", "As chaves criptográficas do HSM de produção não têm procedimento de rotação definido; a última rotação registrada é de 2023.", "Registro de cerimônia de chaves de 2023.", "", "", "Head of IT Operations", "29/05/2026", "Res. CMN 4.893/2021 art. 3º"],
                    &["OBS 001/2026", "Cláusula / Clause 9.1", "Observação / Observation", "Os indicadores do SGSI são medidos mensalmente, mas os resultados não são analisados nas reuniões do Comitê de Segurança.", "Atas do Comitê de Segurança de out/2025 a fev/2026.", "", "", "Coordenador da Qualidade", "", ""],
                    &["OM 001/2026", "Anexo A / Annex A 8.16", "Oportunidade de Melhoria / OFI", "O monitoramento de acessos ao ambiente Pix poderia gerar alertas automáticos no SIEM.", "", "", "", "martin@acme.test", "", ""],
                ],
                ';',
            )),
            expected: vec![
                // A.8.30 is named in the statement only; the requirement is 6.1.3.
                finding("RNC 001/2026", "major", "6.1.3", "A Declaração de Aplicabilidade (v3")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("RNC 002/2026", "minor", "A.5.34", "O inventário de dados pessoais")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("RNC 003/2026", "minor", "A.8.24", "As chaves criptográficas do HSM")
                    .owner("ops@acme.test")
                    .plan(false),
                finding("OBS 001/2026", "observation", "9.1", "Os indicadores do SGSI são medidos")
                    .pending(&["Coordenador da Qualidade"])
                    .plan(false),
                finding("OM 001/2026", "ofi", "A.8.16", "O monitoramento de acessos ao ambiente Pix")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // A Kenyan CAPA register split by merged DEPARTMENT section rows, which are no grades
        // and no findings. Controls are written with dashes ("A-8-8" is A.8.8). The grade is
        // Grading (Major NC, Minor NC, OBS, OFI); Risk Level (High / Medium / Low) is no grade
        // and disagrees once (a minor rated High). Dates are ordinals as text ("2nd March
        // 2026"). Root cause and corrective action filled for three NCs, not for HR/NCR/01.
        Layout {
            id: "holdout28-ke-capa-register-department-sections-dashed-controls",
            origin: "holdout 28, written for this holdout: a Nairobi insurer's ISMS Corrective and Preventive Action (CAPA) register after its Q1 2026 internal audit, kept by its Risk & Compliance Department, in Kenyan English. One sheet \"CAPA Register\" under a merged title in capitals (ACME INSURANCE KENYA LIMITED - ISMS CORRECTIVE AND PREVENTIVE ACTION (CAPA) REGISTER) and a merged line (audit, audit dates \"2nd - 6th March 2026\", prepared by, document reference AIK/ISMS/F-10-02). After a blank row the header: S/No (number cells 1-6, continuous across sections), NCR No. (ICT/NCR/01/2026, ICT/NCR/02/2026, HR/NCR/01/2026, HR/OBS/01/2026, CLM/NCR/01/2026, CLM/OFI/01/2026: department, type, number, year), Date NC raised (ordinal dates as text, \"2nd March 2026\"), ISO Clause (controls written with dashes, \"A-8-8\", \"A-8-15\", \"A-6-3\", \"A-5-10\", \"A-8-12\", and \"Clause 7.2\"), Grading (Major NC, Minor NC, OBS, OFI), Risk Level (High / Medium / Low, no grade; a minor rated High), Details of Non-Conformity (the statement), Root Cause Analysis and Corrective Action (filled for three NCs, not for HR/NCR/01 nor the OBS and the OFI), Action Owner (a user's role name, a user's name, the role HR Manager and a Kenyan name no user has, a user's email, a user's name), Target Closure Date (\"30th April 2026\" as text, empty for the OFI), Status (Open, In progress) and Remarks (\"Repeat finding from Q3 2025 audit\"). The findings are grouped under merged section rows DEPARTMENT: ICT, DEPARTMENT: HUMAN RESOURCE & ADMINISTRATION and DEPARTMENT: CLAIMS & UNDERWRITING, two findings each. After a blank row a Prepared by / Approved by line; not a finding",
            file_name: "AIK ISMS CAPA Register Q1 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "CAPA Register",
                0,
                0,
                &[
                    &["ACME INSURANCE KENYA LIMITED - ISMS CORRECTIVE AND PREVENTIVE ACTION (CAPA) REGISTER"],
                    &["Audit: ISMS Internal Audit Q1 2026   |   Audit dates: 2nd - 6th March 2026   |   Prepared by: Risk & Compliance Department   |   Doc. Ref: AIK/ISMS/F-10-02"],
                    &[""],
                    &["S/No", "NCR No.", "Date NC raised", "ISO Clause", "Grading", "Risk Level", "Details of Non-Conformity", "Root Cause Analysis", "Corrective Action", "Action Owner", "Target Closure Date", "Status", "Remarks"],
                    &["DEPARTMENT: ICT"],
                    &["#n 1", "ICT/NCR/01/2026", "2nd March 2026", "A-8-8", "Major NC", "High", "Vulnerability scans are not being performed as per the Vulnerability Management Procedure (AIK/ICT/P-07). The last authenticated scan of the core insurance system was done in August 2025.", "The scanning tool licence lapsed in September 2025 and its renewal was not budgeted for.", "Renew the licence, resume monthly authenticated scans and add all security tool licences to the ICT budget tracker.", "Head of IT Operations", "30th April 2026", "In progress", "Repeat finding from Q3 2025 audit"],
                    &["#n 2", "ICT/NCR/02/2026", "2nd March 2026", "A-8-15", "Minor NC", "High", "Firewall logs are retained for 14 days only against a requirement of 90 days in the Logging and Monitoring Policy.", "Log storage on the firewall appliance was never extended to the SIEM.", "Forward firewall logs to the SIEM with 90-day retention and confirm retention in the monthly ICT security report.", "Badr Karim", "31st May 2026", "Open", ""],
                    &["DEPARTMENT: HUMAN RESOURCE & ADMINISTRATION"],
                    &["#n 3", "HR/NCR/01/2026", "3rd March 2026", "Clause 7.2", "Minor NC", "Medium", "Competence records for 3 out of 8 ICT staff sampled were not available in the personnel files.", "", "", "HR Manager", "31st May 2026", "Open", "RCA and CA to be submitted by 20th March 2026"],
                    &["#n 4", "HR/OBS/01/2026", "3rd March 2026", "A-6-3", "OBS", "Low", "Information security awareness induction for the 11 staff recruited in January 2026 had not been done at the time of audit.", "", "", "lena.fischer@acme.test", "30th April 2026", "Open", ""],
                    &["DEPARTMENT: CLAIMS & UNDERWRITING"],
                    &["#n 5", "CLM/NCR/01/2026", "5th March 2026", "A-5-10", "Minor NC", "Medium", "Claims files containing customers' medical reports were found on unattended desks in the claims registry.", "The clean desk policy had not been communicated to claims registry staff.", "Sensitise claims staff on the clean desk policy and provide lockable cabinets in the registry.", "Wanjiku Kamau", "30th April 2026", "Open", ""],
                    &["#n 6", "CLM/OFI/01/2026", "5th March 2026", "A-8-12", "OFI", "Low", "Consider implementing data loss prevention (DLP) on e-mails sent to external medical service providers.", "", "", "Martín Lombardi", "", "Open", ""],
                    &[""],
                    &["Prepared by: Risk & Compliance Officer", "", "", "", "", "", "Approved by: Chairperson, ISMS Steering Committee", "", "", "", "Date: 16th March 2026"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)
            .merged(4, 0, 4, 12)
            .merged(7, 0, 7, 12)
            .merged(10, 0, 10, 12)]),
            expected: vec![
                finding("ICT/NCR/01/2026", "major", "A.8.8", "Vulnerability scans are not being performed")
                    .owner("ops@acme.test")
                    .plan(true),
                // Risk Level High is no grade: Grading says Minor NC.
                finding("ICT/NCR/02/2026", "minor", "A.8.15", "Firewall logs are retained for 14 days")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("HR/NCR/01/2026", "minor", "7.2", "Competence records for 3 out of 8")
                    .pending(&["HR Manager"])
                    .plan(false),
                finding("HR/OBS/01/2026", "observation", "A.6.3", "Information security awareness induction")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("CLM/NCR/01/2026", "minor", "A.5.10", "Claims files containing customers'")
                    .pending(&["Wanjiku Kamau"])
                    .plan(true),
                finding("CLM/OFI/01/2026", "ofi", "A.8.12", "Consider implementing data loss prevention")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // Korean / English in one header cell ("구분 (Grade)") and in one grade cell ("중부적합
        // (Major NC)"). The ISMS-P column holds the Korean certification's criteria numbers
        // (2.3.2, 1.4.2, 2.5.3 ...), which look like clause numbers but are no ISO
        // requirements. "부속서 A.5.23" is A.5.23 (부속서 = annex). SA1-NC-02's statement cites
        // the range 8.1~8.34 in passing; its requirement is 9.2.2. Dates are Korean ("2026년 4월
        // 30일"). The ※ note line under the table is no finding. No plan columns.
        Layout {
            id: "holdout28-kr-bilingual-csv-bom-isms-p-criteria-column",
            origin: "holdout 28, written for this holdout: a Seoul certification body's list of findings from the first surveillance audit of a Korean payments company certified to ISO/IEC 27001:2022 and audited jointly against the Korean ISMS-P certification, bilingual Korean / English, saved by a Korean Excel as CSV UTF-8 (comma-separated, with a BOM). A title line (ISO/IEC 27001:2022 1차 사후심사 발견사항 목록 (List of Findings - 1st Surveillance Audit)), a line of three label/value cells (auditee (주)에이크미페이, audit dates \"2026년 3월 10일 ~ 3월 12일\", lead auditor in Hangul with the romanised name in brackets), an empty line and the header, each cell Korean with the English in brackets: No. (1-5), 발견사항 번호 (Finding No.) (SA1-NC-01 ... SA1-OB-01, SA1-OFI-01), 구분 (Grade) (\"중부적합 (Major NC)\", \"경부적합 (Minor NC)\", \"관찰사항 (Observation)\", \"개선권고 (OFI)\"), ISO/IEC 27001 조항 (Clause) (\"부속서 A.5.23\" with the Korean word for annex, \"9.2.2\", \"A.8.5\", \"A.5.29\", \"A.6.3\"), ISMS-P 인증기준 (ISMS-P Criteria) (the Korean criteria numbers with their titles, \"2.3.2 외부자 계약 시 보안\", \"1.4.2 관리체계 점검\", \"2.5.3 사용자 인증\", \"2.12.2 재해 복구 시험 및 개선\", \"2.2.4 인식제고 및 교육훈련\": another scheme, no ISO requirements, not checked), 발견사항 내용 (Finding) (statements in Korean; one cites the range 8.1~8.34 in passing), 담당자 (Owner) (a user's name, a Korean name no user has, a user's email, a Korean role no user has, a user's name), 조치기한 (Due Date) (\"2026년 4월 30일\") and 상태 (Status) (조치중 / 미조치). After an empty line a ※ note saying the ISMS-P criteria are given for reference; not a finding",
            file_name: "2026_ISO27001_사후심사1차_발견사항목록_AcmePay.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &["ISO/IEC 27001:2022 1차 사후심사 발견사항 목록 (List of Findings - 1st Surveillance Audit)", "", "", "", "", "", "", "", ""],
                        &["피심사 조직 (Auditee): (주)에이크미페이 (Acme Pay Co., Ltd.)", "심사일 (Audit date): 2026년 3월 10일 ~ 3월 12일", "선임심사원 (Lead auditor): 이정훈 (Lee Jung-hoon)", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", ""],
                        &["No.", "발견사항 번호 (Finding No.)", "구분 (Grade)", "ISO/IEC 27001 조항 (Clause)", "ISMS-P 인증기준 (ISMS-P Criteria)", "발견사항 내용 (Finding)", "담당자 (Owner)", "조치기한 (Due Date)", "상태 (Status)"],
                        &["1", "SA1-NC-01", "중부적합 (Major NC)", "부속서 A.5.23", "2.3.2 외부자 계약 시 보안", "클라우드 서비스(AWS) 이용에 대한 정보보호 요구사항과 책임 분담이 정의되어 있지 않으며, 클라우드 서비스 계약서에 보안 조항이 없음.", "Badr Karim", "2026년 4월 30일", "조치중"],
                        &["2", "SA1-NC-02", "경부적합 (Minor NC)", "9.2.2", "1.4.2 관리체계 점검", "2025년 내부심사 프로그램에 부속서 A 기술적 통제(8.1~8.34)가 포함되지 않아 인증 주기 내 전체 범위를 점검하지 못함.", "김민수", "2026년 5월 29일", "미조치"],
                        &["3", "SA1-NC-03", "경부적합 (Minor NC)", "A.8.5", "2.5.3 사용자 인증", "관리자 콘솔(AWS, 결제 관리 시스템)에 다중 인증(MFA)이 적용되지 않은 관리자 계정 3개가 확인됨.", "ops@acme.test", "2026년 4월 30일", "조치중"],
                        &["4", "SA1-OB-01", "관찰사항 (Observation)", "A.5.29", "2.12.2 재해 복구 시험 및 개선", "재해복구 모의훈련(2025년 11월) 결과 보고서에 도출된 개선사항의 이행 여부가 기록되지 않음.", "정보보호팀장", "2026년 6월 30일", "미조치"],
                        &["5", "SA1-OFI-01", "개선권고 (OFI)", "A.6.3", "2.2.4 인식제고 및 교육훈련", "신규 입사자 보안교육을 온라인 학습 시스템에서 자동으로 배정하는 방안을 검토할 것을 권고함.", "Lena Fischer", "", "미조치"],
                        &["", "", "", "", "", "", "", "", ""],
                        &["※ ISMS-P 인증기준은 통합 심사에 따른 참고 정보임 (ISMS-P criteria are given for reference only; joint audit)", "", "", "", "", "", "", "", ""],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("SA1-NC-01", "major", "A.5.23", "클라우드 서비스(AWS) 이용에 대한")
                    .owner("badr@acme.test"),
                // 8.1~8.34 is cited in the statement only; the requirement is 9.2.2.
                finding("SA1-NC-02", "minor", "9.2.2", "2025년 내부심사 프로그램에")
                    .pending(&["김민수"]),
                finding("SA1-NC-03", "minor", "A.8.5", "관리자 콘솔(AWS")
                    .owner("ops@acme.test"),
                finding("SA1-OB-01", "observation", "A.5.29", "재해복구 모의훈련")
                    .pending(&["정보보호팀장"]),
                finding("SA1-OFI-01", "ofi", "A.6.3", "신규 입사자 보안교육을")
                    .owner("lena.fischer@acme.test"),
            ],
        },
    ]
}

pub(super) fn twenty_ninth_holdout_layouts() -> Vec<Layout> {
    vec![
        // A small Texas SaaS company's tracker. Issue # (number cells 1-5) is the only id, so
        // the references are "1" ... "5". Type holds the grade as NC / OBS / OFI; Severity
        // (High / Medium / Low) is no grade, and nothing in the sheet says otherwise: every NC
        // is a minor, the High one too. Area (Engineering, IT, People Ops, Company) is the
        // audited area, not the owner. "Badr (IT)" is Badr Karim (the only user called
        // Badr); "Martin Lombardi" without the accent is Martín Lombardi; "IT team" is no
        // user. Corrective Action is filled for the first two findings. Due holds ASAP, Q2,
        // Q3 and TBD, no dates.
        Layout {
            id: "holdout29-us-saas-issue-number-type-nc-severity-high",
            origin: "holdout 29, written for this holdout: a small US (Austin, Texas) B2B analytics SaaS company's findings tracker from its first ISO/IEC 27001:2022 internal audit, done by a fractional vCISO, kept in Excel by IT, in US English. Sheet \"Findings\": the title \"Tallgrass Analytics - ISO 27001 Internal Audit Findings Tracker (Feb 2026)\" merged across the table, a line naming the auditor (K. Delgado, fractional vCISO), the audit dates in US style (02/17/2026 - 02/19/2026) and the scope, a blank row, then the header: Issue # (number cells 1-5, the only id), Date Found (mm/dd/yyyy as text), Area (Engineering, IT, People Ops, Company: the audited area, no owner), Finding (the statement), Type (the grade as NC, OBS or OFI, with no major or minor word anywhere), Severity (High / Medium / Low: no grade; the first NC is High, the others Medium and Low), Clause / Control (A.8.8, A.5.18, 7.2, A.8.32, 9.3), Corrective Action (filled for the first two findings), Owner (a user's name without its accent, the team \"IT team\", a user's email, a user's role name, and \"Badr (IT)\", a user's first name with his department in brackets), Due (ASAP, Q2, Q3, TBD: no dates) and Status (Open, In progress)",
            file_name: "Tallgrass ISO27001 IA findings tracker.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Tallgrass Analytics - ISO 27001 Internal Audit Findings Tracker (Feb 2026)"],
                    &["Auditor: K. Delgado (fractional vCISO) | Audit dates: 02/17/2026 - 02/19/2026 | Scope: SaaS platform and corporate IT"],
                    &[""],
                    &["Issue #", "Date Found", "Area", "Finding", "Type", "Severity", "Clause / Control", "Corrective Action", "Owner", "Due", "Status"],
                    &["#n 1", "02/17/2026", "Engineering", "Critical Dependabot alerts in the production API repositories stayed open for 45 to 120 days against the 14-day target in the patching standard.", "NC", "High", "A.8.8", "Critical alerts now go into the sprint intake; alert ageing is reported weekly in the engineering staff meeting.", "Martin Lombardi", "ASAP", "In progress"],
                    &["#n 2", "02/17/2026", "IT", "Two contractors who left in Q4 2025 still had active Google Workspace and GitHub accounts on 02/17/2026.", "NC", "Medium", "A.5.18", "Add GitHub and Slack to the offboarding checklist and reconcile user lists against the HR roster every month.", "IT team", "Q2", "Open"],
                    &["#n 3", "02/18/2026", "People Ops", "Security awareness training completion is not tracked for new hires; 6 of the 9 people hired since October 2025 have no completion record.", "NC", "Low", "7.2", "", "lena.fischer@acme.test", "Q3", "Open"],
                    &["#n 4", "02/18/2026", "Engineering", "Emergency changes are approved in Slack but are not written up in the change log afterwards.", "OBS", "Medium", "A.8.32", "", "Head of IT Operations", "TBD", "Open"],
                    &["#n 5", "02/19/2026", "Company", "The management review could use the live risk register dashboard instead of a static slide deck.", "OFI", "Low", "9.3", "", "Badr (IT)", "TBD", "Open"],
                ],
            )
            .merged(0, 0, 0, 10)]),
            expected: vec![
                // NC with Severity High: still a minor, nothing in the sheet makes it major.
                finding("1", "minor", "A.8.8", "Critical Dependabot alerts in the production")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("2", "minor", "A.5.18", "Two contractors who left in Q4 2025")
                    .pending(&["IT team"])
                    .plan(true),
                finding("3", "minor", "7.2", "Security awareness training completion")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("4", "observation", "A.8.32", "Emergency changes are approved in Slack")
                    .owner("ops@acme.test")
                    .plan(false),
                // "Badr (IT)": the only user called Badr, with his department.
                finding("5", "ofi", "9.3", "The management review could use")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // An Ontario company's log of certification body findings from two audits on one
        // sheet, told apart by the Audit column (Stage 2 (Feb 2025), Surveillance 1 (Feb
        // 2026)); the Finding # carries the audit too (S2-..., SA1-...). The three Stage 2
        // findings are closed and still findings of the file. Comments / updates holds dated
        // updates (2025-03-04: ...) on several lines of one cell; they are no statement and no
        // plan. Corrective action is filled for S2-NC1, S2-NC2 and SA1-NC2. S2-OFI1 and
        // SA1-NC1 have no corrective action but their updates describe what was done, so their
        // plan is not checked. Target date is a date cell. "IT Security", "Compliance Manager"
        // and "Facilities Coordinator" are no users.
        Layout {
            id: "holdout29-ca-two-cb-audits-audit-column-comments-updates",
            origin: "holdout 29, written for this holdout: a Canadian (Mississauga, Ontario) mid-size employee benefits administrator's log of the findings its certification body raised at two audits, kept by its compliance team in one Excel sheet \"CB findings\", in Canadian English. The title \"Maplewood Benefits Administration Ltd. - ISO/IEC 27001 Certification Audit Findings Log\", a line naming both audits (\"Stage 2 (Feb 11-13, 2025) and Surveillance 1 (Feb 9-10, 2026)\"), who maintains it and the last update (Mar 12, 2026), a blank row, then the header: Audit (\"Stage 2 (Feb 2025)\" on three rows, \"Surveillance 1 (Feb 2026)\" on three), Finding # (S2-NC1, S2-NC2, S2-OFI1, SA1-NC1, SA1-NC2, SA1-OBS1), Clause (A.5.30, 6.1.3, A.8.16, 9.2, A.5.23, A.7.14), Grade (Minor, Major, OFI, Observation), Finding (the statement), Corrective action (filled for S2-NC1, S2-NC2 and SA1-NC2), Owner (a user's name, users' emails, and the team IT Security and the roles Compliance Manager and Facilities Coordinator, which no user has), Target date (date cells, empty for the OFI), Status (Closed for the three Stage 2 findings, Open, In progress) and Comments / updates (dated updates in ISO dates, one per line in one cell: \"2025-03-04: CAP sent to CB\", \"2026-02-10: verified closed at Surveillance 1\"; empty for the observation)",
            file_name: "Maplewood - CB audit findings log (Stage 2 + SA1).xlsx",
            bytes: xlsx(vec![sheet(
                "CB findings",
                0,
                0,
                &[
                    &["Maplewood Benefits Administration Ltd. - ISO/IEC 27001 Certification Audit Findings Log"],
                    &["Certification body audits: Stage 2 (Feb 11-13, 2025) and Surveillance 1 (Feb 9-10, 2026) | Maintained by Compliance | Last updated Mar 12, 2026"],
                    &[""],
                    &["Audit", "Finding #", "Clause", "Grade", "Finding", "Corrective action", "Owner", "Target date", "Status", "Comments / updates"],
                    &["Stage 2 (Feb 2025)", "S2-NC1", "A.5.30", "Minor", "The disaster recovery plan for the member benefits portal had never been tested.", "Run a failover test of the portal to the secondary (Montreal) region and add an annual DR test to the ISMS calendar.", "Badr Karim", "#d 2025-05-30", "Closed", "2025-03-04: CAP sent to CB\n2025-05-21: failover test done, RTO met (3h 40m)\n2026-02-10: verified closed at Surveillance 1"],
                    &["Stage 2 (Feb 2025)", "S2-NC2", "6.1.3", "Minor", "Residual risks accepted in the December 2024 risk treatment plan were not approved by the risk owners.", "Risk owners to approve residual risks in the GRC tool; owner approval added to the risk treatment procedure.", "lena.fischer@acme.test", "#d 2025-04-30", "Closed", "2025-04-15: approvals recorded for all 23 accepted risks\n2026-02-10: verified closed at Surveillance 1"],
                    &["Stage 2 (Feb 2025)", "S2-OFI1", "A.8.16", "OFI", "Microsoft 365 audit logs could be forwarded to the SIEM already used for the portal.", "", "IT Security", "", "Closed", "2025-11-18: M365 connector live in the SIEM\n2026-02-10: noted by CB at Surveillance 1"],
                    &["Surveillance 1 (Feb 2026)", "SA1-NC1", "9.2", "Major", "The 2025 internal audit programme left out two in-scope processes, payroll processing and client onboarding.", "", "Compliance Manager", "#d 2026-04-15", "Open", "2026-02-20: RCA meeting held\n2026-03-03: 2026 audit programme redrafted, waiting for CEO approval"],
                    &["Surveillance 1 (Feb 2026)", "SA1-NC2", "A.5.23", "Minor", "No security review was done before the document management system moved to a SaaS provider in August 2025.", "Add a security review gate to vendor onboarding and review the DMS provider's SOC 2 Type 2 report.", "martin@acme.test", "#d 2026-05-29", "In progress", "2026-02-27: SOC 2 report requested from vendor\n2026-03-12: report received, review under way"],
                    &["Surveillance 1 (Feb 2026)", "SA1-OBS1", "A.7.14", "Observation", "Laptops waiting for disposal are kept in an unlocked storage room on the 3rd floor.", "", "Facilities Coordinator", "#d 2026-06-30", "Open", ""],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)]),
            expected: vec![
                finding("S2-NC1", "minor", "A.5.30", "The disaster recovery plan for the member")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("S2-NC2", "minor", "6.1.3", "Residual risks accepted in the December 2024")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // No corrective action; the updates say what was done: plan not checked.
                finding("S2-OFI1", "ofi", "A.8.16", "Microsoft 365 audit logs could be forwarded")
                    .pending(&["IT Security"]),
                // Same: only updates, plan not checked.
                finding("SA1-NC1", "major", "9.2", "The 2025 internal audit programme left out")
                    .pending(&["Compliance Manager"]),
                finding("SA1-NC2", "minor", "A.5.23", "No security review was done before")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("SA1-OBS1", "observation", "A.7.14", "Laptops waiting for disposal")
                    .pending(&["Facilities Coordinator"])
                    .plan(false),
            ],
        },
        // An Irish software company's internal audit findings written up by a consultant, with
        // bullet points ("• ...") on several lines of one cell: in Clause / Control (IA-26-01
        // lists two controls, each with its title: A.5.19 and A.5.20), in Finding (a lead
        // sentence, then bullets; the statement starts with the lead sentence) and in Evidence.
        // The closed finding IA-26-03 is struck through in the workbook and its Finding starts
        // "CLOSED - ", a status marker and not part of the statement, as the note under the
        // table says. "Clause 7.5.3" is clause 7.5.3; "(v2.1 and v3.0)" in IA-26-04's
        // statement are policy versions. Office Manager and Siobhán Kelly are no users. Due
        // holds 30-Jun, 31-May, ASAP, 30-Apr and TBD. No plan columns.
        Layout {
            id: "holdout29-ie-bullet-cells-closed-prefix-struck-row",
            origin: "holdout 29, written for this holdout: an Irish (Galway) mid-size health software company's internal ISMS audit findings, written up in Excel by an external consultant, in Irish English. Sheet \"Audit Findings\": the title \"Corrib Health Software Ltd. - ISMS Internal Audit Findings 2026\" merged across the table, a line naming the auditor (Declan Murphy, Murphy GRC Consulting), the audit dates (2-4 March 2026) and the standard, a blank row, then the header: Ref (IA-26-01 ... IA-26-05), Clause / Control (one cell with two bullet lines \"• A.5.19 Information security in supplier relationships\" and \"• A.5.20 Addressing information security within supplier agreements\", then A.8.13, A.7.2, \"Clause 7.5.3\", A.6.3), Classification (Major NC, Minor NC, Observation, OFI), Finding (a lead sentence ending in a colon followed by bullet lines \"• the payroll bureau has not been assessed since 2023\" in the same cell, for three findings; the closed finding's text starts \"CLOSED - \" because the row is struck through), Evidence (bullet lines: \"• Supplier register v7 (Jan 2026)\", \"• Veeam job reports\"; empty for the OFI), Owner (a user's name, a user's email, the role Office Manager, a user's role name, an Irish name with a fada no user has), Due (30-Jun, 31-May, ASAP, 30-Apr, TBD) and Status (Open, In progress, \"Closed 24-Mar\"). After a blank row the note \"Closed findings are struck through and start with CLOSED -\"; not a finding",
            file_name: "Corrib Health - ISMS IA findings March 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit Findings",
                0,
                0,
                &[
                    &["Corrib Health Software Ltd. - ISMS Internal Audit Findings 2026"],
                    &["Auditor: Declan Murphy (Murphy GRC Consulting) | Audit dates: 2-4 March 2026 | Standard: ISO/IEC 27001:2022"],
                    &[""],
                    &["Ref", "Clause / Control", "Classification", "Finding", "Evidence", "Owner", "Due", "Status"],
                    &["IA-26-01", "• A.5.19 Information security in supplier relationships\n• A.5.20 Addressing information security within supplier agreements", "Major NC", "Supplier security is not managed for critical suppliers:\n• the payroll bureau has not been assessed since 2023\n• the hosting contract has no security schedule\n• the supplier register has no risk ratings", "• Supplier register v7 (Jan 2026)\n• Hosting MSA signed 2022\n• Interview with the procurement lead", "Lena Fischer", "30-Jun", "Open"],
                    &["IA-26-02", "A.8.13", "Minor NC", "Backup restores are not tested:\n• the last restore test record is from May 2025\n• the backup policy asks for a test every quarter", "• Backup policy v2.3\n• Veeam job reports", "badr@acme.test", "31-May", "In progress"],
                    &["IA-26-03", "A.7.2", "Minor NC", "CLOSED - Visitors are not always signed in at the Galway office reception; 4 visitors on 3 March had no entry in the visitor book.", "• Visitor book for 2-4 March", "Office Manager", "ASAP", "Closed 24-Mar"],
                    &["IA-26-04", "Clause 7.5.3", "Observation", "Two versions of the Acceptable Use Policy (v2.1 and v3.0) are published on the intranet.", "• Intranet policy page, 4 March", "Head of IT Operations", "30-Apr", "Open"],
                    &["IA-26-05", "A.6.3", "OFI", "Phishing simulation results could be reported to the leadership team every quarter:\n• click rates are seen by IT only\n• there is no trend over time", "", "Siobhán Kelly", "TBD", "Open"],
                    &[""],
                    &["Closed findings are struck through and start with CLOSED -"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                // Two bullet lines in one cell, each a control with its title.
                finding("IA-26-01", "major", "A.5.19, A.5.20", "Supplier security is not managed for critical suppliers")
                    .owner("lena.fischer@acme.test"),
                finding("IA-26-02", "minor", "A.8.13", "Backup restores are not tested")
                    .owner("badr@acme.test"),
                // "CLOSED - " marks the struck-through row; the statement is what follows.
                finding("IA-26-03", "minor", "A.7.2", "Visitors are not always signed in")
                    .pending(&["Office Manager"]),
                finding("IA-26-04", "observation", "7.5.3", "Two versions of the Acceptable Use Policy")
                    .owner("ops@acme.test"),
                finding("IA-26-05", "ofi", "A.6.3", "Phishing simulation results could be reported")
                    .pending(&["Siobhán Kelly"]),
            ],
        },
        // An Australian managed service provider's findings saved as CSV (Comma delimited) in
        // Windows-1252. Item is the reference. Ref holds the requirement as "ISO 27001
        // A.5.15" / "ISO 27001 9.2" (the standard's name before the id); Requirement holds the
        // requirement's wording (paraphrased, no numbers), not its id. Finding type is the
        // grade (Minor, Major, Observation, OFI). "Priya Shah / IT team" are two owners, no
        // users. Due holds 30-Jun, EOFY (end of the Australian financial year), 31/05/2026 and
        // TBD. No plan columns.
        Layout {
            id: "holdout29-au-msp-csv-ref-iso-prefix-requirement-wording",
            origin: "holdout 29, written for this holdout: an Australian (Melbourne) managed service provider's ISMS internal audit findings after an external consultant's audit, saved by Excel as CSV (Comma delimited): comma-separated, Windows-1252, no BOM, every line padded to the table's eight columns, in Australian English. A title line (\"Southbank IT Services Pty Ltd - ISMS Internal Audit Findings FY26\"), a line naming the audit (9-10 February 2026, Kestrel Assurance, report ref KA-2602-11), an empty line, then the header: Item (SB-01 ... SB-05, the reference), Ref (the requirement's id after the standard's name: \"ISO 27001 A.5.15\", \"ISO 27001 9.2\", \"ISO 27001 A.8.15\", \"ISO 27001 A.5.24\", \"ISO 27001 A.8.9\"), Requirement (the requirement's wording, paraphrased, with no number: \"Rules to control physical and logical access to information and other assets must be established and implemented\"), Finding (the statement), Finding type (Minor, Major, Observation, OFI), Action owner (two people in one cell \"Priya Shah / IT team\" who are no users, a user's name, a user's email, the role Service Desk Lead, a user's name without its accent), Due (30-Jun, EOFY, 31/05/2026, TBD, blank) and Status (Open, In progress)",
            file_name: "SITS ISMS IA findings FY26.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Southbank IT Services Pty Ltd - ISMS Internal Audit Findings FY26", "", "", "", "", "", "", ""],
                        &["Audit conducted 9-10 February 2026 by Kestrel Assurance (external) | Report ref KA-2602-11", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", ""],
                        &["Item", "Ref", "Requirement", "Finding", "Finding type", "Action owner", "Due", "Status"],
                        &["SB-01", "ISO 27001 A.5.15", "Rules to control physical and logical access to information and other assets must be established and implemented", "Client tenant admin accounts are shared by the three service desk engineers on the overnight roster.", "Minor", "Priya Shah / IT team", "30-Jun", "Open"],
                        &["SB-02", "ISO 27001 9.2", "The organisation must conduct internal audits at planned intervals", "No internal audit was carried out in FY25; the audit programme shows the ISMS audit as postponed twice.", "Major", "Lena Fischer", "EOFY", "Open"],
                        &["SB-03", "ISO 27001 A.8.15", "Logs that record activities, exceptions, faults and other relevant events must be produced, stored, protected and analysed", "Logs of the remote monitoring and management (RMM) platform are kept for 7 days only; the logging standard requires 90 days.", "Minor", "badr@acme.test", "31/05/2026", "In progress"],
                        &["SB-04", "ISO 27001 A.5.24", "Incident management responsibilities, processes and roles must be planned and prepared", "The incident response plan still names the former Service Delivery Manager as incident lead.", "Observation", "Service Desk Lead", "TBD", "Open"],
                        &["SB-05", "ISO 27001 A.8.9", "Configurations, including security configurations, of hardware, software, services and networks must be managed", "Client firewall configurations could be backed up to the configuration repository automatically rather than by hand each month.", "OFI", "Martin Lombardi", "", "Open"],
                    ],
                    ',',
                )
            )),
            expected: vec![
                // Two owners, neither a user.
                finding("SB-01", "minor", "A.5.15", "Client tenant admin accounts are shared")
                    .pending(&["Priya Shah", "IT team"]),
                finding("SB-02", "major", "9.2", "No internal audit was carried out in FY25")
                    .owner("lena.fischer@acme.test"),
                finding("SB-03", "minor", "A.8.15", "Logs of the remote monitoring and management")
                    .owner("badr@acme.test"),
                finding("SB-04", "observation", "A.5.24", "The incident response plan still names")
                    .pending(&["Service Desk Lead"]),
                finding("SB-05", "ofi", "A.8.9", "Client firewall configurations could be backed up")
                    .owner("martin@acme.test"),
            ],
        },
        // A Singapore logistics tech company's Google Sheets register downloaded as CSV. S/N
        // (1-5) is the only id, so the references are "1" ... "5". The owner column is headed
        // PIC (person in charge, as Singapore registers say). Category is the grade (Minor,
        // Major, Obs, OFI). Remarks / Updates holds dated updates "[12/3] ..." on several
        // lines; one of them names a root cause, but there is no root cause or action column,
        // so plans are not checked. "Tan Wei Ling (Ops)" is no user: a full name with the
        // department in brackets. Its author read the pending owner as the name alone; the
        // importer keeps a pending owner as written (the department is part of what the cell
        // says and helps whoever assigns it later), and so does this expectation.
        Layout {
            id: "holdout29-sg-google-sheets-csv-sn-only-id-pic-remarks-updates",
            origin: "holdout 29, written for this holdout: a Singapore mid-size logistics technology company's ISMS internal audit register kept in Google Sheets and downloaded as CSV (File > Download > Comma-separated values): comma-separated, UTF-8 without a BOM, only the active sheet, every line padded to nine columns, in Singapore English. A title line (\"Lion City Freight Tech Pte. Ltd. - ISMS Internal Audit 2026: Findings & Follow-up\"), an empty line, then the header: S/N (1-5, the only id), Date raised (dd/mm/yyyy), Clause (A.8.24, \"Clause 5.3\", A.6.7, A.5.30, A.5.7), Finding (the statement), Category (Minor, Major, Obs, OFI), PIC (person in charge: users' emails, a user's name, the full name of someone who is no user with the department in brackets \"Tan Wei Ling (Ops)\", a user's role name), Target date (31/03/2026, ASAP, 30/04/2026, TBD), Status (In progress, Open) and Remarks / Updates (dated updates with the day and month in brackets, one per line: \"[12/3] Root cause: certificate renewals tracked in one engineer's calendar\", \"[26/3] Auto-renewal set up for 11 of 14 certificates\"; empty for the OFI)",
            file_name: "ISMS IA 2026 - Findings & Follow-up - Register.csv",
            bytes: delimited(
                &[
                    &["Lion City Freight Tech Pte. Ltd. - ISMS Internal Audit 2026: Findings & Follow-up", "", "", "", "", "", "", "", ""],
                    &["", "", "", "", "", "", "", "", ""],
                    &["S/N", "Date raised", "Clause", "Finding", "Category", "PIC", "Target date", "Status", "Remarks / Updates"],
                    &["1", "03/03/2026", "A.8.24", "The TLS certificate of the customer tracking portal expired on 14 Feb 2026 and caused a 6-hour outage; certificate renewals have no owner.", "Minor", "badr@acme.test", "31/03/2026", "In progress", "[12/3] Root cause: certificate renewals tracked in one engineer's calendar\n[26/3] Auto-renewal set up for 11 of 14 certificates"],
                    &["2", "03/03/2026", "Clause 5.3", "The ISMS manager role has been vacant since the October 2025 restructuring and nobody has been assigned its responsibilities.", "Major", "Lena Fischer", "ASAP", "In progress", "[5/3] CEO to appoint an interim ISMS manager\n[20/3] Interim ISMS manager appointed, RACI being updated"],
                    &["3", "04/03/2026", "A.6.7", "Drivers' handheld scanners connect from home networks without the VPN, and the remote working policy does not cover field devices.", "Minor", "Tan Wei Ling (Ops)", "30/04/2026", "Open", "[18/3] MDM vendor quote requested"],
                    &["4", "05/03/2026", "A.5.30", "The business continuity plan still lists the former Tuas warehouse as the alternate site.", "Obs", "Head of IT Operations", "30/04/2026", "Open", "[10/3] BCP v4 draft with the new alternate site circulated"],
                    &["5", "05/03/2026", "A.5.7", "Consider feeding SingCERT advisories into the weekly vulnerability triage meeting.", "OFI", "martin@acme.test", "TBD", "Open", ""],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("1", "minor", "A.8.24", "The TLS certificate of the customer tracking portal")
                    .owner("badr@acme.test"),
                finding("2", "major", "5.3", "The ISMS manager role has been vacant")
                    .owner("lena.fischer@acme.test"),
                // A full name with the department in brackets: the pending owner is the name.
                finding("3", "minor", "A.6.7", "Drivers' handheld scanners connect")
                    .pending(&["Tan Wei Ling (Ops)"]),
                // Obs is observation.
                finding("4", "observation", "A.5.30", "The business continuity plan still lists")
                    .owner("ops@acme.test"),
                finding("5", "ofi", "A.5.7", "Consider feeding SingCERT advisories")
                    .owner("martin@acme.test"),
            ],
        },
        // A South African medical scheme administrator's register of its Stage 2 findings.
        // Type holds NC, OBS or OFI and Severity High / Medium / Low, like the US tracker above,
        // but here the register says otherwise: the key line above the header says that for
        // NCs the Severity is the grade, High = Major NC, Medium or Low = Minor NC. So F01 and
        // F04 (NC, High) are major, F02 and F03 minor; the OBS rated High stays an
        // observation. "A.5.15, A.8.2" two controls. Root cause and corrective action filled
        // for F01 and F02. Facilities, IT team and Thabo Nkosi are no users. Target Date is
        // text in the South African yyyy/mm/dd order, and ASAP once.
        Layout {
            id: "holdout29-za-type-severity-key-line-high-nc-is-major",
            origin: "holdout 29, written for this holdout: a South African (Sandton, Johannesburg) mid-size medical scheme administrator's register of the findings from its ISO/IEC 27001:2022 Stage 2 certification audit, kept by Risk & Compliance in Excel, in South African English. Sheet \"Findings\": the title \"Karoo Medical Scheme Administrators (Pty) Ltd - ISMS Audit Findings Register\" merged across the table, a merged line naming the audit (Stage 2, 23-25 February 2026, the certification body Highveld Certification Services, the register owner), a merged key line (\"Key: Type NC = nonconformity, OBS = observation, OFI = opportunity for improvement. For NCs the Severity is the grade: High = Major NC, Medium or Low = Minor NC.\"), a blank row, then the header: Finding No (F01 ... F06), Type (NC, OBS, OFI), Severity (High, Medium, Low; an OBS rated High), ISO Clause (A.8.13, A.5.34, 7.2, \"A.5.15, A.8.2\", A.7.11, A.6.3), Description of Finding (the statement; load-shedding and the generator changeover in one), Root Cause and Corrective Action (filled for F01 and F02), Responsible Person (a user's role name, a user's name, a South African name no user has, the team IT team, the department Facilities, a user's email), Target Date (text in yyyy/mm/dd order, 2026/04/30, ASAP once, blank for the OFI) and Status (Open, In progress)",
            file_name: "KMSA ISMS Stage 2 findings register.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Karoo Medical Scheme Administrators (Pty) Ltd - ISMS Audit Findings Register"],
                    &["Audit: ISO/IEC 27001:2022 Stage 2 certification audit, 23-25 February 2026 | Certification body: Highveld Certification Services | Register owner: Risk & Compliance"],
                    &["Key: Type NC = nonconformity, OBS = observation, OFI = opportunity for improvement. For NCs the Severity is the grade: High = Major NC, Medium or Low = Minor NC."],
                    &[""],
                    &["Finding No", "Type", "Severity", "ISO Clause", "Description of Finding", "Root Cause", "Corrective Action", "Responsible Person", "Target Date", "Status"],
                    &["F01", "NC", "High", "A.8.13", "No successful restore of the claims database has been demonstrated since the backup platform was replaced in September 2025.", "Restore testing was not part of the acceptance criteria of the backup migration project.", "Perform a full restore test of the claims database and schedule quarterly restore tests in the IT operations calendar.", "Head of IT Operations", "2026/04/30", "In progress"],
                    &["F02", "NC", "Medium", "A.5.34", "The record of processing for member health information does not cover data shared with the two contracted managed-care providers.", "The record of processing was compiled before the managed-care contracts were signed and is not updated when contracts change.", "Update the record of processing and add a privacy review step to the contract approval workflow.", "Lena Fischer", "2026/05/29", "Open"],
                    &["F03", "NC", "Low", "7.2", "Competence requirements for the information security officer role are not defined.", "", "", "Thabo Nkosi", "2026/05/29", "Open"],
                    &["F04", "NC", "High", "A.5.15, A.8.2", "Privileged access to the member administration system is granted by e-mail without approval; 3 of 5 admin accounts sampled had no approval record.", "", "", "IT team", "ASAP", "Open"],
                    &["F05", "OBS", "High", "A.7.11", "The generator changeover at the Sandton server room has not been tested since 2024, although load-shedding resumed in January 2026.", "", "", "Facilities", "2026/06/30", "Open"],
                    &["F06", "OFI", "Low", "A.6.3", "Awareness training could be offered in isiZulu and Afrikaans for call-centre staff.", "", "", "martin@acme.test", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(2, 0, 2, 9)]),
            expected: vec![
                // NC with Severity High: major, as the key line says.
                finding("F01", "major", "A.8.13", "No successful restore of the claims database")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("F02", "minor", "A.5.34", "The record of processing for member health")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("F03", "minor", "7.2", "Competence requirements for the information")
                    .pending(&["Thabo Nkosi"])
                    .plan(false),
                // NC, High: major (key line).
                finding("F04", "major", "A.5.15, A.8.2", "Privileged access to the member administration")
                    .pending(&["IT team"])
                    .plan(false),
                // The key grades NCs only: an OBS rated High is an observation.
                finding("F05", "observation", "A.7.11", "The generator changeover at the Sandton")
                    .pending(&["Facilities"])
                    .plan(false),
                finding("F06", "ofi", "A.6.3", "Awareness training could be offered")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn thirtieth_holdout_layouts() -> Vec<Layout> {
    vec![
        // A French logistics group's ServiceNow IRM issue list exported to Excel with the French
        // interface, so one sheet "Page 1", header in the first row, no title. The tool has no
        // grade field: the ISMS manager types the grade as a tag at the start of the short
        // description ("[NC majeure] ...", "[NC mineure] ...", once "NC mineure – ..." with a
        // dash instead of brackets, "[Observation] ...", "[Piste de progrès] ..." for an OFI).
        // Priorité is the ticket priority and no grade: it disagrees twice (the major is
        // "3 - Modérée", a minor "1 - Critique"). The statement is Description, not the short
        // description (Brève description), which is a tag and a title. Élément is the control
        // record, "ISO27001:2022 A.8.15 Journalisation - DSI Lyon": the control number, its
        // French title, then " - " and the entity; "ISO27001:2022 Clause 9.2.2 Programme
        // d'audit interne - SMSI Groupe" is clause 9.2.2. Attribué à is the owner (users'
        // names, a user's role name, and Julien Morel, no user); Groupe d'affectation is the
        // assignment group, no owner. Ouvert par names Lena Fischer on every row (she enters
        // the findings) and owns only ISS0010418. Réponse (Corriger / Accepter) is no status
        // of the finding; the OFI marked Accepter is still a finding. No plan column.
        Layout {
            id: "holdout30-fr-servicenow-irm-page1-grade-tag-in-short-description",
            origin: "holdout 30, written for this holdout: a French (Lyon) mid-size logistics group's ServiceNow IRM (Integrated Risk Management) issue list, filtered on its 2026 internal ISMS audit engagement and exported with the list's context menu Export > Excel, with the French user interface, so one sheet named \"Page 1\", header in the first row, no title, and dates as text in the tool's format (\"2026-03-17 10:42:51\"). Columns in the list view's order: Numéro (ISS0010417, ISS0010418, ISS0010421, ISS0010422, ISS0010425: gaps where issues of other engagements were filtered out), Brève description (the short description, starting with the grade typed as a tag because the company configured no grade field: \"[NC majeure] ...\", \"[NC mineure] ...\", once \"NC mineure – ...\" with an en dash and no brackets, \"[Observation] ...\", \"[Piste de progrès] ...\"), Description (the statement, in French), État (Nouveau, Analyse, Répondre), Priorité (\"1 - Critique\" ... \"5 - Planification\": the ticket priority, no grade, \"3 - Modérée\" on the major and \"1 - Critique\" on a minor), Élément (the control record the issue hangs on, named by the imported content pack as \"ISO27001:2022 A.8.15 Journalisation - DSI Lyon\": the standard, the control or \"Clause 9.2.2\", its French title, then \" - \" and the entity), Source (\"Mission d'audit AUDENG0001043 - Audit interne SMSI 2026\" on every row), Attribué à (users' display names, a user's role name Head of IT Operations, and Julien Morel, no user), Groupe d'affectation (Sécurité SI, Conformité, Achats, Services généraux, Infrastructure: no owners), Ouvert (the opening timestamp), Ouvert par (Lena Fischer, a user, on every row: she enters the findings for the external auditor and owns one of them), Date d'échéance (\"2026-04-30 23:59:59\", empty for the OFI), Réponse (Corriger, or Accepter on the OFI), Mis à jour and Mis à jour par (logins such as lena.fischer and system)",
            file_name: "sn_grc_issue.xlsx",
            bytes: xlsx(vec![sheet(
                "Page 1",
                0,
                0,
                &[
                    &["Numéro", "Brève description", "Description", "État", "Priorité", "Élément", "Source", "Attribué à", "Groupe d'affectation", "Ouvert", "Ouvert par", "Date d'échéance", "Réponse", "Mis à jour", "Mis à jour par"],
                    &["ISS0010417", "[NC majeure] Journaux des comptes à privilèges non conservés", "Les journaux d'authentification des comptes administrateurs du domaine ne sont conservés que 7 jours sur les contrôleurs de domaine et ne sont pas transmis au SIEM, alors que la politique de journalisation exige une conservation de 12 mois.", "Répondre", "3 - Modérée", "ISO27001:2022 A.8.15 Journalisation - DSI Lyon", "Mission d'audit AUDENG0001043 - Audit interne SMSI 2026", "Badr Karim", "Sécurité SI", "2026-03-17 10:42:51", "Lena Fischer", "2026-04-30 23:59:59", "Corriger", "2026-03-24 08:15:02", "badr.karim"],
                    &["ISS0010418", "[NC mineure] Programme d'audit interne incomplet", "Le programme d'audit interne 2025 n'a couvert ni le processus de gestion des changements ni l'entrepôt de Vénissieux, tous deux inclus dans le périmètre du SMSI.", "Analyse", "1 - Critique", "ISO27001:2022 Clause 9.2.2 Programme d'audit interne - SMSI Groupe", "Mission d'audit AUDENG0001043 - Audit interne SMSI 2026", "Lena Fischer", "Conformité", "2026-03-17 10:58:14", "Lena Fischer", "2026-05-29 23:59:59", "Corriger", "2026-03-20 17:31:40", "lena.fischer"],
                    &["ISS0010421", "NC mineure – Prestataire d'infogérance non évalué", "Le prestataire d'infogérance du réseau des entrepôts, sous contrat depuis juin 2025, n'a fait l'objet d'aucune évaluation de sécurité et son contrat ne comporte aucune clause de sécurité de l'information.", "Nouveau", "2 - Élevée", "ISO27001:2022 A.5.19 Sécurité de l'information dans les relations avec les fournisseurs - Achats", "Mission d'audit AUDENG0001043 - Audit interne SMSI 2026", "Julien Morel", "Achats", "2026-03-18 09:05:37", "Lena Fischer", "2026-06-30 23:59:59", "Corriger", "2026-03-18 09:05:37", "lena.fischer"],
                    &["ISS0010422", "[Observation] Badges visiteurs non restitués", "À l'entrepôt de Vénissieux, 4 des 25 badges visiteurs remis en février 2026 n'ont pas été restitués et le registre d'accueil ne mentionne pas leur désactivation.", "Analyse", "4 - Faible", "ISO27001:2022 A.7.2 Entrées physiques - Entrepôt de Vénissieux", "Mission d'audit AUDENG0001043 - Audit interne SMSI 2026", "Head of IT Operations", "Services généraux", "2026-03-18 11:20:09", "Lena Fischer", "2026-06-30 23:59:59", "Corriger", "2026-03-23 14:02:55", "system"],
                    &["ISS0010425", "[Piste de progrès] Tableau de bord des vulnérabilités", "Les résultats des scans de vulnérabilités pourraient être présentés par criticité et par ancienneté dans un tableau de bord mensuel, plutôt que sous forme d'exports CSV envoyés par courriel.", "Nouveau", "5 - Planification", "ISO27001:2022 A.8.8 Gestion des vulnérabilités techniques - DSI Lyon", "Mission d'audit AUDENG0001043 - Audit interne SMSI 2026", "Martín Lombardi", "Infrastructure", "2026-03-18 15:47:26", "Lena Fischer", "", "Accepter", "2026-03-19 10:11:03", "martin.lombardi"],
                ],
            )]),
            expected: vec![
                // The tag says major; the priority "3 - Modérée" is no grade.
                finding("ISS0010417", "major", "A.8.15", "Les journaux d'authentification des comptes administrateurs")
                    .owner("badr@acme.test"),
                // "Clause 9.2.2" in the control record's name; priority "1 - Critique" is no grade.
                finding("ISS0010418", "minor", "9.2.2", "Le programme d'audit interne 2025")
                    .owner("lena.fischer@acme.test"),
                // The tag with a dash and no brackets.
                finding("ISS0010421", "minor", "A.5.19", "Le prestataire d'infogérance du réseau")
                    .pending(&["Julien Morel"]),
                finding("ISS0010422", "observation", "A.7.2", "À l'entrepôt de Vénissieux, 4 des 25 badges")
                    .owner("ops@acme.test"),
                // Piste de progrès: an OFI, still a finding although its response is Accepter.
                finding("ISS0010425", "ofi", "A.8.8", "Les résultats des scans de vulnérabilités")
                    .owner("martin@acme.test"),
            ],
        },
        // A US insurance broker's GRC platform (OneTrust/Archer-like) report exported to Excel.
        // Three report lines above the header (report name, generated timestamp and filter),
        // then the tool's field names. Tracking ID (number cells) is the platform's record id;
        // the reference is Issue ID (ISS-2025-0388, ISS-2026-0142 ...). The statement is Issue
        // Description, not Issue Title. The grade is Issue Rating (High, Medium, Low,
        // Advisory), which here IS the grade: the workbook's second sheet, Field Definitions,
        // defines High = Major nonconformity, Medium = Minor nonconformity, Low = Observation,
        // Advisory = Opportunity for improvement. That sheet holds no findings. Source
        // Requirement writes references as the tool's content pack does: "ISO27001:2022 A.8.15
        // Logging", "Clause 9.2.2", "ISO27001:2022 A.5.19; ISO27001:2022 A.5.21" (two
        // controls), "Annex A.5.15", "ISO/IEC 27001:2022 6.1.3" (clause 6.1.3, not a control),
        // "ISO27001:2022 A.8.8 Management of technical vulnerabilities". Remediation Owner is
        // a display name with the email in angle brackets (users), a bare user's name, or the
        // group GRC Team (no user). Identified By names the external auditor, no owner.
        // Remediation Plan is filled for three issues (plan), empty for three. The closed 2025
        // issue is still a finding of the file.
        Layout {
            id: "holdout30-us-grc-platform-issue-rating-defined-on-second-sheet",
            origin: "holdout 30, written for this holdout: a US (Chicago) mid-size commercial insurance broker's GRC platform (OneTrust/Archer-like) report \"ISMS Audit Issues - All Records\" exported to Excel. Sheet \"Issues\": the report name, a line \"Generated (UTC): 2026-04-02T07:15:03Z | Generated by: svc_grc_reporting | Filter: Issue Source contains ISO 27001\", a blank row, then the header in the tool's field names: Tracking ID (the platform's record id, number cells 283904, 284311 ...), Issue ID (ISS-2025-0388, ISS-2026-0142 ...), Issue Title (a short title), Issue Description (the statement), Issue Rating (High, Medium, Low, Advisory), Issue Source (\"External Audit - Surveillance 1 (2025)\", \"Internal Audit - ISMS 2026\"), Source Requirement (as the content pack writes them: \"ISO27001:2022 A.8.15 Logging\", \"Clause 9.2.2\", \"ISO27001:2022 A.5.19; ISO27001:2022 A.5.21\", \"Annex A.5.15\", \"ISO/IEC 27001:2022 6.1.3\", \"ISO27001:2022 A.8.8 Management of technical vulnerabilities\"), Remediation Owner (\"Badr Karim <badr@acme.test>\", \"Head of IT Operations <ops@acme.test>\", a bare user's name, the group GRC Team, no user), Remediation Plan (filled for three issues), Due Date (UTC) (\"2026-05-29T23:59:59Z\", empty twice), Record Status (Open, Remediation In Progress, Closed), Identified By (the external and internal auditors with their firm or team, no users), Created Date (UTC), Last Updated (UTC) (ISO timestamps) and Last Updated By (svc_integration, a service account). A second sheet \"Field Definitions\", exported with the report, lists Field, Value and Definition for Issue Rating (High = Major nonconformity, Medium = Minor nonconformity, Low = Observation, Advisory = Opportunity for improvement, each with a one-line definition) and Record Status; it holds no findings, and it is what makes the rating the grade",
            file_name: "ISMS Audit Issues - All Records 20260402.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Issues",
                    0,
                    0,
                    &[
                        &["ISMS Audit Issues - All Records"],
                        &["Generated (UTC): 2026-04-02T07:15:03Z | Generated by: svc_grc_reporting | Filter: Issue Source contains ISO 27001"],
                        &[""],
                        &["Tracking ID", "Issue ID", "Issue Title", "Issue Description", "Issue Rating", "Issue Source", "Source Requirement", "Remediation Owner", "Remediation Plan", "Due Date (UTC)", "Record Status", "Identified By", "Created Date (UTC)", "Last Updated (UTC)", "Last Updated By"],
                        &["#n 283904", "ISS-2025-0388", "Patch exceptions not recorded", "Exceptions to the 30-day patching window for critical vulnerabilities were granted by e-mail and not recorded in the exception register.", "Medium", "External Audit - Surveillance 1 (2025)", "ISO27001:2022 A.8.8 Management of technical vulnerabilities", "Head of IT Operations <ops@acme.test>", "Record every exception in the GRC exception register with an expiry date; the CISO reviews open exceptions monthly.", "2025-12-19T23:59:59Z", "Closed", "Dana Whitfield (Lakeshore Certification)", "2025-10-22T15:40:11Z", "2026-01-08T10:12:56Z", "svc_integration"],
                        &["#n 284311", "ISS-2026-0142", "Privileged activity not logged", "Administrative actions on the policy administration system are not logged, so changes made with the three shared vendor support accounts cannot be traced to a person.", "High", "Internal Audit - ISMS 2026", "ISO27001:2022 A.8.15 Logging", "Badr Karim <badr@acme.test>", "Enable audit logging on the policy administration system, forward it to the SIEM and replace the shared vendor accounts with named accounts.", "2026-05-29T23:59:59Z", "Remediation In Progress", "Priya Nair (Internal Audit)", "2026-03-12T09:14:22Z", "2026-03-30T16:02:41Z", "svc_integration"],
                        &["#n 284312", "ISS-2026-0143", "Audit programme not risk-based", "The internal audit programme gives every process the same annual audit and does not take into account the importance of the processes or the results of previous audits.", "Medium", "Internal Audit - ISMS 2026", "Clause 9.2.2", "Lena Fischer <lena.fischer@acme.test>", "", "2026-06-30T23:59:59Z", "Open", "Priya Nair (Internal Audit)", "2026-03-12T09:31:05Z", "2026-03-12T09:31:05Z", "svc_integration"],
                        &["#n 284316", "ISS-2026-0147", "Portal supplier contracts", "Contracts with two of the four software suppliers of the broker portal contain no information security requirements, and the portal's software supply chain has not been assessed.", "Medium", "Internal Audit - ISMS 2026", "ISO27001:2022 A.5.19; ISO27001:2022 A.5.21", "GRC Team", "Add the security schedule to both contracts at renewal and assess the portal's supply chain with the supplier security questionnaire.", "2026-07-31T23:59:59Z", "Open", "Priya Nair (Internal Audit)", "2026-03-13T11:02:47Z", "2026-03-27T08:45:19Z", "svc_integration"],
                        &["#n 284319", "ISS-2026-0150", "Joiner access copied from peers", "Access for new joiners in claims handling is requested as the same access as a named colleague, so new staff may receive more rights than their role needs.", "Low", "Internal Audit - ISMS 2026", "Annex A.5.15", "Martín Lombardi", "", "", "Open", "Priya Nair (Internal Audit)", "2026-03-13T14:26:33Z", "2026-03-13T14:26:33Z", "svc_integration"],
                        &["#n 284320", "ISS-2026-0151", "Treatment actions not linked", "The risk treatment plan could link each treatment action to its service desk ticket so that progress is visible without asking the action owners.", "Advisory", "Internal Audit - ISMS 2026", "ISO/IEC 27001:2022 6.1.3", "Head of IT Operations <ops@acme.test>", "", "", "Open", "Priya Nair (Internal Audit)", "2026-03-13T15:08:50Z", "2026-03-13T15:08:50Z", "svc_integration"],
                    ],
                ),
                sheet(
                    "Field Definitions",
                    0,
                    0,
                    &[
                        &["Field", "Value", "Definition"],
                        &["Issue Rating", "High", "Major nonconformity: a requirement of ISO/IEC 27001 is not met at all, or the nonconformity puts the ability of the ISMS to achieve its intended results in doubt."],
                        &["Issue Rating", "Medium", "Minor nonconformity: a single lapse or partial fulfilment of an ISO/IEC 27001 requirement."],
                        &["Issue Rating", "Low", "Observation: not a nonconformity; a weakness that could become one if not addressed."],
                        &["Issue Rating", "Advisory", "Opportunity for improvement: a suggestion, not a nonconformity."],
                        &["Record Status", "Open", "Issue logged, remediation not started."],
                        &["Record Status", "Remediation In Progress", "Remediation plan approved and being carried out."],
                        &["Record Status", "Closed", "Remediation verified by whoever identified the issue."],
                    ],
                ),
            ]),
            expected: vec![
                // Medium = Minor nonconformity (Field Definitions); closed, still a finding.
                finding("ISS-2025-0388", "minor", "A.8.8", "Exceptions to the 30-day patching window")
                    .owner("ops@acme.test")
                    .plan(true),
                // High = Major nonconformity.
                finding("ISS-2026-0142", "major", "A.8.15", "Administrative actions on the policy administration")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("ISS-2026-0143", "minor", "9.2.2", "The internal audit programme gives every process")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                // Two controls separated by "; ", each with the standard before it.
                finding("ISS-2026-0147", "minor", "A.5.19, A.5.21", "Contracts with two of the four software suppliers")
                    .pending(&["GRC Team"])
                    .plan(true),
                // Low = Observation; "Annex A.5.15" is A.5.15.
                finding("ISS-2026-0150", "observation", "A.5.15", "Access for new joiners in claims handling")
                    .owner("martin@acme.test")
                    .plan(false),
                // Advisory = Opportunity for improvement; "6.1.3" after the standard is clause 6.1.3.
                finding("ISS-2026-0151", "ofi", "6.1.3", "The risk treatment plan could link each")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A certification body's client portal export: UTF-8 CSV with a BOM, header in the
        // first line, machine column names in capitals. The reference is FINDING_REF
        // (A26-004817-F01 ...), not FINDING_SEQ (1-7) nor PREV_FINDING_REF (the earlier
        // finding a repeat finding refers to, A25-003902-F02). The grade is FINDING_CAT_CD:
        // NC-MAJ, NC-MIN, OBS, OFI, and POS for a positive finding (a strength the auditor
        // noted), which is no finding to import: its text praises, CAR_REQ_FLG is N and its
        // status N/A. STD_CLAUSE_REF holds bare numbers, several joined by "|" ("A.5.15|A.8.2",
        // "10.2|A.8.8"). FINDING_TXT is the statement, OBJ_EVIDENCE_TXT the evidence.
        // CLIENT_CONTACT_NM names the client's audit contact, Lena Fischer, on every row: she
        // is the audit's contact, not an owner, and the export has no owner column, so no
        // finding has an owner (checked as no owner and no pending owner). No plan column.
        Layout {
            id: "holdout30-cb-portal-csv-machine-headers-category-codes-positive-row",
            origin: "holdout 30, written for this holdout: a certification body's client portal (\"CertTrack\"-like) export of the findings of a first surveillance audit of a Scottish (Edinburgh and Glasgow) water-sector engineering services company, downloaded as CSV: UTF-8 with a BOM, comma-separated, CRLF, header in the first line, no title, every column a machine name in capitals: AUDIT_NO (A26-004817 on every row), AUDIT_TYPE_CD (SURV1), AUDIT_START_DT (2026-03-09), CLIENT_ID (C-018842), CLIENT_CONTACT_NM (the client's audit contact, Lena Fischer, a user, on every row; no owner), SITE_CD (S01, S02), FINDING_SEQ (1-7), FINDING_REF (A26-004817-F01 ... F07), FINDING_CAT_CD (NC-MAJ, NC-MIN, OBS, OFI, and POS for a positive finding), STD_CD (ISO27001:2022), STD_CLAUSE_REF (bare numbers, several joined by a pipe: A.8.13, 9.2.2, \"A.5.15|A.8.2\", \"10.2|A.8.8\", A.7.7, A.5.7, A.5.19), FINDING_TXT (the statement), OBJ_EVIDENCE_TXT (the evidence), CAR_REQ_FLG (Y for the nonconformities, N otherwise), RESP_DUE_DT (ISO dates, empty when no corrective action is required), FINDING_STATUS_CD (OPEN, RESP_SUBMITTED, N/A), PREV_FINDING_REF (A25-003902-F02 on the repeat finding, empty otherwise), LEAD_AUDITOR_ID (LA-0731) and LAST_UPD_TS (ISO timestamps with a Z). The seventh row, POS, is a strength the auditor noted (\"The supplier security assessment process is well embedded ...\"); not a finding",
            file_name: "CertTrack_Findings_A26-004817_20260311T164208Z.csv",
            bytes: format!(
                "\u{feff}{}\r\n",
                delimited(
                    &[
                        &["AUDIT_NO", "AUDIT_TYPE_CD", "AUDIT_START_DT", "CLIENT_ID", "CLIENT_CONTACT_NM", "SITE_CD", "FINDING_SEQ", "FINDING_REF", "FINDING_CAT_CD", "STD_CD", "STD_CLAUSE_REF", "FINDING_TXT", "OBJ_EVIDENCE_TXT", "CAR_REQ_FLG", "RESP_DUE_DT", "FINDING_STATUS_CD", "PREV_FINDING_REF", "LEAD_AUDITOR_ID", "LAST_UPD_TS"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S01", "1", "A26-004817-F01", "NC-MAJ", "ISO27001:2022", "A.8.13", "No restore of the finance ERP database has been tested since the backup system was replaced in August 2025, although the backup procedure requires a restore test every quarter.", "Backup procedure BP-04 v3; backup console job history Aug 2025 - Mar 2026; interview with the infrastructure lead", "Y", "2026-04-08", "OPEN", "", "LA-0731", "2026-03-11T16:42:08Z"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S01", "2", "A26-004817-F02", "NC-MIN", "ISO27001:2022", "9.2.2", "The internal audit programme for 2025-2026 includes no audit of the Glasgow site, which joined the certificate scope in 2025.", "Internal audit programme 2025-2026 v2; certificate scope statement", "Y", "2026-05-08", "RESP_SUBMITTED", "", "LA-0731", "2026-03-11T16:42:08Z"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S02", "3", "A26-004817-F03", "NC-MIN", "ISO27001:2022", "A.5.15|A.8.2", "Two of the five domain administrator accounts sampled belong to staff who moved to non-IT roles in 2025 and still hold administrator rights.", "Active Directory group export Domain Admins 10/03/2026; HR role change list 2025", "Y", "2026-05-08", "OPEN", "", "LA-0731", "2026-03-11T16:42:08Z"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S02", "4", "A26-004817-F04", "NC-MIN", "ISO27001:2022", "10.2|A.8.8", "The corrective action taken for last year's patching finding was not effective: 14 servers at the Glasgow site still miss critical patches released more than 30 days ago.", "Patch compliance report 10/03/2026; corrective action record for A25-003902-F02", "Y", "2026-05-08", "OPEN", "A25-003902-F02", "LA-0731", "2026-03-11T16:42:08Z"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S01", "5", "A26-004817-F05", "OBS", "ISO27001:2022", "A.7.7", "Printed payroll reports were left in the tray of the shared printer on the second floor during the site tour.", "Site tour, Edinburgh office, 2nd floor", "N", "", "OPEN", "", "LA-0731", "2026-03-11T16:42:08Z"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S01", "6", "A26-004817-F06", "OFI", "ISO27001:2022", "A.5.7", "Threat information shared by the water sector's information exchange could be fed into the weekly vulnerability triage.", "Interview with the security operations lead", "N", "", "OPEN", "", "LA-0731", "2026-03-11T16:42:08Z"],
                        &["A26-004817", "SURV1", "2026-03-09", "C-018842", "Lena Fischer", "S01", "7", "A26-004817-F07", "POS", "ISO27001:2022", "A.5.19", "The supplier security assessment process is well embedded: all 12 suppliers onboarded in 2025 were assessed before contract signature.", "Supplier register; sample of 4 supplier assessments", "N", "", "N/A", "", "LA-0731", "2026-03-11T16:42:08Z"],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                // CLIENT_CONTACT_NM is the audit's contact: no owner on any finding.
                finding("A26-004817-F01", "major", "A.8.13", "No restore of the finance ERP database")
                    .pending(&[]),
                finding("A26-004817-F02", "minor", "9.2.2", "The internal audit programme for 2025-2026")
                    .pending(&[]),
                finding("A26-004817-F03", "minor", "A.5.15, A.8.2", "Two of the five domain administrator accounts")
                    .pending(&[]),
                // A repeat finding: PREV_FINDING_REF is the earlier finding, not this one's reference.
                finding("A26-004817-F04", "minor", "10.2, A.8.8", "The corrective action taken for last year's")
                    .pending(&[]),
                finding("A26-004817-F05", "observation", "A.7.7", "Printed payroll reports were left")
                    .pending(&[]),
                finding("A26-004817-F06", "ofi", "A.5.7", "Threat information shared by the water sector")
                    .pending(&[]),
                // A26-004817-F07 (POS) is a positive finding: not a finding of the file.
            ],
        },
        // A German automotive supplier's SharePoint Online list "Auditfeststellungen" exported
        // with the German interface (Exportieren > In Excel exportieren) and saved as a
        // workbook, sheet "owssvr". The list's Title column kept its name, so "Titel" holds the
        // finding number (IA-2026-01 ...). ID is SharePoint's item id (number cells, with
        // gaps), no reference. The view shows folders, so the first row is the folder
        // "Archiv 2025" (Elementtyp Ordner, everything else empty but the system columns): no
        // finding. Feststellungsart is the grade (Hauptabweichung, Nebenabweichung,
        // Beobachtung, Verbesserungspotenzial). Normbezug is a choice column whose options are
        // the number and the German title; a multi-choice cell holds two options separated by
        // "; " (A.5.15 and A.8.2); "7.3 Bewusstsein" is clause 7.3, not control A.7.3.
        // Zugewiesen an is the owner, as directory names "Nachname, Vorname" (users) or a user's
        // display name, and once the SharePoint group "Konstruktion Mitglieder" (no user).
        // Erstellt von names Lena Fischer on every row and Geändert von Badr Karim on most:
        // system columns, no owners. Maßnahme filled for two findings (plan).
        Layout {
            id: "holdout30-de-sharepoint-list-owssvr-folder-row-titel-is-id",
            origin: "holdout 30, written for this holdout: a German (Stuttgart) mid-size automotive supplier's SharePoint Online list \"Auditfeststellungen\" on its ISMS site, exported with the German interface (Exportieren > In Excel exportieren) and saved as a workbook, so the sheet keeps the query's name owssvr, header in the first row, only in German. Columns: ID (SharePoint's item id, number cells 27, 31, 32, 35, 36, 40), Titel (the list's Title column, never renamed, used for the finding number IA-2026-01 ... IA-2026-05), Feststellungsart (a choice column: Hauptabweichung, Nebenabweichung, Beobachtung, Verbesserungspotenzial), Normbezug (a choice column whose options write the number and the German title, \"A.8.13 Sicherung von Information\", \"9.2.2 Internes Auditprogramm\", \"7.3 Bewusstsein\"; one multi-choice cell \"A.5.15 Zugangssteuerung; A.8.2 Privilegierte Zugangsrechte\"), Beschreibung (the statement), Maßnahme (filled for two findings), Zugewiesen an (a person-or-group column: directory names \"Karim, Badr\", \"Fischer, Lena\", \"Lombardi, Martín\", the display name Head of IT Operations, and the SharePoint group \"Konstruktion Mitglieder\", no user), Fällig am (date cells, empty twice), Status (Offen, In Bearbeitung), Audit (\"Internes Audit 2026\"), then the system columns the export appends: Erstellt and Geändert (date-time cells), Erstellt von (Fischer, Lena on every row) and Geändert von (Karim, Badr on most rows), Elementtyp (Element, or Ordner) and Pfad (sites/ISMS/Lists/Auditfeststellungen). The view shows folders, so the first row is the folder \"Archiv 2025\" (ID 27, Elementtyp Ordner, only its name and the system columns filled) holding last year's closed findings, which the view does not list; not a finding",
            file_name: "owssvr.xlsx",
            bytes: xlsx(vec![sheet(
                "owssvr",
                0,
                0,
                &[
                    &["ID", "Titel", "Feststellungsart", "Normbezug", "Beschreibung", "Maßnahme", "Zugewiesen an", "Fällig am", "Status", "Audit", "Erstellt", "Erstellt von", "Geändert", "Geändert von", "Elementtyp", "Pfad"],
                    &["#n 27", "Archiv 2025", "", "", "", "", "", "", "", "", "#d 2026-01-12 08:03:11", "Fischer, Lena", "#d 2026-01-12 08:03:11", "Fischer, Lena", "Ordner", "sites/ISMS/Lists/Auditfeststellungen"],
                    &["#n 31", "IA-2026-01", "Hauptabweichung", "A.8.13 Sicherung von Information", "Für das ERP-System wurde seit der Migration im Oktober 2025 keine Wiederherstellung aus der Datensicherung getestet; das Datensicherungskonzept fordert einen Test pro Quartal.", "Wiederherstellung des ERP-Systems in der Testumgebung durchführen und dokumentieren; vierteljährliche Tests im Betriebskalender einplanen.", "Head of IT Operations", "#d 2026-04-30", "In Bearbeitung", "Internes Audit 2026", "#d 2026-03-05 14:12:09", "Fischer, Lena", "#d 2026-03-19 09:40:55", "Karim, Badr", "Element", "sites/ISMS/Lists/Auditfeststellungen"],
                    &["#n 32", "IA-2026-02", "Nebenabweichung", "A.5.15 Zugangssteuerung; A.8.2 Privilegierte Zugangsrechte", "Drei Administratorkonten der Fertigungsnetze (OT) werden von mehreren Schichtführern gemeinsam genutzt; eine Überprüfung der privilegierten Zugangsrechte ist nicht dokumentiert.", "", "Karim, Badr", "#d 2026-05-29", "Offen", "Internes Audit 2026", "#d 2026-03-05 14:30:47", "Fischer, Lena", "#d 2026-03-12 11:18:02", "Karim, Badr", "Element", "sites/ISMS/Lists/Auditfeststellungen"],
                    &["#n 35", "IA-2026-03", "Nebenabweichung", "9.2.2 Internes Auditprogramm", "Das Auditprogramm 2025 enthielt das Werk Zwickau nicht, obwohl es seit Januar 2025 zum Anwendungsbereich des ISMS gehört.", "Auditprogramm 2026 um das Werk Zwickau ergänzen und von der Geschäftsführung freigeben lassen.", "Fischer, Lena", "#d 2026-04-15", "Offen", "Internes Audit 2026", "#d 2026-03-06 09:02:33", "Fischer, Lena", "#d 2026-03-06 09:02:33", "Fischer, Lena", "Element", "sites/ISMS/Lists/Auditfeststellungen"],
                    &["#n 36", "IA-2026-04", "Beobachtung", "A.7.7 Aufgeräumte Arbeitsumgebung und Bildschirmsperren", "Im Konstruktionsbüro waren bei der Begehung zwei entsperrte Bildschirme mit Kundenzeichnungen unbeaufsichtigt.", "", "Konstruktion Mitglieder", "", "Offen", "Internes Audit 2026", "#d 2026-03-06 09:15:20", "Fischer, Lena", "#d 2026-03-12 11:20:41", "Karim, Badr", "Element", "sites/ISMS/Lists/Auditfeststellungen"],
                    &["#n 40", "IA-2026-05", "Verbesserungspotenzial", "7.3 Bewusstsein", "Die Sensibilisierung könnte für Beschäftigte in der Fertigung, die keine E-Mail-Schulungen erhalten, um kurze Aushänge und Schichtbesprechungen ergänzt werden.", "", "Lombardi, Martín", "", "Offen", "Internes Audit 2026", "#d 2026-03-06 10:41:58", "Fischer, Lena", "#d 2026-03-12 11:22:13", "Karim, Badr", "Element", "sites/ISMS/Lists/Auditfeststellungen"],
                ],
            )]),
            expected: vec![
                // The folder row "Archiv 2025" is no finding.
                finding("IA-2026-01", "major", "A.8.13", "Für das ERP-System wurde seit der Migration")
                    .owner("ops@acme.test")
                    .plan(true),
                // Two choices in one cell.
                finding("IA-2026-02", "minor", "A.5.15, A.8.2", "Drei Administratorkonten der Fertigungsnetze")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("IA-2026-03", "minor", "9.2.2", "Das Auditprogramm 2025 enthielt das Werk")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // A SharePoint group, no user.
                finding("IA-2026-04", "observation", "A.7.7", "Im Konstruktionsbüro waren bei der Begehung")
                    .pending(&["Konstruktion Mitglieder"])
                    .plan(false),
                // "7.3 Bewusstsein" is clause 7.3 (awareness).
                finding("IA-2026-05", "ofi", "7.3", "Die Sensibilisierung könnte für Beschäftigte")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // A Dutch housing association's Smartsheet exported to Excel. Parent rows are the
        // findings, child rows under two of them are their corrective actions (the export's
        // row grouping, which this generator cannot write, is the only other sign; the values
        // tell them apart: child rows have no Classificatie and no Normeis). The auto-number
        // column Nr. numbers every row in creation order, so the actions carry their own numbers
        // (ISMS-0112, ISMS-0113, ISMS-0115) between the findings' numbers (ISMS-0101 ...
        // ISMS-0105): they are no findings. The primary column "Bevinding / actie" is the
        // finding's statement on parent rows and the action on child rows. Classificatie is the
        // grade (Grote afwijking, Kleine afwijking, Observatie, Verbeterpunt). Normeis is a
        // multi-select with one value per line ("A.5.15 Toegangsbeveiliging" over "A.5.18
        // Toegangsrechten"); "9.2.2" bare. The finding's owner is its own row's Eigenaar; the
        // action rows' owners (Sanne de Vries on an action of ISMS-0101) are no owners of the
        // finding. The two findings with action rows have a plan; the others do not. Parent
        // rows carry rolled-up dates and % gereed.
        Layout {
            id: "holdout30-nl-smartsheet-parent-findings-child-actions-autonumber",
            origin: "holdout 30, written for this holdout: a Dutch (Utrecht) mid-size housing association's (woningcorporatie) Smartsheet sheet \"ISMS Auditbevindingen 2026\", exported with Bestand > Exporteren > Exporteren naar Microsoft Excel, so one sheet named after the Smartsheet sheet, header in the first row, no title, only in Dutch. The sheet uses Smartsheet's hierarchy: each finding is a parent row and its corrective actions are indented child rows under it (the export keeps this as Excel row grouping, which the generator cannot write; nothing else marks it). Columns: Bevinding / actie (the primary column: the finding's statement on parent rows, the action on child rows), Nr. (an auto-number column numbering every row in creation order: the findings ISMS-0101 ... ISMS-0105, the actions added later ISMS-0112, ISMS-0113, ISMS-0115, interleaved in row order), Classificatie (a dropdown on parent rows only: Grote afwijking, Kleine afwijking, Observatie, Verbeterpunt), Normeis (a multi-select with one value per line, the number and the Dutch title: \"A.8.13 Back-up van informatie\", \"A.5.15 Toegangsbeveiliging\" over \"A.5.18 Toegangsrechten\", \"A.7.7 Clear desk en clear screen\", \"A.8.16 Monitoren van activiteiten\", and a bare \"9.2.2\"; empty on child rows), Eigenaar (a contact column: users' names, a user's email, a user's role name, and Sanne de Vries, no user, owning an observation and one action), Startdatum and Einddatum (date cells; on parent rows with children rolled up from them), % gereed (fractions, rolled up on parents), Status (Niet gestart, Bezig, Gereed) and Gewijzigd (\"24-03-26 10:12\" as text). Two findings have action rows (two under ISMS-0101, one under ISMS-0102); the other three have none",
            file_name: "ISMS Auditbevindingen 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "ISMS Auditbevindingen 2026",
                0,
                0,
                &[
                    &["Bevinding / actie", "Nr.", "Classificatie", "Normeis", "Eigenaar", "Startdatum", "Einddatum", "% gereed", "Status", "Gewijzigd"],
                    &["Sinds de overstap naar de nieuwe back-upoplossing in september 2025 is er geen hersteltest uitgevoerd voor de huurdersadministratie.", "ISMS-0101", "Grote afwijking", "A.8.13 Back-up van informatie", "Head of IT Operations", "#d 2026-03-16", "#d 2026-05-29", "#n 0.5", "Bezig", "24-03-26 10:12"],
                    &["Hersteltest van de huurdersadministratie uitvoeren en het resultaat vastleggen", "ISMS-0112", "", "", "Head of IT Operations", "#d 2026-03-16", "#d 2026-04-17", "#n 1", "Gereed", "24-03-26 10:12"],
                    &["Kwartaalhersteltest opnemen in de beheerkalender", "ISMS-0113", "", "", "Sanne de Vries", "#d 2026-04-20", "#d 2026-05-29", "#n 0", "Niet gestart", "20-03-26 16:45"],
                    &["Medewerkers die van functie wisselen behouden hun oude rechten in het woningbeheersysteem; bij 4 van de 15 gecontroleerde functiewijzigingen waren de oude rechten niet ingetrokken.", "ISMS-0102", "Kleine afwijking", "A.5.15 Toegangsbeveiliging\nA.5.18 Toegangsrechten", "Lena Fischer", "#d 2026-03-23", "#d 2026-06-30", "#n 0.25", "Bezig", "23-03-26 09:30"],
                    &["Functiewijzigingen uit het HR-systeem automatisch laten doorzetten naar het autorisatieproces", "ISMS-0115", "", "", "Lena Fischer", "#d 2026-03-23", "#d 2026-06-30", "#n 0.25", "Bezig", "23-03-26 09:30"],
                    &["Het interne auditprogramma 2025 is niet door de directie vastgesteld.", "ISMS-0103", "Kleine afwijking", "9.2.2", "martin@acme.test", "", "#d 2026-04-30", "#n 0", "Niet gestart", "18-03-26 14:05"],
                    &["Op de afdeling Verhuur lagen tijdens de rondgang dossiers met huurdersgegevens onbeheerd op een bureau.", "ISMS-0104", "Observatie", "A.7.7 Clear desk en clear screen", "Sanne de Vries", "", "#d 2026-05-15", "#n 0", "Niet gestart", "18-03-26 14:07"],
                    &["Meldingen uit de SIEM zouden automatisch als incident in het servicemanagementsysteem aangemaakt kunnen worden.", "ISMS-0105", "Verbeterpunt", "A.8.16 Monitoren van activiteiten", "Badr Karim", "", "", "#n 0", "Niet gestart", "18-03-26 14:09"],
                ],
            )]),
            expected: vec![
                // Two action rows under it (ISMS-0112, ISMS-0113): a plan; they are no findings,
                // and Sanne de Vries owns an action, not the finding.
                finding("ISMS-0101", "major", "A.8.13", "Sinds de overstap naar de nieuwe back-upoplossing")
                    .owner("ops@acme.test")
                    .plan(true),
                // One action row (ISMS-0115); two values of the multi-select, one per line.
                finding("ISMS-0102", "minor", "A.5.15, A.5.18", "Medewerkers die van functie wisselen")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("ISMS-0103", "minor", "9.2.2", "Het interne auditprogramma 2025")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("ISMS-0104", "observation", "A.7.7", "Op de afdeling Verhuur lagen")
                    .pending(&["Sanne de Vries"])
                    .plan(false),
                finding("ISMS-0105", "ofi", "A.8.16", "Meldingen uit de SIEM zouden automatisch")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A US healthtech's compliance automation platform (Drata-like) CSV of audit findings.
        // The grade is split over two columns: Type (Nonconformity, Observation, Opportunity
        // for improvement) and Severity (Major or Minor, filled only for nonconformities), so
        // Nonconformity + Major is a major. Risk Level (High / Medium / Low) is no grade and
        // disagrees twice (the major is Medium, a minor High). The reference is Finding ID
        // (FND-000087 ...); Control Code (DCF-71 ...) is the platform's own control id, no
        // reference and no requirement. Framework Requirements maps each finding to ISO and SOC
        // 2 as "ISO 27001:2022 — A.8.15, A.8.16 | SOC 2 — CC7.2": the ISO part gives the
        // requirements, the SOC 2 criteria are other frameworks' references. The statement is
        // Description, not Title; FND-000094's statement names SOC 2 reports in passing and
        // FND-000091's the interested parties, neither a requirement. Owner: users' emails, a
        // user's name, and Nadia Haddad (no user). Auditor names the audit firm, no owner.
        // Remediation Plan filled for two findings (plan). Status in capital enum values.
        Layout {
            id: "holdout30-us-compliance-platform-csv-type-plus-severity-dcf-codes",
            origin: "holdout 30, written for this holdout: a US (Boston) mid-size healthtech company's compliance automation platform (Drata-like) download of the findings its external auditor logged in the platform's audit workspace for its first ISO/IEC 27001:2022 surveillance audit: comma CSV, UTF-8 without a BOM, header in the first line. Columns: Finding ID (FND-000087 ..., continuing the numbering of earlier audits), Title (a short title), Description (the statement), Type (Nonconformity, Observation, Opportunity for improvement), Severity (Major or Minor for nonconformities, empty otherwise: with Type it makes the grade), Risk Level (High, Medium, Low: no grade, Medium on the major and High on a minor), Control Code (the platform's control ids DCF-71, DCF-44, DCF-3, DCF-112, DCF-9) and Control Name, Framework Requirements (\"ISO 27001:2022 — A.8.15, A.8.16 | SOC 2 — CC7.2\", \"ISO 27001:2022 — A.5.18 | SOC 2 — CC6.2, CC6.3\", \"ISO 27001:2022 — 9.3.2\" with no SOC 2 part, \"ISO 27001:2022 — A.5.22 | SOC 2 — CC9.2\", \"ISO 27001:2022 — A.5.1 | SOC 2 — CC2.2\"), Owner (users' emails, a user's name, a name no user has), Remediation Plan (filled for two findings), Due Date (ISO dates, empty for the OFI), Status (OPEN, IN_REMEDIATION), Auditor (\"Harborline Audit LLP (J. Moreau)\" on every row), Audit (\"ISO 27001:2022 Surveillance 1\"), Created At and Updated At (ISO 8601 timestamps with milliseconds and a Z)",
            file_name: "audit-findings-export-2026-03-27.csv",
            bytes: delimited(
                &[
                    &["Finding ID", "Title", "Description", "Type", "Severity", "Risk Level", "Control Code", "Control Name", "Framework Requirements", "Owner", "Remediation Plan", "Due Date", "Status", "Auditor", "Audit", "Created At", "Updated At"],
                    &["FND-000087", "Log alerts not reviewed", "Security alerts from the cloud workload logs are forwarded to a shared mailbox that nobody reviewed between November 2025 and February 2026.", "Nonconformity", "Major", "Medium", "DCF-71", "Log Management and Review", "ISO 27001:2022 — A.8.15, A.8.16 | SOC 2 — CC7.2", "badr@acme.test", "Route log alerts to the on-call rotation and record a weekly log review in the ticketing system.", "2026-04-30", "IN_REMEDIATION", "Harborline Audit LLP (J. Moreau)", "ISO 27001:2022 Surveillance 1", "2026-03-18T14:22:05.000Z", "2026-03-26T09:03:17.000Z"],
                    &["FND-000088", "Offboarding evidence missing", "For 3 of the 10 leavers sampled, the offboarding ticket does not show that access to the production cloud accounts was removed.", "Nonconformity", "Minor", "High", "DCF-44", "Access Removal on Termination", "ISO 27001:2022 — A.5.18 | SOC 2 — CC6.2, CC6.3", "lena.fischer@acme.test", "", "2026-05-29", "OPEN", "Harborline Audit LLP (J. Moreau)", "ISO 27001:2022 Surveillance 1", "2026-03-18T14:40:51.000Z", "2026-03-18T14:40:51.000Z"],
                    &["FND-000091", "Management review inputs", "The minutes of the January 2026 management review do not cover changes in the needs and expectations of interested parties.", "Nonconformity", "Minor", "Low", "DCF-3", "Management Review", "ISO 27001:2022 — 9.3.2", "Martín Lombardi", "Add changes in interested parties' needs and expectations as a standing item of the management review agenda.", "2026-06-15", "OPEN", "Harborline Audit LLP (J. Moreau)", "ISO 27001:2022 Surveillance 1", "2026-03-19T10:05:33.000Z", "2026-03-24T13:47:09.000Z"],
                    &["FND-000094", "Sub-processor reports not reviewed", "The SOC 2 reports of two sub-processors were collected but there is no record that anyone reviewed them.", "Observation", "", "Low", "DCF-112", "Vendor Compliance Reports", "ISO 27001:2022 — A.5.22 | SOC 2 — CC9.2", "ops@acme.test", "", "2026-06-30", "OPEN", "Harborline Audit LLP (J. Moreau)", "ISO 27001:2022 Surveillance 1", "2026-03-19T11:12:48.000Z", "2026-03-19T11:12:48.000Z"],
                    &["FND-000095", "Policy acknowledgement reminders", "Policy acknowledgement reminders could be sent automatically from the HR system instead of being chased by hand before each audit.", "Opportunity for improvement", "", "Low", "DCF-9", "Policy Acknowledgement", "ISO 27001:2022 — A.5.1 | SOC 2 — CC2.2", "Nadia Haddad", "", "", "OPEN", "Harborline Audit LLP (J. Moreau)", "ISO 27001:2022 Surveillance 1", "2026-03-19T11:20:02.000Z", "2026-03-19T11:20:02.000Z"],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                // Nonconformity + Major; Risk Level Medium is no grade.
                finding("FND-000087", "major", "A.8.15, A.8.16", "Security alerts from the cloud workload logs")
                    .owner("badr@acme.test")
                    .plan(true)
                    .others(&["CC7.2"]),
                // Nonconformity + Minor; Risk Level High is no grade.
                finding("FND-000088", "minor", "A.5.18", "For 3 of the 10 leavers sampled")
                    .owner("lena.fischer@acme.test")
                    .plan(false)
                    .others(&["CC6.2", "CC6.3"]),
                // Only an ISO part: no other references.
                finding("FND-000091", "minor", "9.3.2", "The minutes of the January 2026 management review")
                    .owner("martin@acme.test")
                    .plan(true)
                    .others(&[]),
                finding("FND-000094", "observation", "A.5.22", "The SOC 2 reports of two sub-processors")
                    .owner("ops@acme.test")
                    .plan(false)
                    .others(&["CC9.2"]),
                finding("FND-000095", "ofi", "A.5.1", "Policy acknowledgement reminders could be sent")
                    .pending(&["Nadia Haddad"])
                    .plan(false)
                    .others(&["CC2.2"]),
            ],
        },
    ]
}

pub(super) fn thirty_first_holdout_layouts() -> Vec<Layout> {
    vec![
        // An NHS foundation trust's combined ISO 27001 / DSPT findings log. The Standard ref cell
        // holds the ISO reference and the NHS Data Security and Protection Toolkit (CAF-aligned)
        // outcome together: "ISO 27001 A.8.8 / DSPT B4.d" is A.8.8 (B4.d, A1.a, A4.a, B6.b, D1.a
        // are DSPT outcomes, no ISO requirements and not checked as other references). That
        // cell and the Date raised cell are merged down over IG-CY-26-01 and IG-CY-26-02: both
        // findings are against A.8.8. "ISO 27001 A.5.19 , A.5.21 / DSPT A4.a" (a space before
        // the comma) is A.5.19 and A.5.21; "ISO 27001 cl. 9.3 / DSPT A1.b" clause 9.3.
        // IG-CY-26-04 cites only "DSPT A1.a": a finding of the file with no ISO requirement.
        // "Lena Fischer (Head of IG)" is Lena Fischer with her role. Clinical Engineering, SIRO
        // and EPRR Manager are no users. Risk (Datix) holds risk register ids, no references.
        // Action agreed is the plan (filled for 01, 03 and 04). The TOTAL row at the bottom,
        // with "7 findings" in the statement column and the grade counts in the grade column,
        // is no finding.
        Layout {
            id: "holdout31-uk-nhs-trust-iso-dspt-same-cell-merged-control-totals",
            origin: "holdout 31, written for this holdout: an English NHS foundation trust's Digital Services findings log from a combined internal ISMS audit (the trust's ISO/IEC 27001:2022 certified scope: data centre and electronic patient record hosting) and its Data Security and Protection Toolkit (DSPT) independent assessment, kept in Excel by the IG & Cyber team, who are no ISO specialists. Sheet \"Findings log\": the title \"Wessex Vale Hospitals NHS Foundation Trust - Digital Services ISO 27001 / DSPT Audit Findings Log 2025/26\" merged across the table, a merged line naming the audit (12-16 January 2026, Southern Counties Audit Consortium), the log owner and the last review, a blank row, then the header: Log ID (IG-CY-26-01 ... IG-CY-26-07), Date raised (date cells; merged down over the first two findings), Standard ref (ISO 27001 / DSPT) (the ISO reference and the CAF-aligned DSPT outcome in one cell: \"ISO 27001 A.8.8 / DSPT B4.d\" merged down over the first two findings, which are both against A.8.8, \"ISO 27001 A.6.3 & DSPT B6.b\", \"DSPT A1.a\" alone, \"ISO 27001 A.5.19 , A.5.21 / DSPT A4.a\" with a stray space before the comma, \"ISO 27001 cl. 9.3 / DSPT A1.b\", \"ISO 27001 A.5.24 / DSPT D1.a\"), What was found (the statement: PACS workstations on Windows 10, infusion-pump management servers, training below the 95% DSPT target, SIRO sign-off of the DSPT submission, supplier assurance, management review, EPRR exercise), Grade (Major, Minor, Observation, OFI), Risk (Datix) (risk register ids RSK-4471, RSK-3908 on some rows), Action agreed (filled for three findings), Lead (a user's role name, the department Clinical Engineering, \"Lena Fischer (Head of IG)\", the role SIRO, a user's name, a user's email, the role EPRR Manager), Target date (date cells, \"30/04/26\", \"June 2026\", \"31/07/26\", a blank) and Status. After a blank row a TOTAL row with \"7 findings\" in the statement column and \"Major 1 / Minor 4 / Obs 1 / OFI 1\" in the grade column; not a finding",
            file_name: "WVH Digital Services ISO27001 DSPT findings log 2025-26.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings log",
                0,
                0,
                &[
                    &["Wessex Vale Hospitals NHS Foundation Trust - Digital Services ISO 27001 / DSPT Audit Findings Log 2025/26"],
                    &["Combined internal ISMS audit and DSPT independent assessment, 12-16 January 2026 | Auditor: Southern Counties Audit Consortium | Log owner: IG & Cyber Team | Last reviewed 02/03/2026"],
                    &[""],
                    &["Log ID", "Date raised", "Standard ref (ISO 27001 / DSPT)", "What was found", "Grade", "Risk (Datix)", "Action agreed", "Lead", "Target date", "Status"],
                    &["IG-CY-26-01", "#d 2026-01-12", "ISO 27001 A.8.8 / DSPT B4.d", "23 PACS reporting workstations in Radiology still run Windows 10 with no extended security updates; the PACS supplier has not certified Windows 11.", "Major", "RSK-4471", "Buy extended security updates for the 23 workstations as an interim measure and agree a Windows 11 upgrade date with the PACS supplier.", "Head of IT Operations", "#d 2026-03-31", "In progress"],
                    &["IG-CY-26-02", "", "", "Critical patches on the theatre infusion-pump management servers were 97 days overdue; medical device servers are left out of the monthly patch compliance report.", "Minor", "RSK-4471", "", "Clinical Engineering", "30/04/26", "Open"],
                    &["IG-CY-26-03", "#d 2026-01-13", "ISO 27001 A.6.3 & DSPT B6.b", "Only 87% of Digital Services staff completed the annual Data Security Awareness training against the 95% DSPT target; bank and agency staff are not tracked at all.", "Minor", "", "Add bank and agency staff to the ESR training report and chase non-completers monthly through the divisional IG leads.", "Lena Fischer (Head of IG)", "#d 2026-06-30", "Open"],
                    &["IG-CY-26-04", "#d 2026-01-14", "DSPT A1.a", "The 2024-25 DSPT submission was published on 30 June 2025 without the SIRO's sign-off being minuted by the Board.", "Minor", "RSK-3908", "SIRO sign-off of the 2025-26 submission to be minuted at the March 2026 Board meeting.", "SIRO", "June 2026", "Open"],
                    &["IG-CY-26-05", "#d 2026-01-14", "ISO 27001 A.5.19 , A.5.21 / DSPT A4.a", "Three clinical system suppliers (pathology LIMS, maternity record, e-rostering) have no current data security assurance on file.", "Observation", "", "", "Martín Lombardi", "#d 2026-05-29", "Open"],
                    &["IG-CY-26-06", "#d 2026-01-15", "ISO 27001 cl. 9.3 / DSPT A1.b", "The Digital Services management review of November 2025 did not consider the DSPT audit results or the status of open corrective actions.", "Minor", "", "", "badr@acme.test", "31/07/26", "Open"],
                    &["IG-CY-26-07", "#d 2026-01-16", "ISO 27001 A.5.24 / DSPT D1.a", "The cyber incident response plan could be exercised together with the EPRR team's annual business continuity exercise, using the Trust's major incident scenario.", "OFI", "", "", "EPRR Manager", "", "Open"],
                    &[""],
                    &["TOTAL", "", "", "7 findings", "Major 1 / Minor 4 / Obs 1 / OFI 1"],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(4, 1, 5, 1)
            .merged(4, 2, 5, 2)]),
            expected: vec![
                // DSPT B4.d is no ISO requirement.
                finding("IG-CY-26-01", "major", "A.8.8", "23 PACS reporting workstations in Radiology")
                    .owner("ops@acme.test")
                    .plan(true),
                // The merged Standard ref cell above covers this row too: A.8.8.
                finding("IG-CY-26-02", "minor", "A.8.8", "Critical patches on the theatre infusion-pump")
                    .pending(&["Clinical Engineering"])
                    .plan(false),
                // "Lena Fischer (Head of IG)": the user Lena Fischer with her role.
                finding("IG-CY-26-03", "minor", "A.6.3", "Only 87% of Digital Services staff")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // DSPT only: a finding with no ISO 27001 requirement.
                finding("IG-CY-26-04", "minor", "", "The 2024-25 DSPT submission was published")
                    .pending(&["SIRO"])
                    .plan(true),
                // "A.5.19 , A.5.21": two controls, a stray space before the comma.
                finding("IG-CY-26-05", "observation", "A.5.19, A.5.21", "Three clinical system suppliers")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("IG-CY-26-06", "minor", "9.3", "The Digital Services management review of November")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("IG-CY-26-07", "ofi", "A.5.24", "The cyber incident response plan could be exercised")
                    .pending(&["EPRR Manager"])
                    .plan(false),
            ],
        },
        // A US state university's internal audit office reporting on the IT department's ISMS.
        // No grade column: the grade is the sentence in "Auditor's classification", with
        // negations and other grade words in it: "Not a nonconformity at this time; recorded as
        // an observation." is an observation; "Minor NC (would have been a major, but ...)" a
        // minor; "Opportunity for improvement only - no nonconformity." an OFI. The statement
        // column is headed Observation, as US internal audit reports head every finding; it is
        // no grade. A column with no header and no values sits between NIST CSF 2.0 and
        // Observation (a print spacer). ISO references with typos: "A 5.18" is A.5.18, "A.8.20 "
        // A.8.20, "A.8,8" A.8.8, "cl. 7.3" clause 7.3. The NIST CSF 2.0 ids are other references
        // ("ID.RA-01; PR.PS-02" two; N/A none). "ITS-IA-25-04" in a classification is an earlier
        // finding, not this one's reference. "Badr Karim, Director of Research Computing" is
        // Badr Karim with his title; "M. Lombardi (Enterprise Apps)" is Martín Lombardi, the
        // only Lombardi. Management response is not checked as a plan (it is the department's
        // reply, partly "Agree." only).
        Layout {
            id: "holdout31-us-university-grade-sentences-blank-column-csf",
            origin: "holdout 31, written for this holdout: a US state university's Office of Internal Audit report on the ISO/IEC 27001:2022 internal audit of its Information Technology Services (ITS) department (ISMS scope: research computing and the HPC data centre), kept as an Excel findings and management responses sheet by internal auditors who are no ISO specialists, in US English. Sheet \"Findings\": the title \"Lakeshore State University - Office of Internal Audit\" merged across, a merged line (\"Report 2026-07: ITS ISO/IEC 27001:2022 Internal Audit (Research Computing ISMS scope) - Findings and Management Responses - issued 03/20/2026\"), a blank row, then the header: Finding # (ITS-IA-26-01 ... 06), Area (Research Computing, Identity & Access, Campus Network, Enterprise Apps, Student Employment, ISMS Governance), ISO 27001:2022 (typed with slips: \"A.8.13\", \"A 5.18\" with a space for the dot, \"A.8.20 \" with a trailing space, \"A.8,8\" with a comma, \"cl. 7.3\", \"9.2.2\"), NIST CSF 2.0 (PR.DS-11, PR.AA-05, DE.CM-01, \"ID.RA-01; PR.PS-02\", PR.AT-01, N/A), an unnamed empty column used as a print spacer, Observation (the statement, as US internal audit reports head their findings), Auditor's classification (no grade word alone: sentences such as \"This is a minor nonconformity.\", \"Major nonconformity - access rights have never been reviewed for this system.\", \"Not a nonconformity at this time; recorded as an observation.\", \"Minor NC (would have been a major, but the compensating WAF rule was in place throughout).\", \"Opportunity for improvement only - no nonconformity.\", \"Minor nonconformity; repeat of FY2025 finding ITS-IA-25-04.\"), Recommendation, Management response (\"Agree.\" or a short plan), Responsible (a user's name followed by his title after a comma, a team, a user's role name, a user's initial and surname with the department in brackets, a user's email, the CIO Office) and Est. completion (06/30/2026, Fall 2026, 12/31/2026, Q4 FY26, TBD, 03/31/2027). After a blank row a footnote on the CSF mapping and the classification words; not a finding",
            file_name: "IA Report 2026-07 ITS ISO 27001 findings and responses.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Lakeshore State University - Office of Internal Audit"],
                    &["Report 2026-07: ITS ISO/IEC 27001:2022 Internal Audit (Research Computing ISMS scope) - Findings and Management Responses - issued 03/20/2026"],
                    &[""],
                    &["Finding #", "Area", "ISO 27001:2022", "NIST CSF 2.0", "", "Observation", "Auditor's classification", "Recommendation", "Management response", "Responsible", "Est. completion"],
                    &["ITS-IA-26-01", "Research Computing", "A.8.13", "PR.DS-11", "", "Backups of the HPC project storage tier are not tested: no restore test has been recorded since the cluster upgrade in August 2025.", "This is a minor nonconformity.", "Schedule quarterly restore tests of project storage and keep the results.", "Agree. A restore test of two project volumes will be run each quarter starting in April.", "Badr Karim, Director of Research Computing", "06/30/2026"],
                    &["ITS-IA-26-02", "Identity & Access", "A 5.18", "PR.AA-05", "", "No user access review has been performed for the research data store (ResStore) since it went live in March 2025; 41 accounts of departed graduate students were still active.", "Major nonconformity - access rights have never been reviewed for this system.", "Review ResStore access each semester and tie graduate student accounts to enrollment status.", "Agree.", "Identity & Access Management team", "Fall 2026"],
                    &["ITS-IA-26-03", "Campus Network", "A.8.20 ", "DE.CM-01", "", "The network diagram of the research DMZ still shows two firewall zones that were removed in 2025.", "Not a nonconformity at this time; recorded as an observation.", "Update the diagram after every firewall zone change.", "Agree.", "Head of IT Operations", "12/31/2026"],
                    &["ITS-IA-26-04", "Enterprise Apps", "A.8,8", "ID.RA-01; PR.PS-02", "", "Critical vulnerabilities on the student information system's application servers were patched after 45 days against the 15-day target in the ITS Patching Standard.", "Minor NC (would have been a major, but the compensating WAF rule was in place throughout).", "Patch critical vulnerabilities within 15 days or record an approved exception.", "Agree. Exceptions will be logged in the ServiceNow risk module.", "M. Lombardi (Enterprise Apps)", "Q4 FY26"],
                    &["ITS-IA-26-05", "Student Employment", "cl. 7.3", "PR.AT-01", "", "Security awareness content for student employees could be shortened and offered in the LMS course they already take for FERPA training.", "Opportunity for improvement only - no nonconformity.", "Add a short security module to the FERPA course.", "Will consider for the fall semester.", "lena.fischer@acme.test", "TBD"],
                    &["ITS-IA-26-06", "ISMS Governance", "9.2.2", "N/A", "", "The FY2025 internal audit of the ISMS was performed by the Research Computing security analyst, who audited his own change records.", "Minor nonconformity; repeat of FY2025 finding ITS-IA-25-04.", "Use auditors from outside Research Computing or from another campus.", "Agree. An auditor from the medical campus will audit Research Computing in FY2027.", "CIO Office", "03/31/2027"],
                    &[""],
                    &["NIST CSF 2.0 mapping provided by the ITS Information Security Office for reference only. Classifications follow the ISO/IEC 27001 audit program: major / minor nonconformity, observation, opportunity for improvement."],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)
            .merged(11, 0, 11, 10)]),
            expected: vec![
                // "Badr Karim, Director of Research Computing": one person and his title.
                finding("ITS-IA-26-01", "minor", "A.8.13", "Backups of the HPC project storage tier")
                    .owner("badr@acme.test")
                    .others(&["PR.DS-11"]),
                // "A 5.18": a space where the dot should be.
                finding("ITS-IA-26-02", "major", "A.5.18", "No user access review has been performed")
                    .pending(&["Identity & Access Management team"])
                    .others(&["PR.AA-05"]),
                // "Not a nonconformity ...; recorded as an observation."
                finding("ITS-IA-26-03", "observation", "A.8.20", "The network diagram of the research DMZ")
                    .owner("ops@acme.test")
                    .others(&["DE.CM-01"]),
                // "A.8,8" is A.8.8; "Minor NC (would have been a major ...)" is a minor.
                finding("ITS-IA-26-04", "minor", "A.8.8", "Critical vulnerabilities on the student information")
                    .owner("martin@acme.test")
                    .others(&["ID.RA-01", "PR.PS-02"]),
                finding("ITS-IA-26-05", "ofi", "7.3", "Security awareness content for student employees")
                    .owner("lena.fischer@acme.test")
                    .others(&["PR.AT-01"]),
                // ITS-IA-25-04 is the earlier finding this one repeats; CSF N/A.
                finding("ITS-IA-26-06", "minor", "9.2.2", "The FY2025 internal audit of the ISMS")
                    .pending(&["CIO Office"])
                    .others(&[]),
            ],
        },
        // An Italian municipality's register with two tables on one sheet: "1. RILIEVI
        // DELL'AUDIT" (the findings) and, after two blank rows, "2. PIANO DELLE AZIONI
        // CORRETTIVE" (actions AC-01 ... AC-05, each pointing to a finding in Rif. rilievo). The
        // actions are no findings; a finding has a plan when the second table holds an action
        // for it (R01 twice, R02, R04, R06; none for R03 and R05). The owner is the finding's
        // Referente in the first table (for R01 an action is also given to the Ufficio
        // Contratti, which does not make it R01's owner). The grade is the auditor's sentence in
        // Valutazione dell'auditor: "Si tratta di una non conformità maggiore." major, "Non è
        // una non conformità: si registra come osservazione." observation, "Raccomandazione
        // (opportunità di miglioramento)." OFI. The Misure minime AgID (ABSC) column holds the
        // Italian public administration's minimum ICT security measures as bare numbers (10.1.1,
        // 8.1.1, 5.1.1), which are no ISO requirements although 10.1, 8.1 and 5.1 are ISO
        // clauses; not checked as other references. "A.5.15 e A.5.18" is two controls (e =
        // and); "6.1.3 lett. d)" clause 6.1.3 (the controls A.8.25-A.8.31 named in its statement
        // are not its requirements). "Lombardi Martín" is Martín Lombardi written surname
        // first, as Italian public bodies list people. Data rilievo mixes date cells and text
        // dates in four forms. The legend line is no finding.
        Layout {
            id: "holdout31-it-comune-findings-then-actions-absc-column",
            origin: "holdout 31, written for this holdout: an Italian municipality's (Comune) register of findings and corrective actions from the internal audit of the ISMS of its IT service, kept in Excel by the municipal IT office, only in Italian. Sheet \"Registro\": the title \"COMUNE DI VALSORDA - Settore Affari Generali - Servizio Sistemi Informativi\" merged across, a merged line naming the register and the audit (\"Registro rilievi e azioni correttive SGSI - Audit interno ISO/IEC 27001:2022 del 10-12 marzo 2026 (auditor: dott.ssa Paola Ferri, RTD)\"), a blank row, then two tables one under the other. First the merged section row \"1. RILIEVI DELL'AUDIT\" and its header: Rif. (R01 ... R06), Data rilievo (a date cell, \"10/03/2026\", \"11 marzo 2026\", \"2026-03-11\", \"12.03.26\", another date cell), Requisito ISO 27001 (\"A.5.30\", \"A.8.13 \" with a trailing space, \"A.8.7\", \"A.5.15 e A.5.18\", \"Cl. 7.3\", \"6.1.3 lett. d)\"), Misure minime AgID (ABSC) (the AgID minimum ICT security measures for public administrations as bare numbers: 10.1.1, 8.1.1, 5.1.1, or a dash), Descrizione del rilievo (the statement: disaster recovery for the registry office services (ANPR), backups of the document register (protocollo informatico), antivirus signatures at the local police, system administrators' accounts of leavers, training of councillors, the Statement of Applicability), Valutazione dell'auditor (the grade only in the auditor's sentence: \"Si tratta di una non conformità maggiore.\", \"NC minore\", \"Non è una non conformità: si registra come osservazione.\", \"Non conformità minore (ripetuta dall'audit 2025).\", \"Raccomandazione (opportunità di miglioramento).\", \"Minore\") and Referente (a user's role name, a user's name surname first \"Lombardi Martín\", the Comando Polizia Locale, a user's email, the Ufficio Personale, a user's name). After two blank rows the merged section row \"2. PIANO DELLE AZIONI CORRETTIVE\" and its header: N. azione (AC-01 ... AC-05), Rif. rilievo (R01, R01, R02, R04, R06), Azione correttiva, Responsabile azione (the finding's owner, once the Ufficio Contratti), Scadenza (a date cell, \"30 giugno 2026\", \"entro settembre\", \"31/05/2026\") and Stato (Da avviare, In corso). After a blank row a legend line explaining ABSC and RTD; not a finding",
            file_name: "Registro rilievi e AC SGSI 2026 - Comune di Valsorda.xlsx",
            bytes: xlsx(vec![sheet(
                "Registro",
                0,
                0,
                &[
                    &["COMUNE DI VALSORDA - Settore Affari Generali - Servizio Sistemi Informativi"],
                    &["Registro rilievi e azioni correttive SGSI - Audit interno ISO/IEC 27001:2022 del 10-12 marzo 2026 (auditor: dott.ssa Paola Ferri, RTD)"],
                    &[""],
                    &["1. RILIEVI DELL'AUDIT"],
                    &["Rif.", "Data rilievo", "Requisito ISO 27001", "Misure minime AgID (ABSC)", "Descrizione del rilievo", "Valutazione dell'auditor", "Referente"],
                    &["R01", "#d 2026-03-10", "A.5.30", "-", "Il sito di disaster recovery previsto dal piano di continuità operativa non è mai stato attivato né provato; per i servizi dell'anagrafe collegati ad ANPR non è definito un tempo massimo di ripristino.", "Si tratta di una non conformità maggiore.", "Head of IT Operations"],
                    &["R02", "10/03/2026", "A.8.13 ", "10.1.1", "Le copie di sicurezza del protocollo informatico vengono eseguite ogni notte ma nessuna prova di ripristino è registrata dal 2024.", "NC minore", "Lombardi Martín"],
                    &["R03", "11 marzo 2026", "A.8.7", "8.1.1", "Su 4 postazioni del Comando di Polizia Locale le firme dell'antivirus risultano aggiornate con 3-5 giorni di ritardo.", "Non è una non conformità: si registra come osservazione.", "Comando Polizia Locale"],
                    &["R04", "2026-03-11", "A.5.15 e A.5.18", "5.1.1", "Due dei nove account di amministratore di sistema appartengono a dipendenti cessati e risultano ancora attivi; l'elenco delle nomine degli amministratori di sistema non è aggiornato.", "Non conformità minore (ripetuta dall'audit 2025).", "badr@acme.test"],
                    &["R05", "12.03.26", "Cl. 7.3", "-", "Si suggerisce di estendere la sensibilizzazione sulla sicurezza delle informazioni ai consiglieri comunali e ai componenti della giunta.", "Raccomandazione (opportunità di miglioramento).", "Ufficio Personale"],
                    &["R06", "#d 2026-03-12", "6.1.3 lett. d)", "-", "La Dichiarazione di Applicabilità esclude i controlli A.8.25-A.8.31 sullo sviluppo senza giustificazione, benché il Comune sviluppi internamente il portale dei servizi online.", "Minore", "Lena Fischer"],
                    &[""],
                    &[""],
                    &["2. PIANO DELLE AZIONI CORRETTIVE"],
                    &["N. azione", "Rif. rilievo", "Azione correttiva", "Responsabile azione", "Scadenza", "Stato"],
                    &["AC-01", "R01", "Pianificare ed eseguire una prova di attivazione del sito di disaster recovery e definire RTO e RPO dei servizi anagrafici.", "Head of IT Operations", "#d 2026-06-30", "Da avviare"],
                    &["AC-02", "R01", "Inserire nel contratto con il fornitore del servizio di disaster recovery l'obbligo di una prova annuale.", "Ufficio Contratti", "entro settembre", "Da avviare"],
                    &["AC-03", "R02", "Eseguire e registrare una prova di ripristino trimestrale del protocollo informatico.", "Lombardi Martín", "30 giugno 2026", "In corso"],
                    &["AC-04", "R04", "Disattivare gli account dei cessati e aggiornare l'elenco delle nomine degli amministratori di sistema; collegare la cessazione del rapporto alla disattivazione.", "badr@acme.test", "31/05/2026", "In corso"],
                    &["AC-05", "R06", "Aggiornare la Dichiarazione di Applicabilità includendo i controlli sullo sviluppo sicuro.", "Lena Fischer", "#d 2026-06-30", "Da avviare"],
                    &[""],
                    &["Legenda: ABSC = Misure minime di sicurezza ICT per le pubbliche amministrazioni (Circolare AgID n. 2/2017). RTD = Responsabile per la transizione al digitale."],
                ],
            )
            .merged(0, 0, 0, 6)
            .merged(1, 0, 1, 6)
            .merged(3, 0, 3, 6)
            .merged(13, 0, 13, 6)
            .merged(21, 0, 21, 6)]),
            expected: vec![
                // Two actions in the second table: a plan. The owner is the Referente.
                finding("R01", "major", "A.5.30", "Il sito di disaster recovery previsto")
                    .owner("ops@acme.test")
                    .plan(true),
                // ABSC 10.1.1 is no ISO requirement; "Lombardi Martín" is surname first.
                finding("R02", "minor", "A.8.13", "Le copie di sicurezza del protocollo")
                    .owner("martin@acme.test")
                    .plan(true),
                // No action in the second table.
                finding("R03", "observation", "A.8.7", "Su 4 postazioni del Comando")
                    .pending(&["Comando Polizia Locale"])
                    .plan(false),
                finding("R04", "minor", "A.5.15, A.5.18", "Due dei nove account di amministratore")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("R05", "ofi", "7.3", "Si suggerisce di estendere la sensibilizzazione")
                    .pending(&["Ufficio Personale"])
                    .plan(false),
                // "6.1.3 lett. d)": clause 6.1.3; A.8.25-A.8.31 are named in the text only.
                finding("R06", "minor", "6.1.3", "La Dichiarazione di Applicabilità esclude")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
            ],
        },
        // A UK foundry's tracker of findings from three audits (ISMS, OT security, quality). No.
        // (number cells 1-8) is the only id, so the references are "1" ... "8"; 8D ref is a
        // quality problem-solving report number on two rows, no reference. The Standard cell is
        // merged down over each group of rows: ISO 27001 over 1-3, IEC 62443-3-3 over 4-5, ISO
        // 9001 over 6-7; row 8 says "ISO 27001 + IEC 62443-3-3". Only ISO 27001 references are
        // requirements: the IEC 62443 rows (SR 5.1, "SR 1.1 / SR 1.3") and the ISO 9001 rows
        // (7.1.5, 9.2) have none, although 5.1, 7.1 and 9.2 are also ISO 27001 clauses; row 3's
        // 9.2 is under ISO 27001 and is clause 9.2; row 8's "A.8.9 / SR 7.6" is A.8.9. Other
        // standards' references are not checked. "A.7.2 " has a trailing space. Class
        // "Opp. for improvement" is an OFI, "Obs" an observation. Containment / Action is the
        // plan (filled for 1, 3, 4 and 6). Site Services, Gary Whitcombe and Quality Manager are
        // no users. The note under the table is no finding.
        Layout {
            id: "holdout31-uk-foundry-27001-62443-9001-merged-standard",
            origin: "holdout 31, written for this holdout: an English aluminium die-casting plant's (automotive supplier) tracker of the findings of three audits held in February 2026, an ISMS internal audit (ISO/IEC 27001:2022), an OT security assessment against IEC 62443-3-3 and a QMS internal audit (ISO 9001:2015), kept in one Excel sheet by the plant's continuous improvement engineer, who is no ISO specialist. Sheet \"IT-OT-QA findings\": the title \"MIDLANDS PRECISION CASTINGS LTD - TELFORD PLANT - AUDIT FINDINGS TRACKER (IT / OT / QUALITY) Q1 2026\" merged across, a merged line naming the three audits and their dates and who compiled the tracker, a blank row, then the header: No. (number cells 1-8, the only id), Standard (merged down over the rows of each audit: \"ISO 27001\" over three rows, \"IEC 62443-3-3\" over two, \"ISO 9001\" over two; then one row \"ISO 27001 + IEC 62443-3-3\"), Clause / Req. (A.8.7, \"A.7.2 \" with a trailing space, 9.2; SR 5.1, \"SR 1.1 / SR 1.3\"; 7.1.5, 9.2; \"A.8.9 / SR 7.6\"), Area / Line (Engineering office, Gatehouse / main office, ISMS, Line 3 die casting, Line 1 CNC, Quality lab, Quality, Line 2 trim press), Finding (the statement), Class (Minor, Obs, Major, \"Opp. for improvement\"), 8D ref (8D-2026-014 and 8D-2026-009 on two rows), Containment / Action (filled for four findings), Owner (a user's email, the department Site Services, a user's name, a controls engineer no user is, the role Quality Manager, a user's role name), Due (date cells, \"wk 16\", \"end Q2\", \"wk 20\", a blank) and Status (Open, In progress, Closed). After a blank row a merged note: only the ISO 27001 findings go into the ISMS corrective action log, IEC 62443 findings are tracked by Engineering and ISO 9001 findings in the QMS; not a finding",
            file_name: "MPC Telford audit findings tracker IT-OT-QA Q1 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "IT-OT-QA findings",
                0,
                0,
                &[
                    &["MIDLANDS PRECISION CASTINGS LTD - TELFORD PLANT - AUDIT FINDINGS TRACKER (IT / OT / QUALITY) Q1 2026"],
                    &["Audits: ISMS internal audit 3-4 Feb 2026 (ISO 27001) | OT security assessment 10 Feb 2026 (IEC 62443-3-3) | QMS internal audit 17 Feb 2026 (ISO 9001) | Compiled by: CI Engineer"],
                    &[""],
                    &["No.", "Standard", "Clause / Req.", "Area / Line", "Finding", "Class", "8D ref", "Containment / Action", "Owner", "Due", "Status"],
                    &["#n 1", "ISO 27001", "A.8.7", "Engineering office", "Anti-malware is switched off on the 6 engineering laptops used to program the PLCs, to stop it interfering with the programming software.", "Minor", "", "Re-enable anti-malware with an exclusion for the PLC software folder agreed with the vendor.", "badr@acme.test", "#d 2026-03-27", "In progress"],
                    &["#n 2", "", "A.7.2 ", "Gatehouse / main office", "The gatehouse visitor log does not record contractors who go into the server room in the main office block.", "Obs", "", "", "Site Services", "wk 16", "Open"],
                    &["#n 3", "", "9.2", "ISMS", "The 2025 ISMS internal audit programme left out the OT network and the shop floor, which are in the ISMS scope.", "Major", "", "Re-plan the 2026 audit programme to cover the OT network and all production lines; train a second internal auditor.", "Lena Fischer", "#d 2026-04-30", "Open"],
                    &["#n 4", "IEC 62443-3-3", "SR 5.1", "Line 3 die casting", "The die-casting cell PLCs are on the flat office network; there is no segmentation between the cell zone and the office zone.", "Major", "8D-2026-014", "Temporary ACLs on the Line 3 switch; firewall between the cell zone and the office network in the Q2 shutdown.", "Gary Whitcombe", "end Q2", "In progress"],
                    &["#n 5", "", "SR 1.1 / SR 1.3", "Line 1 CNC", "The HMI panels on Line 1 use one shared operator account, with its password written on a label on the panel.", "Minor", "", "", "Gary Whitcombe", "#d 2026-05-29", "Open"],
                    &["#n 6", "ISO 9001", "7.1.5", "Quality lab", "Two CMM probes were used for part release after their calibration had expired in December 2025.", "Minor", "8D-2026-009", "Probes quarantined and recalibrated; parts released since December re-measured.", "Quality Manager", "#d 2026-03-13", "Closed"],
                    &["#n 7", "", "9.2", "Quality", "Quality internal audits could be scheduled together with the ISMS audits, as both look at the same production processes.", "Opp. for improvement", "", "", "Quality Manager", "", "Open"],
                    &["#n 8", "ISO 27001 + IEC 62443-3-3", "A.8.9 / SR 7.6", "Line 2 trim press", "PLC programs are not backed up or version-controlled; the Line 2 trim press program was changed in January with no record of the change.", "Minor", "", "", "Head of IT Operations", "wk 20", "Open"],
                    &[""],
                    &["Note: only the ISO 27001 findings go into the ISMS corrective action log. IEC 62443 findings are tracked by Engineering, ISO 9001 findings in the QMS (Q-Pulse)."],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)
            .merged(4, 1, 6, 1)
            .merged(7, 1, 8, 1)
            .merged(9, 1, 10, 1)
            .merged(13, 0, 13, 10)]),
            expected: vec![
                finding("1", "minor", "A.8.7", "Anti-malware is switched off on the 6")
                    .owner("badr@acme.test")
                    .plan(true),
                // Under the merged ISO 27001 cell.
                finding("2", "observation", "A.7.2", "The gatehouse visitor log does not record")
                    .pending(&["Site Services"])
                    .plan(false),
                // 9.2 under ISO 27001: clause 9.2.
                finding("3", "major", "9.2", "The 2025 ISMS internal audit programme")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // IEC 62443-3-3 SR 5.1: no ISO 27001 requirement (5.1 is only a look-alike).
                finding("4", "major", "", "The die-casting cell PLCs are on the flat")
                    .pending(&["Gary Whitcombe"])
                    .plan(true),
                finding("5", "minor", "", "The HMI panels on Line 1 use one shared")
                    .pending(&["Gary Whitcombe"])
                    .plan(false),
                // ISO 9001 7.1.5: none.
                finding("6", "minor", "", "Two CMM probes were used for part release")
                    .pending(&["Quality Manager"])
                    .plan(true),
                // 9.2 under the merged ISO 9001 cell: ISO 9001's internal audit, none.
                finding("7", "ofi", "", "Quality internal audits could be scheduled")
                    .pending(&["Quality Manager"])
                    .plan(false),
                // "A.8.9 / SR 7.6": A.8.9 only.
                finding("8", "minor", "A.8.9", "PLC programs are not backed up")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A London law firm's audit findings, typed by its risk team. References with stray
        // spaces: " HP-IA-01" and "HP-IA-02 " are HP-IA-01 and HP-IA-02. ISO refs with typos:
        // "A.5.15 , A.5,34" is A.5.15 and A.5.34 (a comma for the dot), "A.8 .12" A.8.12,
        // "Annex A 5.14" A.5.14, "Cl.7.5.3" clause 7.5.3, "A.5.10." A.5.10 (a full stop after
        // it), "A5.15 " A.5.15. The "Also relevant to" column cites the SRA Code of Conduct for
        // Firms (CoF 6.3, CoF 2.1), no ISO requirements although 6.3 and 2.1 look like clause
        // numbers; not checked. Ratings: Minor, Obs., MAJOR, "minor NC", Improvement (an OFI),
        // "Minor - repeat (2025)". Raised and Target each mix date cells and text dates in
        // several forms. Agreed action is the plan (HP-IA-01, 03, 06). "Lena Fischer (Partner,
        // Risk & Compliance)" is Lena Fischer; Finance Director and COLP are no users. The
        // distribution line under the table is no finding.
        Layout {
            id: "holdout31-uk-law-firm-ref-typos-spaces-mixed-dates",
            origin: "holdout 31, written for this holdout: a London commercial and private client law firm's (LLP) findings and actions from its ISO/IEC 27001:2022 internal audit, typed in Excel by the risk and compliance team, who are no ISO specialists, in British English. Sheet \"IA findings Mar26\": three lines above the table, \"HARCOURT PRYCE LLP\", \"Information security (ISO/IEC 27001:2022) internal audit - findings & actions - March 2026\" and \"PRIVILEGED & CONFIDENTIAL - prepared for the COLP and the Management Board\", each merged across, a blank row, then the header: Ref (HP-IA-01 ... HP-IA-06, one with a leading and one with a trailing space), Raised (a date cell, \"3rd March\", \"03.03.2026\", \"2026-03-04\", \"4/3/26\", another date cell), ISO ref (typed with slips: \"A.5.15 , A.5,34\", \"A.8 .12\", \"Annex A 5.14\", \"Cl.7.5.3\", \"A.5.10.\", \"A5.15 \"), Also relevant to (SRA / Lexcel / CE+) (\"SRA CoF 6.3\", \"SRA CoF 2.1\", \"Lexcel office manual\", blank), Finding (the statement: family law matter files open to all fee earners, personal webmail and DLP, completion monies bank details sent by e-mail after a payment diversion attempt, three versions of the security policy, generative AI tools, leavers' document management access), Rating (Minor, Obs., MAJOR, \"minor NC\", Improvement, \"Minor - repeat (2025)\"), Agreed action (filled for three findings), Owner (a user's name, a user's role name, the Finance Director, the COLP, a user's email, \"Lena Fischer (Partner, Risk & Compliance)\"), Target (a date cell, \"end of April\", ASAP, \"30/04/2026\", a blank, \"w/c 18 May\") and Status. After a blank row a distribution line; not a finding",
            file_name: "HP LLP - ISMS internal audit findings & actions - Mar 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "IA findings Mar26",
                0,
                0,
                &[
                    &["HARCOURT PRYCE LLP"],
                    &["Information security (ISO/IEC 27001:2022) internal audit - findings & actions - March 2026"],
                    &["PRIVILEGED & CONFIDENTIAL - prepared for the COLP and the Management Board"],
                    &[""],
                    &["Ref", "Raised", "ISO ref", "Also relevant to (SRA / Lexcel / CE+)", "Finding", "Rating", "Agreed action", "Owner", "Target", "Status"],
                    &[" HP-IA-01", "#d 2026-03-03", "A.5.15 , A.5,34", "SRA CoF 6.3", "Family department matter files are on a shared drive open to all fee earners; 14 people outside the Family team opened Family matter files in February.", "Minor", "Restrict the Family folders to the Family team and review the access of the other practice areas' shared folders.", "Martín Lombardi", "#d 2026-04-30", "In progress"],
                    &["HP-IA-02 ", "3rd March", "A.8 .12", "SRA CoF 6.3", "The data loss prevention rules do not cover documents e-mailed from the document management system to personal webmail addresses.", "Obs.", "", "Head of IT Operations", "end of April", "Open"],
                    &["HP-IA-03", "03.03.2026", "Annex A 5.14", "SRA CoF 2.1", "Bank details for completion monies are sent to clients by unencrypted e-mail, although the firm had a payment diversion attempt on a conveyancing matter in January.", "MAJOR", "Send bank details only through the client portal and confirm any change of bank details by phone on a number already held.", "Finance Director", "ASAP", "In progress"],
                    &["HP-IA-04", "2026-03-04", "Cl.7.5.3", "Lexcel office manual", "Three versions of the Information Security Policy (v2.0, v2.3 and v3.1) are on the intranet and the office manual still links v2.0.", "minor NC", "", "COLP", "30/04/2026", "Open"],
                    &["HP-IA-05", "4/3/26", "A.5.10.", "", "The acceptable use rules could give fee earners a short list of approved generative AI tools for client work.", "Improvement", "", "badr@acme.test", "", "Open"],
                    &["HP-IA-06", "#d 2026-03-05", "A5.15 ", "SRA CoF 2.1", "Leavers' access to the document management system is removed only when HR's monthly leavers list arrives; two trainees who left in January still had access on 3 March.", "Minor - repeat (2025)", "HR to raise a leaver ticket on the last working day; IT to remove document management and Citrix access the same day.", "Lena Fischer (Partner, Risk & Compliance)", "w/c 18 May", "Open"],
                    &[""],
                    &["Distribution: Management Board, COLP, COFA, Head of IT. Next review: Risk Committee, 22 April 2026."],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(2, 0, 2, 9)
            .merged(12, 0, 12, 9)]),
            expected: vec![
                // Leading space in the reference; "A.5,34" is A.5.34.
                finding("HP-IA-01", "minor", "A.5.15, A.5.34", "Family department matter files are on")
                    .owner("martin@acme.test")
                    .plan(true),
                // Trailing space in the reference; "A.8 .12" is A.8.12.
                finding("HP-IA-02", "observation", "A.8.12", "The data loss prevention rules")
                    .owner("ops@acme.test")
                    .plan(false),
                // SRA CoF 2.1 is no ISO clause.
                finding("HP-IA-03", "major", "A.5.14", "Bank details for completion monies")
                    .pending(&["Finance Director"])
                    .plan(true),
                finding("HP-IA-04", "minor", "7.5.3", "Three versions of the Information Security Policy")
                    .pending(&["COLP"])
                    .plan(false),
                // "A.5.10." with a full stop; Improvement is an OFI.
                finding("HP-IA-05", "ofi", "A.5.10", "The acceptable use rules could give")
                    .owner("badr@acme.test")
                    .plan(false),
                // "A5.15 " is A.5.15; the owner is Lena Fischer with her role.
                finding("HP-IA-06", "minor", "A.5.15", "Leavers' access to the document management")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
            ],
        },
        // A Danish logistics company's register saved by a Danish Excel as `;` CSV in
        // Windows-1252. A column with no header and no values sits between the statement
        // (Afvigelse / observation) and the grade (Vurdering). Grades: "Mindre afvigelse"
        // minor, "Større afvigelse - ingen overvågning siden systemskiftet" major, "Vurderet
        // som mindre afvigelse (gentaget fra 2025)" minor, "Ikke en afvigelse - noteres som
        // observation" observation (afvigelse negated), Forbedringsforslag an OFI. "9.3 " has a
        // trailing space; "A.5.29 og A.5.30" is two controls (og = and); "pkt. 10.2" clause 10.2
        // (pkt. = punkt). "Badr K." is Badr Karim; Jens Holm and Kvalitetsansvarlig (the quality
        // officer role) are no users. Frist mixes 30-06-2026, 30.6.26, "uge 22" (week 22) and
        // "1. juni 2026". The "I alt" (total) line at the bottom, with the count and grade words
        // in the statement column, is no finding. No plan columns.
        Layout {
            id: "holdout31-dk-logistics-semicolon-csv-blank-column-totals",
            origin: "holdout 31, written for this holdout: a Danish (Aarhus) mid-size freight forwarding and terminal company's register of deviations from its internal ISMS audit (Afvigelsesregister ISMS - intern audit marts 2026), kept in Excel by the IT department and saved by a Danish Excel as CSV (semicolon-separated, Windows-1252), only in Danish. A title line (\"Nordhavn Fragt A/S - Afvigelsesregister ISMS - intern audit marts 2026\") and a line naming the auditor (an external consultant) and the revision date, each padded with empty fields, an empty line, then the header: Nr. (AFV-01 ... AFV-06), Dato (03-03-2026, 04-03-2026), Krav (ISO 27001) (A.5.23, A.8.16, \"9.3 \" with a trailing space, A.7.4, \"A.5.29 og A.5.30\", \"pkt. 10.2\"), Afvigelse / observation (the statement: the route planning cloud TMS, warehouse management system logs, the management review, the camera at gate 3, ferry booking systems in the continuity plan, corrective actions in the complaints case system), a column with no header and no values, Vurdering (the grade, twice as a sentence: \"Mindre afvigelse\", \"Større afvigelse - ingen overvågning siden systemskiftet\", \"Vurderet som mindre afvigelse (gentaget fra 2025)\", \"Ikke en afvigelse - noteres som observation\", Forbedringsforslag), Ansvarlig (a user's name, a user's email, a user's first name and initial \"Badr K.\", a warehouse foreman no user is, the role Kvalitetsansvarlig), Frist (30-06-2026, 30.6.26, \"uge 22\", \"1. juni 2026\", blank) and Status (Åben, I gang). After an empty line a total line \"I alt\" with \"6 fund: 1 større afvigelse, 3 mindre afvigelser, 1 observation, 1 forbedringsforslag\" in the statement column; not a finding",
            file_name: "Afvigelsesregister ISMS 2026.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Nordhavn Fragt A/S - Afvigelsesregister ISMS - intern audit marts 2026", "", "", "", "", "", "", "", ""],
                        &["Auditor: Mette Kjær (ekstern konsulent) - revideret 20-03-2026", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", ""],
                        &["Nr.", "Dato", "Krav (ISO 27001)", "Afvigelse / observation", "", "Vurdering", "Ansvarlig", "Frist", "Status"],
                        &["AFV-01", "03-03-2026", "A.5.23", "Der er ikke foretaget en sikkerhedsvurdering af den nye cloud-løsning til ruteplanlægning (TMS), som blev taget i brug i november 2025.", "", "Mindre afvigelse", "Martín Lombardi", "30-06-2026", "Åben"],
                        &["AFV-02", "03-03-2026", "A.8.16", "Logning fra lagerstyringssystemet (WMS) overvåges ikke; alarmer sendes til en fælles postkasse, som ingen læser.", "", "Større afvigelse - ingen overvågning siden systemskiftet", "ops@acme.test", "30.6.26", "I gang"],
                        &["AFV-03", "03-03-2026", "9.3 ", "Ledelsens evaluering for 2025 behandlede ikke resultaterne af den interne audit eller status på korrigerende handlinger.", "", "Vurderet som mindre afvigelse (gentaget fra 2025)", "Badr K.", "uge 22", "Åben"],
                        &["AFV-04", "04-03-2026", "A.7.4", "Kameraet ved port 3 på terminalen optager kun i dagtimerne; natholdets ankomster registreres kun i portloggen.", "", "Ikke en afvigelse - noteres som observation", "Jens Holm", "1. juni 2026", "Åben"],
                        &["AFV-05", "04-03-2026", "A.5.29 og A.5.30", "Beredskabsplanen er ikke afprøvet for et nedbrud af forbindelsen til færgeselskabernes bookingsystemer.", "", "Mindre afvigelse", "Kvalitetsansvarlig", "30-06-2026", "Åben"],
                        &["AFV-06", "04-03-2026", "pkt. 10.2", "Opfølgning på korrigerende handlinger kunne ske i samme sagssystem som kundereklamationer, så fristerne bliver synlige.", "", "Forbedringsforslag", "Lena Fischer", "", "Åben"],
                        &["", "", "", "", "", "", "", "", ""],
                        &["I alt", "", "", "6 fund: 1 større afvigelse, 3 mindre afvigelser, 1 observation, 1 forbedringsforslag", "", "", "", "", ""],
                    ],
                    ';',
                )
            )),
            expected: vec![
                finding("AFV-01", "minor", "A.5.23", "Der er ikke foretaget en sikkerhedsvurdering")
                    .owner("martin@acme.test"),
                finding("AFV-02", "major", "A.8.16", "Logning fra lagerstyringssystemet (WMS)")
                    .owner("ops@acme.test"),
                // A grade in a sentence; "Badr K." is Badr Karim.
                finding("AFV-03", "minor", "9.3", "Ledelsens evaluering for 2025")
                    .owner("badr@acme.test"),
                // "Ikke en afvigelse" (not a deviation): an observation.
                finding("AFV-04", "observation", "A.7.4", "Kameraet ved port 3 på terminalen")
                    .pending(&["Jens Holm"]),
                // "og" joins two controls.
                finding("AFV-05", "minor", "A.5.29, A.5.30", "Beredskabsplanen er ikke afprøvet")
                    .pending(&["Kvalitetsansvarlig"]),
                finding("AFV-06", "ofi", "10.2", "Opfølgning på korrigerende handlinger")
                    .owner("lena.fischer@acme.test"),
            ],
        },
    ]
}
