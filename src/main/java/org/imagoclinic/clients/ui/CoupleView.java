package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.ScreeningHold;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.clients.ui.tabs.CoupleChanged;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * A couple's page: who they are and where they stand, then a tab per kind of record. The tabs are
 * every {@link CoupleTab} bean (this module's and later modules'), in order, each shown only to
 * those who may see its kind of record, and filled only when first opened. A link may name the tab
 * to open ({@code couples/<id>?tab=imago-work}); naming a tab the person may not see shows the
 * plain-words refusal (audited) instead of quietly opening another tab.
 */
@Route("couples/:coupleId")
@PageTitle("Couple · Imago Clinic")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class CoupleView extends VerticalLayout implements BeforeEnterObserver {

    static final String COUPLE_ID = "coupleId";

    private final transient Couples couples;
    private final transient ClinicalAccess access;
    private final transient CurrentUser currentUser;
    private final transient TherapistRoster roster;
    private final transient List<CoupleTab> tabs;
    private final Map<Div, CoupleTab> holders = new IdentityHashMap<>();
    private @Nullable UUID coupleId;
    private @Nullable TabSheet sheet;
    private @Nullable Registration changes;

    CoupleView(Couples couples, ClinicalAccess access, CurrentUser currentUser, TherapistRoster roster,
               ObjectProvider<CoupleTab> tabs) {
        this.couples = couples;
        this.access = access;
        this.currentUser = currentUser;
        this.roster = roster;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(CoupleTab::order)).toList();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            coupleId = UUID.fromString(event.getRouteParameters().get(COUPLE_ID).orElse(""));
            show(couples.get(coupleId), 0);
            event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(this::open);
        } catch (IllegalArgumentException | NotFoundException unknown) {
            coupleId = null;
            removeAll();
            add(new H2("No such couple"), new Paragraph("This link leads to no couple the clinic has registered."),
                    new RouterLink("Back to the couples list", CouplesView.class));
        }
    }

    private void show(Couple couple, int selectedTab) {
        removeAll();
        holders.clear();
        add(header(couple));
        sheet = new TabSheet();
        sheet.setSizeFull();
        for (CoupleTab tab : tabs) {
            if (access.may(tab.recordKind(), couple.id())) {
                Div holder = new Div();
                holder.setWidthFull();
                holders.put(holder, tab);
                sheet.add(tab.title(), holder);
            }
        }
        sheet.addSelectedChangeListener(change -> fill(sheet.getSelectedIndex()));
        add(sheet);
        sheet.setSelectedIndex(Math.min(selectedTab, Math.max(0, sheet.getTabCount() - 1)));
        fill(sheet.getSelectedIndex());
    }

    /** Opens the tab a link names by its slug, e.g. "imago-work"; a tab not shown to this person is refused. */
    private void open(String slug) {
        if (sheet == null || coupleId == null) {
            return;
        }
        for (int index = 0; index < sheet.getTabCount(); index++) {
            Div holder = (Div) sheet.getComponent(sheet.getTabAt(index));
            if (slug.equals(slugOf(holders.get(holder)))) {
                sheet.setSelectedIndex(index);
                return;
            }
        }
        tabs.stream().filter(tab -> slug.equals(slugOf(tab))).findFirst().ifPresent(this::refuse);
    }

    private void refuse(CoupleTab tab) {
        String reason = "You may not open the " + tab.title() + " tab of this couple.";
        try {
            access.require(tab.recordKind(), coupleId, AuditAction.VIEW, tab.title(), coupleId);
        } catch (AccessDeniedException refused) {
            reason = refused.getMessage();
        }
        Paragraph refusal = Ui.withId(new Paragraph("The " + tab.title() + " tab is not open to you: " + reason),
                "tab-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        addComponentAtIndex(1, refusal);
    }

    private static String slugOf(CoupleTab tab) {
        return tab.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private HorizontalLayout header(Couple couple) {
        H2 name = Ui.withId(new H2(couple.displayName()), "couple-name");
        name.getStyle().set("margin", "0");
        VerticalLayout who = new VerticalLayout(name, Ui.muted(couple.partnerA().displayName() + " and "
                + couple.partnerB().displayName()));
        who.setPadding(false);
        who.setSpacing(false);
        who.setWidth(null);
        HorizontalLayout badges = new HorizontalLayout();
        badges.setWrap(true);
        couple.openEpisode().ifPresentOrElse(open -> {
            badges.add(Ui.badge("Episode: " + open.status().label(), "success"));
            if (open.primaryTherapistId() != null) {
                badges.add(Ui.badge("Therapist: " + roster.nameOf(open.primaryTherapistId()), "contrast"));
            }
        }, () -> badges.add(Ui.badge("No open episode", "contrast")));
        if (couple.screeningHold() != ScreeningHold.NONE) {
            badges.add(Ui.withId(Ui.badge(couple.screeningHold().label(), "error"), "screening-hold"));
        }
        if (mayBreakGlass(couple)) {
            badges.add(Ui.withId(new Anchor("couples/" + couple.id() + "/break-glass", "Emergency access (break-glass)"),
                    "break-glass-link"));
        }
        HorizontalLayout header = new HorizontalLayout(who, badges);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        return header;
    }

    /** A clinician outside the care team is offered break-glass; the front desk and administrators never are. */
    private boolean mayBreakGlass(Couple couple) {
        boolean clinician = currentUser.get().map(user -> user.hasRole(Roles.THERAPIST) || user.hasRole(Roles.SUPERVISOR))
                .orElse(false);
        return clinician && !access.may(RecordKind.SESSION_NOTE, couple.id());
    }

    private void fill(int index) {
        if (sheet == null || coupleId == null || index < 0 || sheet.getTabCount() == 0) {
            return;
        }
        Div holder = (Div) sheet.getComponent(sheet.getTabAt(index));
        if (holder.getChildren().findAny().isPresent()) {
            return;
        }
        try {
            holder.add(holders.get(holder).content(coupleId));
        } catch (AccessDeniedException refused) {
            holder.add(new Paragraph(refused.getMessage()));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        changes = ComponentUtil.addListener(attach.getUI(), CoupleChanged.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (changes != null) {
            changes.remove();
        }
    }

    /** After a tab changed the couple: header and every tab anew, on the same tab. */
    private void refresh() {
        if (coupleId != null) {
            show(couples.get(coupleId), sheet == null ? 0 : sheet.getSelectedIndex());
        }
    }
}
