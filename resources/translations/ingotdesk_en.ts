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
</context>
<context>
    <name>ActionDialog</name>
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
    <name>CustomerCompleter</name>
    <message>
        <source>Tier %1</source>
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
        <source>&apos;%1&apos; is not a date such as 2026-10-01</source>
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
    <name>MainWindow</name>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>ServiceCalendar</name>
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
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart IngotDesk to use the new language.</source>
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
        <source>%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketHistoryModel</name>
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
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
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
</context>
<context>
    <name>TicketStateMachine</name>
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
    <name>ingot</name>
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
        <source>&apos;%1&apos; is not allowed while the ticket is %2</source>
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
