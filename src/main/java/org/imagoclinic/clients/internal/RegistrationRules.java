package org.imagoclinic.clients.internal;

import org.imagoclinic.shared.PlausibleDates.When;
import org.imagoclinic.shared.EmailAddresses;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.CoupleUpdate;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.Relationship;
import org.jspecify.annotations.Nullable;

/**
 * What registration input must satisfy, as plain-words messages per field. The service refuses
 * input with any problem; the intake form uses the same checks next to each field. Input from JSON
 * may lack anything, so every required value is checked for null too.
 */
public final class RegistrationRules {

    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,25}$");
    static final int MAX_AGE = 120;
    static final int MAX_NAME = InputLimits.NAME;
    static final int MAX_TEXT = InputLimits.TEXT;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 40;

    private RegistrationRules() {
    }

    public static Optional<String> nameProblem(@Nullable String name, String what) {
        if (Text.blank(name)) {
            return Optional.of("Enter the " + what + ".");
        }
        return name.strip().length() > MAX_NAME
                ? Optional.of("Keep the " + what + " under " + MAX_NAME + " characters.") : Optional.empty();
    }

    public static Optional<String> dateOfBirthProblem(@Nullable LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.of("Enter the date of birth.");
        }
        if (dateOfBirth.isAfter(today)) {
            return Optional.of("The date of birth can't be in the future.");
        }
        return dateOfBirth.isBefore(today.minusYears(MAX_AGE))
                ? Optional.of("Check the year: that is more than " + MAX_AGE + " years ago.") : Optional.empty();
    }

    public static Optional<String> emailProblem(@Nullable String email) {
        return EmailAddresses.problem(email);
    }

    public static Optional<String> phoneProblem(@Nullable String phone) {
        if (Text.blank(phone)) {
            return Optional.empty();
        }
        String trimmed = phone.strip();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        return PHONE.matcher(trimmed).matches() && digits >= 6 ? Optional.empty()
                : Optional.of("This is not a phone number: use digits, spaces and an optional leading +.");
    }

    /** Problems with one partner's details, keyed {@code <prefix>.<field>} (or just the field when the prefix is empty). */
    public static Map<String, String> partnerProblems(String prefix, @Nullable PartnerDetails partner, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (partner == null) {
            problems.put(prefix, "Enter this partner's details: a couple has two partners.");
            return problems;
        }
        nameProblem(partner.firstName(), "first name").ifPresent(p -> problems.put(key(prefix, "firstName"), p));
        nameProblem(partner.lastName(), "last name").ifPresent(p -> problems.put(key(prefix, "lastName"), p));
        dateOfBirthProblem(partner.dateOfBirth(), today).ifPresent(p -> problems.put(key(prefix, "dateOfBirth"), p));
        emailProblem(partner.email()).ifPresent(p -> problems.put(key(prefix, "email"), p));
        phoneProblem(partner.phone()).ifPresent(p -> problems.put(key(prefix, "phone"), p));
        if (Text.blank(partner.email()) && Text.blank(partner.phone())) {
            problems.putIfAbsent(key(prefix, "email"),
                    "Enter an email address or a phone number, so the clinic can reach them.");
        }
        InputLimits.checkText(problems, key(prefix, "preferredName"), partner.preferredName(), MAX_NAME);
        InputLimits.checkText(problems, key(prefix, "pronouns"), partner.pronouns(), 40);
        InputLimits.checkText(problems, key(prefix, "address"), partner.address(), InputLimits.LINE);
        PartnerDetails.EmergencyContact contact = partner.emergencyContact();
        if (contact != null && !(Text.blank(contact.name()) && Text.blank(contact.phone()))) {
            String field = key(prefix, "emergencyContact");
            nameProblem(contact.name(), "emergency contact's name").ifPresent(p -> problems.put(field + ".name", p));
            if (Text.blank(contact.phone())) {
                problems.put(field + ".phone", "Enter the emergency contact's phone number.");
            }
            phoneProblem(contact.phone()).ifPresent(p -> problems.put(field + ".phone", p));
        }
        return problems;
    }

    public static Map<String, String> relationshipProblems(String prefix, @Nullable Relationship relationship,
                                                           LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (relationship == null) {
            problems.put(prefix, "Enter the relationship: its status and the confidentiality policy.");
            return problems;
        }
        if (relationship.status() == null) {
            problems.put(key(prefix, "status"), "Choose the relationship status.");
        }
        if (relationship.confidentialityPolicy() == null) {
            problems.put(key(prefix, "confidentialityPolicy"), "Choose the confidentiality policy agreed with the couple.");
        }
        YearMonth since = relationship.togetherSince();
        if (since != null && since.isAfter(YearMonth.from(today))) {
            problems.put(key(prefix, "togetherSince"), "The relationship can't begin in the future.");
        } else if (since != null && since.isBefore(YearMonth.from(today).minusYears(MAX_AGE))) {
            problems.put(key(prefix, "togetherSince"), "Check the year: that is more than " + MAX_AGE + " years ago.");
        }
        Integer count = relationship.childrenCount();
        if (count != null && (count < 0 || count > 30)) {
            problems.put(key(prefix, "childrenCount"), "Enter a number of children between 0 and 30.");
        }
        List<Integer> ages = relationship.childrenAges();
        if (ages.stream().anyMatch(age -> age == null || age < 0 || age > 80)) {
            problems.put(key(prefix, "childrenAges"), "Give each child's age in years, between 0 and 80.");
        } else if (ages.size() > (count == null ? 0 : count)) {
            problems.put(key(prefix, "childrenAges"), "There are more ages than children: give the number of children too.");
        }
        InputLimits.checkText(problems, key(prefix, "referralSource"), relationship.referralSource(), 200);
        return problems;
    }

    public static Map<String, String> intakeProblems(String prefix, @Nullable IntakeDetails intake) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (intake == null) {
            return problems;
        }
        InputLimits.checkText(problems, key(prefix, "presentingConcerns"), intake.presentingConcerns(), MAX_TEXT);
        InputLimits.checkText(problems, key(prefix, "goals"), intake.goals(), MAX_TEXT);
        InputLimits.checkText(problems, key(prefix, "lifeStageNote"), intake.lifeStageNote(), InputLimits.LINE);
        InputLimits.checkText(problems, key(prefix, "priorTherapyNotes"), intake.priorTherapyNotes(), MAX_TEXT);
        List<String> tags = Text.tags(intake.concernTags());
        if (tags.size() > MAX_TAGS) {
            problems.put(key(prefix, "concernTags"), "Use at most " + MAX_TAGS + " tags.");
        } else if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            problems.put(key(prefix, "concernTags"), "Keep each tag under " + MAX_TAG + " characters.");
        }
        return problems;
    }

    public static Map<String, String> screenProblems(String prefix, @Nullable NewScreen screen, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (screen == null) {
            problems.put(prefix, "Enter the screen's answers.");
            return problems;
        }
        if (screen.partner() == null) {
            problems.put(key(prefix, "partner"), "Say whose answers these are: partner A or partner B. Each partner "
                    + "is screened separately.");
        }
        if (screen.intimatePartnerViolence() == null) {
            problems.put(key(prefix, "intimatePartnerViolence"), "Answer the question on intimate-partner violence.");
        }
        if (screen.coerciveControl() == null) {
            problems.put(key(prefix, "coerciveControl"), "Answer the question on coercive control.");
        }
        if (screen.affair() == null) {
            problems.put(key(prefix, "affair"), "Answer the question on an affair.");
        }
        if (screen.substanceDependence() == null) {
            problems.put(key(prefix, "substanceDependence"), "Answer the question on substance dependence.");
        }
        if (screen.otherConcernCurrent() && Text.blank(screen.otherConcern())) {
            problems.put(key(prefix, "otherConcern"), "Describe the other concern that needs review.");
        }
        InputLimits.checkText(problems, key(prefix, "otherConcern"), screen.otherConcern(), InputLimits.LINE);
        if (screen.screenedOn() != null && screen.screenedOn().isAfter(today)) {
            problems.put(key(prefix, "screenedOn"), "The screen can't be dated in the future.");
        }
        PlausibleDates.check(problems, key(prefix, "screenedOn"), screen.screenedOn(), When.HAPPENED, today);
        InputLimits.checkText(problems, key(prefix, "notes"), screen.notes(), MAX_TEXT);
        return problems;
    }

    public static Map<String, String> consentProblems(String prefix, List<ConsentEntry> consents, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        InputLimits.checkItems(problems, prefix, consents, InputLimits.ITEMS);
        for (int i = 0; i < Math.min(consents.size(), InputLimits.ITEMS); i++) {
            ConsentEntry consent = consents.get(i);
            String field = prefix + "[" + i + "]";
            if (consent == null) {
                problems.put(field, "Enter the consent.");
                continue;
            }
            if (consent.kind() == null) {
                problems.put(field + ".kind", "Say what is consented to.");
            }
            if (consent.partner() == null) {
                problems.put(field + ".partner", "Say which partner consents: A or B.");
            }
            if (consent.on() != null && consent.on().isAfter(today)) {
                problems.put(field + ".on", "A consent can't be dated in the future.");
            }
            PlausibleDates.check(problems, field + ".on", consent.on(), When.HAPPENED, today);
        }
        return problems;
    }

    /** Everything wrong with a registration, field by field; empty when it may be registered. */
    public static Map<String, String> registrationProblems(CoupleRegistration registration, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.putAll(newPartnerProblems("partnerA", registration.partnerA(), today));
        problems.putAll(newPartnerProblems("partnerB", registration.partnerB(), today));
        if (problems.isEmpty()) {
            listedTwice(registration.partnerA(), registration.partnerB()).ifPresent(p -> problems.put("partnerB", p));
        }
        problems.putAll(relationshipProblems("relationship", registration.relationship(), today));
        problems.putAll(intakeProblems("intake", registration.intake()));
        problems.putAll(consentProblems("consents", registration.consents(), today));
        if (registration.coTherapistId() != null) {
            if (registration.primaryTherapistId() == null) {
                problems.put("coTherapistId", "Choose a primary therapist before a co-therapist.");
            } else if (registration.coTherapistId().equals(registration.primaryTherapistId())) {
                problems.put("coTherapistId", "The co-therapist must be someone other than the primary therapist.");
            }
        }
        if (registration.screen() != null) {
            problems.putAll(screenProblems("screen", registration.screen(), today));
        }
        return problems;
    }

    public static Map<String, String> updateProblems(CoupleUpdate update, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.putAll(partnerProblems("partnerA", update.partnerA(), today));
        problems.putAll(partnerProblems("partnerB", update.partnerB(), today));
        problems.putAll(relationshipProblems("relationship", update.relationship(), today));
        return problems;
    }

    private static Map<String, String> newPartnerProblems(String prefix, @Nullable NewPartner partner, LocalDate today) {
        if (partner == null) {
            return Map.of(prefix, "Both partners are needed: a couple has two. Enter this partner's details.");
        }
        return partnerProblems(prefix + ".details", partner.details(), today);
    }

    private static Optional<String> listedTwice(@Nullable NewPartner a, @Nullable NewPartner b) {
        if (a == null || b == null) {
            return Optional.empty();
        }
        if (a.existingPersonId() != null && a.existingPersonId().equals(b.existingPersonId())) {
            return Optional.of("Partner B is the same person as partner A: a couple is two different people.");
        }
        PartnerDetails first = a.details();
        PartnerDetails second = b.details();
        boolean sameName = first.firstName().strip().equalsIgnoreCase(second.firstName().strip())
                && first.lastName().strip().equalsIgnoreCase(second.lastName().strip());
        return sameName && first.dateOfBirth().equals(second.dateOfBirth())
                ? Optional.of("Partner B has the same name and date of birth as partner A: the same person is "
                        + "listed twice. A couple is two different people.")
                : Optional.empty();
    }

    /** The field's name as the input spells it: {@code partnerA.details.email}, or {@code otherConcern} at the top. */
    static String key(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

}
