-- index agreement_department
CREATE INDEX "agreement_department" ON "agreement" ("department", "deleted", "updatedAt");

-- index agreement_expiry
CREATE INDEX "agreement_expiry" ON "agreement" ("expiryDate");

-- index agreement_partner
CREATE INDEX "agreement_partner" ON "agreement" ("partner");

-- index agreement_signed
CREATE INDEX "agreement_signed" ON "agreement" ("signedDate");

-- index agreement_status
CREATE INDEX "agreement_status" ON "agreement" ("status", "deleted", "expiryDate");

-- index agreement_updated
CREATE INDEX "agreement_updated" ON "agreement" ("deleted", "updatedAt");

-- index allocation_annualPlan
CREATE INDEX "allocation_annualPlan" ON "allocation" ("annualPlan", "planLine");

-- index allocation_department
CREATE INDEX "allocation_department" ON "allocation" ("department", "deleted");

-- index allocation_fund
CREATE INDEX "allocation_fund" ON "allocation" ("fund", "deleted");

-- index allocation_updated
CREATE INDEX "allocation_updated" ON "allocation" ("deleted", "updatedAt");

-- index annualFigure_year
CREATE INDEX "annualFigure_year" ON "annualFigure" ("deleted", "year");

-- index annualPlan_department
CREATE INDEX "annualPlan_department" ON "annualPlan" ("department", "year", "deleted");

-- index annualPlan_year
CREATE INDEX "annualPlan_year" ON "annualPlan" ("deleted", "year");

-- index changeLog_record
CREATE INDEX "changeLog_record" ON "changeLog" ("recordId");

-- index checklistTemplate_kind
CREATE INDEX "checklistTemplate_kind" ON "checklistTemplate" ("subjectKind", "effectiveFrom");

-- index conference_allocation
CREATE INDEX "conference_allocation" ON "conference" ("allocation");

-- index conference_annualPlan
CREATE INDEX "conference_annualPlan" ON "conference" ("annualPlan", "planLine");

-- index conference_department
CREATE INDEX "conference_department" ON "conference" ("department", "deleted", "startDate");

-- index conference_partner
CREATE INDEX "conference_partner" ON "conference" ("partner");

-- index conference_start
CREATE INDEX "conference_start" ON "conference" ("deleted", "startDate");

-- index conference_status
CREATE INDEX "conference_status" ON "conference" ("status", "deleted", "startDate");

-- index contextRecord_register
CREATE INDEX "contextRecord_register" ON "contextRecord" ("register");

-- index delegation_agreement
CREATE INDEX "delegation_agreement" ON "delegation" ("agreement");

-- index delegation_annualPlan
CREATE INDEX "delegation_annualPlan" ON "delegation" ("annualPlan", "planLine");

-- index delegation_depart
CREATE INDEX "delegation_depart" ON "delegation" ("deleted", "departDate");

-- index delegation_department
CREATE INDEX "delegation_department" ON "delegation" ("department", "deleted", "departDate");

-- index delegation_direction
CREATE INDEX "delegation_direction" ON "delegation" ("direction", "deleted", "departDate");

-- index delegation_partner
CREATE INDEX "delegation_partner" ON "delegation" ("partner");

-- index delegation_status
CREATE INDEX "delegation_status" ON "delegation" ("status", "deleted", "departDate");

-- index delegation_updated
CREATE INDEX "delegation_updated" ON "delegation" ("deleted", "updatedAt");

-- index departmentEvaluation_year
CREATE INDEX "departmentEvaluation_year" ON "departmentEvaluation" ("year", "evaluatedDepartment", "deleted");

-- index department_code
CREATE INDEX "department_code" ON "department" ("code");

-- index expense_allocation
CREATE INDEX "expense_allocation" ON "expense" ("allocation", "deleted", "stage");

-- index expense_conference
CREATE INDEX "expense_conference" ON "expense" ("conference");

-- index expense_date
CREATE INDEX "expense_date" ON "expense" ("deleted", "date");

-- index expense_delegation
CREATE INDEX "expense_delegation" ON "expense" ("delegation");

-- index expense_department
CREATE INDEX "expense_department" ON "expense" ("department", "deleted", "date");

-- index expense_expert
CREATE INDEX "expense_expert" ON "expense" ("expert");

