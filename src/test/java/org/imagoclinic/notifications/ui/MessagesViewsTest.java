package org.imagoclinic.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.MessageTemplates;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.SignedInUser;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The front desk keeps each partner's message choices on the couple page and reads the outbox. */
@ClinicIntegrationTest
class MessagesViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MessagesTab tab;
    @Autowired
    MessagePreferences preferences;

    @Autowired
    FailedMessagesPanel failedPanel;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theAdministratorsHomeSaysWhenMessagesFailedThisWeek() {
        jdbc.update("""
                insert into notifications.outbox_message (id, partner_id, channel, recipient, template, status, reason,
                    attempts, next_attempt_at, dedupe_key, created_at)
                values (gen_random_uuid(), gen_random_uuid(), 'EMAIL', 'gone@example.org', 'REMINDER', 'FAILED',
                    'the mail server refused it', 5, ?, gen_random_uuid()::text, ?)
                """, java.sql.Timestamp.from(TestClinicClock.current()), java.sql.Timestamp.from(TestClinicClock.current()));
        TestAccounts.signIn(context, "admin");
        SignedInUser admin = (SignedInUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
        assertThat(failedPanel.content(admin)).hasValueSatisfying(panel ->
                assertThat(panel.getElement().getOuterHTML()).contains("failed in the last seven days").contains("outbox"));
        TestAccounts.signIn(context, "frontdesk");
        assertThat(failedPanel.content(admin)).as("not the front desk's home").isEmpty();
    }

    @Test
    void anAdministratorSeesAMessageFilledInAndIsToldNextToTheFieldOfAPlaceholderItCannotFill() {
        TestAccounts.signIn(context, "admin");
        MessageTemplates templates = context.getBean(MessageTemplates.class);
        MessageTemplate before = wordingOf(templates, TemplateKind.WAITLIST_OFFER);
        try {
            navigate(TemplatesView.class);
            @SuppressWarnings("unchecked")
            Select<TemplateKind> kind = $(Select.class).id("template-kind");
            kind.setValue(TemplateKind.WAITLIST_OFFER);
            TextArea bodyText = $(TextArea.class).id("template-body-text");
            test(bodyText).setValue("Dear {{name}}, you and {{partnerName}}: {{date}} at {{time}}.");
            test($(Button.class).id("template-save")).click();
            assertThat(bodyText.isInvalid()).isTrue();
            assertThat(bodyText.getErrorMessage()).contains("{{partnerName}}").contains("{{replyBy}}");
            assertThat(wordingOf(templates, TemplateKind.WAITLIST_OFFER)).as("nothing saved").isEqualTo(before);

            test(bodyText).setValue("Dear {{name}}, a session on {{date}} at {{time}}: call by {{replyBy}}.");
            test($(Button.class).id("template-save")).click();
            assertThat(bodyText.isInvalid()).isFalse();
            assertThat($(Pre.class).id("template-preview-text").getText()).startsWith("Dear Alex, a session on ").contains(" at 10:00: call by ");
            assertThat(wordingOf(templates, TemplateKind.WAITLIST_OFFER).bodyText()).isEqualTo(bodyText.getValue());
        } finally {
            templates.replace(before);
        }
    }

    private static MessageTemplate wordingOf(MessageTemplates templates, TemplateKind kind) {
        return templates.templates().stream().filter(template -> template.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aSafeContactWithoutItsAddressIsRefusedNextToTheFieldAndWithOneItIsSaved() {
        TestClinic clinic = new TestClinic(context);
        Couple couple = clinic.couple(clinic.therapist().staffId());
        TestAccounts.signIn(context, "frontdesk");
        navigate(OutboxView.class);
        assertThat($(Grid.class).id("outbox").isVisible()).isTrue();

        Component content = tab.content(couple.id());
        UI.getCurrent().add(content);
        test($(Checkbox.class).id("messages-a-email")).click();
        test($(Checkbox.class).id("messages-a-safe")).click();
        $(Select.class).withLabel("Safe channel").first().setValue(Channel.EMAIL);
        test($(Button.class).id("messages-a-save")).click();
        TextField address = $(TextField.class).id("messages-a-safe-address");
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("safe");
        assertThat(preferences.of(couple.partnerA().personId()).emailConsent()).as("nothing saved").isFalse();

        test(address).setValue("alex.safe@example.net");
        test($(Button.class).id("messages-a-save")).click();
        assertThat(address.isInvalid()).isFalse();
        assertThat(preferences.of(couple.partnerA().personId())).satisfies(saved -> {
            assertThat(saved.emailConsent()).isTrue();
            assertThat(saved.safeContactOnly()).isTrue();
            assertThat(saved.safeAddress()).isEqualTo("alex.safe@example.net");
        });
    }
}
