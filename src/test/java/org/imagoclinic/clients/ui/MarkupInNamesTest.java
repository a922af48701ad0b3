package org.imagoclinic.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A partner whose name is markup and script is shown as those characters, never run: the couples
 * list and the couple's page carry it as text, and nothing on them is built from raw HTML.
 */
@ClinicIntegrationTest
class MarkupInNamesTest extends SpringBrowserlessTest {

    static final String SCRIPT_NAME = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    @Autowired
    ApplicationContext context;

    @Test
    void aNameWrittenAsMarkupIsShownAsTextOnTheListAndThePage() {
        String lastName = TestCouples.uniqueName();
        CoupleRegistration registration = TestCouples.registration();
        CoupleRegistration hostile = new CoupleRegistration(
                new NewPartner(null, new PartnerDetails(SCRIPT_NAME, SCRIPT_NAME + lastName, null, null,
                        LocalDate.of(1984, 5, 6), lastName.toLowerCase() + "@example.org", null, null, null), true),
                registration.partnerB(), registration.relationship(), registration.intake(), registration.consents(),
                registration.primaryTherapistId(), null, null);
        Couple couple = TestCouples.asFrontDesk(context, () -> context.getBean(Couples.class).register(hostile));
        TestAccounts.signIn(context, "frontdesk");

        navigate(CouplesView.class);
        test($(TextField.class).withLabel("Name").single()).setValue(lastName.toLowerCase());
        @SuppressWarnings("unchecked")
        Grid<CoupleSummary> grid = $(Grid.class).single();
        assertThat(test(grid).getRow(0).displayName()).contains(SCRIPT_NAME);
        assertThat(test(grid).getCellText(0, 0) + test(grid).getCellText(0, 1)).contains(SCRIPT_NAME);
        assertNothingIsRawHtml();

        navigate("couples/" + couple.id(), CoupleView.class);
        assertThat($(H2.class).id("couple-name").getText()).contains(SCRIPT_NAME);
        assertNothingIsRawHtml();
    }

    private static void assertNothingIsRawHtml() {
        List<Element> elements = new ArrayList<>();
        collect(UI.getCurrent().getElement(), elements);
        assertThat(elements).isNotEmpty().allSatisfy(element -> {
            assertThat(element.hasProperty("innerHTML")).as(element.getTag() + " with raw innerHTML").isFalse();
            assertThat(element.getComponent().filter(Html.class::isInstance)).as("an Html component").isEmpty();
        });
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }
}
