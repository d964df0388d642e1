package no.veiviser.guidance.web;

import java.time.format.DateTimeFormatter;
import no.veiviser.guidance.GuidanceSession;

/** A session as an iCalendar entry (RFC 5545): when and where, in Norwegian time; never its text. */
final class Calendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Calendar() {
    }

    static String of(GuidanceSession session, String candidate, String veileder) {
        String place = session.place() != null ? session.place() : switch (session.mode()) {
            case IN_PERSON -> "";
            case VIDEO -> "Video";
            case PHONE -> "Telefon";
        };
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Veiviser//Veiledning//NO",
                "BEGIN:VEVENT",
                "UID:" + session.id() + "@veiviser",
                "DTSTAMP:" + LOCAL.format(session.heldOn().atTime(session.startsAt())),
                "DTSTART;TZID=Europe/Oslo:" + LOCAL.format(session.heldOn().atTime(session.startsAt())),
                "DTEND;TZID=Europe/Oslo:" + LOCAL.format(session.heldOn().atTime(session.endsAt())),
                "SUMMARY:" + escape("Veiledningssamtale – " + candidate + " og " + veileder),
                "LOCATION:" + escape(place),
                "END:VEVENT",
                "END:VCALENDAR", "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
