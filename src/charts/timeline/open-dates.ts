// Events the sources date only by when they began: "since 2022" (Shafaq News: more than 5,000 drawn in
// "since 2022"), "Since 2024, reports have emerged" (Noon Post). Their year is when it started, not a
// period that closed: the timeline draws a start tick fading towards the latest sources, never a
// closed year. The event records have no field for this yet (src/schema/records.ts would be its home:
// an open-ended date); until they do, this list names them, and tests/unit/charts/timeline pins each
// entry to the words of its record's summary.

/** Ids of events dated "since" a year or "from" a year "onwards". */
export const OPEN_ENDED: ReadonlySet<string> = new Set(['shafaq-count-begins', 'reports-since-2024']);
