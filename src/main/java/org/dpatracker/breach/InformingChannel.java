package org.dpatracker.breach;

/**
 * How data subjects were told of a high-risk breach (Art. 34 GDPR): each of them directly, or by a
 * public communication where telling each would involve disproportionate effort (Art. 34(3)(c)),
 * which is a way of informing them, not an exemption from it.
 */
public enum InformingChannel {
    DIRECT,
    PUBLIC_COMMUNICATION
}
