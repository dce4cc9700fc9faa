package org.blendscore.impact;

/** What an adverse-impact analysis concludes about one group. */
public enum Verdict {
    /** The group with the highest selection rate among those large enough to judge; the others are compared with it. */
    REFERENCE,
    /** Its impact ratio is below four fifths (0.8): possible adverse impact. */
    FLAGGED,
    /** Its impact ratio is at least four fifths, or no judged group had anyone selected. */
    NOT_FLAGGED,
    /** Fewer members than the minimum group size: too small to judge, never flagged. */
    TOO_SMALL
}
