//! Blind holdouts 16 to 20 (2026-12-05).

use super::*;

pub(super) fn sixteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout16-id-internal-audit-roman-month-numbers",
            origin: "holdout 16, written for this holdout: an Indonesian company's internal ISMS audit findings list (Daftar Temuan Audit Internal SMKI), only in Indonesian, under a merged title and a merged line of audit details. A running No. beside the finding number written the way Indonesian official letters and reports are numbered: sequence / unit code / month in Roman numerals / year (\"001/AI-SMKI/III/2026\"), so every reference holds slashes and the same III. Headers: Tanggal Audit (\"16 Maret 2026\" as text), Unit Kerja, Klausul / Kontrol (\"Klausul 9.2\", \"Kontrol A.8.8\", \"Klausul 7.2 dan 7.3\" and \"Kontrol A.5.20 dan A.5.23\", two requirements joined by dan, and; and a bare A.8.15), Kategori Temuan (Ketidaksesuaian Mayor / Ketidaksesuaian Minor / Observasi / Peluang Peningkatan), Uraian Temuan (the statement), Bukti Objektif, Akar Masalah and Tindakan Perbaikan (filled for the major only), PIC (the person in charge, as Indonesian registers head it), Batas Waktu (\"30 April 2026\"), Status (Terbuka). Owners: users' names with the Indonesian honorifics Bpk. (Bapak) and Ibu in front, as Indonesian documents address people, an Indonesian name no user has, a role (Kepala Divisi Pengadaan) and a user's name. Under the table, the Indonesian signature block: place and date (\"Jakarta, 18 Maret 2026\"), \"Disetujui oleh,\" and \"Auditor Utama,\", then names in brackets (one of them a user's) and a job title; none of it is a finding",
            file_name: "Daftar_Temuan_Audit_Internal_SMKI_Q1_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Temuan AI",
                0,
                0,
                &[
                    &["DAFTAR TEMUAN AUDIT INTERNAL SISTEM MANAJEMEN KEAMANAN INFORMASI (SMKI)"],
                    &["PT Acme Solusi Digital    Standar: ISO/IEC 27001:2022    Periode audit: 16–18 Maret 2026    Ketua Tim Audit: Rina Wulandari"],
                    &[""],
                    &["No.", "Nomor Temuan", "Tanggal Audit", "Unit Kerja", "Klausul / Kontrol", "Kategori Temuan", "Uraian Temuan", "Bukti Objektif", "Akar Masalah", "Tindakan Perbaikan", "PIC", "Batas Waktu", "Status"],
                    &["#n 1", "001/AI-SMKI/III/2026", "16 Maret 2026", "Divisi Teknologi Informasi", "Klausul 9.2", "Ketidaksesuaian Mayor", "Audit internal SMKI tahun 2025 tidak dilaksanakan sesuai program audit yang telah disetujui.", "Program Audit Internal 2025 rev. 0 menjadwalkan tiga audit; tidak ada laporan audit yang dapat ditunjukkan.", "Auditor internal mengundurkan diri pada Juni 2025 dan belum ditunjuk pengganti.", "Menunjuk dua auditor internal baru dan menjadwalkan ulang audit internal.", "Bpk. Badr Karim", "30 April 2026", "Terbuka"],
                    &["#n 2", "002/AI-SMKI/III/2026", "16 Maret 2026", "Divisi Teknologi Informasi", "Kontrol A.8.8", "Ketidaksesuaian Minor", "Kerentanan kritis hasil pemindaian bulan Januari 2026 belum ditutup lebih dari 30 hari.", "Laporan pemindaian kerentanan tanggal 12 Januari 2026: tujuh temuan kritis masih terbuka.", "", "", "Ibu Lena Fischer", "31 Mei 2026", "Terbuka"],
                    &["#n 3", "003/AI-SMKI/III/2026", "17 Maret 2026", "Divisi SDM", "Klausul 7.2 dan 7.3", "Ketidaksesuaian Minor", "Catatan kompetensi dan bukti pelatihan kesadaran keamanan informasi untuk lima karyawan baru tidak tersedia.", "Berkas personel karyawan yang bergabung pada Oktober–Desember 2025.", "", "", "Dewi Lestari", "31 Mei 2026", "Terbuka"],
                    &["#n 4", "004/AI-SMKI/III/2026", "17 Maret 2026", "Divisi Pengadaan", "Kontrol A.5.20 dan A.5.23", "Observasi", "Perjanjian dengan penyedia layanan cloud belum memuat persyaratan keamanan informasi secara eksplisit.", "Perjanjian Kerja Sama No. 045/PKS/VIII/2025.", "", "", "Kepala Divisi Pengadaan", "", "Terbuka"],
                    &["#n 5", "005/AI-SMKI/III/2026", "18 Maret 2026", "Divisi Teknologi Informasi", "A.8.15", "Peluang Peningkatan", "Log server aplikasi dapat diteruskan ke SIEM agar pemantauan dapat dilakukan secara terpusat.", "", "", "", "Martín Lombardi", "", "Terbuka"],
                    &[""],
                    &["", "", "", "", "", "", "Jakarta, 18 Maret 2026"],
                    &["", "", "", "", "", "", "Disetujui oleh,", "", "", "", "Auditor Utama,"],
                    &[""],
                    &[""],
                    &["", "", "", "", "", "", "(Badr Karim)", "", "", "", "(Rina Wulandari)"],
                    &["", "", "", "", "", "", "Manajer SMKI", "", "", "", "Auditor Internal"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)]),
            expected: vec![
                finding("001/AI-SMKI/III/2026", "major", "9.2", "Audit internal SMKI tahun 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("002/AI-SMKI/III/2026", "minor", "A.8.8", "Kerentanan kritis hasil pemindaian")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("003/AI-SMKI/III/2026", "minor", "7.2, 7.3", "Catatan kompetensi dan bukti")
                    .pending(&["Dewi Lestari"])
                    .plan(false),
                finding("004/AI-SMKI/III/2026", "observation", "A.5.20, A.5.23", "Perjanjian dengan penyedia layanan")
                    .pending(&["Kepala Divisi Pengadaan"])
                    .plan(false),
                finding("005/AI-SMKI/III/2026", "ofi", "A.8.15", "Log server aplikasi dapat")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout16-ar-government-internal-audit-hijri",
            origin: "holdout 16, written for this holdout: a Saudi government agency's internal audit register for its ISMS (سجل ملاحظات المراجعة الداخلية), only in Arabic, grades too (no English beside them, unlike the bilingual CB report of holdout 12): عدم مطابقة رئيسية (major), عدم مطابقة ثانوية (minor), ملاحظة (observation; the same word the headers use for a finding in general, تصنيف الملاحظة / وصف الملاحظة) and فرصة تحسين (OFI). Dates in the Hijri calendar as government bodies there write them (1447/09/20هـ). The running number م (1 to 5, number cells) is the only id. Requirements: البند 6.1.3 (د) with the Arabic list letter د for d), البندان 8.2 و 8.3 (the dual, two clauses joined by و, and) and Annex A written الملحق أ – 5.18 with the Arabic letter alef, as Arabic texts name annexes (أ, ب, ج); a reader sees A.5.18. Root cause and corrective action columns filled for the three nonconformities, empty for the observation and the OFI. Owners: users' names in Latin script (expatriate staff), an Arabic role no user has and an Arabic name no user has",
            file_name: "سجل_ملاحظات_المراجعة_الداخلية_1447.xlsx",
            bytes: xlsx(vec![sheet(
                "السجل",
                0,
                0,
                &[
                    &["سجل ملاحظات المراجعة الداخلية لنظام إدارة أمن المعلومات (ISO/IEC 27001:2022)"],
                    &["الإدارة العامة لتقنية المعلومات – دورة المراجعة الداخلية الأولى لعام 1447هـ – رئيس فريق المراجعة: عبدالله القحطاني"],
                    &[""],
                    &["م", "تاريخ المراجعة", "الإدارة المراجَعة", "المتطلب", "تصنيف الملاحظة", "وصف الملاحظة", "السبب الجذري", "الإجراء التصحيحي", "المسؤول عن التنفيذ", "تاريخ الإغلاق المستهدف", "الحالة"],
                    &["#n 1", "1447/09/20هـ", "إدارة المخاطر", "البندان 8.2 و 8.3", "عدم مطابقة رئيسية", "لم يُحدَّث تقييم مخاطر أمن المعلومات ولا خطة معالجتها بعد نقل الأنظمة إلى مركز البيانات الجديد.", "عدم ربط إجراء إدارة التغيير بإجراء تقييم المخاطر.", "إعادة تقييم المخاطر وتحديث خطة المعالجة واعتمادها من اللجنة التوجيهية لأمن المعلومات.", "Badr Karim", "1447/11/15هـ", "مفتوحة"],
                    &["#n 2", "1447/09/20هـ", "إدارة الموارد البشرية", "الملحق أ – 5.18", "عدم مطابقة ثانوية", "لا تتم مراجعة صلاحيات الوصول إلى نظام الموارد البشرية بشكل دوري كما تنص سياسة التحكم في الوصول.", "عدم تحديد مسؤول عن المراجعة الدورية للصلاحيات.", "تكليف مالك النظام بمراجعة الصلاحيات كل ثلاثة أشهر وتوثيقها.", "Lena Fischer", "1447/11/15هـ", "مفتوحة"],
                    &["#n 3", "1447/09/21هـ", "إدارة أمن المعلومات", "البند 6.1.3 (د)", "عدم مطابقة ثانوية", "بيان قابلية التطبيق غير معتمد ولا يتضمن مبررات استبعاد الضوابط.", "لم يُعرض البيان على صاحب الصلاحية بعد تحديثه.", "تحديث بيان قابلية التطبيق وإضافة المبررات واعتماده.", "مدير إدارة أمن المعلومات", "1447/11/15هـ", "مفتوحة"],
                    &["#n 4", "1447/09/21هـ", "إدارة تقنية المعلومات", "الملحق أ – 8.13", "ملاحظة", "سجلات اختبار استعادة النسخ الاحتياطية غير مكتملة لبعض الأنظمة غير الحرجة.", "", "", "خالد الزهراني", "", "مفتوحة"],
                    &["#n 5", "1447/09/22هـ", "إدارة الموارد البشرية", "الملحق أ – 6.3", "فرصة تحسين", "يمكن إضافة محاكاة لرسائل التصيد الاحتيالي إلى برنامج التوعية بأمن المعلومات.", "", "", "Martín Lombardi", "", "مفتوحة"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)]),
            expected: vec![
                finding("1", "major", "8.2, 8.3", "لم يُحدَّث تقييم مخاطر")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("2", "minor", "A.5.18", "لا تتم مراجعة صلاحيات الوصول")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("3", "minor", "6.1.3", "بيان قابلية التطبيق غير معتمد")
                    .pending(&["مدير إدارة أمن المعلومات"])
                    .plan(true),
                finding("4", "observation", "A.8.13", "سجلات اختبار استعادة")
                    .pending(&["خالد الزهراني"])
                    .plan(false),
                finding("5", "ofi", "A.6.3", "يمكن إضافة محاكاة")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout16-cb-export-group-header-codes-summary",
            origin: "holdout 16, written for this holdout: a large certification body's findings report exported from its audit tool to Excel (a BSI/DNV/LRQA-style surveillance report of a two-site client): a merged title and a merged line of audit details (client, certificate, report number, dates), then a two-row header whose upper row groups the columns under merged cells (Location over Site and Process, Finding over Finding no., Category and Clause / control, Description over the statement and the objective evidence, Team alone over Auditor, Client response over the proposed correction and its target date). Extra columns: Site (Leeds (HQ), Dublin DC), Process, Auditor as initials (JS, MK). The grade only as category codes NC-MAJ, NC-MIN, OBS, OFI. Finding numbers built from the report number (R0458213-F01...). Target dates as date cells. Below the table, after a blank row, a summary block whose rows put the same codes (NC-MAJ, NC-MIN, OBS, OFI, Total) in the Site column with their counts as numbers in the Process column, then a merged key line spelling the codes out and naming the auditors; none of these rows is a finding. No owner column",
            file_name: "R0458213_SA2_Findings_Export.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["SURVEILLANCE AUDIT 2 – FINDINGS REPORT"],
                    &["Client: Acme Software Ltd   |   Standard: ISO/IEC 27001:2022   |   Certificate: IS 781204   |   Report: R0458213   |   Audit dates: 10–12 March 2026"],
                    &[""],
                    &["Location", "", "Finding", "", "", "Description", "", "Team", "Client response", ""],
                    &["Site", "Process", "Finding no.", "Category", "Clause / control", "Statement of finding", "Objective evidence", "Auditor", "Proposed correction & corrective action", "Target date"],
                    &["Leeds (HQ)", "Management review", "R0458213-F01", "NC-MAJ", "9.3", "Management review has not been held since the initial certification audit in 2024.", "No minutes, inputs or outputs of a management review for 2025; confirmed by the ISMS manager.", "JS", "Management review to be held on 15 April 2026; annual review added to the board calendar.", "#d 2026-04-30"],
                    &["Leeds (HQ)", "HR – joiners, movers, leavers", "R0458213-F02", "NC-MIN", "A.5.18", "Access of two leavers to the CRM was removed only six weeks after their leaving date.", "CRM user list of 10 March 2026 compared with the HR leavers report for Q4 2025.", "JS", "Leaver checklist to include the CRM; weekly HR–IT reconciliation of accounts.", "#d 2026-05-31"],
                    &["Dublin DC", "IT operations", "R0458213-F03", "NC-MIN", "A.8.13", "Restore tests are not carried out at the quarterly interval set in the backup policy.", "Last recorded restore test: September 2025 (backup policy v3.1, section 4).", "MK", "", "#d 2026-05-31"],
                    &["Dublin DC", "Physical security", "R0458213-F04", "OBS", "A.7.2", "The visitor log at the data hall door is not always completed for contractors.", "Two contractor visits on 11 March 2026 missing from the log.", "MK", "", ""],
                    &["Leeds (HQ)", "Risk management", "R0458213-F05", "OFI", "6.1.2", "The risk methodology could give guidance on scoring supplier-related risks.", "", "JS", "", ""],
                    &[""],
                    &["Summary of findings", ""],
                    &["NC-MAJ", "#n 1"],
                    &["NC-MIN", "#n 2"],
                    &["OBS", "#n 1"],
                    &["OFI", "#n 1"],
                    &["Total", "#n 5"],
                    &[""],
                    &["Key: NC-MAJ = major nonconformity; NC-MIN = minor nonconformity; OBS = observation; OFI = opportunity for improvement. Auditors: JS = J. Swinburne (lead auditor), MK = M. Kowalczyk."],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(3, 0, 3, 1)
            .merged(3, 2, 3, 4)
            .merged(3, 5, 3, 6)
            .merged(3, 8, 3, 9)
            .merged(11, 0, 11, 1)
            .merged(18, 0, 18, 9)]),
            expected: vec![
                finding("R0458213-F01", "major", "9.3", "Management review has not been held").plan(true),
                finding("R0458213-F02", "minor", "A.5.18", "Access of two leavers to the CRM").plan(true),
                finding("R0458213-F03", "minor", "A.8.13", "Restore tests are not carried out").plan(false),
                finding("R0458213-F04", "observation", "A.7.2", "The visitor log at the data hall").plan(false),
                finding("R0458213-F05", "ofi", "6.1.2", "The risk methodology could give").plan(false),
            ],
        },
        Layout {
            id: "holdout16-gitlab-issues-csv-labels",
            origin: "holdout 16, written for this holdout: a GitLab project's issues exported with \"Export as CSV\" (the columns GitLab writes, in its order: Issue ID, URL, Title, State, Description, Author, Author Username, Assignee, Assignee Username, Confidential, Locked, Due Date, Created At (UTC), Updated At (UTC), Closed At (UTC), Milestone, Weight, Labels, Time Estimate, Time Spent; header order as quoted in gitlab-org/gitlab issue 34769, found via search). The ISMS team tracks audit findings as issues: the reference is the project's issue number (Issue ID 41 to 45, beside URLs ending /-/issues/41); the short Title is a heading and the Description (markdown, several paragraphs, the first sentence being the finding, then **Evidence:** lines) is the statement. Grade and requirements are only in the one Labels cell, comma-separated: the grade as a scoped label (finding::major-nc, finding::minor-nc, finding::observation, finding::ofi), the requirements as plain labels ISO27001:9.2, ISO27001:A.5.15 (plain, not scoped, because GitLab allows one scoped label per scope and a finding may cite two controls), beside audit::SA1-2026 and a priority:: label that disagrees with the grade (priority::medium on the major). Author is the ISMS manager on every row; owners are the Assignee display names (users, one name no user has, one issue unassigned: no owner, not the author). One issue is Closed, still a finding",
            file_name: "acme-isms-audit-findings_issues_2026-03-20.csv",
            bytes: {
                let rows: &[&[&str]] = &[
                    &["Issue ID", "URL", "Title", "State", "Description", "Author", "Author Username", "Assignee", "Assignee Username", "Confidential", "Locked", "Due Date", "Created At (UTC)", "Updated At (UTC)", "Closed At (UTC)", "Milestone", "Weight", "Labels", "Time Estimate", "Time Spent"],
                    &["41", "https://gitlab.acme.test/isms/audit-findings/-/issues/41", "2025 internal audit programme not completed", "Open", "Only one of the four internal audits planned in the 2025 audit programme was carried out (HR, June 2025).\n\n**Evidence:** audit programme v1.2; report IA-2025-01 is the only audit report.\n**Raised by:** J. Swinburne (certification body), SA1 2026", "Lena Fischer", "lfischer", "Badr Karim", "bkarim", "No", "No", "2026-04-30", "2026-03-12 16:41:07", "2026-03-14 09:03:55", "", "SA1 2026 corrective actions", "", "ISO27001:9.2,audit::SA1-2026,finding::major-nc,priority::medium", "0", "0"],
                    &["42", "https://gitlab.acme.test/isms/audit-findings/-/issues/42", "Leaver accounts still active in the CRM", "Open", "Two leavers kept active CRM accounts for six weeks after their last working day.\n\n**Evidence:** CRM user list of 10 March 2026 against the HR leavers report for Q4 2025.", "Lena Fischer", "lfischer", "Martín Lombardi", "mlombardi", "No", "No", "2026-05-31", "2026-03-12 16:48:22", "2026-03-13 10:12:40", "", "SA1 2026 corrective actions", "", "ISO27001:A.5.15,ISO27001:A.5.18,audit::SA1-2026,finding::minor-nc,priority::high", "0", "0"],
                    &["43", "https://gitlab.acme.test/isms/audit-findings/-/issues/43", "Restore tests not evidenced", "Closed", "No restore test has been recorded since September 2025, although the backup standard requires one every quarter.\n\n**Evidence:** restore test log in Confluence, last entry 18 September 2025.\n\nRestore test of the file server done and logged on 25 March 2026.", "Lena Fischer", "lfischer", "Priya Natarajan", "pnatarajan", "No", "No", "2026-05-31", "2026-03-12 16:55:03", "2026-03-27 11:20:48", "2026-03-27 11:20:48", "SA1 2026 corrective actions", "", "ISO27001:A.8.13,audit::SA1-2026,finding::minor-nc,priority::high", "0", "0"],
                    &["44", "https://gitlab.acme.test/isms/audit-findings/-/issues/44", "Visitor log incomplete at the server room", "Open", "The visitor log at the server room door was not completed for two contractor visits.\n\n**Evidence:** visitor log and badge reader report, 11 March 2026.", "Lena Fischer", "lfischer", "Lena Fischer", "lfischer", "No", "No", "", "2026-03-12 17:02:19", "2026-03-12 17:02:19", "", "SA1 2026 corrective actions", "", "ISO27001:A.7.2,audit::SA1-2026,finding::observation,priority::low", "0", "0"],
                    &["45", "https://gitlab.acme.test/isms/audit-findings/-/issues/45", "Monthly threat intelligence summary", "Open", "Threat intelligence from the national CERT feed could be summarised in a monthly report to the security committee.", "Lena Fischer", "lfischer", "", "", "No", "No", "", "2026-03-12 17:06:51", "2026-03-12 17:06:51", "", "", "", "ISO27001:A.5.7,audit::SA1-2026,finding::ofi", "0", "0"],
                ];
                let mut text = delimited(rows, ',');
                text.push_str("\r\n");
                text.into_bytes()
            },
            expected: vec![
                finding("41", "major", "9.2", "Only one of the four internal audits").owner("badr@acme.test"),
                finding("42", "minor", "A.5.15, A.5.18", "Two leavers kept active CRM").owner("martin@acme.test"),
                finding("43", "minor", "A.8.13", "No restore test has been recorded").pending(&["Priya Natarajan"]),
                finding("44", "observation", "A.7.2", "The visitor log at the server room").owner("lena.fischer@acme.test"),
                finding("45", "ofi", "A.5.7", "Threat intelligence from the national").pending(&[]),
            ],
        },
        Layout {
            id: "holdout16-precert-multiline-clause-range",
            origin: "holdout 16, written for this holdout: a consultancy's pre-certification (readiness) audit findings for a client about to go to stage 1, on one sheet under a merged title and a merged line naming the consultancy, the client and the date. Cells with line breaks everywhere: statements of two lines (a one-line summary, then the detail), a requirement cell \"Clause 8.1\" above \"A.8.32\" on a second line, owners as a name with the job title on a second line (\"Badr Karim\\nISMS Manager\", \"Lena Fischer\\nCISO\"). Requirements as a range of clauses with an en dash, \"Clauses 9.1 – 9.3\" (a reader writes down 9.1, 9.2 and 9.3, all three 2022 clauses; not their sub-clauses 9.2.1, 9.2.2, 9.3.1... which the cell does not write), and three controls as \"A.5.23, A.5.29 & A.5.30\". Two columns of the template left empty on every row (Root cause, Closed on) between and after filled ones. Grades Major, Minor, Observation, OFI; target dates as date cells, none for the OFI",
            file_name: "Acme_readiness_audit_findings_v1.0.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 readiness audit – findings"],
                    &["Northgate Assurance for Acme Software Ltd – fieldwork 2–4 March 2026 – issued 9 March 2026"],
                    &[""],
                    &["Ref", "Requirement(s)", "Grade", "Finding", "Recommendation", "Owner", "Root cause", "Target date", "Closed on"],
                    &["PCA-01", "Clauses 9.1 – 9.3", "Major", "Performance evaluation has not started.\nNo measurement of the ISMS objectives (9.1), no internal audit (9.2) and no management review (9.3) have taken place since the ISMS went live in July 2025.", "Measure the objectives for Q1, hold a first internal audit and a management review before the stage 1 audit.", "Badr Karim\nISMS Manager", "", "#d 2026-05-15", ""],
                    &["PCA-02", "A.5.23, A.5.29 & A.5.30", "Minor", "The hosting provider's outage of October 2025 was handled ad hoc.\nNo continuity or exit arrangements exist for the cloud services in use, and ICT readiness has never been tested.", "Define continuity requirements for the hosting and SaaS providers and test failover once a year.", "Head of IT Operations", "", "#d 2026-06-30", ""],
                    &["PCA-03", "Clause 8.1\nA.8.32", "Minor", "Changes to the production firewall are made without recorded approval.\nThree of five rule changes sampled for February 2026 had no change ticket.", "Route all firewall changes through the change process.", "Lena Fischer\nCISO", "", "#d 2026-05-31", ""],
                    &["PCA-04", "A.6.3", "Observation", "Completion of the awareness course is tracked in a spreadsheet that is not kept current.\nSix leavers are still listed and the 2026 joiners are missing.", "Use the LMS completion report instead.", "HR Manager", "", "#d 2026-06-30", ""],
                    &["PCA-05", "Clause 7.5.3", "OFI", "Version history could be kept in the document management system instead of in a change table in each document.", "", "martin@acme.test", "", "", ""],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)]),
            expected: vec![
                // A range of clauses is each clause in it, as written (9.1, 9.2, 9.3).
                finding("PCA-01", "major", "9.1, 9.2, 9.3", "Performance evaluation has not started")
                    .owner("badr@acme.test"),
                finding("PCA-02", "minor", "A.5.23, A.5.29, A.5.30", "The hosting provider's outage")
                    .owner("ops@acme.test"),
                finding("PCA-03", "minor", "8.1, A.8.32", "Changes to the production firewall")
                    .owner("lena.fischer@acme.test"),
                finding("PCA-04", "observation", "A.6.3", "Completion of the awareness course")
                    .pending(&["HR Manager"]),
                finding("PCA-05", "ofi", "7.5.3", "Version history could be kept")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "holdout16-self-assessment-clauses-and-annex-sheets",
            origin: "holdout 16, written for this holdout: an ISMS self-assessment workbook of two sheets, one row per requirement, where only the rows assessed short are findings. Sheet \"Clauses 4-10\": a merged title, a merged legend line defining the results (Conform – fully met; Partially conform – met with gaps, a minor nonconformity; Nonconform – not met, a major nonconformity; Not applicable), then Clause (bare numbers 4.1 ... 10.2 as text), Requirement (the clause titles), Result, Comment / evidence, Gap ref (SA-01, SA-02, filled only on the rows assessed short), Action owner. Sheet \"Annex A\": Control as bare numbers (5.1, 5.9, 6.3, 8.2, 8.8...) under theme rows merged across the table (5 Organizational controls, 6 People controls, 7 Physical controls, 8 Technological controls), Control title, Applicable (SoA) Yes/No, Result, Comment / evidence, Gap ref (SA-03 to SA-05), Action owner. So a bare 8.2 is clause 8.2 (risk assessment) on the first sheet and control A.8.2 (privileged access rights, conforming, no finding) on the second; 5.9, 6.3 and 8.8 on the Annex A sheet are A.5.9, A.6.3 and A.8.8. Grades by the legend: Partially conform = minor, Nonconform = major; Conform and Not applicable rows, with comments, are no findings. The statement is the comment on the finding rows",
            file_name: "ISMS_self-assessment_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Clauses 4-10",
                    0,
                    0,
                    &[
                        &["ISMS self-assessment 2026 – Part 1: Clauses 4 to 10"],
                        &["Result: Conform – requirement fully met; Partially conform – met with gaps (minor nonconformity); Nonconform – not met (major nonconformity); Not applicable – excluded."],
                        &[""],
                        &["Clause", "Requirement", "Result", "Comment / evidence", "Gap ref", "Action owner"],
                        &["4.1", "Understanding the organization and its context", "Conform", "Context analysis v1.3, reviewed in January 2026.", "", ""],
                        &["4.3", "Determining the scope of the ISMS", "Conform", "Scope statement approved on 14 February 2025.", "", ""],
                        &["5.2", "Policy", "Conform", "Information security policy v2.0 published on the intranet.", "", ""],
                        &["6.1.2", "Information security risk assessment", "Partially conform", "Risk owners are not named for 11 of the 64 risks in the risk register.", "SA-01", "Badr Karim"],
                        &["6.2", "Information security objectives and planning to achieve them", "Conform", "Objectives 2026 set with targets and owners.", "", ""],
                        &["7.2", "Competence", "Conform", "Competence matrix up to date for IT and security roles.", "", ""],
                        &["8.2", "Information security risk assessment", "Nonconform", "The risk assessment was not repeated after the move to the new hosting provider in November 2025, a significant change.", "SA-02", "Head of IT Operations"],
                        &["9.2", "Internal audit", "Conform", "Audit programme 2026 approved; first audit held in February 2026.", "", ""],
                        &["9.3", "Management review", "Conform", "Management review held on 20 January 2026, minutes on file.", "", ""],
                        &["10.2", "Nonconformity and corrective action", "Conform", "Corrective action log kept in the ticketing tool.", "", ""],
                    ],
                )
                .merged(0, 0, 0, 5)
                .merged(1, 0, 1, 5),
                sheet(
                    "Annex A",
                    0,
                    0,
                    &[
                        &["ISMS self-assessment 2026 – Part 2: Annex A controls"],
                        &[""],
                        &["Control", "Control title", "Applicable (SoA)", "Result", "Comment / evidence", "Gap ref", "Action owner"],
                        &["5 Organizational controls"],
                        &["5.1", "Policies for information security", "Yes", "Conform", "Topic-specific policies approved by the CISO.", "", ""],
                        &["5.9", "Inventory of information and other associated assets", "Yes", "Partially conform", "The asset inventory does not list the SaaS applications used by Marketing.", "SA-03", "martin@acme.test"],
                        &["5.15", "Access control", "Yes", "Conform", "Access control policy v1.4.", "", ""],
                        &["6 People controls"],
                        &["6.3", "Information security awareness, education and training", "Yes", "Partially conform", "Four of the 23 staff who joined in 2025 have not completed the awareness course.", "SA-04", "HR Manager"],
                        &["6.7", "Remote working", "Yes", "Conform", "Remote working policy and VPN enforced.", "", ""],
                        &["7 Physical controls"],
                        &["7.4", "Physical security monitoring", "No", "Not applicable", "No own premises; offices in a serviced building.", "", ""],
                        &["8 Technological controls"],
                        &["8.2", "Privileged access rights", "Yes", "Conform", "Admin rights reviewed every quarter in the IAM tool.", "", ""],
                        &["8.8", "Management of technical vulnerabilities", "Yes", "Nonconform", "No vulnerability scanning is performed on the internet-facing servers.", "SA-05", "Head of IT Operations"],
                        &["8.13", "Information backup", "Yes", "Conform", "Restore test log kept up to February 2026.", "", ""],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(3, 0, 3, 6)
                .merged(7, 0, 7, 6)
                .merged(10, 0, 10, 6)
                .merged(12, 0, 12, 6),
            ]),
            expected: vec![
                // Partially conform is a minor and Nonconform a major nonconformity, as the legend says.
                finding("SA-01", "minor", "6.1.2", "Risk owners are not named").owner("badr@acme.test"),
                finding("SA-02", "major", "8.2", "The risk assessment was not repeated").owner("ops@acme.test"),
                finding("SA-03", "minor", "A.5.9", "The asset inventory does not list").owner("martin@acme.test"),
                finding("SA-04", "minor", "A.6.3", "Four of the 23 staff").pending(&["HR Manager"]),
                finding("SA-05", "major", "A.8.8", "No vulnerability scanning is").owner("ops@acme.test"),
            ],
        },
    ]
}

