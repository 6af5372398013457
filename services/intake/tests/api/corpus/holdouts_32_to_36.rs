//! Blind holdouts 32 to 36 (2026-12-05).

use super::*;

pub(super) fn thirty_second_holdout_layouts() -> Vec<Layout> {
    vec![
        // A certification body's recertification report workbook: a Summary sheet, then one
        // sheet per audit day. The Summary holds no findings: its label/value pairs, its table
        // of counts per day under the grade words (Major NC, Minor NC, Observation, OFI, Total,
        // number cells) and its follow-up table of the previous surveillance audit's findings
        // (SA2-01, SA2-02, SA2-03, each with a grade, a control and a "Closed - effective" /
        // "Addressed" result) are not findings of this file: those were raised in 2025 and are
        // only verified here. The nine findings are on the three day sheets, numbered across
        // the days (NCL-26114-01 ... 09), each sheet with its own merged title and auditor line
        // above the header. Day 2 has two merged section rows (morning / afternoon) between its
        // findings, and Day 3 a merged closing-meeting line under its table naming the client's
        // people: none is a finding. "6.1.3 d)" is clause 6.1.3 (A.8.11, named in its
        // statement, is not its requirement); "A.5.19 / A.5.20" two controls. The Auditee
        // column names the people interviewed, not owners: the CB's report assigns no owners
        // and no actions, so owners and plans are not checked. The counts in the Summary match
        // the day sheets (1 major, 4 minor, 2 observations, 2 OFIs).
        Layout {
            id: "holdout32-cb-recert-day-sheets-summary-counts-followup",
            origin: "holdout 32, written for this holdout: a UK certification body's ISO/IEC 27001:2022 recertification audit report workbook for a two-site managed hosting company (Leeds head office and a Sheffield data centre), audited over three days, as the lead auditor sends it to the client after the closing meeting. Sheet \"Summary\": the merged title \"NORTHGATE CERTIFICATION LTD - ISO/IEC 27001:2022 RECERTIFICATION AUDIT - REPORT NCL-R-26114\", a blank row, label/value pairs (Client, Certificate no., Sites audited, Audit team, Scope), a blank row, a table of counts with the header \"Findings per audit day | Major NC | Minor NC | Observation | OFI | Total\", one row per audit day and a Total row (number cells), a blank row, a merged caption \"Follow-up of findings from surveillance audit 2 (11-12 March 2025)\" over a small table (Previous ref., Grade, Clause / control, Subject, Evidence verified, Result) listing SA2-01 and SA2-02 (Minor NC) and SA2-03 (Observation), all closed or addressed, then a merged recommendation line; the Summary holds no findings of this audit. Then one sheet per audit day, \"Day 1 - 14 Apr\", \"Day 2 - 15 Apr\" and \"Day 3 - 16 Apr (Sheffield)\", each with a merged title naming the day and site and a merged auditor line, a blank row, then the same header: Finding no. (NCL-26114-01 ... 09, numbered across the days), Grade (Major NC, Minor NC, Observation, OFI), Clause / control (\"6.1.3 d)\", \"A.6.1\", \"A.5.19 / A.5.20\", \"A.8.13\", \"A.8.32\", \"A.5.7\", \"A.7.2\", \"A.7.11\", \"A.7.13\"), Process / area, Finding (the statement), Objective evidence and Auditee (the people interviewed, users and others; no owners). Day 2 splits its findings with merged section rows \"Morning - IT operations (Priya Raman)\" and \"Afternoon - Development and threat management (Tom Ashworth)\"; Day 3 ends with a merged closing-meeting line naming the client's attendees. No owner, root cause or action columns",
            file_name: "NCL-R-26114 Halden Data Services recertification findings.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Summary",
                    0,
                    0,
                    &[
                        &["NORTHGATE CERTIFICATION LTD - ISO/IEC 27001:2022 RECERTIFICATION AUDIT - REPORT NCL-R-26114"],
                        &[""],
                        &["Client", "Halden Data Services Ltd"],
                        &["Certificate no.", "NCL 27K-0412"],
                        &["Sites audited", "Leeds head office (14-15 April 2026); Sheffield data centre (16 April 2026)"],
                        &["Audit team", "Priya Raman (lead auditor), Tom Ashworth (auditor)"],
                        &["Scope", "Managed hosting and cloud backup services for business customers, in accordance with the Statement of Applicability v7"],
                        &[""],
                        &["Findings per audit day", "Major NC", "Minor NC", "Observation", "OFI", "Total"],
                        &["Day 1 - 14 Apr (Leeds)", "#n 0", "#n 2", "#n 1", "#n 0", "#n 3"],
                        &["Day 2 - 15 Apr (Leeds)", "#n 1", "#n 1", "#n 0", "#n 1", "#n 3"],
                        &["Day 3 - 16 Apr (Sheffield)", "#n 0", "#n 1", "#n 1", "#n 1", "#n 3"],
                        &["Total", "#n 1", "#n 4", "#n 2", "#n 2", "#n 9"],
                        &[""],
                        &["Follow-up of findings from surveillance audit 2 (11-12 March 2025)"],
                        &["Previous ref.", "Grade", "Clause / control", "Subject", "Evidence verified", "Result"],
                        &["SA2-01", "Minor NC", "A.8.8", "Patch compliance of the Windows servers below the 95 % target", "Patch reports January to March 2026 sampled", "Closed - effective"],
                        &["SA2-02", "Minor NC", "9.3", "Management review did not consider the risk treatment plan", "Management review minutes of 09/12/2025", "Closed - effective"],
                        &["SA2-03", "Observation", "A.5.30", "ICT continuity arrangements not tested", "DR test report of 18/11/2025", "Addressed"],
                        &[""],
                        &["Recommendation: recertification recommended, subject to the acceptance of a corrective action plan for the major nonconformity within 30 days of the closing meeting."],
                    ],
                )
                .merged(0, 0, 0, 5)
                .merged(14, 0, 14, 5)
                .merged(20, 0, 20, 5),
                sheet(
                    "Day 1 - 14 Apr",
                    0,
                    0,
                    &[
                        &["Day 1 - Tuesday 14 April 2026 - Leeds head office"],
                        &["Auditor: Priya Raman | Processes: context and leadership, risk assessment and treatment, HR security, supplier relationships"],
                        &[""],
                        &["Finding no.", "Grade", "Clause / control", "Process / area", "Finding", "Objective evidence", "Auditee"],
                        &["NCL-26114-01", "Minor NC", "6.1.3 d)", "Risk treatment", "The Statement of Applicability (v7) excludes A.8.11 Data masking without a justification, although the test environments are loaded with copies of customer databases.", "SoA v7 of 02/02/2026; test database refresh job TST-REFRESH-03.", "Lena Fischer"],
                        &["NCL-26114-02", "Observation", "A.6.1", "HR security", "Background checks for contractors are left to the agencies that supply them, and no confirmation that they were done is kept on file.", "Three contractor files sampled (network team).", "HR Business Partner"],
                        &["NCL-26114-03", "Minor NC", "A.5.19 / A.5.20", "Supplier relationships", "The colocation broker and the firewall support vendor onboarded in 2025 were not assessed for information security, and neither contract contains security requirements.", "Supplier register; contracts CB-2025-07 and FW-2025-02.", "Martín Lombardi"],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6),
                sheet(
                    "Day 2 - 15 Apr",
                    0,
                    0,
                    &[
                        &["Day 2 - Wednesday 15 April 2026 - Leeds head office"],
                        &["Auditors: Priya Raman (morning), Tom Ashworth (afternoon)"],
                        &[""],
                        &["Finding no.", "Grade", "Clause / control", "Process / area", "Finding", "Objective evidence", "Auditee"],
                        &["Morning - IT operations (Priya Raman)"],
                        &["NCL-26114-04", "Major NC", "A.8.13", "Backup", "Backups of the managed hosting platform have not been restore-tested since the platform migration in June 2025, and two nightly backup jobs have failed since 3 February 2026 without any alert being raised.", "Backup console job history; restore test log, last entry 12/05/2025.", "Head of IT Operations"],
                        &["NCL-26114-05", "Minor NC", "A.8.32", "Change management", "Four of the ten changes sampled for March 2026 were made to the production firewalls as emergency changes without the retrospective approval the change procedure requires.", "Change records CHG-4410 to CHG-4419.", "Head of IT Operations"],
                        &["Afternoon - Development and threat management (Tom Ashworth)"],
                        &["NCL-26114-06", "OFI", "A.5.7", "Threat intelligence", "Threat information from the NCSC feeds could be recorded together with the action taken on it, so that its use can be shown to customers.", "Interview; security team mailbox.", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6)
                .merged(4, 0, 4, 6)
                .merged(7, 0, 7, 6),
                sheet(
                    "Day 3 - 16 Apr (Sheffield)",
                    0,
                    0,
                    &[
                        &["Day 3 - Thursday 16 April 2026 - Sheffield data centre (Unit 4, Parkway Business Park)"],
                        &["Auditor: Tom Ashworth | Processes: physical security, supporting utilities, equipment maintenance"],
                        &[""],
                        &["Finding no.", "Grade", "Clause / control", "Process / area", "Finding", "Objective evidence", "Auditee"],
                        &["NCL-26114-07", "Minor NC", "A.7.2", "Physical entry", "Two contractors were let into data hall 2 by the night guard without being entered in the visitor log or escorted.", "Visitor log 06-10 April 2026; access control system report.", "Site manager, Sheffield"],
                        &["NCL-26114-08", "Observation", "A.7.11", "Supporting utilities", "The UPS battery test due in January 2026 has been postponed twice; the batteries are still within their design life.", "UPS maintenance schedule 2026.", "Site manager, Sheffield"],
                        &["NCL-26114-09", "OFI", "A.7.13", "Equipment maintenance", "Maintenance reports for the CRAC units are kept on paper at the site and could be scanned into the maintenance system used for the other equipment.", "Paper maintenance file, CRAC units 1-4.", "Head of IT Operations"],
                        &[""],
                        &["Closing meeting 16 April 2026, 15:30 - attended by Badr Karim (Managing Director), Head of IT Operations and Lena Fischer (ISMS Manager). Findings accepted by the client."],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6)
                .merged(8, 0, 8, 6),
            ]),
            expected: vec![
                // "6.1.3 d)": clause 6.1.3; A.8.11 is only named in the statement.
                finding("NCL-26114-01", "minor", "6.1.3", "The Statement of Applicability (v7) excludes"),
                finding("NCL-26114-02", "observation", "A.6.1", "Background checks for contractors"),
                finding("NCL-26114-03", "minor", "A.5.19, A.5.20", "The colocation broker and the firewall"),
                // Under the merged "Morning" section row.
                finding("NCL-26114-04", "major", "A.8.13", "Backups of the managed hosting platform"),
                finding("NCL-26114-05", "minor", "A.8.32", "Four of the ten changes sampled"),
                // Under the merged "Afternoon" section row.
                finding("NCL-26114-06", "ofi", "A.5.7", "Threat information from the NCSC feeds"),
                finding("NCL-26114-07", "minor", "A.7.2", "Two contractors were let into data hall 2"),
                finding("NCL-26114-08", "observation", "A.7.11", "The UPS battery test due in January 2026"),
                finding("NCL-26114-09", "ofi", "A.7.13", "Maintenance reports for the CRAC units"),
            ],
        },
        // A company's internal audit register with one sheet per year: "2026" (first tab, the
        // current audit) and "2025" (last year's, all findings closed), then a "Lists" sheet of
        // dropdown values (grade words, statuses, owner names) that holds no findings. Both
        // years' findings are findings of the file: closed findings are still findings. The
        // references carry the year (IA26-01 ..., IA25-01 ...). The 2026 sheet has a "Repeat
        // of" column: IA26-02 repeats IA25-04 (a reference of the other sheet, not IA26-02's).
        // The 2025 sheet's columns differ: no "Repeat of", "Action taken" instead of
        // "Corrective action", and "Closed on" / "Verified by" (the internal auditor, no owner)
        // at the right; its grades come from last year's dropdown (Minor, Observation,
        // Improvement = OFI) while 2026 uses Minor NC / Major NC / Observation / OFI. Owners:
        // "Martin Lombardi" without the accent is Martín Lombardi; HR is no user. Plans are
        // checked on the 2026 sheet only (Corrective action filled or not); the 2025 sheet's
        // "Action taken" records what was done to close a finding, so its plans are not checked.
        // The closing note under the 2025 table names IA25-04 and IA26-02 and is no finding.
        Layout {
            id: "holdout32-year-per-sheet-2025-closed-2026-open-lists-sheet",
            origin: "holdout 32, written for this holdout: a Dutch (Eindhoven) data analytics company's ISMS internal audit findings register, kept in English in Excel by its ISMS manager, one sheet per audit year. Sheet \"2026\" (first tab): a merged title \"Corvell Analytics BV - ISMS internal audit findings 2026\", a merged line naming the audit dates and the external internal auditor (Q-Sec Advisory, J. Varga) and the standard, a blank row, then the header Ref (IA26-01 ... 05), Raised (date cells), Grade (Minor NC, Major NC, Observation, OFI), Clause/Control (A.5.15, A.8.8, A.5.23, 9.1, A.6.3), Finding (the statement), Repeat of (IA25-04 on one row: the earlier finding this one repeats), Owner (a user's name, a user's role name, \"Martin Lombardi\" without the accent, a user's email, HR), Corrective action (filled for three findings), Due (date cells, one blank) and Status (Open, In progress). Sheet \"2025\": the same kind of title (\"... findings 2025\") and a merged line saying all findings are closed, then a header that differs from 2026: Ref (IA25-01 ... 05), Raised, Grade (last year's dropdown: Minor, Observation, Improvement), Clause/Control (A.8.13, A.5.37, 7.2, A.8.8, A.5.7), Finding, Owner, Action taken (what was done), Due, Status (all Closed), Closed on (date cells) and Verified by (the auditor J. Varga); under the table a merged closing note (\"all 2025 findings closed and verified by 15/09/2025. IA25-04 recurred in the 2026 audit (see IA26-02 on sheet 2026)\"), not a finding. Sheet \"Lists\": the dropdown sources in three columns, Grade (Major NC, Minor NC, Observation, OFI), Status (Open, In progress, Closed) and Owner (the users' names and HR); no findings",
            file_name: "Corvell ISMS internal audit findings register.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "2026",
                    0,
                    0,
                    &[
                        &["Corvell Analytics BV - ISMS internal audit findings 2026"],
                        &["Internal audit 9-13 March 2026 by Q-Sec Advisory (J. Varga, lead auditor) against ISO/IEC 27001:2022 | Register kept by the ISMS manager"],
                        &[""],
                        &["Ref", "Raised", "Grade", "Clause/Control", "Finding", "Repeat of", "Owner", "Corrective action", "Due", "Status"],
                        &["IA26-01", "#d 2026-03-09", "Minor NC", "A.5.15", "Access to the analytics data lake is granted per person instead of per role; 23 analysts hold write access to the raw customer zone that only data engineers need.", "", "Lena Fischer", "Define role-based groups for the data lake and move all users into them.", "#d 2026-05-29", "In progress"],
                        &["IA26-02", "#d 2026-03-10", "Major NC", "A.8.8", "Critical vulnerabilities on the Kubernetes worker nodes were left unpatched for up to 120 days; the same weakness was raised in 2025 and its corrective action (monthly node image rebuilds) stopped in December 2025.", "IA25-04", "Head of IT Operations", "Automate weekly node image rebuilds and add patch age to the operations dashboard.", "#d 2026-04-30", "Open"],
                        &["IA26-03", "#d 2026-03-11", "Observation", "A.5.23", "The exit plan for the main cloud provider is a one-page note that has not been reviewed since 2023.", "", "Martin Lombardi", "", "#d 2026-09-30", "Open"],
                        &["IA26-04", "#d 2026-03-12", "Minor NC", "9.1", "None of the five information security objectives for 2026 says how its achievement will be measured or evaluated.", "", "badr@acme.test", "Add a measure, a target and a data source to each objective.", "#d 2026-04-15", "Open"],
                        &["IA26-05", "#d 2026-03-13", "OFI", "A.6.3", "Induction for new analysts could include a session on handling customer data in notebooks and exports.", "", "HR", "", "", "Open"],
                    ],
                )
                .merged(0, 0, 0, 9)
                .merged(1, 0, 1, 9),
                sheet(
                    "2025",
                    0,
                    0,
                    &[
                        &["Corvell Analytics BV - ISMS internal audit findings 2025"],
                        &["Internal audit 17-20 March 2025 by Q-Sec Advisory against ISO/IEC 27001:2022 | All findings closed - see closing note below the table"],
                        &[""],
                        &["Ref", "Raised", "Grade", "Clause/Control", "Finding", "Owner", "Action taken", "Due", "Status", "Closed on", "Verified by"],
                        &["IA25-01", "#d 2025-03-17", "Minor", "A.8.13", "Restores of the PostgreSQL backups had never been tested.", "Head of IT Operations", "Quarterly restore test introduced; first test passed on 12/05/2025.", "#d 2025-06-30", "Closed", "#d 2025-05-12", "J. Varga"],
                        &["IA25-02", "#d 2025-03-18", "Observation", "A.5.37", "Runbooks for the ETL pipelines are kept in personal notebooks and not in the document management system.", "Lena Fischer", "Runbooks moved to the Confluence space OPS and linked from the on-call guide.", "#d 2025-09-30", "Closed", "#d 2025-07-01", "J. Varga"],
                        &["IA25-03", "#d 2025-03-18", "Minor", "7.2", "Competence records are missing for two of the five on-call engineers.", "HR", "Records completed and a competence matrix added to the on-call onboarding.", "#d 2025-05-31", "Closed", "#d 2025-05-28", "J. Varga"],
                        &["IA25-04", "#d 2025-03-19", "Minor", "A.8.8", "Node images of the Kubernetes clusters were rebuilt only when a new cluster version came out, leaving operating system patches up to 90 days old.", "ops@acme.test", "Monthly node image rebuild scheduled in the platform calendar.", "#d 2025-08-31", "Closed", "#d 2025-09-15", "J. Varga"],
                        &["IA25-05", "#d 2025-03-20", "Improvement", "A.5.7", "Threat information from the cloud provider's security bulletins could be reviewed in the weekly operations meeting.", "Badr Karim", "Added to the agenda of the weekly operations meeting.", "", "Closed", "#d 2025-04-07", "J. Varga"],
                        &[""],
                        &["Closing note: all 2025 findings closed and verified by 15/09/2025. IA25-04 recurred in the 2026 audit (see IA26-02 on sheet 2026)."],
                    ],
                )
                .merged(0, 0, 0, 10)
                .merged(1, 0, 1, 10)
                .merged(10, 0, 10, 10),
                sheet(
                    "Lists",
                    0,
                    0,
                    &[
                        &["Grade", "", "Status", "", "Owner"],
                        &["Major NC", "", "Open", "", "Badr Karim"],
                        &["Minor NC", "", "In progress", "", "Lena Fischer"],
                        &["Observation", "", "Closed", "", "Head of IT Operations"],
                        &["OFI", "", "", "", "Martín Lombardi"],
                        &["", "", "", "", "HR"],
                    ],
                ),
            ]),
            expected: vec![
                finding("IA26-01", "minor", "A.5.15", "Access to the analytics data lake")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "Repeat of IA25-04" names the earlier finding; the reference is IA26-02.
                finding("IA26-02", "major", "A.8.8", "Critical vulnerabilities on the Kubernetes")
                    .owner("ops@acme.test")
                    .plan(true),
                // "Martin Lombardi" without the accent.
                finding("IA26-03", "observation", "A.5.23", "The exit plan for the main cloud provider")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("IA26-04", "minor", "9.1", "None of the five information security objectives")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("IA26-05", "ofi", "A.6.3", "Induction for new analysts could include")
                    .pending(&["HR"])
                    .plan(false),
                // Sheet 2025: closed, still findings; "Action taken" is not checked as a plan.
                finding("IA25-01", "minor", "A.8.13", "Restores of the PostgreSQL backups")
                    .owner("ops@acme.test"),
                finding("IA25-02", "observation", "A.5.37", "Runbooks for the ETL pipelines")
                    .owner("lena.fischer@acme.test"),
                finding("IA25-03", "minor", "7.2", "Competence records are missing")
                    .pending(&["HR"]),
                finding("IA25-04", "minor", "A.8.8", "Node images of the Kubernetes clusters")
                    .owner("ops@acme.test"),
                // "Improvement" (last year's dropdown) is an OFI.
                finding("IA25-05", "ofi", "A.5.7", "Threat information from the cloud provider")
                    .owner("badr@acme.test"),
            ],
        },
        // A rolling NC log kept since certification in 2023, whose one "ISO 27001 ref." column
        // holds ISO/IEC 27001:2013 Annex A ids on the entries raised before the transition
        // audit of September 2025 and 2022 ids after it, as the note line above the header
        // says. A reader records the 2022 control for each (as the corpus does for 2013 refs):
        // A.12.4.1 -> A.8.15, A.9.2.3 (with its 2013 title) -> A.8.2, "A.8.1.1 Inventory of
        // assets" -> A.5.9 (a 2013 id that looks like the 2022 A.8.1 plus a sub-number; it is
        // not A.8.1 User endpoint devices), A.12.6.1 -> A.8.8, A.12.3.1 -> A.8.13. The column
        // "2022 control (mapped)" was filled at the transition for the entries then open only
        // (A.8.8, A.8.13), blank for those closed before it, "n/a" for 2022 entries; where
        // filled it agrees with the mapping. So NC-23-01 and NC-25-02 are both A.8.15, NC-23-02
        // and NC-26-01 both A.8.2. NC-26-01's statement names NC-23-02 and A.9.2.3; neither is
        // its reference or requirement. Clause 9.3 is the same in both editions. Closed
        // entries are still findings. Types: Minor NC, Major NC, Obs., OFI. Owners: "M.
        // Lombardi" is Martín Lombardi (the only Lombardi). Action filled = plan (closed
        // entries too). The legend line under the table is no finding.
        Layout {
            id: "holdout32-rolling-log-2013-and-2022-annex-a-in-one-column",
            origin: "holdout 32, written for this holdout: a Scottish (Aberdeen) maritime software company's rolling ISMS nonconformity and improvement log kept in one Excel sheet since its certification in 2023, across the transition from ISO/IEC 27001:2013 to ISO/IEC 27001:2022. Sheet \"NC log\": the merged title \"KELSO MARINE SOFTWARE LTD - ISMS NONCONFORMITY & IMPROVEMENT LOG (rolling, from certification in 2023)\", a merged note line (\"ISO 27001 ref.: ISO/IEC 27001:2013 Annex A for entries raised before the transition audit of 16-18 September 2025; ISO/IEC 27001:2022 from then on. Open entries were mapped to the 2022 controls at the transition.\"), a blank row, then the header NC ID (NC-23-01 ... NC-26-02), Date raised (date cells from 2023 to 2026), Source (Internal audit 2023, Surveillance audit 1, Surveillance audit 2, Recertification / transition audit, Internal audit 2026 ...), Type (Minor NC, Major NC, Obs., OFI), ISO 27001 ref. (2013 ids on old entries: \"A.12.4.1\", \"A.9.2.3 Management of privileged access rights\", \"A.8.1.1 Inventory of assets\", \"A.12.6.1\", \"A.12.3.1\"; 2022 ids on new ones: \"A.8.15\", \"A.5.23\", \"A.8.2\"; and clause \"9.3\"), 2022 control (mapped) (A.8.8 and A.8.13 on the two entries open at the transition, blank on those closed before, n/a on 2022 entries), Description (the statement; one names an earlier entry and its 2013 control), Owner (a user's role name, a user's name, \"M. Lombardi\", a user's email), Action (filled for six entries, closed ones included), Status (Closed, In progress, Open) and Closed (date cells on closed entries). After a blank row a merged legend of the type words and the last update; not a finding",
            file_name: "KMS ISMS NC and improvement log (rolling).xlsx",
            bytes: xlsx(vec![sheet(
                "NC log",
                0,
                0,
                &[
                    &["KELSO MARINE SOFTWARE LTD - ISMS NONCONFORMITY & IMPROVEMENT LOG (rolling, from certification in 2023)"],
                    &["ISO 27001 ref.: ISO/IEC 27001:2013 Annex A for entries raised before the transition audit of 16-18 September 2025; ISO/IEC 27001:2022 from then on. Open entries were mapped to the 2022 controls at the transition."],
                    &[""],
                    &["NC ID", "Date raised", "Source", "Type", "ISO 27001 ref.", "2022 control (mapped)", "Description", "Owner", "Action", "Status", "Closed"],
                    &["NC-23-01", "#d 2023-05-10", "Internal audit 2023", "Minor NC", "A.12.4.1", "", "Event logs of the vessel-tracking API servers were overwritten after 7 days, so security incidents could not be investigated.", "Head of IT Operations", "Logs forwarded to the central log server with 180-day retention.", "Closed", "#d 2023-08-02"],
                    &["NC-23-02", "#d 2023-11-21", "Surveillance audit 1", "Major NC", "A.9.2.3 Management of privileged access rights", "", "Developers held standing domain administrator rights on the production network that nobody had approved or reviewed.", "Martín Lombardi", "Standing admin rights removed; just-in-time elevation through the PAM tool.", "Closed", "#d 2024-02-14"],
                    &["NC-24-01", "#d 2024-04-16", "Internal audit 2024", "Obs.", "A.8.1.1 Inventory of assets", "", "The asset inventory does not list the satellite modems lent to customers and installed on their vessels.", "Badr Karim", "Loaned modems added to the asset inventory with the vessel they are on.", "Closed", "#d 2024-06-28"],
                    &["NC-24-02", "#d 2024-11-19", "Surveillance audit 2", "Minor NC", "A.12.6.1", "A.8.8", "Vulnerability scanning covers the office network only; the cloud-hosted chart update service has never been scanned.", "Head of IT Operations", "Chart update service added to the weekly scan; results tracked in Jira.", "Closed", "#d 2025-10-20"],
                    &["NC-25-01", "#d 2025-04-08", "Internal audit 2025", "Minor NC", "A.12.3.1", "A.8.13", "Backups of the customer licence database are encrypted with a key stored on the backup server itself.", "Lena Fischer", "Move the backup encryption key to the key vault and restrict access to it.", "In progress", ""],
                    &["NC-25-02", "#d 2025-09-17", "Recertification / transition audit", "Minor NC", "A.8.15", "n/a", "Logs of the new customer portal are kept for 14 days, against the 180 days set in the logging standard.", "Head of IT Operations", "", "Open", ""],
                    &["NC-25-03", "#d 2025-09-18", "Recertification / transition audit", "OFI", "A.5.23", "n/a", "The cloud services register could record each provider's certifications and the date they were last checked.", "M. Lombardi", "", "Open", ""],
                    &["NC-26-01", "#d 2026-03-03", "Internal audit 2026", "Major NC", "A.8.2", "n/a", "Privileged roles in the new Azure subscription are assigned permanently to five developers, the same weakness as NC-23-02 (A.9.2.3) on the on-premises network.", "Martín Lombardi", "Enable Privileged Identity Management for all Azure admin roles with approval and a 4-hour limit.", "Open", ""],
                    &["NC-26-02", "#d 2026-03-04", "Internal audit 2026", "Obs.", "9.3", "n/a", "The management review of December 2025 recorded no decisions on the opportunities for improvement raised at the transition audit.", "badr@acme.test", "", "Open", ""],
                    &[""],
                    &["Types: Major NC / Minor NC / Obs. (observation) / OFI (opportunity for improvement). Last updated 06/03/2026 by the ISMS manager."],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)
            .merged(14, 0, 14, 10)]),
            expected: vec![
                // 2013 A.12.4.1 Event logging is 2022 A.8.15.
                finding("NC-23-01", "minor", "A.8.15", "Event logs of the vessel-tracking API")
                    .owner("ops@acme.test")
                    .plan(true),
                // 2013 A.9.2.3 is 2022 A.8.2.
                finding("NC-23-02", "major", "A.8.2", "Developers held standing domain administrator")
                    .owner("martin@acme.test")
                    .plan(true),
                // 2013 A.8.1.1 Inventory of assets is 2022 A.5.9, not A.8.1.
                finding("NC-24-01", "observation", "A.5.9", "The asset inventory does not list")
                    .owner("badr@acme.test")
                    .plan(true),
                // A.12.6.1, mapped at the transition to A.8.8.
                finding("NC-24-02", "minor", "A.8.8", "Vulnerability scanning covers the office")
                    .owner("ops@acme.test")
                    .plan(true),
                // A.12.3.1, mapped to A.8.13.
                finding("NC-25-01", "minor", "A.8.13", "Backups of the customer licence database")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // 2022 A.8.15, the same control as NC-23-01.
                finding("NC-25-02", "minor", "A.8.15", "Logs of the new customer portal")
                    .owner("ops@acme.test")
                    .plan(false),
                // "M. Lombardi" is Martín Lombardi.
                finding("NC-25-03", "ofi", "A.5.23", "The cloud services register could record")
                    .owner("martin@acme.test")
                    .plan(false),
                // NC-23-02 and A.9.2.3 in the text are no reference or requirement of this one.
                finding("NC-26-01", "major", "A.8.2", "Privileged roles in the new Azure subscription")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NC-26-02", "observation", "9.3", "The management review of December 2025")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A corrective action register whose header spans two rows. The upper row holds "#"
        // (merged down over both rows), the group captions "Finding" (merged over Ref / Clause
        // / Description), "Grade" (merged down over both rows), "Response" (merged over Root
        // cause / Action / Owner / Due) and "Verification" (merged over Date / By / Result). The
        // reference is Ref (SL-IA26-01 ...), not the running number in "#" (number cells 1-6).
        // The owner is Response > Owner; Verification > By is the internal auditor who checked
        // effectiveness (Lena Fischer on two findings whose owner is the Head of IT
        // Operations), not the owner. A plan is an Action under Response: SL-IA26-03 has an
        // action but no root cause (still a plan, as elsewhere in the corpus); SL-IA26-04 has
        // no response at all (no owner, no plan); SL-IA26-06 has "—" in Root cause and Action
        // (no plan) but an owner. Grades: Minor, Major, Obs (observation), OFI. "Clause 8.1"
        // is clause 8.1. A Result of "Not effective - ..." does not change the grade. The
        // legend line under the table is no finding.
        Layout {
            id: "holdout32-two-row-header-finding-response-verification-groups",
            origin: "holdout 32, written for this holdout: a Belgian (Antwerp) port logistics company's ISMS corrective action register from its February 2026 internal audit, kept in English in Excel by its ISMS coordinator on form ISMS-F-12. Sheet \"CAR IA-2026\": a merged title \"SCHELDT LOGISTICS NV - ISMS CORRECTIVE ACTION REGISTER - INTERNAL AUDIT 2026 (23-25 February 2026)\", a merged form line, a blank row, then a header over two rows: the upper row holds \"#\" merged down over both rows, the caption \"Finding\" merged over three columns, \"Grade\" merged down over both rows, the caption \"Response\" merged over four columns and \"Verification\" merged over three; the lower row names the columns under the captions: Ref, Clause, Description | Root cause, Action, Owner, Due | Date, By, Result. Rows: # (number cells 1-6), Ref (SL-IA26-01 ... 06), Clause (A.5.23, \"Clause 8.1\", A.8.16, 7.5.3, A.5.34, A.8.28), Description (the statement), Grade (Minor, Major, Obs, OFI), Root cause (filled for three findings, \"—\" once), Action (filled for four, \"—\" once), Owner (a user's role name, a user's name, a user's email, blank once), Due (date cells, \"end of Q2\", blanks), Date (verification date cells on two findings), By (the internal auditor Lena Fischer on those two) and Result (\"Effective\", \"Not effective - weekend alerts still unanswered on 18-19 April\", \"n/a\"). After a blank row a merged legend of the grade abbreviations; not a finding",
            file_name: "ISMS-F-12 CAR register IA-2026 Scheldt Logistics.xlsx",
            bytes: xlsx(vec![sheet(
                "CAR IA-2026",
                0,
                0,
                &[
                    &["SCHELDT LOGISTICS NV - ISMS CORRECTIVE ACTION REGISTER - INTERNAL AUDIT 2026 (23-25 February 2026)"],
                    &["Form ISMS-F-12 rev. 2 | Register owner: ISMS Coordinator | Standard: ISO/IEC 27001:2022"],
                    &[""],
                    &["#", "Finding", "", "", "Grade", "Response", "", "", "", "Verification", "", ""],
                    &["", "Ref", "Clause", "Description", "", "Root cause", "Action", "Owner", "Due", "Date", "By", "Result"],
                    &["#n 1", "SL-IA26-01", "A.5.23", "Customer shipment documents are stored in a cloud file-sharing service that was never assessed and is not in the cloud services register.", "Minor", "The customs team bought the service on a company credit card, bypassing IT procurement.", "Assess the service, add it to the register and block unapproved file-sharing sites on the proxy.", "Head of IT Operations", "#d 2026-04-30", "#d 2026-05-06", "Lena Fischer", "Effective"],
                    &["#n 2", "SL-IA26-02", "Clause 8.1", "The upgrade of the warehouse management system in January 2026 was made without the security review that the ISMS operating procedure requires for major changes.", "Major", "The project team did not know that the procedure applies to vendor upgrades.", "Add the security review to the project gate checklist and review the January upgrade retrospectively.", "Martín Lombardi", "#d 2026-03-31", "", "", ""],
                    &["#n 3", "SL-IA26-03", "A.8.16", "Alerts from the SIEM on the terminal gate systems are e-mailed to a shared mailbox that nobody monitors at weekends.", "Minor", "", "Route SIEM alerts to the 24/7 operations desk.", "ops@acme.test", "#d 2026-04-15", "#d 2026-04-22", "Lena Fischer", "Not effective - weekend alerts still unanswered on 18-19 April"],
                    &["#n 4", "SL-IA26-04", "7.5.3", "Two versions of the information classification procedure are in use: v2.1 on the intranet and v3.0 in the document management system.", "Obs", "", "", "", "", "", "", ""],
                    &["#n 5", "SL-IA26-05", "A.5.34", "Scans of drivers' licences are kept in the transport planning tool after the drivers leave, with no retention period defined.", "Minor", "No retention period was set when the tool was introduced in 2022.", "Set a 12-month retention period after leaving and purge the older scans.", "Lena Fischer", "end of Q2", "", "", ""],
                    &["#n 6", "SL-IA26-06", "A.8.28", "Code reviews of the customer portal could use the static analysis results that the build pipeline already produces.", "OFI", "—", "—", "Badr Karim", "", "", "", "n/a"],
                    &[""],
                    &["Grades: Major = major nonconformity, Minor = minor nonconformity, Obs = observation, OFI = opportunity for improvement. Effectiveness is verified by the internal audit team after the due date."],
                ],
            )
            .merged(0, 0, 0, 11)
            .merged(1, 0, 1, 11)
            .merged(3, 0, 4, 0)
            .merged(3, 1, 3, 3)
            .merged(3, 4, 4, 4)
            .merged(3, 5, 3, 8)
            .merged(3, 9, 3, 11)
            .merged(12, 0, 12, 11)]),
            expected: vec![
                // Owner from Response > Owner, not Verification > By.
                finding("SL-IA26-01", "minor", "A.5.23", "Customer shipment documents are stored")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("SL-IA26-02", "major", "8.1", "The upgrade of the warehouse management system")
                    .owner("martin@acme.test")
                    .plan(true),
                // An action without a root cause: a plan. "Not effective" is no grade.
                finding("SL-IA26-03", "minor", "A.8.16", "Alerts from the SIEM on the terminal gate")
                    .owner("ops@acme.test")
                    .plan(true),
                // No response at all.
                finding("SL-IA26-04", "observation", "7.5.3", "Two versions of the information classification")
                    .pending(&[])
                    .plan(false),
                finding("SL-IA26-05", "minor", "A.5.34", "Scans of drivers' licences are kept")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "—" in Root cause and Action: no plan.
                finding("SL-IA26-06", "ofi", "A.8.28", "Code reviews of the customer portal")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A findings tracker with helper columns of formula results between the real columns
        // (greyed and hidden when printed in the original, here only their values): Month
        // (=TEXT(Raised,"mmm-yy"): "Feb-26", "Mar-26"), Theme (a VLOOKUP of the control on a
        // 2022 theme list: Technological, Organizational, Physical, and "#N/A" for the clauses
        // 9.2 and 6.2 that the list lacks), Sev (=MATCH of the grade: 1 Major, 2 Minor, 3
        // Observation, 4 OFI, number cells), Days open (number cells counted to 31/03/2026) and
        // Overdue? (TRUE / FALSE as the text Excel shows). None of them is a reference, grade
        // or requirement: "#N/A" in Theme does not take the requirement away from 9.2 or 6.2,
        // and "Feb-26" is no date of a finding. The formulas were copied down two rows further
        // than the data: those rows hold only "Jan-00", "#N/A", 46112 (days since 1900) and
        // FALSE, no reference and no text, and are no findings. Owner blank on MFS-F-06 (no
        // owner); Action plan filled for four findings (plan). The Audit column names the
        // audit (an internal audit, a follow-up of the regulator's IT review): not the grade.
        Layout {
            id: "holdout32-tracker-interleaved-formula-helper-columns-copied-down",
            origin: "holdout 32, written for this holdout: a Luxembourg fund administrator's ISMS audit findings tracker kept in English in Excel by its information security officer, with calculated helper columns between the typed ones (grey and hidden when printed in the original; written here as their values). Sheet \"Findings\": a merged title \"Moselle Fund Services S.A. - ISMS audit findings tracker 2026\", a merged line \"Tracker v3 - last refreshed 31/03/2026 - confidential\", a blank row, then the header Ref (MFS-F-01 ... 06), Raised (date cells), Month (helper =TEXT of Raised: \"Feb-26\", \"Mar-26\"), Audit (\"Internal audit Q1\", \"CSSF IT review follow-up\"), Control (A.8.9, 9.2, A.5.24, A.8.12, A.7.10, 6.2), Theme (helper VLOOKUP of the control on the 2022 themes: Technological, Organizational, Physical, and \"#N/A\" for the two clauses), Finding (the statement), Grade (Minor, Major, Observation, OFI), Sev (helper: 1 to 4 as number cells following the grade), Owner (a user's role name, a user's name, a user's email, blank once), Action plan (filled for four findings), Due (date cells, one blank), Days open (helper, number cells), Overdue? (helper, TRUE / FALSE) and Status (Open, In progress). Below the six findings, two rows where only the copied-down formulas show results (\"Jan-00\", \"#N/A\", \"#N/A\", 46112, FALSE) and nothing is typed; no findings",
            file_name: "MFS ISMS audit findings tracker 2026 v3.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Moselle Fund Services S.A. - ISMS audit findings tracker 2026"],
                    &["Tracker v3 - last refreshed 31/03/2026 - confidential"],
                    &[""],
                    &["Ref", "Raised", "Month", "Audit", "Control", "Theme", "Finding", "Grade", "Sev", "Owner", "Action plan", "Due", "Days open", "Overdue?", "Status"],
                    &["MFS-F-01", "#d 2026-02-10", "Feb-26", "Internal audit Q1", "A.8.9", "Technological", "The baseline configuration of the transfer agency servers is not documented, and three of the five servers still have SMBv1 enabled.", "Minor", "#n 2", "Head of IT Operations", "Document a CIS-based baseline and disable SMBv1 on all servers.", "#d 2026-03-20", "#n 49", "TRUE", "Open"],
                    &["MFS-F-02", "#d 2026-02-10", "Feb-26", "Internal audit Q1", "9.2", "#N/A", "The internal audit programme 2025-2026 does not cover the disaster recovery site in Bettembourg, which is in the ISMS scope.", "Major", "#n 1", "Lena Fischer", "Add the DR site to the 2026 programme and audit it in Q2.", "#d 2026-06-30", "#n 49", "FALSE", "Open"],
                    &["MFS-F-03", "#d 2026-02-11", "Feb-26", "Internal audit Q1", "A.5.24", "Organizational", "The incident response plan names a CISO who left in 2025 and a conference bridge that no longer exists.", "Minor", "#n 2", "Badr Karim", "Update the plan and test it in a tabletop exercise.", "#d 2026-03-15", "#n 48", "TRUE", "In progress"],
                    &["MFS-F-04", "#d 2026-03-03", "Mar-26", "CSSF IT review follow-up", "A.8.12", "Technological", "E-mails with client portfolio files attached that are sent to personal webmail addresses are neither blocked nor flagged.", "Observation", "#n 3", "Martín Lombardi", "", "#d 2026-05-29", "#n 28", "FALSE", "Open"],
                    &["MFS-F-05", "#d 2026-03-04", "Mar-26", "CSSF IT review follow-up", "A.7.10", "Physical", "USB drives used to carry NAV files to the printer room are not encrypted and not recorded.", "Minor", "#n 2", "ops@acme.test", "Replace the USB transfers with a secure print queue.", "#d 2026-04-30", "#n 27", "FALSE", "Open"],
                    &["MFS-F-06", "#d 2026-03-05", "Mar-26", "Internal audit Q1", "6.2", "#N/A", "Information security objectives could be broken down per department so that heads of department can report on them.", "OFI", "#n 4", "", "", "", "#n 26", "FALSE", "Open"],
                    &["", "", "Jan-00", "", "", "#N/A", "", "", "#N/A", "", "", "", "#n 46112", "FALSE", ""],
                    &["", "", "Jan-00", "", "", "#N/A", "", "", "#N/A", "", "", "", "#n 46112", "FALSE", ""],
                ],
            )
            .merged(0, 0, 0, 14)
            .merged(1, 0, 1, 14)]),
            expected: vec![
                finding("MFS-F-01", "minor", "A.8.9", "The baseline configuration of the transfer agency")
                    .owner("ops@acme.test")
                    .plan(true),
                // Theme "#N/A": the requirement is still clause 9.2.
                finding("MFS-F-02", "major", "9.2", "The internal audit programme 2025-2026")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("MFS-F-03", "minor", "A.5.24", "The incident response plan names a CISO")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("MFS-F-04", "observation", "A.8.12", "E-mails with client portfolio files")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("MFS-F-05", "minor", "A.7.10", "USB drives used to carry NAV files")
                    .owner("ops@acme.test")
                    .plan(true),
                // No owner, no plan; the two formula-only rows below are no findings.
                finding("MFS-F-06", "ofi", "6.2", "Information security objectives could be broken")
                    .pending(&[])
                    .plan(false),
            ],
        },
        // An Excel PivotTable of the open findings, grouped by clause, copied as values into
        // the board pack. Tabular form with the default "Repeat item labels" off:
        // the clause is written only on the first row of its group, and within a clause the
        // grade only on the first row of its sub-group (GHA-IA-05 is A.5.15 and Minor, from the
        // rows above; GHA-IA-06 is A.8.8 and Minor). Each clause group ends with a subtotal row
        // ("A.5.15 Total" with its count) and the table with "Grand Total" 10: no findings. The
        // groups are in the pivot's text sort order (10.2 before 6.1.2 before A.5.15). A
        // finding with no clause in the data is in the "(blank)" group at the end: it has no
        // requirement. An empty owner shows as "(blank)": no owner. The report filter rows
        // above (Audit, Status "(Multiple Items)") and the title are no findings; Count of Ref
        // is 1 on every finding row. No plan column.
        Layout {
            id: "holdout32-pivot-by-clause-labels-once-subtotals-blank-items",
            origin: "holdout 32, written for this holdout: a Scottish housing association's open ISMS internal audit findings for its Audit & Risk Committee, an Excel PivotTable of the findings register (tabular form, item labels not repeated, subtotals per clause) copied and pasted as values into the committee pack workbook. Sheet \"Findings by clause\": the title \"Glenmoor Housing Association - ISMS internal audit 2026 - open findings by clause (Audit & Risk Committee, 21 April 2026)\", a blank row, the pivot's report filter rows (\"Audit | Internal audit 2026\", \"Status | (Multiple Items)\"), a blank row, then the pivot header Clause / control, Grade, Ref, Finding, Owner, Count of Ref. The clause (10.2, 6.1.2, A.5.15, A.8.7, A.8.8, and \"(blank)\" for a finding entered without a clause) is written only on the first row of its group and the grade only on the first row of its sub-group within the clause; each group is followed by a subtotal row (\"A.5.15 Total\", with the count in Count of Ref) and the table ends with \"Grand Total\" 10. Ref GHA-IA-01 ... 10, Finding the statement, Owner a user's name or role name, or \"(blank)\" for a finding with no owner; Count of Ref is 1 (number cells) on every finding row",
            file_name: "ARC 2026-04-21 item 6 - ISMS open findings by clause.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings by clause",
                0,
                0,
                &[
                    &["Glenmoor Housing Association - ISMS internal audit 2026 - open findings by clause (Audit & Risk Committee, 21 April 2026)"],
                    &[""],
                    &["Audit", "Internal audit 2026"],
                    &["Status", "(Multiple Items)"],
                    &[""],
                    &["Clause / control", "Grade", "Ref", "Finding", "Owner", "Count of Ref"],
                    &["10.2", "Minor", "GHA-IA-07", "Corrective actions for the 2025 internal audit findings were closed without any check that they had worked.", "Lena Fischer", "#n 1"],
                    &["10.2 Total", "", "", "", "", "#n 1"],
                    &["6.1.2", "Major", "GHA-IA-02", "The information security risk assessment has not been updated since 2023, although the housing management system moved to a cloud service in 2025.", "Badr Karim", "#n 1"],
                    &["6.1.2 Total", "", "", "", "", "#n 1"],
                    &["A.5.15", "Minor", "GHA-IA-04", "The tenant records SharePoint site is shared with all staff, including the repairs contractors' accounts.", "Lena Fischer", "#n 1"],
                    &["", "", "GHA-IA-05", "Access to the rent accounting system is granted on an e-mail request with no approval by the system owner.", "(blank)", "#n 1"],
                    &["", "Observation", "GHA-IA-09", "The access control policy does not yet define the access of the new Neighbourhood Officer role.", "Martín Lombardi", "#n 1"],
                    &["A.5.15 Total", "", "", "", "", "#n 3"],
                    &["A.8.7", "OFI", "GHA-IA-08", "Anti-malware alerts could be forwarded to the managed SOC instead of only being e-mailed to the IT mailbox.", "Head of IT Operations", "#n 1"],
                    &["A.8.7 Total", "", "", "", "", "#n 1"],
                    &["A.8.8", "Major", "GHA-IA-01", "Critical vulnerabilities on the tenant portal servers have been unpatched for over 90 days, and the vulnerability scans of January and February were not reviewed.", "Head of IT Operations", "#n 1"],
                    &["", "Minor", "GHA-IA-03", "Patch compliance of the repairs team's laptops is 68 % against the 95 % target.", "Martín Lombardi", "#n 1"],
                    &["", "", "GHA-IA-06", "The firewall firmware is two major versions behind the vendor's supported release.", "Head of IT Operations", "#n 1"],
                    &["A.8.8 Total", "", "", "", "", "#n 3"],
                    &["(blank)", "OFI", "GHA-IA-10", "Board members could receive a short yearly briefing on the ISMS and its results.", "Badr Karim", "#n 1"],
                    &["(blank) Total", "", "", "", "", "#n 1"],
                    &["Grand Total", "", "", "", "", "#n 10"],
                ],
            )]),
            expected: vec![
                finding("GHA-IA-07", "minor", "10.2", "Corrective actions for the 2025 internal audit")
                    .owner("lena.fischer@acme.test"),
                finding("GHA-IA-02", "major", "6.1.2", "The information security risk assessment")
                    .owner("badr@acme.test"),
                finding("GHA-IA-04", "minor", "A.5.15", "The tenant records SharePoint site")
                    .owner("lena.fischer@acme.test"),
                // Clause and grade from the rows above; "(blank)" owner: none.
                finding("GHA-IA-05", "minor", "A.5.15", "Access to the rent accounting system")
                    .pending(&[]),
                // Clause from above, its own grade.
                finding("GHA-IA-09", "observation", "A.5.15", "The access control policy does not yet")
                    .owner("martin@acme.test"),
                finding("GHA-IA-08", "ofi", "A.8.7", "Anti-malware alerts could be forwarded")
                    .owner("ops@acme.test"),
                finding("GHA-IA-01", "major", "A.8.8", "Critical vulnerabilities on the tenant portal")
                    .owner("ops@acme.test"),
                finding("GHA-IA-03", "minor", "A.8.8", "Patch compliance of the repairs team")
                    .owner("martin@acme.test"),
                // Clause and grade (Minor) from the rows above.
                finding("GHA-IA-06", "minor", "A.8.8", "The firewall firmware is two major versions")
                    .owner("ops@acme.test"),
                // The "(blank)" clause group: no requirement.
                finding("GHA-IA-10", "ofi", "", "Board members could receive a short yearly")
                    .owner("badr@acme.test"),
            ],
        },
    ]
}

