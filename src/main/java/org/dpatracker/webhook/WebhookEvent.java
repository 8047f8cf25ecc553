package org.dpatracker.webhook;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a webhook tells of, with the dotted type name its payload carries (as the Standard Webhooks
 * specification recommends). {@link #TEST} is only sent on request, never subscribed to.
 */
public enum WebhookEvent {
    DEADLINE_DUE("deadline.due"),
    DEADLINE_OVERDUE("deadline.overdue"),
    RED_FLAG_RAISED("red_flag.raised"),
    RED_FLAG_CLEARED("red_flag.cleared"),
    NOTICE_RECORDED("notice.recorded"),
    NOTICE_DECIDED("notice.decided"),
    BREACH_RECORDED("breach.recorded"),
    ANNEX_VERSION_CREATED("annex_version.created"),
    TEST("webhook.test");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The name in the payload's {@code type}. */
    public String type() {
        return type;
    }

    /** The events a subscription can choose. */
    public static Set<WebhookEvent> subscribable() {
        Set<WebhookEvent> all = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(values()).filter(event -> event != TEST).forEach(all::add);
        return all;
    }
}
