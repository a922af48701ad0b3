package org.imagoclinic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.ApiTokens.LiveToken;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A user sees the API tokens of theirs that still work, and ends one at once; another user's are not theirs to see. */
@ClinicIntegrationTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "tokens-Pa55word-2026";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    @SuppressWarnings("unchecked")
    void aUserEndsOneOfTheirTokensAfterConfirmingAndItIsRefusedFromItsNextCall() throws Exception {
        String username = TestAccounts.create(context, "tokview", "Tia Tokens", PASSWORD, false, Roles.THERAPIST);
        String first = tokenFor(username);
        String second = tokenFor(username);
        String someoneElses = tokenFor(TestAccounts.create(context, "tokother", "Oli Other", PASSWORD, false, Roles.THERAPIST));

        TestAccounts.signIn(context, username);
        navigate(ApiTokensView.class);
        Grid<LiveToken> grid = $(Grid.class).single();
        assertThat(test(grid).size()).as("their two tokens, not the other user's").isEqualTo(2);

        test(endButton(grid, 0)).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(statuses(first, second)).containsExactly(200, 200);
        TestAccounts.signIn(context, username); // the API calls above ran on this thread as other clients

        test(endButton(grid, 0)).click();
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("End this API token?");
        test(question).confirm();

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(statuses(first, second)).as("one ended, the other still works").containsExactlyInAnyOrder(401, 200);
        assertThat(statuses(someoneElses)).containsExactly(200);
    }

    @Test
    void withNoTokenThePageSaysSo() {
        String username = TestAccounts.create(context, "tokless", "Nell Notoken", PASSWORD, false, Roles.FRONT_DESK);
        TestAccounts.signIn(context, username);

        navigate(ApiTokensView.class);

        assertThat($(Grid.class).single().getEmptyStateText()).isEqualTo("No API token of yours works at the moment.");
    }

    private Button endButton(Grid<LiveToken> grid, int row) {
        Component cell = test(grid).getCellComponent(row, 2);
        return (Button) cell;
    }

    private String tokenFor(String username) throws Exception {
        String answer = mvc.perform(post("/api/tokens").with(httpBasic(username, PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.token");
    }

    private List<Integer> statuses(String... tokens) throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (String token : tokens) {
            statuses.add(mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus());
        }
        return statuses;
    }
}
