<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>ChartsPanel</name>
        <message>
            <source>Over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measured vs workshop emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Chart as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no chart to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the chart as {0}: the folder does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the chart as {0}: the file could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a CSV file (File ▸ Import CSV…) to see charts here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The funnel needs a count or value metric per stage; import one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This chart needs an NPS, CSAT or CES metric; import one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the whole journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No dated {0} data for {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} {1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {0} data by {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} by touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} by channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} by stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The funnel needs {0} for at least two stages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−{0:.0f} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>biggest drop: −{0:.0f} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel: {0}; biggest drop-off at {1} (−{2:.0f} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}
n = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} has no satisfaction scale to compare with emotions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no stages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: workshop {1}, measured {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measured: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measured {0} vs workshop emotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1} (n = {2})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what each column holds. Long tables have a metric-name and a value column; wide tables and survey responses have one column per metric.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shape of the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long: one metric per row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wide: one column per metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey responses: one row per respondent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Shape:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date &amp;order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved mapping notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date order problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the column roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSAT (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CES (1–7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role of column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric kind of column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only one column can be the {role}; now {columns} are: choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A long table needs a “Metric name” column and a “Value” column: choose their roles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column holds a metric: give at least one column the role “Metric column”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatasetsPanel</name>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import metrics from a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the file again with the same settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this data from the project (undoable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} — {1} values of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {0}, imported {1}; {2} rows skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} is no longer there; import the updated file with Import CSV….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “{0}” and its {1} values from the project? You can undo this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Open or create a project first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project is open read-only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>File and settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check how the file is read; the preview shows the first rows as they will be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quote character:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines to s&amp;kip:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Header rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decimal &amp;mark:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date &amp;order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date order problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem reading the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes on the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese (CP932 / Shift_JIS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 (with BOM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 little-endian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 big-endian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Western (Windows-1252)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latin-1 (ISO 8859-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipe ( | )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double quote ( " )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single quote ( ' )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point (1,234.5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma (1.234,5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{columns} columns; the row headers are line numbers in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with the wrong number of fields (skipped): {first}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <source>Writing the rows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} values written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Refresh “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has changed shape: the saved mapping uses columns that are not in it any more ({names}). The roles below were guessed again; check them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read with these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project is not open for editing: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed ({reason}); nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset could not be added; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {values} values into “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” cannot be read ({reason}): check that it exists and that you may open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a large file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” is {size} MB. Reading it needs about as much memory and may take a while. Import it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project for editing before importing data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” is too large to read into memory: split it into smaller files.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thoughts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Human</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Physical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O2O (online to offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OMO (online-merge-offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unset)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−2 Very negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>−1 Negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+1 Positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+2 Very positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the default colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(default)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n items selected</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The selected item has no fields to edit here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a journey to see its details here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project to see the details of what you select.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <source>Drop a persona here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <source>Journey map</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneysPanel</name>
        <message>
            <source>Journeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a blank journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add from template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected journey with all its cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the journey up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the journey down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journey actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a journey from a built-in template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A journey needs a name; “{name}” was not renamed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete the journey “{name}” and its %n card(s)?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete journey</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>JourneyDesk projects (*.journey)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom {0} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open or create a project first, then import data into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a copy to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} (read-only) — JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} — JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>About JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JourneyDesk {0}
Offline customer journey mapping.

Japanese font: IPAexGothic, IPA Font License v1.0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New from Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit Journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(import a CSV file to colour touchpoints by a metric)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>Add a stage first (Insert ▸ Stage).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no emotions lane; add one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a cell of the map first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find cards… (Enter: next, Esc: close)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No card holds “{0}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop cards into a cell of the map (not the emotions lane).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop emotion markers onto a stage of a journey with an emotions lane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut {0} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a cell or a card to paste into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate {0} cards</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchingPage</name>
        <message>
            <source>Matching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys in the file are matched to the map by name, ignoring case and full-width or half-width forms. Change a match where it is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys that match nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create missing touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create missing touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem matching keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages in column “{column}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints in column “{column}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no match)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map entity for “{key}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} more keys (matched by name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column holds stages or touchpoints: the values will not be tied to the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints that match nothing: {keys}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages that match nothing: {keys}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key matches an entity on the map.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Palette</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag onto the map to add: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonaDialog</name>
        <message>
            <source>“{file}” is {width}×{height} pixels, too large to open safely. Save a smaller copy and choose that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” is not a picture JourneyDesk can read (PNG, JPEG, GIF, BMP or WebP).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” is {size:.1f} MB; pictures must be {limit} MB or smaller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” is larger than {limit} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” could not be converted to PNG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they might say, in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One goal per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One need per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frustrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One frustration per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One channel per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where this persona comes from (research, interviews…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First-time customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;eeds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Frustrations:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Channels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a PNG, JPEG, GIF, BMP or WebP file of up to 10 MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A persona needs a name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a persona onto the map to show it on that journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a persona to the library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign to current journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the selected persona on the journey that is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown on the current journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the persona “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It is shown on %n journey(s), which will keep their cards but show no persona.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been imported yet. Finish imports the data; Cancel leaves the project as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skip rows with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip rows with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows read: {rows}. Rows with problems: {problems}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} more rows with problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row holds a value to import: check the column roles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dataset “{name}” with {values} values of {count} metrics: {metrics}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It replaces the dataset “{name}” (one undo step).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} keys match nothing on the map: their values are kept without a link.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map your customers' journeys offline, in one file you own. Start from a template, or look around the example project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the example project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from a template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent projects:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent projects</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Page</name>
        <message>
            <source>(choose the order)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year/month/day (2024/03/14)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day/month/year (14/03/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month/day/year (03/14/2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dates in column “{column}” can be read day first or month first (for example 03/04/2024): choose the date order.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_RenameDelegate</name>
        <message>
            <source>Journey name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>look</name>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thoughts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EXIT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>digital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>human</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>physical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>online</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>overlay</name>
        <message>
            <source>Touchpoints coloured by {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <source>{tip} ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>journeydesk</name>
        <message>
            <source>Created {path} ({template}, {lang}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: JourneyDesk project, file format {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{journeys} journeys, {personas} personas, {cards} cards, {emotion_markers} emotion markers, {links} links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK: {path} is a sound JourneyDesk project (file format {version}, {entities} entries in {rows} rows).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline customer journey mapping. Without a command, opens the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands: {commands}. Run 'journeydesk COMMAND --help' for each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a .journey project to open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open (a personal copy of) the bundled example project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create a project file from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .journey file to create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starter journey (see 'journeydesk templates'); default: blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language of the template; default: en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>project title; default: the template's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the journeys and counts of a project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check a project's integrity; exit status 0 if sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the built-in starter journeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>render the editor with a project to a PNG, no screen needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .journey project (opened read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PNG file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the journey to show, by name; default: the first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>window size WIDTHxHEIGHT; default: 1400x860</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — persona: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  • {name}{persona}: {stages} stages, {lanes} lanes, {cards} cards, {markers} emotion markers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is damaged ({detail}). Open a backup or an earlier copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size must look like 1400x860, not '{size}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{word}' is neither a command nor a file. Commands: {commands}; or give a .journey file to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No display found: the app needs a desktop session. The commands ({commands}) work without one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journeydesk: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desktop interface cannot start: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desktop interface cannot start: {reason}. Reinstall JourneyDesk, or use the commands (journeydesk --help).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot copy the example project: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no journey named '{name}'. Journeys: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {values} values of {metrics} from {rows} rows of {path} ({skipped} rows skipped).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import a CSV file of metrics into a project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the .journey project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON mapping of columns to roles (default: detected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the journey whose stages and touchpoints the data names; default: the first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how to read dates like 03/04/2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import the good rows when some rows have problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add touchpoint cards for touchpoint names the map does not have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print a metric per touchpoint, stage, channel or period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the metric name, e.g. NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how to group; default: touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only the data of this journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project has no journey to attach data to; add one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoints not on the map: {names} (use --create-touchpoints to add them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages not on the map: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the dates in column '{column}' could be day/month or month/day; give --date-order dmy or mdy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {n} rows have problems ({first}); fix them, or pass --skip-bad-rows to import the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot use the mapping {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a PDF report of a project for clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a journey to include, by name (repeat for several); default: all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paper size; maps are printed landscape; default: A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fit: each journey on one page; stages: one page per stage; default: fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sections to include, from: {names}; default: all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a PNG or JPEG image for the cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report title; default: the project's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a line under the title on the cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>client name; default: the project's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>author; default: the project's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date printed on the cover, as written; default: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>brand colour like #2f6fb3; default: the project's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--sections needs at least one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report {path} would replace the project itself; choose another name ending in .pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder; give the PDF file to write, e.g. {path}/report.pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no report section '{name}'. Choose from: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pain point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backstage process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {n} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {n} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add emotion marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add persona “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste {n} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete persona “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete data “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {n} touchpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stage and the lane belong to different journeys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The emotions lane holds emotion markers, not cards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit card text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards can only move within their journey; copy them instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion markers belong in an emotions lane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move emotion marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit emotion marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete emotion marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {n} emotion markers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link joins two cards of the same journey.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change persona picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove persona picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use move_cards to move a card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no emotions lane; add one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no touchpoints lane; add one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{label}' no longer fits the project: {kind} {id} has changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {id} and the {target} it refers to belong to different journeys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {id} cannot be removed while {referrer} {referrer_id} refers to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An update must keep the entity's kind and id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {id} cannot move to another journey; copy it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {id} refers to a missing {target} {target_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} has no field {names} that can be set here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no {kind} with id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} of {kind} cannot be {value!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a valid {field}; choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} of {kind} is {n} characters long; the limit is {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} '{value}' is not a colour like #4a90d9.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be between {low} and {high}, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An entity has an empty id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An image of {n} bytes is larger than the {limit} byte limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An emotion marker's place within its stage must be between 0 and 1, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link cannot join a card to itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit project details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add journey “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder journeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete journey “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate journey “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recolour stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resize stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lane “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resize lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move lane “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lane “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove persona from journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit lane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An entity with id {id} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards can only move to another stage or lane of the same journey.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an empty lane can change its kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion markers can only move to another emotions lane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown template '{name}'; valid names are: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown template language '{lang}'; valid languages are: {langs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is empty: choose a file that contains a table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} looks like binary data ({what}), not a CSV text file: export the data from its application as CSV and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {found} fields, expected {expected}: fix the row in the file or skip it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it contains NUL bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is full of control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is an Excel workbook, not a CSV file: in Excel choose File → Save As → "CSV UTF-8" and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an image, PDF or database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has only comment lines (starting with #) and no table: export the data again with its rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The delimiter must be one character other than the quote character and line breaks (found '{delimiter}'): choose comma, semicolon, tab or pipe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quote character must be one character, or none (found '{quote}'): choose " or '.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines to skip and header rows cannot be negative: enter 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (first bad byte on line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} cannot be read as {encoding}{where}: choose another encoding (Japanese Excel saves CP932; older Western files are Latin-1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {found} fields, expected {expected}; the row runs on to line {end}: check for an unmatched quote character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text encoding of {name} could not be recognised (it is not UTF-8, UTF-16, Shift_JIS/CP932 or Latin-1): save it from your spreadsheet as "CSV UTF-8" and import it again, or choose the encoding by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{encoding}' is not a known text encoding: choose one such as UTF-8, CP932 (Japanese Excel), UTF-16 or Latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no header row after the {skip} skipped lines: lower the number of lines to skip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{encoding}' is not a text encoding: choose one such as UTF-8, CP932 or Latin-1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has a header but no data rows: export the data again with its rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: a quoted field never ends (an unmatched quote character): check the file there, or read it with no quote character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a date: use a form such as 2024-03-14, 2024/3/14, 14.03.2024 or 03/14/2024, or correct the cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decimal separator must be '.' or ',', not '{decimal}': choose one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a number (decimal separator '{decimal}'): correct the cell, choose the other decimal separator, or skip the row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a valid date (no such day or month): correct the cell or check the date order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown date order '{order}': choose ymd, dmy or mdy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' could be {options}: choose the date order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of the values is a date: choose another column for the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' has an impossible time of day: correct the cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a valid {label} date: correct the cell or choose another date order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' does not fit the date order of the values before it ({orders}): correct the column or choose the order by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no column {names}; it may have changed shape. Check the mapping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset's saved settings cannot be read ({reason}); import the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping is not valid JSON of a JourneyDesk mapping ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A long table needs a metric-name column and a value column; choose their roles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column holds a metric: choose at least one metric column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' could be day/month or month/day: choose the date order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a {kind} answer ({low}–{high}) in column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is not a number in column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no metric '{name}'. Metrics: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project has no imported data yet: import a CSV file first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(a touchpoint no longer on the map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(a stage no longer on the map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer journey report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no stages or lanes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no journey with id '{id}' in the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer journey map: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points and opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customer journey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sections were chosen for this report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be laid out ({reason}). Try a larger paper or fewer sections, and please report this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{journey} — {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: {reason}. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {n}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no touchpoints yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no pain points yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed journey)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F{f} · S{s}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I{i} · E{e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>digital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>human</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>physical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EXIT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel: {metric}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{metric} by touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel: {metric}; biggest drop-off at {stage} (−{share:.0f} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…and {n} more touchpoints (see the inventory table).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer journey report · made with JourneyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeys in this report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…and {n} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report font {path} cannot be read ({reason}). Reinstall JourneyDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo {path} is not an image JourneyDesk can read (use a PNG or JPEG of at most {limit} megapixels).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo {path} is a folder; choose a PNG or JPEG image file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo {path} is {n} bytes; the limit is {limit}. Choose a smaller image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the logo {path}: {reason}. Check the file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backstage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moment of truth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persona: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card text is {size:.1f} pt on {paper}, too small to read in print. Choose a larger paper (A3, Tabloid) or the stages layout (one page per stage).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no paper size '{paper}'. Choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no map layout '{layout}'. Choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The brand colour '{value}' is not a colour like #2f6fb3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>page {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>age {age}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first-time customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>returning customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frustrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journeys: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal: {goal}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goal or description for this stage yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({change} % from the previous stage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Major projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thankless tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity × frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journey has no opportunities yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data could not be saved ({reason}); nothing was added. Free some disk space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot group by '{by}'; choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no template '{name}'. Choose one of: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is empty, not a JourneyDesk project. Choose a .journey file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a JourneyDesk project (it is not an SQLite file). Choose a .journey file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is cut short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a JourneyDesk project. Choose a .journey file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was saved by a newer JourneyDesk (file format {version}; this version reads up to {supported}). Update JourneyDesk to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no project tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} holds triggers or views that JourneyDesk did not make ({names}); another program changed it. It is not opened, for safety; remove them with the sqlite3 tool or open a copy you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some entries refer to entries that do not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists. Choose another name, or open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file at {path}. Check the name, or create a project with: journeydesk new {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder, not a JourneyDesk project. Choose a .journey file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is open in another JourneyDesk window, so it is opened read-only here. Close it there to edit it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy cannot replace the open project {path}; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be updated to the current file format ({reason}). It was left as it was; a copy is in {backup}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} has recent changes in {wal} that cannot be read from this read-only folder. Copy both files to a folder you can write to and open the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the table {name} is missing or changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create {path}: {reason}. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {reason}. Check the file's permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is read-only (file or folder permissions), so it is opened read-only. Save a copy elsewhere to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>free some disk space or save a copy elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>please report this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save “{label}” to {path}: {reason}. The change was not made; {advice}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save a copy to {path}: {reason}. Choose a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was made by an earlier JourneyDesk and must be updated, but it cannot be written here. Save a copy to a folder you can write to and open that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is open in another JourneyDesk window; close it there or choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: check the folder exists and is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} has no journey named '{name}'. Journeys: {names}.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
