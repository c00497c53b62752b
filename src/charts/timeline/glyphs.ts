// Who acted, as a shape in ink: the site's colours mean who makes a claim (the figures chart), so the
// timelines never use colour for the kind of event (issue 17). Each path is drawn around (0, 0),
// about 10 units across, outlined so it cannot be taken for a date mark.
import type { EVENT_KINDS } from '../../schema/records.ts';

type EventKind = (typeof EVENT_KINDS)[number];

export const KIND_GLYPHS: Record<EventKind, string> = {
  recruitment: 'M-4 -4H4V4H-4Z',
  judicial: 'M0 -5L5 4H-5Z',
  executive: 'M0 -5L5 0L0 5L-5 0Z',
  legislative: 'M0 5L5 -4H-5Z',
  diplomatic: 'M-5 0H5M0 -5V5',
  statement: 'M-4 0A4 4 0 1 0 4 0A4 4 0 1 0 -4 0Z',
};

/** The glyph of a kind, or a ring for a kind this table does not know. */
export const glyphOf = (kind: string): string => KIND_GLYPHS[kind as EventKind] ?? KIND_GLYPHS.statement;
