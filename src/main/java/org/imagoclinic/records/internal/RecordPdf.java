package org.imagoclinic.records.internal;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.NoteHistoryEntry;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.clients.Consent;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.Screen;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A copy as a PDF to read: the same content as the JSON, in sections with headings, each record's
 * content written out field by field. Nothing is in the PDF that is not in the JSON.
 */
@Component
class RecordPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private final JsonMapper json;

    RecordPdf(JsonMapper json) {
        this.json = json;
    }

    byte[] write(CopyDocument copy, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        Writer w = new Writer(document);
        boolean partnerCopy = copy.partner() != null;
        w.add(partnerCopy ? "Record of " + copy.partner().displayName() : "Joint record of " + copy.coupleName(), TITLE);
        w.line("Couple: " + copy.coupleName() + " (" + String.join(" and ", copy.partnerNames()) + ")");
        w.line("Produced " + STAMP.format(copy.producedAt().atZone(zone)) + " by " + copy.producedBy());
        w.heading("What this copy leaves out");
        copy.leftOut().forEach(w::line);

        if (copy.partner() != null) {
            PartnerDetails details = copy.partner().details();
            w.heading("Personal details");
            w.field("Name", details.firstName() + " " + details.lastName());
            w.field("Preferred name", details.preferredName());
            w.field("Pronouns", details.pronouns());
            w.field("Date of birth", DAY.format(details.dateOfBirth()));
            w.field("Email", details.email());
            w.field("Phone", details.phone());
            w.field("Address", details.address());
            if (details.emergencyContact() != null) {
                w.field("Emergency contact", details.emergencyContact().name() + ", " + details.emergencyContact().phone());
            }
            w.heading("Consents");
            for (Consent consent : copy.consents()) {
                w.line(consent.kind() + ": " + (consent.given() ? "given" : "withdrawn") + " on " + DAY.format(consent.decidedOn())
                        + " (recorded by " + consent.recordedBy() + ")");
            }
        }
        w.heading("Relationship");
        w.tree(json.valueToTree(copy.relationship()), "");
        w.heading("Episodes of care");
        for (Episode episode : copy.episodes()) {
            w.line(episode.status() + ", opened " + DAY.format(episode.openedOn())
                    + (episode.closedOn() == null ? "" : ", closed " + DAY.format(episode.closedOn()))
                    + (episode.closingReason() == null ? "" : " (" + episode.closingReason() + ")"));
        }
        w.heading("Intake");
        if (copy.intake() != null) {
            w.tree(json.valueToTree(copy.intake()), "");
        }
        w.heading("Sessions attended");
        copy.sessionsAttended().forEach(session -> w.line(DAY.format(session.day()) + " " + session.start() + "–"
                + session.end() + ", " + session.kind() + (session.telehealth() ? " (telehealth)" : "")));
        if (partnerCopy) {
            w.heading("Measures and scores");
            for (Administration answers : copy.measures()) {
                w.line(answers.instrumentCode() + " on " + DAY.format(answers.administeredOn()) + ": score " + answers.score()
                        + (answers.clinicalRange() ? " (clinical range)" : ""));
            }
            w.heading("Own Imago records (the Imago profile among them)");
            records(w, copy.ownRecords());
        }
        w.heading("Joint Imago records of the couple");
        records(w, copy.jointRecords());
        if (partnerCopy) {
            w.heading("Notes of own individual sessions");
            notes(w, copy.ownSessionNotes(), zone);
        }
        w.heading("Notes of joint sessions");
        notes(w, copy.jointSessionNotes(), zone);
        if (partnerCopy) {
            w.heading("Own suitability screens");
            for (Screen screen : copy.screens()) {
                w.add(DAY.format(screen.screenedOn()) + ", recorded by " + screen.recordedBy(), BOLD);
                w.tree(json.valueToTree(screen), "");
            }
        }
        w.heading("Invoices");
        for (CopyDocument.InvoiceCopy invoice : copy.invoices()) {
            w.add("Invoice " + invoice.number() + ", issued " + DAY.format(invoice.issuedOn()) + ", due "
                    + DAY.format(invoice.dueOn()) + ": " + invoice.currency() + " " + invoice.total()
                    + (invoice.credited().signum() == 0 ? "" : ", credited " + invoice.credited()), BOLD);
            invoice.lines().forEach(line -> w.line((line.serviceDate() == null ? "" : DAY.format(line.serviceDate()) + " ")
                    + line.description() + ": " + line.amount()));
        }
        w.heading("Payments");
        copy.payments().forEach(payment -> w.line(DAY.format(payment.receivedOn()) + ", " + payment.method() + ": "
                + payment.amount()));
        if (partnerCopy) {
            w.heading("Messages sent to you");
            copy.messages().forEach(message -> w.line(DAY.format(message.createdAt().atZone(zone)) + ", "
                    + message.channel().label() + " to " + message.recipient() + ": " + message.template().label()
                    + (message.subject().isBlank() ? "" : " (\"" + message.subject() + "\")") + ", "
                    + message.status().name().toLowerCase(java.util.Locale.ROOT)));
        }
        w.finish();
        document.close();
        return out.toByteArray();
    }

    private void records(Writer w, List<ImagoRecord> records) {
        for (ImagoRecord record : records) {
            w.add(record.kind().label() + ", " + DAY.format(record.recordedOn()) + " by " + record.authorName()
                    + (record.current() ? "" : " (an earlier version)"), BOLD);
            w.tree(json.valueToTree(record.content()), "");
        }
    }

    private static void notes(Writer w, List<SessionNote> notes, ZoneId zone) {
        for (SessionNote note : notes) {
            w.add("Session of " + DAY.format(note.sessionOn()) + ", " + note.status().label() + " by " + note.authorName()
                    + (note.signedAt() == null ? "" : " on " + STAMP.format(note.signedAt().atZone(zone))), BOLD);
            w.field("Note", note.draft().content());
            w.field("Plan", note.draft().plan());
            for (NoteHistoryEntry entry : note.history()) {
                w.field(entry.kind().label() + " by " + entry.by() + ", " + STAMP.format(entry.at().atZone(zone)), entry.text());
            }
        }
    }

    /** Writes paragraphs; an empty section says so rather than leaving a bare heading. */
    private static final class Writer {

        private final Document document;
        private boolean sectionEmpty;

        Writer(Document document) {
            this.document = document;
        }

        void heading(String text) {
            closeSection();
            add(" ", BODY);
            add(text, HEADING);
            sectionEmpty = true;
        }

        void add(String text, Font font) {
            document.add(new Paragraph(text, font));
            sectionEmpty = false;
        }

        void line(String text) {
            add(text, BODY);
        }

        void field(String label, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                line(label + ": " + value);
            }
        }

        /** A JSON value written out as indented "field: value" lines, skipping what is empty. */
        void tree(JsonNode node, String indent) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    JsonNode value = field.getValue();
                    if (value.isNull() || (value.isContainer() && value.isEmpty())) {
                        continue;
                    }
                    if (value.isValueNode()) {
                        line(indent + field.getKey() + ": " + value.asString());
                    } else {
                        line(indent + field.getKey() + ":");
                        tree(value, indent + "    ");
                    }
                }
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    if (item.isValueNode()) {
                        line(indent + "- " + item.asString());
                    } else {
                        tree(item, indent + "- ");
                    }
                }
            }
        }

        void finish() {
            closeSection();
        }

        private void closeSection() {
            if (sectionEmpty) {
                line("Nothing on record.");
            }
        }
    }
}
