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