-- index expense_training
CREATE INDEX "expense_training" ON "expense" ("training");

-- index expert_annualPlan
CREATE INDEX "expert_annualPlan" ON "expert" ("annualPlan", "planLine");

-- index expert_contract
CREATE INDEX "expert_contract" ON "expert" ("deleted", "contractFrom");

-- index expert_department
CREATE INDEX "expert_department" ON "expert" ("department", "deleted", "contractFrom");

-- index expert_partner
CREATE INDEX "expert_partner" ON "expert" ("partner");

-- index expert_permitExpiry
CREATE INDEX "expert_permitExpiry" ON "expert" ("permitExpiry");

-- index expert_person
CREATE INDEX "expert_person" ON "expert" ("person");

-- index expert_status
CREATE INDEX "expert_status" ON "expert" ("status", "deleted", "contractFrom");

-- index formTemplate_form
CREATE INDEX "formTemplate_form" ON "formTemplate" ("form", "deleted", "effectiveFrom");

-- index fund_updated
CREATE INDEX "fund_updated" ON "fund" ("deleted", "updatedAt");

-- index fund_year
CREATE INDEX "fund_year" ON "fund" ("deleted", "fiscalYear");

-- index holidayCalendar_year
CREATE INDEX "holidayCalendar_year" ON "holidayCalendar" ("deleted", "year");

-- index mobility_annualPlan
CREATE INDEX "mobility_annualPlan" ON "mobility" ("annualPlan", "planLine");

-- index mobility_department
CREATE INDEX "mobility_department" ON "mobility" ("department", "deleted", "fromDate");

-- index mobility_from
CREATE INDEX "mobility_from" ON "mobility" ("deleted", "fromDate");

-- index mobility_fund
CREATE INDEX "mobility_fund" ON "mobility" ("fund");

-- index mobility_partner
CREATE INDEX "mobility_partner" ON "mobility" ("partner");

-- index mobility_program
CREATE INDEX "mobility_program" ON "mobility" ("program");

-- index mobility_status
CREATE INDEX "mobility_status" ON "mobility" ("status", "deleted", "fromDate");

-- index mobility_student
CREATE INDEX "mobility_student" ON "mobility" ("student", "deleted", "fromDate");

-- index partner_country
CREATE INDEX "partner_country" ON "partner" ("country");

-- index partner_department
CREATE INDEX "partner_department" ON "partner" ("department");

-- index partner_name
CREATE INDEX "partner_name" ON "partner" ("nameZh");

-- index partner_updated
CREATE INDEX "partner_updated" ON "partner" ("deleted", "updatedAt");

-- index person_department
CREATE INDEX "person_department" ON "person" ("department", "deleted", "updatedAt");

-- index person_name
CREATE INDEX "person_name" ON "person" ("name");

-- index person_passportExpiry
CREATE INDEX "person_passportExpiry" ON "person" ("passportExpiry");

-- index person_updated
CREATE INDEX "person_updated" ON "person" ("deleted", "updatedAt");

-- index planTarget_plan
CREATE INDEX "planTarget_plan" ON "planTarget" ("plan");

-- index planTask_plan
CREATE INDEX "planTask_plan" ON "planTask" ("plan");

-- index program_agreement
CREATE INDEX "program_agreement" ON "program" ("agreement");

-- index program_annualPlan
CREATE INDEX "program_annualPlan" ON "program" ("annualPlan", "planLine");

-- index program_department
CREATE INDEX "program_department" ON "program" ("department", "deleted", "updatedAt");

-- index program_partner
CREATE INDEX "program_partner" ON "program" ("partner");

-- index program_status
CREATE INDEX "program_status" ON "program" ("status", "deleted", "updatedAt");

-- index program_updated
CREATE INDEX "program_updated" ON "program" ("deleted", "updatedAt");

-- index recordLink_row
CREATE INDEX "recordLink_row" ON "recordLink" ("register", "row");

-- index recordLink_value
CREATE INDEX "recordLink_value" ON "recordLink" ("register", "field", "value", "row");

-- index recordReveal_record
CREATE INDEX "recordReveal_record" ON "recordReveal" ("recordId");

-- index ruleFinding_rule
CREATE INDEX "ruleFinding_rule" ON "ruleFinding" ("ruleRecord");

-- index rule_ruleId
CREATE INDEX "rule_ruleId" ON "rule" ("ruleId", "deleted", "effectiveFrom");

