package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.Destinations;

/** How red flags read: a short badge and a one-line explanation citing the rule. */
public final class RedFlagTexts {

    private RedFlagTexts() {}

    public static Component badges(Component context, Collection<RedFlagType> types) {
        Div badges = new Div();
        badges.addClassName("badges");
        for (RedFlagType type : types) {
            Badge badge = new Badge(context.getTranslation("redflag.short." + type.name()), Badge.Tone.ERROR);
            badge.getElement().setAttribute("title", context.getTranslation("redflag.rule." + type.name()));
            badges.add(badge);
        }
        return badges;
    }

    public static Component explained(Component context, List<RedFlag> flags) {
        Div list = new Div();
        list.addClassName("red-flags");
        list.setId("red-flags");
        for (RedFlag flag : flags) {
            Div line = new Div(
                    new Badge(
                            context.getTranslation(
                                    "redflag.short." + flag.type().name()),
                            Badge.Tone.ERROR),
                    new Span(" " + explanation(context, flag)));
            line.addClassName("red-flag");
            list.add(line);
        }
        return list;
    }

    public static String explanation(Component context, RedFlag flag) {
        Object[] arguments = flag.messageArguments();
        for (int i = 1; i < arguments.length; i++) {
            String value = String.valueOf(arguments[i]);
            if (value.startsWith(RedFlag.TRANSLATE)) {
                arguments[i] = context.getTranslation(value.substring(RedFlag.TRANSLATE.length()));
            } else if (value.length() == 2 && value.equals(value.toUpperCase())) {
                arguments[i] = Countries.name(value, UI.getCurrent().getLocale());
            } else if (isMechanism(value)) {
                arguments[i] = context.getTranslation("mechanism." + value);
            }
        }
        String text = context.getTranslation("redflag." + flag.type().name(), arguments);
        for (String detail : flag.details()) {
            if (detail.length() == 2 && detail.equals(detail.toUpperCase())) {
                text = Destinations.inSentence(text, detail, UI.getCurrent().getLocale());
            }
        }
        return text;
    }

    private static boolean isMechanism(String value) {
        try {
            org.dpatracker.transfer.TransferMechanism.valueOf(value);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
