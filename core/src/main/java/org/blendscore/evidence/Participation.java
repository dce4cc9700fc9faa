package org.blendscore.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.DateRange;

/**
 * When the subject was in the role: a start date (also the start of tenure for a ramp, and it may
 * lie before the review period), an end date, and leaves. Days outside the role or on leave carry
 * no target.
 *
 * @param start the first day in the role, if the subject started during or shortly before the period
 * @param end the last day in the role, if the subject left during the period
 * @param leaves periods of leave, which must not overlap each other
 */
public record Participation(@NotNull Optional<LocalDate> start, @NotNull Optional<LocalDate> end,
                            @NotNull List<@Valid @NotNull DateRange> leaves) {

    private static final Participation FULL = new Participation(Optional.empty(), Optional.empty(), List.of());

    /** Copies the leaves. */
    public Participation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        leaves = List.copyOf(leaves);
    }

    /**
     * In the role for the whole period, no leave.
     *
     * @return full participation
     */
    public static Participation full() {
        return FULL;
    }

    /**
     * Whether this is full participation with no start, end or leave.
     *
     * @return true if nothing limits participation
     */
    public boolean isFull() {
        return start.isEmpty() && end.isEmpty() && leaves.isEmpty();
    }
}
