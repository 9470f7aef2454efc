package org.ccionetwork.events;

/** An editor asked for fewer places than are already confirmed; the form shows the message beside the field. */
public final class CapacityTooLow extends RuntimeException {

    private final int confirmed;

    private CapacityTooLow(int confirmed) {
        super("Capacity cannot be less than the " + confirmed + " places already confirmed", null, false, false);
        this.confirmed = confirmed;
    }

    public static CapacityTooLow belowConfirmed(int confirmed) {
        return new CapacityTooLow(confirmed);
    }

    public int confirmed() {
        return confirmed;
    }
}