-- index studentIntake_department
CREATE INDEX "studentIntake_department" ON "studentIntake" ("department", "deleted", "year");

-- index studentIntake_year
CREATE INDEX "studentIntake_year" ON "studentIntake" ("deleted", "year");

-- index training_annualPlan
CREATE INDEX "training_annualPlan" ON "training" ("annualPlan", "planLine");

-- index training_department
CREATE INDEX "training_department" ON "training" ("department", "deleted", "startDate");

-- index training_start
CREATE INDEX "training_start" ON "training" ("deleted", "startDate");

-- index training_status
CREATE INDEX "training_status" ON "training" ("status", "deleted", "startDate");

-- index travelStandard_country
CREATE INDEX "travelStandard_country" ON "travelStandard" ("country", "deleted", "effectiveFrom");

-- index travelStandard_title
CREATE INDEX "travelStandard_title" ON "travelStandard" ("deleted", "title");

-- table agreement
CREATE TABLE "agreement" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "partner" TEXT, "type" TEXT, "level" TEXT, "status" TEXT, "department" TEXT,
  "departmentsInvolved" TEXT, "signedDate" TEXT, "effectiveDate" TEXT, "expiryDate" TEXT, "autoRenewal" INTEGER,
  "signatoryOurs" TEXT, "signatoryPartner" TEXT, "document" TEXT, "notes" TEXT
);

-- table agreement_fts
CREATE VIRTUAL TABLE "agreement_fts" USING fts5("searchText", content='agreement', content_rowid='rowid', tokenize='trigram');

-- table agreement_fts_config
CREATE TABLE 'agreement_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table agreement_fts_data
CREATE TABLE 'agreement_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table agreement_fts_docsize
CREATE TABLE 'agreement_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table agreement_fts_idx
CREATE TABLE 'agreement_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table allocation
CREATE TABLE "allocation" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "fund" TEXT, "department" TEXT, "planLine" TEXT, "amount" INTEGER, "adjustments" TEXT, "current" INTEGER,
  "confirmedWarnings" TEXT, "notes" TEXT
, "annualPlan" TEXT);

-- table allocation_fts
CREATE VIRTUAL TABLE "allocation_fts" USING fts5("searchText", content='allocation', content_rowid='rowid', tokenize='trigram');

-- table allocation_fts_config
CREATE TABLE 'allocation_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table allocation_fts_data
CREATE TABLE 'allocation_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table allocation_fts_docsize
CREATE TABLE 'allocation_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table allocation_fts_idx
CREATE TABLE 'allocation_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table annualFigure
CREATE TABLE "annualFigure" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "year" INTEGER, "teachers" INTEGER, "studentsEnrolled" INTEGER, "source" TEXT
);

-- table annualFigure_fts
CREATE VIRTUAL TABLE "annualFigure_fts" USING fts5("searchText", content='annualFigure', content_rowid='rowid', tokenize='trigram');

-- table annualFigure_fts_config
CREATE TABLE 'annualFigure_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table annualFigure_fts_data
CREATE TABLE 'annualFigure_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table annualFigure_fts_docsize
CREATE TABLE 'annualFigure_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table annualFigure_fts_idx
CREATE TABLE 'annualFigure_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table annualPlan
CREATE TABLE "annualPlan" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "department" TEXT, "year" INTEGER, "lines" TEXT, "budgetTotal" INTEGER, "summary" TEXT, "notes" TEXT
);

-- table annualPlan_fts
CREATE VIRTUAL TABLE "annualPlan_fts" USING fts5("searchText", content='annualPlan', content_rowid='rowid', tokenize='trigram');

-- table annualPlan_fts_config
CREATE TABLE 'annualPlan_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table annualPlan_fts_data
CREATE TABLE 'annualPlan_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table annualPlan_fts_docsize
CREATE TABLE 'annualPlan_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table annualPlan_fts_idx
CREATE TABLE 'annualPlan_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table bundleAck
CREATE TABLE "bundleAck" ("author" TEXT PRIMARY KEY, "seq" INTEGER NOT NULL);

-- table bundleExport
CREATE TABLE "bundleExport" (
    "sequence" INTEGER PRIMARY KEY,
    "contentKey" TEXT NOT NULL,
    "manifest" BLOB NOT NULL,
    "signature" TEXT NOT NULL
  );