pub(super) fn thirty_third_holdout_layouts() -> Vec<Layout> {
    vec![
        // A Cluj software company's own register of nonconformities and corrective actions,
        // in Romanian. Nr. crt. is a running number (number cells); Cod NC (NC-01/2026,
        // OBS-01/2026, OI-01/2026) is the reference. The requirement column writes the clause
        // or control with its Romanian title after the number. "5.3 Separarea sarcinilor" has
        // no "A." but its title is the title of control A.5.3 (segregation of duties; clause
        // 5.3 is "Roluri, responsabilități și autorități organizaționale") and the finding is
        // about ERP roles, so it is A.5.3. "A.6.3 Conștientizarea, educația și instruirea ..."
        // is one control: the commas and "și" are in its title. Grades: "NC minoră", "NC
        // majoră", Observație, "Obs.", "Oportunitate de îmbunătățire". Owners are written the
        // Romanian official way, SURNAME in capitals then the given name: "KARIM Badr" is Badr
        // Karim, "LOMBARDI Martín" Martín Lombardi, "FISCHER Lena" Lena Fischer; IONESCU
        // Andreea and "Dir. IT" (the IT director) are no users. "Acțiune corectivă propusă"
        // is the plan: filled for the three NCs, "-" (none) for OBS-01/2026, empty for the
        // others. The form code line, the TOTAL line and the "Întocmit / Aprobat" signature
        // line are no findings.
        Layout {
            id: "holdout33-ro-software-company-clause-titles-surname-first-total-row",
            origin: "holdout 33, written for this holdout: a Cluj-Napoca software company's (SRL) own register of nonconformities and corrective actions from its internal ISMS audit, kept in Excel by the ISMS coordinator, only in Romanian. Sheet \"Registru NC\": the company name and the title (\"Registrul neconformităților și al acțiunilor corective - audit intern SMSI conform SR EN ISO/IEC 27001:2023, 16-18.03.2026\", the Romanian adoption of the 2022 text) each merged across the table, a line with the form code as Romanian management systems number their forms (\"Cod formular: F-SMSI-10-02, ed. 2, rev. 1\"), a blank row, then the header: Nr. crt. (a running number, number cells), Cod NC (NC-01/2026 ... NC-03/2026, OBS-01/2026, OBS-02/2026, OI-01/2026, the reference), Data constatării (date cells and 17.03.2026 as text), Cerința standardului (the number followed by the Romanian title: \"9.2 Auditul intern\", \"A.8.2 Drepturi de acces privilegiat\", \"5.3 Separarea sarcinilor\" without the A. although it is the control on segregation of duties, \"7.5.3 Controlul informațiilor documentate\", \"A.5.23 Securitatea informațiilor pentru utilizarea serviciilor cloud\", \"A.6.3 Conștientizarea, educația și instruirea privind securitatea informațiilor\" with commas and și inside the title), Descrierea neconformității / constatării (the statement: the internal audit programme, shared domain administrator accounts, ERP supplier creation and payment approval by one person, two versions of the incident procedure, the cloud e-signature service, phishing simulations), Clasificare (\"NC minoră\", \"NC majoră\", Observație, \"Obs.\", \"Oportunitate de îmbunătățire\"), Cauza, Acțiune corectivă propusă (filled for the three NCs, \"-\" for one observation, empty for the rest), Responsabil (SURNAME Given name as Romanian official documents write it: KARIM Badr, LOMBARDI Martín, FISCHER Lena, IONESCU Andreea who is no user, the role \"Dir. IT\", and a user's email), Termen (30.04.2026 as text, \"-\", blank) and Stare (În lucru, Deschisă). After a blank row a TOTAL line with the counts by grade in the description column, and after another blank row the line \"Întocmit: ing. Radu Mureșan (auditor intern șef)\" with \"Aprobat: Director general\" further right; none of them is a finding",
            file_name: "Registru NC SMSI - audit intern martie 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Registru NC",
                0,
                0,
                &[
                    &["SC CARPATIA SOFT SRL - Cluj-Napoca"],
                    &["Registrul neconformităților și al acțiunilor corective - audit intern SMSI conform SR EN ISO/IEC 27001:2023, 16-18.03.2026"],
                    &["Cod formular: F-SMSI-10-02, ed. 2, rev. 1"],
                    &[""],
                    &["Nr. crt.", "Cod NC", "Data constatării", "Cerința standardului", "Descrierea neconformității / constatării", "Clasificare", "Cauza", "Acțiune corectivă propusă", "Responsabil", "Termen", "Stare"],
                    &["#n 1", "NC-01/2026", "#d 2026-03-16", "9.2 Auditul intern", "Programul de audit intern pentru 2025 nu a acoperit procesele de dezvoltare software și suport clienți, deși ambele sunt incluse în domeniul SMSI.", "NC minoră", "Programul a fost preluat din 2024 fără actualizare după extinderea domeniului SMSI.", "Revizuirea programului de audit pentru 2026 astfel încât să acopere toate procesele din domeniul SMSI.", "KARIM Badr", "30.04.2026", "În lucru"],
                    &["#n 2", "NC-02/2026", "#d 2026-03-16", "A.8.2 Drepturi de acces privilegiat", "Cinci conturi de administrator de domeniu sunt folosite în comun de echipa de suport; din jurnale nu se poate stabili cine a efectuat modificările de configurare din 12.02.2026.", "NC majoră", "Conturile comune au fost create la migrarea în Microsoft Entra ID și nu au mai fost înlocuite.", "Conturi nominale de administrator pentru fiecare membru al echipei, dezactivarea conturilor comune și revizuirea lunară a grupului Domain Admins.", "LOMBARDI Martín", "15.04.2026", "În lucru"],
                    &["#n 3", "NC-03/2026", "17.03.2026", "5.3 Separarea sarcinilor", "În ERP, aceeași persoană din departamentul financiar poate introduce furnizori noi și poate aproba plăți către aceștia.", "NC minoră", "Rolurile din ERP nu au fost revizuite după reorganizarea din 2025.", "Separarea rolurilor de introducere a furnizorilor și de aprobare a plăților; raport trimestrial privind conflictele de roluri.", "IONESCU Andreea", "31.05.2026", "Deschisă"],
                    &["#n 4", "OBS-01/2026", "17.03.2026", "7.5.3 Controlul informațiilor documentate", "Pe intranet sunt publicate două versiuni ale procedurii de gestionare a incidentelor (v1.2 și v2.0), fără a fi marcată versiunea în vigoare.", "Observație", "", "-", "FISCHER Lena", "-", "Deschisă"],
                    &["#n 5", "OBS-02/2026", "#d 2026-03-18", "A.5.23 Securitatea informațiilor pentru utilizarea serviciilor cloud", "Evaluarea de securitate a serviciului de semnătură electronică în cloud, folosit din ianuarie 2026, este doar un e-mail de aprobare, fără criteriile din procedura de achiziții.", "Obs.", "", "", "Dir. IT", "-", "Deschisă"],
                    &["#n 6", "OI-01/2026", "#d 2026-03-18", "A.6.3 Conștientizarea, educația și instruirea privind securitatea informațiilor", "Instruirea anuală de conștientizare ar putea fi completată cu simulări de phishing trimestriale pentru personalul de la suport clienți.", "Oportunitate de îmbunătățire", "", "", "ops@acme.test", "", "Deschisă"],
                    &[""],
                    &["TOTAL", "", "", "", "6 constatări: 1 NC majoră, 2 NC minore, 2 observații, 1 oportunitate de îmbunătățire"],
                    &[""],
                    &["Întocmit: ing. Radu Mureșan (auditor intern șef)", "", "", "", "", "", "", "", "Aprobat: Director general"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)]),
            expected: vec![
                // "KARIM Badr": surname in capitals first.
                finding("NC-01/2026", "minor", "9.2", "Programul de audit intern pentru 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NC-02/2026", "major", "A.8.2", "Cinci conturi de administrator de domeniu")
                    .owner("martin@acme.test")
                    .plan(true),
                // "5.3 Separarea sarcinilor" is the control A.5.3 by its title, not clause 5.3.
                finding("NC-03/2026", "minor", "A.5.3", "În ERP, aceeași persoană din departamentul")
                    .pending(&["IONESCU Andreea"])
                    .plan(true),
                // "-" in the action column: no plan.
                finding("OBS-01/2026", "observation", "7.5.3", "Pe intranet sunt publicate două versiuni")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("OBS-02/2026", "observation", "A.5.23", "Evaluarea de securitate a serviciului")
                    .pending(&["Dir. IT"])
                    .plan(false),
                // One control: the commas and "și" belong to its title.
                finding("OI-01/2026", "ofi", "A.6.3", "Instruirea anuală de conștientizare")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A Budapest payroll bureau's list of deviations from its internal ISMS audit, saved by
        // a Hungarian Excel as "CSV UTF-8" (BOM, semicolons, every line padded to the table's
        // width). Two lines above the header (the second holds a ";" and is quoted), an empty
        // line, then Ssz. (the running number as Hungarian ordinals, "1.", "2.") and Azonosító
        // (BA-2026-01 ..., the reference). Requirements carry the Hungarian title after the
        // number. "8.13 Információk biztonsági mentése" has no "A." but clause 8 stops at 8.3
        // and the title is that of control A.8.13 (backup): A.8.13. BA-2026-02 names A.8.11 in
        // its statement; its requirement is only 6.1.3. "A.7.7 Tiszta asztal és tiszta
        // képernyő" and "A.5.24 ... tervezése és előkészítése" are one control each (és = and,
        // inside the title). Grades: "Jelentős eltérés" major, "Kisebb eltérés" and "kisebb NC"
        // minor, Megfigyelés observation, "Fejlesztési javaslat" (improvement suggestion) an
        // OFI. Owners family name first: "Fischer Lena", "Karim Badr", "Lombardi Martín" are
        // users; Nagy Zsófia and IT-vezető (the IT manager) are not. The Megjegyzés (note)
        // line under the table names BA-2026-04 but is no finding. No plan column.
        Layout {
            id: "holdout33-hu-payroll-bureau-bom-csv-ordinals-titles-note-line",
            origin: "holdout 33, written for this holdout: a Budapest payroll outsourcing company's (Kft.) list of deviations from its internal ISMS audit (Eltérések nyilvántartása), kept by the IT security officer and saved by a Hungarian Excel as CSV UTF-8: a BOM, `;` as the separator (the Hungarian list separator), every line padded with empty fields to the table's width, CRLF line ends. Only in Hungarian. A title line (\"Pannon Bérszámfejtő Kft. - Belső ISMS audit 2026 - Eltérések nyilvántartása\"), a line with the internal auditor and the audit dates written the Hungarian way (\"2026. 03. 10-12.\") that holds a semicolon and so is quoted, an empty line, then the header: Ssz. (the running number as Hungarian ordinals with a dot, \"1.\" ... \"6.\"), Azonosító (BA-2026-01 ... BA-2026-06, the reference), Feltárás dátuma (\"2026. 03. 10.\"), Követelmény (ISO/IEC 27001:2022) (the number with the Hungarian title: \"A.5.18 Hozzáférési jogok\", \"6.1.3 Információbiztonsági kockázatkezelés\", \"7.2 Felkészültség\", \"8.13 Információk biztonsági mentése\" without the A. of the control, \"A.7.7 Tiszta asztal és tiszta képernyő\", \"A.5.24 Információbiztonsági incidensek kezelésének tervezése és előkészítése\"), Megállapítás (the statement: leavers' accounts in the payroll system, the SoA's unjustified exclusion of A.8.11 with real pay data in the test environment, training of new system administrators, untested restore of the payslip archive, printed payslips left on desks, notification deadlines for the tax authority and clients), Minősítés (\"Jelentős eltérés\", \"Kisebb eltérés\", \"kisebb NC\", Megfigyelés, \"Fejlesztési javaslat\"), Felelős (family name first: Fischer Lena, Karim Badr, Lombardi Martín, Nagy Zsófia who is no user, the role IT-vezető, a user's email), Határidő (\"2026. 04. 30.\", blank) and Állapot (Folyamatban, Nyitott). After an empty line a Megjegyzés line saying BA-2026-04's deadline was moved; not a finding",
            file_name: "elteresek_nyilvantartasa_ISMS_2026.csv",
            bytes: format!(
                "\u{feff}{}\r\n",
                delimited(
                    &[
                        &["Pannon Bérszámfejtő Kft. - Belső ISMS audit 2026 - Eltérések nyilvántartása", "", "", "", "", "", "", "", ""],
                        &["Auditor: Szabó Gábor (belső auditor); az audit időpontja: 2026. 03. 10-12.", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", ""],
                        &["Ssz.", "Azonosító", "Feltárás dátuma", "Követelmény (ISO/IEC 27001:2022)", "Megállapítás", "Minősítés", "Felelős", "Határidő", "Állapot"],
                        &["1.", "BA-2026-01", "2026. 03. 10.", "A.5.18 Hozzáférési jogok", "A bérszámfejtő rendszerben három, 2025-ben kilépett munkatárs fiókja még aktív; a hozzáférési jogok féléves felülvizsgálata elmaradt.", "Jelentős eltérés", "Fischer Lena", "2026. 04. 30.", "Folyamatban"],
                        &["2.", "BA-2026-02", "2026. 03. 10.", "6.1.3 Információbiztonsági kockázatkezelés", "Az alkalmazhatósági nyilatkozat nem indokolja az A.8.11 (adatmaszkolás) kizárását, pedig a tesztkörnyezetben valós béradatok vannak.", "Kisebb eltérés", "Karim Badr", "2026. 05. 29.", "Nyitott"],
                        &["3.", "BA-2026-03", "2026. 03. 11.", "7.2 Felkészültség", "A két új rendszergazdánál nincs dokumentálva a munkakörhöz előírt információbiztonsági képzés elvégzése.", "kisebb NC", "Nagy Zsófia", "2026. 05. 29.", "Nyitott"],
                        &["4.", "BA-2026-04", "2026. 03. 11.", "8.13 Információk biztonsági mentése", "A bérjegyzék-archívum mentéséből történő visszaállítást 2024 óta nem próbálták ki.", "Kisebb eltérés", "IT-vezető", "2026. 06. 15.", "Nyitott"],
                        &["5.", "BA-2026-05", "2026. 03. 12.", "A.7.7 Tiszta asztal és tiszta képernyő", "A bérszámfejtési osztályon munkaidő után több asztalon kinyomtatott bérjegyzékek maradtak.", "Megfigyelés", "Lombardi Martín", "", "Nyitott"],
                        &["6.", "BA-2026-06", "2026. 03. 12.", "A.5.24 Információbiztonsági incidensek kezelésének tervezése és előkészítése", "Az incidenskezelési terv kiegészíthető lenne a NAV és az ügyfelek értesítésének határidőivel.", "Fejlesztési javaslat", "ops@acme.test", "", "Nyitott"],
                        &["", "", "", "", "", "", "", "", ""],
                        &["Megjegyzés: a BA-2026-04 határidejét az IT-vezető kérésére 2026. 06. 15-re módosítottuk.", "", "", "", "", "", "", "", ""],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                // "Fischer Lena": family name first.
                finding("BA-2026-01", "major", "A.5.18", "A bérszámfejtő rendszerben három")
                    .owner("lena.fischer@acme.test"),
                // A.8.11 is named in the statement only.
                finding("BA-2026-02", "minor", "6.1.3", "Az alkalmazhatósági nyilatkozat nem indokolja")
                    .owner("badr@acme.test"),
                finding("BA-2026-03", "minor", "7.2", "A két új rendszergazdánál")
                    .pending(&["Nagy Zsófia"]),
                // "8.13" without A.: there is no clause 8.13; the title is control A.8.13's.
                finding("BA-2026-04", "minor", "A.8.13", "A bérjegyzék-archívum mentéséből")
                    .pending(&["IT-vezető"]),
                finding("BA-2026-05", "observation", "A.7.7", "A bérszámfejtési osztályon munkaidő után")
                    .owner("martin@acme.test"),
                // "Fejlesztési javaslat" (improvement suggestion): an OFI.
                finding("BA-2026-06", "ofi", "A.5.24", "Az incidenskezelési terv kiegészíthető")
                    .owner("ops@acme.test"),
            ],
        },
        // A Piraeus ship management company's own register, in Greek with English words mixed
        // in. Α/Α is a running number; Κωδ. ευρήματος (ΜΣ-26-01, ΠΑΡ-26-01, ΕΒ-26-01, in Greek
        // letters) is the reference. Some control numbers were typed on the Greek keyboard
        // layout, so their "A" is the Greek capital alpha (U+0391), which looks the same:
        // "Α.8.7 ..." is A.8.7 and "Α.5.19 / Α.5.20" A.5.19 and A.5.20; A.7.7 and A.5.7 use a
        // Latin A. "Ρήτρα 9.3" is clause 9.3; the action of ΜΣ-26-01 names 9.3.2, but that is
        // the plan, not the requirement. Grades: "Ελάσσων μη συμμόρφωση" minor, "Μείζων ΜΣ"
        // major (ΜΣ = μη συμμόρφωση), "Minor NC", Παρατήρηση observation, "Ευκαιρία βελτίωσης"
        // an OFI. A note line merged across the table between ΜΣ-26-02 and ΜΣ-26-03 lists the
        // ships of ΜΣ-26-02; it is no finding. Owners: users' names, a user's email, a Greek
        // name written surname first (Κωνσταντίνου Μαρία) and the IT director's role
        // (Δ/ντής Πληροφορικής), no users. Διορθωτική ενέργεια is the plan (the three NCs).
        Layout {
            id: "holdout33-gr-ship-manager-greek-alpha-control-ids-mid-table-note",
            origin: "holdout 33, written for this holdout: a Piraeus ship management company's (Α.Ε.) own register of nonconformities and corrective actions from its internal ISMS audit, kept in Excel by its IT department in Greek with English words as Greek shipping offices write them (antivirus, crewing, operations, M/V). Sheet \"Μητρώο ΜΣ\": the company name and the title (\"Μητρώο Μη Συμμορφώσεων & Διορθωτικών Ενεργειών - Εσωτερική Επιθεώρηση ISMS (ISO/IEC 27001:2022) - Μάρτιος 2026\") merged across, a blank row, then the header: Α/Α (a running number, number cells), Κωδ. ευρήματος (ΜΣ-26-01 ... ΜΣ-26-03, ΠΑΡ-26-01, ΠΑΡ-26-02, ΕΒ-26-01 in Greek letters, the reference), Ημ/νία (date cells and 10/03/2026 as text), Απαίτηση ISO 27001 (\"Ρήτρα 9.3 Ανασκόπηση από τη διοίκηση\", \"Α.8.7 Προστασία από κακόβουλο λογισμικό\" and \"Α.5.19 / Α.5.20\" whose A is the Greek capital alpha U+0391 typed on the Greek keyboard layout, \"7.5.3 Έλεγχος τεκμηριωμένων πληροφοριών\", \"A.7.7 Καθαρό γραφείο και καθαρή οθόνη\" and \"A.5.7 Πληροφορίες απειλών\" with a Latin A), Περιγραφή ευρήματος (the statement: the management review, antivirus updates on bridge computers of three ships, the satellite communications provider's contract, two versions of the access control policy in the crewing share, crew lists with passport data on open shelves, maritime threat alerts), Κατηγορία (\"Ελάσσων μη συμμόρφωση\", \"Μείζων ΜΣ\", \"Minor NC\", Παρατήρηση twice, \"Ευκαιρία βελτίωσης\"), Διορθωτική ενέργεια (filled for the three nonconformities; the first names clause 9.3.2), Υπεύθυνος (Badr Karim, Κωνσταντίνου Μαρία surname first and no user, Lena Fischer, the role Δ/ντής Πληροφορικής, Martín Lombardi, a user's email), Προθεσμία (30/04/2026, \"-\", blank) and Κατάσταση (Ανοιχτή, Σε εξέλιξη). Between the second and the third finding a note row merged across the table (\"Σημ.: Το εύρημα ΜΣ-26-02 αφορά τα πλοία M/V Aegis Star, M/V Aegis Dawn και M/T Aegis Sky.\"); not a finding",
            file_name: "Μητρώο ΜΣ ISMS 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Μητρώο ΜΣ",
                0,
                0,
                &[
                    &["ΑΙΓΑΙΣ ΝΑΥΤΙΛΙΑΚΗ Α.Ε."],
                    &["Μητρώο Μη Συμμορφώσεων & Διορθωτικών Ενεργειών - Εσωτερική Επιθεώρηση ISMS (ISO/IEC 27001:2022) - Μάρτιος 2026"],
                    &[""],
                    &["Α/Α", "Κωδ. ευρήματος", "Ημ/νία", "Απαίτηση ISO 27001", "Περιγραφή ευρήματος", "Κατηγορία", "Διορθωτική ενέργεια", "Υπεύθυνος", "Προθεσμία", "Κατάσταση"],
                    &["#n 1", "ΜΣ-26-01", "#d 2026-03-09", "Ρήτρα 9.3 Ανασκόπηση από τη διοίκηση", "Η ανασκόπηση από τη διοίκηση του 2025 δεν εξέτασε τα αποτελέσματα της αξιολόγησης κινδύνων ούτε την πρόοδο των διορθωτικών ενεργειών.", "Ελάσσων μη συμμόρφωση", "Έκτακτη ανασκόπηση τον Απρίλιο με όλα τα θέματα της ρήτρας 9.3.2.", "Badr Karim", "30/04/2026", "Ανοιχτή"],
                    &["#n 2", "ΜΣ-26-02", "#d 2026-03-09", "\u{391}.8.7 Προστασία από κακόβουλο λογισμικό", "Σε τρία πλοία του στόλου οι υπολογιστές γέφυρας δεν έχουν λάβει ενημερώσεις antivirus από τον Νοέμβριο του 2025, λόγω περιορισμένης δορυφορικής σύνδεσης.", "Μείζων ΜΣ", "Εγκατάσταση ενημερώσεων offline σε κάθε λιμάνι και μηνιαίος έλεγχος από τον υπεύθυνο IT στόλου.", "Κωνσταντίνου Μαρία", "15/04/2026", "Σε εξέλιξη"],
                    &["Σημ.: Το εύρημα ΜΣ-26-02 αφορά τα πλοία M/V Aegis Star, M/V Aegis Dawn και M/T Aegis Sky."],
                    &["#n 3", "ΜΣ-26-03", "10/03/2026", "\u{391}.5.19 / \u{391}.5.20", "Η σύμβαση με τον πάροχο δορυφορικών επικοινωνιών δεν περιλαμβάνει όρους ασφάλειας πληροφοριών ούτε υποχρέωση ενημέρωσης για περιστατικά.", "Minor NC", "Προσθήκη παραρτήματος ασφάλειας πληροφοριών στη σύμβαση κατά την ανανέωση (Ιούνιος 2026).", "Lena Fischer", "30/06/2026", "Ανοιχτή"],
                    &["#n 4", "ΠΑΡ-26-01", "10/03/2026", "7.5.3 Έλεγχος τεκμηριωμένων πληροφοριών", "Στον κοινόχρηστο φάκελο του τμήματος crewing υπάρχουν δύο εκδόσεις της πολιτικής ελέγχου πρόσβασης χωρίς ένδειξη για το ποια ισχύει.", "Παρατήρηση", "", "Δ/ντής Πληροφορικής", "-", "Ανοιχτή"],
                    &["#n 5", "ΠΑΡ-26-02", "#d 2026-03-11", "A.7.7 Καθαρό γραφείο και καθαρή οθόνη", "Στο τμήμα operations βρέθηκαν εκτυπωμένες λίστες πληρωμάτων με στοιχεία διαβατηρίων σε ανοιχτά ράφια μετά το ωράριο.", "Παρατήρηση", "", "Martín Lombardi", "", "Ανοιχτή"],
                    &["#n 6", "ΕΒ-26-01", "#d 2026-03-11", "A.5.7 Πληροφορίες απειλών", "Η ομάδα IT θα μπορούσε να λαμβάνει τις ειδοποιήσεις απειλών του ναυτιλιακού τομέα (π.χ. BIMCO, Maritime ISAC) και να τις αξιολογεί μηνιαία.", "Ευκαιρία βελτίωσης", "", "ops@acme.test", "", "Ανοιχτή"],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(6, 0, 6, 9)]),
            expected: vec![
                // 9.3.2 is in the action, not the requirement.
                finding("ΜΣ-26-01", "minor", "9.3", "Η ανασκόπηση από τη διοίκηση του 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                // Greek capital alpha for A; "Μείζων ΜΣ" is a major nonconformity.
                finding("ΜΣ-26-02", "major", "A.8.7", "Σε τρία πλοία του στόλου")
                    .pending(&["Κωνσταντίνου Μαρία"])
                    .plan(true),
                // Two controls, both with a Greek alpha.
                finding("ΜΣ-26-03", "minor", "A.5.19, A.5.20", "Η σύμβαση με τον πάροχο δορυφορικών")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("ΠΑΡ-26-01", "observation", "7.5.3", "Στον κοινόχρηστο φάκελο του τμήματος crewing")
                    .pending(&["Δ/ντής Πληροφορικής"])
                    .plan(false),
                finding("ΠΑΡ-26-02", "observation", "A.7.7", "Στο τμήμα operations βρέθηκαν")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("ΕΒ-26-01", "ofi", "A.5.7", "Η ομάδα IT θα μπορούσε να λαμβάνει")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A Hanoi payment company's own log of nonconformities, laid out as a Vietnamese
        // administrative document: the company name and its unit (merged) on the left and the
        // national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc)
        // and place and date (merged) on the right of the first three rows, then the merged
        // title and subtitle, then the header on row 8. STT is a running number (number
        // cells); Số phiếu (KPH-01 ... KPH-04 for không phù hợp, LY-01 for lưu ý, CT-01 for cải
        // tiến) is the reference. Two section rows, "I | Khối Công nghệ" and "II | Khối Vận
        // hành và Chăm sóc khách hàng" (Roman numerals in STT, the section name merged across
        // the rest), are no findings. Grades: "Không phù hợp nặng" major, "Không phù hợp nhẹ"
        // and "KPH nhẹ" minor, "Lưu ý (OBS)" observation, "Cơ hội cải tiến" an OFI.
        // "A.5.15 & A.8.3" is two controls; "Điều khoản 9.1 Theo dõi, đo lường, phân tích và
        // đánh giá" is clause 9.1 (commas inside its title). Owners: Vietnamese names (family
        // name first) and a department, no users; users' names and email. Hành động khắc phục
        // is the plan (the four KPH). The signature block under the table (NGƯỜI LẬP, TRƯỞNG
        // BAN ISO, "(Ký, ghi rõ họ tên)" and two names) is no finding and names no owner.
        Layout {
            id: "holdout33-vn-payments-national-motto-header-section-rows-signatures",
            origin: "holdout 33, written for this holdout: a Hanoi payment intermediary's (Công ty cổ phần) own log of nonconformities and corrective actions from its first internal ISMS audit of 2026, kept by the company's ISO committee and laid out as a Vietnamese administrative document, only in Vietnamese. Sheet \"So theo doi KPH\" (no diacritics in the sheet name): rows 1-3 hold the company name and \"BAN ISO / ATTT\" merged on the left and the national motto \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" / \"Độc lập - Tự do - Hạnh phúc\" and \"Hà Nội, ngày 20 tháng 03 năm 2026\" merged on the right; after a blank row the merged title \"SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC\" and a merged subtitle naming ISO/IEC 27001:2022 and the audit dates (16/03/2026 to 18/03/2026), a blank row, then the header: STT (number cells), Số phiếu (KPH-01 ... KPH-04, LY-01, CT-01, the reference), Ngày phát hiện (16/03/2026 as text), Điều khoản / Biện pháp kiểm soát (\"A.8.8 Quản lý lỗ hổng kỹ thuật\", \"A.5.15 & A.8.3\", \"A.8.24 Sử dụng mật mã\", \"Điều khoản 7.2 Năng lực\", \"A.5.30 Sự sẵn sàng của CNTT cho tính liên tục kinh doanh\", \"Điều khoản 9.1 Theo dõi, đo lường, phân tích và đánh giá\"), Mô tả sự không phù hợp (the statement: unpatched critical vulnerabilities on payment gateway servers, an intern's access to customer data, TLS key rotation, call-centre staff training on caller verification, no continuity exercise for losing the NAPAS switch, an incident handling time indicator), Mức độ (\"Không phù hợp nặng\", \"Không phù hợp nhẹ\", \"Lưu ý (OBS)\", \"KPH nhẹ\", \"Cơ hội cải tiến\"), Nguyên nhân, Hành động khắc phục (filled for the four nonconformities), Người chịu trách nhiệm (Phòng Hạ tầng CNTT, Nguyễn Văn Hùng and Trần Thị Mai, no users; a user's email; Lena Fischer; Badr Karim), Thời hạn (15/04/2026, blank) and Trạng thái (Đang thực hiện, Mở). The findings are grouped under two section rows, \"I\" and \"II\" in STT with the section name merged across (Khối Công nghệ; Khối Vận hành và Chăm sóc khách hàng). After a blank row the signature block: NGƯỜI LẬP and TRƯỞNG BAN ISO, \"(Ký, ghi rõ họ tên)\" under each, and two Vietnamese names two rows lower; none of it is a finding or an owner",
            file_name: "So theo doi KPH - DGNB ISMS dot 1-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "So theo doi KPH",
                0,
                0,
                &[
                    &["CÔNG TY CỔ PHẦN THANH TOÁN SỐ SAO VIỆT", "", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                    &["BAN ISO / ATTT", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
                    &["", "", "", "", "", "", "Hà Nội, ngày 20 tháng 03 năm 2026"],
                    &[""],
                    &["SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC"],
                    &["Đánh giá nội bộ Hệ thống quản lý an toàn thông tin theo ISO/IEC 27001:2022 - đợt 1 năm 2026 (từ 16/03/2026 đến 18/03/2026)"],
                    &[""],
                    &["STT", "Số phiếu", "Ngày phát hiện", "Điều khoản / Biện pháp kiểm soát", "Mô tả sự không phù hợp", "Mức độ", "Nguyên nhân", "Hành động khắc phục", "Người chịu trách nhiệm", "Thời hạn", "Trạng thái"],
                    &["I", "Khối Công nghệ"],
                    &["#n 1", "KPH-01", "16/03/2026", "A.8.8 Quản lý lỗ hổng kỹ thuật", "Kết quả quét lỗ hổng tháng 02/2026 cho thấy 14 lỗ hổng mức Critical trên máy chủ cổng thanh toán chưa được vá sau 45 ngày, vượt thời hạn 15 ngày theo quy định nội bộ QĐ-ATTT-07.", "Không phù hợp nặng", "Chưa phân công đầu mối theo dõi kết quả quét lỗ hổng.", "Vá toàn bộ lỗ hổng Critical trước 15/04/2026; Phòng Hạ tầng CNTT báo cáo tiến độ hằng tuần.", "Phòng Hạ tầng CNTT", "15/04/2026", "Đang thực hiện"],
                    &["#n 2", "KPH-02", "16/03/2026", "A.5.15 & A.8.3", "Tài khoản của thực tập sinh vẫn truy cập được thư mục dữ liệu khách hàng trên máy chủ file của Phòng Đối soát.", "Không phù hợp nhẹ", "Tài khoản mới được gán nhóm quyền mặc định của phòng.", "Rà soát phân quyền thư mục dữ liệu khách hàng và bỏ nhóm quyền mặc định.", "Nguyễn Văn Hùng", "30/04/2026", "Đang thực hiện"],
                    &["#n 3", "LY-01", "17/03/2026", "A.8.24 Sử dụng mật mã", "Quy trình quản lý khóa mã hóa chưa quy định thời hạn thay khóa cho các chứng chỉ TLS nội bộ.", "Lưu ý (OBS)", "", "", "ops@acme.test", "", "Mở"],
                    &["II", "Khối Vận hành và Chăm sóc khách hàng"],
                    &["#n 4", "KPH-03", "17/03/2026", "Điều khoản 7.2 Năng lực", "Hồ sơ của 3 trong 5 nhân viên tổng đài mới tuyển không có bằng chứng đã được đào tạo về quy trình xác thực khách hàng qua điện thoại.", "KPH nhẹ", "Kế hoạch đào tạo hội nhập chưa có nội dung ATTT.", "Bổ sung nội dung ATTT vào đào tạo hội nhập và đào tạo lại cho nhân viên mới.", "Trần Thị Mai", "30/04/2026", "Mở"],
                    &["#n 5", "KPH-04", "18/03/2026", "A.5.30 Sự sẵn sàng của CNTT cho tính liên tục kinh doanh", "Kế hoạch liên tục kinh doanh chưa được diễn tập cho tình huống mất kết nối với hệ thống chuyển mạch của NAPAS.", "Không phù hợp nhẹ", "", "Diễn tập kịch bản mất kết nối NAPAS trong quý II/2026.", "Lena Fischer", "30/06/2026", "Mở"],
                    &["#n 6", "CT-01", "18/03/2026", "Điều khoản 9.1 Theo dõi, đo lường, phân tích và đánh giá", "Có thể bổ sung chỉ số thời gian xử lý trung bình sự cố ATTT vào báo cáo hằng tháng gửi Ban Giám đốc.", "Cơ hội cải tiến", "", "", "Badr Karim", "", "Mở"],
                    &[""],
                    &["", "NGƯỜI LẬP", "", "", "", "", "", "", "TRƯỞNG BAN ISO"],
                    &["", "(Ký, ghi rõ họ tên)", "", "", "", "", "", "", "(Ký, ghi rõ họ tên)"],
                    &[""],
                    &["", "Phạm Thu Hà", "", "", "", "", "", "", "Lê Quang Minh"],
                ],
            )
            .merged(0, 0, 0, 3)
            .merged(0, 6, 0, 10)
            .merged(1, 0, 1, 3)
            .merged(1, 6, 1, 10)
            .merged(2, 6, 2, 10)
            .merged(4, 0, 4, 10)
            .merged(5, 0, 5, 10)
            .merged(8, 1, 8, 10)
            .merged(12, 1, 12, 10)]),
            expected: vec![
                finding("KPH-01", "major", "A.8.8", "Kết quả quét lỗ hổng tháng 02/2026")
                    .pending(&["Phòng Hạ tầng CNTT"])
                    .plan(true),
                // "&" joins two controls.
                finding("KPH-02", "minor", "A.5.15, A.8.3", "Tài khoản của thực tập sinh")
                    .pending(&["Nguyễn Văn Hùng"])
                    .plan(true),
                finding("LY-01", "observation", "A.8.24", "Quy trình quản lý khóa mã hóa")
                    .owner("ops@acme.test")
                    .plan(false),
                // KPH = không phù hợp.
                finding("KPH-03", "minor", "7.2", "Hồ sơ của 3 trong 5 nhân viên")
                    .pending(&["Trần Thị Mai"])
                    .plan(true),
                finding("KPH-04", "minor", "A.5.30", "Kế hoạch liên tục kinh doanh chưa")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // One clause: the commas belong to its title.
                finding("CT-01", "ofi", "9.1", "Có thể bổ sung chỉ số thời gian")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A Seoul e-commerce company's internal audit workbook with three sheets: 요약 (a
        // summary: audit details and a count table by grade, 구분 | 건수, with a 합계 total),
        // 부적합 목록 (the findings) and 코드 (the lists behind the drop-downs: the four grade
        // words and the four statuses). Only the second sheet holds findings. Its title is
        // merged, the second line gives the form number and date (양식번호), then the header.
        // 순번 is a running number; 발견번호 (IA-26-01 ...) the reference. Dates as Koreans
        // write them ("2026년 3월 9일", "2026. 3. 10."). Requirements carry the Korean title;
        // "8.2 정보보안 위험 평가" is clause 8.2 (risk assessment, by its title), not A.8.2, and
        // 7.3 인식 is clause 7.3 (awareness). Grades: 중대한 부적합 major, 경미한 부적합 and "경미
        // NC" minor, 관찰사항 observation, 개선기회 an OFI. Owners: "Badr Karim 팀장" (team
        // leader) and "Lena Fischer 책임" (a Korean job title) are the users; 이수진 and
        // 고객센터 (the customer centre) are no users. 시정조치 계획 is the plan (IA-26-01 to
        // 04). The ※ note under the table defines the grades in words; no finding.
        Layout {
            id: "holdout33-kr-ecommerce-summary-and-code-sheets-korean-titles",
            origin: "holdout 33, written for this holdout: a Seoul online retailer's ((주) company) internal ISMS audit workbook for the first quarter of 2026, kept by its information security team, only in Korean apart from users' names, on three sheets. Sheet \"요약\" (summary): a title, audit period (\"2026년 3월 9일 ~ 3월 11일\"), scope and lead auditor as label/value rows, then a small table 구분 | 건수 | 비고 with the four grade words and their counts (number cells) and a 합계 (total) row pointing to the list sheet; no findings. Sheet \"부적합 목록\": a merged title (\"ISMS 내부심사 부적합 및 시정조치 관리대장 (2026년 1분기)\"), a line with the form number and the date written (\"양식번호: ISMS-F-09-2 / 작성일: 2026. 3. 13.\"), then the header: 순번 (a running number, number cells), 발견번호 (IA-26-01 ... IA-26-06, the reference), 발견일자 (\"2026년 3월 9일\", \"2026. 3. 10.\"), 관련 요구사항 (the number and the Korean title: \"A.5.17 인증 정보\", \"8.2 정보보안 위험 평가\" (clause 8.2, not the control A.8.2 on privileged access), \"A.8.15 로깅\", \"7.3 인식\", \"A.8.32 변경 관리\", \"A.8.16 모니터링 활동\"), 부적합 내용 (the statement: the admin page password policy, no risk assessment after the payment gateway integration changed, 30-day retention of order database access logs, call-centre staff awareness, emergency deployments without change requests, linking WAF events to the SIEM), 등급 (중대한 부적합, 경미한 부적합, \"경미 NC\", 관찰사항, 개선기회), 시정조치 계획 (filled for the four nonconformities), 조치 담당 (users' names with a Korean job title after them, \"Badr Karim 팀장\" and \"Lena Fischer 책임\"; 이수진 and the 고객센터 department, no users; a user's email; Martín Lombardi), 완료 예정일 and 진행상태 (진행중, 미착수, 검토중). Under the table a ※ note merged across that defines 중대한 and 경미한 부적합; not a finding. Sheet \"코드\": the drop-down lists (등급 and 진행상태 columns with the four grade words and four statuses); no findings",
            file_name: "2026_1Q_ISMS_내부심사_부적합관리대장.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "요약",
                    0,
                    0,
                    &[
                        &["2026년 1분기 ISMS 내부심사 결과 요약"],
                        &[""],
                        &["심사 기간", "2026년 3월 9일 ~ 3월 11일"],
                        &["심사 범위", "온라인 쇼핑몰 운영 및 고객센터"],
                        &["심사팀장", "최영호"],
                        &[""],
                        &["구분", "건수", "비고"],
                        &["중대한 부적합", "#n 1", ""],
                        &["경미한 부적합", "#n 3", ""],
                        &["관찰사항", "#n 1", ""],
                        &["개선기회", "#n 1", ""],
                        &["합계", "#n 6", "상세 내용은 '부적합 목록' 시트 참조"],
                    ],
                ),
                sheet(
                    "부적합 목록",
                    0,
                    0,
                    &[
                        &["ISMS 내부심사 부적합 및 시정조치 관리대장 (2026년 1분기)"],
                        &["양식번호: ISMS-F-09-2 / 작성일: 2026. 3. 13."],
                        &["순번", "발견번호", "발견일자", "관련 요구사항", "부적합 내용", "등급", "시정조치 계획", "조치 담당", "완료 예정일", "진행상태"],
                        &["#n 1", "IA-26-01", "2026년 3월 9일", "A.5.17 인증 정보", "쇼핑몰 관리자 페이지의 비밀번호 정책이 숫자 6자리만 요구하며, 관리자 계정 3개는 2024년 이후 비밀번호가 변경되지 않았다.", "중대한 부적합", "관리자 페이지에 MFA 적용, 비밀번호 정책을 사내 기준(12자 이상)으로 변경", "Badr Karim 팀장", "2026년 4월 30일", "진행중"],
                        &["#n 2", "IA-26-02", "2026년 3월 9일", "8.2 정보보안 위험 평가", "2025년 11월 결제대행(PG)사 연동 방식을 변경한 이후 위험 평가가 수행되지 않았다.", "경미한 부적합", "PG 연동 구간 위험 평가 수행 및 위험 처리 계획 갱신", "이수진", "2026년 5월 29일", "미착수"],
                        &["#n 3", "IA-26-03", "2026. 3. 10.", "A.8.15 로깅", "주문 데이터베이스의 접근 로그가 30일만 보관되어 사내 로그 관리 지침의 1년 보관 기준을 충족하지 못한다.", "경미 NC", "로그 보관 기간을 1년으로 변경하고 별도 로그 서버로 이관", "ops@acme.test", "2026. 6. 30.", "진행중"],
                        &["#n 4", "IA-26-04", "2026. 3. 10.", "7.3 인식", "고객센터 상담원 12명 중 5명이 정보보호 정책의 게시 위치와 보안사고 신고 절차를 알지 못했다.", "경미한 부적합", "고객센터 대상 정보보호 인식 교육 실시(4월) 및 이해도 평가", "고객센터", "2026. 4. 30.", "미착수"],
                        &["#n 5", "IA-26-05", "2026년 3월 11일", "A.8.32 변경 관리", "긴급 배포 3건이 변경요청서 없이 운영 서버에 반영되었으나, 사후 승인 기록은 남아 있다.", "관찰사항", "", "Lena Fischer 책임", "", "검토중"],
                        &["#n 6", "IA-26-06", "2026년 3월 11일", "A.8.16 모니터링 활동", "웹 방화벽 탐지 이벤트를 SIEM 대시보드와 연동하면 관제 효율을 높일 수 있다.", "개선기회", "", "Martín Lombardi", "", "검토중"],
                        &["※ 등급 기준: 중대한 부적합 - 요구사항의 전면적 미이행 또는 법규 위반, 경미한 부적합 - 요구사항의 부분적 미이행"],
                    ],
                )
                .merged(0, 0, 0, 9)
                .merged(9, 0, 9, 9),
                sheet(
                    "코드",
                    0,
                    0,
                    &[
                        &["등급", "진행상태"],
                        &["중대한 부적합", "미착수"],
                        &["경미한 부적합", "진행중"],
                        &["관찰사항", "검토중"],
                        &["개선기회", "완료"],
                    ],
                ),
            ]),
            expected: vec![
                // "팀장" (team leader) after the user's name.
                finding("IA-26-01", "major", "A.5.17", "쇼핑몰 관리자 페이지의 비밀번호 정책이")
                    .owner("badr@acme.test")
                    .plan(true),
                // "8.2 정보보안 위험 평가": clause 8.2 by its title.
                finding("IA-26-02", "minor", "8.2", "2025년 11월 결제대행(PG)사 연동 방식을")
                    .pending(&["이수진"])
                    .plan(true),
                finding("IA-26-03", "minor", "A.8.15", "주문 데이터베이스의 접근 로그가")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IA-26-04", "minor", "7.3", "고객센터 상담원 12명 중 5명이")
                    .pending(&["고객센터"])
                    .plan(true),
                // "책임" is a job title after the user's name.
                finding("IA-26-05", "observation", "A.8.32", "긴급 배포 3건이 변경요청서 없이")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("IA-26-06", "ofi", "A.8.16", "웹 방화벽 탐지 이벤트를 SIEM")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // A Dnipro internet provider's register kept on two sheets: nonconformities on
        // "Невідповідності" (with a corrective action column) and observations and
        // opportunities on "Спостереження та можливості" (no action column, so no plans). The
        // references are Cyrillic (НВ-26/01 ..., СП-26/01, МП-26/01). Requirements: "п. 6.1.2
        // ..." (п. = пункт, clause), "дод. А, 5.29 ..." (додаток А = Annex A, the А Cyrillic)
        // is A.5.29, "А.8.13 ..." typed with a Cyrillic А (U+0410) is A.8.13, "A.7.10" has a
        // Latin A. The grade on the first sheet is lower-case "незначна" (minor), "значна"
        // (major, a substring of "незначна") and "Незначна НВ" (minor); on the second
        // Спостереження and "спостереж." (observation) and "Можливість для поліпшення" (OFI).
        // НВ-26/04's action is still empty: no plan. Owners: "Fischer L." (surname and
        // initial, as Ukrainians write Шевченко О. В.) is Lena Fischer; Шевченко О. В., Начальник
        // NOC and Начальник виїзної служби are no users. The "Усього" total line and the audit
        // team leader's line under the first table are no findings.
        Layout {
            id: "holdout33-ua-isp-two-sheets-by-grade-cyrillic-a-lowercase-grades",
            origin: "holdout 33, written for this holdout: a Dnipro internet service provider's (ТОВ) register of its internal ISMS audit findings, kept in Excel by the information security officer, only in Ukrainian, split over two sheets by kind. Sheet \"Невідповідності\": the company name and the title (\"Реєстр невідповідностей за результатами внутрішнього аудиту СУІБ (ДСТУ ISO/IEC 27001:2023), 23–25.03.2026\", the national adoption) merged across, a blank row, then the header: № з/п (number cells), Реєстр. № (НВ-26/01 ... НВ-26/04 in Cyrillic, the reference), Дата виявлення (23.03.2026), Вимога стандарту (\"п. 6.1.2 Оцінювання ризиків інформаційної безпеки\", \"дод. А, 5.29 Інформаційна безпека під час порушення\" (Annex A), \"А.8.13 Резервне копіювання інформації\" typed with a Cyrillic А U+0410, \"п. 7.2 Компетентність\"), Опис невідповідності (the statement: the risk register after billing moved to the cloud, a node running on a generator without video surveillance and access control during the power cuts, backups kept in the server room and never restored, NOC engineers' incident response training), Категорія in lower case as typed (незначна, значна, \"Незначна НВ\", незначна), Коригувальна дія (filled for three, empty for the last), Відповідальна особа (\"Fischer L.\" surname and initial, Шевченко О. В., Badr Karim, Начальник NOC) and Термін виконання (30.04.2026, \"—\"). After a blank row a total line (\"Усього невідповідностей: 4 (значних – 1, незначних – 3)\") merged across, and a line with the internal audit team leader's name (Ірина БОНДАРЕНКО); neither is a finding. Sheet \"Спостереження та можливості\": a title line, then № з/п, Реєстр. № (СП-26/01, СП-26/02, МП-26/01), Дата, Вимога стандарту (\"п. 5.2 Політика\", \"A.7.10 Носії даних\" with a Latin A, \"п. 9.1 Моніторинг, вимірювання, аналіз та оцінювання\"), Опис (the statement: the policy not reviewed since 2023, unregistered USB drives of the field teams, an incident response time indicator), Тип (Спостереження, \"спостереж.\", \"Можливість для поліпшення\") and Відповідальна особа (Martín Lombardi, the role Начальник виїзної служби, a user's email); no action column",
            file_name: "Реєстр_НВ_внутрішній_аудит_СУІБ_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Невідповідності",
                    0,
                    0,
                    &[
                        &["ТОВ «Дніпро Телеком»"],
                        &["Реєстр невідповідностей за результатами внутрішнього аудиту СУІБ (ДСТУ ISO/IEC 27001:2023), 23–25.03.2026"],
                        &[""],
                        &["№ з/п", "Реєстр. №", "Дата виявлення", "Вимога стандарту", "Опис невідповідності", "Категорія", "Коригувальна дія", "Відповідальна особа", "Термін виконання"],
                        &["#n 1", "НВ-26/01", "23.03.2026", "п. 6.1.2 Оцінювання ризиків інформаційної безпеки", "Реєстр ризиків не оновлювали після перенесення білінгової системи до хмари у грудні 2025 р.; ризики хмарного розміщення не оцінено.", "незначна", "Оновити реєстр ризиків з урахуванням хмарного розміщення білінгу.", "Fischer L.", "30.04.2026"],
                        &["#n 2", "НВ-26/02", "23.03.2026", "дод. \u{410}, 5.29 Інформаційна безпека під час порушення", "Під час відключень електроенергії в лютому 2026 р. вузол зв'язку на вул. Січеславській працював від генератора без відеоспостереження і контролю доступу; порядок дій на такий випадок не розроблено.", "значна", "Розробити та випробувати порядок роботи засобів фізичного захисту під час відключень живлення.", "Шевченко О. В.", "31.05.2026"],
                        &["#n 3", "НВ-26/03", "24.03.2026", "\u{410}.8.13 Резервне копіювання інформації", "Резервні копії бази абонентів зберігаються в тому ж приміщенні, що й основний сервер; відновлення з них не перевіряли з 2024 р.", "Незначна НВ", "Налаштувати копіювання до віддаленого ЦОД і щоквартальну перевірку відновлення.", "Badr Karim", "30.06.2026"],
                        &["#n 4", "НВ-26/04", "24.03.2026", "п. 7.2 Компетентність", "Для двох нових інженерів чергової зміни NOC немає записів про навчання з реагування на інциденти ІБ.", "незначна", "", "Начальник NOC", "—"],
                        &[""],
                        &["Усього невідповідностей: 4 (значних – 1, незначних – 3)"],
                        &["Керівник групи внутрішнього аудиту: Ірина БОНДАРЕНКО"],
                    ],
                )
                .merged(0, 0, 0, 8)
                .merged(1, 0, 1, 8)
                .merged(9, 0, 9, 8),
                sheet(
                    "Спостереження та можливості",
                    0,
                    0,
                    &[
                        &["Спостереження та можливості для поліпшення (внутрішній аудит СУІБ, березень 2026)"],
                        &["№ з/п", "Реєстр. №", "Дата", "Вимога стандарту", "Опис", "Тип", "Відповідальна особа"],
                        &["#n 1", "СП-26/01", "24.03.2026", "п. 5.2 Політика", "Політику інформаційної безпеки не переглядали з 2023 р.; у ній досі згадано офіс на вул. Робочій, закритий у 2024 р.", "Спостереження", "Martín Lombardi"],
                        &["#n 2", "СП-26/02", "25.03.2026", "A.7.10 Носії даних", "USB-накопичувачі виїзних бригад не обліковуються, хоча шифрування на них увімкнено.", "спостереж.", "Начальник виїзної служби"],
                        &["#n 3", "МП-26/01", "25.03.2026", "п. 9.1 Моніторинг, вимірювання, аналіз та оцінювання", "Доцільно додати до щомісячного звіту для керівництва показник середнього часу реагування на інциденти ІБ.", "Можливість для поліпшення", "ops@acme.test"],
                    ],
                ),
            ]),
            expected: vec![
                // "Fischer L.": surname and initial; lower-case "незначна" is minor.
                finding("НВ-26/01", "minor", "6.1.2", "Реєстр ризиків не оновлювали")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "дод. А, 5.29": Annex A (Cyrillic А); "значна" is major.
                finding("НВ-26/02", "major", "A.5.29", "Під час відключень електроенергії")
                    .pending(&["Шевченко О. В."])
                    .plan(true),
                // Cyrillic А in "А.8.13".
                finding("НВ-26/03", "minor", "A.8.13", "Резервні копії бази абонентів")
                    .owner("badr@acme.test")
                    .plan(true),
                // No corrective action yet.
                finding("НВ-26/04", "minor", "7.2", "Для двох нових інженерів")
                    .pending(&["Начальник NOC"])
                    .plan(false),
                // The second sheet has no action column: no plans.
                finding("СП-26/01", "observation", "5.2", "Політику інформаційної безпеки не переглядали")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("СП-26/02", "observation", "A.7.10", "USB-накопичувачі виїзних бригад")
                    .pending(&["Начальник виїзної служби"])
                    .plan(false),
                finding("МП-26/01", "ofi", "9.1", "Доцільно додати до щомісячного звіту")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn thirty_fourth_holdout_layouts() -> Vec<Layout> {
    vec![
        // A Canadian bank's internal audit observations register, extracted from its GRC tool to
        // Excel: 26 columns, every header written "English / French" in one cell, most of them
        // irrelevant to the import (audit id, business unit, region, cost centre as number
        // cells, process, audit universe code, risk id, control test id, executive sponsor,
        // revised target, SLA breach, Jira key, repeat flag, auditor, last update). The
        // reference column is "Obs. No. / No d'obs.". The grade is only a code (number cells
        // 1 to 4) in the column "Rating (1=Major NC, 2=Minor NC, 3=Obs, 4=OFI) / Cote (...)",
        // defined only in that header; the next column "Inherent Risk (1-5)" also holds number
        // cells and is no grade (OBS-02.2 has rating 2 and risk 3, OBS-05 rating 4 and risk 2).
        // OBS-02.1 and OBS-02.2 are two parts of one topic (security logging), each on its own
        // complete row with its own rating, requirement, statement, owner, action plan and date,
        // and the note line above the header says parts are rated, assigned and tracked
        // separately: each part is a finding of its own (no OBS-02 row exists). OBS-02.1's
        // statement continues on the next row, which holds text only in the Observation column
        // (no number, no rating): it is part of OBS-02.1's statement, not a finding. The
        // requirements cell lists "ISO 27001; internal policy/standard; NIST SP 800-53": only
        // the ISO ids are requirements ("6.1.3 f)" is clause 6.1.3); policy ids and NIST ids
        // are not checked (.others not used). Owners are "Name <email>" in several forms:
        // "IT Ops Command Centre <ops@acme.test>" is the user ops@acme.test whatever the
        // display name, "Lombardi, Martín <...>" and "Karim, Badr <...>" are last-name-first;
        // "Geneviève Roy" has no email and is no user. The Executive Sponsor column is not the
        // owner (OBS-06's sponsor is Badr Karim, its owner Lena Fischer). Plans: the Management
        // Action Plan cell filled or empty. The total line under the table is no finding; it
        // counts the parts separately (7).
        Layout {
            id: "holdout34-ca-bank-en-fr-26-columns-numeric-rating-parts",
            origin: "holdout 34, written for this holdout: a Canadian (Toronto) bank's enterprise internal audit observations register for its ISO/IEC 27001:2022 ISMS internal audit IA-2026-ISMS-03, extracted from its Archer-like GRC tool to Excel, bilingual English/French as Canadian federally regulated banks keep it. Sheet \"Observations\": a merged bilingual title (\"Northshore Financial Group / Groupe financier Northshore - Enterprise Information Security Internal Audit FY2026 / Audit interne de la sécurité de l'information ... - Observations Register / Registre des observations\"), a merged note line (classification, audit id, extraction date, and \"Observations in parts (.1, .2) are rated, assigned and tracked separately / Les observations en plusieurs parties (.1, .2) sont cotées, assignées et suivies séparément\"), a blank row, then a 26-column header, each cell \"English / French\": Obs. No. / No d'obs. (OBS-01, OBS-02.1, OBS-02.2, OBS-03 ... OBS-06), Audit ID / No d'audit, Business Unit / Unité d'affaires, Region / Région (Canada - ON, Canada - QC, US - NY), Cost Centre / Centre de coûts (number cells), Process / Processus, Audit Universe Code / Code de l'univers d'audit (AU-TEC-014 ...), Risk ID / No de risque, Control Test ID / No de test de contrôle, Rating (1=Major NC, 2=Minor NC, 3=Obs, 4=OFI) / Cote (1=NC majeure, 2=NC mineure, 3=Obs., 4=PA) holding number cells 1 to 4, Inherent Risk (1-5) / Risque inhérent (1-5) holding number cells, Requirement(s) / Exigence(s) (ISO/IEC 27001:2022; policy / politique; NIST SP 800-53) holding \"A.5.18; POL-IS-004; AC-2\", \"A.8.15; STD-LOG-002; AU-6\", \"6.1.3 f); POL-IS-001; PM-9\", \"A.8.8; STD-VM-003; RA-5, SI-2\" ..., Observation / Constat (the statement, in English; OBS-02.1's continues on a following row holding only text in this column), Root Cause / Cause fondamentale, Management Action Plan / Plan d'action de la direction (filled for five), Action Owner / Responsable de l'action (\"Lena Fischer <lena.fischer@acme.test>\", \"IT Ops Command Centre <ops@acme.test>\", \"Lombardi, Martín <martin@acme.test>\", \"Karim, Badr <badr@acme.test>\", \"Martín Lombardi <martin@acme.test>\", a name without email that is no user), Executive Sponsor / Cadre responsable (titles, once a user's name that is not the owner), Target Date / Date cible and Revised Target / Date cible révisée (date cells), Status / Statut (\"Open / Ouvert\", \"In Progress / En cours\"), SLA Breach (Y/N) / Dépassement SLA (O/N), Jira Key / Clé Jira (ISEC-2291 ...), Repeat (Y/N) / Récurrence (O/N), Date Raised / Date d'émission (date cells), Auditor / Auditeur and Last Updated / Dernière mise à jour (date cells). Under the table after a blank row a merged total line \"Total observations / Nombre d'observations: 7\"; not a finding",
            file_name: "FY2026 ISMS Internal Audit - Observations Register - Registre des observations.xlsx",
            bytes: xlsx(vec![sheet(
                "Observations",
                0,
                0,
                &[
                    &["Northshore Financial Group / Groupe financier Northshore - Enterprise Information Security Internal Audit FY2026 / Audit interne de la sécurité de l'information FY2026 - Observations Register / Registre des observations"],
                    &["Classification: Internal / Interne | Audit IA-2026-ISMS-03 (ISO/IEC 27001:2022) | Extracted from Archer 2026-04-17 / Extrait d'Archer 2026-04-17 | Observations in parts (.1, .2) are rated, assigned and tracked separately / Les observations en plusieurs parties (.1, .2) sont cotées, assignées et suivies séparément"],
                    &[""],
                    &["Obs. No. / No d'obs.", "Audit ID / No d'audit", "Business Unit / Unité d'affaires", "Region / Région", "Cost Centre / Centre de coûts", "Process / Processus", "Audit Universe Code / Code de l'univers d'audit", "Risk ID / No de risque", "Control Test ID / No de test de contrôle", "Rating (1=Major NC, 2=Minor NC, 3=Obs, 4=OFI) / Cote (1=NC majeure, 2=NC mineure, 3=Obs., 4=PA)", "Inherent Risk (1-5) / Risque inhérent (1-5)", "Requirement(s) / Exigence(s) (ISO/IEC 27001:2022; policy / politique; NIST SP 800-53)", "Observation / Constat", "Root Cause / Cause fondamentale", "Management Action Plan / Plan d'action de la direction", "Action Owner / Responsable de l'action", "Executive Sponsor / Cadre responsable", "Target Date / Date cible", "Revised Target / Date cible révisée", "Status / Statut", "SLA Breach (Y/N) / Dépassement SLA (O/N)", "Jira Key / Clé Jira", "Repeat (Y/N) / Récurrence (O/N)", "Date Raised / Date d'émission", "Auditor / Auditeur", "Last Updated / Dernière mise à jour"],
                    &["OBS-01", "IA-2026-ISMS-03", "Wealth Management / Gestion de patrimoine", "Canada - ON", "#n 40117", "Joiners, movers and leavers / Arrivées, mutations et départs", "AU-TEC-014", "RSK-00412", "CT-IAM-2026-07", "#n 2", "#n 4", "A.5.18; POL-IS-004; AC-2", "Access of 14 of the 60 leavers sampled on the wealth advisor platform remained active between 9 and 47 days after their termination date, against the one business day required by the Access Management Policy.", "The HR termination feed to the identity platform does not cover the advisor platform, which the business provisions by hand.", "Connect the advisor platform to the identity governance tool so that terminations are revoked automatically; until then, reconcile its active users against the HR leavers report every week.", "Lena Fischer <lena.fischer@acme.test>", "SVP, Wealth Technology", "#d 2026-06-30", "", "In Progress / En cours", "N", "ISEC-2291", "N", "#d 2026-03-16", "K. Tremblay", "#d 2026-04-15"],
                    &["OBS-02.1", "IA-2026-ISMS-03", "Technology & Operations / Technologie et opérations", "Canada - ON", "#n 10020", "Security monitoring / Surveillance de la sécurité", "AU-TEC-031", "RSK-00388", "CT-LOG-2026-02", "#n 1", "#n 5", "A.8.15; STD-LOG-002; AU-6", "Security event logs of the core banking platform (mainframe RACF and the DB2 audit trail) were not reviewed between October 2025 and February 2026: the daily review tasks in the SOC queue were closed in bulk without being examined,", "Review tasks were closed to meet the queue SLA after the SOC lost two analysts.", "Restore the daily log review with a named reviewer, re-review the October to February logs for privileged activity and add the review to the first-line control testing plan.", "IT Ops Command Centre <ops@acme.test>", "EVP, Technology & Operations", "#d 2026-05-29", "", "Open / Ouvert", "Y", "ISEC-2297", "Y", "#d 2026-03-17", "K. Tremblay", "#d 2026-04-15"],
                    &["", "", "", "", "", "", "", "", "", "", "", "", "and no compensating detective control was performed by the second line of defence during that period."],
                    &["OBS-02.2", "IA-2026-ISMS-03", "Technology & Operations / Technologie et opérations", "Canada - ON", "#n 10020", "Security monitoring / Surveillance de la sécurité", "AU-TEC-031", "RSK-00388", "CT-LOG-2026-03", "#n 2", "#n 3", "A.8.16; STD-LOG-002; SI-4", "Twelve SIEM use cases for privileged access to the debit payment switch were disabled during the SIEM migration in November 2025 and had not been re-enabled at the time of the audit.", "The migration runbook had no step to compare the use-case inventory before and after.", "Re-enable the twelve use cases and add a use-case inventory check to the SIEM change procedure.", "Lombardi, Martín <martin@acme.test>", "EVP, Technology & Operations", "#d 2026-04-30", "#d 2026-05-29", "In Progress / En cours", "N", "ISEC-2298", "N", "#d 2026-03-17", "K. Tremblay", "#d 2026-04-15"],
                    &["OBS-03", "IA-2026-ISMS-03", "Personal & Commercial Banking / Services bancaires personnels et commerciaux", "Canada - QC", "#n 52210", "Third-party risk / Risque lié aux tiers", "AU-TPR-006", "RSK-00455", "CT-TPR-2026-01", "#n 3", "#n 3", "A.5.23; POL-TP-001; SA-9", "The cloud security requirements of the Third-Party Risk Standard were not applied to the two SaaS services that the marketing team contracted directly in 2025 (customer survey and e-mail campaign tools).", "", "", "Martín Lombardi <martin@acme.test>", "SVP, Marketing", "#d 2026-09-30", "", "Open / Ouvert", "N", "ISEC-2301", "N", "#d 2026-03-18", "S. Côté", "#d 2026-04-15"],
                    &["OBS-04", "IA-2026-ISMS-03", "Corporate / Siège social", "US - NY", "#n 70510", "Risk management / Gestion des risques", "AU-ERM-002", "RSK-00019", "CT-ERM-2026-04", "#n 2", "#n 4", "6.1.3 f); POL-IS-001; PM-9", "Residual risks above appetite on the New York branch's trade finance platform were accepted by the platform manager, who is not the risk owner named in the risk register; the risk owners' approval of the treatment plan is not recorded.", "The GRC workflow lets any platform manager accept a risk.", "Have the named risk owners re-approve the residual risks and add a risk-owner sign-off step to the GRC workflow.", "Geneviève Roy", "Chief Risk Officer", "#d 2026-06-30", "", "Open / Ouvert", "N", "ISEC-2305", "N", "#d 2026-03-18", "S. Côté", "#d 2026-04-15"],
                    &["OBS-05", "IA-2026-ISMS-03", "Technology & Operations / Technologie et opérations", "Canada - ON", "#n 10040", "Threat management / Gestion des menaces", "AU-TEC-033", "RSK-00391", "CT-TI-2026-01", "#n 4", "#n 2", "A.5.7; POL-IS-001; PM-16", "Threat intelligence received from the Canadian Centre for Cyber Security and FS-ISAC could be linked to the vulnerability and detection backlogs, so that the action taken on it can be shown.", "", "", "Karim, Badr <badr@acme.test>", "EVP, Technology & Operations", "", "", "Open / Ouvert", "N", "", "N", "#d 2026-03-19", "K. Tremblay", "#d 2026-04-15"],
                    &["OBS-06", "IA-2026-ISMS-03", "Technology & Operations / Technologie et opérations", "Canada - QC", "#n 10060", "Vulnerability management / Gestion des vulnérabilités", "AU-TEC-022", "RSK-00376", "CT-VM-2026-05", "#n 2", "#n 4", "A.8.8; STD-VM-003; RA-5, SI-2", "Critical vulnerabilities on 37 internet-facing Linux servers in the Montréal data centre remained unpatched for more than 30 days, beyond the 14-day remediation period of the Vulnerability Management Standard.", "Patching of these servers waits for application owners' approval, which has no deadline.", "Give the infrastructure team standing approval to patch critical vulnerabilities within 14 days and report exceptions to the sponsor every month.", "Lena Fischer <lena.fischer@acme.test>", "Badr Karim", "#d 2026-05-29", "", "In Progress / En cours", "Y", "ISEC-2309", "Y", "#d 2026-03-19", "K. Tremblay", "#d 2026-04-15"],
                    &[""],
                    &["Total observations / Nombre d'observations: 7"],
                ],
            )
            .merged(0, 0, 0, 25)
            .merged(1, 0, 1, 25)
            .merged(13, 0, 13, 25)]),
            expected: vec![
                finding("OBS-01", "minor", "A.5.18", "Access of 14 of the 60 leavers")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // A part rated on its own row: a finding; its statement goes on in the next row.
                finding("OBS-02.1", "major", "A.8.15", "Security event logs of the core banking platform")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("OBS-02.2", "minor", "A.8.16", "Twelve SIEM use cases for privileged access")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("OBS-03", "observation", "A.5.23", "The cloud security requirements of the Third-Party")
                    .owner("martin@acme.test")
                    .plan(false),
                // "6.1.3 f)": clause 6.1.3; POL-IS-001 and PM-9 are not ISO requirements.
                finding("OBS-04", "minor", "6.1.3", "Residual risks above appetite")
                    .pending(&["Geneviève Roy"])
                    .plan(true),
                finding("OBS-05", "ofi", "A.5.7", "Threat intelligence received from the Canadian")
                    .owner("badr@acme.test")
                    .plan(false),
                // Owner Lena Fischer; Badr Karim is only the executive sponsor.
                finding("OBS-06", "minor", "A.8.8", "Critical vulnerabilities on 37 internet-facing")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
            ],
        },
        // A Saudi telecom operator's internal audit department tracker: a two-row header,
        // English in row 4 and Arabic in row 5 (the Arabic row is a second header, no finding),
        // 22 columns, most irrelevant (sector, region, cost center, department, NCA ECC
        // reference, risk id, control test id, owner department, Hijri target date, overdue
        // flag, Jira key, audit universe, auditor). The reference column is "Item" / "البند".
        // The grade is a code S1-S4 defined only in the header "Severity (S1=Major NC,
        // S2=Minor NC, S3=Obs, S4=OFI)". The "NCA ECC Ref." column holds the Saudi Essential
        // Cybersecurity Controls ids (2-10-3-3 ...), another framework's ids in their own
        // column, not requirements (others are not checked). F-03 has sub-items F-03.1,
        // F-03.2, F-03.3: the note line above the header says sub-items list the places where
        // a finding was observed, are part of the finding above and are not graded separately,
        // and their rows hold only the item, the region and a text in the Finding column (no
        // severity, requirement, owner or action): so they are not findings, and F-03 is one
        // finding whose statement is its own row's text. Requirements cells "ISO / policy /
        // NIST": only the ISO id counts ("9.2.2 / POL-IA-001" is clause 9.2.2). Owners "Name
        // <email>": the email decides the user ("بدر كريم <badr@acme.test>" is Badr Karim,
        // "IT Operations <ops@acme.test>" is ops@acme.test); "عبدالله الشهري" has no email and
        // is no user. Plans: Corrective Action filled or empty. The signature line under the
        // table is no finding.
        Layout {
            id: "holdout34-sa-telecom-en-ar-two-row-header-sub-items",
            origin: "holdout 34, written for this holdout: a Saudi (Riyadh) telecom operator's Internal Audit Department tracker of its ISO/IEC 27001:2022 ISMS audit 2026, kept in Excel, bilingual English/Arabic. Sheet \"Tracker\": a merged bilingual title (\"Najd Telecom Company - Internal Audit Department - ISMS Audit 2026 (ISO/IEC 27001:2022) / شركة نجد للاتصالات - إدارة المراجعة الداخلية - ...\"), a merged note line (\"Sub-items (e.g. F-03.1, F-03.2) list the locations where a finding was observed; they are part of the finding above and are not graded separately\" and its Arabic), a blank row, then a two-row header, English above Arabic, of 22 columns: Item / البند (F-01 ... F-06, sub-items F-03.1 ... F-03.3), Sector / القطاع, Region / المنطقة (Central (Riyadh), Western (Jeddah), Eastern (Dammam)), Cost Center / مركز التكلفة, Department / الإدارة, NCA ECC Ref. / مرجع الضوابط الأساسية للأمن السيبراني (2-10-3-3, 3-1-3-5, 2-14-3-1 ...), Risk ID / رقم الخطر, Control Test ID / رقم اختبار الضابط, Severity (S1=Major NC, S2=Minor NC, S3=Obs, S4=OFI) / درجة الخطورة (codes S1 to S4, defined only in that header), Requirement (ISO 27001 / Policy / NIST 800-53) / المتطلب (\"A.8.8 / POL-IS-011 / SI-2\", \"A.5.30 / POL-BC-002 / CP-4\", \"A.5.10 / POL-AC-003\", \"9.2.2 / POL-IA-001\" ...), Finding / الملاحظة (the statement, in English; the sub-item rows' text lists a site and what was seen there), Root Cause / السبب الجذري, Corrective Action / الإجراء التصحيحي (filled for four), Action Owner / المسؤول عن الإجراء (\"IT Operations <ops@acme.test>\", \"Lena Fischer <lena.fischer@acme.test>\", the Arabic display name \"بدر كريم <badr@acme.test>\", \"Martín Lombardi <martin@acme.test>\", \"Badr Karim <badr@acme.test>\", an Arabic name without email that is no user), Owner Department / إدارة المسؤول, Target Date / التاريخ المستهدف (date cells), Target Date (Hijri) / التاريخ المستهدف (هجري) (text such as 1448/01/15), Status / الحالة (\"Open / مفتوحة\", \"In Progress / قيد التنفيذ\"), Overdue / متأخرة, Jira Key / مفتاح جيرا, Audit Universe / عالم المراجعة and Auditor / المراجع. Under the table after a blank row a merged line \"Prepared by: Internal Audit Department / إعداد: إدارة المراجعة الداخلية | Approved by: Chief Audit Executive\"; not a finding",
            file_name: "ISMS Internal Audit 2026 - Findings Tracker - متابعة الملاحظات.xlsx",
            bytes: xlsx(vec![sheet(
                "Tracker",
                0,
                0,
                &[
                    &["Najd Telecom Company - Internal Audit Department - ISMS Audit 2026 (ISO/IEC 27001:2022) / شركة نجد للاتصالات - إدارة المراجعة الداخلية - مراجعة نظام إدارة أمن المعلومات 2026"],
                    &["Sub-items (e.g. F-03.1, F-03.2) list the locations where a finding was observed; they are part of the finding above and are not graded separately. / البنود الفرعية تبين المواقع التي لوحظت فيها الملاحظة، وهي جزء من الملاحظة التي فوقها ولا تصنف بشكل منفصل."],
                    &[""],
                    &["Item", "Sector", "Region", "Cost Center", "Department", "NCA ECC Ref.", "Risk ID", "Control Test ID", "Severity (S1=Major NC, S2=Minor NC, S3=Obs, S4=OFI)", "Requirement (ISO 27001 / Policy / NIST 800-53)", "Finding", "Root Cause", "Corrective Action", "Action Owner", "Owner Department", "Target Date", "Target Date (Hijri)", "Status", "Overdue", "Jira Key", "Audit Universe", "Auditor"],
                    &["البند", "القطاع", "المنطقة", "مركز التكلفة", "الإدارة", "مرجع الضوابط الأساسية للأمن السيبراني", "رقم الخطر", "رقم اختبار الضابط", "درجة الخطورة", "المتطلب", "الملاحظة", "السبب الجذري", "الإجراء التصحيحي", "المسؤول عن الإجراء", "إدارة المسؤول", "التاريخ المستهدف", "التاريخ المستهدف (هجري)", "الحالة", "متأخرة", "مفتاح جيرا", "عالم المراجعة", "المراجع"],
                    &["F-01", "Technology", "Central (Riyadh)", "CC-7110", "IT Infrastructure", "2-10-3-3", "ERM-IT-0093", "CT-26-0412", "S2", "A.8.8 / POL-IS-011 / SI-2", "Security patches for the Oracle database servers of the OSS/BSS platform were last applied in August 2025; 11 critical vulnerabilities published since then are still open, beyond the 30 days set by the Patch Management Policy.", "Patching needs a vendor-supported maintenance window, which was not scheduled after the change freeze for the 5G launch.", "Agree a quarterly maintenance window with the vendor and patch the database servers by the end of June 2026.", "IT Operations <ops@acme.test>", "IT Infrastructure", "#d 2026-06-30", "1448/01/15", "Open / مفتوحة", "No", "GRC-1043", "AU-IT-07", "Faisal Al-Harbi"],
                    &["F-02", "Technology", "Western (Jeddah)", "CC-7160", "IT Service Continuity", "3-1-3-5", "ERM-IT-0101", "CT-26-0419", "S1", "A.5.30 / POL-BC-002 / CP-4", "The disaster recovery arrangements of the prepaid charging system have never been tested: the DR site in Jeddah was commissioned in 2024 and the DR test planned for November 2025 was cancelled.", "DR testing has had no owner since the business continuity team moved to Enterprise Risk.", "Run a full failover test of the prepaid charging system by the end of September 2026 and assign the DR test plan to the IT service continuity manager.", "Lena Fischer <lena.fischer@acme.test>", "IT Service Continuity", "#d 2026-09-30", "1448/04/18", "In Progress / قيد التنفيذ", "No", "GRC-1047", "AU-IT-11", "Faisal Al-Harbi"],
                    &["F-03", "Technology", "Multiple", "CC-7185", "Facilities Security", "2-14-3-1", "ERM-IT-0117", "CT-26-0425", "S2", "A.7.2 / POL-PS-001 / PE-3", "Visitor and contractor access to the regional switching centres is not controlled as the Physical Security Policy requires, at the three sites listed below.", "The guarding contracts differ per region and do not refer to the Physical Security Policy.", "Issue one guarding requirement for all regions and review the visitor logs of every switching centre monthly.", "بدر كريم <badr@acme.test>", "Facilities Security", "#d 2026-07-31", "1448/02/16", "Open / مفتوحة", "No", "GRC-1052", "AU-FAC-03", "Nora Al-Qahtani"],
                    &["F-03.1", "", "Western (Jeddah)", "", "", "", "", "", "", "", "Jeddah switching centre (JED-SW2): contractors' temporary badges are not collected at exit; 9 of the 40 badges issued in January 2026 were not returned."],
                    &["F-03.2", "", "Eastern (Dammam)", "", "", "", "", "", "", "", "Dammam switching centre (DMM-SW1): the visitor log is kept on paper and was not filled in on 6 of the 10 days sampled."],
                    &["F-03.3", "", "Central (Riyadh)", "", "", "", "", "", "", "", "Riyadh switching centre (RUH-SW4): visitors were not escorted in the equipment hall during the walk-through on 18 February 2026."],
                    &["F-04", "Consumer Business", "Central (Riyadh)", "CC-5320", "Customer Care", "1-3-1-4", "ERM-CB-0022", "CT-26-0431", "S3", "A.5.10 / POL-AC-003", "The Acceptable Use Policy has not been acknowledged by 212 of the 1,430 call centre agents hired through the outsourcing partner.", "", "", "Martín Lombardi <martin@acme.test>", "Customer Care", "#d 2026-08-31", "1448/03/18", "Open / مفتوحة", "No", "GRC-1058", "AU-CB-02", "Nora Al-Qahtani"],
                    &["F-05", "Technology", "Central (Riyadh)", "CC-7101", "Cybersecurity Governance", "1-8-1", "ERM-IT-0002", "CT-26-0440", "S2", "9.2.2 / POL-IA-001", "The 2025 ISMS internal audit programme did not cover the managed security services of the Enterprise business unit, although they are in the scope of the certificate.", "The programme was copied from 2024, before the managed security services were added to the scope.", "Include the managed security services in the 2026 programme and audit them before the surveillance audit.", "عبدالله الشهري", "Cybersecurity Governance", "#d 2026-05-31", "1447/12/15", "Open / مفتوحة", "No", "GRC-1061", "AU-GOV-01", "Faisal Al-Harbi"],
                    &["F-06", "Technology", "Eastern (Dammam)", "CC-7150", "Security Operations Center", "2-12-3-2", "ERM-IT-0124", "CT-26-0446", "S4", "A.8.16 / STD-MON-004 / SI-4", "Alarms from the OT monitoring platform of the data centres could be forwarded to the SOC's SIEM, so that IT and OT alerts are triaged in one queue.", "", "", "Badr Karim <badr@acme.test>", "Security Operations Center", "", "", "Open / مفتوحة", "No", "", "AU-IT-14", "Nora Al-Qahtani"],
                    &[""],
                    &["Prepared by: Internal Audit Department / إعداد: إدارة المراجعة الداخلية | Approved by: Chief Audit Executive / اعتماد: الرئيس التنفيذي للمراجعة"],
                ],
            )
            .merged(0, 0, 0, 21)
            .merged(1, 0, 1, 21)
            .merged(15, 0, 15, 21)]),
            expected: vec![
                finding("F-01", "minor", "A.8.8", "Security patches for the Oracle database servers")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("F-02", "major", "A.5.30", "The disaster recovery arrangements")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // F-03.1 to F-03.3 are its sub-items (sites), not findings of their own.
                finding("F-03", "minor", "A.7.2", "Visitor and contractor access to the regional")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("F-04", "observation", "A.5.10", "The Acceptable Use Policy has not been")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("F-05", "minor", "9.2.2", "The 2025 ISMS internal audit programme")
                    .pending(&["عبدالله الشهري"])
                    .plan(true),
                finding("F-06", "ofi", "A.8.16", "Alarms from the OT monitoring platform")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A German industrial group's internal audit (Konzernrevision) findings register, every
        // header "English\nGerman" on two lines of one cell, 28 columns, most irrelevant
        // (audit no., company code and cost centre as number cells, business unit, site,
        // audit universe code, process, risk id, ICS control id, control test id, risk text,
        // deputy, SLA flag, remediation ticket, repeat flag, management response, auditor,
        // date reported to the audit committee). The reference column is "Key\nSchlüssel"
        // (KR117-01 ...); the "Remediation ticket" column (SECOPS-1176 ...) is no reference:
        // KR117-03 and KR117-04 share the ticket SECOPS-1182. The grade is a letter code
        // defined only in the header "Rating (H=Major NC, N=Minor NC, B=Obs, V=OFI)" /
        // "Einstufung (H=Hauptabweichung, N=Nebenabweichung, B=Beobachtung,
        // V=Verbesserungspotenzial)". The statement is the Finding column, not the short Title.
        // KR117-02.1 and KR117-02.2 are parts of one audit topic (OT access) with different
        // ratings, requirements, owners and measures, and the note line says parts are rated
        // and tracked separately: two findings (no KR117-02 row). KR117-01's statement
        // continues on the next row (text only in the Finding column). Requirements cells
        // "ISO | policy § | NIST": "A.8.32 | POL-IS-004 §5.3 | CM-3" is A.8.32 only; §5.3 is a
        // section of the internal Change Management Policy (the header says "policy §" and the
        // continuation text says so), not ISO clause 5.3 (likewise "POL-IS-007 §3.1" on
        // KR117-02.1 is not clause 3.1, which does not exist); "8.2 | POL-RM-001 | RA-3" is
        // clause 8.2 (the column writes controls with "A.", and the finding is about the risk
        // assessment). Owners (Responsible) "Last, First <email>" or a role "<email>"; "Jürgen Hofmann"
        // has no email and is no user. The Deputy column is not the owner (KR117-03's deputy is
        // Lena Fischer, its owner Badr Karim). Plans: the Measure cell filled or empty (the
        // observation KR117-02.2 has a measure). The "as of" line under the table is no
        // finding.
        Layout {
            id: "holdout34-de-group-en-de-key-column-letter-codes-policy-sections",
            origin: "holdout 34, written for this holdout: a German (Munich) listed industrial group's Group Internal Audit (Konzernrevision) ISMS audit findings register, audit KR-2026-117 against ISO/IEC 27001:2022, kept bilingual English/German in Excel. Sheet \"Findings - Feststellungen\": a merged title (\"Brenner Industrie AG - Group Internal Audit / Konzernrevision - ISMS audit 2026 - Findings register / Feststellungsregister\"), a merged note line (audit number, scope, report date 24.04.2026, \"Findings in parts (.1, .2) are rated and tracked separately / Teilfeststellungen (.1, .2) werden einzeln eingestuft und verfolgt\"), then a 28-column header whose cells hold the English and German words on two lines: Key / Schlüssel (KR117-01, KR117-02.1, KR117-02.2, KR117-03 ... 06), Audit no. / Prüfungsnr., Company code / Buchungskreis (number cells 1000, 2100), Business unit / Geschäftsbereich, Site / Standort, Cost centre / Kostenstelle (number cells), Audit universe code / Code Prüfungsuniversum, Process / Prozess, Risk ID / Risiko-ID, Control ID (ICS) / Kontroll-ID (IKS), Control test ID / Kontrolltest-ID, Rating (H=Major NC, N=Minor NC, B=Obs, V=OFI) / Einstufung (H=Hauptabweichung, N=Nebenabweichung, B=Beobachtung, V=Verbesserungspotenzial) holding the letters H, N, B, V, Requirements (ISO/IEC 27001:2022 | policy § | NIST SP 800-53) / Anforderungen (...) holding \"A.8.32 | POL-IS-004 §5.3 | CM-3\", \"A.5.16 | POL-IS-007 §3.1 | IA-2\", \"A.5.19, A.5.20 | POL-PRC-002 | SR-6\", \"8.2 | POL-RM-001 | RA-3\", \"7.3 | POL-HR-005 | AT-2\" ..., Title / Titel (a short title), Finding / Feststellung (the statement, in English; KR117-01's continues on the next row, which holds only text in this column), Risk / Risiko, Root cause / Ursache, Measure / Maßnahme (filled for five), Responsible / Verantwortlich (\"Fischer, Lena <lena.fischer@acme.test>\", \"OT Security Office <ops@acme.test>\", \"Lombardi, Martín <martin@acme.test>\", \"Karim, Badr <badr@acme.test>\", a name without email that is no user), Deputy / Stellvertretung (last-name-first names, once a user who is not the responsible), Due / Fällig (date cells), Status (\"in progress / in Bearbeitung\", \"open / offen\"), SLA met / SLA eingehalten, Remediation ticket / Ticket (SECOPS-1176 ..., one ticket shared by two findings), Repeat finding / Wiederholungsfeststellung, Management response / Stellungnahme, Auditor / Prüfer and Reported to AC / Bericht an Prüfungsausschuss (date cells). Under the table after a blank row a merged line \"Stand / As of: 06.05.2026 - vertraulich / confidential\"; not a finding",
            file_name: "KR-2026-117 ISMS Audit - Findings Register - Feststellungsregister (EN-DE).xlsx",
            bytes: xlsx(vec![sheet(
                "Findings - Feststellungen",
                0,
                0,
                &[
                    &["Brenner Industrie AG - Group Internal Audit / Konzernrevision - ISMS audit 2026 - Findings register / Feststellungsregister"],
                    &["Audit no. / Prüfungsnr. KR-2026-117 | Scope / Umfang: Group IT, plants Augsburg and Regensburg | Report date / Berichtsdatum 24.04.2026 | Findings in parts (.1, .2) are rated and tracked separately / Teilfeststellungen (.1, .2) werden einzeln eingestuft und verfolgt"],
                    &["Key\nSchlüssel", "Audit no.\nPrüfungsnr.", "Company code\nBuchungskreis", "Business unit\nGeschäftsbereich", "Site\nStandort", "Cost centre\nKostenstelle", "Audit universe code\nCode Prüfungsuniversum", "Process\nProzess", "Risk ID\nRisiko-ID", "Control ID (ICS)\nKontroll-ID (IKS)", "Control test ID\nKontrolltest-ID", "Rating (H=Major NC, N=Minor NC, B=Obs, V=OFI)\nEinstufung (H=Hauptabweichung, N=Nebenabweichung, B=Beobachtung, V=Verbesserungspotenzial)", "Requirements (ISO/IEC 27001:2022 | policy § | NIST SP 800-53)\nAnforderungen (ISO/IEC 27001:2022 | Richtlinie § | NIST SP 800-53)", "Title\nTitel", "Finding\nFeststellung", "Risk\nRisiko", "Root cause\nUrsache", "Measure\nMaßnahme", "Responsible\nVerantwortlich", "Deputy\nStellvertretung", "Due\nFällig", "Status", "SLA met\nSLA eingehalten", "Remediation ticket\nTicket", "Repeat finding\nWiederholungsfeststellung", "Management response\nStellungnahme", "Auditor\nPrüfer", "Reported to AC\nBericht an Prüfungsausschuss"],
                    &["KR117-01", "KR-2026-117", "#n 1000", "Group IT / Konzern-IT", "München", "#n 4711020", "PU-IT-023", "Change management / Änderungsmanagement", "R-IS-0147", "IKS-ITGC-CM-02", "KT-26-0381", "H", "A.8.32 | POL-IS-004 §5.3 | CM-3", "SAP transports without approval", "Of the 40 transports into the SAP S/4HANA production system sampled for January to March 2026, 17 had no approval of the change advisory board and 6 were imported by developers with their own accounts,", "Unauthorised changes to financial and production planning data.", "The emergency transport route has been used as the normal route since the S/4HANA go-live.", "Remove import rights from developers, enforce CAB approval in the transport workflow and review all emergency transports weekly.", "Fischer, Lena <lena.fischer@acme.test>", "Wagner, Stefan", "#d 2026-06-30", "in progress / in Bearbeitung", "no / nein", "SECOPS-1176", "yes / ja", "Agreed / Zugestimmt", "M. Keller", "#d 2026-05-06"],
                    &["", "", "", "", "", "", "", "", "", "", "", "", "", "", "although section 5.3 of the Change Management Policy POL-IS-004 allows imports by developers in emergencies only."],
                    &["KR117-02.1", "KR-2026-117", "#n 2100", "Powertrain Components / Antriebskomponenten", "Augsburg", "#n 4720310", "PU-OT-004", "OT access / OT-Zugriff", "R-OT-0021", "IKS-OT-AC-01", "KT-26-0390", "N", "A.5.16 | POL-IS-007 §3.1 | IA-2", "Shared HMI accounts Augsburg", "The operator panels (HMI) of the 14 press lines at the Augsburg plant are used with one shared account per line, whose passwords have not been changed since 2021.", "Actions on the press lines cannot be traced to a person.", "The HMIs were delivered with vendor accounts and never integrated with the plant directory.", "Introduce personal badge logins on the HMIs of the press lines and change the shared passwords until then.", "OT Security Office <ops@acme.test>", "Huber, Anna", "#d 2026-09-30", "open / offen", "yes / ja", "SECOPS-1179", "no / nein", "Agreed / Zugestimmt", "M. Keller", "#d 2026-05-06"],
                    &["KR117-02.2", "KR-2026-117", "#n 2100", "Powertrain Components / Antriebskomponenten", "Regensburg", "#n 4720410", "PU-OT-004", "OT access / OT-Zugriff", "R-OT-0022", "IKS-OT-NW-02", "KT-26-0391", "B", "A.8.22 | POL-IS-007 | SC-7", "OT/IT segregation Regensburg", "The firewall between the office and OT networks at the Regensburg plant allows any traffic from the IT jump server subnet to the OT network; the rule has no owner and no review date.", "Lateral movement from the office network to the production network.", "The rule was opened for the MES migration in 2024 and never narrowed.", "Restrict the rule to the engineering workstations and ports needed and add it to the annual firewall rule review.", "Lombardi, Martín <martin@acme.test>", "Huber, Anna", "#d 2026-07-31", "open / offen", "yes / ja", "SECOPS-1180", "no / nein", "Agreed / Zugestimmt", "M. Keller", "#d 2026-05-06"],
                    &["KR117-03", "KR-2026-117", "#n 1000", "Group Procurement / Konzerneinkauf", "München", "#n 4730100", "PU-PRC-002", "Supplier management / Lieferantenmanagement", "R-IS-0152", "IKS-PRC-03", "KT-26-0395", "N", "A.5.19, A.5.20 | POL-PRC-002 | SR-6", "Supplier security clauses", "Nine of the 25 IT service contracts signed in 2025 contain no information security clauses, and the suppliers were not assessed for security before signature, contrary to the Supplier Security Policy.", "Confidentiality and availability of group data at suppliers.", "The contract templates of Group Procurement predate the policy.", "Add the security annex to the contract templates and assess the nine suppliers by the end of September 2026.", "Karim, Badr <badr@acme.test>", "Fischer, Lena", "#d 2026-09-30", "open / offen", "yes / ja", "SECOPS-1182", "no / nein", "Agreed / Zugestimmt", "S. Brandl", "#d 2026-05-06"],
                    &["KR117-04", "KR-2026-117", "#n 1000", "Group IT / Konzern-IT", "München", "#n 4711010", "PU-IT-001", "ISMS governance / ISMS-Steuerung", "R-IS-0100", "IKS-ISMS-01", "KT-26-0398", "N", "8.2 | POL-RM-001 | RA-3", "Risk assessment after acquisition", "The information security risk assessment was not repeated after the acquisition of the Linz casting plant in September 2025, although the acquisition changed the scope of the ISMS; the plant's systems are not in the risk register.", "Risks of the Linz plant are neither known nor treated.", "The integration plan for the acquisition had no ISMS work package.", "Extend the risk assessment to the Linz plant and update the risk treatment plan by the end of June 2026.", "Jürgen Hofmann", "Wagner, Stefan", "#d 2026-06-30", "open / offen", "yes / ja", "SECOPS-1182", "no / nein", "Agreed / Zugestimmt", "S. Brandl", "#d 2026-05-06"],
                    &["KR117-05", "KR-2026-117", "#n 2100", "Powertrain Components / Antriebskomponenten", "Augsburg", "#n 4720300", "PU-OT-001", "Threat intelligence / Bedrohungsinformationen", "R-OT-0030", "IKS-OT-TI-01", "KT-26-0402", "V", "A.5.7 | POL-IS-001 | PM-16", "ICS threat intelligence", "Threat intelligence on industrial control systems, such as the ICS advisories of the BSI and CISA, could be assessed by the OT security office as well as by Group IT.", "", "", "", "Fischer, Lena <lena.fischer@acme.test>", "Huber, Anna", "", "open / offen", "yes / ja", "", "no / nein", "Noted / Zur Kenntnis genommen", "M. Keller", "#d 2026-05-06"],
                    &["KR117-06", "KR-2026-117", "#n 2100", "Powertrain Components / Antriebskomponenten", "Regensburg", "#n 4720400", "PU-HR-003", "Awareness / Sensibilisierung", "R-IS-0160", "IKS-HR-02", "KT-26-0405", "B", "7.3 | POL-HR-005 | AT-2", "Awareness of shift workers", "Shift workers at the Regensburg plant who have no PC workplace do not receive the annual security awareness training, because the e-learning is the only format offered.", "Phishing and social engineering on the shop floor.", "", "", "Karim, Badr <badr@acme.test>", "Wagner, Stefan", "", "open / offen", "yes / ja", "", "no / nein", "Noted / Zur Kenntnis genommen", "S. Brandl", "#d 2026-05-06"],
                    &[""],
                    &["Stand / As of: 06.05.2026 - vertraulich / confidential"],
                ],
            )
            .merged(0, 0, 0, 27)
            .merged(1, 0, 1, 27)
            .merged(12, 0, 12, 27)]),
            expected: vec![
                // "POL-IS-004 §5.3" is a section of the internal policy, not clause 5.3.
                finding("KR117-01", "major", "A.8.32", "Of the 40 transports into the SAP S/4HANA")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // Two parts, each rated and assigned on its own: two findings.
                finding("KR117-02.1", "minor", "A.5.16", "The operator panels (HMI) of the 14 press lines")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("KR117-02.2", "observation", "A.8.22", "The firewall between the office and OT networks")
                    .owner("martin@acme.test")
                    .plan(true),
                // Owner Badr Karim; Lena Fischer is only the deputy.
                finding("KR117-03", "minor", "A.5.19, A.5.20", "Nine of the 25 IT service contracts")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("KR117-04", "minor", "8.2", "The information security risk assessment was not repeated")
                    .pending(&["Jürgen Hofmann"])
                    .plan(true),
                finding("KR117-05", "ofi", "A.5.7", "Threat intelligence on industrial control systems")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("KR117-06", "observation", "7.3", "Shift workers at the Regensburg plant")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A US bank's GRC platform report exported as a UTF-8 CSV with a BOM: 28 columns, header
        // in the first line, most irrelevant (tracking id, risk rating, priority, line of
        // business, region, legal entity, cost center, audit universe id, engagement, risk id,
        // control id, control test id, LOB executive, due dates as US text, SLA status, Jira
        // key, repeat issue of, date identified). Two id columns: "Tracking ID" is the
        // platform's numeric record number; the finding reference is "Issue #"
        // (IA-ISMS-26-01 ...). "Repeat Issue Of" names an older issue (IA-ISMS-24-07), not
        // IA-ISMS-26-02's reference. The grade is the code in "Rating (1=Major NC, 2=Minor NC,
        // 3=Obs, 4=OFI)" (text "1" to "4"); "Risk Rating" (High / Moderate / Low) and
        // "Priority" (P1-P4) are no grades and disagree once (the minor IA-ISMS-26-03 is rated
        // Low risk). The statement is the Issue Description, not the Issue Title. The
        // "Authoritative Sources" cell lists the ISO/IEC 27001:2022 ids then the NIST SP 800-53
        // Rev 5 ids: the ISO ids are the requirements, the NIST ids are other references
        // (written bare, as in the corpus: "AC-2"; "Rev 5" and "27001:2022" are edition
        // labels); IA-ISMS-26-03 cites only ISO clause 9.3, so no other references. The
        // internal policy ids are in their own "Policy / Standard" column: internal policies,
        // not another framework, so not other references. Owners in "Last, First (dept)
        // <email>" and "Role <email>" forms ("Lombardi, Martin (Ent Tech)" without the accent
        // is martin@acme.test by its email); "Tamika Reynolds" has no email and is no user.
        // "LOB Executive" is not the owner (IA-ISMS-26-02's is Badr Karim, its owner is
        // ops@acme.test). Plans: Remediation Plan filled or empty.
        Layout {
            id: "holdout34-us-bank-grc-csv-28-columns-nist-others",
            origin: "holdout 34, written for this holdout: a US (Charlotte, North Carolina) regional bank's GRC platform (Archer-like) report \"ISMS ISO 27001 Internal Audit FY26 - Issues\" exported as a comma-separated UTF-8 CSV with a BOM and CRLF, header in the first line, 28 columns in the platform's field names: Tracking ID (the numeric record id, 418827 ...), Issue # (IA-ISMS-26-01 ... 06), Issue Title, Issue Description (the statement), Rating (1=Major NC, 2=Minor NC, 3=Obs, 4=OFI) holding \"1\" to \"4\", Risk Rating (High, Moderate, Low), Priority (P1 to P4), Line of Business, Region, Legal Entity, Cost Center (\"CC 72-1140\"), Audit Universe ID (AUE-0342 ...), Audit Engagement, Risk ID, Control ID, Control Test ID, Authoritative Sources (\"ISO/IEC 27001:2022 A.5.18; NIST SP 800-53 Rev 5 AC-2\", \"ISO/IEC 27001:2022 A.8.15, A.8.16; NIST SP 800-53 Rev 5 AU-6, SI-4\", \"ISO/IEC 27001:2022 Clause 9.3\" ...), Policy / Standard (\"POL-IS-004 Identity and Access Management Policy\", \"STD-LOG-002 ...\"), Issue Owner (\"Lombardi, Martin (Ent Tech) <martin@acme.test>\", \"IT Operations Command Center <ops@acme.test>\", \"Karim, Badr <badr@acme.test>\", \"Fischer, Lena <lena.fischer@acme.test>\", a name without email that is no user), LOB Executive (names, once a user who is not the owner), Remediation Plan (filled for four), Original Due Date and Current Due Date (US text dates 06/30/2026), Status (Remediation in Progress, Open), SLA Status (Within SLA, Past Due), Jira Key (ISRM-5521 ...), Repeat Issue Of (IA-ISMS-24-07 on one issue) and Date Identified (US text dates)",
            file_name: "ISMS_ISO27001_Internal_Audit_FY26_Issues_Report.csv",
            bytes: format!(
                "\u{feff}{}\r\n",
                delimited(
                    &[
                        &["Tracking ID", "Issue #", "Issue Title", "Issue Description", "Rating (1=Major NC, 2=Minor NC, 3=Obs, 4=OFI)", "Risk Rating", "Priority", "Line of Business", "Region", "Legal Entity", "Cost Center", "Audit Universe ID", "Audit Engagement", "Risk ID", "Control ID", "Control Test ID", "Authoritative Sources", "Policy / Standard", "Issue Owner", "LOB Executive", "Remediation Plan", "Original Due Date", "Current Due Date", "Status", "SLA Status", "Jira Key", "Repeat Issue Of", "Date Identified"],
                        &["418827", "IA-ISMS-26-01", "Terminated user access not removed", "Network and application access of 9 of the 45 terminated employees sampled in Consumer Banking remained active for 6 to 31 days after termination; two of the accounts were used after the termination date.", "2", "High", "P2", "Consumer Banking", "Southeast", "Piedmont Bank, N.A.", "CC 72-1140", "AUE-0342", "ISMS ISO 27001 Internal Audit FY26", "OR-TECH-0112", "CTL-IAM-0021", "CT-FY26-1187", "ISO/IEC 27001:2022 A.5.18; NIST SP 800-53 Rev 5 AC-2", "POL-IS-004 Identity and Access Management Policy", "Lombardi, Martin (Ent Tech) <martin@acme.test>", "Dana Whitfield", "Automate the termination feed from Workday to Active Directory and to the 14 applications outside single sign-on; reconcile leavers weekly until it is live.", "06/30/2026", "06/30/2026", "Remediation in Progress", "Within SLA", "ISRM-5521", "", "03/18/2026"],
                        &["418830", "IA-ISMS-26-02", "Security log review not performed", "Daily review of security event logs for the online banking platform stopped after the SIEM migration in October 2025: no review evidence exists from October 2025 to February 2026, and alerts on privileged logins were not routed to the SOC.", "1", "High", "P1", "Enterprise Technology", "Enterprise", "Piedmont Bank, N.A.", "CC 10-0410", "AUE-0117", "ISMS ISO 27001 Internal Audit FY26", "OR-TECH-0087", "CTL-LOG-0004", "CT-FY26-1192", "ISO/IEC 27001:2022 A.8.15, A.8.16; NIST SP 800-53 Rev 5 AU-6, SI-4", "STD-LOG-002 Security Logging and Monitoring Standard", "IT Operations Command Center <ops@acme.test>", "Badr Karim", "Route privileged login alerts to the SOC again, assign a daily reviewer and re-review the October to February logs for privileged activity.", "04/30/2026", "05/29/2026", "Open", "Past Due", "ISRM-5530", "IA-ISMS-24-07", "03/19/2026"],
                        &["418836", "IA-ISMS-26-03", "Management review inputs incomplete", "The ISMS management review of December 2025 did not consider the results of the risk assessment or the status of the risk treatment plan, and its minutes record no decisions on changes to the ISMS.", "2", "Low", "P3", "Corporate Functions", "Enterprise", "Piedmont Financial Corp.", "CC 01-0020", "AUE-0009", "ISMS ISO 27001 Internal Audit FY26", "OR-GOV-0015", "CTL-GOV-0003", "CT-FY26-1201", "ISO/IEC 27001:2022 Clause 9.3", "POL-IS-001 Information Security Policy", "Karim, Badr <badr@acme.test>", "Dana Whitfield", "Add all required inputs to the management review agenda template and hold a supplementary review in Q2 2026.", "06/30/2026", "06/30/2026", "Open", "Within SLA", "ISRM-5534", "", "03/19/2026"],
                        &["418841", "IA-ISMS-26-04", "Supply chain security requirements", "Security requirements for the ICT supply chain are not passed on to the subcontractors of the card processing vendor: the vendor contract does not require it to flow security requirements down.", "3", "Moderate", "P3", "Commercial Banking", "Mid-Atlantic", "Piedmont Bank, N.A.", "CC 44-2310", "AUE-0228", "ISMS ISO 27001 Internal Audit FY26", "OR-TPR-0041", "CTL-TPR-0011", "CT-FY26-1210", "ISO/IEC 27001:2022 A.5.21; NIST SP 800-53 Rev 5 SR-3", "POL-TP-003 Third Party Risk Management Policy", "Fischer, Lena <lena.fischer@acme.test>", "Marcus Hale", "", "", "", "Open", "Within SLA", "ISRM-5540", "", "03/20/2026"],
                        &["418845", "IA-ISMS-26-05", "Threat modeling gate", "Threat modeling could be added as a gate of the secure development lifecycle for internet-facing applications, as the mobile banking team already does.", "4", "Low", "P4", "Consumer Banking", "Southeast", "Piedmont Bank, N.A.", "CC 72-1180", "AUE-0351", "ISMS ISO 27001 Internal Audit FY26", "OR-TECH-0130", "CTL-SDL-0002", "CT-FY26-1214", "ISO/IEC 27001:2022 A.8.25; NIST SP 800-53 Rev 5 SA-15", "STD-SDL-001 Secure Development Standard", "Tamika Reynolds", "Dana Whitfield", "", "", "", "Open", "Within SLA", "", "", "03/20/2026"],
                        &["418850", "IA-ISMS-26-06", "Wire transfer continuity plan outdated", "The ICT continuity plan of the wire transfer platform was last tested in 2023 and does not reflect the move of the platform to the secondary data center in 2025.", "2", "High", "P2", "Commercial Banking", "Mid-Atlantic", "Piedmont Bank, N.A.", "CC 44-2300", "AUE-0231", "ISMS ISO 27001 Internal Audit FY26", "OR-BCM-0008", "CTL-BCM-0004", "CT-FY26-1220", "ISO/IEC 27001:2022 A.5.29, A.5.30; NIST SP 800-53 Rev 5 CP-2, CP-4", "POL-BC-001 Business Continuity Policy", "Fischer, Lena <lena.fischer@acme.test>", "Marcus Hale", "Update the continuity plan for the new data center and run a failover test before the end of Q3 2026.", "09/30/2026", "09/30/2026", "Open", "Within SLA", "ISRM-5546", "", "03/20/2026"],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                // "Lombardi, Martin (Ent Tech)" without the accent: the email decides.
                finding("IA-ISMS-26-01", "minor", "A.5.18", "Network and application access of 9")
                    .owner("martin@acme.test")
                    .plan(true)
                    .others(&["AC-2"]),
                // "Repeat Issue Of IA-ISMS-24-07" is an older issue; LOB Executive is not the owner.
                finding("IA-ISMS-26-02", "major", "A.8.15, A.8.16", "Daily review of security event logs")
                    .owner("ops@acme.test")
                    .plan(true)
                    .others(&["AU-6", "SI-4"]),
                // Rating 2 although the Risk Rating is Low; only ISO cited.
                finding("IA-ISMS-26-03", "minor", "9.3", "The ISMS management review of December 2025")
                    .owner("badr@acme.test")
                    .plan(true)
                    .others(&[]),
                finding("IA-ISMS-26-04", "observation", "A.5.21", "Security requirements for the ICT supply chain")
                    .owner("lena.fischer@acme.test")
                    .plan(false)
                    .others(&["SR-3"]),
                finding("IA-ISMS-26-05", "ofi", "A.8.25", "Threat modeling could be added")
                    .pending(&["Tamika Reynolds"])
                    .plan(false)
                    .others(&["SA-15"]),
                finding("IA-ISMS-26-06", "minor", "A.5.29, A.5.30", "The ICT continuity plan of the wire transfer")
                    .owner("lena.fischer@acme.test")
                    .plan(true)
                    .others(&["CP-2", "CP-4"]),
            ],
        },
        // An Australian listed energy retailer's group ISMS findings register exported from its
        // GRC tool (CAM) to Excel: 30 columns under a merged group row (IDENTIFICATION /
        // FINDING / REMEDIATION / GRC LINKAGES, a first header row that is no finding), most
        // irrelevant (source, division, state, cost centre as number cells, business unit,
        // date raised, raised by, residual risk, priority, repeat flag, root cause, accountable
        // GM, revised due, status, % complete as number cells, CAM issue id, risk id, control
        // id, control test id, Jira key, SLA flag, audit universe code). The reference column
        // is "Log No." (ISMS-LOG-0241 ..., a register numbered across years). The grade is the
        // code in "Cat. (C1=Major NC, C2=Minor NC, C3=Obs, C4=OFI)", defined only there;
        // "Residual Risk" (Extreme / High / Medium / Low), "Priority (P1-P4)" and "SLA Flag"
        // (Red / Amber / Green colour words) are no grades. Two findings' statements continue
        // on following rows that hold text only in the Finding Statement column: two
        // continuation rows under ISMS-LOG-0241, one under ISMS-LOG-0242; none is a finding.
        // Findings from the certification body's surveillance audit (Source "Surveillance audit
        // SA1") are in the same register and are findings of the file. Requirements "ISO /
        // group policy / NIST": only ISO ids count; "A.5.31 / POL-LG-002" names no NIST id.
        // Owners "Name <email>": "Cyber Ops <ops@acme.test>" is ops@acme.test; "Jacinta
        // O'Brien" has no email and is no user. "Accountable GM" is not the owner. Plans:
        // Agreed Action filled or empty. The export footer line is no finding.
        Layout {
            id: "holdout34-au-energy-grouped-header-30-columns-continuations",
            origin: "holdout 34, written for this holdout: an Australian (Sydney) ASX-listed energy retailer and network operator's Group Risk & Assurance ISMS findings register, exported from its GRC tool (CAM) to Excel. Sheet \"Register\": a merged title (\"HARBOURLINE ENERGY LIMITED - GROUP RISK & ASSURANCE - ISMS FINDINGS REGISTER FY26\"), a merged source line (internal audit IA-FY26-04 and surveillance audit SA1 of ISO/IEC 27001:2022, export date), a blank row, a row of merged column groups (IDENTIFICATION over 8 columns, FINDING over 7, REMEDIATION over 8, GRC LINKAGES over 7), then the 30-column header: Log No. (ISMS-LOG-0241 ... 0246), Source (Internal audit IA-FY26-04, Surveillance audit SA1), Division, State (NSW, VIC, QLD, SA), Cost Centre (number cells), Business Unit, Date Raised (date cells), Raised By, Cat. (C1=Major NC, C2=Minor NC, C3=Obs, C4=OFI) holding C1 to C4, Requirement (ISO 27001:2022 / Group policy / NIST 800-53) holding \"A.5.24 / POL-IS-012 / IR-8\", \"A.8.13 / STD-BK-001 / CP-9\", \"A.5.31 / POL-LG-002\", \"A.8.9 / STD-CFG-002 / CM-2, CM-6\" ..., Finding Statement (the statement; two continuation rows under the first finding and one under the second hold text only in this column), Objective Evidence, Residual Risk (Extreme, High, Medium, Low), Priority (P1-P4), Repeat?, Root Cause, Agreed Action (filled for four), Action Owner (\"Cyber Ops <ops@acme.test>\", \"Martín Lombardi <martin@acme.test>\", \"Badr Karim <badr@acme.test>\", \"Lena Fischer <lena.fischer@acme.test>\", \"Fischer, Lena <lena.fischer@acme.test>\", a name without email that is no user), Accountable GM, Due Date and Revised Due (date cells), Status, % Complete (number cells), CAM Issue ID, Risk ID, Control ID, Control Test ID, Jira Key, SLA Flag (Red, Amber, Green) and Audit Universe Code. Under the table after a blank row a merged export footer (\"Records exported: 6 | Filter: Register = ISMS; Status <> Cancelled | ...\"); not a finding",
            file_name: "HLE ISMS Findings Register FY26 (CAM export).xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["HARBOURLINE ENERGY LIMITED - GROUP RISK & ASSURANCE - ISMS FINDINGS REGISTER FY26"],
                    &["Sources: ISO/IEC 27001:2022 internal audit IA-FY26-04 (February-March 2026) and certification body surveillance audit SA1 (April 2026) | Exported from CAM on 12/05/2026"],
                    &[""],
                    &["IDENTIFICATION", "", "", "", "", "", "", "", "FINDING", "", "", "", "", "", "", "REMEDIATION", "", "", "", "", "", "", "", "GRC LINKAGES"],
                    &["Log No.", "Source", "Division", "State", "Cost Centre", "Business Unit", "Date Raised", "Raised By", "Cat. (C1=Major NC, C2=Minor NC, C3=Obs, C4=OFI)", "Requirement (ISO 27001:2022 / Group policy / NIST 800-53)", "Finding Statement", "Objective Evidence", "Residual Risk", "Priority (P1-P4)", "Repeat?", "Root Cause", "Agreed Action", "Action Owner", "Accountable GM", "Due Date", "Revised Due", "Status", "% Complete", "CAM Issue ID", "Risk ID", "Control ID", "Control Test ID", "Jira Key", "SLA Flag", "Audit Universe Code"],
                    &["ISMS-LOG-0241", "Internal audit IA-FY26-04", "Corporate IT", "NSW", "#n 31045", "Cyber Security", "#d 2026-02-24", "R. Nguyen (Group Assurance)", "C2", "A.5.24 / POL-IS-012 / IR-8", "The cyber incident response plan (v2.1, 2023) still names the former managed SOC provider and its hotline and has not been updated for the 12- and 72-hour reporting timeframes of the Security of Critical Infrastructure Act;", "IR plan v2.1; SOC contract exit letter of 30/09/2025", "High", "P2", "N", "The plan owner role was vacant from July to December 2025.", "Rewrite the plan for the current SOC provider and the SOCI reporting timeframes, and run a tabletop exercise on it.", "Cyber Ops <ops@acme.test>", "GM Technology Services", "#d 2026-05-29", "#d 2026-07-31", "In Progress", "#n 40", "CAM-ISS-20931", "RSK-IT-118", "CTL-IR-01", "CT-26-044", "CYBER-3310", "Amber", "AUC-IT-09"],
                    &["", "", "", "", "", "", "", "", "", "", "the escalation contacts in its appendix B include three people who have left the company,"],
                    &["", "", "", "", "", "", "", "", "", "", "and the plan was not used during the phishing incident of 14 January 2026 (INC-77120)."],
                    &["ISMS-LOG-0242", "Internal audit IA-FY26-04", "Retail", "VIC", "#n 22010", "Customer Operations", "#d 2026-02-25", "R. Nguyen (Group Assurance)", "C1", "A.8.13 / STD-BK-001 / CP-9", "Backups of the customer billing platform have not been restore-tested since it moved to the new storage array in August 2025, and the nightly backup of the billing database failed on 19 of the 31 nights of January 2026", "Backup job history January 2026; restore test log, last entry 04/07/2025", "Extreme", "P1", "N", "Backup monitoring alerts were not migrated to the new storage array.", "Restore-test the billing database monthly, alert on failed backup jobs and report backup success rates to the Technology Risk Committee.", "Martín Lombardi <martin@acme.test>", "GM Retail Operations", "#d 2026-04-30", "", "In Progress", "#n 60", "CAM-ISS-20935", "RSK-IT-104", "CTL-BK-02", "CT-26-047", "CYBER-3314", "Red", "AUC-IT-04"],
                    &["", "", "", "", "", "", "", "", "", "", "without an incident being raised or the backup team being alerted."],
                    &["ISMS-LOG-0243", "Internal audit IA-FY26-04", "Networks", "SA", "#n 41520", "Field Operations", "#d 2026-03-03", "T. Walsh (Group Assurance)", "C3", "A.7.4 / POL-PS-003 / PE-6", "CCTV recordings at four of the twelve zone substations sampled are kept for 7 days, while the Physical Security Policy requires 30 days.", "CCTV retention settings of 12 substations", "Medium", "P3", "N", "", "", "Jacinta O'Brien", "GM Network Operations", "#d 2026-08-31", "", "Open", "#n 0", "CAM-ISS-20940", "RSK-NW-033", "CTL-PS-04", "CT-26-051", "", "Green", "AUC-NW-02"],
                    &["ISMS-LOG-0244", "Surveillance audit SA1", "Corporate", "NSW", "#n 11005", "Legal & Regulatory", "#d 2026-04-15", "Certification body (SA1)", "C2", "A.5.31 / POL-LG-002", "The register of legal, statutory and regulatory requirements does not include the obligations of the Security of Critical Infrastructure Act 2018 and its risk management program rules, which apply to the Networks division.", "Legal obligations register v14", "High", "P2", "N", "The register is maintained by Legal for the retail licences only.", "Add the SOCI Act and its rules to the register and map them to the ISMS controls.", "Badr Karim <badr@acme.test>", "General Counsel", "#d 2026-06-30", "", "Open", "#n 10", "CAM-ISS-21002", "RSK-CO-007", "CTL-LG-01", "CT-26-060", "CYBER-3342", "Amber", "AUC-CO-05"],
                    &["ISMS-LOG-0245", "Internal audit IA-FY26-04", "Generation", "QLD", "#n 51200", "Generation OT", "#d 2026-03-05", "T. Walsh (Group Assurance)", "C4", "A.8.16 / STD-MON-004 / SI-4", "Alarms from the OT intrusion detection sensors at the Brigalow power station could be sent to the SOC's SIEM so that they are triaged together with the IT alerts.", "Interview with the OT security engineer", "Low", "P4", "N", "", "", "Lena Fischer <lena.fischer@acme.test>", "GM Generation", "", "", "Open", "#n 0", "CAM-ISS-20944", "RSK-GN-012", "CTL-MON-03", "CT-26-053", "", "Green", "AUC-GN-01"],
                    &["ISMS-LOG-0246", "Surveillance audit SA1", "Networks", "VIC", "#n 41100", "Network Control", "#d 2026-04-16", "Certification body (SA1)", "C2", "A.8.9 / STD-CFG-002 / CM-2, CM-6", "The 23 jump hosts used to reach the network control systems are built from an undocumented image; four of the six sampled had local administrator accounts and services enabled that the hardening standard prohibits.", "Configuration export of six jump hosts", "High", "P2", "Y", "No baseline image was defined when the jump hosts were rebuilt in 2024.", "Define a hardened baseline image for the jump hosts, rebuild them from it and scan them against the baseline every month.", "Fischer, Lena <lena.fischer@acme.test>", "GM Network Operations", "#d 2026-07-31", "", "Open", "#n 5", "CAM-ISS-21005", "RSK-NW-041", "CTL-CFG-02", "CT-26-062", "CYBER-3345", "Red", "AUC-NW-04"],
                    &[""],
                    &["Records exported: 6 | Filter: Register = ISMS; Status <> Cancelled | Exported by CAM on 12/05/2026 09:14 AEST"],
                ],
            )
            .merged(0, 0, 0, 29)
            .merged(1, 0, 1, 29)
            .merged(3, 0, 3, 7)
            .merged(3, 8, 3, 14)
            .merged(3, 15, 3, 22)
            .merged(3, 23, 3, 29)
            .merged(15, 0, 15, 29)]),
            expected: vec![
                // Its statement goes on over the next two rows.
                finding("ISMS-LOG-0241", "minor", "A.5.24", "The cyber incident response plan (v2.1, 2023)")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("ISMS-LOG-0242", "major", "A.8.13", "Backups of the customer billing platform")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("ISMS-LOG-0243", "observation", "A.7.4", "CCTV recordings at four of the twelve")
                    .pending(&["Jacinta O'Brien"])
                    .plan(false),
                // Raised by the certification body, kept in the same register.
                finding("ISMS-LOG-0244", "minor", "A.5.31", "The register of legal, statutory and regulatory")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("ISMS-LOG-0245", "ofi", "A.8.16", "Alarms from the OT intrusion detection sensors")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("ISMS-LOG-0246", "minor", "A.8.9", "The 23 jump hosts used to reach")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
            ],
        },
        // A Québec insurer's internal audit findings register saved by Excel as "CSV
        // (séparateur : point-virgule)", so `;`-separated Windows-1252 with CRLF, every line
        // padded to the 22 columns of the used range: a title line, a note line and an empty
        // line above the header. Headers "Français / English"; statements in French. Most
        // columns irrelevant (business unit, region, cost centre, audit universe code, risk id,
        // control test id, due date, status, SLA breach, Jira key, repeat, date raised,
        // auditor, comments, last update). The reference column is "Point / Item". The grade
        // is a letter code defined only in the header: "Cote (MA=NC majeure, MI=NC mineure,
        // OB=observation, PA=piste d'amélioration) / Rating (MA=Major NC, MI=Minor NC, OB=Obs,
        // PA=OFI)". P-03 is a grouping line: no rating, no requirement, no owner, and its
        // Constat cell only points to its parts ("voir P-03.1 et P-03.2 / see ..."); the note
        // line says multi-part findings are grouped under an unrated line and each part is
        // rated and tracked separately: P-03 is no finding, P-03.1 and P-03.2 are findings.
        // P-02's statement continues on the next line, which holds text only in the Constat
        // column. Requirements "ISO; politique/norme; NIST": only ISO ids count ("9.2.2;
        // POL-SI-001" is clause 9.2.2; NOR-SI-011 is an internal standard). Owners "Name
        // <email>": "Opérations TI <ops@acme.test>" is ops@acme.test; "Sophie Gagnon" has no
        // email and is no user. Plans: Plan d'action filled or empty.
        Layout {
            id: "holdout34-qc-insurer-fr-en-cp1252-csv-grouping-line",
            origin: "holdout 34, written for this holdout: a Québec (Québec City) property and casualty insurer's register of findings from its ISO/IEC 27001:2022 ISMS internal audit (mandate AI-2026-07), kept bilingual French/English and saved by a French-Canadian Excel as \"CSV (séparateur : point-virgule)\": `;`-separated, Windows-1252, CRLF, every line padded with semicolons to the 22 columns of the used range. A title line (\"Laurentide Assurances inc. / Laurentide Insurance Inc. - Audit interne du SMSI 2026 / ISMS Internal Audit 2026 - Registre des constats / Findings Register\"), a note line (quoted because it contains a semicolon: \"Mandat / Engagement AI-2026-07 | Les constats en plusieurs parties sont regroupés sous une ligne non cotée; chaque partie est cotée et suivie séparément / Multi-part findings are grouped under an unrated line; each part is rated and tracked separately\"), an empty line, then the header \"Français / English\": Point / Item (P-01, P-02, P-03 a grouping line, P-03.1, P-03.2, P-04 ... P-06), Vice-présidence / Business unit, Région / Region, Centre de coûts / Cost centre (5120-330), Code univers d'audit / Audit universe code, No risque / Risk ID, No test de contrôle / Control test ID, Cote (MA=NC majeure, MI=NC mineure, OB=observation, PA=piste d'amélioration) / Rating (MA=Major NC, MI=Minor NC, OB=Obs, PA=OFI) holding MA, MI, OB, PA, Exigences / Requirements (ISO/IEC 27001:2022; politique-norme / policy-standard; NIST SP 800-53) holding \"A.5.15; POL-SI-004; AC-3\", \"A.8.13; NOR-SI-011; CP-9\", \"9.2.2; POL-SI-001\" ... (quoted, as they contain semicolons), Constat / Finding (the statement, in French; P-02's continues on the next line holding only text in this column; P-03's only points to its parts), Cause racine / Root cause, Plan d'action / Action plan (filled for four), Responsable / Owner (\"Lena Fischer <lena.fischer@acme.test>\", \"Opérations TI <ops@acme.test>\", \"Martín Lombardi <martin@acme.test>\", \"Lombardi, Martín <martin@acme.test>\", \"Badr Karim <badr@acme.test>\", \"Karim, Badr <badr@acme.test>\", a name without email that is no user), Échéance / Due date (ISO text dates), Statut / Status (\"Ouvert / Open\", \"En cours / In progress\"), Dépassement SLA / SLA breach, Clé Jira / Jira key (SSI-781 ...), Récurrent / Repeat, Date du constat / Date raised, Auditeur / Auditor, Commentaires / Comments and Dernière MAJ / Last updated",
            file_name: "Constats_audit_interne_SMSI_2026_Findings_AI-2026-07.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Laurentide Assurances inc. / Laurentide Insurance Inc. - Audit interne du SMSI 2026 / ISMS Internal Audit 2026 - Registre des constats / Findings Register", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
                        &["Mandat / Engagement AI-2026-07 | Les constats en plusieurs parties sont regroupés sous une ligne non cotée; chaque partie est cotée et suivie séparément / Multi-part findings are grouped under an unrated line; each part is rated and tracked separately", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
                        &["Point / Item", "Vice-présidence / Business unit", "Région / Region", "Centre de coûts / Cost centre", "Code univers d'audit / Audit universe code", "No risque / Risk ID", "No test de contrôle / Control test ID", "Cote (MA=NC majeure, MI=NC mineure, OB=observation, PA=piste d'amélioration) / Rating (MA=Major NC, MI=Minor NC, OB=Obs, PA=OFI)", "Exigences / Requirements (ISO/IEC 27001:2022; politique-norme / policy-standard; NIST SP 800-53)", "Constat / Finding", "Cause racine / Root cause", "Plan d'action / Action plan", "Responsable / Owner", "Échéance / Due date", "Statut / Status", "Dépassement SLA / SLA breach", "Clé Jira / Jira key", "Récurrent / Repeat", "Date du constat / Date raised", "Auditeur / Auditor", "Commentaires / Comments", "Dernière MAJ / Last updated"],
                        &["P-01", "VP Sinistres / VP Claims", "Québec", "5120-330", "UA-TI-08", "RQ-TI-044", "TC-26-112", "MI", "A.5.15; POL-SI-004; AC-3", "Les droits d'accès au système de gestion des sinistres sont accordés par profil individuel et non par rôle : 38 des 120 experts en sinistres échantillonnés ont des droits d'approbation de paiement que leur rôle ne requiert pas.", "Les profils sont copiés d'un employé à l'autre lors des embauches depuis 2022.", "Définir des rôles types pour les experts en sinistres et retirer les droits d'approbation excédentaires d'ici le 30 juin 2026.", "Lena Fischer <lena.fischer@acme.test>", "2026-06-30", "En cours / In progress", "Non / No", "SSI-781", "Non / No", "2026-03-09", "J.-F. Bouchard", "", "2026-04-20"],
                        &["P-02", "VP Technologies / VP Technology", "Québec", "5120-410", "UA-TI-03", "RQ-TI-012", "TC-26-118", "MA", "A.8.13; NOR-SI-011; CP-9", "Aucun test de restauration des sauvegardes du système de tarification automobile n'a été réalisé depuis sa migration vers le nuage en juin 2025, et les copies hors site exigées par la norme de sauvegarde NOR-SI-011", "Le test annuel de restauration n'a pas été replanifié après la migration.", "Réaliser un test de restauration complet d'ici le 31 mai 2026 et rétablir une copie hors site dans une deuxième région infonuagique.", "Opérations TI <ops@acme.test>", "2026-05-31", "Ouvert / Open", "Oui / Yes", "SSI-784", "Non / No", "2026-03-10", "J.-F. Bouchard", "Constat majeur signalé au comité d'audit / Major finding reported to the audit committee", "2026-04-20"],
                        &["", "", "", "", "", "", "", "", "", "ne sont plus produites depuis la fermeture du site de relève de Lévis.", "", "", "", "", "", "", "", "", "", "", "", ""],
                        &["P-03", "VP Approvisionnement / VP Procurement", "", "", "", "", "", "", "", "Gestion des fournisseurs infonuagiques - voir P-03.1 et P-03.2 / Cloud supplier management - see P-03.1 and P-03.2", "", "", "", "", "", "", "", "", "", "", "", ""],
                        &["P-03.1", "VP Approvisionnement / VP Procurement", "Montréal", "5140-200", "UA-AP-02", "RQ-AP-007", "TC-26-121", "MI", "A.5.19; POL-SI-009; SA-9", "Les fournisseurs de services infonuagiques retenus en 2025 pour la paie et la signature électronique n'ont fait l'objet d'aucune évaluation de sécurité avant la signature des contrats.", "Le processus d'approvisionnement ne prévoit pas d'étape de sécurité pour les services infonuagiques.", "Évaluer les deux fournisseurs d'ici le 30 juin 2026 et intégrer l'évaluation de sécurité au processus d'approvisionnement.", "Martín Lombardi <martin@acme.test>", "2026-06-30", "Ouvert / Open", "Non / No", "SSI-790", "Non / No", "2026-03-11", "M. Pelletier", "", "2026-04-20"],
                        &["P-03.2", "VP Approvisionnement / VP Procurement", "Montréal", "5140-200", "UA-AP-02", "RQ-AP-008", "TC-26-122", "OB", "A.5.23; POL-SI-009", "La stratégie de sortie du fournisseur infonuagique principal n'est pas documentée.", "", "", "Lombardi, Martín <martin@acme.test>", "", "Ouvert / Open", "Non / No", "", "Non / No", "2026-03-11", "M. Pelletier", "", "2026-04-20"],
                        &["P-04", "VP Distribution / VP Distribution", "Ontario", "5310-100", "UA-RH-01", "RQ-RH-003", "TC-26-125", "PA", "A.6.3; POL-RH-002; AT-2", "La formation de sensibilisation pourrait comprendre un module sur l'hameçonnage par messagerie texte, qui vise de plus en plus les courtiers.", "", "", "Badr Karim <badr@acme.test>", "", "Ouvert / Open", "Non / No", "", "Non / No", "2026-03-12", "M. Pelletier", "", "2026-04-20"],
                        &["P-05", "VP Conformité / VP Compliance", "Québec", "5100-050", "UA-GO-01", "RQ-GO-002", "TC-26-127", "MI", "9.2.2; POL-SI-001", "Le programme d'audit interne 2025-2026 ne tient compte ni des résultats des audits précédents ni de l'importance des processus.", "Le programme est reconduit d'une année à l'autre sans analyse.", "Revoir le programme d'audit pour le fonder sur les risques et sur les résultats des audits de 2024 et 2025.", "Sophie Gagnon", "2026-09-30", "Ouvert / Open", "Non / No", "SSI-795", "Oui / Yes", "2026-03-12", "J.-F. Bouchard", "", "2026-04-20"],
                        &["P-06", "VP Technologies / VP Technology", "Montréal", "5120-450", "UA-TI-11", "RQ-TI-051", "TC-26-129", "OB", "A.8.10; NOR-SI-015; MP-6", "Les postes de travail retournés par les employés en télétravail sont réaffectés sans effacement sécurisé des disques.", "", "", "Karim, Badr <badr@acme.test>", "", "Ouvert / Open", "Non / No", "", "Non / No", "2026-03-13", "M. Pelletier", "", "2026-04-20"],
                    ],
                    ';',
                )
            )),
            expected: vec![
                finding("P-01", "minor", "A.5.15", "Les droits d'accès au système de gestion des sinistres")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // Its statement goes on in the next line.
                finding("P-02", "major", "A.8.13", "Aucun test de restauration des sauvegardes")
                    .owner("ops@acme.test")
                    .plan(true),
                // P-03 is an unrated grouping line; its two parts are the findings.
                finding("P-03.1", "minor", "A.5.19", "Les fournisseurs de services infonuagiques")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("P-03.2", "observation", "A.5.23", "La stratégie de sortie du fournisseur")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("P-04", "ofi", "A.6.3", "La formation de sensibilisation pourrait")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("P-05", "minor", "9.2.2", "Le programme d'audit interne 2025-2026")
                    .pending(&["Sophie Gagnon"])
                    .plan(true),
                finding("P-06", "observation", "A.8.10", "Les postes de travail retournés")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
    ]
}

pub(super) fn thirty_fifth_holdout_layouts() -> Vec<Layout> {
    vec![
        // A London fintech startup's Google Sheets tracker, downloaded as xlsx (File >
        // Download > Microsoft Excel), so the file is named after the spreadsheet and keeps
        // its three tabs: "NCs" (open items), "Done" (closed items, still findings) and
        // "Links" (a list of bookmarks, no findings). The team numbers every audit item NC-n,
        // whatever its grade, so NC-7 is an observation and NC-8 an OFI: the grade is the Type
        // column ("MAJOR 😬", "Minor", "minor", "Obs", "OFI"). Status is an emoji dropdown
        // (🔴 open, 🟡 in progress, ✅ done); it is no grade. Ticket holds Jira keys or a full
        // Jira link (SEC-142 ...): no references. Statements can end with a link; NC-6's
        // statement names 9.3.2, but its ISO cell is 9.3. "A.5.15 / A.5.18" is two controls.
        // On Done, "5.2" (no A.) is clause 5.2 (the policy: the statement is about the
        // policy), and A.7 in NC-1's statement is not its requirement (6.1.3, the SoA).
        // Owners are typed as @mentions: "@Badr Karim", "@Lena Fischer", "@Martin Lombardi"
        // (no accent) and "@Martín Lombardi" are users; NC-6 mentions two users, so its owner
        // is not checked (which one owns it is not a matter of reading); NC-8's owner is the
        // ops mailbox's address, a user. The last row of NCs holds only "🔴 open" (the
        // dropdown set on an empty row): no finding. The note merged above the Done header is
        // no finding. Done has other columns than NCs ("Closed on", "How we fixed it",
        // "Evidence" links); plans are not checked.
        Layout {
            id: "holdout35-startup-gsheets-xlsx-ncs-done-tabs-emoji-mentions-links",
            origin: "holdout 35, written for this holdout: a 14-person London payments startup's ISO/IEC 27001:2022 tracker kept in Google Sheets by its co-founder and first-time certifier, downloaded with File > Download > Microsoft Excel (.xlsx), so the workbook is named after the spreadsheet (\"ISO 27001 🚀 tracker\") and keeps its three tabs in order. Tab \"NCs\" (open items): header in the first row, Status (an emoji dropdown: 🔴 open, 🟡 in progress), ID (NC-4 ... NC-8, the team's own numbering for every audit item whatever its grade), What's wrong (the statement, written casually; one ends with a Notion link), ISO (A.8.13, \"A.5.15 / A.5.18\", 9.3, A.5.23, A.8.16), Type (\"MAJOR 😬\", Minor, minor, Obs, OFI), Who (owners typed as @mentions: \"@Badr Karim\", \"@Lena Fischer\", \"@Badr Karim @Lena Fischer\", \"@Martin Lombardi\" without the accent, and the ops mailbox ops@acme.test), Ticket (a full Jira link once, Jira keys SEC-143 and SEC-150, blanks), \"Due\\ndate\" (a header with a line break inside the cell; date cells, blanks) and Notes / links (free text and Google Docs links). The row under the last finding holds only \"🔴 open\" in Status (the dropdown set on an empty row). Tab \"Done\" (closed items, moved over from NCs): a merged note above the header (\"✅ closed stuff goes here - move the row over once the auditor has seen the evidence\"), then a header that differs from NCs: Status (✅ done), ID (NC-1 ... NC-3, from the February internal audit), What's wrong, ISO (6.1.3, A.6.3, 5.2), Type (Minor, Obs, OFI), Who (@mentions), Closed on (date cells), How we fixed it, Evidence (Google Drive and Notion links) and Ticket (Jira keys). Tab \"Links\": two columns What / Link listing the ISMS Drive folder, the stage 2 audit report PDF, the risk register, the certification body's portal and a Slack channel; no findings",
            file_name: "ISO 27001 🚀 tracker.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "NCs",
                    0,
                    0,
                    &[
                        &["Status", "ID", "What's wrong", "ISO", "Type", "Who", "Ticket", "Due\ndate", "Notes / links"],
                        &["🔴 open", "NC-4", "Backups of the prod Postgres (RDS) have never been restore-tested, so we can't show that a restore actually works. Auditor wants evidence of a real restore: https://www.notion.so/pebble/Backup-runbook-8f2c1a", "A.8.13", "MAJOR 😬", "@Badr Karim", "https://pebblepay.atlassian.net/browse/SEC-142", "#d 2026-04-30", "90 days to close a major!! follow-up visit needed"],
                        &["🟡 in progress", "NC-5", "Offboarding: 2 leavers still had GitHub + Google Workspace access 3 weeks after their last day", "A.5.15 / A.5.18", "Minor", "@Lena Fischer", "SEC-143", "#d 2026-05-15", "checklist draft: https://docs.google.com/document/d/1hQ7xOffboard/edit"],
                        &["🔴 open", "NC-6", "No management review held yet - the board meeting notes don't cover the inputs listed in 9.3.2", "9.3", "minor", "@Badr Karim @Lena Fischer", "", "#d 2026-05-29", "put it on the June board agenda"],
                        &["🟡 in progress", "NC-7", "We use ~40 SaaS tools and there's no list of which ones hold customer data or how secure the vendors are", "A.5.23", "Obs", "@Martin Lombardi", "SEC-150", "", "started a list in Notion"],
                        &["🔴 open", "NC-8", "Could pipe GuardDuty + CloudTrail alerts into the #sec-alerts Slack channel instead of the shared inbox nobody reads", "A.8.16", "OFI", "ops@acme.test", "", "", "nice to have"],
                        &["🔴 open"],
                    ],
                ),
                sheet(
                    "Done",
                    0,
                    0,
                    &[
                        &["✅ closed stuff goes here - move the row over once the auditor has seen the evidence"],
                        &["Status", "ID", "What's wrong", "ISO", "Type", "Who", "Closed on", "How we fixed it", "Evidence", "Ticket"],
                        &["✅ done", "NC-1", "SoA says the A.7 physical controls are excluded but gives no reason (we're remote-first but still have the Shoreditch office)", "6.1.3", "Minor", "@Lena Fischer", "#d 2026-03-02", "Justification added per control, SoA v1.2 approved by Badr", "https://drive.google.com/file/d/1SoAv12approved/view", "SEC-118"],
                        &["✅ done", "NC-2", "The 3 contractors never did the security awareness training", "A.6.3", "Obs", "@Badr Karim", "#d 2026-02-27", "Added them to the KnowBe4 course, all 3 completed", "https://drive.google.com/file/d/1KnowBe4report/view", "SEC-121"],
                        &["✅ done", "NC-3", "Infosec policy is 31 pages; could have a 2-page summary linked from the Notion handbook", "5.2", "OFI", "@Martín Lombardi", "#d 2026-03-05", "2-page summary published", "https://www.notion.so/pebble/Security-policy-summary-2c9d", ""],
                    ],
                )
                .merged(0, 0, 0, 9),
                sheet(
                    "Links",
                    0,
                    0,
                    &[
                        &["What", "Link"],
                        &["ISMS folder (Drive)", "https://drive.google.com/drive/folders/1IsmsFolderPebble"],
                        &["Stage 2 audit report (PDF)", "https://drive.google.com/file/d/1Stage2ReportCerta/view"],
                        &["Risk register", "https://docs.google.com/spreadsheets/d/1RiskRegisterPebble/edit"],
                        &["Certa Certification client portal", "https://portal.certa-cert.example/clients/pebble"],
                        &["#sec-compliance (Slack)", "https://pebblepay.slack.com/archives/C05SECCOMP"],
                    ],
                ),
            ]),
            expected: vec![
                // Link at the end of the statement; the Jira link is no reference.
                finding("NC-4", "major", "A.8.13", "Backups of the prod Postgres (RDS)")
                    .owner("badr@acme.test"),
                finding("NC-5", "minor", "A.5.15, A.5.18", "Offboarding: 2 leavers still had")
                    .owner("lena.fischer@acme.test"),
                // 9.3.2 is only in the statement; two users mentioned: owner not checked.
                finding("NC-6", "minor", "9.3", "No management review held yet"),
                // Numbered NC-7 but graded Obs.
                finding("NC-7", "observation", "A.5.23", "We use ~40 SaaS tools")
                    .owner("martin@acme.test"),
                finding("NC-8", "ofi", "A.8.16", "Could pipe GuardDuty + CloudTrail alerts")
                    .owner("ops@acme.test"),
                // Tab "Done": closed, still findings.
                finding("NC-1", "minor", "6.1.3", "SoA says the A.7 physical controls")
                    .owner("lena.fischer@acme.test"),
                finding("NC-2", "observation", "A.6.3", "The 3 contractors never did")
                    .owner("badr@acme.test"),
                // "5.2" is the policy clause.
                finding("NC-3", "ofi", "5.2", "Infosec policy is 31 pages")
                    .owner("martin@acme.test"),
            ],
        },
        // A nine-person web agency's ISO 27001 work kept as a plain to-do list. There is no
        // grade column: audit items carry the auditor's grade in brackets at the end of the
        // task, as the line above the header says: "(minor)", "(obs)", "(OFI)", "(MAJOR)",
        // "(opportunity for improvement)", "(observation)", and once "(Minor NC)" followed by
        // " - see report p.6". The list mixes in ordinary to-dos that are no findings: 7
        // ("Book the follow-up visit for the major ... (they need evidence within 90 days)":
        // an errand about finding 5, no grade in brackets, no clause), 11 ("Renew Cyber
        // Essentials (due June)") and 12. The references are the "#" number cells, numbered
        // straight through the sections, so the findings are 1-6 and 8-10. The section rows
        // (text in the Task column only) are no findings. "A8.1" is control A.8.1 (user
        // endpoint devices: the laptops). Who holds initials only, so owners are not checked;
        // the tasks are the actions themselves, so plans are not checked. Done ("x") items
        // are still findings.
        Layout {
            id: "holdout35-todo-list-grade-in-brackets-mixed-errands",
            origin: "holdout 35, written for this holdout: a nine-person Bristol web agency certifying to ISO/IEC 27001:2022 for the first time (to win a public-sector tender), whose managing director keeps everything as a to-do list in Excel. Sheet \"To do\": a title line (\"ISO 27001 TO DO LIST - keep this up to date!!\"), a line saying audit items carry the auditor's grading in brackets at the end, a blank row, then the header # (number cells 1-12, straight through), Task, Clause (6.1.2, A.5.18, \"A8.1\" without the dot, A.5.19, A.8.13, 9.2, 9.3.3, A.5.27, A.7.7, blank on errands), Who (initials BK, LF, ML, \"all\"), By when (\"end Mar\", \"ASAP\", \"June\", date cells, blanks) and Done (x or blank). Three section lines typed in the Task column only: \"FROM THE INTERNAL AUDIT (Feb - Jo @ Kestrel)\", \"FROM THE CERTIFICATION AUDIT STAGE 2 (10-11 Mar)\" and \"OTHER\". Each audit item ends with its grade in brackets: (minor), (obs), (OFI), (MAJOR), (opportunity for improvement), (observation), and \"(Minor NC) - see report p.6\". Items 7, 11 and 12 are errands (book the follow-up visit for the major with the certification body, renew Cyber Essentials \"(due June)\", send the SoA v3): no findings",
            file_name: "ISO to do list.xlsx",
            bytes: xlsx(vec![sheet(
                "To do",
                0,
                0,
                &[
                    &["ISO 27001 TO DO LIST - keep this up to date!!"],
                    &["Audit stuff has the auditor's grading in brackets at the end. Put an x in Done when finished."],
                    &[""],
                    &["#", "Task", "Clause", "Who", "By when", "Done"],
                    &["", "FROM THE INTERNAL AUDIT (Feb - Jo @ Kestrel)"],
                    &["#n 1", "Write down the risk acceptance criteria - the risk method doesn't have any (minor)", "6.1.2", "BK", "end Mar", "x"],
                    &["#n 2", "Access reviews for Xero and the Google admin console never done (minor)", "A.5.18", "LF", "#d 2026-04-30", ""],
                    &["#n 3", "2 of the 9 laptops not encrypted (obs)", "A8.1", "ML", "ASAP", "x"],
                    &["#n 4", "Supplier list doesn't say which suppliers get client data (OFI)", "A.5.19", "BK", "June", ""],
                    &["", "FROM THE CERTIFICATION AUDIT STAGE 2 (10-11 Mar)"],
                    &["#n 5", "Backups of the client hosting (Krystal) never restored as a test (MAJOR)", "A.8.13", "ML", "#d 2026-04-10", ""],
                    &["#n 6", "Internal audit only covered the clauses, none of the Annex A controls (minor)", "9.2", "LF", "#d 2026-05-29", ""],
                    &["#n 7", "Book the follow-up visit for the major with Certa (they need evidence within 90 days)", "", "BK", "#d 2026-04-17", ""],
                    &["#n 8", "Mgmt review minutes don't show any decisions on improvements (Minor NC) - see report p.6", "9.3.3", "BK", "#d 2026-05-29", ""],
                    &["#n 9", "Incident log could say what we learned from each one (opportunity for improvement)", "A.5.27", "LF", "", ""],
                    &["#n 10", "Clients' wireframes and contracts left on desks overnight (observation)", "A.7.7", "all", "", ""],
                    &["", "OTHER"],
                    &["#n 11", "Renew Cyber Essentials (due June)", "", "ML", "June", ""],
                    &["#n 12", "Send Certa the SoA v3 + updated scope", "", "BK", "#d 2026-03-31", "x"],
                ],
            )]),
            expected: vec![
                finding("1", "minor", "6.1.2", "Write down the risk acceptance criteria"),
                finding("2", "minor", "A.5.18", "Access reviews for Xero"),
                // "A8.1" without the dot: A.8.1 User endpoint devices.
                finding("3", "observation", "A.8.1", "2 of the 9 laptops not encrypted"),
                finding("4", "ofi", "A.5.19", "Supplier list doesn't say"),
                finding("5", "major", "A.8.13", "Backups of the client hosting (Krystal)"),
                finding("6", "minor", "9.2", "Internal audit only covered the clauses"),
                // 7 is an errand about finding 5: no finding.
                // "(Minor NC)" is followed by a page note.
                finding("8", "minor", "9.3.3", "Mgmt review minutes don't show"),
                finding("9", "ofi", "A.5.27", "Incident log could say what we learned"),
                finding("10", "observation", "A.7.7", "Clients' wireframes and contracts"),
                // 11 and 12 are errands: no findings.
            ],
        },
        // A consultant's register template filled in by a first-time certifier. The header's
        // "Requirement" cell is merged over two columns: the number (A.5.15, 7.2, A.8.8 ...)
        // and its title. Under the header the template's instructions row (italic in the file)
        // was left in: "e.g. NC-001", "Major / Minor / Observation / OFI" and so on; it is no
        // finding. Two findings were added in a hurry without an NC Ref: they have a date, a
        // source, a requirement, a category and a statement, so they are findings, named by
        // sheet and Excel row as the corpus names findings with no reference ("NC Register #8"
        // and "NC Register #10"). The row on line 8 sits where NC-003 would be, but nobody
        // wrote NC-003, so it is not NC-003. Category is the grade. Raised by names the auditor
        // (J. Camilleri, the certification body, and once Lena Fischer, who reported the
        // incident behind NC-004): not the owner. Owners: users' names, the role Head of IT
        // Operations, an email, and "Office Manager" (no user). A plan is a filled "Correction
        // / corrective action".
        Layout {
            id: "holdout35-mt-consultant-template-instructions-row-missing-refs",
            origin: "holdout 35, written for this holdout: a 25-person Maltese (Sliema) affiliate marketing company's first nonconformity register, kept in English by its junior compliance officer on a consultant's template after the first internal audit (February 2026) and the stage 1 visit. Sheet \"NC Register\": a merged title \"NONCONFORMITY & CORRECTIVE ACTION REGISTER\", a line with the company name and the document reference (ISMS-REG-04 v0.3), a blank row, then the header NC Ref, Date raised, Source, Requirement (one header cell merged over two columns: the clause or control number, then its title), Category, Description of nonconformity, Raised by, Owner, Correction / corrective action, \"Target\\ndate\" (a line break inside the cell) and Status. Right under the header the template's instructions row, italic in the original, was never deleted: \"e.g. NC-001\", \"dd/mm/yyyy\", \"Internal audit / External audit / Incident / Other\", \"Clause or control no.\", \"Title\", \"Major / Minor / Observation / OFI\", \"Describe what was found and the evidence seen\", \"Auditor\", \"Person responsible\", \"What will be done, and any correction already made\", blank, \"Open / In progress / Closed\". Six findings: NC-001, NC-002, one with an empty NC Ref (a Major on A.8.8, on Excel row 8), NC-004, one more with an empty NC Ref (an Observation on A.5.10 from the stage 1 visit, on row 10) and NC-005; Categories Minor, Major, Observation, OFI; Raised by J. Camilleri (the internal auditor), Lena Fischer (incident report) or \"Certa Certification (stage 1)\"; owners as users' names, a role, an email and \"Office Manager\"; corrective actions filled for three findings; target dates as date cells",
            file_name: "ISMS-REG-04 NC register v0.3.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Register",
                0,
                0,
                &[
                    &["NONCONFORMITY & CORRECTIVE ACTION REGISTER"],
                    &["Harbour Lane Digital Ltd", "", "", "", "", "", "Document ISMS-REG-04, version 0.3"],
                    &[""],
                    &["NC Ref", "Date raised", "Source", "Requirement", "", "Category", "Description of nonconformity", "Raised by", "Owner", "Correction / corrective action", "Target\ndate", "Status"],
                    &["e.g. NC-001", "dd/mm/yyyy", "Internal audit / External audit / Incident / Other", "Clause or control no.", "Title", "Major / Minor / Observation / OFI", "Describe what was found and the evidence seen", "Auditor", "Person responsible", "What will be done, and any correction already made", "", "Open / In progress / Closed"],
                    &["NC-001", "#d 2026-02-17", "Internal audit", "A.5.15", "Access control", "Minor", "One shared login to the affiliate network dashboard is used by four account managers; there are no individual accounts and the password has not changed since 2024.", "J. Camilleri", "Martín Lombardi", "Individual accounts requested from the network; shared password rotated on 20/02/2026.", "#d 2026-04-15", "In progress"],
                    &["NC-002", "#d 2026-02-17", "Internal audit", "7.2", "Competence", "Minor", "No competence requirements or training records exist for the two developers who maintain the affiliate websites.", "J. Camilleri", "Lena Fischer", "", "#d 2026-05-29", "Open"],
                    &["", "#d 2026-02-18", "Internal audit", "A.8.8", "Management of technical vulnerabilities", "Major", "Eleven of the fourteen WordPress sites run plugins that have not been updated for more than six months, three of them with published critical vulnerabilities.", "J. Camilleri", "Head of IT Operations", "Plugins updated on 02/03/2026 (correction); monthly patch day with vulnerability alerts set up.", "#d 2026-03-31", "In progress"],
                    &["NC-004", "#d 2026-02-24", "Incident", "A.5.26", "Response to information security incidents", "Minor", "When a phishing email compromised a marketing mailbox on 12 February, the incident response procedure was not followed: no incident record was opened and the password reset was not verified.", "Lena Fischer", "Badr Karim", "Incident INC-2026-03 recorded retrospectively; response procedure briefed to all team leads.", "#d 2026-03-20", "Closed"],
                    &["", "#d 2026-03-05", "External audit", "A.5.10", "Acceptable use of information and other associated assets", "Observation", "Staff share creative files with freelancers through personal Dropbox accounts that the company does not control.", "Certa Certification (stage 1)", "badr@acme.test", "", "", "Open"],
                    &["NC-005", "#d 2026-03-05", "External audit", "9.1", "Monitoring, measurement, analysis and evaluation", "OFI", "Security measures such as phishing report rates could be added to the monthly management dashboard.", "Certa Certification (stage 1)", "Office Manager", "", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 11)
            .merged(3, 3, 3, 4)]),
            expected: vec![
                // The instructions row ("e.g. NC-001", "Major / Minor / ...") is no finding.
                finding("NC-001", "minor", "A.5.15", "One shared login to the affiliate network")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NC-002", "minor", "7.2", "No competence requirements or training")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                // No NC Ref: named by sheet and Excel row (row 8), not "NC-003".
                finding("NC Register #8", "major", "A.8.8", "Eleven of the fourteen WordPress sites")
                    .owner("ops@acme.test")
                    .plan(true),
                // Raised by Lena Fischer; owned by Badr Karim.
                finding("NC-004", "minor", "A.5.26", "When a phishing email compromised")
                    .owner("badr@acme.test")
                    .plan(true),
                // No NC Ref: row 10.
                finding("NC Register #10", "observation", "A.5.10", "Staff share creative files with freelancers")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("NC-005", "ofi", "9.1", "Security measures such as phishing")
                    .pending(&["Office Manager"])
                    .plan(false),
            ],
        },
        // A consultant's gap analysis re-issued as the client's NC list. Every requirement
        // assessed has a row, but the merged legend under the title says which rows are
        // findings: only the Non-compliant ones, each numbered in "NC no." (GA-NC-01 ... 06)
        // and graded in "NC grade" (Major: no process at all; Minor: a process exists but is
        // incomplete or not followed). Compliant, Partially compliant (handled in a separate
        // roadmap, "not a finding of this list") and "Not assessed" rows are no findings, even
        // when their gap text is severe and their Priority High. Priority is the consultant's
        // order of work, not a grade: GA-NC-05 is Low priority and Minor, the Partially
        // compliant 4.3 and A.5.23 rows are High. "Ref" holds the requirement (4.1, 6.1.2,
        // A.5.9 ...), not the finding's reference; "Observations / gap" is the statement
        // column (the word in its header is no grade). Section rows merged across the table
        // are no findings. The owner is "Suggested owner" (users' names, an email, a role);
        // Recommendation is the consultant's advice, not the client's plan, so plans are not
        // checked.
        Layout {
            id: "holdout35-consultant-gap-analysis-only-non-compliant-rows-are-ncs",
            origin: "holdout 35, written for this holdout: a Leeds payroll software startup's (30 staff, first certification) ISO/IEC 27001:2022 gap analysis by an outside consultant (Kestrel GRC Consulting), version 2, re-issued as the company's list of nonconformities to correct before the stage 1 audit. Sheet \"Gap analysis v2 (NC list)\": a merged title, a merged legend (Compliant = met; Partially compliant = partly in place, handled in the implementation roadmap, a separate document, and not a finding of this list; Non-compliant = not met, raised as a nonconformity, numbered in NC no. and graded in NC grade, Major where no process exists at all and Minor where one exists but is incomplete or not followed; Priority = suggested order of work), a line naming the consultant and the date, a blank row, then the header Ref (the requirement: 4.1, 4.3, 6.1.2, 6.1.3, 6.2, 9.1, 9.2, 9.3, A.5.9, A.5.15, A.5.23, A.8.8, A.8.13, A.8.24), Requirement (its title), Assessment (Compliant, Partially compliant, Non-compliant, Not assessed), Observations / gap (the consultant's text on every row), Priority (High, Medium, Low), NC no. (GA-NC-01 ... GA-NC-06, only on Non-compliant rows), NC grade (Major, Minor, only on those rows), Suggested owner (users' names, an email, a role, blanks on compliant rows) and Recommendation. Section rows merged across the table: \"Clause 4 - Context of the organisation\", \"Clause 6 - Planning\", \"Clause 9 - Performance evaluation\", \"Annex A - 5 Organizational controls\", \"Annex A - 8 Technological controls\". Six Non-compliant rows (two Major, four Minor), four Partially compliant (two of them High priority), three Compliant and one Not assessed",
            file_name: "Bramble Payroll - ISO 27001 gap analysis v2 (NC list).xlsx",
            bytes: xlsx(vec![sheet(
                "Gap analysis v2 (NC list)",
                0,
                0,
                &[
                    &["BRAMBLE PAYROLL LTD - ISO/IEC 27001:2022 GAP ANALYSIS v2 (issued as the NC list)"],
                    &["Assessment: Compliant = requirement met. Partially compliant = partly in place; handled in the implementation roadmap (separate document), not a finding of this list. Non-compliant = requirement not met: raised as a nonconformity to be corrected before the stage 1 audit, numbered in NC no. and graded in NC grade (Major: no process at all; Minor: a process exists but is incomplete or not followed). Priority: suggested order of work."],
                    &["Prepared by Kestrel GRC Consulting (A. Byrne) on 9 February 2026; reviewed with Badr Karim (CEO) and Lena Fischer (ISMS lead)."],
                    &[""],
                    &["Ref", "Requirement", "Assessment", "Observations / gap", "Priority", "NC no.", "NC grade", "Suggested owner", "Recommendation"],
                    &["Clause 4 - Context of the organisation"],
                    &["4.1", "Understanding the organization and its context", "Compliant", "Internal and external issues recorded in the ISMS manual v0.9.", "Low", "", "", "", ""],
                    &["4.3", "Determining the scope of the information security management system", "Partially compliant", "The scope statement does not mention the Manchester support office or the payroll bureau service, so the certificate scope would be unclear.", "High", "", "", "Badr Karim", "Extend the scope statement to all sites and services."],
                    &["Clause 6 - Planning"],
                    &["6.1.2", "Information security risk assessment", "Non-compliant", "No information security risk assessment has been carried out and no risk assessment method or acceptance criteria are defined.", "High", "GA-NC-01", "Major", "Badr Karim", "Define a method with acceptance criteria and run a first assessment."],
                    &["6.1.3", "Information security risk treatment", "Non-compliant", "A Statement of Applicability has been drafted, but there is no risk treatment plan and the risk owners have not approved the residual risks.", "High", "GA-NC-02", "Minor", "lena.fischer@acme.test", "Prepare a risk treatment plan and obtain the risk owners' approval."],
                    &["6.2", "Information security objectives and planning to achieve them", "Partially compliant", "Objectives are set but have no measures, owners or dates.", "Medium", "", "", "Lena Fischer", "Add measures, owners and target dates."],
                    &["Clause 9 - Performance evaluation"],
                    &["9.1", "Monitoring, measurement, analysis and evaluation", "Partially compliant", "Metrics are listed but have not yet been reported to management.", "Medium", "", "", "Lena Fischer", "Report the metrics quarterly."],
                    &["9.2", "Internal audit", "Non-compliant", "No internal audit programme exists and no internal audit of the ISMS has been held.", "High", "GA-NC-03", "Major", "Lena Fischer", "Appoint an independent auditor and audit the whole ISMS before stage 1."],
                    &["9.3", "Management review", "Compliant", "Management review held on 22 January 2026, covering all the required inputs.", "Low", "", "", "", ""],
                    &["Annex A - 5 Organizational controls"],
                    &["A.5.9", "Inventory of information and other associated assets", "Non-compliant", "The asset inventory has not been updated since 2024: the 14 laptops bought in 2025 and the new payroll database servers are missing.", "Medium", "GA-NC-04", "Minor", "Head of IT Operations", "Update the inventory from the MDM and cloud consoles and name asset owners."],
                    &["A.5.15", "Access control", "Compliant", "Access control policy v1.1 approved; role-based access in the payroll platform.", "Low", "", "", "", ""],
                    &["A.5.23", "Information security for use of cloud services", "Partially compliant", "The cloud services in use are known, but there is no exit plan for the hosting provider that runs the whole payroll platform.", "High", "", "", "Martín Lombardi", "Document exit strategies for the critical cloud services."],
                    &["Annex A - 8 Technological controls"],
                    &["A.8.8", "Management of technical vulnerabilities", "Non-compliant", "Office servers are patched when someone remembers, and the internet-facing payroll portal is not scanned for vulnerabilities (the November 2025 penetration test found no critical issues).", "Low", "GA-NC-05", "Minor", "ops@acme.test", "Monthly patch cycle and quarterly external scans."],
                    &["A.8.13", "Information backup", "Non-compliant", "Backups run nightly, but no restore has ever been tested, although the backup policy requires a test every quarter.", "Medium", "GA-NC-06", "Minor", "Martín Lombardi", "Test restores quarterly and keep the records."],
                    &["A.8.24", "Use of cryptography", "Not assessed", "Not assessed in this round; key management to be reviewed with the hosting provider.", "", "", "", "", ""],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)
            .merged(5, 0, 5, 8)
            .merged(8, 0, 8, 8)
            .merged(12, 0, 12, 8)
            .merged(16, 0, 16, 8)
            .merged(20, 0, 20, 8)]),
            expected: vec![
                // Only Non-compliant rows; the grade is "NC grade", not Priority.
                finding("GA-NC-01", "major", "6.1.2", "No information security risk assessment")
                    .owner("badr@acme.test"),
                finding("GA-NC-02", "minor", "6.1.3", "A Statement of Applicability has been drafted")
                    .owner("lena.fischer@acme.test"),
                finding("GA-NC-03", "major", "9.2", "No internal audit programme exists")
                    .owner("lena.fischer@acme.test"),
                finding("GA-NC-04", "minor", "A.5.9", "The asset inventory has not been updated")
                    .owner("ops@acme.test"),
                // Low priority, still a minor nonconformity.
                finding("GA-NC-05", "minor", "A.8.8", "Office servers are patched when someone")
                    .owner("ops@acme.test"),
                finding("GA-NC-06", "minor", "A.8.13", "Backups run nightly, but no restore")
                    .owner("martin@acme.test"),
            ],
        },
        // A Medellín software company's register saved by a Colombian Excel as "CSV
        // (delimitado por comas)": Windows-1252, ";" (the list separator where the decimal
        // separator is a comma), every line padded to the table's width, CRLF. Dates are text
        // as the cells showed them, "15-mar-2026", "02-feb-2026" (Spanish month
        // abbreviations). The header cell "Fecha\ncompromiso" holds a line break (quoted).
        // "Numeral" is the Colombian word for a clause: "Numeral 6.1.3 literal d)" is clause
        // 6.1.3 (A.8.11 named in the statement is not its requirement); "Controles A.5.15 y
        // A.5.18" two controls. Grades: No conformidad mayor / menor, Observación, Oportunidad
        // de mejora. Rows are not in date order (NC-04 from the February pre-audit is last;
        // closed, still a finding). Owners: users' names, "MARTIN LOMBARDI" in capitals without
        // the accent, emails, and "Jefe de Infraestructura" (no user). A plan is a filled
        // "Acción correctiva"; "N/A" is none. Three lines of separators only (rows that had
        // borders) and the Elaboró / Aprobó line after them are no findings.
        Layout {
            id: "holdout35-co-sas-csv-1252-semicolon-dates-15-mar-2026-numeral",
            origin: "holdout 35, written for this holdout: a 35-person Medellín (Colombia) payroll software company's (S.A.S.) register of nonconformities, observations and improvement opportunities of its ISMS before its first certification, kept in Excel by its information security officer and saved as \"CSV (delimitado por comas)\" by a Colombian Excel: Windows-1252, `;` as the separator, every line padded with empty fields to the table's width, CRLF line ends, only in Spanish. A title line (\"REGISTRO DE NO CONFORMIDADES, OBSERVACIONES Y OPORTUNIDADES DE MEJORA - SGSI\"), a line with the company and the version, a blank line, then the header Consecutivo (NC-01 ... NC-04, OBS-01, OM-01), Fecha de detección (text dates as the cells displayed them, \"15-mar-2026\", \"02-feb-2026\"), Fuente (Auditoría interna, Revisión por la dirección, Preauditoría del consultor), Numeral / control (\"Numeral 6.1.3 literal d)\", \"Control A.8.13\", \"Numeral 7.2\", \"Control A.5.7\", \"Numeral 9.3\", \"Controles A.5.15 y A.5.18\"), Tipo de hallazgo (No conformidad mayor / No conformidad menor / Observación / Oportunidad de mejora), Descripción del hallazgo, Análisis de causa, Acción correctiva (filled for three NCs, empty once, N/A on the observation and the improvement opportunity), Responsable (users' names, \"MARTIN LOMBARDI\" in capitals without the accent, emails, \"Jefe de Infraestructura\"), \"Fecha\\ncompromiso\" (a line break inside the quoted header cell; text dates) and Estado (Abierta, En proceso, Cerrada). NC-04, from the February pre-audit and closed, comes last, out of date order. After the table three lines of separators only (rows formatted with borders but empty) and an \"Elaboró / Aprobó\" line naming the officer and the general manager; no findings",
            file_name: "Registro NC SGSI 2026.csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["REGISTRO DE NO CONFORMIDADES, OBSERVACIONES Y OPORTUNIDADES DE MEJORA - SGSI", "", "", "", "", "", "", "", "", "", ""],
                        &["Nómina Andina Software S.A.S. - Medellín", "", "", "", "", "", "", "", "", "Versión 3", ""],
                        &["", "", "", "", "", "", "", "", "", "", ""],
                        &["Consecutivo", "Fecha de detección", "Fuente", "Numeral / control", "Tipo de hallazgo", "Descripción del hallazgo", "Análisis de causa", "Acción correctiva", "Responsable", "Fecha\ncompromiso", "Estado"],
                        &["NC-01", "15-mar-2026", "Auditoría interna", "Numeral 6.1.3 literal d)", "No conformidad menor", "La declaración de aplicabilidad excluye el control A.8.11 (enmascaramiento de datos) sin justificación, aunque el ambiente de pruebas usa copias de la base de datos de nómina de los clientes.", "La declaración se elaboró a partir de una plantilla sin revisar el uso real de los datos de prueba.", "Revisar la declaración de aplicabilidad, justificar cada exclusión y enmascarar los datos de prueba.", "Lena Fischer", "30-abr-2026", "En proceso"],
                        &["NC-02", "15-mar-2026", "Auditoría interna", "Control A.8.13", "No conformidad mayor", "No se han realizado pruebas de restauración de las copias de seguridad de la plataforma de nómina electrónica desde su puesta en producción en junio de 2025.", "No hay un responsable asignado para las pruebas de restauración.", "Realizar una prueba de restauración completa y programar pruebas trimestrales con registro.", "Jefe de Infraestructura", "15-abr-2026", "Abierta"],
                        &["NC-03", "16-mar-2026", "Auditoría interna", "Numeral 7.2", "No conformidad menor", "No hay evidencia de la competencia en seguridad de la información de los dos desarrolladores contratados en enero de 2026.", "", "", "MARTIN LOMBARDI", "29-may-2026", "Abierta"],
                        &["OBS-01", "16-mar-2026", "Auditoría interna", "Control A.5.7", "Observación", "La información de amenazas que llega por el boletín del ColCERT no se registra ni se analiza.", "N/A", "N/A", "badr@acme.test", "", "Abierta"],
                        &["OM-01", "17-mar-2026", "Revisión por la dirección", "Numeral 9.3", "Oportunidad de mejora", "La revisión por la dirección podría incluir las tendencias de los indicadores del SGSI de los últimos doce meses.", "N/A", "N/A", "Badr Karim", "", "Abierta"],
                        &["NC-04", "02-feb-2026", "Preauditoría del consultor", "Controles A.5.15 y A.5.18", "No conformidad menor", "Tres usuarios retirados en diciembre de 2025 conservaban acceso a la consola de la nube y al repositorio de código.", "El proceso de retiro de personal no incluía la revocación de accesos técnicos.", "Incluir la revocación de accesos en la lista de retiro y revisar los accesos cada mes.", "ops@acme.test", "27-feb-2026", "Cerrada"],
                        &["", "", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", "", "", ""],
                        &["Elaboró: Lena Fischer, oficial de seguridad de la información. Aprobó: Badr Karim, gerente general.", "", "", "", "", "", "", "", "", "", ""],
                    ],
                    ';',
                )
            )),
            expected: vec![
                // "Numeral 6.1.3 literal d)" is clause 6.1.3; A.8.11 is only in the statement.
                finding("NC-01", "minor", "6.1.3", "La declaración de aplicabilidad excluye")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("NC-02", "major", "A.8.13", "No se han realizado pruebas de restauración")
                    .pending(&["Jefe de Infraestructura"])
                    .plan(true),
                // "MARTIN LOMBARDI": capitals, no accent.
                finding("NC-03", "minor", "7.2", "No hay evidencia de la competencia")
                    .owner("martin@acme.test")
                    .plan(false),
                // "N/A" is no plan.
                finding("OBS-01", "observation", "A.5.7", "La información de amenazas")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("OM-01", "ofi", "9.3", "La revisión por la dirección podría")
                    .owner("badr@acme.test")
                    .plan(false),
                // Last row, out of date order, closed: still a finding.
                finding("NC-04", "minor", "A.5.15, A.5.18", "Tres usuarios retirados en diciembre")
                    .owner("ops@acme.test")
                    .plan(true),
            ],
        },
        // A Curitiba health-tech startup's control sheet of nonconformities, in Brazilian
        // Portuguese. The header spans two rows: the upper row holds the captions
        // "Identificação" (merged over Nº / Data / Origem), "Não conformidade" (merged over
        // Requisito / Classificação / Descrição: a caption, no grade), "Tratamento" (merged
        // over Causa raiz / Ação corretiva / Responsável / Prazo) and "Situação" merged down
        // over both rows. "Requisito\n(ISO/IEC 27001:2022)" has a line break. Nº is the
        // reference (RNC-01 ..., OBS-01, OM-01). Requirements: "Controle 5.15 do Anexo A" is
        // A.5.15, "Controle 7.7 do Anexo A" A.7.7, "A.8.13 Backup das informações" A.8.13,
        // "Cláusula 9.2.2" and "cláusula 5.3" clauses (5.3 is the roles clause; the statement
        // is about the DPO's responsibilities, not segregation of duties), "item 6.1.3 d)"
        // clause 6.1.3. Grades: "Não conformidade maior" major, "Não conformidade menor" and
        // "NC menor" minor, Observação observation, "Oportunidade de melhoria" an OFI. Owners:
        // "Martin Lombardi" without the accent, users' names and emails, "Gerente de TI" (no
        // user). A plan is a filled "Ação corretiva". RNC-04 is Concluída: still a finding.
        // The merged total line under the table is no finding (its counts agree).
        Layout {
            id: "holdout35-br-healthtech-two-row-header-groups-controle-do-anexo-a",
            origin: "holdout 35, written for this holdout: a 20-person Curitiba (Brazil) digital health startup's (Ltda.) control sheet of nonconformities from its first internal audit and its first certification audit (stage 2), kept in Excel by its ISMS lead, only in Brazilian Portuguese. Sheet \"Controle de NCs\": a merged title (\"VITALIS SAÚDE DIGITAL LTDA. - CONTROLE DE NÃO CONFORMIDADES DO SGSI (ISO/IEC 27001:2022)\"), a merged line naming the audits and the last update, a blank row, then a header over two rows: the upper row holds the captions \"Identificação\" merged over three columns, \"Não conformidade\" merged over three, \"Tratamento\" merged over four and \"Situação\" merged down over both rows; the lower row names Nº (RNC-01 ... RNC-04, OBS-01, OM-01), Data (date cells), Origem (Auditoria interna, Auditoria de certificação - fase 2), \"Requisito\\n(ISO/IEC 27001:2022)\" (a line break inside the cell; \"Controle 5.15 do Anexo A\", \"A.8.13 Backup das informações\", \"Cláusula 9.2.2\", \"Controle 7.7 do Anexo A\", \"item 6.1.3 d)\", \"cláusula 5.3\"), Classificação (Não conformidade maior, Não conformidade menor, NC menor, Observação, Oportunidade de melhoria), Descrição, Causa raiz, Ação corretiva (filled for three NCs), Responsável (users' names, \"Martin Lombardi\" without the accent, emails, Gerente de TI) and Prazo (date cells); Situação (Aberta, Em andamento, Concluída). After a blank row a merged total line (\"Total: 4 não conformidades (1 maior, 3 menores), 1 observação, 1 oportunidade de melhoria\"); not a finding",
            file_name: "Controle de NCs SGSI - Vitalis 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Controle de NCs",
                0,
                0,
                &[
                    &["VITALIS SAÚDE DIGITAL LTDA. - CONTROLE DE NÃO CONFORMIDADES DO SGSI (ISO/IEC 27001:2022)"],
                    &["Auditoria interna (23 e 24/02/2026) e auditoria de certificação - fase 2 (10 a 12/03/2026). Atualizado em 20/03/2026 por Lena Fischer."],
                    &[""],
                    &["Identificação", "", "", "Não conformidade", "", "", "Tratamento", "", "", "", "Situação"],
                    &["Nº", "Data", "Origem", "Requisito\n(ISO/IEC 27001:2022)", "Classificação", "Descrição", "Causa raiz", "Ação corretiva", "Responsável", "Prazo", ""],
                    &["RNC-01", "#d 2026-03-10", "Auditoria de certificação - fase 2", "Controle 5.15 do Anexo A", "Não conformidade menor", "Dois ex-colaboradores desligados em janeiro de 2026 ainda tinham acesso ao prontuário eletrônico dos pacientes.", "O checklist de desligamento não inclui o sistema de prontuário.", "Incluir o sistema de prontuário no checklist de desligamento e revisar os acessos todo mês.", "Lena Fischer", "#d 2026-04-30", "Em andamento"],
                    &["RNC-02", "#d 2026-03-11", "Auditoria de certificação - fase 2", "A.8.13 Backup das informações", "Não conformidade maior", "Não há testes de restauração dos backups do banco de dados de pacientes desde a migração para a nuvem em agosto de 2025.", "", "", "Gerente de TI", "#d 2026-04-10", "Aberta"],
                    &["RNC-03", "#d 2026-02-23", "Auditoria interna", "Cláusula 9.2.2", "NC menor", "O programa de auditoria interna de 2026 não inclui os controles do Anexo A aplicáveis ao atendimento por telemedicina.", "O programa foi copiado do modelo da consultoria sem adaptação.", "Revisar o programa de auditoria para cobrir todos os controles aplicáveis da Declaração de Aplicabilidade.", "Martin Lombardi", "#d 2026-05-29", "Aberta"],
                    &["OBS-01", "#d 2026-03-12", "Auditoria de certificação - fase 2", "Controle 7.7 do Anexo A", "Observação", "Telas desbloqueadas e receitas impressas foram vistas sem supervisão na recepção da clínica parceira.", "", "", "ops@acme.test", "", "Aberta"],
                    &["OM-01", "#d 2026-02-24", "Auditoria interna", "item 6.1.3 d)", "Oportunidade de melhoria", "A Declaração de Aplicabilidade poderia indicar, para cada controle, o documento que comprova sua implementação.", "", "", "Badr Karim", "", "Aberta"],
                    &["RNC-04", "#d 2026-02-24", "Auditoria interna", "cláusula 5.3", "Não conformidade menor", "As responsabilidades do encarregado de dados (DPO) pela segurança das informações de saúde não estão definidas em nenhum documento do SGSI.", "A função de encarregado foi criada depois da política de segurança.", "Incluir o encarregado de dados na matriz de papéis e responsabilidades do SGSI.", "badr@acme.test", "#d 2026-03-16", "Concluída"],
                    &[""],
                    &["Total: 4 não conformidades (1 maior, 3 menores), 1 observação, 1 oportunidade de melhoria"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)
            .merged(3, 0, 3, 2)
            .merged(3, 3, 3, 5)
            .merged(3, 6, 3, 9)
            .merged(3, 10, 4, 10)
            .merged(12, 0, 12, 10)]),
            expected: vec![
                // "Controle 5.15 do Anexo A" is A.5.15.
                finding("RNC-01", "minor", "A.5.15", "Dois ex-colaboradores desligados")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("RNC-02", "major", "A.8.13", "Não há testes de restauração")
                    .pending(&["Gerente de TI"])
                    .plan(false),
                // "NC menor"; "Martin Lombardi" without the accent.
                finding("RNC-03", "minor", "9.2.2", "O programa de auditoria interna de 2026")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("OBS-01", "observation", "A.7.7", "Telas desbloqueadas e receitas")
                    .owner("ops@acme.test")
                    .plan(false),
                // "item 6.1.3 d)" is clause 6.1.3.
                finding("OM-01", "ofi", "6.1.3", "A Declaração de Aplicabilidade poderia")
                    .owner("badr@acme.test")
                    .plan(false),
                // "cláusula 5.3": the roles clause, not control A.5.3. Concluída: still a finding.
                finding("RNC-04", "minor", "5.3", "As responsabilidades do encarregado de dados")
                    .owner("badr@acme.test")
                    .plan(true),
            ],
        },
    ]
}
