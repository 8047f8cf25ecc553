package org.dpatracker.tom.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.Subprocessor;

/** How a checklist's party reads: the processor, or a subprocessor with its service. */
final class Parties {

    private Parties() {}

    static String name(Component context, AgreementDetail detail, Long subprocessorId) {
        if (subprocessorId == null) {
            return context.getTranslation(
                    "tom.party.processor", detail.processor().name());
        }
        return detail.subprocessors().stream()
                .filter(s -> subprocessorId.equals(s.id()))
                .findFirst()
                .map(s -> context.getTranslation(
                        "tom.party.subprocessor", detail.organisationOf(s).name()))
                .orElse(context.getTranslation("tom.party.removed"));
    }

    static String name(Component context, AgreementDetail detail, Subprocessor subprocessor) {
        return name(context, detail, subprocessor == null ? null : subprocessor.id());
    }
}
