package org.dpatracker.processor;

/**
 * What a recipient is to the controller. Only a processor needs an Art. 28 agreement, TOM and
 * Art. 28(3) checklists and an annex (its subprocessors are recorded on its agreement); joint
 * controllers need an Art. 26 arrangement; independent controllers and other recipients neither.
 */
public enum Relationship {
    /** Processes on the controller's behalf, Art. 28 GDPR. */
    PROCESSOR,
    /** Determines purposes and means jointly with the controller, Art. 26 GDPR (e.g. social plug-ins, CJEU C-40/17). */
    JOINT_CONTROLLER,
    /** Processes for its own purposes as a controller of its own (e.g. Google Search Console). */
    INDEPENDENT_CONTROLLER,
    /** Any other recipient (Art. 4(9) GDPR), e.g. an authority or a bank. */
    OTHER_RECIPIENT;

    public boolean isProcessor() {
        return this == PROCESSOR;
    }
}