-- table bundleImport
CREATE TABLE "bundleImport" (
    "exporter" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "manifestSha256" TEXT NOT NULL,
    "importedAt" TEXT NOT NULL,
    "newChanges" INTEGER NOT NULL,
    PRIMARY KEY ("exporter", "sequence")
  );

-- table bundleSegment
CREATE TABLE "bundleSegment" (
    "author" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prev" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastAuthorSeq" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    PRIMARY KEY ("author", "seq")
  );

-- table changeLog
CREATE TABLE "changeLog" (
    "seq" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL UNIQUE,
    "register" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "op" TEXT NOT NULL CHECK ("op" IN ('put', 'delete')),
    "data" TEXT,
    "department" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "authorSeq" INTEGER NOT NULL,
    "hlc" TEXT NOT NULL,
    "parents" TEXT NOT NULL,
    UNIQUE ("author", "authorSeq")
  );

-- table checklistTemplate
CREATE TABLE "checklistTemplate" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "name" TEXT, "subjectKind" TEXT, "effectiveFrom" TEXT, "effectiveTo" TEXT, "items" TEXT, "source" TEXT, "notes" TEXT
);

-- table checklistTemplate_fts
CREATE VIRTUAL TABLE "checklistTemplate_fts" USING fts5("searchText", content='checklistTemplate', content_rowid='rowid', tokenize='trigram');

-- table checklistTemplate_fts_config
CREATE TABLE 'checklistTemplate_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table checklistTemplate_fts_data
CREATE TABLE 'checklistTemplate_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table checklistTemplate_fts_docsize
CREATE TABLE 'checklistTemplate_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table checklistTemplate_fts_idx
CREATE TABLE 'checklistTemplate_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table conference
CREATE TABLE "conference" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "titleEn" TEXT, "kind" TEXT, "department" TEXT, "role" TEXT, "partner" TEXT, "mode" TEXT, "startDate" TEXT,
  "endDate" TEXT, "place" TEXT, "status" TEXT, "participantsTotal" INTEGER, "participantsForeign" INTEGER,
  "countryCount" INTEGER, "brandSeries" TEXT, "allocation" TEXT, "budgetEstimate" INTEGER, "checklist" TEXT,
  "summary" TEXT, "summaryFile" TEXT, "summaryDate" TEXT, "annualPlan" TEXT, "planLine" TEXT, "notes" TEXT
, "discipline" TEXT, "highLevel" INTEGER, "appliedDate" TEXT);

-- table conference_fts
CREATE VIRTUAL TABLE "conference_fts" USING fts5("searchText", content='conference', content_rowid='rowid', tokenize='trigram');

-- table conference_fts_config
CREATE TABLE 'conference_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table conference_fts_data
CREATE TABLE 'conference_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table conference_fts_docsize
CREATE TABLE 'conference_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table conference_fts_idx
CREATE TABLE 'conference_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table conflictHead
CREATE TABLE "conflictHead" (
    "register" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "changeId" TEXT NOT NULL,
    PRIMARY KEY ("recordId", "changeId")
  );

-- table contextRecord
CREATE TABLE "contextRecord" (
    "register" TEXT NOT NULL,
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "receivedAt" TEXT NOT NULL
  );

-- table delegation
CREATE TABLE "delegation" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "direction" TEXT, "purpose" TEXT, "academic" INTEGER, "status" TEXT, "department" TEXT, "partner" TEXT,
  "hostName" TEXT, "departDate" TEXT, "returnDate" TEXT, "legs" TEXT, "members" TEXT, "days" INTEGER, "countries" TEXT,
  "countryCount" INTEGER, "groupSize" INTEGER, "approvalNumber" TEXT, "agreement" TEXT, "budgetEstimate" INTEGER,
  "passportReturnedDate" TEXT, "tripReport" TEXT, "tripReportFile" TEXT, "reportFiledDate" TEXT, "checklist" TEXT, "notes" TEXT
, "annualPlan" TEXT, "planLine" TEXT, "academicTask" TEXT, "officialGuests" INTEGER, "unplannedReason" TEXT, "submittedDate" TEXT, "noticeStart" TEXT, "approvedDate" TEXT, "justification" TEXT, "justificationApproved" INTEGER, "disclosureDate" TEXT);