pub(super) fn seventeenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout17-hr-internal-audit-trailing-dot-clauses",
            origin: "holdout 17, written for this holdout: a Croatian company's record of internal ISMS audit findings (Zapisnik o nalazima internog audita), only in Croatian, as a Croatian company writes it rather than a certification body (holdout 12): the company's name and address on the first two lines, a merged title and a merged line with the record number (Broj zapisnika: IA-01/2026), the audit dates written the Croatian way with spaces and a final dot (10. – 12. 3. 2026.) and the lead internal auditor. Headers: Rb. (the running number written as Croatian ordinals, text \"1.\", \"2.\"), Oznaka (the reference: NS-01 for nesukladnost, Z-01 for zapažanje, PP-01), Organizacijska jedinica, Zahtjev norme, Kategorija nalaza (Velika nesukladnost / Mala nesukladnost / Zapažanje / Preporuka za poboljšanje, the last a recommendation, so an OFI), Opis nalaza, Uzrok and Korektivna radnja (filled for two nonconformities only), Nositelj (the person responsible), Rok (\"30. 4. 2026.\"), Status (Otvoreno, U tijeku). Requirement numbers carry the trailing dot Croatian puts after ordinal numbers: \"točka 6.1.3. d)\", \"Dodatak A, kontrola 8.8.\", \"točke 7.2. i 7.3.\" (two clauses joined by i, and), \"Dodatak A, 5.18.\" and \"točka 6.2.\" (Dodatak A is the Annex as Croatian standards name it). Owners: users' names, a Croatian name no user has. Below the table, Sastavio / Odobrio lines naming the auditor and a user, and the place and date; no finding",
            file_name: "Zapisnik_interni_audit_ISMS_IA-01-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Nalazi IA-01-2026",
                0,
                0,
                &[
                    &["DALMACIJA CARGO d.o.o."],
                    &["Put Supavla 21, 21000 Split"],
                    &[""],
                    &["ZAPISNIK O NALAZIMA INTERNOG AUDITA SUSTAVA UPRAVLJANJA INFORMACIJSKOM SIGURNOŠĆU (ISO/IEC 27001:2022)"],
                    &["Broj zapisnika: IA-01/2026    Datum audita: 10. – 12. 3. 2026.    Vodeći interni auditor: Marko Babić"],
                    &[""],
                    &["Rb.", "Oznaka", "Organizacijska jedinica", "Zahtjev norme", "Kategorija nalaza", "Opis nalaza", "Uzrok", "Korektivna radnja", "Nositelj", "Rok", "Status"],
                    &["1.", "NS-01", "Uprava", "točka 6.1.3. d)", "Velika nesukladnost", "Izjava o primjenjivosti nije usklađena s izdanjem norme iz 2022. godine i ne sadrži obrazloženja za isključene kontrole.", "Odgovornost za održavanje Izjave o primjenjivosti nije dodijeljena.", "Ažurirati Izjavu o primjenjivosti prema Dodatku A izdanja 2022. i imenovati odgovornu osobu.", "Badr Karim", "30. 4. 2026.", "U tijeku"],
                    &["2.", "NS-02", "Informatika", "Dodatak A, kontrola 8.8.", "Mala nesukladnost", "Kritične ranjivosti na poslužiteljima web-trgovine nisu otklonjene u roku od 14 dana koji propisuje Pravilnik o upravljanju ranjivostima.", "Zakrpe se primjenjuju samo u mjesečnom prozoru održavanja.", "Uvesti izvanredni prozor za kritične zakrpe i tjedni pregled otvorenih ranjivosti.", "Martín Lombardi", "31. 5. 2026.", "Otvoreno"],
                    &["3.", "NS-03", "Ljudski potencijali", "točke 7.2. i 7.3.", "Mala nesukladnost", "Četiri od šest skladišnih radnika zaposlenih u 2025. nisu prošla obuku o informacijskoj sigurnosti.", "", "", "Ana Kovačević", "31. 5. 2026.", "Otvoreno"],
                    &["4.", "Z-01", "Informatika", "Dodatak A, 5.18.", "Zapažanje", "Preispitivanje prava pristupa ERP sustavu provodi se, ali se rezultati ne dokumentiraju.", "", "", "Lena Fischer", "", "Otvoreno"],
                    &["5.", "PP-01", "Uprava", "točka 6.2.", "Preporuka za poboljšanje", "Ciljevi informacijske sigurnosti mogli bi se povezati s ključnim pokazateljima poslovanja.", "", "", "Badr Karim", "", "Otvoreno"],
                    &[""],
                    &["", "Sastavio: Marko Babić, vodeći interni auditor", "", "", "", "Odobrio: Badr Karim, predstavnik uprave za ISMS"],
                    &["", "Split, 13. 3. 2026."],
                ],
            )
            .merged(3, 0, 3, 10)
            .merged(4, 0, 4, 10)]),
            expected: vec![
                finding("NS-01", "major", "6.1.3", "Izjava o primjenjivosti nije")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NS-02", "minor", "A.8.8", "Kritične ranjivosti na poslužiteljima")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NS-03", "minor", "7.2, 7.3", "Četiri od šest skladišnih")
                    .pending(&["Ana Kovačević"])
                    .plan(false),
                finding("Z-01", "observation", "A.5.18", "Preispitivanje prava pristupa")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("PP-01", "ofi", "6.2", "Ciljevi informacijske sigurnosti")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout17-ua-internal-register-approval-block",
            origin: "holdout 17, written for this holdout: a Ukrainian software company's register of nonconformities from its internal ISMS audit (Реєстр невідповідностей), only in Ukrainian, laid out as a Ukrainian organisational document: the approval stamp block in the top right corner (ЗАТВЕРДЖУЮ / Генеральний директор ТОВ «Карпати Софт» / a signature line with the name as first name and SURNAME in capitals, Петро БОЙКО, as the current Ukrainian rules for documents write it / «20» березня 2026 р.), then the merged title and a merged subtitle naming the audit and its dates, and a signature line of the internal audit team leader below the table; none of these is a finding and none names an owner. Headers: №, Реєстраційний номер (ВА-26/01 ...), Дата виявлення, Підрозділ, Вимога стандарту, Категорія (Суттєва невідповідність for major, Несуттєва невідповідність for minor, whose word holds the major's, Зауваження for an observation, Можливість для поліпшення for an OFI: words the certification body of holdout 12 did not use), Опис невідповідності, Причина and Коригувальна дія (filled for the first two), Відповідальний виконавець, Термін виконання (\"30.04.2026 р.\" with the abbreviation of року), Статус (Відкрита). Requirements \"п. 8.1; Додаток А, А.8.32\" (a clause and a control in one cell, the control's letter Cyrillic), \"п. 7.2\", \"Додаток А, A.8.13\" (Latin A, pasted from the English standard), \"Додаток А, А.7.2\" and \"п. 9.1\". Owners: users' names in Latin script, a Ukrainian name written surname then initials (Шевчук О. М.) and a Ukrainian role, both no user's",
            file_name: "Реєстр_невідповідностей_ВА_СУІБ_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Реєстр",
                0,
                0,
                &[
                    &["", "", "", "", "", "", "", "", "", "ЗАТВЕРДЖУЮ"],
                    &["", "", "", "", "", "", "", "", "", "Генеральний директор ТОВ «Карпати Софт»"],
                    &["", "", "", "", "", "", "", "", "", "__________ Петро БОЙКО"],
                    &["", "", "", "", "", "", "", "", "", "«20» березня 2026 р."],
                    &[""],
                    &["РЕЄСТР НЕВІДПОВІДНОСТЕЙ"],
                    &["за результатами внутрішнього аудиту системи управління інформаційною безпекою (ISO/IEC 27001:2022), проведеного 16–18 березня 2026 р."],
                    &[""],
                    &["№", "Реєстраційний номер", "Дата виявлення", "Підрозділ", "Вимога стандарту", "Категорія", "Опис невідповідності", "Причина", "Коригувальна дія", "Відповідальний виконавець", "Термін виконання", "Статус"],
                    &["#n 1", "ВА-26/01", "16.03.2026", "Відділ ІТ-інфраструктури", "п. 8.1; Додаток \u{410}, \u{410}.8.32", "Суттєва невідповідність", "Зміни в конфігурації міжмережевих екранів вносяться без погодження та без реєстрації в системі заявок.", "Процедуру управління змінами не поширено на мережеве обладнання.", "Доповнити процедуру управління змінами та провести навчання адміністраторів мережі.", "Lena Fischer", "30.04.2026 р.", "Відкрита"],
                    &["#n 2", "ВА-26/02", "16.03.2026", "Відділ персоналу", "п. 7.2", "Несуттєва невідповідність", "Для трьох адміністраторів баз даних не визначено вимог до компетентності.", "Посадові інструкції не переглядалися з 2022 року.", "Переглянути посадові інструкції адміністраторів баз даних.", "Шевчук О. М.", "29.05.2026 р.", "Відкрита"],
                    &["#n 3", "ВА-26/03", "17.03.2026", "Відділ ІТ-інфраструктури", "Додаток \u{410}, A.8.13", "Несуттєва невідповідність", "Тестування відновлення з резервних копій у IV кварталі 2025 року не проводилося.", "", "", "Badr Karim", "29.05.2026 р.", "Відкрита"],
                    &["#n 4", "ВА-26/04", "17.03.2026", "Служба безпеки", "Додаток \u{410}, \u{410}.7.2", "Зауваження", "Журнал відвідувачів серверної заповнюється не для всіх підрядників.", "", "", "Начальник служби безпеки", "", "Відкрита"],
                    &["#n 5", "ВА-26/05", "18.03.2026", "Відділ інформаційної безпеки", "п. 9.1", "Можливість для поліпшення", "Доцільно доповнити показники результативності СУІБ середнім часом закриття інцидентів.", "", "", "Lena Fischer", "", "Відкрита"],
                    &[""],
                    &["", "Керівник групи внутрішнього аудиту", "", "", "", "", "__________ Ірина МЕЛЬНИК"],
                ],
            )
            .merged(5, 0, 5, 11)
            .merged(6, 0, 6, 11)]),
            expected: vec![
                finding("ВА-26/01", "major", "8.1, A.8.32", "Зміни в конфігурації міжмережевих")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("ВА-26/02", "minor", "7.2", "Для трьох адміністраторів баз")
                    .pending(&["Шевчук О. М."])
                    .plan(true),
                finding("ВА-26/03", "minor", "A.8.13", "Тестування відновлення з резервних")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("ВА-26/04", "observation", "A.7.2", "Журнал відвідувачів серверної")
                    .pending(&["Начальник служби безпеки"])
                    .plan(false),
                finding("ВА-26/05", "ofi", "9.1", "Доцільно доповнити показники")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout17-word-paste-ref-grade-requirement-one-cell",
            origin: "holdout 17, written for this holdout: the findings section of a certification body's stage 2 report, copied from the Word report into Excel: the Word heading \"5  AUDIT FINDINGS\" and a line of report details above a four-column table whose first column, headed only Finding, holds in one cell the reference, the grade in brackets and the requirement with its title, joined by an en dash, as the report's finding headings read: \"NC 1 (Major) – Cl. 9.3 Management review\", \"NC 3 (Minor) – A.5.19 / A.5.20 Supplier security\" (two controls), \"OBS 1 (Observation) – A.8.13 Information backup\", \"OFI 1 (Opportunity for improvement) – Cl. 7.3 Awareness\". There is no grade, reference or requirement column; the statement is the Details column beside it, then Objective evidence and the agreed close-out date (date cells). A note under the table about corrective action plans and major nonconformities is no finding. No owner column",
            file_name: "ISR-26-0311 Stage 2 findings (from report).xlsx",
            bytes: xlsx(vec![sheet(
                "Sheet1",
                0,
                0,
                &[
                    &["5  AUDIT FINDINGS"],
                    &["Client: Harbourline Freight Ltd    Audit: Stage 2 (initial certification)    Report no.: ISR-26-0311    Lead auditor: C. Okafor"],
                    &[""],
                    &["Finding", "Details", "Objective evidence", "Agreed close-out date"],
                    &["NC 1 (Major) – Cl. 9.3 Management review", "No management review has been held since the ISMS was launched in June 2025; top management has not yet reviewed the performance of the ISMS.", "No minutes or records of a management review; confirmed by the ISMS manager on 11/03/2026.", "#d 2026-06-10"],
                    &["NC 2 (Minor) – A.5.15 Access control", "Access to the finance share is granted to the whole Finance group, including two agency contractors.", "ACL export of \\\\fs01\\finance dated 10/03/2026.", "#d 2026-06-10"],
                    &["NC 3 (Minor) – A.5.19 / A.5.20 Supplier security", "The contract with the new payroll provider contains no information security or confidentiality requirements.", "Payroll services agreement signed 02/09/2025, clauses 1-24 reviewed.", "#d 2026-06-10"],
                    &["OBS 1 (Observation) – A.8.13 Information backup", "Restore tests are logged, but the log does not say which data set was restored or whether the restore was complete.", "Restore test log, entries for Q4 2025 and Q1 2026.", ""],
                    &["OFI 1 (Opportunity for improvement) – Cl. 7.3 Awareness", "Warehouse staff without a company e-mail account could receive the monthly security bulletin on the canteen screens.", "", ""],
                    &[""],
                    &["Note: corrective action plans for all nonconformities are due within 30 days of the report date; the major nonconformity must be closed and verified before certification can be recommended."],
                ],
            )]),
            expected: vec![
                finding("NC 1", "major", "9.3", "No management review has been held"),
                finding("NC 2", "minor", "A.5.15", "Access to the finance share"),
                finding("NC 3", "minor", "A.5.19, A.5.20", "The contract with the new payroll"),
                finding("OBS 1", "observation", "A.8.13", "Restore tests are logged, but"),
                finding("OFI 1", "ofi", "7.3", "Warehouse staff without a company"),
            ],
        },
        Layout {
            id: "holdout17-us-car-log-5whys-verification",
            origin: "holdout 17, written for this holdout: a US company's corrective action request log (form QF-10.2-01 Rev. C) under a title and a form line, in the columns US quality teams use: CAR # (CAR-2026-001 ...), Date Opened (mm/dd/yyyy as text, e.g. 01/14/2026 and 02/03/2026, the second readable both ways), Source (Internal Audit IA-25-04, Stage 2 Audit (external)), Finding Type (Major / Minor / OFI), ISO Clause written \"ISO 27001:2022 Cl. 7.5.3\", \"ISO 27001:2022 Cl. 8.1\", \"Annex A.8.9\" and \"Annex A.5.24 / A.5.26\" (the standard's number and year in the cell), Description of Nonconformity, Containment, Root Cause (5 Whys) written as Why 1 ... Why 5, Corrective Action, Responsible, Due (mm/dd/yyyy text), Verified By, Verification Date, Effective? (Y/N), Status (Closed, In Progress, Open). One CAR is closed and verified effective, one was verified not effective (N) and reopened: both still findings. The Verified By column names a user who is not the responsible person; the owner is Responsible. Responsible: users' names, a user's role, an unknown name. Containment, root cause and corrective action are filled for the four nonconformities (on one only root cause and corrective action), empty for the OFI",
            file_name: "CAR_Log_FY2026.xlsx",
            bytes: xlsx(vec![sheet(
                "CAR Log",
                0,
                0,
                &[
                    &["Corrective Action Request (CAR) Log"],
                    &["Form QF-10.2-01 Rev. C  |  ISMS – ISO/IEC 27001:2022  |  Acme Software Inc., Austin, TX"],
                    &[""],
                    &["CAR #", "Date Opened", "Source", "Finding Type", "ISO Clause", "Description of Nonconformity", "Containment", "Root Cause (5 Whys)", "Corrective Action", "Responsible", "Due", "Verified By", "Verification Date", "Effective? (Y/N)", "Status"],
                    &["CAR-2026-001", "01/14/2026", "Internal Audit IA-25-04", "Minor", "ISO 27001:2022 Cl. 7.5.3", "Two versions of the Acceptable Use Policy (v2.1 and v3.0) were published on the intranet at the same time.", "v2.1 removed from the intranet on 01/15/2026.", "Why 1: the old version was not withdrawn. Why 2: SOP-DOC-01 has no withdrawal step. Why 3: the SOP was written before the intranet migration.", "Add a withdrawal step to SOP-DOC-01; monthly check of published policies.", "Martín Lombardi", "02/27/2026", "Lena Fischer", "03/10/2026", "Y", "Closed"],
                    &["CAR-2026-002", "01/14/2026", "Internal Audit IA-25-04", "Minor", "Annex A.8.9", "No baseline configuration is documented for the two Kubernetes clusters built in Q4 2025.", "", "Why 1: the clusters were built from a vendor quick-start. Why 2: no hardening standard exists for containers.", "Write a container hardening standard based on the CIS benchmark and apply it to both clusters.", "Head of IT Operations", "03/31/2026", "", "", "", "In Progress"],
                    &["CAR-2026-003", "02/03/2026", "Stage 2 Audit (external)", "Major", "ISO 27001:2022 Cl. 8.1", "Changes to production are deployed without the approvals required by the change management procedure.", "Deployment freeze; approvals enforced in the CI/CD pipeline on 02/04/2026.", "Why 1: approvals were optional in the pipeline. Why 2: ... Why 5: nobody owns the pipeline's controls.", "Two-person approval enforced in the pipeline; pipeline owner assigned; monthly review of deployments.", "Badr Karim", "04/03/2026", "", "", "", "Open"],
                    &["CAR-2026-004", "02/03/2026", "Stage 2 Audit (external)", "Minor", "Annex A.5.24 / A.5.26", "The incident response plan was not followed for the phishing incident of 11/18/2025: no incident record and no lessons learned.", "Incident record INC-0912 created retrospectively.", "Why 1: the service desk handled it as a password reset. Why 2: phishing is not in the triage checklist.", "Add phishing to the triage checklist; train the service desk on incident classification.", "Jordan Ellis", "03/13/2026", "Lena Fischer", "03/20/2026", "N", "Open"],
                    &["CAR-2026-005", "02/03/2026", "Stage 2 Audit (external)", "OFI", "ISO 27001:2022 Cl. 9.1", "Security metrics could be trended quarter over quarter instead of being reported as monthly snapshots.", "", "", "", "Lena Fischer", "", "", "", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 14)
            .merged(1, 0, 1, 14)]),
            expected: vec![
                finding("CAR-2026-001", "minor", "7.5.3", "Two versions of the Acceptable Use")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("CAR-2026-002", "minor", "A.8.9", "No baseline configuration is")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("CAR-2026-003", "major", "8.1", "Changes to production are deployed")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAR-2026-004", "minor", "A.5.24, A.5.26", "The incident response plan was not")
                    .pending(&["Jordan Ellis"])
                    .plan(true),
                finding("CAR-2026-005", "ofi", "9.1", "Security metrics could be trended")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout17-cover-block-above-table-column-a-empty",
            origin: "holdout 17, written for this holdout: an Australian certification body's surveillance audit report on one sheet whose column A is empty throughout (everything starts in column B) and whose findings table starts in row 25, under 23 rows of cover: a merged title, label/value pairs with colons in columns B and C (Client:, Site(s):, Standard:, Audit type:, Audit date(s): 17/03/2026 – 18/03/2026, Lead auditor:, Audit team:, Client representative: naming a user with his role, Scope of certification: merged across, Certificate no.:), a \"Summary of findings\" block whose labels (Major nonconformities:, Minor nonconformities:, Observations:, Opportunities for improvement:, Total findings:) sit in the column the table later uses for references and whose counts are numbers in the column it uses for grades, a Recommendation: line, then an \"Audit findings\" heading. Table: Ref. (F01 ...), Category (Major / Minor / Observation / OFI), Clause / control, Finding, Objective evidence, Responsible, Response due (date cells). A line under the table naming the lead auditor is no finding. Owners: a user's name, a user's email, a user's role and a name no user has",
            file_name: "SCP_ISMS_Surveillance_1_Report_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit report",
                1,
                1,
                &[
                    &["INFORMATION SECURITY MANAGEMENT SYSTEM – AUDIT REPORT"],
                    &[""],
                    &["Client:", "Southern Cross Payments Pty Ltd"],
                    &["Site(s):", "Level 12, 100 Market Street, Sydney NSW 2000"],
                    &["Standard:", "ISO/IEC 27001:2022"],
                    &["Audit type:", "Surveillance 1"],
                    &["Audit date(s):", "17/03/2026 – 18/03/2026"],
                    &["Lead auditor:", "Priya Raman"],
                    &["Audit team:", "Tom Whitaker"],
                    &["Client representative:", "Badr Karim (ISMS Manager)"],
                    &["Scope of certification:", "The information security management system supporting the provision of card payment processing services, in accordance with the Statement of Applicability v4.2."],
                    &["Certificate no.:", "IS 702215"],
                    &[""],
                    &["Summary of findings"],
                    &["Major nonconformities:", "#n 1"],
                    &["Minor nonconformities:", "#n 2"],
                    &["Observations:", "#n 1"],
                    &["Opportunities for improvement:", "#n 1"],
                    &["Total findings:", "#n 5"],
                    &[""],
                    &["Recommendation:", "Continued certification, subject to acceptance of a corrective action plan for the major nonconformity within 30 days."],
                    &[""],
                    &["Audit findings"],
                    &["Ref.", "Category", "Clause / control", "Finding", "Objective evidence", "Responsible", "Response due"],
                    &["F01", "Major", "6.1.3", "The Statement of Applicability has not been updated to the 2022 Annex A: it still lists the 114 controls of the 2013 edition.", "SoA v4.2 dated 08/2023; risk treatment plan references 2013 control numbers.", "Badr Karim", "#d 2026-04-17"],
                    &["F02", "Minor", "A.5.18", "Access rights of staff moving between teams are not reviewed; 3 of 10 movers sampled kept their former access.", "Mover records Q4 2025 compared with Azure AD group membership.", "lena.fischer@acme.test", "#d 2026-05-15"],
                    &["F03", "Minor", "A.8.16", "Alerts raised by the SIEM outside business hours are not reviewed until the next working day.", "SIEM alert queue for 7–8 March 2026.", "Head of IT Operations", "#d 2026-05-15"],
                    &["F04", "Observation", "7.3", "Several contractors interviewed did not know how to report a security incident.", "Interviews with three contractors in the operations team.", "Nadia Costa", ""],
                    &["F05", "OFI", "9.3", "Management review minutes could record each decision with an owner and a due date.", "Minutes of the management review of 02/12/2025.", "Badr Karim", ""],
                    &[""],
                    &["Report prepared by Priya Raman, Lead Auditor, on 19/03/2026."],
                ],
            )
            .merged(1, 1, 1, 7)
            .merged(11, 2, 11, 7)
            .merged(21, 2, 21, 7)]),
            expected: vec![
                finding("F01", "major", "6.1.3", "The Statement of Applicability has")
                    .owner("badr@acme.test"),
                finding("F02", "minor", "A.5.18", "Access rights of staff moving")
                    .owner("lena.fischer@acme.test"),
                finding("F03", "minor", "A.8.16", "Alerts raised by the SIEM")
                    .owner("ops@acme.test"),
                finding("F04", "observation", "7.3", "Several contractors interviewed")
                    .pending(&["Nadia Costa"]),
                finding("F05", "ofi", "9.3", "Management review minutes could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout17-side-by-side-nc-and-ofi-tables",
            origin: "holdout 17, written for this holdout: an internal audit findings sheet holding two tables side by side on the same rows, not one under the other (holdout 7): under a merged title and a merged line of audit details, a merged \"NONCONFORMITIES\" caption over columns A-G and a merged \"OPPORTUNITIES FOR IMPROVEMENT\" caption over columns I-L, with column H empty between them. The left table: NC No., Grade (Major / Minor), Clause / control, Nonconformity, Objective evidence, Owner, Due date (date cells), three rows. The right table, with its own header on the same row: No. (IMP-1, IMP-2), Clause / control, Opportunity, Owner, and no grade column, so its findings are OFIs by the caption alone; its two rows share rows with the first two nonconformities, so two findings stand on each of those rows. Owners as users' names, an email and a role",
            file_name: "IA-2026-02 Supplier management findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Internal audit IA-2026-02 – Supplier management and IT operations – findings"],
                    &["Audit date: 24/02/2026    Auditor: Sam Whitfield    Auditees: Procurement, IT Operations"],
                    &[""],
                    &["NONCONFORMITIES", "", "", "", "", "", "", "", "OPPORTUNITIES FOR IMPROVEMENT"],
                    &["NC No.", "Grade", "Clause / control", "Nonconformity", "Objective evidence", "Owner", "Due date", "", "No.", "Clause / control", "Opportunity", "Owner"],
                    &["NC-01", "Major", "A.5.19", "None of the 14 suppliers onboarded in 2025 was assessed for information security before the contract was signed.", "Supplier register export of 20/02/2026; no assessment records.", "Badr Karim", "#d 2026-04-30", "", "IMP-1", "A.5.22", "Quarterly supplier service reviews could follow a standard agenda that includes security incidents.", "martin@acme.test"],
                    &["NC-02", "Minor", "A.5.20", "The contract with the courier company has no confidentiality clause, although couriers carry backup tapes.", "Courier services agreement of 01/07/2024.", "Lena Fischer", "#d 2026-05-29", "", "IMP-2", "A.8.30", "The outsourced development supplier could be asked for its static code analysis results with each release.", "Head of IT Operations"],
                    &["NC-03", "Minor", "8.1", "Outsourced processes are not listed or controlled in the ISMS operational planning document.", "ISMS operational planning v1.1, section 3.", "Head of IT Operations", "#d 2026-05-29"],
                ],
            )
            .merged(0, 0, 0, 11)
            .merged(1, 0, 1, 11)
            .merged(3, 0, 3, 6)
            .merged(3, 8, 3, 11)]),
            expected: vec![
                finding("NC-01", "major", "A.5.19", "None of the 14 suppliers onboarded")
                    .owner("badr@acme.test"),
                finding("NC-02", "minor", "A.5.20", "The contract with the courier company")
                    .owner("lena.fischer@acme.test"),
                finding("NC-03", "minor", "8.1", "Outsourced processes are not listed")
                    .owner("ops@acme.test"),
                finding("IMP-1", "ofi", "A.5.22", "Quarterly supplier service reviews")
                    .owner("martin@acme.test"),
                finding("IMP-2", "ofi", "A.8.30", "The outsourced development supplier")
                    .owner("ops@acme.test"),
            ],
        },
    ]
}

