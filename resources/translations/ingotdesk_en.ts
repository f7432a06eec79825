<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assay</name>
    <message>
        <source>&apos;%1&apos; is not a chemical element symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an element an assay of lead reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a percentage is between 0 and 100, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>%1 may not %2 (role %3)</source>
        <extracomment>%1 login, %2 what is refused (e.g. &quot;approve or reject compensation&quot;), %3 role name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>backups are kept from 0 (off) to 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTrace</name>
    <message>
        <source>give a batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no order and no ticket names batch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assay needs a batch number (the ticket names none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 has no order to take its grade from; give the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assay needs at least one element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTraceWindow</name>
    <message>
        <source>Batch trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B2606-01 or T2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers that received the batch&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tickets about the batch&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assays&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the calendar a name, e.g. &quot;plant 2027&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may not contain a comma or an equals sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lies outside 00:00-24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the calendar at least one service interval in the week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a built-in calendar and cannot be changed; copy it under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no calendar named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1 has counted clocks under %2, and tickets keep the hours they were reported under. Save the new hours as a new calendar and choose it in a new policy version from a future date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after today: clocks already counted through that day keep it. Only later dates can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the holiday a name, e.g. 国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the holiday list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Porosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --db needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier (A, B or C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no technician with login &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar named &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity takes a number from 1 to 1000, or default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be at most 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;; choose customers, orders, technicians, tickets, events or holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows checked, nothing changed (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: export tickets|customers FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is zh or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kb search TEXT [--lang zh|en] [--limit N] | kb show CODE | kb solved TICKET_NO CODE
  survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run]
  survey unanswered [--limit N] | survey followups [--all]
  recurring detect [--now ISO] [--propose]
  improvement list [--all] | show NO | step NO start|verify|reopen|close [--note TEXT]
  batch trace BATCH_NO | batch ticket TICKET_NO
  assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...
  keywords --month YYYY-MM [--limit N]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kb search TEXT [--lang zh|en] [--limit N] | kb show CODE [--lang zh|en] | kb solved TICKET_NO CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as solved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run] | survey unanswered [--limit N] | survey followups [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: recurring detect [--now ISO] [--propose]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: improvement list [--all] | improvement show NO | improvement step NO start|verify|reopen|close [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step: start, verify, reopen or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: batch trace BATCH_NO | batch ticket TICKET_NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ELEMENT=PERCENT (Bi=0.0052)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: keywords --month YYYY-MM [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sla due --calendar NAME --start ISO --minutes M
       sla elapsed --calendar NAME --from ISO --to ISO
       sla sweep [--now ISO]
       sla policy list
       sla policy set --from ISO [--name NAME] [--at-risk PERCENT] [--calendar TIER=NAME]... [--target TIER:PRIORITY:METRIC=MINUTES]...
       sla compensation approve|reject TICKET_NO [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no built-in calendar named &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target wants TIER:PRIORITY:METRIC=MINUTES such as C:P1:response=45, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target &apos;%1&apos;: the tier is A, B, C or *, the priority P1-P4 or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes needs a number of service minutes (0 or more), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at-risk needs a whole percentage, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calendar wants TIER=NAME such as C=8x5, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation of %1: %2 (credit %3 CNY) by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ticket show NO | ticket act NO ACTION [--value V] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ticket show NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ticket act NO ACTION [--value V] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given: set INGOTDESK_NEW_PASSWORD or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --user needs a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1 needs a password: set INGOTDESK_PASSWORD or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2, by %3: %4 %5 %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  backup PATH [--force]                 online copy of the database while desks keep working
  restore PATH                          replace the database with a checked backup (keeps a copy)
  check [--format text|json]            integrity, references, schema and audit chain; exit 3 on failure
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli backup PATH [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB in %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli restore PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3, %4 tickets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has an older schema and will be upgraded when it is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --format needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IngotDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>schema %1 is newer than this program (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is older than this program (%2); run &apos;ingotdesk-cli init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail was changed after it was written: %1 does not match (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:       %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail:  none in this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail:  TAMPERED at %1; %2 entries before it are intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail:  %1 entries, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:       OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:       FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option is missing its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month is required, e.g. --month 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;%1&apos; needs --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role is required: agent, technician, supervisor, manager or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: agent, technician, supervisor, manager, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user add LOGIN --name NAME --role agent|technician|supervisor|manager|admin
  user list | user role LOGIN ROLE | user passwd LOGIN
  user unlock LOGIN | user disable LOGIN | user enable LOGIN
  user demo   sign-ins for a DEMO database (passwords in README)
     (new passwords: $INGOTDESK_NEW_PASSWORD, else asked on the terminal)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demo user(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli [--db PATH|postgresql://USER@HOST[:PORT]/DB] [--db-password-file FILE]
                     [--user LOGIN] COMMAND ...
  --user LOGIN: run as that user (password from $INGOTDESK_PASSWORD, else asked);
                without it: local administrator mode, named in the audit trail
commands:
  init                                  create or migrate the database
  seed [--customers N] [--tickets N] [--seed S] [--from DATE --to DATE]
  import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]
  export tickets|customers FILE
  ticket show NO
  ticket act NO ACTION [--value V] [--note TEXT]
  sla due|elapsed|sweep|policy|compensation ...   (run `sla` alone for the options)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --db-password-file needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db-password-file is for a PostgreSQL address in --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  migrate-to postgresql://USER@HOST[:PORT]/DB  copy this SQLite desk into an empty PostgreSQL database
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli --db FILE migrate-to postgresql://USER@HOST[:PORT]/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-to copies a SQLite desk: give its file with --db, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; nothing to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2 (schema %3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets %1, events %2; ticket numbers with their event counts: checksum %3 in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied (SQLite&apos;s own search index; PostgreSQL searches without it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks can now use --db %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockState</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterKind</name>
    <message>
        <source>Same customer and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same region and category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationRule</name>
    <message>
        <source>the hourly rate is 0 to 10000 basis points (0-100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap is 0 to 10000 basis points (0-100%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationStatus</name>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerArchiveWindow</name>
    <message>
        <source>Customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>&apos;%1&apos; is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of tons from 0 to 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of years from 0 to 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored tier threshold %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier threshold; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held at %1 by an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recomputed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tier override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 has no tier override to clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSetting</name>
    <message>
        <source>A password file is only for a PostgreSQL address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>the stored dispatch rules are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-dispatch, rank 1 of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clock %2, %3 carries %4 open tickets (capacity %5); %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-dispatched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title, customer… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every ticket again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayList</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header date,kind,name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected date,kind,name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is neither holiday nor workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holiday file is empty; expected the header date,kind,name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 2 GB; split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header names %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;customer_code&apos;: no customer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;ticket_no&apos;: ticket %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;order_no&apos;: no order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;order_no&apos;: order %1 belongs to customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;ticket_no&apos;: no ticket &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;action&apos;: &apos;%1&apos; is recorded by the SLA engine and cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;value&apos;: no technician &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from 0 to 1,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in CNY such as 125000 or 125000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GB/T 469 grade such as Pb99.994</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0 tons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 20,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of holiday workday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Improvement</name>
    <message>
        <source>an improvement action needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; it can no longer be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: &apos;%3&apos; is not possible now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name an owner before work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the root cause before verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the corrective action before verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the fix was verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementActionsWindow</name>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the fix shown to work? (e.g. no packaging complaint from the customer for three months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementStep</name>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keywords</name>
    <message>
        <source>a month is written YYYY-MM, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>type something to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article code is 2-40 letters, digits, &apos;-&apos; or &apos;_&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article&apos;s language is zh or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in at least one of cause, how to check, what to do and what to tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeEditorWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, sections and keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words customers use, separated by blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to ask for, what to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps that solve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer in words a customer understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retire&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell the custo&amp;mer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDocument</name>
    <message>
        <source>Tickets reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean response time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time, 90th percentile (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean resolution time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution SLA met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied customers, score 4-5 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean survey score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested compensation (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backlog at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwest China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ingot after-sales service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly service KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets reported, %2 resolved, %3 open at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets met: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s tickets are those reported in it, cancelled ones excluded, evaluated as of the instant above. Percentages run from 0 to 100; hours are wall-clock hours from the report. A dash means there was nothing to measure. The previous month is computed the same way as of the same instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Key figures against targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month: %1. A change is green when it moves toward the target and red when it moves away from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. SLA by customer tier and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met by customer tier (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met by region (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Top problems and improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets were reported this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3 tickets (%4% of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement action addresses this category yet: one should be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s tickets are those reported in it, cancelled ones excluded, evaluated as of the instant above. Percentages run from 0 to 100; hours are wall-clock hours from the report. An empty cell means there was nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint text to count this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent terms in the titles and descriptions of %1 tickets; share = tickets using the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDocumentWriter</name>
    <message>
        <source>no file name was given for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: it is open elsewhere or read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPageRenderer</name>
    <message>
        <source>the PDF could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>en</source>
        <comment>HTML language code of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied customers (score 4-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean survey score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SLA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution SLA %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly service KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint text to count this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The most frequent terms in the titles and descriptions of %n ticket(s); share = tickets using the term.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReportDialog</name>
    <message>
        <source>Monthly KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report counts the tickets reported in the month and evaluates them as of now. Preview shows the PDF pages; Save writes the file in the chosen format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the KPIs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The database %1 is busy (another desk or a backup is writing); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only file or folder); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (missing folder, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist; there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot replace the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IngotDesk database; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IngotDesk database; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer IngotDesk (schema %2; this program knows up to %3); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed the integrity check (%2); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database cannot be restored from itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the restored database in place as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking references</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code, name or city, then pick (Enter takes the first match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order / batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s contact who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms, quantities affected, what the line is doing now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>the cryptography library could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not be the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short: at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak: mix upper and lower case, digits and signs, or make it longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>log new tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the first contact on a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan the fix of tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start work on tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put tickets on hold for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume tickets on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the customer&apos;s feedback on tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record survey scores on tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add notes to tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import ticket events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change service calendars and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the SLA sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override customer tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the tier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recompute customer tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the dispatch rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebalance technicians&apos; queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan scheduled service tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish scheduled service tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit knowledge base articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record which article solved a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record satisfaction surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on survey follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record batch assays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produce the KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>P1 line stopped / safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&apos;%1&apos; is not a date-time; use ISO 8601 such as 2026-10-09T17:00:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid calendar date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an impossible UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not between 1970 and 2999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date such as 2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Recurring %1 complaints from customer %2: %3 tickets in %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 complaints in %3 days (mostly %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring %1 complaints in region %2: %3 tickets in %4 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Porosity on ingot surface, batch on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 20 of 48 bundles show pinholes on the top face; melting loss higher than usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>--tickets must be from 0 to 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets need at least one customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCalendar</name>
    <message>
        <source>service hours must lie within 00:00-24:00 and end after they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exception date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date cannot be both a holiday and a make-up workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UTC offset lies between -14:00 and +14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos; has no service hours in its week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTask</name>
    <message>
        <source>winter storage (keep ingots dry and off frozen ground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>humidity before the rainy season (ventilated, covered storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies when IngotDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaBoard</name>
    <message>
        <source>%1 response %2 h this week vs %3 ± %4 h over %5 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tickets this week so far vs %3 ± %4 in the same part of the previous %5 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaMetric</name>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaNoticeMessage</name>
    <message>
        <source>Your tickets: SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tickets: SLA at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: breached, was due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: at risk, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>a policy needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the at-risk threshold is a percentage from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1 has no calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 target of tier %2, %3 must be at least one minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaService</name>
    <message>
        <source>ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new policy cannot start in the past (%1 is before now, %2): tickets keep the policy they were reported under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 has no compensation suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compensation of ticket %1 was already %2 by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution clock of ticket %1 is still running, so the credit is not final yet; approve it once the ticket is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA policy %1 is missing from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA policy is in force at %1; add one that starts earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service calendar named &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteIndexDeferral</name>
    <message>
        <source>reading the indexes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1 is not an IngotDesk database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer IngotDesk (schema %2; this program knows up to %3). Nothing was changed; update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the database aside before upgrading it (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &apos;ingotdesk-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gave no native handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database script failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or not an IngotDesk database; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no order with number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs an upgrade to schema %3; run &apos;ingotdesk-cli init&apos; or open it in the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no technician with login &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket counter returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was changed by %2 at %3 - reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else - reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket with number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a ticket&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the customer&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the customer&apos;s surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summing orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting open tickets per technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a service task of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading service tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a service task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a service task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading technicians&apos; calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the tier history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading grade limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limits for grade &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit is a percentage between 0 and 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a grade limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading assays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering an improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the improvement counter returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving improvement action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking a ticket to an improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the history of an improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading linked tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no improvement action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of an improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving knowledge article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a knowledge article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no knowledge article %1 in language &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a knowledge article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the article that solved a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket %1 or no knowledge article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading solved-by articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tickets for recurrence detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracing a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading complaint texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a stop word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a sent survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading unanswered surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting unanswered surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a survey follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey of %1 already has a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a survey follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-up with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading survey follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading service calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1 has unreadable %2 hours &apos;%3&apos;; use 08:30-12:00,13:00-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the compensation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a compensation suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading compensation suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a compensation suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting compensation suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading SLA targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving SLA policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding tickets whose clocks may change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ticket histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the clocks of a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the clocks of tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit entry was written outside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting open tickets for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting breaches for the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the next tickets due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tickets of the last weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selecting the tickets of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the response time percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the clocks of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the open tickets at the end of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the KPI targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy (another desk or a backup is writing); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the breaches of the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy (another desk holds the same rows); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database %1 was lost; nothing was changed. Check the network and the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 refused access (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server of %1 is out of space or resources; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address like postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the database address: use --db-password-file, ~/.pgpass or $PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a user and a database name: postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users; make it private (chmod 600) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 has no password for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new ticket %1 got no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are off: cannot listen on %1 (%2). Press F5 to refresh; the desk tries again every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign keys between %1 form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: both must be at the same schema (run this with the program that created the PostgreSQL database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty (%2 holds %n row(s)); migrate-to copies only into a new, empty database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ticket numbers and event counts (checksum %1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not match the file and was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of IngotDesk cannot run the desk on PostgreSQL yet: use a SQLite database file (see docs/postgresql.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a valid PostgreSQL address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on a SQLite database file, and %2 is a PostgreSQL database; on PostgreSQL use the server&apos;s own tools (pg_dump, pg_restore, amcheck).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retiring a knowledge article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an SLA notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding tickets whose clocks just turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing tickets for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history entries of %1 got %2 ids for %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>a survey score is 1 to 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer time %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket_no is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score must be a whole number 1-5, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up %1 already has progress reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the follow-up was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianLevel</name>
    <message>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailWidget</name>
    <message>
        <source>Select a ticket in the queue to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>a ticket needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is longer than 20,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report time %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no order with number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 belongs to another customer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is recorded by the program itself, not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no technician with login &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only work on tickets assigned to them; %2 is assigned to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStateMachine</name>
    <message>
        <source>&apos;%1&apos; is not allowed while the ticket is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch needs the technician&apos;s login as its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey score must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling needs a reason in the note (duplicate, invalid, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breach names its clock (response, assessment or resolution) as its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event at %1 is before the ticket was reported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event at %1 is before the previous event (%2); events must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>A (24x7, dedicated team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (12x7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (8x5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierEvent</name>
    <message>
        <source>Recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>wrong login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked until %2 after too many failed sign-ins; try again then, or ask an administrator to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login is 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;system&apos; is reserved for the desk&apos;s own work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already has users; sign in as an administrator to add more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login %1 is disabled; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? (duplicate, invalid …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no technicians to dispatch to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to cancel a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 — score %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 — not suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::AuditTableModel</name>
    <message>
        <source>%1 (local administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::AuditViewerWindow</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail — IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket, user, policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entr(ies) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry #%1 (%2, %3 %4 by %5): its %6 does not match. Entries from there on cannot be trusted; restore a backup and compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::BatchTraceWindow</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 names no batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch &lt;b&gt;%1&lt;/b&gt; (%2): %3 t delivered to %n customer(s)</source>
        <translation>
            <numerusform>Batch &lt;b&gt;%1&lt;/b&gt; (%2): %3 t delivered to %n customer</numerusform>
            <numerusform>Batch &lt;b&gt;%1&lt;/b&gt; (%2): %3 t delivered to %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>improvement actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Traced from ticket %1: %n other complaint(s) about this batch.</source>
        <translation>
            <numerusform>Traced from ticket %1: %n other complaint about this batch.</numerusform>
            <numerusform>Traced from ticket %1: %n other complaints about this batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>total impurities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::BoardCharts</name>
    <message>
        <source>SLA compliance per day, last 30 days (tickets reported that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (solid, dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets by region and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean response hours by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean of the previous %n week(s) (squares)</source>
        <translation>
            <numerusform>Mean of the previous week (squares)</numerusform>
            <numerusform>Mean of the previous %n weeks (squares)</numerusform>
        </translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::BoardCountersWidget</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::ComplaintKeywordsPanel</name>
    <message>
        <source>Complaint keywords this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most frequent terms in the titles and descriptions of this month&apos;s tickets (cancelled ones left out). Count: tickets using the term; share: of all the month&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no complaint text to count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ticket(s) · count and share of tickets using the term</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The keywords could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::CsvTable</name>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::CustomerArchiveWindow</name>
    <message>
        <source>The archive of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t/year declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective tier %1, set by an override; the rule gives %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 by the rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/5 on average over %n survey(s), all time</source>
        <translation>
            <numerusform>%1/5 on average over %n survey, all time</numerusform>
            <numerusform>%1/5 on average over %n surveys, all time</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open · %2 breached · %3 reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 t · %2 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and batches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::CustomerCompleter</name>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::CustomerDeskActions</name>
    <message>
        <source>Customer &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about the caller in one place: tickets, orders, surveys, health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code or part of the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-up visits, inspections and seasonal advice, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::CustomerTicketsModel</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Order %2, batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::DatabaseSettingWidget</name>
    <message>
        <source>This desk&apos;s own file, or postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password file (else ~/.pgpass or $PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart IngotDesk to connect to it. --db and $INGOTDESK_DB still win over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mode: desks on this server see each other&apos;s changes within seconds. The password is never stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database applies when IngotDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::DispatchEngine</name>
    <message>
        <source>any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certification; %2 accepts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certification is below what %2 needs (%3): not suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the dedicated team %1 of tier-%2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the dedicated team %1 of tier-%2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept free for dedicated accounts (team %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skilled in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skill listed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works in the customer&apos;s region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works in %1, the customer is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) in the queue</source>
        <translation>
            <numerusform>%n open ticket in the queue</numerusform>
            <numerusform>%n open tickets in the queue</numerusform>
        </translation>
    </message>
    <message>
        <source>at or over capacity (%1 open, capacity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off duty by calendar %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same score as %1; ahead with fewer open tickets (%2 against %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same score as %1; ahead with the higher certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same score and load as %1; ahead by login order only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no technicians to dispatch to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the certification %1 needs (%2); escalate to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody lists the skill %1; ranked on the other rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dedicated team %1 has nobody who can take this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody is at or over capacity; the least loaded come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on duty now by their working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::DispatchRules</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of tiers such as [&quot;A&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier (A, B or C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map priorities to levels, e.g. {&quot;P1&quot;: &quot;intermediate&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority (P1-P4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level (junior, intermediate, senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dispatch rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::FilterBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::FirstRunWizard</name>
    <message>
        <source>Welcome to IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This database has no users yet.&lt;/p&gt;&lt;p&gt;First create the &lt;b&gt;administrator&lt;/b&gt;: the person who adds the agents, technicians, supervisors and managers, sets SLA policies and calendars, and keeps the backups.&lt;/p&gt;&lt;p&gt;Everyone signs in with their own login from then on; every change is recorded in the audit trail under their name.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, and not the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::HealthScore</name>
    <message numerus="yes">
        <source>satisfaction %1/5 over %n survey(s)</source>
        <translation>
            <numerusform>satisfaction %1/5 over %n survey</numerusform>
            <numerusform>satisfaction %1/5 over %n surveys</numerusform>
        </translation>
    </message>
    <message>
        <source>no survey in the last 12 months (counted as neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tickets breached an SLA target (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 resolved tickets reopened (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing resolved in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered %1 t in the last 6 months against %2 t before (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new orders: %1 t in the last 6 months, none before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no orders in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::HolidayEntryDialog</name>
    <message>
        <source>Holiday or make-up workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all that observe holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::ImprovementActionsWindow</name>
    <message>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new from recurring problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No improvement action selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::KnowledgeEditorWindow</name>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the code, the title and at least one section, then save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Solved %n ticket(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retired %1 by %2: no longer suggested or found by search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an article %1 in %2: open it from the list to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1 &quot;%2&quot;? It will no longer be suggested to agents or found by search. Its text and the tickets it solved are kept, and it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::KnowledgeSuggestions</name>
    <message>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions appear as you type the title and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article solves it (recorded with the ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — matches: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) may answer this report:</source>
        <translation>
            <numerusform>%n article may answer this report:</numerusform>
            <numerusform>%n articles may answer this report:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · solved %n ticket(s)</source>
        <translation>
            <numerusform>%1 · solved %n ticket</numerusform>
            <numerusform>%1 · solved %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ingot::KpiReportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the report&apos;s pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) reported in %1.</source>
        <translation>
            <numerusform>%n ticket reported in %1.</numerusform>
            <numerusform>%n tickets reported in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::LiveUpdates</name>
    <message>
        <source>Live updates are on again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::LoginDialog</name>
    <message>
        <source>Sign in to IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;IngotDesk&lt;/h3&gt;&lt;p&gt;Lead ingot service desk. Sign in with your login.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it under Settings ▸ Language, or start the desk with --lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::MainWindow</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IngotDesk — lead ingot service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a customer&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue and the shown ticket again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;IngotDesk %1&lt;/h3&gt;&lt;p&gt;After-sales service desk for suppliers of refined lead ingots: from the customer&apos;s report to the satisfaction survey, with a history everyone can trust.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SLA clock(s) just breached: %1 response, %2 assessment, %3 resolution.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SLA sweep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database (team mode)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::NewTicketDialog</name>
    <message>
        <source>&amp;Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order (pick a customer first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket you started at %1 was not created: “%2”. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · batch %3 · %4 t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer who called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a customer from the list (Enter takes the first match for “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The title needs at least %n characters.</source>
        <translation>
            <numerusform>The title needs at least %n character.</numerusform>
            <numerusform>The title needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter creates the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::NextBreachModel</name>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: 75% or more of the target used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::QualityMenu</name>
    <message>
        <source>&amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Improvement actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;KPI report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s KPIs against targets as PDF, Excel, HTML, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SatisfactionTrendWidget</name>
    <message numerus="yes">
        <source>%1: %2 over %n survey(s)</source>
        <translation>
            <numerusform>%1: %2 over %n survey</numerusform>
            <numerusform>%1: %2 over %n surveys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SecurityMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk was started without signing in (--local-admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::ServiceTasksPanel</name>
    <message>
        <source>&amp;Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks whose owner is the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open service tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done? (visit notes, advice given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies when IngotDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart IngotDesk to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA notices for &amp;every ticket, not only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tray tells you when any open ticket turns at risk or breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and admins may follow every ticket; you hear about the tickets assigned to you (agents: also those you logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SlaBoardActions</name>
    <message>
        <source>SLA &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters, next breaches and trends per region and tier, refreshed by themselves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SlaBoardWindow</name>
    <message>
        <source>SLA board — IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the board reads the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a ticket to open it in the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA board · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region or category is unusually slow or busy this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual this week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SlaCalendarsTab</name>
    <message>
        <source>Unsaved calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of calendar &quot;%1&quot; have changed. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new calendar with these hours, to change and then choose in a new policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe &amp;holidays and make-up workdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local times, several intervals a day separated by commas, e.g. 08:30-12:00, 13:00-17:30; 24:00 ends at midnight; empty for a closed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in calendar: read-only. Copy it to define other hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the clocks of %1, so its hours stay as they are: tickets keep the hours they were reported under. Copy it, change the copy, and choose the copy in a new policy version from a future date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by %1, not in force yet: changes apply to every ticket reported under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any policy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calendar: give it a name and its weekly hours, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1, not saved yet: rename it, change its hours, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not of the form 08:30-12:00, 13:00-17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved calendar &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SlaPolicyModel</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service minutes of the %1 calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SlaSettingsActions</name>
    <message>
        <source>Service &amp;levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA targets per tier and priority, calendars, holidays and make-up workdays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::SlaSettingsWindow</name>
    <message>
        <source>Service levels — IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays and make-up days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running clock is at risk from this share of its target on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At risk from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets reported from this instant on get the new targets; earlier ones keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns date, kind (holiday/workday), name and optionally calendar; all rows or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new version a name, e.g. &quot;2027 contract terms&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: tickets reported from %2 on get these targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all that observe holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday or make-up workday after today; double-click a row to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the date to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the holiday list?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::TicketDetailWidget</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the ticket was changed at another desk after you opened it. It has been reloaded; check it and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::TicketHistoryModel</name>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::TicketQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ingot::TierAssessment</name>
    <message>
        <source>%1 t ordered in the last 12 months (%2 orders), more than the declared %3 t/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared volume %1 t/year; %2 orders (%3 t) in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: volume %1 t ≥ %2 t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: volume %1 t ≥ %2 t and %3 years of cooperation ≥ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: volume %1 t ≥ %2 t, below the A thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1 years of cooperation ≥ %2, volume %3 t below %4 t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: volume %1 t below %2 t and %3 years of cooperation below %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IngotDesk cannot open the database
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IngotDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