-- table delegation_fts
CREATE VIRTUAL TABLE "delegation_fts" USING fts5("searchText", content='delegation', content_rowid='rowid', tokenize='trigram');

-- table delegation_fts_config
CREATE TABLE 'delegation_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table delegation_fts_data
CREATE TABLE 'delegation_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table delegation_fts_docsize
CREATE TABLE 'delegation_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table delegation_fts_idx
CREATE TABLE 'delegation_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table department
CREATE TABLE "department" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "code" TEXT, "nameZh" TEXT, "nameEn" TEXT, "kind" TEXT, "liaisonOfficer" TEXT, "liaisonContact" TEXT
);

-- table departmentEvaluation
CREATE TABLE "departmentEvaluation" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "year" INTEGER, "evaluatedDepartment" TEXT, "suggestion" TEXT, "note" TEXT
);

-- table departmentEvaluation_fts
CREATE VIRTUAL TABLE "departmentEvaluation_fts" USING fts5("searchText", content='departmentEvaluation', content_rowid='rowid', tokenize='trigram');

-- table departmentEvaluation_fts_config
CREATE TABLE 'departmentEvaluation_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table departmentEvaluation_fts_data
CREATE TABLE 'departmentEvaluation_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table departmentEvaluation_fts_docsize
CREATE TABLE 'departmentEvaluation_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table departmentEvaluation_fts_idx
CREATE TABLE 'departmentEvaluation_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table department_fts
CREATE VIRTUAL TABLE "department_fts" USING fts5("searchText", content='department', content_rowid='rowid', tokenize='trigram');

-- table department_fts_config
CREATE TABLE 'department_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table department_fts_data
CREATE TABLE 'department_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table department_fts_docsize
CREATE TABLE 'department_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table department_fts_idx
CREATE TABLE 'department_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table expense
CREATE TABLE "expense" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "description" TEXT, "allocation" TEXT, "department" TEXT, "stage" TEXT, "subjectKind" TEXT, "delegation" TEXT,
  "category" TEXT, "date" TEXT, "currency" TEXT, "amount" INTEGER, "rate" TEXT, "rateDate" TEXT, "rateSource" TEXT,
  "cnyAmount" INTEGER, "fiscalYear" INTEGER, "confirmedWarnings" TEXT, "notes" TEXT
, "conference" TEXT, "expert" TEXT, "training" TEXT);

-- table expense_fts
CREATE VIRTUAL TABLE "expense_fts" USING fts5("searchText", content='expense', content_rowid='rowid', tokenize='trigram');

-- table expense_fts_config
CREATE TABLE 'expense_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table expense_fts_data
CREATE TABLE 'expense_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table expense_fts_docsize
CREATE TABLE 'expense_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table expense_fts_idx
CREATE TABLE 'expense_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table expert
CREATE TABLE "expert" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "person" TEXT, "department" TEXT, "kind" TEXT, "position" TEXT, "category" TEXT, "status" TEXT,
  "contractFrom" TEXT, "contractTo" TEXT, "entryDate" TEXT, "workPermitNumber" TEXT, "workPermitExpiry" TEXT,
  "residencePermitNumber" TEXT, "residencePermitExpiry" TEXT, "permitExpiry" TEXT, "checklist" TEXT, "annualPlan" TEXT,
  "planLine" TEXT, "notes" TEXT
, "partner" TEXT, "residencePermitIssued" TEXT);

-- table expert_fts
CREATE VIRTUAL TABLE "expert_fts" USING fts5("searchText", content='expert', content_rowid='rowid', tokenize='trigram');

-- table expert_fts_config
CREATE TABLE 'expert_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table expert_fts_data
CREATE TABLE 'expert_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table expert_fts_docsize
CREATE TABLE 'expert_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table expert_fts_idx
CREATE TABLE 'expert_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table fileBlob
CREATE TABLE "fileBlob" ("sha256" TEXT PRIMARY KEY, "size" INTEGER NOT NULL, "addedAt" TEXT NOT NULL);

-- table formTemplate
CREATE TABLE "formTemplate" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "form" TEXT, "title" TEXT, "organisation" TEXT, "effectiveFrom" TEXT, "effectiveTo" TEXT, "fields" TEXT,
  "wording" TEXT, "footnote" TEXT, "signoffs" TEXT, "notes" TEXT
);

