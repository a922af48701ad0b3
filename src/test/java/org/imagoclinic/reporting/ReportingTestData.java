package org.imagoclinic.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.security.internal.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests in other packages: the hand-built caseload of {@link HandBuiltClinic}, and events published as their modules would. */
public final class ReportingTestData {

    private ReportingTestData() {
    }

    public static void publishHandBuiltClinic(ApplicationContext context, UUID therapist) {
        new HandBuiltClinic(context, therapist).events.publish();
    }

    public static void publish(ApplicationContext context, List<Object> events) {
        new ClinicEvents(context).publish(events);
    }

    /**
     * Runs the work signed in as {@code username}, with CSI-16 norms SD 10, r .91 ("Test norms, 2025";
     * reliable when |Δ| > 8.32) entered by an administrator, in one transaction that is then rolled back.
     */
    public static <T> T withTestNorms(ApplicationContext context, String username, Supplier<T> work) {
        return context.getBean(TransactionTemplate.class).execute(status -> {
            TestAccounts.signIn(context, "admin");
            context.getBean(MeasureCatalogue.class).updateNorms("CSI-16",
                    new Norms(new BigDecimal("10"), new BigDecimal("0.91"), "Test norms, 2025"));
            TestAccounts.signIn(context, username);
            T result = work.get();
            status.setRollbackOnly();
            return result;
        });
    }
}
