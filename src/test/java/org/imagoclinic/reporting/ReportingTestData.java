package org.imagoclinic.reporting;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

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
}