-- table formTemplate_fts
CREATE VIRTUAL TABLE "formTemplate_fts" USING fts5("searchText", content='formTemplate', content_rowid='rowid', tokenize='trigram');

-- table formTemplate_fts_config
CREATE TABLE 'formTemplate_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table formTemplate_fts_data
CREATE TABLE 'formTemplate_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table formTemplate_fts_docsize
CREATE TABLE 'formTemplate_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table formTemplate_fts_idx
CREATE TABLE 'formTemplate_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table fund
CREATE TABLE "fund" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "name" TEXT, "fiscalYear" INTEGER, "kind" TEXT, "department" TEXT, "total" INTEGER, "notes" TEXT
);

-- table fund_fts
CREATE VIRTUAL TABLE "fund_fts" USING fts5("searchText", content='fund', content_rowid='rowid', tokenize='trigram');

-- table fund_fts_config
CREATE TABLE 'fund_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table fund_fts_data
CREATE TABLE 'fund_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table fund_fts_docsize
CREATE TABLE 'fund_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table fund_fts_idx
CREATE TABLE 'fund_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table holidayCalendar
CREATE TABLE "holidayCalendar" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "year" INTEGER, "days" TEXT, "source" TEXT, "notes" TEXT
, "noticeNumber" TEXT, "noticeDate" TEXT);

-- table holidayCalendar_fts
CREATE VIRTUAL TABLE "holidayCalendar_fts" USING fts5("searchText", content='holidayCalendar', content_rowid='rowid', tokenize='trigram');

-- table holidayCalendar_fts_config
CREATE TABLE 'holidayCalendar_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table holidayCalendar_fts_data
CREATE TABLE 'holidayCalendar_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table holidayCalendar_fts_docsize
CREATE TABLE 'holidayCalendar_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table holidayCalendar_fts_idx
CREATE TABLE 'holidayCalendar_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table installation
CREATE TABLE "installation" (
    "id" TEXT PRIMARY KEY,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL CHECK ("role" IN ('office', 'department', 'review')),
    "departments" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'revoked')),
    "isSelf" INTEGER NOT NULL DEFAULT 0
  , "lastGoodSeq" INTEGER);

-- table kysely_migration
CREATE TABLE "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);

-- table kysely_migration_lock
CREATE TABLE "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);

-- table meta
CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL);

-- table mobility
CREATE TABLE "mobility" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "student" TEXT, "department" TEXT, "program" TEXT, "partner" TEXT, "hostName" TEXT, "country" TEXT,
  "kind" TEXT, "fromDate" TEXT, "toDate" TEXT, "status" TEXT, "fund" TEXT, "creditsRecognised" TEXT, "annualPlan" TEXT,
  "planLine" TEXT, "notes" TEXT
);

-- table mobility_fts
CREATE VIRTUAL TABLE "mobility_fts" USING fts5("searchText", content='mobility', content_rowid='rowid', tokenize='trigram');

-- table mobility_fts_config
CREATE TABLE 'mobility_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table mobility_fts_data
CREATE TABLE 'mobility_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table mobility_fts_docsize
CREATE TABLE 'mobility_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table mobility_fts_idx
CREATE TABLE 'mobility_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table officePin
CREATE TABLE "officePin" (
    "pin" INTEGER PRIMARY KEY CHECK ("pin" = 1),
    "id" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "keyId" TEXT NOT NULL,
    "pinnedAt" TEXT NOT NULL
  );

-- table partner
CREATE TABLE "partner" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "nameZh" TEXT, "nameOriginal" TEXT, "country" TEXT, "city" TEXT, "type" TEXT, "website" TEXT,
  "backgroundReview" TEXT, "department" TEXT, "notes" TEXT
);

-- table partner_fts
CREATE VIRTUAL TABLE "partner_fts" USING fts5("searchText", content='partner', content_rowid='rowid', tokenize='trigram');

-- table partner_fts_config
CREATE TABLE 'partner_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table partner_fts_data
CREATE TABLE 'partner_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table partner_fts_docsize
CREATE TABLE 'partner_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table partner_fts_idx
CREATE TABLE 'partner_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table person
CREATE TABLE "person" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "name" TEXT, "nameOriginal" TEXT, "gender" TEXT, "category" TEXT, "department" TEXT, "position" TEXT, "phone" TEXT,
  "email" TEXT, "nationality" TEXT, "passportNumber" TEXT, "passportType" TEXT, "passportExpiry" TEXT,
  "foreignResidence" INTEGER, "foreignResidenceDetails" TEXT, "overseasExperience" TEXT, "notes" TEXT
