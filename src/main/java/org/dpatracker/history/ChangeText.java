package org.dpatracker.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dpatracker.core.Dates;

/**
 * A history entry in the user's language: the kind of entity by its name, every changed field by the
 * label its form shows, coded values (statuses, mechanisms, yes/no) by their text, dates and times
 * in the user's format. Values the features wrote as free text are shown as they are.
 */
public final class ChangeText {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    /** A record written as text, "name=value, other=value", as a few early states hold it. */
    private static final Pattern RECORD_TEXT = Pattern.compile("(\\w+)=([^,]*)(, |$)");

    /** Where the forms already translate a field's values: the key before the value's name. */
    private static final Map<String, String> FORM_VALUE_KEYS = Map.ofEntries(
            Map.entry("agreement.status", "status."),
            Map.entry("processing-activity.status", "record.status."),
            Map.entry("processing-activity.role", "record.role."),
            Map.entry("tom-entry.status", "tom.status."),
            Map.entry("contract-check.status", "contract.status."),
            Map.entry("approval", "approval."),
            Map.entry("relationship", "relationship."),
            Map.entry("mechanism", "mechanism."),
            Map.entry("legalBases", "legal-basis."),
            Map.entry("roles", "role."),
            Map.entry("period", "audit.period."),
            Map.entry("costBearer", "audit.cost."),
            Map.entry("mayNotify", "breach.may-notify."),
            Map.entry("trigger", "retention.trigger."),
            Map.entry("point", "contract.point."),
            Map.entry("evidenceKind", "evidence."),
            Map.entry("authorisation", "authorisation."));

    /** A period as {@code java.time.Period} writes it, e.g. "P3M" or "P1Y6M". */
    private static final Pattern PERIOD = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    private final Messages messages;
    private final Locale locale;
    private final ZoneId zone;

    public ChangeText(Messages messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    public String entity(String entity) {
        return messages.first(entity, "entity." + entity);
    }

    /** The row's id; a coded part of it in words, e.g. a contract check's point. */
    public String entityId(String entity, String id) {
        int colon = id.indexOf(':');
        if (colon < 0 || !CODE.matcher(id.substring(colon + 1)).matches()) {
            return id;
        }
        return id.substring(0, colon) + ": " + code(entity, "point", id.substring(colon + 1));
    }

    public String operation(Operation operation) {
        return messages.first(operation.name(), "history.operation." + operation.name());
    }

    /** The time of a change in the one date format of the language, to the second: "03.12.2026 17:23:30". */
    public String when(Instant instant) {
        return DateTimeFormatter.ofPattern(Dates.pattern(locale) + " HH:mm:ss", locale)
                .withZone(zone)
                .format(instant);
    }

    /** Each changed field as "Label: before → after". */
    public List<String> changes(ChangeEntry entry) {
        return StateDiff.between(entry.beforeState(), entry.afterState()).stream()
                .map(change -> label(entry.entity(), change.field()) + ": "
                        + value(entry.entity(), change.field(), change.before()) + " → "
                        + value(entry.entity(), change.field(), change.after()))
                .toList();
    }

    /** The labels of the fields that changed. */
    public List<String> changedFields(ChangeEntry entry) {
        return StateDiff.between(entry.beforeState(), entry.afterState()).stream()
                .map(change -> label(entry.entity(), change.field()))
                .toList();
    }

    /** The label of a field, e.g. "Approval" for a subprocessor's {@code approval}. */
    public String label(String entity, String field) {
        String leaf = leaf(field);
        return messages.first(
                field, "history.field." + entity + "." + field, "history.field." + field, "history.field." + leaf);
    }

    String value(String entity, String field, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            return messages.first(value.toString(), yes ? "history.value.yes" : "history.value.no");
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty()
                    ? "—"
                    : values.stream().map(v -> value(entity, field, v)).collect(Collectors.joining(", "));
        }
        String text = value.toString();
        if (CODE.matcher(text).matches() && text.length() > 2) {
            return code(entity, field, text);
        }
        Matcher period = PERIOD.matcher(text);
        if (period.matches() && text.length() > 1) {
            return period(period);
        }
        if (DAY.matcher(text).matches()) {
            return Dates.format(LocalDate.parse(text), locale);
        }
        if (MOMENT.matcher(text).matches()) {
            return when(Instant.parse(text));
        }
        if (leaf(field).equals("locations")) {
            return HistoryLocations.describe(text, this::code, locale, messages);
        }
        if (text.contains("=") && RECORD_TEXT.matcher(text).lookingAt()) {
            return recordText(entity, text);
        }
        return text;
    }

    /** A coded value, e.g. "Signed" for the status {@code SIGNED}. */
    String code(String entity, String field, String code) {
        String leaf = leaf(field);
        String form = FORM_VALUE_KEYS.getOrDefault(entity + "." + leaf, FORM_VALUE_KEYS.get(leaf));
        List<String> keys = new ArrayList<>();
        if (form != null) {
            keys.add(form + code);
        }
        keys.add("history.value." + entity + "." + leaf + "." + code);
        keys.add("history.value." + leaf + "." + code);
        keys.addAll(formKeys(entity, leaf, code));
        keys.add("history.value." + code);
        return messages.first(code, keys.toArray(String[]::new));
    }

    /**
     * Where a feature's own form names the value, e.g. "notice.status.OPEN", "breach.risk.RISK",
     * "webhook.event.BREACH_RECORDED" or "role.DPO": the entity (or its first word) and the field,
     * singular or plural, before the value's name.
     */
    static List<String> formKeys(String entity, String leaf, String code) {
        String feature = entity.split("[- ]")[0];
        String singular = leaf.endsWith("s") ? leaf.substring(0, leaf.length() - 1) : leaf;
        List<String> keys = new ArrayList<>();
        for (String owner : new LinkedHashSet<>(List.of(entity, feature))) {
            keys.add(owner + "." + leaf + "." + code);
            keys.add(owner + "." + singular + "." + code);
        }
        keys.add(leaf + "." + code);
        keys.add(singular + "." + code);
        return List.copyOf(new LinkedHashSet<>(keys));
    }

    private String period(Matcher period) {
        String[] units = {"years", "months", "weeks", "days"};
        StringBuilder out = new StringBuilder();
        for (int unit = 0; unit < units.length; unit++) {
            String amount = period.group(unit + 1);
            if (amount != null && (Integer.parseInt(amount) != 0 || out.isEmpty() && unit == units.length - 1)) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                String key = "history.period." + units[unit];
                out.append(messages.find(key, Integer.parseInt(amount)).orElse(amount + " " + units[unit]));
            }
        }
        return out.isEmpty() ? messages.find("history.period.days", 0).orElse("0") : out.toString();
    }

    private String recordText(String entity, String text) {
        StringBuilder out = new StringBuilder();
        Matcher parts = RECORD_TEXT.matcher(text);
        while (parts.find()) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            String part = parts.group(2).equals("null") ? null : parts.group(2);
            out.append(label(entity, parts.group(1))).append(": ").append(value(entity, parts.group(1), part));
        }
        return out.toString();
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
