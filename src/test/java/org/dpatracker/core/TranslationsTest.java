package org.dpatracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dpatracker.audit.ActionStatus;
import org.dpatracker.audit.AuditKind;
import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.CostBearer;
import org.dpatracker.audit.Severity;
import org.dpatracker.breach.AuthorityNotification;
import org.dpatracker.breach.BreachContent;
import org.dpatracker.breach.Risk;
import org.dpatracker.breach.SubjectsExemption;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.organisation.CertificationKind;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.SpecialCategory;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.retention.DeletionChoice;
import org.dpatracker.retention.RetentionTrigger;
import org.dpatracker.security.Permission;
import org.dpatracker.security.Role;
import org.dpatracker.tom.EvidenceKind;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.transfer.TransferMechanism;
import org.dpatracker.webhook.WebhookEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in English and German, and every value the user can meet has its label. */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_de.properties"})
    void everyEnumValueHasItsText(String bundle) throws IOException {
        Properties texts = load(bundle);
        List<String> keys = new ArrayList<>();
        for (AgreementStatus status : AgreementStatus.values()) keys.add("status." + status.name());
        for (ApprovalState state : ApprovalState.values()) keys.add("approval." + state.name());
        for (Authorisation authorisation : Authorisation.values()) keys.add("authorisation." + authorisation.name());
        for (SpecialCategory category : SpecialCategory.values()) keys.add("special." + category.name());
        for (TransferMechanism mechanism : TransferMechanism.values()) keys.add("mechanism." + mechanism.name());
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
            keys.add("role." + role.name() + ".description");
        }
        for (Permission permission : Permission.values()) keys.add("permission." + permission.name());
        for (CertificationKind kind : CertificationKind.values()) keys.add("certification.kind." + kind.name());
        for (RedFlagType type : RedFlagType.values()) {
            keys.add("redflag." + type.name());
            keys.add("redflag.short." + type.name());
            keys.add("redflag.rule." + type.name());
        }
        for (MeasureStatus status : MeasureStatus.values()) keys.add("tom.status." + status.name());
        for (EvidenceKind kind : EvidenceKind.values()) keys.add("evidence." + kind.name());
        for (ContractPoint point : ContractPoint.values()) keys.add("contract.point." + point.name());
        for (PointStatus status : PointStatus.values()) keys.add("contract.status." + status.name());
        for (AuditKind kind : AuditKind.values()) keys.add("audit.kind." + kind.name());
        for (AuditPeriod period : AuditPeriod.values()) keys.add("audit.period." + period.name());
        for (CostBearer bearer : CostBearer.values()) keys.add("audit.cost." + bearer.name());
        for (Severity severity : Severity.values()) keys.add("severity." + severity.name());
        for (ActionStatus status : ActionStatus.values()) keys.add("audit.action.status." + status.name());
        for (BreachContent content : BreachContent.values()) keys.add("breach.content." + content.name());
        for (AuthorityNotification notification : AuthorityNotification.values())
            keys.add("breach.may-notify." + notification.name());
        for (Risk risk : Risk.values()) keys.add("breach.risk." + risk.name());
        for (SubjectsExemption exemption : SubjectsExemption.values()) keys.add("breach.exemption." + exemption.name());
        for (RetentionTrigger trigger : RetentionTrigger.values()) keys.add("retention.trigger." + trigger.name());
        for (DeletionChoice choice : DeletionChoice.values()) keys.add("retention.choice." + choice.name());
        for (DeadlineKind kind : DeadlineKind.values()) keys.add("deadline.kind." + kind.name());
        for (WebhookEvent event : WebhookEvent.values()) keys.add("webhook.event." + event.name());
        for (DocumentKind kind : DocumentKind.values()) keys.add("vault.kind." + kind.name());
        assertThat(texts.stringPropertyNames()).containsAll(keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations_de.properties"})
    void germanHasEveryEnglishKey(String bundle) throws IOException {
        Set<String> english = load("translations.properties").stringPropertyNames();
        assertThat(load(bundle).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