, "leadership" INTEGER);

-- table person_fts
CREATE VIRTUAL TABLE "person_fts" USING fts5("searchText", content='person', content_rowid='rowid', tokenize='trigram');

-- table person_fts_config
CREATE TABLE 'person_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table person_fts_data
CREATE TABLE 'person_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table person_fts_docsize
CREATE TABLE 'person_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table person_fts_idx
CREATE TABLE 'person_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table plan
CREATE TABLE "plan" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "code" TEXT, "nameZh" TEXT, "nameEn" TEXT, "startYear" INTEGER, "endYear" INTEGER
);

-- table planTarget
CREATE TABLE "planTarget" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "plan" TEXT, "number" INTEGER, "code" TEXT, "titleZh" TEXT, "titleEn" TEXT, "kind" TEXT, "targetMin" INTEGER, "targetMax" INTEGER,
  "targetText" TEXT, "horizon" TEXT, "dueYear" INTEGER, "responsibleDepartments" TEXT
, "source" TEXT, "metric" TEXT, "qualifyingTypes" TEXT, "manualValues" TEXT, "achievedOn" TEXT, "achievementNote" TEXT);

-- table planTarget_fts
CREATE VIRTUAL TABLE "planTarget_fts" USING fts5("searchText", content='planTarget', content_rowid='rowid', tokenize='trigram');

-- table planTarget_fts_config
CREATE TABLE 'planTarget_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table planTarget_fts_data
CREATE TABLE 'planTarget_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table planTarget_fts_docsize
CREATE TABLE 'planTarget_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table planTarget_fts_idx
CREATE TABLE 'planTarget_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table planTask
CREATE TABLE "planTask" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "plan" TEXT, "number" INTEGER, "taskZh" TEXT, "taskEn" TEXT, "schedule" TEXT, "responsibleDepartments" TEXT,
  "status" TEXT, "remark" TEXT
);

-- table planTask_fts
CREATE VIRTUAL TABLE "planTask_fts" USING fts5("searchText", content='planTask', content_rowid='rowid', tokenize='trigram');

-- table planTask_fts_config
CREATE TABLE 'planTask_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table planTask_fts_data
CREATE TABLE 'planTask_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table planTask_fts_docsize
CREATE TABLE 'planTask_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table planTask_fts_idx
CREATE TABLE 'planTask_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table plan_fts
CREATE VIRTUAL TABLE "plan_fts" USING fts5("searchText", content='plan', content_rowid='rowid', tokenize='trigram');

-- table plan_fts_config
CREATE TABLE 'plan_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table plan_fts_data
CREATE TABLE 'plan_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table plan_fts_docsize
CREATE TABLE 'plan_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table plan_fts_idx
CREATE TABLE 'plan_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table program
CREATE TABLE "program" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "department" TEXT, "partner" TEXT, "agreement" TEXT, "kind" TEXT, "level" TEXT, "startYear" INTEGER,
  "annualQuota" INTEGER, "status" TEXT, "annualPlan" TEXT, "planLine" TEXT, "notes" TEXT
);

-- table program_fts
CREATE VIRTUAL TABLE "program_fts" USING fts5("searchText", content='program', content_rowid='rowid', tokenize='trigram');

-- table program_fts_config
CREATE TABLE 'program_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table program_fts_data
CREATE TABLE 'program_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table program_fts_docsize
CREATE TABLE 'program_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table program_fts_idx
CREATE TABLE 'program_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table receivedSegment
CREATE TABLE "receivedSegment" (
    "author" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prev" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "signature" TEXT NOT NULL, "deflated" INTEGER NOT NULL DEFAULT 0 CHECK ("deflated" IN (0, 1)),
    PRIMARY KEY ("author", "seq")
  );

-- table recordLink
CREATE TABLE "recordLink" (
    "register" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "row" INTEGER NOT NULL
  );

-- table recordReveal
CREATE TABLE "recordReveal" (
    "seq" INTEGER PRIMARY KEY,
    "register" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "installation" TEXT NOT NULL
  );

