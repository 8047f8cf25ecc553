package org.dpatracker.processor;

/**
 * The Art. 26 arrangement between joint controllers: who does what (Art. 26(1)), the contact point
 * for data subjects (Art. 26(1) sentence 3), and whether its essence is made available to them
 * (Art. 26(2)). {@code essenceAvailable} is null while not recorded.
 */
public record JointArrangement(String responsibilities, String contactPoint, Boolean essenceAvailable) {

    public static final JointArrangement EMPTY = new JointArrangement(null, null, null);

    @Override
    public String toString() {
        return "responsibilities=" + responsibilities + ", contactPoint=" + contactPoint + ", essenceAvailable="
                + essenceAvailable;
    }
}
