package org.blendscore.rubric;

/** What a day of the period counts for when a target is spread over time. */
public enum ProrationBasis {
    /** Every calendar day counts the same. */
    CALENDAR_DAYS,
    /** Only working days of the rubric's {@link WorkCalendar} count. */
    WORKING_DAYS
}