-- table roster
CREATE TABLE "roster" (
    "version" INTEGER PRIMARY KEY,
    "document" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    "receivedAt" TEXT NOT NULL
  );

-- table rule
CREATE TABLE "rule" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "ruleId" TEXT, "title" TEXT, "titleEn" TEXT, "subject" TEXT, "severity" TEXT, "exemptAcademic" INTEGER, "parameters" TEXT,
  "source" TEXT, "effectiveFrom" TEXT, "effectiveTo" TEXT, "notes" TEXT
);

-- table ruleFinding
CREATE TABLE "ruleFinding" (
      "register" TEXT NOT NULL,
      "recordId" TEXT NOT NULL,
      "seq" INTEGER NOT NULL,
      "ruleId" TEXT NOT NULL,
      "ruleRecord" TEXT NOT NULL,
      "ruleVersion" TEXT NOT NULL,
      "severity" TEXT NOT NULL,
      "kind" TEXT NOT NULL,
      "justified" INTEGER NOT NULL,
      "data" TEXT NOT NULL,
      "checkedAt" TEXT NOT NULL,
      PRIMARY KEY ("register", "recordId", "seq")
    );

-- table rule_fts
CREATE VIRTUAL TABLE "rule_fts" USING fts5("searchText", content='rule', content_rowid='rowid', tokenize='trigram');

-- table rule_fts_config
CREATE TABLE 'rule_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table rule_fts_data
CREATE TABLE 'rule_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table rule_fts_docsize
CREATE TABLE 'rule_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table rule_fts_idx
CREATE TABLE 'rule_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table streamScan
CREATE TABLE "streamScan" ("stream" TEXT PRIMARY KEY, "lastAuthorSeq" INTEGER NOT NULL, "lastLogSeq" INTEGER NOT NULL DEFAULT 0);

-- table streamSegment
CREATE TABLE "streamSegment" (
    "stream" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prev" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastAuthorSeq" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    PRIMARY KEY ("stream", "seq")
  );

-- table studentIntake
CREATE TABLE "studentIntake" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "year" INTEGER, "kind" TEXT, "department" TEXT, "count" INTEGER, "countries" TEXT, "date" TEXT,
  "document" TEXT, "notes" TEXT
);

-- table studentIntake_fts
CREATE VIRTUAL TABLE "studentIntake_fts" USING fts5("searchText", content='studentIntake', content_rowid='rowid', tokenize='trigram');

-- table studentIntake_fts_config
CREATE TABLE 'studentIntake_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table studentIntake_fts_data
CREATE TABLE 'studentIntake_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table studentIntake_fts_docsize
CREATE TABLE 'studentIntake_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table studentIntake_fts_idx
CREATE TABLE 'studentIntake_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table training
CREATE TABLE "training" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "department" TEXT, "funder" TEXT, "funderName" TEXT, "audience" TEXT, "startDate" TEXT, "endDate" TEXT,
  "place" TEXT, "trainees" INTEGER, "countries" TEXT, "status" TEXT, "annualPlan" TEXT, "planLine" TEXT, "notes" TEXT
);

-- table training_fts
CREATE VIRTUAL TABLE "training_fts" USING fts5("searchText", content='training', content_rowid='rowid', tokenize='trigram');

-- table training_fts_config
CREATE TABLE 'training_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table training_fts_data
CREATE TABLE 'training_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table training_fts_docsize
CREATE TABLE 'training_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table training_fts_idx
CREATE TABLE 'training_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table travelStandard
CREATE TABLE "travelStandard" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "country" TEXT, "city" TEXT, "currency" TEXT, "lodging" INTEGER, "food" INTEGER, "misc" INTEGER,
  "effectiveFrom" TEXT, "effectiveTo" TEXT, "source" TEXT, "notes" TEXT
);

-- table travelStandard_fts
CREATE VIRTUAL TABLE "travelStandard_fts" USING fts5("searchText", content='travelStandard', content_rowid='rowid', tokenize='trigram');

-- table travelStandard_fts_config
CREATE TABLE 'travelStandard_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table travelStandard_fts_data
CREATE TABLE 'travelStandard_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table travelStandard_fts_docsize
CREATE TABLE 'travelStandard_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table travelStandard_fts_idx
CREATE TABLE 'travelStandard_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
