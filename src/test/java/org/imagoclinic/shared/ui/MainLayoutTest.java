package org.imagoclinic.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.imagoclinic.shared.SignedInUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainLayoutTest {

    @Test
    void theNavigationHasAnItemWithItsIconAndPathForEachEntryAsSideNavItemsRenderThem() {
        List<MenuEntry> entries = List.of(new MenuEntry("/", "Home", 0.0, "vaadin:home", null),
                new MenuEntry("/my-day", "My day", 19.0, "vaadin:user-clock", null),
                new MenuEntry("/reports/outcomes", "Outcomes report", 60.0, null, null));

        Element drawer = parsed(MainLayout.drawer(entries));

        assertThat(drawer.selectFirst(".shell-brand").text()).isEqualTo("Imago Clinic");
        assertThat(drawer.select("vaadin-side-nav > vaadin-side-nav-item")).extracting(Element::text)
                .containsExactly("Home", "My day", "Outcomes report");
        assertThat(drawer.select("vaadin-side-nav-item").eachAttr("path")).containsExactly("", "my-day", "reports/outcomes");
        assertThat(drawer.select("vaadin-side-nav-item > vaadin-icon[slot=prefix]").eachAttr("icon"))
                .containsExactly("vaadin:home", "vaadin:user-clock");
    }

    @Test
    void theUsersNameIsShownAsTextBesideTheLinkToChangeThePassword() {
        SignedInUser user = new SignedInUser() {
            @Override
            public String username() {
                return "x";
            }

            @Override
            public String displayName() {
                return "<img src=x onerror=alert(1)>";
            }

            @Override
            public List<String> roleLabels() {
                return List.of();
            }
        };

        Element links = parsed(MainLayout.userLinks(user));

        assertThat(links.id()).isEqualTo("user-menu");
        assertThat(links.select("img")).isEmpty();
        assertThat(links.selectFirst(".shell-user-name").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(links.selectFirst("vaadin-avatar").attr("name")).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(links.selectFirst("a").text()).isEqualTo("Change password");
        assertThat(links.selectFirst("a").attr("href")).isEqualTo("password");
    }

    private static Element parsed(Html html) {
        return Jsoup.parseBodyFragment(html.getElement().getOuterHTML()).body().child(0).html(html.getInnerHtml());
    }
}
