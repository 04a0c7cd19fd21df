export const usage = `waiban — 外办台账 command line

Usage: waiban <command> [options]

Commands:
  init [--name NAME] [--role office|department|review] [--departments CODE,...]
                              create the database and this installation, load the built-in defaults
  demo [--records N]          add N sample agreements (and their partners) and N delegations (and about N/2
                              people), with a year of funds, allocations and trip costs; default 50
  stats [--json] [--year Y]   record counts per register; budget against spending per fund and department
  standards --delegation ID [--rate CUR=RATE ...] [--json]
                              an outbound trip against the daily standards abroad (财行〔2013〕516号): the
                              allowance per stop and in yuan, budget and costs beside it, costs over the
                              standard; exit 1 when it cannot be computed (what is missing is named)
  records list --register NAME [--search TEXT] [--filter KEY=VALUE[,VALUE] ...] [--sort FIELD[:desc]]
                              [--limit N] [--deleted]
  records get --register NAME --id ID [--reveal]   (--reveal shows masked fields in full; logged in history)
  records put --register NAME [--id ID] [--json JSON]   (JSON object of field values; else read from stdin;
                              tables such as members, legs, checklist are arrays of row objects)
  records delete --register NAME --id ID
  records restore --register NAME --id ID
  records history --register NAME --id ID
  records bulk-delete --register NAME (--ids ID,ID | --matching [--search TEXT] [--filter KEY=VALUE ...])
  records assign --register NAME --department CODE (--ids ID,ID | --matching [--search TEXT] [--filter ...])
                              delete (soft, restorable) or, at the office, assign to a department every record
                              named, each through the same checks as one; prints a report naming each record
                              refused and why (exit 1 when any was)
  records restore-version --register NAME --id ID --change CHANGE_ID [--confirm CODE ...]
                              put back the values the record had after that change (a changeId from
                              history), as a new change checked like any edit; --confirm accepts a warning
  check --register NAME --id ID [--json] | check --all [--json]
                              the foreign-affairs rule findings of one trip, conference or hire (or of every
                              one): rule id and version, severity, found, allowed, source, how to resolve
  calendar show --year YYYY [--json]
                              a year's holidays (ranges) and make-up working days, with the notice's number and date
  calendar enter --year YYYY --notice-number N --notice-date YYYY-MM-DD --holiday NAME=FIRST..LAST ...
                 [--workday NAME=DAY ...] [--source TEXT]
                              enter (or replace) a year's schedule from the State Council's notice; every trip
                              that could not be checked for want of it is checked again
  registers                   the registers and their fields (with table columns)
  xlsx template --register NAME --out FILE [--force]
                              an .xlsx import template: zh and en header rows, drop-downs, instructions
  xlsx export --register NAME --out FILE [--search TEXT] [--filter KEY=VALUE[,VALUE] ...] [--force]
                              the records the list shows, one column per field; passport numbers masked
  xlsx export-budget --year Y --out FILE [--force]
                              the budget page of a fiscal year: by fund, department and allocation, with totals
  xlsx import --register NAME FILE [--dry-run] [--json] [--map "HEADER=FIELD" ...]
              [--map-value "HEADER:VALUE=OPTION" ...] [--refused-out FILE]
                              read the first sheet of an .xlsx, .xls or .csv (headers in zh or en, as an export
                              or template writes them, or common synonyms); every row is checked as the form
                              checks it; the valid rows are written in one transaction (none with --dry-run).
                              A row updates the record its 记录编号/Record id names, else (department, partner,
                              agreement) the one with the same code / name + country / title + partner, and is
                              skipped when nothing changed, so importing a file again adds nothing. The report
                              (JSON with --json) lists each refused row: row, column, value, reason. Exit 1
                              when any row was refused (the valid rows are still written, unless --dry-run).
                              --map reads the column under HEADER into the field key FIELD ("HEADER=" leaves
                              it out), as the import wizard's column choice does. --map-value reads VALUE in
                              the column under HEADER as the option OPTION (its key or label), as the wizard's
                              value step does. --refused-out writes the refused rows, with a 原因/Reason column,
                              as an .xlsx to fix and import again.
  targets [--json] [--plan ID] [--year Y] [--xlsx FILE [--force]]
                              every target of the plan in force (or ID) for the year: target, actual, status with
                              the rule that decided it, and (--json) the ids of the records counted;
                              --xlsx writes the table the dashboard's 导出 Excel writes (per-year figures too)
  evaluation --year Y [--plan ID] [--json]
                              per department: annual plan completion, results, funding suggestion, office's adjustment
  report --out FILE.html|FILE.pdf [--plan ID] [--year Y]
                              the printable leadership report (targets, timetable, evaluation, open risks); .pdf
                              is printed with Chromium (/usr/bin/chromium or $CHROMIUM_PATH)
  forms --register delegation|conference|expert --id ID --out DIR [--form NAME] [--html] [--json]
                              the record's printed forms on A4, filled from it (审批表, 公示, 政审/备案 and 承诺书
                              per member, 总结报告; 来访接待审批表; 举办国际会议申请表; 外籍专家聘请审批表), or
                              only --form (its id or Chinese title); PDFs printed like the report, or --html
  join-request --out FILE      on a new laptop: a request to join, signed with its key, to take to the office;
                              prints the key fingerprint to read aloud there
  re-enrol --out FILE         a laptop refused as a fork (restored from an older copy, it wrote before importing):
                              a new identity (new key, new id) for the same data, and a replacement request signed
                              by the old key and the new one; its unsent records go out again once enrolled
  enrol FILE --out FILE [--fingerprint FP | --yes] [--departments A,B] [--replaces OLD_ID]
                              office: approve a join request once its key fingerprint matches the one read aloud
                              (asked on a terminal), adding it to the signed roster; writes the enrolment bundle;
                              --departments approves a department laptop for these instead of those it asked for;
                              a replacement request names the forked installation it replaces, retired at its last
                              good segment once --replaces OLD_ID (or --yes) confirms it
  keys show [--json]          this installation's id, role, key fingerprint, the pinned office key's fingerprint
                              and the roster version
  keys fingerprint            this installation's key fingerprint, to read aloud at enrolment
  keys revoke INSTALLATION_ID office: a new roster marks it revoked; its segments after the last one received
                              here are refused wherever the roster arrives
  keys export-public FILE     write this installation's public key as a minisign public key file
  keys sign FILE [--comment TEXT]
                              sign FILE with this installation's key, writing FILE.minisig (minisign format;
                              TEXT is the trusted comment, default timestamp and file name)
  keys verify FILE --pub KEY.pub [--sig FILE.minisig]
                              check FILE's minisign signature and print its trusted comment (no data folder)
  keys protect | keys unprotect
                              keep the private key encrypted with a passphrase (asked on the terminal, twice;
                              $WAIBAN_NEW_KEY_PASSPHRASE in scripts), or plain again; while protected, commands
                              that sign ask for it ($WAIBAN_KEY_PASSPHRASE in scripts)
  bundle export --out FILE.waiban [--full] [--to DESTINATION]
                              write this installation's changes since the office's last acknowledgement (all
                              of them with --full) as a signed bundle; the office's carry the newest roster;
                              exporting again unchanged gives the same bytes
  export --to office|department:CODE[+CODE]|review --out FILE.waiban [--full]
                              a bundle for one destination: a laptop sends its changes to the office; the office
                              sends a department its records and the shared reference data (nothing of other
                              departments), or leadership a read-only snapshot of everything (the laptops' changes
                              relayed with their own signatures); exporting again unchanged gives the same bytes
  verify FILE [--pubkey KEY.pub ...] [--json]      (also: bundle verify)
                              check a bundle (zip structure, caps, signatures, hashes, segment chain) against the
                              keys given (the exporter's, and those of authors it relays; then no data folder is
                              needed), else against the roster held here
  import FILE [--dry-run] [--json] [--fingerprint FP | --yes]      (also: bundle import, --preview)
                              verify against the roster, check every change against what its author may write,
                              then take it in in one transaction (all or nothing); --dry-run shows what would
                              change and writes nothing. The enrolment bundle pins the office key once its
                              fingerprint is confirmed (asked on a terminal); a bundle with an older roster than
                              the one held is refused
  backup create [--note TEXT] [--json]
                              one .waiban-backup file in the backup folder: a consistent copy of the database (the
                              app may go on writing), the documents, the private key if it is kept encrypted;
                              read back and checked before it gets its name; then the retention rule is applied
  backup list [--dir DIR] [--json]
                              the backups in the backup folder (or DIR, no data folder needed): date, size,
                              records per register, whose; damaged ones with why
  backup verify FILE [--json]  every entry against its hash, the database's integrity (no data folder needed)
  backup restore FILE [--yes] [--json]
                              check the backup whole, back up the data it replaces, then restore it (into a new
                              data folder too); asks first on a terminal. Numbers continue past anything held elsewhere
  backup settings [--folder DIR] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--import-threshold N]
                              where backups go (default: beside the data folder) and how many are kept
  backup passphrase           put the private key into backups encrypted with this passphrase (asked twice;
                              $WAIBAN_NEW_KEY_PASSPHRASE in scripts); a key kept by \`keys protect\` needs none
  repair check [--json]       SQLite's full integrity check of the database, and files of the data folder other
                              accounts can read (exit 1 when damaged); the app opens a damaged database read-only
  repair rebuild [--yes] [--json]
                              a new database from what the damaged one still holds: the other tables copied row by
                              row, every register replayed from the change log; backed up first when the backup can
                              read it, the damaged file kept beside it as waiban.sqlite.damaged-<time>
  export-all --out DIR [--json]
                              every register as one workbook (a sheet per register, as xlsx export writes them, and
                              a sheet listing the documents), and the documents under DIR/documents
  conflicts list [--json]     records edited concurrently: each version with its author and time
  conflicts resolve REGISTER ID --pick CHANGE_ID | --values JSON
                              keep one version (a deletion deletes) or merged values; the resolution is a change
                              like any other and clears the conflict wherever it is imported

Options:
  --data-dir DIR              data folder, before or after the command (else $WAIBAN_DATA_DIR, else the OS
                              application-data folder)

Exit codes: 0 ok; 1 refused or failed (reason on stderr); 2 usage error.
`;