pub(super) fn eighteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout18-google-sheets-csv-emoji-status-checkbox-rows",
            origin: "holdout 18, written for this holdout: a shared audit tracker in Google Sheets downloaded with File > Download > Comma-separated values, so the file is named \"<spreadsheet> - <sheet>.csv\", UTF-8 without a BOM, comma-separated, header in the first line. Columns: Finding ID (IA26-01 ...), Audit (the audit's name, e.g. \"IA-2026-Q1 IT operations\"), Date raised (17/03/2026 as displayed), ISO 27001 ref (A.8.8, \"A.5.15, A.5.18\" quoted because of the comma, 7.5.3, A.7.2, 9.1), Type (Major NC / Minor NC / Observation / OFI), Finding (two statements written over two lines inside one quoted cell, one holding doubled quotes around document versions), Evidence (one cell over two lines), Owner (people chips exported as email addresses, one of no user, and two plain names), Target date, Status with a coloured emoji before the word (🔴 Open, 🟡 In progress, 🟢 Closed, ⚪ Not started; the closed observation still a finding), CAP received (a checkbox column exported as TRUE/FALSE), Auditor notes. The checkbox was inserted over more rows than the findings, so three lines after the table are empty but for FALSE in the checkbox column: no findings",
            file_name: "ISMS Internal Audit Tracker 2026 - Findings.csv",
            bytes: delimited(
                &[
                    &["Finding ID", "Audit", "Date raised", "ISO 27001 ref", "Type", "Finding", "Evidence", "Owner", "Target date", "Status", "CAP received", "Auditor notes"],
                    &["IA26-01", "IA-2026-Q1 IT operations", "17/03/2026", "A.8.8", "Major NC", "Critical patches are not applied within the 14 days required by the Vulnerability Management Standard.\n6 of 10 sampled servers had critical CVEs open for more than 30 days.", "Qualys export of 14/03/2026\nCMDB server list (sample of 10)", "badr@acme.test", "30/04/2026", "🔴 Open", "TRUE", "Repeat of a 2025 observation"],
                    &["IA26-02", "IA-2026-Q1 IT operations", "17/03/2026", "A.5.15, A.5.18", "Minor NC", "Accounts of leavers stayed active in Entra ID for 3 to 9 days after their last working day.", "HR leavers report Jan-Feb 2026 vs. Entra ID sign-in logs", "lena.fischer@acme.test", "29/05/2026", "🟡 In progress", "TRUE", ""],
                    &["IA26-03", "IA-2026-Q1 HR & facilities", "18/03/2026", "7.5.3", "Minor NC", "Two superseded versions of the Acceptable Use Policy, \"v2.1 FINAL\" and \"v2.3\", are still published on the intranet next to the current v3.0.", "Intranet > Policies page, checked 18/03", "Martín Lombardi", "29/05/2026", "🔴 Open", "FALSE", ""],
                    &["IA26-04", "IA-2026-Q1 HR & facilities", "18/03/2026", "A.7.2", "Observation", "Visitor badges are handed out at reception but not always collected when visitors leave.", "", "tomasz.nowak@acme.test", "", "🟢 Closed", "FALSE", "Closed at the closing meeting - reception briefed"],
                    &["IA26-05", "IA-2026-Q1 IT operations", "19/03/2026", "9.1", "OFI", "The monthly ISMS dashboard could show 12-month trends,\nnot only the current month's figures.", "", "Badr Karim", "", "⚪ Not started", "FALSE", ""],
                    &["", "", "", "", "", "", "", "", "", "", "FALSE", ""],
                    &["", "", "", "", "", "", "", "", "", "", "FALSE", ""],
                    &["", "", "", "", "", "", "", "", "", "", "FALSE", ""],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("IA26-01", "major", "A.8.8", "Critical patches are not applied")
                    .owner("badr@acme.test"),
                finding("IA26-02", "minor", "A.5.15, A.5.18", "Accounts of leavers stayed active")
                    .owner("lena.fischer@acme.test"),
                finding("IA26-03", "minor", "7.5.3", "Two superseded versions of the")
                    .owner("martin@acme.test"),
                finding("IA26-04", "observation", "A.7.2", "Visitor badges are handed out")
                    .pending(&["tomasz.nowak@acme.test"]),
                finding("IA26-05", "ofi", "9.1", "The monthly ISMS dashboard could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout18-ms-lists-excel-export-system-columns",
            origin: "holdout 18, written for this holdout: a Microsoft Lists (SharePoint Online) list of audit findings exported with \"Export to Excel\" and saved as a workbook: the sheet keeps the name Excel gives the query, owssvr, and the columns of the view are surrounded by the list's system columns: ID first (the item ids 14, 15, 17, 21, 22 as numbers, with gaps where items were deleted), then Finding ID (the renamed Title column, ISMS-AF-031 ...), Finding type (a choice column: Major nonconformity / Minor nonconformity / Observation / Opportunity for improvement), Clause / control, Description, Assigned to, Due date, Status (Open, In progress, Closed), then Created, Created By, Modified, Modified By (date-time cells and people), Item Type (Item) and Path (sites/ISMS/Lists/Audit Findings) as the export appends them. People are written as the directory's display names in \"Last, First\" form (\"Lombardi, Martín\", \"Karim, Badr\", \"Fischer, Lena\"), a group named Head of IT Operations, and one person no user is (\"Okafor, Chidi\", not owner-checked). Created By names the same user (Fischer, Lena) on every row and Modified By another; the owner is Assigned to",
            file_name: "Audit Findings - list export.xlsx",
            bytes: xlsx(vec![sheet(
                "owssvr",
                0,
                0,
                &[
                    &["ID", "Finding ID", "Finding type", "Clause / control", "Description", "Assigned to", "Due date", "Status", "Created", "Created By", "Modified", "Modified By", "Item Type", "Path"],
                    &["#n 14", "ISMS-AF-031", "Major nonconformity", "9.2", "The 2025 internal audit programme covered clauses 4 to 10 only; none of the Annex A controls declared applicable in the SoA was audited.", "Karim, Badr", "#d 2026-04-30", "Open", "#d 2026-03-10 09:12:44", "Fischer, Lena", "#d 2026-03-12 16:40:03", "Karim, Badr", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 15", "ISMS-AF-032", "Minor nonconformity", "A.5.23", "Marketing adopted two cloud services (Canva and Mailchimp) without the supplier security assessment the Cloud Policy requires.", "Lombardi, Martín", "#d 2026-05-15", "Open", "#d 2026-03-10 09:20:31", "Fischer, Lena", "#d 2026-03-10 09:20:31", "Fischer, Lena", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 17", "ISMS-AF-033", "Minor nonconformity", "A.8.13", "Restores from the Microsoft 365 backup have not been tested since the tenant migration in October 2025.", "Head of IT Operations", "#d 2026-05-15", "In progress", "#d 2026-03-10 10:02:17", "Fischer, Lena", "#d 2026-03-18 11:05:52", "Lombardi, Martín", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 21", "ISMS-AF-034", "Observation", "A.6.3", "Completion of the security awareness e-learning is tracked for employees but not for contractors.", "Fischer, Lena", "", "Closed", "#d 2026-03-11 14:47:09", "Fischer, Lena", "#d 2026-03-20 08:31:26", "Fischer, Lena", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 22", "ISMS-AF-035", "Opportunity for improvement", "10.1", "Lessons learned from incidents could be added to the improvement log as a step of incident closure.", "Okafor, Chidi", "", "Open", "#d 2026-03-11 14:55:40", "Fischer, Lena", "#d 2026-03-11 14:55:40", "Fischer, Lena", "Item", "sites/ISMS/Lists/Audit Findings"],
                ],
            )]),
            expected: vec![
                finding("ISMS-AF-031", "major", "9.2", "The 2025 internal audit programme")
                    .owner("badr@acme.test"),
                finding("ISMS-AF-032", "minor", "A.5.23", "Marketing adopted two cloud services")
                    .owner("martin@acme.test"),
                finding("ISMS-AF-033", "minor", "A.8.13", "Restores from the Microsoft 365")
                    .owner("ops@acme.test"),
                finding("ISMS-AF-034", "observation", "A.6.3", "Completion of the security awareness")
                    .owner("lena.fischer@acme.test"),
                finding("ISMS-AF-035", "ofi", "10.1", "Lessons learned from incidents"),
            ],
        },
        Layout {
            id: "holdout18-mx-cb-recertification-hallazgos",
            origin: "holdout 18, written for this holdout: a Mexican certification body's recertification report annex (Anexo 1 – Relación de hallazgos) in Latin-American Spanish, under a merged title and a merged line of audit details (organización S.A. de C.V., sitio Querétaro, fechas 09/03/2026 al 11/03/2026, auditora líder with the title Mtra.), and a caption row. Headers: Folio (H-2026-01 ...), Fecha (dd/mm/aaaa as text), Proceso auditado, Requisito, Clasificación (No Conformidad Mayor / No Conformidad Menor / Observación / Oportunidad de Mejora, in title case), Descripción del hallazgo, Evidencia objetiva, Responsable, Fecha compromiso. Requirements written \"Cláusula 7.5.3 / Control 5.37\" (a clause and an Annex A control without A.), \"Requisito 8.1; Anexo A 8.32\", \"Cláusula 9.2.2\", \"Control 8.7\" and \"Cláusula 6.2\". Responsables: a user's name with the professional title Mexicans put before engineers' names (\"Ing. Martín Lombardi\"), users' names and a name no user has. A note under the table about the corrective action plan deadline is no finding",
            file_name: "Anexo1_Hallazgos_Recertificacion_ISO27001_LogisticaBajio.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &["INFORME DE AUDITORÍA DE RECERTIFICACIÓN – ISO/IEC 27001:2022"],
                    &["Organización: Logística del Bajío, S.A. de C.V.    Sitio: Querétaro, Qro.    Fechas de auditoría: 09/03/2026 al 11/03/2026    Auditora líder: Mtra. Claudia Ríos"],
                    &[""],
                    &["ANEXO 1 – RELACIÓN DE HALLAZGOS"],
                    &["Folio", "Fecha", "Proceso auditado", "Requisito", "Clasificación", "Descripción del hallazgo", "Evidencia objetiva", "Responsable", "Fecha compromiso"],
                    &["H-2026-01", "09/03/2026", "Operación del centro de datos", "Cláusula 7.5.3 / Control 5.37", "No Conformidad Mayor", "Los procedimientos de operación del centro de datos no están documentados ni disponibles para el personal de guardia nocturna.", "Entrevista con dos operadores de guardia; la carpeta compartida \"Procedimientos\" está vacía.", "Ing. Martín Lombardi", "10/04/2026"],
                    &["H-2026-02", "09/03/2026", "Desarrollo de sistemas", "Requisito 8.1; Anexo A 8.32", "No Conformidad Menor", "Los cambios al módulo de facturación electrónica (CFDI 4.0) se liberan a producción sin evidencia de autorización ni de pruebas.", "Muestra de 6 cambios de enero y febrero de 2026 en el repositorio.", "Lena Fischer", "08/05/2026"],
                    &["H-2026-03", "10/03/2026", "Gestión del SGSI", "Cláusula 9.2.2", "No Conformidad Menor", "El programa de auditorías internas 2025 no toma en cuenta los resultados de las auditorías anteriores.", "Programa de auditoría interna 2025, versión 1.", "Rocío Hernández", "08/05/2026"],
                    &["H-2026-04", "10/03/2026", "Almacén Celaya", "Control 8.7", "Observación", "El antivirus de dos equipos del almacén de Celaya no se ha actualizado desde enero de 2026.", "Consola de antimalware, consulta del 10/03/2026.", "Badr Karim", ""],
                    &["H-2026-05", "11/03/2026", "Gestión del SGSI", "Cláusula 6.2", "Oportunidad de Mejora", "Se podrían definir metas trimestrales para los objetivos de seguridad de la información.", "", "Badr Karim", ""],
                    &[""],
                    &["Nota: el plan de acciones correctivas deberá enviarse al organismo de certificación en un plazo máximo de 30 días naturales a partir de la fecha de este informe."],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)
            .merged(3, 0, 3, 8)
            .merged(11, 0, 11, 8)]),
            expected: vec![
                finding("H-2026-01", "major", "7.5.3, A.5.37", "Los procedimientos de operación")
                    .owner("martin@acme.test"),
                finding("H-2026-02", "minor", "8.1, A.8.32", "Los cambios al módulo de facturación")
                    .owner("lena.fischer@acme.test"),
                finding("H-2026-03", "minor", "9.2.2", "El programa de auditorías internas")
                    .pending(&["Rocío Hernández"]),
                finding("H-2026-04", "observation", "A.8.7", "El antivirus de dos equipos")
                    .owner("badr@acme.test"),
                finding("H-2026-05", "ofi", "6.2", "Se podrían definir metas trimestrales")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout18-rag-column-key-line-committee-pack",
            origin: "holdout 18, written for this holdout: an internal audit's findings as put in a Risk & Audit Committee pack, graded only by a column headed RAG holding Red / Amber / Green, defined by a key line under the title (\"RAG key: Red = major nonconformity | Amber = minor nonconformity | Green = opportunity for improvement\"), the only place the grades are named; no grade column otherwise. Headers: Ref (IA-03.1 ... numbered within audit 3), Area, Clause / Annex A (\"A.5.24 / A.5.26\", \"Cl. 7.2\", A.8.15, A.5.7, \"Cl. 9.3\"), Finding, Management response (agreed or noted, one line), RAG, Action owner (a user's role, users' names and a name no user has), Target (text dates). Under the table an \"Overall assurance rating: Amber (reasonable assurance)\" line, a colour word that grades the audit, not a finding",
            file_name: "RAC pack - Internal audit 03-2026 findings.xlsx",
            bytes: xlsx(vec![sheet(
                "IA 03-2026",
                0,
                0,
                &[
                    &["Internal audit 03/2026 – Security operations – findings for the Risk & Audit Committee"],
                    &["RAG key: Red = major nonconformity  |  Amber = minor nonconformity  |  Green = opportunity for improvement"],
                    &[""],
                    &["Ref", "Area", "Clause / Annex A", "Finding", "Management response", "RAG", "Action owner", "Target"],
                    &["IA-03.1", "Incident management", "A.5.24 / A.5.26", "There is no tested response plan for a ransomware attack; the last incident exercise took place in 2023.", "Agreed. A tabletop exercise will be run with the MSSP in Q2.", "Red", "Head of IT Operations", "30/06/2026"],
                    &["IA-03.2", "People", "Cl. 7.2", "Competence records are missing for the two SOC analysts who joined in January.", "Agreed.", "Amber", "Lena Fischer", "30/04/2026"],
                    &["IA-03.3", "Logging", "A.8.15", "Firewall logs are kept for 30 days, against the 12 months the Logging Standard requires.", "Agreed; log storage to be extended.", "Amber", "Martín Lombardi", "31/05/2026"],
                    &["IA-03.4", "Threat intelligence", "A.5.7", "Threat intelligence feeds are received but not summarised for management.", "Noted.", "Green", "Priya Shah", ""],
                    &["IA-03.5", "Governance", "Cl. 9.3", "Management review inputs could include the results of supplier audits.", "Noted; to be added to the agenda template.", "Green", "Badr Karim", ""],
                    &[""],
                    &["Overall assurance rating: Amber (reasonable assurance)"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                finding("IA-03.1", "major", "A.5.24, A.5.26", "There is no tested response plan")
                    .owner("ops@acme.test"),
                finding("IA-03.2", "minor", "7.2", "Competence records are missing")
                    .owner("lena.fischer@acme.test"),
                finding("IA-03.3", "minor", "A.8.15", "Firewall logs are kept for 30 days")
                    .owner("martin@acme.test"),
                finding("IA-03.4", "ofi", "A.5.7", "Threat intelligence feeds are")
                    .pending(&["Priya Shah"]),
                finding("IA-03.5", "ofi", "9.3", "Management review inputs could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout18-pasted-pages-csv-page-footers",
            origin: "holdout 18, written for this holdout: a certification body's findings section pasted page by page from the PDF report into Excel and saved as \"CSV (Comma delimited)\", so Windows-1252 with CRLF and every line padded with commas to the six columns of the used range. Each page starts with the report's running header line (\"Northgate Certification Ltd - Audit report AR-26-0457 - Harwick Foods plc - CONFIDENTIAL\"), an empty line and a section caption (\"Section 4 - Findings\", then \"Section 4 - Findings (continued)\"), then the header row No. / Clause / Grade / Finding / Responsible / Response due, repeated on the second page; each page ends with an empty line and a footer \"Page 1 of 2\" / \"Page 2 of 2\". References NCR-01..03, OBS-01, OFI-01; grades Major / Minor / Observation / OFI; a Clause column writing controls with A. and clauses bare (8.2 and 5.2 are clauses: the risk assessment and the policy), statements with commas (quoted); owners as users' names (Martín with an accented letter in Windows-1252) and a role no user has",
            file_name: "AR-26-0457 findings (pasted from PDF).csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Northgate Certification Ltd - Audit report AR-26-0457 - Harwick Foods plc - CONFIDENTIAL", "", "", "", "", ""],
                        &["", "", "", "", "", ""],
                        &["Section 4 - Findings", "", "", "", "", ""],
                        &["No.", "Clause", "Grade", "Finding", "Responsible", "Response due"],
                        &["NCR-01", "8.2", "Major", "The information security risk assessment was not repeated after the move to the new data centre in September 2025, although the risk procedure names it a significant change.", "Badr Karim", "30/04/2026"],
                        &["NCR-02", "A.8.24", "Minor", "Encryption keys for the customer portal are stored in the same Git repository as the application code.", "Martín Lombardi", "29/05/2026"],
                        &["NCR-03", "5.2", "Minor", "The information security policy was approved by the IT manager, not by top management, and has not been communicated to staff at the Leeds site.", "Lena Fischer", "29/05/2026"],
                        &["", "", "", "", "", ""],
                        &["Page 1 of 2", "", "", "", "", ""],
                        &["Northgate Certification Ltd - Audit report AR-26-0457 - Harwick Foods plc - CONFIDENTIAL", "", "", "", "", ""],
                        &["", "", "", "", "", ""],
                        &["Section 4 - Findings (continued)", "", "", "", "", ""],
                        &["No.", "Clause", "Grade", "Finding", "Responsible", "Response due"],
                        &["OBS-01", "A.5.34", "Observation", "Customer personal data is exported to spreadsheets for marketing analysis; no record shows that the DPIA covered this use.", "Lena Fischer", ""],
                        &["OFI-01", "A.7.4", "OFI", "CCTV coverage of the loading bay could be extended to the side door, which is used at night.", "Facilities Manager", ""],
                        &["", "", "", "", "", ""],
                        &["Page 2 of 2", "", "", "", "", ""],
                    ],
                    ',',
                )
            )),
            expected: vec![
                finding("NCR-01", "major", "8.2", "The information security risk")
                    .owner("badr@acme.test"),
                finding("NCR-02", "minor", "A.8.24", "Encryption keys for the customer")
                    .owner("martin@acme.test"),
                finding("NCR-03", "minor", "5.2", "The information security policy was")
                    .owner("lena.fischer@acme.test"),
                finding("OBS-01", "observation", "A.5.34", "Customer personal data is exported")
                    .owner("lena.fischer@acme.test"),
                finding("OFI-01", "ofi", "A.7.4", "CCTV coverage of the loading bay")
                    .pending(&["Facilities Manager"]),
            ],
        },
        Layout {
            id: "holdout18-closing-meeting-two-rows-per-finding",
            origin: "holdout 18, written for this holdout: a certification body's closing meeting summary of findings laid out two rows per finding, as on the slide it was copied from: a first row with Ref. (CM-1 ...), Grade (\"NC – Major\", \"NC – Minor\", Observation, OFI), Clause / control, Process and Responsible, then a second row holding only the statement, merged across all five columns from column A (the Ref. column). The header mirrors it: a row of the five labels, then a row with \"Finding\" merged across the five columns. A merged title and a merged line of audit details above; a merged line under the table saying who accepted the findings (naming a user) is no finding. Requirements A.-prefixed controls and bare clauses (6.1.2, 7.4); responsible as users' names and a user's role",
            file_name: "Closing meeting - findings summary - Brisa Retail.xlsx",
            bytes: xlsx(vec![sheet(
                "Closing meeting",
                0,
                0,
                &[
                    &["CLOSING MEETING – SUMMARY OF FINDINGS"],
                    &["Client: Brisa Retail S.A.S. (Lyon)    Audit: ISO/IEC 27001:2022 surveillance 2    Date: 12/03/2026    Lead auditor: R. Duarte"],
                    &[""],
                    &["Ref.", "Grade", "Clause / control", "Process", "Responsible"],
                    &["Finding"],
                    &["CM-1", "NC – Major", "6.1.2", "Risk management", "Badr Karim"],
                    &["The information security risk assessment has not been updated since 2023, although the ERP was moved to a hosted service in 2025."],
                    &["CM-2", "NC – Minor", "A.5.9", "Asset management", "Lena Fischer"],
                    &["The asset inventory does not include the 12 laptops issued to staff of the new Lyon office."],
                    &["CM-3", "NC – Minor", "A.8.22", "Network", "Head of IT Operations"],
                    &["Guest Wi-Fi in the showroom shares a network segment with the point-of-sale terminals."],
                    &["CM-4", "Observation", "7.4", "Communication", "Martín Lombardi"],
                    &["The new clear desk rule was announced in a single e-mail; four of six staff interviewed were not aware of it."],
                    &["CM-5", "OFI", "A.5.36", "Compliance", "Lena Fischer"],
                    &["Compliance checks could reuse the results of the automated configuration scanner instead of manual sampling."],
                    &[""],
                    &["Findings presented and accepted at the closing meeting by Badr Karim (ISMS Manager) on 12/03/2026."],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(1, 0, 1, 4)
            .merged(4, 0, 4, 4)
            .merged(6, 0, 6, 4)
            .merged(8, 0, 8, 4)
            .merged(10, 0, 10, 4)
            .merged(12, 0, 12, 4)
            .merged(14, 0, 14, 4)
            .merged(16, 0, 16, 4)]),
            expected: vec![
                finding("CM-1", "major", "6.1.2", "The information security risk")
                    .owner("badr@acme.test"),
                finding("CM-2", "minor", "A.5.9", "The asset inventory does not")
                    .owner("lena.fischer@acme.test"),
                finding("CM-3", "minor", "A.8.22", "Guest Wi-Fi in the showroom")
                    .owner("ops@acme.test"),
                finding("CM-4", "observation", "7.4", "The new clear desk rule was")
                    .owner("martin@acme.test"),
                finding("CM-5", "ofi", "A.5.36", "Compliance checks could reuse")
                    .owner("lena.fischer@acme.test"),
            ],
        },
    ]
}

pub(super) fn nineteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        // The company's own clause 10.2 log, imported as a whole (the certification audit's
        // findings are two of its rows). Every row of it is a nonconformity or an OFI with a
        // grade in Type, whatever its Source (an incident, a customer complaint, the management
        // review, an internal or a certification audit), so every row is a finding. No row is
        // typed only "Incident": whether an incident record that names no nonconformity is a
        // finding is a point a reader could not settle, so it is not tested.
        Layout {
            id: "holdout19-isms-10-2-log-mixed-sources",
            origin: "holdout 19, written for this holdout: a company's own ISMS nonconformity and corrective action log kept under clause 10.2 (record ISMS-REC-10.2), under a merged title and a merged line naming the record, its owner (a user, as ISMS Manager) and its version. Rows come from several sources, in a Source column (Incident, Customer complaint, Internal audit, Certification audit, Management review) with a Source ref. column beside it holding the source's own ids (INC-2026-0117, CC-2026-004, IA-2026-01, \"Surveillance 1, report R-4471\", \"MR 2025-Q4, item 7\"), which are not the findings' references: those are NC No. (NCR-26-01 ...). Type holds NC – major / NC – minor / OFI (en dash). Clause / control holds A.-controls and bare clauses (6.2, 8.2), one cell listing two controls. Correction, Root cause and Corrective action are filled for the three older nonconformities and empty for the certification audit's major (just raised) and for the OFIs; Effective? holds Y on the closed one. Date logged and Due are date cells. Owners: a user's role, users' names and a name no user has",
            file_name: "ISMS-REC-10.2 Nonconformity and corrective action log 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "10.2 Log",
                0,
                0,
                &[
                    &["ISMS Nonconformity & Corrective Action Log – ISO/IEC 27001:2022 clause 10.2"],
                    &["Record ISMS-REC-10.2 · Record owner: Badr Karim (ISMS Manager) · Version 2026.3 · Classification: Internal"],
                    &[""],
                    &["NC No.", "Date logged", "Source", "Source ref.", "Type", "Clause / control", "Description", "Correction", "Root cause", "Corrective action", "Owner", "Due", "Status", "Effective?"],
                    &["NCR-26-01", "#d 2026-02-03", "Incident", "INC-2026-0117", "NC – minor", "A.5.25, A.6.8", "A phishing e-mail reported by a user on 28/01/2026 was closed by the service desk as spam, without being logged or assessed as a security event.", "Mailbox purge of the phishing e-mail run on 03/02/2026.", "The service desk triage checklist has no category for reported phishing.", "Add phishing reports to the triage checklist and brief the service desk.", "Head of IT Operations", "#d 2026-03-15", "Closed", "Y"],
                    &["NCR-26-02", "#d 2026-02-17", "Customer complaint", "CC-2026-004", "NC – minor", "A.5.14", "A customer's payroll file was e-mailed unencrypted to the wrong recipient instead of being uploaded to the customer's SFTP folder.", "The recipient confirmed deletion in writing on 18/02/2026.", "The customer's SFTP account had expired and the payroll clerk fell back to e-mail.", "Alert on SFTP account expiry; block outgoing attachments labelled Confidential.", "Lena Fischer", "#d 2026-04-30", "In progress", ""],
                    &["NCR-26-03", "#d 2026-03-04", "Internal audit", "IA-2026-01", "NC – minor", "6.2", "Three of the five information security objectives for 2026 have no measure, no owner and no target date.", "", "The objectives were carried over from the 2025 plan without review.", "Complete the objectives plan and present it at the April management meeting.", "Badr Karim", "#d 2026-04-30", "Open", ""],
                    &["NCR-26-04", "#d 2026-03-19", "Certification audit", "Surveillance 1, report R-4471", "NC – major", "8.2", "The risk assessment was not repeated when the customer portal moved to a new Azure tenant in November 2025.", "", "", "", "Badr Karim", "#d 2026-04-18", "Open", ""],
                    &["NCR-26-05", "#d 2026-03-19", "Certification audit", "Surveillance 1, report R-4471", "OFI", "A.5.7", "Advisories from the national CERT could be fed into the vulnerability management process.", "", "", "", "Martín Lombardi", "", "Open", ""],
                    &["NCR-26-06", "#d 2026-03-26", "Management review", "MR 2025-Q4, item 7", "OFI", "A.6.3", "Phishing simulation results could be reported per department at the management review.", "", "", "", "Anjali Rao", "", "Open", ""],
                ],
            )
            .merged(0, 0, 0, 13)
            .merged(1, 0, 1, 13)]),
            expected: vec![
                finding("NCR-26-01", "minor", "A.5.25, A.6.8", "A phishing e-mail reported by a user")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("NCR-26-02", "minor", "A.5.14", "A customer's payroll file was e-mailed")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("NCR-26-03", "minor", "6.2", "Three of the five information")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NCR-26-04", "major", "8.2", "The risk assessment was not repeated")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("NCR-26-05", "ofi", "A.5.7", "Advisories from the national CERT")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("NCR-26-06", "ofi", "A.6.3", "Phishing simulation results could")
                    .pending(&["Anjali Rao"])
                    .plan(false),
            ],
        },
        // Only the ISMS rows cite ISO/IEC 27001 requirements; the QMS (ISO 9001) and PIMS
        // (ISO/IEC 27701) rows are findings with no ISO 27001 requirement, as in the earlier IMS
        // layouts, even where their numbers (9.2.2, 9.3.3) are also ISO 27001 clauses.
        Layout {
            id: "holdout19-ims-qms-isms-pims-system-codes",
            origin: "holdout 19, written for this holdout: a certification body's integrated surveillance audit of a payroll services company certified to ISO 9001, ISO/IEC 27001 and ISO/IEC 27701, with the standard of each finding given only as the management system's acronym in a System column (QMS, ISMS, PIMS, and \"ISMS / PIMS\" on one row), as IMS registers name their systems; a key line under the merged title says QMS = ISO 9001:2015, ISMS = ISO/IEC 27001:2022, PIMS = ISO/IEC 27701:2019. Clause / control holds each standard's own numbering: the QMS rows cite 9.2.2 and 9.3.3 (also ISO 27001 clauses, but of ISO 9001 here), the PIMS row 7.2.4 (obtain and record consent), the ISMS rows A.5.17 and 8.3, and the ISMS / PIMS row \"A.5.34 / 7.4.7\" in the order of the systems. Grades Major NC / Minor NC / Observation / Opportunity for improvement; owners as a user's role, users' names and roles no user has (Quality Manager, Data Protection Officer)",
            file_name: "IMS surveillance 2026 - findings (QMS ISMS PIMS).xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Integrated management system – surveillance audit 1 – 24/03/2026 to 26/03/2026 – Paylane Services Ltd"],
                    &["Systems: QMS = ISO 9001:2015 · ISMS = ISO/IEC 27001:2022 · PIMS = ISO/IEC 27701:2019"],
                    &[""],
                    &["Ref.", "System", "Clause / control", "Process", "Finding", "Grade", "Process owner", "Due"],
                    &["26-S1-01", "QMS", "9.2.2", "Internal audit", "The 2025 quality audit programme did not include the customer onboarding process, changed in June 2025.", "Minor NC", "Quality Manager", "29/05/2026"],
                    &["26-S1-02", "ISMS", "A.5.17", "Payroll platform", "Default passwords of the administrator accounts of the new payroll SaaS were not changed at go-live.", "Major NC", "Head of IT Operations", "24/04/2026"],
                    &["26-S1-03", "PIMS", "7.2.4", "Employee app", "Consent records of the mobile time-tracking app could keep the version of the privacy notice shown.", "Opportunity for improvement", "Data Protection Officer", ""],
                    &["26-S1-04", "ISMS", "8.3", "Risk management", "Risk owners have not approved the 2025 risk treatment plan or accepted the residual risks.", "Minor NC", "Badr Karim", "29/05/2026"],
                    &["26-S1-05", "QMS", "9.3.3", "Management review", "The December 2025 management review minutes record no decision on the staffing needs raised by customer service.", "Observation", "Quality Manager", ""],
                    &["26-S1-06", "ISMS / PIMS", "A.5.34 / 7.4.7", "Payroll archive", "Payroll data of employees of customers that left in 2024 is still held, beyond the retention period agreed in the contracts.", "Minor NC", "Lena Fischer", "29/05/2026"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                finding("26-S1-01", "minor", "", "The 2025 quality audit programme")
                    .pending(&["Quality Manager"]),
                finding("26-S1-02", "major", "A.5.17", "Default passwords of the administrator")
                    .owner("ops@acme.test"),
                finding("26-S1-03", "ofi", "", "Consent records of the mobile")
                    .pending(&["Data Protection Officer"]),
                finding("26-S1-04", "minor", "8.3", "Risk owners have not approved")
                    .owner("badr@acme.test"),
                finding("26-S1-05", "observation", "", "The December 2025 management review")
                    .pending(&["Quality Manager"]),
                finding("26-S1-06", "minor", "A.5.34", "Payroll data of employees of")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "holdout19-us-cpa-soc2-iso-five-cs-findings",
            origin: "holdout 19, written for this holdout: a US CPA firm's combined SOC 2 Type 2 and ISO/IEC 27001:2022 surveillance audit summary of findings, written in the US audit-finding form of Condition, Criteria, Cause, Effect and Recommendation (the \"five Cs\"), under a merged title and a merged line of engagement details (SOC 2 period 01/01/2025 – 12/31/2025, ISO audit 03/16/2026 – 03/18/2026). Columns: Finding No. (2026-001 ...), Title (a short title), Condition (the finding's statement), Criteria (the company's own policy, cited by its section, \"Access Control Policy §4.3\", \"Change Management Policy §5.1\", which are no ISO requirements), Cause, Effect, Recommendation, Applies to (\"SOC 2 / ISO 27001\", \"ISO 27001 only\"), ISO/IEC 27001:2022 Ref. (A.-controls and \"Clause 9.2.2\"), SOC 2 TSC (\"CC6.2, CC6.3\", \"CC7.2, CC7.3\", CC8.1, A1.3, CC9.2 and N/A on the ISO-only finding), ISO Classification (Major / Minor Nonconformity, Observation, Opportunity for Improvement, spelt out), a Risk Rating (High / Medium / Low) that is no grade and disagrees once (a minor rated High), Management Owner (users' names, a user's email and role, a name no user has) and Target Date (mm/dd/yyyy text). A footnote under the table about the ratings is no finding. The TSC ids are other references",
            file_name: "Brightline - FY2025 SOC 2 and ISO 27001 combined findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Summary of Findings",
                0,
                0,
                &[
                    &["Brightline Assurance LLP — Combined SOC 2 Type 2 and ISO/IEC 27001:2022 Engagement — Summary of Findings"],
                    &["Client: Acme Cloud, Inc. (Denver, CO)  |  SOC 2 review period: 01/01/2025 – 12/31/2025  |  ISO surveillance audit: 03/16/2026 – 03/18/2026  |  Engagement partner: M. Okafor, CPA"],
                    &[""],
                    &["Finding No.", "Title", "Condition", "Criteria", "Cause", "Effect", "Recommendation", "Applies to", "ISO/IEC 27001:2022 Ref.", "SOC 2 TSC", "ISO Classification", "Risk Rating", "Management Owner", "Target Date"],
                    &["2026-001", "Untimely access removal", "For 4 of 25 terminated employees sampled, access to the production AWS console was removed 9 to 31 days after termination.", "Access Control Policy §4.3: access is revoked within one business day of termination.", "HR termination tickets are not routed to the cloud team.", "Former employees could access production systems.", "Route termination tickets to the cloud team automatically.", "SOC 2 / ISO 27001", "A.5.18", "CC6.2, CC6.3", "Minor Nonconformity", "High", "Lena Fischer", "04/30/2026"],
                    &["2026-002", "SIEM alerts not triaged", "Security alerts raised by the SIEM for the production VPC were not triaged for 11 days in December 2025 while the on-call rota was unstaffed.", "Security Monitoring Standard: high-severity alerts are triaged within 24 hours.", "No backup on-call analyst was named for the holiday period.", "Intrusions could go undetected.", "Name a backup analyst for every on-call period.", "SOC 2 / ISO 27001", "A.8.16", "CC7.2, CC7.3", "Major Nonconformity", "High", "Head of IT Operations", "03/31/2026"],
                    &["2026-003", "Change approvals after deployment", "For 3 of 40 changes sampled, approval was recorded in the ticket after the change had been deployed.", "Change Management Policy §5.1: changes are approved before deployment.", "The pipeline does not check for an approval.", "Unauthorized changes could reach production.", "Enforce approval as a pipeline gate.", "SOC 2 / ISO 27001", "A.8.32", "CC8.1", "Minor Nonconformity", "Medium", "martin@acme.test", "05/29/2026"],
                    &["2026-004", "Internal auditor independence", "The internal auditor for the 2025 ISMS audit also administers the HR systems she audited.", "Internal Audit Charter: auditors do not audit their own work.", "The audit team has two members only.", "Audit results may not be objective.", "Rotate audit areas or use an external auditor.", "ISO 27001 only", "Clause 9.2.2", "N/A", "Minor Nonconformity", "Medium", "Badr Karim", "05/29/2026"],
                    &["2026-005", "Restore tests vs. RTO", "Restore tests are performed quarterly, but their duration is not compared with the recovery time objectives.", "Backup Standard: restores meet the RTO of each system.", "", "RTOs may not be achievable.", "Record restore duration against the RTO.", "SOC 2 / ISO 27001", "A.8.13", "A1.3", "Observation", "Low", "Head of IT Operations", ""],
                    &["2026-006", "Vendor review intake", "Vendor security reviews could be triggered automatically from the procurement intake form.", "", "", "", "Add a security questionnaire step to procurement intake.", "SOC 2 / ISO 27001", "A.5.19", "CC9.2", "Opportunity for Improvement", "Low", "Jordan Pierce", ""],
                    &[""],
                    &["Risk ratings reflect Brightline's assessment for the SOC 2 report; ISO classifications are those of the ISO/IEC 27001 audit team."],
                ],
            )
            .merged(0, 0, 0, 13)
            .merged(1, 0, 1, 13)
            .merged(11, 0, 11, 13)]),
            expected: vec![
                finding("2026-001", "minor", "A.5.18", "For 4 of 25 terminated employees")
                    .owner("lena.fischer@acme.test")
                    .others(&["CC6.2", "CC6.3"]),
                finding("2026-002", "major", "A.8.16", "Security alerts raised by the SIEM")
                    .owner("ops@acme.test")
                    .others(&["CC7.2", "CC7.3"]),
                finding("2026-003", "minor", "A.8.32", "For 3 of 40 changes sampled")
                    .owner("martin@acme.test")
                    .others(&["CC8.1"]),
                finding("2026-004", "minor", "9.2.2", "The internal auditor for the 2025")
                    .owner("badr@acme.test")
                    .others(&[]),
                finding("2026-005", "observation", "A.8.13", "Restore tests are performed quarterly")
                    .owner("ops@acme.test")
                    .others(&["A1.3"]),
                finding("2026-006", "ofi", "A.5.19", "Vendor security reviews could be")
                    .pending(&["Jordan Pierce"])
                    .others(&["CC9.2"]),
            ],
        },
        Layout {
            id: "holdout19-de-klinikum-revision-b3s-sgb-v",
            origin: "holdout 19, written for this holdout: a German hospital's internal audit report (Interne Revision, Prüfbericht IR 04/2026) on its ISMS, only in German, under merged lines naming the hospital (gGmbH), the report and its scope (ISMS nach ISO/IEC 27001:2022, B3S Krankenhaus, § 75c SGB V), the audit period and the auditor, and a merged caption \"Anlage 1 – Feststellungen\". Headers: Nr. (IR04-01 ...), Prüffeld, Feststellung (the statement), Anforderung, Bewertung (Schwerwiegende Abweichung / Geringfügige Abweichung / Hinweis / Verbesserungsempfehlung), Empfehlung der Revision (the auditor's recommendation, filled for four findings), Verantwortlich, Umsetzung bis (dd.mm.yyyy text). Each Anforderung cell cites ISO 27001 beside a sector rule that is no ISO 27001 requirement: \"ISO 27001 A.8.13; § 75c SGB V\", \"A.5.9; B3S KH\", \"A.5.15, A.5.18; DSGVO Art. 32\", \"Kap. 9.1\", \"A.5.29; § 75c SGB V\". A merged line under the table about the departments' replies is no finding. Owners: users' names; the OFI's owner is a physician with her department in brackets (not owner-checked)",
            file_name: "IR 04-2026 Prüfbericht Informationssicherheit - Anlage 1 Feststellungen.xlsx",
            bytes: xlsx(vec![sheet(
                "Anlage 1",
                0,
                0,
                &[
                    &["Klinikum Nordheide gGmbH – Interne Revision"],
                    &["Prüfbericht IR 04/2026: Informationssicherheit (ISMS nach ISO/IEC 27001:2022, B3S Krankenhaus, § 75c SGB V)"],
                    &["Prüfungszeitraum: 02.03.2026 – 13.03.2026 · Prüferin: S. Albrecht · Berichtsdatum: 20.03.2026"],
                    &[""],
                    &["Anlage 1 – Feststellungen"],
                    &["Nr.", "Prüffeld", "Feststellung", "Anforderung", "Bewertung", "Empfehlung der Revision", "Verantwortlich", "Umsetzung bis"],
                    &["IR04-01", "Datensicherung KIS", "Die Rücksicherung des Krankenhausinformationssystems (KIS) wurde seit der Migration im Mai 2025 nicht getestet.", "ISO 27001 A.8.13; § 75c SGB V", "Schwerwiegende Abweichung", "Rücksicherungstest durchführen und dokumentieren, danach jährlich wiederholen.", "Martín Lombardi", "30.04.2026"],
                    &["IR04-02", "Medizintechnik", "Elf vernetzte Infusionspumpen der Intensivstation sind nicht im Inventar der Informationswerte erfasst.", "A.5.9; B3S KH", "Geringfügige Abweichung", "Medizingeräte mit Netzwerkanschluss in das Inventar aufnehmen.", "Lena Fischer", "30.06.2026"],
                    &["IR04-03", "Berechtigungen", "Ärztinnen und Ärzte, die die Klinik gewechselt haben, behalten Lesezugriff auf die Patientenakten ihrer früheren Station.", "A.5.15, A.5.18; DSGVO Art. 32", "Geringfügige Abweichung", "Berechtigungen bei Versetzungen über den Personalprozess entziehen.", "Badr Karim", "30.06.2026"],
                    &["IR04-04", "ISMS-Steuerung", "Die Kennzahl zur Patchquote wird monatlich erhoben, aber nicht ausgewertet.", "Kap. 9.1", "Hinweis", "", "Badr Karim", ""],
                    &["IR04-05", "Notfallmanagement", "Der Notfallplan für einen KIS-Ausfall könnte um Papierformulare für die Notaufnahme ergänzt werden.", "A.5.29; § 75c SGB V", "Verbesserungsempfehlung", "Papierformulare mit der Zentralen Notaufnahme abstimmen.", "Dr. Katrin Vogt (Zentrale Notaufnahme)", ""],
                    &[""],
                    &["Die Stellungnahmen der Fachbereiche sind bis zum 17.04.2026 an die Interne Revision zu richten."],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)
            .merged(2, 0, 2, 7)
            .merged(4, 0, 4, 7)
            .merged(12, 0, 12, 7)]),
            expected: vec![
                finding("IR04-01", "major", "A.8.13", "Die Rücksicherung des Krankenhaus")
                    .owner("martin@acme.test"),
                finding("IR04-02", "minor", "A.5.9", "Elf vernetzte Infusionspumpen")
                    .owner("lena.fischer@acme.test"),
                finding("IR04-03", "minor", "A.5.15, A.5.18", "Ärztinnen und Ärzte, die die Klinik")
                    .owner("badr@acme.test"),
                finding("IR04-04", "observation", "9.1", "Die Kennzahl zur Patchquote")
                    .owner("badr@acme.test"),
                finding("IR04-05", "ofi", "A.5.29", "Der Notfallplan für einen KIS-Ausfall"),
            ],
        },
        // The Audit column says IA-2026-01 on every row: it names the audit, and the finding's
        // reference is the number within it, as in ho4-semicolon-csv-decimal-scores (F-01 beside
        // a constant Audit ID) and the layouts whose only id is a running number.
        Layout {
            id: "holdout19-constant-audit-column-number-refs",
            origin: "holdout 19, written for this holdout: a small company's internal audit findings sheet, header in the first row, whose first column Audit holds the same audit id IA-2026-01 on every row and whose second column No. numbers the findings within that audit 1 to 5 as number cells, the only other identifier; the reference a person reads is the number. Then Date (date cells, three days), Area, Clause / control (A.-controls and one bare clause 9.1), Finding, Category (Major NC / Minor NC / Observation / OFI), Owner (a user's role, users' names and a role no user has), Target date (date cells, empty for the observation and the OFI) and Status",
            file_name: "IA-2026-01 findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Audit", "No.", "Date", "Area", "Clause / control", "Finding", "Category", "Owner", "Target date", "Status"],
                    &["IA-2026-01", "#n 1", "#d 2026-03-10", "Network", "A.8.20", "Firewall rules for the DMZ have not been reviewed since 2024; 14 rules have no documented owner.", "Minor NC", "Head of IT Operations", "#d 2026-05-29", "Open"],
                    &["IA-2026-01", "#n 2", "#d 2026-03-10", "HR", "A.6.2", "Contracts of the 2026 apprentices lack the confidentiality clause the HR policy requires.", "Minor NC", "Lena Fischer", "#d 2026-04-30", "Open"],
                    &["IA-2026-01", "#n 3", "#d 2026-03-11", "ISMS", "9.1", "None of the performance indicators defined in the ISMS manual has been measured since Q2 2025.", "Major NC", "Badr Karim", "#d 2026-04-15", "Open"],
                    &["IA-2026-01", "#n 4", "#d 2026-03-11", "Facilities", "A.7.8", "The air conditioning unit of the server room is mounted directly above the core switch rack.", "Observation", "Facility Manager", "", "Open"],
                    &["IA-2026-01", "#n 5", "#d 2026-03-12", "Development", "A.8.25", "Security requirements could become a standard section of the user story template.", "OFI", "Martín Lombardi", "", "Open"],
                ],
            )]),
            expected: vec![
                finding("1", "minor", "A.8.20", "Firewall rules for the DMZ have not")
                    .owner("ops@acme.test"),
                finding("2", "minor", "A.6.2", "Contracts of the 2026 apprentices")
                    .owner("lena.fischer@acme.test"),
                finding("3", "major", "9.1", "None of the performance indicators")
                    .owner("badr@acme.test"),
                finding("4", "observation", "A.7.8", "The air conditioning unit of the")
                    .pending(&["Facility Manager"]),
                finding("5", "ofi", "A.8.25", "Security requirements could become")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "holdout19-findings-with-arrow-action-rows",
            origin: "holdout 19, written for this holdout: a company's list of surveillance audit findings and the actions agreed on them, copied from the minutes' table into Excel: one column, \"Finding / agreed action\", holds both the finding's statement (on the finding's row, with Ref. SA-1 ..., Grade, Clause / control, the finding's owner and its status) and under it one or two action rows starting with \"→ \" that hold only the action, its owner, due date (date cells) and status, with Ref., Grade and Clause / control empty (unlike holdout 7's tracker, which had separate action columns and numbers). The action rows are no findings; an action's owner is not the finding's owner (SA-1's second action names another user). The OFI has no action row. A merged title and a merged line naming the meeting above the header. Grades Major / Minor / Observation / OFI; clauses bare (7.3, 7.5.2), controls with A., one cell with two controls",
            file_name: "Surveillance audit 2026 - findings and agreed actions.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings & actions",
                0,
                0,
                &[
                    &["Surveillance audit 2026 – findings and agreed actions"],
                    &["Agreed at the ISMS management meeting of 24/03/2026; owners and dates as agreed"],
                    &[""],
                    &["Ref.", "Finding / agreed action", "Grade", "Clause / control", "Owner", "Due", "Status"],
                    &["SA-1", "Privileged accounts on the ERP database are shared by three DBAs under one generic login.", "Minor", "A.8.2, A.8.5", "Head of IT Operations", "", "Open"],
                    &["", "→ Create a named administrator account for each DBA", "", "", "Head of IT Operations", "#d 2026-04-15", "Done"],
                    &["", "→ Disable the generic login and alert on any further use", "", "", "Martín Lombardi", "#d 2026-04-30", "Open"],
                    &["SA-2", "Supplier contracts signed in 2025 do not contain the security clauses required by the supplier policy.", "Major", "A.5.20", "Lena Fischer", "", "Open"],
                    &["", "→ Add the security schedule to the contract template", "", "", "Lena Fischer", "#d 2026-04-10", "In progress"],
                    &["", "→ Agree security addenda with the four suppliers concerned", "", "", "Lena Fischer", "#d 2026-05-31", "Open"],
                    &["SA-3", "The awareness programme does not cover QR-code phishing, the technique used in the January incident.", "Observation", "7.3", "Badr Karim", "", "Open"],
                    &["", "→ Add a QR-code phishing module to the 2026 campaign", "", "", "Badr Karim", "#d 2026-06-30", "Open"],
                    &["SA-4", "Controlled documents could show their next review date on the cover page.", "OFI", "7.5.2", "Lena Fischer", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 6)
            .merged(1, 0, 1, 6)]),
            expected: vec![
                finding("SA-1", "minor", "A.8.2, A.8.5", "Privileged accounts on the ERP")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("SA-2", "major", "A.5.20", "Supplier contracts signed in 2025")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("SA-3", "observation", "7.3", "The awareness programme does not")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("SA-4", "ofi", "7.5.2", "Controlled documents could show")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn twentieth_holdout_layouts() -> Vec<Layout> {
    vec![
        // The Notes column is the ISMS manager's own running commentary: it names last year's
        // grades, other controls and clauses and older references in passing. The finding's
        // grade and requirement are those of the Grade and Clause / control columns.
        Layout {
            id: "holdout20-notes-column-naming-other-grades-and-clauses",
            origin: "holdout 20, written for this holdout: a company's register of its first surveillance audit's findings saved from Excel as a comma CSV (UTF-8, no BOM, header in the first line), with a last column \"Notes / instructions (ISMS Manager)\" holding long free text on three of the five rows, quoted because of its commas, that mentions grades, controls, clauses and references other than the row's own (\"Was minor last year, see A.8.8 finding from 2025 (SA-25-03) ...\" on a row graded Major against A.8.32; \"talked about a major NC under clause 8.1 ... final report says minor against A.5.19\"; \"if seen again next year it becomes a minor NC (A.7.7 / 7.3 awareness)\" on an Observation; \"Same point was an observation in 2024 (see OBS-24-02, clause 9.1)\" on an OFI against 6.2). Columns Ref (SA1-26-01 ...), Raised (dd/mm/yyyy text), Source, Clause / control (A.-controls and bare clauses 9.2, 6.2), Finding, Grade (Major / Minor / Observation / OFI), Owner (a user's role, users' names, a role no user has), Target, Status",
            file_name: "NC register - surveillance 1 2026.csv",
            bytes: delimited(
                &[
                    &["Ref", "Raised", "Source", "Clause / control", "Finding", "Grade", "Owner", "Target", "Status", "Notes / instructions (ISMS Manager)"],
                    &["SA1-26-01", "17/03/2026", "Surveillance 1", "A.8.32", "Emergency changes to the payment gateway in January 2026 were deployed without the retrospective approval the change procedure requires.", "Major", "Head of IT Operations", "17/04/2026", "Open", "Was minor last year, see A.8.8 finding from 2025 (SA-25-03, patches pushed through as emergency changes). CB says a repeat = major. Instructions: attach the CAB minutes from February onwards as evidence, do NOT close until the auditor confirms."],
                    &["SA1-26-02", "17/03/2026", "Surveillance 1", "9.2", "The 2025 internal audit programme left out the HR and facilities processes without a recorded reason.", "Minor", "Badr Karim", "29/05/2026", "Open", ""],
                    &["SA1-26-03", "18/03/2026", "Surveillance 1", "A.5.19", "Two cloud suppliers taken on in 2025 have no security assessment on file.", "Minor", "Lena Fischer", "29/05/2026", "In progress", "Auditor first talked about a major NC under clause 8.1 at the closing meeting; the final report (R-5512) says minor against A.5.19. Lena already has the questionnaire for one supplier, see SharePoint > Suppliers > 2025."],
                    &["SA1-26-04", "18/03/2026", "Surveillance 1", "A.7.7", "Printed customer contracts were left on desks in the open-plan sales office overnight.", "Observation", "Office Manager", "", "Open", "Observation only, no response needed to the CB. But if seen again next year it becomes a minor NC (A.7.7 / 7.3 awareness), so put it on the agenda of the next team meeting."],
                    &["SA1-26-05", "18/03/2026", "Surveillance 1", "6.2", "Information security objectives could be linked to the KPIs already reported to the board.", "OFI", "Badr Karim", "", "Open", "Not mandatory. Same point was an observation in 2024 (see OBS-24-02, clause 9.1). Instructions for the owner: propose 3 KPIs by June."],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("SA1-26-01", "major", "A.8.32", "Emergency changes to the payment")
                    .owner("ops@acme.test"),
                finding("SA1-26-02", "minor", "9.2", "The 2025 internal audit programme")
                    .owner("badr@acme.test"),
                finding("SA1-26-03", "minor", "A.5.19", "Two cloud suppliers taken on in")
                    .owner("lena.fischer@acme.test"),
                finding("SA1-26-04", "observation", "A.7.7", "Printed customer contracts were")
                    .pending(&["Office Manager"]),
                finding("SA1-26-05", "ofi", "6.2", "Information security objectives")
                    .owner("badr@acme.test"),
            ],
        },
        // Finding 4 was split in two at the closing meeting, so its parts are "4a" and "4b"
        // (text) among references typed as numbers 1, 2, 3 and 5; each is read as written.
        Layout {
            id: "holdout20-numeric-refs-with-split-4a-4b",
            origin: "holdout 20, written for this holdout: an internal ISMS audit findings log under a one-line title, whose Ref column holds the findings' numbers as number cells (1, 2, 3, 5) except for finding 4, split in two at the closing meeting and typed as text \"4a\" and \"4b\" (a Remarks column says so); the numbers are the only references. Audit date as date cells, Clause (A.-controls and bare clauses 7.5.3, 10.1), Non-conformity / observation, Type (Major NC / Minor NC / Observation / OFI; 4a minor and 4b an observation against the same control), Responsible (users' names, a user's role, roles no user has), Due date (date cells, empty for the OFI), Status",
            file_name: "Internal audit 2026 findings log.xlsx",
            bytes: xlsx(vec![sheet(
                "Log",
                0,
                0,
                &[
                    &["Internal ISMS audit 2026 – findings log"],
                    &["Ref", "Audit date", "Clause", "Non-conformity / observation", "Type", "Responsible", "Due date", "Status", "Remarks"],
                    &["#n 1", "#d 2026-03-09", "A.5.15", "The access control policy has not been reviewed since March 2023, although it requires an annual review.", "Minor NC", "Lena Fischer", "#d 2026-04-30", "Open", ""],
                    &["#n 2", "#d 2026-03-09", "7.5.3", "Superseded versions of the incident response procedure are still on the shared drive next to the current one.", "Minor NC", "Badr Karim", "#d 2026-04-30", "Open", ""],
                    &["#n 3", "#d 2026-03-10", "A.8.13", "A restore of the finance database backup has never been tested.", "Major NC", "Head of IT Operations", "#d 2026-04-10", "In progress", ""],
                    &["4a", "#d 2026-03-10", "A.6.3", "Six of the 14 staff who joined in 2025 have no record of security awareness training.", "Minor NC", "HR Manager", "#d 2026-05-29", "Open", "Split from finding 4 at the closing meeting: staff part"],
                    &["4b", "#d 2026-03-10", "A.6.3", "The cleaning company's staff have not had the clear desk briefing listed in the awareness plan.", "Observation", "Facility Manager", "#d 2026-05-29", "Open", "Split from finding 4 at the closing meeting: contractors part"],
                    &["#n 5", "#d 2026-03-11", "10.1", "Trend analysis of incidents could be used to choose the year's improvement projects.", "OFI", "Badr Karim", "", "Open", ""],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("1", "minor", "A.5.15", "The access control policy has not")
                    .owner("lena.fischer@acme.test"),
                finding("2", "minor", "7.5.3", "Superseded versions of the incident")
                    .owner("badr@acme.test"),
                finding("3", "major", "A.8.13", "A restore of the finance database")
                    .owner("ops@acme.test"),
                finding("4a", "minor", "A.6.3", "Six of the 14 staff who joined")
                    .pending(&["HR Manager"]),
                finding("4b", "observation", "A.6.3", "The cleaning company's staff have")
                    .pending(&["Facility Manager"]),
                finding("5", "ofi", "10.1", "Trend analysis of incidents could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout20-dutch-internal-auditor-abbreviations",
            origin: "holdout 20, written for this holdout: a Dutch company's internal ISMS audit findings overview (Overzicht bevindingen), only in Dutch and written in the abbreviations Dutch office text uses: headers Nr., Datum, Afd. (afdeling), Norm / maatr. (maatregel), Bevinding, Soort, Verantw. (verantwoordelijke), Gereed per, Status; grades abbreviated Grote afw. / Kleine afw. (grote / kleine afwijking), Obs. and Verb.punt (verbeterpunt); requirements \"par. 7.2\" and \"par. 9.3\" (clauses), \"Bijl. A 8.15\", \"Bijl. A 5.23\" and one \"A.7.10\"; statements full of v.d., i.p.v., dgn., medew., m.b.t., o.a., t.a.v.; under a merged title and a merged line naming the auditor, the audit days (10 t/m 12 mrt. 2026) and the scope; dates dd-mm-yyyy as text; owners as users' names and Dutch roles no user has (Hoofd ICT, Facilitair manager)",
            file_name: "Interne audit ISMS 2026 - bevindingen.xlsx",
            bytes: xlsx(vec![sheet(
                "Bevindingen",
                0,
                0,
                &[
                    &["Interne audit ISMS 2026 – overzicht bevindingen"],
                    &["Auditor: R. de Vries (interne auditor) · Auditdagen: 10 t/m 12 mrt. 2026 · Scope: o.a. ICT-beheer, HR, inkoop en facilitaire zaken"],
                    &[""],
                    &["Nr.", "Datum", "Afd.", "Norm / maatr.", "Bevinding", "Soort", "Verantw.", "Gereed per", "Status"],
                    &["IA26-01", "10-03-2026", "ICT", "Bijl. A 8.15", "Logbestanden v.d. firewalls worden slechts 14 dgn. bewaard i.p.v. de 90 dgn. die het logbeleid (v2.1) voorschrijft.", "Kleine afw.", "Hoofd ICT", "30-04-2026", "Open"],
                    &["IA26-02", "10-03-2026", "HR", "par. 7.2", "Van 4 v.d. 9 nieuwe medew. (in dienst sinds 2025) ontbreekt het bewijs van de verplichte ISMS-training.", "Kleine afw.", "Lena Fischer", "29-05-2026", "Open"],
                    &["IA26-03", "11-03-2026", "Inkoop", "Bijl. A 5.23", "Voor de nieuwe SaaS-dienst voor documentopslag is geen risicobeoordeling uitgevoerd en geen exitstrategie vastgelegd m.b.t. de bedrijfsgegevens.", "Grote afw.", "Badr Karim", "15-04-2026", "In uitv."],
                    &["IA26-04", "11-03-2026", "Fac. zaken", "A.7.10", "USB-sticks met back-ups liggen o.a. in een onafgesloten la bij de receptie.", "Obs.", "Facilitair manager", "", "Open"],
                    &["IA26-05", "12-03-2026", "Directie", "par. 9.3", "In de notulen v.d. directiebeoordeling kunnen de besluiten t.a.v. de ISMS-doelstellingen explicieter worden vastgelegd.", "Verb.punt", "Badr Karim", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)]),
            expected: vec![
                finding("IA26-01", "minor", "A.8.15", "Logbestanden v.d. firewalls worden")
                    .pending(&["Hoofd ICT"]),
                finding("IA26-02", "minor", "7.2", "Van 4 v.d. 9 nieuwe medew.")
                    .owner("lena.fischer@acme.test"),
                finding("IA26-03", "major", "A.5.23", "Voor de nieuwe SaaS-dienst voor")
                    .owner("badr@acme.test"),
                finding("IA26-04", "observation", "A.7.10", "USB-sticks met back-ups liggen")
                    .pending(&["Facilitair manager"]),
                finding("IA26-05", "ofi", "9.3", "In de notulen v.d. directiebeoordeling")
                    .owner("badr@acme.test"),
            ],
        },
        // The key under the table is typed in the first two columns, so its letters sit in the
        // No. column and their meanings in the Sev. column: its rows are no findings. By the key,
        // M is a minor nonconformity here, not a major one.
        Layout {
            id: "holdout20-sev-letters-key-rows-below",
            origin: "holdout 20, written for this holdout: a company's sheet of its second surveillance audit's findings, graded in a column headed only \"Sev.\" with the single letters H, M, L and I, explained by a key typed below the table after a blank row, in the first two columns as the ISMS manager aligned it: a \"Sev. key:\" label, then one row per letter with the letter in the No. column and its meaning in the Sev. column (H = High – major nonconformity, M = Medium – minor nonconformity, L = Low – observation, I = Improvement – opportunity for improvement), so M means minor. A one-line title above the header; No. as AF-01 ..., Clause (A.-controls and bare clauses 6.1.3, 9.1), Finding, Owner (users' names and a user's role), Due (date cells, empty for the L and I rows), Status",
            file_name: "SA2 2026 findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["ISO 27001 surveillance audit 2 (March 2026) – findings from CB report 26-0871"],
                    &["No.", "Sev.", "Clause", "Finding", "Owner", "Due", "Status"],
                    &["AF-01", "M", "A.5.18", "Leavers' accounts in the CRM were disabled between 5 and 19 days after the leaving date.", "Martín Lombardi", "#d 2026-05-15", "Open"],
                    &["AF-02", "H", "6.1.3", "The Statement of Applicability was not updated after the in-house development team was set up in 2025.", "Badr Karim", "#d 2026-04-20", "Open"],
                    &["AF-03", "M", "A.8.9", "Configuration baselines for the new Linux servers are not documented.", "Head of IT Operations", "#d 2026-05-15", "In progress"],
                    &["AF-04", "L", "A.5.12", "Classification labels are applied to documents but not to e-mails containing customer data.", "Lena Fischer", "", "Open"],
                    &["AF-05", "I", "9.1", "The ISMS dashboard could show trends over the last four quarters.", "Badr Karim", "", "Open"],
                    &[""],
                    &["Sev. key:"],
                    &["H", "High – major nonconformity"],
                    &["M", "Medium – minor nonconformity"],
                    &["L", "Low – observation"],
                    &["I", "Improvement – opportunity for improvement"],
                ],
            )]),
            expected: vec![
                finding("AF-01", "minor", "A.5.18", "Leavers' accounts in the CRM were")
                    .owner("martin@acme.test"),
                finding("AF-02", "major", "6.1.3", "The Statement of Applicability was")
                    .owner("badr@acme.test"),
                finding("AF-03", "minor", "A.8.9", "Configuration baselines for the new")
                    .owner("ops@acme.test"),
                finding("AF-04", "observation", "A.5.12", "Classification labels are applied")
                    .owner("lena.fischer@acme.test"),
                finding("AF-05", "ofi", "9.1", "The ISMS dashboard could show")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout20-double-spaced-caps-header-three-date-forms",
            origin: "holdout 20, written for this holdout: an ISMS manager's NC log typed by hand, a title \"ISMS NC LOG 2026\" and a blank row above a header in capitals whose cells carry leading and trailing spaces as typed (\"NC REF  \", \" DATE RAISED\", \" GRADE \", \"CLAUSE \", \"DESCRIPTION OF NONCONFORMITY \", \"OWNER \", \" TARGET DATE \", \"STATUS \"), a blank row after every finding (double spacing), and dates in three forms in the same columns: typed text \"3rd March 2026\" / \"15th May 2026\", real date cells, and text \"2026/03/05\". NC-01 ... NC-05, grades Minor NC / Major NC / Observation / OFI, A.-controls and a bare clause 10.2, owners as users' names and a user's role",
            file_name: "ISMS NC log 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC LOG",
                0,
                0,
                &[
                    &["ISMS NC LOG 2026"],
                    &[""],
                    &["NC REF  ", " DATE RAISED", " GRADE ", "CLAUSE ", "DESCRIPTION OF NONCONFORMITY ", "OWNER ", " TARGET DATE ", "STATUS "],
                    &["NC-01", "3rd March 2026", "Minor NC", "A.5.24", "The incident management procedure does not say who decides whether an event is a security incident.", "Badr Karim", "#d 2026-04-30", "Open"],
                    &[""],
                    &["NC-02", "#d 2026-03-04", "Major NC", "A.8.13", "No backup of the HR system has been taken since it moved to the new server in January 2026.", "Head of IT Operations", "2026/03/31", "Open"],
                    &[""],
                    &["NC-03", "2026/03/05", "Minor NC", "10.2", "Corrective actions from the 2025 internal audit have no recorded review of their effectiveness.", "Lena Fischer", "15th May 2026", "Open"],
                    &[""],
                    &["NC-04", "#d 2026-03-05", "Observation", "A.5.10", "Staff share photos of whiteboards showing customer names through personal messaging apps.", "Martín Lombardi", "", "Open"],
                    &[""],
                    &["NC-05", "5th March 2026", "OFI", "A.8.16", "Firewall alerts could be forwarded to the SIEM already used for the servers.", "Head of IT Operations", "", "Open"],
                    &[""],
                ],
            )]),
            expected: vec![
                finding("NC-01", "minor", "A.5.24", "The incident management procedure")
                    .owner("badr@acme.test"),
                finding("NC-02", "major", "A.8.13", "No backup of the HR system has")
                    .owner("ops@acme.test"),
                finding("NC-03", "minor", "10.2", "Corrective actions from the 2025")
                    .owner("lena.fischer@acme.test"),
                finding("NC-04", "observation", "A.5.10", "Staff share photos of whiteboards")
                    .owner("martin@acme.test"),
                finding("NC-05", "ofi", "A.8.16", "Firewall alerts could be forwarded")
                    .owner("ops@acme.test"),
            ],
        },
        // No reference column: the findings are named by sheet and row, as the layouts with no
        // reference are. The grade is only the statement's first word(s); the statement is
        // read as written, grade word included (as ho4-prefixed-statements keeps
        // "Nonconformity:"). Owners are first names only, so they are not checked.
        Layout {
            id: "holdout20-tiny-company-grade-prefix-no-ref",
            origin: "holdout 20, written for this holdout: a very small company's list of its certification audit's three findings, typed on Sheet1 under a one-line title (\"Audit 12 March 2026 - things to fix\"), with no reference column and no grade column: the grade is the first word(s) of the finding (\"Minor: ...\", \"Observation - ...\", \"OFI: ...\"). Columns ISO ref (A.8.13, 9.3, A.6.3), Finding, Who (first names only), When (\"end of April\", \"June\"), Done?",
            file_name: "audit findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Sheet1",
                0,
                0,
                &[
                    &["Audit 12 March 2026 - things to fix"],
                    &["ISO ref", "Finding", "Who", "When", "Done?"],
                    &["A.8.13", "Minor: Backups of the shared drive go to a USB disk kept next to the server and have never been restored as a test.", "Badr", "end of April", ""],
                    &["9.3", "Observation - Management review was held but the minutes don't show the internal audit results were discussed.", "Badr", "June", ""],
                    &["A.6.3", "OFI: Could run a short phishing quiz for all staff once a year.", "Lena", "", ""],
                ],
            )]),
            expected: vec![
                finding("Sheet1 #3", "minor", "A.8.13", "Minor: Backups of the shared drive"),
                finding("Sheet1 #4", "observation", "9.3", "Observation - Management review"),
                finding("Sheet1 #5", "ofi", "A.6.3", "OFI: Could run a short phishing"),
            ],
        },
    ]
}
