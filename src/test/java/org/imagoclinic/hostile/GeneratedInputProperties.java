package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.imagoclinic.assessments.ImagoTestClinic;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.PlausibleDates;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.SharedContextForProperties;
import org.imagoclinic.support.TestClinicClock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the API's write endpoints over generated values, per family of input (texts,
 * whole numbers, days, ids, lists): a hostile value is a 4xx problem detail naming the field and
 * the resource reads back as it was; a valid value is stored and reads back as sent. jqwik
 * generates the values (edge cases first, then random ones, and shrinks a failure to its simplest
 * value) under a fixed seed; the properties run in the shared test context
 * ({@link SharedContextForProperties}, ADR 0029). To explore further, change {@link #SEED} or raise
 * the tries locally.
 */
@ClinicIntegrationTest
@AddLifecycleHook(SharedContextForProperties.class)
class GeneratedInputProperties {

    static final String SEED = "20261207";
    static final int TRIES = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANY_CHARS = "abcxyzABCXYZ0189 .,;:!?'()-\"\\/<>&%äöüßéçñøœ’“”—日本語\t\n\u00a0\u2003";
    private static final String PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'()-\"äöüßéçñøœ’—日本";

    private static @Nullable Clinic clinic;

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Nullable ApiCaller api;
    /** What a hostile property's refusals must leave as it was, read at its first try, by address. */
    private final Map<String, String> unchanged = new HashMap<>();

    record Clinic(Room room, TestStaff therapist, Couple couple, Appointment session, String noteId, String requestId,
                  List<TextCase> texts) {

        String me() {
            return therapist.username();
        }

        String vision() {
            return "/api/couples/" + couple.id() + "/imago/vision";
        }
    }

    /** A write whose text field is filled in, and the address that reads it back. */
    record TextCase(String name, String user, HttpMethod method, String path, String field, int max,
                    Function<String, Map<String, Object>> body, String readBack) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** The records every property aims at, made by the first property that runs. */
    private Clinic clinic() throws Exception {
        api = new ApiCaller(mvc, users);
        if (clinic == null) {
            TestClinic test = new TestClinic(context);
            Room room = test.room();
            TestStaff therapist = test.therapist();
            Couple couple = test.couple(therapist.staffId());
            Appointment session = test.as("frontdesk", () -> context.getBean(Bookings.class).book(BookingRequest.joint(
                    couple.id(), therapist.staffId(), room.id(), TestClinic.mondayIn(6).atTime(11, 0))).first());
            UUID held = new ImagoTestClinic(context, "admin").completedSession(couple, therapist, true);
            String note = created(send(therapist.username(), HttpMethod.POST, "/api/couples/" + couple.id() + "/notes",
                    Map.of("appointmentId", held.toString(), "draft", Map.of("content", "First thoughts", "interventions", List.of()))));
            String request = created(api.send(therapist.username(), HttpMethod.POST, "/api/couples/" + couple.id()
                    + "/imago/requests", FarDateTests.bcr(couple)));
            clinic = new Clinic(room, therapist, couple, session, note, request, textCases(room, therapist, couple,
                    session, note));
        }
        return clinic;
    }

    static List<TextCase> textCases(Room room, TestStaff therapist, Couple couple, Appointment session, String note) {
        String location = room.locationId().toString();
        String vision = "/api/couples/" + couple.id() + "/imago/vision";
        String timeOff = "/api/therapists/" + therapist.staffId() + "/time-off";
        LocalDateTime leave = TestClinic.mondayIn(8).atTime(9, 0);
        return List.of(
                new TextCase("room name", "admin", HttpMethod.PUT, "/api/rooms/" + room.id(), "name", InputLimits.NAME,
                        text -> Map.of("locationId", location, "name", text, "capacity", 4), "/api/rooms/" + room.id()),
                new TextCase("time-off reason", "admin", HttpMethod.POST, timeOff, "reason", InputLimits.LINE,
                        text -> Map.of("from", leave.toString(), "to", leave.plusHours(8).toString(), "reason", text),
                        timeOff + "?from=" + leave.toLocalDate() + "&to=" + leave.toLocalDate().plusDays(1)),
                new TextCase("vision statement", therapist.username(), HttpMethod.POST, vision, "content.statements[0].text",
                        InputLimits.LINE, text -> Map.of("content", Map.of("statements",
                        List.of(Map.of("text", text, "rank", 1)))), vision),
                new TextCase("note draft", therapist.username(), HttpMethod.PUT, "/api/notes/" + note, "content",
                        InputLimits.TEXT, text -> Map.of("content", text, "interventions", List.of()), "/api/notes/" + note),
                new TextCase("location name", "admin", HttpMethod.POST, "/api/locations", "name", InputLimits.NAME,
                        text -> Map.of("name", text, "address", "1 High Street"), "/api/locations"),
                new TextCase("location address", "admin", HttpMethod.POST, "/api/locations", "address", InputLimits.LINE,
                        text -> Map.of("name", "Generated " + UUID.randomUUID(), "address", text), "/api/locations"),
                new TextCase("cancellation reason", "frontdesk", HttpMethod.POST, "/api/appointments/" + session.id()
                        + "/cancel", "reason", InputLimits.LINE, text -> Map.of("by", "CLIENT", "reason", text),
                        "/api/appointments/" + session.id()),
                new TextCase("break-glass reason", "supervisor", HttpMethod.POST, "/api/couples/" + couple.id()
                        + "/break-glass", "reason", InputLimits.LINE, text -> Map.of("category", "OTHER", "reason", text),
                        "/api/break-glass?from=" + TestClinic.mondayIn(-1) + "&to=" + TestClinic.mondayIn(1)),
                new TextCase("screening decision reason", therapist.username(), HttpMethod.POST, "/api/couples/"
                        + couple.id() + "/screening/decision", "reason", InputLimits.LINE,
                        text -> Map.of("decision", "PROCEED_WITH_JOINT_WORK", "reason", text),
                        "/api/couples/" + couple.id() + "/screening"));
    }

    // texts

    @Property(tries = TRIES, seed = SEED)
    void textLongerThanItsKindAllowsIsRefusedNamingTheFieldAndItsMaximum(
            @ForAll @IntRange(min = 0, max = 8) int which, @ForAll @IntRange(min = 1, max = 100_000) int excess,
            @ForAll("fillers") String filler) throws Exception {
        TextCase target = clinic().texts().get(which);
        int length = target.max() + excess;
        String text = ("x" + filler.repeat(length / filler.length() + 1)).substring(0, length);
        String before = readOnce(target.user(), target.readBack());

        MockHttpServletResponse answer = send(target.user(), target.method(), target.path(), target.body().apply(text));

        assertThat(problemFor(answer, target.field())).as(target.name() + ": " + answer.getStatus() + " " + abbreviate(
                answer.getContentAsString())).contains(String.format("%,d", target.max()));
        assertThat(api.read(target.user(), target.readBack())).as(target.name() + " read back").isEqualTo(before);
    }

    @Property(tries = TRIES, seed = SEED)
    void textWithinItsKindIsStoredAsSent(@ForAll @IntRange(min = 0, max = 3) int which,
                                         @ForAll("texts") String generated) throws Exception {
        TextCase target = clinic().texts().get(which);
        String text = fit(generated, target.max());

        MockHttpServletResponse answer = send(target.user(), target.method(), target.path(), target.body().apply(text));

        assertThat(answer.getStatus()).as(target.name() + ": " + abbreviate(answer.getContentAsString())).isLessThan(300);
        assertThat(containsText(JSON.readTree(api.read(target.user(), target.readBack())), text))
                .as(target.name() + " reads back as sent").isTrue();
    }

    @Provide
    Arbitrary<String> fillers() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(ANY_CHARS).ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("😀", "𝄞 "));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> plain = Arbitraries.strings().withChars(PRINTABLE).ofMinLength(1).ofMaxLength(InputLimits.TEXT);
        return Arbitraries.oneOf(plain, plain.map(text -> "😀" + text));
    }

    // whole numbers

    @Property(tries = TRIES, seed = SEED)
    void roomCapacityFromOneToFiveHundredIsStoredAndAnyOtherIsRefused(@ForAll int capacity) throws Exception {
        Room room = clinic().room();
        String path = "/api/rooms/" + room.id();
        String before = api.read("admin", path);

        MockHttpServletResponse answer = send("admin", HttpMethod.PUT, path,
                Map.of("locationId", room.locationId().toString(), "name", room.name(), "capacity", capacity));

        if (capacity >= 1 && capacity <= 500) {
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
            assertThat(JSON.readTree(api.read("admin", path)).get("capacity").asInt()).isEqualTo(capacity);
        } else {
            assertThat(problemFor(answer, "capacity")).as(answer.getContentAsString()).isNotNull();
            assertThat(api.read("admin", path)).isEqualTo(before);
        }
    }

    @Property(tries = TRIES, seed = SEED)
    void aChosenRequestOrASessionCapacityOutsideItsRangeIsRefused(@ForAll("outsideOneToThree") int number)
            throws Exception {
        Clinic at = clinic();
        String requests = "/api/couples/" + at.couple().id() + "/imago/requests";
        String followUps = requests + "/" + at.requestId() + "/follow-ups";
        String sessions = "/api/appointments?therapistId=" + at.therapist().staffId() + "&from=" + TestClinic.mondayIn(10)
                + "&to=" + TestClinic.mondayIn(11);
        String before = readOnce(at.me(), requests) + readOnce(at.me(), followUps) + readOnce("frontdesk", sessions);

        MockHttpServletResponse followUp = send(at.me(), HttpMethod.POST, followUps, Map.of("outcome", "KEPT", "chosen", number));
        Map<String, Object> booking = jointBooking(at, TestClinic.mondayIn(10).atTime(10, 0));
        booking.put("capacity", number);
        MockHttpServletResponse booked = send("frontdesk", HttpMethod.POST, "/api/appointments", booking);

        assertThat(problemFor(followUp, "chosen")).as(followUp.getContentAsString()).isNotNull();
        assertThat(problemFor(booked, "capacity")).as(booked.getContentAsString()).isNotNull();
        assertThat(api.read(at.me(), requests) + api.read(at.me(), followUps) + api.read("frontdesk", sessions))
                .isEqualTo(before);
    }

    @Provide
    Arbitrary<Integer> outsideOneToThree() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(0), Arbitraries.integers().greaterOrEqual(4));
    }

    // days

    @Property(tries = TRIES, seed = SEED)
    void aDayOutsideThePlausibleWindowOrWrittenAsAnArrayIsRefused(@ForAll("farDays") LocalDate far,
                                                                   @ForAll boolean asArray) throws Exception {
        Clinic at = clinic();
        String timeOff = "/api/therapists/" + at.therapist().staffId() + "/time-off";
        String away = timeOff + "?from=1900-01-01&to=" + today().plusYears(3);
        String before = readOnce(at.me(), at.vision()) + readOnce("admin", away);
        Object day = asArray ? List.of(far.getYear(), far.getMonthValue(), far.getDayOfMonth()) : far.toString();
        Object from = asArray ? List.of(far.getYear(), far.getMonthValue(), far.getDayOfMonth(), 9, 0) : far + "T09:00";

        MockHttpServletResponse record = send(at.me(), HttpMethod.POST, at.vision(), visionRecord(day, 1));
        MockHttpServletResponse leave = send("admin", HttpMethod.POST, timeOff,
                Map.of("from", from, "to", TestClinic.mondayIn(1).atTime(17, 0).toString(), "reason", "Leave"));

        assertThat(problemFor(record, "recordedOn")).as(record.getContentAsString()).isNotNull();
        assertThat(problemFor(leave, "from")).as(leave.getContentAsString()).isNotNull();
        assertThat(api.read(at.me(), at.vision()) + api.read("admin", away)).isEqualTo(before);
    }

    @Property(tries = TRIES, seed = SEED)
    void aDayThatHasHappenedIsStoredAsSent(@ForAll("happenedDays") LocalDate day) throws Exception {
        Clinic at = clinic();
        MockHttpServletResponse stored = send(at.me(), HttpMethod.POST, at.vision(),
                visionRecord(day.toString(), 1));

        assertThat(stored.getStatus()).as(stored.getContentAsString()).isEqualTo(201);
        assertThat(JSON.readTree(stored.getContentAsString()).get("recordedOn").asString()).isEqualTo(day.toString());
    }

    @Provide
    Arbitrary<LocalDate> farDays() {
        LocalDate today = today();
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(-9999, 1, 1).toEpochDay(), PlausibleDates.EARLIEST.toEpochDay() - 1),
                Arbitraries.longs().between(PlausibleDates.latestPlanned(today).toEpochDay() + 1,
                        LocalDate.of(9999, 12, 31).toEpochDay())).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> happenedDays() {
        return Arbitraries.longs().between(PlausibleDates.EARLIEST.toEpochDay(), today().toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    // ids

    @Property(tries = TRIES, seed = SEED)
    void anIdThatNamesNothingIsRefusedAndNothingChanges(@ForAll("ids") UUID id) throws Exception {
        Clinic at = clinic();
        String notes = "/api/couples/" + at.couple().id() + "/notes";
        String before = readOnce(at.me(), at.vision()) + readOnce(at.me(), notes);
        Map<String, Object> record = visionRecord(today().toString(), 1);
        record.put("partnerId", id.toString());
        LocalDateTime leave = TestClinic.mondayIn(4).atTime(9, 0);

        MockHttpServletResponse vision = send(at.me(), HttpMethod.POST, at.vision(), record);
        MockHttpServletResponse note = send(at.me(), HttpMethod.POST, notes, Map.of("appointmentId", id.toString(),
                "draft", Map.of("interventions", List.of())));
        MockHttpServletResponse away = send("admin", HttpMethod.POST, "/api/therapists/" + id + "/time-off",
                Map.of("from", leave.toString(), "to", leave.plusHours(2).toString(), "reason", "Leave"));

        assertThat(problemFor(vision, "partnerId")).as(vision.getContentAsString()).isNotNull();
        assertThat(problemFor(note, "appointmentId")).as(note.getContentAsString()).isNotNull();
        assertThat(away.getStatus()).isEqualTo(404);
        assertThat(isProblem(away)).isTrue();
        assertThat(api.read(at.me(), at.vision()) + api.read(at.me(), notes)).isEqualTo(before);
    }

    @Provide
    Arbitrary<UUID> ids() {
        return Arbitraries.longs().tuple2().map(pair -> new UUID(pair.get1(), pair.get2()));
    }

    // lists

    @Property(tries = TRIES, seed = SEED)
    void moreEntriesThanAListHoldsAreRefused(@ForAll @IntRange(min = InputLimits.ITEMS + 1, max = 10_000) int count)
            throws Exception {
        Clinic at = clinic();
        String couple = "/api/couples/" + at.couple().id();
        String before = readOnce(at.me(), at.vision()) + readOnce("frontdesk", couple);
        Map<String, Object> consent = Map.of("kind", "RECORDING", "partner", "A", "given", true, "on", today().toString());

        MockHttpServletResponse statements = send(at.me(), HttpMethod.POST, at.vision(),
                visionRecord(today().toString(), count));
        MockHttpServletResponse consents = send("frontdesk", HttpMethod.POST, couple + "/consents",
                Map.of("consents", Collections.nCopies(count, consent)));

        assertThat(problemFor(statements, "content.statements")).as(abbreviate(statements.getContentAsString()))
                .contains(String.valueOf(InputLimits.ITEMS));
        assertThat(problemFor(consents, "consents")).as(abbreviate(consents.getContentAsString()))
                .contains(String.valueOf(InputLimits.ITEMS));
        assertThat(api.read(at.me(), at.vision()) + api.read("frontdesk", couple)).isEqualTo(before);
    }

    @Property(tries = TRIES, seed = SEED)
    void asManyVisionStatementsAsAListHoldsAreStoredInFull(@ForAll @IntRange(min = 1, max = InputLimits.ITEMS) int count)
            throws Exception {
        Clinic at = clinic();
        MockHttpServletResponse stored = send(at.me(), HttpMethod.POST, at.vision(), visionRecord(today().toString(), count));

        assertThat(stored.getStatus()).as(abbreviate(stored.getContentAsString())).isEqualTo(201);
        JsonNode statements = JSON.readTree(stored.getContentAsString()).path("content").path("statements");
        assertThat(statements.size()).isEqualTo(count);
        assertThat(statements.get(count - 1).get("text").asString()).isEqualTo("Statement " + count);
    }

    /** The resource as it was at this property's first try: the refusals since have changed nothing. */
    private String readOnce(String user, String path) throws Exception {
        String known = unchanged.get(user + " " + path);
        if (known == null) {
            known = api.read(user, path);
            unchanged.put(user + " " + path, known);
        }
        return known;
    }

    private static LocalDate today() {
        return LocalDate.now(TestClinicClock.clinic());
    }

    /** The generated text cut to the field's size (never inside a surrogate pair), stripped as stored. */
    private static String fit(String generated, int max) {
        String text = generated.length() > max ? generated.substring(0, max) : generated;
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.strip();
        return text.isEmpty() ? "x" : text;
    }

    private static Map<String, Object> visionRecord(Object recordedOn, int statements) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordedOn", recordedOn);
        record.put("content", Map.of("statements", IntStream.rangeClosed(1, statements)
                .mapToObj(n -> Map.of("text", "Statement " + n, "rank", 1 + n % 3)).toList()));
        return record;
    }

    private static Map<String, Object> jointBooking(Clinic at, LocalDateTime start) {
        Map<String, Object> booking = new LinkedHashMap<>();
        booking.put("kind", "JOINT");
        booking.put("coupleId", at.couple().id().toString());
        booking.put("therapistId", at.therapist().staffId().toString());
        booking.put("roomId", at.room().id().toString());
        booking.put("start", start.toString());
        return booking;
    }

    private static String created(MockHttpServletResponse answer) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        return JSON.readTree(answer.getContentAsString()).get("id").asString();
    }

    private MockHttpServletResponse send(String user, HttpMethod method, String path, Object body) throws Exception {
        return api.send(user, method, path, JSON.writeValueAsString(body));
    }

    /** The refusal's message for {@code field}, or null unless the answer is a 4xx problem detail naming it. */
    private static @Nullable String problemFor(MockHttpServletResponse answer, String field) throws Exception {
        if (answer.getStatus() < 400 || answer.getStatus() >= 500 || !isProblem(answer)) {
            return null;
        }
        JsonNode errors = JSON.readTree(answer.getContentAsString()).path("errors");
        return errors.has(field) ? errors.get(field).asString() : null;
    }

    private static boolean isProblem(MockHttpServletResponse answer) {
        return String.valueOf(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    private static boolean containsText(JsonNode node, String text) {
        if (node.isString()) {
            return node.asString().equals(text);
        }
        for (JsonNode child : node) {
            if (containsText(child, text)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
